/**
 * Numerics: what narrow encodings do to training accuracy, and what emulating them costs.
 *
 * <ul>
 * <li>{@code encoding}: bit-accurate FP32, BF16, FP16, static fixed point, per-tensor dynamic integers and HBFP
 *     behind one sealed {@link org.coltrain.sim.numerics.encoding.Encoding}; names such as {@code hbfp8-sr} or
 *     {@code int8-dynamic} resolve through {@link org.coltrain.sim.numerics.encoding.Encodings} and are the exact
 *     variant every table row carries. {@link org.coltrain.sim.numerics.encoding.HbfpEmulatorFormat} is
 *     HBFPEmulator's conversion by rows, columns and tiles.</li>
 * <li>{@code gemm}: kernels that compute a GEMM the way each datapath does (HBFP: integer block sums, one rescale
 *     per block, wide accumulation; per-tensor integers: one integer sum, one rescale), each equal bit for bit to a
 *     slow reference, fast by layout alone (plain loops that C2 vectorises).</li>
 * <li>{@code train}: dense and convolutional layers, ReLU, max pooling, softmax cross-entropy, SGD with momentum;
 *     the {@link org.coltrain.sim.numerics.train.TrainingNumerics} say where tensors are rounded: per GEMM operand
 *     in 1-D blocks along the dot product with FP32 master weights ({@code RoleEncodings}, what {@code hbfp8} means
 *     and what the examples use), or HBFPEmulator's semantics ({@code hbfp8-emu-sr}); recipes such as the int8
 *     training recipe {@code int8-dynamic-grad-sr} by name in {@link org.coltrain.sim.numerics.train.TrainingRecipes}.</li>
 * <li>{@code data}: the UCI optical digits (CC BY 4.0), shipped as a resource, with a fixed split.</li>
 * </ul>
 *
 * <p>Entry points for the CLI: {@link org.coltrain.sim.numerics.NumericsExperiments} ({@code train},
 * {@code compare} over several seeds on several threads, {@code summarize}, {@code writeCsv}, {@code printSummary},
 * {@code error}, {@code printErrors}), {@link org.coltrain.sim.numerics.GemmBench#run(java.io.PrintWriter)} and
 * {@link org.coltrain.sim.numerics.TrainingBench#run(java.io.PrintWriter)}.
 *
 * <p>What the emulation simplifies: the wide accumulator is a double; GEMM outputs stay FP32 (no output
 * requantization); with 1-D blocks the weight master copy is FP32 rather than the paper's 16-bit-mantissa HBFP (the
 * {@code -emu} semantics keep the emulator's 15-bit tiled master); batch normalisation, which the paper's networks
 * have and these two small networks do not, is not modelled.
 */
package org.coltrain.sim.numerics;
