package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.coltrain.onnx.ImportedNetwork;
import org.coltrain.onnx.NetworkText;
import org.coltrain.onnx.OnnxImport;
import org.coltrain.onnx.OnnxImportException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "onnx", mixinStandardHelpOptions = true,
        description = "An ONNX model's graph as a .coltrain network with its shapes inferred: Conv, Gemm and MatMul, "
                + "MaxPool and AveragePool (also global), Add, Mul, Softmax; BatchNormalization folded and activations "
                + "fused into the layer before them; Flatten, Reshape, Concat, Identity and Dropout as layout. "
                + "Every unsupported operator is named with its node, and then nothing is written.")
final class ImportOnnxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.onnx", description = "the ONNX model (weights may be external: only shapes are read)")
    File model;

    @Mixin
    ImportOutput output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (ModelFiles.expand(List.of(model), err) == null) return ExitCodes.USAGE;
        if (!output.mayWrite(err)) return ExitCodes.USAGE;
        ImportedNetwork net;
        try {
            net = OnnxImport.read(model.toPath());
        } catch (OnnxImportException e) {
            for (String problem : e.problems()) err.println(IssueFormat.path(model) + ": " + problem);
            err.println("coltrain: nothing imported; " + e.problems().size() + " problem(s)");
            return ExitCodes.MODEL_ERRORS;
        }
        String text = NetworkText.write(net, SpecText::id);
        String summary = String.format(Locale.ROOT, "imported network %s: %d layers, %,d weights (%,d parameters in the graph)",
                net.name(), net.layers().size(), net.spec().weightElements(), net.graphParameters());
        output.write(text, out);
        // the summary goes where it does not mix with the text
        if (output.toFile()) out.println(summary + " -> " + output.path());
        else err.println("coltrain: " + summary);
        out.flush();
        return ExitCodes.OK;
    }
}
