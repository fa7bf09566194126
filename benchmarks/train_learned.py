"""
Train the learned second stage (cs_lint/_context/learned-weights.json) and
measure it held out. See docs/learned.md.

    # ship: train on everything, thresholds from TWCS, write the weights
    python benchmarks/train_learned.py \\
        --train /work/dev/set-dev1/cases.jsonl \\
        --train /work/dev/set-e/cases.jsonl,/work/dev/set-e/reader2.jsonl \\
        --train /work/dev/set-f/cases.jsonl,/work/dev/set-f/reader2.jsonl \\
        --train /work/dev/set-t1/cases.jsonl --train /work/dev/set-t2/cases.jsonl \\
        --train /work/dev/set-t3/cases.jsonl \\
        --train /work/shared/corpora/challenge-v1/cases.jsonl \\
        --cases tests/cases --corpora /work/shared/corpora \\
        --out cs_lint/_context/learned-weights.json

    # held out (leave one set out): train without E, score E (rules alone
    # vs rules + stage)
    python benchmarks/train_learned.py --train DEV1 --train CHALLENGE \\
        --train F,F_READER2 --train T1 --train T2 --train T3 \\
        --cases tests/cases  --test E,E_READER2 --out /tmp/m.json

A labelled set is JSON Lines with ``reply``, ``labels`` (ten booleans) and
``evidence`` (family -> excerpt); ``SET,READER2`` keeps a family's label
only where a second reader agrees. Each reply is split into sentences the
way the linter splits it (`cs_lint._context.learned.sentence_tokens`); for a
family it labels, a sentence holding the evidence excerpt is positive and
the other sentences negative (a positive reply with no excerpt found counts
only when it is one sentence). Test cases (tests/cases/*.jsonl) label only
their own family. Training uses numpy (a dev dependency; the package reads
the weights in pure Python): L2-regularised logistic regression, full-batch
Adam from zeros, a fixed number of steps, features sorted: the same inputs
give the same bytes.

The threshold of each family is chosen on real text nobody labelled (the
corpora of benchmarks/fire_rates.py: every TWCS agent reply, the most
polite Stanford requests, plain review and Wikipedia sentences): the
lowest log-odds at which the learned rule adds at most a small share of
each corpus (`HOLD`, ``--hold``) to the texts the family's phrase rules
already flag, and never below ``--floor``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

import cs_lint
from cs_lint._context import learned
from cs_lint._text.document import Document


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fire_rates import DEFAULT_CORPORA, corpora  # noqa: E402
from rubric_eval import PHRASE_FAMILIES, evaluate, family_of, jsonl  # noqa: E402


#: Real text nobody wrote for cs_lint (benchmarks/fire_rates.py), and the
#: share of each corpus's texts a learned rule may add to its family's
#: fire rate there: every TWCS agent reply (0.5 points) and the most polite
#: Stanford requests (0.1 points: their alert rate must not rise). Review
#: and Wikipedia sentences (sfu-plain, conll-certain) are not replies; they
#: can be held too (``--hold sfu-plain=0.002``), at a cost in recall.
HOLD = {"twcs": 0.005, "polite": 0.001}


FAMS = learned.FAMILIES
#: The learned rules, in the order of `learned.FAMILIES`.
LEARNED_CODES = (
    "CS190",
    "CS290",
    "CS390",
    "CS419",
    "CS429",
    "CS690",
    "CS790",
    "CS590",
    "CS890",
)


def _sentences(text: str) -> list[tuple[int, int, list[str]]]:
    doc = Document(text)
    sents = learned.sentence_tokens(doc)
    poss = learned.positions(len(sents))
    table = learned.all_classes()
    return [
        (s, e, learned.features(raw, ends=ends, position=pos, classes=table))
        for (s, e, raw, ends), pos in zip(sents, poss, strict=True)
    ]


def _locate(reply: str, evidence: str) -> tuple[int, int] | None:
    low = reply.lower().replace("\u2019", "'")
    ev = evidence.lower().replace("\u2019", "'").strip()
    for part in [ev, *ev.replace("\u2026", "...").split("...")]:
        piece = part.strip(" .\"'")
        if len(piece) < 4:
            continue
        i = low.find(piece)
        if i >= 0:
            return i, i + len(piece)
    return None


#: A sentence's features and its label per family (None: not labelled),
#: and optionally the weight of its labels.
Row = tuple[list[str], list[int | None]] | tuple[list[str], list[int | None], float]


def labelled_set(path: str) -> tuple[list[Row], Counter[str]]:
    """
    Sentence rows (features, label per family or None) of a rubric set.
    """
    parts = path.split(",")
    r2 = (
        {r["id"]: r["labels"] for r in jsonl(Path(parts[1]))}
        if len(parts) > 1
        else None
    )
    rows: list[Row] = []
    stats: Counter[str] = Counter()
    for case in jsonl(Path(parts[0])):
        sents = _sentences(case["reply"])
        labels = [[None] * len(FAMS) for _ in sents]
        for k, fam in enumerate(FAMS):
            truth = bool(case["labels"].get(fam))
            if r2 is not None and bool(r2.get(case["id"], {}).get(fam)) != truth:
                stats["disagreed"] += 1
                continue
            if not truth:
                for lab in labels:
                    lab[k] = 0
                continue
            ev = (case.get("evidence") or {}).get(fam)
            span = _locate(case["reply"], ev) if ev else None
            if span is None:
                if len(sents) == 1:
                    labels[0][k] = 1
                    stats["positive-whole"] += 1
                else:
                    stats["positive-unplaced"] += 1
                continue
            stats["positive-placed"] += 1
            for (s, e, _), lab in zip(sents, labels, strict=True):
                lab[k] = 1 if s < span[1] and span[0] < e else 0
        rows.extend((f, lab) for (_, _, f), lab in zip(sents, labels, strict=True))
    return rows, stats


def case_rows(folder: Path, trap_weight: float = 1.0) -> list[Row]:
    """
    Sentence rows of the repo's test cases (own family only); a trap (a
    look-alike written to stay silent) weighs *trap_weight*.
    """
    rows: list[Row] = []
    for path in sorted(folder.glob("*.jsonl")):
        for case in jsonl(path):
            fam = case.get("family")
            if fam not in FAMS:
                continue
            k = FAMS.index(fam)
            sents = _sentences(case["text"])
            span = None
            if case.get("expect"):
                ev = case.get("evidence")
                span = _locate(case["text"], ev) if isinstance(ev, str) else None
                if span is None and len(sents) != 1:
                    continue
            for s, e, f in sents:
                lab: list[int | None] = [None] * len(FAMS)
                if not case.get("expect"):
                    lab[k] = 0
                elif span is None:
                    lab[k] = 1
                else:
                    lab[k] = 1 if s < span[1] and span[0] < e else 0
                rows.append((f, lab, 1.0 if case.get("expect") else trap_weight))
    return rows


def train(
    rows: list[Row], *, l2: float, steps: int, min_count: int, prune: float
) -> dict[str, Any]:
    """
    Fit the weights; return the weight file's JSON (thresholds 0).
    """
    counts: Counter[str] = Counter()
    for f, *_ in rows:
        counts.update(set(f))
    vocab = sorted(k for k, c in counts.items() if c >= min_count)
    index = {k: i for i, k in enumerate(vocab)}
    r_idx, c_idx, vals = [], [], []
    for r, (f, *_) in enumerate(rows):
        for k, c in sorted(Counter(x for x in f if x in index).items()):
            r_idx.append(r)
            c_idx.append(index[k])
            vals.append(float(c))
    rr = np.array(r_idx)
    cc = np.array(c_idx)
    vv = np.array(vals)
    n, d, k = len(rows), len(vocab), len(FAMS)
    y = np.array([[0.0 if v is None else float(v) for v in row[1]] for row in rows])
    mask = np.array(
        [
            [0.0 if v is None else (row[2] if len(row) > 2 else 1.0) for v in row[1]]
            for row in rows
        ]  # type: ignore[misc]
    )
    per = mask.sum(axis=0)
    per[per == 0] = 1
    w = np.zeros((d, k))
    b = np.zeros(k)
    mw, vw, mb, vb = (
        np.zeros_like(w),
        np.zeros_like(w),
        np.zeros_like(b),
        np.zeros_like(b),
    )
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = np.zeros((n, k))
        np.add.at(z, rr, vv[:, None] * w[cc])
        z += b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = (p - y) * mask / per
        gw = np.zeros((d, k))
        np.add.at(gw, cc, vv[:, None] * g[rr])
        gw += l2 * w
        gb = g.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        c1, c2 = 1 - beta1**t, 1 - beta2**t
        w -= lr * (mw / c1) / (np.sqrt(vw / c2) + eps)
        b -= lr * (mb / c1) / (np.sqrt(vb / c2) + eps)
    weights: dict[str, list[list[float]]] = {}
    classes: set[str] = set()
    for i, feat in enumerate(vocab):
        entry = [
            [j, round(float(w[i, j]), 3)] for j in range(k) if abs(w[i, j]) >= prune
        ]
        if entry:
            weights[feat] = entry
            if feat.startswith("c:"):
                classes.add(feat[2:])
    return {
        "version": 1,
        "families": list(FAMS),
        "bias": [round(float(x), 3) for x in b],
        "threshold": [0.0] * k,
        "classes": sorted(classes),
        "weights": weights,
    }


def _use(data: dict[str, Any]) -> None:
    m = learned.Model.from_json(data)
    learned.model = lambda: m  # type: ignore[assignment]


def _linter(*, stage: bool) -> cs_lint.Linter:
    if stage:
        return cs_lint.Linter(cs_lint.Config(plugins=False, select=("CS", *_shipped())))
    return cs_lint.Linter(cs_lint.Config(plugins=False, ignore=_shipped()))


def _shipped() -> tuple[str, ...]:
    """
    The learned rules the package registers (a family may have none).
    """
    from cs_lint.rules.learned import RULES

    return tuple(r.code for r in RULES)


def thresholds(
    data: dict[str, Any],
    texts: dict[str, list[str]],
    budgets: dict[str, float],
    *,
    floor: float,
) -> dict[str, Any]:
    """
    Per family, the lowest log-odds threshold at which the stage adds, on
    each held corpus, at most its *budget* (a share of its texts) to the
    texts the family's phrase rules already flag; never below *floor*.
    """
    _use(data)
    plain = _linter(stage=False)
    m = learned.model()
    th = [floor] * len(FAMS)
    for name, corpus in texts.items():
        best: dict[str, list[float]] = {f: [] for f in FAMS}
        for text in corpus:
            doc = Document(text)
            fams = {family_of(f.code) for f in plain.lint(text)}
            scored = doc.memo(learned.scores)
            for j, fam in enumerate(FAMS):
                if fam in fams or not scored:
                    continue
                best[fam].append(max(s.margins[j] + m.threshold[j] for s in scored))
        allowed = int(budgets[name] * len(corpus))
        for j, fam in enumerate(FAMS):
            xs = sorted(best[fam], reverse=True)
            if len(xs) > allowed:
                th[j] = max(th[j], xs[allowed])
    out = dict(data)
    out["threshold"] = [round(t + 5e-4, 3) for t in th]
    return out


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.2f}"


def heldout(data: dict[str, Any], test: str) -> dict[str, Any]:
    """
    Rules alone vs rules + the default learned rules vs rules + every
    learned rule, on a labelled set; prints the table.
    """
    parts = test.split(",")
    rows = list(jsonl(Path(parts[0])))
    r2 = (
        {r["id"]: r["labels"] for r in jsonl(Path(parts[1]))}
        if len(parts) > 1
        else None
    )
    _use(data)
    before = evaluate(rows, _linter(stage=False), reader2=r2)
    default = evaluate(rows, cs_lint.Linter(cs_lint.Config(plugins=False)), reader2=r2)
    after = evaluate(rows, _linter(stage=True), reader2=r2)
    print(f"held out on {parts[0]} (P / R; default = the learned rules not in preview)")
    print(
        f"{'family':18} {'rules':>11} {'+default':>11} {'+all 9':>11}  learned rule P (right/hits)"
    )

    def pr(t: dict[str, Any]) -> str:
        return f"{fmt(t['precision'])}/{fmt(t['recall'])}"

    for fam, code in zip(FAMS, LEARNED_CODES, strict=True):
        got = after["rules"].get(code, {"tp": 0, "fp": 0})
        tp, fp = got["tp"], got["fp"]
        print(
            f"{fam:18} {pr(before['families'][fam]):>11} {pr(default['families'][fam]):>11} "
            f"{pr(after['families'][fam]):>11}  {code} {fmt(tp / (tp + fp) if tp + fp else None)} "
            f"({tp}/{tp + fp})"
        )
    for key in ("nine_families", "needs_rewrite"):
        a, d, z = before[key], default[key], after[key]
        print(
            f"{key:18} {pr(a):>11} {pr(d):>11} {pr(z):>11}  "
            f"F1 {fmt(a['f1'])} / {fmt(d['f1'])} / {fmt(z['f1'])}"
        )
    return {"before": before, "default": default, "after": after}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", action="append", default=[], help="SET[,READER2]")
    ap.add_argument("--cases", type=Path, help="tests/cases folder")
    ap.add_argument(
        "--corpora",
        type=Path,
        default=DEFAULT_CORPORA,
        help="the shared corpora folder",
    )
    ap.add_argument(
        "--hold",
        action="append",
        default=[],
        help="CORPUS=SHARE: at most this share of the corpus's texts added per family "
        f"(default {' '.join(f'{k}={v}' for k, v in HOLD.items())})",
    )
    ap.add_argument(
        "--test", action="append", default=[], help="SET[,READER2] held out"
    )
    ap.add_argument("--out", type=Path, help="where to write the weights")
    ap.add_argument("--l2", type=float, default=3e-3)
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--prune", type=float, default=0.05)
    ap.add_argument("--floor", type=float, default=0.5)
    ap.add_argument("--trap-weight", type=float, default=3.0)
    ap.add_argument(
        "--use", type=Path, help="score --test with this weight file; train nothing"
    )
    ap.add_argument("--json", type=Path, help="write the held-out figures here")
    args = ap.parse_args(argv)
    if args.out is None and args.use is None:
        ap.error("give --out (train) or --use (score a weight file)")
    if args.use:
        data = json.loads(args.use.read_text(encoding="utf-8"))
        results = {t: heldout(data, t) for t in args.test}
        if args.json:
            args.json.write_text(
                json.dumps(results, indent=1, sort_keys=True), encoding="utf-8"
            )
        return 0
    rows: list[Row] = []
    for path in args.train:
        got, stats = labelled_set(path)
        print(f"{path}: {len(got)} sentences {dict(stats)}", file=sys.stderr)
        rows += got
    if args.cases:
        got = case_rows(args.cases, args.trap_weight)
        print(f"{args.cases}: {len(got)} sentences", file=sys.stderr)
        rows += got
    pos = [sum(1 for row in rows if row[1][k] == 1) for k in range(len(FAMS))]
    print("positives per family:", dict(zip(FAMS, pos, strict=True)), file=sys.stderr)
    data = train(
        rows, l2=args.l2, steps=args.steps, min_count=args.min_count, prune=args.prune
    )
    budgets = dict(HOLD)
    for item in args.hold:
        name, _, share = item.partition("=")
        budgets[name] = float(share)
    found = corpora(args.corpora)
    texts = {name: [t for _, t, _ in found[name]] for name in budgets}
    data = thresholds(data, texts, budgets, floor=args.floor)
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    out = Path(args.out)
    out.write_text(text + "\n", encoding="utf-8")
    print(
        f"wrote {out}: {len(data['weights'])} features, {len(text) / 1e6:.2f} MB, "
        f"thresholds {dict(zip(FAMS, data['threshold'], strict=True))}",
        file=sys.stderr,
    )
    results = {t: heldout(data, t) for t in args.test}
    if args.json:
        args.json.write_text(
            json.dumps(results, indent=1, sort_keys=True), encoding="utf-8"
        )
    _ = math, PHRASE_FAMILIES
    return 0


if __name__ == "__main__":
    sys.exit(main())
