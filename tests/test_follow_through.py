"""
Follow-through rules (CS8xx): context they need and keep.
"""

from __future__ import annotations

import pytest

import cs_lint
from cs_lint import Applicability, Document
from cs_lint.rules.follow_through import missing_next_step


LINTER = cs_lint.Linter(cs_lint.Config(select=["follow-through"], plugins=False))
REPLY = "We sincerely apologise for the disappointment. We always aim to do better."
UPSET = "My parcel is a week late and nobody has told me why."


def codes(text: str, customer: str | None = None) -> list[str]:
    return [f.code for f in LINTER.lint(text, customer=customer)]


def test_missing_next_step_needs_the_customer() -> None:
    """
    CS803 runs only with a customer message (given or quoted).
    """
    assert ["CS803"] == codes(REPLY, UPSET)
    assert [] == codes(REPLY)
    assert [] == codes(REPLY, "")
    assert ["CS803"] == codes(REPLY + "\n\n> " + UPSET)


def test_missing_next_step_needs_a_problem() -> None:
    """
    A customer who only thanks or asks nothing of support is owed nothing.
    """
    assert [] == codes(REPLY, "Thanks so much, it works now!")


@pytest.mark.parametrize(
    "prefix", ["Hi Jo,\n\n", "Hello there!\n", "Ok.\n\n", "Thanks.\n\n"]
)
def test_greeting_changes_nothing(prefix: str) -> None:
    """
    A greeting or acknowledgement before the reply is neither content nor
    a next step.
    """
    assert ["CS803"] == codes(prefix + REPLY, UPSET)


@pytest.mark.parametrize(
    "reply",
    [
        REPLY + " Could you send us the tracking number?",
        REPLY + " I've asked the courier to call you today.",
        REPLY + " You can track it here: https://example.com/t",
        "We sincerely apologise for the disappointment, and we'll refund the postage.",
        "Hi Jo, we're looking into it with the courier.",
    ],
)
def test_any_way_forward_is_enough(reply: str) -> None:
    """
    A question, an action, a link or a commitment is a next step.
    """
    assert [] == codes(reply, UPSET)


def test_finding_sits_on_the_last_sentence() -> None:
    """
    The finding marks where the next step belongs.
    """
    (f,) = LINTER.lint(REPLY, customer=UPSET)
    assert "We always aim to do better." == f.excerpt


def test_thread_part_is_not_judged() -> None:
    """
    One tweet of a thread may leave its next step to the other part.
    """
    assert [] == codes(REPLY + " 1/2", UPSET)
    assert [] == codes("Our team will get back to you. 1/2")


def test_vague_timeline_advice_is_display_only() -> None:
    """
    Only the writer knows the real time: CS801 advises, it never edits.
    """
    (f,) = LINTER.lint("Someone will be in touch soon.")
    assert "soon" == f.excerpt
    assert all(
        s.applicability is Applicability.DISPLAY_ONLY and not s.edits
        for s in f.suggestions
    )


def test_rule_declares_customer() -> None:
    """
    CS803 declares that it needs the customer message.
    """
    assert frozenset({"customer"}) == missing_next_step.needs


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        (REPLY, UPSET),
        ("Someone will be in touch soon.", UPSET),
        ("We'll look into it.", None),
        ("Your complaint will be looked into.", "It broke."),
    ],
)
def test_gating_keeps_findings(text: str, customer: str | None) -> None:
    """
    Trigger gating never changes CS8xx findings, with a customer too.
    """
    doc = Document(text, customer=customer)
    gated = LINTER.lint_document(doc)
    full = LINTER.lint_document(Document(text, customer=customer), gate=False)
    assert full == gated
    assert full


@pytest.mark.parametrize(
    "unit",
    ["I will call you soon ", "We sincerely apologise. ", "it will be looked into "],
)
def test_hostile_input_is_handled(unit: str) -> None:
    """
    Long runs of promise words lint with exact spans.
    """
    text = unit * (50_000 // len(unit))
    for f in LINTER.lint(text, customer="It is still broken."):
        assert text[f.start : f.end] == f.excerpt


@pytest.mark.parametrize(
    ("text", "customer", "code"),
    [
        ("It's being looked at and should be fixed soon.", None, "CS801"),
        (
            "Your claim is in the queue and will be dealt with in due course.",
            None,
            "CS801",
        ),
        ("We will update you once we know more.", None, "CS801"),
        (
            "Please be advised that requests are dealt with in strict date order.",
            None,
            "CS801",
        ),
        (
            "Please note that billing changes may take some time to process.",
            None,
            "CS801",
        ),
        ("I'll check with the relevant team and get back to you.", None, "CS802"),
        ("I'll come back to you on that.", None, "CS802"),
        (
            "I've raised it with the relevant department and they will be in touch.",
            None,
            "CS802",
        ),
        (
            "Thanks for letting us know! I'll pass that on.",
            "The jug arrived cracked.",
            "CS802",
        ),
        ("The bug is with engineering now.", None, "CS804"),
        ("Thanks for reporting this. We're aware of some login issues.", None, "CS804"),
        (
            "Your feedback has been passed to the relevant department.",
            "My meal wasn't loaded and I had nothing to eat.",
            "CS804",
        ),
    ],
)
def test_constructions_without_an_anchor(
    text: str, customer: str | None, code: str
) -> None:
    """
    A follow-up with no time or owner is flagged whatever its grammar: a
    subject left out, a passive, a status, a process in place of a time.
    """
    assert code in codes(text, customer)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("We'll pass your kind words on to the crew!", "Your crew were amazing today."),
        (
            "Thanks, I'll pass that on.",
            "You should add a dark mode, it would be great.",
        ),
        ("I've passed your idea for dark mode to the product team.", None),
        ("As far as we're aware there are no showers at that airport.", None),
        ("We're aware of the outage; service is back by 6pm.", None),
        ("Your refund has been processed and reaches your card in 3-5 days.", None),
        ("Please allow up to 14 working days for your claim to be processed.", None),
        ("It can take 14 days for a reply, so you should hear soon.", None),
        ("An airport agent will be happy to take a look at your bag.", None),
        ("Can you let me know which train you were on and I'll feed it back.", None),
        ("I've refunded the fee and I'll look into why it happened.", None),
        ("I'll update you as soon as I hear back from the courier.", None),
    ],
)
def test_look_alikes_stay_quiet(text: str, customer: str | None) -> None:
    """
    Praise or ideas handed on, a bound, an offer, a step or a fix already
    made is not a vague follow-up.
    """
    assert [] == codes(text, customer)


def test_hand_on_of_feedback_needs_a_problem_of_the_customers_own() -> None:
    """
    Passing on feedback is the right answer to an opinion; it is a vague
    follow-up when the customer reported something wrong that needs fixing.
    """
    reply = "Thanks for the feedback. I'll pass it along to the team."
    assert [] == codes(reply, "The new menu layout is a waste of time.")
    assert ["CS802"] == codes(reply, "I was charged twice for one order.")
