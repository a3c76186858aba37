package org.coltrain.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Accelerator;
import org.coltrain.model.Model;
import org.coltrain.model.Network;
import org.coltrain.sim.array.LayerTiming;
import org.coltrain.sim.array.NetworkTiming;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "timing", mixinStandardHelpOptions = true,
        description = "Per-layer cycles, DRAM traffic, utilization and energy of a network on an accelerator "
                + "(systolic-array model in the manner of SCALE-Sim v2), for one batch.")
public final class TimingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .coltrain model")
    File file;

    @Option(names = { "-a", "--accelerator" }, paramLabel = "NAME", description = "accelerator (default: the only one)")
    String acceleratorName;

    @Option(names = { "-n", "--network" }, paramLabel = "NAME", description = "network (default: the only one)")
    String networkName;

    @Option(names = { "-b", "--batch" }, paramLabel = "B", defaultValue = "1", description = "batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--json", description = "print JSON (snake_case fields) instead of a table")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (batch < 1) {
            err.println("coltrain: --batch must be at least 1, not " + batch);
            return ExitCodes.USAGE;
        }
        if (ModelFiles.expand(java.util.List.of(file), err) == null) return ExitCodes.USAGE;
        Optional<Model> model = Models.loadValid(file, err);
        if (model.isEmpty()) return ExitCodes.MODEL_ERRORS;
        Optional<Accelerator> acc = Models.find(model.get(), Accelerator.class, acceleratorName, "--accelerator", err);
        Optional<Network> net = Models.find(model.get(), Network.class, networkName, "--network", err);
        if (acc.isEmpty() || net.isEmpty()) return ExitCodes.USAGE;
        NetworkTiming timing = NetworkTiming.of(ModelToSim.accelerator(acc.get()), ModelToSim.network(net.get()), batch);
        if (json) out.println(toJson(timing));
        else timing.print(out);
        out.flush();
        return ExitCodes.OK;
    }

    static String toJson(NetworkTiming t) {
        JsonObject root = new JsonObject();
        root.addProperty("network", t.network());
        root.addProperty("accelerator", t.accelerator());
        root.addProperty("encoding", t.encoding());
        root.addProperty("batch", t.batch());
        JsonArray layers = new JsonArray();
        for (LayerTiming l : t.layers()) {
            JsonObject o = new JsonObject();
            o.addProperty("layer", l.layer());
            o.addProperty("pass", l.pass().name().toLowerCase(java.util.Locale.ROOT));
            o.addProperty("count", l.count());
            o.addProperty("m", l.m());
            o.addProperty("n", l.n());
            o.addProperty("k", l.k());
            o.addProperty("dataflow", l.dataflow().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            o.addProperty("compute_cycles", l.computeCycles());
            o.addProperty("stall_cycles", l.stallCycles());
            o.addProperty("total_cycles", l.totalCycles());
            o.addProperty("utilization", l.utilization());
            o.addProperty("dram_bytes", l.dramBytes());
            o.addProperty("energy_pj", l.energyPj());
            layers.add(o);
        }
        root.add("layers", layers);
        JsonObject totals = new JsonObject();
        totals.addProperty("compute_cycles", t.computeCycles());
        totals.addProperty("stall_cycles", t.stallCycles());
        totals.addProperty("total_cycles", t.totalCycles());
        totals.addProperty("dram_bytes", t.dramBytes());
        totals.addProperty("energy_pj", t.energyPj());
        totals.addProperty("latency_ns", t.latencyNs());
        root.add("totals", totals);
        return new GsonBuilder().setPrettyPrinting().create().toJson(root);
    }
}
