# Single-thread FP32 GEMM throughput of numpy's BLAS at n x n x n, the baseline of `coltrain bench gemm`.
# Same protocol as the Java benchmark: Gaussian operands, warm-up, best of the timed runs by thread CPU time (what a
# shared machine disturbs least) and by wall time, 2 n^3 flops per product.
# Usage: OPENBLAS_NUM_THREADS=1 python3 numpy_gemm_baseline.py [n]
# Prints one line: n best_cpu_ms gflops_of_cpu best_wall_ms blas
import os
import sys
import time

for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import numpy as np

n = int(sys.argv[1]) if len(sys.argv) > 1 else 512
rng = np.random.default_rng(512)
a = rng.standard_normal((n, n), dtype=np.float32)
b = rng.standard_normal((n, n), dtype=np.float32)
for _ in range(5):
    a @ b
best_cpu = best_wall = float("inf")
for _ in range(15):
    cpu, wall = time.thread_time(), time.perf_counter()
    a @ b
    best_cpu = min(best_cpu, time.thread_time() - cpu)
    best_wall = min(best_wall, time.perf_counter() - wall)
try:
    blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
except Exception:
    blas = "unknown"
print("%d %.4f %.3f %.4f numpy-%s-%s" % (n, best_cpu * 1e3, 2.0 * n ** 3 / best_cpu / 1e9, best_wall * 1e3,
                                       np.__version__, blas))
