package org.coltrain.dsl.validation;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.coltrain.dsl.parser.Printable;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.Element;
import org.coltrain.model.Import;
import org.coltrain.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * Imports: each names a readable .coltrain file (not a folder, a URL, an empty path or a binary file), and the files
 * a model imports do not define one name twice. An import that leads nowhere would otherwise only show as
 * unresolved names, or as nothing at all when nothing of it is used yet.
 */
public class ImportValidator extends AbstractDeclarativeValidator {

    /** Enough of a file to tell text from binary. */
    private static final int SNIFF_BYTES = 8192;

    @Inject
    private IQualifiedNameProvider names;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkImportedFile(Import imp) {
        String path = imp.getImportURI();
        if (path == null || path.isBlank()) {
            notFound(imp, "an import needs the path of a .coltrain file, e.g. import \"lib/networks.coltrain\"");
            return;
        }
        URI uri = URI.createURI(path);
        if (uri.scheme() != null && !uri.isFile() && uri.scheme().length() > 1) {
            notFound(imp, "'" + Printable.quote(path) + "' is not a file path; models import files next to them: download it and import it by its path");
            return;
        }
        File file = file(imp);
        if (file == null) return; // a model that is not on disk (an editor buffer) resolves its imports through the workspace
        String shown = Printable.quote(path);
        if (file.isDirectory()) {
            notFound(imp, "'" + shown + "' is a folder; import a .coltrain file in it, e.g. import \"" + shown + "/networks.coltrain\"");
        } else if (!file.isFile()) {
            String near = sameNameButCase(file);
            String fix = near == null ? null : path.substring(0, path.length() - file.getName().length()) + near;
            String message = "no file '" + shown + "' (looked at " + Printable.escape(file.getPath()) + "); "
                    + (fix == null ? "give a path relative to this model file" : "did you mean '" + Printable.quote(fix) + "'?");
            error(message, imp, ColtrainPackage.Literals.IMPORT__IMPORT_URI, IssueCodes.IMPORT_NOT_FOUND, fix == null ? new String[0] : new String[] { fix });
        } else if (!file.canRead()) {
            notFound(imp, "file '" + shown + "' is not readable; check its permissions");
        } else if (!file.getName().endsWith(".coltrain")) {
            notAModel(imp, "'" + shown + "' is not a model file; import .coltrain files");
        } else if (!isText(file)) {
            notAModel(imp, "'" + shown + "' is not a text file (it holds bytes that are not UTF-8 text); import a .coltrain model");
        }
    }

    /** The same name from two imported files, or from an imported file and this one: every use would be a guess. */
    @Check
    public void checkNamesDefinedOnce(Model model) {
        Resource own = model.eResource();
        if (own == null || own.getResourceSet() == null) return;
        // names are looked up by kind (a study and an accelerator may share one), so a clash is per kind of element
        Map<String, Resource> seen = new HashMap<>();
        for (Element e : model.getElements()) {
            QualifiedName name = names.getFullyQualifiedName(e);
            if (name != null) seen.putIfAbsent(e.eClass().getName() + ":" + name, own);
        }
        for (int i = 0; i < model.getImports().size(); i++) {
            Import imp = model.getImports().get(i);
            File file = file(imp);
            if (file == null || !file.isFile() || !file.getName().endsWith(".coltrain") || !isText(file)) continue;
            Resource imported;
            try {
                imported = own.getResourceSet().getResource(URI.createFileURI(file.getAbsolutePath()), true);
            } catch (RuntimeException unreadable) {
                continue; // reported by checkImportedFile or by the imported file's own validation
            }
            if (imported == null || imported == own || imported.getContents().isEmpty()
                    || !(imported.getContents().get(0) instanceof Model other))
                continue;
            for (Element e : other.getElements()) {
                QualifiedName name = names.getFullyQualifiedName(e);
                if (name == null) continue;
                Resource first = seen.putIfAbsent(e.eClass().getName() + ":" + name, imported);
                if (first != null && first != imported)
                    error("'" + name + "' is defined both in " + label(first) + " and in " + label(imported)
                            + "; rename one of them or import only one", imp, ColtrainPackage.Literals.IMPORT__IMPORT_URI,
                            IssueCodes.DUPLICATE_NAME);
            }
        }
    }

    private static String label(Resource r) {
        return r.getURI().isFile() ? new File(r.getURI().toFileString()).getName() : r.getURI().lastSegment();
    }

    /** The imported file resolved against the importing model's folder; null when the model is not a file. */
    static File file(Import imp) {
        if (imp.eResource() == null || !imp.eResource().getURI().isFile() || imp.getImportURI() == null) return null;
        URI resolved = URI.createURI(imp.getImportURI()).resolve(imp.eResource().getURI());
        return resolved.isFile() ? new File(resolved.toFileString()) : null;
    }

    /** The one file of the folder whose name differs only in case (names are case-sensitive), or null. */
    private static String sameNameButCase(File file) {
        File folder = file.getParentFile();
        String[] names = folder == null ? null : folder.list();
        if (names == null || !path(file).endsWith(file.getName())) return null;
        String match = null;
        for (String name : names)
            if (name.equalsIgnoreCase(file.getName())) {
                if (match != null) return null;
                match = name;
            }
        return match;
    }

    private static String path(File file) {
        return file.getPath();
    }

    private static boolean isText(File file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file.toPath())) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return false;
        }
        for (byte b : head) if (b == 0) return false;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, lastWholeCharacter(head)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The sniffed bytes up to the last complete UTF-8 sequence (the cut may split one). */
    private static int lastWholeCharacter(byte[] bytes) {
        int end = bytes.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = bytes[end - back] & 0xff;
            if ((b & 0xc0) == 0x80) continue; // continuation byte
            int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            return needed > back ? end - back : end;
        }
        return end;
    }

    private void notFound(Import imp, String message) {
        error(message, imp, ColtrainPackage.Literals.IMPORT__IMPORT_URI, IssueCodes.IMPORT_NOT_FOUND);
    }

    private void notAModel(Import imp, String message) {
        error(message, imp, ColtrainPackage.Literals.IMPORT__IMPORT_URI, IssueCodes.IMPORT_NOT_A_MODEL);
    }
}
