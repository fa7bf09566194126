"""
Words and patterns: the word tokenizer, and the one pattern compiler every
layer uses (one apostrophe rule; eager, or lazy for patterns that
``import cs_lint`` should not pay for).

Everything here is linear in the input: patterns are literal alternations
or single-character classes, never nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, cast

import regex

from cs_lint._text.compiled import compile_cached
from cs_lint._text.lexicons import expand


#: One word: letters/digits joined by inner apostrophes or hyphens
#: ("can't", "follow-up", "3.5" is two words here; that is fine for rules).
WORD = compile_cached(r"[\p{L}\p{M}\p{N}_]+(?:['\u2019\-][\p{L}\p{M}\p{N}_]+)*")

_WORDS = re.compile(r"\w+(?:['\u2019]\w+)*")
#: The word tokens `words_of` collects, for callers that scan part of a
#: lowercased text.
WORD_TOKENS = _WORDS


def words_of(text: str) -> frozenset[str]:
    """
    Return the set of lowercase words in *text* (curly apostrophes made
    straight), as used to match rule triggers.
    """
    lowered = text.lower()
    if "\u2019" in lowered:
        lowered = lowered.replace("\u2019", "'")
    return frozenset(_WORDS.findall(lowered))


def phrase_key(text: str) -> str:
    """
    The form under which a phrase is looked up: lowercase, curly
    apostrophes straight, whitespace runs as one space. Used for both the
    keys of a phrase table and the matched text looked up in it.

        >>> phrase_key("We\u2019re  Sorry") == phrase_key("we're sorry")
        True
    """
    lowered = text.lower()
    if "\u2019" in lowered:
        lowered = lowered.replace("\u2019", "'")
    return " ".join(lowered.split())


def _phrase_source(phrase: str) -> str:
    """
    Turn a literal phrase into a pattern with flexible space and apostrophes.
    """
    words = phrase.split()
    parts = []
    for word in words:
        escaped = regex.escape(word, special_only=True, literal_spaces=True)
        escaped = escaped.replace("'", "['\u2019]").replace("\u2019", "['\u2019]")
        parts.append(escaped)
    return r"\s+".join(parts)


def phrase_pattern(
    phrases: Iterable[str], *, ignorecase: bool = True
) -> regex.Pattern[str]:
    """
    Compile literal *phrases* into one word-bounded pattern.

    Longer phrases win where two start at the same place. Whitespace inside
    a phrase matches any run of whitespace; a straight apostrophe matches a
    curly one too. A phrase may not be empty.

        >>> phrase_pattern(["per my last email"]).search("Per my  last email, no").group()
        'Per my  last email'
    """
    items = sorted({p.strip() for p in phrases}, key=lambda s: (-len(s), s))
    if not items or not all(items):
        msg = "a phrase list needs at least one non-empty phrase"
        raise ValueError(msg)
    body = "|".join(_phrase_source(p) for p in items)
    flags = regex.IGNORECASE if ignorecase else 0
    return lazy_pattern(rf"(?<![\w'\u2019])(?:{body})(?![\w])", flags)


class _LazyPattern:
    """
    A pattern compiled on first use: compiling the regex module's larger
    patterns costs milliseconds (its compiler is pure Python), which neither
    `import cs_lint` nor building a `Linter` should pay for a rule whose
    trigger words never occur. Each attribute looked up is kept on the
    instance, so later calls cost what calls on the compiled pattern cost.
    Compiling twice from two threads is harmless: the result is the same.
    """

    def __init__(
        self, source: str, flags: int, prepare: Callable[[str], str] | None = None
    ) -> None:
        self._args = (source, flags)
        self._prepare = prepare
        self._compiled: regex.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            source, flags = self._args
            if self._prepare is not None:
                source = self._prepare(source)
            compiled = self._compiled = compile_cached(source, flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def source(self) -> tuple[str, int]:
        """
        The source (lexicon classes expanded) and flags, without compiling.
        """
        source, flags = self._args
        if self._prepare is not None:
            source = self._prepare(source)
        return source, flags

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not yet compiled"
        return f"<lazy pattern {self._args[0][:40]!r}, {state}>"


def source_of(pattern: regex.Pattern[str]) -> tuple[str, int]:
    """
    The source and flags of *pattern*, without compiling it if it is lazy
    (a compiled pattern's flags include those the compiler added).
    """
    if isinstance(pattern, _LazyPattern):
        return pattern.source()
    return pattern.pattern, pattern.flags


def lazy_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """
    Return a pattern that compiles *source* with *flags* on first use and
    then behaves as the compiled `regex.Pattern`.
    """
    return cast("regex.Pattern[str]", _LazyPattern(source, flags))


#: A straight apostrophe in a pattern source matches either apostrophe.
APOSTROPHE = "['\u2019]"


def compile_pattern(
    source: str,
    *,
    lazy: bool = True,
    loose_apostrophes: bool = False,
    flags: int = regex.IGNORECASE | regex.VERBOSE,
) -> regex.Pattern[str]:
    r"""
    Compile a pattern *source* the way every cs_lint pattern is compiled:
    case-insensitive and verbose (whitespace in the source is ignored,
    write ``\s+`` for a space) unless *flags* says otherwise, with each
    straight apostrophe matching a curly one too. Word boundaries are the
    source's own business: write ``\b`` where one is needed.

    A class named in braces, ``{APOLOGY_HEAD}``, is replaced by that
    lexicon class's alternation (see `cs_lint._text.lexicons`).

    *loose_apostrophes* lets the apostrophe be left out as well (customers
    write "dont"). Patterns compile on first use (see `lazy_pattern`), so
    a rule's patterns are compiled only once its trigger words first occur
    in a text; ``lazy=False`` compiles now (to report a bad pattern at
    once, as phrase packs do).

        >>> compile_pattern(r"\bcan't\b").search("We can\u2019t do that").group()
        'can\u2019t'
        >>> compile_pattern(r"\bdon't\b", loose_apostrophes=True).search("i dont").group()
        'dont'
    """
    one = APOSTROPHE + ("?" if loose_apostrophes else "")
    source = source.replace("'", one)
    if lazy:
        # Lexicon classes are expanded on first use too.
        return cast("regex.Pattern[str]", _LazyPattern(source, flags, expand))
    return compile_cached(expand(source), flags)
