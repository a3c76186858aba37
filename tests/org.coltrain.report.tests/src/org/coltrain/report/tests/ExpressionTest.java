package org.coltrain.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.coltrain.model.Accelerator;
import org.coltrain.model.AluArray;
import org.coltrain.model.ColtrainFactory;
import org.coltrain.report.expr.Expression;
import org.coltrain.report.expr.ExpressionException;
import org.coltrain.report.expr.Scope;
import org.coltrain.report.expr.Template;
import org.junit.jupiter.api.Test;

/** The description language: navigation over EMF, arithmetic, functions, and errors that say what to change. */
class ExpressionTest {

    static final ColtrainFactory F = ColtrainFactory.eINSTANCE;

    static Accelerator accelerator() {
        Accelerator acc = F.createAccelerator();
        acc.setName("Chip");
        for (int[] shape : new int[][] { { 2, 128, 64 }, { 3, 32, 32 } }) {
            AluArray a = F.createAluArray();
            a.setName("a" + shape[1]);
            a.setCount(shape[0]);
            a.setRows(shape[1]);
            a.setCols(shape[2]);
            acc.getArrays().add(a);
        }
        return acc;
    }

    static Object eval(String text, Object self) {
        return Expression.parse(text).eval(Scope.of(Map.of("acc", accelerator())).withSelf(self));
    }

    @Test
    void arithmeticFollowsPrecedence() {
        assertEquals(7.0, eval("1 + 2 * 3", null));
        assertEquals(-1.0, eval("(1 - 2) * 1", null));
        assertEquals(true, eval("2 > 1 and not (1 == 2)", null));
        assertEquals("n=3", eval("'n=' + 3", null));
    }

    @Test
    void navigationOverAListMapsAndFlattens() {
        assertEquals(List.of(128.0, 32.0), eval("acc.arrays.rows", null));
        // two arrays of the first shape and three of the second
        assertEquals(5.0, eval("sum(acc.arrays.count)", null));
        assertEquals(32.0, eval("find(acc.arrays, 'name', 'a32').cols", null));
        assertEquals("a128", ((AluArray) eval("previous(find(acc.arrays, 'name', 'a32'))", null)).getName());
        assertNull(eval("previous(first(acc.arrays))", null));
    }

    @Test
    void bareNamesAreFeaturesOfSelf() {
        AluArray a = accelerator().getArrays().get(0);
        assertEquals("a128: 2 x 128 x 64", Template.parse("${name}: ${count} x ${rows} x ${cols}").eval(Scope.of(Map.of()).withSelf(a)));
    }

    @Test
    void optionalNavigationToleratesAMissingFeature() {
        assertNull(eval("first(acc.arrays)?.operands", null));
        ExpressionException e = assertThrows(ExpressionException.class, () -> eval("first(acc.arrays).operands", null));
        assertTrue(e.getMessage().contains("AluArray has no feature 'operands'") && e.getMessage().contains("rows"), e.getMessage());
    }

    @Test
    void formattingFunctions() {
        assertEquals("900 GB/s", eval("si(900e9, 'B/s')", null));
        assertEquals("1.5 GHz", eval("si(1.5e9, 'Hz')", null));
        assertEquals("146 us", eval("si(0.0001457, 's')", null));
        assertEquals("16 MiB", eval("bytes(16777216)", null));
        assertEquals("43.2%", eval("pct(0.4321)", null));
        assertEquals("-", eval("pct(null)", null));
    }

    @Test
    void parseErrorsNameTheColumn() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse("sum(acc.arrays.rows"));
        assertTrue(e.getMessage().contains("expected ')'") && e.getMessage().contains("column 20"), e.getMessage());
        ExpressionException f = assertThrows(ExpressionException.class, () -> Expression.parse("total(acc)"));
        assertTrue(f.getMessage().contains("unknown function 'total'") && f.getMessage().contains("sum"), f.getMessage());
    }

    @Test
    void deepNestingIsRefusedWithAMessageInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse(deep));
        assertTrue(e.getMessage().contains("nested more than 100 levels"), e.getMessage());
        String signs = "-".repeat(20_000) + "1";
        assertThrows(ExpressionException.class, () -> Expression.parse(signs));
    }

    @Test
    void longOperatorChainsAreRefusedBeforeEvaluationRecursesThroughThem() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse("1" + "+1".repeat(20_000)));
        assertTrue(e.getMessage().contains("more than 1000 operators"), e.getMessage());
        assertEquals(100.0, eval("1" + "+1".repeat(99), null));
    }
}
