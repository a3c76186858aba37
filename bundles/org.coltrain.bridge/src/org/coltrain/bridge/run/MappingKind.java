package org.coltrain.bridge.run;

import org.coltrain.bridge.ModelToMapping;
import org.coltrain.bridge.results.MappingResults;
import org.coltrain.model.ChannelMapping;
import org.coltrain.model.Element;
import org.coltrain.model.MappingResult;

/** A {@code mapping} (ODiMO): the exact split search under the budget, the given split and the single-array mappings. */
final class MappingKind implements RunKind {

    @Override
    public String keyword() {
        return "mapping";
    }

    @Override
    public Class<? extends Element> elementType() {
        return ChannelMapping.class;
    }

    @Override
    public Prepared prepare(Element element, String modelLabel, RunOptions options) throws RunException {
        ChannelMapping mapping = (ChannelMapping) element;
        MappingOverrides overrides = options.setting(MappingOverrides.class, new MappingOverrides(null, null));
        RunTarget target = new RunTarget(this, mapping);
        return monitor -> {
            monitor.progress("searching the splits of " + mapping.getName(), 0);
            ModelToMapping.Run run;
            try {
                run = ModelToMapping.run(mapping, overrides.objective(), overrides.budget());
            } catch (IllegalArgumentException e) {
                throw RunException.model("mapping " + mapping.getName() + ": " + e.getMessage(), e);
            }
            monitor.checkCancelled();
            MappingResult result = MappingResults.toModel(modelLabel, mapping.getName(), run.study(), run.testAccuracy());
            String json = MappingResults.toJson(modelLabel, mapping.getName(), run.study(), run.testAccuracy());
            return new MappingOutput(target, mapping, run.study(), run.testAccuracy(), result, json);
        };
    }
}
