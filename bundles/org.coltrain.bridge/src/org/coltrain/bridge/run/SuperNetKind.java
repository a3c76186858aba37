package org.coltrain.bridge.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.ModelToSushi;
import org.coltrain.bridge.results.EmfJson;
import org.coltrain.bridge.results.SuperNetResults;
import org.coltrain.model.Element;
import org.coltrain.model.SuperNetServing;
import org.coltrain.model.SuperNetServingResult;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.supernet.ServedQuery;
import org.coltrain.sim.supernet.ServingPolicy;
import org.coltrain.sim.supernet.SushiComparison;
import org.coltrain.sim.supernet.SushiConfig;
import org.coltrain.sim.supernet.SushiModel;
import org.coltrain.sim.supernet.SushiResult;
import org.coltrain.sim.supernet.SushiSimulation;

/**
 * A {@code serving} block (SUSHI): the query stream served four ways (no cache, a static SubNet, LRU, SUSHI) on the
 * same arrivals and targets; SUSHI's first measured queries are traced for the report's query and cache diagrams.
 */
final class SuperNetKind implements RunKind {

    /** Queries traced: enough to see the cache follow the drifting targets, bounded however long the stream. */
    static final int TRACE_QUERIES = 600;

    @Override
    public String keyword() {
        return "serving";
    }

    @Override
    public Class<? extends Element> elementType() {
        return SuperNetServing.class;
    }

    @Override
    public Prepared prepare(Element element, String modelLabel, RunOptions options) throws RunException {
        SuperNetServing serving = (SuperNetServing) element;
        SushiConfig config;
        try {
            config = ModelToSushi.config(serving, options.seed());
        } catch (TraceParseException e) {
            throw RunException.located(e.getMessage(), e);
        } catch (IOException e) {
            throw RunException.model("serving " + serving.getName() + ": cannot read its arrival trace: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw RunException.model("serving " + serving.getName() + ": " + e.getMessage(), e);
        }
        CacheOverride cache = options.setting(CacheOverride.class, null);
        SushiConfig run = cache == null ? config : config.withCacheCapacity(cache.bytes());
        List<ServingPolicy> policies = SushiComparison.standardPolicies(ModelToSushi.sushiPolicy(serving),
                ModelToSushi.staticSubNet(serving));
        RunTarget target = new RunTarget(this, serving);
        return monitor -> {
            SushiModel model = new SushiModel(run);
            List<SushiResult> results = new ArrayList<>();
            List<ServedQuery> traced = new ArrayList<>();
            boolean[] complete = { true };
            String tracedPolicy = null;
            for (int i = 0; i < policies.size(); i++) {
                ServingPolicy p = policies.get(i);
                monitor.progress("serving with " + p.name(), (double) i / policies.size());
                monitor.checkCancelled();
                boolean trace = p instanceof ServingPolicy.Sushi;
                if (trace) tracedPolicy = p.name();
                results.add(SushiSimulation.run(model, p, !trace ? null : q -> {
                    if (q.arrivalNs() < run.warmupNs()) return;
                    if (traced.size() < TRACE_QUERIES) traced.add(q);
                    else complete[0] = false;
                }));
            }
            SuperNetServingResult result = SuperNetResults.toModel(modelLabel, model, results, tracedPolicy, traced, complete[0]);
            return new SuperNetOutput(target, serving, model, results, result, EmfJson.toJson(result));
        };
    }
}
