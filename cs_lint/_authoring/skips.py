"""
Skip predicates rules share: a match that reports what the customer said
("you mentioned you forgot"), or is softened into a guess ("it looks like
you forgot"), is not the agent saying it. Negation is read by
`Document.negated`.
"""

from __future__ import annotations

import regex

from cs_lint._text.compiled import compile_cached
from cs_lint._text.document import Document


_REPORTED = compile_cached(
    r"\b(?:you|u)\s+(?:said|mentioned|wrote|say|told\s+(?:us|me)|noted|explained"
    r"|let\s+(?:us|me)\s+know|felt|feel|think|thought)(?:\s+that)?\s*[,:]?\s*$",
    regex.IGNORECASE,
)


_HEDGED = compile_cached(
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
