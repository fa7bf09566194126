"""
Writing rules: the pieces the built-in families are made of, for plugins
and team rules.

    >>> from cs_lint.authoring import Document, Family, Match, compile_pattern, rule
    >>> _PER_MY = compile_pattern(r"\\bper\\s+my\\s+last\\s+(?:email|message)\\b")
    >>> @rule(
    ...     code="ACME101",
    ...     name="per-my-last",
    ...     family=Family.ACCUSATORY,
    ...     message="Reminds the customer they were already told: {excerpt!r}",
    ...     why="It reads as a reprimand.",
    ...     bad=("Per my last email, it shipped.", "As per my last message, no."),
    ...     good=("It shipped on Monday.", "My last email had the link."),
    ...     triggers=("per",),
    ... )
    ... def per_my_last(doc: Document):
    ...     for m in _PER_MY.finditer(doc.text):
    ...         yield Match(m.start(), m.end())
    >>> per_my_last.code
    'ACME101'

See docs/writing-rules.md. Everything here is stable API; the modules it
comes from are private.
"""

from __future__ import annotations

from cs_lint._authoring.fixes import removal
from cs_lint._authoring.packs import load_pack
from cs_lint._authoring.rule import Match, Rule, Scan, all_of, rule, scan, trigger_words
from cs_lint._authoring.skips import reported, softened
from cs_lint._base.finding import (
    Applicability,
    Edit,
    Family,
    Severity,
    Suggestion,
)
from cs_lint._context.commitments import commitments
from cs_lint._context.customer import customer_state
from cs_lint._context.reply import body_end, offers_alternative
from cs_lint._text.document import Clause, Document, Sentence
from cs_lint._text.patterns import compile_pattern, phrase_pattern


__all__ = [
    "Applicability",
    "Clause",
    "Document",
    "Edit",
    "Family",
    "Match",
    "Rule",
    "Scan",
    "Sentence",
    "Severity",
    "Suggestion",
    "all_of",
    "body_end",
    "commitments",
    "compile_pattern",
    "customer_state",
    "load_pack",
    "offers_alternative",
    "phrase_pattern",
    "removal",
    "reported",
    "rule",
    "scan",
    "softened",
    "trigger_words",
]
