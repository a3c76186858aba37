package org.coltrain.sim.supernet;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.coltrain.sim.serve.arrival.ArrivalProcess.ArrivalStream;
import org.coltrain.sim.serve.engine.RandomStreams;

/**
 * Serves one query stream with one policy on one accelerator, queries one at a time (batch 1) in arrival order.
 *
 * <p>With one server and first-come-first-served order, start = max(arrival, when the accelerator is free) and
 * finish = start + the chosen SubNet's latency under the cache at that moment (Lindley's recursion), so no event
 * queue is needed: the arrivals and the seeded streams are the serving simulator's ({@code sim.serve}).
 * Simplifications, and how they skew results: a cache fill's extra DRAM reads run after the query, holding the
 * accelerator (pessimistic for SUSHI: hardware could overlap them); queries are never dropped or preempted.
 */
public final class SushiSimulation {

    private SushiSimulation() {
    }

    public static SushiResult run(SushiModel model, ServingPolicy policy) {
        return run(model, policy, null);
    }

    /** Runs the stream; {@code listener} (may be null) sees every served query, measured or not. */
    public static SushiResult run(SushiModel model, ServingPolicy policy, Consumer<ServedQuery> listener) {
        SushiConfig config = model.config();
        List<ResolvedSubNet> subs = model.layout().subNets();
        int n = subs.size();
        SubNetScheduler scheduler = policy.scheduler(model);
        WeightCache cache = policy.cache(model);
        RandomStreams streams = new RandomStreams(config.seed());
        ArrivalStream arrivals = config.arrivals().open(streams.forSource(config.name(), "arrivals"));
        SplittableRandom targetRng = streams.forSource(config.name(), "targets");

        double[] accuracy = new double[n];
        long[][] hits = new long[n][];
        for (ResolvedSubNet s : subs) {
            accuracy[s.index()] = s.accuracyPercent();
            hits[s.index()] = new long[s.layerCount()];
        }
        long[] latencyNs = new long[n];
        double bytesPerNs = config.accelerator().dramBandwidthBytesPerS() / 1e9;
        SushiMetrics metrics = new SushiMetrics(n);
        long freeAtNs = 0;
        while (true) {
            long arrivalNs = arrivals.nextNs();
            if (arrivalNs == ArrivalStream.NO_MORE || arrivalNs >= config.durationNs()) break;
            TargetPhase phase = config.targets().phaseAt(arrivalNs);
            long deadlineNs = arrivalNs + LatencyTargets.drawLatencyNs(phase, targetRng);
            long startNs = Math.max(arrivalNs, freeAtNs);
            boolean couldMeet = false;
            for (int i = 0; i < n; i++) {
                cache.hits(subs.get(i), hits[i]);
                latencyNs[i] = model.timing(i).latencyNs(hits[i]);
                if (startNs + latencyNs[i] <= deadlineNs) couldMeet = true;
            }
            int chosen = scheduler.choose(startNs, deadlineNs, phase.minAccuracyPercent(), latencyNs, accuracy);
            long finishNs = startNs + latencyNs[chosen];
            boolean measured = arrivalNs >= config.warmupNs();
            if (measured) traffic(metrics, model.timing(chosen), hits[chosen]);
            long fill = cache.served(subs.get(chosen));
            freeAtNs = finishNs + (long) Math.ceil(fill / bytesPerNs);
            if (measured) {
                metrics.query(finishNs - arrivalNs, finishNs <= deadlineNs, couldMeet,
                        accuracy[chosen] >= phase.minAccuracyPercent(), chosen, accuracy[chosen]);
                metrics.traffic(0, 0, 0, fill, cache.cachedBytes());
            }
            if (listener != null)
                listener.accept(new ServedQuery(arrivalNs, startNs, finishNs, deadlineNs, phase.minAccuracyPercent(),
                        chosen, accuracy[chosen], couldMeet, cache.cachedBytes(), fill, cachedShares(model, hits)));
        }
        String staticName = policy instanceof ServingPolicy.Static st ? subs.get(st.index(model)).name() : "";
        return metrics.toResult(policy.name(), staticName, config.cacheCapacityBytes(),
                config.accelerator().cost().dramEnergyPjPerByte(), subs);
    }

    /** Per SubNet, cached weight bytes / its weight bytes, from the hits computed before the choice. */
    private static List<Double> cachedShares(SushiModel model, long[][] hits) {
        List<Double> shares = new java.util.ArrayList<>(hits.length);
        for (int i = 0; i < hits.length; i++) {
            SubNetTiming t = model.timing(i);
            long all = 0, offChip = 0;
            for (int l = 0; l < t.layerCount(); l++) {
                all += t.filterBytes(l);
                offChip += t.offChipFilterBytes(l, hits[i][l]);
            }
            shares.add(all == 0 ? 0.0 : (double) (all - offChip) / all);
        }
        return shares;
    }

    private static void traffic(SushiMetrics metrics, SubNetTiming t, long[] hits) {
        long needed = 0, offChip = 0, activations = 0;
        for (int l = 0; l < t.layerCount(); l++) {
            needed += t.filterBytes(l);
            offChip += t.offChipFilterBytes(l, hits[l]);
            activations += t.activationBytes(l);
        }
        metrics.traffic(needed, offChip, activations, 0, 0);
    }
}
