package org.coltrain.dsl.validation;

import java.util.EnumSet;
import java.util.Set;

import org.coltrain.model.Accelerator;
import org.coltrain.model.AluArray;
import org.coltrain.model.Buffer;
import org.coltrain.model.BufferKind;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.FixedPointEncoding;
import org.coltrain.model.HbfpEncoding;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Impossible or incomplete accelerator configurations and encodings. */
public class AcceleratorValidator extends AbstractDeclarativeValidator {

    // HBFP ranges: the public emulator and hardware model cover 2-8 bit mantissas (REFERENCES.md, jnbrq/hbfp_hardware_model);
    // up to 16 bits per element keeps the exact long accumulation of the numerics core free of overflow.
    static final int HBFP_MIN_BITS = 2, HBFP_MAX_BITS = 16;
    static final int HBFP_MIN_BLOCK = 1, HBFP_MAX_BLOCK = 1024;
    static final int HBFP_MIN_EXPONENT = 2, HBFP_MAX_EXPONENT = 16;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkHasArray(Accelerator acc) {
        if (acc.getArrays().isEmpty())
            error("accelerator '" + acc.getName() + "' has no ALU array; add 'array { rows 128 cols 128 dataflow weight-stationary clock 1 GHz }'",
                    acc, ColtrainPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_ARRAY);
    }

    @Check
    public void checkArrayNamesUnique(Accelerator acc) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (AluArray array : acc.getArrays())
            if (array.getName() != null && !names.add(array.getName()))
                error("array '" + array.getName() + "' is defined twice in accelerator '" + acc.getName() + "'; rename one",
                        array, ColtrainPackage.Literals.ALU_ARRAY__NAME, IssueCodes.DUPLICATE_NAME);
    }

    @Check
    public void checkOneArrayKind(Accelerator acc) {
        for (int i = 1; i < acc.getArrays().size(); i++) {
            AluArray first = acc.getArrays().get(0), other = acc.getArrays().get(i);
            if (other.getRows() != first.getRows() || other.getCols() != first.getCols()
                    || other.getDataflow() != first.getDataflow() || other.getClockHz() != first.getClockHz())
                error("all arrays of one accelerator must have the same shape, dataflow and clock (the timing model shares "
                        + "work among identical arrays); use 'count' on one array, or model a second accelerator",
                        acc, ColtrainPackage.Literals.ACCELERATOR__ARRAYS, i, IssueCodes.MIXED_ARRAY_KINDS);
        }
    }

    @Check
    public void checkHasDram(Accelerator acc) {
        if (acc.getDram() == null)
            error("accelerator '" + acc.getName() + "' has no off-chip memory; add e.g. 'dram ddr4 channels 4 { capacity 16 GiB }'",
                    acc, ColtrainPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_DRAM);
    }

    @Check
    public void checkHasInferenceEncoding(Accelerator acc) {
        if (acc.getInferenceEncoding() == null)
            error("accelerator '" + acc.getName() + "' has no inference encoding; add e.g. 'inference encoding hbfp 8'",
                    acc, ColtrainPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_INFERENCE_ENCODING);
    }

    @Check
    public void checkBufferKinds(Accelerator acc) {
        Set<BufferKind> seen = EnumSet.noneOf(BufferKind.class);
        for (int i = 0; i < acc.getBuffers().size(); i++) {
            Buffer b = acc.getBuffers().get(i);
            boolean conflict = !seen.add(b.getKind())
                    || (b.getKind() == BufferKind.UNIFIED ? seen.size() > 1 : seen.contains(BufferKind.UNIFIED));
            if (conflict)
                error("buffer '" + b.getKind().getLiteral() + "' conflicts with another buffer: give either one unified "
                        + "buffer or at most one each of ifmap, weight and ofmap", acc,
                        ColtrainPackage.Literals.ACCELERATOR__BUFFERS, i, IssueCodes.BUFFER_KIND_CONFLICT);
        }
    }

    @Check
    public void checkHbfp(HbfpEncoding hbfp) {
        if (hbfp.getBits() < HBFP_MIN_BITS || hbfp.getBits() > HBFP_MAX_BITS)
            error("HBFP needs " + HBFP_MIN_BITS + " to " + HBFP_MAX_BITS + " bits per element (sign included), not "
                    + hbfp.getBits(), hbfp, ColtrainPackage.Literals.HBFP_ENCODING__BITS, IssueCodes.HBFP_BITS_RANGE, "8");
        if (hbfp.getBlockSize() < HBFP_MIN_BLOCK || hbfp.getBlockSize() > HBFP_MAX_BLOCK)
            error("HBFP block size must be " + HBFP_MIN_BLOCK + " to " + HBFP_MAX_BLOCK + " elements, not " + hbfp.getBlockSize()
                    + " (the HBFP emulator uses 24)", hbfp, ColtrainPackage.Literals.HBFP_ENCODING__BLOCK_SIZE,
                    IssueCodes.HBFP_BLOCK_RANGE, "24");
        if (hbfp.getExponentBits() < HBFP_MIN_EXPONENT || hbfp.getExponentBits() > HBFP_MAX_EXPONENT)
            error("HBFP shared exponent must be " + HBFP_MIN_EXPONENT + " to " + HBFP_MAX_EXPONENT + " bits wide, not "
                    + hbfp.getExponentBits() + " (the HBFP emulator assumes 10)", hbfp,
                    ColtrainPackage.Literals.HBFP_ENCODING__EXPONENT_BITS, IssueCodes.HBFP_EXPONENT_RANGE, "10");
    }

    @Check
    public void checkFixedPoint(FixedPointEncoding fixed) {
        if (fixed.getTotalBits() < 2 || fixed.getTotalBits() > 32)
            error("fixed point needs 2 to 32 bits, not " + fixed.getTotalBits(), fixed,
                    ColtrainPackage.Literals.FIXED_POINT_ENCODING__TOTAL_BITS, IssueCodes.FIXED_POINT_RANGE);
        else if (fixed.getFractionBits() < 0 || fixed.getFractionBits() >= fixed.getTotalBits())
            error("fraction bits must be fewer than the " + fixed.getTotalBits() + " total bits (one is the sign)", fixed,
                    ColtrainPackage.Literals.FIXED_POINT_ENCODING__FRACTION_BITS, IssueCodes.FIXED_POINT_RANGE);
    }

    @Check
    public void checkTrainingEncoding(Accelerator acc) {
        if (acc.getTrainingEncoding() instanceof FixedPointEncoding)
            error("fixed point cannot train: gradients span many orders of magnitude that a fixed binary point cannot "
                    + "hold (HBFP, NeurIPS 2018); use 'training encoding hbfp 8' or a floating-point format",
                    acc, ColtrainPackage.Literals.ACCELERATOR__TRAINING_ENCODING, IssueCodes.FIXED_POINT_TRAINING, "hbfp 8");
    }
}
