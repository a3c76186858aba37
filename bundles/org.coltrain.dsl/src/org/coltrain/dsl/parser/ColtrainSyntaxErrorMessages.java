package org.coltrain.dsl.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.coltrain.dsl.validation.IssueCodes;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Syntax errors in the DSL's words: what was found, what the grammar allows there (keywords as written, values by
 * kind), the element it happened in ("array 'main'"), and what to do. Everything is derived from the grammar at the
 * point where the parser stopped ({@link GrammarFollow}), so new rules get the same messages without a table.
 */
@Singleton
public class ColtrainSyntaxErrorMessages extends SyntaxErrorMessageProvider {

    /** How many expectations a message lists before it says "..."; the editor's content assist shows them all. */
    private static final int MAX_LISTED = 12;

    private final GrammarWords words;

    @Inject
    public ColtrainSyntaxErrorMessages(IGrammarAccess grammar) {
        words = new GrammarWords(grammar.getGrammar());
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        RecognitionException e = context.getRecognitionException();
        if (e == null) return syntax(lexerMessage(context.getDefaultMessage()));
        ICompositeNode node = context.getCurrentNode() instanceof ICompositeNode c ? c : null;
        if (node == null) return syntax("unexpected " + found(e.token, context.getTokenNames()));
        Token token = e instanceof UnwantedTokenException unwanted ? unwanted.getUnexpectedToken() : e.token;
        String found = found(token, context.getTokenNames());
        // A value rule (a number, a quantity, a qualified name, an enum) stands for one expectation: the value.
        ICompositeNode at = node;
        Set<AbstractElement> atoms = new LinkedHashSet<>();
        GrammarFollow.Expected expected;
        if (isValueRule(GrammarFollow.ruleOf(at)) && at.getGrammarElement() instanceof AbstractElement call && at.getParent() != null) {
            atoms.add(call);
            expected = new GrammarFollow.Expected(atoms, List.of(), false);
            at = at.getParent();
        } else {
            expected = GrammarFollow.after(at);
            atoms.addAll(expected.atoms());
        }
        String where = GrammarWords.element(at);
        String prefix = where == null ? "" : "in " + where + ": ";
        // the token may come after the element's parts (its '}'), but a mandatory part was not given
        if (!expected.missing().isEmpty() && !startsAny(expected.missing(), token, context.getTokenNames())
                && startsAny(List.copyOf(atoms), token, context.getTokenNames()))
            return new SyntaxErrorMessage(needs(at, expected.missing(), token, context.getTokenNames()), IssueCodes.MISSING_PART);
        if (e instanceof UnwantedTokenException)
            return syntax(prefix + found + " is not expected here; remove it");
        if (token != null && isKeyword(token, context.getTokenNames()) && token.getText() != null
                && token.getText().matches("[A-Za-z_][A-Za-z0-9_]*") && expectsName(atoms, context.getTokenNames()))
            return new SyntaxErrorMessage(prefix + "'" + Printable.quote(token.getText()) + "' is a keyword and cannot be used as a name; "
                    + "choose another name, or write '^" + Printable.quote(token.getText()) + "' to use it as one",
                    Diagnostic.SYNTAX_DIAGNOSTIC, new String[] { "^" + token.getText() });
        Assignment value = singleValue(atoms);
        if (value != null)
            return syntax(subject(value, where) + " expects " + words.describe(atoms.iterator().next()) + ", found " + found);
        String list = list(atoms, expected.endOfFile());
        String hint = suggestion(token, atoms);
        if (where == null)
            return syntax(found + " does not start an element; expected " + list + hint);
        if (e instanceof MissingTokenException missing && missing.getMissingType() != Token.EOF)
            return syntax(prefix + list + " is missing before " + found + hint);
        if (token == null || token.getType() == Token.EOF)
            return syntax(prefix + "the file ends too early; expected " + (list.isEmpty() ? "more" : list));
        if (list.isEmpty()) return syntax(prefix + found + " is not expected here; remove it");
        String message = prefix + found + " is not expected here; expected " + list + hint;
        // the one near-miss keyword is the quick fix's replacement for the marked token
        return hint.isEmpty() ? syntax(message) : new SyntaxErrorMessage(message, Diagnostic.SYNTAX_DIAGNOSTIC,
                new String[] { hint.substring(" (did you mean '".length(), hint.length() - "'?)".length()) });
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        ValueConverterException e = context.getValueConverterException();
        INode node = e.getNode() != null ? e.getNode() : context.getCurrentNode();
        String text = node == null ? "" : NodeModelUtils.getTokenText(node);
        // the parser has already said what is wrong inside this value; a second message would repeat it
        if (node != null) for (INode inner : node.getAsTreeIterable()) if (inner.getSyntaxErrorMessage() != null) return null;
        Assignment assignment = node == null || !(node.getGrammarElement() instanceof AbstractElement g) ? null
                : GrammarUtil.containingAssignment(g);
        String where = node == null ? null : GrammarWords.element(node.getParent());
        String subject = assignment == null ? "this value" : subject(assignment, where);
        // An empty value is a token the parser found missing (this message replaces the parser's own).
        if (text.isBlank())
            return syntax(subject + " needs " + (node.getGrammarElement() instanceof RuleCall call ? words.valueKind(call) : "a value") + " here");
        String reason = e instanceof ColtrainValueException own ? own.reason()
                : "expects " + (node.getGrammarElement() instanceof RuleCall call ? words.valueKind(call) : "another value")
                        + ", not '" + Printable.quote(text) + "'";
        return new SyntaxErrorMessage(subject + " " + reason, Diagnostic.SYNTAX_DIAGNOSTIC);
    }

    /** "'cols' of array 'main'"; just "'sweep'" when the attribute's keyword is the element's own. */
    private static String subject(Assignment assignment, String where) {
        String lead = GrammarWords.lead(assignment);
        if (where == null || where.equals(lead.replace("'", "")) || where.startsWith(lead.replace("'", "") + " ")) return lead;
        return lead + " of " + where;
    }

    /** "array 'main' needs 'rows' (a whole number) and 'clock' (a frequency such as '1 GHz'); add them before '}'". */
    private String needs(ICompositeNode node, List<AbstractElement> missing, Token token, String[] names) {
        String where = GrammarWords.element(node);
        List<String> parts = new ArrayList<>();
        for (AbstractElement part : missing) parts.add(part(part));
        return (where == null ? "this element" : where) + " needs " + GrammarWords.and(parts) + "; add "
                + (missing.size() == 1 ? "it" : "them") + " before " + found(token, names);
    }

    /** A missing part by its keywords and the kind of value it takes: "'clock' (a frequency such as '1 GHz')". */
    private String part(AbstractElement element) {
        Set<AbstractElement> first = new LinkedHashSet<>();
        GrammarFollow.first(element, first, new HashSet<>());
        Assignment value = null;
        for (var it = element.eAllContents(); it.hasNext() && value == null;)
            if (it.next() instanceof Assignment a) value = a;
        if (element instanceof Assignment a) value = a;
        String keyword = first.size() == 1 && first.iterator().next() instanceof Keyword k ? "'" + k.getValue() + "'" : null;
        if (value != null && value.getTerminal() instanceof RuleCall call && !(call.getRule() instanceof ParserRule p && !GrammarUtil.isDatatypeRule(p))) {
            String lead = keyword == null ? GrammarWords.lead(value) : GrammarWords.lead(value);
            return lead + " (" + words.valueKind(call) + ")";
        }
        if (keyword != null) return keyword;
        List<String> described = new ArrayList<>();
        for (AbstractElement atom : first) described.add(words.describe(atom));
        return GrammarWords.or(described);
    }

    private static SyntaxErrorMessage syntax(String message) {
        return new SyntaxErrorMessage(message, Diagnostic.SYNTAX_DIAGNOSTIC);
    }

    private static boolean isValueRule(AbstractRule rule) {
        return rule instanceof EnumRule || rule instanceof ParserRule p && GrammarUtil.isDatatypeRule(p);
    }

    /** The assignment when all expectations are the value of one assignment ('cols' then a whole number). */
    private static Assignment singleValue(Set<AbstractElement> atoms) {
        if (atoms.size() != 1) return null;
        AbstractElement atom = atoms.iterator().next();
        return atom instanceof Keyword ? null : GrammarUtil.containingAssignment(atom);
    }

    /** Whether one of the expectations is a name (an ID, or a rule or reference that starts with one). */
    private static boolean expectsName(Set<AbstractElement> atoms, String[] names) {
        Token id = new org.antlr.runtime.CommonToken(Arrays.asList(names).indexOf("RULE_ID"), "name");
        for (AbstractElement atom : atoms) if (matches(atom, id, names, new HashSet<>())) return true;
        return false;
    }

    private String list(Set<AbstractElement> atoms, boolean endOfFile) {
        Set<String> described = new LinkedHashSet<>();
        for (AbstractElement atom : atoms) described.add(words.describe(atom));
        if (endOfFile) described.add("the end of the file");
        List<String> items = new ArrayList<>(described);
        if (items.size() > MAX_LISTED) {
            items = new ArrayList<>(items.subList(0, MAX_LISTED));
            items.add("...");
            return String.join(", ", items);
        }
        return GrammarWords.or(items);
    }

    /** " (did you mean 'cols'?)" when the found word is a near miss of an expected keyword. */
    private static String suggestion(Token token, Set<AbstractElement> atoms) {
        if (token == null || token.getText() == null || token.getType() == Token.EOF || atoms.size() < 2) return "";
        String text = token.getText();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (AbstractElement atom : atoms) {
            if (!(atom instanceof Keyword k) || k.getValue().length() < 2) continue;
            int d = distance(text.toLowerCase(java.util.Locale.ROOT), k.getValue().toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k.getValue();
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= (best.length() >= 4 ? 2 : 1) ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein distance, for near misses of keywords. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) return Integer.MAX_VALUE;
        int[] previous = new int[b.length() + 1], row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++)
                row[j] = Math.min(Math.min(row[j - 1], previous[j]) + 1, previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = previous;
            previous = row;
            row = t;
        }
        return previous[b.length()];
    }

    /** Whether the token could start one of the elements (then the element is not missing, it is malformed). */
    private static boolean startsAny(List<AbstractElement> elements, Token token, String[] names) {
        if (token == null) return false;
        for (AbstractElement element : elements) {
            Set<AbstractElement> first = new LinkedHashSet<>();
            GrammarFollow.first(element, first, new HashSet<>());
            for (AbstractElement atom : first) if (matches(atom, token, names, new HashSet<>())) return true;
        }
        return false;
    }

    /** Whether a token can start an expectation: a keyword by its text, a terminal by its token type. */
    static boolean matches(AbstractElement atom, Token token, String[] names, Set<AbstractRule> entered) {
        if (atom instanceof Keyword k) return isKeyword(token, names) && k.getValue().equals(token.getText());
        if (atom instanceof org.eclipse.xtext.CrossReference ref) return matches(ref.getTerminal(), token, names, entered);
        if (atom instanceof RuleCall call) {
            AbstractRule rule = call.getRule();
            if (rule instanceof org.eclipse.xtext.TerminalRule) return ("RULE_" + rule.getName()).equals(name(token, names));
            if (!entered.add(rule)) return false;
            Set<AbstractElement> first = new LinkedHashSet<>();
            if (rule instanceof EnumRule e) {
                for (var l : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(e, org.eclipse.xtext.EnumLiteralDeclaration.class))
                    first.add(l.getLiteral());
            } else {
                GrammarFollow.first(rule.getAlternatives(), first, new HashSet<>());
            }
            for (AbstractElement inner : first) if (inner != atom && matches(inner, token, names, entered)) return true;
        }
        return false;
    }

    private static String name(Token token, String[] names) {
        int type = token.getType();
        return type >= 0 && type < names.length ? names[type] : "";
    }

    private static boolean isKeyword(Token token, String[] names) {
        return name(token, names).startsWith("'");
    }

    /** The offending token as the user wrote it: "'colums'", "the number 12", "the end of the file". */
    static String found(Token token, String[] names) {
        if (token == null || token.getType() == Token.EOF) return "the end of the file";
        String text = Printable.quote(token.getText());
        return switch (name(token, names)) {
            case "RULE_NUMBER" -> "the number " + text;
            case "RULE_STRING" -> "the text " + text;
            case "RULE_ANY_OTHER" -> "the character '" + text + "'";
            default -> "'" + text + "'";
        };
    }

    /** The lexer fails only on a comment or a quoted text that is still open at the end of the file. */
    private static String lexerMessage(String defaultMessage) {
        String m = defaultMessage == null ? "" : defaultMessage;
        if (m.contains("EOF") && m.contains("'\"'")) return "a quoted text (\"...\") is not closed before the end of the file; add the closing '\"'";
        if (m.contains("EOF")) return "a comment ('/* ... */') is not closed before the end of the file; add the closing '*/'";
        return "unexpected character; remove it";
    }
}
