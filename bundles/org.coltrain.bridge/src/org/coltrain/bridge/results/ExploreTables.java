package org.coltrain.bridge.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.ExploreResult;
import org.coltrain.sim.dse.DesignCoordinates;
import org.coltrain.sim.dse.ExploreOutcome;
import org.coltrain.sim.dse.Objective;
import org.coltrain.sim.study.StudyTable;
import org.coltrain.sim.table.ColumnType;
import org.coltrain.sim.table.TypedTable;

/**
 * An exploration's outcome as tables: {@code dse} (every candidate: coordinates, array count, DRAM when the space has
 * a DRAM range, bound and measured value
 * of each objective, what the search did with it, whether it is on the front), {@code pareto} (the front's rows) and
 * {@code sensitivity} (each objective's mean per value of each range and the spread). Values are written in full
 * (Java's shortest round-trip decimal), so two runs agree on a row exactly when their numbers are equal; an unmeasured
 * value is empty.
 */
public final class ExploreTables {

    private ExploreTables() {
    }

    public static List<StudyTable> of(ExploreOutcome o) {
        List<String> cols = new ArrayList<>(List.of("candidate", "rows", "cols", "dataflow", "buffer_bytes", "encoding",
                "arrays", "clock_hz"));
        boolean drams = o.rows().stream().anyMatch(r -> r.candidate().at().dram() != null);
        if (drams) cols.add("dram");
        for (Objective obj : o.objectives()) cols.add(obj.column());
        for (Objective obj : o.objectives()) cols.add("bound_" + obj.column());
        cols.addAll(List.of("status", "on_front"));
        List<List<String>> all = new ArrayList<>(), front = new ArrayList<>();
        for (ExploreOutcome.Row r : o.rows()) {
            DesignCoordinates at = r.candidate().at();
            List<String> row = new ArrayList<>(List.of(at.key(), Integer.toString(at.rows()), Integer.toString(at.cols()),
                    at.dataflowName(), Long.toString(at.bufferBytes()), at.encoding().shortName(),
                    Integer.toString(r.candidate().arrayCount()), number(r.candidate().accelerator().clockHz())));
            if (drams) row.add(at.dram().label());
            for (double v : r.values()) row.add(number(v));
            for (double v : r.bound()) row.add(number(v));
            row.add(r.status().label());
            row.add(r.onFront() ? "yes" : "no");
            all.add(row);
            if (r.onFront()) front.add(row);
        }
        List<List<String>> sens = new ArrayList<>();
        for (ExploreOutcome.Sensitivity s : o.sensitivity()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < s.values().size(); i++) parts.add(s.values().get(i) + "=" + number(s.means()[i]));
            sens.add(List.of(s.range(), s.objective().column(), number(s.spread()), String.join(" ", parts)));
        }
        return List.of(new StudyTable("dse", "Every candidate of the envelope: coordinates, measured objectives, "
                + "analytical bounds, what the search did with it (" + o.strategy() + ")", cols, all),
                new StudyTable("pareto", "The Pareto front of the measured candidates over " + String.join(", ",
                        o.objectives().stream().map(Objective::keyword).toList()), cols, front),
                new StudyTable("sensitivity", "Each objective's mean over the measured candidates at each value of a range,"
                        + " and the spread of those means (largest minus smallest)", List.of("range", "objective",
                                "spread", "means"), sens));
    }

    /**
     * The {@code dse} table of {@link #of} with the type of each column: coordinates and array counts long, clock and
     * objectives double, names and labels text.
     */
    public static TypedTable dse(StudyTable dse) {
        List<ColumnType> types = new ArrayList<>();
        for (String c : dse.columns())
            types.add(switch (c) {
                case "candidate", "dataflow", "encoding", "dram", "status", "on_front" -> ColumnType.STRING;
                case "rows", "cols", "buffer_bytes", "arrays" -> ColumnType.LONG;
                default -> ColumnType.DOUBLE;
            });
        return new TypedTable(dse.name(), dse.columns(), types, dse.rows());
    }

    /** The outcome in the results metamodel, with its tables ({@link #of}) as study tables. */
    public static ExploreResult toModel(String modelFile, String explore, long seed, ExploreOutcome o,
            List<StudyTable> tables) {
        ColtrainFactory f = ColtrainFactory.eINSTANCE;
        ExploreResult r = f.createExploreResult();
        ResultsToModel.stamp(r, modelFile, seed);
        r.setExplore(explore);
        r.setStrategy(o.strategy());
        r.setCandidates(o.rows().size());
        r.setMeasured(o.count(ExploreOutcome.Status.MEASURED));
        r.setPruned(o.count(ExploreOutcome.Status.PRUNED));
        for (StudyTable t : tables) r.getTables().add(ResultsToModel.table(t));
        return r;
    }

    static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }
}
