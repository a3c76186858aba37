package org.coltrain.bridge.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.sim.mapping.BaselineComparison;
import org.coltrain.sim.mapping.Mapping;
import org.coltrain.sim.mapping.MappingStudy;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A mapping study's files, written atomically into one directory: {@code mapping.csv} (one row per layer and
 * mapping: channel counts on each array, each part's time, layer latency, energy and proxy), {@code pareto.csv}
 * (objective against accuracy proxy) and {@code mapping.json} (all of it, with the channel indices on the second
 * array, which is what a layer-to-accelerator diagram draws, and the paper's comparison: the searched mappings at
 * each baseline's drop). Deterministic: no times or host names.
 */
public final class MappingResults {

    private MappingResults() {
    }

    /**
     * The mappings in table order: searched, the paper's heuristic baselines, given (if any), then the two
     * single-array baselines.
     */
    public static List<Mapping> mappings(MappingStudy s) {
        List<Mapping> all = new ArrayList<>();
        all.add(s.searched());
        all.addAll(s.heuristics());
        if (s.given() != null) all.add(s.given());
        all.add(s.allFirst());
        all.add(s.allSecond());
        return all;
    }

    /** {@code testAccuracy}: measured accuracy by mapping label, empty when the network has no trained weights. */
    public static void write(Path dir, String modelFile, String mappingName, MappingStudy s,
            Map<String, Double> testAccuracy) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve("mapping.csv"), layersCsv(s));
        AtomicFiles.writeString(dir.resolve("pareto.csv"), paretoCsv(s));
        AtomicFiles.writeString(dir.resolve("mapping.json"), toJson(modelFile, mappingName, s, testAccuracy));
    }

    public static String layersCsv(MappingStudy s) {
        String first = s.problem().system().first().name(), second = s.problem().system().second().name();
        StringBuilder b = new StringBuilder("mapping,layer,out_channels," + first + "_channels," + second + "_channels,"
                + first + "_latency_ns," + second + "_latency_ns,latency_ns,energy_pj,proxy\n");
        for (Mapping m : mappings(s)) {
            for (Mapping.Layer l : m.layers()) {
                var c = l.cost();
                b.append(m.label()).append(',').append(c.layer()).append(',').append(c.firstChannels() + c.secondChannels())
                        .append(',').append(c.firstChannels()).append(',').append(c.secondChannels()).append(',')
                        .append(num(c.firstLatencyNs())).append(',').append(num(c.secondLatencyNs())).append(',')
                        .append(num(c.latencyNs())).append(',').append(num(c.energyPj())).append(',')
                        .append(num(l.proxy())).append('\n');
            }
        }
        return b.toString();
    }

    public static String paretoCsv(MappingStudy s) {
        StringBuilder b = new StringBuilder("point,drop,proxy,latency_ns,energy_pj\n");
        for (Mapping m : s.front())
            b.append(m.label()).append(',').append(num(m.drop())).append(',').append(num(m.proxy())).append(',')
                    .append(num(m.latencyNs())).append(',').append(num(m.energyPj())).append('\n');
        return b.toString();
    }

    public static String toJson(String modelFile, String mappingName, MappingStudy s, Map<String, Double> testAccuracy) {
        JsonObject root = new JsonObject();
        root.addProperty("mapping", mappingName);
        root.addProperty("model", modelFile);
        root.addProperty("network", s.problem().network());
        root.addProperty("soc", s.problem().system().name());
        root.addProperty("first_array", s.problem().system().first().name());
        root.addProperty("second_array", s.problem().system().second().name());
        root.addProperty("first_weights", s.problem().system().first().weights().name());
        root.addProperty("second_weights", s.problem().system().second().weights().name());
        root.addProperty("objective", s.objective().cliName());
        root.addProperty("budget", s.budget());
        JsonArray mappings = new JsonArray();
        for (Mapping m : mappings(s)) {
            JsonObject o = withAccuracy(totals(m, s), m, testAccuracy);
            JsonArray layers = new JsonArray();
            for (Mapping.Layer l : m.layers()) {
                JsonObject layer = new JsonObject();
                layer.addProperty("layer", l.cost().layer());
                layer.addProperty("first_channels", l.cost().firstChannels());
                layer.addProperty("second_channels", l.cost().secondChannels());
                JsonArray indices = new JsonArray();
                for (int c : l.secondChannelIndices()) indices.add(c);
                layer.add("second_channel_indices", indices);
                layer.addProperty("first_latency_ns", l.cost().firstLatencyNs());
                layer.addProperty("second_latency_ns", l.cost().secondLatencyNs());
                layer.addProperty("latency_ns", l.cost().latencyNs());
                layer.addProperty("energy_pj", l.cost().energyPj());
                layer.addProperty("proxy", l.proxy());
                layers.add(layer);
            }
            o.add("layers", layers);
            mappings.add(o);
        }
        root.add("mappings", mappings);
        JsonArray comparisons = new JsonArray();
        for (BaselineComparison c : s.comparisons()) {
            JsonObject o = new JsonObject();
            o.addProperty("baseline", c.baseline().label());
            o.addProperty("source", c.baselineSource());
            o.addProperty("drop", c.baseline().drop());
            o.add("baseline_totals", totals(c.baseline(), s));
            o.add("searched_energy", withAccuracy(totals(c.searchedEnergy(), s), c.searchedEnergy(), testAccuracy));
            o.add("searched_latency", withAccuracy(totals(c.searchedLatency(), s), c.searchedLatency(), testAccuracy));
            o.addProperty("energy_change_vs_baseline", c.energyChange());
            o.addProperty("latency_change_vs_baseline", c.latencyChange());
            comparisons.add(o);
        }
        root.add("baseline_comparisons", comparisons);
        JsonArray front = new JsonArray();
        for (Mapping m : s.front()) front.add(totals(m, s));
        root.add("pareto_front", front);
        return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
    }

    private static JsonObject withAccuracy(JsonObject o, Mapping m, Map<String, Double> testAccuracy) {
        if (testAccuracy.containsKey(m.label())) o.addProperty("test_accuracy", testAccuracy.get(m.label()));
        return o;
    }

    private static JsonObject totals(Mapping m, MappingStudy s) {
        JsonObject o = new JsonObject();
        o.addProperty("label", m.label());
        o.addProperty("latency_ns", m.latencyNs());
        o.addProperty("energy_pj", m.energyPj());
        o.addProperty("proxy", m.proxy());
        o.addProperty("drop", m.drop());
        o.addProperty("latency_change_vs_first", s.latencyChange(m));
        o.addProperty("energy_change_vs_first", s.energyChange(m));
        return o;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
