"""
HTML mail to text, with a map from every character of the text back to the
HTML source, and hints from the mail client's containers (quote,
signature, forward).

A small tokenizer written for this module rather than ``html.parser``: it
keeps exact source offsets for every character it emits, and it stays
linear on malformed input (``html.parser`` in Python 3.11 takes seconds on
a few kilobytes of ``<a <a <a ...`` and raises on ``<![<![``). See
docs/email.md.
"""

from __future__ import annotations

import bisect
from typing import Any

import attrs
import regex

from cs_lint._text.patterns import lazy_pattern
from cs_lint._text.zones import FORWARD, QUOTE, SIGNATURE, Zone, classify_quote


# --- HTML to text ----------------------------------------------------------------

_TOKEN = lazy_pattern(
    r"(?P<comment><!--.*?(?:--!?>|\Z))"
    r"|(?P<decl><[!?][^>]*+>?)"
    r"|(?P<end></[a-zA-Z][^>]*+>?)"
    r"|(?P<bogus></[^>]++>?)"
    r"|(?P<start><[a-zA-Z][^\s/>]*+(?:[^>\"']++|\"[^\"]*+\"?|'[^']*+'?)*+>?)"
    r"|(?P<entity>&(?:\#[0-9]{1,10};?|\#[xX][0-9a-fA-F]{1,8};?|[a-zA-Z][a-zA-Z0-9]{0,31};?))"
    r"|(?P<text>[^<&]++|[<&])",
    regex.DOTALL,
)
_TAG_NAME = lazy_pattern(r"</?([^\s/>]+)")
_ATTR = lazy_pattern(
    r"([^\s=/>\"']+)(?:\s*=\s*(?:\"([^\"]*+)\"?|'([^']*+)'?|([^\s>]*+)))?"
)
_PIECES = lazy_pattern(
    r"(?P<ws>[\s\xa0]+)|(?P<zw>[\u00ad\u200b\u2060\ufeff]+)"
    r"|(?P<word>[^\s\xa0\u00ad\u200b\u2060\ufeff]+)"
)
_PRE_PIECES = lazy_pattern(r"(?P<nl>\r?\n)|(?P<cr>\r)|(?P<run>[^\r\n]+)")
_BORDER_TOP = lazy_pattern(r"border-top:[^;]*solid")
_INVISIBLE = frozenset("\u00ad\u200b\u2060\ufeff")
# Deeper quotes still get this many "> ", so the text stays linear in size.
_MAX_MARKERS = 8

_LINE_BLOCKS = frozenset(
    [
        "div",
        "li",
        "tr",
        "dt",
        "dd",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "address",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "center",
        "main",
        "details",
        "summary",
        "caption",
        "legend",
        "body",
        "html",
        "tbody",
        "thead",
        "tfoot",
        "option",
    ]
)
_PARA_BLOCKS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "table",
        "blockquote",
        "pre",
        "menu",
    ]
)
_VOID = frozenset(
    [
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "wbr",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "param",
        "keygen",
        "basefont",
        "frame",
    ]
)
_RAW_TEXT = frozenset(
    ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"]
)
_SKIPPED = frozenset({"head", "template"})
_WITH_ATTRS = frozenset({"div", "blockquote", "pre", "section", "table", "hr", "span"})

_QUOTE_CLASSES = frozenset(
    {
        "gmail_quote",
        "gmail_quote_container",
        "yahoo_quoted",
        "protonmail_quote",
        "moz-cite-prefix",
    }
)
_FORWARD_CLASSES = frozenset({"moz-forward-container"})
_SIGNATURE_CLASSES = frozenset(
    {"gmail_signature", "moz-signature", "protonmail_signature_block"}
)
_SIGNATURE_IDS = frozenset({"signature", "applemailsignature"})
# Outlook puts the quoted thread after these, as siblings: quote to the end.
_TO_END_IDS = frozenset(
    {
        "divrplyfwdmsg",
        "x_divrplyfwdmsg",
        "appendonsend",
        "x_appendonsend",
        "stopspelling",
    }
)
_TO_END_CLASSES = frozenset({"outlookmessageheader"})


class SourceMap:
    """
    Map offsets in text extracted from HTML back to the HTML source.

    The text is built from segments: a run copied verbatim (one source
    character per text character) or an atomic piece (an entity, a
    collapsed run of whitespace, an inserted line break or ``> ``) that
    maps as a whole onto one source span.
    """

    __slots__ = ("_out", "_src", "_src_end", "_verbatim")

    def __init__(self) -> None:
        self._out: list[int] = []
        self._src: list[int] = []
        self._src_end: list[int] = []
        self._verbatim: list[bool] = []

    def add(self, out: int, src: int, src_end: int, *, verbatim: bool) -> None:
        """
        Record that text from offset *out* comes from ``source[src:src_end]``.
        """
        if (
            verbatim
            and self._verbatim
            and self._verbatim[-1]
            and self._src_end[-1] == src
            and out - self._out[-1] == self._src_end[-1] - self._src[-1]
        ):
            self._src_end[-1] = src_end
            return
        self._out.append(out)
        self._src.append(src)
        self._src_end.append(src_end)
        self._verbatim.append(verbatim)

    def _char(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._out, offset) - 1
        if i < 0:
            return 0, 0
        if self._verbatim[i]:
            src = self._src[i] + offset - self._out[i]
            return src, src + 1
        return self._src[i], self._src_end[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """
        Return the source span covering text ``[start, end)``: it starts
        where the first character comes from and ends where the last one
        does, so any tags or entities in between are inside it.
        """
        first = self._char(start)
        if end <= start:
            return first[0], first[0]
        last = self._char(end - 1)
        return first[0], max(first[0], last[1])


@attrs.frozen
class HtmlText:
    """
    Text extracted from HTML: *text*, the *source_map* back to the HTML,
    and zone *hints* from quote and signature containers.
    """

    text: str
    source_map: SourceMap = attrs.field(eq=False, repr=False)
    hints: tuple[Zone, ...] = ()


class _Open:
    """
    An open element and what it changed, undone when it closes.
    """

    __slots__ = ("candidate", "hint", "level", "list", "name", "pre", "quote", "skip")

    def __init__(self, name: str, level: int) -> None:
        self.name = name
        self.level = level
        self.quote = False
        self.pre = False
        self.skip = False
        self.list = False
        self.hint: tuple[str, int] | None = None
        self.candidate: tuple[int, int] | None = None


def _attrs(tag: str, name_end: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(tag, name_end):
        key = m.group(1).lower()
        if key not in out:
            value = m.group(2) or m.group(3) or m.group(4) or ""
            out[key] = _unescape(value) if "&" in value else value
    return out


def _unescape(value: str) -> str:
    import html  # noqa: PLC0415 - only HTML mail needs the entity table

    return html.unescape(value)


def _is_quote_blockquote(attributes: dict[str, str]) -> bool:
    """
    A blockquote is a quote unless it is Gmail's "indent" (no border).
    """
    classes = attributes.get("class", "").lower().split()
    if attributes.get("type", "").lower() == "cite" or any(
        "quote" in c for c in classes
    ):
        return True
    style = attributes.get("style", "").lower().replace(" ", "")
    return "border:none" not in style


def _hint_kind(name: str, attributes: dict[str, str]) -> str | None:
    classes = set(attributes.get("class", "").lower().split())
    ident = attributes.get("id", "").lower()
    if ident in _TO_END_IDS or classes & _TO_END_CLASSES:
        return "to-end"
    if name == "blockquote":
        return None
    if classes & _QUOTE_CLASSES:
        return QUOTE
    if classes & _FORWARD_CLASSES:
        return FORWARD
    if (
        classes & _SIGNATURE_CLASSES
        or ident in _SIGNATURE_IDS
        or attributes.get("data-smartmail") == "gmail_signature"
    ):
        return SIGNATURE
    return None


class _Renderer:
    """
    Walk the tokens once and build the text, its source map and hints.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.out: list[str] = []
        self.olen = 0
        self.map = SourceMap()
        self.pending = 0  # 1: line break, 2: blank line, before next content
        self.break_src = 0
        self.break_depth = 0
        self.space: tuple[int, int] | None = None
        self.col0 = True
        self.prev_blank = True
        self.depth = 0
        self.pre = 0
        self.skip = 0
        self.in_hint = 0
        self.lists: list[list[Any]] = []
        self.marker: tuple[str, int, int] | None = None
        self.stack: list[_Open] = []
        self.open: dict[str, int] = {}
        self.hints: list[Zone] = []
        self.to_end: int | None = None

    # -- output -------------------------------------------------------------------

    def _put(self, text: str, src: int, src_end: int, *, verbatim: bool) -> None:
        self.map.add(self.olen, src, src_end, verbatim=verbatim)
        self.out.append(text)
        self.olen += len(text)

    def _newline(self, src: int) -> None:
        if self.col0:
            blank = ">" * min(self.depth, self.break_depth, _MAX_MARKERS) + "\n"
            self._put(blank, src, src, verbatim=False)
            self.prev_blank = True
        else:
            self._put("\n", src, src, verbatim=False)
            self.col0 = True

    def _flush_breaks(self) -> None:
        if self.olen and self.pending:
            if not self.col0:
                self._newline(self.break_src)
            if self.pending == 2 and not self.prev_blank:
                self._newline(self.break_src)
        self.pending = 0

    def _content(self, src: int) -> None:
        """
        Prepare for visible content from source offset *src*.
        """
        self._flush_breaks()
        self.break_depth = self.depth
        if self.col0:
            if self.depth:
                self._put(
                    "> " * min(self.depth, _MAX_MARKERS), src, src, verbatim=False
                )
            if self.marker is not None:
                text, m_start, m_end = self.marker
                self._put(text, m_start, m_end, verbatim=False)
                self.marker = None
            self.col0 = False
            self.prev_blank = False
        elif self.space is not None:
            s, e = self.space
            self._put(" ", s, e, verbatim=self.source[s:e] == " ")
        self.space = None

    def _block(self, level: int, src: int) -> None:
        self.break_depth = (
            min(self.break_depth, self.depth) if self.pending else self.depth
        )
        self.pending = max(self.pending, level)
        self.break_src = src
        self.space = None

    def _whitespace(self, start: int, end: int) -> None:
        if not self.col0 and self.space is None:
            self.space = (start, end)

    # -- tokens ---------------------------------------------------------------------

    def _text(self, start: int, end: int) -> None:
        if self.skip:
            return
        if self.pre:
            for m in _PRE_PIECES.finditer(self.source, start, end):
                if m.lastgroup == "nl":
                    self._flush_breaks()
                    self._newline(m.start())
                elif m.lastgroup == "run":
                    self._content(m.start())
                    self._put(m.group(), m.start(), m.end(), verbatim=True)
            return
        for m in _PIECES.finditer(self.source, start, end):
            kind = m.lastgroup
            if kind == "ws":
                self._whitespace(m.start(), m.end())
            elif kind == "word":
                self._content(m.start())
                self._put(m.group(), m.start(), m.end(), verbatim=True)

    def _entity(self, start: int, end: int) -> None:
        if self.skip:
            return
        raw = self.source[start:end]
        value = _unescape(raw)
        if value == raw:
            self._text(start, end)
            return
        if all(c in _INVISIBLE for c in value):
            return
        if not self.pre and (value.isspace() or value == "\xa0"):
            self._whitespace(start, end)
            return
        self._content(start)
        self._put(value.replace("\xa0", " "), start, end, verbatim=False)

    def _start(self, start: int, end: int) -> int:
        tag = self.source[start:end]
        m = _TAG_NAME.match(tag)
        name = m.group(1).lower() if m else ""
        attributes = _attrs(tag, m.end()) if m and name in _WITH_ATTRS else {}
        if name in _RAW_TEXT:
            close = lazy_pattern(rf"</{regex.escape(name)}(?=[\s/>])", regex.IGNORECASE)
            found = close.search(self.source, end)
            if found is None:
                return len(self.source)
            after = self.source.find(">", found.end())
            return len(self.source) if after == -1 else after + 1
        if name == "br":
            if not self.skip and self.olen:
                self._flush_breaks()
                self.space = None
                if not self.col0 or not self.prev_blank:
                    self._newline(start)
            return end
        if name == "body":
            while self.open.get("head"):
                self._pop(start)
        if name == "hr":
            self._block(2, start)
            self._hint(name, attributes, None)
            return end
        if name in _VOID:
            return end
        level = 2 if name in _PARA_BLOCKS else 1 if name in _LINE_BLOCKS else 0
        if name in ("td", "th") and not self.col0 and self.space is None:
            self.space = (start, end)
        if level:
            self._block(level, start)
        entry = _Open(name, level)
        if name == "blockquote" and _is_quote_blockquote(attributes):
            entry.quote = True
            self.depth += 1
        elif name == "pre":
            entry.pre = True
            self.pre += 1
            if self.source.startswith("\n", end):
                end += 1
            elif self.source.startswith("\r\n", end):
                end += 2
        elif name in ("ul", "ol"):
            entry.list = True
            self.lists.append([name, 0])
        elif name == "li":
            marker = "- "
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                marker = f"{self.lists[-1][1]}. "
            self.marker = (marker, start, end)
        elif name in _SKIPPED:
            entry.skip = True
            self.skip += 1
        if attributes:
            self._hint(name, attributes, entry)
        self.stack.append(entry)
        self.open[name] = self.open.get(name, 0) + 1
        return end

    def _hint(self, name: str, attributes: dict[str, str], entry: _Open | None) -> None:
        if self.to_end is not None or self.in_hint:
            return
        kind = _hint_kind(name, attributes)
        if kind == "to-end":
            self.to_end = self.olen
        elif kind is not None and entry is not None:
            entry.hint = (kind, self.olen)
            self.in_hint += 1
        elif (
            entry is not None
            and name == "div"
            and _BORDER_TOP.search(attributes.get("style", "").lower().replace(" ", ""))
        ):
            entry.candidate = (self.olen, len(self.out))

    def _end(self, start: int, end: int) -> None:
        m = _TAG_NAME.match(self.source, start, end)
        name = m.group(1).lower() if m else ""
        if name == "br":  # </br> is a <br> to browsers
            self._start(start, end)
            return
        if not self.open.get(name):
            if name in ("p",) and not self.skip:
                self._block(2, start)
            return
        while self.stack:
            if self._pop(start) == name:
                break

    def _pop(self, src: int) -> str:
        entry = self.stack.pop()
        self.open[entry.name] -= 1
        if entry.level:
            self._block(entry.level, src)
        if entry.quote:
            self.depth -= 1
        if entry.pre:
            self.pre -= 1
        if entry.skip:
            self.skip -= 1
        if entry.list:
            self.lists.pop()
        if entry.hint is not None:
            kind, hint_start = entry.hint
            self.in_hint -= 1
            if self.olen > hint_start:
                self.hints.append(Zone(kind, hint_start, self.olen))
        if entry.candidate is not None and self.to_end is None:
            hint_start, piece = entry.candidate
            head = "".join(self.out[piece : piece + 40]).lstrip()
            if regex.match(r"\*?(?:From|Von|De|Van|Da)\*?\s?:", head, regex.IGNORECASE):
                self.to_end = hint_start
        return entry.name

    def run(self) -> HtmlText:
        source = self.source
        pos = 0
        size = len(source)
        while pos < size:
            m = _TOKEN.match(source, pos)
            if m is None:  # pragma: no cover - the last alternative matches any char
                break
            kind = m.lastgroup
            start, end = m.span()
            if kind == "text":
                self._text(start, end)
            elif kind == "entity":
                self._entity(start, end)
            elif kind == "start":
                end = self._start(start, end)
            elif kind == "end":
                self._end(start, end)
            pos = end
        while self.stack:
            self._pop(size)
        text = "".join(self.out)
        hints = [h for h in self.hints if self.to_end is None or h.start < self.to_end]
        if self.to_end is not None:
            hints = [attrs.evolve(h, end=min(h.end, self.to_end)) for h in hints]
            if self.to_end < len(text):
                hints.append(Zone(QUOTE, self.to_end, len(text)))
        hints = [
            attrs.evolve(h, kind=classify_quote(text[h.start : h.end]))
            if h.kind == QUOTE
            else h
            for h in hints
        ]
        return HtmlText(text, self.map, tuple(sorted(hints, key=lambda h: h.start)))


def html_to_text(source: str) -> HtmlText:
    """
    Extract the text of an HTML mail body, with a map back to *source*.

    Block elements and ``<br>`` become line breaks, paragraphs and tables
    blank lines, whitespace collapses as a browser shows it, entities are
    decoded, list items get ``- `` or ``1. ``, quoting blockquotes get
    ``> `` on every line; ``head``, ``script``, ``style`` and comments are
    dropped. Quote, forward and signature containers of common clients
    (Gmail, Outlook, Apple Mail, Thunderbird, Yahoo, Proton) become zone
    hints. Linear in the size of *source*.
    """
    return _Renderer(source).run()
