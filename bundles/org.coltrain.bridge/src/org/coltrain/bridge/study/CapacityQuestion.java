package org.coltrain.bridge.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.ModelToExplore;
import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.DesignSearch;
import org.coltrain.model.SchedulerPolicy;
import org.coltrain.model.SearchRole;
import org.coltrain.model.Study;
import org.coltrain.model.StudyVariant;
import org.coltrain.model.StudyWorkload;
import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.dse.DesignSpaceSpec;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.study.CapacityMemo;
import org.coltrain.sim.study.CapacityStudy;
import org.coltrain.sim.study.CapacityStudyResult;
import org.coltrain.sim.study.CapacityStudySpec;
import org.coltrain.sim.study.DesignRole;
import org.coltrain.sim.study.SearchSettings;
import org.coltrain.sim.study.StudyCalibrations;
import org.coltrain.sim.study.StudyTable;
import org.coltrain.sim.study.WorkloadShare;

/** The capacity question (Equinox's 6.67x): the study element as a {@link CapacityStudySpec}, run, tabulated. */
final class CapacityQuestion {

    private CapacityQuestion() {
    }

    static CapacityStudySpec spec(Study study) {
        DesignSearch s = study.getSearch();
        AcceleratorSpec template = ModelToExplore.template(s);
        DesignSpaceSpec space = ModelToExplore.space(s);
        DesignBudget envelope = ModelToExplore.envelope(s);
        List<DesignRole> roles = new ArrayList<>();
        for (SearchRole r : s.getRoles()) roles.add(new DesignRole(r.getName(), scheduler(r.getScheduler()), r.isTrains()));
        List<Scheduler> schedulers = study.getSchedulers().isEmpty()
                ? roles.stream().map(DesignRole::scheduler).distinct().toList()
                : study.getSchedulers().stream().map(CapacityQuestion::scheduler).toList();
        List<WorkloadShare> workloads = new ArrayList<>();
        for (StudyWorkload w : study.getWorkloads())
            workloads.add(new WorkloadShare(ModelToSim.network(w.getNetwork()), w.getWeight()));
        SearchSettings measure = SearchSettings.DEFAULT.withSeed(study.getSeed()).withRequestsPerProbe(study.getRequests());
        SearchSettings probe = measure.withRequestsPerProbe(s.getProbeRequests());
        List<CapacityStudySpec.Variant> variants = new ArrayList<>();
        for (StudyVariant v : study.getVariants()) {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (StudyWorkload w : v.getWeights()) weights.put(w.getNetwork().getName(), w.getWeight());
            variants.add(new CapacityStudySpec.Variant(v.getName(),
                    v.getTemplate() == null ? null : ModelToSim.accelerator(v.getTemplate()), weights));
        }
        return new CapacityStudySpec(template, space, envelope, roles, schedulers, workloads, study.getSloPercentile(),
                ModelToServing.ns(study.getSloLatencyS()), study.getMaxBatch(), probe, measure,
                study.getSloSweepS().stream().map(ModelToServing::ns).toList(), study.getLoads(), variants);
    }

    static Scheduler scheduler(SchedulerPolicy policy) {
        return ModelToServing.builtIn(policy, Map.of());
    }

    static StudyOutcome run(Study study, CapacityMemo memo) {
        CapacityStudySpec spec = spec(study);
        CapacityStudyResult r = CapacityStudy.run(spec, memo);
        Figures f = new Figures("capacity");
        List<String> deps = dependsOn(r);
        List<CapacityStudyResult.WorkloadRow> rows = new ArrayList<>(r.workloads());
        rows.add(r.mix());
        for (CapacityStudyResult.WorkloadRow row : rows) {
            f.put("ratio", row.workload(), row.ratio(), deps);
            f.put("scheduler_factor", row.workload(), row.schedulerFactor(), deps);
            f.put("design_factor", row.workload(), row.designFactor(), deps);
        }
        List<StudyTable> tables = List.of(workloadTable(spec, r), designTable(r), searchTable(r), variantTable(spec, r),
                sloTable(r), loadTable(r));
        List<String> notes = new ArrayList<>();
        CapacityStudyResult.Provenance pv = r.provenance();
        notes.add(String.format(Locale.ROOT, "capacities: %d read from the cache %s, %d reused within the run, %d "
                + "simulated (simulator fingerprint %s)%s", pv.fromFile(),
                pv.cacheFile().isEmpty() ? "(none)" : pv.cacheFile(), pv.reused(), pv.simulated(),
                pv.simulatorFingerprint(), pv.simulated() == 0 ? ": nothing was simulated" : ""));
        for (CapacityStudyResult.Pick p : r.designs())
            notes.add(String.format(Locale.ROOT, "search %s (inputs %s): %d candidates, %d measured, %d pruned by the "
                    + "analytical bound; capacities %d from the cache file, %d reused, %d simulated; inputs: %s",
                    p.role().name(), p.searchKey(), p.search().candidates(), p.search().evaluated().size(),
                    p.search().pruned(), p.capacitiesFromFile(), p.capacitiesReused(), p.capacitiesSimulated(),
                    p.searchInputs()));
        notes.add("mix capacity: weighted geometric mean of the workloads' capacities; weights as declared in the study");
        return new StudyOutcome(study.getName(), "capacity", f.check(study), tables, notes, r);
    }

    /** The cost calibrations the picked designs' area and power depend on (the envelope decides the picks). */
    static List<String> dependsOn(CapacityStudyResult r) {
        return StudyCalibrations.costOf(r.designs().stream().map(p -> p.design().accelerator()).toList());
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static StudyTable workloadTable(CapacityStudySpec spec, CapacityStudyResult r) {
        List<String> cols = new ArrayList<>(List.of("workload", "weight", "b1_latency_us_" + spec.roles().get(0).name(),
                "b1_latency_us_" + spec.roles().get(1).name()));
        for (DesignRole role : spec.roles())
            for (Scheduler s : spec.schedulers()) cols.add("capacity_rps_" + role.name() + "_" + s.name());
        for (DesignRole role : spec.roles())
            for (Scheduler s : spec.schedulers()) cols.add("bound_rps_" + role.name() + "_" + s.name());
        cols.addAll(List.of("ratio", "scheduler_factor", "design_factor"));
        List<List<String>> rows = new ArrayList<>();
        List<CapacityStudyResult.WorkloadRow> all = new ArrayList<>(r.workloads());
        all.add(r.mix());
        for (CapacityStudyResult.WorkloadRow w : all) {
            List<String> row = new ArrayList<>(List.of(w.workload(), f("%.3f", w.weight()), f("%.2f", w.batch1LatencyUs()[0]),
                    f("%.2f", w.batch1LatencyUs()[1])));
            for (double[] d : w.capacityRps()) for (double c : d) row.add(f("%.1f", c));
            for (double[] d : w.saturationRps()) for (double c : d) row.add(f("%.1f", c));
            row.addAll(List.of(f("%.3f", w.ratio()), f("%.3f", w.schedulerFactor()), f("%.3f", w.designFactor())));
            rows.add(row);
        }
        return new StudyTable("workloads", "Capacity per workload and for the weighted mix (max Poisson req/s with the "
                + "SLO percentile met), each scheduler's throughput bound (best batch / latency over the batches it "
                + "forms), and the ratio's decomposition (ratio = scheduler_factor x design_factor)", cols, rows);
    }

    private static StudyTable designTable(CapacityStudyResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (CapacityStudyResult.Pick p : r.designs()) {
            AcceleratorSpec a = p.design().accelerator();
            rows.add(List.of(p.role().name(), p.role().scheduler().name(), a.name(), p.design().at().encoding().shortName(),
                    p.design().at().dataflow().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    Integer.toString(a.arrayCount()), Integer.toString(a.rows()), Integer.toString(a.cols()),
                    Long.toString(p.design().at().bufferBytes() >> 20), f("%.2f", p.design().areaMm2()),
                    f("%.2f", p.design().powerMw() / 1e3), f("%.2f", a.peakMacsPerS() / 1e12),
                    f("%.1f", p.search().bestObjective())));
        }
        return new StudyTable("designs", "Designs picked by the search, one per role", List.of("role", "scheduler",
                "design", "encoding", "dataflow", "arrays", "rows", "cols", "buffers_mib", "area_mm2", "power_w",
                "peak_tmac_s", "search_mix_capacity_rps"), rows);
    }

    private static StudyTable searchTable(CapacityStudyResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (CapacityStudyResult.Pick p : r.designs())
            for (var e : p.search().evaluated())
                rows.add(List.of(p.role().name(), e.candidate().accelerator().name(), f("%.1f", e.upperBound()),
                        f("%.1f", e.objective())));
        return new StudyTable("search", "Candidates the search measured, in order (bound and measured mix capacity, "
                + "req/s); all others were pruned by their bound", List.of("role", "candidate", "bound_rps",
                        "mix_capacity_rps"), rows);
    }

    private static StudyTable variantTable(CapacityStudySpec spec, CapacityStudyResult r) {
        List<String> cols = new ArrayList<>(List.of("variant", "baseline_design", "design_under_test", "mix_ratio"));
        for (WorkloadShare w : spec.workloads()) cols.add("ratio_" + w.name());
        List<List<String>> rows = new ArrayList<>();
        List<String> main = new ArrayList<>(List.of("(study template)", r.designs().get(0).design().accelerator().name(),
                r.designs().get(1).design().accelerator().name(), f("%.3f", r.mix().ratio())));
        for (var w : r.workloads()) main.add(f("%.3f", w.ratio()));
        rows.add(main);
        for (CapacityStudyResult.VariantRow v : r.variants()) {
            List<String> row = new ArrayList<>(List.of(v.variant(), v.baselineDesign(), v.designUnderTest(),
                    f("%.3f", v.mixRatio())));
            for (double x : v.workloadRatios()) row.add(f("%.3f", x));
            rows.add(row);
        }
        return new StudyTable("sensitivity", "Sensitivity band: the search and the ratios rerun on each variant (another template or other workload weights)",
                cols, rows);
    }

    private static StudyTable sloTable(CapacityStudyResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (CapacityStudyResult.SloPoint p : r.sloCurve())
            rows.add(List.of(p.design(), p.scheduler(), f("%.0f", p.sloUs()), f("%.1f", p.mixCapacityRps()),
                    f("%.3f", p.mixRatio())));
        return new StudyTable("slo", "Mix capacity against the SLO, per design and scheduler", List.of("design",
                "scheduler", "slo_us", "mix_capacity_rps", "mix_ratio"), rows);
    }

    private static StudyTable loadTable(CapacityStudyResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (CapacityStudyResult.LoadPoint p : r.loadCurve())
            rows.add(List.of(p.workload(), p.design(), p.scheduler(), f("%.1f", p.offeredRps()), f("%.1f", p.throughputRps()),
                    f("%.1f", p.p99Us()), f("%.5f", p.sloViolationRate()), p.sloMet() ? "met" : "missed"));
        return new StudyTable("load", "Latency against offered load (fractions of the baseline's capacity)",
                List.of("workload", "design", "scheduler", "offered_rps", "throughput_rps", "p99_us",
                        "slo_violation_rate", "slo"), rows);
    }
}
