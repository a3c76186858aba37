package org.coltrain.cli;

import java.io.PrintWriter;

import org.coltrain.bridge.run.RunMonitor;

/**
 * Progress of a run on stderr: a one-line bar redrawn in place when a person watches a terminal; otherwise (CI, a
 * pipe, a log file) one line per tenth of the run, once the run has taken a few seconds, so that a long run is seen
 * to advance and a short one prints nothing. Both show the estimated time left (ETA) at the pace so far.
 */
final class ProgressBar implements RunMonitor {

    private static final int WIDTH = 40;
    /** Wall time after which a run without a terminal starts reporting its progress. */
    private static final long QUIET_NS = 3_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long startNs = System.nanoTime();
    private int lastPercent = -1;
    private int shown;

    private ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static RunMonitor forTerminal(PrintWriter err) {
        return new ProgressBar(err, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public synchronized void progress(String task, double fraction) {
        int percent = (int) Math.max(0, Math.min(100, fraction * 100));
        if (percent == lastPercent) return;
        if (!terminal) {
            if (percent / 10 == lastPercent / 10 || percent == 100 || System.nanoTime() - startNs < QUIET_NS) return;
            lastPercent = percent;
            err.printf(java.util.Locale.ROOT, "coltrain: %s: %d%% after %.0f s%s%n", task, percent,
                    (System.nanoTime() - startNs) * 1e-9, eta(fraction));
            err.flush();
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        String line = "\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%" + eta(fraction);
        err.print(line + " ".repeat(Math.max(0, shown - line.length())));
        shown = line.length();
        if (percent == 100) err.print("\r" + " ".repeat(shown) + "\r");
        err.flush();
    }

    /**
     * ", ETA 12 s": the remaining share of the run at the average pace so far (assumes the rest goes as fast as what
     * is done; nothing before 1% is done, when no pace is known).
     */
    private String eta(double fraction) {
        if (fraction < 0.01 || fraction >= 1) return "";
        double elapsed = (System.nanoTime() - startNs) * 1e-9;
        long left = Math.round(elapsed * (1 - fraction) / fraction);
        return left >= 60 ? String.format(java.util.Locale.ROOT, ", ETA %d min %02d s", left / 60, left % 60)
                : ", ETA " + left + " s";
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
