"""
Phrase packs: rules as data, in TOML, for teams that don't write Python —
and for the built-in rules that are pure matching, which ship as packs in
``cs_lint/rules/packs/`` and go through the same loader.

A pack holds ``[[rule]]`` tables of three kinds, after Vale's:
``existence`` (flag any of ``phrases``, or matches of a ``pattern``),
``substitution`` (flag each key of ``swap`` and suggest its value) and
``occurrence`` (a phrase or pattern that must occur at least ``min`` or at
most ``max`` times in the agent's words). Next to a pattern sit its
antipatterns (LanguageTool's term): ``exceptions`` (phrases) and
``antipatterns`` (regexes) whose matches make a match inside them fine.
Named ``skip`` predicates drop matches the shared readings explain
(negated, reported speech, softened into a guess, a question, a
condition); ``speaker`` limits a rule to who a clause is about;
``action = "remove"`` makes the suggestion an edit that removes the
match. Every pack rule carries ``why``, ``bad`` and ``good`` like a code
rule, and is tested the same way. See docs/phrase-packs.md.

Each table becomes a `PackRule` (a frozen, validated value) and then a
`Rule`; every problem is one `PackError` naming the file, line and key.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import regex

from cs_lint._authoring.fixes import removal
from cs_lint._authoring.rule import Match, Rule, Scan, expand_needs
from cs_lint._authoring.skips import reported, softened
from cs_lint._base.errors import PackError, did_you_mean
from cs_lint._base.finding import Applicability, Edit, Family, Severity, Suggestion
from cs_lint._base.tomlfile import TomlLocator, toml_error_line
from cs_lint._context.reply import in_conditional, is_question
from cs_lint._text.anchors import neighbourhoods
from cs_lint._text.compiled import compile_cached
from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern, phrase_key, phrase_pattern, words_of
from cs_lint._text.spans import SpanSet
from cs_lint._text.tables import Table


_KINDS = ("existence", "substitution", "occurrence")
_SPEAKERS = ("any", "agent", "customer", "imperative", "not-agent")
_NEGATION = ("skip", "ignore")
_ACTIONS = ("suggest", "remove")
_SCOPES = ("text", "sentence")
_CODE = compile_cached(r"[A-Z]{2,8}[0-9]{3,4}")
_NAME = compile_cached(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_WORD_OR_CLASS = r"(?:[\w'’-]+|\{[A-Z][A-Z0-9_]*[A-Z0-9]\})"
_NEED = compile_cached(
    rf"{_WORD_OR_CLASS}(?:\|{_WORD_OR_CLASS})*(?:\+{_WORD_OR_CLASS}(?:\|{_WORD_OR_CLASS})*)*"
)

#: Named reasons to drop a match, readable from a pack.
SKIPS: Mapping[str, Callable[[Document, int], bool]] = {
    "negated": lambda doc, start: doc.negated(start),
    "reported": reported,
    "softened": softened,
    "question": is_question,
    "conditional": in_conditional,
}


def _template_problem(message: str, allowed: frozenset[str]) -> str | None:
    """
    Why *message* is not a safe template, or None: only the *allowed*
    fields, no attribute or index access (``{excerpt.__class__}``), no
    format spec (``{excerpt:>99999999}`` would build a huge string per
    finding), conversions ``!r`` / ``!s`` only.
    """
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


class _Invalid(Exception):
    """
    A pack-rule value that fails validation: the key and what is wrong.
    """

    def __init__(self, key: str | None, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message


def _strings(key: str) -> Callable[[Any, Any, Any], None]:
    def check(_: Any, __: Any, value: Any) -> None:
        if not all(isinstance(v, str) and v.strip() for v in value):
            raise _Invalid(key, "expected a list of non-empty strings")

    return check


def _tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _is_code(_: Any, __: Any, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid("code", "expected a non-empty string")
    if not _CODE.fullmatch(value):
        raise _Invalid("code", f"code {value!r} must look like CS123 or ACME123")


def _is_name(_: Any, __: Any, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid("name", "expected a non-empty string")
    if not _NAME.fullmatch(value):
        raise _Invalid("name", f"name {value!r} must be kebab-case")


def _text(key: str) -> Callable[[Any, Any, Any], None]:
    def check(_: Any, __: Any, value: Any) -> None:
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise _Invalid(key, "expected a non-empty string")

    return check


def _one_of(key: str, choices: tuple[str, ...]) -> Callable[[Any, Any, Any], None]:
    def check(_: Any, __: Any, value: Any) -> None:
        if value not in choices:
            raise _Invalid(
                key,
                f"unknown {key} {value!r}{did_you_mean(str(value), choices)}; "
                f"use one of {list(choices)}",
            )

    return check


def _flag(key: str) -> Callable[[Any, Any, Any], None]:
    def check(_: Any, __: Any, value: Any) -> None:
        if not isinstance(value, bool):
            raise _Invalid(key, "expected true or false")

    return check


def _count(key: str) -> Callable[[Any, Any, Any], None]:
    def check(_: Any, __: Any, value: Any) -> None:
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value < 0
        ):
            raise _Invalid(key, "expected a whole number, 0 or more")

    return check


def _family(value: Any) -> Family:
    try:
        return Family(value)
    except ValueError:
        names = [f.value for f in Family]
        raise _Invalid(
            "family", f"unknown family {value!r}{did_you_mean(str(value), names)}"
        ) from None


def _severity(value: Any) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise _Invalid("severity", f"unknown severity {value!r}") from None


def _compile(
    key: str, source: str, ignorecase: bool, *, eager: bool = True
) -> regex.Pattern[str]:
    flags = regex.VERBOSE | (regex.IGNORECASE if ignorecase else 0)
    try:
        return compile_pattern(source, flags=flags, lazy=not eager)
    except regex.error as exc:
        raise _Invalid(key, f"not a valid regular expression: {exc}") from None


@attrs.frozen(kw_only=True)
class PackRule:
    """
    One ``[[rule]]`` table of a phrase pack, validated field by field (an
    invalid field raises with its key, which `parse_pack` turns into a
    located `PackError`). `to_rule` builds the `Rule`.
    """

    code: str = attrs.field(validator=_is_code)
    name: str = attrs.field(validator=_is_name)
    family: Family = attrs.field(converter=_family)
    kind: str = attrs.field(validator=_one_of("kind", _KINDS))
    message: str = attrs.field(validator=_text("message"))
    why: str = attrs.field(validator=_text("why"))
    bad: tuple[str, ...] = attrs.field(converter=_tuple, validator=_strings("bad"))
    good: tuple[str, ...] = attrs.field(converter=_tuple, validator=_strings("good"))
    severity: Severity = attrs.field(default=Severity.WARNING, converter=_severity)
    phrases: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_strings("phrases")
    )
    pattern: str | None = attrs.field(default=None, validator=_text("pattern"))
    swap: Mapping[str, str] | None = None
    needs: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_strings("needs")
    )
    exceptions: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_strings("exceptions")
    )
    antipatterns: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_strings("antipatterns")
    )
    skip: tuple[str, ...] = attrs.field(
        default=("negated",), converter=_tuple, validator=_strings("skip")
    )
    speaker: str = attrs.field(default="any", validator=_one_of("speaker", _SPEAKERS))
    scope: str = attrs.field(default="text", validator=_one_of("scope", _SCOPES))
    ignorecase: bool = attrs.field(default=True, validator=_flag("ignorecase"))
    preview: bool = attrs.field(default=False, validator=_flag("preview"))
    suggestion: str | None = attrs.field(default=None, validator=_text("suggestion"))
    action: str = attrs.field(default="suggest", validator=_one_of("action", _ACTIONS))
    confidence: float = 0.8
    fix: str | None = attrs.field(default=None, validator=_text("fix"))
    description: str | None = attrs.field(default=None, validator=_text("description"))
    replaces: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_strings("replaces")
    )
    min: int | None = attrs.field(default=None, validator=_count("min"))
    max: int | None = attrs.field(default=None, validator=_count("max"))

    def __attrs_post_init__(self) -> None:
        self._check_shape()
        for name in self.skip:
            if name not in SKIPS:
                raise _Invalid(
                    "skip",
                    f"unknown skip {name!r}{did_you_mean(name, SKIPS)}; "
                    f"use any of {sorted(SKIPS)}",
                )
        for need in self.needs:
            if not _NEED.fullmatch(need):
                raise _Invalid(
                    "needs",
                    f"{need!r} is not a trigger entry: words joined by '+' (all "
                    "in one sentence), each slot a word or words joined by '|'",
                )
        if self.scope == "sentence" and self.triggers() is None:
            raise _Invalid(
                "scope",
                "scope = 'sentence' reads the sentences that hold the rule's "
                "words: give 'needs' (or 'phrases')",
            )
        if (
            isinstance(self.confidence, bool)
            or not isinstance(self.confidence, (int, float))
            or not 0 <= self.confidence <= 1
        ):
            raise _Invalid("confidence", "expected a number from 0 to 1")
        if not self.bad or not self.good:
            raise _Invalid(
                None, "a pack rule needs at least one 'bad' and one 'good' example"
            )
        allowed = {"excerpt"}
        if self.kind == "substitution":
            allowed.add("replacement")
        if self.kind == "occurrence":
            allowed.add("count")
        problem = _template_problem(self.message, frozenset(allowed))
        if problem is not None:
            raise _Invalid(
                "message",
                f"message template is invalid ({problem}); it may use {{excerpt}}, "
                "for substitutions {replacement}, for occurrence rules {count}, "
                "with !r or !s and no format spec",
            )
        for target in self.replaces:
            if not _CODE.fullmatch(target):
                raise _Invalid("replaces", f"{target!r} is not a rule code")

    def _check_shape(self) -> None:
        """
        Which matching keys a kind takes.
        """
        if self.kind == "substitution":
            if self.phrases or self.pattern:
                raise _Invalid(
                    "phrases" if self.phrases else "pattern",
                    "a substitution rule matches the keys of 'swap'",
                )
            if not isinstance(self.swap, dict) or not self.swap:
                raise _Invalid(
                    "swap", "a substitution rule needs a non-empty 'swap' table"
                )
            if not all(isinstance(v, str) for v in self.swap.values()):
                raise _Invalid("swap", "every 'swap' value must be a string")
            if self.action != "suggest":
                raise _Invalid("action", "a substitution rule always suggests its swap")
            return
        if self.swap is not None:
            raise _Invalid("swap", "'swap' belongs to kind = 'substitution'")
        if bool(self.phrases) == bool(self.pattern):
            raise _Invalid(
                "phrases",
                f"an {self.kind} rule needs either a non-empty 'phrases' list or a 'pattern'",
            )
        if self.kind == "occurrence":
            if self.min is None and self.max is None:
                raise _Invalid("min", "an occurrence rule needs 'min', 'max' or both")
        elif self.min is not None or self.max is not None:
            raise _Invalid(
                "min" if self.min is not None else "max",
                "'min' and 'max' belong to kind = 'occurrence'",
            )

    def triggers(self) -> frozenset[str] | None:
        """
        The rule's trigger words: the given ``needs``, or for phrases the
        longest word of each (a phrase can only match where each of its
        words occurs). None (always run) for a pattern without needs, and
        for an occurrence rule with a minimum (it fires when words are
        missing).
        """
        if self.kind == "occurrence" and self.min:
            return None
        if self.needs:
            return expand_needs(self.needs)
        phrases = tuple(self.swap) if self.swap is not None else self.phrases
        if not phrases or not all(words_of(p) for p in phrases):
            return None
        return frozenset(max(sorted(words_of(p)), key=len) for p in phrases)

    def matcher(self, *, eager: bool = True) -> regex.Pattern[str]:
        """
        The compiled pattern of what the rule matches (compiled now when
        *eager*, so a broken pattern is reported at load time).
        """
        if self.pattern is not None:
            return _compile("pattern", self.pattern, self.ignorecase, eager=eager)
        phrases = tuple(self.swap) if self.swap is not None else self.phrases
        return phrase_pattern(phrases, ignorecase=self.ignorecase)

    def to_rule(self, source: str, *, eager: bool = True) -> Rule:
        """
        Build the `Rule` this table describes; *source* names the pack.
        *eager* compiles its patterns now, so a broken one is a located
        error at load time (bundled packs, which the test suite covers,
        compile on first use instead).
        """
        excepted = [
            phrase_pattern(self.exceptions, ignorecase=self.ignorecase)
            if self.exceptions
            else None,
            *(
                _compile("antipatterns", a, self.ignorecase, eager=eager)
                for a in self.antipatterns
            ),
        ]
        pattern = self.matcher(eager=eager)
        needs = self.triggers()
        matches = _Matches(
            pattern=pattern,
            antipatterns=tuple(p for p in excepted if p is not None),
            skips=tuple(SKIPS[name] for name in self.skip),
            speaker=self.speaker,
            sentences=(
                Scan(pattern, needs)
                if self.scope == "sentence" and needs is not None
                else None
            ),
        )
        if self.kind == "occurrence":
            check = _occurrence_check(matches, self.min, self.max, self.suggestion)
        elif self.swap is not None:
            check = _substitution_check(matches, self.swap, self.message)
        else:
            check = _existence_check(matches, self.suggestion, self.action)
        return Rule(
            code=self.code,
            name=self.name,
            family=self.family,
            severity=self.severity,
            message=self.message,
            why=self.why,
            bad=self.bad,
            good=self.good,
            check=check,
            doc=self._doc(),
            fix=self.fix or ("Use the suggested wording" if self.swap else None),
            preview=self.preview,
            confidence=float(self.confidence),
            source=source,
            triggers=self.triggers(),
            replaces=frozenset(self.replaces),
        )

    def _doc(self) -> str:
        if self.description:
            return f"## What it does\n{self.description.strip()}"
        phrases = tuple(self.swap) if self.swap is not None else self.phrases
        if not phrases:
            return f"## What it does\nFlags matches of a pattern ({self.kind} rule from a phrase pack)."
        what = "these phrases" if self.swap is None else "phrases with a preferred form"
        return (
            f"## What it does\nFlags {what} ({self.kind} rule from a phrase pack): "
            + ", ".join(f"“{p}”" for p in phrases[:12])
            + (" …" if len(phrases) > 12 else "")
            + "."
        )


@attrs.frozen
class _Matches:
    """
    A pack rule's matching: the pattern, its antipatterns, the skips and
    the speaker filter, shared by every kind.
    """

    pattern: regex.Pattern[str]
    antipatterns: tuple[regex.Pattern[str], ...]
    skips: tuple[Callable[[Document, int], bool], ...]
    speaker: str
    #: With ``scope = "sentence"``: the pattern runs only over the
    #: sentences that hold the rule's words.
    sentences: Scan | None = None

    def __call__(self, doc: Document) -> Iterator[regex.Match[str]]:
        text = doc.text
        found = (
            self.pattern.finditer(text)
            if self.sentences is None
            else self.sentences.in_sentences(doc)
        )
        excepted: dict[tuple[int, int], SpanSet] = {}
        for m in found:
            start, end = m.span()
            if self.antipatterns and _excepted(
                doc, self.antipatterns, excepted, start, end
            ):
                continue
            if any(skip(doc, start) for skip in self.skips):
                continue
            if self.speaker != "any":
                who = doc.clause_at(start).speaker
                if self.speaker == "not-agent":
                    if who == "agent":
                        continue
                elif who != self.speaker:
                    continue
            yield m


def _excepted(
    doc: Document,
    antipatterns: tuple[regex.Pattern[str], ...],
    seen: dict[tuple[int, int], SpanSet],
    start: int,
    end: int,
) -> bool:
    """
    Whether the antipatterns' matches cover *start*..*end*. They are read
    around the match only: from the sentence before the match's first to
    the one after its last (a match may run across a cut the splitter
    made inside it), not over the whole text, which costs a long email
    one scan per antipattern for each pack rule that matched (issue 15).
    Each region's matches are kept in *seen* for the document's other
    matches.
    """
    first = max(doc.sentence_index(start), 0)
    last = max(doc.sentence_index(max(start, end - 1)), first)
    ((lo, hi),) = neighbourhoods(doc, lambda: range(first, last + 1))
    spans = seen.get((lo, hi))
    if spans is None:
        text = doc.text
        spans = seen[lo, hi] = SpanSet(
            a.span() for p in antipatterns for a in p.finditer(text, lo, hi)
        )
    return spans.covers(start, end)


def _existence_check(
    matches: _Matches, suggestion: str | None, action: str
) -> Callable[[Document], Iterator[Match]]:
    def check(doc: Document) -> Iterator[Match]:
        for m in matches(doc):
            start, end = m.span()
            if action == "remove":
                suggestions: tuple[Suggestion, ...] = (
                    removal(doc, start, end, suggestion or "Remove it"),
                )
            elif suggestion:
                suggestions = (Suggestion(suggestion),)
            else:
                suggestions = ()
            yield Match(start, end, suggestions=suggestions)

    return check


def _substitution_check(
    matches: _Matches, swap: Mapping[str, str], template: str
) -> Callable[[Document], Iterator[Match]]:
    lowered = {phrase_key(k): v for k, v in swap.items()}

    def check(doc: Document) -> Iterator[Match]:
        for m in matches(doc):
            start, end = m.span()
            replacement = lowered.get(phrase_key(m.group()), "")
            data = {"replacement": replacement}
            if not replacement:
                # Removing a phrase: keep one space and a capital at the
                # sentence start, and never say "write ''".
                yield Match(
                    start,
                    end,
                    data=data,
                    message=_removal_message(template, m.group()),
                    suggestions=(removal(doc, start, end, "Remove it"),),
                )
                continue
            if m.group()[:1].isupper():
                replacement = replacement[0].upper() + replacement[1:]
            suggestion = Suggestion(
                f"Write {replacement!r}",
                (Edit(start, end, replacement),),
                Applicability.UNSAFE,
            )
            yield Match(start, end, data=data, suggestions=(suggestion,))

    return check


def _occurrence_check(
    matches: _Matches, least: int | None, most: int | None, suggestion: str | None
) -> Callable[[Document], Iterator[Match]]:
    def check(doc: Document) -> Iterator[Match]:
        found = [m for m in matches(doc) if doc.in_agent_zone(m.start())]
        advice = (Suggestion(suggestion),) if suggestion else ()
        if most is not None:
            for m in found[most:]:
                yield Match(
                    m.start(),
                    m.end(),
                    data={"count": str(len(found))},
                    suggestions=advice,
                )
        if least is not None and len(found) < least:
            # A missing element has no span: an insertion point where the
            # agent's words start.
            at = next((s for s, _ in doc.agent_spans), 0)
            yield Match(at, at, data={"count": str(len(found))}, suggestions=advice)

    return check


_KEYS = frozenset(f.name for f in attrs.fields(PackRule)) | {"negation"}
_REQUIRED = ("code", "name", "family", "kind", "message", "why", "bad", "good")


def _pack_rule(table: Mapping[str, Any], index: int) -> PackRule:
    """
    Validate one ``[[rule]]`` table into a `PackRule`.
    """
    for key in table:
        if key not in _KEYS:
            raise _Invalid(key, f"unknown key{did_you_mean(key, sorted(_KEYS))}")
    for key in _REQUIRED:
        if key not in table:
            raise _Invalid(None, f"rule #{index + 1} is missing required key {key!r}")
    fields = dict(table)
    negation = fields.pop("negation", None)
    if negation is not None:
        if negation not in _NEGATION:
            raise _Invalid("negation", f"negation must be one of {list(_NEGATION)}")
        if "skip" in fields:
            raise _Invalid(
                "negation", "give 'skip' (with \"negated\" or not), not both"
            )
        fields["skip"] = ["negated"] if negation == "skip" else []
    for key in (
        "bad",
        "good",
        "phrases",
        "needs",
        "exceptions",
        "antipatterns",
        "skip",
    ):
        if key in fields and not isinstance(fields[key], list):
            raise _Invalid(key, "expected a list of non-empty strings")
    if "swap" in fields and not isinstance(fields["swap"], dict):
        raise _Invalid("swap", "a substitution rule needs a non-empty 'swap' table")
    try:
        return PackRule(**fields)
    except _Invalid:
        raise
    except (TypeError, ValueError) as exc:
        raise _Invalid(None, f"invalid rule #{index + 1}: {exc}") from None


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


def parse_pack(
    raw: str, where: str = "<pack>", *, eager: bool = True, stored: bool = False
) -> tuple[Rule, ...]:
    """
    Parse phrase-pack TOML text; *where* names it in errors. *eager*
    compiles every pattern now (see `PackRule.to_rule`). *stored* (the
    bundled packs) reads the parsed TOML from the derived tables when it
    is there (`_PARSED`).
    """
    if stored:
        data = _PARSED.get(raw, lambda: _toml(raw, where), _plain, _plain_table)
    else:
        data = _toml(raw, where)
    loc = TomlLocator(raw)
    for key in data:
        if key not in ("rule", "pack"):
            raise PackError(
                f"unknown top-level key{did_you_mean(key, ('rule', 'pack'))}; "
                "a pack holds [pack] and [[rule]] tables",
                path=where,
                key=key,
            )
    tables = data.get("rule")
    if not isinstance(tables, list) or not tables:
        raise PackError("a phrase pack needs at least one [[rule]] table", path=where)
    out: list[Rule] = []
    seen: dict[str, int] = {}
    for i, table in enumerate(tables):
        try:
            r = _pack_rule(table, i).to_rule(where, eager=eager)
        except _Invalid as exc:
            raise PackError(
                exc.message,
                path=where,
                line=loc.line(exc.key, array="rule", index=i),
                key=exc.key,
            ) from None
        if r.code in seen:
            raise PackError(
                f"code {r.code} is used by rules #{seen[r.code] + 1} and #{i + 1}",
                path=where,
                line=loc.line("code", array="rule", index=i),
                key="code",
            )
        seen[r.code] = i
        out.append(r)
    return tuple(out)


def _toml(raw: str, where: str) -> dict[str, Any]:
    """
    *raw* parsed as TOML, or a `PackError` saying where it is not TOML.
    """
    # Imported here: a start-up reads the bundled packs from the derived
    # tables, and tomllib costs ~40 M instructions to import.
    import tomllib  # noqa: PLC0415

    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(
            f"not valid TOML: {exc}", path=where, line=toml_error_line(exc)
        ) from None
    except RecursionError:
        raise PackError(
            "not valid TOML: arrays or tables nested too deeply", path=where
        ) from None


#: The bundled packs' TOML, parsed: keyed on the text, derived afresh when
#: this module changes (cs_lint._text.tables).
_PARSED = Table("pack-toml", (Path(__file__),))
_SCALARS = (str, int, float, bool)


def _is_plain(value: Any, depth: int = 0) -> bool:
    """
    Whether *value* is made of what JSON keeps exactly: str, int, float,
    bool, lists and str-keyed tables (TOML's dates and times are not).
    """
    if isinstance(value, _SCALARS):
        return True
    if depth > 32:
        return False
    if isinstance(value, list):
        return all(_is_plain(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(
            isinstance(k, str) and _is_plain(v, depth + 1) for k, v in value.items()
        )
    return False


def _plain(data: dict[str, Any]) -> dict[str, Any] | None:
    # A table JSON would change is not stored (None is never served).
    return data if _is_plain(data) else None


def _plain_table(value: Any) -> dict[str, Any]:
    if type(value) is dict and _is_plain(value):
        return value
    msg = "not a plain table"
    raise TypeError(msg)
