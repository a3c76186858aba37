package org.coltrain.cli;

import java.io.PrintWriter;

import org.coltrain.sim.serve.ProgressListener;

/** A one-line progress bar on stderr, drawn only when a person is watching (a terminal, not CI or a pipe). */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 40;
    private final PrintWriter err;
    private int lastPercent = -1;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    static ProgressListener forTerminal(PrintWriter err) {
        return System.console() != null && System.getenv("CI") == null ? new ProgressBar(err) : ProgressListener.NONE;
    }

    @Override
    public void progress(long simulatedNs, long durationNs) {
        int percent = (int) Math.min(100, simulatedNs * 100 / Math.max(1, durationNs));
        if (percent == lastPercent) return;
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
        if (percent == 100) err.print("\r" + " ".repeat(WIDTH + 8) + "\r");
        err.flush();
    }
}
