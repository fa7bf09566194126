"""
Hedging (CS2xx): the agent sounding unsure of its own help or knowledge.

Grounded in seed 003 ("Speak with Confidence": "If you say things like, 'I
might be able to fix this' or 'I'll try to fix this,' it makes it sound
like you don't have confidence in yourself").

Every rule here is about the agent's own actions and knowledge. Telling
the customer to try something ("try restarting the router", "could you try
clearing the cache?") is an instruction, not a hedge; polite softeners
("could you DM us", "you might want to check") are suggestions to the
customer and are not counted; ordinary conditionals ("if it persists,
reply here") are not hedges; words inside quotation marks are the
customer's and are skipped by the engine. Honest unknowns with a next step
("I'm not sure why this happened, so I've asked the team") are not flagged:
the rules look for doubt about the answer or the fix, not for candour.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs
import regex

from cs_lint._authoring.fixes import removal
from cs_lint._authoring.rule import (
    Match,
    Triggers,
    all_of,
    near_met,
    rule,
    scan,
    trigger_words,
)
from cs_lint._base.finding import Applicability, Edit, Family, Suggestion
from cs_lint._context.reply import mentions, sentence_window
from cs_lint._text.anchors import near_words
from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern


_FAMILY = Family.HEDGING


def _unsafe(suggestion: Suggestion) -> Suggestion:
    """
    The same suggestion, marked unsafe: dropping a hedge changes how sure
    the reply sounds, so a person should read it first.
    """
    return attrs.evolve(suggestion, applicability=Applicability.UNSAFE)


# -- CS201 ------------------------------------------------------------------

#: "I'll try to", "we can try and", "let me see if I can", "I might be able
#: to": the agent's own help announced as an attempt.
_TENTATIVE = compile_pattern(
    r"""
    \b(?:I|we)
      (?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to
        |\s+are\s+going\s+to|'m\s+gonna|'re\s+gonna|\s+can)
      \s+(?:just\s+|also\s+|still\s+|now\s+|personally\s+|certainly\s+|definitely\s+
        |at\s+least\s+)?
      (?P<cue>try\s+(?:to|and)|try\s+(?:n\s+)?(?=<BARE_FIX>\b)|attempt\s+(?:to|a|an)\b|see\s+(?:if|whether)\s+(?:I|we)\s+can
        |see\s+(?:if|whether)\s+there(?:'s|\s+is)\s+(?:anything|something|a\s+way)
        |see\s+what\s+(?:I|we)\s+can\s+do
        |see\s+(?:if|whether)\s+(?:it's|that's|it\s+is|that\s+is|this\s+is)\s+possible)\b
    | \blet\s+me\s+(?:just\s+|quickly\s+)?
      (?P<cue2>try\s+(?:to|and)|try\s+(?:n\s+)?(?=<BARE_FIX>\b)|see\s+(?:if|whether)\s+I\s+can
        |see\s+what\s+I\s+can\s+(?:do|find|dig\s+up|sort)|see\s+what(?:'s|\s+is)\s+possible)\b
    | \b(?:I|we)\s+(?:might|may|could)\s+(?:possibly\s+|perhaps\s+|maybe\s+)?
      (?P<cue3>be\s+able\s+to)\b
    | \bhopefully\s+(?:I|we)(?:'ll|\s+will|\s+can|\s+should)\s+(?P<cue4>be\s+able\s+to)\b
    | \b(?:I|we)
      (?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to
        |'m\s+gonna|'re\s+gonna|\s+can)
      \s+(?:just\s+|also\s+|still\s+|certainly\s+|definitely\s+)?
      (?P<cue5>do\s+(?:my|our)\s+(?:very\s+|level\s+)?(?:best|utmost)\s+to\s+(?:try|attempt|see)
        |do\s+(?:all|everything|whatever)\s+(?:that\s+)?(?:I|we)\s+(?:possibly\s+|humanly\s+)?can\s+to\s+(?:try|attempt)
        |try\s+(?:my|our)\s+(?:very\s+|level\s+)?(?:best|hardest|utmost)|have\s+a\s+(?:go|crack|stab|try)
        |give\s+it\s+(?:my|our)\s+best(?:\s+shot)?
        |give\s+(?:it|this|that)\s+a\s+(?:go|try|shot|whirl|bash)|take\s+a\s+stab
        |see\s+what\s+(?:the\s+system|it)\s+(?:lets|allows)|see\s+what\s+happens)\b
    | \b(?:I|we)\s+could\s+(?P<cue7>(?:maybe|possibly|perhaps)\s+(?:look\s+at|offer|arrange|send
      |try|do|get|sort|find|add|give))\b
    | \b(?:maybe|perhaps|possibly)\s+(?:I|we)\s+(?P<cue6>(?:can|could)\s+(?:help|fix|sort|find
      |get|assist|do\s+something|work\s+something\s+out))\b
    # Round 7: the subject dropped, as in notes and texts ("Will try to get
    # something together for Monday", "Shall try and sort it today").
    | (?:^|(?<=[.!?\n]\s{0,3})|(?<=^(?:@\w+\s+)+)|(?<=(?:^|\n)(?:hi|hey|hello|ok|okay|sure|right|yep|yes)\b[^\n.!?]{0,20}[,!.]\s{0,3}))
      (?:will|shall|gonna|going\s+to)\s+(?:just\s+|also\s+|still\s+)?(?P<cue8>try\s+(?:to|and)
        |see\s+(?:if|whether)\s+(?:I|we)?\s*can|see\s+what\s+(?:I|we)?\s*can\s+do|do\s+(?:my|our)\s+(?:best|utmost)\s+to
        |attempt\s+to|try\s+(?:my|our)\s+(?:very\s+|level\s+)?(?:best|hardest|utmost))\b
    # Round 9 (issue 14): the attempt in the passive or a formal verb, the
    # agent unnamed ("an attempt will be made to restore", "every effort
    # will be made to expedite", "we will seek to process", "we shall
    # endeavour to"); "you'll be asked to" and "we aim to reply within 24
    # hours" (a service level) are not.
    | \b(?P<cue9>(?:an\s+)?attempts?\s+(?:will|shall|would)\s+be\s+made\s+to
      |(?:every|all)\s+(?:possible\s+|reasonable\s+)?efforts?\s+(?:will|shall|would)\s+be\s+made(?:\s*,[^,.!?\n]{1,40},)?\s+to)\b
    | \b(?:I|we)(?:'ll|\s+will|\s+shall)\s+(?:(?:always|also|certainly)\s+)?(?P<cue10>seek\s+to|endeavou?r\s+to|strive\s+to)\b
    # Informal "ill try get", "I'll try n sort".
    | \bill\s+(?P<cue11>try\s+(?:to\s+|and\s+|n\s+)?(?=<BARE_FIX>\b))
    """.replace(
        "<BARE_FIX>",
        r"(?:get|fix|sort|rectify|reverse|correct|change|update|reset|resolve|reissue|refund|cancel|move|book"
        r"|chase|arrange|process|squeeze|find|restore|recover|amend|expedite|reach|call|contact|push|speed)",
    )
)
#: A purpose clause: "so we can try to reproduce it" explains why the
#: agent asks for something; the attempt is honest, not a hedge of help.
_PURPOSE = compile_pattern(r"\bso(?:\s+that)?\s*$")
#: "I'll try to explain" softens an explanation, not the help itself.
_TRY_SOFT_VERBS = compile_pattern(
    r"\s+(?:explain|clarify|summari[sz]e|keep\s+(?:it|this)\s+(?:short|brief)|be\s+(?:brief|quick|clear))\b"
)
#: "I'll try to help / assist": the generic offer; still a hedge, less costly.
_TRY_GENERIC = compile_pattern(r"\s+(?:help|assist)\b")
_TRY_WORDS = compile_pattern(r"\s*(?:try\s+(?:to|and)|attempt\s+to)\s+")
_SEE_IF = compile_pattern(r"\s*see\s+(?:if|whether)\s+(?:I|we)\s+can\s+")
_MIGHT_BE_ABLE = compile_pattern(
    r"(?P<modal>might|may|could)\s+(?:possibly\s+|perhaps\s+|maybe\s+)?be\s+able\s+to"
)


def _tentative_suggestion(doc: Document, m: regex.Match[str]) -> Suggestion:
    text = doc.text
    cue = m.group("cue") or m.group("cue2")
    if cue is not None:
        start = m.start("cue") if m.group("cue") else m.start("cue2")
        for pat in (_TRY_WORDS, _SEE_IF):
            hit = pat.match(text, start, start + 200)
            if hit is not None:
                return Suggestion(
                    "Say what you will do, not that you'll attempt it",
                    (Edit(start, hit.end(), ""),),
                    Applicability.UNSAFE,
                )
        return Suggestion(
            "Say what you will do: “Here's what I'll do: …”",
        )
    modal = _MIGHT_BE_ABLE.search(text, m.start(), m.end())
    if modal is not None and m.group("cue3") is not None:
        return Suggestion(
            "Say what you can do, or what you'll check and when",
            (Edit(modal.start(), modal.end(), "can"),),
            Applicability.UNSAFE,
        )
    return Suggestion("Say what you can do, or what you'll check and when")


@rule(
    code="CS201",
    name="tentative-commitment",
    family=_FAMILY,
    message="Announces the agent's help as an attempt: {excerpt!r}",
    why=(
        '"I\'ll try to" and "I might be able to" tell the customer you '
        "doubt your own ability to help, so they doubt it too (seed 003, "
        '"Speak with Confidence").'
    ),
    fix="Say what you will do",
    bad=(
        "I'll try to get this refund through for you today.",
        "I might be able to move your delivery to Saturday.",
        "We can try and sort out a replacement.",
        "Let me see if I can find your order.",
        "I'll see what I can do about the fee.",
        "I'll do my best to try and get the fee reversed.",
        "Maybe I can help. Can you DM me the order number?",
    ),
    good=(
        "Try restarting the router, then give it two minutes.",
        "Could you try clearing the cache?",
        "I'll try the card again now... done, the payment went through.",
        "You might be able to change the plan from the Billing page.",
        "We try to answer every message within a day.",
        "I tried to call you this morning but couldn't get through.",
    ),
    triggers=trigger_words(
        "try attempt attempts utmost hardest crack stab whirl bash seek endeavour endeavor strive "
        + all_of("effort efforts", "made")
        + " "
        + all_of("best", "do try give")
        + " "
        + all_of("go shot", "have give")
        + " "
        + all_of("happens lets allows", "see")
        + " "
        + all_of("could", "maybe possibly perhaps")
        + " "
        + all_of("see", "if whether what")
        + " "
        + all_of("able", "might may could hopefully")
        + " "
        + all_of("maybe perhaps possibly", "can could")
    ),
    confidence=0.85,  # measured, round 7 (see docstring)
)
def tentative_commitment(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags the agent announcing its own help as an attempt: "I'll try to",
    "we can try and", "I'm going to try to", "let me see if I can", "I'll
    see what I can do", "I might be able to", "we may be able to".

    Also the effort idioms that announce an attempt ("I'll do my best to
    try and", "I'll try my best", "I'll have a go", "I'll give it a go",
    "I'll see what the system lets me do", "I'll see if there's anything I
    can do") and help offered as a maybe ("Maybe I can help").

    Instructions to the customer ("try restarting", "could you try …"), a
    plain retry ("I'll try the card again"), the habitual "we try to" and
    the past "I tried to call you" are not flagged, nor is "you might be
    able to" (what the customer can do).

    ## Known limitations
    "I'll do my best to help" is a common, accepted offer of effort and is
    not flagged on its own; stacked with another hedge it counts towards
    CS203 (stacked-hedges).

    ## Confidence
    0.85: the rule's precision over the pooled agreed dev labels (sets E,
    F and H with their second readers, set G's hold-out aggregate), round
    7: right/hits 12/13 (E 2/2, F 5/5, G 3/3, H 2/3), add-one smoothed ((right+1)/(hits+2)) and
    rounded to 0.05.
    """
    for m in tentative_commitment.near(_TENTATIVE, doc):
        start, end = m.span()
        if doc.negated(start, window=2):
            continue
        if _PURPOSE.search(doc.text, max(0, start - 12), start):
            continue  # "send the logs so we can try to reproduce it"
        if m.group("cue6") is None and _asks(doc, end):
            continue  # "is there anything I may be able to help with?" offers
        after = end
        if (m.group("cue") or m.group("cue2")) and _TRY_SOFT_VERBS.match(
            doc.text, after, after + 200
        ):
            continue
        confidence = None
        if _TRY_GENERIC.match(doc.text, after, after + 200):
            confidence = 0.7
        yield Match(
            start,
            end,
            suggestions=(_tentative_suggestion(doc, m),),
            confidence=confidence,
        )


# -- CS202 ------------------------------------------------------------------

#: "not sure", "not certain", "unsure": doubt, if what follows is the
#: answer and not a question about what the customer meant.
_NOT_SURE = compile_pattern(
    r"""
    (?:\b(?:I|we)(?:'m|\s+am|'re|\s+are)\s+(?:honestly\s+|just\s+|still\s+|also\s+)?)?
    \b(?:not|knot|nt)\s+(?:really\s+|totally\s+|entirely\s+|completely\s+|quite\s+|100%\s+
      |too\s+|fully\s+|absolutely\s+|all\s+that\s+)?(?:sure|shure|certain|positive)\b
    | \b(?:I|we)(?:'m|\s+am|'re|\s+are)\s+(?:a\s+(?:bit|little)\s+)?unsure\b
    | \b(?:though|but|although)\s+not\s+(?:completely|entirely|totally|100%|fully)\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+not\s+(?:100\s?%|a\s+hundred\s+percent)
      (?:\s+on\s+(?:this|that|it)(?:\s+one)?)?(?=\s*(?:,|;|but\b|though\b|[.!\u2026]|$))
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:honestly\s+|just\s+|still\s+)?not\s+(?:100\s?%|a\s+hundred\s+percent
      |one\s+hundred\s+percent)(?:\s+(?:sure|certain))?(?=\s+(?:on|about|how|whether|if|what|where|when|which
      |that|this|it)\b|\s*(?:,|;|but\b|though\b|tbh\b|[.!\u2026]|$))
    """
)
#: After "not sure": a wh-word is an honest unknown or a clarifying question
#: ("not sure why this happened", "not sure what you mean"); "if you" and
#: "I understood" are about the customer's request.
_NOT_SURE_OK_AFTER = compile_pattern(
    r"""
    \s*(?:what|why|which|how|where|who|whom|when|about|of|whether\s+you|if\s+you
      |if\s+I\s+(?:understand|understood|follow)|(?:do\s+)?(?:I|we)\s+(?:understand|understood
      |follow|agree|(?:have|'ve)\s+understood|got\s+(?:what|which|your))
      |yet\s+(?:what|why|which|how|where|who|when|whether))\b
    """
)
_SUBJECT_YOU = compile_pattern(r"\b(?:you|u)(?:'re|\s+are|\s+were)?\s*$")

_NOT_SURE_WORDS = trigger_words(
    "sure shure certain positive unsure completely entirely totally 100 fully hundred"
)
_DISCLAIM_WORDS = trigger_words(
    "quote hold word expert specialist techie engineer area specialty speciality suit "
    "field wrong mistaken remember recall memory top far salt ideas stumped knows "
    "say confident hard difficult tricky tough never knowledge understanding impression "
    "confirmation hesitant reluctant swear bet money commit promise definitively certainty "
    "tell recollection understand gather reading"
)
_KNOW_MUCH_WORDS = trigger_words("much lot enough deal anything")
_GUESS_WORDS = trigger_words("guess imagine assume guessing reckon suppose thinking")
_THINK_WORDS = trigger_words(
    "think believe suspect assume imagine feel guess suppose reckon"
)
_LONE_WORDS = trigger_words("maybe perhaps possibly probably")

#: Disclaimers of the agent's own knowledge.
_DISCLAIM = compile_pattern(
    r"""
    \bdon't\s+(?:quote\s+me|hold\s+me\s+to\s+(?:it|that|this)
      |take\s+my\s+word\s+for\s+it)\b
    | \b(?:I'm|I\s+am)\s+(?:no|not\s+an?)\s+(?:expert|specialist|techie|engineer)\b
    | \bnot\s+(?:really\s+)?my\s+(?:area|area\s+of\s+expertise|specialty|speciality
      |strong\s+suit|field)\b
    | \b(?:I|we)\s+(?:might|may|could)\s+(?:well\s+)?be\s+(?:totally\s+|completely\s+
      |entirely\s+|very\s+)?(?:wrong|mistaken)\b
    | (?:^|(?<=[.!?,;:\u2014\u2013(]\s{0,3}))could\s+be\s+wrong\b
    | \bif\s+I(?:'m|\s+am)\s+not\s+mistaken\b
    | \bif\s+I\s+(?:remember|recall)\s+(?:correctly|rightly)\b
    | \bif\s+(?:my\s+)?memory\s+serves(?:\s+me)?(?:\s+(?:right|correctly|well))?\b
    | \boff\s+the\s+top\s+of\s+my\s+head\b
    | \bas\s+far\s+as\s+I\s+(?:know|can\s+tell|am\s+aware|'m\s+aware)\b
    | \bcorrect\s+me\s+if\s+I'm\s+wrong\b
    | \btake\s+(?:this|that|it|my\s+word)\s+with\s+a\s+(?:pinch|grain)\s+of\s+salt\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:kind\s+of\s+|sort\s+of\s+|a\s+bit\s+
      |a\s+little\s+|completely\s+|totally\s+)?(?:out\s+of\s+ideas|stumped)\b
    | (?:,|\bbut|\bso|\band)\s+who\s+knows(?=\s*(?:[.!\u2026]|$))
    | \bhard\s+to\s+say\s*,?\s*but\b
    | \b(?:it|that)(?:'s|\s+is)\s+(?:really\s+|kind\s+of\s+|quite\s+|a\s+bit\s+)?(?:hard|difficult
      |tricky|tough)\s+to\s+(?:say|tell|know)
      (?=\s*(?:from\s+here|right\s+now|at\s+the\s+moment|yet|for\s+sure)?\s*(?:[.!;\u2026]|$))
    | (?:^|(?<=[.!?]\s{0,3}))(?:hard|difficult|tough)\s+to\s+(?:say|tell|know)(?=\s*[.!\u2026])
    | \byou\s+never\s+know(?=\s*(?:[.!\u2026]|$))
    | \bto\s+the\s+best\s+of\s+(?:my|our)\s+knowledge\b
    # Round 9 (issue 14): the agent's knowledge as the limit of the answer
    # in other words ("to my knowledge", "from what I understand", "based
    # on my understanding", "as I understand it", "if I'm reading this
    # right"); "from what you've told me" (the customer's account) is not.
    | \bto\s+(?:my|our)\s+(?:knowledge|understanding)\b(?![\s-]+(?:base|bases|centre|center|hub|articles?|library|portal
      |bank|pages?|site)\b)
    | \b(?:from|by)\s+what\s+(?:I|we)\s+(?:understand|gather|can\s+gather|recall|remember|can\s+make\s+out)\b
    | \b(?:based\s+on|going\s+(?:by|on)|from|according\s+to)\s+(?:my|our)\s+(?:(?:limited|rough|current)\s+)?
      (?:understanding|recollection|memory|impression)\b
    | \bas\s+(?:I|we)\s+understand\s+it\b
    | \bif\s+(?:I'm|I\s+am|we're|we\s+are)\s+(?:reading|understanding)\s+(?:this|it|that)\s+(?:right|correctly)\b
    | \b(?:it\s+is|it's)\s+(?:our|my)\s+(?:understanding|impression)\b
    | \bsubject\s+to\s+confirmation\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:a\s+bit\s+|a\s+little\s+|somewhat\s+)?(?:hesitant
      |reluctant)\s+to\s+say\b
    | \b(?:unable|not\s+able)\s+to\s+say\s+with\s+any\s+(?:certainty|confidence)\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+not\s+(?:too|that|very|overly|all\s+that)\s+confident\b
    | \b(?:though|but|although)\s+(?:I|we)\s+(?:can't|cannot)\s+say\s+for\s+(?:certain|sure)\b
    # Round 7 (set H): the same disclaimer with the company as speaker, or
    # as a refusal to vouch for one's own answer ("don't hold us to it", "as
    # far as we know", "I wouldn't want to say for sure", "I wouldn't swear
    # to it", "I couldn't tell you for certain").
    | \bdon't\s+(?:quote|hold)\s+us(?:\s+to\s+(?:it|that|this))?\b
    | \bas\s+far\s+as\s+we(?:\s+know|\s+can\s+tell|\s+can\s+see|\s+are\s+aware|'re\s+aware)\b
    | \b(?:I|we)(?:'d|\s+would)(?:n't|\s+not)\s+(?:want\s+to\s+|like\s+to\s+)?
      (?:say|swear|promise|bet|put\s+money|commit)\s+(?:(?:to\s+(?:it|that|this)\b|on\s+(?:it|that))
      |(?:\w+\s+){0,3}?(?:for\s+(?:sure|certain|definite)|with\s+(?:any\s+)?(?:certainty|confidence)
      |definitively|100\s?%))
    | \b(?:I|we)\s+(?:couldn't|could\s+not|can't|cannot)\s+(?:honestly\s+|really\s+)?(?:say|tell\s+you)
      \s+(?:\w+\s+){0,3}?(?:for\s+(?:sure|certain)|with\s+(?:any\s+)?(?:certainty|confidence)|definitively)\b
      (?!\s+(?:when|until|before|yet)\b)
    """
)
_KNOW_ABOUT = compile_pattern(
    r"""
    \b(?:I|we)\s+(?:don't|do\s+not)\s+(?:really\s+)?know\s+(?:much|a\s+lot|enough
      |a\s+great\s+deal|anything)\s+about\b
    """
)
#: Guessing out loud.
_GUESS = compile_pattern(
    r"""
    \b(?:I|we)(?:\s+would|'d)\s+(?:guess|imagine|assume)\b
    | \bmy\s+(?:best\s+)?guess\s+(?:is|would\s+be)\b
    | \bat\s+a\s+guess\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:(?:kind|sort)\s+of\s+|just\s+|only\s+|really\s+)?
      guessing\b
    | \bI\s+(?:guess|reckon|suppose)\b(?!\s+(?:so|not)\b)(?=\s+\w)
      (?!\s+that(?:'s|\s+is)\s+(?:one|fair|true|life|ok|okay|right|good|great|nice|fine
        |a\s+first|something|the\s+spirit|better|understandable|one\s+way)\b)
    | \b(?:I'm|I\s+am)\s+thinking(?=\s+(?:since|that|it|it's|this|maybe|perhaps|the)\b)
    """
)
#: "I think / I believe" flagged only where it carries doubt: a guess put as
#: a question, a belief about whether the fix works, or a hedged "no".
_I_THINK = compile_pattern(
    r"""
    (?<!\b(?:did|do|does|would|could|should|can|what|why)\s{1,3})
    \b(?:I|we)\s+(?:think|believe|suspect|assume|imagine|feel\s+like)\b
    (?!\s+(?:that\s+)?(?:you|u|I|we)\s+(?:understand|see|get|follow|know|mean|agree)\b)
    (?!\s+(?:you|u)\b)
    """
)
#: "I suppose you've tried restarting?" checks a presumption about the
#: customer; it is not doubt about the help.
_PRESUME_YOU = compile_pattern(
    r"\s+(?:that\s+)?(?:(?:when|if)\s+)?(?:you|u|your|you're|you've|you'd|ur)\b"
)
_ABOUT_PERSON = compile_pattern(
    r"\b(?:you|u|your|you're|you've|she|he|they|she's|he's|they've|they're|her|his|their)\b"
)
_ONLY_ASK = compile_pattern(r"\s*\?")


def _presumes_before(doc: Document, start: int, end: int) -> bool:
    """
    Return whether a tag "I assume?" ends a question about the customer or
    someone of theirs ("she's got a mobile, I assume?"): a check on their
    situation, not doubt about the help.
    """
    if _ONLY_ASK.match(doc.text, end, end + 5) is None:
        return False
    lo, _ = sentence_window(doc, start)
    return _ABOUT_PERSON.search(doc.text, lo, start) is not None


_ABOUT_FIX = compile_pattern(
    r"""
    \s+(?:that\s+)?(?:this|that|it|the|these|those)(?:\s+(?!will|should|would|might|may|could)\w+)?
      \s+(?:will|'ll|should|would|might|may|could)?\s*
      (?:fix(?:es)?|work(?:s)?|solve(?:s)?|sort(?:s)?|resolve(?:s)?|clear(?:s)?
        |do(?:es)?\s+the\s+trick)\b
    """
)
_DONT_THINK = compile_pattern(
    r"""
    \b(?:I|we)\s+(?:don'?t|do\s+not)\s+think\s+(?:that\s+)?
      (?:there(?:'s|\s+is|\s+are|\s+will|'ll|\s+would)
        |(?:it|this|that)(?:\s+will|'ll|\s+would|\s+can)
        |we(?:'ll|\s+will|\s+can|\s+have|'ve|\s+do))\b
      (?!\s+(?:fair|right|ok|okay|acceptable|good\s+enough|how|the\s+experience|what\s+we))
    """
)
_TAIL_THINK = compile_pattern(
    r"""
    \b(?!(?:did|do|does|would|could|should|can|what|why|how|don't|didn't|doesn't|so)\b)
    \w+(?:\s*,\s*|\s+)(?P<cue>I\s+(?:think|believe|guess|suppose|reckon))\s*[?.!\u2026]*\s*$
    """
)
_LONE_HEDGE = compile_pattern(r"(?:maybe|perhaps|possibly|probably)\s*[?.!\u2026]*")


def _asks(doc: Document, offset: int) -> bool:
    """
    Return whether the sentence around *offset* is a question: the first
    terminal mark after it is "?" ("Is there anything I may be able to help
    with? ^AP").
    """
    _, end = sentence_window(doc, offset - 1 if offset else offset)
    mark = _TERMINAL.search(doc.text, offset, max(offset, end))
    return mark is not None and mark.group() == "?"


_TERMINAL = regex.compile(r"[!?\n]|\.(?!\d)")


def _scan(
    doc: Document, pat: regex.Pattern[str], words: frozenset[str]
) -> Iterator[regex.Match[str]]:
    """
    The matches of *pat*, which needs one of *words*, in the reply.
    """
    return near_words(pat, doc, words)


def _sentence_tail(doc: Document, offset: int) -> str:
    _, end = sentence_window(doc, offset)
    return doc.text[offset : max(offset, end)]


def _not_sure_matches(doc: Document) -> Iterator[tuple[int, int]]:
    text = doc.text
    if not mentions(doc, _NOT_SURE_WORDS):
        return
    for m in _NOT_SURE.finditer(text):
        start, end = m.span()
        clause = doc.clause_at(start)
        if clause.conditional:
            continue
        before = text[clause.start : start]
        if _SUBJECT_YOU.search(before):
            continue  # "you're not sure" is the customer's doubt
        if _RHETORICAL_UNSURE.match(text, end, end + 80):
            continue  # "so not sure what the surprise is": a jab, not doubt
        if (
            _NOT_100.search(m.group())
            and _WH_UNKNOWN.match(text, end, end + 200)
            and not _asks(doc, end)
        ):
            # "I'm not 100% how housekeeping handles cots": the agent
            # unsure of its own side's process, said as the answer
            yield start, end
            continue
        if m.group().lower().startswith(("though", "but", "although")):
            yield start, end
            continue
        if _NOT_SURE_OK_AFTER.match(text, end, end + 200) and not (
            _WH_UNKNOWN.match(text, end, end + 200) and not _answers_unknown(doc)
        ):
            continue
        rest = _sentence_tail(doc, end)
        lead = text[sentence_window(doc, start)[0] : start]
        # "Not sure which size to pick?" asks the customer; the agent's own
        # doubt has a subject ("I'm not sure") or is followed by an answer.
        if (
            not _FIRST_PERSON.search(m.group())
            and rest.rstrip().endswith("?")
            and not _FIRST_PERSON.search(lead)
        ):
            continue
        # "not sure if this will work" doubts the fix; "not sure if you'd
        # like a call" asks the customer.
        if _IF.match(rest) and (
            not _IF_OUTCOME.match(rest) or rest.rstrip().endswith("?")
        ):
            continue  # "not sure whether your account is personal — which is it?"
        # Candour about something genuinely unknown, followed by what the
        # agent has done or will do about it: "I'm not certain the courier
        # can manage Saturday, so I've booked Monday as a backup".
        if _DOUBT_STEP.search(rest) or _STEP_AFTER.match(rest):
            continue
        # Next to a question about the customer's setup, the doubt is why
        # the agent asks: "When did you last log in? I'm not sure if the
        # lock was automatic."
        if _beside_question(doc, start):
            continue
        yield start, end


#: Not knowing how or why something of the agent's own side happened ("not
#: sure what happened there", "not really sure how that works"), as
#: against not following the customer ("not sure what you mean").
_WH_UNKNOWN = compile_pattern(
    r"""
    \s*(?:what|why|how)\b(?![^.!?\n]{0,50}\b(?:you|u)(?:'re|\s+are|'d|\s+would)?\s+(?:mean|meant
      |asking|ask|referring|refer|after|looking\s+for|need|want|like|trying)\b)
    """
)
#: Anything in the reply that does something about an unknown: a question,
#: an action taken or promised, a step for the customer, a link.
_ANSWERS_UNKNOWN = compile_pattern(
    r"""
    \?|https?://|\bwww\.
    | \b(?:I|we)(?:'ve|'ll|'m\s+going\s+to|\s+will|\s+have|\s+can|'d\s+like\s+to)\b
    | \blet\s+(?:me|us)\b|\b(?:please|dm|pm|call|email|contact|reply|visit)\b
    | \b(?:I|we)\s+(?:asked|checked|sent|passed|raised|escalated|refunded|booked)\b
    """
)


def _answers_unknown(doc: Document) -> bool:
    """
    Return whether the reply does anything about what the agent does not
    know (see `_ANSWERS_UNKNOWN`): then "I'm not sure why it happened" is
    candour, not doubt left with the customer.
    """
    return _ANSWERS_UNKNOWN.search(doc.text) is not None


#: A step taken about the unknown ("so I've booked Monday as a backup"),
#: not a promise to find out ("but I'll ask").
_DOUBT_STEP = compile_pattern(
    r"""
    \b(?:so|and)\s+(?:I|we)(?:'ve|\s+have)\s+(?:already\s+|also\s+|just\s+)?(?!tried\b)\w+ed\b
    | \bso\s+(?:I|we)(?:'ll|\s+will)\s+(?!ask\b|try\b|check\b|see\b|look\b|find\b)\w+
      [^.!?\n]{0,60}?\b(?:by|at|before|within|today|tomorrow|tonight|on\s+\w+day)\b
    """
)
_STEP_AFTER = compile_pattern(
    r"[^.!?;\n]{0,120}?;\s*(?:I|we)(?:'ve|\s+have)\s+(?!tried\b)\w+ed\b"
)


def _beside_question(doc: Document, offset: int) -> bool:
    """
    Return whether the sentence before or after the one at *offset* is the
    agent's question.
    """
    i = doc.sentence_index(offset)
    sents = doc.sentences
    for j in (i - 1, i + 1):
        if 0 <= j < len(sents) and j != i:
            sent = sents[j]
            if doc.text[sent.start : sent.end].rstrip().endswith("?") and (
                doc.in_agent_zone(sent.start) and not doc.in_quote(sent.start)
            ):
                return True
    return False


_FIRST_PERSON = compile_pattern(r"\b(?:I|we)\b")
_IF = compile_pattern(r"\s*(?:if|whether)\b")
_IF_OUTCOME = compile_pattern(
    r"\s*(?:if|whether)\s+(?:this|that|it|the\s+\w+|we|I|anyone|they|your\s+\w+|yours|ours|mine)\b"
)
#: "not sure what the surprise is", "not sure why you're shocked": a
#: rhetorical jab at the customer's reaction (the accusatory family's),
#: not doubt about the answer (set H, round 7).
_RHETORICAL_UNSURE = compile_pattern(
    r"""
    \s+(?:what|why)\s+(?:(?:all\s+)?the|this|all\s+this|that)\s+(?:surprise|fuss|confusion|problem|issue|drama
      |big\s+deal|complaint|upset|shock|outrage|panic)\s+(?:is|was)\b
    | \s+why\s+(?:you|u)(?:'re|\s+are|\s+were|\s+would\s+be|'d\s+be)\s+(?:so\s+)?(?:surprised|shocked|confused
      |upset|annoyed|puzzled)\b
    """
)
#: "not 100%" (sure): a disclaimer of the agent's own knowledge whatever
#: follows it, unless it is about what the customer means.
_NOT_100 = compile_pattern(r"\b(?:100\s?%|(?:a|one)\s+hundred\s+percent)")
#: "I think the quickest fix is a reset": the fix named as a noun, a
#: recommendation, not a belief about whether a fix will work.
_FIX_NOUN_IS = compile_pattern(
    r"\s+(?:that\s+)?(?:the|your|a)\s+(?:[\w-]+\s+)?(?:fix|solution|answer|option|way\s+forward)\s+(?:is|would\s+be|'d\s+be)\b"
)
#: An action the agent has already taken ("I've sent a link").
_DONE_ACTION = compile_pattern(
    r"\b(?:I|we)(?:'ve|\s+have)\s+(?:just\s+|already\s+|now\s+|also\s+)?(?:\w+ed|sent|set|put|made|done|issued|reset)\b"
)


#: The answer left open either way: an either-way modal ("it may or may
#: not apply"; not "what another agent may or may not have said", a
#: reserve about someone else's past words, nor "you may or may not get a
#: survey", what the customer may see), guesses in alternation opening a clause ("could be the
#: bank, could be us", "it might be the morning or might be the
#: afternoon"; not "your card may be charged, or it may be held", which
#: tells the customer what can happen), odds ("a bit of a
#: gamble", "anyone's guess", "could go either way", "fifty-fifty").
_EITHER_WAY = scan(
    r"""
    (?<!\b(?:you|u)\s)\b(?P<m1>may|might|could)\s+or\s+(?P=m1)\s+not\b(?!\s+have\b)
    | (?<=\b(?:we|I|it|there)\s)(?P<m2>may|might)\s+or\s+(?P=m2)\s+not\s+have\b
    | (?:(?:^|(?<=[.!?,;:]\s{0,3}))|(?<=\b(?:it|that|this)\s))(?:could|might)\s+be\s+[^.!?\n]{1,40}?
      (?:,\s*|\s+or\s+)(?:it\s+)?(?:could|might)\s+be\b
    | \bwouldn't\s+be\s+surprised\s+either\s+way\b
    | \b(?:could|might|can|may)\s+go\s+either\s+way\b
    | \banyone's\s+guess\b|\b(?:a\s+bit\s+of\s+)?a\s+gamble\b|\btouch\s+and\s+go\b
    | \ba\s+coin\s+(?:toss|flip)\b|\bfifty[\s-]fifty\b
    """,
    needs=(
        "may+not might+not could+not could+be might+be may+be surprised+either "
        "go+either guess gamble touch+go coin fifty-fifty fifty"
    ),
)
#: The agent does not know why, what or whether: "I honestly don't know why
#: that is" ("I don't know if you've seen our email" asks the customer;
#: "I don't know how many of you have seen it" is a figure of speech).
_DONT_KNOW = scan(
    r"""
    \b(?:I|we)\s+(?:honestly\s+|really\s+|genuinely\s+|just\s+|actually\s+)?(?:don't|do\s+not)
      \s+know\s+(?:why|what|whether|if|how(?!\s+(?:many|much)\b)|when)\b(?!\s+(?:you|u)\b)
    """,
    # "know" alone is in one reply in twelve ("let us know"): it counts
    # with the subject and the negation of "I don't know" (issue 15).
    needs="know+don't+i know+don't+we know+not+i know+not+we",
)
#: A bare hedge as a whole sentence: "Maybe.", "Think so.", "Probably not."
_FRAGMENT_ANSWER = compile_pattern(
    r"""
    (?:maybe|perhaps|possibly|probably|hopefully|(?:I\s+)?think\s+so|(?:I\s+)?guess\s+so
      |(?:I\s+)?believe\s+so|not\s+sure|who\s+knows)(?:\s+not)?\s*[.!\u2026]*
    """
)
_FRAGMENT_WORDS = trigger_words(
    "maybe perhaps possibly probably hopefully think guess believe sure knows"
)


@rule(
    code="CS202",
    name="uncertain-knowledge",
    family=_FAMILY,
    message="Sounds unsure of its own answer: {excerpt!r}",
    why=(
        'Guesses and disclaimers ("not sure, but", "I guess", "I could be '
        'wrong", "don\'t quote me") make the customer doubt the answer and '
        'wonder whether to ask someone else (seed 003, "Speak with '
        'Confidence").'
    ),
    fix="Check, then state it; or say what you'll confirm and when",
    bad=(
        "Not sure but I believe the warranty covers the screen as well.",
        "I'm not certain I've got this right, but the plan can be changed in Billing.",
        "I guess it's a network issue on our end.",
        "Don't quote me on this, but the Leeds store has it in stock.",
        "It's a known issue, I think?",
        "I'll escalate this, although I'm not sure anyone will pick it up.",
        "It's probably a network issue on our side.",
    ),
    good=(
        "I'm not sure I understood which account you meant. Is it the one ending 4417?",
        "Not sure which size to pick? Here's the size chart.",
        "I'm not sure why this happened, so I've asked the billing team to check.",
        "I think you'll love the upgraded model.",
        "I'm sure this has been frustrating, and it's fixed now.",
        "If you're not sure which plan you're on, it's shown under Billing.",
    ),
    triggers=trigger_words(
        "sure shure certain positive unsure quote expert specialist techie engineer area "
        "specialty speciality suit field wrong mistaken remember recall much anything "
        "salt ideas stumped guess imagine assume guessing reckon suppose thinking "
        "think believe suspect feel maybe perhaps possibly probably memory top hold "
        "far lot enough deal word completely entirely totally fully 100 likely shure "
        "idea clue dunno knows say confident hard difficult tricky tough never knowledge "
        "understanding impression confirmation hesitant reluctant hundred swear bet money "
        "commit promise definitively certainty recollection "
        + all_of("understand gather recall remember", "what as")
        + " "
        + all_of("reading understanding", "right correctly")
    ),
    scans=(_EITHER_WAY, _DONT_KNOW),
    confidence=0.95,  # measured, round 7 (see docstring)
)
def uncertain_knowledge(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags the agent doubting its own answer: "not sure, but", "I'm not
    certain I've got this right", "I'm not sure anyone will pick it up",
    disclaimers ("don't quote me", "I'm no expert", "I could be wrong", "as
    far as I know", "if I remember rightly"), guessing ("I guess", "I'd
    guess", "I reckon", "my guess is"), a guess put as a question ("I think
    it's because the voucher expired?"), a trailing ", I think.", belief
    about whether a fix works ("I believe this will fix it"), a hedged no
    ("I don't think there are any vouchers left"), a guess at the cause
    put as the answer ("it's probably a network issue", "maybe it's the
    cache?"), misspelt doubt ("knot sure"), and a lone "Maybe?" after a
    guess put as a question.

    Honest unknowns and clarifying questions are not flagged: "I'm not sure
    why this happened, so I've asked the team", "not sure what you mean",
    "I'm not sure I understood which account"; nor the customer's doubt
    ("not sure which size to pick?", "if you're not sure"), nor "I think
    you'll love it" (a recommendation) or "I'm sure this was frustrating".

    ## Confidence
    0.95: the rule's precision over the pooled agreed dev labels (sets E,
    F and H with their second readers, set G's hold-out aggregate), round
    7: right/hits 61/62 (E 22/22, F 13/13, G 11/12, H 15/15), add-one smoothed ((right+1)/(hits+2)) and
    rounded to 0.05.
    """
    text = doc.text
    seen: set[tuple[int, int]] = set()

    def emit(start: int, end: int, confidence: float | None = None) -> Iterator[Match]:
        if (start, end) in seen:
            return
        seen.add((start, end))
        suggestion = Suggestion(
            "Check before you answer, or say what you'll confirm and by when: "
            "“I'm checking that with the warranty team and will confirm by 3pm.”"
        )
        sent = doc.sentence_at(start)
        lead_in = _LEAD_IN.match(text, end, end + 200)
        if sent is not None and sent.start == start and lead_in is not None:
            suggestion = _unsafe(
                removal(doc, start, lead_in.end(), "Drop the disclaimer")
            )
        yield Match(start, end, suggestions=(suggestion,), confidence=confidence)

    for start, end in _not_sure_matches(doc):
        yield from emit(start, end)
    for m in _scan(doc, _DISCLAIM, _DISCLAIM_WORDS):
        lo, hi = sentence_window(doc, m.start())
        if _PAST_UNKNOWN.search(text, max(lo, m.start() - 80), m.start()) and (
            _CHECKED_AFTER.match(text, m.end(), hi)
        ):
            continue  # round 12: "I didn't know off the top of my head, so I checked"
        yield from emit(m.start(), m.end())
    if "know" in doc.words:
        for m in _scan(doc, _KNOW_ABOUT, _KNOW_MUCH_WORDS):
            yield from emit(m.start(), m.end())
    for m in _scan(doc, _GUESS, _GUESS_WORDS):
        start, end = m.span()
        if doc.negated(start, window=2):
            continue
        if _PRESUME_YOU.match(text, end, end + 200) and _asks(doc, end):
            continue
        yield from emit(start, end)
    for m in _scan(doc, _I_THINK, _THINK_WORDS):
        start, end = m.span()
        if doc.negated(start, window=2) or doc.clause_at(start).conditional:
            continue
        if _ABOUT_FIX.match(text, end, end + 200):
            if _FIX_NOUN_IS.match(text, end, end + 200) and _DONE_ACTION.search(
                text, end, sentence_window(doc, start)[1] + 120
            ):
                continue  # "I think the quickest fix is a reset - I've sent a link"
            yield from emit(start, end, 0.7)
        elif (
            _asks(doc, end)
            and not _PRESUME_YOU.match(text, end, end + 200)
            and not _presumes_before(doc, start, end)
        ):
            yield from emit(start, end, 0.8)
    for m in _scan(doc, _DONT_THINK, _THINK_WORDS):
        yield from emit(m.start(), m.end(), 0.7)
    for sent in doc.sentences if mentions(doc, _THINK_WORDS) else ():
        tail = _TAIL_THINK.search(text, max(sent.start, sent.end - 80), sent.end)
        if tail is not None:
            yield from emit(tail.start("cue"), tail.end("cue"), 0.8)
    # No idea at all, and no step after it: "Honestly, I have no idea why
    # it did that."
    for m in _NO_IDEA.in_sentences(doc):
        start, end = m.span()
        _, s_end = sentence_window(doc, start)
        if doc.in_quote(start, end) or _asks(doc, end):
            continue
        if _THEN_STEP.search(doc.text, end, s_end):
            continue  # "no idea why, so I've asked the team"
        yield from emit(start, end)
    # A guess at the cause: "it's probably a network issue", "maybe it's
    # the cache?".
    for m in _CAUSE_GUESS.in_sentences(doc):
        start, end = m.span()
        if doc.in_quote(start, end) or doc.clause_at(start).conditional:
            continue
        yield from emit(start, end, 0.75)
    # Either way: "it may or may not apply", "could be the bank, could be
    # us", "it's a bit of a gamble".
    for m in _EITHER_WAY.in_sentences(doc):
        start, end = m.span()
        if doc.in_quote(start, end) or _asks(doc, end):
            continue
        if (
            "gamble" in m.group().lower()
            and _PAST_GAMBLE.search(text, max(0, start - 50), start)
            and not _ODDS_OF.match(text, end, end + 20)
        ):
            continue  # round 12: "leaving it till 11:58 was always gonna be a gamble"
        yield from emit(start, end, 0.8)
    # Not knowing, with no step after it: "I honestly don't know why that
    # is."
    for m in _DONT_KNOW.in_sentences(doc):
        start, end = m.span()
        _, s_end = sentence_window(doc, start)
        if doc.in_quote(start, end) or _asks(doc, end):
            continue
        if _THEN_STEP.search(doc.text, end, s_end) or _answers_unknown(doc):
            continue
        yield from emit(start, end, 0.8)
    # A bare hedge as the whole answer to a question: "Maybe. Think so."
    if doc.customer and "?" in doc.customer and mentions(doc, _FRAGMENT_WORDS):
        for sent in doc.sentences:
            if sent.end - sent.start > 24 or doc.in_quote(sent.start, sent.end):
                continue
            if _FRAGMENT_ANSWER.fullmatch(text, sent.start, sent.end):
                yield from emit(sent.start, sent.end, 0.7)
                break
    # "Maybe?" on its own, after a guess put as a question.
    sentences = doc.sentences if mentions(doc, _LONE_WORDS) else []
    for i, sent in enumerate(sentences):
        if not i or text[sentences[i - 1].end - 1] != "?":
            continue
        if sent.end - sent.start < 20 and _LONE_HEDGE.fullmatch(sent.text):
            word = regex.match(r"\w+", sent.text)
            if word is not None:
                yield from emit(sent.start, sent.start + word.end(), 0.6)


_NO_IDEA = scan(
    r"""
    \b(?:I|we)\s+(?:honestly\s+|really\s+|genuinely\s+)?(?:have|'ve\s+got|have\s+got)\s+
      (?:absolutely\s+)?no\s+(?:idea|clue)\b
    | (?:^|(?<=[.!?]\s{0,3}))(?:honestly,?\s+)?no\s+(?:idea|clue)\b
    | \b(?:I|we)\s+(?:honestly\s+)?dunno\b
    """,
    needs="idea clue dunno",
)
#: A step after an honest unknown makes it candour, not doubt.
#: Round 12 (reply sets t4-t11): a not-knowing already RESOLVED, told in
#: the past with the check and its answer after it: "I didn't know the
#: count off the top of my head, so I checked with the workroom: it's 24".
#: "I don't know off the top of my head, but I think it's 24" (present,
#: a guess after) and "... so I guessed" still fire.
_PAST_UNKNOWN = compile_pattern(
    r"""
    \b(?:I|we)\s+(?:didn't|did\s+not|wasn't|was\s+not|weren't|couldn't|could\s+not)\s+
      (?:know|remember|recall|have|sure|certain)\b
    """
)
_CHECKED_AFTER = compile_pattern(
    r"""
    [^.!?\n]{0,40}?\b(?:so|and|but)\s+(?:I|we)(?:'ve|\s+have)?\s+(?:just\s+|now\s+)?
      (?:checked|asked|confirmed|looked\s+it\s+up|found\s+out|double-checked|spoke|spoken)\b
    """
)
_ODDS_OF = compile_pattern(r"\s+(?:whether|if|that|as\s+to)\b")
#: Round 12: the odds of the CUSTOMER's past choice, not of the agent's
#: answer: "leaving it till 11:58 was always gonna be a gamble" (a scold
#: the accusatory family reads). "It's a bit of a gamble whether it
#: arrives" still fires.
_PAST_GAMBLE = compile_pattern(
    r"""
    \b(?:was|were|'d\s+been|had\s+been|would\s+have\s+been|would've\s+been)\s+(?:always\s+|really\s+
      |definitely\s+|just\s+)?(?:(?:gonna|going\s+to)\s+be\s+)?(?:a\s+bit\s+of\s+|quite\s+|always\s+)?$
    """
)


_THEN_STEP = compile_pattern(
    r"\b(?:so|but)\s+(?:I|we)(?:'ve|'ll|\s+have|\s+will|'m|\s+am)\b"
)
#: What a cause is: a fault, a setting, a party.
_CAUSE_NOUN = r"""
    (?:(?:a|an|the|your|our)\s+(?:[\w-]+\s+){0,2}?(?:issue|problem|glitch|bug|error|fault|outage
      |delay|mix-?up|mistake|network|connection|cache|setting|settings|card|bank|browser|update
      |server|system|app|courier|payment|address|password|account)s?\b
    |because\b|due\s+to\b|down\s+to\b|caused\s+by\b|related\s+to\b)
"""
#: A guess at the cause of the problem, put as the answer.
_CAUSE_GUESS = scan(
    rf"""
    \b(?:it's|it\s+is|that's|that\s+is|this\s+is|it\s+was|that\s+was|the\s+(?:issue|problem|cause)
      \s+(?:is|was))\s+(?:most\s+)?(?:probably|possibly|maybe|perhaps|likely)\s+(?:just\s+)?{_CAUSE_NOUN}
    | (?:^|(?<=[.!?]\s{{0,3}}))(?:maybe|perhaps|possibly|probably)\s+(?:it's|it\s+is|that's|this\s+is
      |it\s+was)\s+(?:just\s+)?{_CAUSE_NOUN}
    """,
    needs="probably possibly maybe perhaps likely",
)
#: A disclaimer that opens a sentence and can be dropped with its "but".
_LEAD_IN = compile_pattern(r"(?:\s+on\s+this|\s+here)?\s*,?\s*but\b")


# -- CS203 ------------------------------------------------------------------

#: Clear hedges (weight 1) and modals or "seems" (weight 0.5), which are
#: often just facts ("it may take 10 minutes").
_STRONG_CUES = compile_pattern(
    r"""
    \b(?:maybe|perhaps|possibly|probably|presumably|supposedly|hopefully)\b
    | \bmost\s+likely\b
    | \b(?:I|we)\s+(?:think|believe|guess|suppose|reckon|suspect|assume|imagine)\b
      (?!\s+(?:you|u)\b(?!'re|\s+(?:are|will|should|might|may|could|have|need)))
    | \b(?:I|we)(?:'d|\s+would)\s+(?:guess|say)\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:(?:kind|sort)\s+of\s+|just\s+)?
      (?:guessing|thinking|hoping)\b
    | \b(?:I|we)\s+feel\s+like\b
    | \bmy\s+guess\b
    | \bnot\s+(?:really\s+|totally\s+|entirely\s+|completely\s+|quite\s+|100%\s+)?
      (?:sure|certain)\b
    | \bunsure\b
    | \b(?:though|but|although)\s+not\s+(?:completely|entirely|totally|100%|fully)\b
    | \b(?:fairly|pretty|reasonably|quite|almost)\s+(?:sure|certain|confident)\b
    | \b(?:it's|it\s+is|that's|that\s+is|is|was|I'm|I\s+am|we're|we\s+are)\s+
      (?P<sortof>(?:sort|kind)\s+of)\b
    | \bin\s+theory\b
    | \bas\s+far\s+as\s+I\s+(?:know|can\s+tell)\b
    | \b(?:I|we)(?:'d|\s+would)\s+(?:think|imagine)\b(?!\s+(?:you|u)\b)
    | \b(?:I|we)\s+(?:might|may|could)\s+be\s+(?:totally\s+|completely\s+)?(?:wrong|mistaken)\b
    | \bcould\s+be\s+wrong\b
    | \bdon't\s+(?:quote\s+me|hold\s+me\s+to)\b
    | \bfingers\s+crossed\b
    | \b(?:potentially|conceivably)\b
    | \bit\s+would\s+(?:appear|seem)\b
    | \bor\s+at\s+least\s+(?:partially|partly|in\s+part)\b
    | \bwith\s+(?:any|a\s+bit\s+of|some)\s+luck\b
    | \bif\s+(?:we're|we\s+are|I'm|I\s+am)\s+lucky\b
    | \b(?:I|we)\s+hope\s+(?:that\s+)?(?:this|that|it)\s+(?:will\s+|should\s+)?
      (?:works?|fix(?:es)?|solves?|sorts?|resolves?|does\s+the\s+trick)\b
    | \b(?:I|we)\s+(?:don'?t|do\s+not)\s+(?:really\s+)?(?:think|know)\b
    | \b(?:I|we)(?:'ll|\s+will|\s+can|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to)
      \s+(?:try\s+(?:to|and)|try\s+(?:my|our)\s+(?:best|hardest)|do\s+(?:my|our)\s+best
        |see\s+(?:if|whether|what)\s+(?:I|we)\s+can)\b
    | \blet\s+me\s+(?:try\s+(?:to|and)|see\s+(?:if|whether|what)\s+I\s+can)\b
    | \b(?:I|we)\s+(?:might|may|could)\s+(?:possibly\s+)?be\s+able\s+to\b
    """
)
_WEAK_CUES = compile_pattern(
    r"""
    \b(?:might|may|could)\b
    | \bshould\b
    | \b(?:seems?|appears?|seemingly|apparently)\b
    | \b(?:looks|sounds)\s+like\b
    | \blikely\b
    """
)

#: Trigger entries one of which every clear hedge holds ("do my best" and
#: "see if I can" are tested separately: "best" and "see" alone are
#: everywhere). A common word is paired with a word its construction needs
#: in the same sentence, both standing between spaces or at word ends in
#: every match: "try" only with the future or "can" of "I'll try to" or the
#: "let" of "let me try", "sure" only with the "not" or "fairly" before it,
#: "don't" only with the "know" of "I don't know" (its "think" and the
#: "hold" and "quote" of "don't hold me to it" are entries of their own).
_STRONG_ENTRIES = (
    "maybe perhaps possibly probably presumably supposedly hopefully think "
    "believe guess suppose reckon suspect assume imagine guessing thinking "
    "hoping unsure theory wrong mistaken luck lucky hope potentially conceivably "
    "appear seem partially partly "
    + all_of("likely", "most")
    + " "
    + all_of("say think imagine", "i'd we'd would")
    + " "
    + all_of("feel", "like")
    + " "
    + all_of("sure certain", "not fairly pretty reasonably quite almost")
    + " "
    + all_of("confident", "fairly pretty reasonably quite almost")
    + " "
    + all_of("completely entirely totally fully 100", "not")
    + " "
    + all_of("sort kind", "of")
    + " "
    + all_of("far", "as")
    + " "
    + all_of("know", "don't dont not")
    + " "
    + all_of("quote hold", "don't")
    + " "
    + all_of("crossed", "fingers")
    + " "
    + all_of("part", "least")
    + " "
    + all_of("try", "i'll we'll will can going let")
    + " "
    + all_of("able", "might may could")
)
_STRONG_GATE = Triggers(trigger_words(_STRONG_ENTRIES))

_BEST = compile_pattern(r"\b(?:do|try)\s+(?:my|our)\s+(?:best|hardest)\b")
_SEE_IF_CAN = compile_pattern(r"\bsee\s+(?:if|whether|what)\s+(?:I|we)\s+can\b")

#: Modals that are requests, offers or the customer's options, not doubt.
_MODAL_NOT_HEDGE_BEFORE = compile_pattern(r"\b(?:you|u|if|and\s+if)\s*$")
_MODAL_NOT_HEDGE_AFTER = compile_pattern(
    r"""
    \s+(?:you|u|I|we|not\b|n't|also\s+want|want|wish|need|like|prefer|be\s+able
      |have\s+to|just\s+want)
    | n't
    """
)
_SHOULD_NOT_HEDGE_AFTER = compile_pattern(
    r"\s+(?:you|u|I|we|not\b|receive|get|have\s+received)"
)


@attrs.frozen
class _Cue:
    start: int
    end: int
    weight: float


@functools.cache
def _strong_words() -> frozenset[str]:
    """
    Words one of which every strong cue holds: the gate's, and those of
    "do my best" and "see if I can", which open it too.
    """
    return _STRONG_GATE.words | {"best", "hardest", "see"}


#: The strong cues' entries with "do my best" and "see if I can"'s words: a
#: cue is read only near a sentence that meets one ("could+able", not
#: "could"; issue 15, round 13).
_STRONG_NEAR = Triggers(trigger_words(_STRONG_ENTRIES) | {"best", "hardest", "see"})


def _cues(doc: Document) -> dict[int, list[_Cue]]:
    """
    The hedge cues of the reply, by sentence index.
    """
    text = doc.text
    out: dict[int, list[_Cue]] = {}
    words = doc.words
    if (
        not _STRONG_GATE.met(doc)
        and not (
            ("best" in words or "hardest" in words)
            and ("my" in words or "our" in words)
            and _BEST.search(text)
        )
        and not ("see" in words and "can" in words and _SEE_IF_CAN.search(text))
    ):
        return out
    for m in near_met(_STRONG_CUES, doc, _STRONG_NEAR):
        start, end = m.span()
        if doc.in_quote(start, end):
            continue
        if m.group("sortof") is not None:
            start = m.start("sortof")
        out.setdefault(doc.sentence_index(start), []).append(_Cue(start, end, 1.0))
    if not out:
        return out
    for m in _WEAK_CUES.finditer(text):
        start, end = m.span()
        if doc.sentence_index(start) not in out or doc.in_quote(start, end):
            continue
        word = m.group().lower()
        before = text[max(0, start - 12) : start]
        if word in ("might", "may", "could"):
            if _MODAL_NOT_HEDGE_BEFORE.search(before) or _MODAL_NOT_HEDGE_AFTER.match(
                text, end, end + 200
            ):
                continue
            if doc.clause_at(start).speaker == "customer":
                continue
        elif word == "should" and (
            _MODAL_NOT_HEDGE_BEFORE.search(before)
            or _SHOULD_NOT_HEDGE_AFTER.match(text, end, end + 200)
        ):
            continue
        out[doc.sentence_index(start)].append(_Cue(start, end, 0.5))
    return out


@rule(
    code="CS203",
    name="stacked-hedges",
    family=_FAMILY,
    message="Several hedges in one sentence: {excerpt!r}",
    why=(
        'Each hedge alone may pass; piled up ("I think maybe it could '
        'possibly be…") they tell the customer nobody knows what is going '
        'on (seed 003, "Speak with Confidence").'
    ),
    fix="Keep one qualifier at most, or check and state the answer",
    bad=(
        "I think maybe the problem is with your browser?",
        "In theory the refund should probably land in 3–5 days, I think.",
        "Perhaps it might be worth possibly trying a different card?",
        "I believe it's probably still valid, but I'm not totally sure.",
    ),
    good=(
        "You might see a temporary £1 hold on your card; it drops off within 3 days.",
        "Maybe you'd prefer store credit instead? Just let me know.",
        "The tracking says it may arrive between 2pm and 4pm.",
        "Could you possibly send a photo of the label?",
        "It sounds like your account may have been locked, so I've unlocked it.",
    ),
    # The clear hedges' entries (`_STRONG_ENTRIES`), and the words of "do my
    # best" and "see if I can", which `_cues` tests on their own ("best"
    # and "see" alone are in one reply in twenty: issue 15).
    triggers=trigger_words(
        _STRONG_ENTRIES
        + " "
        + all_of("best hardest", "my our")
        + " see+if+can see+whether+can see+what+can"
    ),
    confidence=1.0,  # measured, round 7 (see docstring)
)
def stacked_hedges(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a sentence that piles up hedges: two or more clear cues ("maybe",
    "perhaps", "possibly", "probably", "hopefully", "I think", "I guess",
    "not sure", "sort of", "in theory", "as far as I know", "I'll try to",
    "I'll do my best to"), with "might", "may", "could", "should",
    "seems" and "likely" counting half.

    Modals that ask or offer ("could you", "you might want to", "you may
    need to", "should you need") are not counted: they are politeness, not
    doubt. One hedge alone is left to the other CS2xx rules.

    ## Known limitations
    A sentence with a hedge that CS201 or CS202 also reports gets both
    findings: this rule reports the pile-up, those the single cue.

    ## Confidence
    1.0: the rule's precision over the pooled agreed dev labels (sets E,
    F and H with their second readers, set G's hold-out aggregate), round
    7: right/hits 49/49 (E 12/12, F 14/14, G 14/14, H 9/9), add-one smoothed ((right+1)/(hits+2)) and
    rounded to 0.05.
    """
    for cues in _units(doc, _cues(doc)):
        for group in _clusters(cues):
            score = sum(c.weight for c in group)
            strong = sum(1 for c in group if c.weight >= 1)
            if len(group) < 2 or score < 2 or strong < 1:
                continue
            yield _stack_match(group, strong)


def _units(doc: Document, cues: dict[int, list[_Cue]]) -> Iterator[list[_Cue]]:
    """
    The cues grouped by sentence, a short question fragment joining the
    question before it ("I think it's the voucher? Maybe?", "Maybe a
    glitch? Possibly the bank?").
    """
    sentences = doc.sentences
    unit: list[_Cue] = []
    last = -2
    for index in sorted(cues):
        sent = sentences[index]
        joins = (
            index == last + 1
            and doc.text[sentences[last].end - 1] == "?"
            and sent.end - sent.start <= _FRAGMENT
        )
        if unit and not joins:
            yield unit
            unit = []
        # extend, not unit + ...: a long run of joined question fragments
        # was copied once per sentence (quadratic).
        unit.extend(cues[index])
        last = index
    if unit:
        yield unit


#: A sentence this short after a question is a fragment of the same guess.
_FRAGMENT = 40

#: Hedges further apart than this are separate thoughts, not a pile-up.
_CLUSTER_GAP = 60


def _clusters(cues: list[_Cue]) -> Iterator[list[_Cue]]:
    group: list[_Cue] = []
    for cue in sorted(cues, key=lambda c: c.start):
        if group and cue.start - group[-1].end > _CLUSTER_GAP:
            yield group
            group = []
        group.append(cue)
    if group:
        yield group


def _stack_match(cues: list[_Cue], strong: int) -> Match:
    return Match(
        min(c.start for c in cues),
        max(c.end for c in cues),
        data={"count": str(len(cues))},
        suggestions=(
            Suggestion(
                "Say what you know, then what you'll check: “The refund lands "
                "in 3–5 working days; I'll confirm the exact date tomorrow.”"
            ),
        ),
        confidence=0.9 if strong >= 2 else 0.75,
    )


# -- CS204 ------------------------------------------------------------------

_HOPE = compile_pattern(
    r"""
    \bhopefully,?\s+(?:this|that|it|everything|things|all|these|those|the|your|our)\b
      (?:\s+(?!will|should|might|works?|fix(?:es)?|helps?)\w+){0,2}?
      \s+(?:will\s+|should\s+|'ll\s+|might\s+)?
      (?:works?(?!\s+out\b)|fix(?:es)?|solves?|sorts?(?:\s+(?:it|this|that|things))?|resolves?
        |does\s+the\s+trick|does\s+it|gets?\s+(?:it|things)\s+working|clears?\s+(?:it|this)
        |takes?\s+care\s+of\s+(?:it|this)|did\s+the\s+trick|worked|fixed\s+it)\b
    | \bhopefully\s+(?:that's|this\s+is|it's|that\s+is|it\s+is|this\s+has|that\s+has
      |it\s+has|it'll\s+be|that'll\s+be|everything\s+is|everything's)\s+(?:now\s+)?
      (?:fixed|sorted|resolved|working|solved|done\s+the\s+trick|sorted\s+it|fixed\s+it)\b
    | \bhopefully\s+(?:fix(?:es)?|sorts?|solves?|resolves?)\b
    | \bhopefully\s+(?:I|we)(?:'ll|\s+will|\s+can|'ve|\s+have)\s+
      (?:(?:get|have|got)\s+(?:it|this|that|things|everything|you)\s+(?:fixed|sorted|resolved
        |working|back\s+up)|fix(?:ed)?|sort(?:ed)?|resolve[sd]?|solve[sd]?)\b
    | \b(?:I|we)(?:\s+hope|'re\s+hoping|\s+are\s+hoping|'m\s+hoping|\s+am\s+hoping)\s+
      (?:that\s+)?(?:this|that|it|these\s+steps|the\s+(?:fix|reset|update|patch|change))\s+
      (?:will\s+|should\s+|'ll\s+)?(?:works?|fix(?:es)?|solves?|sorts?|resolves?
        |does\s+the\s+trick|gets?\s+it\s+working)\b
    | \b(?:I|we)(?:'re|\s+are|'m|\s+am)?\s+(?:hope|hoping)\s+(?:that\s+)?
      (?:it|this|that|the|our|we|everything|things)\b(?:\s+\w+(?:'\w+)?){0,4}?\s+
      (?:fixed|sorted|resolved|restored|solved|working\s+again|back\s+up)\b
    | \b(?:I|we)(?:'re|\s+are|'m|\s+am)\s+hoping\s+(?:that\s+)?
      (?:it's|it\s+is|it'll|it\s+will|this\s+is|this\s+will|that\s+will|that'll|we\s+can|we'll
        |we\s+will|to)\s+(?:be\s+|get\s+|have\s+it\s+)?
      (?:sorted|fixed|resolved|working|back\s+up|sort|fix|resolve|solve)\b
    | \b(?:fingers\s+crossed|crossing\s+(?:my|our)\s+fingers
      |keep(?:ing)?\s+(?:my|our)\s+fingers\s+crossed)\s+(?:that\s+)?
      (?:this|that|it|the(?:\s+\w+){1,2}?)(?:'ll|\s+will|\s+should)?\s+(?:works?|fix(?:es)?|solves?
        |sorts?|resolves?|clears?|does\s+the\s+trick|did\s+the\s+trick|worked|does\s+it
        |did\s+it|helps?|gets?\s+it\s+working)\b
    | \b(?:I|we)(?:'m|'re|\s+am|\s+are)?\s+(?:hope|hoping)\s+(?:that\s+)?
      (?:we|I|it|this|that|the\s+\w+(?:\s+team)?|our\s+\w+)
      (?:'ll|\s+will|\s+can|\s+should|\s+manages?\s+to|'re\s+able\s+to|\s+are\s+able\s+to
        |\s+is\s+able\s+to)\s+(?:find|fix|sort|resolve|solve|get\s+(?:it|this|that|you)
        |locate|recover|restore|repair|replace|deliver|ship|reach|track|trace|clear|reverse)\b
    | \b(?:with\s+(?:any|a\s+bit\s+of|some)\s+luck|if\s+(?:we're|we\s+are|I'm|I\s+am)\s+lucky
      |touch\s+wood|knock\s+on\s+wood)\b
    # Round 7 (set H): luck wished on any outcome of the service, not only
    # on a fix ("fingers crossed it turns up today", "fingers crossed it
    # picks up Friday"); not luck for the customer's own event ("fingers
    # crossed for sunshine", "fingers crossed it stays dry for the wedding").
    | \b(?:fingers\s+crossed|crossing\s+(?:my|our)\s+fingers|keep(?:ing)?\s+(?:my|our)\s+fingers\s+crossed)
      ,?\s+(?:that\s+)?(?:it|this|that|they|(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)
      (?:'ll|\s+will|\s+should|\s+(?:does|doesn't|won't|don't))?\s+
      (?!rain|snow|stays?\s+(?:dry|sunny|nice|fine)|holds?\s+off|(?:is|are|be)\s+(?:sunny|dry|nice|lovely|fun|great|amazing))
      (?:turns?|arrives?|comes?|picks?|goes|go|gets?|shows?|lands?|clears?|reaches|reach|ships?|works?|updates?
        |appears?|reappears?|is\s+(?:back|there|sorted|ready|fixed|delivered)|are\s+(?:back|there|ready|sorted)
        |will\s+be|be\s+(?:back|there|ready|sorted|fixed|delivered|ok|okay|fine)|(?:is|are|'s)\s+(?:ok|okay|fine)
        |restores?|syncs?|loads?|connects?|boots?|starts?|runs?|processes|posts?|refunds?|approves?)\b
    | \bhopefully,?\s+(?!(?:noth|everyth|someth|anyth|morn|even|th)ing\b)(?:re-?)?[a-z]+ing\b
      [^.!?\n]{0,60}?\b(?:will|should|'ll|might|may)\s+(?:\w+\s+)?(?:fix|sort|solve|resolve
        |clear|help|work|do\s+the\s+trick|get\s+(?:it|things)\s+working)\b
    | \bto\s+hopefully\s+(?:get|start|fix|sort|resolve|speed|make|bring|have)\b
    # Round 9 (issue 14): hope and luck in other words on the agent's own
    # fix: "here's hoping it goes through", "here's to it clearing this
    # time", "I'm praying this sorts it", "I hope against hope the reset
    # finally clears it", "... if the stars align". Hope for the customer's
    # own event ("here's to a great trip", "praying for your recovery") has
    # no fix verb after it and stays silent.
    | \bhere's\s+(?:hoping|to)\s+(?:that\s+)?(?:it|this|that|the\s+(?:[\w-]+\s+){0,2}?(?:fix|reset|update|patch
      |change|refund|payment|transfer|code|request|claim|reissue|resubmission|rebuild|repair|replacement))\s+
      (?:(?:will|'ll|should|finally|actually|now)\s+)*(?:works?|working|fix(?:es|ing)?|sorts?|sorting|solves?|resolves?
      |clears?|clearing|lands?|landing|goes\s+through|going\s+through|gets?\s+(?:it|things)\s+working|does\s+the\s+trick
      |doing\s+the\s+trick|sticks?|sticking|holds?|holding)\b
    | \b(?:I|we)(?:'m|'re|\s+am|\s+are)?\s+(?:pray|praying|hope\s+against\s+hope|hoping\s+against\s+hope)\s+(?:that\s+)?
      (?:it|this|that|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:will|'ll|should|finally|actually|now)\s+)*
      (?:works?|fix(?:es)?|sorts?|solves?|resolves?|clears?|stops?|does\s+the\s+trick|gets?\s+(?:it|things)\s+working
      |goes\s+through|lands?)\b
    | ,?\s*\bif\s+(?:the\s+stars\s+align|the\s+gods\s+are\s+(?:kind|with\s+us)|luck\s+is\s+on\s+our\s+side
      |we\s+get\s+lucky|our\s+luck\s+holds)\b
    """
)
_TAIL_HOPE = compile_pattern(r",\s*(?P<cue>I\s+hope|hopefully)\s*[.!\u2026]*\s*$")
_LONE_HOPE = compile_pattern(
    r"(?P<cue>hopefully|fingers\s+crossed|I\s+hope\s+so)\s*[.!\u2026]*\s*(?:\U0001F91E)?"
)
_AGENT_ACTION = compile_pattern(
    r"\b(?:I|we)(?:'ve|\s+have|'ll|\s+will|'m\s+going\s+to|\s+just)\s+\w+"
)


@rule(
    code="CS204",
    name="hoping-it-works",
    family=_FAMILY,
    message="Leaves the fix to hope or luck: {excerpt!r}",
    why=(
        '"Hopefully this works" and "fingers crossed" tell the customer '
        "you don't know whether your own fix will hold, so they brace for "
        'another contact (seed 003, "Speak with Confidence").'
    ),
    fix="Say what the fix does and what happens if it doesn't",
    bad=(
        "I've reset the sync settings. Hopefully this works!",
        "I'm going to reset your account now, fingers crossed it does the trick.",
        "It should work now, I hope.",
        "We're hoping it's sorted by tonight.",
        "I suppose the replacement could arrive by Friday, if we're lucky.",
        "Hopefully re-uploading the file under Settings will fix it.",
    ),
    good=(
        "Here's the link to the returns page. Hope this helps!",
        "Your order ships tomorrow. I hope you have a great weekend!",
        "We're hoping for clear skies on launch night too!",
        "Hopefully we'll see you on board again soon.",
        "Fingers crossed for sunshine at the wedding!",
        "Hopefully everything works out with the move!",
    ),
    triggers=trigger_words(
        "hopefully hope hoping fingers luck lucky wood pray praying stars gods "
        + all_of("here's", "hoping to")
    ),
    confidence=0.9,  # measured, round 7 (see docstring)
)
def hoping_it_works(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags the agent leaving its own fix to hope or luck: "hopefully this
    works", "hopefully that's sorted", "I hope this fixes it", "we're
    hoping it's sorted by tonight", "fingers crossed it does the trick",
    "with any luck", "if we're lucky", a trailing ", I hope.", a lone
    "Hopefully." or "Fingers crossed!" after the agent has done something,
    hope on a fix named by what it does ("hopefully re-uploading it will
    fix it") and an action taken to "hopefully" get a result ("I can log a
    request to hopefully start getting it stocked").

    "Hope this helps" (a closing after information), "I hope you have a
    great weekend" and hopes about things that are nobody's fix ("hoping
    for clear skies", "hopefully we'll see you again") are not flagged.

    ## Confidence
    0.9: the rule's precision over the pooled agreed dev labels (sets E,
    F and H with their second readers, set G's hold-out aggregate), round
    7: right/hits 8/8 (E 1/1, F 3/3, G 2/2, H 2/2), add-one smoothed ((right+1)/(hits+2)) and
    rounded to 0.05.
    """
    text = doc.text
    seen: set[int] = set()
    suggestion = Suggestion(
        "Say what you did and the next step if it isn't fixed: “I've reset "
        "the sync settings; if it still fails, reply here and I'll escalate "
        "it today.”"
    )
    for m in hoping_it_works.near(_HOPE, doc):
        start, end = m.span()
        if doc.negated(start, window=2):
            continue
        seen.add(start)
        yield Match(start, end, suggestions=(suggestion,))
    first_action = _AGENT_ACTION.search(text)
    for i, sent in enumerate(doc.sentences):
        tail = _TAIL_HOPE.search(text, max(sent.start, sent.end - 40), sent.end)
        if tail is not None:
            s, e = tail.start("cue"), tail.end("cue")
            if s not in seen:
                seen.add(s)
                yield Match(s, e, suggestions=(suggestion,), confidence=0.8)
        if sent.end - sent.start > 30 or not i:
            continue
        lone = _LONE_HOPE.fullmatch(sent.text)
        if lone is None or first_action is None or first_action.end() > sent.start:
            continue
        s = sent.start + lone.start("cue")
        if s not in seen:
            seen.add(s)
            yield Match(
                s,
                sent.start + lone.end("cue"),
                suggestions=(suggestion,),
                confidence=0.7,
            )


# -- CS205 ------------------------------------------------------------------

#: What a fix does when it works.
_WORKS = r"""
    (?:work|works|help|helps|fix\s+(?:it|this|that|the\s+\w+|your\s+\w+)|resolve\s+(?:it|this|that|the\s+\w+
      |your\s+\w+)|clear\s+(?:it|this|that|the\s+\w+)|do\s+the\s+trick|go\s+through
      |be\s+(?:approved|accepted|enough|fixed|sorted|resolved)|succeed|make\s+a\s+difference
      |sort\s+(?:it|this|that)(?:\s+out)?|solve\s+(?:it|this|that|the\s+\w+)|get\s+(?:it|you)\s+back)
"""
#: Doubt whether the agent's own fix or request will work.
_DOUBT = scan(
    rf"""
    \b(?:I|we)\s+(?:can't|cannot|can\s+not|couldn't)\s+(?:really\s+|honestly\s+|yet\s+)?
      (?:say|tell|know)\s+(?:for\s+(?:sure|certain)\s+)?(?:whether|if)\s+
      (?:it|this|that|they|the\s+[\w-]+|(?:re-?)?[a-z]+ing(?:\s+[\w-]+){{0,3}}?)
      (?:'ll|\s+will|\s+would|'d|\s+is\s+going\s+to)\s+
      (?:\w+\s+){{0,2}}?{_WORKS}\b
    | \b(?:I|we)\s+(?:don't|do\s+not|don't\s+really)\s+(?:really\s+)?know\s+(?:if|whether)\s+
      (?:it|this|that|they|the\s+[\w-]+)(?:'ll|\s+will|\s+would|'d)\s+(?:\w+\s+){{0,2}}?{_WORKS}\b
    | \b(?:it|this|that|(?:some|the)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?:may|might)\s+or\s+(?:may|might)\s+not
      (?=\s*(?:be\b|[.,;!]))
    | \b(?:it|this|that)\s+(?:may|might)\s+or\s+(?:may|might)\s+not\s+(?:{_WORKS}
      |have\s+(?:worked|helped|fixed\s+it|done\s+the\s+trick|gone\s+through))\b
    | \b(?:in\s+theory|theoretically|in\s+principle|on\s+paper)\b,?\s+[^.!?\n]{{0,60}}?
      \b(?:should|will|'ll|ought\s+to|would)\s+(?:\w+\s+){{0,2}}?(?:{_WORKS}|work\s+again
        |be\s+(?:fine|ok|okay|working|back\s+to\s+normal))\b
    | \b(?:should|will|'ll|ought\s+to|would)\s+(?:\w+\s+){{0,2}}?(?:{_WORKS}|work\s+again)
      (?:\s+now)?\s*,?\s+(?:in\s+theory|theoretically|in\s+principle|on\s+paper)\b
    | \b(?:should|ought\s+to|would)\s+(?:do|be\s+(?:fine|ok|okay|right|there|through|done))
      \s*,?\s+(?:in\s+theory|theoretically|in\s+principle|on\s+paper)\b
    | (?<=[,;\u2013\u2014-]\s{{0,3}})(?:so\s+)?(?:we'll|we\s+will|I\s+guess\s+we'll)\s+(?:just\s+)?
      (?:have\s+to\s+)?(?:wait\s+and\s+)?see(?:\s+how\s+it\s+goes|\s+what\s+happens)?
      (?=\s*(?:[.!\u2026]|$))
    | \b(?:it|this|that)(?:'s|\s+is)\s+(?:(?:probably|definitely|still)\s+)?(?:worth\s+a\s+(?:shot|try|go)
      |a\s+long\s+shot)\b
    | \b(?:it|this|that)\s+(?:might|may|could)\s+(?:just\s+)?(?:not\s+)?(?:work|do\s+the\s+trick)\b
      (?!\s+(?:for|to|if|on|with|better)\b)
    | \bno\s+idea\s+(?:if|whether)\s+(?:it|this|that)(?:'ll|\s+will|\s+would)\s+(?:\w+\s+){{0,2}}?{_WORKS}\b
    # Round 9 (issue 14): the same doubt in other words -- no telling or
    # no guarantee whether the fix will work, the agent not confident it
    # will, a long shot, might not make any difference.
    | \b(?:(?:there's|there\s+is|there\s+are)\s+)?no\s+(?:telling|knowing|saying|way\s+(?:of|to)\s+(?:know(?:ing)?|tell(?:ing)?)
      |guarantee(?:s)?|promises)\s+(?:(?:that|for\s+sure|for\s+certain)\s+)?(?:(?:if|whether)\s+)?
      (?:it|this|that|they|the\s+[\w-]+)(?:'ll|\s+will|\s+would|\s+is\s+going\s+to)\s+(?:\w+\s+){{0,2}}?{_WORKS}\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:not|far\s+from)\s+(?:(?:entirely|totally|fully|very|too|that|all\s+that|100%)\s+)?
      (?:confident|convinced|hopeful|optimistic)\s+(?:that\s+)?(?:it|this|that|they|the\s+[\w-]+)
      (?:'ll|\s+will|\s+would|\s+is\s+going\s+to)\s+(?:\w+\s+){{0,2}}?{_WORKS}\b
    | \b(?:it|this|that)(?:'s|\s+is)\s+(?:(?:probably|definitely|still|a\s+bit|rather|quite|something|admittedly)\s+)?
      (?:of\s+)?a\s+long\s+shot\b
    | \b(?:it|this|that)\s+(?:might|may|could)\s+(?:well\s+)?not\s+make\s+(?:any|a|much\s+of\s+a|much)\s+difference\b
      (?!\s+to\b)
    """,
    # The negation each doubt is said with ("can't say whether", "don't
    # know if", "no idea if", "we'll see"): "know if" and "see" alone are in
    # many replies.
    needs=all_of("say tell know", "whether if", "can't cannot couldn't not don't")
    + " "
    + all_of("idea", "whether if", "no")
    + " "
    + all_of("worth long", "shot try go")
    + " "
    + all_of("work trick", "might may could")
    + " may+or might+or theory theoretically principle paper see+we'll see+will "
    + all_of("telling knowing saying way guarantee guarantees promises", "no")
    + " "
    + all_of("confident convinced hopeful optimistic", "not far")
    + " "
    + all_of("difference", "not"),
)


@rule(
    code="CS205",
    name="doubts-own-fix",
    family=_FAMILY,
    message="Doubts whether its own fix will work: {excerpt!r}",
    why=(
        '"I can\'t really say whether it\'ll work" and "it\'s worth a shot" '
        "tell the customer the agent is guessing, so they expect to contact "
        'support again (seed 003, "Speak with Confidence": sounding unsure of '
        "your own fix makes the customer unsure of it too)."
    ),
    fix="Say what the fix does and what happens if it doesn't",
    bad=(
        "I'll ask the merchant to reverse it, but I can't really say whether it'll work.",
        "I've reset the router from here, though I don't know if that'll fix it.",
        "I've resubmitted the claim, but I can't say if it'll be approved.",
        "It's worth a shot, so I've resent the activation email.",
    ),
    good=(
        "I can't say exactly when the merchant will reply, but I'll update you by Thursday.",
        "I don't know if you've had a chance to try the new app yet?",
        "Restarting might work for some users, but I've also reset the line.",
        "I'm not sure which plan you're on; could you confirm?",
        "We can't promise a date yet, but engineering will update you on Friday.",
    ),
    scans=(_DOUBT,),
    confidence=0.85,
)
def doubts_own_fix(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags the agent doubting whether its own fix or request will work:
    "I can't (really) say whether it'll work", "I don't know if that'll
    help", "it may or may not work", "it might do the trick", "it's worth
    a shot", "it's a long shot".

    Honest limits with a plan are not flagged: "I can't say when the
    merchant will reply, but I'll update you by Thursday" (doubt about
    someone else's timing, with a date), "we can't promise a date yet"
    (over-promising's good wording), and questions to the customer ("I
    don't know if you've tried the new app yet?"). A suggestion to the
    customer that may help some users ("restarting might work for some
    users") is not a doubt about the agent's fix.

    ## Known limitations
    A fix described in other words than "work", "help", "fix it", "do the
    trick", "go through" or "be approved" is not read.
    """
    text = doc.text
    for m in _DOUBT.in_sentences(doc):
        start, end = m.span()
        # "It should do, in theory?" is the answer said with a rising tone,
        # not a question to the customer (set H, round 7).
        if doc.in_quote(start, end) or (
            _asks(doc, end)
            and not (
                _IN_THEORY.search(m.group())
                and not _INVERTED.match(text, sentence_window(doc, start)[0], end)
            )
        ):
            continue
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Say what the fix does and the next step if it doesn't: "
                    "“I've asked the merchant to reverse one charge; if they "
                    "refuse, I'll raise a chargeback and update you by Thursday.”"
                ),
            ),
        )


#: A question by inversion ("Will it work in theory?").
_INVERTED = compile_pattern(
    r"\s*(?:@\w+\s+)*(?:will|would|should|shall|can|could|does|do|did|is|are|was|were|has|have|might|may)\b"
)
_IN_THEORY = compile_pattern(
    r"\b(?:in\s+theory|theoretically|in\s+principle|on\s+paper)\b"
)


RULES = (
    tentative_commitment,
    uncertain_knowledge,
    stacked_hedges,
    hoping_it_works,
    doubts_own_fix,
)
