package org.coltrain.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import onnx.Onnx.AttributeProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.TensorProto;

/** Reading node attributes and small integer tensors (ONNX IR: AttributeProto, TensorProto int64_data / raw_data). */
final class Attributes {

    private Attributes() {
    }

    static AttributeProto find(NodeProto node, String name) {
        for (AttributeProto a : node.getAttributeList()) if (a.getName().equals(name)) return a;
        return null;
    }

    static long[] ints(NodeProto node, String name, long[] fallback) {
        AttributeProto a = find(node, name);
        return a == null ? fallback : a.getIntsList().stream().mapToLong(Long::longValue).toArray();
    }

    static long intValue(NodeProto node, String name, long fallback) {
        AttributeProto a = find(node, name);
        return a == null ? fallback : a.getI();
    }

    static String string(NodeProto node, String name, String fallback) {
        AttributeProto a = find(node, name);
        return a == null ? fallback : a.getS().toStringUtf8();
    }

    /** The values of an INT64 or INT32 tensor, stored as typed data or little-endian raw bytes; null otherwise. */
    static long[] integers(TensorProto t) {
        if (t.getDataType() == TensorProto.DataType.INT64_VALUE) {
            if (t.getInt64DataCount() > 0) return t.getInt64DataList().stream().mapToLong(Long::longValue).toArray();
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            long[] v = new long[raw.remaining() / 8];
            for (int i = 0; i < v.length; i++) v[i] = raw.getLong();
            return v;
        }
        if (t.getDataType() == TensorProto.DataType.INT32_VALUE) {
            if (t.getInt32DataCount() > 0) return t.getInt32DataList().stream().mapToLong(Integer::longValue).toArray();
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            long[] v = new long[raw.remaining() / 4];
            for (int i = 0; i < v.length; i++) v[i] = raw.getInt();
            return v;
        }
        return null;
    }

    static String format(long[] values) {
        return Arrays.toString(values);
    }
}
