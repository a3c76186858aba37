package org.coltrain.cli;

import java.io.File;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Prints issues as compilers do: {@code file:line:col: error|warning: message [code]}. */
public final class IssueFormat {

    private static final String OWN_PREFIX = "org.coltrain.";
    private static final String XTEXT_PREFIX = "org.eclipse.xtext.diagnostics.Diagnostic.";

    private IssueFormat() {
    }

    public static String format(File file, Issue issue) {
        String severity = issue.getSeverity() == Severity.ERROR ? "error" : issue.getSeverity() == Severity.WARNING ? "warning" : "info";
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        // a file name may hold control characters as well as the file (ESC would reach the terminal raw)
        return org.coltrain.dsl.parser.Printable.escape(path(file)) + ":" + line + ":" + column + ": " + severity + ": "
                + issue.getMessage() + " [" + code(issue.getCode()) + "]";
    }

    /** The issue code without its package prefix: wrongUnitDimension, linking, syntax. */
    public static String code(String code) {
        if (code == null) return "check";
        if (code.startsWith(OWN_PREFIX)) return code.substring(OWN_PREFIX.length());
        if (code.startsWith(XTEXT_PREFIX)) return code.substring(XTEXT_PREFIX.length()).toLowerCase(java.util.Locale.ROOT);
        return code;
    }

    /** The path as the user would write it: relative to the working directory when below it. */
    static String path(File file) {
        String cwd = new File("").getAbsolutePath() + File.separator;
        String abs = file.getAbsolutePath();
        return abs.startsWith(cwd) ? abs.substring(cwd.length()) : abs;
    }
}
