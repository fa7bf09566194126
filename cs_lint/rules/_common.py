"""
Helpers the rule families share.
"""

from __future__ import annotations

import regex

from cs_lint._text.document import Document
from cs_lint._base.finding import Applicability, Edit, Suggestion


def pattern(source: str) -> regex.Pattern[str]:
    """
    Compile a rule pattern: case-insensitive, with ``'`` matching a curly
    apostrophe too, and ``\\b`` at both ends unless the source opts out.
    """
    source = source.replace("'", "['\u2019]")
    return regex.compile(source, regex.IGNORECASE | regex.VERBOSE)


#: Past participles that describe something that happens *to* the customer
#: ("you should have received"), not something they did wrong.
NEUTRAL_PARTICIPLES = frozenset(
    {
        "received",
        "gotten",
        "got",
        "been",
        "heard",
        "seen",
        "had",
        "arrived",
        "come",
        "become",
        "receive",
        "get",
    }
)

_IRREGULAR_PARTICIPLES = frozenset(
    {
        "read",
        "known",
        "done",
        "taken",
        "given",
        "written",
        "sent",
        "kept",
        "made",
        "told",
        "paid",
        "bought",
        "thought",
        "brought",
        "put",
        "set",
        "left",
        "shown",
        "spoken",
        "chosen",
        "understood",
        "found",
        "gone",
        "seen",
        "got",
        "gotten",
        "heard",
        "had",
        "been",
        "come",
        "become",
        "let",
        "run",
        "hit",
        "cut",
        "shut",
        "said",
        "forgotten",
        "lost",
        "spent",
        "meant",
        "held",
        "stuck",
        "won",
        "begun",
        "drawn",
        "torn",
        "worn",
        "thrown",
        "blown",
        "grown",
    }
)


def is_participle(word: str) -> bool:
    """
    Return whether *word* looks like a past participle ("checked", "read").
    """
    w = word.lower()
    if w in _IRREGULAR_PARTICIPLES:
        return True
    # "need", "proceed", "indeed" end in -ed without being participles.
    return len(w) > 3 and w.endswith("ed") and (not w.endswith("eed") or w == "agreed")


_REPORTED = regex.compile(
    r"\b(?:you|u)\s+(?:said|mentioned|wrote|say|told\s+(?:us|me)|noted|explained"
    r"|let\s+(?:us|me)\s+know|felt|feel|think|thought)(?:\s+that)?\s*[,:]?\s*$",
    regex.IGNORECASE,
)


_HEDGED = regex.compile(
    r"\b(?:looks?\s+like|seems?\s+(?:like|that)?|it\s+seems|it\s+looks\s+like"
    r"|maybe|perhaps|possibly)\s*,?\s*$",
    regex.IGNORECASE,
)


def softened(doc: Document, start: int) -> bool:
    """
    Return whether the words at *start* are softened into a guess ("it
    looks like you forgot"): still worth a look, but not a reprimand.
    """
    return _HEDGED.search(doc.text, max(0, start - 40), start) is not None


def reported(doc: Document, start: int) -> bool:
    """
    Return whether the words at *start* report what the customer said
    ("You mentioned you forgot the code") rather than say it to them.
    """
    sent = doc.sentence_at(start)
    begin = sent.start if sent is not None else max(0, start - 80)
    return _REPORTED.search(doc.text, max(begin, start - 80), start) is not None


_AFTER_LEAD_IN = regex.compile(r"\s*[,:;\u2014\u2013-]?\s*")


def removal(doc: Document, start: int, end: int, message: str) -> Suggestion:
    """
    Suggest deleting a lead-in phrase at *start*..*end* with the punctuation
    after it, capitalising what follows when the phrase began a sentence.

    Safe when the phrase opens a sentence and a comma follows it (nothing
    else in the sentence depends on it); unsafe otherwise.
    """
    text = doc.text
    after = _AFTER_LEAD_IN.match(text, end)
    stop = after.end() if after else end
    sent = doc.sentence_at(start)
    at_sentence_start = sent is not None and sent.start == start
    replacement = ""
    if at_sentence_start and stop < len(text) and text[stop].islower():
        replacement = text[stop].upper()
        stop += 1
    elif not at_sentence_start:
        # Keep one space between the words on either side.
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if stop < len(text) and text[stop] not in ".,!?;:":
            replacement = " "
        if start > 0 and text[start - 1] == ",":
            start -= 1
    safe = at_sentence_start and "," in text[end:stop]
    return Suggestion(
        message,
        (Edit(start, stop, replacement),),
        Applicability.SAFE if safe else Applicability.UNSAFE,
    )


def all_of(*groups: str) -> str:
    """
    Trigger entries that need one word from each group (see `Rule.triggers`),
    as a space-separated string to add to a rule's trigger words.

        >>> all_of("how way", "works goes")
        'how+works how+goes way+works way+goes'
    """
    combos = [""]
    for group in groups:
        combos = [f"{c}+{w}" if c else w for c in combos for w in group.split()]
    return " ".join(combos)


def trigger_words(text: str) -> frozenset[str]:
    """
    The trigger words of a rule, from a space-separated string (see
    `Rule.triggers`; combine with `all_of`).
    """
    return frozenset(text.split())


# -- bounded context ----------------------------------------------------------

#: How far around a match the sentence-wide checks look. Real sentences are
#: far shorter; the bound keeps one 10 MB "sentence" linear to lint.
_WINDOW = 400


def mentions(doc: Document, words: frozenset[str]) -> bool:
    """
    Return whether any of *words* occurs in the reply: a set look-up that
    saves a costly scan for a phrase that cannot be there.
    """
    return not words.isdisjoint(doc.words)


def sentence_window(doc: Document, offset: int) -> tuple[int, int]:
    """
    The sentence around *offset*, clipped to `_WINDOW` characters either
    side.
    """
    sent = doc.sentence_at(offset)
    if sent is None:
        return max(0, offset - _WINDOW), min(len(doc.text), offset + _WINDOW)
    return max(sent.start, offset - _WINDOW), min(sent.end, offset + _WINDOW)


def ends_with_question(doc: Document, offset: int) -> bool:
    """
    Return whether the sentence around *offset* ends with a question mark.
    """
    sent = doc.sentence_at(offset)
    return sent is not None and sent.end > sent.start and doc.text[sent.end - 1] == "?"
