"""
Every rule's bad examples are flagged by that rule; its good ones are not.
"""

from __future__ import annotations

import pytest

import cs_lint
from cs_lint._base.finding import Applicability, apply_edits
from cs_lint.rules.consistency import EXAMPLE_FACTS
from cs_lint.rules.script_rigidity import EXAMPLE_MACROS

from .conftest import ALL_RULES


BAD = [(r.code, text) for r in ALL_RULES for text in r.bad]
GOOD = [(r.code, text) for r in ALL_RULES for text in r.good]
#: Every rule, with the example macro library and team facts (for the rules
#: that need them).
_LINTER = cs_lint.Linter(
    cs_lint.Config(
        preview=True, plugins=False, macros=EXAMPLE_MACROS, facts=EXAMPLE_FACTS
    )
)


@pytest.fixture(scope="module")
def linter() -> cs_lint.Linter:
    """
    The module's linter: every rule, with macros and facts for the rules
    that need them.
    """
    return _LINTER


#: Bad examples whose finding offers an edit (not just advice).
EDITABLE = [
    (code, text)
    for code, text in BAD
    if any(s.edits for f in _LINTER.lint(text) if f.code == code for s in f.suggestions)
]


@pytest.mark.parametrize(("code", "text"), BAD)
def test_bad_example_is_flagged(linter: cs_lint.Linter, code: str, text: str) -> None:
    """
    A bad example gets a finding of its rule, with an exact excerpt.
    """
    findings = [f for f in linter.lint(text) if f.code == code]
    assert findings, f"{code} did not flag its bad example {text!r}"
    for f in findings:
        assert text[f.start : f.end] == f.excerpt


@pytest.mark.parametrize(("code", "text"), GOOD)
def test_good_example_is_clean(linter: cs_lint.Linter, code: str, text: str) -> None:
    """
    A good example gets no finding of its rule.
    """
    findings = [f for f in linter.lint(text) if f.code == code]
    assert [] == [f.excerpt for f in findings]


def test_some_rules_offer_edits() -> None:
    """
    The edit test below is not vacuous.
    """
    assert len(EDITABLE) >= 5


@pytest.mark.parametrize(("code", "text"), EDITABLE)
def test_applied_suggestion_does_not_retrigger(
    linter: cs_lint.Linter, code: str, text: str
) -> None:
    """
    Applying a suggestion's edits removes that finding and adds no new one
    of the same rule.
    """
    findings = [f for f in linter.lint(text) if f.code == code]
    edited = [
        (f, s)
        for f in findings
        for s in f.suggestions
        if s.edits and s.applicability is not Applicability.DISPLAY_ONLY
    ]
    assert edited
    for finding, suggestion in edited:
        fixed = apply_edits(text, suggestion.edits)
        after = [f for f in linter.lint(fixed) if f.code == code]
        assert len(after) < len(findings), (fixed, [f.excerpt for f in after])
        assert finding.excerpt not in [f.excerpt for f in after]
