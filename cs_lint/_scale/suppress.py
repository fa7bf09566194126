"""
Inline suppression: comments in a macro file or a Markdown page that say
"do not report these rules here".

- YAML: ``# cs-lint: ignore[CS501, CS103]`` on a macro's key line, or on
  comment lines just above it; it covers that one macro.
- Markdown: ``<!-- cs-lint: ignore CS501 CS103 -->`` covers the paragraph
  that follows it (up to the next blank line).
- JSON, JSON Lines and CSV have no comments: a record's
  ``_cs_lint_ignore`` field (a list, or codes separated by commas or
  spaces) covers that record.

Plain reply text has no suppression form: the text is what the customer
reads, so a marker in it would be sent. Codes are rule codes or rule
names; an unknown one is reported, with the closest known code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from cs_lint._base.errors import did_you_mean
from cs_lint._text.compiled import compile_cached
from cs_lint._text.spans import LineIndex, SpanSet


_YAML = compile_cached(r"#[ \t]*cs-lint:[ \t]*ignore\[([^\]\n]*)\]")
_MARKDOWN = compile_cached(r"<!--[ \t]*cs-lint:[ \t]*ignore\b([^\n]*?)-->")
_CODE = compile_cached(r"[^\s,]+")
_BLANK_LINE = compile_cached(r"\n[ \t]*(?:\r?\n|$)")


@attrs.frozen
class Directive:
    """
    One suppression comment: the codes it names (as written, each with
    its span) and the span of the comment.
    """

    codes: tuple[tuple[str, int, int], ...]
    start: int
    end: int
    #: For Markdown: the span of text it covers.
    scope: tuple[int, int] | None = None


@attrs.frozen
class Problem:
    """
    Something wrong with the file that is not a finding: an unknown code
    in a suppression comment, or a record that could not be read.
    """

    start: int
    end: int
    message: str
    severity: str = "warning"


def _codes(text: str, base: int) -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (m.group(), base + m.start(), base + m.end()) for m in _CODE.finditer(text)
    )


def yaml_directives(text: str, scalars: Iterable[tuple[int, int]]) -> list[Directive]:
    """
    The ``# cs-lint: ignore[...]`` comments of a YAML file (a ``#`` inside
    one of the *scalars* spans is text, not a comment).
    """
    inside = SpanSet(scalars)
    out = []
    for m in _YAML.finditer(text):
        at = m.start()
        if inside.covers(at):
            continue
        if at > 0 and text[at - 1] not in " \t\n":
            continue
        out.append(Directive(_codes(m.group(1), m.start(1)), at, m.end()))
    return out


def markdown_directives(text: str) -> list[Directive]:
    """
    The ``<!-- cs-lint: ignore ... -->`` comments of a Markdown page, each
    covering the paragraph after it.
    """
    out = []
    for m in _MARKDOWN.finditer(text):
        para = m.end()
        while para < len(text) and text[para] in " \t\r\n":
            para += 1
        blank = _BLANK_LINE.search(text, para)
        end = blank.start() if blank else len(text)
        out.append(
            Directive(
                _codes(m.group(1), m.start(1)), m.start(), m.end(), (m.start(), end)
            )
        )
    return out


def yaml_lines(
    text: str, lines: LineIndex, directives: Sequence[Directive], anchors: Sequence[int]
) -> list[Directive]:
    """
    The directives that apply at *anchors*: on an anchor's line, or on the
    comment-only lines just above it.
    """
    by_line: dict[int, list[Directive]] = {}
    for d in directives:
        by_line.setdefault(lines.position(d.start)[0], []).append(d)
    if not by_line:
        return []
    found: list[Directive] = []
    for anchor in anchors:
        line = lines.position(anchor)[0]
        found.extend(by_line.get(line, ()))
        above = line - 1
        while above >= 1:
            start, end = lines.line_span(above)
            if (
                not text[start : end if end >= 0 else len(text)]
                .lstrip()
                .startswith("#")
            ):
                break
            found.extend(by_line.get(above, ()))
            above -= 1
    return list(dict.fromkeys(found))


class Resolver:
    """
    Resolves the codes of suppression comments to rule codes.

    *rules* maps each rule code and name to its code.
    """

    def __init__(self, rules: Mapping[str, str]) -> None:
        self._rules = dict(rules)
        self._upper = {k.upper(): v for k, v in rules.items()}

    def resolve(
        self, codes: Iterable[tuple[str, int, int]], problems: list[Problem]
    ) -> frozenset[str]:
        """
        Return the rule codes *codes* name; add a `Problem` for each that
        names no rule.
        """
        out = set()
        for code, start, end in codes:
            found = self._rules.get(code) or self._upper.get(code.upper())
            if found is None:
                hint = did_you_mean(code, self._rules)
                problems.append(
                    Problem(start, end, f"unknown rule {code!r} in a suppression{hint}")
                )
            else:
                out.add(found)
        return frozenset(out)
