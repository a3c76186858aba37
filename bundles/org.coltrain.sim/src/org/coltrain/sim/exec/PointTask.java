package org.coltrain.sim.exec;

import java.io.Serializable;

/**
 * One independent evaluation: a pure function of its point (any seed it needs is derived from the point itself), so
 * the result is the same on whichever thread, executor or machine it runs. Serializable, with serializable points and
 * results, so that a distributed engine can ship it; it must therefore capture only plain simulator inputs (records
 * of {@code org.coltrain.sim}), never EMF model objects.
 */
@FunctionalInterface
public interface PointTask<P extends Serializable, R extends Serializable> extends Serializable {

    R evaluate(P point) throws Exception;
}
