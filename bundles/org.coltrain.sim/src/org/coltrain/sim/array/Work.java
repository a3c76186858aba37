package org.coltrain.sim.array;

/** One lowered piece of a layer: a GEMM for the systolic array or element-wise vector work. */
public sealed interface Work permits Gemm, VectorWork {

    String layer();

    Pass pass();
}
