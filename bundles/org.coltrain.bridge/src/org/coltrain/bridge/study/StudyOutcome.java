package org.coltrain.bridge.study;

import java.util.List;

import org.coltrain.sim.study.CapacityStudyResult;
import org.coltrain.sim.study.ClaimCheck;
import org.coltrain.sim.study.StudyTable;

/**
 * What one study run produced: the checked claims, the tables (the key table first), notes on provenance and
 * assumptions, and for a capacity study its full result (for the report's plots).
 */
public record StudyOutcome(String study, String kind, List<ClaimCheck> claims, List<StudyTable> tables,
        List<String> notes, CapacityStudyResult capacity) {

    public StudyOutcome {
        claims = List.copyOf(claims);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
