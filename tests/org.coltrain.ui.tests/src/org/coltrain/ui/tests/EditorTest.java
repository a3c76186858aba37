package org.coltrain.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.coltrain.dsl.ide.hover.ColtrainHoverText;
import org.coltrain.dsl.validation.IssueCodes;
import org.coltrain.ui.editor.ColtrainContentAssist;
import org.coltrain.ui.editor.ColtrainFormat;
import org.coltrain.ui.editor.ColtrainHyperlinks;
import org.coltrain.ui.editor.ColtrainResources;
import org.coltrain.ui.markers.ColtrainMarkers;
import org.coltrain.ui.markers.ColtrainQuickFixes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The .coltrain editor in a running workbench: live markers, quick fixes, content assist, hovers, navigation. */
class EditorTest {

    private static final Duration MARKER_WAIT = Duration.ofSeconds(30);

    @AfterEach
    void closeEditorsWithoutSaving() {
        Ui.page().closeAllEditors(false);
    }

    @Test
    void typingAMissingUnitRaisesItsMarkerAndTheQuickFixAddsTheUnit() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/accelerators.coltrain");
        ITextEditor editor = Ui.open(file);
        IDocument document = Ui.document(editor);
        int at = document.get().indexOf("clock 1 GHz");
        int line = document.getLineOfOffset(at) + 1;
        document.replace(at, "clock 1 GHz".length(), "clock 1");

        Ui.waitUntil("a missing-unit marker", MARKER_WAIT, () -> markers(file, IssueCodes.MISSING_UNIT).size() == 1);
        IMarker marker = markers(file, IssueCodes.MISSING_UNIT).get(0);
        // The message of UnitValidator.checkQuantity for a frequency without a unit.
        assertEquals("'clockHz' needs a unit of frequency, e.g. '1 Hz'", marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));

        IMarkerResolution[] fixes = new ColtrainQuickFixes().getResolutions(marker);
        assertEquals(List.of("Add the unit 'Hz'"), Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
        fixes[0].run(marker);

        Ui.waitUntil("the missing-unit marker to go", MARKER_WAIT, () -> markers(file, IssueCodes.MISSING_UNIT).isEmpty());
        assertTrue(document.get().contains("clock 1 Hz"), "the fix adds the unit after the number");
    }

    @Test
    void aUnitOfTheWrongDimensionIsReplacedByTheQuickFix() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/accelerators.coltrain");
        ITextEditor editor = Ui.open(file);
        IDocument document = Ui.document(editor);
        int at = document.get().indexOf("size 8 MiB");
        document.replace(at, "size 8 MiB".length(), "size 8 GHz");

        Ui.waitUntil("a wrong-dimension marker", MARKER_WAIT, () -> markers(file, IssueCodes.WRONG_UNIT_DIMENSION).size() == 1);
        IMarker marker = markers(file, IssueCodes.WRONG_UNIT_DIMENSION).get(0);
        IMarkerResolution[] fixes = new ColtrainQuickFixes().getResolutions(marker);
        assertEquals("Use the unit 'B'", fixes[0].getLabel());
        fixes[0].run(marker);
        Ui.waitUntil("the wrong-dimension marker to go", MARKER_WAIT, () -> markers(file, IssueCodes.WRONG_UNIT_DIMENSION).isEmpty());
        assertTrue(document.get().contains("size 8 B"));
    }

    @Test
    void aMistypedKeywordIsASyntaxErrorInTheDslsWordsAndTheQuickFixCorrectsIt() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/accelerators.coltrain");
        ITextEditor editor = Ui.open(file);
        IDocument document = Ui.document(editor);
        // the first array of the file gives 'count' before 'rows'
        int at = document.get().indexOf("rows ", document.get().indexOf("array main {"));
        document.replace(at, "rows".length(), "rowz");

        String syntax = org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC;
        Ui.waitUntil("a syntax marker", MARKER_WAIT, () -> markers(file, syntax).size() == 1);
        IMarker marker = markers(file, syntax).get(0);
        // ColtrainSyntaxErrorMessages: the element, the word found, what may come there, the near miss.
        assertEquals("in array 'main': 'rowz' is not expected here; expected 'rows', 'cols', 'dataflow', 'clock' or '}'"
                + " (did you mean 'rows'?)", marker.getAttribute(IMarker.MESSAGE, ""));
        IMarkerResolution[] fixes = new ColtrainQuickFixes().getResolutions(marker);
        assertEquals(List.of("Change to 'rows'"), Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
        fixes[0].run(marker);
        Ui.waitUntil("the syntax marker to go", MARKER_WAIT, () -> markers(file, syntax).isEmpty());
        assertTrue(document.get().startsWith("rows ", at), "the fix puts 'rows' back");
    }

    @Test
    void anHbfpBlockOutOfRangeIsResetToTheEmulatorsBlockByTheQuickFix() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/accelerators.coltrain");
        ITextEditor editor = Ui.open(file);
        IDocument document = Ui.document(editor);
        int at = document.get().indexOf("hbfp 8 block 24");
        document.replace(at, "hbfp 8 block 24".length(), "hbfp 8 block 0");

        Ui.waitUntil("an HBFP block marker", MARKER_WAIT, () -> markers(file, IssueCodes.HBFP_BLOCK_RANGE).size() == 1);
        IMarker marker = markers(file, IssueCodes.HBFP_BLOCK_RANGE).get(0);
        IMarkerResolution[] fixes = new ColtrainQuickFixes().getResolutions(marker);
        assertEquals(List.of("Change to '24'"), Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
        fixes[0].run(marker);
        Ui.waitUntil("the HBFP block marker to go", MARKER_WAIT, () -> markers(file, IssueCodes.HBFP_BLOCK_RANGE).isEmpty());
        assertTrue(document.get().indexOf("hbfp 8 block 24") == at, "the fix puts the emulator's block size back");
    }

    @Test
    void contentAssistOffersTheAcceleratorsOfTheImportedFile() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/equinox.coltrain");
        ITextEditor editor = Ui.open(file);
        IDocument document = Ui.document(editor);
        String reference = "\taccelerator Equinox\n\tworkload CoLocated";
        int at = document.get().indexOf(reference) + "\taccelerator ".length();
        document.replace(at, "Equinox".length(), "");

        ICompletionProposal[] proposals = new ColtrainContentAssist().computeCompletionProposals(viewer(editor), at);
        List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
        // The three accelerators of accelerators.coltrain, which equinox.coltrain imports.
        for (String name : List.of("Equinox", "LatencyOptimal", "TrainingDedicated"))
            assertTrue(shown.stream().anyMatch(s -> s.startsWith(name)), name + " among " + shown);
    }

    @Test
    void contentAssistOffersUnitSuffixesAfterANumber() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/accelerators.coltrain");
        String text = ColtrainResources.load(file).getParseResult().getRootNode().getText();
        int at = text.indexOf("clock 1 GHz") + "clock 1 ".length();
        String edited = text.substring(0, at) + text.substring(at + "GHz".length());
        List<ColtrainContentAssist.Entry> entries = ColtrainContentAssist.entries(file, edited, at);
        ColtrainContentAssist.Entry ghz = entries.stream().filter(e -> e.proposal().equals("GHz")).findFirst().orElseThrow(
                () -> new AssertionError("no GHz among " + entries.stream().map(ColtrainContentAssist.Entry::proposal).toList()));
        assertEquals("unit of frequency: 1 GHz = 1.0E9 (SI base of Hz)", ghz.description());
    }

    @Test
    void hoverConvertsAQuantityToSi() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/accelerators.coltrain");
        var resource = ColtrainResources.load(file);
        String text = resource.getParseResult().getRootNode().getText();
        int at = text.indexOf("capacity 16 GiB") + "capacity 1".length();
        // 16 GiB = 16 * 2^30 B = 17179869184 B.
        assertEquals("16 GiB = 17179869184 B (SI, as the model stores it; data)", ColtrainHoverText.at(resource, at).orElseThrow());
    }

    @Test
    void hoverOnAnAcceleratorGivesItsPeakThroughputAndBatch1Latency() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/equinox.coltrain");
        var resource = ColtrainResources.load(file);
        String text = resource.getParseResult().getRootNode().getText();
        int at = text.indexOf("\taccelerator Equinox\n") + "\taccelerator Eq".length();
        String hover = ColtrainHoverText.at(resource, at).orElseThrow();
        // 14 arrays of 64 x 128 PEs at 1 GHz: 1.14688e14 MAC/s, two operations per MAC.
        assertTrue(hover.startsWith("accelerator Equinox: peak 2.29e+14 ops/s (1.15e+14 MAC/s)"), hover);
        // accelerators.coltrain states Equinox's ResNet-50 batch-1 latency as 153.4 us (the timing model's figure).
        assertTrue(hover.contains("ResNet50 at batch 1: 153.4 us"), hover);
    }

    @Test
    void goToDefinitionLinksAnAcceleratorReferenceToItsDeclaration() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/equinox.coltrain");
        ITextEditor editor = Ui.open(file);
        int at = Ui.document(editor).get().indexOf("\taccelerator Equinox\n") + "\taccelerator ".length();
        IHyperlink[] links = new ColtrainHyperlinks().detectHyperlinks(viewer(editor), new Region(at + 2, 0), false);
        assertNotNull(links, "a link on the reference");
        assertEquals(at, links[0].getHyperlinkRegion().getOffset());
        assertEquals("Equinox".length(), links[0].getHyperlinkRegion().getLength());
        links[0].open();
        ITextEditor target = (ITextEditor) Ui.page().getActiveEditor();
        assertEquals("accelerators.coltrain", target.getEditorInput().getName());
        var selection = (org.eclipse.jface.text.ITextSelection) target.getSelectionProvider().getSelection();
        assertEquals("Equinox", selection.getText());
    }

    @Test
    void formattingLaysOutAModelAsTheExamplesAre() throws Exception {
        IFile file = Ui.exampleProject().getFile("equinox/accelerators.coltrain");
        String text = ColtrainResources.load(file).getParseResult().getRootNode().getText();
        assertEquals(text, ColtrainFormat.format(file, text), "the examples are formatted");
        String squashed = text.replace("\n\tarray", " array").replace("\n\tbuffer", "   buffer");
        assertEquals(text, ColtrainFormat.format(file, squashed), "statements joined onto one line are laid out again");
        assertEquals("accelerator A {", ColtrainFormat.format(file, "accelerator A {").strip(), "text with syntax errors is left alone");
    }

    @Test
    void theOutlineListsTheModelsElements() throws Exception {
        ITextEditor editor = Ui.open(Ui.exampleProject().getFile("equinox/accelerators.coltrain"));
        assertNotNull(editor.getAdapter(IContentOutlinePage.class));
    }

    private static ITextViewer viewer(ITextEditor editor) {
        return (ITextViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
    }

    private static List<IMarker> markers(IFile file, String code) {
        try {
            return Arrays.stream(file.findMarkers(ColtrainMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(m -> code.equals(m.getAttribute(ColtrainMarkers.CODE, ""))).toList();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

}
