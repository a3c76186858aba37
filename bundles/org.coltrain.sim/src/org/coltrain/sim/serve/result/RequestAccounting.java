package org.coltrain.sim.serve.result;

/**
 * Where every request of one service went over the whole run (warm-up included):
 * {@code arrived = completed + queuedAtEnd + inServiceAtEnd + dropped} always holds.
 */
public record RequestAccounting(long arrived, long completed, long queuedAtEnd, long inServiceAtEnd, long dropped) implements java.io.Serializable {

    public boolean balances() { return arrived == completed + queuedAtEnd + inServiceAtEnd + dropped; }
}
