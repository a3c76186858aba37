package org.coltrain.dsl.validation;

import java.util.Locale;
import java.util.Optional;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Accelerator;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.Dram;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.cost.DramKind;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** The off-chip memory: a known kind counted in its own unit, a bandwidth from somewhere, an energy that fits it. */
public class DramValidator extends AbstractDeclarativeValidator {

    /** A suggested kind needs at most this many channels or stacks to reach the bandwidth. */
    static final int MAX_SUGGESTED_UNITS = 8;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkKnownKind(Dram dram) {
        if (dram.getKind() != null && DramKind.find(dram.getKind()).isEmpty())
            error("unknown DRAM kind '" + dram.getKind() + "'; known: " + String.join(", ", DramKind.names()), dram,
                    ColtrainPackage.Literals.DRAM__KIND, IssueCodes.DRAM_KIND_UNKNOWN,
                    DramKind.names().toArray(String[]::new));
    }

    @Check
    public void checkCountUnit(Dram dram) {
        Optional<DramKind> kind = ModelToSim.dramKind(dram);
        if (kind.isEmpty() || dram.getCountUnit() == null || dram.getCountUnit().equals(kind.get().unitPlural())) return;
        String prefix = dram.eContainer() instanceof org.coltrain.model.DesignSearch ? "" : "dram ";
        error(kind.get().name() + " is counted in " + kind.get().unitPlural() + ": write '" + prefix + kind.get().name() + " "
                + kind.get().unitPlural() + " " + dram.getCount() + "'", dram, ColtrainPackage.Literals.DRAM__COUNT_UNIT,
                IssueCodes.DRAM_COUNT_UNIT, kind.get().unitPlural());
    }

    @Check
    public void checkBandwidthGiven(Dram dram) {
        if (dram.getKind() == null && !dram.isSetBandwidthBytesPerS())
            error("this DRAM names no kind, so it needs a bandwidth: name its kind, e.g. 'dram ddr4 channels 2 { ... }', "
                    + "or add 'bandwidth 25.6 GB/s'", dram, null, IssueCodes.DRAM_BANDWIDTH_MISSING);
    }

    /**
     * Energy per byte times peak bandwidth is what the DRAM draws when the chip streams at full bandwidth. A named
     * kind's energy per bit holds at any bandwidth, so only an energy that no kind ties to the memory technology
     * (the default or an explicit one) is checked: above the chip's own peak power, energy and bandwidth belong to
     * different kinds of DRAM (a DDR-class energy with HBM-class bandwidth).
     */
    @Check
    public void checkPowerAgainstChip(Accelerator accelerator) {
        Dram dram = accelerator.getDram();
        if (dram == null || ModelToSim.dramKind(dram).isPresent() && !dram.isSetEnergyJPerByte()) return;
        if (dram.getKind() != null && ModelToSim.dramKind(dram).isEmpty()) return; // reported as dramKindUnknown
        if (!UnitValidator.quantitiesWellFormed(accelerator)) return; // reported by the unit checks
        if (dram.isSetEnergyJPerByte() && !(Math.abs(dram.getEnergyJPerByte()) <= org.coltrain.dsl.units.Dimension.ENERGY.maxSi()))
            return; // reported as outOfRange
        AcceleratorSpec acc;
        try {
            acc = ModelToSim.accelerator(accelerator);
        } catch (RuntimeException incomplete) {
            return; // other checks report what is missing
        }
        double dramW = acc.dramBandwidthBytesPerS() * acc.cost().dramEnergyPjPerByte() * 1e-12;
        double chipW = CostModel.powerMw(acc) / 1e3;
        if (dramW <= chipW) return;
        Optional<DramKind> suggestion = suggest(acc.dramBandwidthBytesPerS(), chipW);
        String fix = suggestion.map(k -> "name its kind, e.g. 'dram " + k.name() + " " + k.unitPlural() + " "
                + units(k, acc.dramBandwidthBytesPerS()) + " { ... }' (" + number(k.energyPjPerBit()) + " pJ/bit), or ")
                .orElse("name its kind (" + String.join(", ", DramKind.names()) + ") or ");
        warning(String.format(Locale.ROOT, "at its full %s GB/s this DRAM draws %s W (%s pJ per byte), more than %s itself "
                + "(%s W peak): the energy per byte does not go with the bandwidth; %sset 'energy ... pJ per byte' from "
                + "the memory's data sheet", number(acc.dramBandwidthBytesPerS() / 1e9), number(dramW),
                number(acc.cost().dramEnergyPjPerByte()), accelerator.getName(), number(chipW), fix), accelerator,
                ColtrainPackage.Literals.ACCELERATOR__DRAM, IssueCodes.DRAM_POWER_ABOVE_CHIP,
                suggestion.map(k -> k.name() + " " + k.unitPlural() + " " + units(k, acc.dramBandwidthBytesPerS()))
                        .orElse(""));
    }

    /** The first kind (table order) that reaches the bandwidth with few units and draws no more than the chip. */
    static Optional<DramKind> suggest(double bandwidthBytesPerS, double chipW) {
        for (DramKind kind : DramKind.ALL)
            if (units(kind, bandwidthBytesPerS) <= MAX_SUGGESTED_UNITS
                    && bandwidthBytesPerS * kind.energyPjPerByte() * 1e-12 <= chipW) return Optional.of(kind);
        return Optional.empty();
    }

    static int units(DramKind kind, double bandwidthBytesPerS) {
        return (int) Math.ceil(bandwidthBytesPerS / kind.bandwidthBytesPerSPerUnit() - 1e-9);
    }

    /** Four significant digits, no trailing zeros: '146.3', '162.5', '3.97'. */
    static String number(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
