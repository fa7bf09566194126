"""
The committed rule docs are what the rule metadata renders.
"""

from __future__ import annotations

from pathlib import Path

from cs_lint._gendocs import render_all

from .conftest import ALL_RULES


DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"


def test_generated_docs_are_current() -> None:
    """
    Regenerate with `python -m cs_lint._gendocs docs/rules` when this fails.
    """
    pages = render_all(ALL_RULES)
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    assert sorted(pages) == sorted(committed)
    for name, content in pages.items():
        assert content == committed[name], f"docs/rules/{name} is stale"
