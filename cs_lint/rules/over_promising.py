"""
Over-promising (CS3xx): commitments support cannot be sure to keep.

Grounded in seed 000 ("Honesty is the Best Policy": "If you make promises
you can't keep or sugarcoat the situation, you're only going to make the
customer more upset later on … don't make promises that you can't keep")
and seed 002 ("Apologize and be honest").

The rules separate what the agent controls from what it does not. A
promise about the agent's own next step ("I'll call you back by 4pm",
"I've refunded it right away", "we'll reach out right away") is a
realistic commitment with an owner and is not flagged; a guarantee about a
courier, a bank, another team, a decision or the future ("the courier will
call you immediately", "this will never happen again", "your application
will be approved by tomorrow") is. Declining to promise ("I can't
guarantee", "no promises") is honest and never flagged; a guarantee that is
a product or policy name ("our money-back guarantee", "100% cotton", "the
Guaranteed Delivery option") is not a promise; quoted words are skipped by
the engine.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator

import attrs
import regex

from cs_lint._authoring.rule import Match, Scan, all_of, rule, scan, trigger_words
from cs_lint._base.finding import Applicability, Edit, Family, Suggestion
from cs_lint._context.commitments import commitments
from cs_lint._context.reply import is_question, mentions, sentence_window
from cs_lint._text.compiled import compile_cached
from cs_lint._text.document import Document
from cs_lint._text.patterns import WORD, WORD_TOKENS, compile_pattern
from cs_lint._text.spans import SpanSet
from cs_lint._text.zones import SIGN_OFF, SIGNATURE


_FAMILY = Family.OVER_PROMISING


# -- shared context ------------------------------------------------------------

#: A future: "will", "'ll", "won't", "going to".
_AUX = compile_pattern(
    r"""
    (?:'ll|\bwill|\bshall|\bwon't|\b(?:is|are|am)\s+going\s+to|'s\s+going\s+to
      |'re\s+going\s+to|'m\s+going\s+to|\bgonna)\b
    """
)
#: Adverbs between a future and its verb, or between a subject and a future.
_ADVERBS = frozenset(
    {
        "also",
        "personally",
        "definitely",
        "certainly",
        "absolutely",
        "surely",
        "then",
        "now",
        "really",
        "still",
        "just",
        "soon",
        "happily",
        "gladly",
        "both",
        "all",
        "100",
        "totally",
        "undoubtedly",
        "immediately",
        "quickly",
        "promptly",
        "be",
        "sure",
        "to",
    }
)
#: What the agent's own side does to keep in touch: realistic commitments.
_OWN_VERBS = frozenset(
    {
        "reach",
        "follow",
        "connect",
        "contact",
        "call",
        "ring",
        "phone",
        "text",
        "email",
        "e-mail",
        "message",
        "dm",
        "reply",
        "respond",
        "answer",
        "get",
        "look",
        "check",
        "review",
        "assist",
        "help",
        "update",
        "let",
        "chat",
        "speak",
        "talk",
        "investigate",
        "escalate",
        "pass",
        "share",
        "forward",
        "keep",
        "note",
        "flag",
        "raise",
        "stay",
        "send",
        "confirm",
        "work",
        "do",
        "try",
        "find",
        "monitor",
        "chase",
        "be",
        "continue",
        "research",
        "feed",
        # Round 12: the agent's own preparation of the order ("we'll use
        # heat-hardy stems", "we'll pack it in ice").
        "use",
        "pack",
        "wrap",
        "prepare",
        "store",
        "make",
        "add",
        "see",
        "leave",
        "take",
        "come",
        "go",
        "visit",
    }
)
#: The support side: "our team will follow up" is the agent's own side.
_SUPPORT_HEADS = frozenset(
    {
        "team",
        "teams",
        "colleague",
        "colleagues",
        "agent",
        "agents",
        "advisor",
        "advisors",
        "adviser",
        "advisers",
        "specialist",
        "specialists",
        "representative",
        "representatives",
        "rep",
        "reps",
        "someone",
        "somebody",
        "member",
        "members",
        "staff",
        "one",
        "us",
        "supervisor",
        "manager",
    }
)
_THIRD_PARTY_WORDS = frozenset(
    {
        "product",
        "dev",
        "devs",
        "development",
        "engineering",
        "engineers",
        "developers",
        "tech",
        "technical",
        "legal",
        "warehouse",
        "delivery",
        "courier",
        "logistics",
        "finance",
        "fraud",
        "claims",
        "security",
        "it",
        "bank",
        "manufacturer",
    }
)
_FIRST_PERSON = frozenset({"i", "we"})
_SECOND_PERSON = frozenset({"you", "u"})
_DEADLINE = compile_pattern(
    r"""
    \b(?:by|before|until)\s+(?:tonight|tomorrow|today|the\s+end|end|close|cob|eod|noon
      |midday|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday
      |next|this|\d|christmas|the\s+weekend)
    | \b(?:today|tonight|tomorrow|this\s+(?:week|afternoon|evening|morning)|next\s+week
      |first\s+thing|on\s+time|in\s+time)\b
    | \b(?:within|in)\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|few|a\s+few|24|48)
      \s+(?:minutes?|mins?|hours?|hrs?|days?)\b
    """
)
#: Declining to promise, somewhere earlier in the sentence.
_DISCLAIMER = compile_pattern(
    r"""
    \b(?:can't|cannot|can\s+not|couldn't|won't|unable\s+to|not\s+able\s+to
      |no\s+way\s+(?:for\s+(?:me|us)\s+)?to|not\s+in\s+a\s+position\s+to|wish\s+I\s+could
      |I'd\s+love\s+to|not\s+going\s+to|never|don't\s+want\s+to|rather\s+not)
      \s+(?:\w+\s+){0,2}?(?:promise|guarantee|say|commit|confirm|swear)
    | \bno\s+(?:promises|guarantees?)\b
    | \b(?:can't|cannot|won't)\s+(?:make\s+)?(?:any\s+)?(?:promises|guarantees)\b
    | \bthere's\s+no\s+guarantee\b | \bthere\s+is\s+no\s+guarantee\b
    """
)
#: Hopes and efforts are not promises ("we're working to make sure").
_EFFORT = compile_pattern(
    r"""
    \b(?:hope|hopefully|hoping|trying|try\s+to|aim|aiming|working|want|wish|should
      |do\s+(?:our|my)\s+best|doing\s+(?:our|my)\s+best|steps\s+to|strive|striving
      |would\s+like|'d\s+like|help\s+(?:to\s+)?(?:make\s+sure|ensure)|to\s+(?:make\s+sure|ensure))\b
    """
)


#: Words without which a pattern cannot match: a cheap test before a scan.
_GUARANTEE_WORDS = trigger_words("guarantee promise swear assure word")
# "sure", "way" and "chance" are in many replies ("make sure you", "sure,
# I can", "on its way"): each counts only with a word its construction
# holds in the same sentence ("for sure", "make sure of it", "I'm sure",
# "there's no way"), so CS301 runs where it can fire (issue 15).
_TAIL_WORDS = trigger_words(
    "guaranteed promise guarantee swear word question doubt words sure+for 100 fail "
    "buts formality see+to+it sure+of "
    "no+matter come+may"
)
_BOOST_WORDS = trigger_words(
    "definitely certainly absolutely surely undoubtedly sure+for doubt 100 guaranteed"
)
_CERTAIN_WORDS = trigger_words(
    "certain confident positive guaranteed way+no chance+no "
    + all_of("sure", "i'm am we're are")
)
#: "see" only with the "to it" of "see to it" ("see" alone is in one reply
#: in twenty); "sure" and "certain" only with the future they follow ("I'll
#: make sure", "we are going to make certain").
_MAKE_SURE_WORDS = trigger_words(
    "ensure see+to+it " + all_of("sure certain", "i'll we'll will going")
)
_NEVER_WORDS = trigger_words("never ever won't not isn't doesn't can't cannot nothing")
#: The verbs of "I'll get / have / make <team> ..." (CS305's cause and
#: arrange scans), read at import: not once per lint, and not into the
#: table a `Linter` reads at start-up after the first lint.
_CAUSE_VERBS = trigger_words("get have make")
_FUTURE_WORDS = trigger_words("i'll we'll you'll will shall going gonna")
_AGENT_FUTURE_WORDS = trigger_words("i'll we'll will shall going gonna")
_CUSTOMER_FUTURE_WORDS = trigger_words("you'll will going getting receiving")
_NOW_GRANT_WORDS = trigger_words(
    "giving sending crediting refunding adding applying offering issuing waiving "
    "comping throwing popping putting"
)
_DECISION_WORDS = trigger_words(
    "approved accepted granted authorised authorized signed upheld overturned "
    "reinstated unbanned reactivated expedited"
)
_TEAM_WORDS = trigger_words(
    "team engineer engineers developer developers devs dev tech techs technician "
    "technicians department designer designers programmer programmers coder coders "
    "warehouse courier driver carrier bank manufacturer supplier store depot factory "
    "seller vendor merchant restaurant airline landlord contractor retailer shop"
)


def _disclaimed(doc: Document, offset: int) -> bool:
    """
    Return whether the sentence declines to promise before *offset* ("I
    can't promise it will never happen again").
    """
    sent = doc.sentence_at(offset)
    start = sent.start if sent is not None else max(0, offset - 120)
    return _DISCLAIMER.search(doc.text, max(start, offset - 160), offset) is not None


def _hedged(doc: Document, offset: int) -> bool:
    """
    Return whether the clause before *offset* is a hope or an effort, not a
    promise ("we're working to make sure it never happens again").
    """
    sent = doc.sentence_at(offset)
    start = sent.start if sent is not None else max(0, offset - 60)
    return _EFFORT.search(doc.text, max(start, offset - 60), offset) is not None


@attrs.frozen
class _Future:
    """
    A future claim: who it is about, and its main verb.
    """

    aux_start: int
    aux_end: int
    who: str  # agent / support / customer / other / none
    verb: str
    subject: tuple[str, ...]


def _words_between(doc: Document, start: int, end: int) -> list[str]:
    return [
        m.group().replace("\u2019", "'") for m in WORD.finditer(doc.lower, start, end)
    ]


def _who(subject: list[str]) -> str:
    words = [w for w in subject if w not in _ADVERBS]
    if not words:
        return "none"
    head = words[-1]
    if head in _FIRST_PERSON:
        return "agent"
    if head in _SECOND_PERSON:
        return "customer"
    if head in _SUPPORT_HEADS and not _THIRD_PARTY_WORDS.intersection(words):
        return "support"
    return "other"


def _future_at(doc: Document, aux: regex.Match[str]) -> _Future:
    """
    Describe the future claim whose auxiliary is *aux*.
    """
    clause = doc.clause_at(aux.start())
    subject = _words_between(doc, clause.start, aux.start())[-6:]
    after = _words_between(doc, aux.end(), min(len(doc.text), aux.end() + 60))
    verb = ""
    for i, w in enumerate(after):
        if w in ("be",) and i + 1 < len(after) and after[i + 1] in ("in", "with"):
            verb = "be"
            break
        if w not in _ADVERBS:
            verb = w
            break
    return _Future(aux.start(), aux.end(), _who(subject), verb, tuple(subject))


def _last_future(doc: Document, start: int, end: int) -> _Future | None:
    last = None
    for m in _AUX.finditer(doc.text, start, end):
        last = m
    return None if last is None else _future_at(doc, last)


def _own_commitment(
    fut: _Future, doc: Document, end: int, *, strict: bool = False
) -> bool:
    """
    Return whether *fut* is the agent's own, realistic step: "I'll call you
    back", "our team will follow up", "we'll look into it". With *strict*
    (a guarantee is attached), getting something done ("we'll get you
    booked in this week", "I'll get it fixed today") is an outcome, not a
    step.
    """
    if fut.who == "agent":
        if fut.verb in ("have", "get", "make") and _CAUSATIVE.match(
            doc.text, fut.aux_end, fut.aux_end + 200
        ):
            return False
        if (
            strict
            and fut.verb in ("get", "have", "make", "sort", "fix")
            and (
                _GET_DONE.match(
                    doc.text, fut.aux_end, min(len(doc.text), fut.aux_end + 80)
                )
            )
        ):
            return False
        if fut.verb in _OWN_VERBS:
            return True
        # "we'll fix it by tonight" commits the team; without a time it is
        # the agent's own plan.
        return _DEADLINE.search(doc.text, fut.aux_end, end) is None
    return fut.who == "support" and fut.verb in _OWN_VERBS


#: "we'll get you booked in", "I'll get it fixed", "we'll have it back":
#: an outcome the agent brings about, not a step they take.
_GET_DONE = compile_pattern(
    r"""
    \s+(?:\w+\s+){0,2}?(?:get|have|make|sort|fix)\s+(?:you|it|this|that|them|your\s+\w+
      |everything|things)(?:\s+\w+){0,2}?\s+(?:booked|sorted|fixed|resolved|done|back
      |there|delivered|installed|approved|replaced|working|up\s+and\s+running|out|in)\b
    | \s+(?:\w+\s+){0,2}?(?:sort|fix|resolve)\s+(?:it|this|that|everything)\b
    | \s+(?:\w+\s+){0,2}?make\s+(?:it|this|that)\s+happen\b
    """
)
#: "I'll have the engineers fix", "I'll get the team to add".
_CAUSATIVE = compile_pattern(
    r"""
    \s+(?:\w+\s+)?(?:have|get|make)\s+(?:the|our|a|an|one\s+of\s+(?:the|our)|my)\s+
      (?:\w+\s+){0,2}?(?:team|engineers?|developers?|devs|techs?|technicians?|department
      |designers?|programmers?|courier|warehouse|driver|bank|manufacturer|supplier)
      \s+(?:to\s+)?(?!\w+ed\b)\w+
    """
)


def _last_match(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> regex.Match[str] | None:
    """
    The last match of *pattern* in *text[start:end]*.
    """
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 - keep the last
        pass
    return last


def _sentence_span(doc: Document, offset: int) -> tuple[int, int]:
    return sentence_window(doc, offset)


_CLAUSE_TAIL = regex.compile(r"[ \t]+(?=\p{Extended_Pictographic})")


def _drop(doc: Document, start: int, end: int, message: str) -> Suggestion:
    """
    Suggest deleting *start*..*end* and the space or comma that joins it to
    the sentence, capitalising what follows when it opened the sentence.
    Unsafe: the sentence makes a weaker claim afterwards.
    """
    text = doc.text
    s, e = start, end
    while s > 0 and text[s - 1] in " \t":
        s -= 1
    # The words end their clause when only spaces and an emoji or a
    # full stop follow ("this week, guaranteed 😊 DM us").
    at_end = (
        e >= len(text)
        or text[e] in ".!?"
        or _CLAUSE_TAIL.match(text, e, min(len(text), e + 20)) is not None
    )
    if at_end and s > 0 and text[s - 1] in ",;\u2014\u2013-":
        # "tomorrow, guaranteed." -> "tomorrow."
        s -= 1
        while s > 0 and text[s - 1] in " \t":
            s -= 1
        return Suggestion(message, (Edit(s, e, ""),), Applicability.UNSAFE)
    if at_end:
        return Suggestion(message, (Edit(s, e, ""),), Applicability.UNSAFE)
    # Mid-sentence: drop the words and the spaces after them.
    while e < len(text) and text[e] == " ":
        e += 1
    if e < len(text) and text[e] in ",;:" and s < start:
        # "back up within the hour, guaranteed" -> "back up, guaranteed"
        return Suggestion(message, (Edit(s, end, ""),), Applicability.UNSAFE)
    if e < len(text) and text[e] in ",;:":
        # "Absolutely, the item will be back" -> "The item will be back"
        e += 1
        while e < len(text) and text[e] == " ":
            e += 1
    sent = doc.sentence_at(start)
    replacement = ""
    if sent is not None and sent.start == start and e < len(text) and text[e].islower():
        replacement = text[e].upper()
        e += 1
    return Suggestion(message, (Edit(start, e, replacement),), Applicability.UNSAFE)


# -- CS301 ------------------------------------------------------------------

_GUARANTEE_VERB = scan(
    r"""
    \b(?:I|we)(?:'ll|\s+can|\s+could|\s+will|\s+do)?\s+
      (?:absolutely\s+|personally\s+|100\s?%\s+|fully\s+|totally\s+|certainly\s+
        |definitely\s+)?
      (?P<verb>guarantee|promise|swear|assure\s+you|give\s+you\s+my\s+word)\b
    """,
    needs=_GUARANTEE_WORDS,
)
#: Assurances that put the agent's word behind what follows.
_ASSURE_LEAD = scan(
    r"""
    \b(?:rest\s+assured|trust\s+me|you\s+have\s+my\s+word|take\s+(?:it\s+from\s+me
      |my\s+word\s+for\s+it)|consider\s+it\s+done|leave\s+it\s+with\s+(?:me|us)
      |(?:please\s+)?(?:don't|do\s+not)\s+(?:worry
      |stress|panic|fret)|no\s+need\s+to\s+(?:worry|stress|panic))\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:very\s+|quite\s+|completely\s+|fully\s+)?
      (?:sure|certain|positive|confident)\b(?=\s+(?:that\s+)?(?:it|this|they|your|the|he|she)\b)
    | \b(?:I|we)\s+can\s+(?:tell|say|promise)\s+(?:you\s+)?(?:for\s+(?:certain|sure)|with\s+(?:certainty
      |confidence)|100\s?%)(?=\s+(?:that\s+)?(?:it|this|they|your|the|he|she|there)\b)
    | \bthere(?:'s|\s+is)\s+zero\s+chance\b
    # round 13 (issue 14; K+L, M, t8): "zero risk" and a "zero chance"
    # tagged on after a comma ("..., zero chance of it being late")
    | \bthere(?:'s|\s+is)\s+zero\s+risk\b|(?<=,\s{0,2})zero\s+(?:chance|risk)\b
    """,
    needs=(
        "assured trust+me word consider+done worry stress panic fret certain positive "
        "confident leave+with chance+zero risk+zero "
        + all_of("sure", "i'm am we're are can")
    ),
)
#: Round 9b (set L's false alarms): what is assured is the agent's own
#: FALLBACK REMEDY, with the outcome only as its condition: "don't worry
#: about the cost - if it hasn't turned up by tomorrow, I'll send a
#: replacement or refund you". The rubric calls this reassurance that the
#: issue will be handled, not over-promising. "Don't worry, if you order
#: today it will arrive tomorrow" (the outcome in the main clause) and
#: "don't worry, it'll arrive by tomorrow" still fire.
_FALLBACK_REMEDY = compile_pattern(
    r"""
    (?:\s+about\s+(?:the\s+|your\s+|that|this|it)?[\w\s-]{0,25}?)?[\s,.:;\u2014\u2013-]*
    (?:if|should|in\s+case|unless|and\s+if|but\s+if)\b[^.!?;\n]{0,120}?,?\s*(?:[\u2014\u2013-]\s*)?(?:then\s+)?
    (?:I|we)(?:'ll|\s+will|\s+can|\s+shall)\s+(?:just\s+|simply\s+|happily\s+|gladly\s+|personally\s+)?
    (?:send|refund|replace|reship|re-send|resend|re-ship|arrange|cover|credit|call|book|issue|give|reimburse|pay
      |swap|exchange|collect|chase|sort|reorder|re-order|rebook|re-book)\b
    """
)
#: Round 12 (reply sets t4-t11): what the reassurance governs is an
#: EXPLANATION of what the customer is looking at, not an outcome promised:
#: a thing classified ("the £1 is only a card check", "that charge is just
#: a pending hold", "the second line is simply an authorisation") or a word
#: glossed ("'exception' here only means ..."), with the mechanism in the
#: plain present ("drops off within 3 days"). Read only when no future
#: follows in the governed words: "don't worry, the charge is a mistake and
#: it will be refunded by tomorrow" and "your claim is as good as approved
#: and you'll have the payout by Thursday" still fire.
_EXPLAINS = compile_pattern(
    r"""
    (?:(?:the|that|this|your|those|these|an?|[\x27\u2018\u201c"]?[\w-]+[\x27\u2019\u201d"]?)\s+)?
    (?:[\w\u00a3$\u20ac.,\x27\u2019-]+\s+){0,3}?(?:here\s+|on\s+(?:the|your)\s+\w+\s+)?
    (?:(?:is|'s|are|'re)\s+(?:only\s+|just\s+|simply\s+|merely\s+|basically\s+)?
        (?:an?|the\s+usual|normal|standard|routine|expected|temporary)\b
      |(?:only\s+|just\s+|simply\s+)?means\b)
    """
)
#: The reassurance made conditional on what the customer sees: "no need to
#: worry if it's under a teaspoon" is a diagnostic, not an outcome assured.
_WORRY_IF = compile_pattern(
    r"\s+(?:if|as\s+long\s+as|provided|so\s+long\s+as|unless)\b"
)
#: What "zero chance" is about: an event ("this affects", "it'll be late").
_CHANCE_OF = compile_pattern(
    r"\s+(?:that\s+|of\s+)?(?:it|this|that|the|your|we|you|they|anything)\b"
    # round 13 (issue 14; M, t8): the event as a noun ("zero chance of
    # any cross-contamination"), not a benefit refused ("zero chance of a
    # refund"); "zero risk" closing its sentence is certainty on its own.
    r"|\s+of\s+(?:any\s+)?(?!(?:a|an|getting|us|me)\b|refunds?\b|compensation\b|exceptions?\b|discounts?\b)[\w-]+"
    r"|\s*[.!]"
)
#: What the customer receives automatically is not an outcome assured.
_AUTOMATED_CONTENT = compile_pattern(
    r"\b(?:you(?:'ll|\s+will)\s+(?:get|receive)\s+(?:an?\s+)?(?:e-?mail|text|sms|notification"
    r"|confirmation|code|link|receipt)|feedback|comments?|suggestions?)\b"
)


def _only_punct(text: str, start: int, end: int) -> bool:
    """
    Return whether only punctuation and spaces lie between *start* and
    *end* (looked at only when they are close, so many matches in one huge
    sentence stay linear).
    """
    if end - start > 20:
        return False
    return not text[start:end].strip(" \t.!,;:-\u2013\u2014")


def _skip_punct(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t\n.!,;:-\u2013\u2014":
        start += 1
    return start


#: "We guarantee a full refund …", "I promise a reply by 5pm": a noun
#: object, not a clause about what will happen.
_POLICY_OBJECT = compile_pattern(
    r"\s+(?:you\s+)?(?:a|an|the|your|our|free|\d+\s*%?|same-day|next-day)\b"
)
_REPLY_OBJECT = compile_pattern(
    r"\s+(?:you\s+)?(?:a|an|the)\s+(?:\w+\s+)?(?:reply|response|call\s*back|answer|update)\b"
)
_CONTENT_LEAD = compile_pattern(
    r"\s*(?:you|to\s+you)?\s*,?\s*(?:and\s+|that\s+)?"  # "leave it with me and I'll ..."
)
_CONTENT_TO = compile_pattern(r"to\s+(?P<verb>\w+)")
_CONTENT_SELF = compile_pattern(
    r"""
    (?:I|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to
      |\s+are\s+going\s+to|\s+won't|\s+will\s+not|\s+shall)?\s+
      (?:personally\s+|definitely\s+|also\s+|absolutely\s+)?(?P<verb>\w+)
    """
)
_OUTCOME = compile_pattern(
    r"""
    (?:'ll|\bwill|\bwon't|\bgoing\s+to|\bnever\b|\bagain\b|\bshall\b)
    """
)
_TAIL = scan(
    r"""
    (?:(?:,|;|\s[\u2014\u2013-]|\.\.\.|\u2026)\s*
      (?P<tail>guaranteed|(?:I|we)\s+(?:promise|guarantee|swear)(?:\s+(?:you|it))?|promise
        |you\s+have\s+my\s+word|no\s+question(?:\s+about\s+it)?|no\s+doubt(?:\s+about\s+it)?
        |there(?:'s|\s+is)\s+no\s+(?:doubt|question)(?:\s+about\s+(?:it|that))?
        |it(?:'s|\s+is)\s+(?:just\s+|only\s+|simply\s+)?a\s+formality
        |mark\s+my\s+words|for\s+sure|(?<![\w.])100\s?%|without\s+(?:a\s+)?(?:doubt|fail)
        |no\s+ifs\s+(?:or|and)\s+buts|no\s+matter\s+what|come\s+what\s+may
        |(?:I'll|I\s+will|we'll|we\s+will)\s+(?:personally\s+)?(?:see\s+to\s+it|make\s+sure\s+of\s+it))
    | \s(?P<tail2>without\s+fail|no\s+matter\s+what|come\s+what\s+may|guaranteed))
    (?=[\s)\uFE0F\u200d]*(?:[.!]|\p{Extended_Pictographic}|$))
    """,
    needs=_TAIL_WORDS,
)
_BOOSTED = scan(
    r"""
    (?P<aux>'ll|\bwill|\b(?:is|are)\s+going\s+to|'s\s+going\s+to|'re\s+going\s+to)\s+
      (?P<boost>definitely|certainly|absolutely|surely|undoubtedly|for\s+sure
        |without\s+(?:a\s+)?doubt|(?<![\w.])100\s?%(?!\s*(?:of|cotton|wool|silk)\b))
      (?=\s+\w)
    | \b(?P<boost2>definitely|certainly|absolutely|surely|undoubtedly|(?<![\w.])100\s?%)\s+
      (?P<aux2>will|'ll|going\s+to)\b
    | (?:^|(?<=[.!?:]\s{0,3}))(?P<boost4>definitely|certainly|absolutely|(?<![\w.])100\s?%)
      ,?\s+(?=(?:this|that|it|they|he|she|you|your\s+\w+|the\s+\w+|our\s+\w+)
        (?:'ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to)\b)
    | \b(?P<boost3>(?:definitely|certainly|absolutely|guaranteed)\s+(?:by|before|within)
      \s+(?:tonight|tomorrow|today|the\s+end|end|close|next|monday|tuesday|wednesday
        |thursday|friday|saturday|sunday|\d))
    """,
    needs=_BOOST_WORDS,
)
_CERTAIN = scan(
    r"""
    \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:(?<![\w.])100\s?%|absolutely|completely|totally
      |entirely|one\s+hundred\s+percent)\s+(?:sure|certain|confident|positive)\b
    | (?<![\w.])100\s?%\s+guaranteed\b
    | \bthere(?:'s|\s+is)\s+no\s+(?:way|chance)(?=\s+(?:that\s+)?(?:it|this|that|they
      |the\s+[\w-]+|your\s+[\w-]+)(?:'ll|\s+will|\s+would|'d|\s+is\s+going\s+to)\b)
    """,
    needs=_CERTAIN_WORDS,
)
#: A guarantee that the customer gets something: "I'll personally guarantee
#: you get a full refund".
_GUARANTEE_YOU_GET = scan(
    r"""
    \b(?:I|we)(?:'ll|\s+can|\s+will|\s+do)?\s+(?:personally\s+|absolutely\s+|100\s?%\s+)?
      (?:guarantee|promise)\s+(?:you\s+)?(?:that\s+)?you(?:'ll|\s+will)?\s+(?:get|receive|have)\s+
      (?:a|an|the|your|full|free|back|\d|[£$€])
    """,
    needs=_GUARANTEE_WORDS,
)
_MAKE_SURE = scan(
    r"""
    \b(?:I|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to
      |\s+are\s+going\s+to)\s+(?:personally\s+|also\s+|absolutely\s+|definitely\s+)?
      (?:make\s+(?:sure|certain)|ensure|see\s+to\s+it)\b
    """,
    needs=_MAKE_SURE_WORDS,
)
#: After "I'll make sure": the customer's own side or the agent's own
#: message ("you get a call back", "your feedback reaches the team", "the
#: team gets back to you"), or the agent's own side preparing something
#: ("it is checked and ready for collection"), is a realistic step.
_MAKE_SURE_OWN = compile_pattern(
    r"""
    \s+(?:that\s+)?(?:you|u|I|we|someone|somebody|one\s+of\s+us
      |(?:your|the|this|my|our)\s+(?:feedback|comments?|complaint|message|note|request
        |suggestion|details|case|ticket|concerns?)
      |(?:the|our|my)\s+(?:\w+\s+)?team\s+(?:calls|contacts|emails|messages|gets\s+back
        |replies|follows\s+up|reaches\s+out|updates|knows|sees|is\s+aware|hears)
      |(?:it|this|they|your\s+[\w-]+)\s+(?:is|are|'s|'re|gets?)\s+(?:\w+\s+and\s+)?(?:ready|checked
        |prepared|packed|waiting|set\s+aside|put\s+aside|on\s+file|noted|logged|labell?ed))\b
    """
)
_GUARANTEED_TO = scan(
    r"""
    \b(?:it's|it\s+is|that's|this\s+is|is|are|'s|'re|will\s+be|'ll\s+be)\s+
      (?:(?<![\w.])100\s?%\s+|absolutely\s+|completely\s+)?guaranteed\s+to\s+\w+
    """,
    needs="guaranteed",
)
_DELIVERY_OUTCOME = compile_pattern(
    r"""
    \b(?:arrives?|arrival|deliver(?:s|ed)?|ships?|shipped|dispatch(?:es|ed)?
      |reaches\s+you|gets\s+(?:to\s+you|there)|turns?\s+up|is\s+(?:there|with\s+you)
      |fix(?:es|ed)|repair(?:s|ed)|install(?:s|ed)|restored|reconnected
      |(?:is|gets|be)\s+(?:approved|accepted|granted))\b
    """
)


#: The agent's own contact told from the customer's side: "you'll hear
#: from me by 5pm", "you'll get a call from me".
_FROM_ME = compile_pattern(
    r"""
    \s*(?:that\s+)?you(?:'ll|\s+will)\s+(?:hear\s+(?:back\s+)?from\s+(?:me|us)
      |(?:get|have|receive)\s+(?:a|an|my|our)\s+(?:\w+\s+)?(?:call|reply|email|message|update
        |text)(?:\s+back)?\s+from\s+(?:me|us))\b
    """
)


def _content_is_own_step(doc: Document, start: int, end: int) -> bool | None:
    """
    For the words a guarantee governs (*start*..*end*): True if they are
    the agent's own realistic step ("I promise I'll call you back", "I
    promise to update you"), False if they are an outcome, None if there is
    no future in them at all ("I can assure you we take this seriously").
    """
    text = doc.text
    if _FROM_ME.match(text, start, end):
        return True  # "I guarantee you'll hear from me by 5pm"
    lead = _CONTENT_LEAD.match(text, start, end)
    pos = lead.end() if lead else start
    to = _CONTENT_TO.match(text, pos, end)
    if to is not None:
        verb = to.group("verb").lower()
        if verb in _OWN_VERBS and not _DELIVERY_OUTCOME.search(text, pos, end):
            return True
        return _DEADLINE.search(text, pos, end) is None
    self_ = _CONTENT_SELF.match(text, pos, end)
    if self_ is not None:
        verb = self_.group("verb").lower()
        if verb in _OWN_VERBS or verb in ("won't", "not"):
            return not _DELIVERY_OUTCOME.search(text, pos, end)
        return _DEADLINE.search(text, pos, end) is None
    if _OUTCOME.search(text, pos, end) or _DEADLINE.search(text, pos, end):
        return False
    return None


@rule(
    code="CS301",
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 6/6 F 6/6 H 6/6 G 12/12,
    # 30/30 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.95,
    name="guaranteed-outcome",
    family=_FAMILY,
    message="Guarantees an outcome support can't control: {excerpt!r}",
    why=(
        "A guarantee about a courier, a bank, another team or the future is "
        "a promise you may not be able to keep, and a broken guarantee costs "
        'more trust than an honest estimate (seed 000, "Honesty is the Best '
        'Policy"; seed 002, "Apologize and be honest").'
    ),
    fix="Say what you've done and what the customer can realistically expect",
    bad=(
        "I guarantee it will be with you before Saturday.",
        "This will be fixed in the next update, I promise.",
        "Don't worry, the manufacturer will definitely approve your warranty claim.",
        "I'm 100% sure the courier will deliver tomorrow.",
        "Our technician will be there first thing tomorrow, guaranteed.",
        "I'll personally make sure your parcel arrives before Christmas Eve.",
        "So an engineer will fix the fault today without fail.",
        "Rest assured, your replacement will arrive tomorrow.",
    ),
    good=(
        "I can't guarantee the courier will arrive before noon, but I've added a note.",
        "I promise I'll call you back by 4pm with an update.",
        "The 2-year guarantee covers the motor, so a repair is free.",
        "The jumper is 100% cotton, so it's machine washable.",
        "I'll definitely pass that on to our tech team.",
        "I'm certain the charge is a pre-authorisation; it drops off once the order ships.",
        "Rest assured, your feedback will be passed on to the team.",
    ),
    scans=(
        _GUARANTEE_VERB,
        _TAIL,
        _BOOSTED,
        _CERTAIN,
        _MAKE_SURE,
        _GUARANTEED_TO,
        _ASSURE_LEAD,
        _GUARANTEE_YOU_GET,
    ),
)
def guaranteed_outcome(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags guarantees of outcomes the agent does not control: "I guarantee
    it will arrive", "I promise the price won't go up", a trailing ",
    guaranteed" / ", I promise" / "no question" / "you have my word" /
    "without fail" (with or without the comma) after a claim about someone
    else or an outcome the agent brings about ("we'll get you booked in
    this week, guaranteed"), "will definitely / certainly / 100%" about a
    courier, a decision or a product, "definitely by tonight", "I'm 100%
    sure the courier will …", "I'll make sure your parcel arrives by
    Friday", and an assurance put before a timed outcome ("rest assured,
    your parcel will arrive tomorrow", "trust me, it'll be fixed by
    Friday", "don't worry, your bag will be at the hotel tonight", "I'm
    confident it will arrive by Friday").

    Promises about the agent's own next step ("I promise I'll call you back
    by 4pm", "I'll definitely pass that on") are realistic commitments and
    are not flagged; nor are declined guarantees ("I can't guarantee"),
    guarantees that are products or policies ("our 2-year guarantee"),
    "100%" as a quantity ("100% cotton", "100% agree"), or certainty about
    something the agent can see ("I'm certain the charge is a
    pre-authorisation"), nor an assurance whose content is the agent's own
    fallback remedy with the outcome as its condition ("don't worry - if
    it hasn't turned up by tomorrow, I'll send a replacement"; round 9b).

    ## Confidence
    0.95: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 6/6 F 6/6 H 6/6 G 12/12, 30/30
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.
    """
    text = doc.text
    seen: set[int] = set()
    advice = (
        "Say what you've done and the realistic window: “I've booked the "
        "courier's next-day service, which usually arrives by 6pm.”"
    )

    def ok(start: int) -> bool:
        if start in seen:
            return False
        if doc.negated(start, window=3) or _disclaimed(doc, start):
            return False
        seen.add(start)
        return True

    for m in _GUARANTEE_VERB.finditer(doc):
        start, end = m.span()
        s_start, s_end = _sentence_span(doc, start)
        if is_question(doc, start):
            continue
        if (
            _POLICY_OBJECT.match(text, end, end + 200)
            and not _AUX.search(text, end, s_end)
            and (
                m.group().lower().startswith("we")
                or _REPLY_OBJECT.match(text, end, end + 200)
            )
        ):
            continue  # "we guarantee a reply within 24 hours" states a policy
        own = _content_is_own_step(doc, end, s_end)
        if own is not False:
            continue
        if not ok(start):
            continue
        # The edit only takes the guarantee out: say so, and give the
        # rewrite as advice beside it.
        dropped = _drop(doc, start, end, f"Drop “{m.group()}”")
        yield Match(start, end, suggestions=(dropped, Suggestion(advice)))

    for sent in doc.sentences if _TAIL.met(doc) else ():
        # A tail guarantee closes its clause: only the sentence's last
        # words are looked at (an emoji or a few words may follow it).
        tail = _last_match(
            _TAIL.pattern, text, max(sent.start, sent.end - 80), sent.end
        )
        if tail is None:
            continue
        group = "tail" if tail.group("tail") else "tail2"
        t_start, t_end = tail.span(group)
        claim_end = tail.start()
        fut = _last_future(doc, max(sent.start, claim_end - 400), claim_end)
        if fut is None:
            if not _DEADLINE.search(text, sent.start, claim_end):
                continue
        elif fut.who == "none" or _own_commitment(fut, doc, claim_end, strict=True):
            continue
        if not ok(t_start):
            continue
        yield Match(
            t_start,
            t_end,
            suggestions=(_drop(doc, t_start, t_end, "Drop the guarantee"),),
        )

    for m in _GUARANTEE_YOU_GET.in_sentences(doc):
        start, end = m.span()
        if is_question(doc, start) or doc.clause_at(start).conditional:
            continue
        if ok(start):
            yield Match(start, end, suggestions=(Suggestion(advice),))

    for m in _ASSURE_LEAD.in_sentences(doc):
        start, end = m.span()
        s_start, s_end = _sentence_span(doc, start)
        if is_question(doc, start) or doc.clause_at(start).conditional:
            continue
        # What is assured: the rest of the sentence, or the next one after
        # "Don't worry." / "Consider it done!".
        c_end = s_end
        if _only_punct(text, end, s_end) and doc.sentence_index(start) + 1 < len(
            doc.sentences
        ):
            c_end = doc.sentences[doc.sentence_index(start) + 1].end
        c_end = min(c_end, end + 200)
        if m.group().lower().endswith(("sure", "certain", "positive", "confident")):
            # Certainty is a promise only about the future: "I'm certain it
            # will arrive by Friday", not "I'm certain the charge is a hold".
            aux = _AUX.search(text, end, c_end)
            if aux is None:
                continue
            end_aux = _CONDITION_BEFORE.search(text, aux.end(), c_end)
            c_end = end_aux.start() if end_aux is not None else c_end
            end = aux.end()
        timed = _DEADLINE.search(text, end, c_end) or _INSTANT.search(text, end, c_end)
        outcome = _DELIVERY_OUTCOME.search(text, end, c_end)
        if m.group().lower().endswith(("chance", "risk")) and _CHANCE_OF.match(
            text, end, c_end
        ):
            # "there's zero chance this affects your launch": certainty
            # about an outcome is the promise itself, timed or not.
            if ok(start):
                yield Match(start, m.end(), suggestions=(Suggestion(advice),))
            continue
        if not (timed or outcome) or _AUTOMATED_CONTENT.search(text, end, c_end):
            continue
        lead = m.group().lower()
        if lead.endswith(("worry", "worried", "stress", "panic", "fret")) and not (
            _AUX.search(text, m.end(), c_end)
        ):
            if _WORRY_IF.match(text, m.end(), c_end):
                continue  # "no need to worry if it's under a teaspoon"
            body = _skip_punct(text, m.end(), c_end)
            if _EXPLAINS.match(text, body, c_end) and not (
                _DELIVERY_OUTCOME.search(text, body, c_end)
            ):
                continue  # "don't worry, the £1 is only a card check and drops off"
        if _FALLBACK_REMEDY.match(text, end, c_end):
            continue  # "don't worry - if it hasn't come by Friday, I'll refund you"
        if (
            _content_is_own_step(doc, _skip_punct(text, m.end(), c_end), c_end)
            is not False
        ):
            continue
        if not ok(start):
            continue
        yield Match(start, m.end(), suggestions=(Suggestion(advice),))

    for m in _BOOSTED.finditer(doc):
        start, end = m.span()
        s_start, s_end = _sentence_span(doc, start)
        if m.group("boost3") is not None:
            fut = _last_future(doc, s_start, start)
            if fut is not None and _own_commitment(fut, doc, s_end):
                continue
            b_start, b_end = m.span("boost3")
            word_end = b_start + len(m.group("boost3").split()[0])
        else:
            if m.group("boost4") is not None:
                aux = _AUX.search(text, m.end(), s_end)
            else:
                at = m.start("aux") if m.group("aux") else m.start("aux2")
                aux = _AUX.match(text, at, at + 200)
            if aux is None:
                continue
            fut = _future_at(doc, aux)
            if fut.who == "none" or _own_commitment(fut, doc, s_end):
                continue
            group = next(
                g for g in ("boost", "boost2", "boost4") if m.group(g) is not None
            )
            b_start, b_end = m.span(group)
            word_end = b_end
        if _hedged(doc, start) or not ok(b_start):
            continue
        yield Match(
            b_start,
            b_end,
            suggestions=(
                _drop(
                    doc,
                    b_start,
                    word_end,
                    "Drop the booster and give the real estimate",
                ),
            ),
        )

    for m in _CERTAIN.finditer(doc):
        start, end = m.span()
        s_start, s_end = _sentence_span(doc, start)
        if not m.group().lower().endswith("guaranteed") and not (
            _OUTCOME.search(text, end, s_end) or _DEADLINE.search(text, end, s_end)
        ):
            continue
        if not ok(start):
            continue
        yield Match(start, end, suggestions=(Suggestion(advice),))

    for m in _MAKE_SURE.finditer(doc):
        start, end = m.span()
        s_start, s_end = _sentence_span(doc, start)
        if _MAKE_SURE_OWN.match(text, end, end + 200):
            continue  # "make sure you get a call back", "… your feedback reaches"
        outcome = _DELIVERY_OUTCOME.search(text, end, s_end)
        decided = outcome is not None and outcome.group().lower().endswith(
            ("approved", "accepted", "granted")
        )
        if (decided or _DEADLINE.search(text, end, s_end)) and ok(start):
            yield Match(start, end, suggestions=(Suggestion(advice),))

    for m in _GUARANTEED_TO.finditer(doc):
        if ok(m.start()):
            yield Match(
                m.start(),
                m.end(),
                suggestions=(Suggestion(advice),),
            )


# -- CS302 ------------------------------------------------------------------

_NEVER_AGAIN = scan(
    r"""
    (?P<fut>(?:\b(?:will|shall)\s+never|'ll\s+never|\b(?:is|are)\s+never\s+going\s+to
      |'s\s+never\s+going\s+to|'re\s+never\s+going\s+to|\bwon't\s+ever|\bwill\s+not\s+ever)
      \s+(?:\w+(?:'\w+)?\s+){0,6}?again)\b
    | (?P<plain>(?:\bwon't|\bwill\s+not|'s\s+not\s+going\s+to|\bisn't\s+going\s+to
      |\bis\s+not\s+going\s+to)\s+(?:be\s+)?(?:happen(?:ing)?|occur(?:ring)?|recur
      |repeat(?:ed)?|be\s+repeated)\s+(?:to\s+(?:you|anyone)\s+)?again)\b
    | (?P<nothing>\bnothing\s+like\s+(?:this|that|it)\s+(?:will\s+)?ever\s+
      (?:happens?|occurs?)\s+(?:to\s+(?:you|anyone)\s+)?again)\b
    | (?P<ensure>\b(?:I|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to
      |'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:personally\s+|also\s+|absolutely\s+
      |definitely\s+)?(?:make\s+(?:sure|certain)|ensure|see\s+to\s+it)\s+(?:that\s+)?
      (?:\w+(?:'\w+)?\s+){0,5}?(?:never|doesn't|does\s+not|won't|will\s+not|isn't|is\s+not
        |can't|cannot|ever)\s+(?:\w+(?:'\w+)?\s+){0,5}?again)\b
    | (?P<bare>(?:^|(?<=[.!?,]\s{0,3}))never\s+again)\b
    | (?P<nth>\b(?:won't|will\s+not)\s+(?:ever\s+)?happen\s+(?:a|another)\s+(?:second|third|fourth)
      \s+time)\b
    | (?P<anymore>\b(?:you|u)\s+won't\s+(?:ever\s+)?(?:see|have|get|experience|notice|suffer|face)
      \s+any\s*more\b(?!\s+(?:emails?|messages?|texts?|calls?|letters?|notifications?|charges?
        |reminders?)\b))
    | (?P<fromnow>\b(?:every|all|each)\s+(?:[\w-]+\s+){0,2}?(?:from\s+now\s+on|going\s+forward)
      \s+will\b|\b(?:from\s+now\s+on|going\s+forward),?\s+(?:every|all|each)\s+(?:[\w-]+\s+){0,2}?will
      \s+(?:\w+\s+){0,3}?(?:arrive|be|work|go)\b)
    | (?P<forlife>\b(?:I|we)(?:'ll|\s+will)\s+(?:also\s+)?(?:lock|keep|fix|freeze|hold)\s+[^.!?\n]{0,40}?
      \bfor\s+(?:life|ever|good)\b|\b(?:it|this|the\s+price|your\s+(?:price|bill|rate))
      \s+(?:will\s+)?never\s+(?:goes?|go)\s+up\b)
    | (?P<r11>
      # round 11 (issue 14): the recurrence promised away in other slots: a
      # count instead of "again" ("you won't see another outage from us", "a
      # single bad leaf"), the defence as subject ("that strain won't get past
      # us again"), a time frame from now on ("henceforth you will not face",
      # "from now on, your parcels will always arrive"), and a price held for
      # ever ("will stay at this price forever", "exempt from all future
      # price rises")
      \b(?:you|u)\s+(?:won't|will\s+not|will\s+never|'ll\s+never)\s+(?:ever\s+)?(?:see|have|get|experience|notice|suffer|face)
        \s+(?:another|a\s+single|one\s+more|a\s+repeat\s+of)\s+(?!(?:[\w-]+\s+)?(?:emails?|messages?|texts?|calls?|letters?
        |notifications?|charges?|payments?|bills?|reminders?|debits?|invoices?|statements?)\b)[\w-]+
      | \b(?:won't|will\s+not|will\s+never)\s+(?:ever\s+)?(?:get\s+(?:past|through|by)|slip\s+(?:past|through)|sneak\s+(?:past
        |through))\s+(?:us|our\s+[\w-]+)(?:\s+[\w-]+)?\s+again
      | \b(?:henceforth|hereafter|from\s+now\s+on|going\s+forward|from\s+today\s+on(?:wards)?),?\s+(?:you|your\s+(?:[\w-]+\s+)?[\w-]+)
        \s+(?:will\s+(?:always|never|not)|won't|'ll\s+(?:always|never))\b
      | \b(?:stay|remain|be\s+(?:fixed|frozen|locked))\s+at\s+(?:this|that|the\s+same|your\s+current|today's)\s+(?:[\w-]+\s+)?
        (?:price|rate|fee|cost)\s+(?:forever|for\s+(?:ever|life|good))
      | \bexempt\s+from\s+(?:all|any)\s+(?:future\s+)?(?:price\s+(?:rises|increases)|rises|increases)
      | \b(?:price|rate|bill|tariff|plan|fee)\s+(?:is|are|will\s+be|'s)\s+(?:now\s+)?(?:locked|fixed|frozen|guaranteed)(?:\s+in)?\s+for
        \s+(?:life|ever|good)
      | \b(?:won't|will\s+not|shall\s+not)\s+(?:ever\s+)?(?:recur|be\s+repeated)\b(?!\s+again))\b
    | (?P<last>\b(?:this|that)(?:'s|\s+is|\s+will\s+be)\s+the\s+last\s+time\s+(?:you(?:'ll|\s+will)
      \s+(?:have|need)\s+to|(?:this|that|it)\s+(?:will\s+)?(?:happens?|occurs?)))\b
    """,
    needs=_NEVER_WORDS
    | {"last", "every", "all", "each", "from", "going", "life", "ever"}
    | {"henceforth", "hereafter", "forever", "good", "exempt"},
)
#: "You won't be charged again" after a cancellation is a fact about the
#: system, not a promise about the future.
_OPT_OUT = compile_pattern(
    r"""
    \b(?:receive|be\s+(?:charged|billed|emailed|contacted|texted|called|asked|prompted
      |sent\s+(?:these|this|those|any|another|an?|the)\s+\w+)|hear\s+from
      |get\s+(?:these|those|any|this|that|another|an?|the)\s+(?:\w+\s+)?(?:emails?
        |messages?|texts?|calls?|notifications?|letters?|mail|reminders?)
      |(?:need|have)\s+to\s+(?:enter|re-?enter|type|log\s+in|sign\s+in|verify|confirm
        |reset|set\s+up|install|download|update|pair|scan|upload))\b
    """
)


@rule(
    code="CS302",
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 1/1 F 2/2 H 1/1 G 1/1,
    # 5/5 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.85,
    name="never-again-promise",
    family=_FAMILY,
    message="Promises it will never happen again: {excerpt!r}",
    why=(
        '"This will never happen again" is a promise nobody in support can '
        "keep; when it does happen again, the customer remembers the promise "
        'as well as the fault (seed 000, "Honesty is the Best Policy"; seed '
        '002, "Apologize and be honest").'
    ),
    fix="Say what you've changed to make it less likely",
    bad=(
        "I'm so sorry about the mix-up. This will never happen again.",
        "This is a one-off and won't ever happen again.",
        "We'll make sure nothing like this ever happens to you again!",
        "You'll never have to wait on hold again.",
        "It won't happen again.",
    ),
    good=(
        "We can't promise it will never happen again, but we've changed how we pack glassware.",
        "We'll never ask for your full card number over chat.",
        "I've cancelled the plan, so you won't be charged again.",
        "We're working to make sure this doesn't happen again.",
        "If you ever need us again, just reply here.",
    ),
    # "any more", "a second time", "from now on" and "going forward" only
    # with the words they are said with ("you won't see any more", "won't
    # happen a second time"): "more", "time" and "now" alone are in many
    # replies.
    triggers=trigger_words(
        "again last happen+time won't+more now+from forward+going life ever"
        # round 11
        " another+won't|not|never single+won't|not|never henceforth hereafter forever exempt"
        " good+stay|remain|fixed|frozen|locked recur repeated+won't|not"
    ),
)
def never_again_promise(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags promises that a fault will never recur: "this will never happen
    again", "it won't happen again", "won't ever happen again", "you'll
    never have to wait on hold again", "we'll make sure nothing like this
    ever happens again", "I'll make sure that driver is never sent again".

    Honest limits ("we can't promise it will never happen again"), efforts
    ("we're working to make sure it doesn't happen again", "hopefully it
    won't happen again"), standing practice without "again" ("we'll never
    ask for your card number") and system facts after an action the agent
    took ("you won't be charged again", "you won't receive these emails
    again") are not flagged.

    ## Confidence
    0.85: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 1/1 F 2/2 H 1/1 G 1/1, 5/5
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.
    """
    text = doc.text
    for m in _NEVER_AGAIN.finditer(doc):
        start, end = m.span()
        if _OPT_OUT.search(text, start, end):
            continue
        if m.group("ensure") is None and _hedged(doc, start):
            continue
        if _HOPE_AFTER.match(text, end, sentence_window(doc, start)[1]):
            continue  # "this is the last time it'll happen, I hope"
        if doc.negated(start, window=3) and m.group("fut") is None:
            continue
        if _disclaimed(doc, start):
            continue
        if doc.clause_at(start).conditional or _CONDITION_AFTER.match(
            text, end, end + 200
        ):
            continue
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Say what changed instead: “I've flagged this to the "
                    "warehouse team and added a note to your account so it's "
                    "packed by hand next time.”"
                ),
            ),
            confidence=0.7 if m.group("bare") else None,
        )


# -- CS303 ------------------------------------------------------------------

_INSTANT = compile_pattern(
    r"""
    \b(?:right\s+away|immediately|instantly|straight\s+away|straightaway|at\s+once
      |in\s+no\s+time|in\s+a\s+jiffy|within\s+(?:the|an|one|the\s+next)\s+hour
      |(?:within|in)\s+(?:\d+|a\s+few|few|five|ten|fifteen|twenty|thirty|a\s+couple\s+of)
        \s+(?:minutes|mins))\b
    """
)
#: Things the customer receives automatically: "you'll get an email right away".
_AUTOMATED = compile_pattern(
    r"\b(?:e-?mails?|texts?|sms|messages?|notifications?|confirmations?|codes?|links?|receipts?|alerts?|calls?)\b"
)
#: What the customer does or can do: "you'll be able to log in right away",
#: "you'll be in touch with us in no time".
_CUSTOMER_OWN = compile_pattern(
    r"\s+(?:\w+\s+)?(?:be\s+able|be\s+in\s+touch|be\s+connected|hear\s+(?:back|from)|be\s+contacted)\b"
)
#: A condition on the customer's own action makes it system behaviour
#: ("once you confirm, it switches straight away").
_CUSTOMER_CONDITION = compile_pattern(
    r"\b(?:once|when|as\s+soon\s+as|after|if)\s+(?:you|u)(?:'ve|\s+have)?\s+\w+"
)
#: Round 12 (reply sets t4-t11): the customer's own step as an imperative
#: joined by "and" to what the system then does: "Text PAC to 65075 and
#: it'll arrive within a minute" (= "once you text PAC, ..."). Waiting is
#: not a step: "sit tight and it'll arrive tomorrow" still fires.
_IMPERATIVE_AND = compile_pattern(
    r"""
    (?:^|(?<=[.!?:]\s{0,3}))(?:just\s+|simply\s+)?(?:text|reply|click|tap|call|ring|dial|enter|scan|press|open
      |log\s+in|sign\s+in|submit|upload|send|fill\s+in|complete|select|choose|download|install|restart|update)
      \b[^.!?;\n]{1,60}?\s+and\s+(?:then\s+)?$
    """
)


@rule(
    code="CS303",
    name="instant-resolution",
    family=_FAMILY,
    message="Promises instant results for work not in the agent's hands: {excerpt!r}",
    why=(
        '"Right away" and "immediately" for a bank, a courier or another '
        "team set a clock the agent can't control; when it runs late, the "
        'customer feels lied to (seed 000, "Honesty is the Best Policy").'
    ),
    fix="Give the real timeframe, or say who does it and when you'll update",
    bad=(
        "Your refund will be in your account immediately.",
        "I'll have the engineers fix the bug right away.",
        "Rest assured, the courier will call you immediately to arrange a new slot.",
        "Consider it done: the bank will reverse the charge straight away.",
        "Your account will be unlocked instantly once legal reviews it.",
    ),
    good=(
        "I've issued the refund right away. You'll see it in 3–5 working days.",
        "I've reset your password. You can log in immediately with the code.",
        "Please DM us your store number and we'll reach out right away!",
        "Your download link works immediately after payment.",
        "As soon as you confirm, the subscription will switch straight away.",
        "I'll look into it right away and reply by 3pm.",
        "I've transferred you - Rachel will reply in this chat within 10 minutes.",
        "I've restored it remotely, and it will be back on within 30 minutes.",
    ),
    triggers=trigger_words(
        "away immediately instantly straightaway once time jiffy hour minutes mins"
    ),
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 2/2 F 1/2 H 2/2 G 1/2,
    # 6/8 replies right, add-one smoothed and rounded to 0.05.
    # Round 7: below 0.85 over dev + the G hold-out (6/8): preview.
    preview=True,
    confidence=0.7,
)
def instant_resolution(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags "right away", "immediately", "instantly", "straight away",
    "within the hour" or "in 10 minutes" attached to a future that is not
    the agent's own next step: a bank, a courier, engineers, legal, a
    refund landing ("your refund will be in your account immediately"), or
    the agent promising another team's work ("I'll have the engineers fix
    it right away").

    The agent's own action ("I've issued the refund right away", "I'll look
    into it right away"), the support team getting in touch ("our team will
    follow up right away"), a named colleague picking up a live hand-off
    ("Rachel will reply in this chat within 10 minutes"), the result of an
    action already done ("I've restored it remotely, and it will be back on
    within 30 minutes"), system facts in the present ("the link works
    immediately") and automatic results of the customer's own step ("once
    you confirm, it switches straight away"; "you can redo the transfer now
    and it'll arrive instantly"; "you'll get an email right away") are not
    flagged.

    ## Confidence
    0.7: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 2/2 F 1/2 H 2/2 G 1/2, 6/8
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05. Below 0.85, so preview (round 7).
    """
    text = doc.text
    for m in _INSTANT.finditer(text):
        start, end = m.span()
        clause = doc.clause_at(start)
        fut = _last_future(doc, max(clause.start, start - 100), start)
        if fut is None or fut.who == "none":
            continue
        if text[fut.aux_start : fut.aux_end].lower().replace("\u2019", "'") == "won't":
            continue
        s_start, s_end = _sentence_span(doc, start)
        if _own_commitment(fut, doc, fut.aux_end):
            continue
        if fut.who == "customer" and (
            _CUSTOMER_OWN.match(text, fut.aux_end, fut.aux_end + 200)
            or _AUTOMATED.search(text, fut.aux_end, start)
        ):
            continue
        if fut.verb in ("get", "receive") and _AUTOMATED.search(
            text, fut.aux_end, start
        ):
            continue  # "change their role and they'll get an email straight away"
        if _after_customer_steps(doc, fut):
            continue  # "Go to Settings, then Connect. It will then submit straight away."
        if _hedged(doc, start):
            continue
        if _CUSTOMER_CONDITION.search(text, s_start, s_end):
            continue
        if _CUSTOMER_ABLE.search(text, s_start, fut.aux_start):
            continue  # "you can redo the transfer now and it'll arrive instantly"
        if _named_handoff(doc, fut):
            continue  # "Rachel will reply in this chat within 10 minutes"
        if fut.who == "other" and _done_before(doc, fut):
            continue  # "I've restored it, and it will be back on within 30 minutes"
        if doc.negated(start, window=3) or _disclaimed(doc, start):
            continue
        yield Match(
            start,
            end,
            suggestions=(
                _drop(doc, start, end, "Drop it and give the real timeframe"),
            ),
        )


#: "will then": the result of steps just given.
_THEN = compile_pattern(r"\s+then\b")
#: Steps given to the customer: "please go to", "click", "sign in".
_STEPS_GIVEN = compile_pattern(
    r"""
    \b(?:please\s+(?:go|click|tap|select|open|sign|log|choose|enter|press|restart|reconnect)
      |go\s+to|click|tap|select|sign\s+in|log\s+in|press)\b
    """
)


def _after_customer_steps(doc: Document, fut: _Future) -> bool:
    """
    Return whether *fut* ("it will then submit") reports what the system
    does after steps the reply gives the customer in its sentence or the
    one before.
    """
    if _THEN.match(doc.text, fut.aux_end, fut.aux_end + 8) is None:
        return False
    index = doc.sentence_index(fut.aux_start)
    lo = doc.sentences[max(0, index - 1)].start if index >= 0 else fut.aux_start - 200
    return (
        _STEPS_GIVEN.search(doc.text, max(lo, fut.aux_start - 400), fut.aux_start)
        is not None
    )


#: What the customer can do now makes what follows how the system works.
_CUSTOMER_ABLE = compile_pattern(
    r"\b(?:you|u)\s+(?:can|could|may)\s+(?:now\s+|just\s+|simply\s+|then\s+)?(?!not\b)\w+"
)
#: A colleague's reply, pick-up or call in a live hand-off.
_HANDOFF_VERB = compile_pattern(
    r"""
    \s*(?:reply|respond|pick\s+(?:it|this|you|the\s+\w+)\s+up|pick\s+up|call|ring|email
      |message|join|contact|get\s+back|be\s+with\s+you|take\s+over|chat|be\s+in\s+touch)\b
    """
)
#: The agent's own action, already done: what follows is its result.
_DONE = compile_pattern(
    r"""
    \b(?:I|we)(?:'ve|\s+have)\s+(?:just\s+|already\s+|now\s+|also\s+|remotely\s+)?
      (?:\w+ed|sent|reset|put|set|made|done|paid|run|rerun|re-run|rebuilt|built|given)\b
    """
)
#: The result's subject: the thing the agent acted on.
_RESULT_SUBJECT = frozenset(
    {"it", "this", "that", "they", "these", "those", "everything", "service", "supply"}
)


def _named_handoff(doc: Document, fut: _Future) -> bool:
    """
    Return whether *fut* is a named colleague's (or a particular team's)
    reply or pick-up in a live hand-off.
    """
    found = commitments(doc)
    starts = doc.memo(_commitment_starts)
    # The commitment that holds the future starts at or before its
    # auxiliary; only the few nearest are looked at.
    i = bisect.bisect_right(starts, fut.aux_start)
    for c in found[max(0, i - 3) : i]:
        if c.kind != "promise" or not c.start <= fut.aux_start < c.action_start:
            continue
        if c.owner is None or c.owner in ("I", "we") or c.actor != "team":
            continue
        return _HANDOFF_VERB.match(doc.text, c.action_start, c.action_end) is not None
    return False


def _commitment_starts(doc: Document) -> list[int]:
    return [c.start for c in commitments(doc)]


def _done_before(doc: Document, fut: _Future) -> bool:
    """
    Return whether the agent has already done what *fut* reports the
    result of: an "I've ..." earlier in its sentence or the one before, and
    a future about "it", "this", "the service".
    """
    if not fut.subject or fut.subject[-1] not in _RESULT_SUBJECT:
        return False
    index = doc.sentence_index(fut.aux_start)
    if index < 0:
        return False
    lo = doc.sentences[max(0, index - 1)].start
    return (
        _DONE.search(doc.text, max(lo, fut.aux_start - 300), fut.aux_start) is not None
    )


# -- CS304 ------------------------------------------------------------------

_DEFAULT_WORDS = (
    "refund",
    "credit",
    "voucher",
    "gift card",
    "coupon",
    "discount",
    "compensation",
    "compensate",
    "reimburse",
    "reimbursement",
    "goodwill gesture",
    "gesture of goodwill",
    "goodwill payment",
    "free of charge",
    "for free",
    "on the house",
    "on us",
    "at no cost",
    "at no charge",
    "at no extra cost",
    "complimentary",
    "waive",
    "money back",
    "free month",
    "months free",
    "free upgrade",
    "free night",
    "free meal",
    "free drink",
    "free delivery",
    "free shipping",
    "bonus points",
    "bonus miles",
    "% off",
    "money off",
    "off your next",
    "rent off",
    "off the rent",
    "off your rent",
)


@attrs.frozen
class CompensationOptions:
    """
    Options of CS304 (unapproved-compensation).

    *words*: what counts as compensation (each also matches its -s, -es,
    -d, -ed and -ing forms); *agents_may_grant*: agents on this team may
    grant compensation themselves, so only compensation promised on someone
    else's behalf ("the manufacturer will refund you") is flagged.
    """

    words: tuple[str, ...] = _DEFAULT_WORDS
    agents_may_grant: bool = False


@functools.lru_cache(maxsize=16)
def _compensation_pattern(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    """
    Compile the compensation words once per distinct list.
    """
    items = sorted(
        {" ".join(w.split()) for w in words if w.strip()}, key=lambda s: (-len(s), s)
    )
    if not items:
        return None
    plain: list[str] = []
    parts: list[str] = []
    for item in items:
        source = regex.escape(item, special_only=True, literal_spaces=True)
        source = source.replace(" ", r"\s+").replace("'", "['\u2019]")
        if item[0].isalnum() and item[-1].isalpha():
            plain.append(source)
            continue
        # Word boundaries only where the phrase starts or ends with a word
        # character: "% off" must match inside "50% off".
        if item[0].isalnum():
            source = r"(?<![\w'\u2019])" + source
        if item[-1].isalnum():
            source += r"(?!\w)"
        parts.append(source)
    if plain:
        # One shared boundary test, not one per phrase: far faster to scan.
        parts.insert(
            0,
            r"(?<![\w'\u2019])(?:" + "|".join(plain) + r")(?:s|es|d|ed|ing)?(?!\w)",
        )
    return compile_cached("|".join(parts), regex.IGNORECASE)


_GRANT_AGENT = scan(
    r"""
    \b(?:I|we)(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to
      |\s+are\s+going\s+to|'m\s+gonna|'re\s+gonna)\s+
      (?:(?:also|personally|happily|gladly|definitely|certainly|absolutely|just|then|now
        |immediately|go\s+ahead\s+and)\s+){0,2}
      (?P<verb>give|send|refund|credit|issue|add|apply|offer|pop|put|provide|arrange|throw
        |comp|waive|reimburse|compensate|pay|transfer|post|email|get|make\s+sure|ensure
        |see\s+to\s+it|sort|organi[sz]e|honou?r|extend|award|grant|knock|take)\b
    """,
    needs=_AGENT_FUTURE_WORDS,
)
#: Compensation in the present progressive, given as the agent speaks:
#: "I'm giving you £50 credit for the trouble".
_GRANT_NOW = scan(
    r"""
    \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:(?:also|happily|gladly|now|just|going\s+ahead\s+and)\s+){0,2}
      (?P<verb>giving|sending|crediting|refunding|adding|applying|offering|issuing|waiving
        |comping|throwing\s+in|popping|putting)\b
    """,
    needs=_NOW_GRANT_WORDS,
)
#: "I can offer you …": an offer, flagged only when it is outsized.
_GRANT_OFFER = scan(
    r"""
    \b(?:I|we)\s+(?:can|could)\s+
      (?:(?:also|absolutely|definitely|certainly|happily|easily)\s+){0,2}
      (?P<verb>give|send|refund|credit|issue|add|apply|offer|provide|throw|comp|waive
        |reimburse|compensate|get|knock|take|do)\b
    """,
    needs="can could",
)
_GRANT_CUSTOMER = scan(
    r"""
    \b(?:you|u)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+
      (?:(?:definitely|certainly|absolutely|also|now|then|still|100\s?%)\s+)?
      (?:get|receive|be\s+(?:given|sent|issued|offered|getting|receiving)|be(?=\s+(?:fully\s+)?
        (?:refund|credit|compensat|reimburs))|have|keep)\b
    | \b(?:you're|you\s+are)\s+(?:getting|receiving)\b
    """,
    needs=_CUSTOMER_FUTURE_WORDS,
)
_GRANT_OTHER = scan(
    r"""
    \b(?:the|your|their|our)\s+(?:(?:partner|local|card|travel)\s+)?(?:bank|manufacturer|airline
      |carrier|courier|seller|merchant
      |insurer|insurance\s+company|provider|store|retailer|supplier|card\s+issuer|hotel
      |restaurant|landlord|vendor)\s+(?:will|'ll|is\s+going\s+to)\s+
      (?:(?:definitely|certainly|absolutely|happily|also)\s+)?
      (?P<verb>refund|compensate|reimburse|credit|give|send|issue|offer|waive|pay(?:\s+out)?
        |cover|honou?r)\b
    """,
    needs="will going",
)
#: Compensation promised outright in the passive: "all fees will be
#: refunded", "the full amount will be credited".
_GRANT_PASSIVE = scan(
    r"""
    \b(?:all|every|the\s+(?:full|entire|whole)|your\s+(?:full|entire|whole))\s+(?:[\w-]+\s+){0,2}?
      (?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:definitely\s+|certainly\s+|also\s+)?be\s+
      (?:fully\s+|completely\s+)?(?P<verb>refunded|reimbursed|credited|waived|written\s+off|compensated
        |paid\s+back|repaid|returned)\b
    """,
    needs="will going",
)
#: An outright or outsized grant.
_OUTRIGHT = compile_pattern(
    r"""
    \b(?:no\s+problem|guarantee[ds]?|definitely|certainly|absolutely|for\s+sure|of\s+course
      |no\s+questions\s+asked|plus|double|a\s+(?:whole\s+)?year\s+of|for\s+life|every\s+time
      |another\s+one|all\s+(?:your|the)|keep\s+(?:it|them|the\s+\w+)\s+(?:too|as\s+well))\b
    | (?<![\w.])100\s?%
    """
)
_GOODWILL = compile_pattern(
    r"""
    \b(?:for\s+(?:the|your|any)\s+(?:inconvenience|trouble|hassle|wait|bother)
      |as\s+an?\s+(?:apology|goodwill|gesture|thank\s+you)|goodwill|to\s+make\s+up\s+for)\b
    """
)
_APPROVED = compile_pattern(
    r"""
    \b(?:approved|authori[sz]ed|signed\s+off|okayed|OK'd|cleared\s+(?:it|this|that)\s+with
      |agreed\s+(?:to\s+)?(?:by|with)|has\s+agreed|have\s+agreed)\b
    """
)
_GAP_BREAK = compile_pattern(
    r"[.;!?\n]|\b(?:but|however|if|unless|once|when|after|until|or)\b|\byour\s*$"
)
#: A hope tagged on after the promise: "..., I hope", "..., hopefully".
_HOPE_AFTER = compile_pattern(
    r"[^.!?\n]{0,80}?(?:,\s*(?:I|we)\s+(?:really\s+)?hope\b|,?\s*hopefully\b)"
)
_CONDITION_AFTER = compile_pattern(
    r"\s*(?:\w+\s+){0,3}?(?:if|unless|once|when|after|as\s+soon\s+as|provided|as\s+long\s+as|in\s+case|should\s+(?:it|the|this))\b"
)
_CONDITION_BEFORE = compile_pattern(
    r"\b(?:if|unless|in\s+case|should\s+(?:it|the|this|that|your)|once|when|as\s+soon\s+as|after)\b"
)
_NOT_MONEY = compile_pattern(
    r"\s+(?:card|check|score|limit|history|rating|report|union|code)s?\b"
)


#: Words without which no grant frame (`_GRANT_*`) can match.
_FRAME_WORDS = (
    _AGENT_FUTURE_WORDS
    | _CUSTOMER_FUTURE_WORDS
    | _NOW_GRANT_WORDS
    | trigger_words("can could will going")
)


@functools.cache
def _compensation_anchors(words: tuple[str, ...]) -> frozenset[str] | None:
    """
    Words one of which a sentence must hold for a compensation phrase to be
    in it: a phrase's longest word before its last, or its last word with
    the endings the pattern allows ("refund", "refunds", "refunded", ...).
    None when a phrase has no word ("£"), so nothing can be skipped.
    """
    anchors: set[str] = set()
    for phrase in words:
        tokens = WORD_TOKENS.findall(phrase.lower().replace("\u2019", "'"))
        if not tokens:
            return None
        if len(tokens) > 1:
            anchors.add(max(tokens[:-1], key=len))
        else:
            anchors.update(tokens[0] + end for end in ("", "s", "es", "d", "ed", "ing"))
    return frozenset(anchors)


#: What a refund undoes when it corrects a charge rather than compensates:
#: "refund the delivery charge", "refund you the difference".
_CORRECTION = compile_pattern(
    r"""
    \s*(?:you\s+)?(?:for\s+)?(?:the|your|that|this)\s+(?:[\w£$€.,-]+\s+){0,2}?
      (?:charge|fee|payment|difference|overcharge|postage|shipping|delivery\s+charge
        |duplicate|deposit|late\s+fee)\b(?!\s+(?:and|plus|as\s+well)\b)
    """
)


_REFUND_IT = compile_pattern(
    r"\s*(?:it|that|this|them)\b(?!\s+(?:all|in\s+full|twice)\b)"
)
#: Round 7 (blind set H false alarm): a refund of what the customer paid
#: for ("we'll refund it in full", "I'll refund the cost of the collar")
#: after they report a fault is the ordinary remedy in the agent's hands,
#: not compensation; extras ("plus £20", "and a free week", "for the
#: inconvenience") still are.
_REFUND_OWN = compile_pattern(
    r"\s*(?:it|that|this|them|the\s+(?:full\s+)?(?:cost|price|item|order|product|ticket|tickets|booking|purchase|amount)"
    r"(?:\s+of\s+(?:it|the\s+[\w-]+|your\s+[\w-]+))?|your\s+(?:order|purchase|ticket|tickets|booking|money|payment))\b"
    r"(?:\s+in\s+full)?+(?!\s+(?:twice|plus|and\b))"
)
_REFUND_VERB = compile_pattern(r"refund")
_FAULT_REPORTED = compile_pattern(
    r"\b(?:not\s+happy|unhappy|broken|broke|faulty|fault|damaged|defective|rash|sick|ill|leak\w*|doesn't\s+work"
    r"|didn't\s+work|does\s+not\s+work|did\s+not\s+work|not\s+working|stopped\s+working|wrong|missing"
    r"|never\s+(?:arrived|came|turned\s+up)|poor|disappoint\w*|complain\w*|useless|ripped|torn|stained|mould\w*"
    r"|smashed|cracked|cold|late)\b"
)


def comp_is_refund(text: str, start: int, end: int) -> bool:
    """
    Return whether the compensation word at ``[start, end)`` is a refund.
    """
    return _REFUND_VERB.match(text, start, end) is not None


_CHARGE_REPORTED = compile_pattern(
    r"\b(?:charged|overcharged|double[\s-]charged|billed|charge|debited|taken)\b"
)


def _compensation_promises(
    doc: Document,
    comp: regex.Pattern[str],
    agents_may_grant: bool,
    anchors: frozenset[str] | None = None,
) -> Iterator[Match]:
    text = doc.text
    # A promise needs a compensation word and a grant frame in one sentence:
    # only sentences holding words of both are scanned for compensation.
    spans = [(0, len(text))]
    windows = doc.trigger_windows
    if anchors is not None and len(windows) == len(doc.sentences):
        spans = [
            (sent.start, sent.end)
            for sent, words in zip(doc.sentences, windows, strict=True)
            if not anchors.isdisjoint(words) and not _FRAME_WORDS.isdisjoint(words)
        ]
    # Frames are then looked for only in the sentences that hold a
    # compensation word.
    found: list[tuple[int, int]] = []
    whole = False
    hits = (hit for lo, hi in spans for hit in comp.finditer(text, lo, hi))
    for hit in hits:
        sent = doc.sentence_at(hit.start())
        if sent is None:
            whole = True  # outside any sentence: scan the whole text
            break
        if not found or found[-1] != (sent.start, sent.end):
            found.append((sent.start, sent.end))
    if not found and not whole:
        return  # no compensation word anywhere: nothing can be promised
    regions = None if whole else found

    def matches(sc: Scan) -> list[regex.Match[str]]:
        if regions is None:
            return list(sc.finditer(doc))
        return [m for s, e in regions for m in sc.finditer(doc, s, e)]

    frames: list[tuple[str, regex.Match[str]]] = []
    if not agents_may_grant:
        frames += [("agent", m) for m in matches(_GRANT_AGENT)]
        frames += [("agent", m) for m in matches(_GRANT_NOW)]
        frames += [("customer", m) for m in matches(_GRANT_CUSTOMER)]
        frames += [("offer", m) for m in matches(_GRANT_OFFER)]
    frames += [("other", m) for m in matches(_GRANT_OTHER)]
    frames += [("other", m) for m in matches(_GRANT_PASSIVE)]
    if not frames:
        return
    approved = any(
        not doc.in_quote(m.start(), m.end()) for m in _APPROVED.finditer(text)
    )
    seen: set[int] = set()
    for kind, f in frames:
        f_start, f_end = f.span()
        s_start, s_end = _sentence_span(doc, f_start)
        # The compensation is the frame's own verb ("I'll refund") or comes
        # soon after it in the same clause ("I'll send you a £100 voucher").
        verb_start = f_end if kind == "customer" else f.start("verb")
        hit = comp.search(text, verb_start, min(s_end, f_end + 60))
        if hit is None:
            continue
        if hit.start() > f_end and _GAP_BREAK.search(text, f_end, hit.start()):
            continue
        if _NOT_MONEY.match(text, hit.end(), hit.end() + 200):
            continue
        if (
            f_start in seen
            or doc.negated(f_start, window=3)
            or _disclaimed(doc, f_start)
        ):
            continue
        if is_question(doc, f_start):
            continue
        if _CONDITION_BEFORE.search(text, s_start, f_start) or _CONDITION_AFTER.match(
            text, hit.end(), hit.end() + 200
        ):
            continue
        if doc.clause_at(f_start).conditional:
            continue
        outright = _OUTRIGHT.search(text, s_start, s_end) is not None
        if kind == "customer" and not (
            outright or _GOODWILL.search(text, s_start, s_end)
        ):
            continue  # "you'll get your refund in 3–5 days" describes a process
        if kind == "offer" and not outright:
            continue  # "I can provide a $10 credit": an offer within reach
        if (
            kind == "agent"
            and not outright
            and _CORRECTION.match(text, hit.end(), min(s_end, hit.end() + 80))
        ):
            continue  # "I'll refund the delivery charge now": undoing a charge
        if (
            kind == "agent"
            and not outright
            and _REFUND_IT.match(text, hit.end(), min(s_end, hit.end() + 20))
            and _CHARGE_REPORTED.search(doc.customer or "")
        ):
            continue  # "I'll refund it" to "you charged me for a bag I didn't take"
        if (
            kind == "agent"
            and not outright
            and not _GOODWILL.search(text, s_start, s_end)
            and _REFUND_OWN.match(text, hit.end(), min(s_end, hit.end() + 40))
            and comp_is_refund(text, hit.start(), hit.end())
            and _FAULT_REPORTED.search(doc.customer or "")
        ):
            continue  # round 7: "we'll refund it in full" for a faulty item: the remedy, not a bonus
        if kind != "other" and (approved or _signed_by_manager(doc)):
            continue  # approved, or granted by someone who may grant it
        seen.add(f_start)
        confidence = 0.9 if outright or kind == "other" else 0.75
        yield Match(
            f_start,
            hit.end(),
            suggestions=(
                Suggestion(
                    "Check approval first, or offer to ask for it: “I've asked "
                    "my team lead about a goodwill credit and will confirm by "
                    "5pm.”"
                ),
            ),
            confidence=confidence,
        )


#: A title that may grant compensation, in the signature: "Claire Dunn,
#: Events Manager", "Head of Customer Care", "Owner".
_MANAGER_TITLE = compile_pattern(
    r"""
    \b(?:manager|director|owner|proprietor|head\s+of\s+[\w ]{2,30}|general\s+manager|supervisor
      |team\s+lead(?:er)?|duty\s+manager|landlord|founder|ceo|coo)\b
    """
)


def _signed_by_manager(doc: Document) -> bool:
    """
    Return whether the reply is signed by someone whose title lets them
    grant compensation (a manager, an owner, a head of department): "I'll
    take 25% off your invoice" is then theirs to give.
    """
    return doc.memo(_read_signed_by_manager)


def _read_signed_by_manager(doc: Document) -> bool:
    text = doc.text
    for zone in doc.zones:
        if zone.kind in (SIGN_OFF, SIGNATURE) and _MANAGER_TITLE.search(
            text, zone.start, zone.end
        ):
            return True
    return False


@rule(
    code="CS304",
    name="unapproved-compensation",
    family=_FAMILY,
    message="Promises compensation outright: {excerpt!r}",
    why=(
        "Refunds, credits and vouchers promised before anyone approved them "
        "are promises the agent may not be able to keep; withdrawing one "
        'later does more harm than never offering it (seed 000, "Honesty is '
        'the Best Policy"; seed 002, "Apologize and be honest").'
    ),
    fix="Confirm approval first, or say you're asking for it",
    bad=(
        "So sorry about this. As an apology, I'll give you a year of Premium for free.",
        "I'll refund the full £480 and you can keep the sofa too.",
        "I'll send you a £100 voucher for the inconvenience.",
        "Don't worry, you'll get a full refund, no problem.",
        "The manufacturer will refund you in full.",
    ),
    good=(
        "I've added a £20 credit as a goodwill gesture, which my team lead approved this morning.",
        "If it isn't with you by 6pm, I'll refund the express fee.",
        "DM us the order number and we'll look at a refund.",
        "Our money-back guarantee means you can return it within 30 days for a full refund.",
        "I've cancelled the order; you'll get your refund in 3–5 working days.",
        "Would you like a refund or a replacement?",
    ),
    options=CompensationOptions,
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 2/2 F 3/3 H 0/1 G 0/1,
    # 5/7 replies right, add-one smoothed and rounded to 0.05.
    # Round 7: below 0.85 over dev + the G hold-out (5/7): preview.
    preview=True,
    confidence=0.65,
    triggers=trigger_words(
        "i'll we'll you'll will shall going gonna getting receiving can could "
        "giving sending crediting refunding adding applying offering issuing waiving "
        "comping throwing popping putting"
    ),
)
def unapproved_compensation(
    doc: Document, options: CompensationOptions
) -> Iterator[Match]:
    """
    ## What it does
    Flags compensation promised outright: "I'll send you a £100 voucher",
    "I'll refund the full £480", "I'll give you a year of Premium for
    free", "I'll waive all your fees", "you'll get a full refund, no
    problem", outsized offers ("I can give you a year free, plus a
    voucher"), and compensation promised for someone else ("the
    manufacturer will refund you").

    Not flagged: compensation already given ("I've added a £20 credit"),
    or approved ("my team lead approved it"), conditional offers ("if it
    isn't there by 6pm, I'll refund the fee"), looking into it ("we'll look
    at a refund"), questions ("would you like a refund?"), policy ("you can
    return it within 30 days for a full refund"), the customer's own
    refund going through ("you'll get your refund in 3–5 days"), and
    compensation in a reply signed with a title that may grant it ("Events
    Manager", "Head of Customer Care", "Owner").

    The `words` option lists what counts as compensation (each word also
    matches its -s, -es, -d, -ed and -ing forms); `agents-may-grant = true`
    is for teams whose agents may grant compensation themselves: only
    compensation promised on someone else's behalf is then flagged.

    ## Confidence
    0.65: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 2/2 F 3/3 H 0/1 G 0/1, 5/7
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05. Below 0.85, so preview (round 7).

    ## Known limitations
    Amounts are not judged: with the defaults, a promised £5 credit ("I'll
    add a £5 credit") is flagged like a £500 one, while a plain offer ("I
    can add a £5 credit") is not.
    """
    comp = _compensation_pattern(options.words)
    if comp is None:
        return
    yield from _compensation_promises(
        doc, comp, options.agents_may_grant, _compensation_anchors(options.words)
    )


# -- CS305 ------------------------------------------------------------------

#: Round 7 (blind set H false alarm): a sentence that opens with a
#: condition makes the work arranged in its main clause a conditional next
#: step ("If it's still down after that, message me and I'll get the
#: engineer out tomorrow morning"), not a promise of another team's work.
_IF_OPENS = compile_pattern(
    r"\s*(?:if|should\s+(?:it|this|that|the|you)|in\s+case|unless)\b"
)

_DECISION = scan(
    r"""
    (?:'ll|\bwill|\b(?:is|are)\s+going\s+to)\s+(?:definitely\s+|certainly\s+
      |absolutely\s+|surely\s+|then\s+|also\s+|(?<![\w.])100\s?%\s+)?be\s+
      (?:approved|accepted|granted|authori[sz]ed|signed\s+off|upheld|overturned
        |reinstated|unbanned|reactivated|expedited)\b
    """,
    needs=_DECISION_WORDS,
)
_ROADMAP = scan(
    r"""
    (?:'ll|\bwill|\b(?:is|are)\s+going\s+to)\s+(?:definitely\s+|certainly\s+
      |absolutely\s+)?be\s+(?:fixed|added|resolved|released|included|available|patched
        |sorted|built|implemented|rolled\s+out|live)\s+(?:in|with|by)\s+(?:the\s+)?next\s+
      (?:app\s+|software\s+|system\s+|ios\s+|android\s+)?(?:update|release|version|patch
        |build|sprint)\b
    | \bthe\s+next\s+(?:app\s+|software\s+)?(?:update|release|version|patch|build)\s+
      (?:will|'ll|is\s+going\s+to)\s+(?:definitely\s+)?(?:fix|add|include|resolve|solve|sort
        |bring)\b
    """,
    needs="next",
)
_CAUSE = compile_pattern(
    r"""
    \b(?:I|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to)
      \s+(?:personally\s+|just\s+|also\s+)?(?:get|have|make)\s+(?:the|our|a|an
        |one\s+of\s+(?:the|our))\s+(?:[\w-]+\s+){0,2}?(?:team|engineers?|developers?|devs
        |techs?|technicians?|department|designers?|programmers?|coders?)\s+(?:to\s+)?
      (?:add|build|fix|patch|change|release|ship|implement|develop|create|roll\s+out|push
        |redesign|bring\s+back|approve|remove)\b
    """
)
_ARRANGE = compile_pattern(
    r"""
    \b(?:I|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to)
      \s+(?:personally\s+|just\s+|also\s+)?(?:get|have|make)\s+(?:the|our|a|an|your)\s+
      (?:[\w-]+\s+){0,2}?(?:team|engineers?|developers?|techs?|technicians?|department
        |warehouse|courier|driver|carrier|bank|manufacturer|supplier|store|depot|factory
        |seller|vendor|merchant|restaurant|airline|landlord|contractor|retailer|shop)\s+
      (?:to\s+)?(?!to\b|call|ring|phone|contact|email|text|message|reach|get\s+back|follow)\w+\b
    """
)
_TEAM_FUTURE = compile_pattern(
    r"""
    \b(?:the|our)\s+(?:developers|engineers|devs|dev\s+team|product\s+team
      |tech\s+team|engineering\s+team|development\s+team|design\s+team|designers)
      \s+(?:will|'ll|are\s+going\s+to)\s+(?:definitely\s+|certainly\s+)?
      (?:have|add|release|fix|push|ship|roll\s+out|build|implement|get)\b
    """
)


#: What a decision is about: "your application will be approved".
_DECIDED = frozenset(
    {
        "application",
        "claim",
        "request",
        "appeal",
        "loan",
        "mortgage",
        "refund",
        "return",
        "case",
        "complaint",
        "account",
        "exception",
        "warranty",
        "dispute",
        "submission",
        "upgrade",
        "transfer",
        "visa",
        "permit",
        "it",
        "this",
        "that",
        "compensation",
        "reimbursement",
        "exchange",
        "order",
        "booking",
        "listing",
        "review",
    }
)


@rule(
    code="CS305",
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 1/1 F 2/2 H 3/3 G 3/3,
    # 9/9 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.9,
    name="commits-other-teams",
    family=_FAMILY,
    message="Commits another team's decision or work: {excerpt!r}",
    why=(
        "Approvals, reviews and product changes belong to other teams; "
        "promising their outcome or their schedule sets up a promise the "
        'agent can\'t keep (seed 000, "Honesty is the Best Policy"; seed '
        '002, "Apologize and be honest").'
    ),
    fix="Say what you've passed on, to whom, and when you'll update",
    bad=(
        "Easy fix! Your loan application will be approved by tomorrow.",
        "Love the idea! I'll get the product team to add dark mode for you by next week.",
        "This will be fixed in the next update.",
        "The developers will have a patch out by tonight.",
    ),
    good=(
        "I've passed your idea for dark mode to the product team.",
        "Your application is with underwriting; they decide within 2 working days.",
        "The fix should be in the next update; I'll let you know when it's out.",
        "I'll have our billing team call you tomorrow morning.",
        "Our engineers are working on the fix now.",
    ),
    # Decisions and roadmaps by their words; another team's work only when a
    # team word and a future share a sentence (with "get / have / make" for
    # "I'll get the team to ...").
    triggers=lambda: (
        _DECISION_WORDS
        | {"next"}
        | trigger_words(
            all_of(
                " ".join(sorted(_TEAM_WORDS)),
                "i'll we'll will going gonna",
                "get have make",
            )
            + " "
            + all_of(
                "developers engineers devs dev product tech engineering development "
                "design designers",
                " ".join(sorted(_FUTURE_WORDS)),
            )
        )
    ),
)
def commits_other_teams(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags promises of another team's decision or work: "your application
    will be approved", "this will be fixed in the next update", "the next
    release will add it", "I'll get the product team to add dark mode",
    "the developers will have a patch out by tonight".

    Passing something on ("I've passed your idea to the product team"),
    hedged roadmaps ("it should be in the next update"), work in progress
    ("our engineers are working on it") and arranging a call from another
    team ("I'll have billing call you") are not flagged.

    ## Confidence
    0.9: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 1/1 F 2/2 H 3/3 G 3/3, 9/9
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.
    """
    text = doc.text
    kinds: list[tuple[str, regex.Match[str]]] = []
    kinds += [("decision", m) for m in _DECISION.finditer(doc)]
    kinds += [("roadmap", m) for m in _ROADMAP.finditer(doc)]
    if mentions(doc, _TEAM_WORDS) and mentions(doc, _FUTURE_WORDS):
        if mentions(doc, _CAUSE_VERBS):
            kinds += [("cause", m) for m in _CAUSE.finditer(text)]
            kinds += [("arrange", m) for m in _ARRANGE.finditer(text)]
        kinds += [("team", m) for m in _TEAM_FUTURE.finditer(text)]
    seen: set[int] = set()
    taken = SpanSet()
    for kind, m in sorted(kinds, key=lambda km: km[1].start()):
        start, end = m.span()
        if start in seen or taken.covers(start):
            continue
        s_start, s_end = _sentence_span(doc, start)
        if kind in ("decision", "roadmap"):
            aux = _AUX.match(text, start, start + 200)
            if aux is not None:
                fut = _future_at(doc, aux)
                if fut.who == "agent":
                    continue
                if kind == "decision" and not _DECIDED.intersection(fut.subject):
                    continue
                start = max(s_start, doc.clause_at(start).start)
                while start < end and text[start].isspace():
                    start += 1
        if kind in ("team", "arrange") and not (
            _DEADLINE.search(text, end, s_end) or _INSTANT.search(text, end, s_end)
        ):
            continue
        if doc.negated(m.start(), window=3) or _disclaimed(doc, m.start()):
            continue
        if _hedged(doc, m.start()) or doc.clause_at(m.start()).conditional:
            continue
        if is_question(doc, start):
            continue
        if kind == "decision" and _CONDITION_AFTER.match(text, end, end + 200):
            continue
        if kind in ("team", "arrange") and _IF_OPENS.match(text, s_start, start):
            continue  # round 7: "If it's still down, message me and I'll get the engineer out tomorrow"
        seen.add(m.start())
        taken.add(start, end)
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Say what you've done and who decides: “I've sent your "
                    "request to the product team; I'll tell you what they "
                    "decide.”"
                ),
            ),
        )


# -- CS306 ------------------------------------------------------------------

#: What the customer is waiting for, as the subject of a plain future.
_WAITED_FOR = r"""
    (?:(?:your|ur|the|this|that)\s+(?:new\s+|replacement\s+|[\w-]+\s+){0,2}?
      (?:card|parcel|package|order|delivery|refund|money|payment|passport|visa|licen[cs]e
        |permit|prescription|replacement|item|items|goods|documents?|certificate|letter
        |cheque|check|funds|transfer|outage|fault|issue|problem|connection|service|broadband
        |internet|power|supply|claim|application|repair|claim\s+payment)
    | it|everything|every\s+(?:single\s+)?(?:issue|problem|fault)|all\s+(?:the\s+)?(?:issues|problems))
"""
#: A flat future of an outcome nobody in the conversation controls, with a
#: date: "your new card will be with you tomorrow", "the outage will be
#: fixed tonight", "your money will be back in your account by Monday".
_FLAT_OUTCOME = scan(
    rf"""
    (?<![\w'])(?P<subject>{_WAITED_FOR})\s*(?:'ll|\s+will|\s+is\s+going\s+to)\s+
      (?:definitely\s+|certainly\s+|absolutely\s+|surely\s+|also\s+)?
      (?:be\s+(?:with\s+(?:you|u)|delivered|back(?:\s+(?:in\s+your\s+account|on|online|up))?
        |fixed|resolved|sorted|restored|repaired|processed|approved|credited|refunded|cleared
        |ready|in\s+your\s+account|there|working|reconnected|paid(?:\s+out)?|issued)
      |arrive|reach\s+(?:you|u)|land|clear|come\s+through|show\s+up|turn\s+up|get\s+to\s+(?:you|u))\b
    """,
    needs=all_of(
        "will it'll going",
        "with delivered back fixed resolved sorted restored repaired processed "
        "approved credited refunded cleared ready account there working reconnected "
        "paid issued arrive reach land clear through show turn get",
    ),
)
#: A third party's act with a date, as the agent's plain statement: "the
#: courier will deliver it tomorrow", "the bank will have the money back
#: in your account by Friday", "Royal Mail will have it to you by Saturday"
#: ("our courier" is the company's own, and left alone).
_THIRD_PARTY_DATED = scan(
    r"""
    (?<![\w'])(?<!\bour\s)(?<!\bmy\s)(?P<subject>(?:(?:the|your)\s+)?{THIRD_PARTY})\s*(?:'ll|\s+will|\s+is\s+going\s+to
      |\s+are\s+going\s+to)\s+(?:definitely\s+|certainly\s+|absolutely\s+|surely\s+|also\s+)?
      (?:deliver|drop\s+(?:it|them)\s+off|bring|send|refund|credit|pay|release|return|reverse
        |process|approve|fix|repair|restore|reconnect|reschedule|rebook|install|replace|collect
        |sort\s+(?:it|this|that)|have\s+(?:it|them|this|that|everything|(?:the|your)\s+[\w-]+)
          \s+(?:to\s+you|with\s+you|back|sorted|fixed|done|ready|delivered|repaired|restored
          |in\s+your\s+account))\b
    """,
    needs=all_of(
        "{THIRD_PARTY}",
        "will going",
    ),
)
#: A fix promised as total: "the upgrade will solve your speed problems
#: completely", "this will fix everything", "the replacement will work
#: perfectly".
_TOTAL_FIX = scan(
    r"""
    (?:'ll|\bwill|\bis\s+going\s+to|\bare\s+going\s+to)\s+(?:definitely\s+|certainly\s+)?
      (?:(?:fix|solve|resolve|sort\s+out|cure|eliminate|end)\s+(?:\w+\s+){0,4}?
        (?:completely|entirely|fully|for\s+good|once\s+and\s+for\s+all|permanently)
      |(?:fix|solve|resolve|sort\s+out)\s+(?:everything|all\s+(?:of\s+)?(?:your|the)\s+\w+)
      |(?:work|run)\s+perfectly(?!\s+with\b))\b
    | \b(?:fixed|solved|squashed|sorted|resolved|eliminated|cured)\s+(?:[\w-]+\s+){0,4}?
      (?:for\s+good|once\s+and\s+for\s+all|permanently)\b
    """,
    needs=all_of(
        "will it'll going fixed solved squashed sorted resolved eliminated cured",
        "completely entirely fully good permanently everything all perfectly",
    ),
)
#: A sanction on a person promised as done: "that driver will be removed
#: from the platform today" (a decision for another team).
_SANCTION = scan(
    r"""
    \b(?:the|that|this|your)\s+(?:driver|rider|courier|seller|member\s+of\s+staff|staff\s+member
      |employee|agent|engineer|technician|host|merchant|waiter|cashier|guard|officer)\s+
      (?:will|'ll|is\s+going\s+to)\s+(?:definitely\s+|certainly\s+|now\s+)?(?:be\s+)?
      (?:removed|fired|sacked|dismissed|disciplined|banned|suspended|struck\s+off|punished
        |let\s+go|deactivated|blocked)\b
    """,
    needs=all_of(
        "will going",
        "removed fired sacked dismissed disciplined banned suspended struck punished "
        "let deactivated blocked",
    ),
)
#: With a bare "it", only something arriving or money landing: "it'll
#: arrive Monday", not "it'll be back on tomorrow" (a service the brand
#: itself switched off).
_IT_ARRIVES = compile_pattern(
    r"\b(?:arrive|reach|land|clear|with\s+(?:you|u)|delivered|credited|refunded|in\s+your\s+account"
    r"|get\s+to|turn\s+up|show\s+up)\b"
)
#: The date the outcome is pinned to.
_PINNED = compile_pattern(
    r"""
    \b(?:by|before)\s+(?:tonight|tomorrow|today|the\s+end|end|close|noon|midday|monday|tuesday
      |wednesday|thursday|friday|saturday|sunday|next|this|\d|christmas|the\s+weekend)
    | \b(?:today|tonight|tomorrow|this\s+(?:week|afternoon|evening|morning|weekend)|next\s+week
      |first\s+thing|in\s+time|on\s+time|the\s+same\s+day|same\s+day
      |(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b
    | \b(?:within|in)\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|few|a\s+few|24|48)
      \s+(?:minutes?|mins?|hours?|hrs?|days?)\b|\bwithin\s+the\s+hour\b
    """
)
#: What the date rests on: tracking, a booked slot, the usual time, a
#: system the agent has looked at.
_BASIS = compile_pattern(
    r"""
    \b(?:tracking|tracked|track|shows?|showing|scheduled|estimated|expected|expect|usually
      |normally|typically|generally|according|system|systems|checked|confirmed|out\s+for\s+delivery
      |booked|slot|next-day|next\s+day\s+delivery|special\s+delivery|dispatched|on\s+its\s+way
      |aim|aims|target|should|hopefully|hope|likely|banks?\s+(?:usually|normally|can|may)|up\s+to
      |can\s+take|may\s+take|takes?|turned\s+(?:it\s+)?off|switched\s+(?:it\s+)?off|maintenance)\b
    """
)


#: Round 12 (reply sets t4-t11): a date guessed, not promised: the future
#: opened by an epistemic hedge ("Maybe it will be credited tomorrow") or
#: closed by one in the same sentence ("..., or the next day, I'm not very
#: sure"). The hedging family reads the hedge. "It will be credited
#: tomorrow, I'm sure" and "Maybe try again later; the refund will land
#: tomorrow" (the hedge in another clause) still fire.
_GUESS_BEFORE = compile_pattern(
    r"(?:^|[\s,;:\u2014\u2013-])(?:maybe|perhaps|possibly|probably)\s*,?\s*$"
)
_UNSURE_AFTER = compile_pattern(
    r"""
    [^.!?;\n]*?,\s*(?:but\s+)?(?:I'm|I\s+am|we're|we\s+are)\s+not\s+(?:very\s+|too\s+|really\s+
      |totally\s+|entirely\s+|100\s?%\s+)?(?:sure|certain)\b
    | [^.!?;\n]*?,\s*(?:not\s+(?:too\s+|really\s+|very\s+)?sure|maybe|perhaps|possibly)\s*[.!?\u2026]
    """
)

#: Round 13 (issue 14; attested by misses of sets K+L, M, Q and t10, each a
#: different writer): a short clock ("within the hour", "in 10 minutes",
#: "right away") on an outcome someone else brings about. What the wordings
#: share and the round-7 readings did not read: the subject is a field crew
#: or engineer, a system, a sum of money or the thing being returned (not
#: only a parcel or a card), and the clock is a speed, not a date. The
#: outcome class is physical or money (back up, back with you, fixed,
#: collected, cleared, in your account); a contact (a text, a call, a
#: tracking link, an agent picking up a chat) is not in it, so "they'll
#: text you an ETA within 15 minutes" stays silent, as do the results of
#: the agent's own finished step ("I've restored it, and it will be back on
#: within 30 minutes"), the customer's step, a hedge or a basis.
_R13_SPEED_SUBJECT = r"""
    (?:(?:a|an|the|our|your|that|this)\s+(?:[\w-]+\s+)?(?:crew|engineers?|technicians?|fitters?|plumbers?|electricians?|repair\s+team
      |team|mechanics?|servers?|systems?|site|website|app|network|line|service|refund|money|payment|compensation|funds)
      (?:\s+of\s+[£$€]\s?\d[\d,.]*)?
    | (?:that|the|your|this)\s+[£$€]\s?\d[\d,.]*
    | servers|systems|it|everything)
"""
_R13_SPEED = scan(
    rf"""
    (?<![\w'])(?P<subject>{_R13_SPEED_SUBJECT})\s*(?:'ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to)\s+
      (?:definitely\s+|certainly\s+|absolutely\s+|surely\s+|also\s+|all\s+)?
      (?:be\s+(?:back(?:\s+(?:up|on|online|with\s+(?:you|u)|in\s+your\s+account|to\s+(?:collect|fix|repair|clear)))?|fixed|repaired|restored
          |cleared|sorted|paid(?:\s+out)?|credited|refunded|in\s+your\s+account|with\s+(?:you|u)|there|up\s+and\s+running|working)
        |land|arrive|reach\s+(?:you|u)|collect|fix|repair|restore|clear
        |have\s+(?:it|them|this|that|everything|(?:the|your)\s+[\w-]+)\s+(?:off|fixed|back|sorted|cleared|repaired|restored|gone|removed
          |working|up\s+and\s+running))\b
    """,
    needs=all_of(
        "will it'll going",
        "back fixed repaired restored cleared sorted paid credited refunded account with "
        "there up working land arrive reach collect fix repair restore clear have",
    ),
)
#: The agent's own finished step before "it": its result, not a promise
#: ("I've restored it remotely, and it will be back on within 30 minutes");
#: a request to someone else is not the step ("I've asked the bank to ...").
_R13_OWN_DONE = compile_pattern(
    r"""
    \b(?:I|we)(?:'ve|\s+have)\s+(?:just\s+|already\s+|now\s+|also\s+|remotely\s+)?
      (?!instructed|asked|requested|chased|told|contacted|emailed|messaged|escalated|passed|raised|reported|called|rung|phoned)
      (?:\w+ed|sent|reset|put|set|made|done|paid|run|rerun|re-run|rebuilt|built|given)\b
    """
)


@rule(
    code="CS306",
    name="unfounded-outcome",
    family=_FAMILY,
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 1/1 F 2/2 H 1/1 G 2/2,
    # 6/6 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.9,
    scans=(_FLAT_OUTCOME, _TOTAL_FIX, _THIRD_PARTY_DATED, _SANCTION, _R13_SPEED),
    message="States an outcome outside the agent's hands as certain: {excerpt!r}",
    why=(
        "A courier, a bank, a network or another office decides when the "
        "card lands or the fault is fixed; saying flatly that it will happen "
        "by a date is a promise the agent can't keep, and the customer plans "
        'around it (seed 000, "Honesty is the Best Policy").'
    ),
    fix="Say what the date rests on, or give the usual timeframe",
    bad=(
        "Don't worry, your new card will be with you tomorrow.",
        "The outage will be fixed tonight.",
        "Your money will be back in your account by Monday.",
        "Your passport will arrive by Friday.",
        "The network upgrade will solve your speed problems completely.",
    ),
    good=(
        "The tracking shows your card is out for delivery, so it should be with you today.",
        "Refunds usually take 3–5 working days to reach your account.",
        "Once you click the link, your password will be reset.",
        "I can't promise it will arrive by Friday, but I've upgraded the postage.",
        "Will your new card be with you by Friday?",
        "The new charger will work perfectly with your phone.",
        "The update should fix the crashes completely; I'll check in on Friday.",
    ),
)
def unfounded_outcome(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a plain future, with a date, of something the customer is waiting
    for and nobody in the conversation controls: a delivery ("your new card
    will be with you tomorrow", "it'll arrive Monday"), money landing
    ("your money will be back in your account by tomorrow morning"), a
    fault or outage ending ("the outage will be fixed tonight"), another
    office's processing ("your visa will be processed in time"); and a
    fix promised as total, with or without a date ("the upgrade will
    solve your speed problems completely", "this will fix everything",
    "the replacement will work perfectly").

    Round 13: a short clock ("within the hour", "in 10 minutes", "right
    away") on an outcome a crew, an engineer, a system or a sum of money
    brings about ("a crew will be back to collect it within the hour",
    "the servers will be back up within 10 minutes", "that £40 will be back
    in your account within the hour"); not a contact ("they'll text you an
    ETA within 15 minutes") nor the result of the agent's own finished step.

    Not flagged: a date that rests on something (tracking, a booked slot,
    "usually", "should", "expected"); a hedge or a disclaimer ("I can't
    promise"); a question; a condition ("if it's dispatched today, it will
    arrive tomorrow"); the customer's own step ("once you click the link,
    your password will be reset").

    ## Confidence
    0.9: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 1/1 F 2/2 H 1/1 G 2/2, 6/6
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.

    ## Known limitations
    What the date rests on is read from words in the same or the previous
    sentence: "I've sent it by special delivery" counts, a basis given in
    other words ("the depot confirmed it's on the van") may not. Outcomes
    the agent does control ("your account will be unlocked in 5 minutes"
    after the agent unlocks it) are left alone only when said with a
    basis word.
    """
    text = doc.text
    for m in _TOTAL_FIX.finditer(doc):
        start = m.start()
        if not doc.in_agent_zone(start) or doc.in_quote(start):
            continue
        s_start, s_end = _sentence_span(doc, start)
        if _hedged(doc, start) or _disclaimed(doc, start) or is_question(doc, start):
            continue
        if doc.clause_at(start).conditional or doc.negated(start, window=3):
            continue
        if _HOPE_AFTER.match(text, m.end(), s_end):
            continue  # "this patch will fix everything, hopefully"
        clause = doc.clause_at(start)
        lo = max(s_start, clause.start)
        yield Match(
            lo + len(text[lo:start]) - len(text[lo:start].lstrip()),
            m.end(),
            message=f"Promises a complete fix: {text[lo : m.end()].strip()!r}",
            suggestions=(
                Suggestion(
                    "Say what the fix addresses and how you'll check: “The "
                    "upgrade raises your line speed; I'll check in on Friday "
                    "to see if the drop-outs have stopped.”"
                ),
            ),
        )
    for m in _SANCTION.finditer(doc):
        start = m.start()
        if not doc.in_agent_zone(start) or doc.in_quote(start):
            continue
        if _hedged(doc, start) or _disclaimed(doc, start) or is_question(doc, start):
            continue
        if doc.clause_at(start).conditional or doc.negated(start, window=3):
            continue
        yield Match(
            start,
            m.end(),
            message=f"Promises a sanction another team decides: {m.group()!r}",
            suggestions=(
                Suggestion(
                    "Say what you have done and who decides: “I've reported the "
                    "driver to our partner team, who review every report.”"
                ),
            ),
        )
    flat = list(_FLAT_OUTCOME.finditer(doc))
    flat += _THIRD_PARTY_DATED.finditer(doc)
    for m in flat:
        start = m.start()
        if not doc.in_agent_zone(start) or doc.in_quote(start):
            continue
        if (
            m.group("subject").lower() == "it"
            and _IT_ARRIVES.search(text, m.start(), m.end()) is None
        ):
            continue  # "it'll be back on tomorrow": a service the brand runs
        s_start, s_end = _sentence_span(doc, start)
        if (
            _PINNED.search(text, m.end(), s_end) is None
            and _PINNED.search(text, s_start, start) is None
        ):
            continue
        i = doc.sentence_index(start)
        lo = doc.sentences[i - 1].start if i > 0 else s_start
        if _BASIS.search(text, lo, s_end) or _hedged(doc, start):
            continue
        if _GUESS_BEFORE.search(text, max(s_start, start - 20), start) or (
            _UNSURE_AFTER.match(text, m.end(), s_end)
        ):
            continue  # round 12: "Maybe it will be credited tomorrow, I'm not very sure"
        if _disclaimed(doc, start) or is_question(doc, start):
            continue
        if doc.clause_at(start).conditional or _CUSTOMER_CONDITION.search(
            text, s_start, s_end
        ):
            continue
        if _IMPERATIVE_AND.search(text, s_start, start):
            continue  # round 12: "Text PAC to 65075 and it'll arrive within a minute"
        if doc.negated(start, window=3):
            continue
        yield Match(
            start,
            m.end(),
            suggestions=(
                Suggestion(
                    "Say what the date rests on: “The courier's tracking shows "
                    "it's due tomorrow; I'll check in if it hasn't arrived by "
                    "6pm.”"
                ),
            ),
        )
    yield from _r13_speed_outcomes(doc)


def _r13_speed_outcomes(doc: Document) -> Iterator[Match]:
    """
    Round 13: a short clock on an outcome someone else brings about ("a
    crew will be back to collect it within the hour", "the servers will be
    back up within 10 minutes", "that £40 will be back in your account
    within the hour"), with CS306's guards and CS303's look-alikes.
    """
    text = doc.text
    for m in _R13_SPEED.finditer(doc):
        start = m.start()
        if not doc.in_agent_zone(start) or doc.in_quote(start):
            continue
        s_start, s_end = _sentence_span(doc, start)
        clock = _INSTANT.search(text, m.end(), s_end)
        if clock is None or text[m.end() : clock.start()].count(",") > 1:
            continue
        i = doc.sentence_index(start)
        lo = doc.sentences[i - 1].start if i > 0 else s_start
        if _BASIS.search(text, lo, s_end) or _hedged(doc, start):
            continue
        if _disclaimed(doc, start) or is_question(doc, start):
            continue
        if doc.clause_at(start).conditional or _CUSTOMER_CONDITION.search(
            text, s_start, s_end
        ):
            continue
        if _IF_OPENS.match(text, s_start, s_end) or _IMPERATIVE_AND.search(
            text, s_start, start
        ):
            continue
        if _CUSTOMER_ABLE.search(text, s_start, start):
            continue
        if m.group("subject").lower() in ("it", "everything") and _R13_OWN_DONE.search(
            text, lo, start
        ):
            continue  # the result of the agent's own finished step
        if doc.negated(start, window=3):
            continue
        yield Match(
            start,
            clock.end(),
            message=f"Promises a speed for work not in the agent's hands: {text[start : clock.end()]!r}",
            suggestions=(
                Suggestion(
                    "Give the usual timeframe and who confirms it: “The crew "
                    "usually gets there within a few hours; I'll text you once "
                    "they're booked.”"
                ),
            ),
        )


# -- CS307 ------------------------------------------------------------------

#: A guarantee whose complement is a present or a present progressive with
#: a date: "I guarantee the sofa arrives Saturday", "I promise you 100
#: percent it's arriving on Friday" (CS301 reads the "will" futures).
_GUARANTEE_PRESENT = scan(
    r"""
    \b(?:I|we)\s+(?:can\s+|do\s+)?(?:absolutely\s+|personally\s+)?(?:promise|guarantee|swear
      |assure)(?:\s+(?:you|to\s+you))?(?:\s+(?:(?<![\w.])100\s?%|100\s+percent|one\s+hundred\s+percent
      |faithfully))?,?\s+(?:that\s+)?
    (?P<subject>it|this|they|he|she|(?:the|your|our|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+)
    (?:(?:'s|\s+is|'re|\s+are)\s+(?P<ing>\w+ing)|\s+(?P<pres>(?!is\b|was\b|has\b|does\b)\w+s))\b
    """,
    needs=all_of("promise guarantee swear assure", "i we"),
)
#: Progressives of the agent's side at work: "I promise the team is
#: looking into it today" is an effort, not an outcome.
_WORKING = frozenset(
    [
        "looking",
        "working",
        "checking",
        "reviewing",
        "investigating",
        "handling",
        "dealing",
        "doing",
        "trying",
        "chasing",
        "monitoring",
        "processing",
    ]
)
#: Everything back, as a certain outcome for the customer: "you'll get every
#: penny back", "you'll have all of your money back".
_ALL_BACK = scan(
    r"""
    \byou(?:'ll|\s+will)\s+(?:definitely\s+|certainly\s+|absolutely\s+|still\s+)?(?:have|get|receive
      |see)\s+(?:every\s+(?:single\s+)?(?:penny|cent|pound|dollar|euro|bit)|all\s+(?:of\s+)?(?:your|the
      |that|it|this)(?:\s+(?:money|funds|cash))?|the\s+(?:full|whole|entire)\s+(?:amount|sum|lot)
      |the\s+lot)(?:\s+[\w-]+){0,3}?\s+back\b
    """,
    needs=all_of("you'll will", "every all full whole entire lot", "back"),
)
#: Everything restored, as certain: "it'll all be back", "everything will
#: be restored" (after a loss the agent does not control).
_ALL_RESTORED = scan(
    r"""
    \b(?:it|they|this|that)(?:'ll|\s+will)\s+all\s+be\s+(?:back|restored|recovered|returned)\b
    | \b(?:everything|all\s+of\s+it|all\s+your\s+[\w-]+)(?:'ll|\s+will)\s+(?:definitely\s+)?be
      \s+(?:restored|recovered|returned)\b
    """,
    needs=all_of("all everything", "back restored recovered returned"),
)
#: Money back by a near date told to the customer as certain: "you'll have
#: the money back by tomorrow morning".
_BACK_SOON = scan(
    r"""
    \byou(?:'ll|\s+will)\s+(?:definitely\s+|certainly\s+)?(?:have|get|receive|see)\s+(?:your|the|it
      |that|this)(?:\s+(?:money|funds|cash|refund|deposit|payment|\d+|[£$€]\s?\d[\d,.]*))?
      (?:\s+back)(?:\s+in\s+your\s+(?:account|bank))?\s+(?:by\s+)?(?:tonight|today|tomorrow
      (?:\s+(?:morning|afternoon|evening))?|this\s+(?:afternoon|evening)|within\s+the\s+hour
      |in\s+(?:an|one|a\s+few|\d+)\s+hours?)\b
    """,
    needs=all_of(
        "you'll will", "back", "tonight today tomorrow afternoon evening hour hours"
    ),
)
#: A decision stated as made: "consider it approved", "consider your claim
#: accepted".
_CONSIDER_DECIDED = scan(
    r"""
    \bconsider\s+(?:it|this|that|your\s+[\w-]+)\s+(?:already\s+|fully\s+)?(?:approved|accepted
      |granted|covered|authori[sz]ed|waived|upheld|paid)\b
    """,
    needs="consider",
)
#: A fault stated as gone for good, by future reach rather than "again"
#: (CS302): "this error will not recur on any future statement", "it won't
#: be an issue on your future orders", "your bills will be accurate from
#: now on", "no more dropped calls, ever".
_NO_RECURRENCE = scan(
    r"""
    \b(?:won't|will\s+not|will\s+never|shall\s+not|is\s+not\s+going\s+to|isn't\s+going\s+to)
      \s+(?:ever\s+)?(?:recur|re-?occur|happen|occur|repeat|be\s+an?\s+(?:issue|problem))\b
      (?=[^.!?\n]{0,40}?(?:\b(?:on|for|in|with|across)\s+(?:any|all|your)\s+(?:[\w-]+\s+)?future\b
        |\bgoing\s+forward\b|\bfrom\s+now\s+on\b|\bever\b|\bin\s+(?:the\s+)?future\b))
    | \b(?:will|'ll)\s+(?:always\s+)?be\s+(?:accurate|correct|right|spot\s+on|perfect)\s+
      (?:from\s+now\s+on|going\s+forward|from\s+here\s+on(?:\s+in)?|forever|for\s+good)\b
    | \bno\s+more\s+(?:[\w-]+\s+){1,3}?(?:ever(?:\s+again)?|from\s+now\s+on|going\s+forward
      |for\s+good)\b
    """,
    # Each word with a word its alternative holds ("issue" and "more" alone
    # are in one reply in twenty): the negation, the "from now on" or the
    # "no" (issue 15).
    needs=all_of(
        "recur reoccur re-occur happen occur repeat issue problem",
        "won't not never isn't",
    )
    + " "
    + all_of("accurate correct right spot perfect", "now forward here forever good")
    + " more+no",
)
#: A connection assured for the customer: "you won't miss your
#: connection", "they'll hold the flight for you".
_CONNECTION_HELD = scan(
    r"""
    \byou\s+(?:won't|will\s+not|will\s+never)\s+(?:\w+\s+)?miss\s+(?:it|(?:your|the)\s+
      (?:[\w-]+\s+)?(?:flight|connection|train|plane|bus|coach|ferry|boat|appointment))\b
    | \byou(?:'ll|\s+will)\s+(?:definitely\s+|easily\s+|still\s+)?make\s+(?:it(?=\s*(?:[.,!;]|$
      |\s+(?:in|on)\s+time\b))|(?:your|the)\s+
      (?:[\w-]+\s+)?(?:flight|connection|train|plane|bus|coach|ferry|boat))\b(?!\s+if\b)
    | \b(?:they|the\s+(?:airline|crew|gate|pilot|driver|staff|station))(?:'ll|\s+will)\s+
      (?:definitely\s+|certainly\s+)?(?:hold|wait\s+for|keep)\s+(?:the|your)\s+(?:[\w-]+\s+)?
      (?:flight|connection|train|plane|bus|coach|ferry|boat|gate)\b
    """,
    needs="miss+you make+you'll make+you+will "
    + all_of("hold wait keep", "they they'll the"),
)
_CONNECTION_CAUSE = compile_pattern(r"\b(?:if|unless|as\s+long\s+as|provided)\b")


# -- Round 7: the H constructions ----------------------------------------------
#
# Blind set H (round 6) missed certainty carried without "guarantee":
# safety or protection declared absolute ("you're completely protected
# now", "a phishing attack simply can't succeed against you", "you won't
# have any problems at all"), never-again in other words ("nothing like
# this will happen on your account again", "they will not be able to
# contact you again from any account"), a third party's decision or
# payment stated as settled ("the building insurance will cover all of
# your damage in full", "I can confirm your renewal will be granted"),
# a market forecast ("it will almost certainly bounce back", "irrespective
# of market movements"), a certainty tag ("…, 100%.", "consider it done")
# and outsized gestures ("added a free week", "arrange for our CEO to
# write to you personally"). Read by CS307 with its guards (hedge,
# disclaimer, question, condition, the customer's own step).
_R7_THIRD = (
    r"(?:insurance|insurer|insurers|underwriters?|warranty|bank|lender|regulator|ombudsman|council|court|tribunal"
    r"|manufacturer|airline|broker|freeholder|landlord|developer|builder|courier|carrier|hospital|surgery|radiology"
    r"|consultant|surgeon|school|university|board|panel|committee|authority|agency|department|government|HMRC|DVLA"
    r"|embassy|police|seller|supplier|provider|network|scheme|fund|policy)"
)
_R7_CERTAIN = scan(
    r"""
    \b(?:you(?:'re|\s+are|'ll\s+be|\s+will\s+be)|it(?:'s|\s+is)|this\s+(?:is|one\s+is)|that(?:'s|\s+is)|your\s+(?:[\w-]+\s+)?
      (?:is|are|account|data|money|pet|cat|dog|baby|home|device|details))\s+(?:now\s+|all\s+)?(?:totally|completely|fully
      |entirely|100\s?%|perfectly|absolutely|1000\s?%|one\s+hundred\s+percent)\s+(?:safe|protected|secure|covered|risk[\s-]free
      |immune|harmless)\b
    | \b(?:(?:an?|any|the)\s+(?:[\w-]+\s+)?(?:attack|attacks|hack|hacker|hackers|breach|scam|scammer|scammers|fraudster
      |fraudsters|virus|malware|email|emails)|nobody|no\s+one|no-one|nothing|no\s+(?:[\w-]+\s+)?(?:burglar|burglars|thief
      |thieves|intruder|intruders|hacker|hackers|scammer|scammers|virus|malware|attack|attacker|attackers|bug|leak|water|damp
      |pest|pests|one\s+else))\s+(?:simply\s+|just\s+|now\s+|else\s+)?
      (?:can't|cannot|can\s+not|won't|will\s+not|will\s+never|could\s+never|can\s+never|can\s+no\s+longer
      |(?<=\bno\s+(?:[\w-]+\s+){1,2})(?:can|could|will))\s+(?:ever\s+|possibly\s+)?
      (?:succeed|work|get\s+(?:in|into|through|at|to)|break\s+in|access|reach|touch|hack|breach|harm|hurt|affect|compromise)\b
    | \byou\s+(?:won't|will\s+not|will\s+never)\s+(?:ever\s+)?(?:have|get|see|face|experience|run\s+into)\s+(?:any|a\s+single)\s+
      (?:more\s+|further\s+|other\s+)?(?:problems?|issues?|trouble|side\s+effects?|reactions?|complications?)\b(?=\s+(?:at\s+all
      |again|ever|whatsoever|from\s+now\s+on|in\s+future))
    | \bnothing\s+(?:like\s+(?:this|that)\s+|of\s+the\s+sort\s+|similar\s+)?(?:will|'ll|is\s+going\s+to|can|could)\s+(?:ever\s+)?
      happen\s+(?:[\w-]+\s+){0,4}?again\b
    | (?:\b(?:they|he|she|the\s+(?:[\w-]+\s+)?(?:person|user|sender|caller|account|scammer|seller|member|driver|neighbour
      |neighbor))|(?<=\b(?:barred|blocked|banned|removed|suspended|deleted)\s+and))\s+(?:will\s+not|won't|will\s+never|can't|cannot|can\s+no\s+longer|will\s+no\s+longer)\s+be\s+able\s+to\s+
      (?:contact|message|reach|bother|email|call|text|access|see|find|harass|follow)\s+(?:you|your)\b(?=[^.!?\n]{0,40}\b(?:again
      |ever|from\s+any|any\s+(?:more|account|way)|anymore))
    | \b(?:the\s+|your\s+|their\s+|our\s+)?(?:[\w-]+\s+)?<THIRD>\s+(?:will|'ll)\s+(?:definitely\s+|certainly\s+|absolutely\s+
      |fully\s+)?(?:cover|pay(?:\s+for)?|refund|reimburse|approve|accept|grant|replace|uphold|compensate|honour|honor)\b
      (?=[^.!?\n]{0,60}\b(?:in\s+full|all\s+(?:of\s+)?(?:your|the|it)|every\s+(?:penny|cent|bit)|100\s?%|definitely|no\s+excess
      |the\s+full|whole|entire|for\s+sure|everything))
    | \b(?:I|we)\s+can\s+(?:confirm|guarantee|assure\s+you|promise(?:\s+you)?)\s+(?:that\s+)?(?:your|the)\s+(?:[\w-]+\s+){0,2}?
      (?:will|'ll)\s+(?:definitely\s+|certainly\s+)?(?:be\s+(?:granted|approved|accepted|renewed|issued|upheld|successful
      |covered|allowed|agreed|signed\s+off)|go\s+through|succeed|pass)\b
    | \b(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:almost\s+certainly|certainly|definitely|surely|undoubtedly
      |inevitably|without\s+(?:a\s+)?doubt)\s+(?:bounce\s+back|recover|rise|go\s+(?:back\s+)?up|pick\s+up|rebound|come\s+back
      |grow|increase|regain|outperform|beat\s+the\s+market|make\s+(?:it|that)\s+back)\b
    | \b(?:irrespective|regardless)\s+of\s+(?:any\s+|how\s+the\s+)?(?:market|markets|stock\s+market|share\s+price|prices?
      |interest\s+rates?|exchange\s+rates?|investment)\s*(?:movements?|changes?|conditions|performance|fluctuations?|falls?
      |do|does|perform|performs)?\b
    | \b(?:will|'ll)\b[^.!?\n]{3,100}?,\s*(?:100\s?%|guaranteed|consider\s+it\s+done)\s*(?=[.!]|$)
    | \bconsider\s+it\s+done\b
    | \b(?:added|thrown\s+in|given\s+you|included|booked\s+you|popped\s+on|put\s+on)\s+(?:an?\s+)?(?:extra\s+|additional\s+
      |bonus\s+|complimentary\s+|whole\s+)?free\s+(?:week|weeks|month|months|year|night|nights|stay|holiday|break|upgrade
      |flight|flights|cruise|trip)\b
    | \b(?:arrange|get|have|ask)\s+(?:for\s+)?(?:our|the)\s+(?:CEO|chief\s+executive|managing\s+director|MD|founder|chairman
      |chairwoman|chair|president|owner|vice[\s-]chancellor)\s+(?:to\s+)?(?:personally\s+)?(?:write|call|phone|ring|visit
      |contact|email|meet|apologi[sz]e)\b
    """.replace("<THIRD>", _R7_THIRD),
    needs=(
        "safe+totally|completely|fully|entirely|100|perfectly|absolutely|1000|hundred "
        "protected+totally|completely|fully|entirely|100|perfectly|absolutely "
        "secure+totally|completely|fully|entirely|100|perfectly|absolutely "
        "covered+totally|completely|fully|entirely|100|perfectly|absolutely "
        "immune harmless+totally|completely|fully|entirely|100|perfectly|absolutely "
        "risk-free+totally|completely|fully|entirely|100|perfectly|absolutely "
        "succeed+can't|cannot|won't|never|longer access+can't|cannot|won't|never|longer "
        "hack+can't|cannot|won't|never|longer breach+can't|cannot|won't|never|longer "
        "harm+can't|cannot|won't|never|longer compromise+can't|cannot|won't|never|longer "
        "reach+can't|cannot|won't|never|longer get+can't|cannot|won't|never|longer "
        "problems+won't|never issues+won't|never trouble+won't|never problem+won't|never issue+won't|never "
        "effects+won't|never reactions+won't|never complications+won't|never "
        "happen+nothing+again able+again|ever|any|anymore "
        "in+no|nobody|no-one+can|could|will access+no|nobody+can|could|will "
        # round 11: "no one can get into", read by the pattern, was hidden by the needs
        "get|break|reach|touch|hack|breach|harm|hurt|affect|compromise|succeed|work+no|nobody|no-one+can|could|will "
        "through+no|nobody|no-one|can't|cannot|won't|never "
        "cover+will|it'll|they'll pay+will|they'll refund+will|they'll reimburse+will approve+will "
        "accept+will grant+will replace+will uphold+will compensate+will honour+will honor+will "
        "confirm+will|'ll guarantee+will|'ll assure+will|'ll promise+will|'ll "
        "back+certainly|definitely|surely|undoubtedly|inevitably|doubt "
        "recover+certainly|definitely|surely|undoubtedly|inevitably|doubt "
        "rise+certainly|definitely|surely|undoubtedly|inevitably "
        "rebound regain outperform up+certainly|definitely|surely|undoubtedly|inevitably "
        "irrespective regardless+market|markets|stock|prices|price|rates|rate|investment "
        "100 guaranteed done+consider "
        "free+added|thrown|given|included|booked|popped|put "
        "ceo chief+executive director+managing md+our|the founder+our|the chairman chairwoman "
        "president+our|the vice-chancellor owner+personally"
    ),
    split=True,
)


_RESTS_ON = Suggestion(
    "Say what you've done and what it rests on: “I've raised the dispute; "
    "banks usually return the money within 5 working days, and I'll check "
    "on Friday.”"
)


def _certain_outcome_ok(doc: Document, start: int) -> bool:
    """
    Return whether a certain-outcome match at *start* is to be left alone:
    outside the agent's words, hedged, disclaimed, asked, conditional or
    negated.
    """
    if not doc.in_agent_zone(start) or doc.in_quote(start):
        return True
    if _hedged(doc, start) or _disclaimed(doc, start) or is_question(doc, start):
        return True
    s_start, _ = _sentence_span(doc, start)
    if _CONDITION_BEFORE.search(doc.text, s_start, start):
        return True  # "if the backup ran, it'll all be back"
    if _STEPS_GIVEN.search(doc.text, s_start, start):
        return (
            True  # "tap Payees > Show all and they'll all be back": the customer's step
        )
    return doc.clause_at(start).conditional


#: Round 11b (issue 14, read from blind set O): a gesture the reply says is
#: sanctioned -- the standard remedy ("which is our standard credit for
#: this bug", "in line with our goodwill policy", "the usual compensation
#: for a cancelled stay") or approved by someone named ("my team lead has
#: approved it"). "I've added a free month, which I hope makes up for it"
#: (no basis) still fires.
_SANCTIONED_GESTURE = compile_pattern(
    r"""
    \b(?:which\s+is|that's|that\s+is|this\s+is|it's|it\s+is|as|in\s+line\s+with|under|per|as\s+per|according\s+to)\s+
      (?:our|the|your|a)\s+(?:standard|usual|normal|set|published|agreed|automatic|fixed|regular|default)\s+
      (?:[\w-]+\s+){0,2}?(?:credit|compensation|goodwill|gesture|policy|amount|remedy|allowance|rate|scheme|refund
      |payment|entitlement|offer|practice)\b
    | \b(?:our|the)\s+(?:[\w-]+\s+)?(?:compensation|goodwill|refund|delay[\s-]repay|credit)\s+(?:policy|scheme|terms|rules)\b
    | \b(?:approved|authori[sz]ed|signed\s+off)\s+by\s+(?:my|our|the)\s+(?:[\w-]+\s+)?(?:manager|team\s+lead|supervisor
      |lead|head)\b
    | \b(?:my|our|the)\s+(?:[\w-]+\s+)?(?:manager|team\s+lead|supervisor)\s+(?:has\s+|have\s+|just\s+)?(?:approved
      |authori[sz]ed|signed\s+(?:it\s+|this\s+)?off)\b
    """
)


@rule(
    code="CS307",
    name="certain-outcome",
    family=_FAMILY,
    # set-dev1 1 of 1 and set E 9 of 9 hits right (issue 14, round 5; the
    # sets its constructions came from, so optimistic), challenge-v1's one
    # hit (a customer's step) now silent, no TWCS or polite hits: 0.8 until
    # a blind set measures it.
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 10/10 H 12/12 G 3/3,
    # 25/25 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.95,
    scans=(
        _GUARANTEE_PRESENT,
        _ALL_BACK,
        _ALL_RESTORED,
        _BACK_SOON,
        _CONSIDER_DECIDED,
        _NO_RECURRENCE,
        _CONNECTION_HELD,
        _R7_CERTAIN,
    ),
    message="States an outcome as certain that the agent can't be sure of: {excerpt!r}",
    why=(
        "Telling the customer flatly that they'll have every penny back by "
        "morning, that the claim is approved, that the error won't recur or "
        "that the connection will be held is a promise nobody in the "
        "conversation can keep; the customer plans on it (seed 000, "
        '"Honesty is the Best Policy"; seed 002, "Apologize and be honest").'
    ),
    fix="Say what you've done and what the customer can realistically expect",
    bad=(
        "I guarantee the table arrives on Friday.",
        "I promise you 100 percent it's arriving Friday.",
        "You'll get all of your money back, don't worry.",
        "Your quote looks fine, so consider it approved.",
        "We have fixed the setting and this mistake will not recur on any future invoice.",
        "Relax, you won't miss your connection.",
    ),
    good=(
        "I can't guarantee the table arrives on Friday, but I've asked the depot.",
        "I promise the team is looking into it.",
        "You'll get all of your money back if the claim is upheld.",
        "Please consider it and let me know.",
        "We hope this won't be an issue on future invoices.",
        "Will I make my connection?",
    ),
)
def certain_outcome(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags an outcome nobody in the conversation controls, stated as
    certain in words CS301, CS302 and CS306 do not read: a guarantee whose
    complement is a present or a present progressive with a date ("I
    guarantee the sofa arrives Saturday", "I promise you 100 percent it's
    arriving Saturday"); everything back ("you'll get every penny back",
    "you'll have the money back by tomorrow morning"); a decision stated as
    made ("consider it approved"); a fault gone for good by its reach into
    the future ("this error will not recur on any future statement", "your
    bills will be accurate from now on", "no more bad matches, ever"); a
    connection assured ("you won't miss it", "they'll hold the connecting
    flight for you").

    Not flagged: a disclaimer ("I can't guarantee"), a hope or an effort
    ("we hope it won't be an issue in future"), a question, a condition
    ("if the claim is upheld, you'll get all of it back"), the result of
    a step the reply gives the customer ("tap Show all and they'll all be
    back"), a guarantee of
    the agent's side at work ("I promise the team is looking into it
    today"), a guarantee with no date ("I promise it works").

    ## Confidence
    0.95: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 10/10 H 12/12 G 3/3, 25/25
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.

    ## Known limitations
    Whether the agent in fact controls the outcome is not read: a team
    whose agents approve claims themselves will see "consider it
    approved" flagged. Measured (issue 14, round 5) only on the
    development sets its constructions came from (set-dev1 1 of 1, set E
    9 of 9 hits right; no hits on TWCS or polite requests): confidence 0.8
    until a blind set measures it.
    """
    text = doc.text
    taken = SpanSet()
    found: list[tuple[int, int]] = []
    for m in _GUARANTEE_PRESENT.finditer(doc):
        if m.group("ing") and m.group("ing").lower() in _WORKING:
            continue
        s_start, s_end = _sentence_span(doc, m.start())
        if _PINNED.search(text, m.end(), s_end) is None:
            continue
        if _BASIS.search(text, m.end(), s_end):
            continue
        found.append(m.span())
    for sc in (_ALL_BACK, _ALL_RESTORED, _BACK_SOON, _CONSIDER_DECIDED):
        for m in sc.finditer(doc):
            if _CONDITION_AFTER.match(text, m.end(), m.end() + 200):
                continue
            found.append(m.span())
    for m in _NO_RECURRENCE.finditer(doc):
        found.append(m.span())
    for m in _CONNECTION_HELD.finditer(doc):
        s_start, s_end = _sentence_span(doc, m.start())
        if _CONNECTION_CAUSE.search(text, s_start, s_end):
            continue
        found.append(m.span())
    for m in _R7_CERTAIN.in_sentences(doc):
        if "free" in m.group().lower():
            s_start, s_end = _sentence_span(doc, m.start())
            if _SANCTIONED_GESTURE.search(text, s_start, s_end):
                continue  # "a free month, which is our standard credit for this bug"
        found.append(m.span())
    for start, end in sorted(found):
        if taken.covers(start) or _certain_outcome_ok(doc, start):
            continue
        taken.add(start, end)
        yield Match(start, end, suggestions=(_RESTS_ON,))


# -- CS308 (round 11) -------------------------------------------------------

_R11_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-9]|2[0-4])"
#: Round 11 (issue 14, read from N, M and bank K's misses): compensation
#: whose size alone says nobody approved it -- a run of the service free
#: ("three free months", "your next six bills are on us", "free for a
#: year"), a refund multiplied ("I'll double your refund"), a whole year's
#: charge waived ("I've waived your entire annual premium"), a refund with a
#: bonus stacked on it ("full refund plus a £50 voucher") and a list of
#: expenses taken on ("I'll cover your taxi, a hotel and dinner").
_R11_OUTSIZED = scan(
    r"""
    \b<N>\s+free\s+(?:months?|years?|bills?|deliveries|boxes|orders|sessions|lessons|nights)\b
    | \b<N>\s+(?:months?|years?|bills?|deliveries|boxes|orders|sessions|lessons|nights)\s+(?:free|for\s+free|on\s+(?:us|me|the\s+house)
      |at\s+no\s+(?:charge|cost))\b
    | \b(?:next|following|coming)\s+<N>\s+(?:months?|years?|bills?|deliveries|boxes|orders|sessions|lessons|nights)
      (?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:are|will\s+be
      |is)\s+(?:(?:completely|totally|all)\s+)?(?:free|on\s+(?:us|me|the\s+house))\b
    | \b(?:free|on\s+us|on\s+the\s+house)\s+for\s+(?:a|one|the\s+next|the\s+whole|a\s+whole|the\s+rest\s+of\s+the)\s+(?:year|twelve\s+months)\b
    | \b(?:a|one)\s+(?:whole\s+|full\s+)?year\s+(?:of\s+[\w-]+\s+)?(?:free|on\s+(?:us|me|the\s+house))\b|\bfree\s+for\s+life\b
    | \b(?:refund|credit|pay|give)\s+(?:you\s+)?(?:back\s+)?(?:twice|double|triple|three\s+times)\s+(?:the|what|your)\b
    | \b(?:cancell?ed|waived?|wiped|written\s+off|refunded|cleared)\s+(?:all\s+)?(?:of\s+)?(?:your|the)\s+(?:[\w-]+\s+)?(?:bills?|charges?
      |fees?|payments?|premiums?|subscriptions?)\s+for\s+the\s+(?:next|coming|following)\s+<N>\s+(?:months|years|weeks)\b
    | \b(?:double|triple|treble)\s+(?:your|the)\s+(?:refund|compensation|credit|money\s+back|voucher)\b
    | \b(?:waived?|waiving|refunded|cancell?ed|credited|wiped)\s+(?:your|the)\s+(?:entire|whole|full\s+year's|year's)\s+(?:[\w-]+\s+)?
      (?:premium|bill|subscription|fees?|membership|contract|balance|invoice)\b
    | \bfull\s+refund\s+(?:plus|and|\+|as\s+well\s+as)\s+(?:a\s+|an\s+)?(?:[£$€₦]\s?\d[\d,.]*\s+)?(?:voucher|credit|gift\s+card
      |discount|free\s+[\w-]+|bonus)
    | \b(?:I'll|I\s+will|we'll|we\s+will|I'm\s+going\s+to)\s+(?:also\s+)?(?:cover|pay\s+for)\s+(?:your\s+)?(?:[\w-]+\s+)?(?:taxi|cab
      |hotel|dinner|meals?|flights?|train\s+fare)\s*,\s+(?:[\w-]+\s+){1,3}?and\s+
    """.replace("<N>", _R11_COUNT),
    needs="times+three|four|five free double triple treble twice entire whole year's next+months|years|weeks full+refund cover+taxi|cab|hotel|dinner"
    " pay+taxi|cab|hotel|dinner us+months|years|bills|deliveries|boxes|orders|sessions|lessons|nights"
    " me+months|years|bills|deliveries|boxes|orders house+months|years|bills",
    split=True,
)

#: Round 13 (issue 14; attested by misses of sets O, Q, t4, t6, t9 and K+L,
#: each a different writer): what those wordings share is a period of
#: service given away or a second gift stacked on the first, in slots wider
#: than round 11's. (1) A year of something given: the gift (a free thing,
#: "free shipping on all orders", an upgrade to a tier) and the period ("for
#: a year", "this year", "for the rest of the year"); (2) a count of
#: periods with the possessive or "a free year" ("three months' free
#: membership"); (3) a gift stacked on a refund, a credit, a voucher or a
#: percentage ("plus", "and also", "as well as", "and throw in"), the second
#: gift free or a voucher or a bonus. Look-alikes kept silent: free returns
#: or postage on a refund ("a refund plus a free returns label"), one free
#: delivery ("free delivery on this order"), the plan's own offer, a
#: question, a condition, an approval (the rule's guards).
_R13_YEAR = r"(?:for\s+(?:a|one|the|this)\s+(?:whole\s+|full\s+|entire\s+)?(?:year|twelve\s+months)|for\s+the\s+rest\s+of\s+the\s+year|(?:all\s+)?this\s+year|all\s+year)\b"
_R13_OUTSIZED = scan(
    r"""
    \bfree\s+(?!of\s+charge\b)(?:[\w-]+\s+){0,2}?(?:on\s+(?:all|every|any)\s+(?:[\w-]+\s+)?(?:orders?|bookings?|deliveries
      |purchases|tickets|visits)\s+)?<YEAR>
    | \bupgrad(?:e|ed|ing)\s+(?:you\s+|your\s+[\w-]+\s+)?to\s+(?:[\w-]+\s+){1,3}?<YEAR>
    | \b<N>\s+(?:months|years|weeks)'\s+(?:of\s+)?free\b
    | \b(?:a|one)\s+free\s+year\b
    | (?:\b(?:refund(?:ed)?|credit|voucher|discount|compensation|points)\b|\d\s?%)[^.!?\n]{0,60}?\b(?:plus|and\s+also|as\s+well\s+as|and\s+(?:I'll\s+|we'll\s+)?throw\s+in)
      \s+(?:(?:we|I)(?:'ll|\s+will)?\s+(?:also\s+)?(?:give|add|send|get)\s+(?:you\s+)?)?(?:a\s+|an\s+|one\s+|<N>\s+)?(?:[£$€]\s?\d[\d,.]*\s+)?
      (?:free\s+(?!returns?\b|return\s+(?:postage|label|shipping)\b|postage\b|collection\b|re-?delivery\b)[\w-]+|(?:months?|weeks?|years?)\s+free\b|voucher|gift\s+card|bonus)
    """.replace("<N>", _R11_COUNT).replace("<YEAR>", _R13_YEAR),
    needs="free+year|twelve|rest upgrade|upgraded|upgrading+year|twelve months|years|weeks+free free+a|one"
    " plus|also|well|throw+free|voucher|gift|bonus",
    split=True,
)


@rule(
    code="CS308",
    name="outsized-compensation",
    family=_FAMILY,
    # Round 11: not yet measured blind; set from the in-sample reading (N,
    # M, bank K's even half), below the family's measured rules.
    confidence=0.8,
    scans=(_R11_OUTSIZED, _R13_OUTSIZED),
    message="Promises compensation too large for anyone to have approved: {excerpt!r}",
    why=(
        "Months of free service, a doubled refund or a year's charge waived "
        "for a small fault are not the agent's to give; when finance "
        'reverses them, the customer loses twice (seed 000, "Honesty is '
        'the Best Policy"; seed 002, "Apologize and be honest").'
    ),
    fix="Offer what you can approve, or say you've asked for more and when you'll confirm",
    bad=(
        "Sorry the driver was late. Your next three deliveries are on us.",
        "Apologies for the mix-up, I'll double your refund.",
        "Sorry about the typo. I've waived your whole annual subscription.",
        "Really sorry. Full refund plus a £30 gift card for you.",
    ),
    good=(
        "I'd like to give you a free month, but I'm not authorised to, so I've asked my manager.",
        "Would a free month or a refund of the delivery charge suit you better?",
        "Your plan includes three free months for new customers, as shown on your order.",
        "My team lead approved three free months for you this morning.",
    ),
)
def outsized_compensation(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags compensation whose size alone says nobody approved it (round 11,
    issue 14): a run of the service given free ("three free months", "your
    next six bills are on us", "free for a year"), a refund multiplied
    ("I'll double your refund"), a whole year's charge waived ("I've
    waived your entire annual premium"), a refund with a bonus stacked on
    it ("full refund plus a £50 voucher") and a list of expenses taken on
    ("I'll cover your taxi, a hotel and dinner tonight"). Round 13: a year
    of something given ("free delivery for a year", "free shipping on all
    orders this year", "upgraded to Gold for the year"), a counted period
    with the possessive ("three months' free membership", "a free year"),
    and a gift stacked on a refund, a credit or a percentage ("full refund
    plus we give you a month free", "and throw in a free year").

    Not flagged: an offer put as a question or a choice, a hope or a
    disclaimer ("I'd like to, but I'm not authorised"), a condition, the
    customer's own words, compensation someone approved ("my team lead
    approved") or granted by a manager who signs the reply, and free months
    that belong to the plan ("your plan includes three free months").

    ## Confidence
    0.8: set below the family's measured rules until a blind set measures
    it (round 11).

    ## Known limitations
    The size of the fault is not weighed: three free months for a week
    without service reads the same as for a typo. A single free month or a
    plain refund is CS304's (preview) to judge.

    See also: [the over-promising construction inventory](../families/over-promising.md).
    """
    text = doc.text
    approved = any(
        not doc.in_quote(m.start(), m.end()) for m in _APPROVED.finditer(text)
    )
    if approved or _signed_by_manager(doc):
        return
    taken = SpanSet()
    for m in (*_R11_OUTSIZED.finditer(doc), *_R13_OUTSIZED.finditer(doc)):
        start, end = m.span()
        if taken.covers(start):
            continue
        s_lo, s_hi = _sentence_span(doc, start)
        if _IF_OPENS.match(text, s_lo, s_hi):
            continue  # round 13: "If it happens again, we'll give you ...": conditional
        if not doc.in_agent_zone(start) or doc.in_quote(start):
            continue
        s_start, s_end = _sentence_span(doc, start)
        if is_question(doc, start) or doc.clause_at(start).conditional:
            continue
        if doc.negated(start, window=4) or _disclaimed(doc, start):
            continue
        if _R11_PLAN.search(text, s_start, start) or _R11_NOT_MINE.search(
            text, s_start, s_end
        ):
            continue
        taken.add(start, end)
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Offer what you can approve, or ask first: “I've asked my "
                    "team lead about a goodwill credit and will confirm by 5pm.”"
                ),
            ),
        )


#: Free months that belong to the plan or the offer, not to the apology.
_R11_PLAN = compile_pattern(
    r"\b(?:plan|offer|deal|promotion|promo|contract|bundle|package|tariff|subscription)\s+(?:includes?|comes\s+with|gives?\s+you|has)\b"
    r"|\b(?:new|eligible)\s+customers?\b|\bcustomers?\s+(?:who|that)\b|\bif\s+you\b|\bwhen\s+you\b"
    r"|\byou\s+(?:asked|wanted|requested|mentioned|said|were\s+promised)\b"
)
#: A hope or a wish in the sentence: "I'd like to give you", "I wish I could".
_R11_NOT_MINE = compile_pattern(
    r"\b(?:I'd\s+(?:like|love)\s+to|I\s+wish|not\s+(?:authori[sz]ed|allowed|able)|can't|cannot|would\s+you\s+like|or\s+a\b)"
)


RULES = (
    guaranteed_outcome,
    never_again_promise,
    instant_resolution,
    unapproved_compensation,
    commits_other_teams,
    unfounded_outcome,
    certain_outcome,
    outsized_compensation,
)
