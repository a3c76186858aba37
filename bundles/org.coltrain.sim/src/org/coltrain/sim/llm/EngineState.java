package org.coltrain.sim.llm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's queues and KV cache, and the two operations every batching policy shares (Kwon et al. 2023,
 * Section 4.5): first-come-first-served admission of the waiting queue's head when the blocks of its whole prefill
 * are free and the batch has room; and securing the next block of each decoding sequence, preempting the running
 * sequence that arrived last (all its blocks; recomputed later; back to the front of the waiting queue) while no
 * block is free.
 */
public final class EngineState {

    private final ArrayDeque<Sequence> waiting = new ArrayDeque<>();
    private final ArrayList<Sequence> running = new ArrayList<>();
    private final PagedKvCache cache;
    private final int maxBatch;
    private long preemptions;

    EngineState(PagedKvCache cache, int maxBatch) {
        this.cache = cache;
        this.maxBatch = maxBatch;
    }

    public PagedKvCache cache() { return cache; }

    public int maxBatch() { return maxBatch; }

    public boolean hasWaiting() { return !waiting.isEmpty(); }

    public Sequence waitingHead() { return waiting.peekFirst(); }

    /** Running sequences in admission order (a copy: policies may preempt while they walk it). */
    public List<Sequence> running() { return new ArrayList<>(running); }

    public boolean isRunning(Sequence s) { return running.contains(s); }

    public boolean idle() { return running.isEmpty() && waiting.isEmpty(); }

    public long preemptions() { return preemptions; }

    /** Admits the head of the waiting queue if the batch has room and its prefill's blocks are free. */
    public boolean admitHead() {
        Sequence head = waiting.peekFirst();
        if (head == null || running.size() >= maxBatch) return false;
        long need = cache.blocksFor(head.target);
        if (!cache.allocate(need)) return false;
        head.blocks = need;
        running.add(waiting.pollFirst());
        return true;
    }

    /**
     * Gives each of {@code decoders} (in order) the block its next token needs, preempting the running sequence that
     * arrived last while none is free (a sequence may preempt itself); returns those still running.
     */
    public List<Sequence> secureDecodes(List<Sequence> decoders) {
        List<Sequence> out = new ArrayList<>(decoders.size());
        for (Sequence s : decoders) {
            if (!running.contains(s)) continue;
            long need = cache.blocksFor(s.cached + 1L) - s.blocks;
            boolean preemptedSelf = false;
            while (need > 0 && !cache.allocate(need)) {
                Sequence victim = latestArrived();
                preempt(victim);
                if (victim == s) {
                    preemptedSelf = true;
                    break;
                }
            }
            if (preemptedSelf) continue;
            s.blocks += need;
            out.add(s);
        }
        out.removeIf(s -> !running.contains(s));
        return out;
    }

    void arrive(Sequence s) { waiting.addLast(s); }

    void finish(Sequence s) {
        running.remove(s);
        cache.release(s.blocks);
        s.blocks = 0;
    }

    /** The running sequence of the latest arrival (ties: the higher id, the later arrival event). */
    private Sequence latestArrived() {
        Sequence latest = running.get(0);
        for (Sequence r : running)
            if (r.arrivalNs > latest.arrivalNs || (r.arrivalNs == latest.arrivalNs && r.id > latest.id)) latest = r;
        return latest;
    }

    private void preempt(Sequence v) {
        running.remove(v);
        cache.release(v.blocks);
        v.blocks = 0;
        v.cached = 0;
        v.target = v.prompt + v.generated;
        v.preemptions++;
        preemptions++;
        waiting.addFirst(v);
    }

    List<Sequence> waitingSnapshot() { return new ArrayList<>(waiting); }

    List<Sequence> runningSnapshot() { return new ArrayList<>(running); }
}
