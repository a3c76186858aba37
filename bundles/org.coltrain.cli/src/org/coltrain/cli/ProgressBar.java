package org.coltrain.cli;

import java.io.PrintWriter;

import org.coltrain.bridge.run.RunMonitor;

/**
 * Progress of a run on stderr: a one-line bar redrawn in place when a person watches a terminal; otherwise (CI, a
 * pipe, a log file) one line per tenth of the run, once the run has taken a few seconds, so that a long run is seen
 * to advance and a short one prints nothing.
 */
final class ProgressBar implements RunMonitor {

    private static final int WIDTH = 40;
    /** Wall time after which a run without a terminal starts reporting its progress. */
    private static final long QUIET_NS = 3_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long startNs = System.nanoTime();
    private int lastPercent = -1;

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
            err.printf(java.util.Locale.ROOT, "coltrain: %s: %d%% after %.0f s%n", task, percent,
                    (System.nanoTime() - startNs) * 1e-9);
            err.flush();
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
        if (percent == 100) err.print("\r" + " ".repeat(WIDTH + 8) + "\r");
        err.flush();
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
