package org.coltrain.sim.cost;

import java.util.List;
import java.util.Optional;

/**
 * One kind of off-chip memory: its peak bandwidth per channel (DDR, LPDDR) or per stack (HBM) and its access
 * energy per bit, each with its source. The DSL's {@code dram hbm2 stacks 4 { ... }} reads this table; an explicit
 * bandwidth or energy in the model overrides the kind's.
 *
 * <p>Energies: [H14] (Horowitz, ISSCC 2014: 1.3-2.6 nJ per 64-bit DRAM access, a DDR3-era figure) and O'Connor et
 * al., "Fine-Grained DRAM", MICRO 2017 (HBM2) are measured or modelled figures; the others are scaled from them by
 * first principles (dynamic energy ~ C V^2 at equal capacitance per bit) with each standard's core supply voltage.
 * The scaled figures credit neither the newer standards' lower I/O swing nor their smaller cells, so they are upper
 * estimates. Energy per bit differs by about an order of magnitude between off-package DDR and in-package HBM
 * (REFERENCES.md), which is why the two must not be mixed.
 *
 * @param name                     the DSL name
 * @param unit                     what {@code count} counts: "channel" or "stack"
 * @param bandwidthBytesPerSPerUnit peak bandwidth of one channel or stack
 * @param energyPjPerBit           energy to read or write one bit, interface included
 * @param bandwidthSource          where the bandwidth comes from
 * @param energySource             where the energy comes from
 */
public record DramKind(String name, String unit, double bandwidthBytesPerSPerUnit, double energyPjPerBit,
        String bandwidthSource, String energySource) implements java.io.Serializable {

    /** [H14]'s 1.3 nJ per 64-bit access, the lower end of its range. */
    private static final double DDR3_PJ_PER_BIT = 1300.0 / 64;
    /** O'Connor et al., MICRO 2017: energy per bit of the HBM2 baseline. */
    private static final double HBM2_PJ_PER_BIT = 3.97;

    public static final List<DramKind> ALL = List.of(
            new DramKind("ddr3", "channel", 1600e6 * 8, DDR3_PJ_PER_BIT,
                    "JESD79-3: DDR3-1600, 64-bit channel, 1600 MT/s x 8 B",
                    "[H14]: 1.3 nJ per 64-bit access"),
            new DramKind("ddr4", "channel", 3200e6 * 8, DDR3_PJ_PER_BIT * square(1.2 / 1.5),
                    "JESD79-4: DDR4-3200, 64-bit channel, 3200 MT/s x 8 B",
                    "[H14]'s DDR3 figure scaled by (1.2 V / 1.5 V)^2 (VDD of JESD79-4 over JESD79-3)"),
            new DramKind("lpddr5", "channel", 6400e6 * 2, DDR3_PJ_PER_BIT * square(1.05 / 1.5),
                    "JESD209-5: LPDDR5-6400, 16-bit channel, 6400 MT/s x 2 B",
                    "[H14]'s DDR3 figure scaled by (1.05 V / 1.5 V)^2 (VDD2H of JESD209-5 over VDD of JESD79-3)"),
            new DramKind("hbm2", "stack", 2.0e9 * 1024 / 8, HBM2_PJ_PER_BIT,
                    "JESD235A: HBM2, 1024 data bits per stack at 2.0 Gb/s",
                    "O'Connor et al., MICRO 2017 (Fine-Grained DRAM): HBM2 3.97 pJ/bit"),
            new DramKind("hbm2e", "stack", 3.2e9 * 1024 / 8, HBM2_PJ_PER_BIT,
                    "JESD235C: HBM2E, 1024 data bits per stack at 3.2 Gb/s",
                    "HBM2's 3.97 pJ/bit (O'Connor et al., MICRO 2017): same 1.2 V core and I/O supply"),
            new DramKind("hbm3", "stack", 6.4e9 * 1024 / 8, HBM2_PJ_PER_BIT * square(1.1 / 1.2),
                    "JESD238: HBM3, 1024 data bits per stack at 6.4 Gb/s",
                    "HBM2's 3.97 pJ/bit scaled by (1.1 V / 1.2 V)^2 (HBM3 core supply over HBM2's)"));

    public static Optional<DramKind> find(String name) {
        for (DramKind kind : ALL) if (kind.name().equals(name)) return Optional.of(kind);
        return Optional.empty();
    }

    /** The names, for messages and content assist. */
    public static List<String> names() {
        return ALL.stream().map(DramKind::name).toList();
    }

    public double energyPjPerByte() { return energyPjPerBit * 8; }

    /** Peak bandwidth of {@code count} channels or stacks. */
    public double bandwidthBytesPerS(int count) { return count * bandwidthBytesPerSPerUnit; }

    /** The DSL word that counts this kind's units: "channels" or "stacks". */
    public String unitPlural() { return unit + "s"; }

    private static double square(double x) { return x * x; }
}
