"""
Frames: a construction read as roles in one sentence, each role filled from
a broad semantic class, instead of one word sequence.

Round 5 wrote the accusatory and dismissive readers as regexes with a few
lexicon slots in a fixed order, from the words of the misses; on blind sets
nobody tuned on they found the same constructions only in the words they
were written from. A frame names what the construction *is* -- a lesson is
"a time-for-next-time marker + a precaution the customer should take", a
duty is "people in a role + a duty predicate + knowing or checking" -- and
matches any filler of each role's class (``{CLASS}`` in
``cs_lint/_text/lexicons.toml``, which also makes it contraction- and
inflection-aware), in the order English allows: *ordered* roles follow one
another within *reach* characters, unordered roles may stand anywhere in
the sentence. A *cancel* pattern in the sentence (the agent owning it, an
offer, a notice) keeps the frame silent; the readers that use frames add
the clause checks (question, condition, quoted customer words, negation).

Cost: a frame runs only over the sentences whose words hold a cue word of
each of its gated roles (`cs_lint._context.constructions`), found for all
frames of a reader in one pass; a reply with none of the cue words costs a
set intersection. The cue words are the lexicon classes' own (`cues`),
derived on first use, so ``import cs_lint`` pays nothing for them.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from cs_lint._context.constructions import Construction, Constructions, Need
from cs_lint._text.document import Document
from cs_lint._text.lexicons import REFERENCE, cues
from cs_lint._text.patterns import compile_pattern


if TYPE_CHECKING:
    import regex


@attrs.frozen(slots=False)
class Frame:
    """
    One frame: its *kind* (what the reader reports it as), its *roles*
    (pattern sources; role 0 is the anchor), the *gate* of each role that
    has one (``"{CLASS}"`` for a lexicon class's cue words, or
    space-separated words), whether the roles come in order and how far
    apart, and a *cancel* pattern.
    """

    name: str
    kind: str
    roles: tuple[str, ...]
    gate: tuple[str, ...]
    ordered: bool = True
    reach: int = 60
    cancel: str | None = None
    #: The kind whose clause checks the reader applies, when not *kind*
    #: (a rhetorical question reported as a lecture).
    reads_as: str | None = None
    #: Whether the cancel pattern is read in the whole sentence, not only
    #: in the anchor's clause (help after a dash: "- here's a copy").
    cancel_in_sentence: bool = False

    @functools.cached_property
    def patterns(self) -> tuple[regex.Pattern[str], ...]:
        return tuple(compile_pattern(r.removeprefix("^")) for r in self.roles)

    @functools.cached_property
    def adjacent(self) -> tuple[bool, ...]:
        """
        Per role: whether it must start where the role before it ended
        (a source written with a leading ``^``), not anywhere within reach.
        """
        return tuple(r.startswith("^") for r in self.roles)

    @functools.cached_property
    def cancel_pattern(self) -> regex.Pattern[str] | None:
        return compile_pattern(self.cancel) if self.cancel else None

    @functools.cached_property
    def construction(self) -> Construction:
        need: Need = tuple(gate_words(g) for g in self.gate)
        return Construction(self.roles[0], (need,))

    def trigger(self) -> str:
        """
        A trigger entry for a rule that reports the frame: one word of
        each of its two smallest gates in one sentence (``a|b+c|d``), so
        the rule wakes only where the frame could match, and two gates keep
        the entries few.
        """
        gates = sorted(self.gate, key=lambda g: len(gate_words(g)))[:2]
        return "+".join("|".join(sorted(gate_words(g))) for g in gates)

    def match(self, doc: Document, lo: int, hi: int) -> tuple[int, int, int] | None:
        """
        ``(anchor start, start, end)`` of the frame's first reading in the
        sentence ``[lo, hi)``, or None. Unordered roles and the cancel
        pattern are read in the anchor's clause (`clause_bounds`): "I'm
        sorry you feel that, but the terms make it clear" apologises in
        one clause and lectures in the other.
        """
        text = doc.text
        first, *rest = self.patterns
        adjacent = self.adjacent[1:]
        cancel = self.cancel_pattern
        for m in first.finditer(text, lo, hi):
            start, end = m.span()
            clo, chi = clause_bounds(text, lo, hi, start, end)
            xlo, xhi = (lo, hi) if self.cancel_in_sentence else (clo, chi)
            if self.ordered:
                pos = end
                for p, next_to in zip(rest, adjacent, strict=True):
                    limit = min(hi, pos + self.reach)
                    n = (
                        p.match(text, pos, limit)
                        if next_to
                        else p.search(text, pos, limit)
                    )
                    if n is None:
                        break
                    pos = n.end()
                else:
                    found = (start, start, pos)
                    xhi = max(xhi, pos)
                    if cancel is None or cancel.search(text, xlo, xhi) is None:
                        return found
            else:
                spans = [(start, end)]
                for p in rest:
                    n = p.search(text, clo, chi)
                    if n is None:
                        break
                    spans.append(n.span())
                else:
                    if cancel is None or cancel.search(text, xlo, xhi) is None:
                        return (
                            start,
                            min(s for s, _ in spans),
                            max(e for _, e in spans),
                        )
        return None


#: Where one clause of a sentence ends and another begins: a semicolon,
#: colon or dash, or a conjunction that turns the sentence ("…, but",
#: "however", "so", "although").
_CLAUSE_BREAK = compile_pattern(
    r"[;:\u2014\u2013]|\s-\s|,?\s+(?:but|however|although|though|whereas|yet)\b|,\s+(?:so|and)\b"
)


def clause_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """
    The span of the clause of sentence ``[lo, hi)`` that holds the match
    ``[start, end)``.
    """
    clo = lo
    for b in _CLAUSE_BREAK.finditer(text, lo, start):
        clo = b.end()
    after = _CLAUSE_BREAK.search(text, end, hi)
    return clo, (after.start() if after is not None else hi)


@functools.cache
def gate_words(gate: str) -> frozenset[str]:
    """
    The cue words of a gate: a lexicon class's (``"{CLASS}"``, several
    joined by ``|``) or the words listed.
    """
    names = REFERENCE.findall(gate)
    if names:
        words = frozenset().union(*(cues(n) for n in names))
        if not words:
            msg = f"gate {gate!r} has no cue words (a class with phrases of no words cannot gate)"
            raise ValueError(msg)
        return words
    # Interned, as `all_of`'s words are (issue 15, round 13).
    return frozenset(map(sys.intern, gate.lower().split()))


@attrs.frozen(slots=False)
class Frames:
    """
    A reader's frames, gated together.
    """

    items: tuple[Frame, ...]

    @functools.cached_property
    def _gated(self) -> Constructions:
        return Constructions(tuple(f.construction for f in self.items))

    def read(self, doc: Document) -> Iterator[tuple[Frame, int, int, int]]:
        """
        ``(frame, anchor, start, end)`` for each frame's first reading in
        each sentence its cue words meet.
        """
        for i, lo, hi in self._gated.sentences(doc):
            frame = self.items[i]
            found = frame.match(doc, lo, hi)
            if found is not None:
                yield (frame, *found)

    def triggers(self, *kinds: str) -> str:
        """
        Trigger entries (space-separated) for a rule reporting *kinds*.
        """
        return " ".join(f.trigger() for f in self.items if f.kind in kinds)
