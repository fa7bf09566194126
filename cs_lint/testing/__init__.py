"""
Test helpers for code that writes customer-service replies (templates,
macros, bots): hypothesis strategies, assertions and a pytest plugin.

Install with ``pip install cs-lint[testing]``. The assertions need only
cs_lint; the strategies import hypothesis on first use. See
docs/testing.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cs_lint.testing._assertions import (
    assert_clean,
    assert_flags,
    assert_well_formed,
    describe,
    warm_up,
)
from cs_lint.testing._catalogue import project_linter


if TYPE_CHECKING:
    from cs_lint.testing._strategies import (
        GeneratedReply,
        Injection,
        clean_replies,
        customer_messages,
        documents,
        emails,
        findings,
        hostile_text,
        quoted_threads,
        replies,
        signatures,
        violating_replies,
    )

__all__ = [
    "GeneratedReply",
    "Injection",
    "assert_clean",
    "assert_flags",
    "assert_well_formed",
    "clean_replies",
    "customer_messages",
    "describe",
    "documents",
    "emails",
    "findings",
    "hostile_text",
    "project_linter",
    "quoted_threads",
    "replies",
    "signatures",
    "violating_replies",
    "warm_up",
]

_STRATEGIES = frozenset(__all__) - {
    "assert_clean",
    "assert_flags",
    "assert_well_formed",
    "describe",
    "project_linter",
    "warm_up",
}


def __getattr__(name: str) -> Any:
    # The strategies need hypothesis; import it only when one is asked for,
    # so the assertions and the pytest plugin work without it.
    if name in _STRATEGIES:
        try:
            from cs_lint.testing import _strategies  # noqa: PLC0415
        except ModuleNotFoundError as exc:
            if exc.name != "hypothesis":
                raise
            msg = (
                f"cs_lint.testing.{name} needs hypothesis: "
                'pip install "cs-lint[testing]"'
            )
            raise ImportError(msg) from exc
        return getattr(_strategies, name)
    msg = f"module 'cs_lint.testing' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
