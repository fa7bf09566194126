"""
The testing kit as a downstream project uses it (issue 18, items 9-14):
strategies draw only what the linter they are given runs, they can use
the project's configuration, reprs stay short, the assertions never
build a linter inside a Hypothesis deadline, a template never hides a
bad note, and assert_flags takes selectors.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cs_lint
from cs_lint.testing import (
    GeneratedReply,
    _catalogue,
    assert_flags,
    project_linter,
    violating_replies,
)


@settings(max_examples=150, deadline=None)
@given(violating_replies())
def test_default_violations_are_findings_of_the_default_linter(
    reply: GeneratedReply,
) -> None:
    found = {
        (f.code, f.start, f.end)
        for f in cs_lint.lint(reply.text, customer=reply.customer)
    }
    for i in reply.injections:
        assert (i.code, i.start, i.end) in found


def test_default_violations_draw_no_preview_rule() -> None:
    """
    Violations are drawn only from the rules the linter runs: by default
    those `cs_lint.lint` runs; a preview rule only when preview is on.
    """
    drawn = _catalogue.catalogue(_catalogue.stable_linter()).examples
    assert {e.code for e in drawn} <= {r.code for r in cs_lint.Linter().rules}
    pack = Path(__file__).resolve().parent / "fixtures" / "packs" / "preview.toml"
    team = cs_lint.Linter(cs_lint.Config(packs=[pack]))
    assert "ACME901" not in {e.code for e in _catalogue.catalogue(team).examples}
    trying = cs_lint.Linter(cs_lint.Config(packs=[pack], preview=True))
    assert "ACME901" in {e.code for e in _catalogue.catalogue(trying).examples}


PACK = """
[[rule]]
code = "ACME501"
name = "acme-stock-phrase"
family = "script-rigidity"
kind = "existence"
message = "House style: {excerpt!r}"
why = "Not our voice."
phrases = ["kindly revert"]
bad = ["Kindly revert with your order number."]
good = ["Send us your order number."]
"""

# Built at import time, as a test module does; it reads the configuration
# only when it first draws.
PROJECT_VIOLATIONS = violating_replies(code="ACME501", linter=project_linter)


def test_strategies_read_the_project_config_lazily(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "acme.toml").write_text(PACK)
    config = tmp_path / "cs-lint.toml"
    config.write_text('packs = ["acme.toml"]\n')
    monkeypatch.setattr(_catalogue, "PROJECT_CONFIG", [config])
    linter = project_linter()
    assert "ACME501" in {r.code for r in linter.rules}
    assert linter is project_linter()

    @settings(max_examples=20, deadline=None)
    @given(PROJECT_VIOLATIONS)
    def draws(reply: GeneratedReply) -> None:
        assert {"ACME501"} == reply.codes
        assert_flags(reply.text, "ACME501", customer=reply.customer, linter=linter)

    draws()


def test_a_linter_argument_must_be_a_linter_or_a_function() -> None:
    with pytest.raises(TypeError, match="function returning one"):
        violating_replies(linter="CS1")  # type: ignore[arg-type]


def test_reprs_are_short() -> None:
    linter = cs_lint.Linter()
    assert len(repr(linter)) < 100
    assert repr(linter).startswith("<Linter: ")
    assert all(len(repr(r)) < 120 for r in linter.rules)


WARM_TEST = """
from hypothesis import given, settings, strategies as st
from cs_lint.testing import assert_clean

@settings(deadline=200, max_examples=3, database=None)
@given(st.sampled_from(["Your refund went out today.", "It ships on Monday."]))
def test_clean(text):
    assert_clean(text)
"""


def test_assertions_never_build_their_linter_inside_a_deadline(tmp_path: Path) -> None:
    # A fresh process, so nothing is built yet: the plugin builds the
    # assertions' linter before the test, never in its first example.
    (tmp_path / "test_warm.py").write_text(WARM_TEST)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "test_warm.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert 0 == proc.returncode, proc.stdout + proc.stderr
    assert "1 passed" in proc.stdout


def shipping_reply(name: str, order: str, days: int, note: str = "") -> str:
    # The template of docs/testing.md: it already takes an action.
    plural = "day" if days == 1 else "days"
    body = f"Your order {order} left our warehouse today and arrives in {days} working {plural}."
    if note:
        body += " " + note
    return f"Hi {name},\n\n{body}\n\nBest,\nJordan"


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["Sam", "Zoë", "Ngozi"]),
    st.from_regex(r"[A-Z]{2}[0-9]{6}", fullmatch=True),
    violating_replies(shape="chat", whole=False),
)
def test_the_template_never_hides_a_bad_note(
    name: str, order: str, note: GeneratedReply
) -> None:
    reply = shipping_reply(name, order, 3, note.text)
    offset = reply.index(note.text)
    for injected in note.injections:
        start, end = offset + injected.start, offset + injected.end
        assert_flags(reply, injected.code, customer=note.customer, at=(start, end))


@pytest.mark.parametrize("selector", ["CS103", "CS1", "accusatory", "as-already-told"])
def test_assert_flags_takes_selectors(selector: str) -> None:
    text = "As I already told you, the refund takes a week."
    (f,) = assert_flags(text, selector)
    assert "CS103" == f.code


def test_assert_flags_with_a_selector_that_does_not_fire() -> None:
    with pytest.raises(AssertionError, match="expected CS2 to flag"):
        assert_flags("As I already told you, it shipped.", "CS2")
    with pytest.raises(AssertionError, match="no rule 'XY1'"):
        assert_flags("Hello.", "XY1")
