/**
 * Numerics: what narrow encodings do to training accuracy, and what emulating them costs.
 *
 * <ul>
 * <li>{@code encoding}: bit-accurate FP32, BF16, FP16, fixed point and HBFP behind one sealed
 *     {@link org.coltrain.sim.numerics.encoding.Encoding}; names such as {@code hbfp8} resolve through
 *     {@link org.coltrain.sim.numerics.encoding.Encodings}.</li>
 * <li>{@code gemm}: kernels that compute a GEMM the way each datapath does (HBFP: integer block sums, one rescale
 *     per block, wide accumulation), each equal bit for bit to a slow reference.</li>
 * <li>{@code train}: dense and convolutional layers, ReLU, max pooling, softmax cross-entropy, SGD with momentum;
 *     encodings on the dot products only, per tensor role, FP32 master weights.</li>
 * <li>{@code data}: the UCI optical digits (CC BY 4.0), shipped as a resource, with a fixed split.</li>
 * </ul>
 *
 * <p>Entry points for the CLI: {@link org.coltrain.sim.numerics.NumericsExperiments} ({@code train},
 * {@code compare}, {@code writeCsv}, {@code printTable}, {@code error}, {@code printErrors}) and
 * {@link org.coltrain.sim.numerics.GemmBench#run(java.io.PrintWriter)}.
 *
 * <p>What the emulation simplifies: HBFP blocks run along the dot-product dimension only (HBFPEmulator tiles 24 x 24
 * in two dimensions); the wide accumulator is a double; GEMM outputs stay FP32 (no output requantization); the
 * weight master copy is FP32 rather than the paper's 16-bit-mantissa HBFP.
 */
package org.coltrain.sim.numerics;
