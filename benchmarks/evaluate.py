"""
Precision and recall of cs_lint (and, with --peers, of proselint, write-good and alex).

    python benchmarks/evaluate.py [--corpora ../shared/corpora] [--peers] [--json]

Labelled data sets (labels are reply level, one flag per family, per
shared/labelling-rubric.md, with the evidence span of each positive):

- ``written``: hand-written replies in tests/cases/*.jsonl (positives and
  traps that look guilty but are fine).
- ``twcs-pairs``: benchmarks/labels/twcs-pairs-dev.jsonl, real brand replies
  on Twitter with the customer tweet they answer (labelled by reading).
- ``twcs-agent``: benchmarks/labels/twcs-agent-dev.jsonl, real brand replies
  without the customer tweet.
- ``politeness``: benchmarks/labels/politeness-dev.jsonl, Wikipedia and
  Stack Exchange requests (accusatory / dismissive / negative framing only);
  general hostility between editors, a hard out-of-domain test.

Each is scored at reply level (a finding of the family anywhere in the reply)
and at span level (a positive counts only when a finding overlaps the labelled
evidence). The corpora's own labels, where they fit a family:

- ``apology``: TWCS agent replies with the ERICSSON "Apologize" label
  (AmazonHelp): how often the empathy rules (CS4xx) fire on replies that do
  apologise and on replies that don't.
- ``sfu`` / ``conll``: SFU Review speculation cues (with spans) and CoNLL-2010
  Wikipedia uncertain sentences, one sentence per text: recall of the hedging
  family (CS2xx) on sentences with a hedge cue, and precision of its findings
  against cue sentences (and cue spans).
- ``polite``: the top-quartile (most polite) Stanford Politeness requests:
  every alert there is a false alarm on a polite request.
- ``twcs-all``: every TWCS agent reply, unlabelled: the share each family
  fires on (real brand replies are mostly fine, so this is a false-alarm
  proxy).

A family with no rules in this build (say, empathy before CS4xx lands) is
listed as skipped and left out of every table. The corpora texts are read
from ``--corpora`` and never copied into the repo.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
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

#: The labelled sets: name, label file, corpus file, whether the customer
#: message is used, and whether the set counts in the combined CS dev table.
LABELLED = (
    ("twcs-pairs", "twcs-pairs-dev.jsonl", ("twcs", "pairs.jsonl"), True, True),
    ("twcs-agent", "twcs-agent-dev.jsonl", ("twcs", "data.jsonl"), False, True),
    (
        "politeness",
        "politeness-dev.jsonl",
        ("stanford-politeness", "data.jsonl"),
        False,
        False,  # out of domain: reported, not combined
    ),
)

APOLOGIZE = "kechtel_outbound_activity:Apologize"

#: SFU speculation cues that are structure rather than a speaker's doubt:
#: conditionals, disjunctions and modals of ability or obligation. The rest
#: (think, may, might, probably, seems, ...) are the "epistemic" cues.
STRUCTURAL_CUE = re.compile(
    r"^(?:if|or|either|neither|whether|and|and ?/ ?or|no|without|will|'d|'?can"
    r"|could|would|should|must|ca)(?:\s*n['\x92’]?t|\s+not)?$",
    re.IGNORECASE,
)

Span = tuple[int, int]


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
        self.misses += other.misses
        self.false_alarms += other.false_alarms

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


@dataclass(frozen=True)
class Case:
    """
    One labelled text: rubric key -> expected, and the evidence of positives.
    """

    id: str
    text: str
    customer: str | None
    labels: dict[str, bool]
    evidence: dict[str, str] = field(default_factory=dict)

    def evidence_span(self, key: str) -> Span | None:
        ev = self.evidence.get(key)
        if not ev:
            return None
        start = self.text.find(ev)
        return None if start < 0 else (start, start + len(ev))


#: A detector: (case index, rubric key) -> the spans it flags for that key.
Detector = Callable[[int, str], list[Span]]


def jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def by_id(path: Path) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in jsonl(path)}


def key_of(finding: Finding) -> str | None:
    """
    The rubric key a finding answers for, if any.
    """
    return next(
        (
            k
            for k, (fam, pre) in RUBRIC.items()
            if finding.family is fam and finding.code.startswith(pre)
        ),
        None,
    )


def reply_keys(findings: Iterable[Finding]) -> set[str]:
    """
    The rubric keys (or, for a family outside the rubric, its name) found.
    """
    return {key_of(f) or f.family.value for f in findings}


def present_keys(linter: cs_lint.Linter) -> set[str]:
    """
    The rubric keys at least one rule of this build answers for.
    """
    return {
        k
        for k, (fam, pre) in RUBRIC.items()
        if any(r.family is fam and r.code.startswith(pre) for r in linter.rules)
    }


def overlaps(spans: Iterable[Span], target: Span) -> bool:
    return any(s < target[1] and target[0] < e for s, e in spans)


def written_cases() -> list[Case]:
    cases = []
    for path in sorted((ROOT / "tests" / "cases").glob("*.jsonl")):
        for row in jsonl(path):
            key = row["family"]
            cases.append(
                Case(
                    row["id"],
                    row["text"],
                    row.get("customer"),
                    {key: row["expect"]},
                    {key: row["evidence"]} if row["expect"] else {},
                )
            )
    return cases


def labelled_cases(
    labels: Path, texts: dict[str, dict[str, Any]], *, with_customer: bool
) -> list[Case]:
    cases = []
    for row in jsonl(labels):
        source = texts[row["id"]]
        cases.append(
            Case(
                row["id"],
                source["text"],
                source.get("customer_text") if with_customer else None,
                row["labels"],
                row.get("evidence", {}),
            )
        )
    return cases


def score(
    cases: Sequence[Case], detect: Detector, keys: Iterable[str]
) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """
    Reply-level and span-level tallies per rubric key. At span level a
    positive counts as found only when a flagged span overlaps its evidence;
    a negative counts as a false alarm whenever anything is flagged.
    """
    wanted = set(keys)
    reply: dict[str, Tally] = defaultdict(Tally)
    span: dict[str, Tally] = defaultdict(Tally)
    for i, case in enumerate(cases):
        for key, expected in case.labels.items():
            if key not in wanted:
                continue
            spans = detect(i, key)
            reply[key].add(expected, bool(spans), case.id)
            target = case.evidence_span(key) if expected else None
            got = overlaps(spans, target) if target else bool(spans)
            span[key].add(expected, got, case.id)
    return dict(sorted(reply.items())), dict(sorted(span.items()))


def cs_lint_detector(
    linter: cs_lint.Linter, cases: Sequence[Case]
) -> tuple[Detector, list[list[Finding]]]:
    findings = [linter.lint(c.text, customer=c.customer) for c in cases]

    def detect(i: int, key: str) -> list[Span]:
        return [(f.start, f.end) for f in findings[i] if key_of(f) == key]

    return detect, findings


def rule_tallies(
    cases: Sequence[Case], findings: Sequence[list[Finding]]
) -> dict[str, Tally]:
    """
    Per rule: a finding on a case labelled for its rubric key is a true
    positive when the case is positive (and the finding overlaps the evidence,
    where there is evidence), a false positive when the case is negative.
    """
    rules: dict[str, Tally] = defaultdict(Tally)
    for case, found in zip(cases, findings, strict=True):
        by_code: dict[str, list[Finding]] = defaultdict(list)
        for f in found:
            by_code[f.code].append(f)
        for code, fs in by_code.items():
            key = key_of(fs[0])
            if key is None or key not in case.labels:
                continue
            expected = case.labels[key]
            target = case.evidence_span(key) if expected else None
            if target and not overlaps([(f.start, f.end) for f in fs], target):
                continue  # fired elsewhere in a positive reply: not counted
            rules[code].add(expected, True, case.id)
    return dict(sorted(rules.items()))


def tables(reply: dict[str, Tally], span: dict[str, Tally]) -> dict[str, Any]:
    return {
        "reply": {k: t.as_dict() for k, t in reply.items()},
        "span": {k: t.as_dict() for k, t in span.items()},
        "false_alarms": {k: t.false_alarms for k, t in reply.items() if t.false_alarms},
        "misses": {k: t.misses for k, t in span.items() if t.misses},
    }


# --- the corpora's own labels -------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """
    One hedge-corpus sentence: whether it has a cue, and the cue spans.
    """

    id: str
    text: str
    cue: bool
    epistemic: bool | None
    cue_spans: tuple[Span, ...] = ()


def sfu_sentences(path: Path) -> list[Sentence]:
    out = []
    for row in jsonl(path):
        cues = [c for c in row["cues"] if c["type"] == "speculation"]
        out.append(
            Sentence(
                row["id"],
                row["text"],
                bool(cues),
                any(not STRUCTURAL_CUE.match(c["text"].strip()) for c in cues),
                tuple((c["start"], c["end"]) for c in cues),
            )
        )
    return out


def conll_sentences(path: Path) -> list[Sentence]:
    return [
        Sentence(row["id"], row["text"], row["uncertain"], None) for row in jsonl(path)
    ]


def hedge_scores(
    sentences: Sequence[Sentence], flagged: Sequence[list[Span]]
) -> dict[str, Any]:
    """
    Sentence-level recall on cue sentences (all cues, epistemic cues only),
    precision of flagged sentences against cue sentences, the fire rate on
    cue-free sentences and, where cue spans exist, the share of flagged
    spans that overlap a cue.
    """
    n = len(sentences)
    cue = sum(s.cue for s in sentences)
    known = all(s.epistemic is not None for s in sentences)
    epi = sum(bool(s.epistemic) for s in sentences)
    fired = [bool(f) for f in flagged]
    hit_cue = sum(f and s.cue for f, s in zip(fired, sentences, strict=True))
    hit_epi = sum(
        f and bool(s.epistemic) for f, s in zip(fired, sentences, strict=True)
    )
    n_fired = sum(fired)
    spans = [
        (sp, s) for sp_list, s in zip(flagged, sentences, strict=True) for sp in sp_list
    ]
    with_spans = any(s.cue_spans for s in sentences)
    on_cue = sum(overlaps(s.cue_spans, sp) for sp, s in spans)
    return {
        "sentences": n,
        "cue_sentences": cue,
        "epistemic_sentences": epi if known else None,
        "fired": n_fired,
        "recall_cue": hit_cue / cue if cue else None,
        "recall_epistemic": hit_epi / epi if known and epi else None,
        "precision_cue": hit_cue / n_fired if n_fired else None,
        "precision_epistemic": hit_epi / n_fired if known and n_fired else None,
        "fire_rate_no_cue": (n_fired - hit_cue) / (n - cue) if n > cue else None,
        "flagged_spans": len(spans),
        "span_precision": (on_cue / len(spans) if spans else None)
        if with_spans
        else None,
    }


def apology_rows(path: Path) -> list[dict[str, Any]]:
    return [r for r in jsonl(path) if APOLOGIZE in (r.get("labels") or {})]


def apology_scores(
    rows: Sequence[dict[str, Any]], keys_fired: Sequence[set[str]], keys: Iterable[str]
) -> dict[str, Any]:
    """
    For each empathy key: how many apologising / non-apologising replies it
    fires on; plus the published keyword baseline ("sorry") for orientation.
    """
    apologise = [bool(r["labels"][APOLOGIZE]) for r in rows]
    out: dict[str, Any] = {"replies": len(rows), "apologise": sum(apologise)}
    for key in keys:
        out[key] = {
            "on_apologies": sum(
                key in k and a for k, a in zip(keys_fired, apologise, strict=True)
            ),
            "on_others": sum(
                key in k and not a for k, a in zip(keys_fired, apologise, strict=True)
            ),
        }
    baseline = Tally()
    for row, a in zip(rows, apologise, strict=True):
        baseline.add(
            a, bool(re.search(r"\bsorry\b", row["text"], re.IGNORECASE)), row["id"]
        )
    out["keyword_sorry"] = baseline.as_dict()
    return out


def alert_rates(
    hits: Sequence[Sequence[Any]], keys: Sequence[set[str]] | None = None
) -> dict[str, float]:
    """
    Share of texts with any alert, and (with *keys*) per mapped rubric key.
    """
    n = len(hits) or 1
    out = {"any": sum(bool(h) for h in hits) / n}
    if keys is not None:
        counts: dict[str, int] = defaultdict(int)
        for ks in keys:
            for k in ks:
                counts[k] += 1
        out.update({k: v / n for k, v in sorted(counts.items())})
    return out


# --- the run ------------------------------------------------------------------


def run(corpora: Path, *, peers: bool = False) -> dict[str, Any]:
    linter = cs_lint.Linter(cs_lint.Config(plugins=False))
    present = present_keys(linter)
    out: dict[str, Any] = {
        "rules": [r.code for r in linter.rules],
        "families": sorted({r.family.value for r in linter.rules}),
        "skipped": sorted(set(RUBRIC) - present),
    }
    if not corpora.is_dir():
        out["warning"] = f"{corpora} not found: only the hand-written cases are scored"
    sets: dict[str, list[Case]] = {"written": written_cases()}
    combined_sets = ["written"]
    for name, label_file, (folder, file), with_customer, combine in LABELLED:
        text_file = corpora / folder / file
        if not text_file.is_file():
            out[name] = "corpora not found"
            continue
        sets[name] = labelled_cases(
            HERE / "labels" / label_file, by_id(text_file), with_customer=with_customer
        )
        if combine:
            combined_sets.append(name)

    combined: list[dict[str, Tally]] = [defaultdict(Tally), defaultdict(Tally)]
    per_rule: dict[str, Tally] = defaultdict(Tally)
    for name, cases in sets.items():
        detect, findings = cs_lint_detector(linter, cases)
        reply, span = score(cases, detect, present)
        out[name] = tables(reply, span)
        for code, tally in rule_tallies(cases, findings).items():
            per_rule[code].merge(tally)
        if name in combined_sets:
            for level, tallies in zip(combined, (reply, span), strict=True):
                for key, tally in tallies.items():
                    level[key].merge(tally)
    out["combined_cs_dev"] = tables(
        dict(sorted(combined[0].items())), dict(sorted(combined[1].items()))
    )
    out["combined_sets"] = combined_sets
    out["per_rule_precision"] = {
        code: {"fired": t.tp + t.fp, "precision": t.precision}
        for code, t in sorted(per_rule.items())
    }

    extra = corpus_texts(corpora)
    if "apology" in extra:
        rows = extra["apology"]
        fired = [reply_keys(linter.lint(r["text"])) for r in rows]
        for keys in fired:
            if keys:
                keys.add("any")
        out["apology"] = apology_scores(rows, fired, ["any", *sorted(present)])
        empathy = {"missing_empathy", "non_apology", "dismissive"}
        if not empathy & present:
            out["apology"]["skipped"] = "no empathy (CS4xx) rules in this build"
    for name in ("sfu", "conll"):
        if name in extra:
            sentences = extra[name]
            flagged = [
                [
                    (f.start, f.end)
                    for f in linter.lint(s.text)
                    if key_of(f) == "hedging"
                ]
                for s in sentences
            ]
            out[name] = {"cs_lint": hedge_scores(sentences, flagged)}
    if "polite" in extra:
        found = [linter.lint(t) for t in extra["polite"]]
        out["polite"] = {
            "cs_lint": alert_rates(found, [reply_keys(fs) for fs in found])
        }
    if "twcs" in extra:
        found = [linter.lint(t) for t in extra["twcs"]]
        out["twcs_fire_rate"] = {
            "replies": len(found),
            **alert_rates(found, [reply_keys(fs) for fs in found]),
        }
    if peers:
        out["peers"] = run_peers(sets, combined_sets, extra)
    return out


def corpus_texts(corpora: Path) -> dict[str, Any]:
    """
    The unlabelled-by-us corpora, whichever are present.
    """
    extra: dict[str, Any] = {}
    twcs = corpora / "twcs" / "data.jsonl"
    if twcs.is_file():
        extra["twcs"] = [row["text"] for row in jsonl(twcs)]
        extra["apology"] = apology_rows(twcs)
    sfu = corpora / "hedge-sfu-review" / "data.jsonl"
    if sfu.is_file():
        extra["sfu"] = sfu_sentences(sfu)
    conll = corpora / "hedge-conll2010-wikipedia" / "data.jsonl"
    if conll.is_file():
        extra["conll"] = conll_sentences(conll)
    polite = corpora / "stanford-politeness" / "data.jsonl"
    if polite.is_file():
        extra["polite"] = [
            row["text"]
            for row in jsonl(polite)
            if row.get("label_quartile") == "polite"
        ]
    return extra


@dataclass(frozen=True)
class PeerView:
    """
    One peer's hits, looked up by text, seen through its family mapping.
    """

    hits: list[list[Any]]
    family: Callable[[str, str], str | None]
    index: dict[str, int]

    def spans(self, text: str, key: str) -> list[Span]:
        return [
            (h.start, h.end)
            for h in self.hits[self.index[text]]
            if self.family(h.rule, text[h.start : h.end]) == key
        ]

    def keys(self, text: str) -> set[str]:
        found = (
            self.family(h.rule, text[h.start : h.end])
            for h in self.hits[self.index[text]]
        )
        return {k for k in found if k is not None}

    def detector(self, cases: Sequence[Case]) -> Detector:
        return lambda i, key: self.spans(cases[i].text, key)


def run_peers(
    sets: dict[str, list[Case]], combined_sets: list[str], extra: dict[str, Any]
) -> dict[str, Any]:
    """
    The same texts through proselint, write-good and alex (one process per
    tool over all of them), scored where their checks map to our families.
    """
    import peers

    texts = [c.text for cases in sets.values() for c in cases]
    texts += [t for name in ("twcs", "polite") for t in extra.get(name, [])]
    texts += [s.text for name in ("sfu", "conll") for s in extra.get(name, [])]
    unique = list(dict.fromkeys(texts))
    index = {t: i for i, t in enumerate(unique)}
    try:
        runs = peers.run_peers(unique)
    except peers.PeerError as err:
        return {"skipped": str(err)}

    out: dict[str, Any] = {
        "versions": {tool: r.version for tool, r in runs.items()},
        "mapping": peers.PEER_FAMILY_NOTES,
    }
    for tool, r in runs.items():
        view = PeerView(r.hits, peers.PEER_FAMILIES[tool], index)
        result: dict[str, Any] = {}
        combined: list[dict[str, Tally]] = [defaultdict(Tally), defaultdict(Tally)]
        for name, cases in sets.items():
            reply, span = score(cases, view.detector(cases), peers.PEER_KEYS[tool])
            result[name] = tables(reply, span)
            if name in combined_sets:
                for level, tallies in zip(combined, (reply, span), strict=True):
                    for key, tally in tallies.items():
                        level[key].merge(tally)
        result["combined_cs_dev"] = tables(
            dict(sorted(combined[0].items())), dict(sorted(combined[1].items()))
        )
        for name in ("sfu", "conll"):
            if name in extra and "hedging" in peers.PEER_KEYS[tool]:
                sentences = extra[name]
                flagged = [view.spans(s.text, "hedging") for s in sentences]
                result[name] = hedge_scores(sentences, flagged)
        for name in ("twcs", "polite"):
            if name in extra:
                replies = extra[name]
                hits = [r.hits[index[t]] for t in replies]
                result[name] = alert_rates(hits, [view.keys(t) for t in replies])
                counts: dict[str, int] = defaultdict(int)
                for hs in hits:
                    for rule in {h.rule for h in hs}:
                        counts[rule] += 1
                top = sorted(counts.items(), key=lambda kv: -kv[1])[:5]
                result[f"{name}_top_checks"] = {k: v / len(replies) for k, v in top}
        out[tool] = result
    return out


# --- rendering ----------------------------------------------------------------


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2%}"


def tally_table(data: dict[str, Any], title: str) -> list[str]:
    lines = [
        f"## {title}",
        "",
        "| family | TP | FP | FN | P (reply) | R (reply) | F1 (reply) | P (span) | R (span) | F1 (span) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for key, t in data["reply"].items():
        s = data["span"][key]
        lines.append(
            f"| {key} | {t['tp']} | {t['fp']} | {t['fn']} | {fmt(t['precision'])} "
            f"| {fmt(t['recall'])} | {fmt(t['f1'])} | {fmt(s['precision'])} "
            f"| {fmt(s['recall'])} | {fmt(s['f1'])} |"
        )
    return [*lines, ""]


def hedge_table(rows: dict[str, dict[str, Any]], title: str) -> list[str]:
    first = next(iter(rows.values()))
    lines = [
        f"## {title}: {first['sentences']} sentences, {first['cue_sentences']} with a cue"
        + (
            f" ({first['epistemic_sentences']} with an epistemic cue)"
            if first["epistemic_sentences"] is not None
            else ""
        ),
        "",
        "| linter | fired | recall (any cue) | recall (epistemic cue) | precision (cue sentence) "
        "| precision (epistemic) | fires on cue-free | flagged spans on a cue |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for who, h in rows.items():
        lines.append(
            f"| {who} | {h['fired']} | {fmt(h['recall_cue'])} | {fmt(h['recall_epistemic'])} "
            f"| {fmt(h['precision_cue'])} | {fmt(h['precision_epistemic'])} "
            f"| {pct(h['fire_rate_no_cue'])} | {fmt(h['span_precision'])} |"
        )
    return [*lines, ""]


def render(results: dict[str, Any]) -> str:
    lines = [
        f"Rules: {len(results['rules'])} ({', '.join(results['families'])})",
        f"Skipped rubric keys (no rules of theirs in this build): "
        f"{', '.join(results['skipped']) or 'none'}",
        "",
    ]
    if "warning" in results:
        lines += [f"WARNING: {results['warning']}", ""]
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
        title = name
        if name == "combined_cs_dev":
            title += f" ({' + '.join(results['combined_sets'])})"
        lines += tally_table(data, title)
    lines += [
        "## per rule, on every labelled set (written, TWCS, politeness)",
        "",
        "| rule | fired on labelled replies | precision |",
        "| --- | --- | --- |",
    ]
    for code, t in results["per_rule_precision"].items():
        lines.append(f"| {code} | {t['fired']} | {fmt(t['precision'])} |")
    lines.append("")
    peer = results.get("peers", {})
    peer_tools = [t for t in ("proselint", "write-good", "alex") if t in peer]
    if "apology" in results:
        a = results["apology"]
        lines += [
            f"## TWCS “Apologize” labels: {a['replies']} AmazonHelp replies, "
            f"{a['apologise']} apologise",
            "",
        ]
        lines += [
            "| cs_lint findings | on apologising replies | on the others |",
            "| --- | --- | --- |",
        ]
        for key, v in a.items():
            if isinstance(v, dict) and "on_apologies" in v:
                lines.append(f"| {key} | {v['on_apologies']} | {v['on_others']} |")
        if "skipped" in a:
            lines += ["", f"Empathy: skipped ({a['skipped']})."]
        k = a["keyword_sorry"]
        lines += [
            "",
            f"Keyword baseline `sorry` (for orientation): P {fmt(k['precision'])}, "
            f"R {fmt(k['recall'])}, F1 {fmt(k['f1'])}.",
            "",
        ]
    for name, title in (
        ("sfu", "SFU Review speculation"),
        ("conll", "CoNLL-2010 Wikipedia"),
    ):
        if name in results:
            rows = {"cs_lint CS2xx": results[name]["cs_lint"]}
            for tool in peer_tools:
                if name in peer[tool]:
                    rows[f"{tool} (hedging checks)"] = peer[tool][name]
            lines += hedge_table(rows, title)
    if "polite" in results:
        lines += [
            "## alerts on polite requests (top-quartile Stanford Politeness)",
            "",
            "| linter | any alert | by family |",
            "| --- | --- | --- |",
        ]
        rates = dict(results["polite"]["cs_lint"])
        lines.append(
            f"| cs_lint | {pct(rates.pop('any'))} | "
            + ", ".join(f"{k} {pct(v)}" for k, v in rates.items())
            + " |"
        )
        for tool in peer_tools:
            if "polite" in peer[tool]:
                rates = dict(peer[tool]["polite"])
                lines.append(
                    f"| {tool} | {pct(rates.pop('any'))} | "
                    + ", ".join(f"{k} {pct(v)}" for k, v in rates.items())
                    + " |"
                )
        lines.append("")
    if "twcs_fire_rate" in results:
        rates = dict(results["twcs_fire_rate"])
        n = rates.pop("replies")
        lines += [
            f"## share of {n} TWCS brand replies each linter alerts on",
            "",
            "| linter | any alert | by family (mapped checks for peers) | most frequent checks |",
            "| --- | --- | --- | --- |",
        ]
        lines.append(
            f"| cs_lint | {pct(rates.pop('any'))} | "
            + ", ".join(f"{k} {pct(v)}" for k, v in rates.items())
            + " | |"
        )
        for tool in peer_tools:
            if "twcs" in peer[tool]:
                rates = dict(peer[tool]["twcs"])
                top = peer[tool]["twcs_top_checks"]
                lines.append(
                    f"| {tool} | {pct(rates.pop('any'))} | "
                    + ", ".join(f"{k} {pct(v)}" for k, v in rates.items())
                    + " | "
                    + ", ".join(f"`{k}` {pct(v)}" for k, v in top.items())
                    + " |"
                )
        lines.append("")
    if peer.get("skipped"):
        lines += [f"## peers: skipped ({peer['skipped']})", ""]
    elif peer_tools:
        lines += [
            "## peers on the labelled sets, where their checks map to our families",
            "",
            *(f"- {k}: {v}" for k, v in peer["mapping"].items()),
            "",
            "| set | family | linter | TP | FP | FN | P (reply) | R (reply) | P (span) | R (span) |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name in ("combined_cs_dev", "politeness"):
            if not isinstance(results.get(name), dict):
                continue
            for key in sorted(peer["mapping"]):
                linters = [("cs_lint", results[name])] + [
                    (tool, peer[tool][name]) for tool in peer_tools
                ]
                for who, data in linters:
                    t = data["reply"].get(key)
                    s = data["span"].get(key)
                    if t is None or s is None:
                        continue
                    lines.append(
                        f"| {name} | {key} | {who} | {t['tp']} | {t['fp']} | {t['fn']} "
                        f"| {fmt(t['precision'])} | {fmt(t['recall'])} "
                        f"| {fmt(s['precision'])} | {fmt(s['recall'])} |"
                    )
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument(
        "--peers",
        action="store_true",
        help="also run proselint, write-good and alex (bash benchmarks/setup.sh)",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = run(args.corpora, peers=args.peers)
    print(json.dumps(results, indent=2) if args.json else render(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
