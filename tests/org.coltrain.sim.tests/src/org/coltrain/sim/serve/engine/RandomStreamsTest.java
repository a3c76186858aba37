package org.coltrain.sim.serve.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void sameSeedAndSourceGiveTheSameStream() {
        assertEquals(new RandomStreams(5).forSource("a", "arrivals").nextLong(),
                new RandomStreams(5).forSource("a", "arrivals").nextLong());
    }

    @Test
    void differentSourcesPurposesAndSeedsGiveDifferentStreams() {
        long base = new RandomStreams(5).forSource("a", "arrivals").nextLong();
        assertNotEquals(base, new RandomStreams(5).forSource("b", "arrivals").nextLong());
        assertNotEquals(base, new RandomStreams(5).forSource("a", "service-time").nextLong());
        assertNotEquals(base, new RandomStreams(6).forSource("a", "arrivals").nextLong());
    }

    @Test
    void fnvHashMatchesThePublishedTestVector() {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (Fowler/Noll/Vo reference test vectors).
        assertEquals(0xaf63dc4c8601ec8cL, RandomStreams.fnv1a64("a"));
    }
}
