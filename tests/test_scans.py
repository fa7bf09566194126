"""
Scans look only where their words are: over real replies, every rule
example and case, and generated text, a scan finds exactly the matches of
its pattern over the whole text.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cs_lint.rules
from cs_lint import Document
from cs_lint._authoring.rule import Scan

from .conftest import ALL_RULES


def _scans() -> list[tuple[str, Scan]]:
    """
    Every Scan a built-in family module defines at module level.
    """
    out = []
    for info in pkgutil.iter_modules(cs_lint.rules.__path__):
        module = importlib.import_module(f"cs_lint.rules.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Scan):
                out.append((f"{info.name}.{name}", value))
    return out


SCANS = _scans()
CASES = Path(__file__).resolve().parent / "cases"
TWCS = (
    Path(__file__).resolve().parents[2] / "shared" / "corpora" / "twcs" / "data.jsonl"
)


def _texts() -> list[str]:
    texts = [t for r in ALL_RULES for t in (*r.bad, *r.good)]
    for path in sorted(CASES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    # Long texts: many replies joined into one email-sized body, so scans
    # meet texts of many sentences with their words far apart.
    joined = "\n\n".join(texts)
    texts += [joined[i : i + 4000] for i in range(0, len(joined), 4000)]
    if TWCS.is_file():
        with TWCS.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    return texts


def _same(scan: Scan, text: str) -> None:
    doc = Document(text)
    regional = [m.span() for m in scan.finditer(doc)]
    whole = [m.span() for m in scan.pattern.finditer(text)] if scan.met(doc) else []
    assert whole == regional, text[:200]


def test_there_are_scans() -> None:
    """
    The property below is not vacuous.
    """
    assert len(SCANS) >= 5


@pytest.mark.parametrize(("name", "scan"), SCANS, ids=[n for n, _ in SCANS])
def test_regions_find_what_the_whole_text_finds(name: str, scan: Scan) -> None:
    """
    Over every example, case, TWCS reply and long joined body, a scan's
    matches equal its pattern's matches over the whole text.
    """
    for text in _texts():
        _same(scan, text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "You failed to send it.",
                "Had you read it",
                "I guarantee it arrives",
                "Hi Jo,",
                "\n",
                "\n\n",
                " ",
                ". ",
                "you should have read the terms",
                "This will never happen again.",
                "billing will call you today",
                "Thanks!",
                "- item",
            ]
        ),
        max_size=40,
    )
)
def test_regions_on_generated_text(parts: list[str]) -> None:
    """
    The same on generated text built from pieces that trigger the scans,
    cut into sentences in odd places.
    """
    text = "".join(parts)
    for _, scan in SCANS:
        _same(scan, text)
