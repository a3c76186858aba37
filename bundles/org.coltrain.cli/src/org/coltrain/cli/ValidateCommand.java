package org.coltrain.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks .coltrain files (and the files they import) and prints file:line:col: severity: message [code].%n"
                + "Exit code 0: no errors (warnings allowed); 1: errors; 2: usage error or unreadable file.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".coltrain files or folders (searched recursively)")
    List<File> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<File> files = ModelFiles.expand(inputs, spec.commandLine().getErr());
        if (files == null) return ExitCodes.USAGE;
        ModelLoader loader = new ModelLoader();
        int errors = 0, warnings = 0;
        for (File file : files) {
            for (ModelLoader.Located issue : loader.load(file).issues()) {
                out.println(IssueFormat.format(issue.file(), issue.issue()));
                if (issue.issue().getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) errors++;
                else warnings++;
            }
        }
        out.printf("%d file(s) checked: %d error(s), %d warning(s)%n", files.size(), errors, warnings);
        out.flush();
        return errors > 0 ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
    }
}
