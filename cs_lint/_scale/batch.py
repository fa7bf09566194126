"""
Batches: lint many replies over every core, in input order, streaming.

`lint_many` feeds chunks of records to a ``concurrent.futures`` process
pool whose initializer builds one `Linter` per worker process; a bad
record becomes an error result and the run goes on. `summarize` (or the
incremental `Tally`) turns results into a `Summary`.
"""

from __future__ import annotations

import heapq
import itertools
import os
import threading
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from cs_lint._base.errors import CsLintError
from cs_lint._base.finding import Finding, Severity
from cs_lint._engine.config import Config
from cs_lint._engine.linter import Linter


if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

#: Records per chunk sent to a worker: large enough that pickling and
#: queueing stay a small share of the work, small enough to stream.
DEFAULT_CHUNKSIZE = 512

RecordId = str | int


@attrs.frozen
class Record:
    """
    One reply to lint in a batch.

    Args:
        text: The reply; or, when *email* is true, a raw email message
            (bytes or str) read with `Linter.check_email`, so quoted text
            and signatures are not linted.
        id: Names the record in results (default: its 0-based position).
        customer: The customer message the reply answers, if known.
        email: *text* is an RFC 5322 / MIME message.
    """

    text: str | bytes
    id: RecordId | None = None
    customer: str | None = None
    email: bool = False


@attrs.frozen
class LintResult:
    """
    The outcome for one record of a batch: its findings, or why it could
    not be linted (*error*, one line; *findings* is then empty).
    """

    id: RecordId
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    #: Findings past the configuration's max-findings cap, not reported.
    omitted: int = 0

    @property
    def ok(self) -> bool:
        """
        True when the record was linted (whether or not it has findings).
        """
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """
        Return a JSON-serialisable dict: ``id``, ``findings``, ``error``.
        """
        out = {
            "id": self.id,
            "findings": [f.to_dict() for f in self.findings],
            "error": self.error,
        }
        if self.omitted:
            out["omitted"] = self.omitted
        return out


# A record ready for a worker: (id, text, customer, email).
_Work = tuple[RecordId, str | bytes, str | None, bool]
_Chunk = list[_Work | LintResult]


def _describe(item: object) -> str:
    return type(item).__name__


def _work(index: int, item: object) -> _Work | LintResult:
    """
    Turn one input item into work, or into an error result naming it.
    """
    rid: object = index
    customer: object = None
    email = False
    if isinstance(item, LintResult):
        return item
    if isinstance(item, str):
        text: object = item
    elif isinstance(item, Record):
        text, customer, email = item.text, item.customer, item.email
        rid = index if item.id is None else item.id
    elif isinstance(item, tuple) and len(item) == 2:
        text, customer = item
    elif isinstance(item, Mapping):
        if "text" not in item:
            keys = ", ".join(sorted(map(str, item))) or "none"
            return LintResult(
                index, error=f"record {index}: no 'text' key (keys: {keys})"
            )
        text, customer = item["text"], item.get("customer")
        rid = item.get("id", index)
        if rid is None:
            rid = index
    else:
        return LintResult(
            index,
            error=(
                f"record {index}: expected a str, a (text, customer) pair, a "
                f"mapping with 'text' or a cs_lint.Record, got {_describe(item)}"
            ),
        )
    if not isinstance(rid, (str, int)) or isinstance(rid, bool):
        return LintResult(
            index, error=f"record {index}: id must be str or int, not {_describe(rid)}"
        )
    where = f"record {rid!r}" if rid != index else f"record {index}"
    if email:
        if not isinstance(text, (str, bytes)):
            msg = f"{where}: an email must be bytes or str, not {_describe(text)}"
            return LintResult(rid, error=msg)
    elif not isinstance(text, str):
        return LintResult(
            rid, error=f"{where}: text must be str, not {_describe(text)}"
        )
    if customer is not None and not isinstance(customer, str):
        msg = f"{where}: customer must be str or None, not {_describe(customer)}"
        return LintResult(rid, error=msg)
    return (rid, text, customer, email)


def _name(rid: RecordId) -> str:
    return rid if isinstance(rid, str) else f"record {rid}"


def lint_one(linter: Linter, work: _Work | LintResult) -> LintResult:
    """
    Lint one prepared record; any failure becomes an error result.
    """
    if isinstance(work, LintResult):
        return work
    rid, text, customer, email = work
    omitted = 0
    try:
        if email:
            findings = linter.check_email(text, customer=customer).findings
        else:
            assert isinstance(text, str)
            found = linter.lint(text, customer=customer)
            omitted = getattr(found, "omitted", 0)
            findings = tuple(found)
    except CsLintError as exc:
        return LintResult(rid, error=f"{_name(rid)}: {exc}")
    except Exception as exc:  # noqa: BLE001 - one bad record must not stop a batch
        return LintResult(rid, error=f"{_name(rid)}: {type(exc).__name__}: {exc}")
    return LintResult(rid, findings, omitted=omitted)


# --- configuration across processes ------------------------------------------------


def config_state(config: Config) -> dict[str, Any]:
    """
    Return *config* as plain, picklable values (`Config` holds read-only
    mapping proxies, which do not pickle); `Config(**state)` rebuilds it.
    """
    return {
        "select": config.select,
        "ignore": config.ignore,
        "preview": config.preview,
        "severity": {k: v.value for k, v in config.severity.items()},
        "options": {k: dict(v) for k, v in config.options.items()},
        "packs": config.packs,
        "plugins": config.plugins,
        "fail_on": config.fail_on.value,
        "email": config.email.to_dict(),
        "path": config.path,
        "max_chars": config.max_chars,
        "max_bytes": config.max_bytes,
        "max_findings": config.max_findings,
        "min_confidence": config.min_confidence,
        "macros": config.macros,
        "facts": config.facts,
    }


def config_key(state: Mapping[str, Any]) -> str:
    """
    Return a string naming a configuration state, for caches.
    """
    return repr(sorted((k, repr(v)) for k, v in state.items()))


_LINTERS: dict[str, Linter] = {}
_LINTERS_LOCK = threading.Lock()


def cached_linter(state: Mapping[str, Any]) -> Linter:
    """
    Return this process's linter for a configuration state, building it
    once (rule compilation is the expensive part of a `Linter`).
    """
    key = config_key(state)
    linter = _LINTERS.get(key)
    if linter is None:
        with _LINTERS_LOCK:  # threads of one Dask worker share the cache
            linter = _LINTERS.get(key)
            if linter is None:
                linter = _LINTERS[key] = Linter(Config(**state))
    return linter


_WORKER_KEY: list[str] = []


def _init_worker(state: dict[str, Any]) -> None:
    cached_linter(state)
    _WORKER_KEY[:] = [config_key(state)]


def _lint_chunk(chunk: _Chunk) -> list[LintResult]:
    linter = _LINTERS[_WORKER_KEY[0]]
    return [lint_one(linter, work) for work in chunk]


def default_workers() -> int:
    """
    The CPUs this process may run on.
    """
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def lint_many(
    items: Iterable[object],
    *,
    config: Config | None = None,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[LintResult]:
    """
    Lint many replies; yield one `LintResult` per item, in input order.

    Items are texts, ``(text, customer)`` pairs, mappings with ``text``
    and optional ``customer`` and ``id`` keys (other keys are ignored), or
    `Record` values; a `LintResult` (say, from a reader that found a
    record unreadable) is passed through as it is. The input is read lazily, a few chunks ahead of the
    results, so it can be larger than memory. An item that cannot be
    linted yields a result with *error* set and the run goes on.

    Args:
        config: As for `Linter`.
        workers: Processes to use (default: every CPU this process may
            run on). ``1`` lints in this process, with no pool.
        chunksize: Records sent to a worker at a time.

    Raises:
        ConfigError: *config* is invalid (raised here, before any work).
        ValueError: *workers* or *chunksize* is below 1.
    """
    config = Config() if config is None else config
    if workers is None:
        workers = default_workers()
    for name, value in (("workers", workers), ("chunksize", chunksize)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            msg = f"{name} must be a positive int, got {value!r}"
            raise ValueError(msg)
    linter = Linter(config)  # validates the configuration up front
    works = itertools.starmap(_work, enumerate(items))
    if workers == 1:
        return (lint_one(linter, w) for w in works)
    return _pooled(works, linter, config_state(config), workers, chunksize)


#: Records in a row whose worker process died before the batch gives up.
_MAX_DEATHS = 3


class _Pool:
    """
    A process pool whose workers build their linter once (the pool
    initializer), rebuilt when a worker process dies.
    """

    def __init__(self, workers: int, state: dict[str, Any]) -> None:
        self._workers = workers
        self._state = state
        self._pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - lazy

        return ProcessPoolExecutor(
            self._workers, initializer=_init_worker, initargs=(self._state,)
        )

    def submit(self, chunk: _Chunk) -> Future[list[LintResult]]:
        from concurrent.futures import Future  # noqa: PLC0415
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        try:
            return self._pool.submit(_lint_chunk, chunk)
        except BrokenProcessPool as exc:
            failed: Future[list[LintResult]] = Future()
            failed.set_exception(exc)
            return failed

    def restart(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def isolate(self, chunk: _Chunk) -> list[LintResult]:
        """
        Lint *chunk* one record per task, so that a record whose worker
        dies (out of memory, a crash in native code) fails alone.
        """
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        out: list[LintResult] = []
        deaths = 0
        for work in chunk:
            try:
                out.extend(self.submit([work]).result())
                deaths = 0
            except BrokenProcessPool:
                deaths += 1
                if deaths >= _MAX_DEATHS:
                    msg = (
                        f"worker processes died on {deaths} records in a row; "
                        "the last was "
                        f"{_name(work.id if isinstance(work, LintResult) else work[0])}"
                    )
                    raise CsLintError(msg) from None
                self.restart()
                rid = work.id if isinstance(work, LintResult) else work[0]
                out.append(
                    LintResult(
                        rid,
                        error=f"{_name(rid)}: the worker process linting it died",
                    )
                )
        return out


def _pooled(
    works: Iterator[_Work | LintResult],
    linter: Linter,
    state: dict[str, Any],
    workers: int,
    chunksize: int,
) -> Iterator[LintResult]:
    chunks = iter(lambda: list(itertools.islice(works, chunksize)), [])
    first = next(chunks, [])
    if len(first) < chunksize:
        # The whole input fits in one chunk: a pool would cost more than
        # it saves (a pre-commit run over a few files).
        yield from (lint_one(linter, w) for w in first)
        return
    chunks = itertools.chain([first], chunks)
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    ahead = 2 * workers
    pool = _Pool(workers, state)
    pending: deque[tuple[_Chunk, Future[list[LintResult]]]] = deque()
    try:

        def fill() -> None:
            while len(pending) < ahead:
                chunk = next(chunks, None)
                if chunk is None:
                    return
                pending.append((chunk, pool.submit(chunk)))

        fill()
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Some worker died: every chunk in flight is lost. Redo
                # this one record by record, and the others as they were.
                rest = [c for c, _ in pending]
                pending.clear()
                pool.restart()
                results = pool.isolate(chunk)
                pending.extend((c, pool.submit(c)) for c in rest)
            fill()
            yield from results
    finally:
        pool.shutdown()


# --- summaries -----------------------------------------------------------------------


_WEIGHT = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


@attrs.frozen
class WorstReply:
    """
    One of the replies with the most findings.
    """

    id: RecordId
    findings: int
    score: int
    codes: tuple[str, ...]


@attrs.frozen
class Summary:
    """
    What a batch found, for a person deciding what to fix first.

    *replies* counts the records linted, *errors* the records that could
    not be; *share* is the fraction of linted replies with at least one
    finding. *by_family*, *by_code* and *by_severity* count findings,
    most first. *worst* lists the replies with the highest score (error 3,
    warning 2, info 1 per finding), ties in input order.
    """

    replies: int = 0
    errors: int = 0
    replies_with_findings: int = 0
    findings: int = 0
    by_family: Mapping[str, int] = attrs.field(factory=dict)
    by_code: Mapping[str, int] = attrs.field(factory=dict)
    by_severity: Mapping[str, int] = attrs.field(factory=dict)
    worst: tuple[WorstReply, ...] = ()

    @property
    def share(self) -> float:
        """
        The fraction of linted replies with at least one finding.
        """
        return self.replies_with_findings / self.replies if self.replies else 0.0

    def to_dict(self) -> dict[str, Any]:
        """
        Return a JSON-serialisable dict.
        """
        return {
            "replies": self.replies,
            "errors": self.errors,
            "replies_with_findings": self.replies_with_findings,
            "share_with_findings": round(self.share, 6),
            "findings": self.findings,
            "by_family": dict(self.by_family),
            "by_code": dict(self.by_code),
            "by_severity": dict(self.by_severity),
            "worst": [attrs.asdict(w) | {"codes": list(w.codes)} for w in self.worst],
        }

    def render(self) -> str:
        """
        Return the summary as a few lines of text.
        """
        lines = [
            f"Replies: {self.replies} linted, {self.errors} could not be read; "
            f"{self.replies_with_findings} with findings ({self.share:.1%}).",
            f"Findings: {self.findings}.",
        ]
        if self.by_family:
            fam = ", ".join(f"{k} {v}" for k, v in self.by_family.items())
            lines.append(f"By family: {fam}.")
        if self.by_code:
            codes = ", ".join(f"{k} {v}" for k, v in self.by_code.items())
            lines.append(f"By code: {codes}.")
        if self.worst:
            lines.append("Worst replies:")
            lines.extend(
                f"  {w.id}: {w.findings} finding{'s' if w.findings != 1 else ''} "
                f"({', '.join(w.codes)})"
                for w in self.worst
            )
        return "\n".join(lines) + "\n"


def _most_first(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


class Tally:
    """
    Build a `Summary` one result at a time (for streams); tallies of parts
    of a batch `merge` into the tally of the whole.
    """

    def __init__(self, worst: int = 10) -> None:
        self._worst = worst
        self.replies = 0
        self.errors = 0
        self.with_findings = 0
        self.findings = 0
        self.family: Counter[str] = Counter()
        self.code: Counter[str] = Counter()
        self.severity: Counter[str] = Counter()
        # (-score, -findings, order, reply): the worst sort first.
        self._candidates: list[tuple[int, int, tuple[int, ...], WorstReply]] = []
        self._seen = 0

    def add(self, result: LintResult, order: tuple[int, ...] | None = None) -> None:
        """
        Count one result; *order* is its position in the whole batch (for
        ties among the worst replies), by default the order of `add` calls.
        """
        if order is None:
            order = (self._seen,)
        self._seen += 1
        if result.error is not None:
            self.errors += 1
            return
        self.replies += 1
        fs = result.findings
        if not fs:
            return
        self.with_findings += 1
        self.findings += len(fs)
        self.family.update(f.family.value for f in fs)
        self.code.update(f.code for f in fs)
        self.severity.update(f.severity.value for f in fs)
        if self._worst:
            score = sum(_WEIGHT[f.severity] for f in fs)
            codes = tuple(dict.fromkeys(f.code for f in fs))
            reply = WorstReply(result.id, len(fs), score, codes)
            self._candidates.append((-score, -len(fs), order, reply))
            if len(self._candidates) > 4 * self._worst:
                self._prune()

    def _prune(self) -> None:
        self._candidates = heapq.nsmallest(
            self._worst, self._candidates, key=lambda c: c[:3]
        )

    def merge(self, other: Tally) -> Tally:
        """
        Add the counts of *other* (a tally of another part) to this one.
        """
        self.replies += other.replies
        self.errors += other.errors
        self.with_findings += other.with_findings
        self.findings += other.findings
        self.family.update(other.family)
        self.code.update(other.code)
        self.severity.update(other.severity)
        self._candidates.extend(other._candidates)
        self._seen += other._seen
        self._prune()
        return self

    def summary(self) -> Summary:
        """
        Return the summary of the results counted so far.
        """
        self._prune()
        return Summary(
            replies=self.replies,
            errors=self.errors,
            replies_with_findings=self.with_findings,
            findings=self.findings,
            by_family=_most_first(self.family),
            by_code=_most_first(self.code),
            by_severity=_most_first(self.severity),
            worst=tuple(c[3] for c in self._candidates),
        )


def summarize(results: Iterable[LintResult], *, worst: int = 10) -> Summary:
    """
    Summarise batch results: counts per family, code and severity, the
    share of replies with findings and the *worst* replies.
    """
    tally = Tally(worst)
    for result in results:
        tally.add(result)
    return tally.summary()
