"""
Fire rates per rubric family on real text, and the hits behind them, so a
rule change can be read on the replies it newly fires on.

    python benchmarks/family_hits.py                          # rates on TWCS agent replies and polite requests
    python benchmarks/family_hits.py --save before.json       # keep every hit
    python benchmarks/family_hits.py --diff before.json --family defensiveness
                                                              # rates, then the hits that are new since before.json

Real brand replies are mostly fine and top-quartile Stanford Politeness
requests are polite by construction, so the share of texts a family fires
on is a false-alarm rate: issue 14 asks that no family fires on more than
5% of TWCS agent replies and that the polite-request rate does not rise.
The corpora are read from ``--corpora`` (default ``../shared/corpora``)
and never copied here; ``--save`` files hold ids, codes and excerpts only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rubric_eval import FAMILIES, family_of

import cs_lint


HERE = Path(__file__).resolve().parent


def jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def corpora_rows(corpora: Path) -> dict[str, list[tuple[str, str]]]:
    """
    (id, text) rows of each false-alarm corpus that is present.
    """
    out: dict[str, list[tuple[str, str]]] = {}
    twcs = corpora / "twcs" / "data.jsonl"
    if twcs.is_file():
        out["twcs"] = [(r["id"], r["text"]) for r in jsonl(twcs)]
    polite = corpora / "stanford-politeness" / "data.jsonl"
    if polite.is_file():
        out["polite"] = [
            (r["id"], r["text"])
            for r in jsonl(polite)
            if r.get("label_quartile") == "polite"
        ]
    return out


def hits(
    linter: cs_lint.Linter, rows: list[tuple[str, str]]
) -> dict[str, list[list[str]]]:
    """
    For each row that any rule fires on: [code, excerpt] per finding.
    """
    out: dict[str, list[list[str]]] = {}
    for rid, text in rows:
        found = [
            [f.code, text[f.start : f.end]]
            for f in linter.lint(text)
            if family_of(f.code) is not None
        ]
        if found:
            out[rid] = found
    return out


def rates(found: dict[str, list[list[str]]], n: int) -> dict[str, float]:
    counts: dict[str, int] = defaultdict(int)
    for codes in found.values():
        for fam in {family_of(code) for code, _ in codes}:
            counts[fam or ""] += 1
    return {fam: counts[fam] / (n or 1) for fam in FAMILIES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument(
        "--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora"
    )
    parser.add_argument("--preview", action="store_true", help="run preview rules too")
    parser.add_argument("--save", type=Path, help="write every hit to this JSON file")
    parser.add_argument("--diff", type=Path, help="list hits not in this saved file")
    parser.add_argument(
        "--family", action="append", default=[], help="family for --diff"
    )
    args = parser.parse_args(argv)
    linter = cs_lint.Linter(cs_lint.Config(preview=args.preview, plugins=False))
    sets = corpora_rows(args.corpora)
    if not sets:
        print(f"no corpora under {args.corpora}", file=sys.stderr)
        return 1
    texts = {name: dict(rows) for name, rows in sets.items()}
    saved: dict[str, Any] = {}
    print(
        "| family | "
        + " | ".join(f"{name} ({len(rows)})" for name, rows in sets.items())
        + " |"
    )
    print("|---|" + "---|" * len(sets))
    table: dict[str, dict[str, float]] = {}
    for name, rows in sets.items():
        saved[name] = hits(linter, rows)
        table[name] = rates(saved[name], len(rows))
    for fam in FAMILIES:
        cells = " | ".join(f"{100 * table[name][fam]:.2f}%" for name in sets)
        print(f"| {fam} | {cells} |")
    if args.save is not None:
        args.save.write_text(json.dumps(saved, indent=0), encoding="utf-8")
    if args.diff is not None:
        before = json.loads(args.diff.read_text(encoding="utf-8"))
        wanted = set(args.family) or set(FAMILIES)
        for name, now in saved.items():
            old = before.get(name, {})
            for rid, codes in now.items():
                fams = {family_of(c) for c, _ in codes} & wanted
                old_fams = {family_of(c) for c, _ in old.get(rid, [])}
                for fam in sorted(f for f in fams if f is not None):
                    tag = "NEW" if fam not in old_fams else "same"
                    if tag == "same":
                        continue
                    ex = "; ".join(
                        f"{c} {e!r}" for c, e in codes if family_of(c) == fam
                    )
                    print(f"\n[{tag} {fam}] {name} {rid}: {ex}\n  {texts[name][rid]!r}")
            for rid, codes in old.items():
                fams = {family_of(c) for c, _ in codes} & wanted
                now_fams = {family_of(c) for c, _ in now.get(rid, [])}
                for fam in sorted(f for f in fams - now_fams if f is not None):
                    print(f"\n[GONE {fam}] {name} {rid}: {texts[name][rid]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
