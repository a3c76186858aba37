package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.coltrain.dsl.units.Quantities;
import org.coltrain.dsl.units.Unit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/** Unit literals convert to SI by their factor and back, for every unit and many numbers. */
class QuantityPropertiesTest {

    @Property(tries = 300, seed = "20211018")
    void literalIsTheNumberTimesTheUnitFactor(@ForAll Unit unit, @ForAll @DoubleRange(min = 0.001, max = 1e6) @Scale(6) double number) {
        String text = String.format(Locale.ROOT, "%.6g %s", number, unit.symbol());
        Quantities.Literal literal = Quantities.parse(text).orElseThrow(() -> new AssertionError("cannot parse " + text));
        double written = Double.parseDouble(String.format(Locale.ROOT, "%.6g", number));
        assertEquals(unit, literal.unit().orElseThrow());
        assertEquals(unit.toSi(written), literal.si(), Math.abs(unit.toSi(written)) * 1e-12);
    }

    @Property(tries = 300, seed = "20211018")
    void formattingAnSiValueInAUnitReadsBackTheSameValue(@ForAll Unit unit,
            @ForAll @DoubleRange(min = 0.001, max = 1e6) @Scale(6) double number) {
        double si = unit.toSi(number);
        String text = Quantities.format(si, unit);
        double back = Quantities.parse(text).orElseThrow(() -> new AssertionError("cannot parse " + text)).si();
        assertTrue(Math.abs(back - si) <= Math.abs(si) * 1e-6, text + " reads back as " + back + ", not " + si);
    }
}
