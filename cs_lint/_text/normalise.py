"""
The text the rules match against, when it differs from the text linted.

Invisible format characters (zero-width space, zero-width joiner outside an
emoji, word joiner, byte-order mark, soft hyphen, bidirectional controls)
hide the words around them from every pattern: ``"\\u200bNo."`` does not
start with "No", so a sentence-initial finding is lost, and a reply can be
made to pass the linter by sprinkling them in. Line and record separators
other than ``\\n`` (``\\r`` alone, ``\\v``, ``\\f``, ``\\x1c``-``\\x1f``,
NEL, U+2028, U+2029) end a line for a reader but not for a pattern that
looks for ``\\n``.

`matching_text` returns the text the rules should see (separators turned
into ``\\n``, format characters taken out) and an `OffsetMap` back to the
text as given, so every finding keeps exact offsets into the caller's text.
When the text holds none of these characters nothing is copied.

What ``line`` counts is unchanged: ``Finding.line`` counts ``\\n`` only
(see `cs_lint._text.spans.LineIndex`); the other separators are line ends
for matching, not for reporting positions.
"""

from __future__ import annotations

import bisect
import re

from cs_lint._text.compiled import compile_cached


#: Line ends that are not ``\n``: one code point each, so turning them into
#: ``\n`` moves no offset. A ``\r`` before ``\n`` is left alone.
_SEPARATOR = compile_cached(r"\r(?!\n)|[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
#: Invisible format characters; a zero-width joiner inside an emoji sequence
#: (after a pictograph, a variation selector or a skin tone) is part of the
#: emoji and stays.
_INVISIBLE = compile_cached(
    r"[\u00ad\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
    r"|(?<![\p{Extended_Pictographic}\ufe0f\U0001F3FB-\U0001F3FF])\u200d"
)
_EITHER = compile_cached(_SEPARATOR.pattern + "|" + _INVISIBLE.pattern)
#: Every character a match of `_EITHER` starts with, as one character class
#: of the standard library's engine: almost no reply holds one, and this
#: scan costs a tenth of `_EITHER`'s (which tests each character against
#: every alternative and the joiner's lookbehind).
_MAY_NEED = re.compile(
    "[\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029"
    "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


class OffsetMap:
    """
    Offsets in the matching text back to the text as given (and forward).

    *removed* are the offsets, in the given text, of the characters taken
    out; look-ups cost a bisection.
    """

    __slots__ = ("_clean", "_removed")

    def __init__(self, removed: list[int]) -> None:
        self._removed = removed
        # Where each removed character sat in the matching text: just
        # before the character now at that offset.
        self._clean = [r - k for k, r in enumerate(removed)]

    def start(self, offset: int) -> int:
        """
        The given-text offset of the matching-text character at *offset*
        (an insertion point goes after any removed characters there).
        """
        return offset + bisect.bisect_right(self._clean, offset)

    def end(self, offset: int) -> int:
        """
        The given-text offset just after the matching-text character
        before *offset* (a span's end; removed characters after it stay out).
        """
        return offset + bisect.bisect_left(self._clean, offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """
        The given-text span of the matching-text span *start*..*end*.
        """
        if start == end:
            at = self.start(start)
            return at, at
        return self.start(start), self.end(end)

    def to_matching(self, offset: int) -> int:
        """
        The matching-text offset of given-text *offset*.
        """
        return offset - bisect.bisect_left(self._removed, offset)


def needs_matching_text(text: str) -> bool:
    """
    Return whether *text* holds a separator or an invisible character.
    """
    return _MAY_NEED.search(text) is not None and _EITHER.search(text) is not None


def matching_text(text: str) -> tuple[str, OffsetMap | None]:
    r"""
    Return the text rules match against and the map back to *text* (None
    when no character was taken out, so offsets are the same).

        >>> clean, back = matching_text("Thanks.\u200b No.\x1cBye")
        >>> clean
        'Thanks. No.\nBye'
        >>> back.span(clean.index("No"), clean.index("No") + 2)
        (9, 11)
        >>> matching_text("plain") == ("plain", None)
        True
    """
    if _MAY_NEED.search(text) is None or _EITHER.search(text) is None:
        return text, None
    if _SEPARATOR.search(text) is not None:
        text_nl = _SEPARATOR.sub("\n", text)
    else:
        text_nl = text
    removed = [m.start() for m in _INVISIBLE.finditer(text_nl)]
    if not removed:
        return text_nl, None
    parts = []
    pos = 0
    for r in removed:
        parts.append(text_nl[pos:r])
        pos = r + 1
    parts.append(text_nl[pos:])
    return "".join(parts), OffsetMap(removed)
