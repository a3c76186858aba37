package org.coltrain.sim.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class SuperNetLayoutTest {

    /** One stage, 8 -> 8 channels at 4 x 4, expand 1 or 2 (mid 8 or 16), kernel 1 or 3, depth 1 or 2, no SE. */
    private static SuperNetSpec tiny() {
        NetworkSpec stem = new NetworkSpec("stem", List.<LayerSpec>of(new Conv2d("c0", 3, 4, 4, 8, 1, 1, 1, 0, 1)));
        NetworkSpec head = new NetworkSpec("head", List.<LayerSpec>of(new Conv2d("c9", 8, 4, 4, 2, 1, 1, 1, 0, 1)));
        return new SuperNetSpec("tiny", stem, 8, 4,
                List.of(new ElasticStage("s", 8, 1, List.of(1, 2), List.of(1.0, 2.0), List.of(1, 3), false)), head);
    }

    private static SubNetChoice choice(String name, int depth, double expand, int kernel) {
        return new SubNetChoice(name, 50, List.of(depth), List.of(expand), List.of(kernel));
    }

    @Test
    void makeDivisibleFollowsOfa() {
        // make_divisible(v, 8) = max(8, int(v + 4) // 8 * 8), plus 8 if that is below 0.9 v
        assertEquals(8, MbConvBlock.makeDivisible(3));
        assertEquals(24, MbConvBlock.makeDivisible(20)); // int(24) // 8 * 8 = 24
        assertEquals(72, MbConvBlock.makeDivisible(72));
        assertEquals(24, MbConvBlock.makeDivisible(18)); // int(22) // 8 * 8 = 16 is below 0.9 x 18 = 16.2, so 24
    }

    @Test
    void unitsOfaSubNetAddUpToItsWeights() {
        // largest block: expand 8 x 16 = 128, depthwise 16 x 3 x 3 = 144, project 16 x 8 = 128: 400 per block;
        // stem 3 x 8 = 24 and head 8 x 2 = 16; two blocks: 24 + 800 + 16 = 840
        SuperNetLayout layout = SuperNetLayout.of(tiny(), List.of(choice("max", 2, 2.0, 3), choice("min", 1, 1.0, 1)));
        for (ResolvedSubNet s : layout.subNets()) {
            long units = 0;
            for (int i = 0; i < s.unitCount(); i++) units += layout.unitElements(s.unit(i));
            assertEquals(s.network().weightElements(), units, s.name());
        }
        assertEquals(840, layout.subNets().get(0).network().weightElements());
        // smallest: one block with mid 8, kernel 1: 64 + 8 + 64 = 136, plus 24 + 16
        assertEquals(176, layout.subNets().get(1).network().weightElements());
    }

    @Test
    void everyUnitOfTheSmallerSubNetIsSharedWithTheLargerOne() {
        SuperNetLayout layout = SuperNetLayout.of(tiny(), List.of(choice("max", 2, 2.0, 3), choice("min", 1, 1.0, 1)));
        ResolvedSubNet max = layout.subNets().get(0), min = layout.subNets().get(1);
        boolean[] inMax = new boolean[layout.unitCount()];
        for (int i = 0; i < max.unitCount(); i++) inMax[max.unit(i)] = true;
        for (int i = 0; i < min.unitCount(); i++) assertEquals(true, inMax[min.unit(i)]);
    }

    @Test
    void aChoiceOutsideTheStageIsRejectedWithItsName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SuperNetLayout.of(tiny(), List.of(choice("odd", 1, 1.0, 5))));
        assertEquals("odd: kernel 5 is not one of s's [1, 3]", e.getMessage());
    }

    @Test
    void ofaMobileNetV3SubNetsHaveOfaShapes() {
        SuperNetLayout layout = SuperNetLayout.of(ReferenceSuperNets.ofaMobileNetV3(), SushiFixtures.subNets());
        NetworkSpec smallest = layout.subNets().get(0).network();
        // stage 1, block 0 of d2e3k3: mid = make_divisible(16 x 3) = 48; expand 16 x 48, depthwise 48 x 3 x 3,
        // project 48 x 24; block 1: in 24, mid 72, stride 1 and 24 -> 24 so it adds a residual
        assertEquals(768, weights(smallest, "stage1.0.expand"));
        assertEquals(432, weights(smallest, "stage1.0.dw"));
        assertEquals(1152, weights(smallest, "stage1.0.project"));
        assertEquals(24 * 72, weights(smallest, "stage1.1.expand"));
        assertEquals(0, weights(smallest, "stage1.1.add"));
        // head 160 x 960 + 960 x 1280 + 1280 x 1000 = 2,662,400 weights, shared by every SubNet
        assertEquals(153_600, weights(smallest, "final_expand"));
        assertEquals(1_280_000, weights(smallest, "classifier"));
        // the largest (d4e6k7): stage 2's SE at mid 24 x 6 = 144 reduces to make_divisible(36) = 40; block 1 has
        // in 40, mid 240, SE make_divisible(60) = 64
        NetworkSpec largest = layout.subNets().get(3).network();
        assertEquals(144 * 40, weights(largest, "stage2.0.se_reduce"));
        assertEquals(240 * 64, weights(largest, "stage2.1.se_reduce"));
        assertEquals(240 * 49, weights(largest, "stage2.1.dw"));
    }

    private static long weights(NetworkSpec net, String layer) {
        for (LayerSpec l : net.layers()) if (l.name().equals(layer)) return l.weightElements();
        throw new AssertionError("no layer " + layer + " in " + net.name());
    }
}
