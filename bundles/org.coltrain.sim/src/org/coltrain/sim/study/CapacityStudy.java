package org.coltrain.sim.study;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.array.LatencyTableCache;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.dse.BranchAndBound;
import org.coltrain.sim.dse.Candidate;
import org.coltrain.sim.dse.Candidates;
import org.coltrain.sim.dse.ResultCache;
import org.coltrain.sim.dse.SearchOutcome;
import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * Runs a {@link CapacityStudySpec}: for each role, a branch-and-bound search over the envelope's candidates for the
 * highest mix capacity under the role's scheduler (search settings); then every design under every scheduler on every
 * workload (measure settings); the latency-vs-load curves, the capacity-vs-SLO curves, and the sensitivity variants.
 * Every capacity goes through the {@link CapacityMemo}, so a rerun with the same inputs simulates nothing.
 */
public final class CapacityStudy {

    private CapacityStudy() {
    }

    /** No candidate of the envelope has a capacity above 0 on every weighted workload for a role. */
    public static final class NoFeasibleDesign extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NoFeasibleDesign(String role) {
            super("no design in the envelope meets the SLO on every weighted workload for role " + role);
        }
    }

    public static CapacityStudyResult run(CapacityStudySpec spec, CapacityMemo memo) {
        LatencyTableCache tables = new LatencyTableCache();
        ResultCache c = memo.cache();
        int file0 = c.fileHits(), hits0 = c.hits(), misses0 = c.misses();
        List<CapacityStudyResult.Pick> picks = search(spec, memo, tables);
        List<AcceleratorSpec> designs = picks.stream().map(p -> p.design().accelerator()).toList();
        List<CapacityStudyResult.WorkloadRow> rows = new ArrayList<>();
        for (WorkloadShare w : spec.workloads()) rows.add(row(spec, memo, tables, designs, w, spec.sloNs()));
        CapacityStudyResult.WorkloadRow mix = mixRow(spec, rows);
        List<CapacityStudyResult.LoadPoint> load = loadCurve(spec, memo, tables, designs, rows);
        List<CapacityStudyResult.SloPoint> slo = sloCurve(spec, memo, tables, designs, picks);
        List<CapacityStudyResult.VariantRow> variants = new ArrayList<>();
        for (CapacityStudySpec.Variant v : spec.variants()) {
            CapacityStudySpec vs = spec.of(v);
            List<CapacityStudyResult.Pick> vp;
            try {
                vp = search(vs, memo, tables);
            } catch (NoFeasibleDesign e) {
                variants.add(new CapacityStudyResult.VariantRow(v.name(), "(none: " + e.getMessage() + ")", "",
                        Double.NaN, vs.workloads().stream().map(w -> Double.NaN).toList()));
                continue;
            }
            List<AcceleratorSpec> vd = vp.stream().map(p -> p.design().accelerator()).toList();
            List<CapacityStudyResult.WorkloadRow> vr = new ArrayList<>();
            for (WorkloadShare w : vs.workloads()) vr.add(row(vs, memo, tables, vd, w, spec.sloNs()));
            variants.add(new CapacityStudyResult.VariantRow(v.name(), vd.get(0).name(), vd.get(1).name(),
                    mixRow(vs, vr).ratio(), vr.stream().map(CapacityStudyResult.WorkloadRow::ratio).toList()));
        }
        int fromFile = c.fileHits() - file0;
        return new CapacityStudyResult(picks, rows, mix, load, slo, variants, new CapacityStudyResult.Provenance(
                c.file() == null ? "" : c.file().toString(), fromFile, c.hits() - hits0 - fromFile, c.misses() - misses0,
                SimulatorFingerprint.value()));
    }

    private static List<CapacityStudyResult.Pick> search(CapacityStudySpec spec, CapacityMemo memo,
            LatencyTableCache tables) {
        List<Candidate> all = Candidates.enumerate(spec.template(), spec.space(), spec.envelope());
        List<CapacityStudyResult.Pick> picks = new ArrayList<>();
        for (DesignRole role : spec.roles()) {
            List<Candidate> allowed = all.stream().filter(c -> !role.trains() || c.trains()).toList();
            // workloads of weight 0 are reported, not searched for: they do not enter the mix's geometric mean
            List<WorkloadShare> weighted = spec.workloads().stream().filter(w -> w.weight() > 0).toList();
            MixCapacity objective = new MixCapacity(weighted, role.scheduler(), spec.maxBatch(),
                    spec.sloPercentile(), spec.sloNs(), spec.search(), memo, tables);
            ResultCache c = memo.cache();
            int f = c.fileHits(), h = c.hits(), m = c.misses();
            SearchOutcome outcome = BranchAndBound.maximize(allowed, objective, spec.search().seed());
            if (outcome.best() == null) throw new NoFeasibleDesign(role.name());
            // readable; the cached capacities' own keys hold the full inputs (latency tables, settings)
            String inputs = "template " + spec.template().name() + "; " + spec.space().canonical() + "; envelope "
                    + spec.envelope().areaMm2() + " mm2, " + spec.envelope().powerMw() / 1e3 + " W; role "
                    + role.name() + " (" + role.scheduler().name() + (role.trains() ? ", trains" : "") + "); workloads "
                    + weighted.stream().map(w -> w.name() + "=" + w.weight()).toList() + "; slo " + spec.sloNs() / 1e3
                    + " us at p" + spec.sloPercentile() + "; max batch " + spec.maxBatch() + "; "
                    + spec.search().requestsPerProbe() + " requests per probe, seed " + spec.search().seed()
                    + "; simulator " + SimulatorFingerprint.value();
            int fromFile = c.fileHits() - f;
            picks.add(new CapacityStudyResult.Pick(role, outcome.best(), outcome, ResultCache.key(inputs).substring(0, 16),
                    inputs, fromFile, c.hits() - h - fromFile, c.misses() - m));
        }
        return picks;
    }

    private static CapacityStudyResult.WorkloadRow row(CapacityStudySpec spec, CapacityMemo memo,
            LatencyTableCache tables, List<AcceleratorSpec> designs, WorkloadShare w, long sloNs) {
        double[][] cap = new double[designs.size()][spec.schedulers().size()];
        double[][] saturation = new double[designs.size()][spec.schedulers().size()];
        for (int d = 0; d < designs.size(); d++)
            for (int s = 0; s < spec.schedulers().size(); s++) {
                MixCapacity m = new MixCapacity(List.of(w), spec.schedulers().get(s), spec.maxBatch(),
                        spec.sloPercentile(), sloNs, spec.measure(), memo, tables);
                ServiceUnderTest service = m.service(designs.get(d), w);
                cap[d][s] = memo.maxRate(service, spec.measure()).maxRateRps();
                saturation[d][s] = service.saturationRps();
            }
        double[] b1 = new double[designs.size()];
        for (int d = 0; d < designs.size(); d++) b1[d] = NetworkTiming.of(designs.get(d), w.network(), 1).latencyNs() / 1e3;
        return decompose(spec, w.name(), w.weight(), b1, cap, saturation);
    }

    /** ratio = C[1][s1] / C[0][s0] = (C[0][s1] / C[0][s0]) x (C[1][s1] / C[0][s1]). */
    private static CapacityStudyResult.WorkloadRow decompose(CapacityStudySpec spec, String name, double weight,
            double[] b1, double[][] cap, double[][] saturation) {
        int s0 = spec.schedulers().indexOf(spec.roles().get(0).scheduler());
        int s1 = spec.schedulers().indexOf(spec.roles().get(1).scheduler());
        double ratio = cap[1][s1] / cap[0][s0];
        double scheduler = cap[0][s1] / cap[0][s0];
        double design = cap[1][s1] / cap[0][s1];
        return new CapacityStudyResult.WorkloadRow(name, weight, b1, cap, saturation, ratio, scheduler, design);
    }

    private static CapacityStudyResult.WorkloadRow mixRow(CapacityStudySpec spec,
            List<CapacityStudyResult.WorkloadRow> rows) {
        int designs = rows.get(0).capacityRps().length, schedulers = rows.get(0).capacityRps()[0].length;
        double[][] cap = new double[designs][schedulers], saturation = new double[designs][schedulers];
        double[] values = new double[rows.size()];
        for (int d = 0; d < designs; d++)
            for (int s = 0; s < schedulers; s++) {
                for (int i = 0; i < rows.size(); i++) values[i] = rows.get(i).capacityRps()[d][s];
                cap[d][s] = MixCapacity.geometricMean(spec.workloads(), values);
                for (int i = 0; i < rows.size(); i++) values[i] = rows.get(i).saturationRps()[d][s];
                saturation[d][s] = MixCapacity.geometricMean(spec.workloads(), values);
            }
        double[] b1 = new double[designs];
        for (int d = 0; d < designs; d++) {
            for (int i = 0; i < rows.size(); i++) values[i] = rows.get(i).batch1LatencyUs()[d];
            b1[d] = MixCapacity.geometricMean(spec.workloads(), values);
        }
        return decompose(spec, "mix", spec.workloads().stream().mapToDouble(WorkloadShare::weight).sum(), b1, cap,
                saturation);
    }

    private static List<CapacityStudyResult.LoadPoint> loadCurve(CapacityStudySpec spec, CapacityMemo memo,
            LatencyTableCache tables, List<AcceleratorSpec> designs, List<CapacityStudyResult.WorkloadRow> rows) {
        List<CapacityStudyResult.LoadPoint> out = new ArrayList<>();
        if (spec.loadFractions().isEmpty()) return out;
        for (int i = 0; i < spec.workloads().size(); i++) {
            WorkloadShare w = spec.workloads().get(i);
            for (int d = 0; d < designs.size(); d++) {
                Scheduler sched = spec.roles().get(d).scheduler();
                // loads are fractions of the baseline's capacity, so both designs are seen at the same offered rates
                double reference = rows.get(i).capacityRps()[0][spec.schedulers().indexOf(spec.roles().get(0).scheduler())];
                if (!(reference > 0)) continue;
                MixCapacity m = new MixCapacity(List.of(w), sched, spec.maxBatch(), spec.sloPercentile(), spec.sloNs(),
                        spec.measure(), memo, tables);
                ServiceUnderTest sut = m.service(designs.get(d), w);
                for (double f : spec.loadFractions())
                    out.add(loadPoint(memo, sut, designs.get(d).name(), f * reference, spec.measure()));
            }
        }
        return out;
    }

    private static CapacityStudyResult.LoadPoint loadPoint(CapacityMemo memo, ServiceUnderTest s, String design,
            double rate, SearchSettings settings) {
        String inputs = "load;v1;sim=" + SimulatorFingerprint.value() + ";latency_ns="
                + java.util.Arrays.toString(s.table().latencyNs()) + ";scheduler=" + s.scheduler() + ";max_batch="
                + s.maxBatch() + ";percentile=" + s.sloPercentile() + ";slo_ns=" + s.sloLatencyNs() + ";rate=" + rate
                + ";settings=" + settings;
        double[] v = memo.cache().get(ResultCache.key(inputs), s.name() + " on " + design + ", " + s.scheduler().name()
                + " at " + Math.round(rate) + " req/s", () -> {
                    ServiceResult r = ServingSimulation.run(s.config(rate, settings)).service(s.name());
                    return new double[] {r.throughputRps(), r.p99Us(), r.sloViolationRate(), r.sloMet() ? 1 : 0};
                });
        return new CapacityStudyResult.LoadPoint(s.name(), design, s.scheduler().name(), rate, v[0], v[1], v[2],
                v[3] == 1);
    }

    private static List<CapacityStudyResult.SloPoint> sloCurve(CapacityStudySpec spec, CapacityMemo memo,
            LatencyTableCache tables, List<AcceleratorSpec> designs, List<CapacityStudyResult.Pick> picks) {
        List<CapacityStudyResult.SloPoint> out = new ArrayList<>();
        for (long slo : spec.slosNs()) {
            List<CapacityStudyResult.WorkloadRow> rows = new ArrayList<>();
            for (WorkloadShare w : spec.workloads()) rows.add(row(spec, memo, tables, designs, w, slo));
            CapacityStudyResult.WorkloadRow mix = mixRow(spec, rows);
            for (int d = 0; d < designs.size(); d++)
                for (int s = 0; s < spec.schedulers().size(); s++)
                    out.add(new CapacityStudyResult.SloPoint(picks.get(d).role().name(),
                            spec.schedulers().get(s).name(), slo / 1e3, mix.capacityRps()[d][s], mix.ratio()));
        }
        return out;
    }
}
