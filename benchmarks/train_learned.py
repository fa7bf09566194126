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
from rubric_eval import (  # noqa: E402
    FAMILIES,
    PHRASE_FAMILIES,
    evaluate,
    family_of,
    jsonl,
)


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


#: Train with the "meaning" features (`learned.features`, ``--meaning``).
MEANING = False
#: Train with these context features (`learned.CONTEXTS`, ``--context``).
CONTEXT: tuple[str, ...] = ()


def _sentences(
    text: str, customer: str | None = None
) -> list[tuple[int, int, list[str]]]:
    doc = Document(text, customer=customer or None)
    sents = learned.sentence_tokens(doc)
    poss = learned.positions(len(sents))
    table = learned.all_classes()
    contexts = learned.context_features(doc, sents, CONTEXT)
    return [
        (
            s,
            e,
            learned.features(
                raw,
                ends=ends,
                position=pos,
                classes=table,
                meaning=MEANING,
                context=ctx,
            ),
        )
        for (s, e, raw, ends), pos, ctx in zip(sents, poss, contexts, strict=True)
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
        sents = _sentences(case["reply"], case.get("customer"))
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
            sents = _sentences(case["text"], case.get("customer"))
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
    rows: list[Row],
    *,
    l2: float,
    steps: int,
    min_count: int,
    prune: float,
    prior: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """
    Fit the weights; return the weight file's JSON (thresholds 0).

    With *prior* (a weight file's JSON), training starts from its weights
    and bias and the L2 penalty pulls toward them instead of toward zero:
    what the prior learned from sets no longer at hand is kept unless the
    new rows argue against it (a Gaussian prior centred on the old model).
    Every feature the prior weights is kept in the vocabulary.
    """
    counts: Counter[str] = Counter()
    for f, *_ in rows:
        counts.update(set(f))
    keep = set(prior["weights"]) if prior else set()
    vocab = sorted(k for k, c in counts.items() if c >= min_count or k in keep)
    vocab = sorted(set(vocab) | keep)
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
    w0 = np.zeros((d, k))
    b = np.zeros(k)
    if prior:
        if list(prior["families"]) != list(FAMS):
            raise SystemExit("--prior: its families differ from this trainer's")
        for feat, entry in prior["weights"].items():
            for j, val in entry:
                w0[index[feat], j] = val
        b = np.array(prior["bias"], dtype=float)
    w = w0.copy()
    mw, vw, mb, vb = (
        np.zeros_like(w),
        np.zeros_like(w),
        np.zeros_like(b),
        np.zeros_like(b),
    )
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8

    def scatter(index: Any, values: Any, size: int) -> Any:
        # np.add.at(zeros((size, k)), index, values), column by column: the
        # same additions in the same order (the same bits), at half the cost.
        return np.stack(
            [
                np.bincount(index, weights=values[:, j], minlength=size)
                for j in range(k)
            ],
            axis=1,
        )

    for t in range(1, steps + 1):
        z = scatter(rr, vv[:, None] * w[cc], n)
        z += b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = (p - y) * mask / per
        gw = scatter(cc, vv[:, None] * g[rr], d)
        gw += l2 * (w - w0)
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
            if feat.startswith(("c:", "m:")):
                classes.add(feat[2:].partition("|")[0])
    return {
        "version": 1,
        **({"meaning": True} if MEANING else {}),
        **({"context": list(CONTEXT)} if CONTEXT else {}),
        "families": list(FAMS),
        "bias": [round(float(x), 3) for x in b],
        "threshold": [0.0] * k,
        "classes": sorted(classes),
        "weights": weights,
    }


def real_negatives(
    texts: dict[str, list[str]], weight: float
) -> tuple[list[Row], dict[str, list[str]]]:
    """
    Split each held corpus of real text in two by position: the even
    texts become training rows that are negative for every family the
    phrase rules do not flag on that text (unknown for the ones they do),
    each weighing *weight*; the odd texts are returned to hold the
    thresholds on. Paraphrase banks are short, clean-cut replies; real
    agent replies teach the model what ordinary support text looks like
    (a sentence like "Our apologies, if you'd like to share more details,
    DM us" is not a non-apology), and the thresholds are still held on
    text it never trained on.
    """
    train_part = {name: corpus[0::2] for name, corpus in texts.items()}
    hold_part = {name: corpus[1::2] for name, corpus in texts.items()}
    flagged = flagged_by_rules(train_part)
    rows: list[Row] = []
    for name, corpus in train_part.items():
        for text, fams in zip(corpus, flagged[name], strict=True):
            lab: list[int | None] = [None if f in fams else 0 for f in FAMS]
            rows.extend((f, lab, weight) for _, _, f in _sentences(text))
    return rows, hold_part


def _fit(rows: list[Row], args: argparse.Namespace) -> dict[str, Any]:
    """
    `train` with the command line's settings (the shipped model and every
    cross-validation fold are fitted alike).
    """
    return train(
        rows,
        l2=args.l2,
        steps=args.steps,
        min_count=args.min_count,
        prune=args.prune,
        prior=_prior(args),
    )


def _prior(args: argparse.Namespace) -> dict[str, Any] | None:
    if not getattr(args, "prior", None):
        return None
    data: dict[str, Any] = json.loads(args.prior.read_text(encoding="utf-8"))
    return data


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


def flagged_by_rules(texts: dict[str, list[str]]) -> dict[str, list[set[str | None]]]:
    """
    The families the phrase rules (no learned rule) flag on each text of
    each corpus: the same for every model, so computed once.
    """
    plain = _linter(stage=False)
    return {
        name: [{family_of(f.code) for f in plain.lint(t)} for t in corpus]
        for name, corpus in texts.items()
    }


def thresholds(
    data: dict[str, Any],
    texts: dict[str, list[str]],
    budgets: dict[str, float],
    *,
    floor: float,
    flagged: dict[str, list[set[str | None]]] | None = None,
    minimum: list[float] | None = None,
) -> dict[str, Any]:
    """
    Per family, the lowest log-odds threshold at which the stage adds, on
    each held corpus, at most its *budget* (a share of its texts) to the
    texts the family's phrase rules already flag; never below *floor*, nor
    below *minimum* (per family: the thresholds chosen by cross-validation).
    """
    _use(data)
    if flagged is None:
        flagged = flagged_by_rules(texts)
    m = learned.model()
    th = [max(floor, x) for x in (minimum or [floor] * len(FAMS))]
    for name, corpus in texts.items():
        best: dict[str, list[float]] = {f: [] for f in FAMS}
        for text, fams in zip(corpus, flagged[name], strict=True):
            doc = Document(text)
            scored = doc.memo(learned.scores)
            for j, fam in enumerate(FAMS):
                if fam in fams or not scored:
                    continue
                gated = [
                    s.margins[j] + m.threshold[j]
                    for s in scored
                    if learned.passes_gate(doc, fam, s.start, s.end)
                ]
                if gated:
                    best[fam].append(max(gated))
        allowed = int(budgets[name] * len(corpus))
        for j, fam in enumerate(FAMS):
            xs = sorted(best[fam], reverse=True)
            if len(xs) > allowed:
                th[j] = max(th[j], xs[allowed])
    out = dict(data)
    out["threshold"] = [round(t + 5e-4, 3) for t in th]
    return out


def _truths(
    labels: dict[str, Any], other: dict[str, Any] | None
) -> dict[str, bool | None]:
    out: dict[str, bool | None] = {}
    for fam in FAMILIES:
        truth: bool | None = bool(labels.get(fam))
        if other is not None and bool(other.get(fam)) != truth:
            truth = None
        out[fam] = truth
    return out


def reply_records(data: dict[str, Any], test: str) -> list[dict[str, Any]]:
    """
    Per reply of a labelled set, what cross-validation needs to place a
    threshold afterwards: the agreed label per family (None where the
    readers disagree), the families the phrase rules flag, and per phrase
    family the highest log-odds of a sentence the family's learned rule
    could report (agent sentences no phrase rule of the family reports:
    the engine's ``defers_to``), None when there is none.
    """
    parts = test.split(",")
    r2 = (
        {r["id"]: r["labels"] for r in jsonl(Path(parts[1]))}
        if len(parts) > 1
        else None
    )
    _use(data)
    plain = _linter(stage=False)
    m = learned.model()
    out = []
    for row in jsonl(Path(parts[0])):
        text = row["reply"]
        findings = plain.lint(text, customer=row.get("customer") or "")
        doc = Document(text, customer=row.get("customer") or None)
        by_family: dict[str | None, list[tuple[int, int]]] = {}
        for f in findings:
            lo = doc.sentence_index(f.start)
            hi = doc.sentence_index(max(f.start, f.end - 1))
            by_family.setdefault(family_of(f.code), []).append((lo, hi))
        best: dict[str, float | None] = {}
        for j, fam in enumerate(FAMS):
            spans = by_family.get(fam, [])
            top = None
            for sc in doc.memo(learned.scores):
                k = doc.sentence_index(sc.start)
                if any(lo <= k <= hi for lo, hi in spans):
                    continue
                if not learned.passes_gate(doc, fam, sc.start, sc.end):
                    continue
                z = sc.margins[j] + m.threshold[j]
                top = z if top is None or z > top else top
            best[fam] = None if top is None else round(top, 4)
        out.append(
            {
                "id": row["id"],
                "truth": _truths(row["labels"], r2.get(row["id"]) if r2 else None),
                "flag": sorted(f for f in by_family if f),
                "best": best,
            }
        )
    return out


def cross_validate(
    sets: list[str],
    *,
    cases: Path | None,
    texts: dict[str, list[str]],
    budgets: dict[str, float],
    args: argparse.Namespace,
) -> dict[str, Any]:
    """
    Leave one set out: for each set, train on every other set (and the
    test cases, the ``--train`` sets, and with ``--real-negatives`` the
    even real texts), hold the thresholds on real text as for the shipped
    model, and record the held-out set's replies (`reply_records`).
    """
    rows_of = {path: labelled_set(path)[0] for path in sets}
    extra = case_rows(cases, args.trap_weight) if cases else []
    for path in args.train:  # in every fold's training, never held out
        extra += labelled_set(path)[0]
    if args.real_negatives:
        # The same split as the shipped model's: every fold trains on the
        # even real texts and holds its thresholds on the odd ones.
        negatives, texts = real_negatives(texts, args.real_negatives)
        extra += negatives
    flagged = flagged_by_rules(texts)
    folds = []
    for test in sets:
        rows = [r for path in sets if path != test for r in rows_of[path]] + extra
        data = _fit(rows, args)
        data = thresholds(data, texts, budgets, floor=args.floor, flagged=flagged)
        print(
            f"fold {test}: {len(data['weights'])} features, thresholds "
            f"{data['threshold']}",
            file=sys.stderr,
        )
        folds.append(
            {
                "set": test,
                "threshold": data["threshold"],
                "records": reply_records(data, test),
            }
        )
    return {"families": list(FAMS), "folds": folds}


def _fires(rec: dict[str, Any], fam: str, cut: float) -> bool:
    z = rec["best"].get(fam)
    return z is not None and z > cut


def choose(
    cv: dict[str, Any], *, precision: float, min_hits: int, grid: list[float]
) -> dict[str, Any]:
    """
    Per family, the lowest log-odds (of *grid*) at which the learned rule,
    pooled over every held-out fold (each fold's own real-text hold
    applies too), is right on at least *precision* of the replies it fires
    on, by the add-one estimate (right + 1) / (hits + 2), over at least
    *min_hits* hits. Families that never get there keep the real-text hold
    alone and are marked not precise.
    """
    out: dict[str, Any] = {}
    for j, fam in enumerate(FAMS):
        chosen = None
        for cut in grid:
            right = hits = 0
            for fold in cv["folds"]:
                eff = max(cut, fold["threshold"][j])
                for rec in fold["records"]:
                    truth = rec["truth"][fam]
                    if truth is None or not _fires(rec, fam, eff):
                        continue
                    hits += 1
                    right += bool(truth)
            if hits >= min_hits and (right + 1) / (hits + 2) >= precision:
                chosen = (cut, right, hits)
                break
        out[fam] = (
            {"threshold": chosen[0], "right": chosen[1], "hits": chosen[2]}
            if chosen
            else {"threshold": None}
        )
    return out


def cv_report(
    cv: dict[str, Any], chosen: dict[str, Any], active: set[str] | None = None
) -> dict[str, Any]:
    """
    Per held-out set and family, P / R of the phrase rules alone and with
    the learned stage at the chosen thresholds (each fold's real-text hold
    applies too), counting only the families in *active* (default: those
    with a shipped learned rule); per family the learned rule's pooled
    right / hits.
    """
    if active is None:
        shipped = set(_shipped())
        active = {f for f, c in zip(FAMS, LEARNED_CODES, strict=True) if c in shipped}
    report: dict[str, Any] = {"sets": {}, "rules": {}}
    for j, fam in enumerate(FAMS):
        cut = chosen[fam]["threshold"]
        right = hits = 0
        per_set = {}
        for fold in cv["folds"]:
            eff = max(cut if cut is not None else -1e9, fold["threshold"][j])
            r = h = 0
            for rec in fold["records"]:
                truth = rec["truth"][fam]
                if truth is None or not _fires(rec, fam, eff):
                    continue
                h += 1
                r += bool(truth)
            per_set[fold["set"]] = [r, h]
            right, hits = right + r, hits + h
        report["rules"][fam] = {"right": right, "hits": hits, "per_set": per_set}
    for fold in cv["folds"]:
        table: dict[str, Any] = {}
        nine = {"rules": Counter(), "stage": Counter()}
        rewrite = {"rules": Counter(), "stage": Counter()}
        for rec in fold["records"]:
            said_any = {"rules": bool(rec["flag"]), "stage": bool(rec["flag"])}
            for fam in FAMILIES:
                truth = rec["truth"][fam]
                said = fam in rec["flag"]
                said_stage = said
                if fam in active:
                    j = FAMS.index(fam)
                    cut = chosen[fam]["threshold"]
                    eff = max(cut if cut is not None else -1e9, fold["threshold"][j])
                    said_stage = said or _fires(rec, fam, eff)
                said_any["stage"] = said_any["stage"] or said_stage
                if truth is None:
                    continue
                for key, val in (("rules", said), ("stage", said_stage)):
                    c = table.setdefault(fam, {}).setdefault(key, Counter())
                    c[
                        ("tp" if val else "fn") if truth else ("fp" if val else "tn")
                    ] += 1
                    if fam in PHRASE_FAMILIES:
                        nine[key][
                            ("tp" if val else "fn")
                            if truth
                            else ("fp" if val else "tn")
                        ] += 1
            known = [t for t in rec["truth"].values() if t is not None]
            truth_any = any(known) if known else None
            if truth_any is False and len(known) < len(FAMILIES):
                truth_any = None
            if truth_any is not None:
                for key in ("rules", "stage"):
                    v = said_any[key]
                    rewrite[key][
                        ("tp" if v else "fn") if truth_any else ("fp" if v else "tn")
                    ] += 1
        table["nine_families"] = nine
        table["needs_rewrite"] = rewrite
        report["sets"][fold["set"]] = {
            fam: {k: dict(c) for k, c in v.items()} for fam, v in table.items()
        }
    return report


def _pr(c: dict[str, int]) -> str:
    tp, fp, fn = c.get("tp", 0), c.get("fp", 0), c.get("fn", 0)
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    return f"{fmt(p)}/{fmt(r)}"


def _set_name(path: str) -> str:
    """
    A set's short name: its folder (``/work/dev/set-e/cases.jsonl``), or the
    file's stem when the file is not a ``cases.jsonl`` (``training/bank-a.jsonl``).
    """
    p = Path(path.split(",", maxsplit=1)[0])
    return p.parent.name if p.name == "cases.jsonl" else p.stem


def print_cv(report: dict[str, Any], chosen: dict[str, Any]) -> None:
    print(
        "learned rule per family, pooled held-out (right/hits at the chosen threshold)"
    )
    for fam in FAMS:
        got = report["rules"][fam]
        sets = " ".join(
            f"{_set_name(k)}:{r}/{h}" for k, (r, h) in got["per_set"].items()
        )
        print(
            f"  {fam:18} cut {chosen[fam]['threshold']}  {got['right']}/{got['hits']}  {sets}"
        )
    for name, table in report["sets"].items():
        print(f"held out {name}: family rules -> rules + stage (P/R)")
        for fam, v in table.items():
            print(f"  {fam:18} {_pr(v['rules']):>11} -> {_pr(v['stage']):>11}")


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
    ap.add_argument(
        "--prior",
        type=Path,
        help="a weight file to start from and regularise toward (see train())",
    )
    ap.add_argument(
        "--real-negatives",
        type=float,
        default=0.0,
        metavar="WEIGHT",
        help="train on the even texts of the held corpora as negatives of this "
        "weight and hold the thresholds on the odd ones (see real_negatives())",
    )
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
    ap.add_argument(
        "--cv",
        action="append",
        default=[],
        help="SET[,READER2]: leave-one-set-out cross-validation over these sets",
    )
    ap.add_argument(
        "--cv-out", type=Path, help="write the cross-validation records here"
    )
    ap.add_argument(
        "--cv-from",
        type=Path,
        help="a --cv-out file: choose thresholds from it (and report); with --out, "
        "the shipped thresholds are never below the chosen ones",
    )
    ap.add_argument("--min-precision", type=float, default=0.85)
    ap.add_argument("--min-hits", type=int, default=3)
    ap.add_argument(
        "--meaning",
        action="store_true",
        help="add lexicon class x subject / negation / modality features",
    )
    ap.add_argument(
        "--context",
        default="",
        help="comma-separated context features to train with: "
        + ", ".join(learned.CONTEXTS)
        + " (see learned.context_features)",
    )
    args = ap.parse_args(argv)
    global MEANING, CONTEXT  # noqa: PLW0603
    MEANING = args.meaning
    CONTEXT = tuple(c for c in args.context.split(",") if c)
    unknown = set(CONTEXT) - set(learned.CONTEXTS)
    if unknown:
        ap.error(f"--context: unknown {sorted(unknown)}")
    budgets = dict(HOLD)
    for item in args.hold:
        name, _, share = item.partition("=")
        budgets[name] = float(share)
    if args.cv:
        found = corpora(args.corpora)
        texts = {name: [t for _, t, _ in found[name]] for name in budgets}
        cv = cross_validate(
            args.cv, cases=args.cases, texts=texts, budgets=budgets, args=args
        )
        if args.cv_out:
            args.cv_out.write_text(json.dumps(cv, sort_keys=True), encoding="utf-8")
        args.cv_from = args.cv_from or args.cv_out
        if args.out is None:
            grid = [round(0.5 + 0.05 * i, 2) for i in range(111)]
            chosen = choose(
                cv, precision=args.min_precision, min_hits=args.min_hits, grid=grid
            )
            print_cv(cv_report(cv, chosen), chosen)
            return 0
    minimum = None
    if args.cv_from:
        cv = json.loads(args.cv_from.read_text(encoding="utf-8"))
        grid = [round(args.floor + 0.05 * i, 2) for i in range(111)]
        chosen = choose(
            cv, precision=args.min_precision, min_hits=args.min_hits, grid=grid
        )
        report = cv_report(cv, chosen)
        print_cv(report, chosen)
        if args.json:
            args.json.write_text(
                json.dumps(
                    {"chosen": chosen, "report": report}, indent=1, sort_keys=True
                ),
                encoding="utf-8",
            )
        if args.out is None:
            return 0
        minimum = [chosen[f]["threshold"] or args.floor for f in FAMS]
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
    found = corpora(args.corpora)
    texts = {name: [t for _, t, _ in found[name]] for name in budgets}
    if args.real_negatives:
        negatives, texts = real_negatives(texts, args.real_negatives)
        print(f"real negatives: {len(negatives)} sentences", file=sys.stderr)
        rows += negatives
    pos = [sum(1 for row in rows if row[1][k] == 1) for k in range(len(FAMS))]
    print("positives per family:", dict(zip(FAMS, pos, strict=True)), file=sys.stderr)
    data = _fit(rows, args)
    data = thresholds(data, texts, budgets, floor=args.floor, minimum=minimum)
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    out = Path(args.out)
    out.write_text(text + "\n", encoding="utf-8")
    print(
        f"wrote {out}: {len(data['weights'])} features, {len(text) / 1e6:.2f} MB, "
        f"thresholds {dict(zip(FAMS, data['threshold'], strict=True))}",
        file=sys.stderr,
    )
    results = {t: heldout(data, t) for t in args.test}
    if args.json and results:
        args.json.write_text(
            json.dumps(results, indent=1, sort_keys=True), encoding="utf-8"
        )
    _ = math, PHRASE_FAMILIES
    return 0


if __name__ == "__main__":
    sys.exit(main())
