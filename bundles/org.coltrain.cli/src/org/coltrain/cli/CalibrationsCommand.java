package org.coltrain.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Accelerator;
import org.coltrain.model.Model;
import org.coltrain.sim.calibration.Calibration;
import org.coltrain.sim.calibration.CalibrationTable;
import org.coltrain.sim.calibration.Calibrations;
import org.coltrain.sim.calibration.Comparison;
import org.coltrain.sim.calibration.Comparisons;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "calibrations", mixinStandardHelpOptions = true,
        description = "The cost model's parameters without a primary source (value, bounds and their sources, the "
                + "published figure a fitted one was chosen for) and the model beside published figures: fitted, "
                + "held-out and predictions. With FILE, the calibrations an accelerator's area, power and energy depend on.")
public final class CalibrationsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "a .coltrain model (optional)")
    File file;

    @Option(names = { "-a", "--accelerator" }, paramLabel = "NAME", description = "accelerator of FILE (default: the only one)")
    String acceleratorName;

    @Option(names = "--json", description = "print JSON (snake_case fields) instead of tables")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (file != null) {
            Optional<Model> model = Models.loadValid(file, err);
            if (model.isEmpty()) return ExitCodes.MODEL_ERRORS;
            Optional<Accelerator> acc = Models.find(model.get(), Accelerator.class, acceleratorName, "--accelerator", err);
            if (acc.isEmpty()) return ExitCodes.USAGE;
            List<String> ids = Calibrations.dependsOn(ModelToSim.accelerator(acc.get()));
            if (json) {
                JsonObject root = new JsonObject();
                root.addProperty("accelerator", acc.get().getName());
                root.add("depends_on", strings(ids));
                out.println(new GsonBuilder().setPrettyPrinting().create().toJson(root));
            } else {
                out.println("area, power and energy of " + acc.get().getName() + " depend on: "
                        + (ids.isEmpty() ? "no calibration" : String.join(", ", ids)));
            }
        } else if (json) {
            out.println(toJson(Calibrations.ALL, Comparisons.all()));
        } else {
            CalibrationTable.print(Calibrations.ALL, Comparisons.all(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String toJson(List<Calibration> calibrations, List<Comparison> comparisons) {
        JsonObject root = new JsonObject();
        JsonArray cals = new JsonArray();
        for (Calibration c : calibrations) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id());
            o.addProperty("kind", c.kind().label());
            o.addProperty("parameter", c.parameter());
            o.add("options", strings(c.options()));
            o.addProperty("value", c.value());
            o.addProperty("unit", c.unit());
            o.addProperty("lower", c.lower().value());
            o.addProperty("lower_source", c.lower().source());
            o.addProperty("upper", c.upper().value());
            o.addProperty("upper_source", c.upper().source());
            o.addProperty("fitted_to", c.fittedTo());
            o.addProperty("fitted_on", c.fittedOn());
            o.addProperty("rationale", c.rationale());
            o.add("checks", strings(c.checks()));
            cals.add(o);
        }
        root.add("calibrations", cals);
        JsonArray rows = new JsonArray();
        for (Comparison c : comparisons) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id());
            o.addProperty("role", c.role().label());
            o.addProperty("quantity", c.quantity());
            o.addProperty("configuration", c.configuration());
            o.addProperty("published", c.published());
            number(o, "published_value", c.publishedValue());
            o.addProperty("relation", c.relation().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            o.addProperty("source", c.source());
            o.addProperty("model_value", c.modelValue());
            o.addProperty("unit", c.unit());
            number(o, "residual", c.residual());
            o.add("depends_on", strings(c.dependsOn()));
            rows.add(o);
        }
        root.add("comparisons", rows);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root);
    }

    /** A number, or null where there is none (a prediction has no published value): JSON has no NaN. */
    private static void number(JsonObject o, String key, double value) {
        if (Double.isNaN(value)) o.add(key, com.google.gson.JsonNull.INSTANCE);
        else o.addProperty(key, value);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
