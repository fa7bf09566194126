"""
Reading requests safely and writing JSON: a body is read up to the
configured limit and no further (413 past it, whatever Content-Length
claims), decoded as UTF-8 or refused, and parsed as JSON or refused; every
refusal is a `Problem` with one line that says what was wrong.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.responses import Response

from cs_lint.server._service import Problem


if TYPE_CHECKING:
    from starlette.requests import Request


async def read_body(request: Request, limit: int) -> bytes:
    """
    Return the request body, or raise `Problem` (413) once it passes
    *limit* bytes.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise Problem(400, "Content-Length is not a number") from None
        if size > limit:
            raise Problem(413, too_large(limit))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Problem(413, too_large(limit))
        chunks.append(chunk)
    return b"".join(chunks)


def too_large(limit: int) -> str:
    return f"the request body is over the server's limit of {limit:,} bytes"


def decode(data: bytes, what: str = "the request body") -> str:
    """
    Decode *data* as UTF-8, or raise `Problem` (400) naming the first bad
    byte.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = (
            f"{what} is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        )
        raise Problem(400, msg) from None


def media_type(request: Request) -> str:
    """
    The request's media type, lowercased, without parameters ("" when none).
    """
    value = request.headers.get("content-type", "")
    return value.split(";", 1)[0].strip().lower()


def is_json(media: str) -> bool:
    return media in ("", "application/json") or (
        media.startswith("application/") and media.endswith("+json")
    )


async def read_json(request: Request, limit: int) -> Any:
    """
    Read and parse a JSON body (UTF-8, at most *limit* bytes).
    """
    media = media_type(request)
    if not is_json(media):
        raise Problem(415, f"expected application/json, got {media}")
    text = decode(await read_body(request, limit))
    if not text.strip():
        raise Problem(400, "the request body is empty; expected a JSON object")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        raise Problem(400, msg) from None
    except RecursionError:
        raise Problem(400, "invalid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with too many digits
        raise Problem(400, f"invalid JSON: {exc}") from None


def dumps(data: Any) -> bytes:
    """
    Serialise *data* as UTF-8 JSON. Text the client sent may hold unpaired
    surrogates (legal in JSON, not in UTF-8); those come back escaped.
    """
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8"
        )
    except UnicodeEncodeError:
        return json.dumps(data, separators=(",", ":")).encode("ascii")


class JSON(Response):
    """
    A JSON response written with `dumps`.
    """

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content)


def error(status: int, message: str) -> JSON:
    """
    The JSON error every native endpoint answers with.
    """
    return JSON({"error": {"status": status, "message": message}}, status_code=status)
