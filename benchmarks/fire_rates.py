"""
Fire rates per rubric family (and per rule) on real text nobody wrote for
cs_lint, and the hits that changed since a saved run: the precision half
of issue 14's measurement habit.

    python benchmarks/fire_rates.py                       # the table
    python benchmarks/fire_rates.py --save run.json       # keep every hit
    python benchmarks/fire_rates.py --diff run.json --family vague_followup
                                                          # new / lost hits

Corpora (read from ``--corpora``, never copied into the repo):

- ``twcs``: every TWCS agent reply (twcs/data.jsonl), linted alone. Real
  brand replies are mostly fine: the issue asks that no family fires on
  more than 5% of them.
- ``twcs-pairs``: TWCS customer -> agent pairs, linted with the customer
  message (rules that need the customer run here).
- ``polite``: the top-quartile (most polite) Stanford Politeness requests;
  every alert there is a false alarm on a polite request.
- ``sfu-plain`` / ``conll-certain``: review and Wikipedia sentences with
  no speculation cue: a hedging (CS2xx) hit there is a false alarm proxy
  for the hedging family.

The rubric family of a code comes from `rubric_eval.family_of`. ``--diff``
prints, per corpus, the texts whose set of families changed for the
chosen family, with the excerpts, so new hits can be read by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cs_lint


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rubric_eval import FAMILIES, family_of  # noqa: E402


DEFAULT_CORPORA = HERE.parent.parent / "shared" / "corpora"


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def corpora(root: Path) -> dict[str, list[tuple[str, str, str | None]]]:
    """
    The texts of each corpus that is present: (id, text, customer).
    """
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    twcs = root / "twcs" / "data.jsonl"
    if twcs.is_file():
        out["twcs"] = [(r["id"], r["text"], None) for r in _jsonl(twcs)]
    pairs = root / "twcs" / "pairs.jsonl"
    if pairs.is_file():
        out["twcs-pairs"] = [
            (r["id"], r["text"], r["customer_text"]) for r in _jsonl(pairs)
        ]
    polite = root / "stanford-politeness" / "data.jsonl"
    if polite.is_file():
        out["polite"] = [
            (r["id"], r["text"], None)
            for r in _jsonl(polite)
            if r.get("label_quartile") == "polite"
        ]
    sfu = root / "hedge-sfu-review" / "data.jsonl"
    if sfu.is_file():
        out["sfu-plain"] = [
            (r["id"], r["text"], None)
            for r in _jsonl(sfu)
            if not r.get("has_speculation")
        ]
    conll = root / "hedge-conll2010-wikipedia" / "data.jsonl"
    if conll.is_file():
        out["conll-certain"] = [
            (r["id"], r["text"], None)
            for r in _jsonl(conll)
            if r.get("label") == "certain"
        ]
    return out


def hits(
    linter: cs_lint.Linter, texts: list[tuple[str, str, str | None]]
) -> dict[str, list[list[str]]]:
    """
    Every finding per text id: [code, excerpt].
    """
    out: dict[str, list[list[str]]] = {}
    for ident, text, customer in texts:
        found = linter.lint(text, customer=customer)
        if found:
            out[ident] = [[f.code, text[f.start : f.end]] for f in found]
    return out


def rates(
    found: dict[str, list[list[str]]], total: int
) -> tuple[Counter[str], Counter[str]]:
    """
    How many texts each family and each code fires on.
    """
    by_family: Counter[str] = Counter()
    by_code: Counter[str] = Counter()
    for items in found.values():
        fams = {family_of(code) for code, _ in items} - {None}
        by_family.update(f for f in fams if f is not None)
        by_code.update({code for code, _ in items})
    by_family["any"] = len(found)
    return by_family, by_code


def run(root: Path, *, preview: bool) -> dict[str, Any]:
    linter = cs_lint.Linter(cs_lint.Config(plugins=False, preview=preview))
    out: dict[str, Any] = {}
    for name, texts in corpora(root).items():
        found = hits(linter, texts)
        out[name] = {"total": len(texts), "hits": found}
    return out


def table(run_: dict[str, Any]) -> str:
    names = list(run_)
    lines = [
        "| family | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    counted = {n: rates(run_[n]["hits"], run_[n]["total"]) for n in names}
    for fam in (*FAMILIES, "any"):
        cells = []
        for n in names:
            total = run_[n]["total"] or 1
            k = counted[n][0][fam]
            cells.append(f"{100 * k / total:.2f}% ({k})")
        lines.append(f"| {fam} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("per rule (texts fired on):")
    codes = sorted({c for n in names for c in counted[n][1]})
    for code in codes:
        cells = [f"{n} {counted[n][1][code]}" for n in names if counted[n][1][code]]
        lines.append(f"  {code}: " + ", ".join(cells))
    return "\n".join(lines)


def diff(
    old: dict[str, Any], new: dict[str, Any], family: str, texts: dict[str, Any]
) -> str:
    out = []
    for name in new:
        if name not in old:
            continue
        source = {i: (t, c) for i, t, c in texts.get(name, [])}
        before, after = old[name]["hits"], new[name]["hits"]

        def fam(items: list[list[str]]) -> list[list[str]]:
            return [it for it in items if family_of(it[0]) == family]

        gained = [i for i in after if fam(after[i]) and not fam(before.get(i, []))]
        lost = [i for i in before if fam(before[i]) and not fam(after.get(i, []))]
        out.append(f"## {name}: +{len(gained)} new, -{len(lost)} lost ({family})")
        for label, ids, src in (("NEW", gained, after), ("LOST", lost, before)):
            for i in ids:
                text, customer = source.get(i, ("?", None))
                out.append(f"- {label} {i}: {fam(src[i])}")
                if customer:
                    out.append(f"    customer: {customer!r}")
                out.append(f"    reply: {text!r}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--preview", action="store_true")
    parser.add_argument("--save", type=Path, help="write every hit to this JSON file")
    parser.add_argument("--diff", type=Path, help="a run saved with --save")
    parser.add_argument("--family", choices=FAMILIES, help="family for --diff")
    args = parser.parse_args(argv)
    result = run(args.corpora, preview=args.preview)
    print(table(result))
    if args.save:
        args.save.write_text(json.dumps(result), encoding="utf-8")
    if args.diff:
        if not args.family:
            parser.error("--diff needs --family")
        old = json.loads(args.diff.read_text(encoding="utf-8"))
        print()
        print(diff(old, result, args.family, corpora(args.corpora)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
