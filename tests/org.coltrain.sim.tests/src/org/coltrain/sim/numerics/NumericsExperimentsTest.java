package org.coltrain.sim.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class NumericsExperimentsTest {

    private static ErrorStats stats(List<ErrorStats> all, String tensor) {
        return all.stream().filter(s -> s.tensor().equals(tensor)).findFirst().orElseThrow();
    }

    @Test
    void csvHasTheAgreedHeaderAndAccuracyAsAFraction() {
        StringWriter text = new StringWriter();
        NumericsExperiments.writeCsv(List.of(new AccuracyRow("hbfp8", "mlp", 0.975, 0.99, 0.05, 20, 1, 0.5)),
                new PrintWriter(text));
        assertEquals("encoding,model,test_accuracy\nhbfp8,mlp,0.9750\n", text.toString().replace("\r\n", "\n"));
    }

    @Test
    void unknownNamesTellTheUserWhatIsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NumericsExperiments.train("fp32", "resnet", 1, 1));
        assertTrue(e.getMessage().contains("mlp or cnn"));
    }

    @Test
    void fp32IsExactAndEachHbfpMantissaBitBuysSixDecibels() {
        List<ErrorStats> fp32 = NumericsExperiments.error("fp32", 1);
        assertEquals(5, fp32.size());
        for (ErrorStats s : fp32) assertEquals(Double.POSITIVE_INFINITY, s.snrDb(), s.tensor());
        List<ErrorStats> hbfp8 = NumericsExperiments.error("hbfp8", 1), hbfp4 = NumericsExperiments.error("hbfp4", 1);
        // uniform rounding noise of step D has variance D^2 / 12; the max of 24 |N(0,1)| lies mostly in (1, 4], so
        // e is 1 or 2 and D = 2^(e-7): SNR = 10 log10(12 / D^2) is 40.9 dB (e = 2) to 46.9 dB (e = 1)
        double snr8 = stats(hbfp8, "gaussian").snrDb();
        assertTrue(snr8 > 40.5 && snr8 < 47, "hbfp8 gaussian " + snr8);
        // four fewer bits: D grows 16x, noise power 256x, 24.1 dB (zeros flushed in hbfp4 bend it slightly)
        double drop = snr8 - stats(hbfp4, "gaussian").snrDb();
        assertTrue(Math.abs(drop - 24.1) < 2, "drop " + drop);
        // digits pixels are k/16 with k <= 16: exact with 7 magnitude bits (max 16/16 = 1 -> e = 1, step 1/64)
        assertEquals(Double.POSITIVE_INFINITY, stats(hbfp8, "digits-pixels").snrDb());
    }

    @Test
    void fixed8FlushesEveryLogitGradientToZero() {
        // Q2.5 rounds |g| < 1/64 to 0; logit gradients are (p - onehot) / batch with batch = 360 test samples,
        // so |g| <= 1/360 and the whole tensor vanishes: relative error 1, SNR 0 dB
        ErrorStats g = stats(NumericsExperiments.error("fixed8", 1), "logit-gradients");
        assertEquals(1.0, g.flushedToZero());
        assertEquals(0.0, g.snrDb(), 1e-12);
        assertEquals(1.0, g.relativeError(), 1e-12);
    }
}
