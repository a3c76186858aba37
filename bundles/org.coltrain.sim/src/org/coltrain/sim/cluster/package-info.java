/**
 * The fleet simulator (issue 11): many accelerators, possibly of several designs, serve load-balanced inference
 * and train one network data-parallel in their idle cycles, in one discrete-event run built from the serving
 * simulator's parts (event queue, request queues, seeded streams, batching policies, metrics, latency tables).
 *
 * <p>Entry points: build a {@link org.coltrain.sim.cluster.ClusterConfig} ({@link org.coltrain.sim.cluster.AcceleratorDesign}s,
 * {@link org.coltrain.sim.cluster.FleetService}s with a {@link org.coltrain.sim.cluster.balance.LoadBalancer}, an
 * {@link org.coltrain.sim.cluster.net.InterconnectSpec}, a {@link org.coltrain.sim.cluster.DataParallelJob} with an
 * {@link org.coltrain.sim.cluster.net.AllReduce}), call {@link org.coltrain.sim.cluster.ClusterSimulation#run};
 * sweeps in {@link org.coltrain.sim.cluster.ClusterStudies}, CSV in {@link org.coltrain.sim.cluster.ClusterCsv},
 * speed in {@link org.coltrain.sim.cluster.ClusterBench}. The run loop and its simplifications are documented in
 * {@code ClusterRun}; the network model in {@code net}.
 */
package org.coltrain.sim.cluster;
