package org.coltrain.bridge.run;

import java.io.IOException;

/**
 * Draws a run's report into its folder: svg/*.svg and report.html. Implemented by {@code org.coltrain.report}
 * (which sits above the bridge), handed to {@link RunFiles#write} by the CLI and the IDE.
 */
@FunctionalInterface
public interface ReportWriter {

    ReportWriter NONE = (files, output) -> {
    };

    void write(OutputFiles files, RunOutput output) throws IOException;
}
