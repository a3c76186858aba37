package org.coltrain.report.plot;

/** One named line or set of points of a plot. */
public record Series(String name, double[] x, double[] y) {

    public Series {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
        x = x.clone();
        y = y.clone();
    }
}
