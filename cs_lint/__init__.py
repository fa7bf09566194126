"""
cs_lint: a linter for customer-service replies.

Lint a reply (and, when you have it, the customer message it answers) and
get structured findings: which rule, exactly where, why it hurts the
customer relationship, and what to write instead.

    >>> import cs_lint
    >>> [f.code for f in cs_lint.lint("As I already told you, it ships Monday.")]
    ['CS103']
"""

from __future__ import annotations

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any

from cs_lint._text.compiled import module_patterns as _module_patterns


# The patterns cs_lint's modules compile as they load come from the
# on-disk pattern cache (cs_lint._text.compiled).
with _module_patterns():
    from cs_lint._authoring.packs import load_pack
    from cs_lint._authoring.rule import Match, Rule, rule
    from cs_lint._base.errors import (
        ConfigError,
        CsLintError,
        InputError,
        PackError,
        RuleConflictError,
        RuleError,
    )
    from cs_lint._base.finding import (
        SCHEMA_VERSION,
        Applicability,
        Edit,
        Family,
        Finding,
        Findings,
        Severity,
        Suggestion,
        apply_edits,
    )
    from cs_lint._base.version import version as _version
    from cs_lint._context.commitments import Commitment, commitments
    from cs_lint._context.conversation import Channel, Conversation
    from cs_lint._context.customer import Cue, CueKind, CustomerState, read_customer
    from cs_lint._context.facts import Facts
    from cs_lint._context.macros import Macro, load_macros
    from cs_lint._engine.config import Config, find_config, load_config
    from cs_lint._engine.linter import Linter, lint
    from cs_lint._mail.decide import Decision, EmailPolicy, Verdict, decide
    from cs_lint._mail.report import EmailReport
    from cs_lint._text.document import Document
    from cs_lint._text.zones import Zone

if _TYPE_CHECKING:
    from cs_lint._scale.batch import (
        LintResult,
        Record,
        Summary,
        WorstReply,
        lint_many,
        summarize,
    )
    from cs_lint._scale.sarif import sarif_log

#: Names imported from their module when first asked for: the batch runner
#: and SARIF are for many replies, and a one-shot ``cs-lint check`` (which
#: imports this package) needs neither (~30 M instructions).
_LAZY = {
    "LintResult": "cs_lint._scale.batch",
    "Record": "cs_lint._scale.batch",
    "Summary": "cs_lint._scale.batch",
    "WorstReply": "cs_lint._scale.batch",
    "lint_many": "cs_lint._scale.batch",
    "summarize": "cs_lint._scale.batch",
    "sarif_log": "cs_lint._scale.sarif",
}


__all__ = [
    "SCHEMA_VERSION",
    "Applicability",
    "Channel",
    "Commitment",
    "Config",
    "ConfigError",
    "Conversation",
    "CsLintError",
    "Cue",
    "CueKind",
    "CustomerState",
    "Decision",
    "Document",
    "Edit",
    "EmailPolicy",
    "EmailReport",
    "Facts",
    "Family",
    "Finding",
    "Findings",
    "InputError",
    "LintResult",
    "Linter",
    "Macro",
    "Match",
    "PackError",
    "Record",
    "Rule",
    "RuleConflictError",
    "RuleError",
    "Severity",
    "Suggestion",
    "Summary",
    "Verdict",
    "WorstReply",
    "Zone",
    "apply_edits",
    "commitments",
    "decide",
    "find_config",
    "lint",
    "lint_many",
    "load_config",
    "load_macros",
    "load_pack",
    "read_customer",
    "rule",
    "sarif_log",
    "summarize",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    where = _LAZY.get(name)
    if where is not None:
        import importlib  # noqa: PLC0415

        with _module_patterns():
            value = getattr(importlib.import_module(where), name)
        globals()[name] = value
        return value
    msg = f"module 'cs_lint' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
