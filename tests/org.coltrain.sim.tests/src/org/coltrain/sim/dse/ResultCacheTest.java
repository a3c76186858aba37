package org.coltrain.sim.dse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache: bit-identical round trip, one computation per key, strict mode and rechecks. */
class ResultCacheTest {

    @TempDir
    Path dir;

    @Test
    void savedValuesReadBackBitIdenticalAndAreNotComputedAgain() throws IOException {
        Path file = dir.resolve("c.tsv");
        double[] values = {0.1 + 0.2, 1e-300, 123456.789, Double.NaN, -0.0};
        ResultCache a = ResultCache.at(file);
        AtomicInteger computed = new AtomicInteger();
        a.get(ResultCache.key("x"), "x", () -> { computed.incrementAndGet(); return values; });
        a.get(ResultCache.key("x"), "x", () -> { computed.incrementAndGet(); return values; });
        assertEquals(1, computed.get());
        assertEquals(1, a.hits());
        a.save();
        ResultCache b = ResultCache.at(file);
        double[] back = b.get(ResultCache.key("x"), "x", () -> { throw new AssertionError("must be a hit"); });
        for (int i = 0; i < values.length; i++)
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(back[i]), "value " + i);
        assertTrue(Files.readString(file).contains("\tx\n"));
    }

    @Test
    void aCacheThatRequiresHitsNamesTheMissingResultAndTheRegenerationCommand() {
        ResultCache c = ResultCache.inMemory().requireHits("./regenerate");
        ResultCache.MissException e = assertThrows(ResultCache.MissException.class,
                () -> c.get(ResultCache.key("y"), "capacity of y", () -> new double[] {1}));
        assertTrue(e.getMessage().contains("capacity of y"), e.getMessage());
        assertTrue(e.getMessage().contains("./regenerate"), e.getMessage());
        assertTrue(e.getMessage().contains(ResultCache.key("y")), e.getMessage());
    }

    @Test
    void recheckedEntriesAreComputedAgainAndComparedBitForBit() {
        ResultCache c = ResultCache.inMemory();
        c.get("k1", "one", () -> new double[] {1.0});
        c.get("k2", "two", () -> new double[] {2.0});
        c.requireHits("never").recheck(List.of("k1", "k2"));
        assertArrayEquals(new double[] {1.0}, c.get("k1", "one", () -> new double[] {1.0}));
        assertArrayEquals(new double[] {2.0}, c.get("k2", "two", () -> new double[] {Math.nextUp(2.0)}),
                "a recheck returns the cached value");
        List<ResultCache.Recheck> r = c.rechecked();
        assertEquals(2, r.size());
        assertTrue(r.get(0).equal());
        assertFalse(r.get(1).equal(), "one ulp apart is a difference");
    }
}
