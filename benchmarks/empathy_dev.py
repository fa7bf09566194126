"""
Development figures for the three empathy families (missing empathy CS40x,
non-apology CS41x, dismissive CS42x) and the customer reading behind CS401.

    python benchmarks/empathy_dev.py [--corpora ../shared/corpora] [--preview]
        [--dump hits.json] [--diff old-hits.json] [--show N]

Reports, per family: reply-level P/R on challenge-v1 (in-sample: tuned on)
and on the labelled TWCS pairs (benchmarks/labels/twcs-pairs-dev.jsonl); the
share of all TWCS agent replies and of the top-quartile polite Stanford
requests each family fires on (false-alarm proxies, read without a
customer message), the share of TWCS customer->agent pairs CS401 fires on;
and P/R of `cs_lint.read_customer` on benchmarks/labels/customer-state-dev.jsonl.

``--dump`` writes every hit on the real corpora (id, code, excerpt) so a
later run with ``--diff`` lists the hits that are new and the ones that
went away: new hits on real text are read by hand, that is where
precision is held. The corpora are read from ``--corpora``, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cs_lint


HERE = Path(__file__).resolve().parent
DEFAULT_CORPORA = HERE.parent.parent / "shared" / "corpora"
FAMILIES = {"missing_empathy": "CS40", "non_apology": "CS41", "dismissive": "CS42"}


def jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def families(findings: list[cs_lint.Finding]) -> set[str]:
    return {
        fam
        for f in findings
        for fam, prefix in FAMILIES.items()
        if f.code.startswith(prefix)
    }


def prf(tp: int, fp: int, fn: int) -> str:
    p = f"{tp / (tp + fp):.2f}" if tp + fp else "–"
    r = f"{tp / (tp + fn):.2f}" if tp + fn else "–"
    return f"P {p} R {r} (tp {tp} fp {fp} fn {fn})"


def labelled(
    linter: cs_lint.Linter,
    rows: list[dict[str, Any]],
    show: int,
    *,
    skip_unsure: bool = False,
) -> list[str]:
    out = []
    said_by_row = []
    for row in rows:
        found = linter.lint(row["reply"], customer=row.get("customer") or "")
        said_by_row.append((found, families(found)))
    for fam, prefix in FAMILIES.items():
        tp = fp = fn = 0
        misses, alarms = [], []
        for row, (found, said) in zip(rows, said_by_row, strict=True):
            if skip_unsure and fam in row.get("unsure", ()):
                continue
            truth = bool(row["labels"].get(fam))
            got = fam in said
            tp += truth and got
            fp += got and not truth
            fn += truth and not got
            if truth and not got:
                misses.append(row)
            elif got and not truth:
                codes = [
                    f"{f.code} {f.excerpt!r}"
                    for f in found
                    if f.code.startswith(prefix)
                ]
                alarms.append((row, codes))
        out.append(f"  {fam:16} {prf(tp, fp, fn)}")
        for row in misses[:show]:
            out.append(f"    MISS {row['id']}: C={row.get('customer', '')[:140]!r}")
            out.append(f"         R={row['reply'][:200]!r}")
        for row, codes in alarms[:show]:
            out.append(f"    FA   {row['id']}: C={row.get('customer', '')[:140]!r}")
            out.append(f"         R={row['reply'][:200]!r} {codes}")
    return out


def rates(
    linter: cs_lint.Linter, texts: list[tuple[str, str, str]], hits: list[Any], tag: str
) -> dict[str, float]:
    counts = dict.fromkeys(FAMILIES, 0)
    for rid, text, customer in texts:
        found = linter.lint(text, customer=customer)
        for fam in families(found):
            counts[fam] += 1
        for f in found:
            if f.code.startswith("CS4"):
                hits.append([tag, rid, f.code, f.excerpt, text[:300], customer[:300]])
    n = len(texts) or 1
    return {fam: c / n for fam, c in counts.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--preview", action="store_true", help="run preview rules")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--diff", type=Path)
    parser.add_argument("--show", type=int, default=0, help="misses to list")
    args = parser.parse_args()
    corpora: Path = args.corpora
    linter = cs_lint.Linter(cs_lint.Config(plugins=False, preview=args.preview))
    lines = []

    challenge = list(jsonl(corpora / "challenge-v1" / "cases.jsonl"))
    lines.append(f"challenge-v1 ({len(challenge)} replies, in-sample)")
    lines += labelled(linter, challenge, args.show)

    pairs = {r["id"]: r for r in jsonl(corpora / "twcs" / "pairs.jsonl")}
    rows = []
    for lab in jsonl(HERE / "labels" / "twcs-pairs-dev.jsonl"):
        pair = pairs[lab["id"]]
        rows.append(
            {
                "id": lab["id"],
                "customer": pair["customer_text"],
                "reply": pair["text"],
                "labels": lab["labels"],
                "unsure": lab.get("unsure", []),
            }
        )
    lines.append(f"twcs-pairs-dev ({len(rows)} pairs)")
    lines += labelled(linter, rows, args.show)
    lines.append("twcs-pairs-dev, leaving out the labeller's unsure calls")
    lines += labelled(linter, rows, 0, skip_unsure=True)

    hits: list[Any] = []
    twcs = [(r["id"], r["text"], "") for r in jsonl(corpora / "twcs" / "data.jsonl")]
    polite = [
        (r["id"], r["text"], "")
        for r in jsonl(corpora / "stanford-politeness" / "data.jsonl")
        if r.get("label_quartile") == "polite"
    ]
    with_customer = [(r["id"], r["text"], r["customer_text"]) for r in pairs.values()]
    for tag, texts in (
        ("twcs-agent", twcs),
        ("polite", polite),
        ("twcs-pairs", with_customer),
    ):
        got = rates(linter, texts, hits, tag)
        shown = "  ".join(f"{k} {v:.2%}" for k, v in got.items())
        lines.append(f"fire rate {tag} ({len(texts)}): {shown}")

    state = list(jsonl(HERE / "labels" / "customer-state-dev.jsonl"))
    customers = {r["id"]: r["text"] for r in jsonl(corpora / "twcs" / "customer.jsonl")}
    customers.update({p["customer_id"]: p["customer_text"] for p in pairs.values()})
    tp = fp = fn = 0
    wrong = []
    for lab in state:
        text = customers[lab["id"]]
        upset = cs_lint.read_customer(text).upset
        tp += upset and lab["upset"]
        fp += upset and not lab["upset"]
        fn += lab["upset"] and not upset
        if upset != lab["upset"]:
            wrong.append((lab, text))
    lines.append(f"customer-state-dev ({len(state)}): {prf(tp, fp, fn)}")
    for lab, text in wrong[: args.show]:
        kind = "FA" if not lab["upset"] else "MISS"
        lines.append(
            f"    {kind} {lab['id']}{' (unsure)' * lab['unsure']}: {text[:160]!r}"
        )

    print("\n".join(lines))
    if args.dump:
        args.dump.write_text(json.dumps(hits, ensure_ascii=False, indent=0))
    if args.diff:
        old = json.loads(args.diff.read_text())
        before = {(h[0], h[1], h[2], h[3]) for h in old}
        after = {(h[0], h[1], h[2], h[3]) for h in hits}
        print(f"\nnew hits ({len(after - before)}):")
        for h in hits:
            if (h[0], h[1], h[2], h[3]) in after - before:
                print(f"  + {h[0]} {h[1]} {h[2]} {h[3]!r}\n      R={h[4]!r}")
                if h[5]:
                    print(f"      C={h[5]!r}")
        print(f"\nlost hits ({len(before - after)}):")
        for h in old:
            if (h[0], h[1], h[2], h[3]) in before - after:
                print(f"  - {h[0]} {h[1]} {h[2]} {h[3]!r}\n      R={h[4]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
