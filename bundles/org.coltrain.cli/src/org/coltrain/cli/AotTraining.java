package org.coltrain.cli;

import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The training run the launcher records the JVM's ahead-of-time cache (or class-data archive) from: the commands
 * whose start-up users wait for, run once in one JVM with their output discarded. Classes loaded and linked here
 * start ready-made in every later {@code coltrain} call; run from the repository root.
 */
public final class AotTraining {

    /** Command lines whose classes the cache holds: help, a clean and a failing validation, per-layer timing. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("--help"),
            List.of("validate", "examples/equinox/equinox.coltrain"),
            List.of("validate", "examples/invalid/channelMismatch.coltrain"),
            List.of("timing", "examples/onnx/resnet18.coltrain", "-a", "EquinoxLike"));

    private AotTraining() {
    }

    public static void main(String[] args) {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        for (List<String> command : COMMANDS) {
            if (command.size() > 1 && !new File(command.get(1)).isFile()) continue;
            Main.run(command.toArray(String[]::new), discard, discard);
        }
    }
}
