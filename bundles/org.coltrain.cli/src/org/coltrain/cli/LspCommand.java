package org.coltrain.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.coltrain.dsl.ide.server.ColtrainLanguageServer;

import picocli.CommandLine.Command;

@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Serves the language to an editor over standard input and output (Language Server Protocol): "
                + "diagnostics with the validator's codes, completion with unit suffixes, hover with SI values, go to "
                + "definition, formatting, document symbols. Editors start it; editors/vscode has a VS Code extension.")
public final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        // Standard output carries the protocol alone: anything a library prints goes to standard error instead.
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        ColtrainLanguageServer.serve(new FileInputStream(FileDescriptor.in), protocolOut);
        return ExitCodes.OK;
    }
}
