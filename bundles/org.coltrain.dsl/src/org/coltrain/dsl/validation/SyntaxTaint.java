package org.coltrain.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Which top-level elements a syntax error has damaged: an element whose text, up to the start of the next element,
 * holds a syntax error was parsed from a guess (parts skipped or cut short), so what the checks would say about it,
 * or about elements that use it, would be about the guess. Those checks wait until the syntax is fixed.
 */
public final class SyntaxTaint {

    private SyntaxTaint() {
    }

    /** Whether the element that contains the object, or one it refers to, has a syntax error in its text. */
    public static boolean affects(EObject object) {
        EObject top = topLevel(object);
        if (top == null) return false;
        if (damaged(top)) return true;
        for (var it = top.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            for (EReference ref : o.eClass().getEAllReferences()) {
                if (ref.isContainment() || ref.isContainer() || ref.isMany()) continue;
                if (o.eGet(ref, false) instanceof EObject target && !target.eIsProxy() && target != top && damaged(topLevel(target)))
                    return true;
            }
        }
        for (EReference ref : top.eClass().getEAllReferences())
            if (!ref.isContainment() && !ref.isMany() && top.eGet(ref, false) instanceof EObject target && !target.eIsProxy()
                    && damaged(topLevel(target)))
                return true;
        return false;
    }

    /** Whether the element containing the object has a syntax error in its own text. */
    public static boolean inDamaged(EObject object) {
        EObject top = topLevel(object);
        return top != null && damaged(top);
    }

    /** The child of the file's root that contains the object (the object itself when it is one). */
    static EObject topLevel(EObject object) {
        EObject o = object;
        while (o != null && o.eContainer() != null && o.eContainer().eContainer() != null) o = o.eContainer();
        return o == null || o.eContainer() == null ? null : o;
    }

    private static boolean damaged(EObject top) {
        if (top == null || !(top.eResource() instanceof XtextResource resource) || resource.getParseResult() == null
                || !resource.getParseResult().hasSyntaxErrors())
            return false;
        ICompositeNode node = NodeModelUtils.getNode(top);
        if (node == null) return false;
        int start = node.getOffset(), end = nextStart(top, resource);
        for (int offset : syntaxErrorOffsets(resource)) if (offset >= start && offset < end) return true;
        return false;
    }

    /** Where the next top-level element starts (the end of the file after the last). */
    private static int nextStart(EObject top, Resource resource) {
        List<EObject> siblings = top.eContainer().eContents();
        int i = siblings.indexOf(top);
        ICompositeNode root = NodeModelUtils.getNode(top.eContainer());
        int end = root == null ? Integer.MAX_VALUE : root.getTotalEndOffset() + 1;
        for (int j = i + 1; j < siblings.size(); j++) {
            ICompositeNode next = NodeModelUtils.getNode(siblings.get(j));
            if (next != null) return next.getOffset();
        }
        return end;
    }

    private static List<Integer> syntaxErrorOffsets(XtextResource resource) {
        List<Integer> offsets = new ArrayList<>();
        for (INode error : resource.getParseResult().getSyntaxErrors()) offsets.add(error.getOffset());
        return offsets;
    }
}
