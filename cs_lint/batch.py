"""
Many replies at once: `lint_many` over every core, summaries, SARIF.

    >>> from cs_lint.batch import lint_many, summarize
    >>> results = list(lint_many(["As I already told you, it shipped.", "It shipped."], workers=1))
    >>> summarize(results).replies_with_findings
    1

Everything here is also importable from `cs_lint` itself.
"""

from __future__ import annotations

from cs_lint._scale.batch import (
    LintResult,
    Record,
    Summary,
    WorstReply,
    lint_many,
    summarize,
)
from cs_lint._scale.sarif import sarif_log


__all__ = [
    "LintResult",
    "Record",
    "Summary",
    "WorstReply",
    "lint_many",
    "sarif_log",
    "summarize",
]
