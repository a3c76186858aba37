package org.coltrain.dsl.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.coltrain.dsl.units.Dimension;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The DSL's own words for the parts of its grammar: keywords as written, values by kind ("a whole number", "a
 * frequency such as 1 GHz", "the name of a network"), elements by their keyword and name ("array 'main'"). Derived
 * from the grammar and the metamodel, so a rule added to the grammar is described without a table entry.
 */
public final class GrammarWords {

    static final String UNIT_ANNOTATION = "http://www.coltrain.org/unit";

    private final List<AbstractRule> rules;

    GrammarWords(Grammar grammar) {
        rules = List.copyOf(GrammarUtil.allRules(grammar));
    }

    /** An expectation (a keyword, a value rule call or a cross-reference) as the user would name it. */
    String describe(AbstractElement atom) {
        if (atom instanceof Keyword k) return "'" + k.getValue() + "'";
        if (atom instanceof CrossReference ref) return "the name of " + article(typeWord(ref.getType().getClassifier()));
        if (atom instanceof RuleCall call) return valueKind(call);
        return "more text";
    }

    /** What a value rule expects, made specific by the attribute it sets (a quantity's dimension). */
    static String valueKind(RuleCall call) {
        AbstractRule rule = call.getRule();
        Assignment assignment = GrammarUtil.containingAssignment(call);
        Dimension dimension = assignment == null ? null : dimension(assignment);
        if (rule instanceof EnumRule e) {
            List<String> literals = new ArrayList<>();
            for (EnumLiteralDeclaration l : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(e, EnumLiteralDeclaration.class))
                literals.add("'" + l.getLiteral().getValue() + "'");
            return article(words(rule.getName())) + " (" + or(literals) + ")";
        }
        if (rule instanceof TerminalRule t) return terminalKind(t.getName());
        String type = rule.getType() == null || rule.getType().getClassifier() == null ? "EString"
                : rule.getType().getClassifier().getName();
        switch (type) {
            case "EInt", "ELong", "EShort", "EBigInteger" -> {
                return "a whole number";
            }
            case "EDouble", "EFloat", "EBigDecimal" -> {
                if (dimension == null || dimension == Dimension.DIMENSIONLESS) return "a number";
                String noun = dimension == Dimension.DATA ? "size" : dimension.name().toLowerCase(Locale.ROOT);
                return article(noun) + " such as '" + dimension.example() + "'";
            }
            default -> {
                Set<String> keywords = keywordsOnly(rule);
                if (!keywords.isEmpty()) {
                    List<String> some = new ArrayList<>();
                    for (String k : keywords) if (some.size() < 4) some.add("'" + k + "'");
                    return article(words(rule.getName())) + " (" + String.join(", ", some) + (keywords.size() > 4 ? ", ..." : "") + ")";
                }
                return "a name";
            }
        }
    }

    static String terminalKind(String terminal) {
        return switch (terminal) {
            case "NUMBER", "INT" -> "a number";
            case "ID" -> "a name";
            case "STRING" -> "a text in double quotes";
            default -> article(words(terminal.toLowerCase(Locale.ROOT)));
        };
    }

    /** The dimension an assignment's attribute is declared with in the metamodel, or null. */
    static Dimension dimension(Assignment assignment) {
        EStructuralFeature feature = feature(assignment);
        if (feature == null) return null;
        EAnnotation unit = feature.getEAnnotation(UNIT_ANNOTATION);
        return Dimension.fromAnnotation(unit == null ? null : unit.getDetails().get("dimension"));
    }

    static EStructuralFeature feature(Assignment assignment) {
        AbstractRule rule = GrammarUtil.containingRule(assignment);
        EClassifier type = rule == null || rule.getType() == null ? null : rule.getType().getClassifier();
        // after an action ({TernaryWeights} 'ternary' ...) the assignments set the action's type
        for (var it = rule.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next == assignment) break;
            if (next instanceof org.eclipse.xtext.Action action && action.getType() != null) type = action.getType().getClassifier();
        }
        return type instanceof EClass c ? c.getEStructuralFeature(assignment.getFeature()) : null;
    }

    /**
     * The words that introduce an assignment: the keywords just before it in its group ('max batch' for
     * {@code 'max' 'batch' maxBatch=Int}); when none, the attribute's name in words.
     */
    public static String lead(Assignment assignment) {
        String own = keywordsBefore(assignment);
        if (own != null) return own;
        // a later element of a list ("',' depths+=Int") is introduced by the keyword of the first
        for (Assignment a : GrammarUtil.containedAssignments(GrammarUtil.containingRule(assignment))) {
            if (a == assignment) break;
            if (a.getFeature().equals(assignment.getFeature()) && keywordsBefore(a) != null) return keywordsBefore(a);
        }
        return "'" + words(assignment.getFeature()) + "'";
    }

    /** The word keywords just before the assignment in its group ('max' 'batch'), or null when there are none. */
    private static String keywordsBefore(Assignment assignment) {
        if (!(assignment.eContainer() instanceof Group g)) return null;
        List<String> keywords = new ArrayList<>();
        for (int i = g.getElements().indexOf(assignment) - 1; i >= 0 && g.getElements().get(i) instanceof Keyword k
                && k.getValue().matches("[A-Za-z][A-Za-z0-9_-]*"); i--)
            keywords.add(0, k.getValue());
        return keywords.isEmpty() ? null : "'" + String.join(" ", keywords) + "'";
    }

    /** How the user names what a rule parses: its leading keyword when it has exactly one ('array'), else null. */
    static String keywordOf(AbstractRule rule) {
        if (!(rule instanceof ParserRule p) || GrammarUtil.isDatatypeRule(p)) return null;
        Set<AbstractElement> first = new LinkedHashSet<>();
        GrammarFollow.first(p.getAlternatives(), first, new java.util.HashSet<>());
        if (first.size() != 1 || !(first.iterator().next() instanceof Keyword k)) return null;
        return k.getValue();
    }

    /**
     * The element a node belongs to, as the user names it: "array 'main'", "accelerator 'Equinox'", "sweep"; the
     * innermost enclosing rule that starts with its own keyword. Null at the top level of the file.
     */
    public static String element(INode node) {
        for (INode n = node; n != null; n = n.getParent()) {
            AbstractRule rule = GrammarFollow.ruleOf(n);
            String keyword = rule == null ? null : keywordOf(rule);
            if (keyword == null || !(n instanceof ICompositeNode composite)) continue;
            String name = name(composite);
            return name == null ? keyword : keyword + " '" + Printable.quote(name) + "'";
        }
        return null;
    }

    /** The text of the node's 'name' assignment among its own children, or null. */
    private static String name(ICompositeNode node) {
        for (INode child : node.getChildren()) {
            if (child instanceof ILeafNode leaf && leaf.isHidden()) continue;
            Assignment a = child.getGrammarElement() instanceof AbstractElement e ? GrammarUtil.containingAssignment(e) : null;
            if (a != null && "name".equals(a.getFeature())) {
                String text = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(child);
                return text.isBlank() ? null : text;
            }
        }
        return null;
    }

    /** The word for a metamodel type: the keyword of the rule that parses it ('network'), else its name in words. */
    String typeWord(EClassifier type) {
        if (type == null) return "element";
        for (AbstractRule r : rules) {
            if (r instanceof ParserRule p && !GrammarUtil.isDatatypeRule(p) && p.getType() != null
                    && p.getType().getClassifier() == type && keywordOf(p) != null)
                return keywordOf(p);
        }
        return words(type.getName());
    }

    /** The keywords of a datatype rule made only of keyword alternatives (the units); empty otherwise. */
    private static Set<String> keywordsOnly(AbstractRule rule) {
        Set<String> keywords = new LinkedHashSet<>();
        if (!(rule.getAlternatives() instanceof Alternatives a)) return keywords;
        for (AbstractElement e : a.getElements()) {
            if (!(e instanceof Keyword k)) return new LinkedHashSet<>();
            keywords.add(k.getValue());
        }
        return keywords;
    }

    /** {@code SchedulerPolicy} or {@code maxBatch} in words: "scheduler policy", "max batch". */
    static String words(String identifier) {
        return identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    static String article(String noun) {
        return (noun.matches("(?i)^[aeio].*") ? "an " : "a ") + noun;
    }

    /** "'a'", "'a' or 'b'", "'a', 'b' or 'c'". */
    static String or(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    static String and(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
