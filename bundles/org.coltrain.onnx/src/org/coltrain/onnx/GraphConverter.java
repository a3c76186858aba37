package org.coltrain.onnx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coltrain.sim.spec.LayerSpec;

import onnx.Onnx.GraphProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.ValueInfoProto;

/**
 * Walks an ONNX graph's nodes in their (topological) order and turns each into a layer, a fold into the layer
 * before it, or a layout change, tracking every tensor's shape. Layer-producing operators are in {@link Layers};
 * this class holds the graph state and the operators that produce no layer.
 */
final class GraphConverter {

    static final List<String> SUPPORTED = List.of("Conv", "Gemm", "MatMul", "MaxPool", "AveragePool", "GlobalAveragePool",
            "GlobalMaxPool", "Add", "Mul", "Softmax", "BatchNormalization", "Flatten", "Reshape", "Concat", "Identity",
            "Dropout", "Constant", "Relu", "LeakyRelu", "PRelu", "Sigmoid", "Tanh", "Clip", "HardSigmoid", "HardSwish",
            "Elu", "Selu", "Softplus");

    final Map<String, Value> values = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    final Map<String, LayerBuilder> layers = new LinkedHashMap<>();
    private final Map<String, Integer> consumers = new HashMap<>();
    private final Set<String> unknown = new HashSet<>();
    int[] networkInput;
    Value networkInputValue;
    long graphParameters;
    int foldedBatchNorms, fusedActivations, layoutOps;

    ImportedNetwork convert(GraphProto graph, String name, String source) throws OnnxImportException {
        for (TensorProto t : graph.getInitializerList()) values.put(t.getName(), Value.constant(t));
        readInput(graph);
        for (NodeProto node : graph.getNodeList())
            for (String in : node.getInputList()) if (!in.isEmpty()) consumers.merge(in, 1, Integer::sum);
        for (ValueInfoProto out : graph.getOutputList()) consumers.merge(out.getName(), 1, Integer::sum);
        Layers ops = new Layers(this);
        for (int i = 0; i < graph.getNodeCount(); i++) convertNode(graph.getNode(i), i, ops);
        if (problems.isEmpty() && layers.isEmpty()) problems.add("the graph has no Conv, Gemm, MatMul, pooling or element-wise node to import");
        if (!problems.isEmpty()) throw new OnnxImportException(problems);
        return new ImportedNetwork(name, source, networkInput, layers.values().stream().map(LayerBuilder::build).toList(),
                graphParameters, foldedBatchNorms, fusedActivations, layoutOps);
    }

    /** The one graph input that is not an initializer: its dimensions after the batch dimension. */
    private void readInput(GraphProto graph) throws OnnxImportException {
        List<ValueInfoProto> inputs = graph.getInputList().stream().filter(i -> !values.containsKey(i.getName())).toList();
        if (inputs.size() != 1)
            throw new OnnxImportException("the graph has " + inputs.size() + " inputs besides its weights; a network has one input");
        ValueInfoProto in = inputs.get(0);
        var shape = in.getType().getTensorType().getShape();
        if (shape.getDimCount() < 2)
            throw new OnnxImportException("input '" + in.getName() + "' has rank " + shape.getDimCount() + "; expected a batch dimension and at least one more");
        int[] dims = new int[shape.getDimCount() - 1];
        for (int i = 1; i < shape.getDimCount(); i++) {
            var d = shape.getDim(i);
            if (!d.hasDimValue() || d.getDimValue() <= 0)
                throw new OnnxImportException("input '" + in.getName() + "' has dimension " + i + " '" + d.getDimParam()
                        + "' without a size; export the model with a fixed input size");
            dims[i - 1] = Math.toIntExact(d.getDimValue());
        }
        networkInput = dims;
        networkInputValue = Value.activation(dims, null);
        values.put(in.getName(), networkInputValue);
    }

    private void convertNode(NodeProto node, int index, Layers ops) {
        String where = "node " + index + " '" + node.getName() + "' (" + node.getOpType() + ")";
        if (!SUPPORTED.contains(node.getOpType())) {
            // reported even after an earlier problem, so that one run lists every operator the model needs
            problems.add(where + ": unsupported operator " + node.getOpType() + "; the importer takes " + String.join(", ", SUPPORTED));
            unknown.addAll(node.getOutputList());
            return;
        }
        List<Value> in = new ArrayList<>();
        for (String name : node.getInputList()) {
            if (name.isEmpty()) {
                in.add(null);
                continue;
            }
            if (unknown.contains(name)) {
                unknown.addAll(node.getOutputList());
                return;
            }
            Value v = values.get(name);
            if (v == null) {
                problems.add(where + ": input '" + name + "' is not produced by an earlier node");
                unknown.addAll(node.getOutputList());
                return;
            }
            in.add(v);
        }
        int before = problems.size();
        Value out = switch (node.getOpType()) {
            case "Conv" -> ops.conv(node, index, where, in);
            case "Gemm" -> ops.gemm(node, index, where, in);
            case "MatMul" -> ops.matmul(node, index, where, in);
            case "MaxPool", "AveragePool" -> ops.pool(node, index, where, in);
            case "GlobalAveragePool", "GlobalMaxPool" -> ops.globalPool(node, index, where, in);
            case "Add", "Mul" -> ops.binary(node, index, where, in);
            case "Softmax" -> ops.softmax(node, index, where, in);
            case "BatchNormalization" -> batchNorm(where, in);
            case "Flatten" -> flatten(node, where, in);
            case "Reshape" -> reshape(where, in);
            case "Concat" -> concat(node, where, in);
            case "Identity", "Dropout" -> layout(in.get(0));
            case "Constant" -> constant(node, where);
            default -> activation(node, in);
        };
        if (out == null || problems.size() > before) {
            if (problems.size() == before) problems.add(where + ": could not be imported");
            unknown.addAll(node.getOutputList());
        } else {
            values.put(node.getOutput(0), out);
        }
    }

    /** Folds into the convolution or fully connected layer that produced the input, when nothing else reads it. */
    private Value batchNorm(String where, List<Value> in) {
        Value x = in.get(0);
        LayerBuilder producer = x.layer() == null ? null : layers.get(x.layer());
        boolean foldable = foldsInto(x);
        if (!foldable) {
            problems.add(where + ": follows " + (producer == null ? "no layer" : "'" + producer.spec.name() + "', which "
                    + (producer.spec instanceof LayerSpec.Conv2d || producer.spec instanceof LayerSpec.Dense
                            ? "other nodes read too or an activation follows" : "is not a Conv or Gemm"))
                    + "; only a batch norm right after a Conv or Gemm can be folded");
            return null;
        }
        // scale and shift are trained parameters; running mean and variance (inputs 3, 4) are statistics
        graphParameters += in.get(1).elements() + in.get(2).elements();
        producer.bias = Math.max(producer.bias, x.dims()[0]);
        producer.fused.add("BatchNormalization");
        foldedBatchNorms++;
        return x;
    }

    private Value activation(NodeProto node, List<Value> in) {
        Value x = in.get(0);
        if ("PRelu".equals(node.getOpType()) && in.size() > 1 && in.get(1) != null) graphParameters += in.get(1).elements();
        if (x.layer() != null && layers.containsKey(x.layer())) layers.get(x.layer()).fused.add(node.getOpType());
        fusedActivations++;
        return x;
    }

    private Value flatten(NodeProto node, String where, List<Value> in) {
        if (Attributes.intValue(node, "axis", 1) != 1) {
            problems.add(where + ": axis " + Attributes.intValue(node, "axis", 1) + " mixes the batch into the features; only axis 1 is supported");
            return null;
        }
        return layout(in.get(0).withDims(new int[] { Math.toIntExact(in.get(0).elements()) }));
    }

    /** Reshape to a constant shape: 0 keeps the input's size, -1 takes what is left; the batch must stay. */
    private Value reshape(String where, List<Value> in) {
        Value x = in.get(0);
        long[] target = in.size() > 1 && in.get(1) != null && in.get(1).isConstant() ? Attributes.integers(in.get(1).constant()) : null;
        if (target == null || target.length == 0) {
            problems.add(where + ": the target shape is not a constant integer tensor");
            return null;
        }
        long[] full = new long[x.dims().length + 1];
        full[0] = 1;
        for (int i = 0; i < x.dims().length; i++) full[i + 1] = x.dims()[i];
        long known = 1;
        int infer = -1;
        long[] resolved = target.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] == 0) resolved[i] = i < full.length ? full[i] : 0;
            if (resolved[i] == -1) infer = i;
            else known *= resolved[i];
        }
        long total = x.elements();
        if (infer >= 0) resolved[infer] = known == 0 ? 0 : total / known;
        if (Value.elements(toInts(resolved)) != total || resolved[0] != 1) {
            problems.add(where + ": shape " + Attributes.format(target) + " does not keep the batch and the " + total + " elements per sample of " + Value.format(x.dims()));
            return null;
        }
        int[] dims = new int[resolved.length - 1];
        for (int i = 1; i < resolved.length; i++) dims[i - 1] = (int) resolved[i];
        return layout(x.withDims(dims));
    }

    /** The inputs joined along one axis (negative counts from the end, as ONNX allows); no work, only layout. */
    private Value concat(NodeProto node, String where, List<Value> in) {
        int rank = in.get(0).dims().length;
        long axis = Attributes.intValue(node, "axis", 1);
        int a = (int) (axis < 0 ? axis + rank + 1 : axis) - 1;
        if (a < 0 || a >= rank) {
            problems.add(where + ": axis " + axis + " is the batch or outside the " + (rank + 1) + "-d inputs");
            return null;
        }
        int[] dims = in.get(0).dims().clone();
        dims[a] = 0;
        List<String> parts = new ArrayList<>();
        for (Value v : in) {
            if (v.dims().length != rank) {
                problems.add(where + ": inputs of different ranks");
                return null;
            }
            dims[a] += v.dims()[a];
            parts.add(v.layer() == null ? "the network input" : v.layer());
        }
        layoutOps++;
        return new Value(dims, null, null, "Concat of " + String.join(", ", parts) + ": " + Value.format(dims) + " (layout only)");
    }

    private Value layout(Value v) {
        layoutOps++;
        return v;
    }

    private Value constant(NodeProto node, String where) {
        var value = Attributes.find(node, "value");
        if (value == null || !value.hasT()) {
            problems.add(where + ": only a Constant with a 'value' tensor is supported");
            return null;
        }
        return Value.constant(value.getT());
    }

    /**
     * Registers a new layer that reads {@code input} and produces a tensor of {@code outDims}; returns that tensor.
     * {@code op} is the word after the name where the kind has several (max, avg global, add, softmax).
     */
    Value addLayer(NodeProto node, int index, LayerSpec spec, String op, Value input, int[] outDims, List<String> with,
            long bias, String remark) {
        String from = input.layer() != null && !input.layer().equals(lastLayer()) ? input.layer() : null;
        boolean statesInput = !(spec instanceof LayerSpec.Eltwise || spec instanceof LayerSpec.Matmul);
        int[] explicit = null;
        if (!readsAsWritten(input, spec instanceof LayerSpec.Dense)) {
            if (statesInput) explicit = input.dims();
            else if (spec instanceof LayerSpec.Eltwise && Value.elements(dslInput(input)) != input.elements())
                problems.add("node " + index + " '" + node.getName() + "' (" + node.getOpType() + "): reads " + Value.format(input.dims())
                        + ", which no layer produces as such, and the language's element-wise layer cannot state its input");
        }
        if (explicit != null && explicit.length > 3)
            problems.add("node " + index + " '" + node.getName() + "' (" + node.getOpType() + "): its input " + Value.format(explicit)
                    + " has no form in the language (C x H x W, sequence T x F, or F)");
        List<String> notes = new ArrayList<>();
        if (input.note() != null) notes.add(input.note());
        if (remark != null) notes.add(remark);
        LayerBuilder b = new LayerBuilder(spec, op, from, with, explicit, bias, notes.isEmpty() ? null : String.join("; ", notes));
        Value out = Value.activation(outDims, spec.name());
        b.output = out;
        b.outputName = node.getOutput(0);
        b.dslOutput = spec instanceof LayerSpec.Eltwise ? (explicit != null ? explicit : dslInput(input)) : outDims;
        layers.put(spec.name(), b);
        return out;
    }

    /** The layer's name: the node's, in the language's characters, else the operator and the node's index; unique. */
    String name(NodeProto node, int index) {
        String base = node.getName().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) base = node.getOpType().toLowerCase(java.util.Locale.ROOT) + "_" + index;
        String name = base;
        for (int i = 2; layers.containsKey(name); i++) name = base + "_" + i;
        return name;
    }

    private String lastLayer() {
        String last = null;
        for (String n : layers.keySet()) last = n;
        return last;
    }

    /**
     * The shape the language infers for a layer reading {@code v} without an explicit input: the output of the layer
     * it names with 'from' (v's producer), else of the layer before, else the network's input.
     */
    private int[] dslInput(Value v) {
        if (v.layer() != null && layers.containsKey(v.layer())) return layers.get(v.layer()).dslOutput;
        return layers.isEmpty() ? networkInput : layers.get(lastLayer()).dslOutput;
    }

    /** Whether the inferred input is this tensor (a dense layer flattens an image or a vector of the same size). */
    private boolean readsAsWritten(Value v, boolean dense) {
        int[] inferred = dslInput(v);
        if (java.util.Arrays.equals(image(inferred), image(v.dims()))) return true;
        return dense && inferred.length != 2 && v.dims().length != 2 && Value.elements(inferred) == v.elements();
    }

    /** A vector of F features is the image F x 1 x 1, as the language writes it. */
    static int[] image(int[] dims) {
        return dims.length == 1 ? new int[] { dims[0], 1, 1 } : dims;
    }

    static int[] toInts(long[] v) {
        int[] r = new int[v.length];
        for (int i = 0; i < v.length; i++) r[i] = (int) v[i];
        return r;
    }

    /** A layer under construction: batch norms and bias adds that follow it still change it. */
    static final class LayerBuilder {
        final LayerSpec spec;
        final String op, from, note;
        final List<String> with;
        final int[] explicitInput;
        final List<String> fused = new ArrayList<>();
        long bias;
        Value output;
        String outputName;
        int[] dslOutput;

        LayerBuilder(LayerSpec spec, String op, String from, List<String> with, int[] explicitInput, long bias, String note) {
            this.spec = spec;
            this.op = op;
            this.from = from;
            this.with = with;
            this.explicitInput = explicitInput;
            this.bias = bias;
            this.note = note;
        }

        ImportedLayer build() {
            return new ImportedLayer(spec, op, from, with, explicitInput, bias, fused, note);
        }
    }

    /**
     * Whether an affine node reading {@code x} (a batch norm, a bias add) folds into the layer that produced it: a
     * convolution or fully connected layer whose raw output (no activation applied yet) nothing else reads.
     */
    boolean foldsInto(Value x) {
        LayerBuilder b = x.layer() == null ? null : layers.get(x.layer());
        return b != null && b.output == x && b.fused.isEmpty() && consumers.getOrDefault(b.outputName, 0) == 1
                && (b.spec instanceof LayerSpec.Dense || b.spec instanceof LayerSpec.Conv2d);
    }
}
