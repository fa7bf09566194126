"""
Exceptions: every bad input gets one located, readable error.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path


class CsLintError(Exception):
    """
    Base class of every error cs_lint raises on purpose.
    """


class ConfigError(CsLintError):
    """
    A configuration is invalid: an unknown rule code, family or option, a
    bad value, or a file that is not valid TOML.

    *path*, *line* and *key* say where, when known; ``str(error)`` puts them
    in front of the message (``cs-lint.toml:4: select: unknown ...``).
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        key: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.key = key
        super().__init__(self._render())

    def _render(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line:
                where += f":{self.line}"
            where += ": "
        key = f"{self.key}: " if self.key else ""
        return f"{where}{key}{self.message}"


class PackError(ConfigError):
    """
    A phrase pack is malformed; names the file, line and key.
    """


class RuleConflictError(ConfigError):
    """
    Two rules claim one code (or one name); names both sources.
    """


class RuleError(CsLintError):
    """
    A rule raised while checking a text, or returned something that is not
    a valid match (a bug in that rule); names the rule and where it came
    from.
    """


class InputError(CsLintError):
    """
    An input cannot be linted: not text, not UTF-8, a broken email.
    """


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """
    Return `` (did you mean 'X'?)`` for the closest choice, or ``""``.
    """
    import difflib  # noqa: PLC0415 - only when there is an error to explain (start-up)

    pool = list(choices)
    lowered = {c.lower(): c for c in pool}
    key = word.lower()
    close = difflib.get_close_matches(key, list(lowered), n=5, cutoff=0.6)
    if not close:
        return ""

    def rank(choice: str) -> tuple[float, int]:
        # Equal scores (CS1O1 is as close to CS411 as to CS101) go to the
        # choice with fewer characters changed in place.
        ratio = difflib.SequenceMatcher(None, key, choice).ratio()
        changed = sum(a != b for a, b in zip(key, choice, strict=False))
        return (-ratio, changed + abs(len(key) - len(choice)))

    best = min(close, key=rank)
    return f" (did you mean {lowered[best]!r}?)"


def decode_utf8(data: bytes, where: str) -> str:
    """
    Decode *data* read from *where* as UTF-8 (a byte order mark dropped), or
    raise a one-line `InputError` naming the first bad byte.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = (
            f"{where}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); convert it to UTF-8 first"
        )
        raise InputError(msg) from None
    return text.removeprefix("\ufeff")


def read_input(path: str) -> tuple[bytes, str]:
    """
    Read the file at *path* (``-`` is standard input) and return its bytes
    and the name to put in messages, or raise a one-line `InputError`: no
    such file, a directory (pointing at ``cs-lint audit``), unreadable.
    """
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    if p.is_dir():
        msg = (
            f"{path}: is a directory, not a file; to lint every reply in it, "
            f"run `cs-lint audit {path}`"
        )
        raise InputError(msg)
    try:
        return p.read_bytes(), path
    except FileNotFoundError:
        msg = f"{path}: no such file"
        raise InputError(msg) from None
    except OSError as exc:
        msg = f"{path}: cannot read: {exc.strerror or exc}"
        raise InputError(msg) from None
