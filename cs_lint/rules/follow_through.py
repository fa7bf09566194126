"""
Follow-through (CS8xx): promises with no time or owner, and replies that
leave the customer with no next step.

Grounded in seed 001 ("Failure to follow up": leaving a customer without a
resolution or a clear way forward) and seed 004 ("Offer a solution" and
"Follow up": tell the customer what happens next, by when and who does it).

The rules read the reply's commitments (`commitments`): "someone
will be in touch soon" names neither a time nor an owner; "I'll call you
back by 4pm" names both and is never flagged. A reply that also gives the
customer a concrete step ("DM us your order number", a link, a question)
already has a way forward, so its vague promise is left alone. Quoted words
and signatures are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cs_lint._authoring.rule import Match, rule, trigger_words
from cs_lint._base.finding import Family, Suggestion
from cs_lint._context.commitments import (
    _MODAL_WORDS,
    _VAGUE_WORDS,
    Commitment,
    commitments,
)
from cs_lint._context.reply import Alternatives, body_end, thread_part
from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern


_FAMILY = Family.FOLLOW_THROUGH


# -- shared context -----------------------------------------------------------

#: Promised actions that follow up on the customer's case: contact, a look,
#: a fix, something sent.
_FOLLOW_UP = compile_pattern(
    r"""
    (?:be\s+(?:in\s+touch|in\s+contact|back\s+(?:in\s+touch|to\s+you)|(?:getting|reaching)
      |contacting|responding|replying|looking|sending|following)
    | be\s+(?:\w+ly\s+)?(?:contacted|called|emailed|e-mailed|messaged|notified|updated
      |informed|refunded|credited|sent|helped|looked\s+into|investigated|reviewed
      |dealt\s+with|addressed|handled|sorted|resolved|fixed|processed|replaced|escalated
      |followed\s+up|picked\s+up|checked|issued|repaired|corrected)
    | get\s+(?:back|in\s+touch|(?:this|it|that|things|everything)\s+(?:sorted|fixed|resolved))
    | reach\s+out|follow\s+up|circle\s+back|touch\s+base|contact|call|ring|phone|email|e-mail
    | message|text|dm|update|respond|reply|answer|let\s+you\s+know|keep\s+you\s+(?:updated|posted)
    | look\s+into|take\s+a\s+(?:closer\s+)?look|investigate|check|review|escalate|pass
    | resolve|fix|sort|process|refund|credit|replace|send|ship|arrange|deal\s+with|handle
    | hear|receive|get\s+(?:a|an|the|your)\s+(?:\w+\s+)?(?:reply|response|answer|call|email
      |update|refund|credit|replacement|message|text)
    )\b
    """
)
#: A step the customer can take now: an instruction, a link, a question.
_CUSTOMER_STEP = compile_pattern(
    r"""
    \b(?:please|pls|plz|kindly)\s+(?!note\b|be\s+(?:patient|advised|aware|assured)\b
      |accept\b|bear\b|rest\b|allow\b|wait\b)\w
    | \b(?:dm|pm)\s+(?:us|me)\b|\bsend\s+(?:us|me)\b|\bdrop\s+(?:us|me)\b
    | \b(?:call|ring|phone|email|e-mail|contact|visit|message|text)\s+(?:us|me|our|the)\b
    | \breply\s+(?:here|to\s+(?:this|us))\b|\bfollow\s+(?:us|the\s+link)\b
    | https?://|\bwww\.|\?
    | \byou\s+(?:can|could|may)\s+(?!not\b)\w
    | \b(?:reference|ref|case|ticket|claim)\s*(?:number|no\.?|\#|id)\b
    | \b(?:dm|dms|direct\s+message|in-app|live\s+chat)\b
    """
)


def _customer_step(doc: Document) -> bool:
    """
    Return whether the reply's body gives the customer a step of their own.
    """
    end = body_end(doc)
    for m in _CUSTOMER_STEP.finditer(doc.text, 0, end):
        if doc.in_agent_zone(m.start()) and not doc.in_quote(m.start()):
            return True
    return False


def _any_timed(doc: Document) -> bool:
    """
    Return whether any commitment in the reply gives a concrete time.
    """
    return any(c.timed for c in commitments(doc))


def _follow_up(doc: Document, c: Commitment) -> bool:
    return _FOLLOW_UP.match(doc.text, c.action_start, c.action_end) is not None


#: Words of the open-ended follow-ups CS802 flags.
_OPEN_ENDED_WORDS = trigger_words(
    "touch contact back looking contacted updated notified reach follow circle "
    "look investigate review looked investigated reviewed dealt addressed "
    "handled sorted followed picked"
)
_MODALS = frozenset((*_MODAL_WORDS, "let"))  # "let me look into it" too


def _promised_near(doc: Document, words: frozenset[str]) -> bool:
    """
    Return whether one sentence holds one of *words* and a word that can
    make a commitment ("will", "we'll", "going", "should", "promise", ...):
    without one, `commitments` can hold nothing a follow-up rule
    flags, and the extraction is skipped.
    """
    for w in doc.trigger_windows:
        if words.isdisjoint(w):
            continue
        if not _MODALS.isdisjoint(w) or any(x.endswith("'ll") for x in w):
            return True
    return False


# -- CS801 ------------------------------------------------------------------

#: Owners that name nobody in particular.
_NOBODY = compile_pattern(
    r"(?:someone|somebody|a\s+member\s+of|one\s+of\s+(?:our|the|my)\s+(?:team|colleagues))"
)


@rule(
    code="CS801",
    name="vague-timeline",
    family=_FAMILY,
    triggers=trigger_words(
        "soon soonest shortly asap due point future later eventually sometime time "
        "bit while possible quickly fast promptly earliest long"
    ),
    message="Promises follow-up with no real time: {excerpt!r}",
    why=(
        '"Soon" and "in due course" leave the customer guessing when to '
        "expect anything, and the follow-up they were promised is the one "
        'they chase (seed 001, "Failure to follow up"; seed 004, "Follow '
        'up").'
    ),
    fix="Give a time the customer can hold you to",
    bad=(
        "Thanks for your patience. Someone will be in touch soon.",
        "Our billing team will contact you in due course.",
        "We'll get back to you as soon as possible.",
        "You'll hear from us at some point next month.",
        "One of the team will be in touch shortly.",
    ),
    good=(
        "I'll call you back by 4pm today with an update.",
        "Please DM us your order number and we'll get back to you soon.",
        "We'll be in touch shortly with the tracking link.",
        "You'll receive a refund within 5 working days.",
        "The new colours will be in stores soon.",
        "I'll update you as soon as I hear from the warehouse.",
    ),
)
def vague_timeline(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a follow-up promise whose only time is vague: "someone will be in
    touch soon", "we'll get back to you as soon as possible", "our team
    will contact you in due course", "you'll hear from us at some point".

    Not flagged: a concrete time ("by 4pm", "within 24 hours", "as soon as
    I hear from the warehouse"); a reply that also gives the customer a
    step of their own (a question, a link, "DM us"); news that is not a
    follow-up ("the new colours will be in stores soon"); "shortly" from
    the agent's own side ("we'll be in touch shortly"), which means
    minutes, unless the owner is nobody in particular ("someone will be in
    touch shortly").

    ## Known limitations
    Vague times in sentences with no future ("an update is coming soon")
    are not read as commitments.
    """
    if not _promised_near(doc, _VAGUE_WORDS):
        return
    vague = [
        c
        for c in commitments(doc)
        if c.vague
        and c.deadline_start is not None
        and not c.conditional
        and c.certainty != "hedged"
        and _follow_up(doc, c)
    ]
    if not vague or _customer_step(doc) or _any_timed(doc):
        return
    for c in vague:
        assert c.deadline_start is not None
        assert c.deadline_end is not None
        word = doc.lower[c.deadline_start : c.deadline_end]
        nobody = _NOBODY.match(doc.text, c.start, c.end) is not None
        if word == "shortly" and c.actor in ("I", "we") and not nobody:
            continue
        yield Match(
            c.deadline_start,
            c.deadline_end,
            suggestions=(
                Suggestion(
                    "Say when: “I'll update you by 5pm tomorrow” or “you'll "
                    "hear from us within 2 working days”."
                ),
            ),
        )


# -- CS802 ------------------------------------------------------------------


@rule(
    code="CS802",
    name="open-ended-follow-up",
    family=_FAMILY,
    triggers=_OPEN_ENDED_WORDS,
    message="Promises a follow-up with no time and no next step: {excerpt!r}",
    why=(
        '"We\'ll look into it" with no time, no owner and nothing for the '
        "customer to do leaves them waiting on a promise they cannot check, "
        'and they end up chasing it (seed 001, "Failure to follow up"; seed '
        '004, "Offer a solution").'
    ),
    fix="Say who follows up and by when, or what the customer can do now",
    bad=(
        "Thanks for letting us know. We'll look into it.",
        "Someone will be in touch.",
        "Your complaint will be looked into.",
        "Our team will get back to you.",
    ),
    good=(
        "We'll look into it and update you by Friday.",
        "DM us your order number and we'll look into it.",
        "I've escalated this to our billing team; they'll email you within 24 hours.",
        "We'll look into it. In the meantime, you can use the web version.",
        "If it happens again, we'll look into it.",
    ),
)
def open_ended_follow_up(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a promise to follow up that has no time at all and leaves the
    customer with nothing to do: "we'll look into it", "someone will be in
    touch", "our team will get back to you", "your complaint will be passed
    on".

    Not flagged: a promise with a time ("by Friday", "within 24 hours") —
    or a vague one, which CS801 reports; a reply that offers any other way
    forward (a step for the customer, an action already taken, a question,
    a link); a conditional promise ("if it happens again, we'll look into
    it").
    """
    if not _promised_near(doc, _OPEN_ENDED_WORDS):
        return
    if thread_part(doc):
        return
    open_ended = [
        c
        for c in commitments(doc)
        if c.deadline is None
        and not c.conditional
        and c.actor != "customer"
        and _OPEN_ENDED.match(doc.text, c.action_start, c.action_end)
    ]
    if not open_ended or _any_timed(doc) or _customer_step(doc):
        return
    alternatives = Alternatives(doc)
    for c in open_ended:
        if not alternatives.anywhere(c.start, c.end):
            yield Match(c.start, c.end, suggestions=(_WHEN,))


_WHEN = Suggestion(
    "Add who follows up and when: “I'll look into it and update you by 5pm tomorrow.”"
)
#: Open-ended follow-ups: contact or a look, the kind a customer waits on.
_OPEN_ENDED = compile_pattern(
    r"""
    (?:be\s+(?:in\s+touch|in\s+contact|back\s+(?:in\s+touch|to\s+you)|looking\s+into)
    | be\s+(?:contacted|updated|notified|looked\s+into|investigated|reviewed|dealt\s+with
      |addressed|handled|sorted|followed\s+up|picked\s+up)
    | get\s+back|reach\s+out|follow\s+up|circle\s+back|contact\s+you|look\s+into
    | take\s+a\s+(?:closer\s+)?look|investigate|review\s+(?:it|this|that|your))
    """
)


# -- CS803 ------------------------------------------------------------------

#: The customer reports a problem or a pending issue.
_PROBLEM = compile_pattern(
    r"""
    \b(?:no\s+one|nobody|still|broken|broke|not\s+working|stopped\s+working|error|errors
      |wrong|missing|lost|late|delay(?:ed|s)?|cancell?ed|waiting|waited|await(?:ing)?|pending
      |refund|charged|overcharged|complain\w*|complaint|worst|terrible|awful|horrible
      |disappoint\w*|unacceptable|ridiculous|useless|fail(?:ed|s|ing)?|stuck|crash\w*
      |excuse|excuses|fought|no\s+(?:results?|answers?|reply|response|help|real)
      |(?:won't|wont|didn't|didnt|haven't|havent|hasn't|hasnt|can't|cant|doesn't|doesnt)
        \s+(?:\w+\s+)?(?:give|get|work|arrive|receive|respond|reply|help|load|let|come|show))\b
    """
)
#: Sentences that say nothing about what happens next: thanks, apology,
#: sympathy, a value statement, a pleasantry.
_CONTENTLESS = compile_pattern(
    r"""
    (?:(?:@\w+\s+)*(?:(?:hi|hey|hello|hiya|dear)(?:\s+there|\s+\w+)?\s*[,!.]\s*)?)
    (?:(?:we|I)(?:'re|'m|\s+are|\s+am)?\s+(?:so\s+|very\s+|really\s+|truly\s+|sincerely\s+
        |deeply\s+|extremely\s+|terribly\s+)*(?:sorry|apologi[sz]e|regret)
      | (?:our|my)\s+(?:sincere\s+|deepest\s+)?apologies | (?:so\s+|very\s+|really\s+)?sorry
      | thanks?\b | thank\s+you | (?:we|I)\s+(?:really\s+|truly\s+|do\s+)?appreciate
      | (?:we|I)\s+(?:completely\s+|totally\s+|fully\s+|certainly\s+|can\s+)?(?:understand
        |hear\s+you|get\s+(?:it|that)|can\s+(?:only\s+)?imagine|know\s+how)
      | (?:we|I)(?:'re|\s+are|'m|\s+am)\s+(?:always\s+|so\s+|very\s+|really\s+)?(?:glad|happy
        |pleased|delighted)\s+(?:we|I|you|to\s+(?:hear|see|know))
      | (?:we|I)\s+(?:always\s+|definitely\s+|really\s+|certainly\s+|truly\s+)?(?:strive|aim
        |want|wish|value|care|take\s+\w+\s+(?:very\s+)?seriously)
      | (?:we|I)(?:'re|\s+are|'m|\s+am)\s+(?:always\s+)?here\s+(?:for|to\s+help)
      | (?:have|enjoy)\s+a\s+(?:great|good|nice|lovely|wonderful|fantastic)\s+\w+
      | your\s+(?:feedback|comments?|satisfaction|experience)\s+(?:is|are|matters?)
      | that(?:'s|\s+is)\s+(?:not|definitely\s+not|certainly\s+not|never)\s+(?:the|what|how)
      | (?:we|I)\s+hope\s+(?:you|this|that)
    )
    """
)
#: A sentence that only greets or acknowledges: "Hello there!", "Ok.",
#: "Hi Sam," — neither content nor a next step.
_GREETING = compile_pattern(
    r"""
    (?:(?:hi|hey|hello|hiya|dear|good\s+(?:morning|afternoon|evening))(?:\s+there|\s+[\w-]+){0,2}
      |ok|okay|alright|all\s+right|sure|noted|got\s+it|understood|right|of\s+course)
    \s*[,!.:]*
    """
)
_THANKS = compile_pattern(
    r"""
    (?:(?:@\w+\s+)*(?:(?:hi|hey|hello|hiya|dear)(?:\s+there|\s+\w+)?\s*[,!.]\s*)?)
    (?:thanks?\b|thank\s+you|(?:we|I)\s+(?:really\s+|truly\s+|do\s+)?appreciate)
    """
)
#: Inside a contentless sentence, anything that is an action or a step.
_STEP_INSIDE = compile_pattern(
    r"""
    \b(?:I|we)(?:'ve|'ll|'d|\s+will|\s+have|\s+would|\s+shall)\b|\b(?:I|we)\s+can(?!\s+to\b)
    | \b(?:I|we)\s+(?:sent|passed|raised|escalated|refunded|issued|credited|arranged|booked)\b
    | \byou(?:'ll|\s+will|\s+can|\s+could|\s+should|\s+may|\s+need)\b
    | \b(?:please|pls|dm|pm|call|email|visit|click|reply|contact)\b|https?://|\?|\d
    | \b(?:if|once|when|until|unless|will|won't|however|but|because|since|due\s+to
      |working|looking\s+into|investigating|checking)\b|'ll\b
    """
)
#: What ends a reply and is not part of its message: handles, tweet
#: signatures (^AB, *Name, -Jo).
_SIGNATURE = regex.compile(
    r"(?:\s*(?:[\^*~]\s?[\w.]{1,25}|[-\u2013\u2014/]\s?[A-Z][\w.]{0,20}(?:\s[A-Z]\w{0,15})?)"
    r"\s*(?:https?://\S+\s*)?)$"
)
_HANDLES = regex.compile(r"(?:@\w{1,30}\s*)+")


@rule(
    code="CS803",
    name="missing-next-step",
    family=_FAMILY,
    needs=("customer",),
    message="Leaves the customer with no next step: {excerpt!r}",
    why=(
        "The customer raised a problem; a reply of thanks, apology or "
        "sympathy alone leaves it unresolved and them wondering what happens "
        'now (seed 001, "Failure to follow up"; seed 004, "Offer a solution").'
    ),
    fix="Add what happens next: an action, a question, or a way forward",
    bad=(
        "We sincerely apologise for the disappointment. We always strive to "
        "give every customer a great experience.\n\n"
        "> My parcel is a week late and nobody has told me why.",
        "Thank you for your feedback. Have a great day!\n\n"
        "> I'm still waiting for the refund you promised last week.",
    ),
    good=(
        "So sorry about this. I've rebooked the delivery for Tuesday.\n\n"
        "> My parcel is a week late and nobody has told me why.",
        "We're sorry to hear that. Could you DM us your order number?\n\n"
        "> The app keeps crashing when I log in.",
        "Thank you, glad we could help! Have a great day!\n\n"
        "> Thanks so much, it works now.",
    ),
)
def missing_next_step(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a reply to a customer who reported a problem (something broken,
    late, missing, wrong, or still pending) when every sentence of the
    reply is thanks, apology, sympathy or a pleasantry: "We sincerely
    apologise for the disappointment. We always strive to give a great
    experience." The finding sits on the reply's last sentence, where the
    next step belongs.

    Needs the customer message. Not flagged: a reply with any action,
    question, link, instruction or commitment; a customer who only says
    thanks or asks nothing of support; a reply that is one part of a
    thread ("1/2").

    ## Known limitations
    Conservative by design: a reply that states a fact ("it was delivered
    on Monday") counts as content, even when it does not move the problem
    on.
    """
    customer = doc.customer or ""
    if _PROBLEM.search(customer) is None or thread_part(doc):
        return
    end = body_end(doc)
    last: tuple[int, int] | None = None
    # A bare "Thanks!" acknowledges a message in a running conversation;
    # only apology, sympathy or platitudes with nothing else count.
    saw_more_than_thanks = False
    for sent in doc.sentences:
        if sent.start >= end:
            break
        if not doc.in_agent_zone(sent.start) or doc.in_quote(sent.start, sent.end):
            continue
        s_start, s_end = sent.start, min(sent.end, end)
        handles = _HANDLES.match(doc.text, s_start, s_end)
        if handles is not None:
            s_start = handles.end()
        sig = _SIGNATURE.search(doc.text, max(s_start, s_end - 80), s_end)
        if sig is not None:
            s_end = sig.start()
        if s_end <= s_start:
            continue
        if _GREETING.fullmatch(doc.text, s_start, s_end):
            continue
        head = _CONTENTLESS.match(doc.text, s_start, min(s_end, s_start + 200))
        if head is None or _STEP_INSIDE.search(doc.text, s_start, s_end):
            return
        if _THANKS.match(doc.text, s_start, min(s_end, s_start + 100)) is None:
            saw_more_than_thanks = True
        last = (s_start, s_end)
    if last is None or not saw_more_than_thanks or commitments(doc):
        return
    yield Match(
        last[0],
        last[1],
        suggestions=(
            Suggestion(
                "Say what happens next: “I've asked the courier for an update "
                "and will message you by 5pm” or “Could you send me the order "
                "number so I can check?”"
            ),
        ),
    )


RULES = (vague_timeline, open_ended_follow_up, missing_next_step)
