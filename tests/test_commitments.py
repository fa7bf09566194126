"""
Commitment extraction: who promises what, by when, how firmly.
"""

from __future__ import annotations

import doctest
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cs_lint
import cs_lint._context.commitments
from cs_lint import Commitment, Document


# text, [(actor, action, deadline, vague, certainty, conditional)]
CASES = [
    (
        "I'll call you back by 4pm with an update.",
        [("I", "call you back", "by 4pm", False, "firm", False)],
    ),
    (
        "Someone will be in touch soon.",
        [("team", "be in touch", "soon", True, "firm", False)],
    ),
    ("We'll look into it.", [("we", "look into it", None, False, "firm", False)]),
    (
        "You'll receive a refund within 5 working days.",
        [
            (
                "customer",
                "receive a refund",
                "within 5 working days",
                False,
                "firm",
                False,
            )
        ],
    ),
    (
        "I'll try to get this sorted for you by Friday.",
        [("I", "get this sorted for you", "by Friday", False, "hedged", False)],
    ),
    (
        "I promise I'll call you tomorrow.",
        [("I", "call you", "tomorrow", False, "guaranteed", False)],
    ),
    (
        "If you DM us your order number, we'll look into it right away.",
        [("we", "look into it", "right away", False, "firm", True)],
    ),
    (
        "Our billing team will contact you in due course.",
        [("team", "contact you", "in due course", True, "firm", False)],
    ),
    (
        "You will be contacted by one of our specialists as soon as possible.",
        [
            (
                "team",
                "be contacted by one of our specialists",
                "as soon as possible",
                True,
                "firm",
                False,
            )
        ],
    ),
    (
        "Let me check that for you.",
        [("I", "check that for you", None, False, "firm", False)],
    ),
    (
        "I'll definitely make sure the team gets back to you by the end of the day.",
        [
            (
                "I",
                "the team gets back to you",
                "by the end of the day",
                False,
                "guaranteed",
                False,
            )
        ],
    ),
    (
        # Hearing back from us is the team's contact, told from the
        # customer's side (like "you'll be contacted").
        "You should hear back from us soon.",
        [("team", "hear back from us", "soon", True, "hedged", False)],
    ),
    (
        "Hopefully we'll have it fixed by next week.",
        [("we", "have it fixed", "by next week", False, "hedged", False)],
    ),
    (
        "Your complaint will be looked into.",
        [("team", "be looked into", None, False, "firm", False)],
    ),
    (
        "We'll update you as soon as we hear from the warehouse.",
        [
            (
                "we",
                "update you",
                "as soon as we hear from the warehouse",
                False,
                "firm",
                False,
            )
        ],
    ),
    (
        "Thanks, Jo. I'll email the label today, and our courier team will collect it "
        "on Monday.",
        [
            ("I", "email the label", "today", False, "firm", False),
            ("team", "collect it", "on Monday", False, "firm", False),
        ],
    ),
    (
        "One of us will call you tomorrow.",
        [("team", "call you", "tomorrow", False, "firm", False)],
    ),
    (
        "I'm going to call you back tonight.",
        [("I", "call you back", "tonight", False, "firm", False)],
    ),
    # Not commitments.
    ("The Plus plan will suit you.", []),
    ("Let us know if you need anything.", []),
    ("You'll need to send us the receipt.", []),
    ("I'll be honest, that's not great.", []),
    ("We won't charge you again.", []),
    ("It will be fine.", []),
    ("Will you be home on Monday?", []),
    ("You said \"we'll call you back\", and I'm sorry nobody did.", []),
    ("> I'll call you tomorrow\n\nSorry for the wait.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t for t, _ in CASES])
def test_commitments(text: str, expected: list[tuple[object, ...]]) -> None:
    """
    Each commitment has the right actor, action, deadline and certainty.
    """
    found = cs_lint.commitments(text)
    got = [
        (c.actor, c.action, c.deadline, c.vague, c.certainty, c.conditional)
        for c in found
    ]
    assert expected == got


def test_offsets_are_exact() -> None:
    """
    Excerpt, action and deadline are the text at their offsets.
    """
    text = "Hi Jo,\n\nSorry! Our team will call you back within 2 hours.\n"
    (c,) = cs_lint.commitments(text)
    assert (
        text[c.start : c.end]
        == c.excerpt
        == "Our team will call you back within 2 hours"
    )
    assert text[c.action_start : c.action_end] == c.action == "call you back"
    assert c.deadline_start is not None
    assert c.deadline_end is not None
    assert text[c.deadline_start : c.deadline_end] == c.deadline
    assert c.timed


def test_vague_is_not_timed() -> None:
    """
    A vague deadline is a deadline, but not a time to hold anyone to.
    """
    (c,) = cs_lint.commitments("We'll be in touch soon.")
    assert c.vague
    assert not c.timed


def test_document_commitments_are_computed_once() -> None:
    """
    The commitments of a document are extracted once and kept on it: the
    same tuple each time, equal to those of the same text.
    """
    doc = Document("I'll call you tomorrow.")
    assert cs_lint.commitments(doc) is cs_lint.commitments(doc)
    assert cs_lint.commitments(doc) == cs_lint.commitments("I'll call you tomorrow.")


def test_signature_is_not_a_commitment() -> None:
    """
    Words in a signature or quoted reply are not the agent's promise.
    """
    text = (
        "Hi Sam,\n\nYour refund went out today.\n\nThanks,\nAmy\n--\n"
        "We'll reply within 24 hours to every email.\n"
    )
    assert () == cs_lint.commitments(text)


def test_to_dict_is_json() -> None:
    """
    A commitment serialises to JSON and back to an equal value.
    """
    (c,) = cs_lint.commitments("We'll email you by Friday.")
    data = json.loads(json.dumps(c.to_dict()))
    assert Commitment(**data) == c


def test_rejects_non_text() -> None:
    """
    Bytes are refused with a clear TypeError.
    """
    with pytest.raises(TypeError, match="text must be str"):
        cs_lint.commitments(b"I'll call you")  # type: ignore[arg-type]


def test_doctests() -> None:
    """
    The examples in the module's docstrings hold.
    """
    result = doctest.testmod(cs_lint._context.commitments)
    assert result.attempted > 0
    assert result.failed == 0


@given(
    st.lists(
        st.sampled_from(
            [
                "I'll call you",
                " by 4pm",
                " soon",
                "We will ",
                "someone ",
                "our team ",
                "'ll ",
                " as soon as ",
                "possible",
                ". ",
                "\n",
                "> ",
                '"',
                "let me ",
                "it will be looked into",
                "you'll ",
                "\u2019",
            ]
        )
        | st.text(max_size=8),
        max_size=15,
    ).map("".join)
)
def test_any_text_gives_exact_spans(text: str) -> None:
    """
    On any text, every span is inside it and matches its excerpt.
    """
    for c in cs_lint.commitments(text):
        assert 0 <= c.start <= c.action_start < c.action_end <= c.end <= len(text)
        assert text[c.start : c.end] == c.excerpt
        assert text[c.action_start : c.action_end] == c.action
        if c.deadline is not None:
            assert c.deadline_start is not None
            assert c.deadline_end is not None
            assert text[c.deadline_start : c.deadline_end] == c.deadline


def test_hostile_input_is_handled() -> None:
    """
    Long runs of promise words extract without error.
    """
    for unit in ("we'll ", "I will call you soon ", "our team ", "let me "):
        found = cs_lint.commitments(unit * 5_000)
        assert all(c.end <= len(unit) * 5_000 for c in found)


def test_usage_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """
    The commitments example in docs/usage.md runs and prints what it says.
    """
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "usage.md").read_text(
        encoding="utf-8"
    )
    section = text[text.index("### Commitments") :]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None
    exec(compile(code.group(1), "usage.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    expected = [
        line.removeprefix("# ")
        for line in code.group(1).splitlines()
        if line.startswith("# ")
    ]
    assert expected
    assert expected == printed


# text, [(kind, actor, owner, action, deadline, vague)]
READINGS = [
    (
        "The team is on it and will be in touch soon.",
        [("promise", "team", None, "be in touch", "soon", True)],
    ),
    (
        "Your claim is in the queue and will be dealt with in due course.",
        [
            ("status", "team", None, "in the queue", None, False),
            ("promise", "team", None, "be dealt with", "in due course", True),
        ],
    ),
    (
        "Please be advised that your feedback has been passed to the relevant "
        "department.",
        [
            (
                "status",
                "team",
                None,
                "passed to the relevant department",
                None,
                False,
            )
        ],
    ),
    (
        "The bug is with engineering now.",
        [("status", "team", None, "with engineering now", None, False)],
    ),
    (
        "I've escalated it to our engineering lead and I'll update you on Friday.",
        [
            (
                "status",
                "I",
                "our engineering lead",
                "escalated it to our engineering lead",
                None,
                False,
            ),
            ("promise", "I", "I", "update you", "on Friday", False),
        ],
    ),
    (
        "Rachel will reply in this chat within 10 minutes.",
        [
            (
                "promise",
                "team",
                "Rachel",
                "reply in this chat",
                "within 10 minutes",
                False,
            )
        ],
    ),
    (
        "Marcus from our sales team will email you by end of day tomorrow.",
        [
            (
                "promise",
                "team",
                "Marcus from our sales team",
                "email you",
                "by end of day",
                False,
            )
        ],
    ),
    (
        "I've raised it with the relevant department and they will be in touch.",
        [
            (
                "status",
                "I",
                None,
                "raised it with the relevant department",
                None,
                False,
            ),
            ("promise", "team", None, "be in touch", None, False),
        ],
    ),
    (
        "Our billing team will call you.",
        [("promise", "team", "Our billing team", "call you", None, False)],
    ),
    (
        "The relevant team will review this.",
        [("promise", "team", None, "review this", None, False)],
    ),
    (
        "Your order is under investigation, and we will update you once we know more.",
        [
            ("status", "team", None, "under investigation", None, False),
            ("promise", "we", "we", "update you", "once we know more", True),
        ],
    ),
    (
        "An update on your claim is coming soon.",
        [("promise", "team", None, "update on your claim is coming", "soon", True)],
    ),
    (
        "It should be fixed soon.",
        [("promise", "team", None, "be fixed", "soon", True)],
    ),
    (
        "Hi Leah, it'll open soon! Keep an eye on the app.",
        [("promise", "team", None, "open", "soon", True)],
    ),
    (
        "I'll update you as soon as I hear back from the courier.",
        [
            (
                "promise",
                "I",
                "I",
                "update you",
                "as soon as I hear back from the courier",
                False,
            )
        ],
    ),
    (
        "The issue has been escalated internally. We're working on it.",
        [
            ("status", "team", None, "escalated internally", None, False),
            ("status", "we", None, "working on it", None, False),
        ],
    ),
    (
        "I've logged a ticket for you.",
        [("status", "I", None, "logged a ticket for you", None, False)],
    ),
    (
        "You can expect to hear from us in the coming days.",
        [("promise", "team", None, "hear from us", "in the coming days", True)],
    ),
    # Not statuses: a result, a trigger, praise passed on with no hand-on verb.
    ("Your refund has been processed.", []),
    ("I've sent the replacement today.", []),
    ("Everything will be fine.", []),
    ("Ghost crabs have been noted as predators.", []),
]


@pytest.mark.parametrize(("text", "expected"), READINGS, ids=[t for t, _ in READINGS])
def test_owner_kind_and_elided_subjects(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    """
    Statuses, owners, present-tense futures and subjects left out after
    "and" are read.
    """
    got = [
        (c.kind, c.actor, c.owner, c.action, c.deadline, c.vague)
        for c in cs_lint.commitments(text)
    ]
    assert expected == got


def test_a_status_in_a_condition_is_a_trigger() -> None:
    """
    "Once it's been reviewed, ..." is when something happens, not a report.
    """
    found = cs_lint.commitments("Once it's been reviewed, we'll call you.")
    assert [c.kind for c in found] == ["promise"]
    assert found[0].conditional


def test_let_me_see_is_hedged() -> None:
    """
    "Let me see what I can do" is an attempt, not a firm promise.
    """
    (c,) = cs_lint.commitments("Let me see what I can do.")
    assert (c.actor, c.owner, c.certainty) == ("I", "I", "hedged")


_EVENTS = (
    "once we know more",
    "when there's news",
    "as soon as we have an update",
    "when they get back to us",
    "once it's ready",
    "when the quote is ready",
    "once they're in",
    "when they get a chance",
    "when I know.",
    "once we've found out,",
    "when the exchange work finishes",
    "when finance have approved it",
    "as soon as the new aircraft is confirmed",
    "whenever the engineer's report comes through",
    "once QA gives it the green light",
    "once the system is updated",
    "when the finance team signs it off",
    "as soon as the warehouse confirms stock",
    "once billing have looked at the reading",
    "once the supplier gets back to us",
    "if it turns up",
    "once the part arrives",
    "when the site is back up",
    "once they have completed their review",
    "when it comes in",
    "when we hear back",
)


@pytest.mark.parametrize("event", _EVENTS)
def test_an_unknown_event_is_never_outside_its_gate(event: str) -> None:
    """
    `unknown_event_possible` is False only for a span where no unknown
    event matches, so `_build` reads such a span with the patterns that
    leave them out and finds the same times.
    """
    from cs_lint._context import commitments as c
    from cs_lint._text.patterns import compile_pattern

    event_pattern = compile_pattern(rf"(?<=\s)(?:{c._UNKNOWN_EVENT})")
    text = f"We'll be in touch {event.rstrip('.,')}."
    found = event_pattern.search(text)
    assert found is not None
    assert c.unknown_event_possible(text, found.start(), found.end())


@pytest.mark.parametrize(
    "text",
    [
        "you'll get a tracking link by email as soon as it's scanned",
        "We will sort it as soon as possible, by Friday at 5pm",
        "We will reply shortly, within two working days",
        "I'll chase it as soon as the courier opens tomorrow",
    ],
)
def test_a_span_without_an_unknown_event_reads_the_same_times(text: str) -> None:
    from cs_lint._context import commitments as c

    assert not c.unknown_event_possible(text, 0, len(text))
    for whole, short in (
        (c._VAGUE, c._VAGUE_NO_EVENT),
        (c._CONCRETE, c._CONCRETE_NO_EVENT),
    ):
        assert [m.span() for m in whole.finditer(text)] == [
            m.span() for m in short.finditer(text)
        ]


def test_every_unknown_event_alternative_has_its_needs() -> None:
    """
    `_EVENT_NEEDS` is kept by hand, one line per top-level alternative of
    `_UNKNOWN_EVENT` in its order: an alternative added without its line
    would be read with the event-free patterns where it should match.
    """
    from cs_lint._context import commitments
    from cs_lint._context.constructions import split_alternatives

    source = "\n".join(
        line.split("#", 1)[0] for line in commitments._UNKNOWN_EVENT.splitlines()
    ).strip()
    assert source.startswith("(?:")
    assert source.endswith(")")
    alternatives = split_alternatives(source[3:-1])
    assert len(alternatives) == len(commitments._EVENT_NEEDS)
