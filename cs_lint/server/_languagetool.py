"""
LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``), so that the
clients that already speak it (browser extensions, Thunderbird and
Outlook add-ins, editor plugins, client libraries) show cs_lint's
findings when pointed at this server.

The shape follows LanguageTool's own serializer: offsets and lengths are
UTF-16 code units (Java string indexes), ``context`` is up to 40
characters either side with ``...`` where cut and newlines as spaces, a
rule's ``id`` is the cs_lint code and its category the family. With
``data`` (annotated text), markup is left out of what is linted but
counts in every offset, and ``interpretAs`` stands in for it.

LanguageTool's replacements replace exactly ``[offset, offset+length)``.
A cs_lint suggestion's edits may reach past the finding (dropping "As I
already told you, t" for "T" fixes the capital too), so a match covers
the finding and every edit of its suggestions, and each replacement is
that span with one suggestion applied: a client that applies it gets
exactly the text the suggestion makes.

Errors are answered as LanguageTool answers them, a status and a line of
plain text, which its clients show as they are.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import urllib.parse
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from cs_lint._authoring.rule import Rule
from cs_lint._base.finding import Edit, Family, Finding, apply_edits
from cs_lint._base.version import version
from cs_lint._text.document import Document
from cs_lint._text.spans import Utf16Index
from cs_lint.server._http import JSON, decode, media_type, read_body
from cs_lint.server._selection import Selection, codes
from cs_lint.server._service import Problem, Service


if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response


#: The languages answered: cs_lint reads English.
LANGUAGES = (
    ("English", "en"),
    ("English (US)", "en-US"),
    ("English (GB)", "en-GB"),
    ("English (Australian)", "en-AU"),
    ("English (Canadian)", "en-CA"),
    ("English (New Zealand)", "en-NZ"),
    ("English (South African)", "en-ZA"),
)
_NAMES = {code.lower(): name for name, code in LANGUAGES}
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
#: Characters of context either side of a match, as LanguageTool.
CONTEXT = 40
#: LanguageTool's issue types, by family.
ISSUE_TYPES = {
    Family.CONSISTENCY: "inconsistency",
    Family.SCRIPT_RIGIDITY: "register",
}
FORM = "application/x-www-form-urlencoded"
MAX_FIELDS = 200


def category_id(family: Family) -> str:
    """
    A family as a LanguageTool category id: ``OVER_PROMISING``.
    """
    return family.value.upper().replace("-", "_")


def _family(name: str) -> str | None:
    key = name.strip().lower().replace("_", "-")
    return key if key in {f.value for f in Family} else None


def title(rule: Rule) -> str:
    """
    A rule's message without the excerpt: "Puts the blame on the customer".
    """
    if "{" not in rule.message:
        return rule.message
    return re.split(r"\s*[:;]\s", rule.message, maxsplit=1)[0]


# --- requests -----------------------------------------------------------------


def _parse_form(text: str) -> dict[str, str]:
    try:
        pairs = urllib.parse.parse_qsl(
            text,
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except UnicodeDecodeError:
        raise Problem(400, "Error: a parameter is not UTF-8 after %-decoding") from None
    except ValueError as exc:
        raise Problem(400, f"Error: {exc}") from None
    return dict(pairs)


async def _params(request: Request, limit: int) -> dict[str, str]:
    params = _parse_form(request.url.query)
    if request.method == "POST":
        media = media_type(request)
        if media not in ("", FORM):
            raise Problem(415, f"Error: expected {FORM}, got {media}")
        params.update(_parse_form(decode(await read_body(request, limit))))
    return params


@attrs.frozen(slots=False)
class Annotated:
    """
    Text to lint with the original it came from: *plain* is linted,
    *original* is what offsets index. ``segments`` holds, for each part,
    ``(plain_start, plain_end, original_start, original_end, is_text)``.
    """

    original: str
    plain: str
    segments: tuple[tuple[int, int, int, int, bool], ...] = ()

    @classmethod
    def from_text(cls, text: str) -> Annotated:
        return cls(text, text)

    @classmethod
    def from_data(cls, data: str) -> Annotated:
        """
        Read LanguageTool's ``data``: ``{"annotation": [{"text": ...},
        {"markup": ..., "interpretAs": ...}, ...]}``.
        """
        try:
            parsed = json.loads(data)
        except (ValueError, RecursionError):
            raise Problem(400, "Error: 'data' is not valid JSON") from None
        parts = parsed.get("annotation") if isinstance(parsed, dict) else None
        if not isinstance(parts, list):
            raise Problem(400, "Error: 'data' needs an 'annotation' array")
        original: list[str] = []
        plain: list[str] = []
        segments = []
        o = p = 0
        for i, part in enumerate(parts):
            if not isinstance(part, dict):
                raise Problem(400, f"Error: annotation[{i}] is not an object")
            text, markup = part.get("text"), part.get("markup")
            if (text is None) == (markup is None):
                raise Problem(
                    400, f"Error: annotation[{i}] needs 'text' or 'markup', not both"
                )
            if text is not None:
                if not isinstance(text, str):
                    raise Problem(400, f"Error: annotation[{i}].text is not a string")
                orig, read, is_text = text, text, True
            else:
                interpret = part.get("interpretAs", "")
                if not isinstance(markup, str) or not isinstance(interpret, str):
                    raise Problem(400, f"Error: annotation[{i}] markup is not a string")
                orig, read, is_text = markup, interpret, False
            segments.append((p, p + len(read), o, o + len(orig), is_text))
            original.append(orig)
            plain.append(read)
            o += len(orig)
            p += len(read)
        return cls("".join(original), "".join(plain), tuple(segments))

    def to_original(self, pos: int, *, end: bool) -> int:
        """
        Map a code-point offset in *plain* to one in *original*. An offset
        inside text maps one to one; inside markup's ``interpretAs`` it
        maps to the markup's start (for a span's start) or end (for its
        end), so a span never cuts a tag in two.
        """
        if not self.segments:
            return pos
        starts = self._starts
        if end:
            # The last part that starts before pos: pos ends a span in it.
            i = bisect.bisect_left(starts, pos) - 1
        else:
            # The last part that starts at or before pos: pos starts in it.
            i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return 0
        p_start, _, o_start, o_end, is_text = self.segments[i]
        if is_text:
            return min(o_start + (pos - p_start), o_end)
        return o_end if end else o_start

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [s[0] for s in self.segments]


def _language(params: Mapping[str, str]) -> tuple[str, str, bool]:
    """
    Return (code, name, english) for the ``language`` parameter.
    """
    tag = params.get("language")
    if not tag:
        raise Problem(400, "Error: Missing 'language' parameter")
    tag = tag.strip()
    if tag.lower() == "auto":
        return "en-US", _NAMES["en-us"], True
    if not _TAG.fullmatch(tag):
        raise Problem(400, f"Error: '{tag}' is not a language code like 'en-US'")
    code = tag.replace("_", "-")
    name = _NAMES.get(code.lower())
    english = code.lower().split("-")[0] == "en"
    if english and name is None:
        name = _NAMES["en"]
    return code, name or code, english


def _selection(service: Service, params: Mapping[str, str]) -> Selection | None:
    """
    The rules a request turns on and off; None when it enables only rules
    and categories cs_lint doesn't have (nothing to run). Names of rules
    and categories cs_lint doesn't have are skipped, as a client sends
    LanguageTool's own ones (``disabledRules=WHITESPACE_RULE``).
    """
    names = {n for r in service.rules for n in (r.code, r.name)}

    def rules(key: str) -> tuple[str, ...]:
        return tuple(n for n in codes(params.get(key, "")) if n in names)

    def families(key: str) -> tuple[str, ...]:
        found = (_family(n) for n in codes(params.get(key, "")))
        return tuple(f for f in found if f)

    enabled = (*rules("enabledRules"), *families("enabledCategories"))
    disabled = (*rules("disabledRules"), *families("disabledCategories"))
    only = params.get("enabledOnly", "false").strip().lower() == "true"
    if only:
        if not enabled:
            return None
        return Selection(select=enabled, ignore=disabled)
    if enabled:
        base = service.linter.config.select or ("ALL",)
        return Selection(select=(*base, *enabled), ignore=disabled)
    return Selection(ignore=disabled)


# --- responses ----------------------------------------------------------------


def replacements(text: str, f: Finding) -> tuple[int, int, list[str]]:
    """
    Return the span a match covers in *text* (the finding's, stretched to
    every edit of its suggestions) and one replacement for that span per
    suggestion with edits.
    """
    fixes = [s.edits for s in f.suggestions if s.edits]
    start = min([f.start, *(e.start for edits in fixes for e in edits)])
    end = max([f.end, *(e.end for edits in fixes for e in edits)])
    values: list[str] = []
    for edits in fixes:
        moved = [Edit(e.start - start, e.end - start, e.replacement) for e in edits]
        value = apply_edits(text[start:end], moved)
        if value not in values:
            values.append(value)
    return start, end, values


def _context(original: str, start: int, end: int) -> dict[str, Any]:
    lo = max(start - CONTEXT, 0)
    hi = min(end + CONTEXT, len(original))
    prefix = "..." if lo > 0 else ""
    suffix = "..." if hi < len(original) else ""
    before = prefix + original[lo:start]
    middle = original[start:end]
    text = before + original[start:hi] + suffix
    return {
        "text": text.replace("\n", " "),
        "offset": _u16(before),
        "length": _u16(middle),
    }


def _u16(s: str) -> int:
    return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)


def _message(f: Finding) -> str:
    notes = [s.message for s in f.suggestions if not s.edits]
    if not notes:
        return f.message
    return f"{f.message}. Suggestion: {notes[0]}"


def _match(
    f: Finding,
    rule: Rule,
    *,
    ann: Annotated,
    doc: Document,
    u16: Utf16Index,
    base_url: str,
) -> dict[str, Any]:
    start, end, values = replacements(ann.plain, f)
    o_start = ann.to_original(start, end=False)
    o_end = max(ann.to_original(end, end=True), o_start)
    offset = u16.offset(o_start)
    sentence = doc.sentence_at(f.start)
    return {
        "message": _message(f),
        "shortMessage": title(rule),
        "replacements": [{"value": v} for v in values],
        "offset": offset,
        "length": u16.offset(o_end) - offset,
        "context": _context(ann.original, o_start, o_end),
        "sentence": sentence.text.strip() if sentence else "",
        "type": {"typeName": "Other"},
        "rule": {
            "id": rule.code,
            "description": title(rule),
            "issueType": ISSUE_TYPES.get(rule.family, "style"),
            "urls": [{"value": f"{base_url}rules/{rule.code}"}],
            "category": {
                "id": category_id(rule.family),
                "name": rule.family.value.replace("-", " ").capitalize(),
            },
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _software() -> dict[str, Any]:
    return {
        "name": "cs_lint",
        "version": version(),
        "buildDate": "",
        "apiVersion": 1,
        "premium": False,
        "status": "",
    }


async def check(request: Request) -> Response:
    """
    ``GET|POST /v2/check``: LanguageTool's check, answered with cs_lint's
    findings.
    """
    service: Service = request.app.state.service
    params = await _params(request, service.settings.max_body)
    text, data = params.get("text"), params.get("data")
    if text is None and data is None:
        raise Problem(400, "Error: Missing 'text' or 'data' parameter")
    if text is not None and data is not None:
        raise Problem(400, "Error: give 'text' or 'data', not both")
    code, name, english = _language(params)
    ann = (
        Annotated.from_text(text)
        if text is not None
        else Annotated.from_data(data or "")
    )
    selection = _selection(service, params) if english else None
    customer = params.get("customer") or None
    warnings: dict[str, Any] = {"incompleteResults": False}
    matches: list[dict[str, Any]] = []
    sentence_ranges: list[list[int]] = []
    if not english:
        warnings = {
            "incompleteResults": True,
            "incompleteResultsReason": f"cs_lint checks English only, not {code}",
        }
    if selection is not None:
        chosen = selection
        doc, findings = await service.run(
            lambda: service.lint_document(
                ann.plain, customer=customer, selection=chosen
            )
        )
        u16 = Utf16Index(ann.original)
        by_code = {r.code: r for r in service.rules}
        base = str(request.base_url)
        matches = [
            _match(f, by_code[f.code], ann=ann, doc=doc, u16=u16, base_url=base)
            for f in findings
        ]
        for s in doc.sentences:
            lo = u16.offset(ann.to_original(s.start, end=False))
            hi = u16.offset(ann.to_original(s.end, end=True))
            sentence_ranges.append([lo, max(hi, lo)])
    language = {
        "name": name,
        "code": code,
        "detectedLanguage": {
            "name": name,
            "code": code,
            "confidence": 1.0,
            "source": "",
        },
    }
    return JSON(
        {
            "software": _software(),
            "warnings": warnings,
            "language": language,
            "matches": matches,
            "sentenceRanges": sentence_ranges,
        }
    )


async def languages(request: Request) -> Response:
    """
    ``GET /v2/languages``: the languages cs_lint checks.
    """
    return JSON(
        [
            {"name": name, "code": code.split("-")[0], "longCode": code}
            for name, code in LANGUAGES
        ]
    )
