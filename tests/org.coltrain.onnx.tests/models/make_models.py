#!/usr/bin/python3
"""Writes the ONNX test models of org.coltrain.onnx.tests with the official onnx Python helpers.

Needs Debian's python3-onnx (apt-get install python3-onnx; this is the system Python's package, hence
/usr/bin/python3). The .onnx files it writes are committed, so the Java tests never need Python; rerun it after
changing a model here and commit the result:  tests/org.coltrain.onnx.tests/models/make_models.py

small_cnn.onnx      every supported operator once: Conv (+ BatchNormalization folded, + Relu/Clip fused), MaxPool,
                    AveragePool, Concat, Add, Mul, depthwise Conv, GlobalAveragePool, Flatten, Gemm, Softmax
mlp.onnx            MatMul + bias Add (folded into the dense layer), Relu
attention.onnx      MatMul of two activations (attention scores), Reshape, Softmax
unsupported.onnx    operators and attributes the language cannot express (LRN, Transpose, asymmetric padding)
resnet18.onnx       torchvision's resnet18 graph (He et al. 2016, Table 1) with BatchNormalization and Relu nodes
resnet50.onnx       torchvision's resnet50 (v1.5: stride on the 3 x 3 conv of a downsampling bottleneck)

The small models carry their weights (seeded random numbers). The ResNets declare every weight with its shape but
store the values as external data (the ONNX format for large models) in a file this script does not write: the
importer reads shapes only, and 100 MB of weights do not belong in the repository.
"""
import filecmp
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from onnx.external_data_helper import set_external_data

HERE = os.path.dirname(os.path.abspath(__file__))
OPSET = 13
SCHEMA = os.path.join(HERE, "..", "..", "..", "bundles", "org.coltrain.onnx", "proto", "onnx.proto")
rng = np.random.default_rng(7)


class Graph:
    """Nodes and initializers of one graph; weights either as values or as shape-only external data."""

    def __init__(self, external=None):
        self.nodes, self.inits, self.external, self.offset = [], [], external, 0

    def weight(self, name, shape):
        if self.external is None:
            self.inits.append(numpy_helper.from_array(rng.standard_normal(shape).astype(np.float32), name))
        else:
            t = TensorProto()
            t.name, t.data_type = name, TensorProto.FLOAT
            t.dims.extend(shape)
            length = 4 * int(np.prod(shape))
            t.raw_data = b""  # the helper wants the field it moves out; the values themselves are not written
            set_external_data(t, self.external, offset=self.offset, length=length)
            t.ClearField("raw_data")
            self.offset += length
            self.inits.append(t)
        return name

    def ints(self, name, values):
        self.inits.append(numpy_helper.from_array(np.array(values, dtype=np.int64), name))
        return name

    def node(self, op, inputs, name, **attrs):
        out = name + "_out"
        self.nodes.append(helper.make_node(op, inputs, [out], name=name, **attrs))
        return out

    def conv(self, x, name, cin, cout, k, stride=1, pad=0, group=1, bias=False):
        inputs = [x, self.weight(name + ".weight", [cout, cin // group, k, k])]
        if bias:
            inputs.append(self.weight(name + ".bias", [cout]))
        return self.node("Conv", inputs, name, kernel_shape=[k, k], strides=[stride, stride], pads=[pad] * 4, group=group)

    def bn(self, x, name, c):
        return self.node("BatchNormalization", [x] + [self.weight(name + "." + p, [c]) for p in
                                                      ("weight", "bias", "running_mean", "running_var")], name)

    def relu(self, x, name):
        return self.node("Relu", [x], name)

    def model(self, name, x_shape, out, out_shape):
        graph = helper.make_graph(self.nodes, name, [helper.make_tensor_value_info("input", TensorProto.FLOAT, x_shape)],
                                  [helper.make_tensor_value_info(out, TensorProto.FLOAT, out_shape)], initializer=self.inits)
        m = helper.make_model(graph, producer_name="coltrain make_models.py", opset_imports=[helper.make_opsetid("", OPSET)])
        return m


def save(model, file, check=True):
    if check:
        onnx.checker.check_model(model, full_check=True)
    onnx.save(model, os.path.join(HERE, file))
    print("wrote", file)


def small_cnn():
    g = Graph()
    c1 = g.relu(g.bn(g.conv("input", "conv1", 3, 8, 3, pad=1), "bn1", 8), "relu1")            # 8 x 32 x 32
    p1 = g.node("MaxPool", [c1], "pool1", kernel_shape=[2, 2], strides=[2, 2])               # 8 x 16 x 16
    g.inits.append(numpy_helper.from_array(np.array(0, np.float32), "zero"))
    g.inits.append(numpy_helper.from_array(np.array(6, np.float32), "six"))
    c2 = g.node("Clip", [g.conv(p1, "conv2", 8, 16, 3, stride=2, pad=1, bias=True), "zero", "six"], "relu6_2")  # 16 x 8 x 8
    c3 = g.conv(p1, "conv3", 8, 16, 1, stride=2)                                              # 16 x 8 x 8, from pool1
    cat = g.node("Concat", [c2, c3], "cat", axis=1)                                           # 32 x 8 x 8
    c4 = g.conv(cat, "conv4", 32, 16, 1)                                                      # 16 x 8 x 8
    add = g.relu(g.node("Add", [c4, c3], "add"), "relu_add")
    mul = g.node("Mul", [add, c2], "mul")
    dw = g.relu(g.conv(mul, "dw", 16, 16, 3, pad=1, group=16), "relu_dw")                    # depthwise
    ap = g.node("AveragePool", [dw], "avgpool", kernel_shape=[2, 2], strides=[2, 2])         # 16 x 4 x 4
    gap = g.node("GlobalAveragePool", [ap], "gap")                                            # 16 x 1 x 1
    flat = g.node("Flatten", [gap], "flatten", axis=1)                                        # 16
    fc = g.node("Gemm", [flat, g.weight("fc.weight", [10, 16]), g.weight("fc.bias", [10])], "fc", transB=1)
    out = g.node("Softmax", [fc], "softmax", axis=1)
    save(g.model("SmallCnn", [1, 3, 32, 32], out, [1, 10]), "small_cnn.onnx")


def mlp():
    g = Graph()
    h = g.relu(g.node("Add", [g.node("MatMul", ["input", g.weight("fc1.weight", [64, 32])], "fc1"),
                              g.weight("fc1.bias", [32])], "fc1_bias"), "relu1")
    out = g.node("Add", [g.node("MatMul", [h, g.weight("fc2.weight", [32, 10])], "fc2"), g.weight("fc2.bias", [10])], "fc2_bias")
    save(g.model("Mlp", [1, 64], out, [1, 10]), "mlp.onnx")


def attention():
    g = Graph()                                                                               # 8 tokens of 16 features
    q = g.node("MatMul", ["input", g.weight("q.weight", [16, 16])], "q")
    k = g.node("MatMul", ["input", g.weight("k.weight", [16, 16])], "k")
    v = g.node("MatMul", ["input", g.weight("v.weight", [16, 16])], "v")
    kt = g.node("Reshape", [k, g.ints("kt_shape", [1, 16, 8])], "kt")                       # stands in for a transpose
    scores = g.node("Softmax", [g.node("MatMul", [q, kt], "scores")], "softmax", axis=-1)     # 8 x 8
    out = g.node("MatMul", [scores, v], "context")                                            # 8 x 16
    save(g.model("Attention", [1, 8, 16], out, [1, 8, 16]), "attention.onnx")


def unsupported():
    g = Graph()
    c = g.conv("input", "conv1", 3, 4, 3, pad=1)
    n = g.node("LRN", [c], "norm1", size=3)
    g.node("Transpose", [n], "swap", perm=[0, 1, 3, 2])                                       # after LRN: still named
    g.nodes.append(helper.make_node("Conv", ["input", g.weight("asym.weight", [4, 3, 2, 2])], ["asym_out"], name="asym",
                                    kernel_shape=[2, 2], pads=[0, 0, 1, 1]))                  # 'same' padding of an even kernel
    save(g.model("Unsupported", [1, 3, 8, 8], "asym_out", [1, 4, 8, 8]), "unsupported.onnx")


def resnet(depth):
    """torchvision.models.resnet18 / resnet50 as exported to ONNX (BatchNormalization and Relu as their own nodes)."""
    bottleneck = depth == 50
    blocks = {18: [2, 2, 2, 2], 50: [3, 4, 6, 3]}[depth]
    g = Graph(external="resnet%d.weights" % depth)
    x = g.relu(g.bn(g.conv("input", "conv1", 3, 64, 7, stride=2, pad=3), "bn1", 64), "relu")
    x = g.node("MaxPool", [x], "maxpool", kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    cin, expansion = 64, 4 if bottleneck else 1
    for stage, (width, count) in enumerate(zip([64, 128, 256, 512], blocks), start=1):
        for b in range(count):
            p = "layer%d.%d." % (stage, b)
            stride = 2 if stage > 1 and b == 0 else 1
            cout = width * expansion
            if bottleneck:
                y = g.relu(g.bn(g.conv(x, p + "conv1", cin, width, 1), p + "bn1", width), p + "relu1")
                y = g.relu(g.bn(g.conv(y, p + "conv2", width, width, 3, stride=stride, pad=1), p + "bn2", width), p + "relu2")
                y = g.bn(g.conv(y, p + "conv3", width, cout, 1), p + "bn3", cout)
            else:
                y = g.relu(g.bn(g.conv(x, p + "conv1", cin, width, 3, stride=stride, pad=1), p + "bn1", width), p + "relu1")
                y = g.bn(g.conv(y, p + "conv2", width, width, 3, pad=1), p + "bn2", width)
            shortcut = x
            if stride != 1 or cin != cout:
                shortcut = g.bn(g.conv(x, p + "downsample", cin, cout, 1, stride=stride), p + "downsample_bn", cout)
            x = g.relu(g.node("Add", [y, shortcut], p + "add"), p + "relu")
            cin = cout
    x = g.node("Flatten", [g.node("GlobalAveragePool", [x], "avgpool")], "flatten", axis=1)
    out = g.node("Gemm", [x, g.weight("fc.weight", [1000, cin]), g.weight("fc.bias", [1000])], "fc", transB=1)
    # the checker would look for the external weights file, which is not written
    save(g.model("ResNet%d" % depth, [1, 3, 224, 224], out, [1, 1000]), "resnet%d.onnx" % depth, check=False)


if __name__ == "__main__":
    installed = os.path.join(os.path.dirname(onnx.__file__), "onnx.proto")
    if not filecmp.cmp(installed, SCHEMA, shallow=False):
        sys.exit("the repository's onnx.proto differs from the installed onnx %s's %s; update one of them" % (onnx.__version__, installed))
    small_cnn()
    mlp()
    attention()
    unsupported()
    resnet(18)
    resnet(50)
