package org.coltrain.dsl.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * What the grammar allows next at the point where the parser stopped: the first sets of what may follow the last
 * element it consumed, walking out of the rule being parsed into its callers while the rest is optional. An
 * expectation ("atom") is a keyword, a call of a value rule (terminal, datatype or enum rule) or a cross-reference.
 */
final class GrammarFollow {

    /** The expectations, the mandatory parts of unordered groups that are still missing, and whether the file may end. */
    record Expected(Set<AbstractElement> atoms, List<AbstractElement> missing, boolean endOfFile) {
    }

    private GrammarFollow() {
    }

    /** What may come after what the composite node (a rule being parsed) holds so far. */
    static Expected after(ICompositeNode node) {
        Set<AbstractElement> atoms = new LinkedHashSet<>();
        List<AbstractElement> missing = new ArrayList<>();
        INode current = node;
        AbstractElement last = lastConsumed(node);
        while (current != null) {
            AbstractRule rule = ruleOf(current);
            if (rule == null) return new Expected(atoms, missing, false);
            Set<AbstractElement> consumed = consumed(current);
            boolean canEnd = last == null ? first(rule.getAlternatives(), atoms, new HashSet<>())
                    : followInRule(last, atoms, consumed, missing);
            if (!canEnd) return new Expected(atoms, missing, false);
            if (current.getParent() == null || !(current.getGrammarElement() instanceof AbstractElement call))
                return new Expected(atoms, missing, current.getParent() == null || isEntry(current));
            last = call;
            current = current.getParent();
        }
        return new Expected(atoms, missing, true);
    }

    private static boolean isEntry(INode node) {
        return node.getParent() != null && node.getParent().getParent() == null;
    }

    /** The rule a composite node parses: the called rule, the rule itself at the root, the rule of an action. */
    static AbstractRule ruleOf(INode node) {
        EObject ge = node.getGrammarElement();
        if (ge instanceof RuleCall call) return call.getRule();
        if (ge instanceof CrossReference ref && ref.getTerminal() instanceof RuleCall call) return call.getRule();
        if (ge instanceof AbstractRule rule) return rule;
        if (ge instanceof Action action) return GrammarUtil.containingRule(action);
        return null;
    }

    /** The grammar element of the last token or rule call the node holds, or null at the start of its rule. */
    static AbstractElement lastConsumed(ICompositeNode node) {
        AbstractElement last = node.getGrammarElement() instanceof Action a ? a : null;
        for (INode child : node.getChildren()) {
            if (child instanceof ILeafNode leaf && leaf.isHidden()) continue;
            if (child.getGrammarElement() instanceof AbstractElement e && GrammarUtil.containingRule(e) == ruleOf(node)) last = e;
        }
        return last;
    }

    /** The grammar elements of the node's own children (not of the rules it calls). */
    private static Set<AbstractElement> consumed(INode node) {
        Set<AbstractElement> consumed = new HashSet<>();
        if (node instanceof ICompositeNode composite)
            for (INode child : composite.getChildren())
                if (child.getGrammarElement() instanceof AbstractElement e) consumed.add(e);
        return consumed;
    }

    /**
     * Adds the expectations that may start the element; true when it may match nothing. Parser rules are entered
     * (guarded against left recursion); value rules and cross-references are expectations of their own.
     */
    static boolean first(AbstractElement e, Set<AbstractElement> out, Set<AbstractRule> entered) {
        boolean empty;
        if (e == null) return true;
        if (e instanceof Keyword || e instanceof CrossReference) {
            out.add(e);
            empty = false;
        } else if (e instanceof RuleCall call) {
            if (call.getRule() instanceof ParserRule p && !GrammarUtil.isDatatypeRule(p)) {
                empty = !entered.add(p) || first(p.getAlternatives(), out, entered);
                entered.remove(p);
            } else {
                out.add(call);
                empty = false;
            }
        } else if (e instanceof Assignment a) {
            empty = first(a.getTerminal(), out, entered);
        } else if (e instanceof Action) {
            empty = true;
        } else if (e instanceof Alternatives alt) {
            empty = false;
            for (AbstractElement child : alt.getElements()) empty |= first(child, out, entered);
        } else if (e instanceof UnorderedGroup group) {
            empty = true;
            for (AbstractElement child : group.getElements()) empty &= first(child, out, entered);
        } else if (e instanceof Group group) {
            empty = true;
            for (AbstractElement child : group.getElements())
                if (!first(child, out, entered)) {
                    empty = false;
                    break;
                }
        } else {
            empty = true;
        }
        return empty || GrammarUtil.isOptionalCardinality(e);
    }

    /**
     * Adds what may follow the consumed element inside its rule; true when the rule may end there. Mandatory parts
     * of an enclosing unordered group that the node does not hold yet are added to {@code missing}.
     */
    static boolean followInRule(AbstractElement consumedElement, Set<AbstractElement> out, Set<AbstractElement> consumed,
            List<AbstractElement> missing) {
        AbstractElement current = consumedElement;
        while (true) {
            if (GrammarUtil.isMultipleCardinality(current)) first(current, out, new HashSet<>());
            EObject parent = current.eContainer();
            if (parent instanceof Group group && !(parent instanceof UnorderedGroup)) {
                List<AbstractElement> elements = group.getElements();
                for (int i = elements.indexOf(current) + 1; i < elements.size(); i++) {
                    AbstractElement next = elements.get(i);
                    // entering an unordered group: its mandatory parts are all missing, and what follows it is
                    // listed too, so that a '}' right after the '{' is recognised as "parts missing"
                    boolean partsMissing = false;
                    if (next instanceof UnorderedGroup entered)
                        for (AbstractElement child : entered.getElements())
                            if (!GrammarUtil.isOptionalCardinality(child)) {
                                missing.add(child);
                                partsMissing = true;
                            }
                    if (!first(next, out, new HashSet<>()) && !partsMissing) return false;
                }
            } else if (parent instanceof UnorderedGroup group) {
                for (AbstractElement child : group.getElements()) {
                    if (child == current || holds(child, consumed)) continue;
                    first(child, out, new HashSet<>());
                    if (!GrammarUtil.isOptionalCardinality(child)) missing.add(child);
                }
            }
            if (!(parent instanceof AbstractElement element)) return true;
            current = element;
        }
    }

    /** Whether one of the consumed grammar elements lies inside the given element. */
    static boolean holds(AbstractElement element, Set<AbstractElement> consumed) {
        for (AbstractElement c : consumed) if (c == element || EcoreUtil.isAncestor(element, c)) return true;
        return false;
    }
}
