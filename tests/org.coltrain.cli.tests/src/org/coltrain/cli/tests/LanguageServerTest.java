package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.coltrain.cli.IssueFormat;
import org.coltrain.dsl.validation.IssueCodes;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code coltrain lsp} as an editor sees it: a separate server process started the way the VS Code extension
 * starts it, spoken to by LSP4J's client over the process's standard streams, with examples/ as the workspace.
 * Documents that exist only in the client (never on disk) carry the text under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageServerTest {

    private static final long TIMEOUT_S = 120;

    private final Path examples = Path.of("examples").toAbsolutePath().normalize();
    private final Diagnostics diagnostics = new Diagnostics();
    private Process process;
    private LanguageServer server;

    @BeforeAll
    void startServer() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (Runtime.version().feature() >= 23) command.add("--sun-misc-unsafe-memory-access=allow");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.coltrain.cli.Main", "lsp"));
        File log = new File("tests/org.coltrain.cli.tests/target/lsp-server.log");
        log.getParentFile().mkdirs();
        process = new ProcessBuilder(command).redirectError(log).start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(diagnostics, process.getInputStream(), process.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(examples), "examples")));
        init.setRootUri(uri(examples));
        server.initialize(init).get(TIMEOUT_S, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
            server.exit();
        }
        if (process != null && !process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) process.destroyForcibly();
    }

    @Test
    void invalidFileGetsTheValidatorsDiagnosticWithItsIssueCodeAndLine() throws Exception {
        Path file = examples.resolve("invalid/channelMismatch.coltrain");
        String text = Files.readString(file);
        open(file, text);
        List<Diagnostic> found = diagnostics.of(file, d -> !d.isEmpty());
        Diagnostic d = found.stream().filter(x -> IssueCodes.CHANNEL_MISMATCH.equals(x.getCode().getLeft())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + IssueCodes.CHANNEL_MISMATCH + " among " + found));
        // The corpus file names its code on its first line, as the CLI prints it: "// expect: channelMismatch".
        assertEquals(text.lines().findFirst().orElseThrow().replace("// expect:", "").strip(), IssueFormat.code(d.getCode().getLeft()));
        assertTrue(d.getMessage().getLeft().contains("in 32"), d.getMessage().getLeft());
        assertEquals(lineOf(text, "in 32"), d.getRange().getStart().getLine(), "the line of the declaration 'in 32'");
    }

    @Test
    void validExampleWithImportsGetsNoDiagnostics() throws Exception {
        Path file = examples.resolve("equinox/equinox.coltrain");
        open(file, Files.readString(file));
        assertEquals(List.of(), diagnostics.of(file, d -> true));
    }

    @Test
    void completionAfterANumberOffersUnitSuffixesWithTheirSiFactor() throws Exception {
        String text = "accelerator Chip { array main { rows 16 cols 16 clock 1 ";
        Path file = open(examples.resolve("unsaved-completion.coltrain"), text);
        List<CompletionItem> items = complete(file, text, text.length());
        CompletionItem ghz = items.stream().filter(i -> i.getLabel().equals("GHz")).findFirst()
                .orElseThrow(() -> new AssertionError("no GHz among " + items.stream().map(CompletionItem::getLabel).toList()));
        // 1 GHz = 1e9 Hz (org.coltrain.dsl.units.Unit.GHZ)
        assertTrue(ghz.getDetail().contains("1 GHz = 1.0E9"), ghz.getDetail());
        assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("MHz")));
    }

    @Test
    void completionOffersNetworksOfImportedFiles() throws Exception {
        String text = "import \"lib/resnet50.coltrain\"\nworkload W { service s { network ";
        Path file = open(examples.resolve("unsaved-imports.coltrain"), text);
        List<String> labels = complete(file, text, text.length()).stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.contains("ResNet50"), labels.toString());
    }

    @Test
    void hoverOnAQuantityShowsItInSi() throws Exception {
        String text = "accelerator Chip {\n\tbuffer weight size 64 KiB\n}\n";
        Path file = open(examples.resolve("unsaved-hover.coltrain"), text);
        Hover hover = server.getTextDocumentService().hover(new HoverParams(id(file), position(text, text.indexOf("64 KiB") + 1)))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        // 64 KiB = 64 x 1024 B = 65536 B
        assertEquals("64 KiB = 65536 B (SI, as the model stores it; data)", hover.getContents().getRight().getValue());
    }

    @Test
    void definitionOfAnImportedNetworkIsItsDeclarationInTheLibrary() throws Exception {
        Path file = examples.resolve("equinox/equinox.coltrain");
        String text = Files.readString(file);
        open(file, text);
        int at = text.indexOf("network ResNet50") + "network ".length() + 2;
        Either<List<? extends Location>, ?> result = server.getTextDocumentService()
                .definition(new DefinitionParams(id(file), position(text, at))).get(TIMEOUT_S, TimeUnit.SECONDS);
        List<? extends Location> locations = result.getLeft();
        assertEquals(1, locations.size(), locations.toString());
        Path library = examples.resolve("lib/resnet50.coltrain");
        assertEquals(library, Path.of(java.net.URI.create(locations.get(0).getUri())));
        assertEquals(lineOf(Files.readString(library), "network ResNet50"), locations.get(0).getRange().getStart().getLine());
    }

    @Test
    void formattingLaysTheModelOutAsTheFormatterDoes() throws Exception {
        String text = "network Mlp { input 1 x 8 x 8 dense fc1 out 64 dense fc2 out 10 }";
        Path file = open(examples.resolve("unsaved-format.coltrain"), text);
        List<? extends TextEdit> edits = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(id(file), new FormattingOptions(4, false))).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertFalse(edits.isEmpty());
        // The layout FormatterTest pins for the same model: one statement per line, tab-indented.
        assertEquals("network Mlp {\n\tinput 1 x 8 x 8\n\tdense fc1 out 64\n\tdense fc2 out 10\n}", apply(text, edits).strip());
    }

    @Test
    void documentSymbolsNameTheFilesElements() throws Exception {
        String text = "network Wide { input 1 x 8 x 8 dense fc out 4 }\nnetwork Narrow { input 1 x 8 x 8 dense fc out 2 }\n";
        Path file = open(examples.resolve("unsaved-symbols.coltrain"), text);
        List<String> names = new ArrayList<>();
        for (Either<SymbolInformation, DocumentSymbol> s : server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(id(file))).get(TIMEOUT_S, TimeUnit.SECONDS))
            names.add(s.isLeft() ? s.getLeft().getName() : s.getRight().getName());
        assertTrue(names.containsAll(List.of("Wide", "Narrow")), names.toString());
    }

    private Path open(Path file, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "coltrain", 1, text)));
        return file;
    }

    private List<CompletionItem> complete(Path file, String text, int offset) throws Exception {
        var result = server.getTextDocumentService().completion(new CompletionParams(id(file), position(text, offset)))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        return new ArrayList<>(result.isLeft() ? result.getLeft() : result.getRight().getItems());
    }

    private static TextDocumentIdentifier id(Path file) {
        return new TextDocumentIdentifier(uri(file));
    }

    private static String uri(Path path) {
        return path.toUri().toString();
    }

    private static int lineOf(String text, String needle) {
        return position(text, text.indexOf(needle)).getLine();
    }

    private static Position position(String text, int offset) {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset; i++)
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        return new Position(line, offset - lineStart);
    }

    private static int offset(String text, Position p) {
        int at = 0;
        for (int line = 0; line < p.getLine(); line++) at = text.indexOf('\n', at) + 1;
        return at + p.getCharacter();
    }

    /** The text after the edits (which do not overlap), applied from the last to the first. */
    private static String apply(String text, List<? extends TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
        StringBuilder b = new StringBuilder(text);
        for (TextEdit e : sorted) b.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
        return b.toString();
    }

    /** The client side: keeps the diagnostics the server publishes per file; the rest of the protocol is ignored. */
    static final class Diagnostics implements LanguageClient {

        private final Map<Path, List<Diagnostic>> latest = new ConcurrentHashMap<>();

        /** The file's diagnostics once the server has published a set that passes {@code until}. */
        List<Diagnostic> of(Path file, java.util.function.Predicate<List<Diagnostic>> until) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
            synchronized (this) {
                while (latest.get(file) == null || !until.test(latest.get(file))) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) throw new AssertionError("no matching diagnostics for " + file + " within " + TIMEOUT_S + " s: " + latest.get(file));
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
                return latest.get(file);
            }
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            synchronized (this) {
                latest.put(Path.of(java.net.URI.create(params.getUri())), params.getDiagnostics());
                notifyAll();
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
