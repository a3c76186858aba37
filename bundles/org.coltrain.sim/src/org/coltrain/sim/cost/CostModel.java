package org.coltrain.sim.cost;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * Area (mm2) and peak power (mW) of an accelerator from its PE count, buffers and datapath encoding.
 * The PE arrays' area is their standard cells times the layout overhead (routing, clock tree, placement
 * whitespace); their leakage follows the cells, not the whitespace.
 * Simplifications: no interconnect between arrays or I/O area; SRAM area and leakage linear in capacity (no banking
 * overhead); the peak buffer traffic is one element per array edge port per cycle.
 */
public final class CostModel {

    private CostModel() {
    }

    /** Cost of the accelerator's datapath encoding ({@link #datapathEncoding}). */
    public static AcceleratorCost of(AcceleratorSpec acc) {
        return of(acc, datapathEncoding(acc));
    }

    public static double areaMm2(AcceleratorSpec acc) { return of(acc).areaMm2(); }

    public static double powerMw(AcceleratorSpec acc) { return of(acc).powerMw(); }

    /** Cost of the accelerator built with the given datapath encoding. */
    public static AcceleratorCost of(AcceleratorSpec acc, EncodingSpec datapath) {
        CostParams p = acc.cost();
        MacCost mac = MacCost.of(datapath, p);
        double peCellAreaMm2 = acc.peMacs() * mac.areaUm2() / 1e6;
        double peAreaMm2 = peCellAreaMm2 * p.peLayoutOverhead();
        double sramKiB = (acc.ifmapBufferBytes() + acc.weightBufferBytes() + acc.ofmapBufferBytes()) / 1024.0;
        double sramAreaMm2 = sramKiB * p.sramAreaMm2PerKiB();
        // fJ per MAC x MACs per second = 1e-15 J/s per unit; x 1e3 to mW: fJ x Hz x 1e-12 = mW
        double peDynamicMw = acc.peMacs() * acc.clockHz() * mac.energyFj() * 1e-12;
        // each array reads one element per cycle on its left edge (rows) and one on its top edge (cols)
        double edgeBytesPerCycle = (double) acc.arrayCount() * (acc.rows() + acc.cols())
                * datapath.storageBitsPerElement() / 8.0;
        // pJ x Hz x 1e-9 = mW
        double sramDynamicMw = edgeBytesPerCycle * acc.clockHz() * p.sramReadEnergyPjPerByte() * 1e-9;
        double leakageMw = sramKiB * p.sramLeakageMwPerKiB() + peCellAreaMm2 * p.peLeakageMwPerMm2();
        return new AcceleratorCost(peAreaMm2, sramAreaMm2, p.controllerAreaMm2(), peDynamicMw, sramDynamicMw,
                leakageMw, p.controllerPowerMw());
    }

    /**
     * One datapath executes both the inference and the training encoding, so it is built for the costlier of the
     * two (by PE area); a missing training encoding means an inference-only accelerator.
     */
    public static EncodingSpec datapathEncoding(AcceleratorSpec acc) {
        EncodingSpec inference = acc.inferenceEncoding();
        EncodingSpec training = acc.trainingEncoding();
        if (training == null) return inference;
        if (inference == null) return training;
        CostParams p = acc.cost();
        return MacCost.of(training, p).areaUm2() > MacCost.of(inference, p).areaUm2() ? training : inference;
    }
}
