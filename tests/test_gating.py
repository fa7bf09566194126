"""
Trigger-word gating is a pure speed-up: it never changes findings.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import cs_lint
from cs_lint import Document

from .conftest import ALL_RULES


ROOT = Path(__file__).resolve().parent
CORPORA = ROOT.parent.parent / "shared" / "corpora"


def texts() -> list[str]:
    out = [t for r in ALL_RULES for t in (*r.bad, *r.good)]
    for path in sorted((ROOT / "cases").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    # Real replies, where the shared corpora sit beside the checkout.
    twcs = CORPORA / "twcs" / "data.jsonl"
    if twcs.is_file():
        with twcs.open(encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh]
    return out


def test_gating_never_changes_findings(linter: cs_lint.Linter) -> None:
    """
    Every text gets the same findings with and without gating.
    """
    corpus = texts()
    assert len(corpus) > 300
    fired = 0
    for text in corpus:
        gated = linter.lint_document(Document(text))
        full = linter.lint_document(Document(text), gate=False)
        assert full == gated, text
        fired += bool(full)
    assert fired > 50


def test_lowercase_keeps_offsets(linter: cs_lint.Linter) -> None:
    """
    Characters whose lowercase is longer do not shift offsets.
    """
    text = "İİİ İstanbul. Did you even read it?"
    (f,) = linter.lint(text)
    assert "Did you even" == f.excerpt
    assert len(Document(text).lower) == len(text)


def test_linter_gate_agrees_with_each_rule(linter: cs_lint.Linter) -> None:
    """
    The linter's trigger index picks exactly the rules whose own
    `Rule.may_fire` says yes.
    """
    plans = linter._plans
    picked = 0
    for text in texts()[:2000]:
        doc = Document(text)
        active = linter._gate.active(doc)
        expected = {
            i
            for i, p in enumerate(plans)
            if p.rule.triggers is not None and p.rule.may_fire(doc)
        }
        assert active == expected, text
        picked += len(active)
    assert picked > 1000


def test_a_trigger_word_holding_the_gates_separators_always_runs() -> None:
    """
    The linter's gate keeps each key's entries as one string, its words
    joined by control characters; a rule with a trigger word holding one
    is not indexed but always runs (never skipped where it might fire).
    """
    import attrs

    from cs_lint._engine import linter as engine

    base = cs_lint.Linter().rules[0]
    odd = attrs.evolve(base, triggers=frozenset({"a\x1fb", "sorry+late"}))
    plain = attrs.evolve(base, triggers=frozenset({"sorry+late"}))
    gate = engine._Gate((odd, plain))
    assert gate.ungated == {0}
    assert gate.active(Document("Sorry, I was late.")) == {1}
    assert gate.active(Document("Sorry. I was late.")) == set()


@given(st.text(max_size=300))
def test_trigger_windows_hold_every_word(text: str) -> None:
    """
    The per-sentence word sets together hold every word of the text, so a
    single-word trigger found anywhere is found in some sentence too.
    """
    doc = Document(text)
    assert doc.words <= frozenset().union(*doc.trigger_windows)


def test_scan_needs_are_necessary() -> None:
    """
    Every scan of the built-in rules finds, over the sentences that hold
    its words, exactly what its pattern finds sentence by sentence: the
    words it needs never hide a match.
    """
    from cs_lint import rules
    from cs_lint._authoring.rule import Scan

    scans = [
        (f"{module.__name__}.{name}", value)
        for module in vars(rules).values()
        if getattr(module, "__name__", "").startswith("cs_lint.rules.")
        for name, value in vars(module).items()
        if isinstance(value, Scan)
    ]
    scans += _sentence_scoped_pack_rules()
    assert scans
    for text in texts():
        doc = Document(text)
        for name, found in scans:
            gated = {m.span() for m in found.in_sentences(doc)}
            full = {
                m.span()
                for sent in doc.sentences
                for m in found.pattern.finditer(text, sent.start, sent.end)
            }
            if not doc.sentences:
                full = {m.span() for m in found.pattern.finditer(text)}
            assert gated == full, (name, text)


def _sentence_scoped_pack_rules() -> list[tuple[str, object]]:
    """
    The built-in pack rules with ``scope = "sentence"``, as scans of their
    pattern and needs (what the pack loader builds for them).
    """
    import tomllib

    from cs_lint._authoring.packs import _pack_rule
    from cs_lint._authoring.rule import Scan

    out: list[tuple[str, object]] = []
    packs = ROOT.parent / "cs_lint" / "rules" / "packs"
    for path in sorted(packs.glob("*.toml")):
        tables = tomllib.loads(path.read_text(encoding="utf-8"))["rule"]
        for i, table in enumerate(tables):
            if table.get("scope") == "sentence":
                rule = _pack_rule(table, i)
                needs = rule.triggers()
                assert needs is not None
                out.append((f"{path.name}:{rule.code}", Scan(rule.matcher(), needs)))
    assert out
    return out
