package org.coltrain.sim.numerics.train;

import java.util.Locale;

import org.coltrain.sim.numerics.encoding.Encoding;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * The names training accepts, each the exact variant its rows are labelled with:
 * <ul>
 * <li>an encoding name ({@link Encodings#byName}: {@code hbfp8}, {@code hbfp8-sr}, {@code fixed8-static},
 *     {@code int8-dynamic}, ...), on weights, activations and gradients alike, in GEMM-operand blocks;</li>
 * <li>{@code <encoding>-grad-sr}: the encoding on every role, stochastic rounding on the gradients only. With
 *     {@code int8-dynamic} this is the standard int8 training recipe: per-tensor dynamic scales (Jacob et al., CVPR
 *     2018), nearest rounding of weights and activations, stochastic rounding of gradients (Gupta et al., ICML
 *     2015; Zhou et al., DoReFa-Net, arXiv 1606.06160; Wu et al., WAGE, ICLR 2018): rounding up with probability
 *     equal to the fraction keeps the expected gradient, where nearest rounding flushes small gradients to zero;</li>
 * <li>{@code hbfp<T>-emu} and {@code hbfp<T>-emu-sr}: HBFPEmulator's block semantics
 *     ({@link HbfpEmulatorNumerics}); its scripts use {@code -sr}.</li>
 * </ul>
 */
public final class TrainingRecipes {

    private TrainingRecipes() {}

    public static TrainingNumerics byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.endsWith(RoleEncodings.GRADIENT_SR_SUFFIX)) {
            String base = n.substring(0, n.length() - RoleEncodings.GRADIENT_SR_SUFFIX.length());
            Encoding nearest = Encodings.byName(base);
            if (nearest.spec().rounding() != EncodingSpec.Rounding.NEAREST)
                throw new IllegalArgumentException("'" + name + "': " + RoleEncodings.GRADIENT_SR_SUFFIX
                        + " adds stochastic rounding to the gradients of an encoding that rounds to nearest; use "
                        + base.replace("-sr", "") + RoleEncodings.GRADIENT_SR_SUFFIX + " or " + base);
            return new RoleEncodings(nearest, nearest, Encodings.byName(base + "-sr"));
        }
        boolean stochastic = n.endsWith("-sr");
        String emu = stochastic ? n.substring(0, n.length() - 3) : n;
        if (emu.endsWith(HbfpEmulatorNumerics.SUFFIX)) {
            EncodingSpec spec = Encodings.specByName(emu.substring(0, emu.length() - HbfpEmulatorNumerics.SUFFIX.length()));
            if (spec.kind() != EncodingSpec.Kind.HBFP)
                throw new IllegalArgumentException("'" + name + "': " + HbfpEmulatorNumerics.SUFFIX
                        + " (HBFPEmulator's block semantics) applies to hbfp<2..25> only");
            return HbfpEmulatorNumerics.of(spec.totalBits(),
                    stochastic ? EncodingSpec.Rounding.STOCHASTIC : EncodingSpec.Rounding.NEAREST);
        }
        return RoleEncodings.uniform(Encodings.byName(name));
    }
}
