package org.coltrain.sim.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.sim.spec.Dataflow;
import org.junit.jupiter.api.Test;

/** Pass counts of MemoryTraffic's loop-order model, one byte per element (fixed8). */
class MemoryTrafficTest {

    // M = 100, N = 10, K = 20: ifmap 2000 B, filters 200 B, outputs 1000 B
    private static final Gemm GEMM = new Gemm("g", Pass.FORWARD, 1, 100, 10, 20, 2000, 200, 1000);

    @Test
    void weightStationaryRereadsANonResidentIfmapOncePerColumnFold() {
        // ifmap 2000 B > 100/2 usable: ceil(N/C) = ceil(10/4) = 3 passes = 6000 B + filters once 200 B = 6200 B,
        // cheaper than tiling M into ceil(2000/50) = 40 pieces with the filters (200 B > 100/2, not resident)
        // fetched per piece: 2000 + 40 x 200 = 10000 B; partial sums 100 x 4 = 400 B <= 1000/2: outputs once
        DramTraffic t = MemoryTraffic.of(Dataflow.WEIGHT_STATIONARY, 4, 4, 1, 1, GEMM, 8, 100, 100, 1000);
        assertEquals(new DramTraffic(6000, 200, 1000), t);
    }

    @Test
    void weightStationaryTilesTheIfmapWhenRefetchingFiltersIsCheaper() {
        // ifmap 2000 B > 1000/2: re-streaming costs 3 x 2000 + 200 = 6200 B; tiling M into ceil(2000/500) = 4
        // pieces costs 2000 + 4 x 200 = 2800 B (filters 200 B > 100/2 are not resident) -> tiling wins
        DramTraffic t = MemoryTraffic.of(Dataflow.WEIGHT_STATIONARY, 4, 4, 1, 1, GEMM, 8, 1000, 100, 1000);
        assertEquals(new DramTraffic(2000, 800, 1000), t);
    }

    @Test
    void weightStationarySpillsPartialSumsOnEveryExtraKFold() {
        // ifmap 2000 B fits 4096/2: read once, no tiling; partial sums M x min(N, C) = 400 B > 600/2 usable:
        // 2 ceil(K/R) - 1 = 2 x 5 - 1 = 9 passes x 1000 B = 9000 B
        DramTraffic t = MemoryTraffic.of(Dataflow.WEIGHT_STATIONARY, 4, 4, 1, 1, GEMM, 8, 4096, 1000, 600);
        assertEquals(9000, t.ofmapBytes());
    }

    @Test
    void outputStationaryRereadsNonResidentFiltersOncePerRowFold() {
        // ifmap slab of one M fold: 2000 x 4/100 = 80 B <= 500: once; filters 200 B > 100/2: ceil(M/R) = 25 passes
        DramTraffic t = MemoryTraffic.of(Dataflow.OUTPUT_STATIONARY, 4, 4, 1, 1, GEMM, 8, 1000, 100, 1000);
        assertEquals(new DramTraffic(2000, 25 * 200, 1000), t);
    }

    @Test
    void inputStationaryRereadsNonResidentFiltersOncePerColumnFold() {
        // filters 200 B > 100/2: re-read ceil(M/C) = 25 times = 5000 B + ifmap 2000 B = 7000 B, cheaper than
        // tiling N into ceil(200/50) = 4 pieces with the non-resident ifmap (2000 > 100/2) read 4 times: 8200 B;
        // partial sums min(M, C) x N = 40 B fit 1000/2: outputs once
        DramTraffic t = MemoryTraffic.of(Dataflow.INPUT_STATIONARY, 4, 4, 1, 1, GEMM, 8, 100, 100, 1000);
        assertEquals(new DramTraffic(2000, 5000, 1000), t);
    }

    @Test
    void arraysSplittingNWidenTheColumnFold() {
        // 4 arrays splitting N act as one 16-wide fold: ceil(10/16) = 1 ifmap pass even though it is not resident
        DramTraffic t = MemoryTraffic.of(Dataflow.WEIGHT_STATIONARY, 4, 4, 1, 4, GEMM, 8, 100, 1000, 1000);
        assertEquals(2000, t.ifmapBytes());
    }

    @Test
    void hbfpStorageAmortisesTheSharedExponentOverTheBlock() {
        // hbfp8, block 24, 10-bit exponent: 8 + 10/24 bits; 2000 elements -> ceil(2000 x 8.41667 / 8) = 2105 B
        assertEquals(2105, MemoryTraffic.bytes(2000, TestAccelerators.HBFP8.storageBitsPerElement()));
    }
}
