/**
 * The fleet simulator: many accelerators, possibly of several designs, serve load-balanced inference and train one
 * network data-parallel in their idle cycles, in one discrete-event run in which every accelerator is the serving
 * simulator's engine ({@code org.coltrain.sim.serve.engine.AcceleratorNode}: the same arbitration, policies,
 * service-time model and energy), so a fleet of one accelerator is the serving run.
 *
 * <p>Entry points: build a {@link org.coltrain.sim.cluster.ClusterConfig} ({@link org.coltrain.sim.cluster.AcceleratorDesign}s,
 * {@link org.coltrain.sim.cluster.FleetService}s with a {@link org.coltrain.sim.cluster.balance.LoadBalancer}, an
 * {@link org.coltrain.sim.cluster.net.InterconnectSpec}, a {@link org.coltrain.sim.cluster.DataParallelJob} with an
 * {@link org.coltrain.sim.cluster.net.AllReduce}), call {@link org.coltrain.sim.cluster.ClusterSimulation#run};
 * sweeps in {@link org.coltrain.sim.cluster.ClusterStudies}, CSV in {@link org.coltrain.sim.cluster.ClusterCsv},
 * speed in {@link org.coltrain.sim.cluster.ClusterBench}. The fleet's run (routing, all-reduces) is
 * {@code ClusterRun}; the network model in {@code net}.
 */
package org.coltrain.sim.cluster;
