"""
Lint past one machine with Dask (``pip install 'cs-lint[dask]'``).

    from cs_lint.dask import audit_frame

    audit = audit_frame(tickets, text="body", id="ticket_id")
    findings, errors, summary = audit.compute()

`audit_bag` lints a Dask bag (items as for `cs_lint.lint_many`) and
`audit_frame` a text column of a Dask DataFrame. Both return a lazy
`DaskAudit`: the findings as a Dask DataFrame (one row per finding, with
the record id), the records that could not be linted, and the `Summary`.
Each partition is linted by one task with the worker process's cached
`Linter` (keyed by the configuration, built on the first task that needs
it), so rules are compiled once per worker process, not per partition or
per record. See docs/scale.md.

``import cs_lint`` never imports this module (nor Dask).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import dask.dataframe as dd
import pandas as pd
from dask.base import compute
from dask.delayed import delayed

from cs_lint._engine.config import Config
from cs_lint._engine.linter import Linter
from cs_lint._scale.batch import (
    LintResult,
    Record,
    Summary,
    Tally,
    _work,
    cached_linter,
    config_state,
    lint_one,
)


if TYPE_CHECKING:
    import dask.bag as db
    from dask.delayed import Delayed

__all__ = ["FINDING_COLUMNS", "DaskAudit", "audit_bag", "audit_frame"]

#: The columns of the findings frame and their dtypes: the record id (as
#: text), then the fields of `Finding.to_dict()` (suggestions as the first
#: suggestion's message). Dask may store the text columns as strings.
FINDING_COLUMNS: Mapping[str, str] = {
    "id": "object",
    "code": "object",
    "name": "object",
    "family": "object",
    "severity": "object",
    "message": "object",
    "start": "int64",
    "end": "int64",
    "line": "int64",
    "column": "int64",
    "end_line": "int64",
    "end_column": "int64",
    "utf16_start": "int64",
    "utf16_end": "int64",
    "excerpt": "object",
    "suggestion": "object",
    "confidence": "float64",
    "fingerprint": "object",
    "zone": "object",
}
_ERROR_COLUMNS: Mapping[str, str] = {"id": "object", "error": "object"}


def _frame(rows: list[dict[str, Any]], columns: Mapping[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.astype(dict(columns))


def _concat(parts: list[pd.DataFrame], columns: Mapping[str, str]) -> pd.DataFrame:
    if not parts:
        return _frame([], columns)
    return pd.concat(parts, ignore_index=True)


def _finding_rows(results: Iterable[LintResult]) -> pd.DataFrame:
    rows = []
    for r in results:
        for f in r.findings:
            row = f.to_dict()
            row["suggestion"] = f.suggestions[0].message if f.suggestions else ""
            del row["suggestions"]
            rows.append({"id": str(r.id), **row})
    return _frame(rows, FINDING_COLUMNS)


def _error_rows(results: Iterable[LintResult]) -> pd.DataFrame:
    rows = [{"id": str(r.id), "error": r.error} for r in results if r.error is not None]
    return _frame(rows, _ERROR_COLUMNS)


def _tally(results: list[LintResult], part: int, worst: int) -> Tally:
    tally = Tally(worst)
    for i, r in enumerate(results):
        tally.add(r, (part, i))
    return tally


def _summary(tallies: list[Tally], worst: int) -> Summary:
    total = Tally(worst)
    for t in tallies:
        total.merge(t)
    return total.summary()


def _lint_items(items: Iterable[object], state: dict[str, Any]) -> list[LintResult]:
    linter = cached_linter(state)
    return [lint_one(linter, _work(i, item)) for i, item in enumerate(items)]


def _plain(value: object) -> object:
    """
    A numpy scalar (an index or id cell) as the Python int or str it holds.
    """
    item = getattr(value, "item", None)
    return item() if callable(item) else value


def _lint_rows(
    part: pd.DataFrame,
    state: dict[str, Any],
    text: str,
    customer: str | None,
    id_column: str | None,
) -> list[LintResult]:
    linter = cached_linter(state)
    texts = part[text].tolist()
    ids = part[id_column].tolist() if id_column else part.index.tolist()
    customers = part[customer].tolist() if customer else [None] * len(texts)
    out = []
    for i, (rid, body, cell) in enumerate(zip(ids, texts, customers, strict=True)):
        plain = _plain(rid)
        asked = None if cell is None or pd.isna(cell) else cell
        if not isinstance(plain, (str, int)) or isinstance(plain, bool):
            out.append(
                LintResult(
                    i,
                    error=f"row {i}: id must be str or int, not {type(plain).__name__}",
                )
            )
            continue
        out.append(lint_one(linter, _work(i, Record(body, id=plain, customer=asked))))
    return out


@attrs.frozen
class DaskAudit:
    """
    A lazy audit: compute it with `compute` (one pass over the data).

    *findings* has one row per finding (`FINDING_COLUMNS`), *errors* one
    row per record that could not be linted (``id``, ``error``), and
    *summary* is a delayed `Summary`.
    """

    findings: dd.DataFrame
    errors: dd.DataFrame
    summary: Delayed

    def compute(self, **kwargs: Any) -> tuple[pd.DataFrame, pd.DataFrame, Summary]:
        """
        Compute findings, errors and summary together, linting each
        partition once; *kwargs* go to `dask.compute`.
        """
        # As delayed parts, so one graph holds all three and each
        # partition is linted once (and no mixed-collection warning).
        findings, errors, summary = compute(
            self.findings.to_delayed(), self.errors.to_delayed(), self.summary, **kwargs
        )
        return (
            _concat(findings, FINDING_COLUMNS),
            _concat(errors, _ERROR_COLUMNS),
            summary,
        )


def _audit(parts: list[Delayed], worst: int) -> DaskAudit:
    finding_parts = [delayed(_finding_rows)(p) for p in parts]
    error_parts = [delayed(_error_rows)(p) for p in parts]
    tallies = [delayed(_tally)(p, n, worst) for n, p in enumerate(parts)]
    return DaskAudit(
        findings=dd.from_delayed(
            finding_parts, meta=_frame([], FINDING_COLUMNS), verify_meta=False
        ),
        errors=dd.from_delayed(
            error_parts, meta=_frame([], _ERROR_COLUMNS), verify_meta=False
        ),
        summary=delayed(_summary)(tallies, worst),
    )


def _state(config: Config | None) -> dict[str, Any]:
    config = Config() if config is None else config
    Linter(config)  # a bad configuration raises here, not on a worker
    return config_state(config)


def audit_bag(
    bag: db.Bag, *, config: Config | None = None, worst: int = 10
) -> DaskAudit:
    """
    Lint every item of a Dask *bag*.

    Items take the forms `cs_lint.lint_many` takes (texts, pairs,
    mappings with ``text`` / ``customer`` / ``id``, `cs_lint.Record`).
    Give items ids: an item without one is named by its position in its
    partition.

    Raises:
        ConfigError: *config* is invalid (raised here, before any work).
    """
    state = _state(config)
    parts = [delayed(_lint_items)(p, state) for p in bag.to_delayed()]
    return _audit(parts, worst)


def audit_frame(
    frame: dd.DataFrame,
    text: str = "text",
    *,
    customer: str | None = None,
    id: str | None = None,
    config: Config | None = None,
    worst: int = 10,
) -> DaskAudit:
    """
    Lint the *text* column of a Dask DataFrame.

    Args:
        text: The column holding replies.
        customer: A column holding the customer message each reply
            answers (missing values mean none).
        id: A column naming each record; default: the frame's index.
        config: As for `cs_lint.Linter`.
        worst: How many of the worst replies the summary lists.

    Raises:
        ConfigError: *config* is invalid.
        KeyError: a named column is not in the frame.
    """
    for column in (text, customer, id):
        if column is not None and column not in frame.columns:
            msg = (
                f"no column {column!r} (columns: {', '.join(map(str, frame.columns))})"
            )
            raise KeyError(msg)
    state = _state(config)
    parts = [
        delayed(_lint_rows)(p, state, text, customer, id) for p in frame.to_delayed()
    ]
    return _audit(parts, worst)
