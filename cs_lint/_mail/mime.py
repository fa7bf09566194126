"""
Reading a MIME message: the reply part (text/plain preferred, else
text/html), decoded with its charset, never an attachment; broken headers
repaired where they can be, and every problem a located `InputError` or a
note.

The stdlib ``email`` package reads the message (``policy.default``),
imported on first use so ``import cs_lint`` does not pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from cs_lint._base.errors import InputError


if TYPE_CHECKING:
    from email.message import Message


_HEADER_LINE = regex.compile(rb"[!-9;-~]+[ \t]*:")
_BLANK_LINE = regex.compile(rb"\n\r?\n")
_BROKEN_STRUCTURE = frozenset(
    {
        "NoBoundaryInMultipartDefect",
        "StartBoundaryNotFoundDefect",
        "MultipartInvariantViolationDefect",
    }
)
_DEFECTS = {
    "NoBoundaryInMultipartDefect": "a multipart part has no boundary",
    "StartBoundaryNotFoundDefect": "the multipart boundary never appears",
    "CloseBoundaryNotFoundDefect": "the closing multipart boundary is missing",
    "MultipartInvariantViolationDefect": "a part claims to be multipart but is not",
    "FirstHeaderLineIsContinuationDefect": "the first header line is a continuation",
    "MisplacedEnvelopeHeaderDefect": "a 'From ' envelope line inside the headers",
    "MissingHeaderBodySeparatorDefect": "no blank line after the headers",
    "InvalidMultipartContentTransferEncodingDefect": "a multipart part declares a transfer encoding",
    "UndecodableBytesDefect": "a header holds raw non-ASCII bytes",
    "InvalidBase64PaddingDefect": "the base64 text has bad padding",
    "InvalidBase64CharactersDefect": "the base64 text holds invalid characters",
    "InvalidBase64LengthDefect": "the base64 text has an invalid length",
    "InvalidHeaderDefect": "a header is malformed",
    "HeaderMissingRequiredValue": "a header has no value",
    "NonPrintableDefect": "a header holds non-printable characters",
    "ObsoleteHeaderDefect": "a header uses obsolete syntax",
    "InvalidDateDefect": "the Date header is not a date",
}
_CHARSET_ALIASES = {
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-8-e": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "iso-8859-6-e": "iso-8859-6",
    "x-mac-roman": "mac-roman",
    "ks_c_5601-1987": "cp949",
    "windows-874": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "x-sjis": "shift_jis",
    "unicode-1-1-utf-7": "utf-7",
}
_ASCII = frozenset({"us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "646"})
_MAX_DEPTH = 64


@attrs.frozen
class _Body:
    """
    The part of a message that holds the reply, decoded.
    """

    source: str
    is_html: bool
    subject: str | None
    notes: tuple[str, ...]


def _repair_headers(raw: bytes) -> tuple[bytes, list[str]]:
    """
    Drop header lines with no colon and add a missing blank line after the
    headers, so the parser never mistakes headers for body or body for
    headers.

    Raises:
        InputError: nothing before the first blank line is a header.
    """
    blank = _BLANK_LINE.search(raw)
    cut = len(raw) if blank is None else blank.start() + 1
    lines = raw[:cut].splitlines(keepends=True)
    end = next(
        (i for i, line in enumerate(lines) if not line.strip(b"\r\n")), len(lines)
    )
    valid = [
        i
        for i in range(end)
        if _HEADER_LINE.match(lines[i])
        or (i and lines[i][:1] in (b" ", b"\t"))
        or (i == 0 and lines[i].startswith(b"From "))
    ]
    if not valid or (len(valid) == 1 and lines[valid[0]].startswith(b"From ")):
        msg = (
            "no mail headers: this is not an RFC 5322 message (headers, a blank "
            "line, the body); to check a bare reply use --body text or `cs-lint check`"
        )
        raise InputError(msg)
    last = valid[-1]
    valid_set = set(valid)
    dropped = [i for i in range(last) if i not in valid_set]
    notes = []
    if dropped:
        first = lines[dropped[0]].decode("ascii", "replace").strip()[:40]
        notes.append(
            f"malformed headers: dropped {len(dropped)} header line(s) with no "
            f"colon (line {dropped[0] + 1}: {first!r})"
        )
    extra = b""
    if last + 1 < end:
        notes.append(
            f"malformed headers: no blank line after the headers; read from "
            f"line {last + 2} on as the body"
        )
        extra = b"\n"
    if not dropped and not extra:
        return raw, notes
    kept = [lines[i] for i in range(last + 1) if i in valid_set]
    return b"".join([*kept, extra, *lines[last + 1 :], raw[cut:]]), notes


def _defects(part: object) -> list[str]:
    return [type(d).__name__ for d in getattr(part, "defects", ())]


def _describe(names: Sequence[str]) -> str:
    seen = dict.fromkeys(_DEFECTS.get(n, n) for n in names)
    return "; ".join(seen)


def _find_body(msg: Message) -> tuple[Message | None, str, list[str], list[str]]:
    """
    Return the part that holds the reply and its content type, the defects
    met on the way and the content types seen (for error messages).

    A depth-first walk that never decodes a payload: the first text/plain
    or text/html part that is not an attachment; in multipart/alternative
    the text/plain one when there is one; in multipart/related the root.
    """
    defects: list[str] = []
    types: list[str] = []

    def walk(part: Message, depth: int) -> tuple[Message, str] | None:
        if depth > _MAX_DEPTH:
            defects.append("MIME nesting deeper than 64 levels")
            return None
        defects.extend(_defects(part))
        ctype = part.get_content_type()
        types.append(ctype)
        if ctype in ("text/plain", "text/html"):
            if depth and part.get_content_disposition() == "attachment":
                return None
            return part, ctype
        if not ctype.startswith("multipart/"):
            return None
        payload = part.get_payload()
        if not isinstance(payload, list):
            return None
        children = [c for c in payload if not isinstance(c, str)]
        if ctype == "multipart/alternative":
            found = [b for c in children if (b := walk(c, depth + 1)) is not None]
            plain = [b for b in found if b[1] == "text/plain"]
            return plain[0] if plain else found[0] if found else None
        if ctype == "multipart/related" and children:
            root = children[0]
            start = part.get_param("start")
            if isinstance(start, str):
                for c in children:
                    if c.get("content-id") == start:
                        root = c
                        break
            return walk(root, depth + 1)
        for child in children:
            found_part = walk(child, depth + 1)
            if found_part is not None:
                return found_part
        return None

    found = walk(msg, 0)
    if found is None:
        return None, "", defects, types
    return found[0], found[1], defects, types


def _decode(part: Message, ctype: str, notes: list[str]) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    declared = part.get_content_charset()
    charset = (declared or "us-ascii").strip().lower()
    codec = _CHARSET_ALIASES.get(charset, charset)
    try:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            try:
                if codec not in _ASCII:
                    raise
                text = data.decode("utf-8")
                what = f"declared {charset}" if declared else "no charset declared"
                notes.append(f"the {ctype} part is UTF-8 ({what}); decoded as UTF-8")
            except UnicodeDecodeError:
                text = data.decode(codec, "replace")
                notes.append(
                    f"the {ctype} part holds bytes that are not valid {charset}; "
                    "they were replaced with U+FFFD"
                )
    except LookupError:
        msg = f"unknown charset {charset!r} in the {ctype} part: cannot decode it"
        raise InputError(msg) from None
    return text.removeprefix("\ufeff")


def _subject(msg: Message, notes: list[str]) -> str | None:
    """
    Return the decoded Subject and add a note for each malformed header a
    reader of the report may care about (never raises).
    """
    bad: list[str] = []
    for name in ("Date", "Subject"):
        try:
            value = msg.get(name)
        except Exception:  # noqa: BLE001 - a header we cannot read is only a note
            bad.append(f"{name} (unreadable)")
            continue
        names = _defects(value) if value is not None else []
        if names:
            bad.append(f"{name} ({_describe(names)})")
        elif name == "Subject" and value is not None and "\ufffd" in str(value):
            bad.append(f"{name} (raw non-ASCII bytes)")
    if bad:
        notes.append(f"malformed headers: {', '.join(bad)}")
    try:
        value = msg.get("subject")
    except Exception:  # noqa: BLE001
        return None
    return None if value is None else str(value)


def read_message(data: bytes | str | Message) -> _Body:
    """
    Read a MIME message and return the decoded part that holds the reply.

    *data* is the raw message (bytes, or str which is encoded as UTF-8
    first) or an already parsed ``email.message.Message``.

    Raises:
        InputError: empty input, no headers, a broken MIME structure with
            no readable text part, no text part at all, or an unknown
            charset.
    """
    from email import policy  # noqa: PLC0415 - keeps `import cs_lint` cheap
    from email.message import Message  # noqa: PLC0415
    from email.parser import BytesParser  # noqa: PLC0415

    notes: list[str] = []
    if isinstance(data, Message):
        msg = data
    else:
        if isinstance(data, str):
            raw = data.encode("utf-8", "surrogateescape")
        elif isinstance(data, (bytes, bytearray, memoryview)):
            raw = bytes(data)
        else:
            msg_text = f"message must be bytes, str or email.message.Message, not {type(data).__name__}"
            raise TypeError(msg_text)
        if not raw.strip():
            msg_text = "empty input: expected an email message (headers, a blank line, the body)"
            raise InputError(msg_text)
        raw, repaired = _repair_headers(raw)
        notes.extend(repaired)
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
        except Exception as exc:  # noqa: BLE001 - the parser is lenient; anything left is a broken message
            msg_text = f"cannot parse the message: {type(exc).__name__}: {exc}"
            raise InputError(msg_text) from None
    try:
        part, ctype, defects, types = _find_body(msg)
    except RecursionError:
        msg_text = "broken MIME structure: parts nested too deeply"
        raise InputError(msg_text) from None
    broken = [
        d for d in defects if d in _BROKEN_STRUCTURE or d.startswith("MIME nesting")
    ]
    if part is None:
        if broken:
            msg_text = (
                f"broken MIME structure: {_describe(broken)}; no text part can be read"
            )
            raise InputError(msg_text)
        others = ", ".join(
            dict.fromkeys(t for t in types if not t.startswith("multipart/"))
        )
        msg_text = f"no text part to check: the message holds only {others or 'empty multipart containers'}"
        raise InputError(msg_text)
    if defects:
        notes.append(
            f"damaged message: {_describe(defects)}; checked the text part that could be read"
        )
    subject = _subject(msg, notes)
    try:
        source = _decode(part, ctype, notes)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a payload the stdlib cannot decode is a broken message
        msg_text = f"cannot decode the {ctype} part: {type(exc).__name__}: {exc}"
        raise InputError(msg_text) from None
    return _Body(source, ctype == "text/html", subject, tuple(notes))
