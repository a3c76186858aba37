package org.coltrain.sim.cluster;

import org.coltrain.sim.serve.arrival.ArrivalProcess;
import org.coltrain.sim.serve.arrival.DiurnalArrivals;
import org.coltrain.sim.serve.arrival.MmppArrivals;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.arrival.TraceArrivals;

/** The same arrival process with every rate multiplied by a factor: how studies grow the load with the fleet. */
public final class ArrivalScaling {

    private ArrivalScaling() {}

    public static ArrivalProcess scaled(ArrivalProcess a, double factor) {
        if (!(factor > 0)) throw new IllegalArgumentException("load factor must be positive, was " + factor);
        return switch (a) {
            case PoissonArrivals p -> new PoissonArrivals(p.ratePerS() * factor);
            case DiurnalArrivals d -> new DiurnalArrivals(d.meanRatePerS() * factor, d.amplitude(), d.periodNs(), d.phaseRad());
            case MmppArrivals m -> new MmppArrivals(m.lowRatePerS() * factor, m.highRatePerS() * factor,
                    m.lowMeanSojournNs(), m.highMeanSojournNs());
            case TraceArrivals t -> throw new IllegalArgumentException(
                    "a recorded trace cannot be scaled to another load; use a Poisson, MMPP or diurnal process");
        };
    }
}
