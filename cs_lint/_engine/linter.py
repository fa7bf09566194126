"""
The engine: a `Linter` holds the selected rules, compiled once, and runs
them over one parsed `Document` per reply.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import regex

from cs_lint._authoring.rule import Match, Rule
from cs_lint._base.errors import (
    ConfigError,
    CsLintError,
    InputError,
    RuleError,
    did_you_mean,
)
from cs_lint._base.finding import Edit, Finding, Findings, Severity, Suggestion
from cs_lint._context.conversation import Conversation
from cs_lint._context.facts import Facts
from cs_lint._context.macros import MacroLibrary
from cs_lint._engine.config import Config
from cs_lint._engine.registry import all_rules, builtin_rules, select_rules
from cs_lint._mail.decide import check_policy
from cs_lint._mail.report import EmailReport, check_body, check_message
from cs_lint._text.compiled import blake2b, start_up
from cs_lint._text.document import Document
from cs_lint._text.normalise import OffsetMap
from cs_lint._text.tables import (
    file_digest,
    package_key,
    settle_tables,
    stored_data,
)
from cs_lint._text.zones import AGENT_ZONES, BODY


if TYPE_CHECKING:
    from email.message import Message

    from cs_lint._engine.costs import Costs


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


def _digest(text: str) -> str:
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


class _Fingerprints:
    """
    Fingerprints for the findings of one lint: the rule code, the finding's
    sentence with case and whitespace normalised, its excerpt, and how many
    findings before it share all three. Each sentence is normalised once,
    so many findings in one giant sentence stay linear.
    """

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._contexts: dict[int, str] = {}
        self._ordinals: dict[tuple[str, str, str], int] = {}

    def __call__(self, code: str, start: int, excerpt: str) -> str:
        sent = self._doc.sentence_at(start)
        if sent is None:
            context = _digest(_normalise(excerpt))
        else:
            context = self._contexts.get(sent.start, "")
            if not context:
                context = _digest(_normalise(sent.text))
                self._contexts[sent.start] = context
        key = (code, context, _normalise(excerpt))
        ordinal = self._ordinals.get(key, 0)
        self._ordinals[key] = ordinal + 1
        return _digest(f"{code}\x00{context}\x00{key[2]}\x00{ordinal}")


def _longest_first(word: str) -> tuple[int, str]:
    return (-len(word), word)


class _Gate:
    """
    The rules' trigger words indexed once per linter, so that finding which
    rules may fire on a text costs a set intersection with its words, not a
    test per rule (same answers as `Rule.may_fire`).

    An ``"a+b"`` entry is filed under its longest word (the first in sorted
    order among the longest), which the text must hold. Most entries are
    pairs, kept per key word and rule as the set of their other words, so
    a text meets a rule's pairs under a key by one set intersection, not
    one test per entry (a lexicon class slot makes hundreds of entries).

    Each key's entries are held as one string (see `_gate_tables`) and made
    into those sets the first time a text holds the key: as ~2,000 sets of
    ~27,000 words they were ~2.5 MB of a ready linter (issue 15), of which
    a reply reaches a few dozen keys. A long-lived linter's parsed keys grow
    with use, at most to what the sets cost before.
    """

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        # Built from the rules' trigger entries (~44,000 of them, ~100 M
        # instructions of a one-shot), so kept in the derived tables'
        # folder under a key that determines the built-in rules' entries,
        # with the entries of the others (see `_gate_key`).
        keyed = _gate_key(rules)
        if keyed is None:
            ungated, single, pairs, larger = _gate_tables(rules)
        else:
            key, known = keyed
            ungated, single, pairs, larger = stored_data(
                "trigger-gate",
                key,
                lambda: (key, _gate_tables(rules), _entries(rules, known)),
                lambda value: _checked_gate_of(value, key, rules, known),
            )[1]
        #: The rules without triggers, which always run.
        self.ungated = ungated
        self._single = single
        self._single_words = frozenset(single)
        # Each key's entries as stored (`_gate_tables`), and as parsed on
        # first use (`_entries_under`).
        self._pairs = pairs
        self._larger = larger
        self._count = len(rules)
        self._parsed: dict[
            str,
            tuple[
                tuple[tuple[int, frozenset[str]], ...],
                tuple[tuple[int, frozenset[str]], ...],
            ],
        ] = {}
        self._need_words = frozenset(pairs) | frozenset(larger)

    def _entries_under(
        self, key: str
    ) -> tuple[
        tuple[tuple[int, frozenset[str]], ...], tuple[tuple[int, frozenset[str]], ...]
    ]:
        """
        The pairs under *key* (rule index, the other words) and the longer
        entries (rule index, all their words), parsed from their strings
        the first time a text holds *key* (any thread may do it; all get
        equal values).
        """
        got = self._parsed.get(key)
        if got is None:
            got = self._parsed[key] = (
                _parse_entries(self._pairs.get(key, ""), key, self._count),
                _parse_entries(self._larger.get(key, ""), key, self._count),
            )
        return got

    def active(self, doc: Document) -> set[int]:
        """
        Return the indexes of the rules with triggers that may fire on
        *doc*: one of their single words anywhere, or all the words of one
        of their ``"a+b"`` triggers in one sentence.
        """
        words = doc.words
        hit: set[int] = set()
        for word in words & self._single_words:
            hit |= self._single[word]
        # Per rule still in doubt: (key, its other words the text holds)
        # for pairs, and whole needs for longer entries.
        pending: dict[int, list[tuple[str, frozenset[str]]]] = {}
        pending_larger: dict[int, list[frozenset[str]]] = {}
        for key in words & self._need_words:
            pairs, larger = self._entries_under(key)
            for i, others in pairs:
                if i in hit:
                    continue
                met = others & words
                if met:
                    pending.setdefault(i, []).append((key, met))
            for i, need in larger:
                if i not in hit and need <= words:
                    pending_larger.setdefault(i, []).append(need)
        if not pending and not pending_larger:
            return hit
        windows = doc.trigger_windows
        if len(windows) == 1:
            # One window holds every word: each pending need is met.
            hit.update(pending)
            hit.update(pending_larger)
            return hit
        # Which windows hold each word, as a bit mask read once per word:
        # a need is met where the masks of its words overlap.
        masks: dict[str, int] = {}

        def mask(word: str) -> int:
            bits = masks.get(word)
            if bits is None:
                bits = 0
                for k, window in enumerate(windows):
                    if word in window:
                        bits |= 1 << k
                masks[word] = bits
            return bits

        for i, candidates in pending.items():
            for key, met in candidates:
                either = 0
                for other in met:
                    either |= mask(other)
                if mask(key) & either:
                    hit.add(i)
                    break
        for i, needs in pending_larger.items():
            if i in hit:
                continue
            for need in needs:
                common = -1
                for word in need:
                    common &= mask(word)
                    if not common:
                        break
                if common:
                    hit.add(i)
                    break
        return hit


#: The gate's tables: the rules without triggers; single words; pairs and
#: longer entries under their key word, as strings (see `_gate_tables`).
_GateTables = tuple[
    frozenset[int],
    dict[str, frozenset[int]],
    dict[str, str],
    dict[str, str],
]

#: Between the entries of one key's string (`_gate_tables`), and between a
#: rule's index and its words in one entry. No word holds either: a rule
#: with a trigger word that does is left ungated (it always runs).
_ENTRY = "\x1e"
_WORD = "\x1f"
#: What one key's string holds: entries of a rule index and its words.


def _parse_entries(
    text: str, key: str, count: int
) -> tuple[tuple[int, frozenset[str]], ...]:
    """
    The entries under *key* from their string (see `_gate_tables`): the
    rule index and the set of words of each, for a gate of *count* rules.
    A string of another shape (a damaged file that still reads as gate
    tables) means every rule under *key*: it wakes them all whenever a text
    holds *key*, which can cost time but never a finding.
    """
    if not text:
        return ()
    out = []
    try:
        for entry in text.split(_ENTRY):
            index, *words = entry.split(_WORD)
            i = int(index)
            if not words or not 0 <= i < count:
                raise ValueError(entry)
            out.append((i, frozenset(map(sys.intern, words))))
    except ValueError:
        return tuple((i, frozenset({key})) for i in range(count))
    return tuple(out)


def _joined(entries: list[tuple[int, Any]]) -> str:
    return _ENTRY.join(_WORD.join((str(i), *sorted(words))) for i, words in entries)


def _gate_tables(rules: tuple[Rule, ...]) -> _GateTables:
    """
    Index *rules*' trigger entries (see `_Gate`). The pairs and the longer
    entries under one key word are one string: the entries joined by
    `_ENTRY`, each a rule's index and words joined by `_WORD` (for a pair
    the rule's other words under that key, for a longer entry all its
    words), parsed when a text first holds the key.
    """
    single: dict[str, set[int]] = {}
    pairs: dict[str, list[tuple[int, frozenset[str]]]] = {}
    larger: dict[str, list[tuple[int, frozenset[str]]]] = {}
    # Equal sets are one object each (`_one`) and words are interned:
    # `marshal` stores a shared object once and reads it back shared (an
    # interned word interned, so shared with the scans' trigger indexes),
    # where equal copies each cost their own memory in every process that
    # reads the gate (~32,000 words and ~3,700 sets, ~1,700 distinct).
    same: dict[Any, Any] = {}
    ungated = set()
    for i, r in enumerate(rules):
        if r.triggers is None or any(
            _ENTRY in word or _WORD in word for word in r.triggers
        ):
            ungated.add(i)
            continue
        # In any order: which rules a text wakes is a set.
        mine: dict[str, list[str]] = {}
        for word in r.triggers:
            a, plus, b = word.partition("+")
            if not plus:
                word = sys.intern(word)  # noqa: PLW2901 - the shared copy
                got = single.get(word)
                if got is None:
                    single[word] = {i}
                else:
                    got.add(i)
            elif a != b and "+" not in b:
                # The longer word, the first in sorted order at a tie.
                if len(a) > len(b) or (len(a) == len(b) and a < b):
                    key, other = a, b
                else:
                    key, other = b, a
                key = sys.intern(key)
                got_others = mine.get(key)
                if got_others is None:
                    mine[key] = [sys.intern(other)]
                else:
                    got_others.append(sys.intern(other))
            else:
                need = frozenset(word.split("+"))
                key = sys.intern(min(need, key=_longest_first))
                larger.setdefault(key, []).append((i, need))
        for key, others in mine.items():
            pairs.setdefault(key, []).append((i, frozenset(others)))
    return (
        frozenset(ungated),
        {k: _one(same, frozenset(v)) for k, v in single.items()},
        {k: _joined(v) for k, v in pairs.items()},
        {
            k: _joined(sorted(v, key=lambda e: (e[0], sorted(e[1]))))
            for k, v in larger.items()
        },
    )


def _one(same: dict[Any, Any], value: T) -> T:
    """
    The first object equal to *value* seen in *same* (*value* itself when
    it is the first).
    """
    return same.setdefault(value, value)  # type: ignore[no-any-return]


def _gate_key(rules: tuple[Rule, ...]) -> tuple[str, frozenset[int]] | None:
    """
    Which stored gate to read for *rules*, and the indexes of the rules
    whose trigger entries that key determines; None when no key can be
    made (then the gate is built, not stored).

    The built-in rules (the very objects `builtin_rules` made) get their
    entries from the package's files alone: their modules, ``lexicons.toml``
    and the bundled packs, run by this Python (the derived tables that
    hold expanded entries are keyed on those files too). So when
    `package_key` names the package's files, the key is that, the Python
    and ``regex`` versions and each rule's code and source, and the file
    stores only the other rules' entries (packs from the configuration,
    plugins, rules made by a host), used only when they equal those rules'
    own (`_checked_gate_of`). When it cannot (a package file changed just
    before or while this process ran, or no POSIX change times), every
    rule's entries are stored and compared, keyed on this module's source.

    Reading the ~46,000 stored entries of the built-in rules to compare
    them cost ~40 M instructions of a one-shot (55% of the gate file's
    read); sorting and hashing them instead, ~30 M; a witness of them
    (count, length, checksums), more than it saved.
    """
    package = package_key()
    known: frozenset[int] = frozenset()
    if package is None:
        try:
            parts = [sys.version, "source", file_digest(Path(__file__)).hex()]
        except OSError:
            return None
    else:
        builtin = {id(r) for r in builtin_rules()}
        known = frozenset(i for i, r in enumerate(rules) if id(r) in builtin)
        parts = [sys.version, f"regex {regex.__version__}", "package", package]
    # The built-in rules' entries are not read here: a linter whose gate
    # is stored never materialises them (`Rule.triggers` is worked out on
    # first use).
    parts.extend(
        f"{r.code}\x1f{r.source}\x1fbuilt in"
        if i in known
        else f"{r.code}\x1f{r.source}\x1f"
        f"{'-' if r.triggers is None else len(r.triggers)}"
        for i, r in enumerate(rules)
    )
    return "\n".join(parts), known


def _entries(
    rules: tuple[Rule, ...], known: frozenset[int] = frozenset()
) -> tuple[frozenset[str] | None, ...]:
    """
    The trigger entries of *rules*, empty for those whose entries the
    gate's key determines (indexes in *known*).
    """
    return tuple(frozenset() if i in known else r.triggers for i, r in enumerate(rules))


def _checked_gate_of(
    value: Any, key: str, rules: tuple[Rule, ...], known: frozenset[int]
) -> tuple[str, _GateTables, tuple[frozenset[str] | None, ...]]:
    """
    A stored ``(key, tables, entries)`` triple, when the key is *key* (the
    file name holds only a digest of it: a file renamed or copied from
    another key's is not used), the entries are *rules*' own (in rule
    order; empty for the rules in *known*, see `_gate_key`) and the tables
    have the shape of a gate for them.

    Raises:
        TypeError: they are not.
    """
    if type(value) is not tuple or len(value) != 3:
        raise TypeError("not a stored gate")
    stored_key, tables, entries = value
    if type(stored_key) is not str or stored_key != key:
        raise TypeError("a gate stored under another key")
    if type(entries) is not tuple or entries != _entries(rules, known):
        raise TypeError("a gate of other trigger entries")
    _checked_gate(tables, len(rules))
    return value


T = TypeVar("T")
_INT = frozenset({int})
_STR = frozenset({str})


def _checked_gate(value: Any, count: int) -> _GateTables:
    """
    *value* when it has the shape of gate tables for *count* rules.

    Raises:
        TypeError: it has not.
    """
    if type(value) is not tuple or len(value) != 4:
        raise TypeError("not gate tables")
    ungated, single, pairs, larger = value
    seen: set[Any] = set()
    if type(ungated) is not frozenset or type(single) is not dict:
        raise TypeError("not gate tables")
    seen |= ungated
    words: set[type] = set(map(type, single))
    for rules in single.values():
        if type(rules) is not frozenset:
            raise TypeError("not gate tables")
        seen |= rules
    for table in (pairs, larger):
        if type(table) is not dict:
            raise TypeError("not gate tables")
        words |= set(map(type, table))
        strings = list(table.values())
        if not set(map(type, strings)) <= _STR:
            raise TypeError("not gate tables")
        # The strings themselves are read when a text first holds their key
        # (`_parse_entries`): checked here with a pattern, ~300 KB of them
        # cost ~28 ms, 4.6% of a one-shot.
    if not (
        words <= _STR
        and set(map(type, seen)) <= _INT
        and (not seen or 0 <= min(seen) <= max(seen) < count)
    ):
        raise TypeError("not gate tables")
    return value


@attrs.frozen(init=False, repr=False)
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
    _macros: MacroLibrary | None = attrs.field(repr=False, eq=False)
    _gate: _Gate = attrs.field(repr=False, eq=False)
    _facts: Facts | None = attrs.field(repr=False, eq=False)

    def __init__(self, config: Config | None = None) -> None:
        config = Config() if config is None else config
        if not isinstance(config, Config):
            msg = f"config must be a cs_lint.Config, not {type(config).__name__}"
            raise TypeError(msg)
        # The collector held while the rules and their indexes are built
        # (cs_lint._text.compiled.start_up).
        with start_up():
            self._build(config)

    def _build(self, config: Config) -> None:
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
        check_policy(
            config.email, [n for r in known for n in (r.code, r.name)], config.path
        )
        macros = None
        if config.macros and any("macros" in r.needs for r in rules):
            macros = MacroLibrary(config.macros)
        self.__attrs_init__(
            config,
            rules,
            tuple(plans),
            macros,
            _Gate(tuple(p.rule for p in plans)),
            config.facts if config.facts else None,
        )
        # What building a linter derived is what a start-up reads: stored
        # now, apart from what linting derives later (cs_lint._text.tables).
        settle_tables()

    def __repr__(self) -> str:
        # Short: a failing test prints its arguments, and the full
        # configuration and rule list run to thousands of lines.
        config = self.config
        where = f", config={config.path!r}" if config.path else ""
        preview = ", preview=True" if config.preview else ""
        return f"<Linter: {len(self.rules)} rules{preview}{where}>"

    def lint(
        self,
        text: str,
        *,
        customer: str | None = None,
        conversation: Conversation | None = None,
    ) -> list[Finding]:
        """
        Return the findings for *text*, ordered by position.

        Only the agent's own words are linted: findings that start in a
        quoted reply, a forwarded message, a signature or a disclaimer are
        dropped, and each finding's *zone* says where it is (``greeting``,
        ``body`` or ``sign-off``). Text with no such markers is all body.

        Args:
            text: The reply. Offsets in findings are code points into it.
            customer: The customer message the reply answers, if known;
                rules that need it are skipped without it. When None and
                *text* quotes the message it answers, the quoted message
                is used; pass ``""`` for "no customer message".
            conversation: The thread, when the host knows more (customer
                messages, the agent's earlier replies, the channel); its
                latest customer message is the customer message. Give
                *customer* or *conversation*, not both.

        Raises:
            TypeError: *text* is not a str, *customer* is not a str, or
                *conversation* is not a `Conversation`.
            ValueError: both *customer* and *conversation* are given.
        """
        if not isinstance(text, str):
            msg = f"text must be str, not {type(text).__name__}"
            raise TypeError(msg)
        _check_customer(customer)
        _check_conversation(customer, conversation)
        doc = Document(
            text,
            customer=customer,
            conversation=conversation,
            macros=self._macros,
            facts=self._facts,
        )
        return self.lint_document(doc)

    def lint_document(
        self, doc: Document, *, gate: bool = True, costs: Costs | None = None
    ) -> list[Finding]:
        """
        Return the findings for an already parsed *doc*.

        *gate* skips rules none of whose trigger words occur in the text;
        turning it off gives the same findings, more slowly (for tests).
        *costs* (a `cs_lint._engine.costs.Costs`) times each rule that runs
        into it, for `benchmarks/rule_costs.py`; findings are the same.
        A *doc* built without macros or facts is linted with this linter's
        macro library and facts (on a shallow copy; *doc* itself is left as
        it is).
        """
        raw: list[tuple[_Plan, Match, str]] = []
        given = self._with_context(doc)
        # Rules read the text with invisible characters taken out and line
        # separators as "\n"; findings are mapped back to the given text.
        view = given.matching
        doc, back = (given, None) if view is None else view
        size = len(doc.text)
        limit = self.config.max_chars
        if limit and len(given.text) > limit:
            msg = (
                f"the text is {len(given.text):,} characters, over the max-chars "
                f"limit of {limit:,}; raise max-chars in the configuration or split it"
            )
            raise InputError(msg)
        available = doc.available
        placeholders = bool(doc.placeholders)
        zones = doc.zones
        all_body = not zones or (len(zones) == 1 and zones[0].kind == BODY)
        plans = self._plans
        if gate:
            order = sorted(self._gate.active(doc) | self._gate.ungated)
        else:
            order = list(range(len(plans)))
        min_confidence = self.config.min_confidence
        for i in order:
            plan = plans[i]
            r = plan.rule
            if r.needs and not r.needs <= available:
                continue
            try:
                matches = (
                    r.run(doc, plan.options)
                    if costs is None
                    else costs.run(r, doc, plan.options)
                )
                for m in matches:
                    _check_match(r, m, size)
                    zone = BODY if all_body else doc.zone_at(m.start)
                    if zone not in AGENT_ZONES:
                        continue
                    if not r.quotes and doc.in_quote(m.start, m.end):
                        continue
                    if (
                        placeholders
                        and not r.placeholders
                        and doc.in_placeholder(m.start, m.end)
                    ):
                        continue
                    confidence = r.confidence if m.confidence is None else m.confidence
                    if confidence < min_confidence:
                        continue
                    raw.append((plan, m, zone))
            except CsLintError:
                raise
            except Exception as exc:
                msg = f"rule {r.code} ({r.name}) from {r.source} failed: {type(exc).__name__}: {exc}"
                raise RuleError(msg) from exc
        if not raw:
            # Most replies: nothing to order, fingerprint or cap.
            return Findings(limit=self.config.max_findings or 0)
        raw.sort(key=lambda pm: (pm[1].start, pm[1].end, pm[0].rule.code))
        if any(plan.rule.defers_to for plan, _, _ in raw):
            raw = _second_stage(doc, raw)
        cap = self.config.max_findings or len(raw)
        findings = Findings(limit=cap)
        seen: set[tuple[str, int, int]] = set()
        fingerprints = _Fingerprints(doc)
        # Many findings of one rule share their message and excerpt: one
        # string each, not one per finding.
        shared: dict[str, str] = {}
        for plan, m, zone in raw:
            key = (plan.rule.code, m.start, m.end)
            if key in seen:
                continue
            seen.add(key)
            if len(findings) >= cap:
                findings.omitted += 1
                continue
            findings.append(
                self._finding(
                    given,
                    doc,
                    back,
                    plan,
                    m,
                    fingerprints=fingerprints,
                    zone=zone,
                    shared=shared,
                )
            )
        return findings

    def _with_context(self, doc: Document) -> Document:
        """
        Return *doc*, or a shallow copy of it carrying this linter's macros
        and facts where *doc* has none (the copy shares the parse).
        """
        macros = self._macros if doc.macros is None else None
        facts = self._facts if doc.facts is None else None
        if macros is None and facts is None:
            return doc
        return doc.with_context(macros=macros, facts=facts)

    def check_email(
        self, message: bytes | str | Message, *, customer: str | None = None
    ) -> EmailReport:
        """
        Check an email draft before it is sent: read it, lint the agent's
        own words and decide ``pass``, ``warn`` or ``block`` under the
        configuration's email policy.

        Args:
            message: The raw message (RFC 5322 / MIME bytes; a str is
                encoded as UTF-8 first) or a parsed
                ``email.message.Message``. The text/plain part is linted,
                or the text/html part when there is no text/plain one;
                attachments are never decoded.
            customer: The customer message replied to; when None the
                quoted reply stands in for it.

        Raises:
            InputError: the message is empty, has no headers, has a
                broken MIME structure with no readable text part, has no
                text part, or declares an unknown charset.
        """
        _check_customer(customer)
        return check_message(
            self.lint_document,
            self.config.email,
            message,
            customer=customer,
            max_bytes=self.config.max_bytes,
            max_chars=self.config.max_chars,
        )

    def check_email_body(
        self, body: str, *, html: bool = False, customer: str | None = None
    ) -> EmailReport:
        """
        Check a draft body as an editor holds it (plain text, or HTML when
        *html* is true), with the same zones and decision as
        `check_email`; for add-ins that never see the MIME message.
        """
        if not isinstance(body, str):
            msg = f"body must be str, not {type(body).__name__}"
            raise TypeError(msg)
        _check_customer(customer)
        return check_body(
            self.lint_document,
            self.config.email,
            body,
            is_html=html,
            customer=customer,
            max_chars=self.config.max_chars,
        )

    def _finding(
        self,
        given: Document,
        doc: Document,
        back: OffsetMap | None,
        plan: _Plan,
        m: Match,
        *,
        fingerprints: _Fingerprints,
        zone: str,
        shared: dict[str, str],
    ) -> Finding:
        """
        The finding for *m*, found in *doc* (the text rules read) and
        reported in *given* (the text linted), through *back*.
        """
        r = plan.rule
        read = doc.text[m.start : m.end]
        read = shared.setdefault(read, read)
        if m.message is not None:
            message = m.message
        else:
            data = {"excerpt": read, **m.data}
            try:
                message = r.message.format_map(data)
            except (KeyError, IndexError, ValueError, AttributeError) as exc:
                msg = (
                    f"rule {r.code} ({r.name}) from {r.source}: its message template "
                    f"{r.message!r} cannot be filled: {type(exc).__name__}: {exc}"
                )
                raise RuleError(msg) from None
        message = shared.setdefault(message, message)
        start, end = (m.start, m.end) if back is None else back.span(m.start, m.end)
        suggestions = m.suggestions
        if back is not None:
            suggestions = tuple(_map_suggestion(s, back) for s in suggestions)
        excerpt = given.text[start:end] if given is not doc or back else read
        excerpt = shared.setdefault(excerpt, excerpt)
        line, column = given.lines.position(start)
        end_line, end_column = given.lines.position(end)
        return Finding(
            code=r.code,
            name=r.name,
            family=r.family,
            severity=plan.severity,
            message=message,
            start=start,
            end=end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            utf16_start=given.utf16.offset(start),
            utf16_end=given.utf16.offset(end),
            excerpt=excerpt,
            suggestions=suggestions,
            confidence=r.confidence if m.confidence is None else m.confidence,
            fingerprint=fingerprints(r.code, m.start, read),
            zone=zone,
        )


def _second_stage(
    doc: Document, raw: list[tuple[_Plan, Match, str]]
) -> list[tuple[_Plan, Match, str]]:
    """
    *raw* without the matches of second-stage rules (`Rule.defers_to`)
    that share a sentence with a match of a rule they back up: the learned
    stage reports only what the phrase rules of its family miss.
    """
    firsts = [
        (
            plan.rule.code,
            doc.sentence_index(m.start),
            doc.sentence_index(max(m.start, m.end - 1)),
        )
        for plan, m, _ in raw
        if not plan.rule.defers_to
    ]
    out = []
    for item in raw:
        plan, m, _ = item
        prefixes = tuple(plan.rule.defers_to)
        if prefixes:
            first = doc.sentence_index(m.start)
            last = doc.sentence_index(max(m.start, m.end - 1))
            if any(
                code.startswith(prefixes) and lo <= last and first <= hi
                for code, lo, hi in firsts
            ):
                continue
        out.append(item)
    return out


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_match(r: Rule, m: object, size: int) -> None:
    """
    Check one value a rule yielded, at the engine boundary: every plugin
    error is one `RuleError` naming the rule, never a traceback from deep
    inside the engine or a finding with a broken span.
    """
    problem = _match_problem(m, size)
    if problem is not None:
        msg = f"rule {r.code} ({r.name}) from {r.source} returned an invalid match: {problem}"
        raise RuleError(msg)


def _match_problem(m: object, size: int) -> str | None:
    if not isinstance(m, Match):
        return f"a {type(m).__name__}, not a cs_lint.authoring.Match"
    if not (_is_int(m.start) and _is_int(m.end)):
        return f"span {m.start!r}..{m.end!r} is not two integers"
    if not 0 <= m.start <= m.end <= size:
        return f"span {m.start}..{m.end} lies outside the text (0..{size})"
    if not isinstance(m.data, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in m.data.items()
    ):
        return f"data {m.data!r} is not a mapping of str to str"
    if m.message is not None and not isinstance(m.message, str):
        return f"message {m.message!r} is not a str"
    if m.confidence is not None and not (
        isinstance(m.confidence, (int, float))
        and not isinstance(m.confidence, bool)
        and 0.0 <= m.confidence <= 1.0
    ):
        return f"confidence {m.confidence!r} is not a number from 0 to 1"
    if not isinstance(m.suggestions, tuple):
        return f"suggestions {m.suggestions!r} are not a tuple"
    for s in m.suggestions:
        if not isinstance(s, Suggestion):
            return f"suggestion {s!r} is not a cs_lint.Suggestion"
        if not isinstance(s.message, str) or not isinstance(s.edits, tuple):
            return f"suggestion {s!r} needs a str message and a tuple of edits"
        ends = -1
        for e in sorted(
            (e for e in s.edits if isinstance(e, Edit)), key=lambda e: e.start
        ):
            if not (_is_int(e.start) and _is_int(e.end)):
                return f"edit {e!r} has a span that is not two integers"
            if not 0 <= e.start <= e.end <= size:
                return f"edit {e.start}..{e.end} lies outside the text (0..{size})"
            if e.start < ends:
                return f"edits of suggestion {s.message!r} overlap"
            if not isinstance(e.replacement, str):
                return f"edit replacement {e.replacement!r} is not a str"
            ends = e.end
        if not all(isinstance(e, Edit) for e in s.edits):
            return f"suggestion {s.message!r} holds an edit that is not a cs_lint.Edit"
    return None


def _map_suggestion(suggestion: Suggestion, back: OffsetMap) -> Suggestion:
    if not suggestion.edits:
        return suggestion
    edits = tuple(
        Edit(*back.span(e.start, e.end), e.replacement) for e in suggestion.edits
    )
    return attrs.evolve(suggestion, edits=edits)


def _check_customer(customer: object) -> None:
    if customer is not None and not isinstance(customer, str):
        msg = f"customer must be str or None, not {type(customer).__name__}"
        raise TypeError(msg)


def _check_conversation(customer: object, conversation: object) -> None:
    if conversation is None:
        return
    if not isinstance(conversation, Conversation):
        msg = (
            "conversation must be a cs_lint.Conversation or None, "
            f"not {type(conversation).__name__}"
        )
        raise TypeError(msg)
    if customer is not None:
        msg = "give the customer message as customer= or inside conversation=, not both"
        raise ValueError(msg)


def lint(
    text: str,
    *,
    customer: str | None = None,
    conversation: Conversation | None = None,
    config: Config | None = None,
) -> list[Finding]:
    """
    Lint *text* once with a `Linter` built from *config*.

    Building a linter compiles every rule; to lint many replies, build one
    `Linter` and call `Linter.lint` on each.
    """
    return _cached_linter(config).lint(
        text, customer=customer, conversation=conversation
    )


_DEFAULT: list[Linter] = []


def _cached_linter(config: Config | None) -> Linter:
    # The default linter is immutable, so building it once is safe and
    # saves every `cs_lint.lint()` call the cost of compiling the rules.
    if config is not None:
        return Linter(config)
    if not _DEFAULT:
        _DEFAULT.append(Linter())
    return _DEFAULT[0]
