package org.coltrain.report;

import java.io.IOException;
import java.util.List;

import org.coltrain.bridge.run.ExperimentOutput;
import org.coltrain.bridge.run.ExploreOutput;
import org.coltrain.bridge.run.FleetOutput;
import org.coltrain.bridge.run.MappingOutput;
import org.coltrain.bridge.run.OutputFiles;
import org.coltrain.bridge.run.ReportWriter;
import org.coltrain.bridge.run.RunOutput;
import org.coltrain.bridge.run.StudyOutput;
import org.coltrain.bridge.run.SuperNetOutput;
import org.coltrain.bridge.run.LlmOutput;
import org.coltrain.bridge.run.SweepOutput;
import org.coltrain.report.diagram.DiagramDescription;

/**
 * The report of any run: the page its kind has (tables, plots) with the diagrams of the descriptions for its element
 * kind ({@link DiagramDescription#element()}), drawn over the run's result in the results metamodel. A description
 * that does not fit the model throws {@link org.coltrain.report.diagram.DescriptionException}.
 */
public final class Reports implements ReportWriter {

    private final List<DiagramDescription> descriptions;

    public Reports(List<DiagramDescription> descriptions) {
        this.descriptions = List.copyOf(descriptions);
    }

    public static Reports builtIn() {
        return new Reports(DescriptionSet.builtIn());
    }

    @Override
    public void write(OutputFiles files, RunOutput output) throws IOException {
        switch (output) {
            case ExperimentOutput e -> RunReport.write(files, e.experiment(), e.result(), of("experiment"));
            case SweepOutput s -> SweepReport.write(files, s);
            case MappingOutput m -> MappingReport.write(files, m.mapping(), m.result(), of("mapping"));
            case SuperNetOutput n -> SuperNetReport.write(files, n.serving(), n.result(), of("serving"));
            case FleetOutput f -> FleetReport.write(files, f.cluster(), f.result(), of("cluster"));
            case StudyOutput s -> StudyReport.write(files, s.outcome());
            case ExploreOutput x -> ExploreReport.write(files, x);
            case LlmOutput l -> LlmReport.write(files, l.result());
        }
    }

    private List<DiagramDescription> of(String keyword) {
        return DescriptionSet.forElement(descriptions, keyword);
    }
}
