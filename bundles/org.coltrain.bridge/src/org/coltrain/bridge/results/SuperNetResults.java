package org.coltrain.bridge.results;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.model.CacheInterval;
import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.PolicyResult;
import org.coltrain.model.QueryRecord;
import org.coltrain.model.SubNetResult;
import org.coltrain.model.SuperNetServingResult;
import org.coltrain.sim.supernet.ResolvedSubNet;
import org.coltrain.sim.supernet.ServedQuery;
import org.coltrain.sim.supernet.SushiConfig;
import org.coltrain.sim.supernet.SushiModel;
import org.coltrain.sim.supernet.SushiResult;

/**
 * A SuperNet serving study as the results metamodel (SI units: the simulator's percent become fractions, its us
 * and ns seconds) and its tables: policies.csv (one row per policy), subnets.csv, queries.csv (the traced policy's
 * first measured queries with the SubNet chosen and the cache's share of each SubNet's weights).
 */
public final class SuperNetResults {

    private SuperNetResults() {
    }

    public static SuperNetServingResult toModel(String modelFile, SushiModel model, List<SushiResult> results,
            String tracedPolicy, List<ServedQuery> traced, boolean traceComplete) {
        ColtrainFactory f = ColtrainFactory.eINSTANCE;
        SushiConfig c = model.config();
        SuperNetServingResult r = f.createSuperNetServingResult();
        ResultsToModel.stamp(r, modelFile, c.seed());
        r.setServing(c.name());
        r.setSuperNet(c.superNet().name());
        r.setAccelerator(c.accelerator().name());
        r.setCacheBytes(c.cacheCapacityBytes());
        r.setActivationsOnChip(c.activationsOnChip());
        r.setSimulatedS(c.durationNs() * 1e-9);
        r.setWarmupS(c.warmupNs() * 1e-9);
        List<ResolvedSubNet> subNets = model.layout().subNets();
        for (ResolvedSubNet s : subNets) {
            SubNetResult m = f.createSubNetResult();
            m.setName(s.name());
            m.setAccuracy(s.accuracyPercent() / 100);
            m.setLatencyS(model.uncachedLatencyNs(s.index()) * 1e-9);
            m.setPinnedLatencyS(model.pinnedLatencyNs(s.index()) * 1e-9);
            m.setWeightBytes(model.weightBytes(s.index()));
            r.getSubNets().add(m);
        }
        for (SushiResult p : results) r.getPolicies().add(policy(p));
        r.setTracedPolicy(tracedPolicy);
        r.setTraceComplete(traceComplete);
        for (ServedQuery q : traced) {
            QueryRecord m = f.createQueryRecord();
            m.setArrivalS(q.arrivalNs() * 1e-9);
            m.setStartS(q.startNs() * 1e-9);
            m.setFinishS(q.finishNs() * 1e-9);
            m.setDeadlineS(q.deadlineNs() * 1e-9);
            m.setSubNet(subNets.get(q.subNet()).name());
            m.setMetTarget(q.metTarget());
            m.setCachedBytes(q.cachedBytesAfter());
            r.getQueries().add(m);
        }
        for (int s = 0; s < subNets.size(); s++) cacheIntervals(r, subNets.get(s).name(), s, traced);
        return r;
    }

    /** From each traced query's start to the next one's (the last: to its finish), merged while the share stays. */
    private static void cacheIntervals(SuperNetServingResult r, String subNet, int s, List<ServedQuery> traced) {
        CacheInterval open = null;
        for (int i = 0; i < traced.size(); i++) {
            ServedQuery q = traced.get(i);
            double share = q.cachedShares().get(s);
            double endS = (i + 1 < traced.size() ? traced.get(i + 1).startNs() : q.finishNs()) * 1e-9;
            if (open != null && open.getCachedShare() == share) {
                open.setEndS(endS);
                continue;
            }
            open = ColtrainFactory.eINSTANCE.createCacheInterval();
            open.setSubNet(subNet);
            open.setStartS(q.startNs() * 1e-9);
            open.setEndS(endS);
            open.setCachedShare(share);
            r.getCache().add(open);
        }
    }

    private static PolicyResult policy(SushiResult p) {
        PolicyResult m = ColtrainFactory.eINSTANCE.createPolicyResult();
        m.setPolicy(p.policy());
        m.setStaticSubNet(p.staticSubNet());
        m.setQueries(p.queries());
        m.setMeanS(p.meanLatencyUs() * 1e-6);
        m.setP50S(p.p50LatencyUs() * 1e-6);
        m.setP90S(p.p90LatencyUs() * 1e-6);
        m.setP99S(p.p99LatencyUs() * 1e-6);
        m.setTargetMetFraction(p.targetMetFraction());
        m.setFeasibleMetFraction(p.feasibleMetFraction());
        m.setAccuracyFloorMetFraction(p.accuracyFloorMetFraction());
        m.setServedAccuracy(p.servedAccuracyPercent() / 100);
        m.setOffChipWeightBytesPerQuery(p.offChipWeightBytesPerQuery());
        m.setOffChipActivationBytesPerQuery(p.offChipActivationBytesPerQuery());
        m.setCacheFillBytesPerQuery(p.cacheFillBytesPerQuery());
        m.setOffChipEnergyJPerQuery(p.offChipEnergyUjPerQuery() * 1e-6);
        m.setWeightHitRate(p.weightHitRate());
        m.setMeanCachedBytes(p.meanCachedBytes());
        m.getServedPerSubNet().addAll(p.servedPerSubNet());
        return m;
    }

    public static String policiesCsv(SuperNetServingResult r) {
        StringBuilder b = new StringBuilder("policy,static_subnet,queries,mean_s,p50_s,p90_s,p99_s,target_met_fraction,"
                + "feasible_met_fraction,accuracy_floor_met_fraction,served_accuracy,off_chip_weight_bytes_per_query,"
                + "off_chip_activation_bytes_per_query,cache_fill_bytes_per_query,off_chip_energy_j_per_query,weight_hit_rate,"
                + "mean_cached_bytes\n");
        for (PolicyResult p : r.getPolicies())
            row(b, p.getPolicy(), p.getStaticSubNet(), p.getQueries(), p.getMeanS(), p.getP50S(), p.getP90S(), p.getP99S(),
                    p.getTargetMetFraction(), p.getFeasibleMetFraction(), p.getAccuracyFloorMetFraction(), p.getServedAccuracy(),
                    p.getOffChipWeightBytesPerQuery(), p.getOffChipActivationBytesPerQuery(), p.getCacheFillBytesPerQuery(),
                    p.getOffChipEnergyJPerQuery(), p.getWeightHitRate(), p.getMeanCachedBytes());
        return b.toString();
    }

    public static String subNetsCsv(SuperNetServingResult r) {
        StringBuilder b = new StringBuilder("subnet,accuracy,latency_s,pinned_latency_s,weight_bytes");
        for (PolicyResult p : r.getPolicies()) b.append(',').append(ResultCsvs.column(p.getPolicy() + " served"));
        b.append('\n');
        for (int s = 0; s < r.getSubNets().size(); s++) {
            SubNetResult n = r.getSubNets().get(s);
            List<Object> cells = new ArrayList<>(List.of(n.getName(), n.getAccuracy(), n.getLatencyS(), n.getPinnedLatencyS(),
                    n.getWeightBytes()));
            for (PolicyResult p : r.getPolicies()) cells.add(p.getServedPerSubNet().get(s));
            row(b, cells.toArray());
        }
        return b.toString();
    }

    public static String queriesCsv(SuperNetServingResult r) {
        StringBuilder b = new StringBuilder("arrival_s,start_s,finish_s,deadline_s,subnet,met_target,cached_bytes\n");
        for (QueryRecord q : r.getQueries())
            row(b, q.getArrivalS(), q.getStartS(), q.getFinishS(), q.getDeadlineS(), q.getSubNet(), q.isMetTarget(), q.getCachedBytes());
        return b.toString();
    }

    private static void row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append(',');
            b.append(cells[i] == null ? "" : cells[i] instanceof Double d ? Double.toString(d) : String.valueOf(cells[i]));
        }
        b.append('\n');
    }
}
