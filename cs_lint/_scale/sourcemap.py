"""
Where a macro's text lies in its library file, character by character.

A macro library stores each reply as a value: a JSON string with escapes,
a YAML scalar (plain, quoted, literal ``|`` or folded ``>`` block) or a CSV
cell (maybe quoted). Findings index the *value* (the text after escapes,
line folding and quoting are undone); an editor and ``--fix`` need the
same places in the *file*. A `ValueMap` says, for every offset into the
value, the offset in the file, and `encode` writes replacement text in the
value's own style, so a fix edits the bytes of that value and nothing else.

Maps are built by re-reading each value's raw text with the rules of its
format (for YAML, the rules PyYAML's scanner applies) and are trusted only
when that re-reading gives back exactly the value the parser returned.
When it does not (an exotic construct), the map is *inexact*: every offset
maps to the value's start, and no fix is applied inside it.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import regex

from cs_lint._text.compiled import compile_cached


#: The JSON string scanner ``json.loads`` uses (not in the type stubs).
_scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.__dict__["scanstring"]


#: Line breaks YAML recognises (PyYAML's scanner).
_YAML_BREAKS = "\r\n\x85\u2028\u2029"

_BREAK_RE = compile_cached(r"[\r\n\x85\u2028\u2029]")

_YAML_ESCAPES = {
    "0": "\0",
    "a": "\x07",
    "b": "\x08",
    "t": "\x09",
    "\t": "\x09",
    "n": "\x0a",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\x0d",
    "e": "\x1b",
    " ": "\x20",
    '"': '"',
    "\\": "\\",
    "/": "/",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_YAML_HEX = {"x": 2, "u": 4, "U": 8}

_JSON_ESCAPES = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}

#: Value styles: how a value is written in its file.
JSON = "json"
PLAIN = "plain"
SINGLE = "single"
DOUBLE = "double"
LITERAL = "literal"
FOLDED = "folded"
CSV_BARE = "csv"
CSV_QUOTED = "csv-quoted"
WHOLE = "text"

_YAML_STYLES = {None: PLAIN, "": PLAIN, "'": SINGLE, '"': DOUBLE}
_YAML_STYLES["|"] = LITERAL
_YAML_STYLES[">"] = FOLDED


class ValueMap:
    """
    Offsets into a value mapped to offsets into its file.

    The value is cut into segments: *literal* ones, whose characters are
    copied from the file one for one, and the others (an escape, a folded
    line break, a doubled quote), whose characters all map to where the
    segment starts in the file. *start* is where the value's first
    character is written; *end* where its last one ends (inside any
    closing quote). *exact* is false when the value could not be re-read:
    every offset then maps to *start*.
    """

    __slots__ = (
        "_lit",
        "_rs",
        "_vs",
        "end",
        "exact",
        "indent",
        "length",
        "outer",
        "start",
        "style",
    )

    def __init__(
        self,
        *,
        start: int,
        end: int,
        length: int,
        style: str,
        exact: bool,
        indent: int = 0,
        segments: tuple[list[int], list[int], list[bool]] = ([], [], []),
        outer: tuple[int, int] | None = None,
    ) -> None:
        #: The whole value as written, quotes included (None for a block
        #: scalar, which cannot be re-written on its own).
        self.outer = outer
        self.start = start
        self.end = end
        self.length = length
        self.style = style
        self.exact = exact
        self.indent = indent
        self._vs, self._rs, self._lit = segments

    def __repr__(self) -> str:
        kind = "exact" if self.exact else "inexact"
        return f"<ValueMap {self.style} {self.start}..{self.end} {kind}>"

    @classmethod
    def identity(cls, start: int, text: str, style: str = WHOLE) -> ValueMap:
        """
        The map of a value written as it is, from *start* on.
        """
        segments: tuple[list[int], list[int], list[bool]] = (
            ([0], [start], [True]) if text else ([], [], [])
        )
        return cls(
            start=start,
            end=start + len(text),
            length=len(text),
            style=style,
            exact=True,
            segments=segments,
        )

    @classmethod
    def inexact(cls, start: int, end: int, style: str, length: int) -> ValueMap:
        """
        A map that places every offset at *start*.
        """
        return cls(
            start=start, end=end, length=length, style=style, exact=False, outer=None
        )

    def offset(self, value_offset: int) -> int:
        """
        Return the file offset of *value_offset*.
        """
        if not self.exact:
            return self.start
        if value_offset >= self.length:
            return self.end
        i = bisect.bisect_right(self._vs, value_offset) - 1
        if i < 0:
            return self.start
        if self._lit[i]:
            return self._rs[i] + value_offset - self._vs[i]
        return self._rs[i]

    def aligned(self, value_offset: int) -> bool:
        """
        Whether *value_offset* has a place of its own in the file: at the
        value's ends, inside a literal segment, or where a segment starts
        (not inside the characters one escape or fold stands for).
        """
        if not self.exact:
            return False
        if value_offset >= self.length or value_offset <= 0:
            return True
        i = bisect.bisect_right(self._vs, value_offset) - 1
        return self._lit[i] or self._vs[i] == value_offset

    def literal_at(self, value_offset: int) -> bool:
        """
        Whether the value's character at *value_offset* is written as
        itself in the file (not an escape, a fold or a quote).
        """
        if not self.exact or not 0 <= value_offset < self.length:
            return False
        i = bisect.bisect_right(self._vs, value_offset) - 1
        return self._lit[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """
        Return the file span of the value's ``[start, end)``.
        """
        return self.offset(start), max(self.offset(start), self.offset(end))


class _Builder:
    """
    Builds a value and its segments while its raw text is re-read.
    """

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.vs: list[int] = []
        self.rs: list[int] = []
        self.lit: list[bool] = []
        self.length = 0
        self.tail = -1

    def literal(self, a: int, b: int) -> None:
        if a >= b:
            return
        if self.lit and self.lit[-1] and self.tail == a:
            pass  # continues the literal segment before it
        else:
            self.vs.append(self.length)
            self.rs.append(a)
            self.lit.append(True)
        self.parts.append(self.raw[a:b])
        self.length += b - a
        self.tail = b

    def sub(self, a: int, b: int, value: str) -> None:
        if not value:
            return
        self.vs.append(self.length)
        self.rs.append(a)
        self.lit.append(False)
        self.parts.append(value)
        self.length += len(value)
        self.tail = b

    def value(self) -> str:
        return "".join(self.parts)

    def build(
        self, expected: str, *, start: int, style: str, indent: int = 0
    ) -> ValueMap:
        end = self.tail if self.tail >= 0 else start
        if self.value() != expected:
            return ValueMap.inexact(start, max(start, end), style, len(expected))
        return ValueMap(
            start=self.rs[0] if self.rs else start,
            end=end,
            length=self.length,
            style=style,
            exact=True,
            indent=indent,
            segments=(self.vs, self.rs, self.lit),
        )


# --- JSON ----------------------------------------------------------------------------


def json_string_map(raw: str, quote: int, expected: str) -> tuple[ValueMap, int]:
    """
    Map the JSON string whose opening quote is at *quote*; return the map
    and the offset after the closing quote.
    """
    b = _Builder(raw)
    i = quote + 1
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch == '"':
            vmap = b.build(expected, start=quote + 1, style=JSON)
            if vmap.exact and not b.parts:
                vmap.start = vmap.end = quote + 1
            vmap.outer = (quote, i + 1)
            return vmap, i + 1
        if ch == "\\":
            nxt = raw[i + 1 : i + 2]
            if nxt == "u":
                code = int(raw[i + 2 : i + 6], 16)
                size = 6
                if 0xD800 <= code < 0xDC00 and raw[i + 6 : i + 8] == "\\u":
                    low = int(raw[i + 8 : i + 12], 16)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        size = 12
                b.sub(i, i + size, chr(code))
                i += size
            else:
                b.sub(i, i + 2, _JSON_ESCAPES.get(nxt, nxt))
                i += 2
            continue
        j = i
        while j < n and raw[j] not in '"\\':
            j += 1
        b.literal(i, j)
        i = j
    msg = "unterminated string"
    raise ValueError(msg)


@attrs.define
class JNode:
    """
    A JSON value with where it is: *start*..*end* in the text; *items* for
    an object (key, node, key offset) or an array (None, node, offset);
    *map* for a string.
    """

    start: int
    end: int
    items: list[tuple[str | None, JNode, int]] | None = None
    map: ValueMap | None = None
    is_object: bool = False
    keys: dict[str | None, int] | None = None


_JSON_WS = compile_cached(r"[ \t\n\r]*")
_JSON_SCALAR = compile_cached(
    r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity"
)


def json_tree(text: str, start: int = 0) -> JNode:
    """
    Parse JSON *text* (from *start*) into positioned nodes.

    Raises:
        ValueError: the text is not JSON (``json.loads`` gives the message).
    """
    node, _end = _json_value(text, _ws(text, start))
    return node


def _ws(text: str, i: int) -> int:
    m = _JSON_WS.match(text, i)
    return m.end() if m else i


def _json_value(text: str, i: int) -> tuple[JNode, int]:
    ch = text[i : i + 1]
    if ch == '"':
        value, end = _scanstring(text, i + 1)
        vmap, after = json_string_map(text, i, value)
        return JNode(i, after, map=vmap), end
    if ch in "{[":
        is_object = ch == "{"
        close = "}" if is_object else "]"
        items: list[tuple[str | None, JNode, int]] = []
        j = _ws(text, i + 1)
        if text[j : j + 1] == close:
            return JNode(i, j + 1, items=items, is_object=is_object), j + 1
        while True:
            key: str | None = None
            at = j
            if is_object:
                key, j = _scanstring(text, j + 1)
                j = _ws(text, j)
                if text[j : j + 1] != ":":
                    msg = f"expected ':' at {j}"
                    raise ValueError(msg)
                j = _ws(text, j + 1)
            node, j = _json_value(text, j)
            items.append((key, node, at))
            j = _ws(text, j)
            if text[j : j + 1] == ",":
                j = _ws(text, j + 1)
                continue
            if text[j : j + 1] == close:
                return JNode(i, j + 1, items=items, is_object=is_object), j + 1
            msg = f"expected ',' or {close!r} at {j}"
            raise ValueError(msg)
    m = _JSON_SCALAR.match(text, i)
    if not m:
        msg = f"unexpected {ch!r} at {i}"
        raise ValueError(msg)
    return JNode(i, m.end()), m.end()


def json_child(node: JNode, key: object) -> JNode | None:
    """
    The child of *node* at *key* (an index for arrays; the last of equal
    keys for objects, as ``json.loads`` keeps).
    """
    if node.items is None:
        return None
    if node.is_object:
        if node.keys is None:
            # The last of equal keys wins, as in json.loads.
            node.keys = {k: i for i, (k, _, _) in enumerate(node.items)}
        at = node.keys.get(key) if isinstance(key, str) else None
        return None if at is None else node.items[at][1]
    if isinstance(key, int) and 0 <= key < len(node.items):
        return node.items[key][1]
    return None


# --- YAML ----------------------------------------------------------------------------


def _yaml_break(raw: str, i: int) -> tuple[str, int]:
    """
    Read a YAML line break at *i*: what it means and where it ends.
    """
    ch = raw[i : i + 1]
    if ch == "\r" and raw[i + 1 : i + 2] == "\n":
        return "\n", i + 2
    if ch in "\r\n\x85":
        return "\n", i + 1
    if ch in "\u2028\u2029":
        return ch, i + 1
    return "", i


def _fold(raw: str, i: int, end: int, *, flow: bool) -> tuple[str, int]:
    """
    Fold the line break at *i* and the blank lines after it, as YAML does
    between the lines of a plain or quoted scalar.
    """
    first, j = _yaml_break(raw, i)
    breaks: list[str] = []
    space = " \t" if flow else " "
    while j < end:
        while j < end and raw[j] in space:
            j += 1
        if j < end and raw[j] in _YAML_BREAKS:
            brk, j = _yaml_break(raw, j)
            breaks.append(brk)
        else:
            break
    if first != "\n":
        piece = first
    elif not breaks:
        piece = " "
    else:
        piece = ""
    return piece + "".join(breaks), j


_PROPERTY = re.compile(r"[&!][^\s]*\s+")


def _after_properties(raw: str, s: int, e: int) -> int:
    """
    Skip a node's anchor (``&name``) and tag (``!tag``), which PyYAML's
    start mark includes, to where the scalar itself starts.
    """
    while s < e and raw[s] in "&!":
        m = _PROPERTY.match(raw, s, e)
        if m is None:
            break
        s = m.end()
    return s


def yaml_scalar_map(raw: str, node: Any, parent_indent: int = -1) -> ValueMap:
    """
    Map a composed PyYAML scalar node (its marks index *raw*).
    """
    style = _YAML_STYLES.get(node.style, PLAIN)
    s, e = node.start_mark.index, node.end_mark.index
    s = _after_properties(raw, s, e)
    value: str = node.value
    try:
        if style == PLAIN:
            return _yaml_plain(raw, s, e, value)
        if style in (SINGLE, DOUBLE):
            return _yaml_quoted(raw, s, e, value, double=style == DOUBLE)
        return _yaml_block(raw, s, e, value, style=style, parent_indent=parent_indent)
    except (ValueError, IndexError):
        return ValueMap.inexact(s, e, style, len(value))


def _yaml_plain(raw: str, s: int, e: int, value: str) -> ValueMap:
    b = _Builder(raw)
    i = s
    while i < e:
        j = i
        while j < e and raw[j] not in _YAML_BREAKS:
            j += 1
        if j >= e:
            b.literal(i, e)
            break
        k = j
        while k > i and raw[k - 1] == " ":
            k -= 1
        b.literal(i, k)
        piece, i = _fold(raw, j, e, flow=False)
        b.sub(k, i, piece)
    vmap = b.build(value, start=s, style=PLAIN)
    vmap.outer = (s, e)
    return vmap


def _yaml_quoted(raw: str, s: int, e: int, value: str, *, double: bool) -> ValueMap:
    b = _Builder(raw)
    i, end = s + 1, e - 1
    stops = " \t" + _YAML_BREAKS + ("\\" if double else "'")
    while i < end:
        ch = raw[i]
        if ch in " \t" or ch in _YAML_BREAKS:
            j = i
            while j < end and raw[j] in " \t":
                j += 1
            if j < end and raw[j] in _YAML_BREAKS:
                piece, k = _fold(raw, j, end, flow=True)
                b.sub(i, k, piece)
                i = k
            else:
                b.literal(i, j)
                i = j
        elif not double and ch == "'":
            b.sub(i, i + 2, "'")
            i += 2
        elif double and ch == "\\":
            nxt = raw[i + 1]
            if nxt in _YAML_ESCAPES:
                b.sub(i, i + 2, _YAML_ESCAPES[nxt])
                i += 2
            elif nxt in _YAML_HEX:
                size = _YAML_HEX[nxt]
                b.sub(i, i + 2 + size, chr(int(raw[i + 2 : i + 2 + size], 16)))
                i += 2 + size
            elif nxt in _YAML_BREAKS:
                _, j = _yaml_break(raw, i + 1)
                breaks: list[str] = []
                while j < end:
                    while j < end and raw[j] in " \t":
                        j += 1
                    if j < end and raw[j] in _YAML_BREAKS:
                        brk, j = _yaml_break(raw, j)
                        breaks.append(brk)
                    else:
                        break
                b.sub(i, j, "".join(breaks))
                i = j
            else:
                msg = "unknown escape"
                raise ValueError(msg)
        else:
            j = i
            while j < end and raw[j] not in stops:
                j += 1
            b.literal(i, j)
            i = j
    vmap = b.build(value, start=s + 1, style=DOUBLE if double else SINGLE)
    if vmap.exact and not value:
        vmap.start = vmap.end = s + 1
    vmap.outer = (s, e)
    return vmap


def _yaml_block(
    raw: str, s: int, e: int, value: str, *, style: str, parent_indent: int
) -> ValueMap:
    folded = style == FOLDED
    n = len(raw)
    i = s + 1
    chomping: bool | None = None
    increment: int | None = None
    for _ in range(2):
        ch = raw[i : i + 1]
        if ch in ("+", "-") and chomping is None:
            chomping = ch == "+"
            i += 1
        elif ch.isdigit() and increment is None:
            increment = int(ch)
            i += 1
    while raw[i : i + 1] == " ":
        i += 1
    if raw[i : i + 1] == "#":
        while i < n and raw[i] not in _YAML_BREAKS:
            i += 1
    _, i = _yaml_break(raw, i)
    min_indent = max(parent_indent + 1, 1)
    breaks: list[str] = []
    region = i
    col = 0
    if increment is None:
        max_indent = 0
        while i < n and raw[i] in " " + _YAML_BREAKS:
            if raw[i] == " ":
                i += 1
                col += 1
                max_indent = max(max_indent, col)
            else:
                brk, i = _yaml_break(raw, i)
                breaks.append(brk)
                col = 0
        indent = max(min_indent, max_indent)
    else:
        indent = min_indent + increment - 1
        i, col, breaks = _block_breaks(raw, i, 0, indent)
    b = _Builder(raw)
    line_break = ""
    brk_start = region
    first = True
    while col == indent and i < n:
        if first:
            b.sub(region, i, "".join(breaks))
            first = False
        leading_non_space = raw[i] not in " \t"
        m = _BREAK_RE.search(raw, i)
        j = m.start() if m else n
        b.literal(i, j)
        brk_start = j
        line_break, k = _yaml_break(raw, j)
        k, col, breaks = _block_breaks(raw, k, 0, indent)
        if col == indent and k < n:
            if (
                folded
                and line_break == "\n"
                and leading_non_space
                and raw[k] not in " \t"
            ):
                piece = "" if breaks else " "
            else:
                piece = line_break
            b.sub(brk_start, k, piece + "".join(breaks))
            i = k
        else:
            i = k
            break
    tail = ""
    if chomping is not False:
        tail += line_break
    if chomping is True:
        tail += "".join(breaks)
    if first:
        # No content line: the value is the chomped blank lines, if any.
        b.sub(region, max(region, e), tail)
        return b.build(value, start=region, style=style, indent=indent)
    end_content = b.tail
    b.sub(brk_start, max(brk_start, e), tail)
    vmap = b.build(value, start=region, style=style, indent=indent)
    if vmap.exact:
        # A finding that ends the value ends where its last line does.
        vmap.end = end_content
        if not tail:
            vmap.end = end_content
    return vmap


def _block_breaks(
    raw: str, i: int, col: int, indent: int
) -> tuple[int, int, list[str]]:
    n = len(raw)
    breaks: list[str] = []
    while col < indent and i < n and raw[i] == " ":
        i += 1
        col += 1
    while i < n and raw[i] in _YAML_BREAKS:
        brk, i = _yaml_break(raw, i)
        breaks.append(brk)
        col = 0
        while col < indent and i < n and raw[i] == " ":
            i += 1
            col += 1
    return i, col, breaks


def yaml_compose(text: str) -> tuple[Any, Any]:
    """
    Compose *text* into PyYAML nodes and construct its data from them, in
    one parse (libyaml's parser when available; both index marks in code
    points). Returns the root node (None for an empty document) and the
    data.
    """
    import yaml  # noqa: PLC0415 - optional: cs-lint[yaml]

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()
    return root, data


def yaml_scalar_spans(root: Any, text: str) -> list[tuple[int, int]]:
    """
    The spans of every scalar in a composed document (comments are never
    inside one; a block scalar's header line may end in one).
    """
    spans: list[tuple[int, int]] = []
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        value = node.value
        if isinstance(value, str):
            start = node.start_mark.index
            if node.style in ("|", ">"):
                start = text.find("\n", start) + 1 or node.end_mark.index
            spans.append((start, node.end_mark.index))
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, tuple):
                    stack.extend(item)
                else:
                    stack.append(item)
    return spans


# --- CSV -----------------------------------------------------------------------------


@attrs.frozen
class Cell:
    """
    A CSV cell: its value, where it is, and its map.
    """

    value: str
    start: int
    end: int
    map: ValueMap


def csv_cells(text: str, delimiter: str = ",") -> list[list[Cell]]:
    """
    The rows of CSV *text* as positioned cells, blank lines left out (as
    ``csv.DictReader`` does). Cells whose value differs from what
    ``csv.reader`` reads get an inexact map.
    """
    rows = list(_csv_tokens(text, delimiter))
    try:
        reference = [
            r
            for r in csv.reader(
                io.StringIO(text, newline=""), delimiter=delimiter, strict=False
            )
            if r
        ]
    except csv.Error:
        reference = []
    out: list[list[Cell]] = []
    for n, row in enumerate(rows):
        ref = reference[n] if n < len(reference) else []
        cells = []
        for k, cell in enumerate(row):
            if k >= len(ref) or ref[k] != cell.value:
                value = ref[k] if k < len(ref) else cell.value
                style = cell.map.style
                cell = Cell(  # noqa: PLW2901 - replaced by an inexact one
                    value,
                    cell.start,
                    cell.end,
                    ValueMap.inexact(cell.start, cell.end, style, len(value)),
                )
            cells.append(cell)
        out.append(cells)
    return out


def _csv_tokens(text: str, delimiter: str) -> Iterator[list[Cell]]:
    n = len(text)
    i = 0
    while i < n:
        row: list[Cell] = []
        if text[i] in "\r\n":
            i += 2 if text[i : i + 2] == "\r\n" else 1
            continue
        while True:
            start = i
            if i < n and text[i] == '"':
                b = _Builder(text)
                j = i + 1
                while j < n:
                    if text[j] == '"':
                        if text[j + 1 : j + 2] == '"':
                            b.sub(j, j + 2, '"')
                            j += 2
                            continue
                        break
                    k = j
                    while k < n and text[k] != '"':
                        k += 1
                    b.literal(j, k)
                    j = k
                value = b.value()
                vmap = b.build(value, start=i + 1, style=CSV_QUOTED)
                if not value:
                    vmap.start = vmap.end = i + 1
                j += 1
                # Text after the closing quote joins the value (csv does so).
                k = j
                while k < n and text[k] not in delimiter + "\r\n":
                    k += 1
                if k > j:
                    value += text[j:k]
                    vmap = ValueMap.inexact(i + 1, k, CSV_QUOTED, len(value))
                vmap.outer = (start, k)
                row.append(Cell(value, start, k, vmap))
                i = k
            else:
                k = i
                while k < n and text[k] not in delimiter + "\r\n":
                    k += 1
                value = text[i:k]
                vmap = ValueMap.identity(i, value, CSV_BARE)
                vmap.outer = (start, k)
                row.append(Cell(value, start, k, vmap))
                i = k
            if i < n and text[i] == delimiter:
                i += 1
                continue
            if i < n:
                i += 2 if text[i : i + 2] == "\r\n" else 1
            break
        yield row


# --- writing a replacement in a value's style -------------------------------------


class CannotEncode(ValueError):
    """
    A replacement cannot be written inside a value of this style in place.
    """


_PLAIN_UNSAFE = compile_cached(r"[\r\n\x85\u2028\u2029\t]|: |:$| #|^#")
_YAML_NEEDS_ESCAPE = compile_cached(
    r"[^\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def encode(style: str, text: str, vmap: ValueMap | None = None) -> str:
    """
    Return *text* written as part of a value of *style*.

    Raises:
        CannotEncode: *text* cannot be written in place in that style (a
            line break in a folded block, a ``": "`` in a plain scalar);
            the caller re-writes the whole value or gives up.
    """
    if style in (WHOLE, CSV_BARE):
        if style == CSV_BARE and regex.search(r'[",\t\r\n]', text):
            raise CannotEncode(style)
        return text
    if style == JSON:
        return json.dumps(text, ensure_ascii=False)[1:-1]
    if style == DOUBLE:
        return _yaml_double(text)
    if style == SINGLE:
        if regex.search(r"[\r\n\x85\u2028\u2029]", text) or _YAML_NEEDS_ESCAPE.search(
            text
        ):
            raise CannotEncode(style)
        return text.replace("'", "''")
    if style == PLAIN:
        if _PLAIN_UNSAFE.search(text) or _YAML_NEEDS_ESCAPE.search(text):
            raise CannotEncode(style)
        return text
    if style == LITERAL:
        if _YAML_NEEDS_ESCAPE.search(text.replace("\n", "")):
            raise CannotEncode(style)
        indent = " " * (vmap.indent if vmap is not None else 2)
        return text.replace("\r\n", "\n").replace("\n", "\n" + indent)
    if style == FOLDED:
        if regex.search(r"[\r\n\x85\u2028\u2029]", text) or _YAML_NEEDS_ESCAPE.search(
            text
        ):
            raise CannotEncode(style)
        return text
    if style == CSV_QUOTED:
        return text.replace('"', '""')
    raise CannotEncode(style)


def _yaml_double(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif _YAML_NEEDS_ESCAPE.match(ch):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def whole_value(style: str, text: str) -> str | None:
    """
    The whole of a flow value (quotes included) written afresh: for when
    an edit cannot be written in place. None for block scalars, which
    cannot be re-written without changing the lines around them.
    """
    if style == JSON:
        return json.dumps(text, ensure_ascii=False)
    if style in (PLAIN, SINGLE, DOUBLE):
        return '"' + _yaml_double(text) + '"'
    if style in (CSV_BARE, CSV_QUOTED):
        return '"' + text.replace('"', '""') + '"'
    return None
