package org.coltrain.sim.numerics.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.coltrain.sim.numerics.data.Dataset;
import org.coltrain.sim.numerics.data.Digits;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingDeterminismTest {

    private static float[] trainOneEpoch(ModelKind kind, String encoding, long seed) {
        Dataset train = Digits.split().train();
        int[] first = new int[256];
        for (int i = 0; i < first.length; i++) first[i] = i;
        Trainer trainer = new Trainer(kind, RoleEncodings.uniform(Encodings.byName(encoding)),
                TrainConfig.defaults(1, seed));
        trainer.fit(train.select(first));
        return trainer.network().weightsSnapshot();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"MLP, hbfp8-sr", "MLP, fixed8-sr", "CNN, hbfp4-sr", "CNN, bf16"})
    void theSameSeedGivesBitIdenticalWeightsAndAnotherSeedDoesNot(ModelKind kind, String encoding) {
        float[] a = trainOneEpoch(kind, encoding, 17);
        float[] b = trainOneEpoch(kind, encoding, 17);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, trainOneEpoch(kind, encoding, 18)));
    }
}
