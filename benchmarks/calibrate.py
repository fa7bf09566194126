"""
Is each rule's ``confidence`` its measured precision? (issue 14, item 4)

A finding's ``confidence`` is what a host filters on (``min-confidence``), so
it has to mean something: the share of that rule's hits a team lead would
agree with. This pools labelled sets, counts per rule *and per confidence
value it reports* the replies it fired on whose family label the readers
agree on, and sets the declared value beside the measured one:

    python benchmarks/calibrate.py \
        --set E=set-e/cases.jsonl,set-e/reader2.jsonl \
        --set F=set-f/cases.jsonl,set-f/reader2.jsonl [--preview] [--check]

For each (rule, declared confidence) the table gives hits, right, the
add-one precision ``(right + 1) / (hits + 2)`` (what the family helpers
round to 0.05 when they set a value), and a 90% Wilson interval. A declared
value above the interval is **over-confident** (a host trusting it keeps
findings it should not), below it **under-confident**; fewer than
``--min-hits`` hits say nothing either way. ``--check`` exits 1 when any
entry with enough hits is over-confident: a benchmark check for the lead at
a merge, not a test (the sets are outside the repository).

Which sets to pool is the caller's honesty: sets the rules were tuned on
make the measured figure a regression number. The table names the sets so
the report can say which is which.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

import cs_lint


sys.path.insert(0, str(Path(__file__).resolve().parent))
from rubric_eval import FAMILIES, _named_set, family_of, jsonl


def wilson(right: int, hits: int, z: float = 1.645) -> tuple[float, float]:
    """
    The Wilson score interval for *right* of *hits* (90% by default).

        >>> [round(x, 2) for x in wilson(9, 10)]
        [0.65, 0.98]
    """
    if hits == 0:
        return 0.0, 1.0
    p = right / hits
    denom = 1 + z * z / hits
    centre = (p + z * z / (2 * hits)) / denom
    half = z * math.sqrt(p * (1 - p) / hits + z * z / (4 * hits * hits)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def tally(
    sets: list[tuple[str, Path, Path | None]], linter: cs_lint.Linter
) -> dict[tuple[str, float], dict[str, list[int]]]:
    """
    Per (rule, reported confidence), per set: [right, hits] over replies
    whose label for the rule's family both readers agree on.
    """
    out: dict[tuple[str, float], dict[str, list[int]]] = {}
    for name, path, r2path in sets:
        reader2 = {j["id"]: j["labels"] for j in jsonl(r2path)} if r2path else None
        for row in jsonl(path):
            other = reader2.get(row["id"]) if reader2 is not None else None
            findings = linter.lint(row["reply"], customer=row.get("customer") or "")
            seen: set[tuple[str, float]] = set()
            for f in findings:
                fam = family_of(f.code)
                if fam is None or fam not in FAMILIES:
                    continue
                truth = bool(row["labels"].get(fam))
                if other is not None and bool(other.get(fam)) != truth:
                    continue
                key = (f.code, round(f.confidence, 2))
                if key in seen:
                    continue
                seen.add(key)
                counts = out.setdefault(key, {}).setdefault(name, [0, 0])
                counts[0] += truth
                counts[1] += 1
    return out


def verdicts(
    counts: dict[tuple[str, float], dict[str, list[int]]], min_hits: int
) -> list[dict[str, Any]]:
    rows = []
    for (code, declared), by_set in sorted(counts.items()):
        right = sum(r for r, _ in by_set.values())
        hits = sum(h for _, h in by_set.values())
        low, high = wilson(right, hits)
        if hits < min_hits:
            verdict = "few hits"
        elif declared > high:
            verdict = "over-confident"
        elif declared < low:
            verdict = "under-confident"
        else:
            verdict = "ok"
        rows.append(
            {
                "code": code,
                "declared": declared,
                "right": right,
                "hits": hits,
                "add_one": (right + 1) / (hits + 2),
                "low": low,
                "high": high,
                "verdict": verdict,
                "by_set": {k: f"{r}/{h}" for k, (r, h) in sorted(by_set.items())},
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        action="append",
        type=_named_set,
        required=True,
        metavar="NAME=SET[,READER2]",
        help="a labelled set to pool (repeatable)",
    )
    parser.add_argument("--preview", action="store_true", help="run preview rules too")
    parser.add_argument("--min-hits", type=int, default=5)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if a rule is over-confident"
    )
    args = parser.parse_args(argv)
    linter = cs_lint.Linter(cs_lint.Config(preview=args.preview))
    rows = verdicts(tally(args.set, linter), args.min_hits)
    names = ", ".join(name for name, _, _ in args.set)
    print(f"Pooled sets: {names} (agreed labels only)\n")
    print(
        "| rule | declared | right / hits | add-one | 90% interval | verdict | by set |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        by_set = ", ".join(f"{k} {v}" for k, v in r["by_set"].items())
        print(
            f"| {r['code']} | {r['declared']:.2f} | {r['right']} / {r['hits']} "
            f"| {r['add_one']:.2f} | {r['low']:.2f}–{r['high']:.2f} "
            f"| {r['verdict']} | {by_set} |"
        )
    over = [r for r in rows if r["verdict"] == "over-confident"]
    if over:
        print(f"\nover-confident: {', '.join(r['code'] for r in over)}")
    return 1 if args.check and over else 0


if __name__ == "__main__":
    sys.exit(main())
