package org.coltrain.sim.numerics.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encodings;
import org.junit.jupiter.api.Test;

class Conv2dTest {

    @Test
    void im2colForwardEqualsADirectZeroPaddedConvolution() {
        int c = 3, f = 4, h = 5, w = 6, k = 3, batch = 2;
        Conv2d conv = new Conv2d(c, f, h, w, k, RoleEncodings.uniform(Encodings.byName("fp32")), new SplittableRandom(1));
        float[] weights = conv.parameters().get(0).values(); // (c * k * k) x f
        float[] x = new float[batch * c * h * w];
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        float[] y = conv.forward(x, batch, null);
        for (int s = 0; s < batch; s++)
            for (int o = 0; o < f; o++)
                for (int oy = 0; oy < h; oy++)
                    for (int ox = 0; ox < w; ox++) {
                        double sum = 0;
                        for (int ch = 0; ch < c; ch++)
                            for (int ky = 0; ky < k; ky++)
                                for (int kx = 0; kx < k; kx++) {
                                    int iy = oy + ky - 1, ix = ox + kx - 1;
                                    if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                                    sum += (double) x[((s * c + ch) * h + iy) * w + ix] * weights[((ch * k + ky) * k + kx) * f + o];
                                }
                        // FP32 accumulation order differs from this double sum: allow a few FP32 ulps of the terms
                        assertEquals(sum, y[((s * f + o) * h + oy) * w + ox], 1e-5);
                    }
    }
}
