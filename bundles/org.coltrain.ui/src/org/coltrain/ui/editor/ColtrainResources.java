package org.coltrain.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.coltrain.ui.ColtrainInjector;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Parses the text of a workspace file (an editor's document or the file on disk) into an Xtext resource with its
 * imports resolved from disk, and validates it. Each call uses a fresh resource set: models are small, and a fresh
 * set never serves a stale import.
 */
public final class ColtrainResources {

    private ColtrainResources() {
    }

    /** The file's own resource, parsed from {@code text}, in a resource set that loads its imports by file URI. */
    public static XtextResource parse(IFile file, String text) {
        XtextResource resource = parseOnly(file, text);
        EcoreUtil.resolveAll(resource);
        return resource;
    }

    /** Parsed but not linked: enough for highlighting, which must not load every import on each keystroke. */
    public static XtextResource parseOnly(IFile file, String text) {
        XtextResourceSet set = ColtrainInjector.get().getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) set.createResource(uri(file));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    /** The file as saved on disk. */
    public static XtextResource load(IFile file) throws CoreException {
        try (var in = file.getContents()) {
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CoreException(org.coltrain.ui.ColtrainUi.error("cannot read " + file.getFullPath(), e));
        }
    }

    /** All checks (syntax, links, the language's validators) on the file's own resource. */
    public static List<Issue> validate(XtextResource resource) {
        return ColtrainInjector.get().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    public static URI uri(IFile file) {
        return URI.createFileURI(file.getLocation().toFile().getAbsolutePath());
    }

    /** The workspace file an editor's document belongs to; null for a document outside the workspace. */
    public static IFile fileOf(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null || buffer.getLocation() == null) return null;
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
        return file.exists() ? file : null;
    }
}
