"""
Anchored scans (`cs_lint._text.anchors`) are a speed-up only: tried at the
tokens a match can start with, they find exactly the matches of a full
scan, and the trigger gates of the empathy constructions never hide one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

import cs_lint
from cs_lint import Document
from cs_lint._authoring.rule import Triggers, near_met
from cs_lint._context import apology, customer
from cs_lint._text import lexicons
from cs_lint._text.anchors import (
    anchored,
    anchored_phrases,
    near_words,
    starts_of,
    word_regions,
)
from cs_lint.rules import accusatory, empathy, hedging, script_rigidity

from .conftest import ALL_RULES


ROOT = Path(__file__).resolve().parent
CORPORA = ROOT.parent.parent / "shared" / "corpora"

#: Hard spots for a token search: curly apostrophes, an emoji stuck to a
#: word, hashtags, digits, capitals, a word inside a longer one.
EDGE_TEXTS = [
    "It\u2019s only three hours, you\u2019ll still get there today.",
    "charged for prime and it says I'm not a member\U0001f620\U0001f620\U0001f620",
    "@Delta #Again #nothing #bs #no #answers",
    "Even #worse \U0001f61c and 2nd time, 3rd call, 10 days.",
    "THIS IS THE THIRD TIME!!! Im done, dont care, its been 3 weeks",
    "Calmly, these nothings happen; unhappily it's nothing.",
    "whyyyy nooooo fuckingg shitty asses",
]


def _texts(with_customers: bool = False) -> list[str]:
    out = list(EDGE_TEXTS)
    out += [t for r in ALL_RULES for t in (*r.bad, *r.good)]
    for path in sorted((ROOT / "cases").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                out.append(case["text"])
                if with_customers and case.get("customer"):
                    out.append(case["customer"])
    pairs = CORPORA / "twcs" / "pairs.jsonl"
    if pairs.is_file():
        with pairs.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % 3 == 0:
                    pair = json.loads(line)
                    out.append(
                        pair["customer_text"] if with_customers else pair["text"]
                    )
    return out


def _spans(matches: Iterator[regex.Match[str]]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


def _agent_scans() -> list[
    tuple[str, regex.Pattern[str], frozenset[str], regex.Pattern[str] | None]
]:
    out = []
    for name in ("_DISMISS", "_MINIMISE", "_NORMALISE", "_CONSOLE"):
        for i, (s, starts, left) in enumerate(getattr(empathy, name).items):
            if s not in empathy._PHRASE_ANCHORS:
                out.append((f"{name}[{i}]", s.pattern, starts, left))
    out.append(("_PANIC", empathy._PANIC.pattern, empathy._PANIC_STARTS, None))
    for name in (
        "_UNDERSTANDING",
        "_IMPACT",
        "_INTERJECTION",
        "_RECOGNITION",
        "_PATIENCE",
        "_FEELING_RECOGNITION",
    ):
        out.append(
            (name, getattr(apology, name), getattr(apology, name + "_STARTS"), None)
        )
    out.append(("_CORE", apology._CORE, apology._CORE_STARTS, None))
    for name, cls in (
        ("_VALIDATION", "VALIDATION"),
        ("_OWNING", "OWNING"),
        ("_CONDOLENCE", "CONDOLENCE_WELLBEING"),
        ("_REASSURANCE", "WARM_REASSURANCE"),
        ("_GRATITUDE", "GRATITUDE_REPORT"),
    ):
        out.append((name, getattr(apology, name), starts_of("{" + cls + "}"), None))
    return out


def test_starts_of_reads_words_classes_and_prefixes() -> None:
    """
    An entry may hold several words; a class gives its start tokens; a
    prefix keeps its mark; loose entries add the form without apostrophe.
    """
    got = starts_of("only just", "{ANY_QUANTIFIER}", "fuck*", "don't", loose=True)
    assert {"only", "just", "any", "fuck*", "don't", "dont"} <= got
    with pytest.raises(ValueError, match="too short"):
        starts_of("ok*")


def test_anchored_finds_symbols_digits_and_prefixes() -> None:
    """
    A symbol starts a token even after a letter; digits start with
    `DIGIT_START`; a prefix matches any token it begins.
    """
    doc = Document("member\U0001f620 paid 30 fees, fuckingg hell #fail")
    angry = regex.compile("\U0001f620")
    assert _spans(anchored(angry, doc, starts_of("\U0001f620"))) == [(6, 7)]
    number = regex.compile(r"\d+\s+fees")
    assert [
        m.group() for m in anchored(number, doc, starts_of(lexicons.DIGIT_START))
    ] == ["30 fees"]
    fuck = regex.compile(r"fuck\w*", regex.I)
    assert [m.group() for m in anchored(fuck, doc, starts_of("fuck*"))] == ["fuckingg"]
    tag = regex.compile(r"#fail")
    assert [m.group() for m in anchored(tag, doc, starts_of("#"))] == ["#fail"]


def test_anchored_spans_limit_the_starts() -> None:
    """
    With spans, only matches that start inside them are found.
    """
    doc = Document("Only one. Only two. Only three.")
    only = regex.compile(r"only\s+\w+", regex.I)
    found = [
        m.group() for m in anchored(only, doc, starts_of("only"), spans=[(10, 19)])
    ]
    assert found == ["Only two"]


def test_agent_scans_match_a_full_scan() -> None:
    """
    Every anchored construction of the empathy rules finds exactly what a
    full `finditer` finds (with its left context, where it has one).
    """
    scans = _agent_scans()
    for text in _texts():
        doc = Document(text)
        for name, pattern, starts, left in scans:
            full = _spans(pattern.finditer(text))
            fast = _spans(anchored(pattern, doc, starts))
            if left is not None:
                full = [s for s in full if left.match(text, max(0, s[0] - 160), s[0])]
                fast = [s for s in fast if left.match(text, max(0, s[0] - 160), s[0])]
            assert fast == full, (name, text)


def test_phrase_classes_match_a_full_scan() -> None:
    """
    A lexicon class found from its anchor words finds what a full scan of
    the class finds.
    """
    for text in _texts():
        doc = Document(text)
        for s, found_by in empathy._PHRASE_ANCHORS.items():
            assert _spans(anchored_phrases(s.pattern, doc, found_by)) == _spans(
                s.pattern.finditer(text)
            ), text


def test_customer_scans_match_a_full_scan() -> None:
    """
    The customer reading's anchored scans find what full scans find,
    including loose apostrophes ("dont") and emoji.
    """
    names = [
        n[: -len("_STARTS")]
        for n in dir(customer)
        if n.endswith("_STARTS") and n != "_N_STARTS"
    ]
    assert len(names) > 15
    for text in _texts(with_customers=True):
        doc = Document(text, customer="")
        for name in names:
            pattern = getattr(customer, name)
            starts = getattr(customer, name + "_STARTS")
            assert _spans(anchored(pattern, doc, starts)) == _spans(
                pattern.finditer(text)
            ), (name, text)


def test_construction_gates_never_hide_a_finding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """
    The per-construction trigger gates (sentence gates, wake-up words,
    anchor word sets, the words an apology reading needs) only skip work:
    with every gate open, the empathy rules find the same.
    """
    linter = cs_lint.Linter(cs_lint.Config(preview=True, plugins=False))
    cases = []
    for path in sorted((ROOT / "cases").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                cases.append((case["text"], case.get("customer")))
    cases += [(t, None) for t in EDGE_TEXTS]
    cases += [(t, None) for r in ALL_RULES for t in (*r.bad, *r.good)]

    def findings() -> list[list[tuple[str, int, int]]]:
        return [
            [
                (f.code, f.start, f.end)
                for f in linter.lint_document(Document(t, customer=c), gate=False)
                if f.code.startswith("CS4")
            ]
            for t, c in cases
        ]

    gated = findings()

    def every_construction(
        self: empathy._Constructions, doc: Document
    ) -> Iterator[empathy._Hit]:
        found = []
        for s, starts, left in self.items:
            found.extend(empathy._scan(s, starts, doc, left))
        found.sort(key=lambda m: (m.start(), -m.end()))
        last = -1
        for m in found:
            if m.start() >= last:
                yield m
                last = m.end()

    monkeypatch.setattr(empathy._Gate, "met_by", lambda self, words: True)
    monkeypatch.setattr(empathy._Gate, "sentences", lambda self, doc: None)
    monkeypatch.setattr(empathy._Constructions, "finditer", every_construction)
    monkeypatch.setattr(
        lexicons.Anchors, "present", lambda self, words: list(self.words & words)
    )
    monkeypatch.setattr(apology, "_may", lambda words, keys: True)
    assert findings() == gated


def _near_scans() -> list[tuple[str, regex.Pattern[str], frozenset[str]]]:
    """
    The whole-text scans read only near their words (issue 15, round 11):
    the pattern and the words one of which each of its matches holds.
    """
    return [
        ("hedging._DISCLAIM", hedging._DISCLAIM, hedging._DISCLAIM_WORDS),
        ("hedging._KNOW_ABOUT", hedging._KNOW_ABOUT, hedging._KNOW_MUCH_WORDS),
        ("hedging._GUESS", hedging._GUESS, hedging._GUESS_WORDS),
        ("hedging._I_THINK", hedging._I_THINK, hedging._THINK_WORDS),
        ("hedging._DONT_THINK", hedging._DONT_THINK, hedging._THINK_WORDS),
        (
            "script_rigidity._OFFICIALESE",
            script_rigidity._OFFICIALESE,
            script_rigidity._OFFICIAL_NEAR,
        ),
    ]


def _near_met_scans() -> list[tuple[str, regex.Pattern[str], Triggers]]:
    """
    The whole-text scans read only near the sentences that meet a trigger
    entry (`near_met`; issue 15, round 13): the pattern and the triggers
    one of which each of its matches meets in its sentence.
    """
    out = [("hedging._STRONG_CUES", hedging._STRONG_CUES, hedging._STRONG_NEAR)]
    for rule_, pattern in (
        (hedging.tentative_commitment, hedging._TENTATIVE),
        (hedging.hoping_it_works, hedging._HOPE),
        (script_rigidity.stock_phrase, script_rigidity._STOCK_PATTERN),
        (accusatory.condescending_language, accusatory._CONDESCENDING),
        (accusatory.assumes_customer_error, accusatory._ASSUMES),
    ):
        gate = rule_._trigger_gate()
        assert gate is not None
        out.append((rule_.name, pattern, gate))
    return out


def _long_texts() -> list[str]:
    """
    Texts of more than three sentences (on shorter ones `near_words` reads
    the whole text): the long ones of `_texts`, and ~1 KB bodies of
    consecutive short ones, as benchmarks/speed.py builds its emails.
    """
    texts = _texts()
    out = [t for t in texts if len(Document(t).sentences) > 3]
    body: list[str] = []
    for text in texts:
        body.append(text)
        if sum(len(t) for t in body) > 1000:
            out.append("Hi there,\n\n" + "\n\n".join(body) + "\n\nThanks,\nSam")
            body = []
            if len(out) > 600:
                break
    return out


def test_near_words_finds_every_whole_text_match() -> None:
    """
    A scan read near its words finds what the whole-text scan finds:
    every match holds one of the words (and stays within a sentence and
    its neighbours).
    """
    scans = _near_scans()
    for text in _long_texts():
        doc = Document(text)
        for name, pattern, words in scans:
            near = _spans(near_words(pattern, doc, words))
            if words.isdisjoint(doc.words):
                assert near == [], name
                continue
            assert near == _spans(pattern.finditer(text)), (name, text)


def test_near_met_finds_every_whole_text_match() -> None:
    """
    A scan read near the sentences that meet its triggers finds what the
    whole-text scan finds: every match meets one of the entries in a
    sentence (and stays within that sentence and its neighbours).
    """
    scans = _near_met_scans()
    for text in _long_texts():
        doc = Document(text)
        for name, pattern, gate in scans:
            near = _spans(near_met(pattern, doc, gate))
            if not gate.met(doc):
                assert near == [], name
                continue
            assert near == _spans(pattern.finditer(text)), (name, text)


def test_word_regions_are_the_sentences_with_their_neighbours() -> None:
    """
    Sentences holding a word, one either side, merged where they touch;
    the whole text for three sentences or fewer.
    """
    doc = Document(
        "We checked it. The parcel left today. It is late. Sorry about that. "
        "The refund is due. Call us soon. Thanks again."
    )
    cut = [(s.start, s.end) for s in doc.sentences]
    assert len(cut) == 7
    assert word_regions(doc, frozenset({"zzz"})) == []
    assert word_regions(doc, frozenset({"sorry"})) == [(cut[2][0], cut[4][1])]
    assert word_regions(doc, frozenset({"checked", "thanks"})) == [
        (0, cut[1][1]),
        (cut[5][0], len(doc.text)),
    ]
    short = Document("We checked it. The parcel left today. It is late.")
    assert word_regions(short, frozenset({"parcel"})) == [(0, len(short.text))]
