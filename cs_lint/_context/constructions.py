"""
Constructions: a pattern paired with the words it needs in one sentence, for
the context readers (`blame`, `defence`) that sit below the authoring layer
and so cannot use its `scan`.

A construction runs only over the sentences whose words
(`Document.trigger_windows`) meet one of its needs (one word of each group),
so a reply that holds none of its cue words costs a few set look-ups; the
rules that report a reader's findings take the same groups as their trigger
words (`Construction.groups`), so the engine never skips them where the
reader could match.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

import attrs

from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern


if TYPE_CHECKING:
    import regex


#: A kind of construction (a reader's own Literal).
K = TypeVar("K")

#: Words a construction needs in one sentence: one word of each group.
Need = tuple[frozenset[str], ...]


def all_of(*groups: str) -> Need:
    """
    A need of one word from each space-separated group, in one sentence.
    """
    # The words interned: a ready linter's ~800 groups name ~2,200 distinct
    # words ~6,000 times ("we", "our", "the" in many), a string each when
    # split; shared (with `cs_lint._context.frames.gate_words`' words), a
    # ready linter is ~0.3 MB smaller (issue 15, round 13).
    return tuple(frozenset(map(sys.intern, g.split())) for g in groups)


@attrs.frozen(slots=False)
class Construction:
    """
    A pattern and the needs under which it can match: it runs only over
    the sentences whose words meet one of them.
    """

    source: str
    needs: tuple[Need, ...]
    #: For each top-level alternative of `source`, the indexes of the
    #: needs one of which a text (or sentence) meets wherever that
    #: alternative matches, or None for an alternative run wherever any
    #: need is met; empty when the construction is not split (`pattern_in`).
    parts: tuple[tuple[int, ...] | None, ...] = ()

    @functools.cached_property
    def pattern(self) -> regex.Pattern[str]:
        return compile_pattern(self.source)

    @functools.cached_property
    def _alternatives(self) -> tuple[str, ...]:
        alternatives = split_alternatives(self.source)
        if len(alternatives) != len(self.parts):
            msg = f"{len(self.parts)} parts for {len(alternatives)} alternatives"
            raise ValueError(msg)
        return alternatives

    @functools.cached_property
    def _subsets(self) -> dict[tuple[int, ...], regex.Pattern[str]]:
        return {}

    def pattern_in(self, words: frozenset[str]) -> regex.Pattern[str]:
        """
        The pattern to run over a text or sentence of *words*: `pattern`,
        or for a split construction (`parts`) the alternation of only the
        alternatives whose needs *words* meet, in their order. Where the
        others cannot match, its matches are `pattern`'s, and a sentence
        that opens one small alternative of a large construction does not
        compile the rest (memory of a ready linter).
        """
        parts = self.parts
        if not parts:
            return self.pattern
        met = {
            n
            for n, need in enumerate(self.needs)
            if all(not g.isdisjoint(words) for g in need)
        }
        key = tuple(
            k
            for k, owned in enumerate(parts)
            if owned is None or not met.isdisjoint(owned)
        )
        if len(key) == len(parts) or not key:
            return self.pattern
        subsets = self._subsets
        pattern = subsets.get(key)
        if pattern is None:
            alternatives = self._alternatives
            pattern = subsets[key] = compile_pattern(
                "|".join(alternatives[k] for k in key)
            )
        return pattern

    @functools.cached_property
    def cue(self) -> frozenset[str]:
        """
        The words of each need's smallest group: a text that holds none of
        them meets no need, found with one set operation.
        """
        return frozenset().union(*(_rarest(need) for need in self.needs))

    def met_by(self, words: frozenset[str]) -> bool:
        return any(all(not g.isdisjoint(words) for g in need) for need in self.needs)

    def sentences(self, doc: Document) -> Iterator[tuple[int, int]]:
        """
        The spans of the sentences whose words meet the needs (the whole
        text when the sentences are not read one by one).
        """
        windows = doc.trigger_windows
        sentences = doc.sentences
        if len(windows) != len(sentences) or len(sentences) <= 1:
            if self.met_by(doc.words):
                yield 0, len(doc.text)
            return
        cue = self.cue
        for sent, words in zip(sentences, windows, strict=True):
            if not cue.isdisjoint(words) and self.met_by(words):
                yield sent.start, sent.end

    def groups(self) -> tuple[tuple[str, ...], ...]:
        """
        Each need as its two rarest groups of words, for a rule's trigger
        entries: a text that meets the need holds a word of each, so the
        gate is never narrower than the construction, and two groups keep
        the entries few (all the groups would multiply into thousands).
        """
        return tuple(
            tuple(" ".join(sorted(g)) for g in _two_rarest(need)) for need in self.needs
        )


#: Words in most replies: a group made of them rejects nothing, so the cue
#: of a need is taken from another group.
_COMMON = frozenset(
    [
        "you",
        "u",
        "your",
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "it's",
        "that",
        "this",
        "and",
        "so",
        "as",
        "if",
        "to",
        "of",
        "in",
        "on",
        "at",
        "we",
        "i",
        "our",
        "not",
        "do",
        "did",
        "does",
        "have",
        "has",
        "had",
        "with",
        "for",
        "my",
        "me",
        "they",
        "them",
        "there",
        "what",
        "which",
        "who",
        "can",
        "will",
        "would",
        "could",
        "should",
        "just",
        "only",
        "all",
        "any",
        "no",
    ]
)


def _rareness(group: frozenset[str]) -> tuple[int, int]:
    return len(group & _COMMON), len(group)


def _rarest(need: Need) -> frozenset[str]:
    """
    The group of *need* likeliest to be absent from a text: the fewest
    common words, then the fewest words.
    """
    return min(need, key=_rareness)


def _two_rarest(need: Need) -> list[frozenset[str]]:
    """
    The two rarest groups of *need*, the second one sharing no word with
    the first when the need has such a group: a word in both would make an
    entry of that word alone ("start" for "from the start"), which wakes a
    rule on every text that holds it.
    """
    ranked = sorted(need, key=_rareness)
    if len(ranked) > 2 and not ranked[0].isdisjoint(ranked[1]):
        apart = [g for g in ranked[2:] if g.isdisjoint(ranked[0])]
        if apart:
            return [ranked[0], apart[0]]
    return ranked[:2]


def cue_of(constructions: Iterable[Construction]) -> frozenset[str]:
    """
    The union of the constructions' cues: a text that holds none of these
    words meets none of them.
    """
    return frozenset().union(*(c.cue for c in constructions))


@attrs.frozen(slots=False)
class Constructions:
    """
    Several constructions read together: one pass over a text's words (and
    one over each sentence's) finds which of them meet their needs, where
    asking each construction in turn would test every group of every need
    against the same words again.

    A need is met only when its rarest group is (`Construction.cue`), so
    each cue word maps to the needs it opens (bits of an int) and only
    those needs are tested group by group.
    """

    items: tuple[Construction, ...]

    @functools.cached_property
    def _index(
        self,
    ) -> tuple[frozenset[str], dict[str, int], tuple[int, ...], tuple[Need, ...]]:
        owners: list[int] = []
        needs: list[Need] = []
        opens: dict[str, int] = {}
        for i, c in enumerate(self.items):
            for need in c.needs:
                bit = 1 << len(needs)
                for word in _rarest(need):
                    opens[word] = opens.get(word, 0) | bit
                owners.append(i)
                needs.append(need)
        return frozenset(opens), opens, tuple(owners), tuple(needs)

    @functools.cached_property
    def _need_bits(self) -> tuple[int, ...]:
        # Per construction, the bits of its needs in `_index`.
        bits = [0] * len(self.items)
        for k, owner in enumerate(self._index[2]):
            bits[owner] |= 1 << k
        return tuple(bits)

    def _needs(self, constructions: int) -> int:
        """
        The bits (in `_index`) of the needs of these *constructions* (bits
        of their indexes in `items`).
        """
        of = self._need_bits
        bits = 0
        while constructions:
            low = constructions & -constructions
            constructions ^= low
            bits |= of[low.bit_length() - 1]
        return bits

    def met(self, words: frozenset[str], needs_in: int = -1) -> int:
        """
        The constructions whose needs *words* meet, as bits of their
        indexes in `items` (the same as `Construction.met_by` for each);
        *needs_in*: only the needs among these bits are tested (`_needs`).
        """
        cue, opens, owners, needs = self._index
        hits = cue.intersection(words)
        if not hits:
            return 0
        candidates = 0
        for word in hits:
            candidates |= opens[word]
        candidates &= needs_in
        met = 0
        while candidates:
            low = candidates & -candidates
            candidates ^= low
            owner = owners[low.bit_length() - 1]
            if met >> owner & 1:
                continue
            for group in needs[low.bit_length() - 1]:
                if group.isdisjoint(words):
                    break
            else:
                met |= 1 << owner
        return met

    def sentences(self, doc: Document) -> Iterator[tuple[int, int, int]]:
        """
        ``(index, start, end)``: for each construction in `items` order, the
        spans `Construction.sentences` yields for it, in the same order.
        """
        met = self.met(doc.words)
        if not met:
            return
        count = len(self.items)
        windows = doc.trigger_windows
        sentences = doc.sentences
        if len(windows) != len(sentences) or len(sentences) <= 1:
            end = len(doc.text)
            for i in range(count):
                if met >> i & 1:
                    yield i, 0, end
            return
        # Each sentence tested only for the needs of the constructions the
        # text meets (the same bits as ``met(words) & met``).
        needs_in = self._needs(met)
        # Only the sentences that hold a cue word of one of those needs can
        # meet one: the others are passed over with one disjointness test
        # against the few cue words the text holds (issue 15, round 13).
        cue, opens, _, _ = self._index
        cues = frozenset(w for w in cue.intersection(doc.words) if opens[w] & needs_in)
        met_by = self.met
        per = [
            0 if cues.isdisjoint(words) else met_by(words, needs_in)
            for words in windows
        ]
        for i in range(count):
            if met >> i & 1:
                for sent, bits in zip(sentences, per, strict=True):
                    if bits >> i & 1:
                        yield i, sent.start, sent.end

    def first_per_sentence(
        self, doc: Document, accept: Callable[[int, int], bool]
    ) -> list[tuple[int, int, int]]:
        """
        ``(index, start, end)`` of the first match a sentence holds, in
        `items` order, that *accept* (called with the construction's
        index and the match's start) takes, sorted by start: the reading
        `cs_lint._context.blame` and `cs_lint._context.defence` share.
        """
        found: list[tuple[int, int, int]] = []
        seen: set[int] = set()
        text = doc.text
        windows = doc.trigger_windows
        whole = len(windows) != len(doc.sentences) or len(windows) <= 1
        for i, lo, hi in self.sentences(doc):
            item = self.items[i]
            if not item.parts:
                pattern = item.pattern
            elif whole:
                pattern = item.pattern_in(doc.words)
            else:
                pattern = item.pattern_in(windows[doc.sentence_index(lo)])
            for m in pattern.finditer(text, lo, hi):
                start, end = m.span()
                sentence = doc.sentence_index(start)
                if sentence in seen or not accept(i, start):
                    continue
                seen.add(sentence)
                found.append((i, start, end))
        found.sort(key=lambda f: f[1])
        return found


def by_kind(
    table: Iterable[tuple[K, Construction]],
) -> dict[K, tuple[Construction, ...]]:
    """
    The constructions of a ``(kind, construction)`` *table* grouped by
    kind, in table order (for the rules' trigger words).
    """
    grouped: dict[K, list[Construction]] = {}
    for kind, c in table:
        grouped.setdefault(kind, []).append(c)
    return {kind: tuple(cs) for kind, cs in grouped.items()}


def construction(
    source: str,
    *,
    needs: tuple[Need, ...],
    parts: tuple[tuple[int, ...] | None, ...] = (),
) -> Construction:
    """
    A `Construction` of *source* (a pattern as `compile_pattern` reads it)
    and its *needs* (`all_of` values); *parts*, when given, says for each
    top-level alternative of *source* which needs it holds the words of
    (None: run it wherever the construction runs), see `Construction.parts`.
    """
    c = Construction(source, needs, parts)
    if parts:
        c._alternatives  # noqa: B018 - checks the parts against the source now
        if any(n >= len(needs) for owned in parts if owned for n in owned):
            msg = "a part names a need the construction does not have"
            raise ValueError(msg)
    return c


def split_alternatives(source: str) -> tuple[str, ...]:
    """
    The top-level alternatives of the verbose pattern *source*, as written:
    joined by ``|`` they are *source* again.

        >>> split_alternatives("a(?:b|c)[|] | d")
        ('a(?:b|c)[|] ', ' d')
    """
    out: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source.startswith("]", i + 1) or source.startswith("^]", i + 1):
                i = source.index("]", i + 1) + 1
                continue
        elif ch == "#":
            msg = "a comment in a split construction's source"
            raise ValueError(msg)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return tuple(out)
