package org.coltrain.bridge.run;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.ModelElements;
import org.coltrain.model.Element;
import org.coltrain.model.Model;

/**
 * Every kind of runnable element, and finding what a file can run. The order is the order lists show:
 * experiment, sweep, mapping, serving, cluster, study, explore, llm serving. A new kind is one more {@link RunKind}
 * here, one more {@link RunOutput} record and one more report page; the CLI, the IDE and the writer go through this list.
 */
public final class RunKinds {

    public static final RunKind EXPERIMENT = new ExperimentKind(), SWEEP = new SweepKind(), MAPPING = new MappingKind(),
            SERVING = new SuperNetKind(), CLUSTER = new ClusterKind(), STUDY = new StudyKind(),
            EXPLORE = new ExploreKind(), LLM = new LlmKind();

    public static final List<RunKind> ALL = List.of(EXPERIMENT, SWEEP, MAPPING, SERVING, CLUSTER, STUDY, EXPLORE,
            LLM);

    /** Work intervals an experiment's run traces for its timeline diagram. */
    public static final int TRACE_INTERVALS = ExperimentKind.TRACE_INTERVALS;

    /** The target found, or (target null) what is wrong in a sentence that names the choices. */
    public record Lookup(RunTarget target, String problem) {
    }

    private RunKinds() {
    }

    /** Everything {@code model}'s own file can run, in file order (an experiment with sweeps also as its sweep). */
    public static List<RunTarget> targets(Model model) {
        List<RunTarget> out = new ArrayList<>();
        for (Element e : model.getElements())
            for (RunKind k : ALL) if (k.runs(e)) out.add(new RunTarget(k, e));
        return out;
    }

    /** What the file can run, or, when it runs nothing itself, what the files it imports can. */
    public static List<RunTarget> targetsWithImports(Model model) {
        List<RunTarget> own = targets(model);
        if (!own.isEmpty()) return own;
        List<RunTarget> all = new ArrayList<>();
        for (Model imported : ModelElements.imports(model)) all.addAll(targets(imported));
        return all;
    }

    /**
     * The target {@code coltrain run} means: the element called {@code name} in the file or its imports (without a
     * name, the file's only runnable element, or its imports' only one), run as itself, or as its sweep when
     * {@code sweep} is set. {@code howToChoose} ends the message for several, e.g. "choose one with -e NAME".
     */
    public static Lookup find(Model model, String name, boolean sweep, String howToChoose) {
        RunKind wanted = sweep ? SWEEP : null;
        if (name != null) {
            List<Model> models = new ArrayList<>(List.of(model));
            models.addAll(ModelElements.imports(model));
            List<String> names = new ArrayList<>();
            for (Model m : models) {
                for (Element e : m.getElements()) {
                    RunKind kind = kindOf(e);
                    if (kind == null) continue;
                    if (name.equals(e.getName())) {
                        if (!sweep) return new Lookup(new RunTarget(kind, e), null);
                        if (kind == EXPERIMENT) return new Lookup(new RunTarget(SWEEP, e), null);
                        return new Lookup(null, kind.keyword() + " " + name + " is not an experiment; only an experiment's 'sweep' entries run as a sweep");
                    }
                    names.add(e.getName());
                }
            }
            return new Lookup(null, "no runnable element named '" + name + "'; available: " + String.join(", ", names));
        }
        List<RunTarget> candidates = new ArrayList<>();
        for (RunTarget t : targetsWithImports(model))
            if (sweep ? t.kind() == SWEEP : t.kind() != SWEEP) candidates.add(t);
        if (candidates.size() == 1) return new Lookup(candidates.get(0), null);
        if (candidates.isEmpty())
            return new Lookup(null, sweep ? "the model has no experiment with 'sweep' entries"
                    : "the model has nothing to run (an experiment, mapping, serving block, cluster, study, explore or llm serving block)");
        return new Lookup(null, "the model has several runnable elements (" + String.join(", ",
                candidates.stream().map(RunTarget::label).toList()) + "); " + howToChoose);
    }

    /** The kind an element runs as by default (an experiment as itself, not as its sweep), or null. */
    public static RunKind kindOf(Element e) {
        for (RunKind k : ALL) if (k != SWEEP && k.runs(e)) return k;
        return null;
    }

    /** The kind called {@code keyword}, or null. */
    public static RunKind byKeyword(String keyword) {
        for (RunKind k : ALL) if (k.keyword().equals(keyword)) return k;
        return null;
    }
}
