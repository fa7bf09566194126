"""
Shared readings users tripped over (issue 18, items 4 and 17): a P.S.
after the sign-off is the agent's words for every family, and the
customer reading counts each word once.
"""

from __future__ import annotations

import pytest

import cs_lint
from cs_lint import Document
from cs_lint._context.customer import CueKind, read_customer
from cs_lint._context.reply import body_end


LINTER = cs_lint.Linter(cs_lint.Config(preview=True))


@pytest.mark.parametrize(
    ("ps", "code"),
    [
        ("P.S. That's not our fault.", "CS601"),
        ("P.S. We don't do refunds.", "CS701"),
        ("P.S. As I already told you, it shipped.", "CS103"),
    ],
)
def test_a_ps_after_the_sign_off_is_linted(ps: str, code: str) -> None:
    text = f"Hi Sam,\n\nThanks for writing.\n\nBest,\nJordan\n\n{ps}"
    assert code in {f.code for f in LINTER.lint(text)}
    assert len(text) == body_end(Document(text))


def test_the_body_still_ends_at_a_trailing_sign_off() -> None:
    text = "Hi Sam,\n\nIt's on its way.\n\nBest,\nJordan\nAcme Support"
    assert text.index("Best") == body_end(Document(text))


def test_a_failure_is_not_also_repeat_contact() -> None:
    state = read_customer("The app keeps crashing when I open it.")
    assert [CueKind.LOSS] == [c.kind for c in state.cues]
    assert not state.upset  # a plain first problem report


def test_charged_twice_is_a_loss_not_a_second_contact() -> None:
    state = read_customer("I was charged twice for my order.")
    assert [(CueKind.LOSS, "charged twice")] == [
        (c.kind, c.excerpt) for c in state.cues
    ]
    # A plain first report of a loss is not upset on its own (issue 14).
    assert not state.upset
    assert read_customer("I was charged twice for my order. Unacceptable.").upset


def test_repeat_contact_is_still_read() -> None:
    state = read_customer("This is the third time I write and it keeps crashing.")
    assert {CueKind.REPEAT, CueKind.LOSS} == {c.kind for c in state.cues}
    assert state.upset


def test_no_words_count_twice() -> None:
    for text in (
        "Still not fixed, keeps failing, charged twice again!",
        "I have been waiting for weeks and it keeps freezing.",
    ):
        cues = read_customer(text).cues
        losses = [c for c in cues if c.kind is CueKind.LOSS]
        for c in cues:
            if c.kind is CueKind.REPEAT:
                inside = [x for x in losses if x.start <= c.start and c.end <= x.end]
                assert [] == inside, text
