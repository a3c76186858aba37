package org.coltrain.cli;

import java.util.Locale;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;

/** Writes simulator specs as .coltrain text (used by importers); every layer gets its explicit input shape. */
final class SpecText {

    private SpecText() {
    }

    static String accelerator(AcceleratorSpec a, String assumptions) {
        StringBuilder b = new StringBuilder();
        b.append("// ").append(assumptions).append('\n');
        b.append("accelerator ").append(id(a.name())).append(" {\n");
        b.append(String.format(Locale.ROOT, "\tarray { count %d rows %d cols %d dataflow %s clock %s Hz }%n",
                a.arrayCount(), a.rows(), a.cols(), dataflow(a.dataflow()), num(a.clockHz())));
        b.append("\tbuffer ifmap size ").append(a.ifmapBufferBytes() / 1024).append(" KiB\n");
        b.append("\tbuffer weight size ").append(a.weightBufferBytes() / 1024).append(" KiB\n");
        b.append("\tbuffer ofmap size ").append(a.ofmapBufferBytes() / 1024).append(" KiB\n");
        b.append(String.format(Locale.ROOT, "\tdram { bandwidth %s B/s capacity %d B }%n", num(a.dramBandwidthBytesPerS()),
                a.dramCapacityBytes()));
        b.append("\tinference encoding ").append(encoding(a.inferenceEncoding())).append('\n');
        b.append("}\n");
        return b.toString();
    }

    static String network(NetworkSpec net) {
        StringBuilder b = new StringBuilder("network ").append(id(net.name())).append(" {\n");
        b.append("\tinput ").append(input(net.layers().get(0))).append('\n');
        for (LayerSpec layer : net.layers()) b.append('\t').append(layer(layer)).append('\n');
        return b.append("}\n").toString();
    }

    private static String layer(LayerSpec layer) {
        return switch (layer) {
            case LayerSpec.Conv2d c -> "conv " + id(c.name()) + " input " + input(c) + " out " + c.outChannels() + " kernel "
                    + c.kernelHeight() + (c.kernelWidth() != c.kernelHeight() ? " x " + c.kernelWidth() : "")
                    + (c.stride() != 1 ? " stride " + c.stride() : "") + (c.padding() != 0 ? " padding " + c.padding() : "")
                    + (c.groups() != 1 ? (c.groups() == c.inChannels() && c.groups() == c.outChannels() ? " depthwise" : " groups " + c.groups()) : "");
            case LayerSpec.Dense d -> "dense " + id(d.name()) + " input " + input(d) + " out " + d.outFeatures();
            case LayerSpec.Matmul m -> "matmul " + id(m.name()) + " count " + m.count() + " m " + m.m() + " k " + m.k() + " n " + m.n();
            case LayerSpec.Pool p -> "pool " + id(p.name()) + " max input " + input(p) + " kernel " + p.kernel() + " stride " + p.stride();
            case LayerSpec.Eltwise e -> "eltwise " + id(e.name()) + " add";
        };
    }

    private static String input(LayerSpec layer) {
        return switch (layer) {
            case LayerSpec.Conv2d c -> c.inChannels() + " x " + c.inHeight() + " x " + c.inWidth();
            case LayerSpec.Dense d -> "sequence " + d.tokens() + " x " + d.inFeatures();
            case LayerSpec.Pool p -> p.channels() + " x " + p.inHeight() + " x " + p.inWidth();
            case LayerSpec.Matmul m -> "sequence " + m.m() + " x " + m.k();
            case LayerSpec.Eltwise e -> "sequence 1 x " + e.elements();
        };
    }

    static String encoding(EncodingSpec e) {
        return switch (e.kind()) {
            case FP32, BF16, FP16 -> e.shortName();
            case FIXED -> "fixed " + e.totalBits() + " fraction " + e.fractionBits();
            case HBFP -> "hbfp " + e.totalBits() + " block " + e.blockSize() + " exponent " + e.exponentBits();
        };
    }

    private static String dataflow(Dataflow d) {
        return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static final java.util.Set<String> KEYWORDS = org.eclipse.xtext.GrammarUtil.getAllKeywords(
            ModelLoader.injector().getInstance(org.eclipse.xtext.IGrammarAccess.class).getGrammar());

    /** A name the grammar accepts: letters, digits and underscores, escaped with ^ where it is a keyword. */
    static String id(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) s = "_" + s;
        return KEYWORDS.contains(s) ? "^" + s : s;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
