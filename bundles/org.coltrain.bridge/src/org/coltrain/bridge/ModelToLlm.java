package org.coltrain.bridge;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.coltrain.model.LlmServing;
import org.coltrain.model.Transformer;
import org.coltrain.sim.llm.BatchingPolicy;
import org.coltrain.sim.llm.ChunkedPrefill;
import org.coltrain.sim.llm.CoLocation;
import org.coltrain.sim.llm.FineTuningJob;
import org.coltrain.sim.llm.IterationBatching;
import org.coltrain.sim.llm.LengthTraceCsv;
import org.coltrain.sim.llm.LlmServingConfig;
import org.coltrain.sim.llm.OverlappedCoLocation;
import org.coltrain.sim.llm.RequestLengths;
import org.coltrain.sim.llm.StaticBatches;
import org.coltrain.sim.llm.TemporalCoLocation;
import org.coltrain.sim.llm.TransformerShape;
import org.coltrain.sim.serve.arrival.TraceParseException;

/** Turns transformers and LLM serving blocks of the model into the simulator's shapes and serving configs. */
public final class ModelToLlm {

    /** The token budget when the model gives none: vLLM's default max_num_batched_tokens of 2048 at 2K context. */
    public static final int DEFAULT_TOKEN_BUDGET = 2048;

    /** KV-occupancy buckets of the results and the report's plot. */
    public static final int OCCUPANCY_BUCKETS = 100;

    private ModelToLlm() {
    }

    public static TransformerShape shape(Transformer t) {
        TransformerShape.Family family = switch (t.getFamily()) {
            case LLAMA -> TransformerShape.Family.LLAMA;
            case GPT -> TransformerShape.Family.GPT;
        };
        return new TransformerShape(t.getName(), family, t.getLayers(), t.getHidden(), t.getHeads(),
                t.isSetKvHeads() ? t.getKvHeads() : t.getHeads(), t.getFfn(), t.getVocabulary(), t.getContext());
    }

    public static BatchingPolicy policy(LlmServing s) {
        int budget = s.isSetTokenBudget() ? s.getTokenBudget() : DEFAULT_TOKEN_BUDGET;
        return switch (s.getBatching()) {
            case STATIC -> new StaticBatches();
            case CONTINUOUS -> new IterationBatching(budget);
            case CHUNKED_PREFILL -> new ChunkedPrefill(budget);
        };
    }

    /** Temporal unless the block says 'co-location overlapped' (tolerance: OverlappedCoLocation.DEFAULT_TOLERANCE). */
    public static CoLocation coLocation(LlmServing s) {
        return switch (s.getCoLocation()) {
            case TEMPORAL -> new TemporalCoLocation();
            case OVERLAPPED -> new OverlappedCoLocation(
                    s.isSetOverlapTolerance() ? s.getOverlapTolerance() : OverlappedCoLocation.DEFAULT_TOLERANCE);
        };
    }

    public static LlmServingConfig config(LlmServing s, Long seedOverride) throws IOException, TraceParseException {
        FineTuningJob job = s.getFineTune() == null ? null
                : new FineTuningJob(s.getFineTune().getName(), shape(s.getFineTune()), s.getFineTuneSequence(), s.getFineTuneBatch());
        return new LlmServingConfig(s.getName(), ModelToSim.accelerator(s.getAccelerator()), shape(s.getModel()),
                ModelToServing.arrivals(s.getArrival()), lengths(s), policy(s), s.getMaxBatch(), s.getBlockTokens(),
                ModelToServing.ns(s.getTtftSloS()), ModelToServing.ns(s.getTpotSloS()), s.getSloPercentile(), job,
                ModelToServing.ns(s.getDurationS()), seedOverride != null ? seedOverride : s.getSeed(), OCCUPANCY_BUCKETS,
                coLocation(s), s.isSetSwitchCostS() ? ModelToServing.ns(s.getSwitchCostS()) : 0);
    }

    private static RequestLengths lengths(LlmServing s) throws IOException, TraceParseException {
        if (s.getLengthsTrace() != null) {
            File model = new File(s.eResource().getURI().toFileString()).getAbsoluteFile();
            File file = new File(s.getLengthsTrace()).isAbsolute() ? new File(s.getLengthsTrace())
                    : new File(model.getParentFile(), s.getLengthsTrace());
            try (Reader in = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
                return LengthTraceCsv.read(in, file.getPath());
            }
        }
        int promptMax = s.isSetPromptMax() ? s.getPromptMax() : s.getPromptMin();
        int outputMax = s.isSetOutputMax() ? s.getOutputMax() : s.getOutputMin();
        if (promptMax == s.getPromptMin() && outputMax == s.getOutputMin())
            return new RequestLengths.Fixed(s.getPromptMin(), s.getOutputMin());
        return new RequestLengths.Uniform(s.getPromptMin(), promptMax, s.getOutputMin(), outputMax);
    }
}
