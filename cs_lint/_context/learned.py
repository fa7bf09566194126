"""
The learned second stage: a small linear model per rubric family that reads
each sentence of a reply by its words, word pairs, rough stems, shared
lexicon classes and a few clause signals, and scores how much it reads like
that family's behaviour.

Why: the phrase and construction rules are lists of realisations; on text
written by people who never saw them they find about half of the problems
(issue 14). A sentence like "It's only three hours, you'll still get there
today" shares no phrase with a written rule but shares its *words* with
many labelled minimisations ("only", "still", a duration). A linear model
over such features generalises by vocabulary and lexicon class rather than
by exact phrase, at a cost of a few dictionary look-ups per word.

What it is: one sparse weight table ``feature -> ((family index, weight),
...)`` and a bias and threshold per family, trained by
``benchmarks/train_learned.py`` (L2-regularised logistic regression,
deterministic) and shipped as ``learned-weights.json`` next to this module.
It is read on first use (never on import), kept for the process
(``functools.cache``, like the lexicon tables) and never changed; what the
scorer reads is kept in the derived tables, compact, so a warm start
decodes no JSON and the stage adds ~1-2 MB to a ready linter (`model`). The
rules in ``cs_lint.rules.learned`` report a sentence whose score passes its
family's threshold; the engine drops such a finding when a phrase rule of
the same family already reports that sentence (``Rule.defers_to``).

Only the agent's own words are scored: sentences outside the agent's zones
(quoted earlier messages, signatures) are skipped and words inside
quotation marks (the customer's words quoted back) are not features.

No numpy here: inference is pure Python so the package's run-time
dependencies stay regex, attrs and (lazily) nltk. The stems are a cheap
suffix strip, not nltk's Snowball stemmer, so that scoring a reply never
imports nltk.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import add, sub
from pathlib import Path
from typing import Any, NamedTuple

import attrs

from cs_lint._context.commitments import DURATION, WEEK
from cs_lint._context.customer import customer_state
from cs_lint._text.compiled import blake2b
from cs_lint._text.document import Document
from cs_lint._text.lexicons import LEXICON_FILES, _phrase_table, lexicons
from cs_lint._text.patterns import WORD_TOKENS, compile_pattern
from cs_lint._text.tables import file_digest, stored_data
from cs_lint._text.wordclasses import (
    AGENT_WORDS,
    CUSTOMER_WORDS,
    FILLERS,
    IMPERATIVES,
    NEGATORS,
)


#: The weight file, in the package (see pyproject package-data).
WEIGHTS = Path(__file__).with_name("learned-weights.json")

#: The rubric families the model scores, in the order of its weights.
FAMILIES = (
    "accusatory",
    "hedging",
    "over_promising",
    "non_apology",
    "dismissive",
    "defensiveness",
    "negative_framing",
    "script_rigidity",
    "vague_followup",
)

#: Contractions read as their two words ("isn't" = "is not").
_TAILS = {
    "n't": "not",
    "'ll": "will",
    "'re": "are",
    "'m": "am",
    "'ve": "have",
    "'d": "would",
}
_HEADS = {"ca": "can", "wo": "will", "ai": "is", "sha": "shall"}
_SUFFIXES = ("ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly")
_ENDS = frozenset(s[-1] for s in _SUFFIXES)


def _stem(word: str) -> str:
    """
    A rough stem: common inflectional suffixes stripped ("apologised" and
    "apologises" both give "apologis"), short words left alone.
    """
    if word[-1:] not in _ENDS:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _split(word: str) -> tuple[str, ...]:
    """
    A lowercase token as the words it stands for: contractions expanded,
    "'s" dropped, digits as ``<num>``.
    """
    if word.isdigit():
        return ("<num>",)
    if "'" not in word:
        return (word,)
    for tail, full in _TAILS.items():
        if word.endswith(tail) and len(word) > len(tail):
            head = word[: -len(tail)]
            return (_HEADS.get(head, head), full)
    if word.endswith("'s"):
        return (word[:-2], "'s")
    return (word,)


@attrs.frozen
class LexiconTable:
    """
    The phrases of some lexicon classes as token tuples, for finding class
    members in a sentence's tokens: *table* maps a tuple to its classes,
    *lengths* a first word to the lengths of the phrases it starts.
    """

    table: Mapping[tuple[str, ...], tuple[str, ...]]
    lengths: Mapping[str, tuple[int, ...]]

    @classmethod
    def of(cls, names: Iterable[str]) -> LexiconTable:
        """
        The table of the named classes (classes written only as references
        to others are skipped: they have no phrase table).
        """
        table: dict[tuple[str, ...], set[str]] = {}
        for name in sorted(set(names)):
            try:
                phrases = _phrase_table(name)[0]
            except ValueError:
                continue
            for phrase in phrases:
                words = tuple(w for t in phrase for w in _split(t))
                if words:
                    table.setdefault(words, set()).add(name)
        lengths: dict[str, set[int]] = {}
        for words in table:
            lengths.setdefault(words[0], set()).add(len(words))
        return cls(
            {k: tuple(sorted(v)) for k, v in table.items()},
            {k: tuple(sorted(v)) for k, v in lengths.items()},
        )


@functools.cache
def all_classes() -> LexiconTable:
    """
    Every lexicon class's phrases (for training: the model keeps the
    classes it gives weight to).
    """
    return LexiconTable.of(lexicons())


def _speaker(words: list[str]) -> str:
    for w in words:
        if w in FILLERS:
            continue
        if w in AGENT_WORDS:
            return "agent"
        if w in CUSTOMER_WORDS:
            return "customer"
        if w in IMPERATIVES:
            return "imperative"
        return "other"
    return "none"


#: Modal words, for the "meaning" features (`features`, *meaning*).
_MODALS = frozenset(
    ["can", "could", "will", "would", "shall", "should", "may", "might", "must"]
)


def features(
    raw: list[str],
    *,
    ends: str,
    position: str,
    classes: LexiconTable,
    meaning: bool = False,
    context: Iterable[str] = (),
) -> list[str]:
    """
    The features of one sentence: *raw* its lowercase tokens (curly
    apostrophes made straight), *ends* its last character, *position*
    ``only``, ``first``, ``last`` or ``mid`` in the reply; *context* its
    context features (`context_features`), listed last. *meaning*: also
    each lexicon class found crossed with the sentence's subject, its
    negation and its modality (``m:CLASS|agent``, ``m:CLASS|neg``,
    ``m:CLASS|modal``; tried by cross-validation, see docs/learned.md).
    """
    words = [w for t in raw for w in _split(t)]
    speaker = _speaker(raw)
    out = [f"pos:{position}", f"subj:{speaker}"]
    if ends == "?":
        out.append("q")
    elif ends == "!":
        out.append("!")
    if len(words) <= 4:
        out.append("short")
    if any(w in NEGATORS for w in words):
        out.append("neg")
    prev = "<s>"
    table, lengths = classes.table, classes.lengths
    for i, w in enumerate(words):
        out.append("w:" + w)
        out.append(f"b:{prev} {w}")
        s = _stem(w)
        if s != w:
            out.append("s:" + s)
        prev = w
        for n in lengths.get(w, ()):
            if i + n > len(words):
                break
            found = table.get(tuple(words[i : i + n]))
            if found:
                out.extend("c:" + c for c in found)
    out.append(f"b:{prev} </s>")
    if meaning:
        found_classes = sorted({f[2:] for f in out if f.startswith("c:")})
        neg = "neg" in out
        modal = not _MODALS.isdisjoint(words)
        for c in found_classes:
            out.append(f"m:{c}|{speaker}")
            if neg:
                out.append(f"m:{c}|neg")
            if modal:
                out.append(f"m:{c}|modal")
    out.extend(context)
    return out


#: The kinds of context feature a model can be trained with
#: (`context_features`; ``--context`` in the trainer): the previous
#: sentence's signals and a few of its lexicon classes (``p:``), the
#: customer's message (``cu:``), and the tense and person of the clause
#: (``t:``).
CONTEXTS = ("prev", "customer", "tense")

#: Lexicon classes whose one-word members the previous sentence is read
#: for (``p:CLASS``): an apology, a contrast, harm, a feeling, policy.
_PREV_CLASSES = (
    "APOLOGY_HEAD",
    "CONTRAST",
    "HARM_NOUN",
    "FEELING_NOUN",
    "FEELING_ADJ",
    "POLICY_RULE",
)

#: Irregular past forms and participles a clause's verb can take ("you
#: chose", "you were told", "you've been sent"); regular ones end in -ed.
_PAST = frozenset(
    [
        "was",
        "were",
        "did",
        "had",
        "told",
        "sent",
        "gave",
        "given",
        "chose",
        "chosen",
        "made",
        "said",
        "got",
        "gotten",
        "took",
        "taken",
        "left",
        "forgot",
        "forgotten",
        "bought",
        "paid",
        "saw",
        "seen",
        "wrote",
        "written",
        "knew",
        "known",
        "read",
        "agreed",
        "signed",
        "selected",
        "ticked",
        "ignored",
        "missed",
        "put",
        "set",
        "let",
        "kept",
        "found",
        "brought",
        "thought",
        "understood",
    ]
)
#: Adverbs that can stand between a subject and its verb.
_BETWEEN = frozenset(
    [
        "already",
        "also",
        "just",
        "previously",
        "clearly",
        "never",
        "originally",
        "then",
        "actually",
        "again",
        "still",
        "even",
    ]
)
#: Verbs and nouns of the company's process ("our system processed",
#: "we follow the policy", "the instructions cover this").
_PROCESS = frozenset(
    [
        "process",
        "processed",
        "processes",
        "procedure",
        "procedures",
        "policy",
        "policies",
        "system",
        "systems",
        "standard",
        "standards",
        "require",
        "required",
        "requires",
        "requirement",
        "guidelines",
        "protocol",
        "records",
        "record",
        "terms",
        "instructions",
        "manual",
        "guide",
        "conditions",
    ]
)
_CITES = frozenset(
    [
        "cover",
        "covers",
        "covered",
        "state",
        "states",
        "stated",
        "explain",
        "explains",
        "explained",
        "show",
        "shows",
        "showed",
        "shown",
        "say",
        "says",
        "mention",
        "mentions",
        "mentioned",
        "outline",
        "outlines",
        "note",
        "notes",
    ]
)


@functools.cache
def _class_words(name: str) -> frozenset[str]:
    """
    The one-word members of lexicon class *name*.
    """
    try:
        phrases = _phrase_table(name)[0]
    except ValueError:
        return frozenset()
    return frozenset(w for p in phrases if len(p) == 1 for w in _split(p[0]))


def _participle(w: str) -> bool:
    return w in _PAST or (len(w) > 4 and w.endswith("ed"))


def _tense(words: list[str], speaker: str) -> list[str]:
    """
    The tense-and-person features of a sentence (``t:``): the customer as
    subject of a past or perfect verb ("you chose", "you did not",
    "you've sent"), or of a passive ("you were told", "you have been
    sent"); the company as subject next to its process ("we follow the
    policy", "our system processed it"); a document that covers it ("the
    instructions cover this").
    """
    out: set[str] = set()
    n = len(words)
    for i, w in enumerate(words):
        if w not in ("you", "u"):
            continue
        j = i + 1
        while j < n and words[j] in _BETWEEN:
            j += 1
        if j >= n:
            continue
        a = words[j]
        b = words[j + 1] if j + 1 < n else ""
        if b in _BETWEEN and j + 2 < n:
            b = words[j + 2]
        if a in ("were", "was"):
            if _participle(b):
                out.add("t:you-passive")
        elif a in ("have", "had"):
            if b == "been":
                out.add("t:you-passive")
            elif _participle(b):
                out.add("t:you-perfect")
        elif a == "did" or _participle(a):
            out.add("t:you-past")
    process = not _PROCESS.isdisjoint(words)
    if process and (speaker == "agent" or "our" in words):
        out.add("t:co-process")
    if process and not _CITES.isdisjoint(words):
        out.add("t:cites")
    return sorted(out)


def context_features(
    doc: Document,
    sents: list[tuple[int, int, list[str], str]],
    kinds: Iterable[str],
) -> list[list[str]]:
    """
    The context features (`CONTEXTS`) of each of *sents* (`sentence_tokens`
    of *doc*), for a model trained with the *kinds* named: what one sentence
    lacks — the sentence before it, the customer's message, the tense and
    person of its clause. They follow the sentence's own features.
    """
    kinds = frozenset(kinds)
    out: list[list[str]] = [[] for _ in sents]
    if not kinds:
        return out
    speakers = [_speaker(raw) for _, _, raw, _ in sents]
    words_of = [_words(raw) for _, _, raw, _ in sents]
    if "prev" in kinds:
        for k, feats in enumerate(out):
            if k == 0:
                feats.append("p:none")
                continue
            words, ends = words_of[k - 1], sents[k - 1][3]
            feats.append("p:subj:" + speakers[k - 1])
            if ends == "?":
                feats.append("p:q")
            if not NEGATORS.isdisjoint(words):
                feats.append("p:neg")
            feats.extend(
                "p:" + c for c in _PREV_CLASSES if not _class_words(c).isdisjoint(words)
            )
    if "customer" in kinds:
        state = customer_state(doc)
        # Only an upset reading is a feature: the real text the thresholds
        # are held on (and the real negatives) has no customer message, so
        # a "no message" or "calm" feature would be weighed against labelled
        # replies that nearly all have one, not against what they say.
        if state is not None and state.upset:
            for k, feats in enumerate(out):
                feats.extend(("cu:upset", "cu:upset|" + speakers[k]))
    if "tense" in kinds:
        for k, feats in enumerate(out):
            feats.extend(_tense(words_of[k], speakers[k]))
    return out


class Scored(NamedTuple):
    """
    One sentence of a reply and its margin per family (``FAMILIES``
    order): the model's log-odds minus the family's threshold, so a
    positive margin is a hit. A named tuple: built for every sentence of
    every reply, at a third of a frozen attrs class's cost.
    """

    start: int
    end: int
    margins: tuple[float, ...]


Entry = tuple[tuple[int, float], ...]
Vector = tuple[float, ...]
_SIGNALS = ("q", "!", "short", "neg")
_POSITIONS = ("only", "first", "mid", "last")
_SPEAKERS = ("agent", "customer", "imperative", "other", "none")
#: A sentence's last character -> its signal feature.
_ENDINGS = {"?": "q", "!": "!"}


def _merge(*entries: Entry | None) -> Entry | None:
    """
    The sum of sparse weight entries (None when nothing is left).
    """
    total: dict[int, float] = {}
    for entry in entries:
        for i, w in entry or ():
            total[i] = total.get(i, 0.0) + w
    return tuple(sorted(total.items())) or None


#: Words outside the model's vocabulary kept once read (`_Info`).
_CACHE_WORDS = 30_000


#: Lexicon phrases by their first two words: the class vectors of the
#: two-word phrase, and the lengths of the longer ones.
Phrases = tuple[tuple[Vector, ...], tuple[int, ...]]
#: A model's look-up tables (`Model.prepared`): dense, pairs, words, long
#: starts, and the class vectors of lexicon phrases of three words or more.
Prepared = tuple[
    Mapping[str, Vector],
    Mapping[str, Mapping[str, Vector]],
    Mapping[str, Vector],
    Mapping[str, Mapping[str, Phrases]],
    Mapping[tuple[str, ...], tuple[Vector, ...]],
]


#: What the scorer needs of a word: its own vector (word, stem, one-word
#: classes; None if nothing), the pairs it starts (next word -> vector) and
#: the multi-word lexicon phrases it starts (second word -> lengths).
WordInfo = tuple[
    Vector | None,
    Mapping[str, Vector] | None,
    Mapping[str, Phrases] | None,
]
_NOTHING: WordInfo = (None, None, None)


class _Info(dict[str, WordInfo]):
    """
    Word -> `WordInfo`, so the scorer makes one look-up per word: read on
    a word's first sight and kept (up to `_CACHE_WORDS` words, so the table
    never grows without bound; past that, words are read each time).
    """

    __slots__ = ("model",)

    def __init__(self, model: Model) -> None:
        super().__init__()
        self.model = model

    def read(self, w: str) -> WordInfo:
        m = self.model
        got = (m._own_or_stem(w), m.pairs.get(w), m.long_starts.get(w))
        return _NOTHING if got == _NOTHING else got

    def __missing__(self, w: str) -> WordInfo:
        got = self.read(w)
        if len(self) < _CACHE_WORDS:
            self[w] = got
        return got


@attrs.frozen
class Model:
    """
    The learned weights: per-family *bias* and *threshold* (log-odds),
    sparse *weights* per feature, the lexicon *classes* they read.

    `logits` scores a list of feature strings (what training sees);
    `sentence_logits` gives the same sums from a sentence's tokens without
    building the strings: each word's own features (word, stem,
    one-word lexicon classes) are summed once when the model is read
    (*words*), word pairs are looked up by their first word (*pairs*), so
    a word costs a few dictionary look-ups.
    """

    families: tuple[str, ...]
    bias: tuple[float, ...]
    threshold: tuple[float, ...]
    weights: Mapping[str, Entry]
    classes: LexiconTable
    #: Trained with the "meaning" features (`features`, *meaning*).
    meaning: bool = False
    #: Trained with these context features (`CONTEXTS`, `context_features`).
    context: tuple[str, ...] = ()
    dense: Mapping[str, Vector] = attrs.field(init=False, repr=False, eq=False)
    words: Mapping[str, Vector] = attrs.field(init=False, repr=False, eq=False)
    pairs: Mapping[str, Mapping[str, Vector]] = attrs.field(
        init=False, repr=False, eq=False
    )
    long_starts: Mapping[str, Mapping[str, Phrases]] = attrs.field(
        init=False, repr=False, eq=False
    )
    #: Lexicon phrases of three words or more -> their classes' vectors
    #: (what the scorer reads instead of the class table).
    long_phrases: Mapping[tuple[str, ...], tuple[Vector, ...]] = attrs.field(
        init=False, repr=False, eq=False
    )
    info: _Info = attrs.field(init=False, repr=False, eq=False)
    signals: dict[tuple[str, str, str, bool, bool], Vector] = attrs.field(
        init=False, repr=False, eq=False, factory=dict
    )
    #: The look-up tables (`prepared`) when they were kept from an earlier
    #: process (`model`); None derives them here.
    tables: Prepared | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        ready = self.tables if self.tables is not None else self.prepared()
        dense, pairs, own, long_starts, long_phrases = ready
        object.__setattr__(self, "dense", dense)
        object.__setattr__(self, "pairs", pairs)
        object.__setattr__(self, "words", own)
        object.__setattr__(self, "long_starts", long_starts)
        object.__setattr__(self, "long_phrases", long_phrases)
        object.__setattr__(self, "tables", None)
        # Filled as words are met (reading the whole vocabulary up front
        # cost ~10 ms at first use for words most replies never hold).
        object.__setattr__(self, "info", _Info(self))

    def prepared(self) -> Prepared:
        """
        The look-up tables the scorer reads, derived from the weights and
        the class table: per-feature vectors (*dense*), word pairs by their
        first word, each word's own summed vector, and multi-word class
        phrases by their first two words.
        """
        size = len(self.families)
        zero = (0.0,) * size

        def vector(entry: Entry | None) -> Vector | None:
            if not entry:
                return None
            out = list(zero)
            for i, w in entry:
                out[i] += w
            return tuple(out)

        dense: dict[str, Vector] = {}
        pairs: dict[str, dict[str, Vector]] = {}
        vocab: set[str] = set()
        for feat, entry in self.weights.items():
            vec = vector(entry)
            if vec is None:
                continue
            kind, _, rest = feat.partition(":")
            if kind == "b":
                first, _, second = rest.partition(" ")
                pairs.setdefault(first, {})[second] = vec
                vocab.update((first, second))
            else:
                dense[feat] = vec
                if kind == "w":
                    vocab.add(rest)
        # Every signal has a vector (zeros when it has no weight), so the
        # scorer needs no look-up that can miss.
        for signal in (
            *_SIGNALS,
            *(f"pos:{p}" for p in _POSITIONS),
            *(f"subj:{s}" for s in _SPEAKERS),
        ):
            dense.setdefault(signal, zero)
        vocab.update(w for phrase in self.classes.table for w in phrase)
        vocab.discard("<s>")
        vocab.discard("</s>")
        own = {}
        for w in sorted(vocab):
            vec = vector(self._word(w))
            if vec is not None:
                own[w] = vec
        # Multi-word class phrases by their first two words: a look-up
        # only where a sentence holds such a pair.
        long: dict[str, dict[str, set[int]]] = {}
        for phrase, names in self.classes.table.items():
            if len(phrase) > 1 and any("c:" + c in dense for c in names):
                long.setdefault(phrase[0], {}).setdefault(phrase[1], set()).add(
                    len(phrase)
                )
        starts = {
            a: {b: self._starting(dense, a, b, ns) for b, ns in d.items()}
            for a, d in long.items()
        }
        phrases = {}
        for phrase, names in self.classes.table.items():
            if len(phrase) > 2 and phrase[1] in long.get(phrase[0], ()):
                vecs = tuple(
                    vec for c in names if (vec := dense.get("c:" + c)) is not None
                )
                if vecs:
                    phrases[phrase] = vecs
        return dense, pairs, own, starts, phrases

    def _starting(
        self, dense: Mapping[str, Vector], first: str, second: str, lengths: set[int]
    ) -> Phrases:
        """
        The multi-word phrases starting with *first*, *second*: the class
        vectors of the two-word phrase itself (ready to add, in the order
        `_phrases` would find them) and the longer lengths to look up.
        """
        two = tuple(
            vec
            for c in self.classes.table.get((first, second), ())
            if (vec := dense.get("c:" + c)) is not None
        )
        return two, tuple(sorted(n for n in lengths if n > 2))

    def _own_or_stem(self, w: str) -> Vector | None:
        """
        What `sentence_logits` adds for word *w* itself.
        """
        vec = self.words.get(w)
        if vec is None and w[-1:] in _ENDS:
            st = _stem(w)
            if st != w:
                vec = self.dense.get("s:" + st)
        return vec

    def _word(self, w: str) -> Entry | None:
        """
        The summed weights of a word's own features: the word, its stem
        (when it differs) and the one-word lexicon classes it is.
        """
        get = self.weights.get
        stem = _stem(w)
        parts = [get("w:" + w), get("s:" + stem) if stem != w else None]
        if 1 in self.classes.lengths.get(w, ()):
            parts.extend(get("c:" + c) for c in self.classes.table.get((w,), ()))
        return _merge(*parts)

    @classmethod
    def from_json(
        cls,
        data: Mapping[str, Any],
        *,
        classes: LexiconTable | None = None,
        tables: Prepared | None = None,
    ) -> Model:
        """
        Build a model from the weight file's JSON (with its class table and
        look-up tables when the caller has them already).
        """
        fams = tuple(str(f) for f in data["families"])
        weights = _weights_of(data)
        return cls(
            fams,
            tuple(float(b) for b in data["bias"]),
            tuple(float(t) for t in data["threshold"]),
            weights,
            LexiconTable.of(data["classes"]) if classes is None else classes,
            bool(data.get("meaning", False)),
            tuple(str(c) for c in data.get("context", ())),
            tables=tables,
        )

    def logits(self, feats: Iterable[str]) -> list[float]:
        """
        The log-odds per family of a sentence with these features.
        """
        scores = list(self.bias)
        get = self.weights.get
        for f in feats:
            entry = get(f)
            if entry:
                for i, w in entry:
                    scores[i] += w
        return scores

    def sentence_logits(
        self,
        raw: list[str],
        *,
        ends: str,
        position: str,
        words: list[str] | None = None,
        context: Sequence[str] = (),
    ) -> list[float]:
        """
        ``logits(features(raw, ...))``, without building the features: the
        dense weight vectors of the features found are collected and summed
        column by column at the end (one C-level pass, not one Python
        addition per weight). *words*: ``_words(raw)`` when already read;
        *context*: the sentence's context features (`context_features`).
        """
        if self.meaning:
            return self.logits(
                features(
                    raw,
                    ends=ends,
                    position=position,
                    classes=self.classes,
                    meaning=True,
                    context=context,
                )
            )
        vecs = self._vectors(raw, ends, position, words)
        if context:
            self._context_vectors(context, vecs)
        return [
            b + sum(col)
            for b, col in zip(self.bias, zip(*vecs, strict=True), strict=True)
        ]

    def sentence_margins(
        self,
        raw: list[str],
        *,
        ends: str,
        position: str,
        context: Sequence[str] = (),
    ) -> tuple[float, ...]:
        """
        ``sentence_logits`` less each family's threshold (the same floats).
        """
        if self.meaning:
            logits = self.sentence_logits(
                raw, ends=ends, position=position, context=context
            )
            return tuple(x - t for x, t in zip(logits, self.threshold, strict=True))
        vecs = self._vectors(raw, ends, position, None)
        if context:
            self._context_vectors(context, vecs)
        return self.margins_of(vecs)

    def _context_vectors(self, context: Sequence[str], vecs: list[Vector]) -> None:
        """
        Add the vectors of the context features that have weight (a few
        look-ups: they follow the sentence's own features, as `features`
        lists them).
        """
        dense = self.dense
        for f in context:
            vec = dense.get(f)
            if vec is not None:
                vecs.append(vec)

    def signal_vector(
        self, raw: list[str], words: list[str], ends: str, position: str
    ) -> Vector:
        """
        The sentence signals (position, subject, ending, length, negation)
        as one vector: their running sum (from 0, as ``sum`` adds), kept
        per combination. *words*: ``_words(raw)``.
        """
        key = (
            position,
            _speaker(raw),
            _ENDINGS.get(ends, ""),
            len(words) <= 4,
            not NEGATORS.isdisjoint(words),
        )
        signals = self.signals.get(key)
        if signals is None:
            signals = self._signals(*key)
        return signals

    def margins_of(self, vecs: list[Vector]) -> tuple[float, ...]:
        """
        The margins (log-odds less threshold) of a sentence with these
        weight vectors (`_vectors`).
        """
        # (b + sum(col)) - t per column, as C-level maps (the same floats).
        return tuple(
            map(
                sub,
                map(add, self.bias, map(sum, zip(*vecs, strict=True))),
                self.threshold,
            )
        )

    def _vectors(
        self,
        raw: list[str],
        ends: str,
        position: str,
        words: list[str] | None,
    ) -> list[Vector]:
        """
        The weight vectors of a sentence's features, in the order
        `features` lists them (so the column sums are the same floats):
        the sentence signals first (`signal_vector`), then each word's.
        """
        if words is None:
            words = _words(raw)
        vecs = [self.signal_vector(raw, words, ends, position)]
        info = self.info
        append = vecs.append
        after = self.pairs.get("<s>")
        long: Mapping[str, Phrases] | None = None
        for k, w in enumerate(words):
            own, next_after, next_long = info[w]
            if own is not None:
                append(own)
            if after is not None:
                vec = after.get(w)
                if vec is not None:
                    append(vec)
            if long is not None:
                starts = long.get(w)
                if starts is not None:
                    vecs.extend(starts[0])
                    if starts[1]:
                        self._phrases(words, k - 1, starts[1], vecs)
            after, long = next_after, next_long
        if after is not None:
            vec = after.get("</s>")
            if vec is not None:
                append(vec)
        return vecs

    def _signals(
        self, position: str, speaker: str, ends: str, short: bool, neg: bool
    ) -> Vector:
        """
        The running sum (from 0, in `features` order) of a sentence's
        signal vectors, kept in `signals` (at most 4 x 5 x 3 x 2 x 2).
        """
        dense = self.dense
        vecs = [dense["pos:" + position], dense["subj:" + speaker]]
        if ends:
            vecs.append(dense[ends])
        if short:
            vecs.append(dense["short"])
        if neg:
            vecs.append(dense["neg"])
        total = tuple(sum(col) for col in zip(*vecs, strict=True))
        self.signals[(position, speaker, ends, short, neg)] = total
        return total

    def _phrases(
        self, words: list[str], k: int, lengths: tuple[int, ...], vecs: list[Vector]
    ) -> None:
        """
        Add the vectors of the multi-word lexicon classes of these
        *lengths* that start at word *k*.
        """
        table = self.long_phrases
        for n in lengths:
            if k + n > len(words):
                break
            vecs.extend(table.get(tuple(words[k : k + n]), ()))


#: A character that can make a token more than its own word (`_split`):
#: an apostrophe, an ASCII digit, or anything outside ASCII (other digits;
#: `str.isascii` tests those: a class reaching U+10FFFF cost the stdlib
#: compiler ~59 M instructions, 5% of a one-shot).
_SPLIT_NEEDED = re.compile("[0-9']")


def _words(raw: list[str]) -> list[str]:
    """
    A sentence's lowercase tokens as the words they stand for (`_split`);
    *raw* itself when no token can split (one C-level search).
    """
    joined = " ".join(raw)
    if joined.isascii() and _SPLIT_NEEDED.search(joined) is None:
        return raw
    words: list[str] = []
    for t in raw:
        if "'" in t or t.isdigit():
            words.extend(_split(t))
        else:
            words.append(t)
    return words


def _weights_of(data: Mapping[str, Any]) -> dict[str, Entry]:
    """
    The sparse weights of a weight file's JSON.
    """
    return {
        k: tuple((int(i), float(w)) for i, w in v) for k, v in data["weights"].items()
    }


class _Later(Mapping[Any, Any]):
    """
    A mapping read on first use: the shipped model's weights and class
    table, which only training, tests and the feature-string scorer read
    (the scorer reads its look-up tables), so a process that only lints
    never decodes the weight file's JSON nor lays out the class table.
    """

    __slots__ = ("_load", "_value")

    def __init__(self, load: Callable[[], Mapping[Any, Any]]) -> None:
        self._load = load
        self._value: Mapping[Any, Any] | None = None

    def _read(self) -> Mapping[Any, Any]:
        if self._value is None:
            self._value = self._load()
        return self._value

    def __getitem__(self, key: Any) -> Any:
        return self._read()[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


@functools.cache
def _shipped_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(WEIGHTS.read_bytes())
    return data


@functools.cache
def _shipped_classes() -> LexiconTable:
    return LexiconTable.of(_shipped_json()["classes"])


@functools.cache
def model() -> Model:
    """
    The shipped model, read from `WEIGHTS` on first use.

    Everything the scorer reads (families, biases, thresholds and the
    look-up tables, ~40 ms to derive: every word of the vocabulary summed
    over its features) is kept in the derived tables, keyed on the bytes
    of the weights, this module and the lexicons, so a one-shot
    ``cs-lint check`` pays for them once per version: a warm start decodes
    no JSON and lays out no class table. The sparse weights and the class
    table (training, tests) are read only when asked (`_Later`).
    """
    raw = WEIGHTS.read_bytes()
    digest = blake2b(raw, digest_size=16)
    # The lexicons' bytes by their digests, which the tables hash anyway.
    for path in (*LEXICON_FILES, Path(__file__)):
        digest.update(file_digest(path))
    built: list[Model] = []

    def build() -> tuple[Any, ...]:
        made = Model.from_json(json.loads(raw))
        built.append(made)
        # The scorer reads only the stems' and the sentence signals'
        # vectors from *dense* (words and classes have their own tables).
        dense = {k: v for k, v in made.dense.items() if not k.startswith(("w:", "c:"))}
        value: tuple[Any, ...] = _shared(
            (
                made.families,
                made.bias,
                made.threshold,
                made.meaning,
                made.context,
                dense,
                made.pairs,
                made.words,
                made.long_starts,
                made.long_phrases,
            )
        )
        return value

    stored: tuple[Any, ...] = stored_data(
        "learned-model", digest.hexdigest(), build, _checked_stored
    )
    if built:
        return built[0]
    families, bias, threshold, meaning, context, *tables = stored
    return Model(
        families,
        bias,
        threshold,
        _Later(lambda: _weights_of(_shipped_json())),
        LexiconTable(
            _Later(lambda: _shipped_classes().table),
            _Later(lambda: _shipped_classes().lengths),
        ),
        meaning,
        context,
        tables=tuple(tables),
    )


def _shared(value: Any) -> Any:
    """
    *value* (dicts, tuples, strings, numbers) rebuilt with every equal
    string, float and tuple one object, so that the stored value (marshal
    writes an object met twice once, as a reference) loads as ~5,000
    objects instead of ~60,000: the same words, weights and vectors recur
    across the tables. Floats are the same when their bits are (0.0 is not
    -0.0), tuples when their items are the same objects.
    """
    memo: dict[Any, Any] = {}

    def walk(o: Any) -> Any:
        t = type(o)
        if t is dict:
            return {walk(k): walk(v) for k, v in o.items()}
        if t is tuple:
            o = tuple(walk(x) for x in o)
            key: Any = (t, tuple(map(id, o)))
        elif t is float:
            key = (t, o.hex())
        elif t is str or t is int or t is bool:
            key = (t, o)
        else:
            return o
        return memo.setdefault(key, o)

    return walk(value)


def _checked_stored(stored: Any) -> tuple[Any, ...]:
    """
    *stored* as `model` keeps it (families, biases, thresholds, the
    meaning flag, the context kinds, then `Model.prepared`), or `TypeError`.
    """
    if type(stored) is not tuple or len(stored) != 10:
        raise TypeError("not a model's tables")
    families, bias, threshold, meaning, context = stored[:5]
    size = len(families)
    for row in (families, bias, threshold):
        if type(row) is not tuple or len(row) != size:
            raise TypeError("a model's header of the wrong shape")
    if type(meaning) is not bool:
        raise TypeError("not a model's header")
    if type(context) is not tuple or not all(type(c) is str for c in context):
        raise TypeError("not a model's header")
    _checked_prepared(stored[5:], size)
    return stored


def _checked_prepared(stored: Any, size: int) -> Prepared:
    """
    *stored* as `Model.prepared` gives it, or `TypeError`.
    """

    def vec(v: Any) -> None:
        if type(v) is not tuple or len(v) != size:
            raise TypeError("a vector of the wrong shape")

    if type(stored) is not tuple or len(stored) != 5:
        raise TypeError("not a model's tables")
    dense, pairs, words, starts, phrases = stored
    if not all(type(t) is dict for t in stored):
        raise TypeError("not a model's tables")
    for v in dense.values():
        vec(v)
    for v in words.values():
        vec(v)
    for inner in pairs.values():
        for v in inner.values():
            vec(v)
    for inner in starts.values():
        for two, lengths in inner.values():
            for v in two:
                vec(v)
            if type(lengths) is not tuple:
                raise TypeError("phrase lengths that are not a tuple")
    for key, vecs in phrases.items():
        if type(key) is not tuple or type(vecs) is not tuple:
            raise TypeError("a phrase entry that is not tuples")
        for v in vecs:
            vec(v)
    return dense, pairs, words, starts, phrases


def sentence_tokens(doc: Document) -> list[tuple[int, int, list[str], str]]:
    """
    The agent's sentences of *doc* with their lowercase tokens (words in
    quotation marks left out) and last character; sentences outside the
    agent's zones or with no words are skipped.
    """
    quotes = doc.quotes
    zones = doc.zones
    zoned = len(zones) > 1
    text = doc.text
    out = []
    # The document's own tokens of each sentence (`Document.sentence_tokens`,
    # which the trigger windows read too), re-read only where a quotation
    # crosses the sentence.
    for s, tokens in zip(doc.sentences, doc.sentence_tokens, strict=True):
        if zoned and not doc.in_agent_zone(s.start):
            continue
        if quotes and any(q0 < s.end and s.start < q1 for q0, q1 in quotes):
            lower = doc.lower
            if "\u2019" in lower:
                lower = lower.replace("\u2019", "'")
            raw = [
                m.group()
                for m in WORD_TOKENS.finditer(lower, s.start, s.end)
                if not doc.in_quote(m.start(), m.end())
            ]
        else:
            raw = tokens
        if raw:
            out.append((s.start, s.end, raw, text[s.end - 1]))
    return out


#: Families whose learned rule reports only a sentence holding one word of
#: a lexicon class: a non-apology is an apology (an apology head such as
#: "sorry", "apologies", "regret"). Without it the model reads long prose
#: with "not ... however" as justification (Wikipedia, docs/learned.md).
GATES = {"non_apology": "APOLOGY_HEAD"}

#: Antipatterns: families whose learned rule stays silent on a sentence
#: one of these matches. A follow-up that gives a concrete time ("service
#: is back by 6pm", "in 3-5 days") is not vague (the rubric: "no time or
#: owner"); the words around it can still read like one to the model.
#: An apology for not following the customer, then a question ("Sorry,
#: but I don't see the edit you mean - which page?") is not a non-apology:
#: the agent owns the failure to follow ("I don't see why you're upset"
#: still reads as one).
_NOT_FOLLOWING = compile_pattern(
    r"\b(?:sorry|apologies|pardon)\b[^.!?\n]{0,20}?\b(?:I|we)(?:'m|\s+am)?\s+(?:don't|do\s+not|didn't|did\s+not"
    r"|can't|cannot|couldn't|could\s+not|not)\s+(?:quite\s+)?(?:see|follow|understand|catch|sure\s+what\s+you\s+mean)\b"
    r"(?!\s+(?:why|how\s+(?:you|that|this)|what\s+the\s+(?:problem|issue|fuss)))"
)
QUIET = {"vague_followup": (DURATION, WEEK), "non_apology": (_NOT_FOLLOWING,)}


@functools.cache
def gate_words(family: str) -> frozenset[str] | None:
    """
    The one-word members of *family*'s gate class (`GATES`), None when the
    family has no gate.
    """
    name = GATES.get(family)
    if name is None:
        return None
    return frozenset(p[0] for p in _phrase_table(name)[0] if len(p) == 1)


def passes_gate(doc: Document, family: str, start: int, end: int) -> bool:
    """
    Whether the sentence at *start*..*end* of *doc* holds a word of
    *family*'s gate class (always, for a family with no gate) and none of
    its antipatterns (`QUIET`).
    """
    quiet = QUIET.get(family)
    if quiet is not None and any(p.search(doc.text, start, end) for p in quiet):
        return False
    words = gate_words(family)
    if words is None:
        return True
    return not words.isdisjoint(WORD_TOKENS.findall(doc.lower, start, end))


def positions(count: int) -> list[str]:
    """
    The position feature of each of *count* sentences.
    """
    if count <= 1:
        return ["only"] * count
    return ["first"] + ["mid"] * (count - 2) + ["last"]


def scores(doc: Document) -> tuple[Scored, ...]:
    """
    Every agent sentence of *doc* with its margins (read once per document
    through ``doc.memo(scores)``).
    """
    m = model()
    sents = sentence_tokens(doc)
    out = []
    if m.context:
        contexts = context_features(doc, sents, m.context)
        for (start, end, raw, ends), pos, ctx in zip(
            sents, positions(len(sents)), contexts, strict=True
        ):
            margins = m.sentence_margins(raw, ends=ends, position=pos, context=ctx)
            out.append(Scored(start, end, margins))
        return tuple(out)
    for (start, end, raw, ends), pos in zip(sents, positions(len(sents)), strict=True):
        out.append(Scored(start, end, m.sentence_margins(raw, ends=ends, position=pos)))
    return tuple(out)


def probability(margin: float, threshold: float) -> float:
    """
    The model's probability for a margin over a log-odds threshold.
    """
    z = margin + threshold
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0
