"""
Offset indexes and span sets: code points to (line, column), code points
to UTF-16 code units, and a growing union of spans with logarithmic
look-ups. Each is built once per text and answers in logarithmic time, so
many findings in a long text stay linear to report.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from cs_lint._text.compiled import compile_cached


_ASTRAL = compile_cached(r"[\U00010000-\U0010FFFF]")


class LineIndex:
    """
    Convert code-point offsets to 1-based (line, column) pairs.

    Lines end at ``\\n``; a ``\\r\\n`` pair counts as one break and the
    ``\\r`` belongs to the line it ends. Other separators (``\\r`` alone,
    ``\\x1c``-``\\x1f``, U+2028) are line ends for the rules (see
    `cs_lint._text.normalise`) but not here: ``line`` counts ``\\n`` only.
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
