"""
Small text helpers shared by the document, the engine and the rules.

Everything here is linear in the input: patterns are literal alternations
or single-character classes, never nested quantifiers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Any, cast

import regex


#: One word: letters/digits joined by inner apostrophes or hyphens
#: ("can't", "follow-up", "3.5" is two words here; that is fine for rules).
WORD = regex.compile(r"[\p{L}\p{M}\p{N}_]+(?:['\u2019\-][\p{L}\p{M}\p{N}_]+)*")

_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")
_WORDS = re.compile(r"\w+(?:['\u2019]\w+)*")
#: The word tokens `words_of` collects, for callers that scan part of a
#: lowercased text.
WORD_TOKENS = _WORDS


def words_of(text: str) -> frozenset[str]:
    """
    Return the set of lowercase words in *text* (curly apostrophes made
    straight), as used to match rule triggers.
    """
    lowered = text.lower()
    if "\u2019" in lowered:
        lowered = lowered.replace("\u2019", "'")
    return frozenset(_WORDS.findall(lowered))


def _phrase_source(phrase: str) -> str:
    """
    Turn a literal phrase into a pattern with flexible space and apostrophes.
    """
    words = phrase.split()
    parts = []
    for word in words:
        escaped = regex.escape(word, special_only=True, literal_spaces=True)
        escaped = escaped.replace("'", "['\u2019]").replace("\u2019", "['\u2019]")
        parts.append(escaped)
    return r"\s+".join(parts)


def phrase_pattern(
    phrases: Iterable[str], *, ignorecase: bool = True
) -> regex.Pattern[str]:
    """
    Compile literal *phrases* into one word-bounded pattern.

    Longer phrases win where two start at the same place. Whitespace inside
    a phrase matches any run of whitespace; a straight apostrophe matches a
    curly one too. A phrase may not be empty.

        >>> phrase_pattern(["per my last email"]).search("Per my  last email, no").group()
        'Per my  last email'
    """
    items = sorted({p.strip() for p in phrases}, key=len, reverse=True)
    if not items or not all(items):
        msg = "a phrase list needs at least one non-empty phrase"
        raise ValueError(msg)
    body = "|".join(_phrase_source(p) for p in items)
    flags = regex.IGNORECASE if ignorecase else 0
    return regex.compile(rf"(?<![\w'\u2019])(?:{body})(?![\w])", flags)


class LineIndex:
    """
    Convert code-point offsets to 1-based (line, column) pairs.

    Lines end at ``\\n``; a ``\\r\\n`` pair counts as one break and the
    ``\\r`` belongs to the line it ends.
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """
        Return the 1-based line and column of *offset*.
        """
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """
        Return the start offset of 1-based *line* and of the next line.
        """
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else -1
        return start, end

    @property
    def starts(self) -> list[int]:
        """
        The offset at which each line starts.
        """
        return self._starts


class Utf16Index:
    """
    Convert code-point offsets to UTF-16 code-unit offsets.
    """

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def offset(self, offset: int) -> int:
        """
        Return the UTF-16 offset of code-point *offset*.
        """
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)


class SpanSet:
    """
    A growing union of half-open spans with logarithmic lookups, so a rule
    that skips matches inside earlier ones stays linear on long texts.

        >>> spans = SpanSet([(0, 5), (10, 20)])
        >>> spans.covers(3), spans.covers(5), spans.covers(12, 20)
        (True, False, True)
        >>> spans.add(4, 11)
        >>> spans.covers(7)
        True
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """
        Add the span *start*..*end*, merging it with any it overlaps.
        """
        if end <= start:
            return
        lo = bisect.bisect_left(self._starts, start)
        if lo > 0 and self._ends[lo - 1] >= start:
            lo -= 1
            start = self._starts[lo]
        hi = lo
        while hi < len(self._starts) and self._starts[hi] <= end:
            end = max(end, self._ends[hi])
            hi += 1
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]

    def covers(self, start: int, end: int | None = None) -> bool:
        """
        Return whether the offset *start* (or the whole span *start*..*end*)
        lies inside the union.
        """
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return False
        if end is None:
            return start < self._ends[i]
        return end <= self._ends[i]


class _LazyPattern:
    """
    A pattern compiled on first use: compiling the regex module's larger
    patterns costs milliseconds, which `import cs_lint` should not pay. Each
    attribute looked up is kept on the instance, so later calls cost what
    calls on the compiled pattern cost.
    """

    def __init__(self, source: str, flags: int) -> None:
        self._args = (source, flags)
        self._compiled: regex.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(*self._args)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value


def lazy_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """
    Return a pattern that compiles *source* with *flags* on first use and
    then behaves as the compiled `regex.Pattern`.
    """
    return cast("regex.Pattern[str]", _LazyPattern(source, flags))
