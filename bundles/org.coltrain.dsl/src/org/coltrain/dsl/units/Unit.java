package org.coltrain.dsl.units;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The unit literals of the DSL and their factor to SI (bytes for data; bytes per second for bandwidth; m2 for area).
 * Binary prefixes (KiB) are powers of two, decimal prefixes (KB, GB/s) powers of ten, as IEC 80000-13 defines them.
 */
public enum Unit {
    PERCENT("%", Dimension.DIMENSIONLESS, 1e-2),
    NS("ns", Dimension.TIME, 1e-9), US("us", Dimension.TIME, 1e-6), MS("ms", Dimension.TIME, 1e-3),
    S("s", Dimension.TIME, 1), MIN("min", Dimension.TIME, 60), H("h", Dimension.TIME, 3600),
    HZ("Hz", Dimension.FREQUENCY, 1), KHZ("kHz", Dimension.FREQUENCY, 1e3), MHZ("MHz", Dimension.FREQUENCY, 1e6),
    GHZ("GHz", Dimension.FREQUENCY, 1e9),
    PER_S("/s", Dimension.RATE, 1), PER_MIN("/min", Dimension.RATE, 1.0 / 60), PER_H("/h", Dimension.RATE, 1.0 / 3600),
    BYTE("B", Dimension.DATA, 1), KB("KB", Dimension.DATA, 1e3), MB("MB", Dimension.DATA, 1e6),
    GB("GB", Dimension.DATA, 1e9), TB("TB", Dimension.DATA, 1e12), KIB("KiB", Dimension.DATA, 1024.0),
    MIB("MiB", Dimension.DATA, 1024.0 * 1024), GIB("GiB", Dimension.DATA, 1024.0 * 1024 * 1024),
    TIB("TiB", Dimension.DATA, 1024.0 * 1024 * 1024 * 1024), BIT("bit", Dimension.DATA, 1.0 / 8),
    KBIT("Kbit", Dimension.DATA, 1e3 / 8), MBIT("Mbit", Dimension.DATA, 1e6 / 8), GBIT("Gbit", Dimension.DATA, 1e9 / 8),
    BYTE_PER_S("B/s", Dimension.BANDWIDTH, 1), KB_PER_S("KB/s", Dimension.BANDWIDTH, 1e3),
    MB_PER_S("MB/s", Dimension.BANDWIDTH, 1e6), GB_PER_S("GB/s", Dimension.BANDWIDTH, 1e9),
    TB_PER_S("TB/s", Dimension.BANDWIDTH, 1e12), GIB_PER_S("GiB/s", Dimension.BANDWIDTH, 1024.0 * 1024 * 1024),
    GBIT_PER_S("Gbit/s", Dimension.BANDWIDTH, 1e9 / 8),
    UM2("um2", Dimension.AREA, 1e-12), MM2("mm2", Dimension.AREA, 1e-6), CM2("cm2", Dimension.AREA, 1e-4),
    UW("uW", Dimension.POWER, 1e-6), MW("mW", Dimension.POWER, 1e-3), W("W", Dimension.POWER, 1),
    FJ("fJ", Dimension.ENERGY, 1e-15), PJ("pJ", Dimension.ENERGY, 1e-12), NJ("nJ", Dimension.ENERGY, 1e-9),
    UJ("uJ", Dimension.ENERGY, 1e-6), MJ("mJ", Dimension.ENERGY, 1e-3), J("J", Dimension.ENERGY, 1);

    private static final Map<String, Unit> BY_SYMBOL = new HashMap<>();
    static {
        for (Unit unit : values()) BY_SYMBOL.put(unit.symbol, unit);
    }

    private final String symbol;
    private final Dimension dimension;
    private final double toSi;

    Unit(String symbol, Dimension dimension, double toSi) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toSi = toSi;
    }

    public String symbol() { return symbol; }

    public Dimension dimension() { return dimension; }

    public double toSi(double value) { return value * toSi; }

    public double fromSi(double si) { return si / toSi; }

    public static Optional<Unit> bySymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /** Whether a value written in this unit may stand for an attribute of the given dimension. */
    public boolean fits(Dimension expected) {
        // Hz and /s are the same dimension (1/s): a request rate may be written in Hz, a clock not in /s.
        return dimension == expected || (expected == Dimension.RATE && dimension == Dimension.FREQUENCY);
    }
}
