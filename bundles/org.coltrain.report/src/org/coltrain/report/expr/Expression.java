package org.coltrain.report.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed expression of the diagram description language: literals, names, navigation along EMF features
 * ({@code experiment.accelerator.arrays}; over a list it maps and flattens; {@code ?.} tolerates elements without
 * the feature), arithmetic, comparisons, {@code and},
 * {@code or}, {@code not} and the calls of {@link Functions}. Evaluation is dynamic: values are Double, String,
 * Boolean, EObject, List or null (a missing value, which propagates through navigation and arithmetic).
 */
public sealed interface Expression {

    Object eval(Scope scope);

    /** Parses {@code text}; throws {@link ExpressionException} naming the position of the problem. */
    static Expression parse(String text) {
        return new ExpressionParser(text).parseAll();
    }

    record Literal(Object value) implements Expression {
        @Override
        public Object eval(Scope scope) {
            return value;
        }
    }

    record Name(String name) implements Expression {
        @Override
        public Object eval(Scope scope) {
            if (scope.has(name)) return scope.get(name);
            Object self = scope.self();
            if (self == null) throw new ExpressionException("unknown name '" + name + "'");
            return Values.navigate(self, name, false);
        }
    }

    /** {@code a.f}; with {@code optional} ({@code a?.f}) an element without feature f gives null instead of an error. */
    record Navigate(Expression target, String feature, boolean optional) implements Expression {
        @Override
        public Object eval(Scope scope) {
            return Values.navigate(target.eval(scope), feature, optional);
        }
    }

    record Unary(String op, Expression operand) implements Expression {
        @Override
        public Object eval(Scope scope) {
            Object v = operand.eval(scope);
            if (op.equals("not")) return !Values.truthy(v);
            Double d = Values.number(v);
            return d == null ? null : -d;
        }
    }

    record Binary(String op, Expression left, Expression right) implements Expression {
        @Override
        public Object eval(Scope scope) {
            switch (op) {
                case "and": return Values.truthy(left.eval(scope)) && Values.truthy(right.eval(scope));
                case "or": return Values.truthy(left.eval(scope)) || Values.truthy(right.eval(scope));
                default: return Values.binary(op, left.eval(scope), right.eval(scope));
            }
        }
    }

    record Call(String function, List<Expression> arguments) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public Object eval(Scope scope) {
            List<Object> values = new ArrayList<>(arguments.size());
            for (Expression a : arguments) values.add(a.eval(scope));
            return Functions.call(function, values);
        }
    }
}
