/**
 * Engines that evaluate independent points (sweep points, design candidates): a {@link org.coltrain.sim.exec.PointTask}
 * is a pure, serializable function of its point, and every {@link org.coltrain.sim.exec.PointEngine} returns the same
 * results in point order, so an in-process run and a distributed one give identical rows.
 */
package org.coltrain.sim.exec;
