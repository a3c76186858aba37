package org.coltrain.sim.serve;

import java.io.Serializable;

import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.exec.PointTask;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * One design point of a serving sweep as plain simulator inputs: the serving run's configuration (latency tables,
 * arrivals, scheduler, seed) and the accelerator whose area and power the cost model gives. Built from the model on
 * the driver; {@link #TASK} evaluates it wherever an engine runs it.
 */
public record ServingPoint(ServingConfig config, AcceleratorSpec accelerator) implements Serializable {

    /** The serving run's result and the accelerator's cost. */
    public record Result(SimulationResult result, double areaMm2, double powerMw) implements Serializable {
    }

    /** Simulates the point and costs its accelerator: a pure function of the point. */
    public static final PointTask<ServingPoint, Result> TASK = new Task();

    private static final class Task implements PointTask<ServingPoint, Result> {
        private static final long serialVersionUID = 1L;

        @Override
        public Result evaluate(ServingPoint point) {
            AcceleratorCost cost = CostModel.of(point.accelerator());
            return new Result(ServingSimulation.run(point.config()), cost.areaMm2(), cost.powerMw());
        }

        private Object readResolve() {
            return TASK;
        }
    }
}
