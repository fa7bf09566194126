"""
Assertions for tests of code that writes replies; their failure messages
show every finding with its position and the line it is on.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from cs_lint._base.finding import Finding
from cs_lint._base.selector import Specificity, Target, best
from cs_lint._engine.config import Config
from cs_lint._engine.linter import Linter


__tracebackhide__ = True


@functools.lru_cache(maxsize=32)
def _linter_for(select: tuple[str, ...] | None) -> Linter:
    # Built on first use; the pytest plugin builds the default one before
    # the first test that uses these assertions (outside any Hypothesis
    # deadline), see `warm_up`.
    return Linter(Config() if select is None else Config(select=select))


def _resolve(linter: Linter | None, select: Iterable[str] | str | None) -> Linter:
    if linter is not None and select is not None:
        return Linter(linter.config.evolve(select=select))
    if linter is not None:
        return linter
    if select is not None:
        return _linter_for((select,) if isinstance(select, str) else tuple(select))
    return _linter_for(None)


def describe(text: str, findings: Sequence[Finding], *, limit: int = 20) -> str:
    """
    Render *findings* of *text* as indented lines: position, code, name
    and message, then the line of text with the span underlined.
    """
    lines = text.split("\n")
    out = []
    for f in findings[:limit]:
        out.append(
            f"  {f.line}:{f.column} {f.code} {f.name} [{f.severity.value}]: {f.message}"
        )
        source = lines[f.line - 1] if f.line - 1 < len(lines) else ""
        begin = max(0, f.column - 1 - 30)
        shown = source[begin : f.column - 1 + max(len(f.excerpt), 1) + 30]
        width = (
            len(f.excerpt.split("\n")[0])
            if f.end_line == f.line
            else len(source) - f.column + 1
        )
        lead = "…" if begin else ""
        out.append(f"      {lead}{shown!s}")
        out.append(
            "      " + " " * (len(lead) + f.column - 1 - begin) + "^" * max(width, 1)
        )
    if len(findings) > limit:
        out.append(f"  ... and {len(findings) - limit} more")
    return "\n".join(out)


def assert_clean(
    text: str,
    *,
    select: Iterable[str] | str | None = None,
    customer: str | None = None,
    linter: Linter | None = None,
) -> None:
    """
    Assert that no rule flags *text*.

    Args:
        select: Only these rules (codes, prefixes, families, names), as
            in `cs_lint.Config`.
        customer: The customer message *text* answers.
        linter: Lint with this linter (for example the pytest plugin's
            ``cs_lint_linter``, configured from the project); every stable
            rule when omitted.

    Raises:
        AssertionError: listing each finding and where it is.
    """
    findings = _resolve(linter, select).lint(text, customer=customer)
    if findings:
        noun = "finding" if len(findings) == 1 else "findings"
        msg = f"expected a clean reply, got {len(findings)} {noun}:\n{describe(text, findings)}"
        raise AssertionError(msg)


def assert_flags(
    text: str,
    code: str,
    *,
    customer: str | None = None,
    at: tuple[int, int] | None = None,
    linter: Linter | None = None,
) -> list[Finding]:
    """
    Assert that rule *code* flags *text*, at ``text[at[0]:at[1]]`` when
    *at* is given; return its findings. *code* takes the forms of
    ``select``: a code (``CS103``), a code prefix (``CS1``), a family
    (``accusatory``) or a rule name; any rule it names may be the one.

    Raises:
        AssertionError: the rule did not fire (there), with every finding
            of the text listed; or *code* names no selected rule.
    """
    active = _resolve(linter, None)
    wanted = {
        r.code
        for r in active.rules
        if best((code,), Target(r.code, r.name, r.family.value)) > Specificity.NONE
    }
    if not wanted:
        known = ", ".join(r.code for r in active.rules)
        msg = f"no rule {code!r} is selected in this linter; selected: {known}"
        raise AssertionError(msg)
    findings = active.lint(text, customer=customer)
    mine = [f for f in findings if f.code in wanted]
    if at is not None:
        mine = [f for f in mine if (f.start, f.end) == tuple(at)]
    if not mine:
        where = "" if at is None else f" at {at[0]}..{at[1]} ({text[at[0] : at[1]]!r})"
        listed = describe(text, findings) if findings else "  (no findings at all)"
        msg = f"expected {code} to flag the reply{where}; its findings:\n{listed}"
        raise AssertionError(msg)
    return mine


def assert_well_formed(text: str, findings: Sequence[Finding]) -> None:
    """
    Assert what every lint of *text* must return, whatever the rules:
    spans inside the text with ``text[start:end] == excerpt``; line and
    column, and UTF-16 offsets, that agree with the code-point offsets;
    suggestion edits inside the text; confidence in 0..1; findings in
    (start, end, code) order with no duplicates. For authors of rules and
    plugins.

    Raises:
        AssertionError: naming the first finding that breaks one.
    """
    line_starts = [0]
    line_starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")

    def fail(f: Finding, what: str) -> AssertionError:
        return AssertionError(f"{f.code} at {f.start}..{f.end} ({f.excerpt!r}): {what}")

    def utf16(offset: int) -> int:
        return len(text[:offset].encode("utf-16-le", "surrogatepass")) // 2

    for f in findings:
        if not 0 <= f.start <= f.end <= len(text):
            raise fail(f, f"span outside the text of length {len(text)}")
        if text[f.start : f.end] != f.excerpt:
            raise fail(f, f"text[start:end] is {text[f.start : f.end]!r}")
        for offset, line, column, what in (
            (f.start, f.line, f.column, "start"),
            (f.end, f.end_line, f.end_column, "end"),
        ):
            if (
                not 1 <= line <= len(line_starts)
                or line_starts[line - 1] + column - 1 != offset
            ):
                raise fail(
                    f, f"{what} line:column {line}:{column} is not offset {offset}"
                )
        if (f.utf16_start, f.utf16_end) != (utf16(f.start), utf16(f.end)):
            raise fail(f, f"UTF-16 span {f.utf16_start}..{f.utf16_end} is wrong")
        if not 0 <= f.confidence <= 1:
            raise fail(f, f"confidence {f.confidence} outside 0..1")
        for s in f.suggestions:
            for e in s.edits:
                if not 0 <= e.start <= e.end <= len(text):
                    raise fail(f, f"edit {e.start}..{e.end} outside the text")
    keys = [(f.start, f.end, f.code) for f in findings]
    if keys != sorted(keys):
        msg = f"findings are not in (start, end, code) order: {keys}"
        raise AssertionError(msg)
    if len(set(keys)) != len(keys):
        msg = f"duplicate findings: {keys}"
        raise AssertionError(msg)


def warm_up() -> None:
    """
    Build the linter `assert_clean` and `assert_flags` use when no
    ``linter=`` is given. Building one compiles every rule (a second or
    so): done inside the first example of a Hypothesis test it would trip
    the test's deadline. The pytest plugin calls this before the first
    test of a module that imports these assertions; call it yourself
    (for example in a session fixture) outside pytest.
    """
    _linter_for(None)
