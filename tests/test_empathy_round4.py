"""
CS401 and the non-apology rules on one reply: a non-apology answers the
customer's upset (badly), so CS401 stays silent and CS411/CS412/CS413 say
what is wrong with the apology; a notice or a bare "sorry, but" does not
answer it. Issue 14, round 4 (docs/families/missing-empathy.md, Part 2).
"""

from __future__ import annotations

import pytest

import cs_lint


UPSET = "This is the worst service, third time I'm asking and nobody replies!"


@pytest.fixture(scope="module")
def linter() -> cs_lint.Linter:
    return cs_lint.Linter(cs_lint.Config(plugins=False))


def _codes(linter: cs_lint.Linter, reply: str) -> set[str]:
    return {f.code for f in linter.lint(reply, customer=UPSET)}


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        ("We're sorry you feel that way. Your order ships Monday.", "CS411"),
        ("Sorry if the wait caused any upset. Your order ships Monday.", "CS412"),
        (
            "I'm sorry to hear that, however we cannot refund shipping. "
            "Your order ships Monday.",
            "CS413",
        ),
        ("Sorry that the courier lost it, that's out of our hands.", "CS413"),
        (
            "We apologise. However, replacements are subject to availability.",
            "CS413",
        ),
    ],
)
def test_a_non_apology_is_an_attempt(
    linter: cs_lint.Linter, reply: str, code: str
) -> None:
    codes = _codes(linter, reply)
    assert code in codes
    assert "CS401" not in codes


@pytest.mark.parametrize(
    "reply",
    [
        "We regret to inform you that your order ships Monday.",
        "Sorry, but that's our policy. Your order ships Monday.",
        "Your order ships Monday.",
    ],
)
def test_a_notice_or_a_bare_sorry_is_no_answer(
    linter: cs_lint.Linter, reply: str
) -> None:
    assert "CS401" in _codes(linter, reply)
