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
from typing import TYPE_CHECKING, Any

import attrs
import regex

from cs_lint._base.errors import InputError
from cs_lint._text.compiled import compile_cached


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
#: Python codecs that are not MIME charsets: a part that declares one is
#: refused, never decoded with it (``unicode_escape`` would run escapes).
_NOT_CHARSETS = frozenset(
    {
        "unicode-escape",
        "raw-unicode-escape",
        "idna",
        "punycode",
        "undefined",
        "mbcs",
        "oem",
        "charmap",
        "unicode-internal",
    }
)
_MAX_DEPTH = 64
#: Headers longer than this (unfolded, in characters) are never handed to
#: the stdlib's header parser, whose cost grows faster than the header (a
#: Subject of 211 KB of RFC 2047 words took 1.6 GB). A longer
#: Content-Type keeps its type, charset, boundary and start; any other
#: long header is cut to this length, with a note.
MAX_HEADER = 8_192
_TYPE = compile_cached(r"\s*([\w.+-]{1,100}/[\w.+-]{1,100})")
_ESSENTIAL_PARAM = compile_cached(
    r';\s*(charset|boundary|start)\s*=\s*("[^"\r\n]{0,200}"|[^;\s"]{1,200})',
    regex.IGNORECASE,
)
#: A part header that makes a container (more parts or a nested message).
_CONTAINER = regex.compile(
    rb"(?im)^content-type:[ \t]*(?:\r?\n[ \t]+)?(?:multipart/|message/rfc822)"
)
_BOUNDARY = regex.compile(
    rb'(?i)boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^;\s"]{1,200}))'
)


@attrs.frozen
class _Body:
    """
    The part of a message that holds the reply, decoded.
    """

    source: str
    is_html: bool
    subject: str | None
    notes: tuple[str, ...]
    #: The line of the raw message where *source* starts, when the part
    #: maps back to the file line for line (7bit/8bit/binary, headers not
    #: repaired); None otherwise.
    source_line: int | None = None


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


def _shrink_header(name: str, value: str) -> str:
    """
    A header value cut to what the reader needs, for an over-long header.
    """
    if name.lower() == "content-type":
        kind = _TYPE.match(value, 0, 300)
        params = "".join(
            f"; {m.group(1).lower()}={m.group(2)}"
            for m in _ESSENTIAL_PARAM.finditer(value)
        )
        return (kind.group(1) if kind else "text/plain") + params
    if name.lower() == "content-disposition":
        return value[:300].split(";", 1)[0].strip()
    cut = value.rfind(" ", 0, MAX_HEADER)
    return value[: cut if cut > 0 else MAX_HEADER]


def _capped_policy(notes: list[str]) -> Any:
    """
    The stdlib's default email policy, with every header longer than
    `MAX_HEADER` cut down (see `_shrink_header`) before it is parsed, and a
    note for each.
    """
    from email.policy import EmailPolicy  # noqa: PLC0415

    # A header is read several times (get_content_type, get_param, ...):
    # cut each long one once.
    shrunk: dict[tuple[str, int], str] = {}

    class Capped(EmailPolicy):
        def header_fetch_parse(self, name: str, value: Any) -> Any:
            if isinstance(value, str) and len(value) > MAX_HEADER:
                key = (name, id(value))
                if key in shrunk:
                    return super().header_fetch_parse(name, shrunk[key])
                kib = len(value) // 1024
                note = (
                    f"the {name} header is {kib} KiB, over the {MAX_HEADER // 1024} "
                    "KiB header limit: read only its first part"
                    if name.lower() not in ("content-type", "content-disposition")
                    else f"the {name} header is {kib} KiB, over the "
                    f"{MAX_HEADER // 1024} KiB header limit: read only its type, "
                    "charset and boundary"
                )
                if note not in notes:
                    notes.append(note)
                value = shrunk[key] = _shrink_header(name, value)
            return super().header_fetch_parse(name, value)

    return Capped()


def _limit_nesting(raw: bytes) -> tuple[bytes, list[str]]:
    """
    Close containers nested deeper than `_MAX_DEPTH` before parsing: the
    stdlib parser recurses once per level and fails on a thousand. A part
    that would open a level past the limit is re-typed
    application/octet-stream (never read), so the text parts above it are
    still found. Linear: one pass over the lines, and only when the
    message declares more containers than the limit.
    """
    if len(_CONTAINER.findall(raw)) <= _MAX_DEPTH:
        return raw, []
    lines = raw.split(b"\n")
    stack: list[
        bytes | None
    ] = []  # open containers: a boundary, or None for message/rfc822
    in_headers = True
    header_start = 0
    closed: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if in_headers:
            if line.strip(b"\r"):
                i += 1
                continue
            # The part's headers are lines header_start..i-1.
            block = b"\n".join(lines[header_start:i])
            found = _CONTAINER.search(block)
            nested = False
            if found is not None:
                if len(stack) >= _MAX_DEPTH:
                    closed.append((header_start, i))
                else:
                    bound = _BOUNDARY.search(block)
                    if b"multipart/" in found.group().lower() and bound is not None:
                        stack.append(bound.group(1) or bound.group(2))
                    elif b"message/rfc822" in found.group().lower():
                        stack.append(None)
                        nested = True
            in_headers = nested
            header_start = i + 1
            i += 1
            continue
        if line.startswith(b"--"):
            mark = line.rstrip(b"\r \t")
            for level in range(len(stack) - 1, -1, -1):
                bound_at = stack[level]
                if bound_at is None:
                    continue
                if mark == b"--" + bound_at + b"--":
                    del stack[level:]
                    break
                if mark == b"--" + bound_at:
                    del stack[level + 1 :]
                    in_headers = True
                    header_start = i + 1
                    break
        i += 1
    if not closed:
        return raw, []
    for start, end in reversed(closed):
        lines[start:end] = _retyped(lines[start:end])
    note = (
        f"MIME nesting deeper than {_MAX_DEPTH} levels: {len(closed)} part(s) "
        "below that were not opened"
    )
    return b"\n".join(lines), [note]


def _retyped(headers: list[bytes]) -> list[bytes]:
    """
    A part's header lines with its Content-Type (and its continuation
    lines) replaced by application/octet-stream: a part never read.
    """
    out = []
    in_type = False
    for line in headers:
        if in_type and line[:1] in (b" ", b"\t"):
            continue
        in_type = line.lower().startswith(b"content-type:")
        out.append(b"Content-Type: application/octet-stream" if in_type else line)
    return out


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
    if _codec_name(codec) in _NOT_CHARSETS:
        msg = (
            f"unknown charset {charset!r} in the {ctype} part: a Python codec, "
            "not a MIME charset; cannot decode it"
        )
        raise InputError(msg)
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


def _codec_name(codec: str) -> str:
    import codecs  # noqa: PLC0415

    try:
        return codecs.lookup(codec).name
    except LookupError:
        return codec


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
    from email.message import Message  # noqa: PLC0415 - keeps `import cs_lint` cheap
    from email.parser import BytesParser  # noqa: PLC0415

    notes: list[str] = []
    if isinstance(data, Message):
        msg = data
    else:
        if isinstance(data, str):
            try:
                raw = data.encode("utf-8", "surrogateescape")
            except UnicodeEncodeError as exc:
                msg_text = (
                    f"the message holds a lone surrogate (U+{ord(exc.object[exc.start]):04X}) "
                    f"at offset {exc.start}: it is not text; pass the raw bytes instead"
                )
                raise InputError(msg_text) from None
        elif isinstance(data, (bytes, bytearray, memoryview)):
            raw = bytes(data)
        else:
            msg_text = f"message must be bytes, str or email.message.Message, not {type(data).__name__}"
            raise TypeError(msg_text)
        if not raw.strip():
            msg_text = "empty input: expected an email message (headers, a blank line, the body)"
            raise InputError(msg_text)
        original = raw
        raw, repaired = _repair_headers(raw)
        notes.extend(repaired)
        raw, deep = _limit_nesting(raw)
        notes.extend(deep)
        try:
            msg = BytesParser(policy=_capped_policy(notes)).parsebytes(raw)
        except RecursionError:
            msg_text = "broken MIME structure: parts nested too deeply to read"
            raise InputError(msg_text) from None
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
    line = None
    if not isinstance(data, Message) and raw is original:
        line = _source_line(part, raw)
    return _Body(source, ctype == "text/html", subject, tuple(notes), line)


def _source_line(part: Message, raw: bytes) -> int | None:
    """
    The line of *raw* where *part*'s payload starts, when the decoded part
    has the same lines as the file (no transfer encoding to undo).
    """
    cte = str(part.get("content-transfer-encoding", "7bit") or "7bit").strip().lower()
    if cte not in ("7bit", "8bit", "binary"):
        return None
    # The payload as read, raw bytes kept as surrogates: get_payload()
    # would decode them with the declared charset and lose the bytes.
    payload = getattr(part, "_payload", None)
    if not isinstance(payload, str) or not payload:
        return None
    try:
        data = payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return None
    at = raw.find(data)
    if at < 0:
        return None
    return raw.count(b"\n", 0, at) + 1
