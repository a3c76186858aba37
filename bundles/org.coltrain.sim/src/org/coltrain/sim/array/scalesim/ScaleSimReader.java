package org.coltrain.sim.array.scalesim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.LayerSpec.Dense;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * Reads SCALE-Sim v2 inputs (scalesim/scale_config.py, scalesim/topology_utils.py) into spec records.
 *
 * <p>Topology CSV, the first line a header, a trailing comma allowed:
 * <ul>
 * <li>convolution form: Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter,
 *     Strides [, Stride Width]; a layer whose name contains "DP" is depthwise, as in SCALE-Sim (each of the
 *     Channels input channels has its own Num Filter filters), read as a grouped convolution;
 * <li>GEMM form, recognised by a header whose second column is "M": Layer name, M, N, K; read as a Dense layer
 *     with M tokens, K inputs and N outputs, so that batch 1 gives SCALE-Sim's GEMM.
 * </ul>
 * SCALE-Sim takes IFMAP sizes as already padded and computes the output size as ceil((H - FH + S) / S); our
 * Conv2d uses floor((H + 2P - FH) / S) + 1. The reader sets P = 0 and, where (H - FH) is not a multiple of S,
 * extends H to the next multiple so that both give the same output size (and the same GEMM).
 */
public final class ScaleSimReader {

    private static final String PRESETS = "architecture_presets";
    private static final String[] CONV_COLUMNS = {"Layer name", "IFMAP Height", "IFMAP Width", "Filter Height",
            "Filter Width", "Channels", "Num Filter", "Strides", "Stride Width"};
    private static final String[] GEMM_COLUMNS = {"Layer name", "M", "N", "K"};

    private ScaleSimReader() {
    }

    public static ScaleSimConfig readConfig(Path file) throws IOException, ScaleSimFormatException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readConfig(file.toString(), in);
        }
    }

    /** Reads an INI .cfg; keys are case-insensitive and take ':' or '=', as Python's configparser. */
    public static ScaleSimConfig readConfig(String fileName, Reader reader) throws IOException, ScaleSimFormatException {
        Map<String, Map<String, Entry>> sections = new HashMap<>();
        Map<String, Integer> sectionLines = new HashMap<>();
        Map<String, Entry> current = null;
        BufferedReader in = new BufferedReader(reader);
        int lineNo = 0;
        for (String raw; (raw = in.readLine()) != null; ) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) continue;
            if (line.startsWith("[")) {
                if (!line.endsWith("]"))
                    throw new ScaleSimFormatException(fileName, lineNo, "section header '" + line + "' lacks ']'");
                String name = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                current = sections.computeIfAbsent(name, k -> new HashMap<>());
                sectionLines.putIfAbsent(name, lineNo);
                continue;
            }
            int sep = separator(line);
            if (sep < 0)
                throw new ScaleSimFormatException(fileName, lineNo, "expected 'Key: value' or 'Key = value', got '" + line + "'");
            if (current == null)
                throw new ScaleSimFormatException(fileName, lineNo, "key outside any section: put it under [" + PRESETS + "]");
            current.put(line.substring(0, sep).strip().toLowerCase(Locale.ROOT),
                    new Entry(line.substring(sep + 1).strip(), lineNo));
        }
        Map<String, Entry> presets = sections.get(PRESETS);
        if (presets == null)
            throw new ScaleSimFormatException(fileName, Math.max(1, lineNo), "missing section [" + PRESETS + "]: add it with ArrayHeight, ArrayWidth, IfmapSramSzkB, FilterSramSzkB, OfmapSramSzkB, Dataflow and Bandwidth");
        int presetsLine = sectionLines.get(PRESETS);
        Map<String, Entry> general = sections.getOrDefault("general", Map.of());
        String runName = general.containsKey("run_name") ? general.get("run_name").value() : baseName(fileName);
        return new ScaleSimConfig(runName,
                (int) positive(fileName, presets, presetsLine, "ArrayHeight", "32"),
                (int) positive(fileName, presets, presetsLine, "ArrayWidth", "32"),
                positive(fileName, presets, presetsLine, "IfmapSramSzkB", "64"),
                positive(fileName, presets, presetsLine, "FilterSramSzkB", "64"),
                positive(fileName, presets, presetsLine, "OfmapSramSzkB", "64"),
                dataflow(fileName, require(fileName, presets, presetsLine, "Dataflow", "ws")),
                positive(fileName, presets, presetsLine, "Bandwidth", "10"));
    }

    public static NetworkSpec readTopology(Path file) throws IOException, ScaleSimFormatException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readTopology(file.toString(), in, baseName(file.getFileName().toString()));
        }
    }

    /** Reads a topology CSV in either form (see class comment) into a network named {@code networkName}. */
    public static NetworkSpec readTopology(String fileName, Reader reader, String networkName)
            throws IOException, ScaleSimFormatException {
        BufferedReader in = new BufferedReader(reader);
        List<LayerSpec> layers = new ArrayList<>();
        Boolean gemmForm = null;
        int lineNo = 0;
        for (String raw; (raw = in.readLine()) != null; ) {
            lineNo++;
            if (raw.isBlank()) continue;
            List<String> cells = cells(raw);
            if (gemmForm == null) {
                gemmForm = cells.size() > 1 && cells.get(1).equalsIgnoreCase("M");
                continue;
            }
            layers.add(gemmForm ? gemmRow(fileName, lineNo, cells) : convRow(fileName, lineNo, cells));
        }
        if (layers.isEmpty())
            throw new ScaleSimFormatException(fileName, Math.max(1, lineNo), "no layer rows: add one row per layer after the header");
        return new NetworkSpec(networkName, layers);
    }

    private static LayerSpec gemmRow(String file, int line, List<String> cells) throws ScaleSimFormatException {
        if (cells.size() != 4)
            throw new ScaleSimFormatException(file, line, "expected 4 columns (Layer name, M, N, K), got " + cells.size());
        String name = name(file, line, cells);
        int m = cell(file, line, cells, 1, GEMM_COLUMNS[1]);
        int n = cell(file, line, cells, 2, GEMM_COLUMNS[2]);
        int k = cell(file, line, cells, 3, GEMM_COLUMNS[3]);
        return new Dense(name, m, k, n);
    }

    private static LayerSpec convRow(String file, int line, List<String> cells) throws ScaleSimFormatException {
        if (cells.size() != 8 && cells.size() != 9)
            throw new ScaleSimFormatException(file, line, "expected 8 or 9 columns (Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides[, Stride Width]), got " + cells.size());
        String name = name(file, line, cells);
        int[] v = new int[cells.size()];
        for (int i = 1; i < cells.size(); i++) v[i] = cell(file, line, cells, i, CONV_COLUMNS[i]);
        int h = v[1], w = v[2], fh = v[3], fw = v[4], channels = v[5], filters = v[6], stride = v[7];
        if (cells.size() == 9 && v[8] != stride)
            throw new ScaleSimFormatException(file, line, "stride height " + stride + " differs from stride width " + v[8] + ": only square strides are supported, make them equal");
        if (fh > h || fw > w)
            throw new ScaleSimFormatException(file, line, "filter " + fh + "x" + fw + " is larger than the IFMAP " + h + "x" + w + ": the IFMAP size must include the padding");
        boolean depthwise = name.contains("DP");
        int groups = depthwise ? channels : 1;
        int outChannels = depthwise ? channels * filters : filters;
        return new Conv2d(name, channels, ceilExtend(h, fh, stride), ceilExtend(w, fw, stride), outChannels, fh, fw,
                stride, 0, groups);
    }

    /** Extends the size so that floor((H' - F) / S) + 1 = ceil((H - F + S) / S), SCALE-Sim's output size. */
    static int ceilExtend(int size, int filter, int stride) {
        int remainder = (size - filter) % stride;
        return remainder == 0 ? size : size + stride - remainder;
    }

    private static String name(String file, int line, List<String> cells) throws ScaleSimFormatException {
        if (cells.get(0).isEmpty()) throw new ScaleSimFormatException(file, line, "empty layer name: give the layer a name in the first column");
        return cells.get(0);
    }

    private static int cell(String file, int line, List<String> cells, int index, String column)
            throws ScaleSimFormatException {
        String text = cells.get(index);
        try {
            int value = Integer.parseInt(text);
            if (value > 0) return value;
        } catch (NumberFormatException e) {
            // reported below with the same message as a non-positive number
        }
        throw new ScaleSimFormatException(file, line, "column " + (index + 1) + " (" + column + ") must be a positive integer, got '" + text + "'");
    }

    /** Splits on commas, trims, and drops the one empty cell a trailing comma leaves (SCALE-Sim writes those). */
    private static List<String> cells(String line) {
        String[] parts = line.split(",", -1);
        int n = parts.length;
        if (n > 1 && parts[n - 1].isBlank()) n--;
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(parts[i].strip());
        return out;
    }

    private record Entry(String value, int line) {
    }

    private static int separator(String line) {
        int colon = line.indexOf(':'), equals = line.indexOf('=');
        if (colon < 0) return equals;
        if (equals < 0) return colon;
        return Math.min(colon, equals);
    }

    private static Entry require(String file, Map<String, Entry> section, int sectionLine, String key, String example)
            throws ScaleSimFormatException {
        Entry e = section.get(key.toLowerCase(Locale.ROOT));
        if (e == null)
            throw new ScaleSimFormatException(file, sectionLine, "missing key " + key + " in [" + PRESETS + "]: add a line like '" + key + ": " + example + "'");
        return e;
    }

    private static long positive(String file, Map<String, Entry> section, int sectionLine, String key, String example)
            throws ScaleSimFormatException {
        Entry e = require(file, section, sectionLine, key, example);
        try {
            long value = Long.parseLong(e.value());
            if (value > 0 && value <= Integer.MAX_VALUE) return value;
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw new ScaleSimFormatException(file, e.line(), key + " must be a positive integer, got '" + e.value() + "'");
    }

    private static Dataflow dataflow(String file, Entry e) throws ScaleSimFormatException {
        return switch (e.value().toLowerCase(Locale.ROOT)) {
            case "os" -> Dataflow.OUTPUT_STATIONARY;
            case "ws" -> Dataflow.WEIGHT_STATIONARY;
            case "is" -> Dataflow.INPUT_STATIONARY;
            default -> throw new ScaleSimFormatException(file, e.line(), "Dataflow must be os, ws or is, got '" + e.value() + "'");
        };
    }

    private static String baseName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
