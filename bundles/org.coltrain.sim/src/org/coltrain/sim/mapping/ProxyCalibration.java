package org.coltrain.sim.mapping;

/**
 * A parameter of the accuracy proxy that no paper gives: its value, the range it may take and why, what it was
 * fitted to and how well it fits there. Figures that depend on it say so.
 *
 * @param id           stable name, e.g. {@code mapping.layer-energy-exponent}
 * @param value        the fitted value in use
 * @param low          lowest value with a meaning
 * @param high         highest value with a meaning
 * @param boundsSource where the two bounds come from
 * @param fittedTo     the data the value was fitted to
 * @param residual     the fit's residual on that data
 * @param residualUnit what the residual measures
 */
public record ProxyCalibration(String id, double value, double low, double high, String boundsSource, String fittedTo,
        double residual, String residualUnit) {

    public ProxyCalibration {
        if (!(low <= value && value <= high))
            throw new IllegalArgumentException(id + ": value " + value + " outside its bounds [" + low + ", " + high + "]");
    }
}
