package org.coltrain.bridge.run;

import java.io.IOException;
import java.util.List;

import org.coltrain.bridge.ModelToCluster;
import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.results.EmfJson;
import org.coltrain.bridge.results.FleetResults;
import org.coltrain.model.Cluster;
import org.coltrain.model.Element;
import org.coltrain.model.FleetResult;
import org.coltrain.sim.cluster.ClusterConfig;
import org.coltrain.sim.cluster.ClusterSimulation;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * A {@code cluster}: load-balanced inference over the fleet and a data-parallel job in its idle cycles, in one
 * discrete-event run, then the studies the {@link FleetStudyOptions} setting asks for (none by default).
 */
final class ClusterKind implements RunKind {

    @Override
    public String keyword() {
        return "cluster";
    }

    @Override
    public Class<? extends Element> elementType() {
        return Cluster.class;
    }

    @Override
    public Prepared prepare(Element element, String modelLabel, RunOptions options) throws RunException {
        Cluster cluster = (Cluster) element;
        FleetStudyOptions studies = options.setting(FleetStudyOptions.class, FleetStudyOptions.NONE);
        List<EncodingSpec> encodings = FleetStudies.encodings(studies.gradientEncodings());
        ClusterConfig config;
        try {
            config = new ModelToCluster(options.setting(PolicyCompiler.class, PolicyCompiler.plainJvm())).config(cluster, options.seed()).toBuilder().buckets(studies.buckets()).build();
        } catch (TraceParseException | org.coltrain.bridge.policy.PolicyException e) {
            throw RunException.located(e.getMessage(), e);
        } catch (IOException e) {
            throw RunException.model("cluster " + cluster.getName() + ": cannot read an arrival trace: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw RunException.located(modelLabel + ": cluster " + cluster.getName() + ": " + e.getMessage(), e);
        }
        RunTarget target = new RunTarget(this, cluster);
        boolean anyStudy = !studies.scaling().isEmpty() || studies.policies() || !encodings.isEmpty() || studies.gradientAccuracy();
        return monitor -> {
            ClusterResult result = ClusterSimulation.run(config,
                    monitor.listener("simulating " + cluster.getName(), 0, anyStudy ? 0.5 : 1));
            FleetStudies.Outcome outcome;
            try {
                outcome = FleetStudies.run(config, studies, encodings, monitor);
            } catch (IllegalArgumentException e) {
                throw RunException.located(modelLabel + ": cluster " + cluster.getName() + ": " + e.getMessage(), e);
            }
            FleetResult model = FleetResults.toModel(modelLabel, config, result);
            FleetStudyResults.add(model, outcome);
            return new FleetOutput(target, cluster, result, outcome, model, EmfJson.toJson(model));
        };
    }
}
