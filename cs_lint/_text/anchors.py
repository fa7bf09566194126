"""
Anchored scanning: try a pattern only where a token it can start with
starts.

A pattern built from large lexicon classes is costly to try at every
position of a text, and even one regex pass to find candidate words costs
more than a rule can afford on every reply. But a match can only start at
a handful of words ("only", "just", "it's" for a minimiser), and which
words a text holds is already known (`Document.words`). `anchored` finds
the present start words by plain substring search, keeps the whole-token
hits, and tries the pattern, bounded, only there: the cost follows the
anchors that occur, and the matches are those of a full `finditer` (the
`starts` of a pattern must hold every token a match can begin with; tests
compare the two on the corpora).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator

import regex

from cs_lint._text.document import Document
from cs_lint._text.lexicons import DIGIT_START, Anchors
from cs_lint._text.lexicons import starts as class_starts
from cs_lint._text.patterns import WORD_TOKENS


#: How far past its first token a match may reach.
REACH = 300
#: Marks a start entry as a prefix ("fuck*"), which must have at least
#: three letters.
PREFIX = "*"
_PREFIX_MIN = 3


def starts_of(*entries: str, loose: bool = False) -> frozenset[str]:
    """
    A set of start tokens from plain words, ``{CLASS}`` references and
    prefixes (``fuck*``: any token that starts with "fuck"), each entry
    one or more of them separated by spaces; with *loose*,
    each word with an apostrophe also without it ("dont"), for patterns
    compiled with loose apostrophes.

        >>> sorted(starts_of("it's", "{ANY_QUANTIFIER}"))
        ['any', "it's", 'whatever']
        >>> sorted(starts_of("don't whyy*", loose=True))
        ["don't", 'dont', 'whyy*']
    """
    out: set[str] = set()
    for entry in (e for entries_ in entries for e in entries_.split()):
        if entry.startswith("{") and entry.endswith("}"):
            out |= class_starts(entry[1:-1])
            continue
        word = entry.lower()
        if word.endswith(PREFIX) and len(word) <= _PREFIX_MIN:
            msg = f"start prefix {entry!r} is too short"
            raise ValueError(msg)
        out.add(word)
        if loose and "'" in word:
            out.add(word.replace("'", ""))
    return frozenset(out)


def sentence_spans(
    doc: Document, holds: Callable[[frozenset[str]], bool]
) -> list[tuple[int, int]] | None:
    """
    The spans of the sentences whose words *holds* accepts (a scan's
    trigger test), so a scan looks only where a match can be; None when
    the text is one sentence (or its sentences don't hold every word) and
    the whole text must be read.
    """
    sents = doc.sentences
    windows = doc.trigger_windows
    if not len(windows) == len(sents) > 1:
        return None
    return [(s.start, s.end) for s, w in zip(sents, windows, strict=True) if holds(w)]


def neighbourhoods(
    doc: Document, held: Callable[[], Iterable[int]]
) -> list[tuple[int, int]]:
    """
    The parts of *doc*'s text around the sentences numbered by *held*
    (called only when needed, in increasing order): each sentence with its
    neighbours on either side (a match may run across a cut the splitter
    made inside it), merged where they touch. The whole text when it has
    three sentences or fewer (or its sentences and word windows differ).
    Shared by `Scan.regions`, `word_regions` and the packs' antipatterns.
    """
    size = len(doc.text)
    sents = doc.sentences
    if len(sents) <= 3 or len(doc.trigger_windows) != len(sents):
        return [(0, size)]
    out: list[tuple[int, int]] = []
    last = len(sents) - 1
    for i in held():
        start = sents[i - 1].start if i else 0
        end = sents[i + 1].end if i < last else size
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def word_regions(doc: Document, words: frozenset[str]) -> list[tuple[int, int]]:
    """
    The parts of *doc*'s text where a match that holds one of *words* can
    be: the `neighbourhoods` of the sentences whose words include one of
    them, as `Scan.regions` reads them. Empty when the text holds none of
    the words.
    """
    present = words & doc.words
    if not present:
        return []
    windows = doc.trigger_windows
    return neighbourhoods(
        doc,
        lambda: (i for i, w in enumerate(windows) if not present.isdisjoint(w)),
    )


def near_words(
    pattern: regex.Pattern[str], doc: Document, words: frozenset[str]
) -> Iterator[regex.Match[str]]:
    """
    The matches of *pattern*, each of which holds one of *words*, read
    only in the `word_regions` of those words: on a long text the pattern
    runs over the few sentences where a match can be, not over all of it.
    """
    regions = word_regions(doc, words)
    if not regions:
        return  # a lazy pattern stays uncompiled
    text = doc.text
    finditer = pattern.finditer
    for start, end in regions:
        yield from finditer(text, start, end)


def anchored(
    pattern: regex.Pattern[str],
    doc: Document,
    starts: Iterable[str] | frozenset[str],
    *,
    reach: int = REACH,
    spans: Iterable[tuple[int, int]] | None = None,
) -> Iterator[regex.Match[str]]:
    """
    Yield the non-overlapping matches of *pattern* in *doc* that start at
    a token in *starts*, left to right, each tried within *reach*
    characters; with *spans* (sorted, disjoint), only matches that start
    inside one of them.
    """
    starts = starts if isinstance(starts, frozenset) else frozenset(starts)
    text = doc.text
    size = len(text)
    ranges = [(0, size)] if spans is None else list(spans)
    if not ranges:
        return
    positions = _positions(doc, starts, ranges)
    last = 0
    for pos in positions:
        if pos < last:
            continue
        m = pattern.match(text, pos, min(size, pos + reach))
        if m is not None:
            yield m
            last = max(m.end(), pos + 1)


def _positions(
    doc: Document, starts: frozenset[str], ranges: list[tuple[int, int]]
) -> list[int]:
    """
    The offsets where a token in *starts* begins, in order, inside
    *ranges*. The words the text holds are known (`Document.words`); each
    present one is found by plain substring search and kept where it is a
    whole token (a prefix where it starts a token), once per document, so
    the cost follows the anchors that occur, not the length of the text.
    """
    words_of_starts, digits, symbols, prefixes = _kinds(starts)
    words = words_of_starts & doc.words
    if digits:
        words |= doc.memo(_digit_words)
    cache = doc.memo(_token_cache)
    found: list[int] = []
    for w in words:
        found += _occurrences(doc, cache, w, whole=True)
    if symbols:
        for sym in symbols & doc.memo(_symbols):
            found += _occurrences(doc, cache, sym, whole=True)
    for prefix in prefixes:
        found += _occurrences(doc, cache, prefix + PREFIX, whole=False)
    found = sorted(set(found)) if prefixes else sorted(found)
    if len(ranges) == 1 and ranges[0] == (0, len(doc.text)):
        return found
    return _inside(found, ranges)


#: Texts up to this long (a customer message, a tweet) have every word's
#: positions indexed in one pass; a longer one looks each word up when a
#: scan first needs it.
_INDEX_ALL = 400
#: Marks a cache that holds every word of the text.
_COMPLETE = "\x00"


def _token_cache(doc: Document) -> dict[str, list[int]]:
    """
    Where each token looked for so far starts in *doc* (a cache shared by
    every anchored scan of the document); for a short text, every word.
    """
    cache: dict[str, list[int]] = {}
    low = doc.lower
    if len(low) <= _INDEX_ALL:
        for m in WORD_TOKENS.finditer(low):
            word = m.group()
            if "\u2019" in word:
                word = word.replace("\u2019", "'")
            cache.setdefault(word, []).append(m.start())
        cache[_COMPLETE] = []
    return cache


def _occurrences(
    doc: Document, cache: dict[str, list[int]], key: str, *, whole: bool
) -> list[int]:
    found = cache.get(key)
    if found is None:
        if whole and _COMPLETE in cache and _is_word(key):
            return []
        low = doc.lower
        size = len(low)
        token = key[:-1] if not whole else key
        found = []
        _find_token(low, token, found, 0, size, whole=whole)
        if "'" in token:
            _find_token(low, token.replace("'", "\u2019"), found, 0, size, whole=whole)
            found.sort()
        cache[key] = found
    return found


def _is_word(key: str) -> bool:
    first, last = key[:1], key[-1:]
    return (first.isalnum() or first == "_") and (last.isalnum() or last == "_")


def _inside(found: list[int], ranges: list[tuple[int, int]]) -> list[int]:
    """
    The offsets of *found* (sorted) inside one of *ranges* (sorted,
    disjoint).
    """
    out = []
    j = 0
    n = len(ranges)
    for pos in found:
        while j < n and ranges[j][1] <= pos:
            j += 1
        if j == n:
            break
        if pos >= ranges[j][0]:
            out.append(pos)
    return out


_SYMBOL = regex.compile(r"[^\w\s]")


def _digit_words(doc: Document) -> frozenset[str]:
    """
    The words of *doc* that open with a digit (read once per document: a
    customer message meets a dozen scans that may start with a number).
    """
    return frozenset(w for w in doc.words if w[:1].isdigit())


def _symbols(doc: Document) -> frozenset[str]:
    """
    The characters of *doc* that are neither word characters nor space.
    """
    return frozenset(_SYMBOL.findall(doc.lower))


@functools.lru_cache(maxsize=512)
def _kinds(
    starts: frozenset[str],
) -> tuple[frozenset[str], bool, frozenset[str], tuple[str, ...]]:
    """
    The start entries by kind: words, whether a number may start, symbols,
    prefixes (without their mark).
    """
    words = []
    symbols = []
    prefixes = []
    for entry in starts:
        if len(entry) == 1 and not entry.isalnum() and entry != "_":
            symbols.append(entry)
        elif entry[-1] == PREFIX and len(entry) > 1:
            prefixes.append(entry[:-1])
        else:
            words.append(entry)
    return frozenset(words), DIGIT_START in starts, frozenset(symbols), tuple(prefixes)


def _find_token(
    low: str, token: str, found: list[int], lo: int, hi: int, *, whole: bool = True
) -> None:
    """
    Append to *found* the offsets in ``low[lo:hi]`` where *token* starts a
    token (and, when *whole*, ends one).
    """
    size = len(low)
    # A symbol ("#", an emoji) starts a token wherever it is; a word only
    # after a non-word character.
    word_start = token[:1].isalnum() or token[:1] == "_"
    word = whole and (token[-1:].isalnum() or token[-1:] == "_")
    i = low.find(token, lo, hi)
    while i != -1:
        end = i + len(token)
        before = low[i - 1] if i else " "
        ok = not word_start or (
            not (before.isalnum() or before == "_")
            and not (
                before in "'\u2019"
                and i > 1
                and (low[i - 2].isalnum() or low[i - 2] == "_")
            )
        )
        if ok and word and end < size:
            after = low[end]
            if (
                after.isalnum()
                or after == "_"
                or (
                    after in "'\u2019"
                    and end + 1 < size
                    and (low[end + 1].isalnum() or low[end + 1] == "_")
                )
            ):
                ok = False
        if ok:
            found.append(i)
        i = low.find(token, i + 1, hi)


#: The start of a word token, found backwards from an anchor.
_WORD_START_BACK = regex.compile(r"(?r)(?<![\w'\u2019])\w")


def anchored_phrases(
    pattern: regex.Pattern[str],
    doc: Document,
    anchors: Anchors,
    *,
    reach: int = REACH,
    spans: Iterable[tuple[int, int]] | None = None,
) -> Iterator[regex.Match[str]]:
    """
    Yield the non-overlapping matches of *pattern* (a lexicon class) in
    *doc*, found from the class's anchors (`cs_lint._text.lexicons.anchors`):
    at each anchor word the text holds (with all the words of one of its
    phrases), the pattern is tried at the few token starts before it that
    a phrase may begin at, leftmost first; with *spans* (sorted, disjoint),
    only at anchors inside them. A text with none of a class's rare anchor
    words costs one set intersection.
    """
    present = anchors.present(doc.words)
    if not present:
        return
    text = doc.text
    low = doc.lower
    size = len(text)
    cache = doc.memo(_token_cache)
    where: dict[int, int] = {}
    for w in present:
        most = anchors.lead[w]
        for pos in _occurrences(doc, cache, w, whole=True):
            where[pos] = most
    order = sorted(where)
    if spans is not None:
        order = _inside(order, list(spans))
    hits: list[regex.Match[str]] = []
    for pos in order:
        k = where[pos]
        before: list[int] = []
        if k:
            # The last k token starts before the anchor, read backwards.
            back = _WORD_START_BACK.finditer(low, max(0, pos - reach), pos)
            before = sorted(t.start() for t in itertools.islice(back, k))
        for cand in (*before, pos):
            m = pattern.match(text, cand, min(size, pos + reach))
            if m is not None and m.end() > pos:
                hits.append(m)
                break
    hits.sort(key=lambda m: (m.start(), -m.end()))
    last = -1
    for m in hits:
        if m.start() >= last:
            yield m
            last = m.end()
