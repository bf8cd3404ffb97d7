"""SciPy side of bench/solve.bench.ts: times scipy's solvers on the matrices the bench wrote.

Usage: python3 bench/solve_scipy.py SPEC.json  ->  prints one JSON list of
{ "name", "median_ms", "times_ms", "total" } on stdout. Each task is a dense matrix
(float64, row-major) for linear_sum_assignment or a list of arcs (float64 triples i, j, cost)
for min_weight_full_bipartite_matching; only the solver call is timed.
"""
import json
import statistics
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def timed(reps, fn):
    times = []
    result = None
    for _ in range(reps):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return times, result


def dense(task):
    a = np.fromfile(task["file"], dtype=np.float64).reshape(task["rows"], task["cols"])
    times, (r, c) = timed(task["reps"], lambda: linear_sum_assignment(a, maximize=task["maximize"]))
    return times, float(a[r, c].sum())


def sparse(task):
    raw = np.fromfile(task["file"], dtype=np.float64).reshape(-1, 3)
    n = task["rows"]
    m = csr_matrix((raw[:, 2], (raw[:, 0].astype(np.int64), raw[:, 1].astype(np.int64))), shape=(n, task["cols"]))
    times, (r, c) = timed(task["reps"], lambda: min_weight_full_bipartite_matching(m))
    return times, float(np.asarray(m[r, c]).sum())


def main():
    spec = json.load(open(sys.argv[1]))
    out = []
    for task in spec["tasks"]:
        times, total = dense(task) if task["kind"] == "dense" else sparse(task)
        out.append({"name": task["name"], "median_ms": statistics.median(times), "times_ms": times, "total": total})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
