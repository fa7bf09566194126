"""
Over-promising (CS3xx): guarantees in any position, and the hand-offs,
finished actions and system behaviour that stay silent.
"""

from __future__ import annotations

import pytest

import cs_lint


LINTER = cs_lint.Linter(cs_lint.Config(select=["over-promising"], plugins=False))


def found(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in LINTER.lint(text)]


def applied(text: str, code: str) -> str:
    """
    The text after the first edit suggestion of the first *code* finding.
    """
    for f in LINTER.lint(text):
        if f.code != code:
            continue
        for s in f.suggestions:
            if s.edits:
                out = text
                for e in sorted(s.edits, key=lambda e: -e.start):
                    out = out[: e.start] + e.replacement + out[e.end :]
                return out
    raise AssertionError(f"no {code} edit for {text!r}")


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("So an engineer will fix the fault today without fail.", "without fail"),
        ("We'll get you booked in this week, guaranteed 😊 DM us.", "guaranteed"),
        ("I'll get this fixed today, I promise.", "I promise"),
        ("Rest assured, your parcel will arrive tomorrow.", "Rest assured"),
        ("Trust me, it'll be fixed by Friday.", "Trust me"),
        (
            "Don't worry! Your bag will be delivered to the hotel tonight.",
            "Don't worry",
        ),
        ("I'm confident it will arrive by Friday.", "I'm confident"),
    ],
)
def test_guarantees_in_any_position(text: str, excerpt: str) -> None:
    """
    A guarantee before, after or without a comma, on an outcome the agent
    does not control, is flagged.
    """
    assert ("CS301", excerpt) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I promise I'll call you back by 4pm with an update.",
        "Rest assured, your feedback will be passed on to the team.",
        "Don't worry, you'll get an email within 5 minutes.",
        "I'm certain the charge is a hold: it will drop off once the order ships.",
        "I've transferred you - Rachel will reply in this chat within 10 minutes.",
        "You're next in the queue, and Dan will pick it up within 5 minutes.",
        "I've restored it remotely, and it will be back on within 30 minutes.",
        "You can redo the transfer now and it'll arrive instantly.",
    ],
)
def test_owned_steps_results_and_system_behaviour(text: str) -> None:
    """
    The agent's own step, a named colleague's live pick-up, the result of
    an action already done and how the system works are not promises
    support cannot keep.
    """
    assert [] == found(text)


def test_dropping_a_trailing_guarantee_reads_well() -> None:
    """
    The edit takes the comma with the guarantee and keeps the emoji.
    """
    text = "We'll get you booked in this week, guaranteed 😊 DM us your postcode."
    assert applied(text, "CS301") == (
        "We'll get you booked in this week 😊 DM us your postcode."
    )
    text = "An engineer will fix the fault today without fail."
    assert applied(text, "CS301") == "An engineer will fix the fault today."
