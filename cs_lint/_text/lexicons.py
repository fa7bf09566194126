"""
Lexicons: the semantic word classes every family and pack builds on
(apology heads, perception verbs, minimisers, third parties, vague times,
no-owner passives, ...), as data in ``lexicons.toml`` beside this module.

Rules are written against constructions ("an apology head, then *if*,
then the customer, then a perception verb"), not against the sentences
someone once wrote down; the slots of a construction are filled from these
classes. A pattern names a class in braces, ``{APOLOGY_HEAD}``, and
`compile_pattern` puts the class's alternation there, bounded at word
edges. One class serves every rule that needs it, so a phrase added for
one family helps all of them.

Matching is contraction-aware: a phrase written "is not" also matches
"isn't", "isnt" and "ain't"; "I am" matches "I'm"; "cannot" matches "can
not" and "can't" — whichever form the lexicon writes. Apostrophes match
both ``'`` and ``’``; any run of whitespace separates words; a hyphen
between words matches a hyphen or a space.

Classes are compiled on first use and kept per process (they are
immutable data), so ``import cs_lint`` pays nothing for them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from cs_lint._text.tables import Table, str_list


#: A reference to a class inside a pattern source: ``{APOLOGY_HEAD}``.
REFERENCE = re.compile(r"\{([A-Z][A-Z0-9_]*[A-Z0-9])\}")
#: A reference to a class in the possessive: ``{THIRD_PARTY:POSS}`` matches
#: "the courier's", "the suppliers'".
POSSESSIVE = re.compile(r"\{([A-Z][A-Z0-9_]*[A-Z0-9]):POSS\}")

_APOS = "['\u2019]"

#: Word sequences and the single tokens that are the same words. The first
#: form is the one a lexicon is normalised to.
_SAME: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("i", "am"), ("i'm", "im")),
    (("i", "will"), ("i'll",)),
    (("i", "have"), ("i've",)),
    (("i", "would"), ("i'd",)),
    (("we", "are"), ("we're",)),
    (("we", "will"), ("we'll",)),
    (("we", "have"), ("we've",)),
    (("we", "would"), ("we'd",)),
    (("you", "are"), ("you're", "youre")),
    (("you", "will"), ("you'll",)),
    (("you", "have"), ("you've",)),
    (("you", "would"), ("you'd",)),
    (("they", "are"), ("they're",)),
    (("they", "will"), ("they'll",)),
    (("they", "have"), ("they've",)),
    (("it", "is"), ("it's",)),
    (("that", "is"), ("that's", "thats")),
    (("there", "is"), ("there's",)),
    (("what", "is"), ("what's",)),
    (("he", "is"), ("he's",)),
    (("she", "is"), ("she's",)),
    (("let", "us"), ("let's",)),
    (("can", "not"), ("cannot", "can't", "cant")),
    (("do", "not"), ("don't", "dont")),
    (("does", "not"), ("doesn't", "doesnt")),
    (("did", "not"), ("didn't", "didnt")),
    (("is", "not"), ("isn't", "isnt", "ain't")),
    (("are", "not"), ("aren't", "arent")),
    (("was", "not"), ("wasn't", "wasnt")),
    (("were", "not"), ("weren't", "werent")),
    (("will", "not"), ("won't", "wont")),
    (("would", "not"), ("wouldn't", "wouldnt")),
    (("should", "not"), ("shouldn't", "shouldnt")),
    (("could", "not"), ("couldn't", "couldnt")),
    (("have", "not"), ("haven't", "havent")),
    (("has", "not"), ("hasn't", "hasnt")),
    (("had", "not"), ("hadn't", "hadnt")),
    (("need", "not"), ("needn't",)),
    (("must", "not"), ("mustn't",)),
)
_TO_WORDS = {token: words for words, tokens in _SAME for token in tokens}
_FORMS = {words: (" ".join(words), *tokens) for words, tokens in _SAME}
_LONGEST_SAME = max(len(words) for words, _ in _SAME)


def _normalise(phrase: str) -> tuple[str, ...]:
    """
    The words of *phrase*, lowercase, apostrophes straight, contracted
    tokens written out ("isn't" -> "is", "not").
    """
    out: list[str] = []
    for word in phrase.lower().replace("\u2019", "'").split():
        out.extend(_TO_WORDS.get(word, (word,)))
    return tuple(out)


#: ``{N}`` in a phrase: a number, in digits or words.
NUMBER = (
    r"(?:\d+(?:[.,:]\d+)*|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+few|a\s+couple\s+of"
    r"|several|a\s+hundred|hundreds\s+of)"
)


def _word_source(word: str) -> str:
    """
    One word as a pattern: apostrophes either way, a hyphen as a hyphen or
    a space, regex metacharacters escaped (verbose-mode safe); ``{n}`` is
    a number.
    """
    if "{n}" in word:
        return NUMBER.join(_word_source(p) if p else "" for p in word.split("{n}"))
    parts = []
    for piece in re.split(r"(['\-])", word):
        if piece == "'":
            parts.append(_APOS)
        elif piece == "-":
            parts.append(r"[\s\-]")
        elif piece:
            parts.append(re.sub(r"([^\w])", r"\\\1", piece))
    return "".join(parts)


def _form_source(form: str) -> str:
    return r"\s+".join(_word_source(w) for w in form.split())


def phrase_variants(phrase: str) -> list[list[tuple[str, ...]]]:
    """
    Every way of writing *phrase* with or without its contractions: a list
    of segmentations, each a list of slots, each slot the forms that are
    the same words. "it is not" is "it is not", "it's not" or "it isn't".

        >>> [[list(slot) for slot in seg] for seg in phrase_variants("is not")]
        [[['is'], ['not']], [['is not', "isn't", 'isnt', "ain't"]]]
    """
    words = _normalise(phrase)
    # The ways of writing words[i:], from the end back (a plain dict: a
    # `functools.cache` made per call costs more than the work here).
    memo: dict[int, tuple[tuple[tuple[str, ...], ...], ...]] = {len(words): ((),)}
    for i in range(len(words) - 1, -1, -1):
        out = [((words[i],), *rest) for rest in memo[i + 1]]
        for size in range(2, min(_LONGEST_SAME, len(words) - i) + 1):
            key = words[i : i + size]
            if key in _FORMS:
                out += [(_FORMS[key], *rest) for rest in memo[i + size]]
        memo[i] = tuple(out)
    return [list(seg) for seg in itertools.islice(memo[0], 64)]


def phrase_source(phrase: str) -> str:
    """
    A pattern source for one lexicon phrase (no word boundaries; see
    `Lexicon.source` for the bounded alternation).

        >>> import regex
        >>> p = regex.compile(phrase_source("it is not our fault"), regex.I)
        >>> texts = ("it isn't our fault", "it's not our fault", "It is  not our fault")
        >>> [bool(p.fullmatch(t)) for t in texts]
        [True, True, True]
    """
    alternatives = []
    for seg in phrase_variants(phrase):
        out = []
        for slot in seg:
            forms = sorted({_form_source(f) for f in slot}, key=lambda s: (-len(s), s))
            out.append(forms[0] if len(forms) == 1 else "(?:" + "|".join(forms) + ")")
        alternatives.append(r"\s+".join(out))
    unique = sorted(set(alternatives), key=lambda s: (-len(s), s))
    return unique[0] if len(unique) == 1 else "(?:" + "|".join(unique) + ")"


#: Words too common to gate a scan on when a phrase has another: a cue
#: word of "that's just how it works" is "works", not "that's".
COMMON_WORDS = _COMMON = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "it",
        "it's",
        "its",
        "that",
        "that's",
        "thats",
        "this",
        "these",
        "those",
        "there",
        "there's",
        "they",
        "they're",
        "them",
        "their",
        "i",
        "i'm",
        "im",
        "i've",
        "i'd",
        "i'll",
        "me",
        "my",
        "we",
        "we're",
        "we've",
        "we'll",
        "us",
        "our",
        "you",
        "you're",
        "you've",
        "you'll",
        "your",
        "not",
        "no",
        "don't",
        "dont",
        "do",
        "does",
        "did",
        "can",
        "can't",
        "will",
        "would",
        "just",
        "really",
        "very",
        "all",
        "only",
        "now",
        "then",
        "get",
        "got",
        "have",
        "has",
        "had",
        "if",
        "what",
        "how",
        "who",
        "which",
        "please",
        "here",
        "come",
        "over",
        "about",
        "into",
        "making",
        "getting",
        "take",
        "taking",
        "should",
        "could",
        "still",
        "thing",
        "things",
        "like",
        "way",
        "part",
        "used",
        "ok",
        "okay",
        "never",
        "ever",
        "tell",
        "less",
        "enough",
        "pretty",
        "little",
        "doing",
        "uses",
        "anything",
        "nothing",
        "done",
        "end",
        "fine",
        "everything",
        "always",
        "what's",
        "need",
        "go",
        "going",
        "know",
        "see",
        "time",
        "times",
        "day",
        "one",
        "two",
        "some",
        "any",
        "more",
        "much",
        "many",
        "other",
        "make",
        "made",
        "say",
        "said",
        "back",
        "out",
        "up",
        "down",
        "off",
        "well",
        "also",
        "even",
        "isn't",
        "wasn't",
        "won't",
        "ain't",
        "aren't",
        "weren't",
        "doesn't",
        "didn't",
        "haven't",
        "hasn't",
        "couldn't",
        "wouldn't",
        "shouldn't",
        "you'd",
        "you'll",
        "it'll",
        "that'll",
        "they'll",
        "i'll",
        "we'd",
    ]
)


def _cue_words(phrase: str) -> frozenset[str]:
    """
    Words of which a match of *phrase* always holds one (as `words_of`
    reads a text): of each way of writing it, its longest word that is not
    a very common one (or its longest word when all are).
    """
    cues = set()
    for seg in phrase_variants(phrase):
        for combo in itertools.islice(itertools.product(*seg), 256):
            words = [
                w
                for form in combo
                for token in form.split()
                if "{n}" not in token  # "{n}th" is one word with the number
                for w in re.findall(r"\w+(?:'\w+)*", token)
            ]
            if not words:
                return frozenset()  # only a number: no word to gate on
            cues.add(min(sorted(words), key=lambda w: (w in _COMMON, -len(w))))
    return frozenset(cues)


def phrase_cues(phrase: str) -> frozenset[str]:
    """
    Words of which every match of one lexicon *phrase* holds one (see
    `cues`); empty when a way of writing it has no word.

        >>> sorted(phrase_cues("that's just how it works"))
        ['works']
    """
    return _cue_words(phrase)


@attrs.frozen
class Lexicon:
    """
    One semantic class: its *name* (``APOLOGY_HEAD``), the *phrases* that
    fill it (which may name other classes in braces), or the classes it is
    the *union* of; its *role* (``match``: a cue rules look for;
    ``exclusion``: a class that keeps a rule quiet), the rubric families
    that use it, and what it is.
    """

    name: str
    phrases: tuple[str, ...] = ()
    union: tuple[str, ...] = ()
    role: str = "match"
    families: tuple[str, ...] = ()
    section: str = ""
    description: str = ""


class UnknownLexicon(KeyError):
    """
    A pattern names a lexicon class that does not exist.
    """


@functools.cache
def lexicons() -> Mapping[str, Lexicon]:
    """
    Every lexicon class, by name, read once from the package's
    ``lexicons.toml``.
    """
    # Parsing the TOML costs ~30 ms a process; its data is kept as JSON
    # (cs_lint._text.tables), keyed on the file's bytes.
    return _parse(_DATA.get("data", _read_data, _data_fields, _checked_data))


#: Where the lexicons live, and the derived tables that depend on them.
LEXICON_FILES = (Path(__file__).with_name("lexicons.toml"), Path(__file__))
_DATA = Table("lexicon-data", LEXICON_FILES[:1])
_DERIVED = Table("lexicon-anchors", LEXICON_FILES)
_STR_FIELDS = ("role", "section", "description")
_LIST_FIELDS = ("phrases", "union", "families")
_JUST_STR = frozenset({str})


def _read_data() -> dict[str, Any]:
    # Imported here: with the table on disk, a process never needs them.
    import tomllib  # noqa: PLC0415
    from importlib import resources  # noqa: PLC0415

    raw = resources.files("cs_lint._text").joinpath("lexicons.toml").read_text("utf-8")
    return dict(tomllib.loads(raw))


def _data_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """
    The fields `_parse` reads, of every class.
    """
    return {
        name: {k: table[k] for k in (*_STR_FIELDS, *_LIST_FIELDS) if k in table}
        for name, table in data.items()
    }


def _checked_data(value: Any) -> dict[str, Any]:
    """
    Stored lexicon data, checked for the shape `_parse` reads.

    Raises:
        TypeError: it has another shape.
    """
    ok = isinstance(value, dict) and all(
        type(name) is str
        and type(table) is dict
        and all(type(table.get(k, "")) is str for k in _STR_FIELDS)
        and all(
            type(table.get(k, [])) is list
            # The types of a list's items, read in C: {str} or empty.
            and set(map(type, table.get(k, []))) <= _JUST_STR
            for k in _LIST_FIELDS
        )
        for name, table in value.items()
    )
    if not ok:
        msg = "not lexicon data"
        raise TypeError(msg)
    return dict(value)


def _parse(data: Mapping[str, Any]) -> dict[str, Lexicon]:
    out: dict[str, Lexicon] = {}
    for name, table in data.items():
        out[name] = Lexicon(
            name=name,
            phrases=tuple(table.get("phrases", ())),
            union=tuple(table.get("union", ())),
            role=table.get("role", "match"),
            families=tuple(table.get("families", ())),
            section=table.get("section", ""),
            description=table.get("description", ""),
        )
    return out


def _get(name: str) -> Lexicon:
    try:
        return lexicons()[name]
    except KeyError:
        msg = f"no lexicon class {name!r}"
        raise UnknownLexicon(msg) from None


#: Units of a phrase in the trie a class compiles to: a literal character,
#: or one of these (an apostrophe either way, a run of whitespace, a hyphen
#: or a space, a number); a class reference is ``("ref", NAME)``.
_APOS_UNIT = ("apos",)
_SPACE_UNIT = ("space",)
_HYPHEN_UNIT = ("hyphen",)
_NUMBER_UNIT = ("number",)
Unit = str | tuple[str, ...]


def _literal_units(form: str) -> list[Unit]:
    """
    The units of one way of writing a phrase ("isn't our fault").
    """
    out: list[Unit] = []
    for i, word in enumerate(form.split()):
        if i:
            out.append(_SPACE_UNIT)
        for j, piece in enumerate(word.split("{n}")):
            if j:
                out.append(_NUMBER_UNIT)
            for ch in piece:
                out.append(
                    _APOS_UNIT if ch == "'" else _HYPHEN_UNIT if ch == "-" else ch
                )
    return out


def _phrase_unit_lists(phrase: str) -> list[list[Unit]]:
    """
    Every way of writing *phrase* (contractions either way, class
    references kept as units), each as a list of units.
    """
    outs: list[list[Unit]] = [[]]
    for i, part in enumerate(REFERENCE.split(phrase)):
        if i % 2:
            options: list[list[Unit]] = [[("ref", part)]]
        elif part.strip():
            options = []
            for seg in phrase_variants(part.strip()):
                for combo in itertools.islice(itertools.product(*seg), 256):
                    options.append(_literal_units(" ".join(combo).lower()))
        else:
            continue
        outs = [
            [*head, _SPACE_UNIT, *tail] if head else [*tail]
            for head in outs
            for tail in options
        ]
    return outs


def _unit_source(unit: Unit, inner: tuple[str, ...]) -> str:
    if isinstance(unit, str):
        return re.sub(r"([^\w])", r"\\\1", unit)
    if unit == _APOS_UNIT:
        return _APOS
    if unit == _SPACE_UNIT:
        return r"\s+"
    if unit == _HYPHEN_UNIT:
        return r"[\s\-]"
    if unit == _NUMBER_UNIT:
        return NUMBER
    return _source(unit[1], inner)


def _trie_source(sequences: Iterable[list[Unit]], inner: tuple[str, ...]) -> str:
    """
    One pattern for many unit sequences: a trie, so a shared prefix is
    tried once ("apologis(?:e(?:d|s)?|ing)") and, with every optional tail
    greedy, the longest phrase at a position wins.
    """
    root: dict[Unit | None, Any] = {}
    for seq in sequences:
        node = root
        for unit in seq:
            node = node.setdefault(unit, {})
        node[None] = {}

    def emit(node: dict[Unit | None, Any]) -> str:
        # Special units first (a number can be "a few"), then characters.
        units = sorted(
            (u for u in node if u is not None),
            key=lambda u: (isinstance(u, str), str(u)),
        )
        branches = [_unit_source(u, inner) + emit(node[u]) for u in units]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if None in node:
            body = "(?:" + body + ")?"
        return body

    return emit(root)


@functools.cache
def _source(name: str, stack: tuple[str, ...] = ()) -> str:
    return r"(?<![\w'\u2019])(?:" + _alternation(name, stack) + r")(?![\w'\u2019])"


@functools.cache
def _alternation(name: str, stack: tuple[str, ...] = ()) -> str:
    if name in stack:
        msg = f"lexicon class {name} refers to itself through {' -> '.join(stack)}"
        raise ValueError(msg)
    lex = _get(name)
    inner = (*stack, name)
    alternatives = [_source(member, inner) for member in lex.union]
    sequences = [seq for phrase in lex.phrases for seq in _phrase_unit_lists(phrase)]
    if sequences:
        alternatives.append(_trie_source(sequences, inner))
    return "|".join(alternatives)


def lexicon_source(name: str) -> str:
    """
    The pattern source for class *name*: its phrases as a trie (a shared
    prefix is tried once; the longest phrase at a position wins), bounded
    at word edges.

    Built once per lexicon version and kept in the derived tables: the
    broad classes (a hundred phrases and more, each in its spelling
    variants) cost milliseconds each to lay out as a trie, which a
    one-shot run would otherwise pay for every class its first text
    reaches.

    Raises:
        UnknownLexicon: there is no such class.
    """
    _get(name)  # an unknown class raises here, before any table is asked
    return _DERIVED.get(f"source:{name}", lambda: _source(name), str, _checked_str)


def _checked_str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("a pattern source that is not a string")
    return value


@functools.cache
def possessive_source(name: str) -> str:
    r"""
    The pattern source for class *name* in the possessive: each phrase
    followed by ``'s`` (or by a bare apostrophe after an *s*), bounded at
    word edges.

        >>> import regex
        >>> p = regex.compile(possessive_source("THIRD_PARTY"), regex.I)
        >>> [m.group() for m in p.finditer("the courier's van; the suppliers' prices")]
        ["courier's", "suppliers'"]
        >>> p.search("the courier is late") is None
        True

    Raises:
        UnknownLexicon: there is no such class.
    """
    return (
        r"(?<![\w'\u2019])(?:"
        + _alternation(name)
        + r")(?:['\u2019]s|(?<=s)['\u2019])(?![\w'\u2019])"
    )


def expand(source: str) -> str:
    """
    Replace every ``{NAME}`` in a pattern source with the class's
    alternation (`lexicon_source`), and every ``{NAME:POSS}`` with its
    possessive (`possessive_source`). Regex quantifiers (``{2,3}``) are
    untouched: a reference is an upper-case name.
    """
    if "{" not in source:
        return source
    source = POSSESSIVE.sub(lambda m: possessive_source(m.group(1)), source)
    return REFERENCE.sub(lambda m: lexicon_source(m.group(1)), source)


@functools.cache
def cues(name: str) -> frozenset[str]:
    """
    Words of which any match of class *name* holds at least one (as
    `words_of` reads a text): trigger words for a scan that needs the
    class. A phrase made only of another class contributes that class's
    cues. Empty when some phrase has no words at all ("!!"): such a class
    cannot gate a scan.
    """
    # Kept on disk (cs_lint._text.tables): the stock-line and customer
    # readings ask for the cues of dozens of classes on a first lint.
    return frozenset(
        _DERIVED.get(f"cues:{name}", lambda: sorted(_derive_cues(name)), list, str_list)
    )


def _derive_cues(name: str) -> frozenset[str]:
    lex = _get(name)
    out: set[str] = set()
    for member in lex.union:
        out |= cues(member)
    for phrase in lex.phrases:
        fixed = [p.strip() for i, p in enumerate(REFERENCE.split(phrase)) if not i % 2]
        refs = REFERENCE.findall(phrase)
        fixed = [p for p in fixed if p]
        candidates = [c for c in (_cue_words(p) for p in fixed) if c]
        if candidates:
            # Any fixed part's cues are necessary; the longest words gate best.
            out |= max(candidates, key=lambda c: min(map(len, c)))
        elif refs and cues(refs[0]):
            out |= cues(refs[0])
        else:
            return frozenset()  # a phrase with no words: nothing to gate on
    return frozenset(out)


@functools.cache
def possessive_cues(name: str) -> frozenset[str]:
    """
    Words of which any match of ``{NAME:POSS}`` holds at least one: the
    class's cue words with ``'s`` or a final apostrophe, as `words_of`
    reads "the courier's" (one word) and "the suppliers'" ("suppliers").
    """
    out = set()
    for word in cues(name):
        out.add(word + "'s")
        if word.endswith("s"):
            out.add(word)
    return frozenset(out)


_TOKEN = re.compile(r"\w+(?:['\u2019\-]\w+)*")


@functools.cache
def _phrase_table(name: str) -> tuple[frozenset[tuple[str, ...]], int]:
    """
    Every way of writing class *name*'s phrases as a tuple of lowercase
    tokens (contractions written both ways, a hyphen as a hyphen or a
    space), and the longest tuple's length.
    """
    lex = _get(name)
    table: set[tuple[str, ...]] = set()
    for member in lex.union:
        table |= _phrase_table(member)[0]
    for phrase in lex.phrases:
        if REFERENCE.search(phrase):
            msg = f"lexicon class {name} names other classes; it has no phrase table"
            raise ValueError(msg)
        for seg in phrase_variants(phrase):
            for combo in itertools.islice(itertools.product(*seg), 256):
                text = " ".join(combo).lower().replace("\u2019", "'")
                table.add(tuple(text.split()))
                if "-" in text:
                    table.add(tuple(text.replace("-", " ").split()))
    return frozenset(table), max((len(t) for t in table), default=0)


@functools.cache
def _first_words(name: str) -> frozenset[str]:
    """
    The words a phrase of class *name* can start with (its possessive
    included): a word not here starts no phrase.
    """
    return frozenset(words[0] for words in _phrase_table(name)[0])


def phrase_spans(
    name: str, text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, bool]]:
    r"""
    Where class *name*'s phrases occur in *text* between *start* and
    *end*, found by looking words up rather than by a regex alternation (a
    class of hundreds of phrases costs a dictionary look-up a word): a
    list of ``(start, end, possessive)``, longest phrase first at each
    word, not overlapping. A phrase whose last word carries ``'s`` (or a
    bare apostrophe after an *s*) is found as a possessive, the span
    covering the apostrophe. Words of a phrase are separated by
    whitespace only. Linear in the length of the range.

        >>> phrase_spans("THIRD_PARTY", "The courier's van; Royal Mail lost it.")
        [(4, 13, True), (19, 29, False)]

    Raises:
        ValueError: the class names other classes (no phrase table).
    """
    table, longest = _phrase_table(name)
    openers = _first_words(name)
    stop = len(text) if end is None else end
    tokens = [
        (m.start(), m.end(), m.group().lower().replace("\u2019", "'"))
        for m in _TOKEN.finditer(text, start, stop)
    ]
    out: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(tokens):
        head = tokens[i][2]
        if head not in openers and not (head.endswith("'s") and head[:-2] in openers):
            i += 1
            continue
        found = None
        for n in range(min(longest, len(tokens) - i), 0, -1):
            run = tokens[i : i + n]
            if any(not text[a[1] : b[0]].isspace() for a, b in itertools.pairwise(run)):
                continue
            words = tuple(t[2] for t in run)
            first, tail = run[0][0], run[-1][1]
            if words in table:
                # "the suppliers' prices": a bare apostrophe after an s
                after = text[tail : tail + 2]
                if (
                    words[-1].endswith("s")
                    and after[:1] in ("'", "\u2019")
                    and (len(after) < 2 or not after[1].isalnum())
                ):
                    found = (first, tail + 1, True)
                else:
                    found = (first, tail, False)
            elif words[-1].endswith("'s") and (*words[:-1], words[-1][:-2]) in table:
                found = (first, tail, True)
            if found is not None:
                break
        if found is None:
            i += 1
            continue
        out.append(found)
        i += n
    return out


#: The token a number can start with, in `starts`: digits are one token.
DIGIT_START = "0"
#: Words a number ({N}) can start with.
_NUMBER_STARTS = frozenset(
    {
        DIGIT_START,
        "a",
        "an",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "several",
        "hundreds",
    }
)
_LEAD_WORD = re.compile(r"\w+(?:'\w+)*")


def _form_start(form: str) -> frozenset[str]:
    """
    The token one way of writing a phrase starts with, as `start_tokens`
    reads a text.
    """
    if form.startswith("{n}"):
        return _NUMBER_STARTS
    m = _LEAD_WORD.match(form)
    return frozenset({m.group() if m else form[:1]})


@functools.cache
def starts(name: str) -> frozenset[str]:
    """
    Tokens (lowercase words, single symbols, `DIGIT_START` for digits) a
    match of class *name* can start with: where a scan for the class needs
    to try at all. See `cs_lint._text.anchors`.
    """
    # Kept on disk (cs_lint._text.tables): modules ask for the start tokens
    # of a dozen classes at import.
    return frozenset(
        _DERIVED.get(
            f"starts:{name}", lambda: sorted(_derive_starts(name)), list, str_list
        )
    )


def _derive_starts(name: str) -> frozenset[str]:
    lex = _get(name)
    out: set[str] = set()
    for member in lex.union:
        out |= starts(member)
    for phrase in lex.phrases:
        parts = REFERENCE.split(phrase)
        if not parts[0].strip():
            out |= starts(parts[1])
            continue
        for form in _first_forms(parts[0].strip()):
            out |= _form_start(form.lower())
    return frozenset(out)


def _first_forms(phrase: str) -> set[str]:
    """
    The forms the first slot of any way of writing *phrase* can take (as
    `phrase_variants` would give them, without expanding the rest of the
    phrase): the first word alone, and every contraction the opening
    words have ("it is not" -> "it", "it is", "it's", ...).
    """
    words = _normalise(phrase)
    forms = {words[0]} if words else set()
    for size in range(2, min(_LONGEST_SAME, len(words)) + 1):
        forms.update(_FORMS.get(words[:size], ()))
    return forms


_NUMBER_TOKENS = 3  # "a couple of": the most tokens a number ({N}) takes


@attrs.frozen
class Anchors:
    """
    Where the phrases of a lexicon class hang: for each anchor word (the
    least common word of a way of writing a phrase), the most tokens that
    may come before it in a match, and the other words of each way of
    writing a phrase anchored there (a match holds all of one of them).
    """

    words: frozenset[str]
    lead: Mapping[str, int]
    needs: Mapping[str, tuple[frozenset[str], ...]]

    def present(self, words: frozenset[str]) -> list[str]:
        """
        The anchor words among *words* (a text's) whose phrases can be
        there: one of their ways of writing has all its words in *words*.
        """
        return [w for w in self.words & words if any(n <= words for n in self.needs[w])]


@functools.cache
def anchors(name: str) -> Anchors | None:
    """
    The anchors of class *name* (see `Anchors`); None when a phrase holds
    a class reference or no word. A match of the class always holds one of
    the anchor words as a whole token, and all the words of one way of
    writing a phrase anchored there, so a scan can start from the anchors
    a text holds (`cs_lint._text.anchors.anchored_phrases`).

        >>> a = anchors("DEMONSTRATIVE_WAY")
        >>> a.lead["strongly"]
        1
    """
    # Derived once and kept on disk (cs_lint._text.tables): about 10 ms a
    # process for the classes scanned from their anchors.
    return _DERIVED.get(
        f"anchors:{name}",
        lambda: _derive_anchors(name),
        _encode_anchors,
        _decode_anchors,
    )


def _encode_anchors(found: Anchors | None) -> Any:
    if found is None:
        return None
    return {
        "lead": dict(found.lead),
        "needs": {w: [sorted(n) for n in sets] for w, sets in found.needs.items()},
    }


def _decode_anchors(value: Any) -> Anchors | None:
    """
    Stored anchors, checked for shape.

    Raises:
        TypeError: they have another shape.
    """
    if value is None:
        return None
    lead, needs = value["lead"], value["needs"]
    ok = (
        isinstance(lead, dict)
        and isinstance(needs, dict)
        and set(lead) == set(needs)
        and all(type(v) is int for v in lead.values())
        and all(
            isinstance(sets, list)
            and all(
                isinstance(n, list) and all(isinstance(w, str) for w in n) for n in sets
            )
            for sets in needs.values()
        )
    )
    if not ok:
        msg = "not anchors"
        raise TypeError(msg)
    return Anchors(
        frozenset(lead),
        lead,
        {w: tuple(frozenset(n) for n in sets) for w, sets in needs.items()},
    )


def _derive_anchors(name: str) -> Anchors | None:
    lex = _get(name)
    if lex.union:
        return None
    lead: dict[str, int] = {}
    needs: dict[str, set[frozenset[str]]] = {}
    for phrase in lex.phrases:
        if REFERENCE.search(phrase):
            return None
        for seg in phrase_variants(phrase):
            for combo in itertools.islice(itertools.product(*seg), 256):
                tokens: list[str] = []
                for piece in " ".join(combo).lower().split():
                    if "{n}" in piece:  # "{n}th": the number and its suffix
                        rest = piece.replace("{n}", " ")
                        tokens += ["{n}"] * (_NUMBER_TOKENS + len(rest.split()))
                    else:
                        tokens += re.findall(r"\w+(?:'\w+)*", piece)
                words = [(i, w) for i, w in enumerate(tokens) if w != "{n}"]
                if not words:
                    return None
                i, word = min(
                    words, key=lambda iw: (iw[1] in _COMMON, -len(iw[1]), iw[1])
                )
                lead[word] = max(lead.get(word, 0), i)
                needs.setdefault(word, set()).add(
                    frozenset(w for _, w in words) - {word}
                )
    minimal = {
        word: tuple(
            sorted(
                (n for n in sets if not any(m < n for m in sets)),
                key=lambda n: (len(n), sorted(n)),
            )
        )
        for word, sets in needs.items()
    }
    return Anchors(frozenset(lead), lead, minimal)


def cues_of(names: Iterable[str]) -> frozenset[str]:
    """
    The union of `cues` for several classes.
    """
    return frozenset(w for name in names for w in cues(name))
