"""
The parsed reply every rule reads: sentences, quotes, clauses, negation.

A `Document` is built once per lint; the parts that cost time are computed
on first use and kept, so a rule that never asks for them never pays.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast, overload

import attrs
import regex

from cs_lint._text.compiled import compile_cached
from cs_lint._text.normalise import OffsetMap, matching_text
from cs_lint._text.patterns import WORD, WORD_TOKENS, words_of
from cs_lint._text.spans import LineIndex, Utf16Index
from cs_lint._text.wordclasses import (
    AGENT_WORDS,
    CONDITIONAL,
    CUSTOMER_WORDS,
    FILLERS,
    IMPERATIVES,
    NEGATORS,
)
from cs_lint._text.zones import (
    AGENT_ZONES,
    QUOTED_ZONES,
    Zone,
    detect_zones,
    quoted_message,
    zone_at,
)


T_co = TypeVar("T_co", covariant=True)


class cached_property(Generic[T_co]):
    """
    `functools.cached_property` without its lock: Python 3.11 takes an
    `RLock` on every first access (3.12 dropped it), which costs more than
    most readings it guards. A reading is a pure function of the document,
    so two threads that race compute the same value and one wins; nothing
    is lost. The value goes straight into the instance's ``__dict__``
    (past `Document.__setattr__`), where later look-ups find it first.
    """

    def __init__(self, func: Callable[[Any], T_co]) -> None:
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T_co: ...

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.attrname] = value
        return value


if TYPE_CHECKING:
    from cs_lint._context.conversation import Conversation
    from cs_lint._context.facts import Facts
    from cs_lint._context.macros import MacroLibrary


T = TypeVar("T")

# --- sentences -------------------------------------------------------------

_ABBR = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|approx|incl|no|No"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|a\.m|p\.m"
    r"|U\.S|sec|Ref|dept|min|hrs|approx|ext)"
)
# A sentence ends after terminal punctuation (not after a list number, an
# abbreviation or an initial), an emoji, or an emoticon, when what follows
# looks like the start of a sentence or the end of the line.
_TERM = compile_cached(
    r"(?:(?<![.!?\u2026])(?<!^\s*\d+)(?<!\b" + _ABBR + r")(?<![.\s][A-Za-z])"
    r"[.!?\u2026]++[\"'\u201d\u2019)\]]*+"
    r"|\p{Extended_Pictographic}\uFE0F?"
    r"|(?<=\s)[:;]-?[)(DPp])"
    r"(?=\s+(?:[\p{Lu}\p{N}\"'\u201c(>\-*\u2022@#]|\p{Extended_Pictographic})"
    r"|\s*$)",
    regex.V1,
)
_TERM_NOSPACE = compile_cached(r"(?<=[a-z])[!?](?=\p{Lu}\p{Ll})")
_LIST_OR_QUOTE = compile_cached(r"\s*(?:[-*\u2022>]|\d+[.)])\s")
_LINE_END_PUNCT = frozenset(".!?:,\u2026;")

# --- quotes ----------------------------------------------------------------

_QUOTED = compile_cached(
    r'"[^"\n]{1,800}"'
    r"|\u201c[^\u201d\n]{1,800}\u201d"
    r"|(?<![\w])\u2018[^\u2019\n]{1,800}\u2019(?![\w])"
    r"|(?<![\w'])'[^'\n]{1,800}'(?![\w])"
)
_QUOTE_LINE = compile_cached(r"(?m)^[ \t]*>.*$")

# --- clauses ---------------------------------------------------------------

_CLAUSE_BREAK = compile_cached(
    r"[,;:()\u2014\u2013]|\s-\s"
    r"|(?<![\w'])(?:but|however|although|though|because|whereas|while"
    r"|and|or|so|if|unless|when|whenever|once|until|in case|as soon as"
    r"|otherwise)(?![\w'])",
    regex.IGNORECASE,
)
_CLAUSE_BREAK_BACK = compile_cached(r"(?r)" + _CLAUSE_BREAK.pattern, regex.IGNORECASE)
_CLAUSE_REACH = 300


@attrs.frozen
class Sentence:
    """
    A sentence: half-open offsets into the document text, whitespace trimmed.
    """

    start: int
    end: int
    text: str


@attrs.frozen
class Clause:
    """
    The clause around a position.

    *speaker* is who the clause is about: ``agent`` (I / we), ``customer``
    (you as the subject), ``imperative`` (an instruction to the customer) or
    ``other``. *conditional* is true when the clause is introduced by
    "if", "unless", "when", "in case" and the like.
    """

    start: int
    end: int
    speaker: str
    conditional: bool


def _split_logical_lines(text: str) -> Iterator[tuple[int, int]]:
    """
    Yield (start, end) of logical lines: soft-wrapped lines joined.
    """
    if "\n" not in text:
        # One line (most chat replies): itself, unless it is blank.
        if text and not text.isspace():
            yield (0, len(text))
        return
    starts = []
    pos = 0
    for line in text.split("\n"):
        starts.append((pos, pos + len(line)))
        pos += len(line) + 1
    cur: tuple[int, int] | None = None
    # What the current logical line opens and ends with, kept as lines are
    # joined so a long run of soft-wrapped lines is never re-read.
    cur_quoted = False
    cur_last = ""
    prev_blank = True
    for start, end in starts:
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            if cur is not None:
                yield cur
                cur = None
            prev_blank = True
            continue
        if (
            cur is not None
            and not prev_blank
            and stripped[0].islower()
            and not _LIST_OR_QUOTE.match(line)
            and not cur_quoted
            and cur_last not in _LINE_END_PUNCT
        ):
            cur = (cur[0], end)
        else:
            if cur is not None:
                yield cur
            cur = (start, end)
            cur_quoted = stripped[0] == ">"
        cur_last = stripped[-1]
        prev_blank = False
    if cur is not None:
        yield cur


def split_sentences(text: str) -> list[Sentence]:
    """
    Split *text* into sentences, line-aware (greetings, bullets, quoted
    lines and signature lines are their own sentences).
    """
    out: list[Sentence] = []
    for lstart, lend in _split_logical_lines(text):
        line = text[lstart:lend]
        cuts = [m.end() for m in _TERM.finditer(line)]
        if "!" in line or "?" in line:
            cuts += [m.end() for m in _TERM_NOSPACE.finditer(line)]
            cuts.sort()
        begin = 0
        for cut in [*cuts, len(line)]:
            if cut <= begin:
                continue
            seg = line[begin:cut]
            stripped = seg.strip()
            if stripped:
                lead = len(seg) - len(seg.lstrip())
                s = lstart + begin + lead
                out.append(Sentence(s, s + len(stripped), stripped))
            begin = cut
    return out


def _lower(text: str) -> str:
    """
    Lowercase *text* keeping every character at its offset ("İ" lowers to
    two code points in Python; such characters are kept as they are).
    """
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


class Document:
    """
    A reply parsed for linting.

    Args:
        text: The reply text; all offsets are code points into it.
        customer: The customer message the reply answers, if known. When
            it is None and *text* quotes the message it answers, the quoted
            message (``>`` markers and attribution lines stripped) stands
            in for it; pass ``""`` to turn that off.
        zones: The zones of *text*, when the caller already knows them (an
            HTML mail's quote containers); detected from the text when
            omitted. They must tile the text.
        conversation: The thread the reply belongs to, when the host
            knows more than one message; its latest customer message is
            the customer message (give *customer* or *conversation*, not
            both).
        macros: The team's macro library, for rules that compare a reply
            with it (a `Linter` passes the one from its configuration).
        facts: The team's facts, for rules that check a reply against
            them (a `Linter` passes the ones from its configuration).

    Raises:
        ValueError: both *customer* and *conversation* are given.
    """

    text: str
    conversation: Conversation | None
    macros: MacroLibrary | None
    facts: Facts | None
    lower: str
    _memo: dict[Callable[[Document], Any], Any]
    _customer: str | None
    _clauses: dict[int, Clause]
    _given_zones: bool

    def __init__(
        self,
        text: str,
        *,
        customer: str | None = None,
        zones: Sequence[Zone] | None = None,
        conversation: Conversation | None = None,
        macros: MacroLibrary | None = None,
        facts: Facts | None = None,
    ) -> None:
        if customer is not None and conversation is not None:
            msg = (
                "give the customer message as customer= or inside "
                "conversation=, not both"
            )
            raise ValueError(msg)
        if conversation is not None and conversation.customer:
            customer = conversation.customer[-1]
        # Straight into the instance's dict: `__setattr__` guards against
        # rules, and a call per attribute is a measurable share of a tweet.
        state = self.__dict__
        state["text"] = text
        state["conversation"] = conversation
        state["macros"] = macros
        state["facts"] = facts
        state["_memo"] = {}
        state["_customer"] = customer
        state["_clauses"] = {}
        state["lower"] = _lower(text)
        state["_given_zones"] = zones is not None
        if zones is not None:
            zones = tuple(zones)
            _check_tiling(zones, len(text))
            state["zones"] = zones
        state["_sealed"] = True

    def __setattr__(self, name: str, value: Any) -> None:
        # Rules share one document: none may change what the others read.
        if self.__dict__.get("_sealed"):
            msg = f"a Document is read-only: cannot set {name!r}"
            raise AttributeError(msg)
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        msg = f"a Document is read-only: cannot delete {name!r}"
        raise AttributeError(msg)

    def with_context(
        self, *, macros: MacroLibrary | None = None, facts: Facts | None = None
    ) -> Document:
        """
        Return a shallow copy carrying *macros* and *facts* where given
        (the copy shares the parse; this document is left as it is).
        """
        doc = copy.copy(self)
        for key in ("available", "matching"):
            doc.__dict__.pop(key, None)
        if macros is not None:
            doc.__dict__["macros"] = macros
        if facts is not None:
            doc.__dict__["facts"] = facts
        return doc

    @cached_property
    def matching(self) -> tuple[Document, OffsetMap | None] | None:
        """
        The document the rules read when the text holds invisible format
        characters or line separators other than ``\n`` (see
        `cs_lint._text.normalise`), with the map from its offsets back to
        this text; None when the text is already what rules match.

            >>> doc = Document("Thanks.\u200b No.")
            >>> clean, back = doc.matching
            >>> clean.text, back.span(8, 10)
            ('Thanks. No.', (9, 11))
        """
        clean, back = matching_text(self.text)
        if clean is self.text:
            return None
        zones = None
        if self._given_zones:
            to = back.to_matching if back is not None else (lambda o: o)
            zones = [Zone(z.kind, to(z.start), to(z.end)) for z in self.zones]
        conversation = self.conversation
        doc = Document(
            clean,
            customer=None if conversation is not None else self._customer,
            zones=zones,
            conversation=conversation,
            macros=self.macros,
            facts=self.facts,
        )
        return doc, back

    # -- analyses ----------------------------------------------------------------

    def memo(self, analysis: Callable[[Document], T]) -> T:
        """
        Return ``analysis(self)``, computed on the first call and kept.

        Readings that belong to a higher layer (commitments, the
        customer's state) hang off the document this way: the analysis
        lives with its layer, the document only keeps the result, so a
        rule that never asks never pays and the parse never imports
        upward.

            >>> doc = Document("Hi! Thanks.")
            >>> doc.memo(len_of_text := lambda d: len(d.text)) is doc.memo(len_of_text)
            True
        """
        memo = self._memo
        if analysis in memo:
            return cast("T", memo[analysis])
        value = memo[analysis] = analysis(self)
        return value

    # -- zones and the customer message ----------------------------------------

    @cached_property
    def zones(self) -> tuple[Zone, ...]:
        """
        The zones (greeting, body, sign-off, signature, disclaimer, quote,
        forward) that tile the text, in order; none for an empty text.
        """
        return detect_zones(self.text)

    @cached_property
    def _zone_starts(self) -> list[int]:
        return [z.start for z in self.zones]

    def zone_at(self, offset: int) -> str:
        """
        Return the kind of the zone holding *offset* (``body`` if none).
        """
        return zone_at(self.zones, self._zone_starts, offset)

    def in_agent_zone(self, offset: int) -> bool:
        """
        Return whether *offset* is in the agent's own words (greeting,
        body or sign-off); rules that report a missing element should
        anchor it where this is true.
        """
        return self.zone_at(offset) in AGENT_ZONES

    @cached_property
    def agent_spans(self) -> tuple[tuple[int, int], ...]:
        """
        The (start, end) spans of the agent's zones, merged where adjacent.
        """
        spans: list[tuple[int, int]] = []
        for z in self.zones:
            if z.kind not in AGENT_ZONES:
                continue
            if spans and spans[-1][1] == z.start:
                spans[-1] = (spans[-1][0], z.end)
            else:
                spans.append((z.start, z.end))
        return tuple(spans) if self.zones else ((0, 0),)

    @cached_property
    def quoted_message(self) -> str | None:
        """
        The most recent quoted message in the text, markers stripped, or
        None when nothing is quoted.
        """
        if not any(z.kind in QUOTED_ZONES for z in self.zones):
            return None
        return quoted_message(self.text, self.zones)

    @property
    def customer(self) -> str | None:
        """
        The customer message: the one given, else `quoted_message`.
        """
        if self._customer is not None:
            return self._customer
        return self.quoted_message

    @property
    def customer_source(self) -> str | None:
        """
        ``given``, ``quote`` (inferred from the quoted reply) or None.
        """
        if self._customer:
            return "given"
        if self._customer is None and self.quoted_message:
            return "quote"
        return None

    @cached_property
    def available(self) -> frozenset[str]:
        """
        The context this document carries, as rule *needs*: ``customer``
        (a customer message), ``history`` (earlier agent replies),
        ``channel``, ``macros`` and ``facts``.
        """
        have = set()
        if self.customer:
            have.add("customer")
        conversation = self.conversation
        if conversation is not None:
            if conversation.history:
                have.add("history")
            if conversation.channel is not None:
                have.add("channel")
        if self.macros is not None and len(self.macros):
            have.add("macros")
        if self.facts:
            have.add("facts")
        return frozenset(have)

    @cached_property
    def placeholders(self) -> tuple[tuple[int, int], ...]:
        """
        Spans of unrendered template placeholders (``{{first_name}}``,
        ``{name}``, ``%NAME%``, ``[Customer Name]``, ``<<name>>``); their
        words are never linted as words.
        """
        from cs_lint._text.placeholders import find_placeholders  # noqa: PLC0415

        return find_placeholders(self.text)

    @cached_property
    def _placeholder_starts(self) -> list[int]:
        return [s for s, _ in self.placeholders]

    def in_placeholder(self, start: int, end: int) -> bool:
        """
        Return whether the span *start*..*end* reads a placeholder's words:
        it lies inside one or cuts across its edge. A span that holds whole
        placeholders among other words (a finding on the whole body) does
        not, nor does an insertion point before or after one.
        """
        for offset in (start, end - 1) if end > start else (start,):
            span = self._placeholder_at(offset)
            if span is None:
                continue
            ps, pe = span
            if start == end:
                return ps < start
            if not (start <= ps and pe <= end):
                return True
        return False

    def _placeholder_at(self, offset: int) -> tuple[int, int] | None:
        spans = self.placeholders
        if not spans:
            return None
        i = bisect.bisect_right(self._placeholder_starts, offset) - 1
        if i >= 0 and spans[i][0] <= offset < spans[i][1]:
            return spans[i]
        return None

    # -- indexes ------------------------------------------------------------

    @cached_property
    def words(self) -> frozenset[str]:
        """
        The lowercase words of the text, for rule triggers.
        """
        # One tokeniser pass: every text a lint reads is split into
        # sentences (the learned stage reads every one), and the words of
        # a text are those of its sentences (`sentence_tokens`; of its
        # windows, for several).
        count = len(self.sentences)
        if count and self._lower_exact:
            if count == 1:
                return frozenset(self.sentence_tokens[0])
            return frozenset().union(*self.trigger_windows)
        return words_of(self.text)

    @cached_property
    def _lower_exact(self) -> bool:
        # Whether `str.lower` keeps the text's length, so `lower` is the
        # text `words_of` reads.
        text = self.text
        return text.isascii() or len(text.lower()) == len(text)

    @cached_property
    def trigger_windows(self) -> tuple[frozenset[str], ...]:
        """
        The words of each sentence: a trigger that needs several words
        ("not+our") is met only when they occur in one sentence. One window
        (all the words) for a text of one sentence, or when the sentences
        do not hold every word.
        """
        sents = self.sentences
        if len(sents) <= 1:
            return (self.words,)
        sets = tuple(map(frozenset, self.sentence_tokens))
        # Sentences hold every word (a cut always falls after punctuation
        # or a pictograph and before a space, or at a line end), so the
        # windows can only miss one when lowercasing changed the text's
        # length (see `words`): check then.
        if not self._lower_exact and not self.words <= frozenset().union(*sets):
            return (self.words,)
        return sets

    @cached_property
    def sentence_tokens(self) -> list[list[str]]:
        """
        The lowercase word tokens of each sentence, in order (a right
        single quotation mark read as an apostrophe): one tokeniser pass
        that the trigger windows and the learned stage share.
        """
        lowered = self.lower
        if "\u2019" in lowered:
            lowered = lowered.replace("\u2019", "'")
        findall = WORD_TOKENS.findall
        return [findall(lowered, s.start, s.end) for s in self.sentences]

    @cached_property
    def lines(self) -> LineIndex:
        """
        Line index for offset -> (line, column).
        """
        return LineIndex(self.text)

    @cached_property
    def utf16(self) -> Utf16Index:
        """
        Index for code-point -> UTF-16 offsets.
        """
        return Utf16Index(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        """
        The sentences, in order.
        """
        return split_sentences(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """
        Return the sentence containing *offset*, if any.
        """
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0:
            s = self.sentences[i]
            if s.start <= offset < max(s.end, s.start + 1):
                return s
        return None

    def sentence_index(self, offset: int) -> int:
        """
        Return the index of the sentence at or before *offset* (-1 if none).
        """
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    # -- quotations -----------------------------------------------------------

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """
        Spans of quoted text: quotation marks, ``>`` quoted lines and
        quote or forward zones.
        """
        spans = [(m.start(), m.end()) for m in _QUOTE_LINE.finditer(self.text)]
        spans += [(m.start(), m.end()) for m in _QUOTED.finditer(self.text)]
        spans += [(z.start, z.end) for z in self.zones if z.kind in QUOTED_ZONES]
        spans.sort()
        return spans

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [s for s, _ in self.quotes]

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """
        Return whether the span starting at *start* lies inside a quotation
        (quotation marks, a ``>`` line, or a quote or forward zone).
        """
        if not self.quotes:
            return False
        if self.zone_at(start) in QUOTED_ZONES:
            return True
        end = start if end is None else end
        i = bisect.bisect_right(self._quote_starts, start) - 1
        # Quotes can nest (a quoted line holding quotation marks): look back
        # over the few spans that start before *start*.
        for j in range(i, max(i - 4, -1), -1):
            qs, qe = self.quotes[j]
            # An empty span (an insertion point) at a quote's end is after it.
            if qs <= start and end <= qe and (start < end or start < qe):
                return True
        return False

    # -- clauses and negation -----------------------------------------------------

    def clause_at(self, offset: int) -> Clause:
        """
        Return the clause around *offset* and who it is about.
        """
        clause = self._clauses.get(offset)
        if clause is None:
            clause = self._clauses[offset] = self._clause_at(offset)
        return clause

    def _clause_at(self, offset: int) -> Clause:
        sent = self.sentence_at(offset)
        if sent is None:
            s_start, s_end = offset, offset
        else:
            s_start, s_end = sent.start, sent.end
        # Clauses are looked for within _CLAUSE_REACH characters either side,
        # so one giant unpunctuated "sentence" stays linear to lint.
        low = max(s_start, offset - _CLAUSE_REACH)
        start = low
        conditional = False
        last = _CLAUSE_BREAK_BACK.search(self.text, low, offset)
        if last is not None:
            start = last.end()
            conditional = last.group().lower() in CONDITIONAL
        high = min(s_end, offset + _CLAUSE_REACH)
        nxt = _CLAUSE_BREAK.search(self.text, offset, high)
        end = nxt.start() if nxt else high
        return Clause(start, max(end, offset), self._speaker(start, end), conditional)

    def _speaker(self, start: int, end: int) -> str:
        for m in WORD.finditer(self.lower, start, end):
            word = m.group().replace("\u2019", "'")
            if word in FILLERS:
                continue
            if word in AGENT_WORDS:
                return "agent"
            if word in CUSTOMER_WORDS:
                return "customer"
            if word in IMPERATIVES:
                return "imperative"
            return "other"
        return "other"

    def negated(self, offset: int, *, window: int = 4) -> bool:
        """
        Return whether a negation governs *offset*: a negator within
        *window* words before it in the same clause ("I can't promise").
        """
        clause = self.clause_at(offset)
        start = max(clause.start, offset - 30 * window)
        words = [
            m.group().replace("\u2019", "'")
            for m in WORD.finditer(self.lower, start, offset)
        ]
        return any(w in NEGATORS or w.endswith("n't") for w in words[-window:])

    def words_before(self, offset: int, count: int) -> list[str]:
        """
        Return up to *count* lowercased words before *offset* in its sentence.
        """
        sent = self.sentence_at(offset)
        start = sent.start if sent is not None else 0
        start = max(start, offset - 30 * count)
        words = [
            m.group().replace("\u2019", "'")
            for m in WORD.finditer(self.lower, start, offset)
        ]
        return words[-count:]


def _check_tiling(zones: tuple[Zone, ...], size: int) -> None:
    pos = 0
    for z in zones:
        if z.start != pos or z.end < z.start:
            msg = f"zones must tile the text in order; {z} does not start at {pos}"
            raise ValueError(msg)
        pos = z.end
    if pos != size:
        msg = f"zones must tile the text; they end at {pos}, the text at {size}"
        raise ValueError(msg)
