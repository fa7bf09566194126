"""
Caveats with an option: a happening named as a risk and what the customer
can do about it, said to a customer who only asked.

"Royal Mail delays do happen at this time of year, so if it's critical,
Express is tracked" answers "Will my prints arrive before Christmas?":
the customer reported no problem, and the happening is a risk with an
option after it, not their problem called ordinary (CS424) or excused
(CS603). Round 9b, read from set K's false alarms. To a customer who
reported a problem ("my prints still haven't come"), or without the
option after it ("delays happen at this time of year."), the rules fire
as before.
"""

from __future__ import annotations

import regex

from cs_lint._context.customer import customer_state
from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern


#: An option or a piece of advice after the happening, in its sentence.
_OPTION_AFTER = compile_pattern(
    r"""
    [^.!?\n]{0,80}?\b(?:so|but|and)\s+(?:if\s+(?:it's|it\s+is|timing|the\s+date|you\s+need|you're|you\s+are)
      |I'd|we'd|I\s+would|we\s+would|it's\s+worth|it\s+may\s+be\s+worth|to\s+be\s+safe
      |you\s+(?:may|might|could|can)\s+(?:want|prefer|choose|opt|pick|upgrade|add|go\s+for|switch|book))
    | [^.!?\n]{0,80}?\bif\s+(?:it's|it\s+is)\s+(?:urgent|critical|important|essential|time[\s-]sensitive)\b
    """
)
#: A question of a customer message, up to its question marks.
QUESTION_PART = regex.compile(r"[^.!?\n]*\?+")
_WORD = regex.compile(r"[\w\x27\u2019]+")
_SMALL_TALK = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "there",
        "thanks",
        "thank",
        "you",
        "please",
        "team",
        "guys",
        "ok",
        "okay",
        "so",
        "and",
        "dear",
        "sir",
        "madam",
        "cheers",
    ]
)


def reports_something(customer: str | None) -> bool:
    """
    Whether a customer message says something besides questions and
    greetings: "Why wasn't I told? He came home with a lump." reports a
    problem; "Hi there. Is the pool open on Sunday?" does not (round 7:
    before, any "?" made the whole message a question).
    """
    if not customer:
        return False
    if "?" not in customer:
        return True
    rest = QUESTION_PART.sub(" ", customer)
    words = [w for w in _WORD.findall(rest.lower()) if w not in _SMALL_TALK]
    return len(words) >= 3


def asked_only(doc: Document) -> bool:
    """
    Whether the customer message only asks (questions and greetings, no
    cue of a problem or of feeling): "Hi! Will my prints arrive before
    Christmas?".
    """
    customer = doc.customer
    if not customer or "?" not in customer or reports_something(customer):
        return False
    state = customer_state(doc)
    return state is None or not state.cues


def caveat_with_option(doc: Document, end: int) -> bool:
    """
    Whether the happening ending at *end* is a caveat with an option after
    it ("delays do happen, so if it's critical, Express ...") said to a
    customer who only asked (`asked_only`).
    """
    text = doc.text
    option = _OPTION_AFTER.match(text, end, min(len(text), end + 200))
    return option is not None and asked_only(doc)
