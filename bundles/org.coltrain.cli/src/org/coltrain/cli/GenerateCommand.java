package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.coltrain.bridge.results.AtomicFiles;
import org.coltrain.dsl.generator.SimulationClassGenerator;
import org.coltrain.model.Experiment;
import org.coltrain.sim.serve.arrival.TraceParseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Validates the model and writes the Java source of one experiment's simulation instance: a class "
                + "with the model's values as constants and a main(SEED, OUTPUT_DIR) that writes results.json.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions.ModelFile model;

    @Mixin
    SharedOptions.ExperimentName experimentName;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", required = true,
            description = "source folder; the class goes to DIR/<package path>/<Experiment>Simulation.java")
    File out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Models.Found<Experiment> experiment = Models.load(model.file, Experiment.class, experimentName.name, "--experiment", err);
        if (!experiment.ok()) return experiment.exitCode();
        SimulationClassGenerator.GeneratedClass generated;
        try {
            generated = new SimulationClassGenerator().generate(experiment.element(), IssueFormat.path(model.file));
        } catch (TraceParseException e) {
            err.println(e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        }
        Path target = out.toPath().resolve(generated.path());
        AtomicFiles.writeString(target, generated.source());
        stdout.println("wrote " + target);
        stdout.flush();
        return ExitCodes.OK;
    }
}
