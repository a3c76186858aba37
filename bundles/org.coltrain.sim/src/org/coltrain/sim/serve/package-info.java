/**
 * The serving simulator: inference services with tail-latency SLOs share one accelerator with training jobs that
 * fill its idle cycles (Equinox, MICRO 2021).
 *
 * <p>Entry points: build a {@link org.coltrain.sim.serve.ServingConfig} (services with a
 * {@link org.coltrain.sim.spec.LatencyTable} and an {@link org.coltrain.sim.serve.arrival.ArrivalProcess}, training
 * jobs with a {@link org.coltrain.sim.spec.TrainingProfile}, a {@link org.coltrain.sim.serve.sched.Scheduler}),
 * call {@link org.coltrain.sim.serve.ServingSimulation#run}, print with
 * {@link org.coltrain.sim.serve.result.ResultSummary#print}. Traces load with
 * {@link org.coltrain.sim.serve.arrival.TraceArrivals#parse}. Speed: {@link org.coltrain.sim.serve.ServeBench#run}.
 *
 * <p>Time is a {@code long} of simulated nanoseconds from 0. Sub-packages: {@code engine} (the accelerator-node
 * engine shared with fleets: typed events, the event queue and loop, {@code AcceleratorNode}, request queues,
 * per-service ledgers, seeded streams), {@code arrival}, {@code sched} (the public policy interface and the
 * built-in policies), {@code metrics} (accumulators), {@code result} (immutable outputs). The arbitration and its
 * simplifications are documented in {@code AcceleratorNode}.
 */
package org.coltrain.sim.serve;
