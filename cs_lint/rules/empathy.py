"""
Empathy (CS4xx), three rubric families in one module: missing empathy
(CS40x: an upset customer and no acknowledgement), non-apologies (CS41x:
an apology for the customer's feeling, a conditional apology, an apology
taken back by a justification) and dismissive language (CS42x: telling
the customer how to feel, shrinking the problem, calling it normal,
belittling the task, consoling it away).

Grounded in seed 004 ("Once the customer has explained the problem,
acknowledge their frustration"), seed 002 ("Apologize and be honest": tell
the customer you understand their frustration) and seed 000 ("being
negative or dismissive ... you're only going to make the situation
worse").

The rules are written against constructions, documented in
docs/families/{missing-empathy,non-apology,dismissive}.md; the slots are
filled from the shared lexicon classes (``cs_lint/_text/lexicons.toml``:
sections apology, minimising, customer). The apology and acknowledgement
readings are in `cs_lint._context.apology`, the customer reading in
`cs_lint._context.customer`.

CS401 needs the customer message: whether a reply must acknowledge
anything depends on how the customer feels. Without a customer message it
is skipped, never guessed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

from cs_lint._authoring.rule import (
    Match,
    Scan,
    all_of,
    expand_needs,
    rule,
    scan,
    trigger_words,
)
from cs_lint._base.finding import Applicability, Edit, Family, Suggestion
from cs_lint._context.apology import (
    AckKind,
    Apology,
    ApologyKind,
    acknowledgements,
    apologies,
)
from cs_lint._context.caveat import (
    QUESTION_PART,
    asked_only,
    caveat_with_option,
    reports_something,
)
from cs_lint._context.customer import CueKind, CustomerState, customer_state
from cs_lint._context.dismissal import FRAMES as DISMISSAL
from cs_lint._context.dismissal import TROUBLED_ONLY
from cs_lint._context.reply import is_question, sentence_window, thread_part
from cs_lint._text.anchors import anchored, anchored_phrases, starts_of
from cs_lint._text.document import Document
from cs_lint._text.lexicons import (
    COMMON_WORDS,
    LEXICON_FILES,
    REFERENCE,
    Anchors,
    cues,
    lexicons,
    phrase_cues,
    phrase_variants,
)
from cs_lint._text.lexicons import anchors as class_anchors
from cs_lint._text.patterns import compile_pattern
from cs_lint._text.tables import Table
from cs_lint._text.zones import BODY, GREETING


def _lazy(source: str) -> regex.Pattern[str]:
    """
    Compile a pattern source on first use (`compile_pattern` with
    ``lazy=True``): a reply that never needs a pattern never pays for it,
    nor does `import cs_lint`.
    """
    return compile_pattern(source, lazy=True)


_FAMILY = Family.EMPATHY
#: Words an apology head always holds (APOLOGY_HEAD's cue words).
_APOLOGY_TRIGGERS = expand_needs(("{APOLOGY_HEAD}",))


# -- CS401 ----------------------------------------------------------------------

_HANDLES = regex.compile(r"(?:[@#][\w.]+[\s,:]*|\s+)*")

#: The opening line suggested for what upset the customer, most specific first.
_OPENINGS: tuple[tuple[str, str], ...] = (
    ("bereavement", "I'm so sorry for your loss. "),
    ("distress", "I'm so sorry; I can hear how worrying this is. "),
    ("vulnerability", "I'm so sorry; this is the last thing you need right now. "),
    ("impact", "I'm really sorry, and sorry for the disruption this has caused you. "),
    ("repeat", "I'm sorry you've had to chase us about this. "),
    ("threat", "I'm sorry we've let you down. "),
    ("loss", "I'm sorry about this; it's not what should have happened. "),
)
_DEFAULT_OPENING = "I'm sorry for the trouble; I can see how frustrating this is. "
_BEREAVED = _lazy(r"{BEREAVEMENT}|\b(?:died|passed)\b")

#: Customer cues after which thanks for the report is not enough.
_SEVERE = frozenset(
    {
        CueKind.DISTRESS,
        CueKind.VULNERABILITY,
        CueKind.IMPACT,
        CueKind.THREAT,
        CueKind.SARCASM,
    }
)


def _insertion_point(doc: Document) -> int | None:
    """
    Return where an opening line belongs: the start of the body, after a
    greeting and any leading @handles; None when the reply has no body.
    """
    start = None
    for z in doc.zones:
        if z.kind == BODY:
            if doc.text[z.start : z.end].strip():
                start = z.start
                break
            # A body of only a line break (before a quoted line) is not
            # where the body starts: an opening there sits in the quote,
            # and the finding with it.
            if start is None:
                start = z.start
        elif z.kind == GREETING and start is None:
            start = z.end
    if start is None:
        return None
    m = _HANDLES.match(doc.text, start, min(len(doc.text), start + 400))
    pos = m.end() if m else start
    if pos >= len(doc.text.rstrip()):
        return None
    return pos


def _acknowledged(doc: Document, state: CustomerState) -> bool:
    """
    Whether the reply (or the agent's earlier replies in the thread)
    acknowledges the customer; thanks for the report counts only for a
    mild complaint.
    """
    severe = any(c.kind in _SEVERE for c in state.cues)
    # Thanks for their patience recognises a wait, not a customer who has
    # had to chase: to them it reads as the macro they already got.
    chased = severe or any(c.kind is CueKind.REPEAT for c in state.cues)
    docs = [doc]
    conversation = doc.conversation
    if conversation is not None:
        docs += [Document(earlier) for earlier in conversation.history]
    for d in docs:
        for ack in acknowledgements(d):
            if ack.kind is AckKind.PATIENCE:
                if not chased:
                    return True
            elif not ack.weak or not severe:
                return True
    # A non-apology is an attempt: "sorry you feel that way", "sorry if
    # the wait felt long", "I'm sorry to hear that, however we ..." speak
    # to the customer's upset, badly. The non-apology rules (CS411-CS413)
    # report how; a reviewer flags the reply as a non-apology, not as
    # missing acknowledgement, and two findings for one sentence would
    # say the same thing twice. A notice ("we regret to inform you") and
    # a bare "Sorry, but that's our policy" acknowledge nothing.
    return any(_attempted(doc, a) for a in apologies(doc))


def _shrug(doc: Document) -> str | None:
    """
    The words of the first dismissive reading of the reply (CS421, CS423,
    CS424), or None: the reply's act when it answers a problem by
    shrinking or normalising it, or by telling the customer how to feel.
    """
    text = doc.text
    for r in (dismissive_language, minimising_the_problem, normalising_the_problem):
        for m in r.check(doc):
            return text[m.start : m.end]
    return None


def _attempted(doc: Document, a: Apology) -> bool:
    """
    Whether a non-sincere apology still answers the customer's upset: one
    for a feeling, a view or an expectation, a conditional one, or one
    that names what it is for before it argues.
    """
    if a.kind in (ApologyKind.PERCEPTION, ApologyKind.CONDITIONAL):
        return True
    if a.reason == "redirect":
        # "Sorry, but it's the bank, not us": reviewers file the blame
        # redirect as a non-apology (CS413), not as missing acknowledgement.
        return True
    return (
        a.kind is ApologyKind.RETRACTED
        and _NAMED.match(doc.text, a.head_end, a.end) is not None
    )


#: What an apology names after its head: "sorry to hear that", "sorry for
#: the wait", "sorry about this", "sorry that the courier let you down"; or
#: an apology that ends its sentence ("We apologise. However, ...").
_NAMED = _lazy(
    r"\s+(?:to\s+(?:hear|read|learn|see)|for|about|that|you|u|your|the|this|it|we|our)\b|\s*[.!]"
)


def _opening(state: CustomerState) -> str:
    found = set()
    for c in state.cues:
        if c.kind is CueKind.VULNERABILITY and _BEREAVED.search(c.excerpt):
            found.add("bereavement")
        elif c.kind is not CueKind.SHOUTING:
            found.add(c.kind.value)
    return next((line for key, line in _OPENINGS if key in found), _DEFAULT_OPENING)


@rule(
    code="CS401",
    name="missing-acknowledgement",
    family=_FAMILY,
    needs=("customer",),
    message="The customer is upset and the reply doesn't acknowledge it",
    why=(
        "An upset customer who gets straight to procedure feels unheard; "
        "acknowledge the frustration or the impact first (seed 004: "
        '"acknowledge their frustration"; seed 002, "Apologize and be '
        'honest"; seed 001: "acknowledge their feelings").'
    ),
    fix="Open by acknowledging the problem and its impact",
    bad=(
        "> This is the third time I've written about my refund!!\n\n"
        "Hi Sam,\n\nPlease send us your order number.\n\nBest,\nAnna",
        "> My parcel never arrived and nobody answers the phone. Useless.\n\n"
        "Please DM us your tracking number.",
        "> I want to cancel my account, your service is a joke.\n\n"
        "You can cancel from the Account page.",
        "> My dad passed away last month and I need to close his account.\n\n"
        "Please send us a copy of the death certificate.",
        "> Your outage cost us a full day of sales.\n\n"
        "We regret to inform you that the incident report is on our status page.",
    ),
    good=(
        "> This is the third time I've written about my refund!!\n\n"
        "Hi Sam,\n\nI'm sorry you've had to chase this. Please send us your "
        "order number.",
        "> Is the store open on Sunday?\n\nYes, from 10 to 4.",
        "> My parcel never arrived and nobody answers the phone.\n\n"
        "That's really frustrating. Please DM us your tracking number.",
        "> Thanks so much, it works now!\n\nNo problem at all!",
        "> The app keeps crashing when I open Payments.\n\n"
        "Please update to version 7.3, which fixes the crash.",
        "> £300 for one month? This is daylight robbery.\n\n"
        "I'd feel the same seeing that bill. £210 of it is a catch-up from "
        "estimated readings.",
    ),
    # Measured precision on blind sets at their one scoring (before their
    # false alarms were read): K+L 0.88 (round 9), M 0.83 (round 9), N 0.77
    # (round 10; `benchmarks/calibrate.py` called 0.90 over-confident); each
    # rose to 0.87-0.96 once its false alarms were fixed, so the next unseen
    # set is expected near 0.80. Labelled TWCS pairs: P 0.89 without the
    # labeller's unsure calls (0.82 with them).
    confidence=0.8,
)
def missing_acknowledgement(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    When the customer message reads as upset (see `cs_lint.read_customer`:
    a complaint, distress, sarcasm, repeated contact or a long wait, a loss
    that cost them something, a vulnerable person or a bereavement, a
    threat to leave, profanity, heated shouting) and the reply has no
    acknowledgement anywhere, reports an empty span at the start of the
    body (after the greeting) with a suggested opening line to insert,
    chosen for what upset the customer.

    A plain first problem report ("the app keeps crashing", "I was charged
    twice"), a flat report with a date or a "still" ("It's been 10 days
    and my parcel still hasn't arrived") or a question ("Is it broken?")
    is not upset and needs no acknowledgement; nor are tickets bought ("Why
    was I charged for 3 tickets?"), a refund asked for a booking still to
    come, or a softened gripe in a review that praises ("Lovely exhibits but
    the cafe was a bit annoying").

    Round 7: the reply's act counts too. A customer who reports a problem
    (and asks nothing but a rhetorical "why"), answered with a shrug -- a
    dismissive reading of CS421, CS423 or CS424 ("relax, it's only a
    validation error", "kids knock their heads all the time") -- needed
    acknowledging however calmly they wrote. A customer who asks ("should
    I be worried?", "can you swap it?") and gets a shrug is left to the
    dismissive rules.

    An acknowledgement is a sincere apology ("sorry for the delay"),
    understanding ("I'd feel the same", "I can see why"), validation
    ("you're right", "totally fair to ask"), owning the error ("that was
    our mistake"), the impact named ("two days without signal is a real
    pain", "that's a lot of back and forth"), the feeling recognised
    ("what has you feeling this way?", "I can hear that", "I'd have been
    livid too"), the situation judged ("That's a horrible spot to be in",
    "What a rotten start to the trip", "That must be a real blow"; not
    "What a horrible colour" nor "That's not a big deal"), a credit for a
    loss the reply states ("As the sauna was out of use for 9 days, we have
    credited £8": as weak as thanks), condolence or warm reassurance; thanks for the report is
    enough only for a mild complaint, thanks for the customer's patience
    only for one who has not had to chase. A non-apology is an attempt:
    "sorry you feel that way", "sorry if you were upset", "sorry to hear
    that, however ..." leave the reply to CS411-CS413, which say what is
    wrong with the apology. Pseudo-acknowledgements do not count: a bare
    "sorry, but that's our policy", a denial ("not our fault"), "I'm
    afraid" on a refusal, "we regret to inform you". Dismay on hearing
    counts ("We're disappointed to hear this", "That's troubling to
    hear"). Round 10 (blind set M): understanding with the "I" dropped
    ("Totally understand the panic") and the repeat restated and judged
    ("Three in a row is rubbish") count; a softened gripe the customer
    calls resolved and the customer's own slip ("I bought the wrong plan
    by mistake") are not upset. Round 10b (blind set N): validation addressed to
    the customer counts ("That's a horrible feeling", "you've every reason to be
    livid", "That's a genuine safety issue"; not negated, conditional,
    counterfactual or with an eye-roll), and one flat statement of one loss and
    its duration ("The rower has been broken for a fortnight.") or a service
    level ("cut to 2 visits a day") is not upset. One acknowledgement in the agent's earlier replies in
    the thread (`Conversation.history`) counts. One part of a reply split
    across messages ("1/2", "(2/3)") is not judged: the acknowledgement
    may be in the part the linter doesn't see. Round 12 (reply sets t4-t11):
    nerves about an activity to come ("so nervous about my first lesson",
    "my dog will be scared at the groomer's"), eagerness ("desperate to see
    them"), tickets being booked, an exam "passed", "Will this happen
    again?" and alarm or self-reproach at the customer's own slip ("I
    ordered two by mistake") are not upset; the thing received judged ("a
    frightening bill to open"), the situation's length judged ("three weeks
    without hot water is really hard"), "I hate that ...", "gutted for you"
    and "Completely get why you're furious" acknowledge.

    ## Known limitations
    Sarcasm without a marker ("how much does that help me now?") and
    complaints without a complaint word ("leaving it in my building is not
    delivering it") are read as plain. Acknowledgement is recognised by its
    constructions, so a sincere line in words none of them hold is missed
    and the rule fires (round 11b, blind set O, added the service judged
    against what the customer was owed, "that's not the ride you should
    have had"; the feeling universalised, "that would worry anyone"; the
    owed passive, "you shouldn't have been left waiting"). A
    plain problem report with no feeling in it ("You charged our card for
    50 seats") is not read as upset, though some reviewers expect an
    acknowledgement there too. The shrug reading follows the two-reader
    sets (E, F, G, H label a shrug at a complaint as missing
    acknowledgement); the single-writer sets label it dismissive only, so
    there it costs precision (dev1 0.91 -> 0.84, t3 0.75 -> 0.74).

    ## Confidence
    0.9: its precision on the round-7 blind set I (54/60 agreed hits, add-one
    0.89; `benchmarks/calibrate.py` called 0.95 over-confident there). Over
    the pooled agreed dev labels (sets E, F, H with --reader2, and the G
    hold-out's aggregate) it measures 266/284 (E 83/84, F 67/73, H 62/71,
    G 54/56), but E, F and H are in-sample for the round-7 readings.
    """
    state = customer_state(doc)
    if state is None:
        return
    shrug = None
    if not state.upset:
        # Round 7 (set H): a customer who reports a problem, answered with
        # a shrug (CS421-CS424: "relax, it's only a validation error",
        # "kids knock their heads all the time"), needed acknowledging
        # however calmly they wrote: the reply's act decides.
        if not _complains(doc.customer) or thread_part(doc):
            return
        if state.cues and all(c.kind is CueKind.DISTRESS for c in state.cues):
            # Round 12 (UP-55): nerves about an activity to come, read as
            # not upset, are not a problem report: "That's completely
            # normal" to a nervous learner is comfort, and a shrug at a
            # worry is the dismissive rules' to report.
            return
        shrug = _shrug(doc)
        if shrug is None or _acknowledged(doc, state):
            return
    elif thread_part(doc) or _acknowledged(doc, state):
        return
    pos = _insertion_point(doc)
    if pos is None:
        return
    opening = _opening(state)
    nxt = doc.text[pos : pos + 1]
    edit = Edit(pos, pos, opening)
    if nxt.islower() and not doc.text[pos : pos + 2].startswith("i'"):
        # After "Hello Sam, we are on it" the body starts a new sentence now.
        edit = Edit(pos, pos + 1, opening + nxt.upper())
    shown = [c.excerpt for c in state.cues if c.kind is not CueKind.SHOUTING][:3]
    shown = shown or [c.excerpt for c in state.cues][:2]
    cues = ", ".join(repr(s) for s in shown)
    message = (
        f"The customer is upset ({cues}) and the reply doesn't acknowledge it"
        if shrug is None
        else f"The customer reports a problem and the reply shrugs it off ({shrug!r}) "
        "without acknowledging it"
    )
    yield Match(
        pos,
        pos,
        message=message,
        suggestions=(
            Suggestion(
                f"Acknowledge it first: “{opening.strip()}”",
                (edit,),
                Applicability.UNSAFE,
            ),
        ),
    )


# -- CS411, CS412, CS413: non-apologies ----------------------------------------------


def _of_kind(doc: Document, kind: ApologyKind) -> Iterator[Apology]:
    for a in apologies(doc):
        if a.kind is kind:
            yield a


_PERCEPTION_MESSAGES = {
    "feeling": "Apologises for the customer's feelings, not for what happened: {0!r}",
    "perception": "Apologises for how the customer sees it, not for what happened: {0!r}",
    "expectation": "Apologises for the customer's expectations, not for what happened: {0!r}",
    "blame": "Apologises for what the customer did, not for what happened: {0!r}",
}


@rule(
    code="CS411",
    name="non-apology",
    family=_FAMILY,
    message="Apologises for the customer's feelings, not for what happened: {excerpt!r}",
    why=(
        '"Sorry you feel that way" puts the problem in the customer\'s '
        "reaction and reads as blame; apologise for the mistake instead "
        '(seed 002, "Apologize and be honest": "Apologize for the mistake, '
        "even if it wasn't your personal error\")."
    ),
    fix="Apologise for what happened, not for how the customer feels",
    bad=(
        "I'm sorry you feel that way, but the charge is correct.",
        "We're sorry that you see it that way.",
        "I'm sorry you aren't happy with the information we provided.",
        "Sorry that you missed the email we sent on Monday.",
        "I regret that you came away from the desk feeling pressured.",
        "We're sorry to hear you're disappointed with our returns policy.",
        "We're sorry your stay didn't meet your expectations.",
    ),
    good=(
        "I'm sorry the charge confused you; here's what it covers.",
        "I'm sorry you've had to wait so long for this.",
        "Sorry, I didn't mean it that way.",
        "I'm sorry you were charged twice.",
        "I'm so sorry you missed your flight because of the delay.",
        "I'm sorry you were given the wrong information - that's on us.",
    ),
    confidence=0.95,
    triggers=_APOLOGY_TRIGGERS | frozenset({"unfortunate", "shame", "pity"}),
)
def non_apology(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags apologies whose object is the customer's reaction rather than
    what happened: the customer's feeling or view ("sorry you feel that
    way", "sorry you see it that way", "I regret that you came away
    feeling pressured", "sorry you were unhappy with the service", "sorry
    to hear you're disappointed with our policy"), unmet expectations
    ("sorry your stay didn't meet your expectations") and the customer's
    own doing ("sorry that you missed the email").

    "I'm sorry you were charged twice", "sorry you had to chase us" and
    "sorry you missed your flight" (or a part of it, "the end of the
    match", round 11b) apologise for an event and are never flagged; neither is an apology for a feeling that goes on to own it
    ("sorry you're frustrated - that's on us"), nor an apology for bad
    news followed by a concrete offer ("sorry, I know this isn't what you
    hoped to hear ... what I can do is reduce it today"; round 9b: without
    the offer it still fires).

    ## Known limitations
    "We apologise for your frustration" (an apology for a feeling noun)
    is left alone: reviewers split on it. A perception apology in words
    the construction does not hold ("sorry it came to that") is missed.

    ## Confidence
    0.95: its precision over the pooled agreed dev labels (round 7: sets E,
    F, H with --reader2, and the G hold-out's aggregate via --rules),
    add-one smoothed, (right+1)/(hits+2), rounded to 0.05; right/hits 38/40
    (E 11/11, F 12/12, H 10/11, G 5/6). E, F and H are in-sample for the
    round-7 readings.
    """
    for a in _of_kind(doc, ApologyKind.PERCEPTION):
        if a.reason == "expectation" and _bad_news_with_offer(doc, a.start, a.end):
            continue  # "sorry, I know this isn't what you hoped to hear ... what I can do is"
        excerpt = doc.text[a.start : a.end]
        yield Match(
            a.start,
            a.end,
            message=_PERCEPTION_MESSAGES[a.reason].format(excerpt),
            suggestions=(
                Suggestion(
                    "Name what went wrong and own it: “I'm sorry the charge "
                    "wasn't explained; here's what happened.”"
                ),
            ),
        )
    yield from _reaction_apologies(doc)
    yield from _regret_for_customer(doc)


#: Round 9b (set L's false alarms): an apology for BAD NEWS ("sorry, I know
#: this isn't what you hoped to hear", "sorry, it's not the answer you
#: wanted") followed in the reply by a concrete offer ("what I can do is
#: reduce it to 10% today"): breaking unwelcome news and then doing what
#: can be done, not blaming the customer's hopes. "Sorry this isn't what
#: you hoped to hear, but the policy is clear" (a justification, no offer)
#: and "sorry the room wasn't what you hoped" (a service, not news) still
#: fire.
_NEWS_AFTER = _lazy(
    r"\s+(?:to\s+(?:hear|read|be\s+told|get\s+back|receive)|for\s+(?:an?\s+|the\s+)?(?:answer|news|outcome|reply))\b"
)
_NEWS_IN = _lazy(r"\b(?:answer|news|outcome|reply|response|decision)\b")
_CONCRETE_OFFER = _lazy(
    r"""
    \b(?:what\s+(?:I|we)\s+can\s+do\s+(?:is|instead\s+is|though\s+is)|(?:but|however|instead)\s*,?\s*(?:I|we)\s+can
      |(?:I|we)\s+can\s+(?:offer|reduce|lower|waive|refund|extend|give|move|book|switch|send|arrange|release
        |raise|credit|cut|drop|split|spread|upgrade|swap|hold|pause)
      |(?:I|we)(?:'ve|\s+have)\s+(?:already\s+|now\s+|just\s+)?(?:reduced|lowered|waived|refunded|extended|credited
        |arranged|booked|moved|released|added|applied|upgraded|split|spread|paused)
      # round 12 (reply sets t4-t11): a route the customer can take, with its
      # means given ("but you can appeal, and I've attached the form")
      |you\s+(?:can|could|may)\s+(?:still\s+|also\s+)?(?:appeal|reapply|re-apply|apply|claim|request
        |resubmit|re-submit|challenge|ask\s+for\s+a\s+review)
      |(?:I|we)(?:'ve|\s+have)\s+(?:already\s+|now\s+|just\s+|also\s+)?(?:attached|enclosed|sent|asked))\b
    """
)


def _bad_news_with_offer(doc: Document, start: int, end: int) -> bool:
    """
    Whether the expectation apology *start*..*end* is about news ("what
    you hoped to hear") and the reply then offers something concrete.
    """
    text = doc.text
    news = _NEWS_AFTER.match(text, end, min(len(text), end + 40)) is not None or (
        _NEWS_IN.search(text, start, end) is not None
    )
    return (
        news
        and _CONCRETE_OFFER.search(text, end, min(len(text), end + 400)) is not None
    )


#: A regret stated as an evaluation ("it's unfortunate / a shame / a pity
#: that") whose object is the customer's own doing or view: "It's
#: unfortunate that you weren't aware of the fee", "it's a shame you chose
#: to see it that way". Round 7 (set F): the apology reading needs an
#: apology word; this is the same construction with an evaluative head.
_REGRET_EVAL = scan(
    r"""
    \b(?:it's|it\s+is|it\s+was|that's|that\s+is)\s+(?:(?:very|really|most|so|rather|quite|such)\s+)?
      (?:unfortunate|a\s+(?:real\s+|great\s+)?(?:shame|pity))\s+(?:that\s+)?(?:you|u)(?:'ve|\s+have|'re|\s+are)?\s+
      (?:weren't\s+aware|were\s+not\s+aware|were\s+unaware|missed|overlooked|misunderstood|misread|misinterpreted
      |didn't\s+(?:see|read|notice|realise|realize|check|spot|know)|did\s+not\s+(?:see|read|notice|realise|realize|check
        |know)|failed\s+to|forgot\s+to|(?:have\s+|'ve\s+)?(?:chosen|chose|decided)\s+to|feel|felt|see\s+it|saw\s+it
      |view\s+it|took\s+it|perceive[ds]?|believe|think|thought)\b
    """,
    needs=all_of("unfortunate shame pity", "you u you've you're"),
)


def _regret_for_customer(doc: Document) -> Iterator[Match]:
    for m in _REGRET_EVAL.finditer(doc):
        start, end = m.span()
        if doc.in_quote(start, end) or not doc.in_agent_zone(start):
            continue
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Say what went wrong and what you will do about it: “I'm "
                    "sorry the fee wasn't made clear when you joined; here's "
                    "what I can do.”"
                ),
            ),
        )


#: Apologies for someone's reaction in words the apology reading does not
#: hold: a third person's feeling ("I'm sorry Jamie was upset by the
#: detention", "sorry your son was upset by it"), the customer's confusion
#: ("I apologise that you were confused by the bill layout"), and the
#: complaint's existence ("we're sorry to see this review").
_REACTION_APOLOGY = scan(
    r"""
    \b(?:sorry|apologi[sz]e|regret)\s+(?:that\s+)?(?:(?:your|the)\s+[\w-]+|[A-Z][a-z]+|he|she|they
      |you)\s+(?:was|were|felt|got|is|are|has\s+been|have\s+been)\s+(?:so\s+|very\s+|a\s+(?:bit|little)\s+
      |really\s+)?(?P<feel>upset|unhappy|disappointed|annoyed|offended|confused|puzzled|frustrated)
      \s+(?:by|about|with|at)\b
    | \bsorry\s+to\s+(?:see|read|receive|get)\s+(?:this|your|such\s+a)\s+(?:negative\s+|poor\s+|low\s+
      |\d[\s-]star\s+|one[\s-]star\s+)?(?:review|rating|comment|post|tweet)\b
    """,
    needs="upset unhappy disappointed annoyed offended confused puzzled frustrated review "
    "rating comment post tweet",
)


def _reaction_apologies(doc: Document) -> Iterator[Match]:
    taken = [(a.start, a.end) for a in _of_kind(doc, ApologyKind.PERCEPTION)]
    for m in _REACTION_APOLOGY.finditer(doc):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken) or doc.in_quote(start, end):
            continue
        feel = (m.group("feel") or "").lower()
        # "sorry you were upset by" is the apology reading's (CS411): here
        # only someone else's feeling, or the customer's confusion.
        if (
            feel
            and feel not in ("confused", "puzzled")
            and "you" in doc.lower[start:end].split()[1:3]
        ):
            continue
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Name what happened and own it: “I'm sorry about the "
                    "detention; here's what I've looked into.”"
                ),
            ),
        )


_IF = _lazy(r"\s*(?:if|in\s+case|to\s+the\s+extent\s+that|should)\s+")
_APOLOGISE_HEAD = _lazy(r"(?:apologi[sz]e|regret)\w*$")
_ANY = _lazy(r"\bfor\s+any\s+")
_MAY_HAVE = _lazy(r"\s*\b(?:may|might|could)\s+(?:have\s+)?(?=caused|been|cause)")


#: "if you were upset", "if you felt let down": the condition is the
#: customer's own feeling.
_YOU_FELT = _lazy(
    r"(?:you|u)\s+(?:were|was|are|felt|feel|have\s+been|got)\s+"
    r"(?:(?:a\s+(?:bit|little)|at\s+all|so|very|really)\s+)?"
    r"(?P<feel>upset|offended|annoyed|frustrated|disappointed|hurt|unhappy"
    r"|inconvenienced|bothered|let\s+down|put\s+out)\b"
)
#: What follows the feeling: "by the driver", "about the delay".
_FELT_CAUSE = _lazy(
    r"\s+(?P<prep>by|about|with|over|at)\s+"
    r"(?P<what>[^.,;:!?\n]{1,60}?)(?=\s*(?:[.,;:!?\n]|$))"
)


def _owned(text: str, start: int, felt: regex.Match[str]) -> Edit:
    """
    The apology from *start* to the end of the feeling (and its cause)
    rewritten to own the cause: "we apologise if you were upset by the
    driver" -> "I'm sorry the driver upset you"; "sorry if you were upset
    about the delay" -> "I'm sorry about the delay"; "sorry if you felt
    let down" -> "I'm sorry we let you down".
    """
    feel = " ".join(felt.group("feel").lower().split())
    acted = (
        "let you down"
        if feel == "let down"
        else ("put you out" if feel == "put out" else f"{feel} you")
    )
    end = felt.end()
    cause = _FELT_CAUSE.match(text, end, min(len(text), end + 80))
    if cause is None:
        fixed = f"I'm sorry we {acted}"
    elif cause.group("prep").lower() == "by":
        fixed = f"I'm sorry {cause.group('what')} {acted}"
        end = cause.end()
    else:
        fixed = f"I'm sorry about {cause.group('what')}"
        end = cause.end()
    return Edit(start, end, fixed)


def _unconditional(doc: Document, a: Apology) -> tuple[Edit, ...]:
    """
    Edits that drop the condition: "Sorry if the logout caught you off
    guard" -> "Sorry the logout caught you off guard"; "sorry for any
    confusion this may have caused" -> "sorry for the confusion this
    caused". None for an expectation apology (still about perception).
    """
    text = doc.text
    if a.reason == "any":
        m = _ANY.search(text, a.head_end, a.end)
        may = _MAY_HAVE.search(text, a.head_end, a.end)
        if m is None or may is None:
            return ()
        cause = text[may.end() : may.end() + 5].lower()
        verb = "caused" if cause.startswith("cause") else ""
        edits = [Edit(m.start(), m.end(), "for the ")]
        end = may.end() + (len("cause") if cause == "cause" else 0)
        edits.append(
            Edit(may.start(), end, " " + verb if verb and cause == "cause" else "")
        )
        return tuple(edits)
    if a.reason != "if":
        return ()
    m = _IF.match(text, a.head_end, a.end)
    if m is None:
        return ()
    felt = _YOU_FELT.match(text, m.end(), min(len(text), m.end() + 60))
    if felt is not None:
        # Dropping the "if" would leave "sorry you were upset", an apology
        # for the customer's feelings (CS411): own the cause instead.
        return (_owned(text, a.start, felt),)
    joint = " that " if _APOLOGISE_HEAD.search(text, a.start, a.head_end) else " "
    return (Edit(m.start(), m.end(), joint),)


@rule(
    code="CS412",
    name="conditional-apology",
    family=_FAMILY,
    message="A conditional apology doubts the customer was affected: {excerpt!r}",
    why=(
        '"Sorry if you were upset" and "sorry for any inconvenience this may '
        'have caused" suggest the problem might not be real; a sincere '
        'apology owns it (seed 002, "Apologize and be honest"; seed 001, '
        '"acknowledge their feelings, and apologize if necessary").'
    ),
    fix="Apologise without the 'if' or 'may have'",
    bad=(
        "Sorry if you were upset by our email.",
        "We apologize if this caused any inconvenience.",
        "Sorry for any inconvenience this may have caused.",
        "We are sorry if your recent journey did not meet your expectations.",
        "Sorry if the logout caught you off guard, but sessions time out.",
        "Sorry if that's disappointing, but prices change all the time.",
        "If you felt let down by the service, I'm sorry.",
    ),
    good=(
        "Sorry for the inconvenience this caused.",
        "Sorry if you were charged twice - we'll refund the duplicate today.",
        "Sorry if I misread your last message, could you confirm the date?",
        "Let us know if you were charged twice and we'll refund it.",
        "I'm sorry you were upset by our email; it should never have been sent.",
        "I apologize if this was sent in error. Can you please DM us so we can check?",
        "Apologies if you've already tried this: restart the router.",
    ),
    confidence=0.95,
    triggers=_APOLOGY_TRIGGERS,
)
def conditional_apology(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags apologies made conditional on the harm being real: an apology
    head, then "if" (or "in case", "should") and a clause about the
    customer's feelings, perception or expectations, or about an event
    with any subject ("sorry if you were upset", "sorry if the logout
    caught you off guard", "we are sorry if your journey did not meet your
    expectations", "sorry if that's disappointing", "I apologise if you
    were given the wrong impression"); the same condition opening the
    sentence ("If you felt let down, I'm sorry", "Should there have been
    any confusion, we apologise"); and the hedged "sorry for any
    inconvenience this may have caused".

    Stays silent when the condition is the agent's own reading ("sorry if
    I misread your note", "apologies if you've already tried this"), an
    offer ("apologies, if you'd like more detail, DM us"), an event the
    agent goes on to check or put right ("I apologise if this was sent in
    error. Can you DM us?", "sorry if you were charged twice - we'll
    refund it"), or, before the head, what may still come ("if it's not
    fixed by Friday, I'm sorry"). The plain "sorry for any inconvenience"
    is not flagged.

    ## Known limitations
    "Sorry if we haven't called you back yet" (a condition on the agent's
    own side) is left alone. The suggested edit drops the "if"; for an
    apology about expectations it only advises, since the result would
    still apologise for the customer's expectations.

    ## Confidence
    0.95: its precision over the pooled agreed dev labels (round 7: sets E,
    F, H with --reader2, and the G hold-out's aggregate via --rules),
    add-one smoothed, (right+1)/(hits+2), rounded to 0.05; right/hits 27/27
    (E 6/6, F 5/5, H 7/7, G 9/9). E, F and H are in-sample for the round-7
    readings.
    """
    for a in _of_kind(doc, ApologyKind.CONDITIONAL):
        edits = _unconditional(doc, a)
        if edits:
            suggestion = Suggestion(
                "Own it: drop the condition", edits, Applicability.UNSAFE
            )
        elif a.reason == "lead":
            suggestion = Suggestion(
                "Own it: drop the condition and say what went wrong (“I'm "
                "sorry the update logged you out”)"
            )
        else:
            suggestion = Suggestion(
                "Own it: name what went wrong (“I'm sorry your meal wasn't "
                "loaded”) instead of the customer's expectations"
            )
        yield Match(a.start, a.end, suggestions=(suggestion,))


@rule(
    code="CS413",
    name="sorry-but",
    family=_FAMILY,
    message="The apology turns into a justification: {excerpt!r}",
    why=(
        '"Sorry, but" cancels the apology: the customer hears only what '
        'follows the "but" (seed 002: "don\'t make excuses - the customer '
        'doesn\'t care why something went wrong"; seed 001, "Being '
        'Defensive or Argumentative").'
    ),
    fix="End the apology, then say what you can do",
    bad=(
        "Sorry, but that's our policy.",
        "I'm sorry to hear that, however we would not offer a refund for this.",
        "We apologize, but you should have read the terms.",
        "I'm sorry, but we're short-staffed this week, so wait times are longer.",
        "We do apologise for this but there's nothing more we can do.",
    ),
    good=(
        "Sorry, but I can send a replacement today instead.",
        "I'm sorry about the delay. The policy doesn't allow refunds, but I can offer store credit.",
        "Sorry for the wait, but good news: it shipped today.",
        "Sorry for the delay - the parcel was held at our depot because of a mislabel.",
    ),
    confidence=0.95,
    triggers=_APOLOGY_TRIGGERS,
)
def sorry_but(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags an apology that a contrast ("but", "however", "though") turns
    into a justification in the same sentence: a rule or policy, an excuse
    ("we're short-staffed"), prior notice ("it was announced on our status
    page"), a normalisation ("prices change all the time"), a denial of
    fault, the customer's own doing ("you should have read the terms") or
    a flat refusal ("we would not offer a refund"); and an apology followed
    straight by an excuse with no contrast ("I'm sorry, we're short-staffed
    this week").

    A remedy right after the contrast keeps the apology whole: "sorry, but
    good news", "sorry, but I can send a replacement". An explanation of
    what went wrong ("sorry for the delay - it was held at our depot") is
    not a justification.

    ## Known limitations
    A justification in the next sentence ("I'm sorry. That's our policy.")
    is left to defensiveness (CS6xx). A later offer in the same sentence
    does not keep the apology whole: the "but" already took it back.

    ## Confidence
    0.95: its precision over the pooled agreed dev labels (round 7: sets E,
    F, H with --reader2, and the G hold-out's aggregate via --rules),
    add-one smoothed, (right+1)/(hits+2), rounded to 0.05; right/hits 17/17
    (E 7/7, F 3/3, H 6/6, G 1/1). E, F and H are in-sample for the round-7
    readings.
    """
    taken = []
    for a in _of_kind(doc, ApologyKind.RETRACTED):
        taken.append((a.start, a.end))
        yield Match(
            a.start,
            a.end,
            suggestions=(
                Suggestion(
                    "Keep the apology whole and follow it with what you can "
                    "do: “I'm sorry about this. Here's what I can do: ...”"
                ),
            ),
        )
    yield from _justified_apologies(doc, taken)


#: An apology head, for the justifications the apology reading does not
#: hold.
_APOLOGY_LEAD = (
    r"(?:(?:I'm|I\s+am|we're|we\s+are)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry|sorry"
    r"|(?:I|we)\s+(?:do\s+)?apologi[sz]e|(?:my\s+|our\s+)?apologies)"
)
#: An apology taken back in the same sentence by fairness ("apologies you
#: had to wait in, though to be fair the window is 8-6", "sorry for the
#: downtime - though in fairness it was AWS") or by pointing at someone
#: else's input ("sorry for the mix-up, but the prescription the surgery
#: sent said 20mg, so we dispensed what we were given").
_JUSTIFIED = scan(
    r"""
    \b"""
    + _APOLOGY_LEAD
    + r"""\b[^.!?\n]{0,80}?(?:,|\s[-\u2013\u2014]|;)?\s+(?:though|but|however|although)\s*,?\s+
      (?:(?:to\s+be\s+fair|in\s+(?:all\s+)?fairness|in\s+our\s+defen[cs]e)\b(?!\s+to\s+(?:you|u)\b)
      |(?:the|your)\s+[^.!?\n]{1,40}?\s(?:sent|said|stated|showed|gave\s+us|asked\s+for|told\s+us)\b
        [^.!?\n]{0,60}?\bso\s+(?:we|I)\b)
    """,
    needs=all_of(
        "sorry apologise apologize apologies", "fair fairness defence defense so"
    ),
)
#: A bare rule as the whole sentence after an apology: "Sorry. Policy.",
#: "I'm sorry. That's our policy.", "Apologies. Rules are rules."
_BARE_RULE = compile_pattern(
    r"""
    (?:(?:it's|that's|it\s+is|that\s+is)\s+)?(?:(?:our|company|the|store|hotel)\s+)?(?:policy|rules\s+are\s+rules
      |the\s+rules|procedure|terms\s+and\s+conditions)\s*[.!]*
    """
)
_SORRY_ALONE = compile_pattern(
    r"\s*" + _APOLOGY_LEAD + r"(?:\s+(?:about|for)\s+(?:that|this))?\s*[.!]+"
)


def _justified_apologies(
    doc: Document, taken: list[tuple[int, int]]
) -> Iterator[Match]:
    text = doc.text
    found = [m.span() for m in _JUSTIFIED.finditer(doc)]
    if "policy" in doc.words or "rules" in doc.words or "procedure" in doc.words:
        sents = doc.sentences
        for i in range(len(sents) - 1):
            a, b = sents[i], sents[i + 1]
            if _SORRY_ALONE.fullmatch(text, a.start, a.end) and _BARE_RULE.fullmatch(
                text, b.start, b.end
            ):
                found.append((a.start, b.end))
    for start, end in found:
        if any(s < end and start < e for s, e in taken) or doc.in_quote(start, end):
            continue
        if not doc.in_agent_zone(start):
            continue
        taken.append((start, end))
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Keep the apology whole and follow it with what you can "
                    "do: “I'm sorry about this. Here's what I can do: ...”"
                ),
            ),
        )


# -- CS421-CS425: dismissive language ---------------------------------------------


def _frame_triggers(*kinds: str) -> frozenset[str]:
    """
    The trigger words of the dismissive frames of *kinds*: a rule that
    reports them runs on every text they can match. Given to `rule` inside
    a function, made only when `Rule.triggers` is read.
    """
    return trigger_words(DISMISSAL.triggers(*kinds))


def _in_condition(doc: Document, start: int) -> bool:
    """
    Whether *start* sits in a sentence with "if / unless / whether" before
    it: "if you can't find the receipt, it's not a big deal".
    """
    if doc.sentence_at(start) is None:
        return False
    lo, _ = sentence_window(doc, start)
    return _IF_WORD.search(doc.text, lo, start) is not None


_IF_WORD = _lazy(r"\b(?:if|unless|whether|in\s+case)\b")

#: Words before an imperative-looking verb that make it something else:
#: "so you can calm down", "you'll get over it", "makes me forget about it",
#: "I don't get upset easily", "someone who cares".
_NOT_IMPERATIVE = frozenset(
    {
        # Round 12 (reply sets t4-t11): a thing, not the customer, as the
        # subject of the verb ("once things settle down after the festival",
        # "when the rush calms down").
        "things",
        "everything",
        "matters",
        "situation",
        "dust",
        "rush",
        "crowds",
        "queues",
        "demand",
        "traffic",
        "weather",
        "prices",
        "market",
        "markets",
        "to",
        "and",
        "can",
        "could",
        "will",
        "would",
        "you",
        "we",
        "i",
        "they",
        "he",
        "she",
        "it",
        "help",
        "let",
        "make",
        "makes",
        "helps",
        "once",
        "after",
        "until",
        "before",
        "when",
        "try",
        "trying",
        "tried",
        "me",
        "them",
        "us",
        "him",
        "her",
        "eventually",
        "finally",
        "never",
        "gotta",
        "must",
        "should",
        "might",
        "who",
        "that",
        "someone",
        "anyone",
        "people",
        "everyone",
        "somebody",
        "anybody",
    }
)
_IMPERATIVE_VERBS = _lazy(
    r"^(?:calm|relax|settle|simmer|cool|take|get|move|let|forget|lose|chill|stop|toughen|lighten|who|don't)\b"
)


def _imperative(doc: Document, start: int) -> bool:
    """
    Whether the verb at *start* reads as an order to the customer, not a
    verb in a clause about someone ("so you can calm down", "how I don't
    get upset").
    """
    before = doc.words_before(start, 1)
    if not before or before[-1] not in _NOT_IMPERATIVE:
        return True
    # A new clause after a comma or dash: "Nobody's fining anyone, don't
    # get worked up" (the word before belongs to the clause before).
    lead = doc.text[max(0, start - 3) : start].rstrip()
    return lead[-1:] in (",", ";", ":", "-", "\u2013", "\u2014")


def _rarest_first(word: str) -> tuple[bool, int, str]:
    return (word in COMMON_WORDS, -len(word), word)


class _Gate:
    """
    A scan's trigger words as an index, for the per-sentence test: a
    sentence meets it when it holds one of the single words, or all the
    words of an "a+b" entry (looked up by the entry's first word, so the
    test costs a set intersection, not a loop over every entry).
    """

    __slots__ = ("any", "by_first", "firsts")

    def __init__(self, needs: frozenset[str]) -> None:
        self.any = frozenset(w for w in needs if "+" not in w)
        by_first: dict[str, list[frozenset[str]]] = {}
        for entry in needs:
            if "+" in entry:
                words = frozenset(entry.split("+"))
                # Keyed by its least common word, so a common one ("need")
                # does not wake every entry that holds it (the first in
                # sorted order at a tie).
                key = min(words, key=_rarest_first)
                by_first.setdefault(key, []).append(words)
        self.by_first = by_first
        self.firsts = frozenset(by_first)

    def met_by(self, words: frozenset[str]) -> bool:
        if not self.any.isdisjoint(words):
            return True
        return any(
            need <= words for w in self.firsts & words for need in self.by_first[w]
        )

    def sentences(self, doc: Document) -> list[tuple[int, int]] | None:
        """
        The spans of the sentences that meet the gate, found through the
        document's word -> sentences index (so the cost follows the words
        the text shares with the gate, not the number of sentences); None
        when the text must be read whole.
        """
        index = _sentence_index(doc)
        if index is None:
            return None if self.met_by(doc.words) else []
        words = doc.words
        hits: set[int] = set()
        for w in self.any & words:
            hits.update(index[w])
        windows = index.windows
        for w in self.firsts & words:
            needs = self.by_first[w]
            hits.update(
                i for i in index[w] if any(need <= windows[i] for need in needs)
            )
        sents = doc.sentences
        return [(sents[i].start, sents[i].end) for i in sorted(hits)]


_GATES: dict[Scan, _Gate] = {}


class _SentenceIndex:
    """
    Which sentences hold a word, worked out for a word when first asked
    (most texts share no word with most gates, so building a full index
    would cost more than it saves).
    """

    __slots__ = ("cache", "windows")

    def __init__(self, windows: tuple[frozenset[str], ...]) -> None:
        self.windows = windows
        self.cache: dict[str, frozenset[int]] = {}

    def __getitem__(self, word: str) -> frozenset[int]:
        found = self.cache.get(word)
        if found is None:
            found = self.cache[word] = frozenset(
                i for i, w in enumerate(self.windows) if word in w
            )
        return found


def _index_sentences(doc: Document) -> _SentenceIndex | None:
    windows = doc.trigger_windows
    if not len(windows) == len(doc.sentences) > 1:
        return None
    return _SentenceIndex(windows)


def _sentence_index(doc: Document) -> _SentenceIndex | None:
    """
    Which sentences hold each word (None for a text read as one window).
    """
    return doc.memo(_index_sentences)


class _Hit:
    """
    One match of a construction: the pattern's match, and where the match
    really starts when the construction reads a left context before its
    keyword ("It's" before "only three hours").
    """

    __slots__ = ("_begin", "_m", "_text")

    def __init__(self, begin: int, m: regex.Match[str], text: str) -> None:
        self._begin = begin
        self._m = m
        self._text = text

    def start(self, group: int | str = 0) -> int:
        return self._begin if group == 0 else int(self._m.start(group))

    def end(self, group: int | str = 0) -> int:
        return int(self._m.end(group))

    def group(self, group: int | str = 0) -> str:
        if group == 0:
            return self._text[self._begin : self._m.end()]
        return str(self._m.group(group) or "")

    def groupdict(self) -> dict[str, str | None]:
        return dict(self._m.groupdict())


#: Constructions that are one lexicon class, with its anchor words.
_PHRASE_ANCHORS: dict[Scan, Anchors] = {}
_WHOLE_CLASS = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}(?:\(\?!.*\))?", regex.S)

#: How far back a construction's left context may reach.
_LEFT_REACH = 160


def _scan(
    s: Scan,
    starts: frozenset[str],
    doc: Document,
    left: regex.Pattern[str] | None = None,
) -> Iterator[_Hit]:
    """
    A construction's matches, tried only at the tokens a match can start
    with (`cs_lint._text.anchors`), in the sentences that hold its words;
    with a *left* context (a reversed pattern), the keyword is the anchor
    and the match is kept only when the context ends right before it, its
    start moved back to the context's.
    """
    gate = _GATES.get(s)
    if gate is None:
        gate = _GATES[s] = _Gate(s.needs)
    text = doc.text
    phrase_anchors = _PHRASE_ANCHORS.get(s)
    if phrase_anchors is not None:
        spans = gate.sentences(doc)
        if spans == []:
            return
        for m in anchored_phrases(s.pattern, doc, phrase_anchors, spans=spans):
            yield _Hit(m.start(), m, text)
        return
    if left is not None:
        # A rare keyword anchors it: no sentence gating needed.
        if not gate.met_by(doc.words):
            return
        for m in anchored(s.pattern, doc, starts):
            pos = m.start()
            lm = left.match(text, max(0, pos - _LEFT_REACH), pos)
            if lm is not None:
                yield _Hit(lm.start(), m, text)
        return
    spans = gate.sentences(doc)
    if spans == []:
        return
    for m in anchored(s.pattern, doc, starts, spans=spans):
        yield _Hit(m.start(), m, text)


#: The copula openings of the minimising and scale-denial constructions.
_COPULA_STARTS = [
    "it",
    "it's",
    "that",
    "that's",
    "this",
    "they",
    "they're",
    "these",
    "those",
    "which",
    "it'll",
    "that'll",
    "they'll",
]
_PANIC_STARTS = starts_of(
    *["don't", "do", "no", "there's", "i", "i'd", "nothing", "not", "isn't"]
)


def _phrase_needs(name: str) -> str:
    """
    Trigger entries for lexicon class *name* that gate per phrase, finer
    than its cue words: a phrase of one word needs it; a longer one needs
    its two best words together in one sentence ("let+go" for "let it
    go", "just+how" for "that's just how it is"), uncommon words first,
    then longer ones, for each way of writing it. Every
    match of the class meets one of the entries, and a common word
    ("let", "today") does not wake the scan on its own.

    Kept in the derived tables (`_PHRASE_NEEDS`): deriving them walked
    every way of writing every phrase of six classes on every start-up.
    """
    return _PHRASE_NEEDS.get(name, lambda: _derive_phrase_needs(name), str, _just_str)


#: `_phrase_needs` of each class, derived from the lexicons and this module.
_PHRASE_NEEDS = Table("empathy-phrase-needs", (*LEXICON_FILES, Path(__file__)))


def _just_str(value: object) -> str:
    if type(value) is not str:
        raise TypeError(value)
    return value


def _derive_phrase_needs(name: str) -> str:
    entries = set()
    for phrase in lexicons()[name].phrases:
        if REFERENCE.search(phrase):
            entries |= set(cues(name))
            continue
        for seg in phrase_variants(phrase):
            for combo in itertools.islice(itertools.product(*seg), 256):
                form = " ".join(
                    t for t in " ".join(combo).lower().split() if "{n}" not in t
                )
                words = set(regex.findall(r"\w+(?:'\w+)*", form))
                best = sorted(words, key=lambda w: (w in COMMON_WORDS, -len(w), w))
                if len(best) >= 2:
                    entries.add("+".join(best[:2]))
                elif best:
                    entries.add(best[0])
                else:
                    entries |= set(phrase_cues(phrase))
    return " ".join(sorted(entries))


#: One construction: its pattern source, its trigger entries, the tokens
#: a match can start with, and (optionally) a left context, read backwards
#: from the start, that must end right before the match.
_Item = tuple[str, str, Iterable[str]] | tuple[str, str, Iterable[str], str]


class _Constructions:
    """
    The constructions one rule looks for, each a pattern with the words a
    match needs (its `Scan`) and the tokens a match can start with: each is
    tried only in the sentences that hold its words, only at those tokens
    (`cs_lint._text.anchors`), so a rule with many constructions pays for
    the few that can be there.
    """

    def __init__(self, *items: _Item) -> None:
        built: list[tuple[Scan, frozenset[str], regex.Pattern[str] | None]] = []
        for item in items:
            source, needs, starts = item[0], item[1], item[2]
            left = item[3] if len(item) == 4 else None
            s = scan(_lazy(source), needs=needs)
            built.append(
                (
                    s,
                    starts_of(*starts),
                    None if left is None else _lazy("(?r)" + left),
                )
            )
            # A lexicon class on its own is found from its rare anchor words.
            whole = _WHOLE_CLASS.fullmatch(source)
            found = None if whole is None else class_anchors(whole.group(1))
            if found is not None:
                _PHRASE_ANCHORS[s] = found
        self.items = tuple(built)
        # Which constructions a word can wake: one set intersection per
        # text finds the few worth a closer look.
        by_word: dict[str, set[int]] = {}
        for i, (s, _, _) in enumerate(self.items):
            gate = _GATES.setdefault(s, _Gate(s.needs))
            for w in gate.any | gate.firsts:
                by_word.setdefault(w, set()).add(i)
        self.by_word = by_word
        self.keywords = frozenset(by_word)

    @property
    def scans(self) -> tuple[Scan, ...]:
        return tuple(s for s, _, _ in self.items)

    def finditer(self, doc: Document) -> Iterator[_Hit]:
        """
        The matches of every construction, left to right, no two
        overlapping (at one position the longest wins).
        """
        for _, m in self.indexed(doc):
            yield m

    def indexed(self, doc: Document) -> Iterator[tuple[int, _Hit]]:
        """
        `finditer`, each match with the index of its construction.
        """
        hit = self.keywords & doc.words
        if not hit:
            return
        awake: set[int] = set()
        for w in hit:
            awake |= self.by_word[w]
        found: list[tuple[int, _Hit]] = []
        for i in sorted(awake):
            s, starts, left = self.items[i]
            found.extend((i, m) for m in _scan(s, starts, doc, left))
        found.sort(key=lambda im: (im[1].start(), -im[1].end()))
        last = -1
        for i, m in found:
            if m.start() >= last:
                yield i, m
                last = m.end()


def _dismissive_match(start: int, end: int, advice: str) -> Match:
    return Match(start, end, suggestions=(Suggestion(advice),))


_ACKNOWLEDGE = (
    "Acknowledge instead: “I understand this is frustrating, and I want to "
    "get it sorted for you.”"
)

#: Telling the customer how (not) to feel, and denying the problem's size.
_DISMISS = _Constructions(
    (
        r"{DISMISSAL_IMPERATIVE}",
        _phrase_needs("DISMISSAL_IMPERATIVE"),
        ("{DISMISSAL_IMPERATIVE}",),
    ),
    (r"what\s*\?", "so+what", ("what",), r"\bso\s+"),
    (r"cares\b", "who+cares", ("cares",), r"\bwho\s+"),
    (r"serious\s*\?", "why+serious", ("serious",), r"\bwhy\s+so\s+"),
    (
        r"{NO_NEED}\s+(?:(?:be|get)\s+)?(?:so\s+|all\s+|that\s+)?(?:{EMOTION})",
        "{NO_NEED}+{EMOTION}",
        ("{NO_NEED}",),
    ),
    (r"{NO_BIG_DEAL}", _phrase_needs("NO_BIG_DEAL"), ("{NO_BIG_DEAL}",)),
    (
        r"(?:big|huge|massive|major|great)\s+(?:of\s+an?\s+)?deal\b",
        "deal",
        ("big", "huge", "massive", "major", "great"),
        r"""
        \b(?:not|no|isn't|wasn't|hardly|never|aren't)\s+(?:(?:really|honestly|actually|exactly|that|such|too|all
          |so|much\s+of|a\s+very|particularly)\s+)*(?:an?\s+)?(?:(?:that|such|very|really)\s+)?
        """,
    ),
    (
        r"(?:(?:big|huge)\s+)?deal\s*\?",
        "deal",
        ("big", "huge", "deal"),
        r"\bis\s+(?:that|it|this)\s+(?:really\s+)?(?:such\s+|that\s+)?(?:an?\s+)?",
    ),
    (
        r"""
        (?:blow\s+(?:this|it|things)\s+(?:up|out\s+of\s+proportion)|get\s+carried\s+away|overreact|over-react
          |make\s+(?:a\s+|such\s+a\s+)?(?:big\s+)?(?:deal|drama|fuss|song\s+and\s+dance|scene))
        """,
        "blow carried overreact over-react deal drama fuss song scene",
        ("blow", "get", "overreact", "over", "make"),
        r"""
        \b(?:let's\s+not|let\s+us\s+not|don't|do\s+not|no\s+need\s+to|try\s+not\s+to|there's\s+no\s+need\s+to)\s+
        """,
    ),
    (
        r"""
        (?:upset|worked\s+up|wound\s+up|het\s+up|angry|mad|emotional|excited|agitated|dramatic|stressed|heated
          |cross|annoyed|frustrated|offended|defensive|hysterical|bent\s+out\s+of\s+shape|touchy|sensitive
          |precious)\b
        """,
        (
            "upset worked wound het angry mad emotional excited agitated dramatic stressed heated cross "
            "annoyed frustrated offended defensive hysterical bent touchy sensitive precious"
        ),
        [
            "upset",
            "worked",
            "wound",
            "het",
            "angry",
            "mad",
            "emotional",
            "excited",
            "agitated",
            "dramatic",
            "stressed",
            "heated",
            "cross",
            "annoyed",
            "frustrated",
            "offended",
            "defensive",
            "hysterical",
            "bent",
            "touchy",
            "sensitive",
            "precious",
        ],
        r"""
        \b(?:(?:don't|do\s+not)(?:\s+(?:really|even))?(?:\s+need\s+to)?|no\s+need\s+to|needn't|need\s+not
          |shouldn't|should\s+not|there's\s+no\s+(?:need|reason)\s+to)\s+(?:get|be)\s+(?:so\s+|all\s+|too\s+|that\s+)?
        """,
    ),
    (r"\blos(?:e|ing)\s+(?:any\s+)?sleep\s+over\b", "sleep", ("lose", "losing")),
    (
        r"""
        \bblow(?:ing|n)?\s+(?:this|it|things|everything)\s+(?:way\s+|completely\s+|a\s+bit\s+|totally\s+
          |a\s+little\s+)?(?:out\s+of\s+(?:all\s+)?proportion|up)\b
        | \bmountain\s+out\s+of\s+a\s+molehill|\bstorm\s+in\s+a\s+teacup|\btempest\s+in\s+a\s+teapot
        """,
        "blow blowing blown molehill teacup teapot",
        ("blow", "blowing", "blown", "mountain", "storm", "tempest"),
    ),
    (
        r"""
        \bnothing\s+to\s+(?:be|get)\s+(?:so\s+)?(?:upset|worried|angry|annoyed|stressed|worked\s+up|concerned
          |alarmed|excited|bothered|cross|mad)\s+(?:about|over)\b
        """,
        "upset worried angry annoyed stressed worked concerned alarmed excited bothered cross mad",
        ("nothing",),
    ),
    (
        r"\b(?:don't|do\s+not)\s+sweat\s+(?:the\s+small\s+stuff|it|this|that)\b",
        "sweat",
        ("don't", "do"),
    ),
    (
        r"matter(?=\s*(?:[.!,;]|$))",
        "matter",
        ("matter",),
        r"\b(?:it|that|which)\s+(?:really\s+)?(?:doesn't|does\s+not|won't|will\s+not)\s+(?:really\s+)?",
    ),
    (
        r"""
        (?:dramatic|overdramatic|melodramatic|emotional|oversensitive|over-sensitive|touchy|precious|unreasonable
          |paranoid|hysterical|over-?reacting|overreacting|fussy|pedantic|over-?thinking|overthinking
          |over-?complicating|overcomplicating|reading\s+(?:way\s+)?too\s+much\s+into)\b
        """,
        (
            "dramatic overdramatic melodramatic emotional oversensitive over-sensitive touchy precious "
            "unreasonable paranoid hysterical over-reacting overreacting fussy pedantic over-thinking "
            "overthinking over-complicating overcomplicating reading+much"
        ),
        [
            "dramatic",
            "overdramatic",
            "melodramatic",
            "emotional",
            "oversensitive",
            "over",
            "touchy",
            "precious",
            "unreasonable",
            "paranoid",
            "hysterical",
            "overreacting",
            "fussy",
            "pedantic",
            "overthinking",
            "overcomplicating",
            "reading",
        ],
        r"""
        \byou(?:'re|\s+are)\s+(?:being\s+)?(?:(?:a\s+(?:bit|little)|slightly|rather|quite|very|so|too|way\s+too|just
          |really|being)\s+)*
        """,
    ),
    (
        r"""
        \b(?:worrying|worry|worried|stressing|fussing|panicking|panic|upset|complaining|moaning|fuss)\s+
          (?:over|about)\s+nothing\b
        """,
        "worrying|worry|worried|stressing|fussing|panicking|panic|upset|complaining|moaning|fuss+nothing",
        (
            "worrying",
            "worry",
            "worried",
            "stressing",
            "fussing",
            "panicking",
            "panic",
            "upset",
            "complaining",
            "moaning",
            "fuss",
        ),
    ),
    (
        r"""
        worth\s+(?:getting\s+(?:so\s+)?(?:upset|worked\s+up|stressed|angry|annoyed|wound\s+up)|worrying|stressing
          |the\s+(?:fuss|stress|worry|hassle|drama)|making\s+a\s+(?:fuss|big\s+deal|drama)|a\s+(?:complaint|fuss))
        """,
        "worth",
        ("worth",),
        r"\bnot\s+(?:really\s+|even\s+)?",
    ),
    (r"(?:^|(?<=[.!?]\s)|(?<=\n))chill(?=\s*[,!.])", "chill", ("chill",)),
    (
        r"(?:serious|bad|big|important|urgent|terrible|awful|dramatic|major|tragic)\b",
        "that|so|too+serious|bad|big|important|urgent|terrible|awful|dramatic|major|tragic",
        (
            "serious",
            "bad",
            "big",
            "important",
            "urgent",
            "terrible",
            "awful",
            "dramatic",
            "major",
            "tragic",
        ),
        r"""
        \b(?:it|that|this|which)(?:'s|\s+is|\s+was|\s+isn't|\s+wasn't)\s+(?:(?:really|honestly|actually|just)\s+)?
          (?:not\s+)?(?:that|so|too|all\s+that)\s+
        """,
    ),
    (
        r"""
        (?:disaster|catastrophe|crisis|emergency|tragedy|big\s+deal|end\s+of\s+the\s+world|matter\s+of\s+life\s+and
          \s+death|life\s+or\s+death)(?=\s*(?:[.,!?;]|$))
        """,
        "disaster catastrophe crisis emergency tragedy deal world death",
        (
            "disaster",
            "catastrophe",
            "crisis",
            "emergency",
            "tragedy",
            "big",
            "end",
            "matter",
            "life",
        ),
        r"""
        \b(?:hardly|not\s+exactly|not\s+really|isn't\s+exactly|isn't\s+really|is\s+hardly|it's\s+hardly
          |that's\s+hardly)\s+(?:a|an|the)\s+
        """,
    ),
)
#: "no big deal to swap it" is the agent's effort; "not a big deal for us".
_EFFORT_AFTER = _lazy(r"\s+(?:to\s+\w+|for\s+(?:us|me)\b)")
#: "Don't panic" and "no need to panic" with a remedy or a safe fact after.
_PANIC = scan(
    _lazy(
        r"""
    \b(?:don't|do\s+not|no\s+need\s+to|there's\s+no\s+need\s+to)\s+panic\b
    | \b(?:no\s+need|there's\s+no\s+need|no\s+call)\s+for\s+(?:any\s+|all\s+(?:the|this)\s+|the\s+)?(?:panic|alarm
      |drama|dramatics|hysterics|fuss)\b
    | \b(?:I|I'd)\s+(?:wouldn't|would\s+not|'d\s+not)\s+(?:worry|stress|fret|bother)(?:\s+(?:about|over)\s+(?:it|that|this))?
      (?:\s+(?:too\s+much|at\s+all))?\b
    | \b(?:nothing|not\s+anything|isn't\s+anything)\s+to\s+(?:worry|stress|fret)\s+(?:about|over)\b
    """
    ),
    needs="panic need+alarm|drama|dramatics|hysterics|fuss call+alarm|drama|dramatics|hysterics|fuss wouldn't+worry|stress|fret|bother would+worry|stress|fret|bother nothing+worry|stress|fret anything+worry|stress|fret",
)
#: "nothing to worry about" dismisses only with a flippant tone or a
#: problem as its subject: "honestly, a two-day delay is nothing to worry
#: about" (not "there's nothing to worry about: your money is safe").
_WORRY_SUBJECT = _lazy(
    r"""
    (?:{TONE_MARKER}|\b(?:come\s+on|look|meh|nah)\b)
    | \b(?:{MAGNITUDE}|(?:an?|the|that|this|your)\s+(?:[\w-]+\s+){0,2}?(?:{PROBLEM_NOUN}))\s+(?:is|isn't|'s)\b
    """
)
_REMEDY_DONE = _lazy(r"{REMEDY_DONE}")
_RELAX = scan(
    _lazy(
        r"\brelax\b(?!\s+(?:and|in|at|with|on|by|into|while|knowing|back)\b|,\s+(?:enjoy|sit)|\s+-\s+enjoy)"
    ),
    needs="relax",
)
#: Belittling in other words (round 2): sarcastic conditions on the
#: customer's feeling ("if it matters that much to you"), telling them
#: not to feel it ("you shouldn't worry", "try not to take it so
#: personally"), denying the size in comparison ("not as bad as you're
#: making out", "hardly excessive", "a first-world problem"), and other
#: customers as the yardstick ("nobody else has complained", "most
#: customers don't mind").
_CUSTOMERS = r"(?:people|customers|users|members|passengers|clients|travell?ers|guests|patients|residents|callers)"
_BELITTLE = _Constructions(
    (
        r"""
        if\s+(?:it|this|that)(?:'s|\s+is|\s+really|\s+truly)?\s+(?:really\s+)?(?:matters?\s+)?(?:that|so)\s+
          (?:much|important|big\s+a\s+deal|serious)\s+to\s+you\b
        | if\s+you(?:'re|\s+are)\s+going\s+to\s+be\s+like\s+that\b
        | if\s+you(?:'d|\s+would)\s+(?:rather|prefer\s+to)\s+(?:make|kick\s+up|cause)\s+a\s+(?:fuss|scene|drama)\b
        | if\s+you\s+(?:really\s+)?(?:must|insist\s+on)\s+(?:complain|complaining|make\s+a\s+fuss|making\s+a\s+fuss)\b
        """,
        "if+matters|much|important|deal|serious if+like+that if+fuss|scene|drama if+complain|complaining|fuss",
        ("if",),
    ),
    (
        r"""
        (?:shouldn't|should\s+not|needn't|need\s+not)\s+(?:really\s+)?(?:worry|stress|fret|panic|be\s+(?:so\s+)?
          (?:upset|worried|bothered|stressed|concerned|annoyed))\b
        """,
        "shouldn't|should|needn't|need+worry|stress|fret|panic|upset|worried|bothered|stressed|concerned|annoyed",
        ("shouldn't", "should", "needn't", "need"),
        r"\byou\s+(?:really\s+|honestly\s+|genuinely\s+)?",
    ),
    (
        r"""
        try\s+not\s+to\s+(?:take\s+it\s+(?:so\s+|too\s+)?personally|worry\s+(?:so|too)\s+much|get\s+(?:so\s+|too\s+|all\s+)?
          (?:upset|worked\s+up|stressed|angry|wound\s+up)|make\s+a\s+fuss|overreact|stress\s+(?:so|too)\s+much)\b
        """,
        "try+personally|much|upset|worked|stressed|angry|wound|fuss|overreact",
        ("try",),
    ),
    (
        r"""
        (?:don't|do\s+not)\s+(?:stress|fret)\s+(?:about|over)\b
        | (?:(?<=\b(?:it's|that's|it\s+is|that\s+is|it\s+was|that\s+was)\s+)|(?<=\b(?:it's|that's)\s+really\s+))
          (?:basically|practically|virtually|next\s+to|almost)\s+nothing(?=\s*(?:[.!,;)]|$|really|at\s+all))
        """,
        "stress|fret+about|over basically|practically|virtually|next|almost+nothing",
        ("don't", "do", "basically", "practically", "virtually", "next", "almost"),
    ),
    (
        r"""
        not\s+(?:quite\s+|nearly\s+|really\s+|actually\s+)?(?:as|that|so)\s+(?:bad|serious|big|terrible|awful|dramatic
          |major|important|urgent)\s+as\s+(?:it\s+(?:sounds|seems|looks)|you(?:'re|\s+are)\s+making\s+(?:it\s+)?(?:out|sound)
          |you\s+(?:think|make\s+(?:it\s+)?out|seem\s+to\s+think))
        """,
        "not+bad|serious|big|terrible|awful|dramatic|major|important|urgent",
        ("not",),
    ),
    (
        r"""
        (?:that|too|so|all\s+that)\s+much\s+of\s+an?\s+(?:problem|issue|inconvenience|hardship|deal|bother|hassle)\b
        """,
        "much+problem|issue|inconvenience|hardship|deal|bother|hassle",
        ("that", "too", "so", "all"),
        r"\b(?:isn't|is\s+not|wasn't|was\s+not|'s\s+not|hardly|not)\s+(?:really\s+)?",
    ),
    (
        r"""
        hardly\s+(?:excessive|unreasonable|long|significant|a\s+(?:long\s+)?wait|a\s+(?:big\s+)?problem|an\s+issue
          |a\s+hardship|a\s+disaster|the\s+end\s+of\s+the\s+world|anything|a\s+lot|much)(?=\s*(?:[.!,;?)]|$))
        """,
        "hardly+excessive|unreasonable|long|significant|wait|problem|issue|hardship|disaster|world|anything|lot|much",
        ("hardly",),
    ),
    (
        r"""
        (?:call|consider|see|regard|class)\s+(?:it|this|that)\s+(?:as\s+)?(?:an?\s+)?(?:big|major|huge|serious|real|proper)\s+
          (?:issue|problem|deal|fault|concern)\b
        """,
        "call|consider|see|regard|class+big|major|huge|serious|real|proper",
        ("call", "consider", "see", "regard", "class"),
        r"\b(?:I|we)\s+(?:wouldn't|would\s+not|don't|do\s+not|wouldn't\s+really|don't\s+really)\s+(?:really\s+)?",
    ),
    (
        r"""
        (?:trivial|petty)\s+(?:issue|problem|matter|thing|complaint|point|amount|fee|charge)\b
        | in\s+the\s+grand\s+scheme\s+of\s+things\b
        | first[\s-]world\s+problems?\b
        | (?:a\s+lot\s+of|so\s+much|such\s+a|all\s+this|all\s+that|quite\s+a)\s+fuss\s+(?:over|about|for)\b
        """,
        "trivial|petty+issue|problem|matter|thing|complaint|point|amount|fee|charge grand+scheme first+world|first-world fuss",
        (
            "trivial",
            "petty",
            "in",
            "first",
            "first-world",
            "a",
            "so",
            "such",
            "all",
            "quite",
        ),
    ),
    (
        r"""
        (?:see|understand|get)\s+what\s+the\s+(?:big\s+)?(?:problem|issue|fuss|deal)\s+is\b
        | (?:see|understand|get)\s+(?:what's|why\s+this\s+is|why\s+it's)\s+(?:such\s+)?(?:an?\s+)?(?:big\s+)?(?:problem|issue|deal)\b
        """,
        "see|understand|get+problem|issue|fuss|deal",
        ("see", "understand", "get"),
        r"\b(?:I|we)\s+(?:don't|do\s+not|can't|cannot|fail\s+to|really\s+don't)\s+(?:really\s+)?",
    ),
    (
        rf"""
        (?:nobody|no\s+one|no-one)\s+else\s+(?:has|have|had)\s+(?:ever\s+)?(?:complained|had\s+(?:this|that|any|a)\s+
          (?:problem|issue)|reported\s+(?:this|that|it|any)|mentioned\s+(?:this|that|it)|raised\s+(?:this|that|it))
        | you(?:'re|\s+are)\s+the\s+(?:only|first)\s+(?:one|person|customer)\s+(?:who(?:'s|\s+has)?|to|that)\s+(?:ever\s+)?
          (?:complain|report|mention|raise|ha[sd]\s+(?:this|that|a|an|any)\s+(?:problem|issue))
        | (?:most|many|other|plenty\s+of|lots\s+of|the\s+(?:vast\s+)?majority\s+of)\s+(?:(?:of\s+)?our\s+)?(?:other\s+)?{_CUSTOMERS}\s+
          (?:(?:are|were|seem|seem\s+to\s+be)\s+(?:(?:perfectly|very|quite|more\s+than|completely|absolutely)\s+)?
            (?:happy|fine|satisfied|content|ok|okay)\b(?!\s+to\b)
          |(?:don't|do\s+not|wouldn't|would\s+not|won't|will\s+not|never|hardly)\s+(?:(?:even|really|actually|ever)\s+)*
            (?:mind|notice|complain|spot|see\s+(?:the|a|any)\s+difference|use|bother|care|have\s+(?:a|any)\s+(?:problem|issue))
          |would\s+be\s+(?:happy|glad|pleased|grateful|fine|delighted|satisfied)\s+with)
        """,
        "else+complained|problem|issue|reported|mentioned|raised only|first+complain|report|mention|raise|problem|issue "
        "most|many|other|plenty|lots|majority+happy|fine|satisfied|content|ok|okay|mind|notice|complain|problem|issue"
        " most|many|other|plenty|lots|majority+spot|difference|use|bother|care",
        (
            "nobody",
            "no",
            "no-one",
            "you're",
            "you",
            "most",
            "many",
            "other",
            "plenty",
            "lots",
            "the",
        ),
    ),
    # Round 4 (docs/families/dismissive.md, DIS-9): the customer's worry
    # declared groundless after the fact ("there was never really any
    # cause for concern"), the problem smaller than it feels, the loss
    # soon forgotten ("you won't even remember the old layout"), "hardly
    # a" + what the customer judged by.
    (
        r"""
        there\s+(?:was|were|wasn't|weren't)\s+(?:never\s+|no\s+|not\s+)?(?:really\s+)?(?:any\s+)?(?:real\s+)?
          (?:cause|reason|need)\s+(?:for|to)\s+(?:(?:any|the)\s+)?(?:concern|worry|alarm|panic|be\s+(?:worried|concerned|alarmed))\b
        """,
        "there+concern|worry|alarm|panic|worried|concerned|alarmed",
        ("there",),
    ),
    (
        r"""
        (?:smaller|less\s+serious|less\s+bad|not\s+as\s+bad|not\s+as\s+serious|lower|better|less\s+of\s+a\s+problem)
          \s+than\s+it\s+(?:feels|seems|looks|sounds|might\s+(?:feel|seem|look|sound))\b
        """,
        "than+feels|seems|looks|sounds|feel|seem|look|sound",
        ("smaller", "less", "not", "lower", "better"),
    ),
    (
        r"""
        (?:won't|will\s+not|wouldn't)\s+even\s+(?:remember|notice|miss)\b
        | (?:you'll|you\s+will|they'll|they\s+will)\s+(?:soon\s+|quickly\s+)?forget\s+(?:all\s+)?about\s+(?:it|this|that)\b
        """,
        "even+remember|notice|miss forget+about",
        ("won't", "will", "wouldn't", "you'll", "you", "they'll", "they"),
    ),
    (
        r"hardly\s+an?\s+(?!surprise\b|shock\b|secret\b|coincidence\b)(?:[\w-]+\s+){0,2}?(?:reflection|problem|issue|disaster|crisis|tragedy|emergency|inconvenience|hardship|loss|scandal)\b",
        "hardly+reflection|problem|issue|disaster|crisis|tragedy|emergency|inconvenience|hardship|loss|scandal",
        ("hardly",),
        r"(?:'s|'re|\b(?:is|was|are|were))\s+(?:(?:really|honestly|surely)\s+)?",
    ),
)
#: "nothing / not something / not worth it to lose sleep over": the
#: verb after "to" denies the problem's size, it is not an order.
_SOMETHING_TO = _lazy(r"\b(?:something|anything|nothing|thing)\s+to\s+$")
#: Other customers as the answer to a calm question: a fact asked for.
_MOST_OTHERS = _lazy(r"(?:most|many|plenty|lots|the\s+(?:vast\s+)?majority)\b")
#: Other customers in a question are a question, not a yardstick.
_ASKS_OTHERS = _lazy(r"(?:most|many|other|plenty|lots|the|nobody|no|you)\b")
_RELAX_AFTER = frozenset(
    {"please", "just", "so", "ok", "okay", "now", "hey", "look", "oh"}
)


@rule(
    code="CS421",
    triggers=lambda: _frame_triggers("feeling", "yardstick"),
    name="dismissive-language",
    family=_FAMILY,
    message="Tells the customer how to feel about their problem: {excerpt!r}",
    why=(
        "Telling an upset customer to calm down, or that it is no big deal, "
        "says their problem doesn't matter (seed 000: \"By being negative "
        "or dismissive, you're only going to make the situation worse\")."
    ),
    fix="Acknowledge the problem instead of minimising it",
    bad=(
        "Please calm down, we'll look at it.",
        "It's not a big deal, the refund will come.",
        "Relax, your package is on its way.",
        "There's no need to get upset about a late delivery.",
        "There's no need to make a fuss over this.",
        "20 seconds isn't really a big deal tbh.",
        "No need to panic, it's just a locked password.",
        "If it matters that much to you, we can look into it.",
        "Nobody else has complained about the new layout.",
    ),
    good=(
        "No problem at all!",
        "Don't worry, it's fixed.",
        "Sit back and relax, your flight is on time.",
        "If you can't find the receipt, it's not a big deal: we'll look it up.",
        "I understand why you're upset, and it is a big deal to us.",
        "No need to send the damaged one back.",
        "It's no big deal to swap it - I've sent the label.",
        "Don't panic - I've frozen the card and your money is safe.",
        "Most customers choose the annual plan because it saves 20%.",
    ),
    scans=(*_DISMISS.scans, *_BELITTLE.scans, _PANIC, _RELAX),
    confidence=0.95,
)
def dismissive_language(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags telling the customer how (not) to feel, and denying the size of
    their problem: "calm down", "relax", "stop worrying", "get over it",
    "you're overreacting", "who cares", "so what?", "no need to get upset /
    make a fuss / panic", "don't get worked up", "don't waste your time
    worrying", and "it's not (really) a big deal", "not the end of the
    world", "no biggie", whatever the subject ("20 seconds isn't really a
    big deal"). Also belittling in other words: a sarcastic condition on
    the customer's feeling ("if it matters that much to you", "if you're
    going to be like that"), "you shouldn't worry", "try not to take it so
    personally", the size denied by comparison ("not as bad as you're
    making out", "hardly excessive", "a first-world problem", "I don't see
    what the problem is") and other customers as the yardstick ("nobody
    else has complained", "most customers don't mind").

    Round 10 (blind set M): a size phrase that answers the calm customer's
    own question in their words ("Is it a big deal if it gets wet?" "Not a
    big deal at all - let it dry") is the answer asked for.

    Reassurance stays fine: "don't worry, it's fixed", "sit back and
    relax", "don't panic - I've frozen the card", "no need to send it
    back", "it's no big deal to swap it" (the agent's effort), and "it's
    not a big deal" in a condition ("if you can't find the receipt").

    Also the round-6 frames (`cs_lint._context.dismissal`): a denial frame
    and a feeling state in any words ("there's no reason to feel anxious",
    "let's not get too upset", "you needn't be so annoyed"; not with a
    remedy or a safe fact after it, nor a notice "don't be alarmed if you
    see a hold"), proportion idioms ("put things in perspective", "don't
    sweat it") and other people coping, to a troubled customer ("most
    users get on fine with it", "lots of applicants wait much longer").

    ## Known limitations
    Plain "don't worry" and "no need to worry" are read as reassurance
    even to a customer they dismiss; the minimising rules (CS423) catch
    them when a minimiser follows ("no need to worry, it's just a
    scratch"). Sarcasm in other frames ("well, if that's what you want")
    is missed.

    ## Confidence
    0.95: its precision over the pooled agreed dev labels (round 7: sets E,
    F, H with --reader2, and the G hold-out's aggregate via --rules),
    add-one smoothed, (right+1)/(hits+2), rounded to 0.05; right/hits 44/44
    (E 11/11, F 14/14, H 13/13, G 6/6); add-one 0.98 rounds to 1.00; held at
    0.95, since a reading of words is never certain. E, F and H are in-
    sample for the round-7 readings.
    """
    yield from _with_frames(
        doc, ("feeling", "yardstick"), _dismissive_language_phrases(doc)
    )


def _dismissive_language_phrases(doc: Document) -> Iterator[Match]:
    """
    The phrase readings of `dismissive_language` (rounds 1-5); the round-6 frames
    follow them in sentences they left (`_frame_matches`).
    """
    text = doc.text
    for m in _DISMISS.finditer(doc):
        if _in_condition(doc, m.start()):
            continue
        if (
            _IMPERATIVE_VERBS.match(m.group())
            and not _imperative(doc, m.start())
            and not _SOMETHING_TO.search(text, max(0, m.start() - 40), m.start())
        ):
            continue
        if m.group().lower().startswith("who"):
            lead = text[max(0, m.start() - 6) : m.start()].rstrip()
            if lead and lead[-1] not in ".!?,;:-\n\u2014" and not lead.endswith("&#44"):
                continue  # "someone who cares about you"
        if "deal" in m.group().lower() and _EFFORT_AFTER.match(
            text, m.end(), min(len(text), m.end() + 20)
        ):
            continue
        if m.group().lower().startswith("you") and _DENIED_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "I don't think you're being fussy": validation (round 7)
        if _echoes_calm_question(doc, m.group()):
            continue  # "Is it a big deal if it gets wet?" "Not a big deal at all - ..."
        yield _dismissive_match(m.start(), m.end(), _ACKNOWLEDGE)
    calm_question = bool(doc.customer) and "?" in (doc.customer or "")
    if calm_question:
        state = customer_state(doc)
        calm_question = state is None or not (
            state.upset or any(c.kind is CueKind.LOSS for c in state.cues)
        )
    for m in _BELITTLE.finditer(doc):
        if is_question(doc, m.start()) and _ASKS_OTHERS.match(m.group()):
            continue  # "Have you found that most customers are happy?"
        if calm_question and _MOST_OTHERS.match(m.group()):
            continue  # "Is the annual plan popular?" -> "most customers are happy with it"
        yield _dismissive_match(m.start(), m.end(), _ACKNOWLEDGE)
    for m in _scan(_PANIC, _PANIC_STARTS, doc):
        if _in_condition(doc, m.start()):
            continue
        if m.group().lower().startswith(("nothing", "not", "isn't")):
            lo, _ = sentence_window(doc, m.start())
            if _WORRY_SUBJECT.search(text, lo, m.start()) is None:
                continue
        _, hi = sentence_window(doc, m.start())
        nxt = doc.sentence_at(hi + 1) if hi < len(text) else None
        stop = nxt.end if nxt is not None else hi
        if _REMEDY_DONE.search(text, m.end(), min(stop, m.end() + 400)) is not None:
            continue  # "don't panic - I've frozen the card"
        yield _dismissive_match(m.start(), m.end(), _ACKNOWLEDGE)
    for m in _scan(_RELAX, frozenset({"relax"}), doc):
        start = m.start()
        before = doc.words_before(start, 3)
        if before and before[-1] not in _RELAX_AFTER:
            # Only the bare imperative: "sit back and relax" is an invitation.
            continue
        if doc.negated(start) or _in_condition(doc, start):
            continue
        yield _dismissive_match(start, m.end(), _ACKNOWLEDGE)


#: Words of a dismissive phrase that carry no content of their own.
_ECHO_FILLER = frozenset(
    {
        "not",
        "no",
        "a",
        "an",
        "the",
        "at",
        "all",
        "it",
        "it's",
        "its",
        "is",
        "isn't",
        "that's",
        "this",
        "really",
        "any",
        "so",
        "too",
        "of",
        "to",
        "be",
    }
)
_WORD = regex.compile(r"[a-z]+(?:'[a-z]+)?")
_QUESTION_SENTENCE = regex.compile(r"[^.!?\n]*\?")


def _echoes_calm_question(doc: Document, phrase: str) -> bool:
    """
    Round 10 (blind set M): whether a dismissive phrase answers the calm
    customer's own question in the customer's words ("Is it a big deal if
    my stove gets wet?" "Not a big deal at all - let it dry"): the size
    was asked for, and the answer gives it, as a quoted word is the
    customer's and not the agent's. Every content word of the phrase must
    be in one question of the customer's, and the customer not upset: "My
    stove got soaked!" "Not a big deal" still shrinks the problem.
    """
    customer = doc.customer
    if not customer or "?" not in customer:
        return False
    words = set(_WORD.findall(phrase.lower().replace("\u2019", "'")))
    content = words - _ECHO_FILLER
    if not content:
        return False
    for q in _QUESTION_SENTENCE.findall(customer.lower().replace("\u2019", "'")):
        if content <= set(_WORD.findall(q)):
            state = customer_state(doc)
            return state is None or not state.upset
    return False


_COPULA = (
    r"\b(?:it|that|this|they|these|those|which)(?:'s|\s+is|\s+was|'re|\s+are|\s+were|'ll\s+be"
    r"|\s+will\s+be|'s\s+been|\s+has\s+been|\s+have\s+been)"
)
#: The words of `_COPULA`, for trigger entries.
_COPULA_WORDS = "|".join(
    subject + tail
    for subject in ("it", "that", "this", "they", "these", "those", "which")
    for tail in ("", "'s", "'re", "'ll")
)
_MINIMISE = _Constructions(
    (
        r"""
        (?P<min>only|just|merely|simply|barely|literally(?=\s+(?:one|a|an|\d|£|\$|€|just|only)))\s+
          (?:(?:honestly|really|literally)\s+)?(?:(?:an?|one|the|your|a\s+bit\s+of|a\s+little)\s+)?
          (?:(?:{SMALL_ADJ})\s+)?(?:[\w-]+\s+){0,2}?(?P<what>{MAGNITUDE}|{PROBLEM_NOUN})
        """,
        "only|just|merely|simply|barely|literally+" + _COPULA_WORDS,
        ("only", "just", "merely", "simply", "barely", "literally"),
        rf"{_COPULA}\s+(?:(?:honestly|really|literally|actually|basically|seriously)\s+)?",
    ),
    (
        r"""
        (?:{SMALL_ADJ})\s+(?:thing|issue|problem|glitch|blip|hiccup|delay|detail|matter|mistake|error|inconvenience
          |niggle|scratch|mark|dent|difference|bug)\b
        """,
        "{SMALL_ADJ}",
        ("{SMALL_ADJ}",),
        rf"""
        {_COPULA}\s+(?:(?:just|only|such|really|honestly|literally|pretty|fairly|relatively|quite)\s+)?(?:an?\s+)?
          (?:(?:pretty|fairly|relatively|very|really|super|tiny)\s+)?
        """,
    ),
    (
        r"""
        (?:nothing|hardly\s+anything|barely\s+anything|next\s+to\s+nothing|tiny|minor|negligible|trivial
          |insignificant)\b
        """,
        "nothing hardly|barely+anything tiny minor negligible trivial insignificant",
        (
            "nothing",
            "hardly",
            "barely",
            "next",
            "tiny",
            "minor",
            "negligible",
            "trivial",
            "insignificant",
        ),
        r"""
        (?:\b(?:an?|one|the|that|this|your)\s+(?:[\w-]+\s+)?(?:{PROBLEM_NOUN})|{MAGNITUDE})\s+
          (?:is|are|was|isn't|'s)\s+(?:(?:honestly|really|literally|basically|practically|pretty\s+much)\s+)?
        """,
    ),
    (
        r"nothing\b(?!\s+(?:to\s+(?:pay|do|worry|be|fear)|(?:we|I|you)\b|compared|serious|else|more|new|wrong|but|like))",
        "nothing",
        ("nothing",),
        r"\b(?:that|it|this)(?:'s|\s+is|\s+was)\s+(?:(?:honestly|really|literally|seriously|probably|likely|most\s+likely|almost\s+certainly)\s+)?",
    ),
    (
        r"\b(?:something|anything)\s+(?:so|this|that)\s+(?:small|minor|trivial|little|petty|silly|insignificant)\b",
        "something|anything+small|minor|trivial|little|petty|silly|insignificant",
        ("something", "anything"),
    ),
    (
        r"""
        (?:only|just)\s+\w+\s+for\s+(?:a|one|two|a\s+few|a\s+couple\s+of|\d{1,3})\s+
          (?:second|seconds|moment|moments|minute|minutes|hour|hours|day|days|night)\b
        """,
        "only|just+second|seconds|moment|moments|minute|minutes|hour|hours|day|days|night",
        ("only", "just"),
        r"\b(?:it|that|this|they)\s+",
    ),
    (
        r"(?:crime|end|disaster)\s+of\s+the\s+(?:century|world|year)",
        "century world year",
        ("crime", "end", "disaster"),
        r"\b(?:hardly|not\s+exactly|not\s+really)\s+the\s+",
    ),
    (
        r"(?:as\s+if|like)\s+(?:you(?:'ve|\s+have|'d|\s+had)?|anything|it(?:'s|\s+was|\s+is))\b",
        "if|like+not|isn't",
        ("as", "like"),
        r"\b(?:it's|it\s+is|it\s+isn't|it\s+is\s+not|that's)\s+not\s+",
    ),
    (
        r"(?:long|much|lot|far|expensive)\b",
        "long|much|lot|far|expensive+not|isn't|wasn't",
        ("long", "much", "lot", "far", "expensive"),
        r"""
        (?:{MAGNITUDE})\s+(?:isn't|is\s+not|'s\s+not|wasn't|was\s+not)\s+(?:(?:really|that|very|too|so|exactly)\s+)?
          (?:a\s+)?
        """,
    ),
    (
        r"""
        \b(?:honestly|seriously|tbh|lol|haha|nah|come\s+on|look|meh|mate)[,!]?\s+(?:it's|that's|it\s+is|it\s+was)\s+
          (?:literally\s+|only\s+|just\s+)?(?:{MAGNITUDE})(?=\s*(?:[.!?]|$))
        """,
        "honestly|seriously|tbh|lol|haha|nah|look|meh|mate+it's|that's|it come+on+it's|that's|it",
        (
            "honestly",
            "seriously",
            "tbh",
            "lol",
            "haha",
            "nah",
            "come",
            "look",
            "meh",
            "mate",
        ),
    ),
    (
        r"\bsuch\s+an?\s+(?:small|minor|trivial|little|petty|silly|tiny)\s+(?:thing|issue|problem|matter|amount|delay|fee|charge)\b",
        "such+small|minor|trivial|little|petty|silly|tiny",
        ("such",),
    ),
    (
        r"(?:cheap|budget)\s+\w+",
        "cheap budget",
        ("cheap", "budget"),
        r"\b(?:it's|that's|it\s+is)\s+(?:just\s+|only\s+)?an?\s+",
    ),
    (r"{SAMENESS_DENIAL}", _phrase_needs("SAMENESS_DENIAL"), ("{SAMENESS_DENIAL}",)),
    (
        r"{DEROGATION}(?!\s+(?:me|us|you|my|our|your)\b)",
        _phrase_needs("DEROGATION"),
        ("{DEROGATION}",),
    ),
    # Round 4 (docs/families/dismissive.md, DIS-10): the size shrunk by an
    # evaluation ("given the relatively modest amount"), by a trivial
    # purchase ("about the price of a coffee") or by a laugh after the
    # amount ("it's 40p lol").
    (
        r"""
        (?:relatively|fairly|comparatively|rather)\s+(?:modest|small|minor|trivial|insignificant|negligible|low)\s+
          (?:(?:administrative|admin|technical|procedural|clerical|cosmetic)\s+)?
          (?:amount|sum|figure|delay|wait|inconvenience|issue|problem|difference|matter|point|detail|query|complaint
          |concern|slip|oversight)\b
        """,
        "relatively|fairly|comparatively|rather+amount|sum|figure|delay|wait|inconvenience|issue|problem|difference"
        "|matter|point|detail|query|complaint|concern|slip|oversight",
        ("relatively", "fairly", "comparatively", "rather"),
        r"""
        \b(?:(?:given|considering|for|with|despite|it's|that's|it\s+is|that\s+is|this\s+is|it\s+was|this\s+was)\s+
          (?:(?:the|such\s+a|a|an|this|what\s+is)\s+)?
          | (?:is|was|are|were)(?:,\s+[\w\s]{1,25},)?\s+(?:a|an)\s+)
        """,
    ),
    (
        r"""
        (?:about|roughly|around|less\s+than|cheaper\s+than|no\s+more\s+than|the\s+same\s+as)\s+(?:the\s+(?:price|cost)\s+of\s+)?
          (?:a|one|your)\s+(?:coffee|cup\s+of\s+coffee|latte|cappuccino|chocolate\s+bar|bar\s+of\s+chocolate|sandwich|pint
          |bag\s+of\s+crisps|takeaway\s+coffee)\b
        """,
        "coffee latte cappuccino chocolate sandwich pint crisps",
        ("about", "roughly", "around", "less", "cheaper", "no", "the"),
    ),
    (
        r"(?:{MAGNITUDE})\s*[,.!]?\s*(?:lol|haha|tbh|😅|😂|🙄|🤣|😆)",
        "lol haha tbh 😅 😂 🙄 🤣 😆",
        ("{MAGNITUDE}",),
        rf"{_COPULA}\s+(?:(?:only|just|like|literally|honestly|about|around)\s+)*",
    ),
)
#: Round 5 (docs/families/dismissive.md, DIS-11): the size denied by a
#: category ("a small leak isn't an emergency"), by what more waiting won't
#: do ("a few more weeks won't hurt"), by how quickly anyone could fix it
#: ("any tailor can fix that in five minutes"), by a flippant small
#: adjective ("honestly it's a tiny rip"), and a dropped-subject copula
#: ("its literally one day late", ", is only few hours delay"). The
#: items after the first four shrink the problem only to a customer who
#: reported one (`_TROUBLED_ONLY`): the price ("it's a free app 🙂"), a
#: laugh after the thing ("it's a streak badge lol") and the distance
#: ("it's only across the road").
_MINIMISE_R5 = _Constructions(
    (
        r"""
        (?:bit\s+of\s+an?|a\s+bit\s+of|an?\s+(?:small|little|tiny|minor|slight)|small|little|tiny|minor|slight)\s+
          (?:[\w-]+\s+)?[\w-]+\s+(?:isn't|is\s+not|aren't|are\s+not|doesn't\s+count\s+as|does\s+not\s+count\s+as)\s+
          (?:really\s+)?(?:an?\s+)?(?:emergency|urgent|priority|crisis|disaster|catastrophe)\b
        """,
        "emergency urgent priority crisis disaster catastrophe",
        ("bit", "a", "an", "small", "little", "tiny", "minor", "slight"),
    ),
    (
        r"""
        (?:a\s+few|another(?:\s+(?:few|couple(?:\s+of)?))?|a\s+couple(?:\s+of)?|one|two|three|an|a)\s+(?:more\s+|extra\s+)?(?:days?|weeks?|hours?
          |months?|nights?|minutes?)\s+(?:won't|will\s+not|wouldn't|would\s+not|shouldn't|doesn't)\s+(?:really\s+)?
          (?:hurt|harm\s+(?:you|anyone)|kill\s+(?:you|anyone|anybody))\b
        """,
        "hurt|harm|kill+days|day|weeks|week|hours|hour|months|month|nights|night|minutes|minute",
        ("a", "another", "one", "two", "three", "an"),
    ),
    (
        r"""
        any\s+(?:decent\s+|good\s+|local\s+)?[\w-]+\s+(?:can|could|will|would)\s+(?:easily\s+)?(?:fix|sort|mend|repair|do
          |patch|sew|redo)\s+(?:that|it|this|them)(?:\s+(?:up|out))?\s+in\s+(?:(?:\d+|a\s+few|two|five|ten|a\s+couple\s+of)\s+
          (?:minutes?|mins?|seconds?|secs?)|a\s+jiffy|no\s+time|seconds|minutes)\b
        """,
        "any+minutes|minute|mins|min|seconds|second|secs|jiffy|time",
        ("any",),
    ),
    (
        r"""
        (?:honestly|seriously|tbh|come\s+on|look|mate|nah|lol)[,!]?\s+(?:it's|that's|it\s+is|its)\s+(?:just\s+|only\s+)?
          an?\s+(?:tiny|teeny|minor|trivial|negligible|insignificant|petty|little|small|wee)\s+[\w-]+
        """,
        "tiny|teeny|minor|trivial|negligible|insignificant|petty|little|small|wee+honestly|seriously|tbh|come|look|mate|nah|lol",
        ("honestly", "seriously", "tbh", "come", "look", "mate", "nah", "lol"),
    ),
    (
        r"""
        (?:its|is)\s+(?:(?:literally|only|just|honestly)\s+){1,2}(?:(?:a|an|one)\s+)?(?:{MAGNITUDE}|few\s+(?:hours|days
          |minutes|mins|weeks))\b
        """,
        "its|is+literally|only|just",
        ("its", "is"),
    ),
    (
        r"""
        (?:it's|it\s+is|this\s+is|its)\s+(?:just\s+|only\s+)?(?:a\s+)?free\s+(?:app|service|game|account|version|plan
          |tier|product|tool|site|platform)\b(?=\s*(?:[!🙂😉😅😂🙃]|lol\b|haha\b|tbh\b|mate\b|,\s*(?:so|what)\b|\.\s*$))
        """,
        "free+app|service|game|account|version|plan|tier|product|tool|site|platform",
        ("it's", "it", "this", "its"),
    ),
    (
        r"""
        (?:it's|that's|it\s+is|its)\s+(?:just\s+|only\s+)?an?\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*[,.!]?\s*(?:lol|haha|😂|🤣|🙄|😅)
        """,
        "lol haha 😂 🤣 🙄 😅",
        ("it's", "that's", "it", "its"),
    ),
    (
        r"""
        (?:only|just)\s+(?:across\s+the\s+(?:road|street|way|hall|car\s+park)|(?:round|around)\s+the\s+corner
          |down\s+the\s+(?:road|street|hall|corridor)|next\s+door|an?\s+(?:short|quick|two|five|one|ten|couple\s+of)
          [\s-]+(?:minutes?[\s-]+)?(?:minute\s+)?walk)\b
        """,
        "only|just+across|round|around|down|next|walk",
        ("only", "just"),
        rf"{_COPULA}\s+(?:(?:honestly|really|literally|actually)\s+)?",
    ),
)
#: From the fifth item on, `_MINIMISE_R5` needs a customer who reported a
#: problem or is upset.
_TROUBLED_ONLY = 5

#: Sameness claims that dismiss only a difference the customer reported.
_SAME_WEAK = _lazy(
    r"^(?:basically|pretty\s+much|practically|virtually|essentially|more\s+or\s+less|near\s+enough|the\s+same"
    r"|makes\s+no|doesn't\s+really|it\s+doesn't|it\s+won't|it\s+really|won't\s+make)"
)
_DIFFERENCE = _lazy(
    r"\b(?:wrong|different|instead\s+of|not\s+the\s+(?:one|same|right)|not\s+what\s+I\s+ordered|doesn't\s+match"
    r"|don't\s+match|got\s+(?:a|the)\s+\w+\s+(?:one|version))\b"
)
_MAGNITUDE_ASKED = _lazy(r"{MAGNITUDE_QUESTION}")
#: After the magnitude: a price or a purpose, not a problem ("it's only £5
#: to upgrade", "it's just £8 a month for the add-on").
_PRICE_AFTER = _lazy(
    r"\s*(?:to\s+\w+|for\s+(?:the|a|an|each|every|your)\b|per\b|each\b|extra\b|more\b|a\s+(?:month|year|week)\s+for\b)"
)
_TEMPORAL = _lazy(r"{JUST_TEMPORAL}|{RESTRICTIVE_ONLY}")


@rule(
    code="CS423",
    triggers=lambda: _frame_triggers("minimise"),
    name="minimising-the-problem",
    family=_FAMILY,
    message="Makes the customer's problem sound small: {excerpt!r}",
    why=(
        '"It\'s only three hours" or "that\'s nothing" measures the '
        "problem by the company's yardstick, not the customer's, and tells "
        'them they are making a fuss (seed 000: "By being negative or '
        "dismissive, you're only going to make the situation worse\"; seed "
        '004: "acknowledge their frustration").'
    ),
    fix="Acknowledge what the problem means to the customer instead of its size",
    bad=(
        "It's only three hours, you'll still get there today.",
        "That's nothing, seriously.",
        "No need to panic, it's just a locked password.",
        "One pixel is hardly anything, honestly!",
        "That's a tiny thing, nobody really checks those.",
        "They're basically the same shade - you won't notice the difference.",
        "It's just £8 a month, not the end of the world.",
    ),
    good=(
        "It's only available in store, but I can reserve one for you.",
        "I've just sent the invoice again.",
        "It's £5 to upgrade, and I can do it now.",
        "There's nothing to pay.",
        "That's nothing we can't fix: I've sent a replacement.",
        "Only registered assistance dogs are allowed in the cabin.",
    ),
    scans=(*_MINIMISE.scans, *_MINIMISE_R5.scans),
    confidence=0.95,
)
def minimising_the_problem(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags shrinking the customer's problem: a minimiser before its
    magnitude or its noun ("it's only three hours", "it's just £8 a month",
    "it's just a locked password", "it's only a bit of mud"), a small
    thing ("that's a tiny thing", "it's a minor glitch"), a magnitude that
    is nothing ("one pixel is hardly anything", "a dented box is nothing",
    "that's nothing, seriously"), a denial that the difference shows ("you
    won't notice the difference"; "basically the same" when the customer
    reported a wrong or different item), and derogation of what the
    customer cares about ("it's a silly little gadget").

    Silent on restrictive "only" ("only available in store"), temporal
    "just" ("I've just sent it"), good news ("there's nothing to pay"), a
    price or purpose ("it's only £5 to upgrade"), a condition, and a
    magnitude that answers the customer's own question ("how long will
    the install take?" -> "only about 30 minutes").

    Also the round-6 frames (`cs_lint._context.dismissal`), to a troubled
    customer: a minimiser before any thing at a clause end ("it's only the
    lid", "that's just a scuff 😅"), harmless evaluations ("purely
    cosmetic"), a bare size with a laugh or a scoff ("it's 3 quid lol",
    "come on, it's one day"), too small to pursue ("barely worth a
    complaint"), nothing a small fix won't mend, a small thing said
    flippantly ("tbh it was a pretty minor tweak") and the customer's task
    said to take seconds with a laugh.

    ## Known limitations
    A minimiser on any noun ("it's only a wobble") is read only for a
    customer who reported a problem or is upset (or with a flippant tone
    when no customer message is given); a magnitude stated to reassure about the
    customer's next step ("it's only a 2-minute form") can be flagged.

    ## Confidence
    0.95: its precision over the pooled agreed dev labels (round 7: sets E,
    F, H with --reader2, and the G hold-out's aggregate via --rules),
    add-one smoothed, (right+1)/(hits+2), rounded to 0.05; right/hits 40/41
    (E 16/16, F 6/6, H 10/10, G 8/9). E, F and H are in-sample for the
    round-7 readings.
    """
    for m in _with_frames(doc, ("minimise",), _minimising_the_problem_phrases(doc)):
        if (
            _SMALL_HARM.search(doc.text, m.start, m.end) is not None
            and _SWAP_OFFERED.search(doc.text, m.end, min(len(doc.text), m.end + 200))
            is not None
            and asked_only(doc)
        ):
            continue  # "will the dent affect it?" -> "purely cosmetic, but if you'd rather, I'll send one"
        yield m


def _minimising_the_problem_phrases(doc: Document) -> Iterator[Match]:
    """
    The phrase readings of `minimising_the_problem` (rounds 1-5); the round-6 frames
    follow them in sentences they left (`_frame_matches`).
    """
    text = doc.text
    customer = doc.customer or ""
    asked = bool(customer) and _MAGNITUDE_ASKED.search(customer) is not None
    differs = bool(customer) and _DIFFERENCE.search(customer) is not None
    for m in _MINIMISE.finditer(doc):
        start, end = m.start(), m.end()
        if _in_condition(doc, start) or doc.negated(start, window=2):
            continue
        phrase = m.group().lower()
        if _SAME_WEAK.match(phrase) and not differs:
            continue
        groups = m.groupdict()
        if groups.get("min") is None and is_question(doc, start):
            continue  # "why, when no one uses it?" argues, it doesn't shrink
        if groups.get("min") is not None:
            if _TEMPORAL.match(text, m.start("min"), min(len(text), end + 20)):
                continue  # "it's just been sent", "it's only available"
            what = groups.get("what") or ""
            if _PROPRIETY.match(what):
                continue  # "a full refund - that's only fair": what is due, not a shrink
            if what[:1].isdigit() or what[:1] in "£$€" or "%" in what:
                if asked or _PRICE_AFTER.match(text, end, min(len(text), end + 30)):
                    continue
            elif asked and regex.search(r"\d|hour|minute|day|week|second", what):
                continue
        yield _dismissive_match(start, end, _ACKNOWLEDGE)
    state = customer_state(doc)
    troubled = state is not None and (
        state.upset or any(c.kind is CueKind.LOSS for c in state.cues)
    )
    for i, m in _MINIMISE_R5.indexed(doc):
        start = m.start()
        if i >= _TROUBLED_ONLY and not troubled:
            continue
        if _in_condition(doc, start) or is_question(doc, start):
            continue
        if m.group().lower().startswith("is") and not _DROPPED_SUBJECT.search(
            text, max(0, start - 3), start
        ):
            continue  # only ", is only few hours delay" with its subject dropped
        yield _dismissive_match(start, m.end(), _ACKNOWLEDGE)


#: Round 12 (reply sets t4-t11): "only" before a word of what is due or
#: fitting ("that's only fair", "it's only right you're refunded", "only
#: natural to feel let down"): the idiom grants the customer something,
#: it does not shrink their problem ("it's only a scratch" still fires).
_PROPRIETY = _lazy(
    r"(?:fair|right|proper|reasonable|fitting|decent|correct|appropriate|natural|understandable|polite"
    r"|courteous|just)\b(?!\s+(?:a|an|the|one|some|two|three|\d))"
)


#: A copula whose subject was dropped: at a sentence start or after a comma.
_DROPPED_SUBJECT = _lazy(r"(?:^|[,;:\n]\s*)$")


_NORMALISE = _Constructions(
    (r"{NORMALISING}", _phrase_needs("NORMALISING"), ("{NORMALISING}",)),
    (
        r"""
        \b(?:delays|cancell?ations|dropped\s+calls|outages|glitches|mistakes|errors|accidents|problems|issues
          |breakdowns|faults|bugs|hiccups|blips|these\s+things|such\s+things|things|stuff|queues|strikes)
          \s+(?:do\s+|can\s+|will\s+)?happen(?:s)?\b
        | \bhappen(?:s)?\s+(?:on|with|to|at|in)\s+(?:every|any|all)\s+(?:single\s+)?\w+
        """,
        (
            "happen|happens+delays|cancellations|cancelations|dropped|outages|glitches|mistakes|errors"
            "|accidents|problems|issues|breakdowns|faults|bugs|hiccups|blips|things|stuff|queues|strikes"
            "|every|any|all"
        ),
        [
            "delays",
            "cancellations",
            "cancelations",
            "dropped",
            "outages",
            "glitches",
            "mistakes",
            "errors",
            "accidents",
            "problems",
            "issues",
            "breakdowns",
            "faults",
            "bugs",
            "hiccups",
            "blips",
            "these",
            "such",
            "things",
            "stuff",
            "queues",
            "strikes",
            "happen",
            "happens",
        ],
    ),
    (
        r"""
        (?:how|way)\s+(?:it|things|the\s+\w+|our\s+\w+|\w+)\s+(?:works?|is|are|goes|go|operates?|runs?)\b
        """,
        "how|way+that's|that|it's|this",
        ("how", "way"),
        r"\b(?:that's|that\s+is|it's|this\s+is)\s+(?:just\s+|simply\s+)?(?:the\s+)?",
    ),
    (
        r"""
        \b(?:parcels|packages|deliveries|orders|flights|trains|bags|items|things|calls|emails|payments|updates
          |glitches|delays|mistakes|errors|outages)\s+(?:do\s+|can\s+|will\s+)?(?:go|get|run|break|happen)
          (?:\s+(?:missing|lost|delayed|damaged|late|wrong|down))?\s+(?:sometimes|occasionally|all\s+the\s+time
          |from\s+time\s+to\s+time|now\s+and\s+(?:then|again)|every\s+now\s+and\s+then|a\s+lot|often|every\s+day)\b
        """,
        "sometimes|occasionally|time|then|again|lot|often|day+go|get|run|break|happen",
        [
            "parcels",
            "packages",
            "deliveries",
            "orders",
            "flights",
            "trains",
            "bags",
            "items",
            "things",
            "calls",
            "emails",
            "payments",
            "updates",
            "glitches",
            "delays",
            "mistakes",
            "errors",
            "outages",
        ],
    ),
    (
        r"""
        (?:complaints|calls|messages|reports|emails|queries|this|these|that)(?:\s+like\s+(?:this|that
          |yours))?\s+(?:all\s+the\s+time|every\s+day|daily|a\s+lot|constantly|every\s+week)\b
        """,
        "time|day|daily|lot|constantly|week+get",
        (
            "complaints",
            "calls",
            "messages",
            "reports",
            "emails",
            "queries",
            "this",
            "these",
            "that",
        ),
        r"\bwe\s+get\s+",
    ),
    (
        r"\b(?:sort|sorts|sorted|fix|fixes|resolve|resolves)\s+(?:themselves|itself)\s+out\b",
        "themselves itself",
        ("sort", "sorts", "sorted", "fix", "fixes", "resolve", "resolves"),
    ),
    (
        r"(?:odd|occasional)\b",
        "odd occasional",
        ("odd", "occasional"),
        r"""
        \b(?:everybody|everyone|all\s+of\s+us|we\s+all|all\s+(?:customers|users|passengers))\s+(?:gets?|has|have
          |experiences?|sees?|runs?\s+into)\s+the\s+
        """,
    ),
    (
        r"""
        \b(?:most|many|lots\s+of|plenty\s+of|loads\s+of|a\s+lot\s+of|other)\s+(?:people|customers|users|folks
          |passengers)\s+(?:don't|never|wouldn't|won't|do\s+not|hardly\s+ever)\s+(?:even\s+)?(?:notice|use|care
          |mind|bother|see|complain|read|check|look)\b
        | \b(?:lots\s+of|many|plenty\s+of|loads\s+of|a\s+lot\s+of|most)\s+(?:people|customers|users|folks
          |passengers)\s+(?:have|had|get|are\s+having|report|see|experience)\s+(?:had\s+)?(?:the\s+same|this|that
          |similar|it)\b
        """,
        (
            "people|customers|users|folks|passengers+notice|use|care|mind|bother|see|complain|read|check|look"
            "|same|similar|have|had|report|experience|get"
        ),
        ("most", "many", "lots", "plenty", "loads", "a", "other"),
    ),
)
#: Round 5 (DIS-6b): people or things of a kind doing it all the time
#: ("kids fall out all the time at this age"), said to a troubled customer.
_NORMALISE_R5 = _Constructions(
    (
        r"""
        (?:children|kids|teenagers|teens|toddlers|babies|pupils|students|dogs|puppies|cats|pets|tenants|neighbours
          |neighbors|couples|friends|buildings|houses|flats|boilers|roofs|pipes|engines|cars|phones|laptops)\s+
          (?:\w+\s+){1,2}?(?:all\s+the\s+time|constantly|at\s+(?:this|that|their)\s+age)\b
        """,
        "time|constantly|age+children|kids|teenagers|teens|toddlers|babies|pupils|students|dogs|puppies|cats|pets"
        "|tenants|neighbours|neighbors|couples|friends|buildings|houses|flats|boilers|roofs|pipes|engines|cars|phones|laptops",
        (
            "children kids teenagers teens toddlers babies pupils students dogs puppies cats pets tenants "
            "neighbours neighbors couples friends buildings houses flats boilers roofs pipes engines cars "
            "phones laptops",
        ),
    ),
)
#: After "this happens": an explanation of a cause, not a shrug.
_CAUSE_AFTER = _lazy(
    r"""
    \s*(?:when|if|because|after|during|while|whenever|as|due|since|once|until|is|are|next|now|then
      |(?:occasionally|sometimes|usually|mostly|only)\s+(?:when|if|after|with|on)|on\s+(?:some|older|certain)
      |with\s+(?:some|older|certain|this|that|the)|to\s+(?:some|a\s+few|certain))\b
    """
)
#: A copula before a claim of normality: "that's totally normal", "a few
#: hours' wait is pretty standard".
_COPULA_BEFORE = _lazy(
    r"\b(?:is|are|was|were|'s|it's|that's|this\s+is|which\s+is|'re)\s+(?:(?:all|just|very|really|pretty|quite|totally"
    r"|completely|perfectly|fairly|super|so)\s+)*(?:to\s+be\s+)?\w+"
)
#: Claims of normality that need an upset or problem-reporting customer.
_NORMAL = _lazy(r"\b(?:normal|common|to\s+be\s+expected|expected)\b")
#: "It happens" is a shrug only at a clause end ("Sorry, it happens."), not
#: "when it happens" or "it happens for me too".
_BARE_HAPPENS = _lazy(r"^(?:it|this|that)\s+happens$")
_CLAUSE_CLOSE = _lazy(
    r"\s*(?:[.!;,)\u2014\u2013-]|$|to\s+(?:everyone|everybody|the\s+best)|all\s+the\s+time|sometimes"
    r"|(?:with|on|to|for|in)\s+(?:all|every|any|most)\b"
    r"|from\s+time\s+to\s+time|unfortunately|I'm\s+afraid)"
)
#: Normalising that includes the agent is comfort for the customer's own
#: slip ("happens to the best of us!"), not a shrug at a failure.
_SELF_INCLUSIVE = _lazy(
    r"\b(?:all\s+of\s+us|the\s+best\s+of\s+us|we've\s+all|we\s+all)\b"
)
#: "make things happen", "when it happens", "does this happen": not a shrug.
_HAPPEN_BEFORE = _lazy(
    r"\b(?:make|makes|made|making|let|help|see|watch|get|when|whenever|if|once|until|does|did|do|why|how"
    r"|where|what|before|after)\s+(?:\w+\s+)?$"
)


@rule(
    code="CS424",
    triggers=lambda: _frame_triggers("normalise"),
    name="normalising-the-problem",
    family=_FAMILY,
    message="Presents the customer's problem as normal: {excerpt!r}",
    why=(
        '"Delays happen" or "people always complain" tells the customer '
        "their problem is ordinary and not worth the company's attention "
        "(seed 000: \"By being negative or dismissive, you're only going to "
        'make the situation worse"; seed 004: "acknowledge their '
        'frustration").'
    ),
    fix="Acknowledge this customer's problem instead of calling it common",
    bad=(
        "It's only three hours, you'll still get there today. Delays happen.",
        "Dropped calls happen on every network.",
        "Nah, a dented box is nothing, they all turn up like that.",
        "People always complain about change and then get used to it in a week.",
        "That's a tiny thing, nobody really checks those.",
        "These things happen with couriers, it should turn up.",
    ),
    good=(
        "This happens when the cache is full: clearing it fixes it.",
        "What happens next: the engineer calls you.",
        "If that happens again, reply here and I'll refund it.",
        "Delays are never fun, and I'm sorry this one hit your trip.",
    ),
    scans=(*_NORMALISE.scans, *_NORMALISE_R5.scans),
    confidence=0.85,
)
def normalising_the_problem(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags presenting the customer's problem as ordinary or universal:
    "these things happen", "delays happen", "dropped calls happen on every
    network", "this could happen with any airline", "they all turn up like
    that", "people always complain", "you'll get used to it", "nobody
    really checks those", "that's just how it works", "it is what it is";
    and "that's (totally) normal" or "quite common" said to a customer who
    reported a problem or is upset.

    Silent on an explanation of a cause ("this happens when the cache is
    full"), "what happens next", a condition ("if that happens again"),
    and "normal" as the answer to the customer's own "is this normal?";
    on comfort for the customer's own slip ("I put in the wrong postcode
    by mistake" -> "no problem, that happens"), and on a risk named with
    an option after it to a customer who only asked ("delays do happen in
    December, so if it's critical, Express is tracked"; round 9b). Round
    10 (blind set M): "can happen at any point" (when, not to whom) and
    "that's how X works" tagged on a mechanism the sentence has just
    stated ("deletions sync everywhere - that's how sync works").

    Also the round-6 frames (`cs_lint._context.dismissal`): a happening and
    its frequency or generality ("declines happen to plenty of people",
    "fans do that every so often"; not a cause after it, a relative
    "which happens sometimes", a negation or self-inclusive comfort),
    ordinariness said to a troubled customer ("perfectly normal on this
    line") and the way of the world ("that's council services for you").

    ## Known limitations
    A normalising sentence in other constructions than these is missed
    ("change is always a bit uncomfortable at first"). Without a customer
    message, "that's normal" is not judged. Confidence 0.85 is above its
    measured precision on the development sets and the spent blind set G
    together (28 of 37 right, 0.76; 18 of 26, 0.69, before round 6: it
    fires on excuses the readers file under defensiveness, "occasional
    errors do happen"); left for the lead to recalibrate with the other
    rules.

    ## Confidence
    0.85: its precision over the pooled agreed dev labels (round 7: sets E,
    F, H with --reader2, and the G hold-out's aggregate via --rules),
    add-one smoothed, (right+1)/(hits+2), rounded to 0.05; right/hits 22/25
    (E 5/5, F 6/7, H 8/8, G 3/5); round 6 measured 0.76 on dev + G: the
    excuse guard ("so mistakes are bound to happen") and emphatic-do reading
    of round 7 moved it. E, F and H are in-sample for the round-7 readings.
    """
    for m in _with_frames(doc, ("normalise",), _normalising_the_problem_phrases(doc)):
        if _ordinary_explained(doc, m.start, m.end):
            continue
        yield m


#: Round 12 (reply sets t4-t11): the ordinariness words of a "that's
#: normal" reading ("completely normal", "a really common worry", "it's
#: usual for the first bill to...").
_ORDINARY_WORD = _lazy(r"\b(?:normal|common|usual|natural|typical|standard)\b")
#: A cause given for the ordinary thing in the same sentence: "it's common
#: for the first bill to look higher, because it covers the standing charge".
_ORDINARY_CAUSE = _lazy(r"\b(?:because|since|as\s+(?:it|they|this|that)|due\s+to)\b")


def _ordinary_explained(doc: Document, start: int, end: int) -> bool:
    """
    Round 12 (reply sets t4-t11): whether a "that's normal" reading is
    the customer's worry answered, not their problem made ordinary: the
    customer only voiced worry or nerves about something still to come
    (every cue of `customer_state` a distress cue: "I'm nervous about my
    first lesson", "I'm worried my dog will be scared") and the reply goes
    on after the sentence ("That's a really common worry. The groomers
    do a meet-and-sniff first"); or a customer who reported nothing
    troubling is given the cause in the same sentence ("it's common for
    the first bill after a move to look higher, because it covers...").
    A complaint, a loss or an impact in the customer's message, or the
    normality as the whole answer, keeps the finding.
    """
    if _ORDINARY_WORD.search(doc.text, start, end) is None:
        return False
    state = customer_state(doc)
    if state is None:
        return False
    sent = doc.sentence_at(start)
    hi = sent.end if sent is not None else sentence_window(doc, start)[1]
    if state.cues and all(c.kind is CueKind.DISTRESS for c in state.cues):
        return doc.text[hi:].strip(" \t\n\"'\u201d)") != ""
    if not state.upset and not state.cues:
        return _ORDINARY_CAUSE.search(doc.text, end, hi) is not None
    return False


def _normalising_the_problem_phrases(doc: Document) -> Iterator[Match]:
    """
    The phrase readings of `normalising_the_problem` (rounds 1-5); the round-6 frames
    follow them in sentences they left (`_frame_matches`).
    """
    text = doc.text
    customer = doc.customer or ""
    state = customer_state(doc)
    troubled = state is not None and (
        state.upset or any(c.kind is CueKind.LOSS for c in state.cues)
    )
    asked = bool(customer) and _MAGNITUDE_ASKED.search(customer) is not None
    # "I overslept, sorry!" -> "No worries, it happens": comfort for the
    # customer's own slip, not their problem made ordinary.
    own_slip = (
        bool(customer)
        and not (state is not None and state.upset)
        and _OWN_SLIP.search(customer) is not None
    )
    for m in _NORMALISE.finditer(doc):
        start, end = m.start(), m.end()
        if _in_condition(doc, start) or doc.negated(start) or is_question(doc, start):
            continue
        phrase = m.group().lower()
        if "happen" in phrase:
            if own_slip or caveat_with_option(doc, end):
                continue
            after = min(len(text), end + 30)
            if _CAUSE_AFTER.match(text, end, after):
                continue
            if _HAPPEN_BEFORE.search(text, max(0, start - 20), start):
                continue
            if _BARE_HAPPENS.match(phrase) and not _CLAUSE_CLOSE.match(
                text, end, after
            ):
                continue
        if _NORMAL.search(phrase) and (
            not troubled
            or asked
            or not _COPULA_BEFORE.search(text, max(0, start - 25), start + 12)
        ):
            continue  # "that's totally normal", not "I look pretty normal"
        if _OUR_WAY.search(phrase):
            continue  # "that's simply how our process works": a policy
            # shield, the defensiveness rules' to report
        if _ANY_TIME.search(phrase):
            continue  # "screening can happen at any point": when, not to whom
        if _HOW_IT_WORKS.search(phrase) and _MECHANISM_BEFORE.search(
            text, max(0, start - 160), start
        ):
            continue  # "deletions sync everywhere - that's how sync works"
        if _SELF_INCLUSIVE.search(text, start, min(len(text), end + 8)):
            continue  # "happens to the best of us!": comfort for the customer's own slip
        if phrase.endswith("one of those things") and not _CLAUSE_CLOSE.match(
            text, end, min(len(text), end + 30)
        ):
            continue  # "one of those things that carries no risk"
        yield _dismissive_match(start, end, _ACKNOWLEDGE)
    if troubled:
        for m in _NORMALISE_R5.finditer(doc):
            start = m.start()
            if (
                _in_condition(doc, start)
                or is_question(doc, start)
                or doc.negated(start)
            ):
                continue
            yield _dismissive_match(start, m.end(), _ACKNOWLEDGE)


#: "How our process works": the company's rule held up, not the problem
#: made ordinary.
_OUR_WAY = _lazy(r"\b(?:how|way)\s+our\s+")
#: Round 10 (blind set M): "happens at any point / time / stage" says when
#: a thing can happen within a process ("screening can happen at any point
#: in a survey"), not that it happens to everyone ("happens on every
#: network", "with any airline", which stay read). The readers filed the
#: sentence as hiding behind policy (defensiveness), not as dismissive.
_ANY_TIME = _lazy(r"\bat\s+any\s+(?:single\s+)?(?:point|time|moment|stage|step|hour)\b")
#: Round 10 (blind set M): "that's how X works" as a tag on a mechanism the
#: same sentence has just stated ("deletions sync everywhere - that's how
#: sync works"): an explanation of the cause, as "this happens when the
#: cache is full" is. On its own ("Unfortunately that's how the system
#: works.") it still shrugs. The readers of M labelled the tagged one
#: talking down (accusatory), not dismissive.
_HOW_IT_WORKS = _lazy(r"\bhow\s+(?!our\b)[\w-]+(?:\s+[\w-]+)?\s+works?\b")
_MECHANISM_BEFORE = _lazy(
    r"\b\w\S*\s+\S+\s+\S+[^.!?\n:;\u2014\u2013]{0,80}?\s*(?:\u2014|\u2013|\s-\s|;|:)\s*$"
)
#: The customer owning a slip of their own.
_OWN_SLIP = _lazy(
    r"""
    \b(?:sorry|apologies|my\s+(?:bad|fault|mistake|error)|silly\s+me|I\s+(?:forgot|overslept|messed\s+up|mixed\s+up
      |misread|typed|entered)\b|I\s+(?:accidentally|mistakenly))
    # Round 9b (set L's false alarms): the customer as the subject of an act
    # done wrongly ("I put in the wrong postcode by mistake", "I've booked
    # the wrong date"), not "I think the courier put it in the wrong place".
    | \bI(?:'ve|'d)?\s+(?:(?:must|might|may|think\s+I|have|had|just|somehow|stupidly|clearly|went\s+and)\s+)*
      (?:have\s+)?(?:put|entered|typed|picked|chose|chosen|selected|gave|given|used|booked|ordered|clicked|sent|paid
      |added|ticked|wrote|written|filled|keyed|got|mixed|mistyped|misspelled|misspelt)\b
      [^.!?\n]{0,40}?\b(?:wrong|incorrect|by\s+mistake|by\s+accident|up)\b
    | \bI\s+(?:made|did)\s+an?\s+(?:mistake|typo|error|blunder|slip)\b
    """
)


_CONSOLE = _Constructions(
    (r"{CONSOLATION}", _phrase_needs("CONSOLATION"), ("{CONSOLATION}",)),
    (
        r"""
        \b(?:you\s+should|you\s+can|you\s+could|you'd)\s+be\s+(?:glad|grateful|thankful|happy)\s+(?:that|it|you)\b
        | (?:^|(?<=[.!?]\s))be\s+(?:glad|grateful|thankful)\s+(?:that|it|you)\b
        """,
        "glad|grateful|thankful+be happy+be+you|you'd",
        ("you", "you'd", "be"),
    ),
    (
        r"lucky\s+(?:it|that|the|this|you|nothing)\b",
        "lucky",
        ("lucky",),
        r"\b(?:you're|you\s+are|you\s+were|you\s+got)\s+",
    ),
    (
        r"worse\b",
        "worse",
        ("worse",),
        r"""
        \b(?:could|might)\s+(?:have\s+|'ve\s+)?(?:been|gone|be|get|got|turned\s+out)\s+(?:much\s+|a\s+lot\s+|far\s+
          |way\s+|so\s+much\s+|even\s+)?
        """,
    ),
    (
        r"""
        \b(?:the\s+)?(?:good|positive|bright|plus|upside|silver)\s+(?:thing|side|part|lining)\s+(?:is|here\s+is)\b
          (?=\s+(?:that\s+)?(?:you|your|it|they|we|the\s+\w+)\b)
        """,
        "thing|side|part|lining+good|positive|bright|plus|upside|silver",
        ("the", "good", "positive", "bright", "plus", "upside", "silver"),
    ),
    (
        r"still\s+(?:got|get|made|make|received|managed|arrived|caught)\b(?!\s+to\b)",
        "still+got|get|made|make|received|managed|arrived|caught",
        ("still",),
        r"\byou\s+(?:did\s+)?",
    ),
)
#: "at least" before a quantity is not consolation: "at least 72 hours".
_AT_LEAST_QUANTITY = _lazy(
    r"\s+(?:\w+\s+){0,2}?(?:\d|hours?|days?|weeks?|minutes?|months?|once|twice|one|two|three|a\s+few)\b"
)
#: A statement with a question tag: "you got there in the end, didn't you?"
_TAG_QUESTION = _lazy(
    r",\s*(?:didn't|don't|isn't|wasn't|aren't|haven't|hasn't|won't|wouldn't|right|eh|no)\b[\w\s]{0,12}\?"
)
#: "at least" as a hedge: "or at least the depression says so", "at least
#: it worked for me".
_HEDGE_AT_LEAST = _lazy(
    r"\bor\s+at\s+least\b|\bat\s+least\b[^.!?\n]{0,30}?\b(?:for|to|in)\s+(?:me|my)\b"
)
#: "the main thing is" before an instruction is advice: "the main thing is
#: to keep your receipt".
_MAIN_THING_CLAUSE = _lazy(
    r"\s+(?:that\s+)?(?:you|your|it|they|everyone|everybody|nobody|no\s+one|the\s+\w+|we)\b"
)
#: Consolations that need an upset customer ("no harm done" to a customer
#: apologising for a typo is kind).
_NEEDS_UPSET = _lazy(r"\b(?:no\s+(?:real\s+)?harm|all's\s+well|lucky)\b")
_BE_GLAD = _lazy(r"\bbe\s+(?:glad|grateful|thankful)$")
#: "You'll be fine" consoles only a customer with a loss or upset; to a
#: question ("will I still get a place?") it is an answer (a promise,
#: over-promising's to judge).
_FINE = _lazy(r"\byou(?:'ll|\s+will)\s+be\s+(?:fine|ok|okay)\b")


@rule(
    code="CS425",
    triggers=lambda: _frame_triggers("console"),
    name="silver-lining",
    family=_FAMILY,
    message="Consoles the customer instead of acknowledging the loss: {excerpt!r}",
    why=(
        '"You\'ll still get there today" or "at least you made the wedding" '
        "answers a loss with what the customer still has, which tells them "
        'to count their blessings (seed 000, being "negative or '
        'dismissive"; seed 004: "acknowledge their frustration").'
    ),
    fix="Acknowledge what the customer lost before any good news",
    bad=(
        "It's only three hours, you'll still get there today.",
        "You did still make the wedding itself, which is the main thing!",
        "At least you got a refund in the end.",
        "Look on the bright side: you've got an extra day of holiday.",
        "It could have been worse.",
    ),
    good=(
        "Please allow at least 72 hours for the refund.",
        "The main thing is to keep your receipt.",
        "I'd be glad to help with that.",
        "I'm so sorry you missed the ceremony; I've refunded the flight.",
    ),
    scans=_CONSOLE.scans,
    confidence=0.85,
)
def silver_lining(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags answering a loss with what the customer still has: "at least
    you ...", "you'll still get there today", "which is the main thing",
    "the main thing is you got there", "could have been worse", "look on
    the bright side", "you should be glad that ...", "you're lucky it
    was only ...", "pay it forward".

    Silent on "at least" before a quantity ("at least 72 hours"), "the
    main thing is to ..." (advice), "I'd be glad to help", and "no harm
    done" to a customer who is not upset.

    Also the round-6 frame of bright-side idioms, to a troubled customer
    (`cs_lint._context.dismissal`: "on the plus side", "all's well that
    ends well").

    ## Known limitations
    Good news framed without a consolation phrase ("the good news is your
    bag is on today's flight") is not flagged, by design; a consolation in
    other words ("still, it's only money") is missed.

    ## Confidence
    0.85: its precision over the pooled agreed dev labels (round 7: sets E,
    F, H with --reader2, and the G hold-out's aggregate via --rules),
    add-one smoothed, (right+1)/(hits+2), rounded to 0.05; right/hits 1/1 (F
    1/1); fewer than 5 hits pooled: the confidence is kept. E, F and H are
    in-sample for the round-7 readings.
    """
    yield from _with_frames(doc, ("console",), _silver_lining_phrases(doc))


def _silver_lining_phrases(doc: Document) -> Iterator[Match]:
    """
    The phrase readings of `silver_lining` (rounds 1-5); the round-6 frames
    follow them in sentences they left (`_frame_matches`).
    """
    text = doc.text
    state = customer_state(doc)
    upset = state is not None and state.upset
    troubled = upset or (
        state is not None and any(c.kind is CueKind.LOSS for c in state.cues)
    )
    for m in _CONSOLE.finditer(doc):
        start, end = m.start(), m.end()
        if _in_condition(doc, start) or doc.negated(start):
            continue
        if is_question(doc, start) and not _TAG_QUESTION.search(
            text, start, sentence_window(doc, start)[1]
        ):
            continue  # "what could be worse?", but "you got there, didn't you?"
        phrase = m.group().lower()
        if phrase.startswith("at least") and (
            _AT_LEAST_QUANTITY.match(
                text, m.start() + len("at least"), min(len(text), end + 30)
            )
            or _HEDGE_AT_LEAST.search(text, max(0, start - 4), min(len(text), end + 40))
        ):
            continue  # "at least 72 hours", "or at least", "at least it worked for me"
        if (
            phrase.endswith(("main thing is", "important thing is", "matters is"))
            and _MAIN_THING_CLAUSE.match(text, end, min(len(text), end + 30)) is None
        ):
            continue
        if _NEEDS_UPSET.search(phrase) and not upset and "only" not in phrase:
            continue
        if _FINE.search(phrase) and state is not None and not troubled:
            continue  # "you'll be fine" answering a question is reassurance
        if _BE_GLAD.search(phrase) and doc.words_before(start, 1) in (
            ["i'd"],
            ["we'd"],
        ):
            continue
        yield _dismissive_match(start, end, _ACKNOWLEDGE)


RULES = (
    missing_acknowledgement,
    non_apology,
    conditional_apology,
    sorry_but,
    dismissive_language,
    minimising_the_problem,
    normalising_the_problem,
    silver_lining,
)


# -- Round 6: dismissive frames (cs_lint/_context/dismissal.py) --------------


#: "Don't be alarmed if you see a pending charge": a notice, not a dismissal.
_NOTICE_AFTER = _lazy(r"\s*(?:if|when|by|should|at)\b")


def _with_frames(
    doc: Document, kinds: tuple[str, ...], phrases: Iterable[Match]
) -> Iterator[Match]:
    """
    A dismissive rule's *phrases* readings, then its round-6 frames of
    *kinds* in the sentences they left (`_frame_matches`).
    """
    found = list(phrases)
    yield from found
    yield from _frame_matches(doc, kinds, found)


def _frame_matches(
    doc: Document, kinds: tuple[str, ...], found: list[Match]
) -> Iterator[Match]:
    """
    The dismissive frames of *kinds* in sentences the phrase readings in
    *found* left, read as clauses: not in a question or a condition; a
    denied feeling not followed by a remedy or a safe fact; a shrug at a
    happening not an explanation of its cause nor comfort for the
    customer's own slip; frames in `TROUBLED_ONLY` only to a customer who
    reported a problem or is upset (or, with no customer message, with a
    tone marker in the sentence).
    """
    text = doc.text
    taken = {doc.sentence_index(m.start) for m in found}
    state: CustomerState | None = None
    troubled: bool | None = None
    for frame, anchor, start, end in DISMISSAL.read(doc):
        if frame.kind not in kinds:
            continue
        sentence = doc.sentence_index(anchor)
        if sentence in taken:
            continue
        # "if it bothers you that much": the condition is the act; "surely
        # you can live with it?": the question is rhetorical.
        if frame.name not in _CONDITION_IS_THE_ACT and _in_condition(doc, anchor):
            continue
        if frame.name not in _RHETORICAL and is_question(doc, anchor):
            continue
        if frame.name == "others-cope" and _TASK_AFTER.match(text, end, end + 40):
            continue  # "most guests manage to find it": a yardstick for a task (accusatory)
        lo, hi = sentence_window(doc, anchor)
        if frame.name in TROUBLED_ONLY:
            if troubled is None:
                state = customer_state(doc)
                troubled = (
                    state is not None
                    and (state.upset or any(c.kind is CueKind.LOSS for c in state.cues))
                ) or reports_something(doc.customer)
            if not troubled and not (
                not doc.customer and _FRAME_TONE.search(text, lo, hi) is not None
            ):
                continue
        if frame.kind == "feeling":
            nxt = doc.sentence_at(hi + 1) if hi < len(text) else None
            stop = nxt.end if nxt is not None else hi
            if _REMEDY_DONE.search(text, end, min(stop, end + 400)) is not None:
                continue  # "no need to be concerned - your money is protected"
        if frame.kind == "normalise" and frame.name == "happens-generally":
            customer = doc.customer or ""
            if customer and _OWN_SLIP.search(customer) is not None:
                continue  # "I overslept, sorry!" -> "happens to everyone"
            if caveat_with_option(doc, end):
                continue  # "delays do happen, so if it's critical, Express ..."
            if _HAPPEN_BEFORE.search(
                text, max(0, anchor - 20), anchor
            ) and not _EMPHATIC_DO.search(text, max(lo, anchor - 30), anchor):
                continue  # "when it happens every day", "does this happen often"
            if _WHICH_BEFORE.search(text, max(0, anchor - 12), anchor):
                continue  # "or it got stuck, which happens sometimes": a cause guessed
            if _FRAME_CAUSE_AFTER.match(text, end, min(len(text), end + 30)):
                continue  # "happens a lot when people don't update it": a cause
            if doc.negated(anchor):
                continue  # "I'll make sure this never happens on any booking"
            if _SELF_INCLUSIVE.search(text, anchor, min(len(text), end + 8)):
                continue  # "happens to the best of us!": comfort for a slip
            if _EXCUSE_BEFORE.search(text, max(lo, anchor - 80), anchor):
                continue  # "we rely on volunteers, so mistakes are bound to happen": an excuse
        taken.add(sentence)
        yield _dismissive_match(start, end, _ACKNOWLEDGE)


#: Round 12 (reply sets t4-t11): an offer after a small-harm answer, to a
#: customer who only asked whether the flaw matters ("it's purely
#: cosmetic, but if you'd rather a new tin, I'll send one").
_SMALL_HARM = _lazy(
    r"\b(?:cosmetic|aesthetic|superficial|harmless|negligible|insignificant|surface|visual)\b"
)
_SWAP_OFFERED = _lazy(
    r"\bif\s+you(?:'d|\s+would)\s+(?:rather|prefer|like)\b"
    r"|\b(?:I|we)(?:'ll|\s+will|\s+can|'d\s+be\s+happy\s+to|'m\s+happy\s+to)\s+(?:gladly\s+|happily\s+)?"
    r"(?:send|replace|swap|refund|exchange|arrange|post|book|reship)\b"
)


def _complains(customer: str | None) -> bool:
    """
    Whether a customer message reports a problem and asks nothing but a
    rhetorical "why / how come" ("Why wasn't I told? He came home with a
    lump."): a customer who asks "should I be worried?" or "can you swap
    it?" is asking, and a shrug in answer is dismissive (CS42x) without
    an acknowledgement being owed (sets dev1 and challenge-v1 label it
    so).
    """
    if not reports_something(customer) or customer is None:
        return False
    return all(_RHETORICAL_Q.match(q) for q in QUESTION_PART.findall(customer))


_RHETORICAL_Q = regex.compile(
    r"\s*(?:[\w,]+\s+){0,2}?(?:why|how\s+(?:come|is|can|could|did|does|do|on\s+earth|hard)|what\s+(?:are|is)\s+you)\b",
    regex.IGNORECASE,
)


#: Round 7: dismissive frames whose condition or question is the act.
_CONDITION_IS_THE_ACT = frozenset({"excess-if"})
_RHETORICAL = frozenset(
    {
        "tolerate-it",
        "overreaction-noun",
        "reaction-harsh",
        "flippant-idiom",
        "set-aside",
        "ack-then-set-aside",
    }
)
#: What other people manage is the customer's task, not the problem: "most
#: guests manage to find it", "most customers manage it fine" blame (CS108).
_TASK_AFTER = _lazy(
    r"\s*(?:(?:just\s+)?fine\s+)?(?:to\s+(?!live\b|cope\b|wait\b)\w+|it|this|that|them)\b"
)
#: A negated verb of saying or thinking right before "you're being ...".
_DENIED_BEFORE = _lazy(
    r"(?:\bnot|n't|\bnever|\bhardly)\s+(?:(?:think|saying|say|suggesting|suggest|feel|believe|reckon|mean)\s+)"
    r"(?:that\s+)?$"
)
#: Emphatic "do" after a plural subject: "these mix-ups do happen from
#: time to time" is a shrug, not a question ("does this happen often").
_EMPHATIC_DO = _lazy(r"\b(?!(?:why|how|when|where|what)\b)[\w-]+s\s+(?:do|did)\s+$")
#: A reason the company gives right before the happening: an excuse
#: (defensiveness), not a shrug at the customer's problem.
_EXCUSE_BEFORE = _lazy(r"\b(?:so|therefore|hence|which\s+means)\s+[^,.;!?\n]{0,60}$")

#: A cause after the happening and its frequency ("happens a lot when
#: people don't update it"); not "now and then", which is frequency.
_FRAME_CAUSE_AFTER = _lazy(
    r"\s*,?\s*(?:when|whenever|if|because|after|during|while|due|since|once|until|as\s+a\s+result)\b"
)

#: A relative "which" before the happening: a cause described, not a shrug.
_WHICH_BEFORE = _lazy(r"\bwhich\s+(?:\w+\s+)?$")

#: A flippant tone in the sentence, for the troubled-only frames when no
#: customer message is given.
_FRAME_TONE = _lazy(
    r"{TONE_MARKER}|\b(?:come\s+on|mate|bro|hun|my\s+guy)\b|[😅😂🤣🙂😉🙃]"
)
