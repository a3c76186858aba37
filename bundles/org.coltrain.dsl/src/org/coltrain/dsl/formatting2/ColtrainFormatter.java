package org.coltrain.dsl.formatting2;

import java.util.Set;

import org.coltrain.model.AluArray;
import org.coltrain.model.Dram;
import org.coltrain.model.Element;
import org.coltrain.model.ElasticStage;
import org.coltrain.model.Import;
import org.coltrain.model.Model;
import org.coltrain.model.SubNet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * Lays a model out the way the examples are written: one statement per line, blocks indented by one tab,
 * short blocks (an array, a DRAM) on one line, a blank line between top-level elements.
 */
public class ColtrainFormatter extends AbstractJavaFormatter {

    /** Keywords that start a statement inside a block. */
    private static final Set<String> STATEMENT_KEYWORDS = Set.of("inference", "training", "cost", "input", "network",
            "arrival", "slo", "max", "priority", "batch", "samples", "accelerator", "workload", "duration", "warmup",
            "seed", "outputs",
            // SuperNet serving
            "stem", "head", "supernet", "weight", "activations", "window", "update", "static",
            // soc and mapping (ODiMO)
            "lanes", "crossbar", "inputs", "step", "clock", "load", "unroll", "channel", "power", "weights",
            "soc", "objective", "budget", "resolution",
            // cluster
            "workers", "gradients", "allreduce", "staleness");

    protected void format(Model model, IFormattableDocument doc) {
        // Each whitespace region is set once only: two settings of one region conflict and drop the whole format.
        boolean first = model.getName() == null;
        for (Import i : model.getImports()) {
            if (!first) doc.prepend(i, it -> it.newLine());
            first = false;
        }
        for (Element element : model.getElements()) {
            if (!first) doc.prepend(element, it -> it.setNewLines(2));
            first = false;
            formatBlock(element, doc);
        }
    }

    /** Not a dispatched {@code format} overload: the dispatcher skips methods taking plain EObject. */
    private void formatBlock(EObject object, IFormattableDocument doc) {
        ISemanticRegionsFinder regions = textRegionExtensions.regionFor(object);
        boolean inline = object instanceof AluArray || object instanceof Dram || object instanceof ElasticStage
                || object instanceof SubNet;
        for (Pair<ISemanticRegion, ISemanticRegion> braces : regions.keywordPairs("{", "}")) {
            if (inline) {
                doc.append(braces.getKey(), it -> it.oneSpace());
                doc.prepend(braces.getValue(), it -> it.oneSpace());
                continue;
            }
            doc.append(braces.getKey(), it -> it.newLine());
            doc.prepend(braces.getValue(), it -> it.newLine());
            doc.interior(braces, it -> it.indent());
            for (ISemanticRegion keyword : regions.keywords(STATEMENT_KEYWORDS.toArray(String[]::new)))
                if (keyword.getOffset() > braces.getKey().getOffset() && keyword.getOffset() < braces.getValue().getOffset())
                    doc.prepend(keyword, it -> it.newLine());
            for (EObject child : object.eContents())
                if (startsLine(child)) doc.prepend(child, it -> it.newLine());
        }
        for (EObject child : object.eContents()) formatBlock(child, doc);
    }

    private static boolean startsLine(EObject child) {
        String type = child.eClass().getName();
        return !(type.endsWith("Encoding") || type.endsWith("Weights") || type.endsWith("Arrival") || type.equals("TensorShape"));
    }
}
