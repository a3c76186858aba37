package org.coltrain.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;

/**
 * The language as a Language Server Protocol server: Xtext's {@link LanguageServerImpl}, which finds the language
 * through {@code META-INF/services/org.eclipse.xtext.ISetup} ({@link org.coltrain.dsl.ide.ColtrainIdeSetup}: the
 * runtime module with this bundle's IDE services). Diagnostics carry the validator's issue codes; completion,
 * hover, definition, formatting and document symbols come from the same services the Eclipse editor uses.
 */
public final class ColtrainLanguageServer {

    private ColtrainLanguageServer() {
    }

    /** Serves one client on the given streams; returns when the client closes its end. */
    public static void serve(InputStream in, OutputStream out) throws InterruptedException, ExecutionException {
        LanguageServerImpl server = Guice.createInjector(new ServerModule()).getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
        server.connect(launcher.getRemoteProxy());
        launcher.startListening().get();
    }
}
