package org.coltrain.sim.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.junit.jupiter.api.Test;

class PagedKvCacheTest {

    @Test
    void aSequenceHoldsCeilOfItsTokensOverTheBlockSize() {
        PagedKvCache c = new PagedKvCache(16, 10);
        assertEquals(0, c.blocksFor(0));
        assertEquals(1, c.blocksFor(1));
        assertEquals(1, c.blocksFor(16));
        assertEquals(2, c.blocksFor(17));
        assertEquals(63, c.blocksFor(1000)); // 1000 / 16 = 62.5
    }

    @Test
    void allocationIsAllOrNothing() {
        PagedKvCache c = new PagedKvCache(16, 10);
        assertTrue(c.allocate(7));
        assertFalse(c.allocate(4), "4 of 3 free blocks");
        assertEquals(3, c.freeBlocks());
        assertTrue(c.allocate(3));
        assertEquals(1.0, c.occupancy());
        c.release(10);
        assertEquals(0, c.usedBlocks());
        assertThrows(IllegalStateException.class, () -> c.release(1));
    }

    @Test
    void theCacheFillsTheDramLeftByTheWeights() {
        // A100 80 GB, Llama-2-7B in BF16: weights 6,738,415,616 x 2 = 13,476,831,232 bytes; left 66,523,168,768;
        // a block is 16 tokens x 262,144 elements x 2 bytes = 8,388,608 bytes: 7930 blocks (7930.1), 126,880 tokens.
        MemoryBudget b = MemoryBudget.of(ReferenceAccelerators.a100(true), TransformerShape.llama2_7b(), 0);
        assertEquals(13_476_831_232L, b.weightBytes());
        assertEquals(7930, PagedKvCache.inDram(b, 16).totalBlocks());
    }

    @Test
    void weightsThatDoNotFitAreRefusedWithBothSizes() {
        // GPT-3 175B in BF16 is 349 GB, over the A100's 80 GB
        var e = assertThrows(IllegalArgumentException.class,
                () -> MemoryBudget.of(ReferenceAccelerators.a100(true), TransformerShape.gpt3_175b(), 0));
        assertTrue(e.getMessage().contains("349208518656") && e.getMessage().contains("80000000000"), e.getMessage());
    }

    @Test
    void aDecodeIsPreemptedExactlyWhenNoBlockIsLeft() {
        // 4 blocks of 16 tokens; A (arrived first) and B with 16-token prompts take 1 block each at admission. After
        // their prefills (cached 16 each) every decode caches one more token: cached 16 needs a 2nd block (both
        // get one: 4 used), cached 17..31 need nothing, cached 32 needs a 3rd with none free: B, the later arrival,
        // is preempted (its 2 blocks freed) and A takes one. That is the 17th decode; none before.
        EngineState s = new EngineState(new PagedKvCache(16, 4), 8);
        Sequence a = new Sequence(0, 0, 16, 100), b = new Sequence(1, 5, 16, 100);
        s.arrive(a);
        s.arrive(b);
        assertTrue(s.admitHead() && s.admitHead());
        assertEquals(2, s.cache().usedBlocks());
        for (Sequence q : List.of(a, b)) { q.cached = 16; q.generated = 1; }
        for (int decode = 1; decode <= 16; decode++) {
            List<Sequence> secured = s.secureDecodes(List.of(a, b));
            assertEquals(List.of(a, b), secured, "decode " + decode);
            for (Sequence q : secured) { q.cached++; q.generated++; }
        }
        assertEquals(0, s.preemptions());
        assertEquals(4, s.cache().usedBlocks());
        assertEquals(List.of(a), s.secureDecodes(List.of(a, b)));
        assertEquals(1, s.preemptions());
        assertEquals(3, s.cache().usedBlocks());
        // B goes back to the front of the queue to recompute its prompt and its 17 tokens: 33 tokens, 3 blocks
        assertEquals(b, s.waitingHead());
        assertEquals(33, b.target());
        assertEquals(0, b.cached());
        assertFalse(s.admitHead(), "3 blocks for B, 1 free");
    }
}
