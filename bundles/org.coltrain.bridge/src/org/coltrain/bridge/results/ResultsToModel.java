package org.coltrain.bridge.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.ElementResult;
import org.coltrain.model.LayerTiming;
import org.coltrain.model.RunResult;
import org.coltrain.model.ServiceResult;
import org.coltrain.model.StudyRow;
import org.coltrain.model.TimeSeries;
import org.coltrain.model.TrainingResult;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.calibration.Calibrations;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.study.StudyTable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** The simulator's results as the EMF results model (SI units, as in the rest of the metamodel), saved as XMI. */
public final class ResultsToModel {

    private static final ColtrainFactory F = ColtrainFactory.eINSTANCE;

    /** Names of the series besides the per-service "NAME completed" ones. */
    public static final String UTILIZATION_SERIES = "utilization", TRAINING_SAMPLES_SERIES = "training samples";

    /** The version every result records (the workbench's). */
    public static final String TOOL_VERSION = "0.1.0";

    private ResultsToModel() {
    }

    /** Records which model file and tool made {@code result}, for a run that draws no random numbers. */
    public static void stamp(ElementResult result, String modelFile) {
        result.setModel(modelFile);
        result.setToolVersion(TOOL_VERSION);
    }

    /** Records which model file, seed and tool made {@code result}. */
    public static void stamp(ElementResult result, String modelFile, long seed) {
        result.setModel(modelFile);
        result.setSeed(seed);
        result.setToolVersion(TOOL_VERSION);
    }

    /** A study or exploration table (name, title, columns, rows of cells) in the results metamodel. */
    public static org.coltrain.model.StudyTable table(StudyTable t) {
        ColtrainFactory f = ColtrainFactory.eINSTANCE;
        org.coltrain.model.StudyTable m = f.createStudyTable();
        m.setName(t.name());
        m.setTitle(t.title());
        m.getColumns().addAll(t.columns());
        for (var row : t.rows()) {
            StudyRow sr = f.createStudyRow();
            sr.getValues().addAll(row);
            m.getRows().add(sr);
        }
        return m;
    }

    /** Records what the run's accelerator resolved to: its DRAM bandwidth and the calibrations its cost depends on. */
    public static RunResult withAccelerator(RunResult run, AcceleratorSpec acc) {
        run.setDramBandwidthBytesPerS(acc.dramBandwidthBytesPerS());
        run.getCalibrations().addAll(Calibrations.dependsOn(acc));
        return run;
    }

    public static RunResult toModel(String modelFile, double areaMm2, double powerMw, SimulationResult r,
            NetworkTiming batch1) {
        RunResult run = F.createRunResult();
        run.setExperiment(r.experiment());
        stamp(run, modelFile, r.seed());
        run.setSimulatedS(r.simulatedSeconds());
        run.setUtilization(r.utilization());
        run.setEnergyJ(r.energyJ());
        run.setAreaM2(areaMm2 * 1e-6);
        run.setPowerW(powerMw * 1e-3);
        for (var s : r.services()) run.getServices().add(service(s));
        for (var t : r.training()) {
            TrainingResult m = F.createTrainingResult();
            m.setName(t.name());
            m.setSamplesPerS(t.samplesPerS());
            m.setFractionOfDedicated(t.fractionOfDedicated());
            run.getTraining().add(m);
        }
        if (batch1 != null) {
            for (var l : batch1.layers()) {
                LayerTiming m = F.createLayerTiming();
                m.setLayer(l.layer());
                m.setPass(l.pass().name().toLowerCase(java.util.Locale.ROOT));
                m.setM(l.m());
                m.setN(l.n());
                m.setK(l.k());
                m.setDataflow(org.coltrain.model.Dataflow.get(l.dataflow().ordinal()));
                m.setComputeCycles(l.computeCycles());
                m.setStallCycles(l.stallCycles());
                m.setTotalCycles(l.totalCycles());
                m.setUtilization(l.utilization());
                m.setDramBytes(l.dramBytes());
                m.setEnergyJ(l.energyPj() * 1e-12);
                run.getLayers().add(m);
            }
        }
        var series = r.timeSeries();
        if (series != null) {
            for (int s = 0; s < series.services().size(); s++) {
                TimeSeries m = F.createTimeSeries();
                m.setName(series.services().get(s) + " completed");
                m.setUnit("requests per bucket");
                m.setBucketS(series.bucketNs() * 1e-9);
                for (var bucket : series.buckets()) m.getValues().add((double) bucket.completed().get(s));
                run.getSeries().add(m);
            }
            // report: busy fraction and training samples per bucket, for the utilization and throughput plots
            TimeSeries utilization = F.createTimeSeries();
            utilization.setName(UTILIZATION_SERIES);
            utilization.setUnit("fraction of the bucket");
            utilization.setBucketS(series.bucketNs() * 1e-9);
            TimeSeries samples = F.createTimeSeries();
            samples.setName(TRAINING_SAMPLES_SERIES);
            samples.setUnit("samples per bucket");
            samples.setBucketS(series.bucketNs() * 1e-9);
            for (var bucket : series.buckets()) {
                utilization.getValues().add(bucket.utilization());
                samples.getValues().add((double) bucket.trainingSamples());
            }
            run.getSeries().add(utilization);
            if (!r.training().isEmpty()) run.getSeries().add(samples);
        }
        // report: the utilization split and the schedule trace, for the architecture and timeline diagrams
        run.setInferenceUtilization(r.inferenceUtilization());
        run.setTrainingUtilization(r.trainingUtilization());
        if (r.trace() != null) {
            for (var i : r.trace().intervals()) {
                org.coltrain.model.ScheduleInterval m = F.createScheduleInterval();
                m.setStartS(i.startNs() * 1e-9);
                m.setEndS(i.endNs() * 1e-9);
                m.setKind(i.kind().name().toLowerCase(java.util.Locale.ROOT));
                m.setName(i.name());
                m.setBatch(i.batch());
                run.getTrace().add(m);
            }
            run.setTraceComplete(r.trace().complete());
        }
        return run;
    }

    /** One service's figures as the metamodel's ServiceResult (SI: us become s). */
    public static ServiceResult service(org.coltrain.sim.serve.result.ServiceResult s) {
        ServiceResult m = F.createServiceResult();
        m.setName(s.name());
        m.setArrivals(s.counts().arrivals());
        m.setCompleted(s.counts().completed());
        m.setLate(s.counts().late());
        m.setDropped(s.counts().dropped());
        m.setUnfinished(s.counts().unfinished());
        m.setUnfinishedLate(s.counts().unfinishedLate());
        m.setOverloaded(s.counts().overloaded());
        m.setThroughputRps(s.throughputRps());
        m.setP50S(s.p50Us() * 1e-6);
        m.setP90S(s.p90Us() * 1e-6);
        m.setP99S(s.p99Us() * 1e-6);
        m.setP999S(s.p999Us() * 1e-6);
        m.setMaxS(s.maxUs() * 1e-6);
        m.setSloS(s.sloUs() * 1e-6);
        m.setSloViolationRate(s.sloViolationRate());
        m.setSloMet(s.sloMet());
        m.setMeanBatch(s.meanBatch());
        for (var b : s.latencyHistogram()) {
            org.coltrain.model.HistogramBucket bucket = F.createHistogramBucket();
            bucket.setUpperS(b.upperUs() * 1e-6);
            bucket.setCount(b.count());
            m.getHistogram().add(bucket);
        }
        return m;
    }

    /** Saves atomically as XMI; {@link #load} reads it back. */
    public static void save(ElementResult result, Path file) throws IOException {
        AtomicFiles.write(file, out -> save(result, out));
    }

    /** Writes any run's result as XMI (UTF-8) to {@code out}. */
    public static void save(ElementResult result, OutputStream out) throws IOException {
        Resource resource = new XMIResourceImpl(URI.createURI("results.xmi"));
        resource.getContents().add(result);
        resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
    }

    /** An experiment's results.xmi. */
    public static RunResult load(Path file) throws IOException {
        return (RunResult) loadAny(file);
    }

    /** Any run's results.xmi. */
    public static ElementResult loadAny(Path file) throws IOException {
        org.coltrain.model.ColtrainPackage.eINSTANCE.eClass();
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.load(Map.of());
        return (ElementResult) resource.getContents().get(0);
    }
}
