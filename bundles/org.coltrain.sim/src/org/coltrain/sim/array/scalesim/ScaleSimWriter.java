package org.coltrain.sim.array.scalesim;

import java.io.PrintWriter;
import java.io.Writer;

import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.LayerSpec.Dense;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * Writes a network as a SCALE-Sim v2 topology CSV: all-convolution networks in the convolution form (padding
 * folded into the IFMAP size, as SCALE-Sim expects), all-Dense networks in the GEMM form. Other layers have no
 * SCALE-Sim form and are rejected.
 */
public final class ScaleSimWriter {

    private ScaleSimWriter() {
    }

    public static void writeTopology(NetworkSpec net, Writer writer) {
        boolean gemm = !net.layers().isEmpty() && net.layers().get(0) instanceof Dense;
        PrintWriter out = new PrintWriter(writer);
        out.println(gemm ? "Layer name, M, N, K,"
                : "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,");
        for (LayerSpec layer : net.layers()) {
            if (gemm && layer instanceof Dense d) {
                out.printf("%s, %d, %d, %d,%n", d.name(), d.tokens(), d.outFeatures(), d.inFeatures());
            } else if (!gemm && layer instanceof Conv2d c && (c.groups() == 1 || isDepthwise(c))) {
                int filters = c.outChannels() / c.groups();
                out.printf("%s, %d, %d, %d, %d, %d, %d, %d,%n", c.name(), c.inHeight() + 2 * c.padding(),
                        c.inWidth() + 2 * c.padding(), c.kernelHeight(), c.kernelWidth(), c.inChannels(), filters,
                        c.stride());
            } else {
                throw new IllegalArgumentException("layer " + layer.name() + " has no SCALE-Sim "
                        + (gemm ? "GEMM" : "convolution") + " form");
            }
        }
        out.flush();
    }

    private static boolean isDepthwise(Conv2d c) {
        return c.groups() == c.inChannels() && c.name().contains("DP");
    }
}
