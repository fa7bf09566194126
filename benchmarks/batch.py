"""
Throughput of `cs_lint.lint_many` with 1 and 2 (or more) workers.

    python benchmarks/batch.py [--corpus PATH] [--seconds 5] [--workers 1 2]

Lints the agent replies of the dev corpus (TWCS, /work/shared/corpora),
repeated until one worker needs about --seconds, once per worker count,
and prints replies per second, the speed-up over one worker, the CPU
seconds used (this process and its workers) with the cores they kept
busy on average, and the load average before and after each run. The
machine may be shared: when "cores busy" stays well under the worker
count, other processes had the CPUs and the speed-up says little; measure
when it is quiet. It also prints the speed-up the machine offers at the
moment (a pure-Python loop in N processes against one): lint_many's
speed-up should come close to it. Target: >= 1.8x on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

import cs_lint


DEFAULT_CORPUS = Path("/work/shared/corpora/twcs/data.jsonl")


def load(path: Path) -> list[dict[str, str]]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("role", "agent") == "agent" and isinstance(row.get("text"), str):
                records.append(
                    {"id": str(row.get("id", len(records))), "text": row["text"]}
                )
    return records


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(items: list[dict[str, str]], workers: int) -> tuple[float, float, int]:
    """
    Return wall seconds, CPU seconds (this process and its workers) and
    the number of findings.
    """
    cpu = _cpu()
    start = time.perf_counter()
    findings = sum(len(r.findings) for r in cs_lint.lint_many(items, workers=workers))
    return time.perf_counter() - start, _cpu() - cpu, findings


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def capacity(workers: int, n: int = 6_000_000) -> float:
    """
    The speed-up the machine offers right now: a pure-Python loop in
    *workers* processes against the same loop once (other processes on a
    shared machine lower it; lint_many cannot beat it).
    """
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    _spin(n)
    solo = time.perf_counter() - start
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_spin, [1] * workers))  # start the workers first
        start = time.perf_counter()
        list(pool.map(_spin, [n] * workers))
        together = time.perf_counter() - start
    return workers * solo / together


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=3, help="best of N per count")
    args = parser.parse_args()
    base = load(args.corpus)
    sample = base * max(1, 2000 // max(1, len(base)) + 1)
    probe, _, _ = run(sample[:2000], 1)
    repeat = max(1, round(args.seconds / probe * 2000 / len(base)))
    items = [
        {"id": f"{r['id']}#{i}", "text": r["text"]} for i in range(repeat) for r in base
    ]
    print(
        f"corpus: {args.corpus} ({len(base)} agent replies) x {repeat} = {len(items)} "
        f"replies; cpus: {os.cpu_count()}"
    )
    for workers in args.workers:
        if workers > 1:
            print(
                f"machine capacity now: x{capacity(workers):4.2f} with {workers} processes"
            )
    baseline = None
    for workers in args.workers:
        best = None
        for _ in range(args.rounds):
            load_before = os.getloadavg()[0]
            elapsed, cpu, findings = run(items, workers)
            load_after = os.getloadavg()[0]
            if best is None or elapsed < best[0]:
                best = (elapsed, cpu, findings, load_before, load_after)
        assert best is not None
        elapsed, cpu, findings, before, after = best
        rate = len(items) / elapsed
        baseline = baseline or rate
        print(
            f"workers={workers}: {elapsed:6.2f} s  {rate:8.0f} replies/s  "
            f"x{rate / baseline:4.2f}  findings={findings}  "
            f"cpu {cpu:5.2f} s ({cpu / elapsed:3.1f} cores busy)  "
            f"load {before:.2f} -> {after:.2f}"
        )


if __name__ == "__main__":
    main()
