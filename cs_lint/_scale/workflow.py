"""
``cs-lint check`` over files: each read as its kind (reply, Markdown,
email, macro library), fixed when asked (``--fix``, ``--diff``), its
suppression comments applied, and a baseline written or subtracted.

The command line parses the options; this module does the work and
hands back findings placed in each file, so the output formats stay in
one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from cs_lint._base.errors import InputError, decode_utf8, read_input
from cs_lint._base.finding import Finding
from cs_lint._engine.linter import Linter
from cs_lint._scale.options import Columns
from cs_lint._scale.source import (
    BY_BASELINE,
    LIBRARY_KINDS,
    MARKDOWN,
    TEXT,
    FileIndex,
    SourceResult,
    kind_of,
    library_units,
    lint_source,
    markdown_scopes,
    resolver_for,
)
from cs_lint._scale.suppress import Problem


if TYPE_CHECKING:
    # Fixes, baselines and batch results are imported when a run asks for
    # them: a plain ``cs-lint check reply.txt`` needs none of them.
    from cs_lint._scale.baseline import Baseline, Entry
    from cs_lint._scale.batch import LintResult

_BOM = b"\xef\xbb\xbf"


@attrs.frozen
class FileReport:
    """
    One file's outcome: findings reported and suppressed (in the file's
    coordinates, each with its record id), and how many were fixed.
    """

    path: str
    findings: tuple[tuple[str | None, Finding], ...]
    suppressed: tuple[tuple[str | None, Finding, str], ...] = ()
    fixed: int = 0


@attrs.frozen
class Options:
    """
    The workflow options of ``cs-lint check``.
    """

    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    baseline: Path | None = None
    write_baseline: Path | None = None
    columns: Columns = attrs.field(factory=Columns)

    @classmethod
    def from_args(cls, args: Any) -> Options:
        """
        Read the options from parsed arguments (missing ones are off).
        """
        return cls(
            fix=bool(getattr(args, "fix", False)),
            unsafe_fixes=bool(getattr(args, "unsafe_fixes", False)),
            diff=bool(getattr(args, "diff", False)),
            baseline=getattr(args, "baseline", None),
            write_baseline=getattr(args, "write_baseline", None),
            columns=Columns(
                text=getattr(args, "text_col", None) or "text",
                customer=getattr(args, "customer_col", None),
                id=getattr(args, "id_col", None),
            ),
        )


def _read(path: str) -> tuple[str, bool]:
    """
    Read a file (``-`` is stdin) as text, keeping its line endings; return
    it and whether it began with a byte order mark.
    """
    data, where = read_input(path)
    return decode_utf8(data, where), data.startswith(_BOM)


class CheckRun:
    """
    One ``cs-lint check`` run over files.
    """

    def __init__(
        self,
        linter: Linter,
        options: Options,
        *,
        customer: str | None = None,
        out: TextIO,
        err: TextIO,
    ) -> None:
        self.linter = linter
        self.options = options
        self.customer = customer
        self.out = out
        self.err = err
        self.resolver = resolver_for(linter)
        self.baseline = _load_baseline(options.baseline)
        self.entries: list[Entry] = []
        self.notes: list[str] = []
        self.problems = 0
        self.fixed_files = 0

    def _lint(self, text: str, kind: str, path: str) -> SourceResult:
        return lint_source(
            self.linter,
            text,
            kind,
            path=path,
            columns=self.options.columns,
            customer=self.customer,
            resolver=self.resolver,
        )

    def check(self, paths: Sequence[str]) -> list[FileReport]:
        """
        Lint (and fix) *paths*; return one report per file.
        """
        return [self._file(path) for path in paths]

    def _file(self, path: str) -> FileReport:
        text, bom = _read(path)
        name = "<stdin>" if path == "-" else path
        kind = TEXT if path == "-" else kind_of(path)
        opts = self.options
        fixed = 0
        fixing = opts.fix or opts.diff
        if fixing:
            from cs_lint._scale.fix import FIXABLE, fix_source  # noqa: PLC0415
        if fixing and kind in FIXABLE:
            outcome = fix_source(
                lambda t: self._lint(t, kind, name), text, unsafe=opts.unsafe_fixes
            )
            result = outcome.result
            fixed = outcome.fixed
            self.notes.extend(outcome.notes)
            if outcome.changed:
                self.fixed_files += 1
                if opts.diff:
                    self.out.write(outcome.diff(name))
                elif path == "-":
                    self.out.write(outcome.text)
                else:
                    data = outcome.text.encode("utf-8", "surrogatepass")
                    try:
                        Path(path).write_bytes(_BOM + data if bom else data)
                    except OSError as exc:
                        msg = f"{path}: cannot write: {exc.strerror or exc}"
                        raise InputError(msg) from None
            elif path == "-" and opts.fix and not opts.diff:
                self.out.write(text)
        else:
            if fixing:  # a kind that is not fixed in place (an email)
                self.notes.append(
                    f"{name}: not fixed: an email's text is decoded from the message; "
                    "fix the draft"
                )
            result = self._lint(text, kind, name)
        self.notes.extend(result.notes)
        for problem in result.problems:
            line, column = result.index.lines.position(problem.start)
            self.err.write(
                f"{name}:{line}:{column}: {problem.severity}: {problem.message}\n"
            )
            if problem.severity == "error":
                self.problems += 1
        return self._report(name, path, result, fixed)

    def _report(
        self, name: str, path: str, result: SourceResult, fixed: int
    ) -> FileReport:
        baseline = self.baseline
        if baseline is not None:
            baseline.checked(path)
        reported: list[tuple[str | None, Finding]] = []
        suppressed: list[tuple[str | None, Finding, str]] = []
        folder = (
            self.options.write_baseline.resolve().parent
            if self.options.write_baseline
            else None
        )
        for p in result.placed:
            record = result.record(p)
            f = p.finding
            if folder is not None and p.suppressed is None:
                from cs_lint._scale.baseline import entry  # noqa: PLC0415

                self.entries.append(
                    entry(
                        path, folder, record, f.code, f.fingerprint, excerpt=f.excerpt
                    )
                )
            why = p.suppressed
            if (
                why is None
                and baseline is not None
                and baseline.match(path, record, f.code, f.fingerprint)
            ):
                why = BY_BASELINE
            placed = result.in_file(p)
            if why is None:
                reported.append((record, placed))
            else:
                suppressed.append((record, placed, why))
        return FileReport(name, tuple(reported), tuple(suppressed), fixed)

    def finish(self) -> int | None:
        """
        Write the baseline when asked and the run's summary on stderr;
        return the baseline's size when one was written.
        """
        for note in dict.fromkeys(self.notes):
            self.err.write(f"cs-lint: note: {note}\n")
        written = None
        if self.options.write_baseline is not None:
            from cs_lint._scale.baseline import write_baseline  # noqa: PLC0415

            written = write_baseline(self.options.write_baseline, self.entries)
            self.err.write(
                f"cs-lint: wrote {written} finding{'s' if written != 1 else ''} "
                f"to the baseline {self.options.write_baseline}\n"
            )
        if self.baseline is not None:
            _baseline_summary(self.err, self.options.baseline, self.baseline)
        return written


class Silencer:
    """
    ``cs-lint audit``'s suppression: a record's comment or field, a
    Markdown file's comments, and a baseline, applied to each result as
    it streams by; or, with *write*, a baseline recorded.
    """

    def __init__(
        self,
        linter: Linter,
        columns: Columns,
        err: TextIO,
        *,
        baseline: Path | None = None,
        write: Path | None = None,
    ) -> None:
        self.linter = linter
        self.columns = columns
        self.err = err
        self.resolver = resolver_for(linter)
        self.baseline_path = baseline
        self.baseline = _load_baseline(baseline)
        self.write = write
        self.folder = write.resolve().parent if write else None
        self.entries: list[Entry] = []
        self._libraries: dict[str, dict[str, tuple[frozenset[str], str]]] = {}
        self._pages: dict[str, list[tuple[tuple[int, int], frozenset[str]]]] = {}

    @property
    def writing(self) -> bool:
        """
        Whether this run writes a baseline (and reports nothing).
        """
        return self.write is not None

    def _read(self, source: str) -> str | None:
        try:
            return decode_utf8(Path(source).read_bytes(), source)
        except (OSError, InputError):
            return None

    def _report(self, source: str, text: str, problems: list[Problem]) -> None:
        if not problems:
            return
        lines = FileIndex(text).lines
        for q in problems:
            if q.severity != "warning":
                continue  # unreadable records are reported by the run itself
            line, column = lines.position(q.start)
            self.err.write(f"{source}:{line}:{column}: warning: {q.message}\n")

    def _library(self, source: str, kind: str) -> dict[str, tuple[frozenset[str], str]]:
        known = self._libraries.get(source)
        if known is None:
            known = {}
            text = self._read(source)
            if text is not None:
                problems: list[Problem] = []
                units = library_units(
                    text, kind, source, self.columns, self.resolver, problems=problems
                )
                for unit in units or ():
                    if unit.record is not None and unit.ignore:
                        known[unit.record] = (unit.ignore, unit.via)
                self._report(source, text, problems)
            self._libraries[source] = known
        return known

    def _page(self, source: str) -> list[tuple[tuple[int, int], frozenset[str]]]:
        known = self._pages.get(source)
        if known is None:
            text = self._read(source)
            problems: list[Problem] = []
            known = markdown_scopes(text, self.resolver, problems) if text else []
            if text:
                self._report(source, text, problems)
            self._pages[source] = known
        return known

    def apply(
        self, source: str, result: LintResult
    ) -> tuple[LintResult, list[tuple[Finding, str]]]:
        """
        Split *result*'s findings into those reported and those silenced
        (each with why).
        """
        kind = TEXT if source == "<stdin>" else kind_of(source)
        record = (
            str(result.id) if kind in LIBRARY_KINDS or source == "<stdin>" else None
        )
        if self.baseline is not None and source != "<stdin>":
            self.baseline.checked(source)
        if not result.findings:
            return result, []
        kept: list[Finding] = []
        silenced: list[tuple[Finding, str]] = []
        for f in result.findings:
            why: str | None = None
            if kind in LIBRARY_KINDS:
                codes, via = self._library(source, kind).get(record or "", ((), ""))
                if f.code in codes:
                    why = via
            elif kind == MARKDOWN:
                for (start, end), codes in self._page(source):
                    if start <= f.start < end and f.code in codes:
                        why = "comment"
                        break
            if why is None and self.folder is not None:
                from cs_lint._scale.baseline import entry  # noqa: PLC0415

                self.entries.append(
                    entry(
                        source,
                        self.folder,
                        record,
                        f.code,
                        f.fingerprint,
                        excerpt=f.excerpt,
                    )
                )
            if (
                why is None
                and self.baseline is not None
                and self.baseline.match(source, record, f.code, f.fingerprint)
            ):
                why = BY_BASELINE
            if why is None:
                kept.append(f)
            else:
                silenced.append((f, why))
        if not silenced:
            return result, []
        return attrs.evolve(result, findings=tuple(kept)), silenced

    def finish(self) -> bool:
        """
        Write the baseline (return True) or report the baseline's use.
        """
        if self.write is not None:
            from cs_lint._scale.baseline import write_baseline  # noqa: PLC0415

            count = write_baseline(self.write, self.entries)
            self.err.write(
                f"cs-lint: wrote {count} finding{'s' if count != 1 else ''} "
                f"to the baseline {self.write}\n"
            )
            return True
        if self.baseline is not None:
            _baseline_summary(self.err, self.baseline_path, self.baseline)
        return False


def _load_baseline(path: Path | None) -> Baseline | None:
    if path is None:
        return None
    from cs_lint._scale.baseline import Baseline  # noqa: PLC0415

    return Baseline.load(path)


def _baseline_summary(err: TextIO, path: Path | None, baseline: Baseline) -> None:
    stale = baseline.stale()
    err.write(
        f"cs-lint: baseline {path}: {baseline.matched} known finding"
        f"{'s' if baseline.matched != 1 else ''} suppressed, "
        f"{len(stale)} entr{'ies' if len(stale) != 1 else 'y'} stale"
        + (
            " (no longer found: fixed or changed; rewrite the baseline "
            "with --write-baseline)"
            if stale
            else ""
        )
        + "\n"
    )
