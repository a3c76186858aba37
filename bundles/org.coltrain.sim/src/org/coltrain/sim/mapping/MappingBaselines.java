package org.coltrain.sim.mapping;

import java.util.ArrayList;
import java.util.List;

/** The rule-made mappings by name; a new kind of baseline is a new record here, not a new branch elsewhere. */
public final class MappingBaselines {

    /** The manual heuristic mappings ODiMO compares against (REFERENCES.md, ODiMO), in table order. */
    public static final List<MappingBaseline> HEURISTICS = List.of(new EndsOnFirst(),
            new FasterWholeLayers(Objective.LATENCY), new FasterWholeLayers(Objective.ENERGY));

    /** The two single-accelerator mappings. */
    public static final List<MappingBaseline> SINGLE_ARRAY = List.of(new AllOnFirst(), new AllOnSecond());

    private MappingBaselines() {
    }

    public static List<MappingBaseline> all() {
        List<MappingBaseline> all = new ArrayList<>(HEURISTICS);
        all.addAll(SINGLE_ARRAY);
        return all;
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (MappingBaseline b : all()) names.add(b.name());
        return names;
    }

    /** The baseline of that name; the error lists the names there are. */
    public static MappingBaseline byName(String name) {
        for (MappingBaseline b : all()) if (b.name().equals(name)) return b;
        throw new IllegalArgumentException("unknown baseline '" + name + "': use one of " + String.join(", ", names()));
    }
}
