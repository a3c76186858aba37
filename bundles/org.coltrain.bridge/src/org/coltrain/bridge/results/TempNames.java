package org.coltrain.bridge.results;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Names of temporary siblings: the writing process's id and a counter, so that a clean-up can tell a temporary of a
 * process that died (stale: removed) from one of a process still writing (left alone).
 */
public final class TempNames {

    private static final AtomicLong COUNTER = new AtomicLong();

    private TempNames() {
    }

    /** "PID-N", unique in this JVM and among live processes. */
    public static String unique() {
        return ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /** Whether the process that made a name from {@link #unique()} is gone; names not made by it count as stale. */
    public static boolean stale(String unique) {
        int dash = unique.indexOf('-');
        if (dash <= 0) return true;
        try {
            long pid = Long.parseLong(unique.substring(0, dash));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
