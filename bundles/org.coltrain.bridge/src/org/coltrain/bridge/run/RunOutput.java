package org.coltrain.bridge.run;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.coltrain.model.ElementResult;
import org.coltrain.sim.table.TypedTable;

/**
 * What one run gave, whatever its kind: the result in the results metamodel (saved as results.xmi), results.json,
 * the kind's tables (CSV files by name; a study's also study.properties) and the summary the CLI prints and the IDE shows on its console. One record
 * per kind, so the report ({@code org.coltrain.report}) can draw the parts each kind has.
 */
public sealed interface RunOutput permits ExperimentOutput, SweepOutput, MappingOutput, SuperNetOutput, FleetOutput,
        StudyOutput, ExploreOutput, LlmOutput {

    RunTarget target();

    ElementResult result();

    String resultsJson();

    /** CSV text by file name, in the order they are written. */
    Map<String, String> tables();

    void summary(PrintWriter out);

    /** The tables a typed format ({@code --parquet}) may also write, with their columns' types: a sweep's, an explore's. */
    default List<TypedTable> typedTables() {
        return List.of();
    }

    /** Whether the tables are wanted (an experiment's {@code outputs} entry may leave them out). */
    default boolean writesTables() {
        return true;
    }

    /** Whether the report (pictures and report.html) is wanted. */
    default boolean writesReport() {
        return true;
    }
}
