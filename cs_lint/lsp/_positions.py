"""
LSP positions: (line, character) pairs whose characters count in the
encoding the client and server agreed on at ``initialize``: UTF-16 code
units unless the client offered UTF-8 or UTF-32 (``positionEncoding``).

cs_lint works in code points; `Positions` converts a document's
code-point offsets to and from LSP positions. Lines end at ``\\n``,
``\\r\\n`` or ``\\r``, as the protocol says.
"""

from __future__ import annotations

import bisect

import regex
from lsprotocol import types


_BREAK = regex.compile(r"\r\n|\r|\n")

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"


def _units(text: str, encoding: str) -> int:
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


class Positions:
    """
    Offsets into *text* to LSP positions in *encoding* and back.
    """

    __slots__ = ("_starts", "encoding", "text")

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding if encoding in (UTF8, UTF16, UTF32) else UTF16
        self._starts = [0] + [m.end() for m in _BREAK.finditer(text)]

    def position(self, offset: int) -> types.Position:
        """
        The position of code-point *offset*.
        """
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._starts, offset) - 1
        start = self._starts[line]
        return types.Position(line, _units(self.text[start:offset], self.encoding))

    def range(self, start: int, end: int) -> types.Range:
        """
        The range of code points *start*..*end*.
        """
        return types.Range(self.position(start), self.position(end))

    def offset(self, position: types.Position) -> int:
        """
        The code-point offset of *position* (clamped to its line).
        """
        if position.line >= len(self._starts):
            return len(self.text)
        start: int = self._starts[position.line]
        character = int(position.character)
        end = (
            self._starts[position.line + 1]
            if position.line + 1 < len(self._starts)
            else len(self.text)
        )
        line = self.text[start:end].rstrip("\r\n")
        if self.encoding == UTF32 or line.isascii():
            return start + min(character, len(line))
        units = 0
        for i, ch in enumerate(line):
            if units >= character:
                return start + i
            units += _units(ch, self.encoding)
        return start + len(line)
