"""
The engine: a `Linter` holds the selected rules, compiled once, and runs
them over one parsed `Document` per reply.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import attrs

from cs_lint._config import Config
from cs_lint._document import Document
from cs_lint._errors import ConfigError, CsLintError, did_you_mean
from cs_lint._finding import Finding, Severity
from cs_lint._registry import all_rules, select_rules
from cs_lint._rule import Match, Rule


class RuleError(CsLintError):
    """
    A rule raised while checking a text (a bug in that rule).
    """


def _build_options(r: Rule, given: Mapping[str, Any] | None, path: str | None) -> Any:
    """
    Validate *given* against the rule's options class and build it.
    """
    if r.options is None:
        if given:
            raise ConfigError(
                f"rule {r.code} ({r.name}) takes no options",
                path=path,
                key=f"options.{r.code}",
            )
        return None
    if not given:
        return r.options()
    fields = {f.name.replace("_", "-"): f for f in attrs.fields(r.options)}
    defaults = r.options()
    kwargs = {}
    for key, value in given.items():
        field = fields.get(key) or fields.get(key.replace("_", "-"))
        if field is None:
            raise ConfigError(
                f"unknown option {key!r} for {r.code}{did_you_mean(key, fields)}; "
                f"options: {', '.join(sorted(fields)) or 'none'}",
                path=path,
                key=f"options.{r.code}.{key}",
            )
        default = getattr(defaults, field.name)
        expected = type(default)
        if isinstance(default, tuple):
            ok = isinstance(value, (list, tuple)) and all(
                isinstance(v, str) for v in value
            )
            value = tuple(value) if ok else value  # noqa: PLW2901 - normalised
        elif expected is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        else:
            ok = isinstance(value, expected)
        if not ok:
            raise ConfigError(
                f"option {key!r} of {r.code} expects {expected.__name__}, "
                f"got {value!r}",
                path=path,
                key=f"options.{r.code}.{key}",
            )
        kwargs[field.name] = value
    try:
        return r.options(**kwargs)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"invalid options for {r.code}: {exc}", path=path, key=f"options.{r.code}"
        ) from None


@attrs.frozen
class _Plan:
    """
    One active rule with its resolved severity and options.
    """

    rule: Rule
    severity: Severity
    options: Any


def _fingerprint(code: str, context: str, excerpt: str, ordinal: int) -> str:
    key = f"{code}\x00{context}\x00{excerpt}\x00{ordinal}"
    return hashlib.blake2b(
        key.encode("utf-8", "surrogatepass"), digest_size=8
    ).hexdigest()


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


@attrs.frozen(init=False)
class Linter:
    """
    Lint replies with a fixed set of rules and a fixed configuration.

    Everything that can be prepared (rule selection, options, patterns) is
    prepared when the linter is built. A `Linter` is immutable and safe to
    share between threads.

    Args:
        config: Which rules run and how; `Config()` (every stable rule)
            when omitted.

    Raises:
        ConfigError: the configuration names an unknown rule, option or
            severity, or a pack is malformed.
    """

    config: Config
    rules: tuple[Rule, ...]
    _plans: tuple[_Plan, ...] = attrs.field(repr=False, eq=False)

    def __init__(self, config: Config | None = None) -> None:
        config = Config() if config is None else config
        if not isinstance(config, Config):
            msg = f"config must be a cs_lint.Config, not {type(config).__name__}"
            raise TypeError(msg)
        known = all_rules(config)
        rules = select_rules(known, config)
        plans = []
        for r in rules:
            severity = config.severity.get(r.code) or config.severity.get(r.name)
            given = config.options.get(r.code) or config.options.get(r.name)
            plans.append(
                _Plan(r, severity or r.severity, _build_options(r, given, config.path))
            )
        # Options given for a rule that is known but not selected are still
        # validated, so a typo never hides behind a disabled rule.
        for r in known:
            if r not in rules:
                given = config.options.get(r.code) or config.options.get(r.name)
                _build_options(r, given, config.path)
        self.__attrs_init__(config, rules, tuple(plans))

    def lint(self, text: str, *, customer: str | None = None) -> list[Finding]:
        """
        Return the findings for *text*, ordered by position.

        Args:
            text: The reply. Offsets in findings are code points into it.
            customer: The customer message the reply answers, if known;
                rules that need it are skipped without it.
        """
        if not isinstance(text, str):
            msg = f"text must be str, not {type(text).__name__}"
            raise TypeError(msg)
        if customer is not None and not isinstance(customer, str):
            msg = f"customer must be str or None, not {type(customer).__name__}"
            raise TypeError(msg)
        doc = Document(text, customer=customer)
        return self.lint_document(doc)

    def lint_document(self, doc: Document) -> list[Finding]:
        """
        Return the findings for an already parsed *doc*.
        """
        raw: list[tuple[_Plan, Match]] = []
        available = {"customer"} if doc.customer else set()
        for plan in self._plans:
            r = plan.rule
            if not r.needs <= available:
                continue
            try:
                for m in r.run(doc, plan.options):
                    if not 0 <= m.start <= m.end <= len(doc.text):
                        msg = f"rule {r.code} returned span {m.start}..{m.end} outside the text"
                        raise RuleError(msg)
                    if not r.quotes and doc.in_quote(m.start, m.end):
                        continue
                    raw.append((plan, m))
            except CsLintError:
                raise
            except Exception as exc:
                msg = f"rule {r.code} ({r.name}) from {r.source} failed: {type(exc).__name__}: {exc}"
                raise RuleError(msg) from exc
        raw.sort(key=lambda pm: (pm[1].start, pm[1].end, pm[0].rule.code))
        findings: list[Finding] = []
        seen: set[tuple[str, int, int]] = set()
        ordinals: dict[tuple[str, str, str], int] = {}
        for plan, m in raw:
            key = (plan.rule.code, m.start, m.end)
            if key in seen:
                continue
            seen.add(key)
            findings.append(self._finding(doc, plan, m, ordinals))
        return findings

    def _finding(
        self,
        doc: Document,
        plan: _Plan,
        m: Match,
        ordinals: dict[tuple[str, str, str], int],
    ) -> Finding:
        r = plan.rule
        excerpt = doc.text[m.start : m.end]
        if m.message is not None:
            message = m.message
        else:
            data = {"excerpt": excerpt, **m.data}
            message = r.message.format_map(data)
        line, column = doc.lines.position(m.start)
        end_line, end_column = doc.lines.position(m.end)
        sent = doc.sentence_at(m.start)
        context = _normalise(sent.text if sent is not None else excerpt)
        fkey = (r.code, context, _normalise(excerpt))
        ordinal = ordinals.get(fkey, 0)
        ordinals[fkey] = ordinal + 1
        return Finding(
            code=r.code,
            name=r.name,
            family=r.family,
            severity=plan.severity,
            message=message,
            start=m.start,
            end=m.end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            utf16_start=doc.utf16.offset(m.start),
            utf16_end=doc.utf16.offset(m.end),
            excerpt=excerpt,
            suggestions=m.suggestions,
            confidence=r.confidence if m.confidence is None else m.confidence,
            fingerprint=_fingerprint(r.code, context, fkey[2], ordinal),
        )


def lint(
    text: str, *, customer: str | None = None, config: Config | None = None
) -> list[Finding]:
    """
    Lint *text* once with a `Linter` built from *config*.

    Building a linter compiles every rule; to lint many replies, build one
    `Linter` and call `Linter.lint` on each.
    """
    return _cached_linter(config).lint(text, customer=customer)


_DEFAULT: list[Linter] = []


def _cached_linter(config: Config | None) -> Linter:
    # The default linter is immutable, so building it once is safe and
    # saves every `cs_lint.lint()` call the cost of compiling the rules.
    if config is not None:
        return Linter(config)
    if not _DEFAULT:
        _DEFAULT.append(Linter())
    return _DEFAULT[0]
