package org.coltrain.sim.numerics.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void theShippedFileHoldsTheUciTestSetOf1797Samples() {
        Dataset all = Digits.load();
        assertEquals(1797, all.size());
        assertEquals(64, all.featureCount());
        int[] perClass = new int[10];
        for (int label : all.labels()) perClass[label]++;
        // class counts of optdigits.tes as scikit-learn documents them (178, 182, 177, 183, 181, 182, 181, 179, 174, 180)
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, perClass);
        for (float f : all.features()) assertTrue(f >= 0f && f <= 1f);
        // first row of the file: 0,0,5,13,9,1,0,0,... label 0
        assertEquals(5f / 16, all.features()[2]);
        assertEquals(0, all.labels()[0]);
    }

    @Test
    void theSplitIs1437TrainAnd360TestWithNoSampleInBoth() {
        Digits.Split split = Digits.split();
        assertEquals(1437, split.train().size());
        assertEquals(360, split.test().size());
        // the digits set has duplicate images, so compare permutation indices rather than pixels
        int[] order = Digits.permutation(1797, new java.util.SplittableRandom(Digits.SPLIT_SEED));
        Set<Integer> train = new HashSet<>();
        for (int i = 0; i < 1437; i++) train.add(order[i]);
        for (int i = 1437; i < 1797; i++) assertTrue(!train.contains(order[i]));
        assertEquals(1797, new HashSet<>(java.util.Arrays.stream(order).boxed().toList()).size());
        Dataset all = Digits.load();
        assertEquals(all.labels()[order[0]], split.train().labels()[0]);
        assertEquals(all.labels()[order[1437]], split.test().labels()[0]);
    }
}
