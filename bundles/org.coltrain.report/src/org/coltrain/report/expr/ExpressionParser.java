package org.coltrain.report.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over the grammar (lowest precedence first):
 * <pre>
 * or := and ('or' and)*      and := cmp ('and' cmp)*      cmp := add (('=='|'!='|'<'|'<='|'>'|'>=') add)?
 * add := mul (('+'|'-') mul)*      mul := unary (('*'|'/') unary)*      unary := ('-'|'not') unary | postfix
 * postfix := primary (('.' | '?.') NAME)*   primary := NUMBER | 'STRING' | NAME | NAME '(' [or (',' or)*] ')' | '(' or ')'
 * </pre>
 */
final class ExpressionParser {

    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");

    /** Deepest nesting of parentheses, calls and signs; evaluation recurses once per level. */
    static final int MAX_DEPTH = 100;
    /** Most operators and operands in one expression; a chain of them also recurses once per element. */
    static final int MAX_NODES = 1000;

    private final String text;
    private int pos;
    private int depth, nodes;

    ExpressionParser(String text) {
        this.text = text;
    }

    Expression parseAll() {
        Expression e = or();
        skipSpace();
        if (pos < text.length()) throw error("unexpected '" + text.charAt(pos) + "'");
        return e;
    }

    private Expression or() {
        Expression e = and();
        while (keyword("or")) e = node(new Expression.Binary("or", e, and()));
        return e;
    }

    private Expression and() {
        Expression e = comparison();
        while (keyword("and")) e = node(new Expression.Binary("and", e, comparison()));
        return e;
    }

    private Expression comparison() {
        Expression e = additive();
        skipSpace();
        for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
            if (text.startsWith(op, pos) && COMPARISONS.contains(op)) {
                pos += op.length();
                return node(new Expression.Binary(op, e, additive()));
            }
        }
        return e;
    }

    private Expression additive() {
        Expression e = multiplicative();
        while (true) {
            if (symbol('+')) e = node(new Expression.Binary("+", e, multiplicative()));
            else if (symbol('-')) e = node(new Expression.Binary("-", e, multiplicative()));
            else return e;
        }
    }

    private Expression multiplicative() {
        Expression e = unary();
        while (true) {
            if (symbol('*')) e = node(new Expression.Binary("*", e, unary()));
            else if (symbol('/')) e = node(new Expression.Binary("/", e, unary()));
            else return e;
        }
    }

    private Expression unary() {
        if (++depth > MAX_DEPTH) throw error("nested more than " + MAX_DEPTH + " levels deep; split the expression");
        try {
            return signed();
        } finally {
            depth--;
        }
    }

    private Expression signed() {
        if (symbol('-')) return node(new Expression.Unary("-", unary()));
        if (keyword("not")) return node(new Expression.Unary("not", unary()));
        Expression e = primary();
        while (true) {
            if (symbol('.')) e = node(new Expression.Navigate(e, name(), false));
            else if (text.startsWith("?.", pos)) {
                pos += 2;
                e = node(new Expression.Navigate(e, name(), true));
            } else return e;
        }
    }

    private Expression primary() {
        skipSpace();
        if (pos >= text.length()) throw error("expression ends early");
        char c = text.charAt(pos);
        if (symbol('(')) {
            Expression e = or();
            expect(')');
            return e;
        }
        if (c == '\'') return node(new Expression.Literal(string()));
        if (Character.isDigit(c)) return node(new Expression.Literal(number()));
        String name = name();
        if (name.equals("true") || name.equals("false")) return node(new Expression.Literal(Boolean.valueOf(name)));
        if (name.equals("null")) return node(new Expression.Literal(null));
        if (symbol('(')) {
            List<Expression> args = new ArrayList<>();
            if (!symbol(')')) {
                do args.add(or()); while (symbol(','));
                expect(')');
            }
            Functions.checkKnown(name, args.size(), this::error);
            return node(new Expression.Call(name, args));
        }
        return node(new Expression.Name(name));
    }

    /** Counts the nodes of the tree, so that no expression is too large to evaluate. */
    private Expression node(Expression e) {
        if (++nodes > MAX_NODES) throw error("more than " + MAX_NODES + " operators and operands; split the expression");
        return e;
    }

    private String name() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
        if (start == pos || Character.isDigit(text.charAt(start))) throw error("expected a name");
        return text.substring(start, pos);
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                || text.charAt(pos) == 'e' || text.charAt(pos) == 'E'
                || ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E'))))
            pos++;
        try {
            return Double.valueOf(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error("bad number '" + text.substring(start, pos) + "'");
        }
    }

    private String string() {
        int end = text.indexOf('\'', pos + 1);
        if (end < 0) throw error("string not closed with '");
        String s = text.substring(pos + 1, end);
        pos = end + 1;
        return s;
    }

    private boolean keyword(String word) {
        skipSpace();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean symbol(char c) {
        skipSpace();
        // '<'/'>' etc. are handled by comparison(); '=' never stands alone
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!symbol(c)) throw error("expected '" + c + "'");
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private ExpressionException error(String what) {
        return new ExpressionException(what + " at column " + (pos + 1) + " of '" + text + "'");
    }
}
