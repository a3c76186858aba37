package org.coltrain.report.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coltrain.cli.ModelLoader;
import org.coltrain.model.Experiment;
import org.coltrain.model.Model;

/** Every experiment of every valid example (examples/ except invalid/), and the model objects behind them. */
final class Examples {

    record ExperimentRef(Path file, String name) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + name;
        }
    }

    private static final Pattern EXPERIMENT = Pattern.compile("(?m)^experiment\\s+(\\w+)");

    private Examples() {
    }

    static List<ExperimentRef> experiments() {
        List<ExperimentRef> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".coltrain") && !p.toString().contains("invalid")).sorted().toList()) {
                Matcher m = EXPERIMENT.matcher(Files.readString(f));
                while (m.find()) out.add(new ExperimentRef(f, m.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Experiment load(ExperimentRef ref) {
        Model model = new ModelLoader().load(ref.file().toFile()).model();
        return model.getElements().stream().filter(e -> e instanceof Experiment && e.getName().equals(ref.name()))
                .map(Experiment.class::cast).findFirst().orElseThrow();
    }
}
