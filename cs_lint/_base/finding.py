"""
Findings: the values a lint run returns, and their JSON shape.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs


#: Version of the JSON shape written by `Finding.to_dict()`.
#: Bumped on any incompatible change; documented in docs/usage.md.
SCHEMA_VERSION = 1


class Severity(enum.Enum):
    """
    How much a finding matters; values are the lowercase names.
    """

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """
        0 for info, 1 for warning, 2 for error: for thresholds.
        """
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Family(enum.Enum):
    """
    The rule families; the hundreds digit of a built-in code names one.
    """

    ACCUSATORY = "accusatory"
    HEDGING = "hedging"
    OVER_PROMISING = "over-promising"
    EMPATHY = "empathy"
    SCRIPT_RIGIDITY = "script-rigidity"
    DEFENSIVENESS = "defensiveness"
    NEGATIVE_FRAMING = "negative-framing"
    FOLLOW_THROUGH = "follow-through"
    CONSISTENCY = "consistency"

    @property
    def digit(self) -> str:
        """
        The hundreds digit of this family's built-in codes ("1" for CS1xx),
        fixed per family (codes are stable; reordering members changes
        nothing).
        """
        return _DIGITS[self]


_DIGITS = {
    Family.ACCUSATORY: "1",
    Family.HEDGING: "2",
    Family.OVER_PROMISING: "3",
    Family.EMPATHY: "4",
    Family.SCRIPT_RIGIDITY: "5",
    Family.DEFENSIVENESS: "6",
    Family.NEGATIVE_FRAMING: "7",
    Family.FOLLOW_THROUGH: "8",
    Family.CONSISTENCY: "9",
}


class Applicability(enum.Enum):
    """
    Whether a suggestion may be applied without a human reading it.

    ``safe`` keeps the meaning and may be applied automatically; ``unsafe``
    may change the meaning and should be shown to a person first;
    ``display-only`` is advice with no edit that could stand on its own.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


@attrs.frozen
class Edit:
    """
    Replace ``text[start:end]`` with *replacement* (code-point offsets).
    """

    start: int
    end: int
    replacement: str

    def to_list(self) -> list[Any]:
        """
        Return ``[start, end, replacement]``.
        """
        return [self.start, self.end, self.replacement]


@attrs.frozen
class Suggestion:
    """
    A proposed rewrite: a message for a person and the edits that do it.

    A display-only suggestion has no edits.
    """

    message: str
    edits: tuple[Edit, ...] = ()
    applicability: Applicability = Applicability.DISPLAY_ONLY

    def to_dict(self) -> dict[str, Any]:
        """
        Return a JSON-serialisable dict.
        """
        return {
            "message": self.message,
            "edits": [e.to_list() for e in self.edits],
            "applicability": self.applicability.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Suggestion:
        """
        Build a suggestion from the output of `to_dict`.
        """
        edits = []
        for item in data["edits"]:
            start, end, replacement = item
            if (
                isinstance(start, bool)
                or isinstance(end, bool)
                or not isinstance(start, int)
                or not isinstance(end, int)
                or not isinstance(replacement, str)
                or not 0 <= start <= end
            ):
                msg = f"edit {item!r} is not [start, end, replacement]"
                raise ValueError(msg)
            edits.append(Edit(start, end, replacement))
        if not isinstance(data["message"], str):
            msg = f"suggestion message {data['message']!r} is not a string"
            raise ValueError(msg)
        return cls(
            message=data["message"],
            edits=tuple(edits),
            applicability=Applicability(data["applicability"]),
        )


def apply_edits(text: str, edits: tuple[Edit, ...] | list[Edit]) -> str:
    """
    Return *text* with non-overlapping *edits* applied.

    Raises:
        ValueError: if two edits overlap or one lies outside the text.
    """
    out: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < pos or edit.end > len(text) or edit.start > edit.end:
            msg = f"edit {edit} overlaps another or lies outside the text"
            raise ValueError(msg)
        out.append(text[pos : edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


@attrs.frozen
class Finding:
    """
    One problem found in a reply.

    Offsets *start* and *end* are code points into the text that was linted
    (``text[start:end] == excerpt``); *line*, *column*, *end_line* and
    *end_column* are 1-based, columns in code points; *utf16_start* and
    *utf16_end* are the same span in UTF-16 code units, for JavaScript and
    LSP hosts. *fingerprint* is stable across runs and across edits
    elsewhere in the text, so a host can remember a dismissed finding.
    *zone* names the part of an email the span is in (``body`` for plain
    text).
    """

    code: str
    name: str
    family: Family
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    utf16_start: int
    utf16_end: int
    excerpt: str
    suggestions: tuple[Suggestion, ...] = ()
    confidence: float = 1.0
    fingerprint: str = ""
    zone: str = "body"

    def to_dict(self) -> dict[str, Any]:
        """
        Return a JSON-serialisable dict (enums become their string values).
        """
        return {
            "code": self.code,
            "name": self.name,
            "family": self.family.value,
            "severity": self.severity.value,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "utf16_start": self.utf16_start,
            "utf16_end": self.utf16_end,
            "excerpt": self.excerpt,
            "suggestions": [s.to_dict() for s in self.suggestions],
            "confidence": self.confidence,
            "fingerprint": self.fingerprint,
            "zone": self.zone,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """
        Build a finding from the output of `to_dict`, checking it: every
        field present with its type (integers that are not booleans,
        ``start <= end``, a confidence from 0 to 1, known family and
        severity, well-formed suggestions), no unknown field.

        Raises:
            ValueError: naming the first field that is missing or wrong.
        """
        if not isinstance(data, dict):
            msg = f"a finding must be a dict, not {type(data).__name__}"
            raise ValueError(msg)
        unknown = sorted(set(data) - _FIELDS)
        if unknown:
            msg = f"unknown finding field(s): {', '.join(map(str, unknown))}"
            raise ValueError(msg)
        fields: dict[str, Any] = {}
        for name in _REQUIRED:
            if name not in data:
                msg = f"finding has no {name!r}"
                raise ValueError(msg)
        for name in _STRINGS:
            if name in data:
                fields[name] = _typed(data, name, str, "a string")
        for name in _INTS:
            value = _typed(data, name, int, "an integer")
            if value < 0:
                msg = f"finding field {name!r} is {value}, not 0 or more"
                raise ValueError(msg)
            fields[name] = value
        if fields["start"] > fields["end"]:
            msg = (
                f"finding span {fields['start']}..{fields['end']} ends before it starts"
            )
            raise ValueError(msg)
        fields["family"] = _enum(Family, data["family"], "family")
        fields["severity"] = _enum(Severity, data["severity"], "severity")
        if "confidence" in data:
            confidence = data["confidence"]
            if (
                isinstance(confidence, bool)
                or not isinstance(confidence, (int, float))
                or not 0 <= confidence <= 1
            ):
                msg = f"finding confidence {confidence!r} is not a number from 0 to 1"
                raise ValueError(msg)
            fields["confidence"] = float(confidence)
        suggestions = data.get("suggestions", [])
        if not isinstance(suggestions, (list, tuple)):
            msg = "finding suggestions must be a list"
            raise ValueError(msg)
        try:
            fields["suggestions"] = tuple(Suggestion.from_dict(s) for s in suggestions)
        except (KeyError, TypeError, ValueError) as exc:
            msg = f"finding has a malformed suggestion: {type(exc).__name__}: {exc}"
            raise ValueError(msg) from None
        return cls(**fields)


_INTS = (
    "start",
    "end",
    "line",
    "column",
    "end_line",
    "end_column",
    "utf16_start",
    "utf16_end",
)
_STRINGS = ("code", "name", "message", "excerpt", "fingerprint", "zone")
_REQUIRED = (*_INTS, "code", "name", "message", "excerpt", "family", "severity")
_FIELDS = frozenset(
    (*_INTS, *_STRINGS, "family", "severity", "suggestions", "confidence")
)


def _typed(data: dict[str, Any], name: str, kind: type, what: str) -> Any:
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, kind):
        msg = f"finding field {name!r} is {value!r}, not {what}"
        raise ValueError(msg)
    return value


def _enum(kind: type[enum.Enum], value: object, name: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        known = ", ".join(str(k.value) for k in kind)
        msg = f"finding {name} {value!r} is not one of {known}"
        raise ValueError(msg) from None


class Findings(list[Finding]):
    """
    The findings of one lint: a plain list of `Finding` values, plus
    *omitted*, how many more the rules found past the configuration's
    ``max-findings`` cap (0 when nothing was left out). The cap keeps
    memory bounded on a hostile reply; every report (text, JSON, SARIF,
    email) says when it applied, so findings are never dropped silently.
    """

    omitted: int = 0
    limit: int = 0

    def __init__(
        self, findings: Iterable[Finding] = (), *, omitted: int = 0, limit: int = 0
    ) -> None:
        super().__init__(findings)
        self.omitted = omitted
        self.limit = limit

    def note(self) -> str | None:
        """
        One line saying what the cap left out, or None.
        """
        if not self.omitted:
            return None
        return (
            f"stopped after {self.limit:,} findings (max-findings); "
            f"{self.omitted:,} more not reported"
        )


def text_line(location: str, finding: Finding, *, note: str | None = None) -> str:
    """
    The one-line text form every command prints a finding in:
    ``path:line:col: CODE severity: message [name]`` (and `` (note)``).
    """
    line = (
        f"{location}:{finding.line}:{finding.column}: {finding.code} "
        f"{finding.severity.value}: {finding.message} [{finding.name}]"
    )
    return f"{line} ({note})" if note else line
