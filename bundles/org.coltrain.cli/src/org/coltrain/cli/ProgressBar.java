package org.coltrain.cli;

import java.io.PrintWriter;

import org.coltrain.bridge.run.RunMonitor;

/** A one-line progress bar on stderr, drawn only when a person is watching (a terminal, not CI or a pipe). */
final class ProgressBar implements RunMonitor {

    private static final int WIDTH = 40;
    private final PrintWriter err;
    private int lastPercent = -1;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    static RunMonitor forTerminal(PrintWriter err) {
        return System.console() != null && System.getenv("CI") == null ? new ProgressBar(err) : RunMonitor.NONE;
    }

    @Override
    public synchronized void progress(String task, double fraction) {
        int percent = (int) Math.max(0, Math.min(100, fraction * 100));
        if (percent == lastPercent) return;
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
