"""
What the command line needs of ``cs-lint check`` and ``cs-lint audit``
before it knows which command runs: their options, and `Columns`.

Kept apart from `cs_lint._scale.audit` and `cs_lint._scale.baseline`
(which re-export these names) so that building the parser, as every
``cs-lint`` command does, imports none of the readers of ticket exports,
macro libraries, baselines and fixes: a one-shot ``cs-lint check
reply.txt`` paid ~60 M instructions to import them (docs/performance.md).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs


@attrs.frozen
class Columns:
    """
    Which fields of a data record hold the reply, the customer message and
    the record's id (the id names the record in every output).
    """

    text: str = "text"
    customer: str | None = None
    id: str | None = None
    #: Fields read when present, like *text*, unless another field is named.
    auto_customer: str = "customer"
    auto_id: str = "id"


def baseline_options(group: argparse._ArgumentGroup) -> None:
    """
    The baseline and suppression options ``check`` and ``audit`` share.
    """
    group.add_argument(
        "--write-baseline",
        type=Path,
        metavar="FILE",
        help="record the current findings in FILE (JSON) and exit 0",
    )
    group.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="report only findings that are not in the baseline FILE",
    )
    group.add_argument(
        "--show-suppressed",
        action="store_true",
        help="also list findings silenced by comments, fields or the baseline",
    )


def add_audit_parser(
    sub: Any, common: Callable[[argparse.ArgumentParser], None]
) -> None:
    """
    Add ``cs-lint audit`` to the subcommands *sub*.
    """
    audit = sub.add_parser(
        "audit",
        help="lint ticket exports and macro libraries over every core",
        description=(
            "Lint every reply in JSON Lines, CSV/TSV, JSON or YAML files, or in "
            "a directory of .txt/.md/.eml files; write one record per reply and "
            "a summary."
        ),
        epilog="Exit codes: 0 clean, 1 findings at or above --fail-on, 2 error "
        "(a file or a record could not be read).",
    )
    audit.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="files or directories; - is JSON Lines on stdin",
    )
    audit.add_argument(
        "--format",
        choices=("jsonl", "text", "sarif"),
        default="jsonl",
        help="jsonl: one record per reply (default); text: one line per finding",
    )
    audit.add_argument(
        "--output", "-o", type=Path, help="write results here, not stdout"
    )
    audit.add_argument(
        "--text-col", default="text", help="field with the reply (default: text)"
    )
    audit.add_argument(
        "--customer-col",
        help="field with the customer message answered (default: customer, when present)",
    )
    audit.add_argument(
        "--id-col",
        help="field naming the record (default: id when present, else FILE:LINE)",
    )
    audit.add_argument(
        "--summary", type=Path, metavar="FILE", help="write the summary as JSON"
    )
    audit.add_argument(
        "--worst", type=int, default=10, help="worst replies listed (10)"
    )
    audit.add_argument("--workers", type=int, help="processes (default: every CPU)")
    audit.add_argument(
        "--quiet", "-q", action="store_true", help="no summary, no progress bar"
    )
    group = audit.add_argument_group("baselines and suppression")
    baseline_options(group)
    common(audit)
