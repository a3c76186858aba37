package org.coltrain.dsl.conversion;

import org.coltrain.dsl.parser.ColtrainValueException;
import org.coltrain.dsl.parser.Printable;
import org.coltrain.dsl.units.Quantities;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Turns number literals into model values. Quantities are converted to SI here; whether the unit's dimension
 * fits the attribute is the validator's job (it knows the attribute, this converter does not).
 */
public class ColtrainValueConverters extends DefaultTerminalConverters {

    @ValueConverter(rule = "Quantity")
    public IValueConverter<Double> quantity() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected Double internalToValue(String text, INode node) {
                double si = Quantities.parse(text).map(Quantities.Literal::si).orElseThrow(() -> new ColtrainValueException(
                        "expects a number with an optional unit (e.g. 500 us, 1.2 GHz), not '" + Printable.quote(text.trim()) + "'", node));
                // 1e400 reads as infinity and 1e308 TiB scales to it: no simulation can use a value beyond the doubles
                if (!Double.isFinite(si))
                    throw new ColtrainValueException("is too large: '" + Printable.quote(text.trim())
                            + "' is beyond the largest number the simulator can hold (about 1.8e308 in SI units)", node);
                return si;
            }

            @Override
            protected String internalToString(Double value) {
                return Quantities.formatNumber(value);
            }
        };
    }

    /**
     * Names: an ID (its {@code ^} escape removed) or a soft keyword, which is its own text. A name is written back
     * escaped when it is a keyword ({@code ^weight}; a soft keyword too, which parses either way).
     */
    @ValueConverter(rule = "ValidID")
    public IValueConverter<String> validID() {
        IValueConverter<String> id = ID();
        return new AbstractNullSafeConverter<>() {
            @Override
            protected String internalToValue(String text, INode node) {
                return text.startsWith("^") ? text.substring(1) : text;
            }

            @Override
            protected String internalToString(String value) {
                return id.toString(value);
            }
        };
    }

    /** Qualified names: dot-separated names, each converted as a {@link #validID()}. */
    @ValueConverter(rule = "QualifiedName")
    public IValueConverter<String> qualifiedName() {
        IValueConverter<String> name = validID();
        return new AbstractNullSafeConverter<>() {
            @Override
            protected String internalToValue(String text, INode node) {
                StringBuilder out = new StringBuilder();
                for (String segment : text.replaceAll("\\s+", "").split("\\.", -1))
                    out.append(out.isEmpty() ? "" : ".").append(name.toValue(segment, node));
                return out.toString();
            }

            @Override
            protected String internalToString(String value) {
                StringBuilder out = new StringBuilder();
                for (String segment : value.split("\\.", -1))
                    out.append(out.isEmpty() ? "" : ".").append(name.toString(segment));
                return out.toString();
            }
        };
    }

    /**
     * Sweep paths: a segment that is a keyword ({@code workload}, {@code arrival}) is written with the ID escape
     * {@code ^workload} and an index is written in brackets ({@code arrays[0]}); the value is the plain dotted path
     * ({@code arrays.0}) that {@code ParameterPath} resolves.
     */
    @ValueConverter(rule = "Path")
    public IValueConverter<String> path() {
        IValueConverter<String> id = ID();
        return new AbstractNullSafeConverter<>() {
            @Override
            protected String internalToValue(String text, INode node) {
                StringBuilder path = new StringBuilder();
                for (String segment : text.replaceAll("\\s+", "").replaceAll("\\[([0-9]+)]", ".$1").split("\\.", -1))
                    path.append(path.isEmpty() ? "" : ".").append(segment.startsWith("^") ? segment.substring(1) : segment);
                return path.toString();
            }

            @Override
            protected String internalToString(String value) {
                StringBuilder text = new StringBuilder();
                for (String segment : value.split("\\.", -1))
                    text.append(segment.matches("[0-9]+") ? "[" + segment + "]"
                            : (text.isEmpty() ? "" : ".") + id.toString(segment));
                return text.toString();
            }
        };
    }

    @ValueConverter(rule = "Int")
    public IValueConverter<Integer> integer() {
        return new WholeNumber<>(false, Integer.class);
    }

    @ValueConverter(rule = "SignedInt")
    public IValueConverter<Integer> signedInteger() {
        return new WholeNumber<>(true, Integer.class);
    }

    @ValueConverter(rule = "Long")
    public IValueConverter<Long> longInteger() {
        return new WholeNumber<>(false, Long.class);
    }

    /** Whole numbers: a fraction, an exponent or an out-of-range value is a clear error, not a silent truncation. */
    private static final class WholeNumber<T extends Number> extends AbstractNullSafeConverter<T> {
        private final boolean signed;
        private final Class<T> type;

        WholeNumber(boolean signed, Class<T> type) {
            this.signed = signed;
            this.type = type;
        }

        @Override
        protected T internalToValue(String text, INode node) {
            String digits = text.replaceAll("\\s+", "");
            if (!digits.matches(signed ? "-?[0-9]+" : "[0-9]+"))
                throw new ColtrainValueException("expects a whole number, not '" + Printable.quote(text.trim()) + "'", node);
            try {
                long value = Long.parseLong(digits);
                if (type == Integer.class) {
                    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) throw new NumberFormatException();
                    return type.cast((int) value);
                }
                return type.cast(value);
            } catch (NumberFormatException e) {
                throw new ColtrainValueException("expects a whole number of at most "
                        + (type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE) + ", not '" + Printable.quote(digits) + "'", node);
            }
        }

        @Override
        protected String internalToString(T value) {
            return value.toString();
        }
    }
}
