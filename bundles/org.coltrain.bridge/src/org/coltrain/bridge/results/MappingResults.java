package org.coltrain.bridge.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.model.ArrayShare;
import org.coltrain.model.BaselineComparisonResult;
import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.LayerSplit;
import org.coltrain.model.MappingCandidate;
import org.coltrain.model.MappingResult;
import org.coltrain.sim.mapping.LayerCost;
import org.coltrain.sim.mapping.BaselineComparison;
import org.coltrain.sim.mapping.Mapping;
import org.coltrain.sim.mapping.MappingStudy;
import org.coltrain.sim.mapping.SplitSystem;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A mapping study's figures: {@code mapping.csv} (one row per layer and mapping: channel counts on each array, each
 * part's time, layer latency, energy and proxy), {@code pareto.csv} (objective against accuracy proxy), the run's
 * results.json (all of it, with the channel indices on the second
 * array, which is what a layer-to-accelerator diagram draws, and the paper's comparison: the searched mappings at
 * each baseline's drop) and the same as the MappingResult metamodel. Deterministic: no times or host names.
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
        return StrictJson.toJson(root);
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

    /** The study as the results metamodel: every mapping of the table with its layers, and the front (totals only). */
    public static MappingResult toModel(String modelFile, String mappingName, MappingStudy s, Map<String, Double> testAccuracy) {
        ColtrainFactory f = ColtrainFactory.eINSTANCE;
        MappingResult r = f.createMappingResult();
        ResultsToModel.stamp(r, modelFile);
        r.setMapping(mappingName);
        SplitSystem sys = s.problem().system();
        r.setNetwork(s.problem().network());
        r.setSoc(sys.name());
        r.setFirstArray(sys.first().name());
        r.setSecondArray(sys.second().name());
        r.setFirstWeights(sys.first().weights().name());
        r.setSecondWeights(sys.second().weights().name());
        r.setObjective(s.objective().cliName());
        r.setBudget(s.budget());
        for (Mapping m : mappings(s)) {
            MappingCandidate c = candidate(m, s);
            if (testAccuracy.containsKey(m.label())) c.setTestAccuracy(testAccuracy.get(m.label()));
            for (Mapping.Layer l : m.layers()) {
                LayerSplit split = f.createLayerSplit();
                LayerCost cost = l.cost();
                int out = cost.firstChannels() + cost.secondChannels();
                split.setLayer(cost.layer());
                split.setOutChannels(out);
                split.setLatencyS(cost.latencyNs() * 1e-9);
                split.setEnergyJ(cost.energyPj() * 1e-12);
                split.setProxy(l.proxy());
                boolean[] second = new boolean[out];
                for (int i : l.secondChannelIndices()) second[i] = true;
                ArrayShare a = share(sys.first().name(), cost.firstChannels(), cost.firstLatencyNs());
                ArrayShare b = share(sys.second().name(), cost.secondChannels(), cost.secondLatencyNs());
                for (int i = 0; i < out; i++) (second[i] ? b : a).getChannelIndices().add(i);
                split.getShares().add(a);
                split.getShares().add(b);
                c.getLayers().add(split);
            }
            r.getCandidates().add(c);
        }
        for (BaselineComparison c : s.comparisons()) {
            BaselineComparisonResult x = f.createBaselineComparisonResult();
            x.setSource(c.baselineSource());
            x.setBaseline(withAccuracy(candidate(c.baseline(), s), c.baseline(), testAccuracy));
            x.setSearchedEnergy(withAccuracy(candidate(c.searchedEnergy(), s), c.searchedEnergy(), testAccuracy));
            x.setSearchedLatency(withAccuracy(candidate(c.searchedLatency(), s), c.searchedLatency(), testAccuracy));
            x.setEnergyChange(c.energyChange());
            x.setLatencyChange(c.latencyChange());
            r.getComparisons().add(x);
        }
        for (Mapping m : s.front()) r.getFront().add(candidate(m, s));
        return r;
    }

    private static MappingCandidate candidate(Mapping m, MappingStudy s) {
        MappingCandidate c = ColtrainFactory.eINSTANCE.createMappingCandidate();
        c.setLabel(m.label());
        c.setLatencyS(m.latencyNs() * 1e-9);
        c.setEnergyJ(m.energyPj() * 1e-12);
        c.setProxy(m.proxy());
        c.setDrop(m.drop());
        c.setLatencyChange(s.latencyChange(m));
        c.setEnergyChange(s.energyChange(m));
        return c;
    }

    private static MappingCandidate withAccuracy(MappingCandidate c, Mapping m, Map<String, Double> testAccuracy) {
        if (testAccuracy.containsKey(m.label())) c.setTestAccuracy(testAccuracy.get(m.label()));
        return c;
    }

    private static ArrayShare share(String array, int channels, double latencyNs) {
        ArrayShare a = ColtrainFactory.eINSTANCE.createArrayShare();
        a.setArray(array);
        a.setChannels(channels);
        a.setLatencyS(latencyNs * 1e-9);
        return a;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
