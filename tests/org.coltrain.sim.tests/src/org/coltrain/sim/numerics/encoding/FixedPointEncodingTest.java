package org.coltrain.sim.numerics.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

class FixedPointEncodingTest {

    private final FixedPointEncoding q25 = new FixedPointEncoding(EncodingSpec.fixed(8, 5, Rounding.NEAREST));

    @Test
    void fixed8IsQ2Dot5AndRoundsToTheNearest32nd() {
        assertEquals(EncodingSpec.fixed(8, 5, Rounding.NEAREST), Encodings.specByName("fixed8"));
        // 0.1 * 32 = 3.2 -> 3 -> 3/32; -0.3 * 32 = -9.6 -> -10 -> -0.3125
        assertEquals(3, q25.encode(0.1f, null));
        assertEquals(0.09375f, q25.decode(3));
        assertEquals(-10, q25.encode(-0.3f, null));
    }

    @Test
    void tiesGoToEven() {
        // 1/64 * 32 = 0.5 -> 0; 3/64 * 32 = 1.5 -> 2
        assertEquals(0, q25.encode(1f / 64, null));
        assertEquals(2, q25.encode(3f / 64, null));
    }

    @Test
    void outOfRangeSaturatesAndNanIsZero() {
        // raw range [-128, 127]: values [-4, 127/32 = 3.96875]
        assertEquals(127, q25.encode(10f, null));
        assertEquals(-128, q25.encode(-1e30f, null));
        assertEquals(-128, q25.encode(Float.NEGATIVE_INFINITY, null));
        assertEquals(0, q25.encode(Float.NaN, null));
    }

    @Test
    void unknownNamesAreRejectedWithTheAcceptedForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Encodings.specByName("int8"));
        assertEquals(true, e.getMessage().contains("hbfp<2..25>"));
        assertThrows(IllegalArgumentException.class, () -> Encodings.specByName("fixed3"));
        assertThrows(IllegalArgumentException.class, () -> Encodings.specByName("hbfpx"));
    }
}
