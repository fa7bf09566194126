"""
Hedging (CS2xx): effort idioms, doubt about the agent's own fix, guesses
at the cause, hope on a fix named by what it does, and their look-alikes.
"""

from __future__ import annotations

import pytest

import cs_lint


LINTER = cs_lint.Linter(cs_lint.Config(select=["hedging"], plugins=False))


def found(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in LINTER.lint(text)]


@pytest.mark.parametrize(
    ("text", "code", "excerpt"),
    [
        (
            "I'll do my best to try and get one of them reversed.",
            "CS201",
            "I'll do my best to try",
        ),
        (
            "I'll have a go and see what the system lets me do.",
            "CS201",
            "I'll have a go",
        ),
        ("Maybe i can help. Can you DM me the details?", "CS201", "Maybe i can help"),
        (
            "I'll see if there's anything I can do.",
            "CS201",
            "I'll see if there's anything",
        ),
        (
            "I've asked the merchant, but I can't really say whether it'll work.",
            "CS205",
            "I can't really say whether it'll work",
        ),
        (
            "I've reset it, though I don't know if that'll help.",
            "CS205",
            "I don't know if that'll help",
        ),
        ("It's worth a shot, so I've resent the email.", "CS205", "It's worth a shot"),
        (
            "It's probably a network issue on our side.",
            "CS202",
            "It's probably a network",
        ),
        ("Hey, great question, and I honestly knot sure.", "CS202", "knot sure"),
        (
            "Hopefully re-uploading it under Settings will fix it.",
            "CS204",
            "Hopefully re-uploading it under Settings will fix",
        ),
        (
            "I can log a request to hopefully start getting it stocked.",
            "CS204",
            "to hopefully start",
        ),
    ],
)
def test_constructions(text: str, code: str, excerpt: str) -> None:
    """
    Each construction is flagged by its rule, at its words.
    """
    assert (code, excerpt) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Try restarting the router, then give it two minutes.",
        "I'll do my best to get you on the 13:15, and I'll confirm by 11am.",
        "I can't promise a date, but I'll update you by 5pm Friday.",
        "I can't say when the merchant will reply, but I'll update you by Thursday.",
        "Restarting might work for some users, but I've also reset the line.",
        "It's probably the best plan for a family of four.",
        "It'll probably arrive tomorrow; the tracking link is in your email.",
        "Hopefully everything works out with the move!",
        "Hopefully you get some sleep on the overnight leg.",
        "I'm guessing your version is 10.10, is that right?",
        "If it persists, reply here and I'll send a new one.",
    ],
)
def test_look_alikes(text: str) -> None:
    """
    Instructions, honest limits with a plan, estimates, wishes and checks
    on the customer's setup are not hedges of the agent's own help.
    """
    assert [] == found(text)
