package org.coltrain.bridge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coltrain.model.Accelerator;
import org.coltrain.model.AluArray;
import org.coltrain.model.Buffer;
import org.coltrain.model.Conv2d;
import org.coltrain.model.Dense;
import org.coltrain.model.Dram;
import org.coltrain.model.Eltwise;
import org.coltrain.model.Encoding;
import org.coltrain.model.FixedPointEncoding;
import org.coltrain.model.FloatEncoding;
import org.coltrain.model.HbfpEncoding;
import org.coltrain.model.Layer;
import org.coltrain.model.Matmul;
import org.coltrain.model.Network;
import org.coltrain.model.Pool;
import org.coltrain.model.Rounding;
import org.coltrain.model.Setting;
import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.cost.CostOptions;
import org.coltrain.sim.cost.DramKind;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * The one place where EMF model objects become the simulator core's plain-Java inputs. Callers pass validated
 * models; an incomplete one is a bug here and fails with {@link IllegalArgumentException} naming the element.
 */
public final class ModelToSim {

    private ModelToSim() {
    }

    public static EncodingSpec encoding(Encoding encoding) {
        return switch (encoding) {
            case FloatEncoding f -> switch (f.getFormat()) {
                case FP32 -> EncodingSpec.fp32();
                case BF16 -> EncodingSpec.bf16();
                case FP16 -> EncodingSpec.fp16();
            };
            case FixedPointEncoding x -> EncodingSpec.fixed(x.getTotalBits(), x.getFractionBits(), rounding(x.getRounding()));
            case HbfpEncoding h -> EncodingSpec.hbfp(h.getBits(), h.getBlockSize(), h.getExponentBits(), rounding(h.getRounding()));
            default -> throw new IllegalArgumentException("unknown encoding " + encoding.eClass().getName());
        };
    }

    private static EncodingSpec.Rounding rounding(Rounding r) {
        return r == Rounding.STOCHASTIC ? EncodingSpec.Rounding.STOCHASTIC : EncodingSpec.Rounding.NEAREST;
    }

    public static Dataflow dataflow(org.coltrain.model.Dataflow d) {
        return switch (d) {
            case WEIGHT_STATIONARY -> Dataflow.WEIGHT_STATIONARY;
            case OUTPUT_STATIONARY -> Dataflow.OUTPUT_STATIONARY;
            case INPUT_STATIONARY -> Dataflow.INPUT_STATIONARY;
        };
    }

    /**
     * An accelerator with its first array kind (the validator allows one kind, replicated by {@code count}).
     * A unified buffer is modelled as three equal thirds for ifmap, weights and ofmap: a simplification that
     * ignores dynamic sharing, so it understates what a unified buffer can hold for one operand.
     */
    public static AcceleratorSpec accelerator(Accelerator acc) {
        if (acc.getArrays().isEmpty()) throw new IllegalArgumentException("accelerator " + acc.getName() + " has no array");
        AluArray array = acc.getArrays().get(0);
        long ifmap = 0, weight = 0, ofmap = 0;
        for (Buffer b : acc.getBuffers()) {
            long bytes = Math.round(b.getSizeBytes());
            switch (b.getKind()) {
                case IFMAP -> ifmap += bytes;
                case WEIGHT -> weight += bytes;
                case OFMAP -> ofmap += bytes;
                case UNIFIED -> {
                    ifmap += bytes / 3;
                    weight += bytes / 3;
                    ofmap += bytes / 3;
                }
            }
        }
        var dram = acc.getDram();
        if (dram == null) throw new IllegalArgumentException("accelerator " + acc.getName() + " has no dram");
        Map<String, Double> overrides = new LinkedHashMap<>();
        for (Setting s : acc.getCostSettings()) overrides.put(s.getKey(), s.getValue());
        dramEnergyJPerByte(dram).ifPresent(joules -> overrides.put("dram_energy_per_byte", joules));
        EncodingSpec inference = encoding(acc.getInferenceEncoding());
        EncodingSpec training = acc.getTrainingEncoding() == null ? null : encoding(acc.getTrainingEncoding());
        return new AcceleratorSpec(acc.getName(), array.getCount(), array.getRows(), array.getCols(),
                dataflow(array.getDataflow()), array.getClockHz(), ifmap, weight, ofmap, dramBandwidthBytesPerS(dram),
                Math.round(dram.getCapacityBytes()), inference, training,
                CostOptions.apply(CostDefaults.params(), overrides));
    }

    /** The DRAM's kind, if it names one that exists (the validator reports an unknown name). */
    public static Optional<DramKind> dramKind(Dram dram) {
        return dram.getKind() == null ? Optional.empty() : DramKind.find(dram.getKind());
    }

    /** Peak bandwidth: the explicit 'bandwidth', else the kind's per channel or stack times the count. */
    public static double dramBandwidthBytesPerS(Dram dram) {
        if (dram.isSetBandwidthBytesPerS()) return dram.getBandwidthBytesPerS();
        return dramKind(dram).map(kind -> kind.bandwidthBytesPerS(dram.getCount())).orElseThrow(
                () -> new IllegalArgumentException("dram without a known kind needs a bandwidth"));
    }

    /** Energy per byte in J: the explicit 'energy', else the kind's; empty: the cost model's default. */
    public static Optional<Double> dramEnergyJPerByte(Dram dram) {
        if (dram.isSetEnergyJPerByte()) return Optional.of(dram.getEnergyJPerByte());
        return dramKind(dram).map(kind -> kind.energyPjPerByte() * 1e-12);
    }

    public static NetworkSpec network(Network network) {
        Map<Layer, ShapeInference.LayerShapes> shapes = ShapeInference.infer(network);
        List<LayerSpec> layers = new ArrayList<>(network.getLayers().size());
        for (Layer layer : network.getLayers()) {
            Shape in = shapes.get(layer).input();
            if (in == null || shapes.get(layer).output() == null)
                throw new IllegalArgumentException("layer " + layer.getName() + " of " + network.getName() + " has no shape");
            layers.add(layer(layer, in));
        }
        return new NetworkSpec(network.getName(), layers);
    }

    static LayerSpec layer(Layer layer, Shape in) {
        return switch (layer) {
            case Conv2d c -> new LayerSpec.Conv2d(c.getName(), in.channels(), in.height(), in.width(), c.getOutChannels(),
                    c.getKernel(), ShapeInference.kernelWidth(c), c.getStride(), c.getPadding(), ShapeInference.groups(c, in));
            case Dense d -> new LayerSpec.Dense(d.getName(), in.tokens(), Math.toIntExact(in.denseInFeatures()), d.getOutFeatures());
            case Matmul m -> new LayerSpec.Matmul(m.getName(), m.getCount(), m.getM(), m.getK(), m.getN());
            // A global pool is one window over the whole (square) feature map: kernel = stride = its side.
            case Pool p -> p.isGlobal()
                    ? new LayerSpec.Pool(p.getName(), in.channels(), in.height(), in.width(), in.height(), in.height(), 0)
                    : new LayerSpec.Pool(p.getName(), in.channels(), in.height(), in.width(), p.getKernel(), p.getStride(), p.getPadding());
            case Eltwise e -> new LayerSpec.Eltwise(e.getName(), in.elements(), 1 + e.getOperands().size());
            default -> throw new IllegalArgumentException("unknown layer kind " + layer.eClass().getName());
        };
    }
}
