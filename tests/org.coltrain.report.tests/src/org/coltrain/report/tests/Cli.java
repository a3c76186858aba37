package org.coltrain.report.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.coltrain.cli.Main;

/** One run of the {@code coltrain} command line in this JVM, with what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }
}
