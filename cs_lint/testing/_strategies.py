"""
Hypothesis strategies for customer-service replies, clean and violating,
customer messages, emails and hostile text.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from cs_lint._base.finding import Family, Finding
from cs_lint._engine.linter import Linter
from cs_lint._text.document import Document
from cs_lint.testing import _data
from cs_lint.testing._catalogue import (
    Example,
    catalogue,
    fill,
    literal,
    slots,
    stable_linter,
)


SHAPES = ("email", "chat", "social")

#: A linter, or a function that returns one (`project_linter`), called when
#: the strategy first draws.
LinterArg = Linter | Callable[[], Linter] | None
S = TypeVar("S", bound=Callable[..., Any])


def _lazy_linter(strategy: S) -> S:
    """
    Let *strategy* take ``linter=`` as a function: the strategy is then
    built on first draw (`hypothesis.strategies.deferred`), after pytest
    has read the project's configuration, not at import time.
    """

    @functools.wraps(strategy)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        linter = kwargs.get("linter")
        if linter is not None and not isinstance(linter, Linter):
            if not callable(linter):
                msg = (
                    "linter must be a cs_lint.Linter or a function returning one, "
                    f"not {type(linter).__name__}"
                )
                raise TypeError(msg)
            return st.deferred(
                lambda: strategy(*args, **{**kwargs, "linter": _called(linter)})
            )
        return strategy(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _given(linter: LinterArg) -> Linter | None:
    # `_lazy_linter` has called a linter function before the body runs.
    if linter is None or isinstance(linter, Linter):
        return linter
    return _called(linter)


def _called(make: Callable[[], Linter]) -> Linter:
    linter = make()
    if not isinstance(linter, Linter):
        msg = f"the linter function returned {type(linter).__name__}, not a cs_lint.Linter"
        raise TypeError(msg)
    return linter


@attrs.frozen
class Injection:
    """
    A violation put into a generated reply: rule *code* fires at
    ``text[start:end]`` (== *excerpt*).
    """

    code: str
    start: int
    end: int
    excerpt: str


@attrs.frozen
class GeneratedReply:
    """
    A generated reply with the violations injected into it.

    Lint *text* with *customer* as the customer message (None when no
    injected rule needs one) and each injection is a finding of its
    rule at exactly its span.
    """

    text: str
    injections: tuple[Injection, ...]
    customer: str | None = None
    shape: str = "email"

    @property
    def codes(self) -> frozenset[str]:
        """
        The codes of the injected violations.
        """
        return frozenset(i.code for i in self.injections)


# --- building blocks ------------------------------------------------------------


def _fill(draw: st.DrawFn, template: str) -> str:
    values: dict[str, str] = {}
    for name in slots(template):
        if name in values:
            continue
        values[name] = draw(_SLOTS[name])
    return fill(template, values)


_SLOTS: dict[str, st.SearchStrategy[str]] = {
    "name": st.sampled_from(_data.NAMES),
    "agent": st.sampled_from(_data.AGENTS),
    "team": st.sampled_from(_data.TEAMS),
    "day": st.sampled_from(_data.DAYS),
    "item": st.sampled_from(_data.ITEMS),
    "number": st.integers(1000, 99_999_999).map(str),
    "amount": st.builds(
        lambda a, b: f"{a}.{b:02d}", st.integers(1, 999), st.integers(0, 99)
    ),
    "email": st.sampled_from(_data.EMAILS),
    "handle": st.sampled_from(("sam_k", "priya", "AlexR", "mariaG_88")),
    "initial": st.sampled_from(("JL", "RK", "NA", "TS")),
    "surname": st.sampled_from(_data.SURNAMES),
    "digits": st.integers(100, 999).map(str),
}


def _shape(shape: str | None) -> st.SearchStrategy[str]:
    if shape is None:
        return st.sampled_from(SHAPES)
    if shape not in SHAPES:
        msg = f"unknown shape {shape!r}; use one of {', '.join(SHAPES)}"
        raise ValueError(msg)
    return st.just(shape)


def _separator(draw: st.DrawFn, shape: str) -> str:
    if shape == "email":
        return draw(st.sampled_from((" ", " ", "\n", "\n\n")))
    return " "


def _assemble(
    draw: st.DrawFn, shape: str, parts: Sequence[str]
) -> tuple[str, list[int]]:
    """
    Join greeting, *parts* and sign-off in *shape*; return the text and
    where each part starts.
    """
    greeting = _fill(draw, draw(st.sampled_from(_data.GREETINGS[shape])))
    sign_off = _fill(draw, draw(st.sampled_from(_data.SIGN_OFFS[shape])))
    text = ""
    if greeting:
        text = greeting + ("\n\n" if shape == "email" else " ")
    starts = []
    for i, part in enumerate(parts):
        if i:
            text += _separator(draw, shape)
        starts.append(len(text))
        text += part
    if sign_off:
        text += ("\n\n" if shape == "email" else " ") + sign_off
    return text, starts


# --- public strategies ----------------------------------------------------------


def customer_messages(upset: bool | None = None) -> st.SearchStrategy[str]:
    """
    Messages a customer sends: calm questions, or (*upset*) complaints
    with frustration cues: asking again, waiting, capitals, ``!!!``, a
    threat to cancel. None draws either.
    """
    pools = {
        None: (*_data.CUSTOMER_NEUTRAL, *_data.CUSTOMER_UPSET),
        True: _data.CUSTOMER_UPSET,
        False: _data.CUSTOMER_NEUTRAL,
    }
    if upset not in pools:
        msg = f"upset must be True, False or None, not {upset!r}"
        raise TypeError(msg)

    @st.composite
    def message(draw: st.DrawFn) -> str:
        count = draw(st.integers(1, 2))
        chosen = draw(
            st.lists(st.sampled_from(pools[upset]), min_size=count, max_size=count)
        )
        return " ".join(_fill(draw, t) for t in chosen)

    return message()


@_lazy_linter
def clean_replies(
    shape: str | None = None, *, linter: LinterArg = None
) -> st.SearchStrategy[str]:
    """
    Replies no rule flags: a greeting, one to five sentences the linter
    has verified (facts, actions taken, concrete next steps) and a
    sign-off, in *shape* (``email``, ``chat`` or ``social``; any when
    None). Each drawn reply is linted and kept only when clean.

    Args:
        linter: The rules that must stay silent; by default every rule,
            preview ones included, so the reply is clean under any
            selection.
    """
    shapes = _shape(shape)
    cat = catalogue(_given(linter))
    # Sentences only: a rule's multi-line good example (a quoted customer
    # message under the reply) is a whole reply, and the customer it quotes
    # changes how the text around it reads once it is placed in a body.
    clean = [t for t in cat.clean if _sentence_like(t)] or list(cat.clean)

    @st.composite
    def reply(draw: st.DrawFn) -> str:
        which = draw(shapes)
        sentences = draw(st.lists(st.sampled_from(clean), min_size=1, max_size=5))
        text, _ = _assemble(draw, which, [_fill(draw, s) for s in sentences])
        assume(not cat.linter.lint(text, customer=""))
        return text

    return reply()


@_lazy_linter
def violating_replies(
    code: str | None = None,
    family: str | Family | None = None,
    *,
    shape: str | None = None,
    max_violations: int = 3,
    whole: bool = True,
    linter: LinterArg = None,
) -> st.SearchStrategy[GeneratedReply]:
    """
    Replies with one to *max_violations* violations injected, and where.

    Violations come from the rules' own data: their ``bad`` examples and
    phrase-pack phrases, with straight or curly apostrophes, each used
    only if it makes its rule fire at the same span alone and inside a
    reply. The injections of a drawn reply are verified by linting it.

    Args:
        code: Only violations of this rule (code or name).
        family: Only violations of this family (``hedging``, ...).
        shape: ``email``, ``chat`` or ``social``; any when None.
        whole: Also draw violations that hold only for a reply as a whole
            (a missing next step or acknowledgement, found by what the
            reply lacks). Pass False when the text is placed inside a
            larger reply, which may supply what was missing.
        linter: The rules to draw from (a `cs_lint.Linter`, or a function
            returning one such as `cs_lint.testing.project_linter`, called
            on first draw); by default the stable rules `cs_lint.lint`
            runs, so every injection is a finding of the default linter.

    Raises:
        ValueError: no rule matches *code* / *family*, or none of its
            examples makes it fire.
    """
    if max_violations < 1:
        msg = f"max_violations must be at least 1, not {max_violations}"
        raise ValueError(msg)
    shapes = _shape(shape)
    # By default the rules `cs_lint.lint` runs: every drawn violation is
    # then a finding of the default linter (preview rules are not drawn).
    cat = catalogue(stable_linter() if linter is None else _given(linter))
    pool = cat.select(code, family)
    inline = [e for e in pool if e.inline]
    if not whole:
        if not inline:
            msg = "no violation of the selected rules holds inside a larger reply"
            raise ValueError(msg)
        pool = inline
    inert = _data.INERT_SENTENCES

    @st.composite
    def reply(draw: st.DrawFn) -> GeneratedReply:
        which = draw(shapes)
        if not inline or (len(inline) < len(pool) and draw(st.integers(0, 9)) == 0):
            example = draw(st.sampled_from([e for e in pool if not e.inline]))
            return _verified(
                cat.linter, example.text, [(example, 0)], example.customer, which
            )
        count = draw(st.integers(1, max_violations))
        chosen: list[Example] = draw(
            st.lists(st.sampled_from(inline), min_size=count, max_size=count)
        )
        parts: list[str] = []
        injected: list[int] = []
        for i, example in enumerate(chosen):
            # Neutral facts between violations keep them from reading
            # as one another's context.
            fillers = draw(st.integers(0 if i == 0 else 1, 2))
            parts.extend(
                _fill(draw, draw(st.sampled_from(inert))) for _ in range(fillers)
            )
            injected.append(len(parts))
            parts.append(example.text)
        parts.extend(
            _fill(draw, draw(st.sampled_from(inert)))
            for _ in range(draw(st.integers(0, 2)))
        )
        text, starts = _assemble(draw, which, parts)
        customer = next((e.customer for e in chosen if e.customer is not None), None)
        return _verified(
            cat.linter,
            text,
            [(e, starts[j]) for e, j in zip(chosen, injected, strict=True)],
            customer,
            which,
        )

    return reply()


def _verified(
    linter: Linter,
    text: str,
    placed: Sequence[tuple[Example, int]],
    customer: str | None,
    shape: str,
) -> GeneratedReply:
    injections = tuple(
        Injection(e.code, at + s, at + end, text[at + s : at + end])
        for e, at in placed
        for s, end in e.spans
    )
    found = {(f.code, f.start, f.end) for f in linter.lint(text, customer=customer)}
    # Rare: two injected sentences read as one another's context.
    assume(all((i.code, i.start, i.end) in found for i in injections))
    return GeneratedReply(text, injections, customer, shape)


def _sentence_like(text: str) -> bool:
    # Multi-line examples (a quoted customer message, a sign-off) are whole
    # replies, not sentences to mix into a body.
    return "\n" not in text


@_lazy_linter
def replies(
    shape: str | None = None, *, linter: LinterArg = None
) -> st.SearchStrategy[str]:
    """
    Realistic replies in *shape* (``email``, ``chat``, ``social``; any when
    None): a greeting, one to six body sentences and a sign-off. Most
    sentences are clean; some are the rules' bad examples, so a reply may
    or may not draw findings (use `clean_replies` or `violating_replies`
    when a test needs to know).
    """
    shapes = _shape(shape)
    cat = catalogue(_given(linter))
    # Examples that carry their own quoted customer message (for rules that
    # need one) are whole replies, not sentences to mix into a body.
    bad = sorted({literal(e.text) for e in cat.examples if _sentence_like(e.text)})
    clean = [t for t in cat.clean if _sentence_like(t)] or list(cat.clean)
    sentence = st.one_of(
        st.sampled_from(clean),
        st.sampled_from(_data.INERT_SENTENCES),
        st.sampled_from(bad or cat.clean),
    )

    @st.composite
    def reply(draw: st.DrawFn) -> str:
        which = draw(shapes)
        parts = draw(st.lists(sentence, min_size=1, max_size=6))
        text, _ = _assemble(draw, which, [_fill(draw, p) for p in parts])
        return text

    return reply()


def signatures() -> st.SearchStrategy[str]:
    """
    Signature blocks: ``-- `` delimited, name-and-title, with a legal
    disclaimer, or "Sent from my iPhone".
    """

    @st.composite
    def signature(draw: st.DrawFn) -> str:
        return _fill(draw, draw(st.sampled_from(_data.SIGNATURES)))

    return signature()


def quoted_threads(
    customer: st.SearchStrategy[str] | None = None, *, outlook: bool | None = None
) -> st.SearchStrategy[str]:
    """
    A quoted earlier message: an attribution line over the customer's
    message with ``>`` markers, sometimes over an older quoted message
    (``> >``); or (*outlook*) an ``-----Original Message-----`` header
    over the unmarked message, which only ever ends a mail. None draws
    either. *customer* draws the quoted message.
    """
    messages = customer_messages() if customer is None else customer
    styles = st.booleans() if outlook is None else st.just(outlook)

    @st.composite
    def thread(draw: st.DrawFn) -> str:
        body = draw(messages)
        if draw(styles):
            return _fill(draw, _data.OUTLOOK_HEADER) + "\n\n" + body
        attribution = _fill(draw, draw(st.sampled_from(_data.ATTRIBUTIONS)))
        lines = [
            attribution,
            *(f"> {line}" if line else ">" for line in body.split("\n")),
        ]
        if draw(st.booleans()):
            older = _fill(draw, draw(st.sampled_from(_data.CLEAN_SENTENCES)))
            lines += [">", f"> {_fill(draw, _data.ATTRIBUTIONS[0])}", f"> > {older}"]
        return "\n".join(lines)

    return thread()


@_lazy_linter
def emails(
    quoted: bool = True, signature: bool = True, *, linter: LinterArg = None
) -> st.SearchStrategy[str]:
    """
    Email replies: a reply (see `replies`), then a signature when
    *signature*, and when *quoted* the thread it answers, quoted below
    it (top-posting) or above it (bottom-posting, ``>`` quotes only).
    """
    body = replies("email", linter=linter)

    @st.composite
    def email(draw: st.DrawFn) -> str:
        text = draw(body)
        if signature:
            text += "\n\n" + draw(signatures())
        if quoted:
            if draw(st.booleans()):
                text += "\n\n" + draw(quoted_threads())
            else:
                text = draw(quoted_threads(outlook=False)) + "\n\n" + text
        return text

    return email()


def hostile_text(max_run: int = 1_000_000) -> st.SearchStrategy[str]:
    """
    Text that breaks naive text handling: zero-width joiners, RTL marks,
    combining marks, emoji sequences, lone surrogates, control
    characters, any Unicode, mixed with rule examples, and now and then
    one run of a single unit (punctuation, ``> ``, "you ", ...) up to
    *max_run* code points long. A text with a run is never longer than
    *max_run* in all, so the default ``max-chars`` limit (1,000,000) takes
    every text the default draws.
    """
    cat = catalogue(None)
    fragments = sorted({e.text for e in cat.examples} | {fill(t) for t in cat.clean})
    piece = st.one_of(
        st.sampled_from(_data.ODD_CHARACTERS),
        st.text(max_size=12),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=8),
        st.sampled_from(fragments),
        st.builds(
            lambda u, n: u * n, st.sampled_from(_data.RUN_UNITS), st.integers(1, 40)
        ),
    )

    @st.composite
    def text(draw: st.DrawFn) -> str:
        pieces = draw(st.lists(piece, max_size=12))
        if max_run > 0 and draw(st.integers(0, 15)) == 15:
            unit = draw(st.sampled_from(_data.RUN_UNITS))
            size = draw(st.sampled_from(sorted({min(1_000, max_run), max_run})))
            # The whole text stays within max_run, so a default linter
            # (max-chars 1,000,000) takes it.
            size = min(size, max(0, max_run - sum(len(p) for p in pieces)))
            run = (unit * (size // len(unit) + 1))[:size]
            pieces.insert(draw(st.integers(0, len(pieces))), run)
        return "".join(pieces)

    return text()


@_lazy_linter
def findings(linter: LinterArg = None) -> st.SearchStrategy[Finding]:
    """
    Real findings: one finding of a linted violating reply (for testing
    code that renders, stores or sends findings).
    """
    cat = catalogue(_given(linter))

    @st.composite
    def finding(draw: st.DrawFn) -> Finding:
        reply = draw(violating_replies(linter=cat.linter))
        found = cat.linter.lint(reply.text, customer=reply.customer)
        return draw(st.sampled_from(found))

    return finding()


def documents() -> st.SearchStrategy[Document]:
    """
    Parsed replies (`cs_lint.Document`) of every shape.
    """
    return st.one_of(replies(), emails()).map(Document)
