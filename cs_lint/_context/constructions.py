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
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern


if TYPE_CHECKING:
    import regex


#: Words a construction needs in one sentence: one word of each group.
Need = tuple[frozenset[str], ...]


def all_of(*groups: str) -> Need:
    """
    A need of one word from each space-separated group, in one sentence.
    """
    return tuple(frozenset(g.split()) for g in groups)


@attrs.frozen(slots=False)
class Construction:
    """
    A pattern and the needs under which it can match: it runs only over
    the sentences whose words meet one of them.
    """

    source: str
    needs: tuple[Need, ...]

    @functools.cached_property
    def pattern(self) -> regex.Pattern[str]:
        return compile_pattern(self.source)

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
            tuple(" ".join(sorted(g)) for g in sorted(need, key=_rareness)[:2])
            for need in self.needs
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


def cue_of(constructions: Iterable[Construction]) -> frozenset[str]:
    """
    The union of the constructions' cues: a text that holds none of these
    words meets none of them.
    """
    return frozenset().union(*(c.cue for c in constructions))


def construction(source: str, *, needs: tuple[Need, ...]) -> Construction:
    """
    A `Construction` of *source* (a pattern as `compile_pattern` reads it)
    and its *needs* (`all_of` values).
    """
    return Construction(source, needs)
