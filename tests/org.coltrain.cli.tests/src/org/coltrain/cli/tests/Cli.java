package org.coltrain.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

import org.coltrain.cli.Main;

/** One run of the {@code coltrain} command line in this JVM, with what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(Object... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String[] words = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Main.run(words, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
