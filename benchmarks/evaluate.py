"""
Precision and recall of cs_lint per family and per rule, on labelled dev data.

    python benchmarks/evaluate.py [--corpora ../shared/corpora] [--json]

Data sets (labels are reply level, one flag per family, per
shared/labelling-rubric.md):

- ``written``: hand-written replies in tests/cases/*.jsonl (positives and
  traps that look guilty but are fine); a positive also needs a finding of
  its family overlapping the labelled evidence span (span-level check).
- ``twcs-pairs``: benchmarks/labels/twcs-pairs-dev.jsonl, real brand replies
  on Twitter with the customer tweet they answer (labelled by reading).
- ``twcs-agent``: benchmarks/labels/twcs-agent-dev.jsonl, real brand replies
  without the customer tweet.
- ``politeness``: benchmarks/labels/politeness-dev.jsonl, Wikipedia and
  Stack Exchange requests (accusatory / dismissive / negative framing only);
  general hostility between editors, a hard out-of-domain test.
- ``twcs-all``: every TWCS agent reply, unlabelled: the share each family
  fires on (real brand replies are mostly fine, so this is a false-alarm
  proxy).

The corpora texts are read from ``--corpora`` and never copied into the repo.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import cs_lint
from cs_lint import Family, Finding


HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"

#: Rubric keys -> (family, code prefix of the rules that answer for it).
RUBRIC = {
    "accusatory": (Family.ACCUSATORY, "CS1"),
    "hedging": (Family.HEDGING, "CS2"),
    "over_promising": (Family.OVER_PROMISING, "CS3"),
    "missing_empathy": (Family.EMPATHY, "CS40"),
    "non_apology": (Family.EMPATHY, "CS41"),
    "dismissive": (Family.EMPATHY, "CS42"),
    "script_rigidity": (Family.SCRIPT_RIGIDITY, "CS5"),
    "defensiveness": (Family.DEFENSIVENESS, "CS6"),
    "negative_framing": (Family.NEGATIVE_FRAMING, "CS7"),
    "vague_followup": (Family.FOLLOW_THROUGH, "CS8"),
}


class Tally:
    """
    True and false positives and negatives, with the examples behind them.
    """

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0
        self.misses: list[str] = []
        self.false_alarms: list[str] = []

    def add(self, expected: bool, got: bool, where: str) -> None:
        if expected and got:
            self.tp += 1
        elif expected:
            self.fn += 1
            self.misses.append(where)
        elif got:
            self.fp += 1
            self.false_alarms.append(where)
        else:
            self.tn += 1

    def merge(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn

    @property
    def precision(self) -> float | None:
        fired = self.tp + self.fp
        return self.tp / fired if fired else None

    @property
    def recall(self) -> float | None:
        positives = self.tp + self.fn
        return self.tp / positives if positives else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def by_id(path: Path) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in jsonl(path)}


def family_hit(findings: Iterable[Finding], key: str) -> bool:
    family, prefix = RUBRIC[key]
    return any(f.family is family and f.code.startswith(prefix) for f in findings)


def evaluate_written(
    linter: cs_lint.Linter, implemented: set[Family]
) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """
    Tallies per rubric key (span-checked), and per rule (a rule's finding is
    a true positive when it overlaps the evidence of a positive case of its
    family, a false positive on a negative case of its family).
    """
    tallies: dict[str, Tally] = defaultdict(Tally)
    rules: dict[str, Tally] = defaultdict(Tally)
    for path in sorted((ROOT / "tests" / "cases").glob("*.jsonl")):
        for case in jsonl(path):
            key = case["family"]
            family = RUBRIC[key][0]
            if family not in implemented:
                continue
            text = case["text"]
            findings = [
                f
                for f in linter.lint(text, customer=case.get("customer"))
                if f.family is family
            ]
            got = bool(findings)
            if case["expect"] and got:
                start = text.index(case["evidence"])
                end = start + len(case["evidence"])
                findings = [f for f in findings if f.start < end and start < f.end]
                got = bool(findings)
            tallies[key].add(case["expect"], got, case["id"])
            for code in {f.code for f in findings}:
                rules[code].add(case["expect"], True, case["id"])
    return tallies, rules


def evaluate_labelled(
    linter: cs_lint.Linter,
    labels: Path,
    texts: dict[str, dict[str, Any]],
    implemented: set[Family],
    *,
    with_customer: bool,
) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """
    Reply-level tallies per rubric key, and per rule (a rule's hit counts as
    a true positive when the reply is labelled for the rule's rubric key).
    """
    families: dict[str, Tally] = defaultdict(Tally)
    rules: dict[str, Tally] = defaultdict(Tally)
    for row in jsonl(labels):
        source = texts[row["id"]]
        customer = source.get("customer_text") if with_customer else None
        findings = linter.lint(source["text"], customer=customer)
        for key, expected in row["labels"].items():
            if RUBRIC[key][0] not in implemented:
                continue
            families[key].add(expected, family_hit(findings, key), row["id"])
        for f in findings:
            key = next(
                (
                    k
                    for k, (fam, pre) in RUBRIC.items()
                    if f.family is fam and f.code.startswith(pre)
                ),
                None,
            )
            if key is None or key not in row["labels"]:
                continue
            rules[f.code].add(row["labels"][key], True, row["id"])
    return families, rules


def fire_rates(linter: cs_lint.Linter, texts: list[str]) -> dict[str, float]:
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        for family in {f.family.value for f in linter.lint(text)}:
            counts[family] += 1
    return {k: v / len(texts) for k, v in sorted(counts.items())}


def run(corpora: Path) -> dict[str, Any]:
    linter = cs_lint.Linter(cs_lint.Config(plugins=False))
    implemented = {r.family for r in linter.rules}
    out: dict[str, Any] = {
        "rules": [r.code for r in linter.rules],
        "families": sorted(f.value for f in implemented),
    }
    written, written_rules = evaluate_written(linter, implemented)
    out["written"] = {k: t.as_dict() for k, t in sorted(written.items())}
    out["written_misses"] = {k: t.misses for k, t in sorted(written.items())}
    out["written_false_alarms"] = {
        k: t.false_alarms for k, t in sorted(written.items())
    }

    combined: dict[str, Tally] = defaultdict(Tally)
    for key, tally in written.items():
        combined[key].merge(tally)
    per_rule: dict[str, Tally] = defaultdict(Tally)
    for code, tally in written_rules.items():
        per_rule[code].merge(tally)
    sets = [
        ("twcs-pairs", "twcs-pairs-dev.jsonl", corpora / "twcs" / "pairs.jsonl", True),
        ("twcs-agent", "twcs-agent-dev.jsonl", corpora / "twcs" / "data.jsonl", False),
        (
            "politeness",
            "politeness-dev.jsonl",
            corpora / "stanford-politeness" / "data.jsonl",
            False,
        ),
    ]
    for name, label_file, text_file, with_customer in sets:
        if not text_file.is_file():
            out[name] = "corpora not found"
            continue
        families, rules = evaluate_labelled(
            linter,
            HERE / "labels" / label_file,
            by_id(text_file),
            implemented,
            with_customer=with_customer,
        )
        out[name] = {k: t.as_dict() for k, t in sorted(families.items())}
        out[f"{name}_false_alarms"] = {
            k: t.false_alarms for k, t in sorted(families.items()) if t.false_alarms
        }
        for key, tally in families.items():
            if name != "politeness":  # out of domain: reported, not combined
                combined[key].merge(tally)
        for code, tally in rules.items():
            per_rule[code].merge(tally)
    out["combined_cs_dev"] = {k: t.as_dict() for k, t in sorted(combined.items())}
    out["per_rule_precision"] = {
        code: {"fired": t.tp + t.fp, "precision": t.precision}
        for code, t in sorted(per_rule.items())
    }
    twcs = corpora / "twcs" / "data.jsonl"
    if twcs.is_file():
        texts = [row["text"] for row in jsonl(twcs)]
        out["twcs_fire_rate"] = {"replies": len(texts), **fire_rates(linter, texts)}
    return out


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def render(results: dict[str, Any]) -> str:
    lines = [f"Rules: {len(results['rules'])} ({', '.join(results['families'])})", ""]
    for name in (
        "written",
        "twcs-pairs",
        "twcs-agent",
        "politeness",
        "combined_cs_dev",
    ):
        data = results.get(name)
        if not isinstance(data, dict):
            lines += [f"## {name}: {data}", ""]
            continue
        lines += [
            f"## {name}",
            "",
            "| family | TP | FP | FN | precision | recall | F1 |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for key, t in data.items():
            lines.append(
                f"| {key} | {t['tp']} | {t['fp']} | {t['fn']} | {fmt(t['precision'])} "
                f"| {fmt(t['recall'])} | {fmt(t['f1'])} |"
            )
        lines.append("")
    lines += [
        "## per rule, on every labelled set (written, TWCS, politeness)",
        "",
        "| rule | fired on labelled replies | precision |",
        "| --- | --- | --- |",
    ]
    for code, t in results["per_rule_precision"].items():
        lines.append(f"| {code} | {t['fired']} | {fmt(t['precision'])} |")
    if "twcs_fire_rate" in results:
        rates = dict(results["twcs_fire_rate"])
        n = rates.pop("replies")
        lines += ["", f"## share of {n} TWCS brand replies each family fires on", ""]
        lines += ["| family | share |", "| --- | --- |"]
        lines += [f"| {k} | {v:.2%} |" for k, v in rates.items()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = run(args.corpora)
    print(json.dumps(results, indent=2) if args.json else render(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
