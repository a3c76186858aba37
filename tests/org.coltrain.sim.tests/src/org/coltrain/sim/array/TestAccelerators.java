package org.coltrain.sim.array;

import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/** Small accelerators whose numbers can be followed on paper: 1 GHz, fixed8 (one byte per element). */
final class TestAccelerators {

    static final EncodingSpec FIXED8 = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);
    static final EncodingSpec HBFP8 = EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.NEAREST);

    private TestAccelerators() {
    }

    static AcceleratorSpec of(Dataflow df, int arrays, int rows, int cols, long bufferBytes, double bytesPerS) {
        return new AcceleratorSpec("test", arrays, rows, cols, df, 1e9, bufferBytes, bufferBytes, bufferBytes,
                bytesPerS, 1L << 30, FIXED8, HBFP8, CostDefaults.params());
    }

    /** Buffers and bandwidth so large that nothing spills and nothing stalls. */
    static AcceleratorSpec unbounded(Dataflow df, int arrays, int rows, int cols) {
        return of(df, arrays, rows, cols, 1L << 40, 1e18);
    }
}
