package org.coltrain.sim.llm;

import java.util.ArrayList;
import java.util.List;

/** One iteration as a policy plans it: which sequences take part and each one's chunk. */
public final class Plan {

    final List<Sequence> members = new ArrayList<>();
    final List<SequenceChunk> chunks = new ArrayList<>();

    /** Adds {@code tokens} of {@code s}'s prefill (emitting a token if they complete it). */
    public void prefill(Sequence s, int tokens) {
        if (tokens < 1 || s.cached + tokens > s.target) throw new IllegalArgumentException("chunk outside the prefill");
        members.add(s);
        chunks.add(new SequenceChunk(tokens, s.cached, s.cached + tokens == s.target));
    }

    /** Adds one decode step of {@code s} (its block must be secured). */
    public void decode(Sequence s) {
        members.add(s);
        chunks.add(SequenceChunk.decode(s.cached));
    }

    public boolean isEmpty() { return members.isEmpty(); }

    public int size() { return members.size(); }

    public int tokens() {
        int t = 0;
        for (SequenceChunk c : chunks) t += c.newTokens();
        return t;
    }

    void clear() {
        members.clear();
        chunks.clear();
    }
}
