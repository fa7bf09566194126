"""
Fixes rules share: suggestions whose edits read well once applied.
"""

from __future__ import annotations

from cs_lint._base.finding import Applicability, Edit, Suggestion
from cs_lint._text.compiled import compile_cached
from cs_lint._text.document import Document


_AFTER_LEAD_IN = compile_cached(r"\s*[,:;\u2014\u2013-]?\s*")


def removal(doc: Document, start: int, end: int, message: str) -> Suggestion:
    """
    Suggest deleting a lead-in phrase at *start*..*end* with the punctuation
    after it, capitalising what follows when the phrase began a sentence.

    Safe when the phrase opens a sentence and a comma follows it (nothing
    else in the sentence depends on it); unsafe otherwise.
    """
    text = doc.text
    after = _AFTER_LEAD_IN.match(text, end, end + 200)
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
        closes = stop >= len(text) or text[stop] in ".,!?;:"
        if not closes:
            replacement = " "
        if start > 0 and text[start - 1] == "," and closes:
            # "It shipped, please be advised." -> "It shipped."; the comma
            # of "Hi Sam, please be advised that ..." stays.
            start -= 1
    safe = at_sentence_start and "," in text[end:stop]
    return Suggestion(
        message,
        (Edit(start, stop, replacement),),
        Applicability.SAFE if safe else Applicability.UNSAFE,
    )
