"""
Phrase packs: rules as data, in TOML, for teams that don't write Python.

A pack holds ``[[rule]]`` tables of two kinds: ``existence`` (flag any of
``phrases``) and ``substitution`` (flag each key of ``swap`` and suggest its
value). Both take ``exceptions``, honour negation and quotation, and can be
limited to who a clause is about (``speaker``). Every pack rule carries
``why``, ``bad`` and ``good`` like a code rule, and is tested the same way.
See docs/phrase-packs.md.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import regex

from cs_lint._authoring.fixes import removal
from cs_lint._authoring.rule import Match, Rule
from cs_lint._base.errors import PackError, did_you_mean
from cs_lint._base.finding import Applicability, Edit, Family, Severity, Suggestion
from cs_lint._base.tomlfile import TomlLocator, toml_error_line
from cs_lint._text.document import Document
from cs_lint._text.patterns import phrase_key, phrase_pattern, words_of
from cs_lint._text.spans import SpanSet


_REQUIRED = ("code", "name", "family", "kind", "message", "why", "bad", "good")
_OPTIONAL = (
    "severity",
    "phrases",
    "swap",
    "exceptions",
    "negation",
    "speaker",
    "ignorecase",
    "preview",
    "suggestion",
    "confidence",
    "fix",
    "replaces",
)
_KINDS = ("existence", "substitution")
_SPEAKERS = ("any", "agent", "customer", "imperative", "not-agent")
_NEGATION = ("skip", "ignore")
_CODE = regex.compile(r"[A-Z]{2,8}[0-9]{3,4}")
_NAME = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def _template_problem(message: str, substitution: bool) -> str | None:
    """
    Why *message* is not a safe template, or None: only ``{excerpt}`` and
    (for substitutions) ``{replacement}``, no attribute or index access
    (``{excerpt.__class__}``), no format spec (``{excerpt:>99999999}``
    would build a huge string per finding).
    """
    allowed = {"excerpt", "replacement"} if substitution else {"excerpt"}
    try:
        fields = list(string.Formatter().parse(message))
    except ValueError as exc:
        return str(exc)
    for _, field, spec, conversion in fields:
        if field is None:
            continue
        if field not in allowed:
            return f"unknown field {{{field}}}"
        if spec:
            return f"format spec {spec!r} on {{{field}}}"
        if conversion not in (None, "r", "s"):
            return f"conversion !{conversion} on {{{field}}}"
    return None


def _removal_message(template: str, excerpt: str) -> str:
    """
    The message for a swap to nothing: the template up to the clause that
    names the replacement, then "remove it" ("Stock phrase 'x': remove it"),
    never "write '' instead".
    """
    at = template.find("{replacement")
    head = template[:at] if at >= 0 else template
    colon = head.rfind(":")
    if at >= 0:
        head = head[:colon] if colon >= 0 else ""
    head = head.strip(" ,;:-")
    said = head.format_map({"excerpt": excerpt}) if head else f"{excerpt!r}"
    if at < 0:
        return said
    return f"{said}: remove it"


def _existence_check(
    *,
    pattern: regex.Pattern[str],
    exceptions: regex.Pattern[str] | None,
    negation: str,
    speaker: str,
    suggestion: str | None,
    swap: Mapping[str, str] | None,
    template: str = "",
) -> Any:
    lowered_swap = {phrase_key(k): v for k, v in (swap or {}).items()}

    def check(doc: Document) -> Iterator[Match]:
        excepted = SpanSet()
        if exceptions is not None:
            excepted = SpanSet(m.span() for m in exceptions.finditer(doc.text))
        for m in pattern.finditer(doc.text):
            start, end = m.span()
            if excepted.covers(start, end):
                continue
            if negation == "skip" and doc.negated(start):
                continue
            if speaker != "any":
                who = doc.clause_at(start).speaker
                if speaker == "not-agent":
                    if who == "agent":
                        continue
                elif who != speaker:
                    continue
            suggestions: tuple[Suggestion, ...] = ()
            data = {}
            message = None
            if swap is not None:
                key = phrase_key(m.group())
                replacement = lowered_swap.get(key, "")
                data["replacement"] = replacement
                if not replacement:
                    # Removing a phrase: keep one space and a capital at
                    # the sentence start, and never say "write ''".
                    suggestions = (removal(doc, start, end, "Remove it"),)
                    message = _removal_message(template, m.group())
                else:
                    if m.group()[:1].isupper():
                        replacement = replacement[0].upper() + replacement[1:]
                    suggestions = (
                        Suggestion(
                            f"Write {replacement!r}",
                            (Edit(start, end, replacement),),
                            Applicability.UNSAFE,
                        ),
                    )
            elif suggestion:
                suggestions = (Suggestion(suggestion),)
            yield Match(start, end, data=data, message=message, suggestions=suggestions)

    return check


def _rule_from_table(
    table: Mapping[str, Any], index: int, where: str, loc: TomlLocator
) -> Rule:
    def fail(message: str, key: str | None = None) -> PackError:
        return PackError(
            message, path=where, line=loc.line(key, array="rule", index=index), key=key
        )

    for key in table:
        if key not in _REQUIRED and key not in _OPTIONAL:
            known = (*_REQUIRED, *_OPTIONAL)
            raise fail(f"unknown key{did_you_mean(key, known)}", key)
    for key in _REQUIRED:
        if key not in table:
            raise fail(f"rule #{index + 1} is missing required key {key!r}")

    def string(key: str) -> str:
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            raise fail("expected a non-empty string", key)
        return value

    def strings(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(v, str) and v.strip() for v in value
        ):
            raise fail("expected a list of non-empty strings", key)
        return tuple(value)

    code = string("code")
    if not _CODE.fullmatch(code):
        raise fail(f"code {code!r} must look like CS123 or ACME123", "code")
    name = string("name")
    if not _NAME.fullmatch(name):
        raise fail(f"name {name!r} must be kebab-case", "name")
    try:
        family = Family(table["family"])
    except ValueError:
        names = [f.value for f in Family]
        raise fail(
            f"unknown family {table['family']!r}"
            f"{did_you_mean(str(table['family']), names)}",
            "family",
        ) from None
    if code.startswith("CS") and code[2] != family.digit:
        raise fail(
            f"CS codes of family {family.value!r} are CS{family.digit}xx", "code"
        )
    kind = string("kind")
    if kind not in _KINDS:
        raise fail(f"unknown kind {kind!r}; use one of {list(_KINDS)}", "kind")
    try:
        severity = Severity(table.get("severity", "warning"))
    except ValueError:
        raise fail(f"unknown severity {table['severity']!r}", "severity") from None
    negation = table.get("negation", "skip")
    if negation not in _NEGATION:
        raise fail(f"negation must be one of {list(_NEGATION)}", "negation")
    speaker = table.get("speaker", "any")
    if speaker not in _SPEAKERS:
        raise fail(f"speaker must be one of {list(_SPEAKERS)}", "speaker")
    ignorecase = table.get("ignorecase", True)
    preview = table.get("preview", False)
    for key, value in (("ignorecase", ignorecase), ("preview", preview)):
        if not isinstance(value, bool):
            raise fail("expected true or false", key)
    confidence = table.get("confidence", 0.8)
    if not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
        raise fail("expected a number from 0 to 1", "confidence")
    swap: dict[str, str] | None = None
    if kind == "existence":
        if "swap" in table:
            raise fail("'swap' belongs to kind = 'substitution'", "swap")
        phrases = strings("phrases")
        if not phrases:
            raise fail("an existence rule needs a non-empty 'phrases' list", "phrases")
    else:
        if "phrases" in table:
            raise fail("'phrases' belongs to kind = 'existence'; use 'swap'", "phrases")
        raw_swap = table.get("swap")
        if not isinstance(raw_swap, dict) or not raw_swap:
            raise fail("a substitution rule needs a non-empty 'swap' table", "swap")
        if not all(isinstance(v, str) for v in raw_swap.values()):
            raise fail("every 'swap' value must be a string", "swap")
        swap = dict(raw_swap)
        phrases = tuple(swap)
    exceptions = strings("exceptions")
    bad, good = strings("bad"), strings("good")
    if not bad or not good:
        raise fail("a pack rule needs at least one 'bad' and one 'good' example")
    suggestion = table.get("suggestion")
    if suggestion is not None and not isinstance(suggestion, str):
        raise fail("expected a string", "suggestion")
    message = string("message")
    problem = _template_problem(message, swap is not None)
    if problem is not None:
        raise fail(
            f"message template is invalid ({problem}); it may use "
            "{excerpt} and, for substitutions, {replacement}, with !r or !s "
            "and no format spec",
            "message",
        )
    replaces = strings("replaces")
    for target in replaces:
        if not _CODE.fullmatch(target):
            raise fail(f"replaces: {target!r} is not a rule code", "replaces")
    pattern = phrase_pattern(phrases, ignorecase=ignorecase)
    exc_pattern = (
        phrase_pattern(exceptions, ignorecase=ignorecase) if exceptions else None
    )
    return Rule(
        code=code,
        name=name,
        family=family,
        severity=severity,
        message=message,
        why=string("why"),
        bad=bad,
        good=good,
        check=_existence_check(
            pattern=pattern,
            exceptions=exc_pattern,
            negation=negation,
            speaker=speaker,
            suggestion=suggestion,
            swap=swap,
            template=message,
        ),
        doc=(
            f"## What it does\nFlags {'these phrases' if swap is None else 'phrases with a preferred form'}"
            f" ({kind} rule from a phrase pack): "
            + ", ".join(f"“{p}”" for p in phrases[:12])
            + (" …" if len(phrases) > 12 else "")
            + "."
        ),
        fix=table.get("fix") or ("Use the suggested wording" if swap else None),
        replaces=frozenset(replaces),
        preview=preview,
        confidence=float(confidence),
        source=where,
        # A phrase can only match where each of its words occurs; its
        # longest word is the rarest cheap witness.
        triggers=frozenset(max(words_of(p), key=len) for p in phrases if words_of(p))
        if all(words_of(p) for p in phrases)
        else None,
    )


def load_pack(path: str | Path) -> tuple[Rule, ...]:
    """
    Load the rules of the phrase pack at *path*.

    Raises:
        PackError: the file is unreadable, not TOML, or a rule in it is
            malformed; the error names the file, the line and the key.
    """
    path = Path(path)
    where = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"cannot read phrase pack: {exc}", path=where) from None
    return parse_pack(raw, where)


def parse_pack(raw: str, where: str = "<pack>") -> tuple[Rule, ...]:
    """
    Parse phrase-pack TOML text; *where* names it in errors.
    """
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(
            f"not valid TOML: {exc}", path=where, line=toml_error_line(exc)
        ) from None
    except RecursionError:
        raise PackError(
            "not valid TOML: arrays or tables nested too deeply", path=where
        ) from None
    loc = TomlLocator(raw)
    for key in data:
        if key not in ("rule", "pack"):
            raise PackError(
                f"unknown top-level key{did_you_mean(key, ('rule', 'pack'))}; "
                "a pack holds [pack] and [[rule]] tables",
                path=where,
                key=key,
            )
    rules = data.get("rule")
    if not isinstance(rules, list) or not rules:
        raise PackError("a phrase pack needs at least one [[rule]] table", path=where)
    out = tuple(_rule_from_table(table, i, where, loc) for i, table in enumerate(rules))
    seen: dict[str, int] = {}
    for i, r in enumerate(out):
        if r.code in seen:
            raise PackError(
                f"code {r.code} is used by rules #{seen[r.code] + 1} and #{i + 1}",
                path=where,
                line=loc.line("code", array="rule", index=i),
                key="code",
            )
        seen[r.code] = i
    return out
