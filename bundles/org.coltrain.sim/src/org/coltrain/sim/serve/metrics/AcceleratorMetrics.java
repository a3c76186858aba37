package org.coltrain.sim.serve.metrics;

/**
 * Busy time and energy of the one accelerator inside the window. Work that straddles a window edge counts only
 * its inside part, energy pro rata.
 */
public final class AcceleratorMetrics {

    private final Window window;
    private final TimeSeriesRecorder series;
    private long inferenceNs;
    private long trainingNs;
    private long switchNs;
    private double computeEnergyPj;

    /** {@code series} null: no busy time per bucket (a fleet keeps its own per kind of work). */
    public AcceleratorMetrics(Window window, TimeSeriesRecorder series) {
        this.window = window;
        this.series = series;
    }

    public void inference(long fromNs, long toNs, double energyPj) { inferenceNs += compute(fromNs, toNs, energyPj); }

    public void training(long fromNs, long toNs, double energyPj) { trainingNs += compute(fromNs, toNs, energyPj); }

    public void contextSwitch(long fromNs, long toNs) {
        switchNs += window.overlapNs(fromNs, toNs);
        if (series != null) series.busy(fromNs, toNs);
    }

    private long compute(long fromNs, long toNs, double energyPj) {
        long inside = window.overlapNs(fromNs, toNs);
        if (inside > 0) computeEnergyPj += energyPj * inside / (toNs - fromNs);
        if (series != null) series.busy(fromNs, toNs);
        return inside;
    }

    public double inferenceUtilization() { return (double) inferenceNs / window.lengthNs(); }

    public double trainingUtilization() { return (double) trainingNs / window.lengthNs(); }

    public double switchUtilization() { return (double) switchNs / window.lengthNs(); }

    public double utilization() { return (double) (inferenceNs + trainingNs + switchNs) / window.lengthNs(); }

    /** Table energies plus idle power over the time the accelerator computed nothing (idle or switching). */
    public double energyJ(double idlePowerW) {
        long notComputingNs = window.lengthNs() - inferenceNs - trainingNs;
        return computeEnergyPj * 1e-12 + idlePowerW * notComputingNs * 1e-9;
    }
}
