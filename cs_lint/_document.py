"""
The parsed reply every rule reads: sentences, quotes, clauses, negation.

A `Document` is built once per lint; the parts that cost time are computed
on first use and kept, so a rule that never asks for them never pays.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import cached_property

import attrs
import regex

from cs_lint._text import WORD, LineIndex, Utf16Index


# --- sentences -------------------------------------------------------------

_ABBR = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|approx|incl|no|No"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|a\.m|p\.m"
    r"|U\.S|sec|Ref|dept|min|hrs|approx|ext)"
)
# A sentence ends after terminal punctuation (not after a list number, an
# abbreviation or an initial), an emoji, or an emoticon, when what follows
# looks like the start of a sentence or the end of the line.
_TERM = regex.compile(
    r"(?:(?<!^\s*\d+)(?<!\b" + _ABBR + r")(?<![.\s][A-Za-z])[.!?\u2026]+"
    r"[\"'\u201d\u2019)\]]*"
    r"|\p{Extended_Pictographic}\uFE0F?"
    r"|(?<=\s)[:;]-?[)(DPp])"
    r"(?=\s+(?:[\p{Lu}\p{N}\"'\u201c(>\-*\u2022@#]|\p{Extended_Pictographic})"
    r"|\s*$)",
    regex.V1,
)
_TERM_NOSPACE = regex.compile(r"(?<=[a-z])[!?](?=\p{Lu}\p{Ll})")
_LIST_OR_QUOTE = regex.compile(r"\s*(?:[-*\u2022>]|\d+[.)])\s")
_LINE_END_PUNCT = frozenset(".!?:,\u2026;")

# --- quotes ----------------------------------------------------------------

_QUOTED = regex.compile(
    r'"[^"\n]{1,800}"'
    r"|\u201c[^\u201d\n]{1,800}\u201d"
    r"|(?<![\w])\u2018[^\u2019\n]{1,800}\u2019(?![\w])"
    r"|(?<![\w'])'[^'\n]{1,800}'(?![\w])"
)
_QUOTE_LINE = regex.compile(r"(?m)^[ \t]*>.*$")

# --- clauses ---------------------------------------------------------------

_CLAUSE_BREAK = regex.compile(
    r"[,;:()\u2014\u2013]|\s-\s"
    r"|(?<![\w'])(?:but|however|although|though|because|whereas|while"
    r"|and|or|so|if|unless|when|whenever|once|until|in case|as soon as"
    r"|otherwise)(?![\w'])",
    regex.IGNORECASE,
)
_CONDITIONAL = frozenset(
    {"if", "unless", "when", "whenever", "once", "until", "in case", "as soon as"}
)
_FILLERS = frozenset(
    {
        "and",
        "but",
        "so",
        "also",
        "then",
        "well",
        "unfortunately",
        "however",
        "please",
        "just",
        "now",
        "ok",
        "okay",
        "oh",
        "yes",
        "no",
        "hi",
        "hey",
        "hello",
        "sure",
        "alright",
        "actually",
        "honestly",
        "again",
        "still",
        "really",
        "certainly",
        "of",
        "course",
        "meanwhile",
        "sadly",
        "thankfully",
        "luckily",
        "right",
        "kindly",
        "first",
        "next",
        "finally",
        "obviously",
        "clearly",
        "evidently",
        "naturally",
        "surely",
        "basically",
        "frankly",
        "personally",
        "definitely",
        "absolutely",
        "rest",
        "assured",
    }
)
_AGENT_WORDS = frozenset(
    {
        "i",
        "we",
        "i'm",
        "we're",
        "i've",
        "we've",
        "i'll",
        "we'll",
        "i'd",
        "we'd",
        "my",
        "our",
        "us",
        "let's",
        "im",
        "ive",
        "ill",
    }
)
_CUSTOMER_WORDS = frozenset(
    {"you", "you're", "you've", "you'll", "you'd", "your", "yours", "u", "ur"}
)
#: Verbs a support reply tells the customer to do, in the base form.
_IMPERATIVES = frozenset(
    {
        "try",
        "click",
        "tap",
        "restart",
        "reboot",
        "check",
        "go",
        "open",
        "select",
        "send",
        "reply",
        "dm",
        "update",
        "reinstall",
        "install",
        "clear",
        "make",
        "follow",
        "visit",
        "call",
        "contact",
        "log",
        "sign",
        "enter",
        "use",
        "keep",
        "see",
        "read",
        "head",
        "give",
        "take",
        "remove",
        "delete",
        "reset",
        "turn",
        "switch",
        "unplug",
        "plug",
        "wait",
        "let",
        "drop",
        "shoot",
        "message",
        "email",
        "pop",
        "reach",
        "feel",
        "confirm",
        "share",
        "provide",
        "attach",
        "double-check",
        "scroll",
        "choose",
        "hold",
        "press",
        "download",
        "refresh",
        "look",
        "find",
        "ask",
        "note",
        "be",
        "do",
        "don't",
        "ensure",
        "verify",
    }
)
_NEGATORS = frozenset(
    {
        "not",
        "never",
        "no",
        "cannot",
        "can't",
        "won't",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "couldn't",
        "wouldn't",
        "shouldn't",
        "haven't",
        "hasn't",
        "hadn't",
        "unable",
        "without",
        "nor",
        "neither",
        "hardly",
        "nothing",
        "none",
        "nobody",
        "mustn't",
        "needn't",
        "ain't",
        "cant",
        "wont",
        "dont",
        "didnt",
        "isnt",
    }
)


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
    starts = []
    pos = 0
    for line in text.split("\n"):
        starts.append((pos, pos + len(line)))
        pos += len(line) + 1
    cur: tuple[int, int] | None = None
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
            and text[cur[0] : cur[1]].rstrip()[-1:] not in _LINE_END_PUNCT
        ):
            cur = (cur[0], end)
        else:
            if cur is not None:
                yield cur
            cur = (start, end)
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


class Document:
    """
    A reply parsed for linting.

    Args:
        text: The reply text; all offsets are code points into it.
        customer: The customer message the reply answers, if known.
    """

    def __init__(self, text: str, *, customer: str | None = None) -> None:
        self.text = text
        self.customer = customer
        self.lower = text.lower()

    # -- indexes ------------------------------------------------------------

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
        Spans of quoted text: quotation marks and ``>`` quoted lines.
        """
        spans = [(m.start(), m.end()) for m in _QUOTE_LINE.finditer(self.text)]
        spans += [(m.start(), m.end()) for m in _QUOTED.finditer(self.text)]
        spans.sort()
        return spans

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [s for s, _ in self.quotes]

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """
        Return whether the span starting at *start* lies inside a quotation.
        """
        if not self.quotes:
            return False
        end = start if end is None else end
        i = bisect.bisect_right(self._quote_starts, start) - 1
        # Quotes can nest (a quoted line holding quotation marks): look back
        # over the few spans that start before *start*.
        for j in range(i, max(i - 4, -1), -1):
            qs, qe = self.quotes[j]
            if qs <= start and end <= qe:
                return True
        return False

    # -- clauses and negation -----------------------------------------------------

    def clause_at(self, offset: int) -> Clause:
        """
        Return the clause around *offset* and who it is about.
        """
        sent = self.sentence_at(offset)
        if sent is None:
            s_start, s_end = offset, offset
        else:
            s_start, s_end = sent.start, sent.end
        start = s_start
        conditional = False
        for m in _CLAUSE_BREAK.finditer(self.text, s_start, offset):
            start = m.end()
            conditional = m.group().lower() in _CONDITIONAL
        nxt = _CLAUSE_BREAK.search(self.text, offset, s_end)
        end = nxt.start() if nxt else s_end
        return Clause(start, max(end, offset), self._speaker(start, end), conditional)

    def _speaker(self, start: int, end: int) -> str:
        for m in WORD.finditer(self.lower, start, end):
            word = m.group().replace("\u2019", "'")
            if word in _FILLERS:
                continue
            if word in _AGENT_WORDS:
                return "agent"
            if word in _CUSTOMER_WORDS:
                return "customer"
            if word in _IMPERATIVES:
                return "imperative"
            return "other"
        return "other"

    def negated(self, offset: int, *, window: int = 4) -> bool:
        """
        Return whether a negation governs *offset*: a negator within
        *window* words before it in the same clause ("I can't promise").
        """
        clause = self.clause_at(offset)
        words = [
            m.group().replace("\u2019", "'")
            for m in WORD.finditer(self.lower, clause.start, offset)
        ]
        return any(w in _NEGATORS or w.endswith("n't") for w in words[-window:])

    def words_before(self, offset: int, count: int) -> list[str]:
        """
        Return up to *count* lowercased words before *offset* in its sentence.
        """
        sent = self.sentence_at(offset)
        start = sent.start if sent is not None else 0
        words = [
            m.group().replace("\u2019", "'")
            for m in WORD.finditer(self.lower, start, offset)
        ]
        return words[-count:]
