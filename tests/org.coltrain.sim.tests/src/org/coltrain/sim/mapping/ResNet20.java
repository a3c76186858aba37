package org.coltrain.sim.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * ResNet-20 for CIFAR-10 (He et al. 2016, section 4.2): a 3x3 stem to 16 channels, three stages of three basic
 * blocks at 16/32/64 channels and 32/16/8 pixels, 1x1 projection shortcuts where the shape changes, a 64 -> 10
 * classifier. Test fixture, the same shapes as examples/odimo.
 */
final class ResNet20 {

    private ResNet20() {}

    static List<ConvShape> shapes() {
        List<ConvShape> l = new ArrayList<>();
        l.add(new ConvShape("stem", 3, 16, 32, 32, 3, 3));
        int[] channels = {16, 32, 64}, sides = {32, 16, 8};
        int in = 16;
        for (int s = 0; s < 3; s++) {
            for (int b = 0; b < 3; b++) {
                String name = "s" + (s + 1) + "b" + (b + 1);
                l.add(new ConvShape(name + "a", in, channels[s], sides[s], sides[s], 3, 3));
                l.add(new ConvShape(name + "b", channels[s], channels[s], sides[s], sides[s], 3, 3));
                if (in != channels[s]) l.add(new ConvShape(name + "proj", in, channels[s], sides[s], sides[s], 1, 1));
                in = channels[s];
            }
        }
        l.add(new ConvShape("fc", 64, 10, 1, 1, 1, 1));
        return l;
    }

    /**
     * On DIANA with every weight given the same relative noise per accelerator, each layer weighted by its
     * calibrated weight energy and the first and last layers by their calibrated factors (as the bridge does).
     */
    static MappingProblem onDiana(double digitalNsr, double analogNsr) {
        List<ConvShape> shapes = shapes();
        return new MappingProblem("ResNet20", SplitSystem.diana(), shapes, AccuracyProxy.modelled(shapes, digitalNsr,
                analogNsr, AccuracyProxy.calibratedFactors(shapes.size()), LayerWeightEnergy.calibrated()));
    }
}
