package org.coltrain.bridge.results;

import java.util.Locale;

import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.LlmServingResult;
import org.coltrain.sim.llm.LlmResult;

/** An LLM serving run's result in the results metamodel (SI units: seconds), and its KV-occupancy table. */
public final class LlmResults {

    private LlmResults() {
    }

    public static LlmServingResult toModel(String modelFile, LlmResult r) {
        LlmServingResult m = ColtrainFactory.eINSTANCE.createLlmServingResult();
        ResultsToModel.stamp(m, modelFile, r.seed());
        m.setServing(r.experiment());
        m.setTransformer(r.model());
        m.setAccelerator(r.accelerator());
        m.setBatching(r.policy());
        m.setSimulatedS(r.durationS());
        m.setArrived(r.arrived());
        m.setCompleted(r.completed());
        m.setUnfinished(r.unfinished());
        m.setRejected(r.rejected());
        m.setPreemptions(r.preemptions());
        m.setIterations(r.iterations());
        m.setTtftP50S(r.ttft().p50Ms() / 1e3);
        m.setTtftP90S(r.ttft().p90Ms() / 1e3);
        m.setTtftP99S(r.ttft().p99Ms() / 1e3);
        m.setTpotP50S(r.tpot().p50Ms() / 1e3);
        m.setTpotP90S(r.tpot().p90Ms() / 1e3);
        m.setTpotP99S(r.tpot().p99Ms() / 1e3);
        m.setTtftSloS(r.ttftSloMs() / 1e3);
        m.setTpotSloS(r.tpotSloMs() / 1e3);
        m.setSloPercentile(r.sloPercentile());
        m.setTtftSloMet(r.ttftSloMet());
        m.setTpotSloMet(r.tpotSloMet());
        m.setSloAttainment(r.sloAttainment());
        m.setGoodputPerS(r.goodputPerS());
        m.setOutputTokensPerS(r.outputTokensPerS());
        m.setKvBlocks(r.kvBlocks());
        m.setKvOccupancyMean(r.kvOccupancyMean());
        m.setKvOccupancyMax(r.kvOccupancyMax());
        m.getKvOccupancy().addAll(r.kvOccupancySeries());
        m.setServingFraction(r.servingFraction());
        m.setFineTune(r.training());
        m.setTrainingFraction(r.trainingFraction());
        m.setTrainingSamplesPerS(r.trainingSamplesPerS());
        m.setMaxTrainingDelayS(r.maxTrainingDelayNs() / 1e9);
        m.setCoLocation(r.coLocation());
        m.setPackedTrainingFraction(r.packedTrainingFraction());
        m.setSwitchCostS(r.switchCostNs() / 1e9);
        return m;
    }

    /** kv_occupancy.csv: bucket start time (s) and the time-mean used fraction of the KV blocks in it. */
    public static String occupancyCsv(LlmServingResult r) {
        StringBuilder sb = new StringBuilder("time_s,kv_occupancy\n");
        int n = r.getKvOccupancy().size();
        for (int b = 0; b < n; b++)
            sb.append(String.format(Locale.ROOT, "%.6f,%.6f%n", r.getSimulatedS() * b / n, r.getKvOccupancy().get(b)));
        return sb.toString();
    }
}
