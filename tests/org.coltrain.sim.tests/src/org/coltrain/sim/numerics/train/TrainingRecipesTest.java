package org.coltrain.sim.numerics.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.sim.numerics.encoding.DynamicIntEncoding;
import org.coltrain.sim.numerics.encoding.FixedPointEncoding;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TrainingRecipesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fp32", "bf16-sr", "fixed8-static", "int8-dynamic", "int8-dynamic-grad-sr", "hbfp8",
            "hbfp8-sr", "hbfp4-grad-sr", "hbfp8-emu", "hbfp8-emu-sr", "hbfp6-emu-sr"})
    void everyRowIsLabelledWithTheExactVariantItWasTrainedWith(String name) {
        assertEquals(name, TrainingRecipes.byName(name).label());
    }

    @Test
    void aPlainFixedNameIsTheStaticFormat() {
        assertEquals("fixed8-static", TrainingRecipes.byName("fixed8").label());
    }

    @Test
    void theInt8RecipeRoundsWeightsAndActivationsToNearestAndGradientsStochastically() {
        RoleEncodings roles = (RoleEncodings) TrainingRecipes.byName("int8-dynamic-grad-sr");
        assertInstanceOf(DynamicIntEncoding.class, roles.weights());
        assertEquals(Rounding.NEAREST, roles.weights().spec().rounding());
        assertEquals(Rounding.NEAREST, roles.activations().spec().rounding());
        assertEquals(Rounding.STOCHASTIC, roles.gradients().spec().rounding());
        assertEquals(8, roles.gradients().spec().totalBits());
        assertInstanceOf(FixedPointEncoding.class, ((RoleEncodings) TrainingRecipes.byName("fixed8-static")).weights());
    }

    @Test
    void theEmulatorRecipeKeepsAWideMasterAndNarrowCopiesIn24Tiles() {
        HbfpEmulatorNumerics emu = (HbfpEmulatorNumerics) TrainingRecipes.byName("hbfp8-emu-sr");
        assertEquals(7, emu.narrow().mantissaBits());
        assertEquals(15, emu.wide().mantissaBits());
        assertEquals(24, emu.tile());
        assertEquals(Rounding.STOCHASTIC, emu.wide().spec().rounding());
    }

    @Test
    void namesThatMeanNothingSayWhatIsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingRecipes.byName("int8"));
        assertTrue(e.getMessage().contains("int<2..25>-dynamic"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainingRecipes.byName("bf16-emu"));
        assertTrue(e.getMessage().contains("hbfp"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainingRecipes.byName("hbfp8-sr-grad-sr"));
        assertTrue(e.getMessage().contains("hbfp8-grad-sr"), e.getMessage());
    }
}
