package org.coltrain.sim.supernet;

import java.util.ArrayList;
import java.util.List;

/** Runs SUSHI and its baselines on the same query stream (same seed, same arrivals and targets). */
public final class SushiComparison {

    private SushiComparison() {
    }

    /** The baselines of the issue, then SUSHI: no caching, a static SubNet, LRU caching, SubGraph Stationary. */
    public static List<ServingPolicy> standardPolicies(ServingPolicy.Sushi sushi, String staticSubNet) {
        return List.of(new ServingPolicy.NoCache(), new ServingPolicy.Static(staticSubNet), new ServingPolicy.Lru(),
                sushi);
    }

    public static List<SushiResult> run(SushiModel model, List<ServingPolicy> policies) {
        List<SushiResult> results = new ArrayList<>(policies.size());
        for (ServingPolicy p : policies) results.add(SushiSimulation.run(model, p));
        return results;
    }
}
