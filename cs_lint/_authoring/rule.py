"""
Rules: a plain function that reads a `Document`, with its metadata beside it.
"""

from __future__ import annotations

import inspect
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import regex

from cs_lint._base.finding import Family, Severity, Suggestion
from cs_lint._text.anchors import neighbourhoods
from cs_lint._text.document import Document
from cs_lint._text.lexicons import (
    LEXICON_FILES,
    POSSESSIVE,
    REFERENCE,
    cues,
    possessive_cues,
)
from cs_lint._text.patterns import compile_pattern, lazy_pattern, source_of
from cs_lint._text.tables import Table, str_list


_NO_DATA: Mapping[str, str] = types.MappingProxyType({})


@attrs.frozen
class Match:
    """
    What a rule's check yields: a span and, optionally, what to say about it.

    *data* fills the rule's message template (``{excerpt}`` is always
    available); *message* replaces the template outright; *confidence*
    overrides the rule's default for this match.
    """

    start: int
    end: int
    # One shared empty mapping, not a dict per match: a hostile reply makes
    # hundreds of thousands of matches, and each dict is one more object for
    # the garbage collector to walk.
    data: Mapping[str, str] = _NO_DATA
    message: str | None = None
    suggestions: tuple[Suggestion, ...] = ()
    confidence: float | None = None


#: A rule's check: ``check(doc)`` or, for a rule with options,
#: ``check(doc, options)``; yields `Match` values. Context (the customer
#: message, history, macros, facts) is on the document.
Check = Callable[..., Iterable[Match]]

#: What a rule may need besides the reply; a rule whose needs are not met
#: is skipped, never guessed. The document carries each of them
#: (`Document.customer`, `Document.conversation`, `Document.macros`,
#: `Document.facts`).
NEEDS = frozenset({"customer", "history", "channel", "macros", "facts"})


def _longest_first(word: str) -> tuple[int, str]:
    return (-len(word), word)


#: Each distinct ``"a+b"`` need of the scans' trigger indexes, shared
#: (`Triggers`): bounded by the rules' trigger entries.
_NEEDS: dict[frozenset[str], frozenset[str]] = {}


class Triggers:
    """
    Words a text must hold for a rule (or one costly scan inside a rule) to
    be able to match: any single word anywhere, or all the words of an
    ``"a+b"`` entry in one sentence.
    """

    def __init__(self, words: Iterable[str]) -> None:
        # Indexed on first use: a module builds hundreds of scans at import,
        # and a one-shot lint asks only the few whose rules run.
        self._source = words if isinstance(words, frozenset) else frozenset(words)
        self._words: frozenset[str] | None = None
        self._by_key: dict[str, tuple[frozenset[str], ...]] | None = None

    def _build(self) -> frozenset[str]:
        # The words alone first: a split scan asks every branch for its
        # words on first use (hundreds of them in a one-shot lint) and
        # tests only the few the text reaches, which then index their
        # needs (`_index`).
        single: list[str] = []
        keys: set[str] = set()
        for w in self._source:
            a, plus, b = w.partition("+")
            if not plus:
                single.append(w)
            elif "+" not in b:
                keys.add(a if len(a) > len(b) or (len(a) == len(b) and a < b) else b)
            else:
                keys.add(min(w.split("+"), key=_longest_first))
        self._any = frozenset(single)
        self._keys = frozenset(keys)
        # One look-up rejects a text that holds none of the words at all
        # (most texts, for most rules and scans). Set last: another thread
        # that sees it sees the rest.
        self._words = self._any | self._keys
        return self._words

    def _index(self) -> dict[str, tuple[frozenset[str], ...]]:
        if self._words is None:
            self._build()
        # Each "a+b" entry filed under its longest word (the likeliest to be
        # rare; the first in sorted order at a tie), so a text is checked
        # only against the entries whose key it holds: a rule with hundreds
        # of entries costs a set intersection.
        by_key: dict[str, list[frozenset[str]]] = {}
        for w in sorted(self._source):
            a, plus, b = w.partition("+")
            if not plus:
                continue
            # One object per distinct need across every scan of every rule
            # (scans built from the same lexicon class share most of their
            # pairs), of words interned once a process.
            need = frozenset(map(sys.intern, w.split("+")))
            need = _NEEDS.setdefault(need, need)
            if len(need) == 2 and "+" not in b:
                key = a if len(a) > len(b) or (len(a) == len(b) and a < b) else b
            else:
                key = min(need, key=_longest_first)
            key = sys.intern(key)
            got = by_key.get(key)
            if got is None:
                by_key[key] = [need]
            else:
                got.append(need)
        index = self._by_key = {k: tuple(v) for k, v in by_key.items()}
        return index

    @property
    def words(self) -> frozenset[str]:
        """
        Words of which a text that meets these triggers holds at least one.
        """
        return self._words if self._words is not None else self._build()

    def _candidates(self, words: frozenset[str]) -> list[frozenset[str]]:
        by_key = self._by_key if self._by_key is not None else self._index()
        return [
            need
            for key in self._keys.intersection(words)
            for need in by_key[key]
            if need <= words
        ]

    def met_by(self, words: frozenset[str]) -> bool:
        """
        Return whether a text with these words may match, ignoring where in
        the text they are.
        """
        gate = self._words if self._words is not None else self._build()
        if gate.isdisjoint(words):
            return False
        if not self._any.isdisjoint(words):
            return True
        return bool(self._candidates(words))

    def windows_met(self, doc: Document) -> set[int]:
        """
        Return the indexes of *doc*'s trigger windows (its sentences) that
        hold the words a match needs, worked out from which windows hold
        each needed word, so the cost follows the entries the text can
        meet, not its sentences.

            >>> t = Triggers(frozenset({"per+last", "repeat"}))
            >>> sorted(t.windows_met(Document("Per day. My last. Per my last. I repeat.")))
            [2, 3]
        """
        words = doc.words
        gate = self._words if self._words is not None else self._build()
        if gate.isdisjoint(words):
            return set()
        return self._windows(words, words, doc.memo(_WindowIndex))

    def _windows(
        self, present: frozenset[str], words: frozenset[str], index: _WindowIndex
    ) -> set[int]:
        """
        `windows_met` for a document with *words*, given *present*: the
        ones of them that may be among these triggers' words (all of them,
        or fewer when a caller has already intersected them with a larger
        vocabulary holding these triggers' words; a split scan's branches
        share one such set, so each branch costs look-ups in a set of a few
        words, not in the text's), and the document's window *index*.
        """
        if self._words is None:
            self._build()
        hit: set[int] = set()
        for word in self._any.intersection(present):
            hit |= index.holding(word)
        by_key = self._by_key if self._by_key is not None else self._index()
        for key in self._keys.intersection(present):
            for need in by_key[key]:
                if not need <= words:
                    continue
                found: frozenset[int] | None = None
                for word in need:
                    held = index.holding(word)
                    found = held if found is None else found & held
                    if not found:
                        break
                if found:
                    hit |= found
        return hit

    def met(self, doc: Document) -> bool:
        """
        Return whether *doc* holds the words a match needs.
        """
        words = doc.words
        gate = self._words if self._words is not None else self._build()
        if gate.isdisjoint(words):
            return False
        if not self._any.isdisjoint(words):
            return True
        needs = self._candidates(words)
        return any(need <= w for need in needs for w in doc.trigger_windows)


def near_met(
    pattern: regex.Pattern[str], doc: Document, gate: Triggers
) -> Iterator[regex.Match[str]]:
    """
    The matches of *pattern* in the `neighbourhoods` of the sentences that
    meet one of *gate*'s entries (all the words of an ``"a+b"`` entry, not
    any one of them: "could" or "have" alone opens most sentences of a
    body; issue 15, round 13), as `Scan.regions` reads a scan's.
    """
    if not gate.met(doc):
        return
    text = doc.text
    finditer = pattern.finditer
    for start, end in neighbourhoods(doc, lambda: sorted(gate.windows_met(doc))):
        yield from finditer(text, start, end)


class _WindowIndex:
    """
    Which of a document's trigger windows hold a word, worked out once per
    word asked about (kept on the document through `Document.memo`).
    """

    __slots__ = ("_held", "_where", "_windows")

    def __init__(self, doc: Document) -> None:
        windows = self._windows = doc.trigger_windows
        self._held: dict[str, frozenset[int]] = {}
        self._where: dict[str, list[int]] | None = None
        if len(windows) > _INDEX_WINDOWS:
            # A long text: every word's windows in one pass over its words,
            # not one pass over the windows per word asked about (a 16 KB
            # body has ~300 sentences and its scans ask about hundreds of
            # words; issue 15).
            where: dict[str, list[int]] = {}
            for i, window in enumerate(windows):
                for word in window:
                    got = where.get(word)
                    if got is None:
                        where[word] = [i]
                    else:
                        got.append(i)
            self._where = where

    def holding(self, word: str) -> frozenset[int]:
        held = self._held.get(word)
        if held is None:
            where = self._where
            if where is not None:
                held = frozenset(where.get(word, ()))
            else:
                held = frozenset(i for i, w in enumerate(self._windows) if word in w)
            self._held[word] = held
        return held


#: Texts with more trigger windows than this index every word's windows at
#: once (`_WindowIndex`).
_INDEX_WINDOWS = 24


class Scan:
    """
    A pattern paired with the words a text must hold for it to match, so a
    rule's trigger words are derived from its scans, never typed twice.

    *needs* are trigger entries as in `Rule.triggers`: any one word, or all
    the words of an ``"a+b"`` entry in one sentence. They must be
    necessary for a match (a test checks every scan against its rule's
    examples and the corpora through the findings-identity benchmark);
    `finditer` and `search` return nothing when the text lacks them, so a
    rule with several scans pays only for the ones that can match.

        >>> s = scan(r"\\bper\\s+my\\s+last\\s+email\\b", needs="per+last")
        >>> [m.group() for m in s.finditer(Document("Per my last email, no."))]
        ['Per my last email']
        >>> list(s.finditer(Document("My last email. Per day.")))
        []
    """

    __slots__ = ("_branches", "_by_word", "gate", "needs", "pattern")

    def __init__(
        self, pattern: regex.Pattern[str], needs: Iterable[str], *, split: bool = False
    ) -> None:
        self.pattern = pattern
        self.needs = frozenset(needs)
        if not self.needs:
            msg = "a scan needs at least one trigger word"
            raise ValueError(msg)
        self.gate = Triggers(self.needs)
        # Split on first use: working the alternatives out costs what
        # compiling them costs, which `import cs_lint` should not pay.
        self._branches: tuple[tuple[regex.Pattern[str], Triggers], ...] | None = (
            None if split else ()
        )
        self._by_word: dict[str, tuple[int, ...]] = {}

    def met(self, doc: Document) -> bool:
        """
        Return whether *doc* holds the words this scan needs.
        """
        return self.gate.met(doc)

    def regions(self, doc: Document) -> list[tuple[int, int]]:
        """
        The parts of *doc*'s text where a match can be: each sentence that
        holds the needed words with its neighbours on either side (a match
        may run across a sentence cut the splitter made inside it), merged
        where they touch. Empty when the text lacks the words; the whole
        text when it is one sentence.
        """
        if not self.gate.met(doc):
            return []
        # The sentences that hold the words, read off the document's word
        # index (one look-up per needed word), not one test per sentence.
        return neighbourhoods(doc, lambda: sorted(self.gate.windows_met(doc)))

    def finditer(
        self, doc: Document, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """
        Yield the matches in *doc*'s text (from *pos* to *endpos*), looking
        only in the `regions` where the needed words are, so the cost
        follows the number of candidate sentences, not the text's length.
        """
        regions = self.regions(doc)
        if not regions:
            return  # a lazy pattern stays uncompiled
        end = len(doc.text) if endpos is None else endpos
        finditer = self.pattern.finditer
        text = doc.text
        for start, stop in regions:
            lo, hi = max(start, pos), min(stop, end)
            if lo < hi:
                yield from finditer(text, lo, hi)

    def in_sentences(
        self, doc: Document, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """
        Yield the matches inside the sentences that hold the needed words
        (from *pos* to *endpos*): the pattern never runs over sentences
        that cannot match, and no match crosses a sentence boundary.

            >>> s = scan(r"\\bper\\s+my\\s+last\\s+email\\b", needs="per+last")
            >>> text = "Hi. Per my last email, no. My last email. Per day."
            >>> [m.group() for m in s.in_sentences(Document(text))]
            ['Per my last email']
        """
        if self.gate.words.isdisjoint(doc.words):
            return
        if self._branches is None:
            self._branches = _split(self.pattern, self.needs, self.gate)
            branches_of: dict[str, set[int]] = {}
            for i, (_, gate) in enumerate(self._branches):
                for word in gate.words:
                    branches_of.setdefault(word, set()).add(i)
            self._by_word = {w: tuple(sorted(ids)) for w, ids in branches_of.items()}
        if not self._branches:
            yield from _in_sentences(self.pattern, self.gate, doc, pos, endpos)
            return
        # A split scan: each alternative runs only in the sentences that hold
        # its own words, and the matches are merged as the whole pattern
        # would find them (leftmost first, the earlier alternative at a tie,
        # no overlaps). Which alternatives and sentences can match is read
        # off the words, so the cost follows what can match, not all
        # sentences times all alternatives.
        end = len(doc.text) if endpos is None else endpos
        text = doc.text
        branches = self._branches
        by_word = self._by_word
        words = doc.words
        hits = words.intersection(by_word)
        if not hits:
            return
        candidates = sorted({i for w in hits for i in by_word[w]})
        sentences = doc.sentences
        whole = len(doc.trigger_windows) != len(sentences) or len(sentences) <= 1
        index = None if whole else doc.memo(_WindowIndex)
        found = []
        for i in candidates:
            pattern, gate = branches[i]
            if index is None:
                if gate.met_by(words):
                    found += [
                        (m.start(), i, m) for m in pattern.finditer(text, pos, end)
                    ]
                continue
            # Every branch's words are among the scan's (`by_word`): the
            # few of them the text holds stand in for all its words.
            for k in gate._windows(hits, words, index):
                sent = sentences[k]
                if sent.end <= pos or sent.start >= end:
                    continue
                found += [
                    (m.start(), i, m)
                    for m in pattern.finditer(
                        text, max(pos, sent.start), min(end, sent.end)
                    )
                ]
        if len(found) > 1:
            found.sort(key=lambda f: (f[0], f[1]))
        last = -1
        for begin, _, m in found:
            if begin < last:
                continue
            last = max(m.end(), begin + 1)
            yield m

    def search(
        self, doc: Document, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """
        Return the first match in *doc*'s text (from *pos* to *endpos*).
        """
        if not self.gate.met(doc):
            return None
        end = len(doc.text) if endpos is None else endpos
        return self.pattern.search(doc.text, pos, end)

    def __repr__(self) -> str:
        return f"Scan(needs={sorted(self.needs)!r})"


def _in_sentences(
    pattern: regex.Pattern[str],
    gate: Triggers,
    doc: Document,
    pos: int,
    endpos: int | None,
) -> Iterator[regex.Match[str]]:
    """
    The matches of *pattern* in the sentences of *doc* whose words meet
    *gate* (the whole text when the sentences and their word windows do not
    line up, or when there is one sentence).
    """
    end = len(doc.text) if endpos is None else endpos
    windows = doc.trigger_windows
    sentences = doc.sentences
    if len(windows) != len(sentences) or len(sentences) <= 1:
        if gate.met(doc):
            yield from pattern.finditer(doc.text, pos, end)
        return
    for k in sorted(gate.windows_met(doc)):
        sent = sentences[k]
        if sent.end <= pos or sent.start >= end:
            continue
        yield from pattern.finditer(doc.text, max(pos, sent.start), min(end, sent.end))


def _branches_of(source: str) -> list[str]:
    """
    The top-level alternatives of a verbose pattern *source* (comments
    dropped; escapes, classes and groups respected).
    """
    out: list[str] = []
    part: list[str] = []
    depth = 0
    in_class = False
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            part.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "#":
            stop = source.find("\n", i)
            i = len(source) if stop < 0 else stop
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append("".join(part))
            part = []
            i += 1
            continue
        part.append(c)
        i += 1
    out.append("".join(part))
    return [b for b in out if b.strip()]


def _split(
    pattern: regex.Pattern[str], needs: frozenset[str], whole: Triggers
) -> tuple[tuple[regex.Pattern[str], Triggers], ...]:
    """
    One (pattern, gate) per top-level alternative of *pattern*, each gated
    by the entries of *needs* whose words all appear in that alternative's
    source (all of *needs* when none does: the alternative's words come
    from elsewhere; those share *whole*, the scan's own gate over *needs*,
    indexed once). Whether the narrower gates are still necessary is
    checked by the tests over the corpora, like every scan's needs.
    """
    source, flags = source_of(pattern)
    entries = sorted(needs)
    # Working the gates out costs ~0.1 s over the scans a long reply
    # reaches; kept on disk (cs_lint._text.tables), one file per scan, read
    # when the scan first runs: in the table `Linter()` reads, the entries
    # of every scan a process ever reached made each later start-up parse
    # them all.
    key = "\x1f".join((str(int(flags)), source, *entries))
    split = _SPLITS.get(
        "split:" + key,
        lambda: _split_gates(source, entries),
        list,
        lambda v: _checked_split(v, len(entries)),
    )
    return tuple(
        # Compiled on first use: most alternatives never meet their words.
        (
            lazy_pattern(branch, flags),
            Triggers(frozenset(entries[i] for i in own)) if own else whole,
        )
        for branch, own in split
    )


def _checked_split(value: Any, size: int) -> list[tuple[str, list[int]]]:
    """
    A stored split, checked for shape.

    Raises:
        TypeError: it has another shape.
    """
    ok = isinstance(value, list) and all(
        isinstance(item, list)
        and len(item) == 2
        and isinstance(item[0], str)
        and isinstance(item[1], list)
        and all(type(i) is int and 0 <= i < size for i in item[1])
        for item in value
    )
    if not ok:
        msg = "not a split"
        raise TypeError(msg)
    return [(branch, own) for branch, own in value]


def _split_gates(source: str, entries: list[str]) -> list[tuple[str, list[int]]]:
    """
    The top-level alternatives of *source*, each with the indexes (into
    *entries*) of the entries whose words it may spell (empty: all).
    """
    branches = _branches_of(source)
    if len(branches) < 2:
        return []
    vocabularies = [
        frozenset(
            _SOURCE_WORD.findall(
                _ESCAPE.sub(
                    " ", b.lower().replace("['\u2019]?", "'").replace("['\u2019]", "'")
                )
            )
        )
        for b in branches
    ]

    def plausible(word: str, vocabulary: frozenset[str]) -> bool:
        # A word the alternative may spell out of its pieces: "policy" from
        # "polic(?:y|ies)", "understaffed" from "(?:short|under)[\s-]?staffed",
        # "shouldve" from "should\s*(?:have|ve)". Generous on purpose: a
        # looser gate only costs time.
        return word in vocabulary or any(
            len(piece) >= 3 and (piece in word or word in piece) for piece in vocabulary
        )

    split = [e.split("+") for e in entries]
    distinct = sorted({w for words in split for w in words})
    out = []
    for branch, vocabulary in zip(branches, vocabularies, strict=True):
        # Each word judged once per alternative: entries share their words.
        ok = {w for w in distinct if plausible(w, vocabulary)}
        own = [i for i, words in enumerate(split) if ok.issuperset(words)]
        out.append((branch, own))
    return out


#: Escapes (``\b``, ``\s``) that would otherwise glue to the next word.
_ESCAPE = regex.compile(r"\\[a-zA-Z]")
_SOURCE_WORD = regex.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def scan(
    source: str | regex.Pattern[str], *, needs: str | Iterable[str], split: bool = False
) -> Scan:
    """
    Compile *source* (see `compile_pattern`; a compiled pattern is taken as
    it is) into a `Scan` that needs *needs*: a space-separated string of
    trigger entries (combine with `all_of`) or an iterable of them. With
    *split*, `Scan.in_sentences` runs each top-level alternative only over
    the sentences that hold its own words (a large pattern of many
    constructions then costs what the one that can match costs).
    """
    pattern = compile_pattern(source) if isinstance(source, str) else source
    words = trigger_words(needs) if isinstance(needs, str) else frozenset(needs)
    return Scan(pattern, words, split=split)


class _Union:
    """
    A rule's trigger entries as `rule` gets them: its own words and its
    scans', joined into one frozenset the first time `Rule.triggers` (or
    the rule's own gate) is read. A linter whose trigger gate comes from
    the derived tables never reads them: the unions of the built-in rules
    (~46,000 entries in 77 frozensets, ~2 MB) were built at import and held
    for nothing.
    """

    __slots__ = ("_scans", "_value", "_words")

    def __init__(
        self,
        words: Iterable[str] | Callable[[], Iterable[str]] | None,
        scans: tuple[Scan, ...],
    ) -> None:
        self._words = words
        self._scans = scans
        self._value: frozenset[str] | _Union | None = self

    def value(self) -> frozenset[str] | None:
        value = self._value
        if value is self:
            words = self._words
            if callable(words):
                words = words()
            value = self._value = _triggers(words, self._scans)
            self._words = self._scans = None  # type: ignore[assignment]
        return value  # type: ignore[return-value]


def _union_value(given: frozenset[str] | _Union | None) -> frozenset[str] | None:
    """
    A rule's triggers as equality and hashing compare them.
    """
    return given.value() if isinstance(given, _Union) else given


@attrs.frozen(repr=False)
class Rule:
    """
    A lint rule: stable *code* and kebab-case *name*, the family it belongs
    to, its default severity, a one-line *message* template, *why* it hurts
    the customer relationship (citing a seed guide), and *bad* / *good*
    examples that are also tests.

    *preview* rules run only when preview is on or they are selected by
    code; *needs* lists context the rule cannot run without; *quotes*
    lets a rule see text inside quotation marks and quoted lines (off for
    nearly every rule: quoted words are the customer's, not the agent's).
    *placeholders* lets a rule see words inside unrendered template
    placeholders (``{{first_name}}``), which no other rule reads as words.
    *source* says where the rule came from (a module, a pack file, a
    plugin), for error messages. *replaces* names rules (codes) that do
    not run while this one does: a team's pack rule that rewords a
    built-in replaces it instead of reporting every hit twice. *defers_to*
    makes a rule a second stage: code prefixes (``"CS41"``) of the rules it
    backs up; the engine drops its finding when a finding of such a rule
    (one without *defers_to*) lies in the same sentence. *triggers*, when set, are lowercase words
    of which at least one must occur in a text for the rule to be able to
    fire there; an entry ``"us+not"`` needs all its words in one
    sentence. The engine skips
    the rule otherwise (a speed-up that must never change findings: tests
    check that).
    """

    code: str
    name: str
    family: Family
    severity: Severity
    message: str
    why: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    check: Check = attrs.field(eq=False, repr=False)
    doc: str = ""
    fix: str | None = None
    options: type | None = None
    preview: bool = False
    needs: frozenset[str] = frozenset()
    quotes: bool = False
    confidence: float = 0.9
    source: str = "cs_lint"
    # `triggers`, given as a frozenset (or None), or by `rule` as the union
    # of its scans' needs and its own words, worked out on first use (see
    # `_Union`).
    _triggers: frozenset[str] | _Union | None = attrs.field(
        default=None, alias="triggers", eq=_union_value, repr=False
    )
    placeholders: bool = False
    replaces: frozenset[str] = frozenset()
    defers_to: frozenset[str] = frozenset()
    _gate: Triggers | _Union | None = attrs.field(
        init=False, eq=False, repr=False, default=None
    )

    def __attrs_post_init__(self) -> None:
        given = self._triggers
        gate: Triggers | _Union | None = None
        if isinstance(given, _Union):
            gate = given  # the gate too is made on first use
        elif given is not None:
            gate = Triggers(given)
        object.__setattr__(self, "_gate", gate)

    def __repr__(self) -> str:
        return f"<Rule {self.code} {self.name} from {self.source}>"

    @property
    def triggers(self) -> frozenset[str] | None:
        """
        Lowercase trigger words and ``"a+b"`` entries (see the class's
        docstring), or None when the rule has none.
        """
        given = self._triggers
        if isinstance(given, _Union):
            return given.value()
        return given

    def _trigger_gate(self) -> Triggers | None:
        gate = self._gate
        if isinstance(gate, _Union):
            words = gate.value()
            built = None if words is None else Triggers(words)
            object.__setattr__(self, "_gate", built)
            return built
        return gate

    def near(
        self, pattern: regex.Pattern[str], doc: Document
    ) -> Iterator[regex.Match[str]]:
        """
        The matches of *pattern* in *doc*, read only in the sentences that
        meet one of the rule's triggers (all the words of an ``"a+b"``
        entry; with a neighbour either side, see
        `cs_lint._text.anchors.neighbourhoods`), not over the whole text;
        every match of *pattern* must meet one of those triggers in its
        sentence (the findings-identity benchmark checks it over the
        corpora). The whole text for a rule without triggers.
        """
        gate = self._trigger_gate()
        if gate is None:
            whole: Iterator[regex.Match[str]] = pattern.finditer(doc.text)
            return whole
        return near_met(pattern, doc, gate)

    def triggered(self, words: frozenset[str]) -> bool:
        """
        Return whether a text with these (lowercase) *words* can make the
        rule fire, judged by its triggers (always true without triggers).
        """
        gate = self._trigger_gate()
        return gate is None or gate.met_by(words)

    def may_fire(self, doc: Document) -> bool:
        """
        Return whether the rule can fire on *doc*, judged by its triggers:
        any single trigger word anywhere, or all the words of an ``"a+b"``
        trigger in one sentence.
        """
        gate = self._trigger_gate()
        return gate is None or gate.met(doc)

    def run(self, doc: Document, options: Any = None) -> Iterable[Match]:
        """
        Run the check on *doc* (with *options* for a rule that takes them).
        """
        if self.options is None:
            return self.check(doc)
        return self.check(doc, options)

    def default_options(self) -> Any:
        """
        Return the rule's options with their defaults (None without options).
        """
        return None if self.options is None else self.options()


def _triggers(
    triggers: Iterable[str] | None, scans: Iterable[Scan]
) -> frozenset[str] | None:
    words = frozenset(w for s in scans for w in s.needs)
    if triggers is None:
        return words or None
    return words | frozenset(triggers)


def rule(
    *,
    code: str,
    name: str,
    family: Family,
    message: str,
    why: str,
    bad: Iterable[str],
    good: Iterable[str],
    severity: Severity = Severity.WARNING,
    fix: str | None = None,
    options: type | None = None,
    preview: bool = False,
    needs: Iterable[str] = (),
    quotes: bool = False,
    confidence: float = 0.9,
    triggers: Iterable[str] | Callable[[], Iterable[str]] | None = None,
    scans: Iterable[Scan] = (),
    placeholders: bool = False,
    defers_to: Iterable[str] = (),
) -> Callable[[Check], Rule]:
    """
    Turn a check function into a `Rule` with the given metadata.

    The function's docstring is the rule's documentation; it should start
    with ``## What it does``. A rule whose every match comes from *scans*
    (see `Scan`) gets their words as its triggers; *triggers* adds words
    for matches found otherwise. *triggers* may be a function of no
    arguments that returns them, called the first time `Rule.triggers` is
    read (a large set that a linter with a stored gate never needs is then
    never made). Example::

        @rule(
            code="CS199",
            name="example-rule",
            family=Family.ACCUSATORY,
            message="Blames the customer: {excerpt!r}",
            why="Blame puts the customer on the defensive (seed 003).",
            bad=("You failed to attach it.",),
            good=("It wasn't attached.",),
        )
        def example_rule(doc: Document) -> Iterator[Match]:
            ...
    """

    def decorate(check: Check) -> Rule:
        needs_set = frozenset(needs)
        unknown = needs_set - NEEDS
        if unknown:
            msg = f"{code}: unknown needs {sorted(unknown)}; known: {sorted(NEEDS)}"
            raise ValueError(msg)
        module = getattr(check, "__module__", None) or "<unknown>"
        return Rule(
            code=code,
            name=name,
            family=family,
            severity=severity,
            message=message,
            why=why,
            bad=tuple(bad),
            good=tuple(good),
            check=check,
            doc=inspect.cleandoc(check.__doc__ or ""),
            fix=fix,
            options=options,
            preview=preview,
            needs=needs_set,
            quotes=quotes,
            confidence=confidence,
            source=module,
            triggers=_lazy_triggers(triggers, scans),
            placeholders=placeholders,
            defers_to=frozenset(defers_to),
        )

    return decorate


def _lazy_triggers(
    triggers: Iterable[str] | Callable[[], Iterable[str]] | None, scans: Iterable[Scan]
) -> frozenset[str] | _Union | None:
    scans = tuple(scans)
    if callable(triggers):
        return _Union(triggers, scans)
    if not scans:
        return None if triggers is None else frozenset(triggers)
    return _Union(triggers, scans)


def all_of(*groups: str) -> str:
    """
    Trigger entries that need one word from each group (see `Rule.triggers`),
    as a space-separated string to add to a rule's trigger words.

        >>> all_of("how way", "works goes")
        'how+works how+goes way+works way+goes'
    """
    combos = [""]
    for group in groups:
        # Each group split once, not once per combination so far.
        words = group.split()
        combos = [f"{c}+{w}" if c else w for c in combos for w in words]
    return " ".join(combos)


def trigger_words(text: str) -> frozenset[str]:
    """
    The trigger words of a rule, from a space-separated string of entries
    (see `Rule.triggers`; combine with `all_of`; an entry may use the
    forms `expand_needs` reads).
    """
    # Looked up by the text itself: split into entries (and joined again
    # into the key `expand_needs` uses) only when the table lacks it. The
    # texts `all_of` builds hold most of the rules' ~46,000 entries, and
    # splitting them on every start cost ~20 M instructions of a one-shot.
    return _expanded("t" + text, lambda: tuple(text.split()))


def expand_needs(entries: Iterable[str]) -> frozenset[str]:
    """
    Expand trigger entries into `Rule.triggers` form. ``"a|b+c"`` needs (a
    or b) and c in one sentence, i.e. ``a+c`` or ``b+c``; a slot
    ``{NAME}`` stands for the cue words of a lexicon class (any word a
    match of the class must hold), ``{NAME:POSS}`` for those of its
    possessive ("courier's").

        >>> sorted(expand_needs(("repeat", "as|like+told|said")))
        ['as+said', 'as+told', 'like+said', 'like+told', 'repeat']
    """
    entries = tuple(entries)
    return _expanded("e" + "\x1f".join(entries), lambda: entries)


def _expanded(key: str, entries: Callable[[], tuple[str, ...]]) -> frozenset[str]:
    """
    `expand_needs` of ``entries()``, kept under *key* (``"t"`` and the text
    for `trigger_words`, ``"e"`` and the entries joined by U+001F for
    `expand_needs`: the first letter keeps the two kinds of key apart).
    """
    # Kept on disk (cs_lint._text.tables): expanding every scan's entries
    # against the lexicon classes costs ~25 ms a process. Each key's
    # entries are stored as one string (`_stored_entries`): the table is
    # read whole at import, and as ~30,000 strings it held ~3 MB of a ready
    # linter for the keys no one expands before they are needed (the large
    # trigger sets of CS605 and CS606, given to `rule` as functions).
    return frozenset(
        _EXPANDED.get(
            key, lambda: sorted(_expand_needs(entries())), _stored_entries, _entries_of
        )
    )


#: Between the entries of one key's stored string (`_stored_entries`).
_SEPARATOR = "\x1f"


def _stored_entries(entries: Iterable[str]) -> str | list[str]:
    """
    Expanded entries as the trigger-entries table stores them: one string,
    joined by `_SEPARATOR` (a list when an entry holds it).
    """
    entries = list(entries)
    if any(_SEPARATOR in entry for entry in entries):
        return entries
    return _SEPARATOR.join(entries)


def _entries_of(value: Any) -> list[str]:
    """
    The entries a stored value holds (see `_stored_entries`; a decoder for
    `Table.get`). Not interned: equal entries of different keys (a lexicon
    class's words in several scans) are then a string each, but interning
    the ~9,000 entries the scans expand at import grew Python's table of
    interned strings by more than the copies cost (40.2 against 39.8 MB of
    a ready linter).

    Raises:
        TypeError: it is neither a string nor a list of str.
    """
    if type(value) is str:
        return value.split(_SEPARATOR) if value else []
    return str_list(value)


_EXPANDED = Table("trigger-entries", (*LEXICON_FILES, Path(__file__)))
#: Each scan's alternatives and their gates (`_split`), one file per scan.
_SPLITS = Table("trigger-splits", (*LEXICON_FILES, Path(__file__)), per_key=True)


def _expand_needs(entries: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for entry in entries:
        combos = [""]
        for slot in entry.replace("\u2019", "'").split("+"):
            words: list[str] = []
            for alternative in slot.split("|"):
                ref = REFERENCE.fullmatch(alternative) or POSSESSIVE.fullmatch(
                    alternative
                )
                if ref is not None:
                    if ref.re is POSSESSIVE:
                        found = possessive_cues(ref.group(1))
                    else:
                        found = cues(ref.group(1))
                    if not found:
                        msg = (
                            f"lexicon class {ref.group(1)} has phrases without words "
                            "and cannot gate a scan; list trigger words instead"
                        )
                        raise ValueError(msg)
                    words += sorted(found)
                else:
                    words.append(alternative.lower())
            combos = [f"{c}+{w}" if c else w for c in combos for w in words]
        out.update(combos)
    return out
