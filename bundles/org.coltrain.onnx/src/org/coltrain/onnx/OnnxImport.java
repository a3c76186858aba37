package org.coltrain.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;

import onnx.Onnx.ModelProto;
import onnx.Onnx.OperatorSetIdProto;

/** Reads an ONNX model file (protobuf ModelProto, parsed by the code protoc generates from onnx.proto). */
public final class OnnxImport {

    /** Protobuf's default nesting limit; large models need a larger message size limit, not a deeper one. */
    private static final int MAX_BYTES = Integer.MAX_VALUE;

    private OnnxImport() {
    }

    /** The model's graph as a network; the problems found (unsupported operators, by node) otherwise. */
    public static ImportedNetwork read(Path file) throws IOException, OnnxImportException {
        ModelProto model;
        try (InputStream in = Files.newInputStream(file)) {
            CodedInputStream coded = CodedInputStream.newInstance(in);
            coded.setSizeLimit(MAX_BYTES);
            model = ModelProto.parseFrom(coded);
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxImportException(file.getFileName() + " is not an ONNX model (" + e.getMessage() + ")");
        }
        if (!model.hasGraph()) throw new OnnxImportException(file.getFileName() + " is not an ONNX model (it has no graph)");
        String stem = file.getFileName().toString().replaceFirst("\\.onnx$", "");
        String name = model.getGraph().getName().isBlank() ? stem : model.getGraph().getName();
        name = name.replaceAll("[^A-Za-z0-9_]+", "_");
        return new GraphConverter().convert(model.getGraph(), name, describe(file, model));
    }

    private static String describe(Path file, ModelProto model) {
        StringBuilder b = new StringBuilder("ONNX model ").append(file.getFileName()).append(" (");
        if (!model.getProducerName().isEmpty())
            b.append("producer ").append(model.getProducerName()).append(model.getProducerVersion().isEmpty() ? "" : " " + model.getProducerVersion()).append(", ");
        b.append("IR version ").append(model.getIrVersion());
        for (OperatorSetIdProto opset : model.getOpsetImportList())
            if (opset.getDomain().isEmpty() || opset.getDomain().equals("ai.onnx")) b.append(", opset ").append(opset.getVersion());
        return b.append(')').toString();
    }
}
