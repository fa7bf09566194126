"""
A file as an editor or ``cs-lint check`` holds it: a reply (plain text or
Markdown), an email, or a macro library (JSON, JSON Lines, YAML, CSV);
what in it is linted, where each finding lies in the *file*, and which
findings its suppression comments silence.

The language server and the ``check`` command both go through
`lint_source`, so a finding is at the same place in the editor, in the
command's output and in a fix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

import attrs

from cs_lint._base.errors import InputError
from cs_lint._base.finding import Applicability, Edit, Finding, Suggestion
from cs_lint._engine.linter import Linter
from cs_lint._engine.registry import all_rules
from cs_lint._scale.options import Columns
from cs_lint._scale.sourcemap import (
    DOUBLE,
    FOLDED,
    LITERAL,
    PLAIN,
    SINGLE,
    WHOLE,
    CannotEncode,
    ValueMap,
    encode,
)
from cs_lint._scale.suppress import (
    Directive,
    Problem,
    Resolver,
    markdown_directives,
    yaml_directives,
    yaml_lines,
)
from cs_lint._text.compiled import compile_cached
from cs_lint._text.spans import LineIndex, Utf16Index


if TYPE_CHECKING:
    # The library readers (`cs_lint._scale.audit`, with csv and the batch
    # runner) are imported when a library is read, not for a plain reply.
    from cs_lint._scale.audit import Library, Located


TEXT = "text"
MARKDOWN = "markdown"
EMAIL = "email"
#: Library kinds are the file's suffix without the dot.
LIBRARY_KINDS = frozenset({"json", "jsonl", "yaml", "csv", "tsv"})

_KIND_OF_SUFFIX = {
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".eml": EMAIL,
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".csv": "csv",
    ".tsv": "tsv",
}
_KIND_OF_LANGUAGE = {
    "markdown": MARKDOWN,
    "yaml": "yaml",
    "json": "json",
    "jsonl": "jsonl",
    "csv": "csv",
    "tsv": "tsv",
    "email": EMAIL,
    "eml": EMAIL,
}

#: Why a finding is not reported.
BY_COMMENT = "comment"
BY_FIELD = "field"
BY_BASELINE = "baseline"

#: Lint one text with an optional customer message (a linter's ``lint``).
LintText = Callable[[str, "str | None"], Sequence[Finding]]

_WHERE = compile_cached(r":(\d+):(\d+): ")


def kind_of(name: str, language: str | None = None) -> str:
    """
    The kind of file *name* is, from its suffix (or, failing that, the
    editor's *language* id): ``text``, ``markdown``, ``email`` or a
    library kind (``json``, ``jsonl``, ``yaml``, ``csv``, ``tsv``).
    """
    kind = _KIND_OF_SUFFIX.get(PurePath(name).suffix.lower())
    if kind is None and language:
        kind = _KIND_OF_LANGUAGE.get(language.lower())
    return kind or TEXT


@attrs.frozen
class Unit:
    """
    One text linted in a file: the whole reply, or one macro of a library
    (*record* names it). *map* places the text in the file (None for an
    email or a record that could not be read); *ignore* holds the codes its
    suppression comment or field silences, *start* where it begins.
    """

    record: str | None
    text: str | None
    customer: str | None
    map: ValueMap | None
    start: int = 0
    ignore: frozenset[str] = frozenset()
    via: str = BY_COMMENT


@attrs.frozen
class Placed:
    """
    A finding with its unit (an index into `SourceResult.units`), its span
    in the file, and why it is not reported (None when it is).
    """

    finding: Finding
    unit: int
    start: int
    end: int
    suppressed: str | None = None


class FileIndex:
    """
    Line, column and UTF-16 look-ups for one file's text.
    """

    __slots__ = ("lines", "text", "utf16")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = LineIndex(text)
        self.utf16 = Utf16Index(text)


@attrs.frozen
class SourceResult:
    """
    The findings of one file, placed in it.

    *placed* holds every finding in file order, suppressed ones included;
    *problems* are things wrong with the file that are not findings (an
    unknown code in a suppression comment, an unreadable record); *notes*
    explain positions that are approximate.
    """

    path: str
    text: str
    kind: str
    units: tuple[Unit, ...]
    placed: tuple[Placed, ...]
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()
    index: FileIndex = attrs.field(eq=False, repr=False, default=None)
    #: How a library's records were read.
    columns: Columns = attrs.field(factory=Columns)

    def __attrs_post_init__(self) -> None:
        if self.index is None:
            object.__setattr__(self, "index", FileIndex(self.text))

    @property
    def reported(self) -> list[Placed]:
        """
        The findings that are reported.
        """
        return [p for p in self.placed if p.suppressed is None]

    @property
    def suppressed(self) -> list[Placed]:
        """
        The findings a comment, a field or a baseline silenced.
        """
        return [p for p in self.placed if p.suppressed is not None]

    def record(self, p: Placed) -> str | None:
        """
        The record id of *p*'s macro (None for a whole-file reply).
        """
        return self.units[p.unit].record

    def in_file(self, p: Placed) -> Finding:
        """
        *p*'s finding with its offsets, lines, columns and suggested edits
        in the file (its excerpt stays the linted text). An edit that
        cannot be written in the file (an approximate position, a line
        break in a folded block) leaves its suggestion display-only.
        """
        f = p.finding
        unit = self.units[p.unit]
        if unit.map is not None and unit.map.style == WHOLE and unit.map.start == 0:
            return f
        lines, utf16 = self.index.lines, self.index.utf16
        line, column = lines.position(p.start)
        end_line, end_column = lines.position(p.end)
        return attrs.evolve(
            f,
            start=p.start,
            end=p.end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            utf16_start=utf16.offset(p.start),
            utf16_end=utf16.offset(p.end),
            suggestions=tuple(
                _suggestion_in_file(s, unit.map, unit.text) for s in f.suggestions
            ),
        )


def _suggestion_in_file(
    s: Suggestion, vmap: ValueMap | None, value: str | None
) -> Suggestion:
    if not s.edits:
        return s
    if vmap is None or not vmap.exact or value is None:
        return Suggestion(s.message, (), Applicability.DISPLAY_ONLY)
    try:
        edits = tuple(file_edit(e, vmap, value) for e in s.edits)
    except CannotEncode:
        return Suggestion(s.message, (), Applicability.DISPLAY_ONLY)
    return attrs.evolve(s, edits=edits)


def file_edit(edit: Edit, vmap: ValueMap, value: str) -> Edit:
    """
    *edit* (offsets into a value) as an edit of the file.

    Raises:
        CannotEncode: the replacement cannot be written in the value's
            style in place, or an end of the edit falls inside what one
            escape or line fold stands for.
    """
    if not (vmap.aligned(edit.start) and vmap.aligned(edit.end)):
        raise CannotEncode(vmap.style)
    new = edit.replacement
    if vmap.style in (LITERAL, FOLDED):
        line_start = edit.start == 0 or value[edit.start - 1] == "\n"
        # A block's first line sets its indentation, a line's leading
        # space changes how a folded block folds, and trailing line breaks
        # are chomped: such edits are not written in place.
        if (line_start and new[:1] in (" ", "\t")) or (
            edit.end >= len(value) and (new.endswith("\n") or value.endswith("\n"))
        ):
            raise CannotEncode(vmap.style)
    elif vmap.style in (PLAIN, SINGLE, DOUBLE):
        # Spaces next to a folded line break, or at the ends of a plain
        # value, are dropped when the file is read.
        lead = new[:1] in (" ", "\t")
        trail = new[-1:] in (" ", "\t")
        plain = vmap.style == PLAIN
        if lead and not (vmap.literal_at(edit.start - 1) if edit.start else not plain):
            raise CannotEncode(vmap.style)
        if trail and not (
            vmap.literal_at(edit.end) if edit.end < len(value) else not plain
        ):
            raise CannotEncode(vmap.style)
    start, end = vmap.span(edit.start, edit.end)
    return Edit(start, end, encode(vmap.style, edit.replacement, vmap))


def resolver_for(linter: Linter) -> Resolver:
    """
    A `Resolver` knowing every rule the linter's configuration knows
    (selected or not).
    """
    names: dict[str, str] = {}
    for r in all_rules(linter.config):
        names[r.code] = r.code
        names[r.name] = r.code
    return Resolver(names)


def lint_source(
    linter: Linter,
    text: str,
    kind: str,
    *,
    path: str,
    columns: Columns | None = None,
    customer: str | None = None,
    lint: LintText | None = None,
    resolver: Resolver | None = None,
) -> SourceResult:
    """
    Lint one file's *text* as its *kind* says, placing every finding in
    the file and applying its suppression comments.

    Args:
        path: The file's name, for messages and record ids.
        columns: Which fields of a library's records hold what.
        customer: The customer message a whole-file reply answers.
        lint: Lints one text (default: *linter*'s ``lint``); the language
            server passes a cached one.
        resolver: Resolves suppression codes (default: from *linter*).

    Raises:
        InputError: a library that is not of its format, or an email that
            cannot be read.
    """
    columns = columns or Columns()
    if lint is None:

        def lint(t: str, c: str | None) -> Sequence[Finding]:
            return linter.lint(t, customer=c)

    if kind == EMAIL:
        return _email(linter, text, path, customer)
    resolver = resolver or resolver_for(linter)
    problems: list[Problem] = []
    if kind in LIBRARY_KINDS:
        return _library(text, kind, path, columns, lint=lint, resolver=resolver)
    unit = Unit(None, text, customer, ValueMap.identity(0, text))
    placed = [Placed(f, 0, f.start, f.end) for f in lint(text, customer)]
    if kind == MARKDOWN:
        placed = _markdown_suppress(text, placed, resolver, problems)
    return SourceResult(path, text, kind, (unit,), tuple(placed), tuple(problems))


def _markdown_suppress(
    text: str, placed: list[Placed], resolver: Resolver, problems: list[Problem]
) -> list[Placed]:
    scopes = markdown_scopes(text, resolver, problems)
    if not scopes:
        return placed
    out = []
    for p in placed:
        for scope, codes in scopes:
            if scope and scope[0] <= p.start < scope[1] and p.finding.code in codes:
                p = attrs.evolve(p, suppressed=BY_COMMENT)  # noqa: PLW2901
                break
        out.append(p)
    return out


def library_units(
    text: str,
    kind: str,
    path: str,
    columns: Columns,
    resolver: Resolver,
    *,
    problems: list[Problem],
) -> tuple[Unit, ...] | None:
    """
    The macros of a library file, each with the codes its suppression
    comment or field silences (None when the file cannot be read; the
    reason is added to *problems*).
    """
    library = _read(text, kind, path, columns)
    if isinstance(library, Problem):
        problems.append(library)
        return None
    index = FileIndex(text)
    directives: list[Directive] = []
    if kind == "yaml":
        directives = yaml_directives(text, library.scalars)
    resolved: dict[Directive, frozenset[str]] = {
        d: resolver.resolve(d.codes, problems) for d in directives
    }
    return tuple(
        _unit(
            text,
            index,
            located,
            directives=directives,
            resolved=resolved,
            resolver=resolver,
            problems=problems,
        )
        for located in library.records
    )


def markdown_scopes(
    text: str, resolver: Resolver, problems: list[Problem]
) -> list[tuple[tuple[int, int], frozenset[str]]]:
    """
    The spans of a Markdown page its suppression comments cover, each with
    the codes it silences.
    """
    return [
        (d.scope, resolver.resolve(d.codes, problems))
        for d in markdown_directives(text)
        if d.scope is not None
    ]


def _library(
    text: str,
    kind: str,
    path: str,
    columns: Columns,
    *,
    lint: LintText,
    resolver: Resolver,
) -> SourceResult:
    problems: list[Problem] = []
    units = library_units(text, kind, path, columns, resolver, problems=problems)
    if units is None:
        return SourceResult(path, text, kind, (), (), tuple(problems), columns=columns)
    placed: list[Placed] = []
    notes: list[str] = []
    for n, unit in enumerate(units):
        if unit.text is None or unit.map is None:
            continue
        if not unit.map.exact:
            notes.append(
                f"{path}: {unit.record}: positions inside this macro are approximate "
                "(its value could not be re-read character by character); "
                "findings are placed at its start and not fixed in place"
            )
        for f in lint(unit.text, unit.customer):
            start, end = unit.map.span(f.start, f.end)
            why = unit.via if f.code in unit.ignore else None
            placed.append(Placed(f, n, start, end, why))
    placed.sort(key=lambda p: (p.start, p.end, p.finding.code))
    return SourceResult(
        path,
        text,
        kind,
        units,
        tuple(placed),
        tuple(problems),
        tuple(notes),
        columns=columns,
    )


def _read(text: str, kind: str, path: str, columns: Columns) -> Library | Problem:
    from cs_lint._scale.audit import read_library  # noqa: PLC0415

    try:
        return read_library(text, path, "." + kind, columns)
    except InputError as exc:
        message = str(exc)
        m = _WHERE.search(message)
        offset = 0
        if m:
            lines = LineIndex(text)
            line = min(int(m.group(1)), len(lines.starts))
            offset = min(lines.starts[line - 1] + int(m.group(2)) - 1, len(text))
        return Problem(offset, offset, message, "error")


def _unit(
    text: str,
    index: FileIndex,
    located: Located,
    *,
    directives: list[Directive],
    resolved: dict[Directive, frozenset[str]],
    resolver: Resolver,
    problems: list[Problem],
) -> Unit:
    from cs_lint._scale.batch import Record  # noqa: PLC0415

    record = located.item.record
    if not isinstance(record, Record):
        problems.append(
            Problem(located.start, located.start, record.error or "unreadable", "error")
        )
        return Unit(str(record.id), None, None, None, located.start)
    ignore: frozenset[str] = frozenset()
    via = BY_COMMENT
    if located.ignore:
        at = located.ignore_at if located.ignore_at is not None else located.start
        codes = [(c, at, at) for c in located.ignore]
        ignore = resolver.resolve(codes, problems)
        via = BY_FIELD
    if directives:
        for d in yaml_lines(text, index.lines, directives, located.anchors):
            if resolved[d]:
                ignore |= resolved[d]
                via = BY_COMMENT
    assert isinstance(record.text, str)
    return Unit(
        str(record.id),
        record.text,
        record.customer,
        located.map,
        located.start,
        ignore,
        via,
    )


def _email(linter: Linter, text: str, path: str, customer: str | None) -> SourceResult:
    try:
        report = linter.check_email(text, customer=customer)
    except InputError as exc:
        return SourceResult(
            path, text, EMAIL, (), (), (Problem(0, 0, str(exc), "error"),)
        )
    base = text.find(report.source) if report.source else -1
    crlf = False
    if base < 0 and report.source:
        base = text.find(report.source.replace("\n", "\r\n"))
        crlf = base >= 0
    notes: list[str] = []
    body = _body_start(text)
    if base < 0:
        notes.append(
            f"{path}: the body is encoded (quoted-printable or base64): findings are "
            "placed at the start of the body"
        )
    unit = Unit(None, report.text, customer, None, max(base, body))
    placed = []
    source = report.source
    for f, (s, e) in zip(report.findings, report.source_spans, strict=True):
        if base < 0:
            start = end = body
        elif crlf:
            start = base + s + source.count("\n", 0, s)
            end = base + e + source.count("\n", 0, e)
        else:
            start, end = base + s, base + e
        placed.append(Placed(f, 0, start, end))
    return SourceResult(path, text, EMAIL, (unit,), tuple(placed), (), tuple(notes))


def _body_start(text: str) -> int:
    for sep in ("\r\n\r\n", "\n\n"):
        at = text.find(sep)
        if at >= 0:
            return at + len(sep)
    return 0
