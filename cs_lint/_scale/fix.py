"""
Fixes: apply the suggestions findings carry, as ruff does.

Only suggestions with edits are applied: ``safe`` ones always, ``unsafe``
ones when asked, ``display-only`` ones never. Each finding contributes
its first applicable suggestion; when two findings' edits overlap, the
first (by position) is applied and the other is left for the next pass,
which lints the fixed text again. Passes repeat until nothing changes (at
most `MAX_PASSES`).

In a macro library the edits are written inside each macro's value in
that value's own style (escapes in a JSON or double-quoted YAML string,
indentation in a YAML block, doubled quotes in CSV), so the rest of the
file stays byte for byte as it was; the fixed file is read back and every
fixed macro must read as the fixed text, or its fix is not written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from cs_lint._base.errors import InputError
from cs_lint._base.finding import Applicability, Edit, Finding, Suggestion, apply_edits
from cs_lint._scale.audit import read_library
from cs_lint._scale.batch import Record
from cs_lint._scale.source import (
    LIBRARY_KINDS,
    MARKDOWN,
    TEXT,
    Placed,
    SourceResult,
    file_edit,
)
from cs_lint._scale.sourcemap import CannotEncode, whole_value


#: Passes of lint-and-fix before giving up on a text that keeps changing.
MAX_PASSES = 4

#: Kinds of file ``--fix`` can rewrite (an email's text is decoded from
#: the message, so it is fixed in the draft, not the file).
FIXABLE = LIBRARY_KINDS | {TEXT, MARKDOWN}


def applicable(s: Suggestion, *, unsafe: bool) -> bool:
    """
    Whether *s* may be applied: it has edits and is safe (or unsafe, when
    *unsafe*).
    """
    if not s.edits:
        return False
    if s.applicability is Applicability.SAFE:
        return True
    return unsafe and s.applicability is Applicability.UNSAFE


def choose(f: Finding, *, unsafe: bool) -> Suggestion | None:
    """
    The suggestion a fix of *f* applies: its first safe one with edits,
    else (when *unsafe*) its first unsafe one.
    """
    for s in f.suggestions:
        if applicable(s, unsafe=False):
            return s
    if unsafe:
        for s in f.suggestions:
            if applicable(s, unsafe=True):
                return s
    return None


def _clash(a: Edit, b: Edit) -> bool:
    if a.start == b.start:
        return True
    return a.start < b.end and b.start < a.end


def pick(
    findings: Iterable[Finding], *, unsafe: bool
) -> list[tuple[Finding, Suggestion]]:
    """
    The fixes to apply together: one suggestion per finding, in order,
    skipping any whose edits overlap one already picked.
    """
    chosen: list[tuple[Finding, Suggestion]] = []
    taken: list[Edit] = []
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.code)):
        s = choose(f, unsafe=unsafe)
        if s is None:
            continue
        if any(_clash(e, t) for e in s.edits for t in taken):
            continue
        if any(_clash(a, b) for i, a in enumerate(s.edits) for b in s.edits[i + 1 :]):
            continue
        chosen.append((f, s))
        taken.extend(s.edits)
    return chosen


def fix_text_once(
    text: str, findings: Sequence[Finding], *, unsafe: bool = False
) -> tuple[str, list[tuple[Finding, Suggestion]]]:
    """
    Apply one pass of fixes to *text* (whose *findings* index it); return
    the new text and the fixes applied.
    """
    chosen = pick(findings, unsafe=unsafe)
    edits = [e for _, s in chosen for e in s.edits]
    return apply_edits(text, edits), chosen


@attrs.frozen
class FixOutcome:
    """
    What fixing a file did: the fixed *text*, how many findings were
    *fixed*, in how many *passes*, the lint of the fixed text (*result*)
    and *notes* on fixes that could not be written.
    """

    original: str
    text: str
    fixed: int
    passes: int
    result: SourceResult
    notes: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        """
        Whether the file's text changed.
        """
        return self.text != self.original

    def diff(self, path: str) -> str:
        """
        A unified diff of the fix (empty when nothing changed).
        """
        return unified_diff(self.original, self.text, path)


def unified_diff(old: str, new: str, path: str) -> str:
    """
    A unified diff from *old* to *new*, both named *path* (``a/``, ``b/``).
    """
    import difflib  # noqa: PLC0415 - only for --diff (start-up)

    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        f"a/{path}",
        f"b/{path}",
    )
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


#: Lints a file's text; `fix_source` calls it once per pass.
LintFile = Callable[[str], SourceResult]


def fix_source(
    lint: LintFile, text: str, *, unsafe: bool = False, max_passes: int = MAX_PASSES
) -> FixOutcome:
    """
    Fix a file's *text* until it stops changing (at most *max_passes*).

    *lint* lints a text of the file's kind (`lint_source` with the file's
    settings); only reported findings are fixed, never suppressed ones.
    """
    original = text
    result = lint(text)
    fixed = 0
    passes = 0
    notes: list[str] = []
    seen = {text}
    while passes < max_passes:
        new, count, pass_notes = _one_pass(result, lint, unsafe=unsafe)
        notes.extend(pass_notes)
        if count == 0 or new == text:
            break
        passes += 1
        fixed += count
        text = new
        result = lint(text)
        if text in seen:
            notes.append(f"{result.path}: fixes undo each other; stopped")
            break
        seen.add(text)
    else:
        if pick(_reported(result), unsafe=unsafe):
            notes.append(
                f"{result.path}: still changing after {max_passes} passes of fixes; "
                "run --fix again"
            )
    return FixOutcome(
        original, text, fixed, passes, result, tuple(dict.fromkeys(notes))
    )


def _reported(result: SourceResult) -> list[Finding]:
    return [p.finding for p in result.reported]


def _one_pass(
    result: SourceResult, lint: LintFile, *, unsafe: bool
) -> tuple[str, int, list[str]]:
    """
    Apply one pass of fixes to a file; return the new text, the number of
    findings fixed, and notes on fixes left out.
    """
    by_unit: dict[int, list[Placed]] = {}
    for p in result.reported:
        by_unit.setdefault(p.unit, []).append(p)
    if result.kind not in LIBRARY_KINDS:
        if result.kind not in (TEXT, MARKDOWN) or not by_unit:
            return result.text, 0, []
        new, chosen = fix_text_once(
            result.text, [p.finding for p in by_unit.get(0, [])], unsafe=unsafe
        )
        return new, len(chosen), []
    notes: list[str] = []
    changes: dict[int, list[Edit]] = {}
    counts: dict[int, int] = {}
    for n, placed in by_unit.items():
        unit = result.units[n]
        if unit.text is None or unit.map is None:
            continue
        chosen = pick([p.finding for p in placed], unsafe=unsafe)
        if not chosen:
            continue
        if not unit.map.exact:
            notes.append(
                f"{result.path}: {unit.record}: not fixed (positions inside this "
                "macro are approximate)"
            )
            continue
        changes[n] = [e for _, s in chosen for e in s.edits]
        counts[n] = len(chosen)
    new, written, more = rewrite_library(result, changes)
    notes.extend(more)
    return new, sum(counts[n] for n in written), notes


def rewrite_library(
    result: SourceResult, changes: dict[int, list[Edit]]
) -> tuple[str, list[int], list[str]]:
    """
    Write edits to macros' texts (``changes[unit] = edits``, offsets into
    that macro's text) into the library file *result* was read from.

    Each edit is written inside its value in the value's style; the file
    is read back, and a macro that does not read as its edited text is
    written whole (quoted afresh) or, failing that, left as it was (with
    a note). Return the new text, the macros written and the notes.
    """
    notes: list[str] = []
    plans: dict[int, _Plan] = {}
    for n, edits in changes.items():
        plan = _plan_edits(result, n, edits)
        if plan is not None:
            plans[n] = plan
        else:
            notes.append(
                f"{result.path}: {result.units[n].record}: not fixed (its text "
                "cannot be placed in the file character by character)"
            )
    if not plans:
        return result.text, [], notes
    new = _apply(result.text, plans.values())
    bad = _verify(new, result, plans)
    if bad:
        for n in bad:
            plan = plans.pop(n)
            whole = _whole(result, n, plan)
            if whole is not None:
                plans[n] = whole
        new = _apply(result.text, plans.values()) if plans else result.text
        still = _verify(new, result, plans) if plans else []
        for n in still:
            plans.pop(n)
        if still:
            new = _apply(result.text, plans.values()) if plans else result.text
            if plans and _verify(new, result, plans):
                plans.clear()
                new = result.text
        for n in bad:
            if n not in plans:
                notes.append(
                    f"{result.path}: {result.units[n].record}: a fix could not be "
                    "written inside this macro without changing how the file reads; "
                    "fix it by hand"
                )
    return new, sorted(plans), notes


@attrs.frozen
class _Plan:
    """
    The file edits that fix one macro, and the macro's text once fixed.
    """

    edits: tuple[Edit, ...]
    expected: str


def _plan_edits(result: SourceResult, n: int, edits: list[Edit]) -> _Plan | None:
    unit = result.units[n]
    if unit.text is None or unit.map is None or not unit.map.exact:
        return None
    expected = apply_edits(unit.text, edits)
    try:
        written = tuple(file_edit(e, unit.map, unit.text) for e in edits)
    except CannotEncode:
        return _whole(result, n, _Plan((), expected))
    return _Plan(written, expected)


def _whole(result: SourceResult, n: int, plan: _Plan) -> _Plan | None:
    vmap = result.units[n].map
    if vmap is None or vmap.outer is None:
        return None
    written = whole_value(vmap.style, plan.expected)
    if written is None:
        return None
    return _Plan((Edit(vmap.outer[0], vmap.outer[1], written),), plan.expected)


def _apply(text: str, plans: Iterable[_Plan]) -> str:
    return apply_edits(text, [e for p in plans for e in p.edits])


def _verify(new: str, before: SourceResult, plans: dict[int, _Plan]) -> list[int]:
    """
    Read the fixed file back; return the macros (unit indexes) whose text
    is not what their fix should give, or all of them when the file no
    longer reads as the same library.
    """
    try:
        library = read_library(new, before.path, "." + before.kind, before.columns)
    except InputError:
        return list(plans)
    records = library.records
    if len(records) != len(before.units):
        return list(plans)
    bad = []
    for n, unit in enumerate(before.units):
        record = records[n].item.record
        text = record.text if isinstance(record, Record) else None
        expected = plans[n].expected if n in plans else unit.text
        if text != expected or (
            isinstance(record, Record) and str(record.id) != unit.record
        ):
            if n in plans:
                bad.append(n)
            else:
                return list(plans)
    return bad
