"""
The learned second stage (CSx90, CS419, CS429): one rule per phrase family
that reports a sentence the family's learned model scores past its
threshold, when no phrase rule of that family already reports it.

Why: the phrase and construction rules find what they were written from;
on replies written by people who never saw them they miss about half of
the problems (issue 14). The model (``cs_lint._context.learned``) reads a
sentence by its words, word pairs, rough stems, lexicon classes and clause
signals, so it also scores phrasings nobody wrote a rule for. It is a
*second* stage: each rule defers to its family's phrase rules
(``defers_to``), so a sentence is never reported twice for one family, and
its span is the whole sentence that scored (the model cannot say which
words decided), its suggestion display-only.

The thresholds were chosen on real brand replies (TWCS), not on labelled
data: each family's learned rule may add at most ~0.5 percentage points to
that family's TWCS fire rate. A rule is on by default only when its
held-out precision (trained without the set it was measured on) is at
least 0.85 over at least 3 hits and its cost fits the speed budget; all
are preview for now (docs/learned.md). See docs/learned.md for the training
data, the held-out figures and how to retrain.

This module holds rules of several families on purpose: the rules are thin
readers of one shared model, and the family modules stay independent of
each other and of it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from importlib import resources

import attrs

from cs_lint._authoring.rule import Match, Rule, rule
from cs_lint._base.finding import Family, Suggestion
from cs_lint._context.learned import FAMILIES, scores
from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern


#: Leading @handles and trailing TWCS-style signatures ("^AB", "-Jo") are
#: not part of what scored.
_LEAD = compile_pattern(r"(?:[@][\w.]+[\s,:]*)+")
_TRAIL = compile_pattern(r"(?:\s+(?:\^|-\s?|~)[A-Z]{1,3}\w?)+\Z")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """
    The sentence's span without leading handles or a trailing signature.
    """
    lead = _LEAD.match(text, start, end)
    if lead is not None and lead.end() < end:
        start = lead.end()
    trail = _TRAIL.search(text, start, end)
    if trail is not None and trail.start() > start:
        end = trail.start()
    return start, end


@attrs.frozen
class _Spec:
    """
    What differs between the learned rules: the code, name and family, the
    message, why and suggestion, examples and measured confidence.
    """

    code: str
    name: str
    rubric: str
    family: Family
    message: str
    why: str
    suggestion: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    what: str
    #: Held-out hits, leave-one-set-out: (right, fired) on set E, then set F.
    held_out: tuple[tuple[int, int], tuple[int, int]]

    @property
    def confidence(self) -> float:
        """
        The add-one estimate of held-out precision, (right + 1) / (hits + 2).
        """
        right = sum(r for r, _ in self.held_out)
        hits = sum(h for _, h in self.held_out)
        return round((right + 1) / (hits + 2), 2)

    @property
    def doc(self) -> str:
        (e_right, e_hits), (f_right, f_hits) = self.held_out
        right, hits = e_right + f_right, e_hits + f_hits
        precision = f"{right / hits:.2f}" if hits else "not measured"
        if hits >= _DEFAULT_HITS and right / hits >= _DEFAULT_PRECISION:
            status = _PRECISE_BUT_PREVIEW
        else:
            status = _NOT_PRECISE
        measured = (
            f"{_HELD_OUT}: set E {e_right} of {e_hits} replies it fired on right, "
            f"set F {f_right} of {f_hits}; precision {precision} over {hits} hits. "
            f"Confidence {self.confidence:g} is the add-one estimate (right + 1) / "
            f"(hits + 2). The shipped model is trained on all of them. {status}"
        )
        return f"## What it does\n{self.what}\n\n## Confidence\n{measured}\n{_TRAINED}"


#: The bar a learned rule must pass held out to be on by default.
_DEFAULT_PRECISION = 0.85
_DEFAULT_HITS = 3
_HELD_OUT = (
    "Held out (round 5, leave-one-set-out: the model measured was trained on "
    "every other labelled set, including the new training sets t1-t3, and not "
    "on the set it was scored on)"
)
_NOT_PRECISE = "Preview: held-out precision below 0.85 or fewer than 3 hits."
_PRECISE_BUT_PREVIEW = (
    "Precise enough to be on by default (held-out precision at least 0.85 over "
    "at least 3 hits) but preview for now: the stage costs about 26% of the "
    "per-reply time, over the 50 microsecond budget (docs/learned.md)."
)


def _build(spec: _Spec) -> Rule:
    index = FAMILIES.index(spec.rubric)
    advice = (Suggestion(spec.suggestion),)

    def check(doc: Document) -> Iterator[Match]:
        text = doc.text
        for s in doc.memo(scores):
            margin = s.margins[index]
            if margin <= 0:
                continue
            start, end = _trimmed(text, s.start, s.end)
            yield Match(start, end, suggestions=advice)

    check.__doc__ = spec.doc
    check.__name__ = check.__qualname__ = spec.name.replace("-", "_")
    check.__module__ = __name__
    prefix = spec.code[:4] if spec.code.startswith("CS4") else spec.code[:3]
    return rule(
        code=spec.code,
        name=spec.name,
        family=spec.family,
        message=spec.message,
        why=spec.why,
        bad=spec.bad,
        good=spec.good,
        fix=None,
        preview=True,
        confidence=spec.confidence,
        defers_to=(prefix,),
    )(check)


_TRAINED = """
## How it was trained
A logistic regression over the sentence's words, word pairs, rough stems,
shared lexicon classes and clause signals (who is the subject, negation,
question), trained on sentences of about 2,000 labelled replies written
outside the team (dev sets dev1, E and F, training sets t1-t3,
challenge-v1) and on the family's test cases; see docs/learned.md. Its threshold lets it add at most ~0.5 percentage
points to the family's fire rate on real brand replies (TWCS).

## Known limitations
It reports the whole sentence that scored: the model cannot say which
words decided. It reads words, not meaning: a sentence that shares the
vocabulary of a violation without being one can score, and a violation in
rare words does not.
"""


def _specs() -> tuple[_Spec, ...]:
    """
    The rules' declarations, read from learned.toml beside this module.
    """
    data = tomllib.loads(
        resources.files(__package__).joinpath("learned.toml").read_text("utf-8")
    )
    return tuple(
        _Spec(
            code=r["code"],
            name=r["name"],
            rubric=r["rubric"],
            family=Family[r["family"]],
            message=r["message"],
            why=r["why"],
            suggestion=r["suggestion"],
            bad=tuple(r["bad"]),
            good=tuple(r["good"]),
            what=r["what"],
            held_out=(
                (r["held-out"][0][0], r["held-out"][0][1]),
                (r["held-out"][1][0], r["held-out"][1][1]),
            ),
        )
        for r in data["rule"]
    )


RULES = tuple(_build(spec) for spec in _specs())

__all__ = ["RULES"]
