"""
What the strategies draw from, prepared once per linter: clean sentences
the linter verified, and for each rule the sentences (its bad examples and
its phrase-pack phrases) that make it fire, with where.
"""

from __future__ import annotations

import string
import threading
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

import attrs

from cs_lint._authoring.rule import Rule
from cs_lint._base.finding import Family
from cs_lint._engine.config import Config
from cs_lint._engine.linter import Linter
from cs_lint.testing import _data


#: The value each slot takes while a template is verified.
DEFAULT_SLOTS: Mapping[str, str] = {
    "name": _data.NAMES[0],
    "agent": _data.AGENTS[0],
    "team": _data.TEAMS[0],
    "day": _data.DAYS[0],
    "item": _data.ITEMS[0],
    "number": "40417",
    "amount": "25.00",
    "email": _data.EMAILS[0],
    "handle": "sam_k",
    "initial": "JL",
    "surname": _data.SURNAMES[0],
    "digits": "123",
}


def slots(template: str) -> tuple[str, ...]:
    """
    Return the slot names used in *template*.
    """
    return tuple(
        name for _, name, _, _ in string.Formatter().parse(template) if name is not None
    )


def literal(text: str) -> str:
    """
    Return a template that fills to *text* exactly (braces doubled).
    """
    return text.replace("{", "{{").replace("}", "}}")


def fill(template: str, values: Mapping[str, str] = DEFAULT_SLOTS) -> str:
    """
    Fill *template*'s slots from *values*.
    """
    return template.format_map(values)


@attrs.frozen
class Example:
    """
    A sentence that makes rule *code* fire at *spans* (relative to the
    sentence), when linted with *customer* as the customer message.

    *inline* is true when it fires at the same spans inside a reply
    (after a greeting, between neutral sentences); an example that only
    fires on its own is used as a whole reply.
    """

    code: str
    family: Family
    text: str
    spans: tuple[tuple[int, int], ...]
    customer: str | None
    inline: bool


@attrs.frozen
class Catalogue:
    """
    Everything the strategies need from one linter: *clean* sentence
    templates (fill them with `fill`) and the rules' *examples*.
    """

    linter: Linter
    clean: tuple[str, ...]
    examples: tuple[Example, ...]

    def select(self, code: str | None, family: str | Family | None) -> list[Example]:
        """
        Return the examples of rule *code* (a code or rule name) and/or
        *family*; raise ValueError naming what is known when none fit.
        """
        rules = {r.code: r for r in self.linter.rules}
        by_name = {r.name: r.code for r in self.linter.rules}
        if code is not None:
            code = by_name.get(code, code)
            if code not in rules:
                msg = f"no rule {code!r} is selected in this linter; selected: {', '.join(sorted(rules))}"
                raise ValueError(msg)
        fam: Family | None = None
        if family is not None:
            try:
                fam = Family(family)
            except ValueError:
                names = ", ".join(f.value for f in Family)
                msg = f"unknown family {family!r}; use one of {names}"
                raise ValueError(msg) from None
        picked = [
            e
            for e in self.examples
            if (code is None or e.code == code) and (fam is None or e.family is fam)
        ]
        if not picked:
            what = " and ".join(
                w for w in (code and f"rule {code}", fam and f"family {fam.value}") if w
            )
            msg = (
                f"no example of {what or 'any rule'} makes it fire in this linter "
                "(its bad examples and phrases were all tried)"
            )
            raise ValueError(msg)
        return picked


PROBE_CUSTOMER = fill(_data.CUSTOMER_UPSET[0])
_INERT = fill(_data.INERT_SENTENCES[0])
#: Contexts an inline example must keep firing in: (before, after). Besides
#: a greeting and neutral facts, a template that already takes an action
#: and gives a next step: a violation that only holds where the reply
#: offers nothing (a refusal with no alternative, a blunt "No") goes
#: silent there, so it is drawn as a whole reply, never placed inside one.
_CONTEXTS = (
    (f"Hi {_data.NAMES[8]},\n\n", f"\n\nBest,\n{_data.AGENTS[0]}"),
    (f"{_INERT} ", f" {fill(_data.INERT_SENTENCES[1])}"),
    ("Hi there! 👋 ", ""),
    (
        f"Hi {_data.NAMES[0]},\n\nYour order {DEFAULT_SLOTS['number']} left our "
        "warehouse today and arrives in 3 working days. I've sent you the "
        "tracking link. ",
        " You can reply here if anything changes.\n\nBest,\nJordan",
    ),
)


def _spans(
    linter: Linter, text: str, code: str, customer: str | None
) -> list[tuple[int, int]]:
    return [
        (f.start, f.end) for f in linter.lint(text, customer=customer) if f.code == code
    ]


def _pack_phrases(rule: Rule) -> tuple[str, ...]:
    """
    Return the phrases of a phrase-pack rule, read from its pack file
    (bundled or on disk); () for a code rule.
    """
    source = rule.source
    if not source.endswith(".toml"):
        return ()
    raw: str | None = None
    bundled = "cs_lint/rules/packs/"
    try:
        if source.startswith(bundled):
            entry = resources.files("cs_lint.rules") / "packs" / source[len(bundled) :]
            raw = entry.read_text(encoding="utf-8")
        else:
            raw = Path(source).read_text(encoding="utf-8")
        data = tomllib.loads(raw)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return ()
    for table in data.get("rule", ()):
        if isinstance(table, dict) and table.get("code") == rule.code:
            phrases = table.get("phrases") or list(table.get("swap") or ())
            return tuple(p for p in phrases if isinstance(p, str))
    return ()


def _candidates(rule: Rule) -> Iterable[str]:
    seen: set[str] = set()
    texts = list(rule.bad)
    for phrase in _pack_phrases(rule):
        capital = phrase[:1].upper() + phrase[1:]
        texts.extend(
            fill(frame, {**DEFAULT_SLOTS, "phrase": capital})
            for frame in _data.PHRASE_FRAMES
        )
    for text in texts:
        # The same sentence with curly apostrophes, as phones and word
        # processors type them.
        for variant in (text, text.replace("'", "\u2019")):
            if variant not in seen:
                seen.add(variant)
                yield variant


def _examples(linter: Linter, rule: Rule) -> Iterable[Example]:
    # A rule that needs the customer's message gets it from a quote in its
    # example, or else from an upset message.
    customers = (None, PROBE_CUSTOMER) if "customer" in rule.needs else (None,)
    for text in _candidates(rule):
        for customer in customers:
            alone = _spans(linter, text, rule.code, customer)
            if alone:
                break
        else:
            continue
        inline = all(
            _spans(linter, before + text + after, rule.code, customer)
            == [(s + len(before), e + len(before)) for s, e in alone]
            for before, after in _CONTEXTS
        )
        yield Example(rule.code, rule.family, text, tuple(alone), customer, inline)


def _clean(linter: Linter) -> tuple[str, ...]:
    out = [
        template
        for template in _data.CLEAN_SENTENCES
        if not linter.lint(fill(template), customer="")
    ]
    # Good examples of every rule that no rule flags: real-world phrasing
    # the sentence templates lack.
    out.extend(
        literal(text)
        for r in linter.rules
        for text in r.good
        if not linter.lint(text, customer="")
    )
    return tuple(dict.fromkeys(out))


def build(linter: Linter) -> Catalogue:
    """
    Build the catalogue for *linter* (lints every example a few times).
    """
    examples = tuple(e for r in linter.rules for e in _examples(linter, r))
    return Catalogue(linter, _clean(linter), examples)


_LOCK = threading.Lock()
_CACHE: dict[int, Catalogue] = {}
_DEFAULT: list[Linter] = []
_STABLE: list[Linter] = []
_PROJECT: dict[str, Linter] = {}
#: Set by the pytest plugin: where the project is (its rootdir) and the
#: ``--cs-lint-config`` given, so `project_linter` reads what the
#: ``cs_lint_linter`` fixture reads.
PROJECT_ROOT: list[Path] = []
PROJECT_CONFIG: list[Path] = []


def default_linter() -> Linter:
    """
    Every rule, preview ones included, plugins loaded: "clean" then means
    clean under any selection.
    """
    with _LOCK:
        if not _DEFAULT:
            _DEFAULT.append(Linter(Config(preview=True)))
        return _DEFAULT[0]


def stable_linter() -> Linter:
    """
    The rules `cs_lint.lint` runs by default (stable ones, plugins loaded):
    what violations are drawn from unless a linter is given, so that
    ``cs_lint.lint(g.text)`` finds every one.
    """
    with _LOCK:
        if not _STABLE:
            _STABLE.append(Linter())
        return _STABLE[0]


def project_linter() -> Linter:
    """
    A linter built from the project's configuration, the one the pytest
    plugin's ``cs_lint_linter`` fixture returns: ``--cs-lint-config`` if
    given, else the nearest ``cs-lint.toml`` / ``[tool.cs-lint]`` from
    pytest's rootdir (outside pytest: from the working directory), else
    the defaults. Built once.

    Pass the function itself to a strategy (``violating_replies(
    linter=project_linter)``): the strategy then reads the configuration
    when it first draws, after pytest has started, not when the test
    module is imported.
    """
    from cs_lint._engine.config import find_config, load_config  # noqa: PLC0415

    if PROJECT_CONFIG:
        path: Path | None = PROJECT_CONFIG[0]
    else:
        path = find_config(PROJECT_ROOT[0] if PROJECT_ROOT else Path.cwd())
    key = str(path)
    with _LOCK:
        if key not in _PROJECT:
            _PROJECT[key] = Linter(load_config(path))
        return _PROJECT[key]


def catalogue(linter: Linter | None) -> Catalogue:
    """
    Return the catalogue for *linter* (the default linter when None),
    building it on first use.
    """
    linter = default_linter() if linter is None else linter
    with _LOCK:
        cached = _CACHE.get(id(linter))
        # The catalogue holds its linter, so the id cannot be reused
        # while the entry lives.
        if cached is not None and cached.linter is linter:
            return cached
    built = build(linter)
    with _LOCK:
        _CACHE[id(linter)] = built
    return built
