package org.coltrain.onnx.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.coltrain.cli.Main;
import org.coltrain.onnx.ImportedNetwork;
import org.coltrain.onnx.OnnxImport;
import org.coltrain.sim.array.Gemm;
import org.coltrain.sim.array.Lowering;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;

/** The committed test models (models/make_models.py) and what tests need of them. */
final class OnnxModels {

    static final Path DIR = Path.of("tests/org.coltrain.onnx.tests/models");

    private OnnxModels() {
    }

    static Path model(String file) {
        return DIR.resolve(file);
    }

    static ImportedNetwork read(String file) throws Exception {
        return OnnxImport.read(model(file));
    }

    /** Multiply-accumulates of one sample: the GEMMs the simulator lowers the layers to. */
    static long macs(NetworkSpec network) {
        long total = 0;
        for (LayerSpec layer : network.layers())
            if (Lowering.forward(layer, 1) instanceof Gemm g) total += g.macs();
        return total;
    }

    /** One run of the command line in this JVM. */
    record Cli(int exitCode, String out, String err) {
        static Cli run(String... args) {
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Cli(code, out.toString(), err.toString());
        }
    }
}
