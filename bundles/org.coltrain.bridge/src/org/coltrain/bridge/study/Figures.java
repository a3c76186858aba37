package org.coltrain.bridge.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.model.Study;
import org.coltrain.model.StudyClaim;
import org.coltrain.sim.study.Claim;
import org.coltrain.sim.study.ClaimCheck;
import org.coltrain.sim.study.StudyMetric;
import org.coltrain.sim.study.StudyMetrics;

/**
 * The figures a question computed, by metric and subject, with the calibrations each depends on; checks the study's
 * claims against them. A claim whose figure was not computed (an unknown subject) gets NaN, hence "not reproduced".
 */
final class Figures {

    private final String kind;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, List<String>> dependsOn = new LinkedHashMap<>();

    Figures(String kind) {
        this.kind = kind;
    }

    void put(String metric, String subject, double value, List<String> calibrations) {
        values.put(key(metric, subject), value);
        dependsOn.put(key(metric, subject), List.copyOf(calibrations));
    }

    List<ClaimCheck> check(Study study) {
        List<ClaimCheck> out = new ArrayList<>();
        for (StudyClaim c : study.getClaims()) {
            StudyMetric metric = StudyMetrics.find(kind, c.getMetric())
                    .orElseThrow(() -> new IllegalArgumentException("unknown metric " + c.getMetric()));
            String k = key(c.getMetric(), c.getSubject());
            Claim claim = new Claim(c.getName(), c.getMetric(), c.getSubject(), c.getPublished(), c.getTolerance(),
                    c.getSource());
            out.add(ClaimCheck.of(kind, claim, metric, values.getOrDefault(k, Double.NaN), dependsOn.getOrDefault(k, List.of())));
        }
        return out;
    }

    private static String key(String metric, String subject) {
        return metric + "|" + (subject == null ? "" : subject);
    }
}
