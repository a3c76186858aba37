package org.coltrain.bridge.run;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.results.ExploreTables;
import org.coltrain.model.ExploreResult;
import org.coltrain.sim.dse.ExploreOutcome;
import org.coltrain.sim.study.StudyTable;
import org.coltrain.sim.table.TypedTable;

/**
 * A design exploration's run: its tables ({@link ExploreTables#of}: dse.csv with every candidate, pareto.csv,
 * sensitivity.csv), built once for the files, the results model and the report, and how long it took.
 */
public record ExploreOutput(RunTarget target, ExploreOutcome outcome, List<StudyTable> tableList, String engine,
        double seconds, ExploreResult result, String resultsJson) implements RunOutput {

    public ExploreOutput {
        tableList = List.copyOf(tableList);
    }

    @Override
    public Map<String, String> tables() {
        Map<String, String> files = new LinkedHashMap<>();
        for (StudyTable t : tableList()) files.put(t.name() + ".csv", t.csv());
        return files;
    }

    @Override
    public List<TypedTable> typedTables() {
        return List.of(ExploreTables.dse(tableList.get(0)));
    }

    @Override
    public void summary(PrintWriter out) {
        int measured = outcome.count(ExploreOutcome.Status.MEASURED), pruned = outcome.count(ExploreOutcome.Status.PRUNED);
        out.printf(Locale.ROOT, "%s: %d candidates in the envelope, %d measured, %d pruned by the analytical bound, %d "
                + "not visited; %d on the Pareto front; on %s in %.2f s%n", outcome.strategy(), outcome.rows().size(),
                measured, pruned, outcome.count(ExploreOutcome.Status.NOT_VISITED), outcome.front().size(), engine, seconds);
        for (ExploreOutcome.Row r : outcome.front()) {
            StringBuilder line = new StringBuilder("  front: " + r.candidate().arrayCount() + " x " + r.candidate().at().key());
            for (int o = 0; o < outcome.objectives().size(); o++)
                line.append(String.format(Locale.ROOT, ", %s %.4g", outcome.objectives().get(o).column(), r.values()[o]));
            out.println(line);
        }
        out.flush();
    }
}
