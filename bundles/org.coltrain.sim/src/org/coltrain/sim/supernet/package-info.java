/**
 * SuperNet serving with SubGraph Stationary weight caching (SUSHI, MLSys 2023; REFERENCES.md).
 *
 * <p>A once-for-all SuperNet ({@link org.coltrain.sim.supernet.SuperNetSpec}) and the SubNets the server may pick
 * ({@link org.coltrain.sim.supernet.SubNetChoice}, accuracy given) are cut into shared weight units
 * ({@link org.coltrain.sim.supernet.SuperNetLayout}); each SubNet's latency under a cache state comes from the array
 * timing model ({@link org.coltrain.sim.supernet.SubNetTiming}). A {@link org.coltrain.sim.supernet.ServingPolicy}
 * pairs a {@link org.coltrain.sim.supernet.SubNetScheduler} with a {@link org.coltrain.sim.supernet.WeightCache};
 * {@link org.coltrain.sim.supernet.SushiSimulation} serves a seeded query stream (arrivals from
 * {@code sim.serve.arrival}, drifting targets from {@link org.coltrain.sim.supernet.LatencyTargets}) and
 * {@link org.coltrain.sim.supernet.SushiComparison} runs SUSHI against the no-cache, static-SubNet and LRU baselines;
 * {@link org.coltrain.sim.supernet.LruThrash} says when LRU cannot hit at all (the shared weights exceed the cache).
 */
package org.coltrain.sim.supernet;
