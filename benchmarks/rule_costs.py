"""
What each rule and context reader costs per reply, and a budget for it (issue 15).

    python benchmarks/rule_costs.py [--corpora ../shared/corpora] [--top 25]
    python benchmarks/rule_costs.py --check [--budget benchmarks/rule-budget.toml]
    python benchmarks/rule_costs.py --json > costs.json     # raw figures
    python benchmarks/rule_costs.py --before costs.json     # side by side with a saved run

Why: every recall round of issue 14 added rules and readers, each gated on
trigger words and each "a few percent" dearer per reply, and together they
tripled the per-reply cost; no figure said which rule had grown. This runs
the engine's cost hook (`cs_lint._engine.costs.Costs`, passed to
`Linter.lint_document`) over two corpora:

- **tweets**: the 3,620 TWCS brand-agent replies, and
- **bodies**: the realistic ~1 KB email bodies `benchmarks/speed.py` builds
  from the same replies,

with the default rules, after one warm-up pass (patterns compile on first
use), in ``--repeat`` timed passes (3), and prints per rule and per reader:
the gate-open rate (share of texts it ran on: a rule whose trigger gate
opened and whose needs were met; a reader some rule asked for), runs and
hits (texts where it found something), mean exclusive µs per run, and its
share of all lint time (the median over the passes). Exclusive: a
reader's time is charged to the reader, not to the rule that asked first,
so the shares add up to 100%; ``engine`` is what no rule or reader took
(building the document, the trigger gate's own sets, making findings).

``--check`` compares the figures with ``benchmarks/rule-budget.toml``: per
rule or reader (or a pattern: ``["doc:*"]``), a maximum gate-open rate and
a maximum share on each corpus (``[default]`` for every one not listed),
and exits 1 naming each one over. Gate-open rates are exact (a property of the texts and the
triggers); shares are timings on a shared machine, so budgets leave room
and a share over budget is worth a second run before it is believed. It
is a benchmark check, run in review, not a test: tests/ holds no timings.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import json
import os
import statistics
import sys
import tomllib
from pathlib import Path
from typing import Any

import cs_lint
from cs_lint._engine.costs import Costs


HERE = Path(__file__).resolve().parent
DEFAULT_CORPORA = HERE.parent.parent / "shared" / "corpora"
DEFAULT_BUDGET = HERE / "rule-budget.toml"
CORPORA = ("tweets", "bodies")
#: The budget's limits, per corpus: the key in the file and the figure.
LIMITS = {"open": "open", "share": "share"}


def _speed() -> Any:
    spec = importlib.util.spec_from_file_location(
        "_rule_costs_speed", HERE / "speed.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def texts(corpora: Path) -> dict[str, list[str]]:
    """
    The texts of each corpus (tweets, 1 KB bodies); empty without corpora.
    """
    speed = _speed()
    tweets = speed.twcs_replies(corpora)
    return {
        "tweets": tweets,
        "bodies": speed.email_bodies(tweets, speed.BODY_SIZES["1kb"]) if tweets else [],
    }


def measure(linter: cs_lint.Linter, batch: list[str], repeat: int = 1) -> list[Costs]:
    """
    The costs of each of *repeat* passes of linting *batch* with *linter*,
    after one untimed warm-up pass.
    """
    for text in batch:
        linter.lint(text)
    passes = []
    for _ in range(repeat):
        costs = Costs()
        for text in batch:
            costs.lint(linter, text)
        passes.append(costs)
    return passes


def run(corpora: Path, repeat: int, *, preview: bool = False) -> dict[str, Any]:
    linter = cs_lint.Linter(cs_lint.Config(preview=preview))
    out: dict[str, Any] = {"rules": len(linter.rules), "preview": preview}
    for name, batch in texts(corpora).items():
        if not batch:
            continue
        passes = measure(linter, batch, repeat)
        total = Costs()
        total.merge(passes)
        out[name] = {
            "texts": len(batch),
            "bytes": sum(len(t.encode()) for t in batch),
            "mean_us": total.total_ns / total.lints / 1000,
            "rows": table(passes),
        }
    out["load"] = os.getloadavg()[0]
    return out


def table(passes: list[Costs]) -> list[dict[str, Any]]:
    """
    One row per rule, reader and the engine, dearest first: gate-open rate
    (runs per text), runs and hits per pass, mean µs per run over all
    passes, and the median over the passes of its share of the pass's
    time: on a shared machine one pass can catch a pause or a burst of
    other work, and the median keeps that out of the share.
    """
    total = Costs()
    total.merge(passes)
    count = len(passes)
    texts_ = total.lints // count
    rows = []
    for c in sorted(
        total.items,
        key=lambda c: (-_median_share(passes, c.name), c.name),
    ):
        runs = c.runs // count if c.kind != "engine" else texts_
        rows.append(
            {
                "name": c.name,
                "kind": c.kind,
                "open": runs / texts_ if texts_ else 0.0,
                "runs": runs,
                "hits": c.hits // count,
                "mean_us": c.mean_us,
                "share": _median_share(passes, c.name),
            }
        )
    return rows


def _median_share(passes: list[Costs], name: str) -> float:
    return statistics.median(p.get(name).ns / (p.total_ns or 1) for p in passes)


def load_budget(path: Path) -> dict[str, dict[str, dict[str, float]]]:
    """
    The budget file: ``{name: {corpus: {limit: value}}}``, with ``default``.
    """
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    budget: dict[str, dict[str, dict[str, float]]] = {}
    for name, entry in data.items():
        if not isinstance(entry, dict):
            msg = f"{path}: [{name}] must be a table"
            raise SystemExit(msg)
        budget[name] = {}
        for corpus, limits in entry.items():
            if corpus == "why":
                continue
            if corpus not in CORPORA or not isinstance(limits, dict):
                msg = f"{path}: [{name}] has {corpus!r}; expected {' or '.join(CORPORA)} tables"
                raise SystemExit(msg)
            unknown = set(limits) - set(LIMITS)
            if unknown:
                msg = f"{path}: [{name}.{corpus}] has unknown limits {sorted(unknown)}"
                raise SystemExit(msg)
            budget[name][corpus] = {k: float(v) for k, v in limits.items()}
    if "default" not in budget:
        msg = f"{path}: no [default] budget"
        raise SystemExit(msg)
    return budget


def _entry(
    budget: dict[str, dict[str, dict[str, float]]], name: str
) -> dict[str, dict[str, float]]:
    """
    The budget entry for *name*: its own, else the first pattern
    (``"doc:*"``) that matches it, else none (the default holds).
    """
    if name in budget:
        return budget[name]
    for key, entry in budget.items():
        if "*" in key and fnmatch.fnmatchcase(name, key):
            return entry
    return {}


def over_budget(
    results: dict[str, Any], budget: dict[str, dict[str, dict[str, float]]]
) -> list[str]:
    """
    One line per rule or reader over its budget on some corpus.
    """
    problems = []
    for corpus in CORPORA:
        if corpus not in results:
            continue
        for row in results[corpus]["rows"]:
            if row["kind"] == "engine":
                continue
            limits = dict(budget["default"].get(corpus, {}))
            limits.update(_entry(budget, row["name"]).get(corpus, {}))
            for key, figure in LIMITS.items():
                limit = limits.get(key)
                if limit is not None and row[figure] > limit:
                    problems.append(
                        f"{row['name']} on {corpus}: {key} {row[figure]:.1%} > budget {limit:.1%}"
                    )
    return problems


def render(
    results: dict[str, Any], top: int, before: dict[str, Any] | None = None
) -> str:
    lines = [
        f"{results['rules']} rules{' (preview on)' if results['preview'] else ''}; "
        f"load average {results['load']:.1f}"
    ]
    for corpus in CORPORA:
        if corpus not in results:
            continue
        r = results[corpus]
        head = (
            f"\n## {corpus}: {r['texts']} texts, {r['bytes'] / r['texts']:.0f} B each, "
            f"{r['mean_us']:.0f} µs per text (all passes)"
        )
        old = None
        if before is not None and corpus in before:
            old = {row["name"]: row for row in before[corpus]["rows"]}
            head += f"; before {before[corpus]['mean_us']:.0f} µs"
        lines.append(head)
        cols = "| name | kind | open | runs | hits | µs/run | share |"
        rule = "| --- | --- | --- | --- | --- | --- | --- |"
        if old is not None:
            cols += " open before | share before |"
            rule += " --- | --- |"
        lines += ["", cols, rule]
        for row in r["rows"][:top]:
            line = (
                f"| {row['name']} | {row['kind']} | {row['open']:.1%} | {row['runs']:,} "
                f"| {row['hits']:,} | {row['mean_us']:.1f} | {row['share']:.1%} |"
            )
            if old is not None:
                was = old.get(row["name"])
                line += (
                    f" {was['open']:.1%} | {was['share']:.1%} |" if was else " - | - |"
                )
            lines.append(line)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="timed passes over each corpus (shares are their median)",
    )
    parser.add_argument("--top", type=int, default=25, help="rows shown per corpus")
    parser.add_argument("--preview", action="store_true", help="preview rules too")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a rule is over budget"
    )
    parser.add_argument("--budget", type=Path, default=DEFAULT_BUDGET)
    parser.add_argument("--before", type=Path, help="a --json run to show beside")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    budget = load_budget(args.budget) if args.check else None
    results = run(args.corpora, args.repeat, preview=args.preview)
    if not any(c in results for c in CORPORA):
        print(f"no TWCS replies under {args.corpora}", file=sys.stderr)
        return 2
    before = json.loads(args.before.read_text()) if args.before else None
    print(
        json.dumps(results, indent=2)
        if args.json
        else render(results, args.top, before)
    )
    if budget is not None:
        problems = over_budget(results, budget)
        for line in problems:
            print(f"OVER BUDGET: {line}", file=sys.stderr)
        if problems:
            return 1
        print(f"within budget ({args.budget.name})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
