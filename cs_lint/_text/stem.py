"""
Stemmed content words, for comparing a reply with a macro or with the
customer message. nltk's Snowball stemmer needs no data download; it is
imported on first use so ``import cs_lint`` never loads nltk.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from cs_lint._text.compiled import compile_cached
from cs_lint._text.patterns import WORD


#: Words that carry no topic: function words and the small talk of support.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "so",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "about",
        "into",
        "over",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "having",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "u",
        "ur",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "no",
        "nor",
        "not",
        "only",
        "own",
        "same",
        "than",
        "too",
        "very",
        "can",
        "will",
        "just",
        "should",
        "would",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "now",
        "also",
        "again",
        "still",
        "please",
        "thanks",
        "thank",
        "hi",
        "hello",
        "hey",
        "dear",
        "regards",
        "best",
        "sorry",
        "apologize",
        "apologies",
        "apologise",
        "glad",
        "happy",
        "help",
        "assist",
        "assistance",
        "team",
        "support",
        "customer",
        "service",
        "let",
        "know",
        "reach",
        "out",
        "contact",
        "dm",
        "message",
        "send",
        "us",
        "ok",
        "okay",
        "yes",
        "yeah",
        "sure",
        "get",
        "got",
        "go",
        "going",
        "make",
        "made",
        "see",
        "look",
        "like",
        "need",
        "want",
        "one",
        "would've",
        "i'm",
        "we're",
        "you're",
        "it's",
        "that's",
        "we'll",
        "i'll",
        "we've",
        "i've",
        "you've",
        "don't",
        "can't",
        "won't",
        "didn't",
        "isn't",
        "doesn't",
        "aren't",
        "there's",
        "let's",
        "i'd",
        "we'd",
        "you'd",
        "today",
        "day",
        "time",
        "hear",
        "heard",
        "understand",
        "information",
        "info",
        "further",
        "details",
    ]
)


@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    from nltk.stem.snowball import SnowballStemmer  # noqa: PLC0415 - lazy: nltk

    return lru_cache(maxsize=16384)(SnowballStemmer("english").stem)


@lru_cache(maxsize=1)
def stop_stems() -> frozenset[str]:
    """
    The stems of `STOPWORDS`.
    """
    return frozenset(stem(w) for w in STOPWORDS)


def stem(word: str) -> str:
    """
    Return the Snowball stem of a lowercase *word* (cached).
    """
    return _stemmer()(word)


def tokens(text: str) -> list[str]:
    """
    Return the lowercase words of *text*, curly apostrophes made straight.
    """
    return [m.group().lower().replace("\u2019", "'") for m in WORD.finditer(text)]


#: @handles, ^signatures and links: not words of the message.
HANDLES_AND_LINKS = compile_cached(r"[@\^][\w.]+|https?://\S+|www\.\S+")


def content_stems(text: str) -> set[str]:
    """
    Return the stems of the content words of *text*: not stopwords, not
    @handles or links, numbers kept as they are; hyphenated words also
    count by their last part ("re-boards" gives "re-board" and "board").
    """
    out = set()
    for word in tokens(HANDLES_AND_LINKS.sub(" ", text)):
        if word in STOPWORDS or (len(word) < 3 and not word.isdigit()):
            continue
        if word.isdigit():
            out.add(word)
            continue
        out.add(stem(word))
        if "-" in word:
            out.add(stem(word.rsplit("-", 1)[1]))
    return out
