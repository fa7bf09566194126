"""
Negative framing (CS7xx): dead-end refusals, shouting, a blunt "No."

Grounded in seed 000 ("Stay Positive and Empathetic": being negative or
dismissive only makes the situation worse; "be transparent about what you
can and can't do") and seed 003 ("Stay Aware of Your Facial Expressions and
Tone of Voice": how you say something is as important as what you say).

A refusal is only negative framing when the reply offers nothing else: the
rules look at the rest of the reply for what *can* be done ("but I can",
"instead", "you can", a link, "DM us"), with `offers_alternative`, which the
defensiveness family (CS6xx) shares. Shouting is judged in context: known
acronyms, codes, handles, links, product names and tweet signatures (^GA,
-SL, /RR) are not shouting; enthusiasm ("Happy birthday!!") is not either.

Besides the rules this module holds the reply-level helpers both families
use: where the sign-off and signature start (`body_end`), whether a tweet
is one part of a thread (`thread_part`), and the alternative detector
(`Alternatives`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from cs_lint._authoring.rule import Match, Triggers, all_of, rule, scan, trigger_words
from cs_lint._base.finding import Applicability, Edit, Family, Suggestion
from cs_lint._context.reply import (
    CLAUSE_BREAK,
    CLOSER,
    EMOJI,
    Alternatives,
    alternatives_of,
    body_end,
    clause_head,
    friendly,
    in_conditional,
    is_question,
    playful,
    reported_frame,
    thread_part,
)
from cs_lint._text.compiled import compile_cached
from cs_lint._text.document import Document, Sentence
from cs_lint._text.patterns import compile_pattern
from cs_lint._text.wordclasses import is_participle
from cs_lint._text.zones import BODY


_FAMILY = Family.NEGATIVE_FRAMING


# =============================================================================
# CS701 cant-without-alternative
# =============================================================================

#: Verbs after "can't" that are not refusals: "I can't wait", "we can't
#: thank you enough", "I can't believe it"; "can't promise" is honesty (and
#: the over-promising family's good example).
_NOT_REFUSAL = frozenset(
    {
        "wait",
        "believe",
        "thank",
        "imagine",
        "stress",
        "emphasise",
        "emphasize",
        "express",
        "apologise",
        "apologize",
        "praise",
        "agree",
        "promise",
        "guarantee",
        "overstate",
        "underline",
        "seem",
        "remember",
        "recall",
        "tell",
        "understand",
        "hear",
        "miss",
        "beat",
        "go",
        "lose",
        "fail",
        "be",
        "say",
        "speak",
        "comprehend",
        "relate",
        # Round 7: denying control or foresight is a deflection (the
        # defensiveness family's), not a service refused: "we can't
        # control emergencies", "we cannot foresee strikes".
        "control",
        "prevent",
        "foresee",
        "predict",
        "influence",
    }
)
#: "can't do that/this/it/anything" and "can't help (you) with" are
#: refusals, unlike "can't do without you" or "can't help but".
_DO_OBJECT = compile_pattern(
    r"\s+(?:that|this|it|anything|so|those|these|(?:any\s+)?(?:[\w-]+\s+)?(?:{REFUSED_THING}))\b"
)
_HELP_OBJECT = compile_pattern(r"\s+(?:(?:you|with)\b)(?!\s+but\b)")

#: Refusals by construction, each a scan that runs only over the sentences
#: that hold its words (most replies hold none, and pay a set look-up).
_CANT = scan(
    r"""
    # we/I can't VERB
    \b(?P<we>we|I)\s+(?:really\s+|simply\s+|just\s+|currently\s+|still\s+|unfortunately\s+
      |therefore\s+|also\s+|sadly\s+|now\s+)?(?:can't|cannot|can\s+not|cant)\s+
      (?:(?:really|currently|even|just|possibly|quite|actually|always|ever|yet)\s+)?(?P<verb>[\w-]+)
    # I can only help with orders
    | \b(?:we|I)\s+can\s+only\s+(?:help|assist|deal)\s+with\b
    # elliptical: "Sorry, we can't."
    | \b(?:we|I)\s+(?:really\s+|simply\s+|just\s+)?(?:can't|cannot|can\s+not)
      (?=\s*(?:[.!;]|,\s*(?:sorry|I'm\s+afraid|unfortunately)\b|$))
    # passive: can't be reopened
    | \b(?:can't|cannot|can\s+not|couldn't|could\s+not)\s+be\s+(?P<part>[\w-]+)
    # round 9: "the slot isn't able to be changed"
    | \b(?:isn't|is\s+not|aren't|are\s+not)\s+able\s+to\s+be\s+(?P<part>[\w-]+)
    """,
    needs="can't cannot cant couldn't "
    + all_of("able", "isn't aren't not")
    + " "
    + all_of("can could", "not")
    + " "
    + all_of("only", "help assist deal"),
    split=True,
)
_UNABLE = scan(
    r"""
    # we're unable to / not able to / not in a position to / won't be able to
    \b(?P<we2>we|I)(?:(?:'re|'m|\s+are|\s+am|'ll\s+be|\s+will\s+be)\s+(?:really\s+|currently\s+|still\s+
      |sadly\s+|unfortunately\s+|afraid\s+(?:we|I)(?:'re|'m|\s+are|\s+am)\s+)?
      (?:unable|not\s+able|not\s+in\s+a\s+position|not\s+going\s+to\s+be\s+able)
      |(?:\s+won't\s+be|\s+wont\s+be|\s+will\s+not\s+be|\s+shan't\s+be|\s+shall\s+not\s+be|\s+aren't
        |\s+wouldn't\s+be|\s+would\s+not\s+be)\s+
      (?:really\s+|currently\s+|still\s+|sadly\s+|unfortunately\s+)?(?:able|in\s+a\s+position))\s+to\s+
      (?P<verb2>[\w-]+)
    # elliptical: "We're not able to."
    | \b(?:we|I)(?:'re|'m|\s+are|\s+am|\s+won't\s+be|\s+will\s+not\s+be)\s+(?:unable|not\s+able)
      (?:\s+to)?(?=\s*(?:[.!;]|,\s*(?:sorry|I'm\s+afraid|unfortunately)\b|$))
    # we're not allowed / permitted to; we're not accepting new customers
    | \b(?:we|I)(?:'re|'m|\s+are|\s+am)\s+not\s+(?:allowed|permitted|authori[sz]ed)\s+to\b
    | \b(?:we|I)(?:'re|\s+are|'m|\s+am)\s+(?:currently\s+|just\s+|simply\s+)?not\s+(?:currently\s+)?
      (?:accepting|offering|taking|providing|issuing|selling|stocking|shipping|delivering|allowing
      |processing|refunding|honou?ring|extending|waiving|reissuing|replacing)\b
    """,
    needs="unable "
    + all_of("able", "not aren't won't wont shan't wouldn't")
    + " "
    + all_of("position", "not aren't won't wouldn't")
    + " "
    + all_of("allowed permitted authorised authorized", "not")
    + " "
    + all_of(
        "not",
        "accepting offering taking providing issuing selling stocking shipping delivering "
        "allowing processing refunding honouring honoring extending waiving reissuing replacing",
    ),
    split=True,
)
_HABITUAL = scan(
    r"""
    # we don't / won't / never / no longer offer ...
    \b(?:we|I|(?:the|our)\s+(?:[\w-]+\s+)?team)\s+(?:do\s+not|don't|dont|would\s+not|wouldn't|will\s+not
      |won't|wont|no\s+longer|never)
      \s+(?:currently\s+|usually\s+|normally\s+|generally\s+|ever\s+)?
      (?:{V_OFFER}
      |give\s+(?:out\s+)?(?:[\w-]+\s+)?(?:refunds|compensation|credits?|discounts?|vouchers?
        |upgrades|exceptions|cash)
      |do\s+(?:that|this|those|these)\b
      |do\s+(?:any\s+|free\s+)?(?:[\w-]+\s+)?(?:refunds|exchanges|returns|upgrades|deliveries
        |collections|repairs|installations|discounts|bookings|reservations|transfers|swaps
        |price[\s-]?match(?:es|ing)?|matching|matches|exceptions|cash|payment\s+plans|that\s+here)
      |do\s+(?:any\s+)?[\w-]+s\b(?=\s*(?:[.!;]|$|,?\s+(?:here|sorry|I'm\s+afraid|anymore|any\s+more
        |at\s+all)\b))
      |be\s+(?:making|offering|issuing|reissuing|replacing|honou?ring|refunding|giving|able|providing|accepting|doing|extending
        |waiving|changing|reopening|reinstating)
      |speculate|comment|disclose)\b
      (?!\s+(?:your|any\s+of\s+your|customers'?|personal)\s+(?:\w+\s+)?(?:data|details|information
      |info|address|number)\b)(?![^.!?\n]{0,30}\bthird[\s-]part)
    # I don't have the authority to; we don't have an option / any information / it in stock
    | \b(?:we|I)\s+(?:don't|do\s+not)\s+have\s+(?:the\s+)?(?:authority|ability|power|permission
      |clearance|rights?)\s+to\b
    | \b(?:we|I)\s+(?:do\s+not|don't|dont)\s+(?:currently\s+)?have\s+(?:that|this|those|these)\s+
      (?:information|info|details)\b
    | \b(?:we|I)\s+(?:do\s+not|don't|dont)\s+(?:currently\s+)?have\s+(?:a|an|any)\s+
      (?:[\w-]+\s+){0,2}?(?:option|facility|service|discount|scheme|programme|program|way
      |information|info|details|update|ETA)\b
    | \b(?:we|I)\s+(?:don't|do\s+not)\s+(?:currently\s+)?have\s+(?:that|this|it|them|those|these|any)\s+
      (?:[\w-]+\s+)?in\s+stock\b
    # we won't be getting it back in
    | (?:\b(?:we|I)|\band)\s+(?:won't|will\s+not)\s+be\s+(?:getting|restocking|bringing)\s+(?:it|them|any\s+more
      |more)\s+(?:back|in)\b
    # passive: won't be refunded
    | \b(?:won't|wont|will\s+not)\s+be\s+(?:{PASSIVE_IMPOSSIBILITY_PP})\b
    # round 9: "late claims won't be considered", "will not be entertained"
    | \b(?:won't|wont|will\s+not)\s+be\s+entertained\b
    | \b(?:won't|wont|will\s+not)\s+be\s+considered(?=\s*(?:[.!;]|$|for\b|after\b
      |if\b|unless\b|beyond\b|past\b|outside\b|at\s+this\b|under\b|on\s+this\b))
    """,
    needs=all_of("we i and team", "don't dont won't wont wouldn't never longer")
    + " "
    + all_of("not", "do will would")
    + " "
    + all_of("won't wont", "be"),
    split=True,
)
_DECLINE = scan(
    r"""
    # the system won't let me; our app doesn't allow that
    \b(?:system|systems|app|tool|website|site|portal|software|platform|policy)\s+(?:won't|will\s+not
      |doesn't|does\s+not|can't|cannot|isn't\s+letting|is\s+not\s+letting)\s+(?:let|allow|permit)\s+
      (?:me|us|that|this|refunds|changes)\b
      (?!\s+to\s+(?:charge|bill|share|sell|disclose|release|pass\s+on|give\s+out)\b)
    # round 9: any rule-holder refuses, in other verbs of permission ("head
    # office doesn't permit refunds to", "compliance won't sign off on", "the
    # airline's rules won't let us rebook you", "the server is not accepting")
    | \b(?:{AUTHORITY_REFUSER})\s+(?:won't|wont|will\s+not|doesn't|doesnt|does\s+not|don't|dont
      |do\s+not|can't|cannot|isn't|is\s+not|aren't|are\s+not)\s+
      (?:let(?:ting)?|allow(?:ing)?|permit(?:ting)?|accept(?:ing)?|approve|authori[sz]e
        |sign(?:ing)?\s+off\s+on)\s+
      (?:(?:me|us)\b(?!\s+to\s+(?:charge|bill|share|sell|disclose|release|pass\s+on|give\s+out)\b)
        |you\s+to\b(?!\s+(?:be|log|sign|get|connect|access|see|open|load)\b)
        |you\s+(?!be\b|log\b|sign\b|get\b|connect\b|login\b|access\b|see\b|open\b|load\b|in\b)[\w-]+\b
        |(?:that|this)\b|(?:an?|the|any|your)\s+(?:[\w-]+\s+){0,2}?(?:{REFUSED_THING}|request
          |requests|change|changes|increase|payment|booking|application|claim)\b|(?:{REFUSED_THING})\b)
    # we'll have to decline / we must refuse
    | \b(?:we|I)(?:'ll|\s+will|'d|\s+would|'ve|\s+have|\s+had|'re\s+going\s+to|'m\s+going\s+to
      |\s+(?:am|are)\s+going\s+to|\s+regret\s+(?:that\s+)?(?:we|I))?
      (?:\s+(?:have|had|need)\s+to|\s+must)\s+(?:respectfully\s+|politely\s+)?
      (?:decline|refuse|reject|deny|say\s+no)\b
    | \b(?:request|claim|application|appeal|complaint|dispute|refund\s+request|return\s+request)s?\s+
      (?:(?:has\s+been|have\s+been|was|were|is|are|had\s+been)\s+(?:declined|denied|rejected|refused
      |turned\s+down|unsuccessful|not\s+approved|not\s+successful|not\s+accepted)
      |(?:has|have|had)\s+not\s+been\s+(?:successful|approved|accepted)|(?:hasn't|haven't|hadn't|wasn't|weren't)\s+
      (?:been\s+)?(?:successful|approved|accepted))\b
    # that's not going to work; that won't happen
    | \b(?:that|this|it)(?:'s|\s+is)\s+not\s+going\s+to\s+(?:work|happen|be\s+possible)\b
    | \b(?:that|this)\s+(?:won't|will\s+not)\s+(?:be\s+)?(?:happen|happening|possible)\b
    """,
    needs="decline refuse reject deny declined denied rejected refused unsuccessful "
    "successful approved accepted "
    + all_of("let allow permit", "won't doesn't can't cannot isn't not")
    + " "
    + all_of(
        "let letting allow allowing permit permitting accept accepting approve authorise "
        "authorize sign signing",
        "won't wont doesn't doesnt don't dont not can't cannot isn't aren't",
    )
    + " "
    + all_of("say", "no")
    + " "
    + all_of("going won't", "work happen happening possible"),
    split=True,
)
_NO_WAY = scan(
    r"""
    # there's no way / option to; nothing more we can do; nothing can be done
    \bthere(?:'s|\s+is)\s+(?:(?:really|simply|unfortunately|sadly|just|currently)\s+)?
      no\s+(?:way|option|facility|possibility|provision|means)\s+(?:to|for\s+(?:us|me)\s+to|(?:we|I)\s+can|of)\b
      # round 12 (reply sets t4-t11): knowing is not a service refused
      # ("there's no way to know it came from us": defensiveness reads it)
      (?!\s+(?:know|knowing|tell|telling|say|saying|prove|proving|be\s+sure|be\s+certain|confirm\s+where
        |establish|determine)\b)
    | \b(?:we|I)\s+(?:have|'ve\s+got)\s+no\s+(?:plans|way|option|means|ability|authority|power
      |permission)\s+to\b
    # there's no refund for unused nights; there isn't any way to
    | \bthere(?:'s|\s+is|\s+are|'re)\s+no\s+(?:[\w-]+\s+)?(?:{REFUSED_THING})\b
      (?!\s+(?:needed|required|necessary)\b)
    | \bthere\s+(?:isn't|is\s+not|aren't|are\s+not)\s+(?:any|a|an)\s+(?:[\w-]+\s+)?
      (?:{REFUSED_THING}|way|possibility)\b(?!\s+(?:needed|required|necessary)\b)
    | \b(?:nothing|not\s+much|not\s+a\s+lot|little|only\s+so\s+much)\s+(?:(?:else|more|further)\s+)?
      (?:that\s+)?(?:I|we)\s+(?:can|could)\s+(?:do|offer|provide)\b
    | \b(?:isn't|is\s+not|wasn't|was\s+not)\s+(?:anything|much)\s+(?:(?:else|more|further)\s+)?
      (?:that\s+)?(?:I|we)\s+(?:can|could)\s+(?:do|offer|provide)\b
    | \bnothing\s+(?:(?:else|more|further)\s+)?(?:can|could)\s+be\s+done\b
    # round 9: a limit of the company's own as the refusal
    | (?:\b(?:is|are)|'s|'re)\s+(?:(?:sadly|unfortunately|simply|just|well|currently)\s+)?beyond\s+
      (?:what(?:'s|\s+is)\s+possible|what\s+(?:we|I)\s+(?:can|could|are\s+able\s+to|am\s+able\s+to)
        \s+(?:do|offer|provide)|(?:our|my)\s+(?:remit|scope|capabilities))\b
    # a channel that does not exist: "there is no online booking"
    | \bthere(?:'s|\s+is|\s+are)\s+no\s+(?:online|phone|telephone|weekend|evening|same[\s-]day
      |next[\s-]day|home|in[\s-]person|walk[\s-]in|live|email)\s+(?:booking|bookings|option|service
      |support|appointments?|delivery|collection|chat|line)\b
      (?!\s+(?:fee|fees|charge|charges|cost|costs|needed|required|necessary)\b)
    # a rule as a slogan: "no receipt, no return"
    | \bno\s+[\w-]+,?\s+no\s+(?:{REFUSED_THING}|entry|admission|boarding|access|service)\b
      (?=\s*[.!]|\s*$)
    """,
    needs=all_of(
        "no",
        "online phone telephone weekend evening same-day next-day home in-person walk-in "
        "live email same next in walk",
    )
    + " "
    + all_of("no", "entry admission boarding access service")
    + " "
    + all_of(
        "no",
        "way option facility possibility provision means plans ability authority power "
        "permission",
    )
    + " "
    + all_of("no any", "{REFUSED_THING}")
    + " "
    + all_of("any isn't aren't not", "way possibility")
    + " "
    + all_of("nothing much lot little anything", "can could")
    + " beyond",
    split=True,
)
#: Refusals phrased as a rule about the thing asked for (NEG-11): a
#: present-tense passive of an offer verb ("trial extensions are not
#: granted", "contract pauses aren't offered"), "unavailable", "isn't
#: something we <any verb>", a request refused with its object named ("your
#: request for an extension has been refused"), no plans, promotions that
#: never combine, and finality ("the fee stands", "dates are fixed").
_POLICY = scan(
    r"""
    (?<!\b(?:you|they|he|she|I|we)\s)
    \b(?:is|are)\s+(?:(?:currently|generally|normally|usually|simply|just|strictly)\s+)?(?:not|n't)
      \s+(?:(?:currently|generally|normally|usually|ever)\s+)?(?:offered|granted|given|issued
      |provided|entertained|honou?red|arranged|waived|refunded|reimbursed)\b
      (?!\s+(?:to\s+you\s+)?(?:automatically|until|unless|without|by\s+(?:default|us)))
    | \b(?:isn't|aren't|isnt|arent)\s+(?:(?:currently|generally|normally|usually|ever)\s+)?
      (?:offered|granted|given|issued|provided|entertained|honou?red|arranged|waived|refunded
        |reimbursed)\b
      (?!\s+(?:to\s+you\s+)?(?:automatically|until|unless|without|by\s+(?:default|us)))
    | \b(?:is|are)\s+(?:currently\s+|sadly\s+|unfortunately\s+)?unavailable\s+(?:for|on|to|with)\b
    | \b(?:we|I)(?:'re|'m|\s+are|\s+am)\s+not\s+going\s+to\s+(?:{V_OFFER}|make\s+(?:an?\s+)?exceptions?
      |refund|replace|reimburse|compensate|change|cancel)\b
    | \b(?:we|I)\s+(?:do\s+not|don't|dont|cannot|can't|will\s+not|won't)\s+entertain\b
    | (?:\b(?:is|are)\s+not|'s\s+not|'re\s+not|\b(?:isn't|aren't|isnt|arent))\s+something\s+
      (?:that\s+)?(?:we|I|our\s+[\w-]+(?:\s+team)?)\s+(?:(?:usually|normally|generally|currently
      |ever)\s+)?(?!know\b|see\b|understand\b|recommend\b|advise\b|suggest\b|expect\b|want\b
      |need\b|think\b|like\b|hear\b|can\b|could\b|are\b|'re\b|'d\b|would\b|control\b|set\b
      |decide\b|determine\b|influence\b|govern\b|choose\b|own\b
      # round 12 (reply sets t4-t11): authorship denied, not a service
      # refused ("it's not something we made up": defensiveness reads it)
      |made\b|make\b|invented\b|invent\b|came\s+up\b|come\s+up\b|created\b|create\b|introduced\b
      |imposed\b|impose\b|caused\b|cause\b|wrote\b|write\b|chose\b|decided\b|set\s+up\b)[\w-]+
    | \b(?:request|application|claim|appeal)s?\s+(?:for|to)\s+(?:an?\s+|the\s+|your\s+)?[\w-]+
      (?:\s+[\w-]+)?\s+(?:has|have|was|were)\s+(?:been\s+)?(?:declined|denied|rejected|refused
      |turned\s+down|unsuccessful)\b
    | \bthere\s+(?:are|is)\s+(?:currently\s+)?no\s+(?:current\s+)?plans?\s+(?:for|to)\b
    | \b(?:codes?|discounts?|vouchers?|offers?|promotions?|coupons?|promo\s+codes?)\s+(?:never
      |don't|do\s+not|can't|cannot|won't|will\s+not)\s+(?:stack|combine|apply\s+to|work\s+(?:on|with))\b
    | \b(?:(?:loyalty|reward|bonus|air)\s+)?(?:points|rewards|miles|cashback)\s+(?:never|don't|do\s+not
      |can't|cannot|won't|will\s+not)\s+(?:apply\s+to|count\s+(?:towards|toward|on)|be\s+used\s+(?:on|for))\b
    | \b(?:the|your|this|that|our)\s+(?:[\w-]+\s+)?(?:fee|charge|fine|penalty|decision|charges
      |fees)\s+(?:still\s+)?stands\b
    | \b(?:(?:is|are)\s+(?:(?:then|now|therefore)\s+)?|and\s+(?:is|are)\s+)(?:fixed|final
      |set\s+in\s+stone)\b(?=\s*[.!;]|\s*$|\s+and\b|\s+once\b)
    """,
    needs="offered granted given issued provided entertained honoured honored arranged entertain "
    "waived refunded reimbursed "
    + all_of("points rewards miles cashback", "apply count used")
    + " "
    + all_of("not", "going")
    + " "
    "unavailable stands stack combine plans fixed final stone "
    + all_of(
        "code codes discount discounts voucher vouchers offer offers promotion "
        "promotions coupon coupons",
        "apply work",
    )
    + " "
    + all_of("something", "not isn't aren't isnt arent")
    + " "
    + all_of(
        "request requests application applications claim claims appeal appeals",
        "declined denied rejected refused turned unsuccessful",
    ),
    split=True,
)
#: A reply that opens by granting what was asked: a refusal later in it,
#: softened by a "but" clause, is a detail of the yes, not a dead end.
_YES_FIRST = compile_pattern(
    r"(?:@\w+\s+)*(?:(?:hi|hey|hello|dear)\b[^,.!\n]{0,30}[,.!]?\s*)?(?:yes|yep|yeah|sure|of\s+course"
    r"|absolutely|certainly|definitely|good\s+news)\b"
)
_BUT_AFTER = compile_pattern(r"[^.!?\n]{0,40}?,?\s+but\b")


def _body_start(doc: Document) -> int:
    """
    Where the reply's body starts (after a greeting line), or 0.
    """
    for z in doc.zones:
        if z.kind == BODY:
            return (
                z.start
                + len(doc.text[z.start : z.end])
                - len(doc.text[z.start : z.end].lstrip())
            )
    return 0


_FINAL = compile_pattern(r"\b(?:fixed|final|stone)\b")
#: The subject of a finality predicate that makes it good news: "your
#: price is fixed", "the rate is fixed for a year".
_GOOD_FIXED = compile_pattern(
    r"\b(?:price|prices|rate|rates|tariff|fare|fares|cost|costs|bill|premium|interest)\s+"
    r"(?:(?:is|are|will\s+be)\s+)?(?:[\w-]+\s+){0,2}$"
)
#: Round 7 (set H): refusals with no "we can't" -- an impersonal "not
#: something (the University / that) is able to do", "not something that is
#: possible" -- and emphatic or idiomatic ones: "no, no way", "absolutely no
#: chance", "a non-starter", "would never get approved", a negative closed
#: with "full stop" / "period", and the telegraphic "Nothing available."
_FLAT_NO = scan(
    r"""
    \bnot\s+something\s+(?:that\s+)?(?:(?:the|our|this|your)\s+)?(?:[\w-]+\s+){0,3}?(?:is|are)\s+
      (?:currently\s+|ever\s+)?(?:able|permitted|allowed|authori[sz]ed|in\s+a\s+position)\s+to\s+
      (?!say\b|tell\b|confirm\b|predict\b|guarantee\b|promise\b|control\b|influence\b)[\w-]+
    | \bnot\s+something\s+that(?:'s|\s+is|\s+would\s+be)\s+(?:currently\s+)?(?:possible|available|permitted|allowed
      |doable|feasible|an\s+option)\b
    | \bno,?\s+no\s+way\b
    | \b(?:absolutely|just|simply|really)\s+no\s+(?:chance|way)\b
      (?!\s+(?:of\s+)?(?:you|your|it|that|this|the\s+\w+)\s+(?:being|getting|will|would|'ll|is|are)\s+(?:be\s+)?
        (?:charged|billed|affected|lost|cancelled|deleted|penalised|penalized|double|taken)\b)
    | \bnon-?starter\b
    | \b(?:would|will|'d|'ll)\s+never\s+(?:get|be)\s+(?:approved|accepted|allowed|granted|permitted|signed\s+off
      |agreed|authori[sz]ed|sanctioned)\b
    | \b(?:doesn't|don't|does\s+not|do\s+not|won't|will\s+not|can't|cannot|isn't|aren't|not|never|no)\b
      [^.!?\n]{1,60}?,?\s+(?:full\s+stop|period)(?=\s*[.!]|\s*$)
    | (?:^|(?<=[.!?]\s{1,3}))nothing\s+(?:available|free|doing|left)(?=\s*[.!]|\s*$)
    """,
    needs=all_of(
        "something",
        "able permitted allowed authorised authorized position possible available "
        "doable feasible option",
    )
    + " "
    + all_of("no", "way chance")
    + " nonstarter starter "
    + all_of(
        "never",
        "approved accepted allowed granted permitted signed agreed authorised authorized sanctioned",
    )
    + " "
    + all_of("full", "stop")
    + " period "
    + all_of("nothing", "available free doing left"),
    split=True,
)
#: Round 11 (issue 14, read from N and M's misses): refusals whose refuser
#: is not "we" -- staff of a kind ("carers don't do shopping", "our
#: pharmacists can't discuss"), the product or a named part of it ("isn't
#: something this version does") or nobody ("nobody here can get them
#: back") -- and refusals as an idiom about the thing asked for ("a no-go",
#: "aren't a thing", "won't be happening", "there's no going back", "fully
#: booked"), the requested day itself as the subject ("tomorrow won't
#: work"), a decline with an adverb between ("has therefore been
#: declined"), and taking a channel's bookings ("we don't take bookings over
#: chat"). The alternatives, questions and reports that keep NEG-1..11
#: silent keep these silent too (`cant_without_alternative`).
_R11_REFUSAL = scan(
    r"""
    (?:\b(?:is|are)\s+not|'s\s+not|'re\s+not|\b(?:isn't|aren't|isnt|arent))\s+(?:really\s+)?something\s+
      (?:that\s+)?(?:our|the|this|these|my)\s+(?:[\w-]+\s+){0,2}?(?:(?:can|could|will|would)\s+|(?:is|are)\s+able\s+to\s+)?
      (?:do|does|offer|offers|provide|provides|discuss|support|supports|cover|covers|handle|handles|allow|allows
        |arrange|book|carry|sell|stock|accept|take|deal\s+with|help\s+with)\b
    | \b(?:our\s+|the\s+)?(?:carers|drivers|engineers|technicians|couriers|fitters|installers|riders|cleaners
      |instructors|pharmacists|nurses|doctors|vets|advisers|advisors|agents|staff|crews?|teams?|guides|stylists
        |therapists|plumbers|electricians|movers|porters)
      \s+(?:don't|dont|do\s+not|won't|will\s+not|can't|cannot|are\s+not\s+(?:able|allowed|permitted)\s+to
        |aren't\s+(?:able|allowed|permitted)\s+to)\s+(?:do|offer|provide|discuss|carry|handle|take|give|deliver
        |collect|arrange|book|sell|fit|install|move|touch|work\s+on|service|repair)\b
      (?!\s+(?:you|your|any\s+of\s+your)\s+(?:\w+\s+)?(?:data|details|information|info|address|number)\b)
    | (?:\b(?:is|are)|'s|'re)\s+(?:(?:just|simply|sadly|unfortunately|always|a\s+bit\s+of)\s+)?a\s+no[\s-]?(?:go|no)\b
    | \b(?:today|tomorrow|tonight|that|this|it|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|\s+is)\s+a\s+(?:hard\s+|firm\s+)?no
      (?=\s*[,.!]|\s*$)
    | \b(?:(?:the\s+)?(?:old|previous|former)\s+[\w-]+|it|that|this|they)\s+(?:won't|will\s+not)\s+be\s+coming\s+back\b
    | (?:\b(?:is|are)\s+not|'s\s+not|'re\s+not|\b(?:isn't|aren't|isnt|arent))\s+(?:really\s+)?a\s+thing\b
      (?!\s+(?:to|you|we|I|that|for)\b)
    | \b(?:won't|wont|will\s+not)\s+be\s+happening\b(?!\s+(?:again|any\s*more|twice)\b)
    | \b(?:tomorrow|today|tonight|that\s+(?:day|date|time|slot)|this\s+(?:week|weekend)|the\s+weekend
      |(?:(?:this|next|on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)
      |(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|evenings|mornings|bank\s+holidays))
      \s+(?:won't|wont|will\s+not|doesn't|does\s+not|don't|do\s+not|isn't\s+going\s+to|aren't\s+going\s+to)\s+work\b
    | \b(?:nobody|no\s+one|no-one)\s+(?:here\s+|at\s+our\s+end\s+|on\s+our\s+(?:side|end)\s+|in\s+(?:the|our)\s+[\w-]+\s+)?
      (?:can|could|will\s+be\s+able\s+to|is\s+able\s+to)\s+(?:get\s+(?:it|them|that|this|those|these)\s+back
        |recover|restore|retrieve|undo|reverse|change|help\s+with\s+(?:that|this))\b
    | \bthere(?:'s|\s+is)\s+no\s+(?:going\s+back(?!\s+on\b)|undoing|reversing|getting\s+(?:it|them|that|this)\s+back)\b
    | (?:^|(?<=[.!?]\s{1,3})|\b(?:we're|we\s+are|we're\s+all|it's|it\s+is|(?:is|are)))\s*(?:fully|completely|totally)\s+booked
      (?:\s+up)?\b
    | \b(?:request|claim|application|appeal|complaint|dispute|booking)s?\s+(?:has|have|had|was|were)\s+
      (?:therefore|thus|unfortunately|sadly|regrettably|consequently|now|also)\s+(?:been\s+)?(?:declined|denied|rejected
      |refused|turned\s+down)\b
    # round 11 (bank K): the asked-for act refused in the future with any
    # subject ("the deadline is not going to be extended", "your points will
    # not be credited", "the office will not be reopening"), and a decision
    # given flat ("your appeal has not been upheld", "upgrade request: not
    # approved", "the eligibility criteria were not met")
    | (?:\b(?:is|are)\s+not|'s\s+not|'re\s+not|\b(?:isn't|aren't))\s+going\s+to\s+be\s+(?:{PASSIVE_IMPOSSIBILITY_PP}|credited
      |backdated|upheld|reduced|lifted|overturned)\b
    | \b(?:won't|wont|will\s+not)\s+be\s+(?:credited|backdated|upheld|overturned)\b(?!\s+(?:twice|again|double)\b)
    | \b(?:won't|wont|will\s+not)\s+be\s+(?:reopening|resuming|reinstating|extending|refunding|offering)\b
      (?!\s+(?:until|till|before|from|on|at|in)\b)
    | \b(?:request|claim|application|appeal|complaint|dispute|upgrade|refund)s?\s+(?:has|have|had)\s+not\s+been\s+(?:upheld
      |granted)\b
    | \b(?:request|claim|application|appeal|upgrade|refund)s?(?:\s+request)?\s*:\s*(?:not\s+approved|declined|rejected|denied
      |refused|unsuccessful)\b
    | \bcriteria\s+(?:were|was|are|is|have|has)\s+(?:been\s+)?not\s+(?:been\s+)?met\b
    | \b(?:we|I)\s+(?:don't|dont|do\s+not|no\s+longer|never)\s+take\s+(?:any\s+)?(?:[\w-]+\s+)?(?:bookings
      |reservations|orders|payments|cash|cards|returns|deposits|appointments|requests)\b
    """,
    needs="something+not|isn't|aren't|isnt|arent go+no thing+not|isn't|aren't|isnt|arent happening"
    " work+won't|wont|doesn't|not|isn't nobody one+no no-one back+no undoing+no reversing+no booked"
    " declined+therefore|thus|unfortunately|sadly|regrettably|consequently|now|also"
    " denied+therefore|thus|unfortunately|sadly|regrettably|consequently|now|also"
    " rejected+therefore|thus|unfortunately|sadly|regrettably|consequently|now|also"
    " refused+therefore|thus|unfortunately|sadly|regrettably|consequently|now|also"
    " take+don't|dont|not|longer|never"
    " no+today|tomorrow|tonight|that|this|it|monday|tuesday|wednesday|thursday|friday|saturday|sunday coming+won't|wont|not"
    " work+don't|aren't going+not|isn't|aren't credited+won't|wont|not backdated+won't|wont|not upheld overturned+won't|wont|not"
    " reopening+won't|wont|not resuming+won't|wont|not reinstating+won't|wont|not extending+won't|wont|not"
    " refunding+won't|wont|not offering+won't|wont|not granted+not approved+not declined rejected denied refused"
    " unsuccessful met+criteria"
    " don't+carers|drivers|engineers|technicians|couriers|fitters|installers|riders|cleaners|instructors|pharmacists|staff|team|teams"
    " dont+carers|drivers|engineers|technicians|couriers|fitters|installers|staff|team"
    " not+carers|drivers|engineers|technicians|couriers|fitters|installers|riders|cleaners|instructors|pharmacists|staff|team|teams"
    " can't+carers|drivers|engineers|technicians|couriers|fitters|installers|riders|cleaners|instructors|pharmacists|nurses|doctors|vets|staff|team|teams"
    " cannot+carers|drivers|engineers|technicians|couriers|fitters|installers|riders|cleaners|instructors|pharmacists|nurses|doctors|vets|staff|team|teams"
    " won't+carers|drivers|engineers|technicians|couriers|fitters|installers|riders|staff|team|teams"
    " aren't+carers|drivers|engineers|technicians|couriers|staff|team|teams",
    split=True,
)
_REFUSALS = (
    _CANT,
    _UNABLE,
    _HABITUAL,
    _DECLINE,
    _NO_WAY,
    _POLICY,
    _FLAT_NO,
    _R11_REFUSAL,
)
#: Impossibility with any subject: "refunds aren't possible", "that's not
#: an option", "these tickets are non-refundable", "it's no longer
#: supported". Whose statement it is, and whether it is really a refusal,
#: is checked around the match (`_impossible_ok`).
_IMPOSSIBLE = scan(
    r"""
    (?:(?:\b(?:is|are|was|were)|'s|'re)\s+(?:(?:just|simply|really|currently|unfortunately|sadly
      |therefore|also|still|actually|definitely|certainly)\s+)?not
      |\b(?:isn't|aren't|wasn't|weren't|ain't)|\b(?:will|would)\s+not\s+be|\b(?:won't|wouldn't)\s+be)
      \s+(?:(?:currently|unfortunately|sadly|simply|just|really|therefore|still|always|generally
        |normally|usually|actually)\s+)?
      (?:{IMPOSSIBILITY}
      |something\s+(?:that\s+)?(?:we|I|(?:our|the)\s+(?:[\w-]+\s+)?team)(?:\s+can|\s+could|(?:'m|'re|\s+am|\s+are
        |\s+is)\s+able\s+to)\s+
        (?!see\b|understand\b|imagine\b|say\b|tell\b|confirm\b|predict\b|guarantee\b|promise\b
        |control\b|influence\b|answer\s+for\b|prevent\b|foresee\b|account\s+for\b
        |be\s+held\b|have\s+(?:prevented|foreseen|known|predicted|controlled|avoided)\b)[\w-]+)\b
    | (?:\b(?:is|are|was|were)|'s|'re|\b(?:will|would)\s+be)
      \s+(?:(?:currently|unfortunately|sadly|simply|just|really|therefore|now|strictly|completely
        |totally|also)\s+)?
      (?:{IMPOSSIBILITY_POSITIVE})\b
    """,
    needs=all_of(
        "not isn't aren't wasn't weren't ain't won't wouldn't", "{IMPOSSIBILITY}"
    )
    + " {IMPOSSIBILITY_POSITIVE}",
    split=True,
)
#: A refusal that is a whole sentence without a verb: "Not possible,
#: sorry.", "Afraid not.", "No can do.", "The answer is no."
_FRAGMENT = compile_pattern(
    r"""
    (?:@\w+\s+)*(?:(?:hi|hey|hello)(?:\s+\w+)?\s*[,!.]\s*)?
    (?:(?:sorry|unfortunately|sadly|regrettably|I'm\s+afraid|nope|no)\s*[,.!\-\u2013\u2014]*\s*)?
    (?P<frag>{REFUSAL_FRAGMENT}
      |(?:absolutely|certainly|definitely|totally|most\s+certainly)\s+not
      |out\s+of\s+the\s+question
      |no\s+way(?=\s*,?\s*(?:sorry|I'm\s+afraid)\b|\s*\.?\s*$)
      |not\s+(?:gonna|going\s+to)\s+happen
      |(?:that|it)(?:'s|\s+is)\s+(?:a\s+)?(?:hard|firm|definite|flat|big)\s+no
      |the\s+answer\s+(?:remains|stays|is\s+still)\s+no
      |no\s+(?:[\w-]+\s+)?(?:{REFUSED_THING})(?!\s+(?:\w+\s+)?(?:needed|required|necessary|charge)\b))
    (?=\s*(?:[,.!;:\-\u2013\u2014)]|$|sorry\b|I'm\s+afraid\b|unfortunately\b|I'm\s+sorry\b
      |from\s+(?:us|me)\b|(?:on|for|after|with|once|in)\s))
    """
)
#: "Absolutely not" answers a worry as often as it refuses a request.
_EMPHATIC_NOT = compile_pattern(r"(?:absolutely|certainly|definitely|totally|most)\b")
#: A customer message that asks for something (so an emphatic "not"
#: refuses it): "can I", "could you", "please", "I'd like".
_REQUEST = compile_pattern(
    r"\b(?:can|could|may)\s+(?:I|we|you)\b|\bplease\b|\bI(?:'d|\s+would)\s+like\b|\bI\s+want\b"
    r"|\b(?:is|would)\s+it\s+(?:be\s+)?possible\b|\bany\s+chance\b"
)


def _answers_worry(doc: Document, frag: regex.Match[str]) -> bool:
    """
    Whether an emphatic "not" reassures rather than refuses: good news
    follows it ("Absolutely not, you won't pay a penny"), or the customer
    did not ask for anything ("Will I be charged?").
    """
    customer = doc.customer
    if customer and _REQUEST.search(customer) is None:
        return True
    sent = doc.sentence_at(frag.start())
    i = doc.sentence_index(frag.start())
    following = doc.text[frag.end() : sent.end if sent else frag.end()].strip(
        " ,.-\u2013\u2014!"
    )
    if not following and 0 <= i + 1 < len(doc.sentences):
        following = doc.sentences[i + 1].text
    return bool(following) and _REASSURANCE.search(following) is not None


#: Words a verbless refusal holds (one of them is in every fragment); the
#: emphatic ones with the words they are said with ("definitely not", "not
#: going to happen", "out of the question"), since alone they are in many
#: replies.
_FRAGMENT_WORDS_ENTRIES = trigger_words(
    "possible option afraid unfortunately sadly regrettably happening answer allowed "
    "absolutely+not certainly+not definitely+not totally+not question+out happen+not "
    + all_of("no", "way hard firm definite flat big remains stays")
    + " "
    "available can't cannot something "
    + all_of("no", "can that's it's is thats {REFUSED_THING}")
)
_FRAGMENT_WORDS = Triggers(_FRAGMENT_WORDS_ENTRIES)
#: Words a refusal with the customer as subject ("you cannot cancel") or
#: without one ("Can't do that") needs.
_YOU_CANT_WORDS = trigger_words(
    "can't cannot cant unable "
    + all_of("able", "not aren't won't")
    + " "
    + all_of("allowed permitted", "not aren't")
)
#: After an impossibility, what makes it honesty or reassurance rather
#: than a refusal: "not possible to say when", "for anyone to access it".
_IMPOSSIBLE_NOT_REFUSAL = compile_pattern(
    r"""
    \s*(?:for\s+(?:us|me)\s+)?to\s+(?:say|tell|know|predict|guarantee|promise|confirm\s+(?:when|exactly)
      |give\s+(?:an?\s+)?(?:exact|precise|firm)|be\s+(?:sure|certain)|estimate)\b
    | \s*for\s+(?:anyone|anybody|someone|somebody|others|other\s+people|a\s+third\s+party|anyone\s+else
      |fraudsters|scammers)\b
    | \s*without\s+(?:your|you)\b
    | \s+by\s+(?:you|yourself|the\s+(?:account|card)\s*holder|anyone|someone)\b
    """
)
#: "You cannot cancel after dispatch" is a refusal; "sorry you can't log
#: in" is the customer's problem. Only the clause-initial form counts.
_YOU_CANT = compile_pattern(
    r"""
    \byou\s+(?:can't|cannot|can\s+not|are\s+(?:unable|not\s+able)\s+to|aren't\s+able\s+to
      |won't\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|are\s+not\s+(?:allowed|permitted)\s+to
      |aren't\s+(?:allowed|permitted)\s+to)\s+(?P<verb>[\w-]+)
    """
)
#: Subjectless "Can't do that, sorry."
_BARE_CANT = compile_pattern(r"(?:can't|cannot|cant)\s+(?P<verb>[\w-]+)")
_CLAUSE_FILLERS = frozenset(
    {
        "",
        "unfortunately",
        "sadly",
        "regrettably",
        "i'm afraid",
        "im afraid",
        "afraid",
        "sorry",
        "and",
        "but",
        "so",
        "also",
        "however",
        "please note",
        "note that",
        "please note that",
        "just so you know",
        "as a result",
        "therefore",
        "nope",
        "no",
        "at this time",
        "at the moment",
        "currently",
        "right now",
    }
)
#: Defensiveness claims these (CS601): "we can't be held responsible".
_BLAME_PARTS = frozenset(
    {
        "held",
        "blamed",
        "responsible",
        "liable",
        "accountable",
        "helped",
        "beat",
        "beaten",
    }
)
_REPORTED_REFUSAL = compile_pattern(
    r"\b(?:you\s+(?:said|were\s+told|mentioned|wrote|heard|asked)|(?:they|he|she)\s+(?:said|told\s+you)"
    r"|(?:told|said\s+to)\s+you)\b(?:\s+that)?[^.!?\n]{0,20}$"
)


#: "Once an order is placed the address can't be changed": a time clause
#: with its own verb, then a new subject, with no comma between; the
#: refusal is in the main clause, not the condition (round 7).
_TEMPORAL_THEN_MAIN = compile_pattern(
    r"""
    \b(?:once|when)\s+(?:[\w-]+\s+){1,5}?(?:is|are|was|were|has|have|had|'s)\s+(?:been\s+)?(?:already\s+)?
      [\w-]+(?:ed|en|t|d)\s*,?\s+(?:(?:the|your|our|any|it|this|that|we|I|they)\b(?:\s+[\w-]+){0,3}?\s*)$
    """
)


def _main_after_temporal(doc: Document, start: int) -> bool:
    """
    Return whether the refusal at *start* follows a finished "once" /
    "when" clause (see `_TEMPORAL_THEN_MAIN`).
    """
    sent = doc.sentence_at(start)
    lo = max(start - 80, sent.start if sent is not None else 0)
    return _TEMPORAL_THEN_MAIN.search(doc.text, lo, start) is not None


def _refusal_ok(doc: Document, start: int, verb: str) -> bool:
    """
    Shared context checks for one refusal candidate.
    """
    if verb in _NOT_REFUSAL:
        return False
    if is_question(doc, start) or (
        in_conditional(doc, start) and not _main_after_temporal(doc, start)
    ):
        return False
    sent = doc.sentence_at(start)
    lo = max(start - 60, sent.start if sent is not None else 0)
    return _REPORTED_REFUSAL.search(doc.text, lo, start) is None


#: Verbs of finding and understanding: "I can't find your order" is a
#: report, and a question after it ("could you send the number?", "what
#: error do you see?") is the way forward.
_COGNITIVE = frozenset(
    {
        "find",
        "locate",
        "see",
        "figure",
        "think",
        "follow",
        "reproduce",
        "replicate",
        "spot",
        "trace",
        "identify",
        "read",
        "open",
        "access",
        "view",
        "verify",
        "confirm",
    }
)


#: What a customer cannot do when it is their trouble, not a refusal:
#: "sorry you can't log in", "sorry you can't find it".
_TROUBLE = _COGNITIVE | frozenset(
    {"log", "sign", "get", "connect", "login", "reach", "hear", "load", "make", "seem"}
)


def _asks_after(doc: Document, end: int) -> bool:
    """
    Return whether a question follows *end* in the reply (same sentence or
    the next two).
    """
    i = doc.sentence_index(end)
    return any(
        s.text.rstrip().endswith("?") and CLOSER.search(s.text) is None
        for s in doc.sentences[max(i, 0) : i + 3]
    )


#: Refusals of information ("we don't have any information on that"): a
#: question after them is the way forward, as after "I can't find it".
#: What makes a refusal something else: honest uncertainty ("not in a
#: position to confirm this with any certainty": the hedging family's), or
#: weather and strikes ("nothing I can do about the weather": a deflection
#: the defensiveness family reads).
_NOT_A_REFUSAL_AFTER = compile_pattern(
    r"""
    [^.!?\n]{0,40}?\b(?:with\s+(?:any\s+|absolute\s+|complete\s+)?(?:certainty|confidence)
      |for\s+(?:sure|certain))\b
    | \s+about\s+(?:the\s+|a\s+|this\s+)?(?:{EXTERNAL_CAUSE})\b
    """
)
_INFO = compile_pattern(r"\b(?:information|info|details|update|ETA)\b")
#: "…can't be charged without your OK": a safeguard, not a refusal.
_PROTECTION = compile_pattern(r"\s+without\s+(?:your|you|the\s+account\s+holder)\b")
#: The subject of an impossibility, when it is short and starts its clause
#: ("Partial refunds", "That"), so the span reads as the refusal it is.
_SUBJECT_BACK = 40


def _subject_start(doc: Document, start: int) -> int:
    """
    Return where the clause holding *start* begins when that is at most a
    few words back (the subject of "… is not possible"), else *start*.
    """
    clause = doc.clause_at(start)
    lo = clause.start
    while lo < start and doc.text[lo] in " \t\n":
        lo += 1
    if start - lo > _SUBJECT_BACK or lo >= start:
        return start
    head = doc.text[lo:start]
    words = head.split()
    # Fillers, greetings and handles at the clause start are not the subject.
    while words and (
        words[0].lower().strip(",.!") in _CLAUSE_FILLERS or words[0][0] in "@^#"
    ):
        lo = doc.text.index(words[0], lo, start) + len(words[0])
        words = words[1:]
    while lo < start and not doc.text[lo].isalnum():
        lo += 1
    return lo if words else start


def _refusals(doc: Document) -> list[tuple[int, int]]:
    """
    Return the spans of refusals ("we can't refund", "it's not possible"),
    sorted and without overlaps, before any look at alternatives.
    """
    text = doc.text
    found: list[tuple[int, int]] = []
    for m in (m for refusal in _REFUSALS for m in refusal.in_sentences(doc)):
        start, end = m.span()
        groups = m.groupdict()
        verb = (groups.get("verb") or groups.get("verb2") or "").lower()
        if groups.get("verb2") is not None and not _NEGATED_ABLE.search(m.group()):
            continue  # "we are able to" is the opposite
        part = (groups.get("part") or "").lower()
        if groups.get("part") is not None and (
            part in _BLAME_PARTS or (not is_participle(part) and part != "done")
        ):
            continue
        if not _verb_ok(text, end, verb) or not _refusal_ok(doc, start, verb):
            continue
        if (verb in _COGNITIVE or _INFO.search(m.group())) and _asks_after(doc, end):
            continue
        if _PROTECTION.match(text, end, min(len(text), end + 40)):
            continue  # "extra data can't be charged without your OK"
        if _NOT_A_REFUSAL_AFTER.match(text, end, min(len(text), end + 80)):
            continue  # "not in a position to confirm this with any certainty"
        if _FINAL.search(m.group()) and _GOOD_FIXED.search(
            text, max(0, start - 40), start
        ):
            continue  # "your price is fixed": good news
        found.append((start, end))
    for m in _IMPOSSIBLE.in_sentences(doc):
        start, end = m.span()
        if start > 0 and text[start] == "'":
            start -= 1  # keep the word the contraction hangs on out of the span
        if _IMPOSSIBLE_NOT_REFUSAL.match(text, end, min(len(text), end + 40)):
            continue
        if doc.negated(start, window=2):
            continue  # "nothing is impossible for our team"
        if not _refusal_ok(doc, start, "") or reported_frame(doc, start):
            continue
        found.append((_subject_start(doc, start), end))
    windows = doc.trigger_windows
    sentences = doc.sentences if len(windows) == len(doc.sentences) else ()
    for sent, words in zip(sentences, windows, strict=False):
        if not _FRAGMENT_WORDS.met_by(words):
            continue
        frag = _FRAGMENT.match(text, sent.start, sent.end)
        if (
            frag is not None
            and not is_question(doc, sent.start)
            and not _IMPOSSIBLE_NOT_REFUSAL.match(text, frag.end(), sent.end)
            and not (
                _EMPHATIC_NOT.match(frag.group("frag")) and _answers_worry(doc, frag)
            )
        ):
            found.append(frag.span("frag"))
    for pat in _cant_patterns(doc.lower):
        for m in pat.finditer(text):
            start, end = m.span()
            verb = m.group("verb").lower()
            if (
                pat is _BARE_CANT
                and start > 0
                and (text[start - 1].isalnum() or text[start - 1] in "'\u2019")
            ):
                continue
            head = _LEADING_HANDLES.sub("", clause_head(doc, start)).strip(" ,.!-")
            if head not in _CLAUSE_FILLERS:
                continue  # "sorry to hear you can't log in": their problem
            if head.startswith("sorry") and verb in _TROUBLE:
                continue  # "Sorry you can't find the setting": their trouble
            if not _verb_ok(text, end, verb) or not _refusal_ok(doc, start, verb):
                continue
            if pat is _BARE_CANT and verb in _COGNITIVE and _asks_after(doc, end):
                continue
            found.append((start, end))
    found.sort()
    out: list[tuple[int, int]] = []
    for start, end in found:
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


def _cant_patterns(lower: str) -> tuple[regex.Pattern[str], ...]:
    """
    Of `_YOU_CANT` and `_BARE_CANT`, the ones whose literal words the
    lowercased text holds (plain substring tests, exact for these
    case-blind patterns): most replies that wake CS701 hold neither, and
    each would otherwise be run over the whole text (issue 15).
    """
    cant = (
        "cannot" in lower
        or "cant" in lower
        or "can't" in lower
        or "can\u2019t" in lower
    )
    you = "you" in lower and (
        "can" in lower or "able" in lower or "allowed" in lower or "permitted" in lower
    )
    if you and cant:
        return (_YOU_CANT, _BARE_CANT)
    if you:
        return (_YOU_CANT,)
    return (_BARE_CANT,) if cant else ()


_PROMISE_OBJECT = compile_pattern(
    r"\s+(?:any\s+|a\s+|firm\s+)*(?:promises?|guarantees?)\b"
)
_SEE_IDIOM = compile_pattern(
    r"\s+(?:why|how|what|them|him|her|anyone|anybody|any\s+reason|a\s+reason"
    r"|(?:that|this|it)\s+happening)\b"
)
#: "can't confirm" + a clause about a fact: the agent not knowing (the
#: hedging family's), not a service refused (set H, round 7).
_HEDGED_CONFIRM = compile_pattern(
    r"""
    \s+(?:for\s+(?:sure|certain)\s+)?(?:that(?:'s|\s+is|\s+it|\s+this|\s+the|\s+your)|whether|if|where|when|what
      |how|which|who|why|it's|it\s+is|this\s+is|exactly|yet|at\s+this\s+(?:stage|point)|either\s+way)\b
    """
)
_READ_MINDS = compile_pattern(
    r"\s+(?:(?:people's|customers'|your|anyone's|everyone's)\s+)?minds?\b"
)
#: A redirect after a refusal: "all queries must be submitted via the
#: client portal" names where it can be done (set H, round 7).
#: A route after the refusal: "Queries must be submitted via the portal";
#: round 10b (blind set N), a contact route stated as a fact -- "Billing
#: are on billing@example.com", "the claims team is on 0800 123 456",
#: "they can be reached at ..." -- names where the request can go (a
#: "can't" followed by what can be done). An address with no route ("our
#: office is at 12 High St") is not one. docs/families/negative-framing.md,
#: NEG-15.
_REDIRECT = compile_pattern(
    r"""
    \b(?:must|should|can|could|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:instead\s+)?be\s+(?:submitted|made
      |raised|sent|requested|lodged|placed|booked|directed|emailed|filed|logged|done|arranged)\s+(?:instead\s+)?
      (?:via|through|using|on|at|online|in\s+writing|by\s+(?:email|phone|post|calling|emailing))\b
    | \b(?:is|are|'s|'re|can\s+be\s+(?:reached|contacted|emailed|called))\s+(?:on|at|via)\s+
      (?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d\s()-]{6,}\d)
    """
)
#: Round 9b (K): after the refusal, a recommendation of what to do instead
#: is the alternative: "we can't verify tickets from other sites, so stick
#: to Twickets", "so I'd go with the annual plan", "your best bet is the
#: 7am train", "we'd recommend booking direct". Not a recommendation: "so
#: please stop asking", "you'll have to accept it" (no route named).
_RECOMMEND_INSTEAD = compile_pattern(
    r"""
    (?:[,;:.!\u2013\u2014-]\s*|\bso\s+|\band\s+)(?:please\s+|just\s+|do\s+)?
      (?:stick|keep)\s+(?:to|with)\s+(?!it\b|that\b|this\b)\w
    | \b(?:I|we)(?:'d|\s+would)\s+(?:(?:strongly|always)\s+)?(?:recommend|suggest|advise|stick\s+(?:to|with)
      |go\s+(?:with|for|through|via)|use|book|buy|try)\b(?!\s+(?:(?:that\s+)?you\s+)?(?:don't|do\s+not|not|stop|never|avoid|refrain)\b)
    | \b(?:I|we)\s+(?:(?:strongly|always|would)\s+)?(?:recommend|suggest)\s+(?:using|booking|buying|going
      |sticking|trying|ordering|that\s+you|you)\b(?!\s+(?:(?:that\s+)?you\s+)?(?:don't|do\s+not|not|stop|never|avoid|refrain)\b)
    | \byour\s+(?:best|safest)\s+(?:bet|option|choice)\b
    | \b(?:it's|it\s+is)\s+(?:best|safest|better)\s+to\s+(?:use|book|buy|order|go|stick|try)\b
    | \bso\s+(?:please\s+|just\s+)?(?:use|buy|book|order|go)\s+(?:from|through|via|with|the|our|an?)?\b
    """
)
#: Round 12 (reply sets t4-t11): the alternative given by one of our own
#: people ("we can't leave one free-standing. Our assembler can bring the
#: fixings and do it for you"), or a named firm recommended with its phone
#: number ("Cars aren't something we cover - AutoKey (01632 960 114) do
#: 24-hour call-outs"). "Our team can't help" and "our team will review it"
#: are not offers; a reference number in brackets is not a phone number.
_STAFF_CAN = compile_pattern(
    r"""
    \b(?:our|the|your)\s+(?:[\w-]+\s+)?(?:assemblers?|engineers?|technicians?|fitters?|installers?
      |drivers?|couriers?|staff|team|crew|colleagues?|advisers?|advisors?|specialists?|agents?
      |stylists?|florists?|chefs?|kitchen|workshop|stores?|branch|shop|desk|reception|concierge
      |nurses?|vets?|pharmacists?|mechanics?|plumbers?|electricians?|cleaners?|guides?|instructors?)
      \s+(?:can|could)\s+(?:also\s+|still\s+|happily\s+|gladly\s+|easily\s+)?(?!not\b|only\b|'t)\w
    | \b[\w&.-]+(?:\s+[\w&.-]+){0,2}\s*\(\s*(?:\+\d{1,3}\s*|0)\d{2,4}[\s-]\d{3}[\s-]?\d{3,4}\s*\)
    """
)
#: Round 12: an irreplaceable loss acknowledged, not a refusal: "I know
#: that chair can't be replaced", "those letters can't be replaced, and I
#: understand how much they meant". The acknowledgement is a cognition or
#: grief head in the same clause before the passive, or joined after it by
#: "and I understand/know". "I understand, but lost tickets can't be
#: replaced" (a "but" between) and "Lost tickets can't be replaced" fire.
_LOSS_PASSIVE = compile_pattern(
    r"""
    (?:can't|cannot|can\s+not|can\s+never)\s+(?:ever\s+)?be\s+(?:replaced|undone|brought\s+back
      |recovered|made\s+up\s+for|replicated|given\s+back)\b
    """
)
_LOSS_HEAD_BEFORE = compile_pattern(
    r"""
    \b(?:I|we)\s+(?:(?:really|truly|fully|completely)\s+)?(?:know|understand|realise|realize
      |appreciate|recognise|recognize)\b(?![^.!?\n]*\b(?:but|however|although|though)\b)
    | \bheartbroken\b(?![^.!?\n]*\b(?:but|however|although|though)\b)
    """
)
_LOSS_HEAD_AFTER = compile_pattern(
    r"""
    [^.!?\n]{0,15}?\b(?:and|,)\s+(?:I|we)\s+(?:(?:really|truly|fully|completely)\s+)?
      (?:know|understand|realise|realize|appreciate|recognise|recognize|can\s+only\s+imagine)\b
    """
)
#: Round 12: a check reported, not a refusal: "can't see anything odd this
#: end", "I can't find any fault on the line". "I can't see your account,
#: so I can't help" still fires on its second refusal.
_NOTHING_FOUND = compile_pattern(
    r"""
    (?:(?:I|we)\s+)?(?:can't|cannot|can\s+not|couldn't|could\s+not)\s+(?:see|find|spot|detect
      |locate)\s+(?:anything|any\s+(?:[\w-]+\s+)?(?:issues?|problems?|faults?|errors?|signs?|sign
      |outages?|reason)|nothing)\b
    """
)


_SWEAR_IDIOM = compile_pattern(r"\s+(?:to|by|on)\b")
_NEGATED_ABLE = compile_pattern(
    r"unable|not\s+able|aren't|won't|wont|shan't|will\s+not|shall\s+not|wouldn't|would\s+not"
    r"|not\s+in\s+a\s+position"
    r"|not\s+going"
)
_LEADING_HANDLES = compile_cached(r"^(?:@\w+\s*)+")


def _verb_ok(text: str, end: int, verb: str) -> bool:
    """
    Return whether *verb* after "can't" makes a refusal.
    """
    if verb in ("make", "give", "offer") and _PROMISE_OBJECT.match(
        text, end, end + 200
    ):
        return False  # "we can't make any promises": honest, not a refusal
    if verb == "see" and _SEE_IDIOM.match(text, end, end + 200):
        return False  # "I can't see why", "I can't see that happening"
    if verb == "confirm" and _HEDGED_CONFIRM.match(text, end, end + 200):
        return False  # "I can't confirm that's where it is": a hedge
    if verb == "read" and _READ_MINDS.match(text, end, end + 200):
        return False  # "we can't read minds": an idiom, an excuse
    if verb in ("swear", "vouch") and _SWEAR_IDIOM.match(text, end, end + 10):
        return False  # "I can't swear to it": a hedge (round 9b), not a refusal
    if verb == "do":
        return _DO_OBJECT.match(text, end, end + 200) is not None
    if verb == "help":
        return _HELP_OBJECT.match(text, end, end + 200) is not None
    return True


_SPAN_STOP = compile_cached(
    CLAUSE_BREAK.pattern + r"|\s[\^~*=/+|]|\s[-\u2013\u2014]|[.!?]\s|https?://",
    regex.IGNORECASE,
)


def _extend_to_clause(doc: Document, start: int, end: int) -> int:
    """
    Return the end of the refusal's clause when it is short, else *end*.
    """
    sent = doc.sentence_at(start)
    limit = sent.end if sent is not None else len(doc.text)
    nxt = _SPAN_STOP.search(doc.text, end, min(limit, end + 60))
    stop = nxt.start() if nxt is not None else limit
    if stop - end > 60:
        return end
    while stop > end and doc.text[stop - 1] in " \t\n.!?\u2026":
        stop -= 1
    return max(stop, end)


def _loss_acknowledged(doc: Document, start: int, stop: int) -> bool:
    """
    Return whether the refusal at *start*..*stop* is a passive of
    irreplaceable loss under an acknowledgement (see `_LOSS_HEAD_BEFORE`).
    """
    text = doc.text
    passive = _LOSS_PASSIVE.search(text, start, stop + 30)
    if passive is None:
        return False
    sent = doc.sentence_at(start)
    lo = max(sent.start if sent is not None else 0, start - 120)
    hi = sent.end if sent is not None else len(text)
    if _LOSS_HEAD_BEFORE.search(text, lo, passive.start()):
        return True
    return _LOSS_HEAD_AFTER.match(text, passive.end(), hi) is not None


@rule(
    code="CS701",
    name="cant-without-alternative",
    family=_FAMILY,
    message="Says what can't be done without offering what can: {excerpt!r}",
    why=(
        "A flat refusal leaves the customer at a dead end; saying what you "
        "can do keeps the reply positive and moves the problem forward "
        '(seed 000, "Stay Positive and Empathetic"; "be transparent about '
        "what you can and can't do\")."
    ),
    fix="Follow the refusal with what you can do",
    bad=(
        "We can't refund this order.",
        "Unfortunately that's not possible.",
        "I'm afraid we don't offer phone support.",
        "We are unable to change the address once an order is placed.",
        "Your account has been closed and can't be reopened.",
        "There's no way to recover a deleted basket.",
        "Unaccompanied travel is not possible for passengers under 16.",
        "Not possible, sorry.",
        "We don't do upgrades on request.",
    ),
    good=(
        "We can't refund it, but we can exchange it today for any other size.",
        "It's not possible to merge accounts automatically, but if you tell me "
        "which email to keep, I'll move your orders across.",
        "We're unable to ship batteries by air, so your order will go by road instead.",
        "I can't wait to hear how the trip goes!",
        "If we can't fix it by Friday, we'll send a new one.",
        "Can't find the email? I've just sent it again.",
        "Sorry to hear you can't log in. Please try the reset link on the sign-in page.",
        "I can't promise a date yet, but I'll update you on Friday.",
        "It isn't possible for anyone to access your account without the code.",
        "You won't be charged for the return.",
    ),
    confidence=0.85,  # measured on blind K+L, round 9 (see docstring)
    triggers=lambda: frozenset().union(
        *(refusal.needs for refusal in _REFUSALS),
        _IMPOSSIBLE.needs,
        _FRAGMENT_WORDS_ENTRIES,
        _YOU_CANT_WORDS,
    ),
)
def cant_without_alternative(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags refusals that leave the customer at a dead end, when nothing in
    the reply says what *can* be done. Read by construction, not by listed
    phrase:

    - a modal refusal with the company as subject: "we can't", "we're
      unable to", "not in a position to", "we won't be able to", "we'll
      have to decline", "the system won't let me", "I don't have the
      authority to";
    - an impossibility after a negated "be", with any subject: "it's not
      possible", "refunds aren't possible", "that's not an option",
      "upgrades are not something we offer", "isn't available", "is no
      longer supported", "tickets are non-refundable", "out of the
      question";
    - a habitual or policy negative: "we don't offer", "we don't do
      upgrades", "we never give cash refunds", "we no longer stock", "we're
      not accepting new customers", "we don't have that in stock";
    - a passive: "can't be reopened", "cannot be undone", "won't be
      refunded", "your request has been declined / was not successful";
    - a verbless refusal: "Not possible, sorry.", "Afraid not.", "No can
      do.", "The answer is no.", "No refunds on sale items";
    - "there's no way to", "there's no refund for", "nothing more we can
      do", "nothing can be done". An alternative anywhere in the reply silences it: "but I can",
    "instead", "you can", "I've sent", "please DM us", a link, "unless you",
    or an instruction ("Try the web version"); round 9b: a recommendation
    after the refusal ("so stick to Twickets", "your best bet is the 7am
    train", "we'd recommend booking direct"); round 10, what happens
    instead ("your tee time has moved to Sunday", "your crossing has been
    rebooked to the 14:00").

    Not refusals: "I can't wait", "I can't believe it", "I can't promise",
    "we can't make any promises", "I can't swear to it" (a hedge, round
    9b), "it's impossible to say when" (honest
    uncertainty, and the over-promising family's good wording), the
    customer's own problem ("sorry you can't log in", "Can't find it?"),
    "I can't find your order" when a question follows ("could you send the
    number?"), conditionals ("if we can't fix it, …") and questions. One
    part of a tweet thread ("… 1/2") is skipped, since the alternative may
    be in the other part. "We can't be held responsible" is left to CS601.

    "There's nothing I can do" is flagged here *and* by CS604
    (`not-my-job`): it is both a dead end and a refusal to own the problem,
    and the two messages ask for different fixes.

    ## Known limitations
    Refusals in other words ("that option was retired", "the offer has
    ended") are not flagged, nor restrictions phrased as what can be done
    ("refunds can only go to the original card"). Stock closers ("let us
    know if you have any other questions") and apologies do not count as an
    alternative, but a generic link does.

    ## Confidence
    0.85: the rule's precision on the blind sets K and L pooled (round 9, 720 replies, agreed labels; `benchmarks/calibrate.py`):
    right/hits 28/32 (K 16/20, L 12/12), add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.
    Round 7's 0.95 came from the pooled dev labels (E, F, H, G's aggregate: 76/79), which run high.
    """
    found = doc.memo(_refusals)
    if not found or thread_part(doc):
        return
    alternatives = alternatives_of(doc)
    body = _body_start(doc)
    said_yes = _YES_FIRST.match(doc.text, body, body + 80) is not None
    merged: list[tuple[int, int]] = []
    for start, stop in found:
        if start >= alternatives.end or alternatives.anywhere(start, stop):
            continue
        if _REDIRECT.search(doc.text, stop, alternatives.end):
            continue  # "... via this channel. Queries must be submitted via the portal."
        if _RECOMMEND_INSTEAD.search(doc.text, stop, alternatives.end):
            continue  # "We can't verify other sites' tickets, so stick to Twickets."
        if said_yes and _BUT_AFTER.match(doc.text, stop, stop + 80):
            continue  # "Yes, we have a car park ... Spaces can't be reserved, but ..."
        if _STAFF_CAN.search(doc.text, stop, alternatives.end):
            continue  # round 12: "... Our assembler can bring the fixings"
        if _loss_acknowledged(doc, start, stop):
            continue  # round 12: "I know that chair can't be replaced"
        if _NOTHING_FOUND.match(doc.text, start, stop + 40):
            continue  # round 12: "Can't see anything odd this end": a check reported
        end = _extend_to_clause(doc, start, stop)
        if merged and doc.sentence_index(merged[-1][0]) == doc.sentence_index(start):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            continue
        merged.append((start, end))
    for start, end in merged:
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Follow it with what you can do: “What I can do is …”, "
                    "“Instead, I can …”, or the next step the customer can take"
                ),
            ),
        )


# =============================================================================
# CS702 shouting-caps
# =============================================================================

#: Common English words that are shouted for emphasis. An all-caps token
#: counts as shouting only when it is one of these (a word, not an acronym,
#: code or product name). Words that are also common acronyms or names in
#: support text (US, IT, ID, OR, AM, PM, ONE, NEW, NOW, FREE, HOME, GO) are
#: left out; two-letter words count only next to another shouted word.
_EMPHASIS_TEXT = """
    not never no none nothing nobody nowhere neither nor
    don't doesn't didn't can't cannot won't wouldn't shouldn't couldn't isn't aren't
    wasn't weren't haven't hasn't hadn't mustn't needn't ain't
    do does did is are was were be been being am have has had will would shall should
    can could may might must need needs needed
    please stop read check call wait note ensure remember listen understand reply
    respond send click follow contact look see tell told said asked explained
    already always only again ever still also just really very extremely totally
    completely absolutely definitely exactly clearly seriously immediately
    every everything everyone everybody anything anyone anybody any all entire whole
    once twice before after within without because
    you your yours yourself yourselves this that these those they them their we our
    ours me my mine him her his she he it its
    why what how when where who which whom whose
    the and but for with from into onto about than then there here
    final last response answer decision refund refunds refunded refundable
    non-refundable non returnable non-returnable returns policy rules terms
    mandatory required important urgent warning attention
    message messages email emails ticket tickets order orders shipped delivered
    received paid charged cancelled canceled allowed permitted accepted possible
    impossible valid invalid correct wrong right same different back money want
    wanted unacceptable ridiculous fault problem issue
"""
_EMPHASIS_WORDS = frozenset(_EMPHASIS_TEXT.split())
#: Two-letter words that shout even on their own.
_STRONG_SHORT = frozenset({"no"})
#: Greetings and thanks in capitals are not shouting.
_NOT_SHOUTING = frozenset(
    {
        "hi",
        "hey",
        "hello",
        "ok",
        "okay",
        "thanks",
        "thank",
        "yes",
        "yay",
        "wow",
        "omg",
        "lol",
    }
)
_CAPS = compile_cached(r"[A-Z]+(?:['\u2019][A-Z]+)*(?:-[A-Z]+(?:['\u2019][A-Z]+)*)*")
_LINKISH = compile_cached(
    r"https?://\S+|www\.\S+|(?<![^\s<(\[\"'])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}"
    r"|[@#]\w+"
)
_CODE_SPAN = compile_cached(r"`[^`\n]{1,200}`")
_SPACE = compile_cached(r"\s")
_SPACE_BACK = compile_cached(r"(?r)\s")
_TWO_CAPS = compile_cached(r"[A-Z]{2}")
_SIGIL = frozenset("^~*/\\-\u2013\u2014+=|#@$&._")
_RUN_GAP = compile_cached(r"[ \t]+|[ \t]*[,;:][ \t]*")


def _caps_tokens(doc: Document) -> list[tuple[int, int, str]]:
    """
    Return all-caps word tokens that are not codes, handles, links or
    signatures: (start, end, lowercased word).
    """
    text = doc.text
    if _TWO_CAPS.search(text) is None:
        return []  # every finding needs a word of two or more capitals
    # `code` spans may hold spaces: found once. Links, addresses and handles
    # never do, so they are looked for only in the space-free chunk around
    # a token, each chunk once.
    ticks = [m.span() for m in _CODE_SPAN.finditer(text)] if "`" in text else []
    tick_starts = [s for s, _ in ticks]
    chunk_end = -1
    links: list[tuple[int, int]] = []
    tokens = []
    for m in _CAPS.finditer(text):
        start, end = m.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before.isalnum() or after.isalnum() or before in _SIGIL:
            continue  # inside a word, a code, a signature (^GA, -SL) or a handle
        if after in "&" or (
            after == "-" and end + 1 < len(text) and text[end + 1].isalnum()
        ):
            continue  # AT&T, ABC-1234
        if after in "'\u2019" and end + 1 < len(text) and text[end + 1].islower():
            continue  # TV's, ID'd
        if start >= chunk_end:
            back = _SPACE_BACK.search(text, 0, start)
            chunk_start = back.end() if back else 0
            ahead = _SPACE.search(text, end)  # bounded: chunks never overlap
            chunk_end = ahead.start() if ahead else len(text)
            links = [x.span() for x in _LINKISH.finditer(text, chunk_start, chunk_end)]
        if any(a <= start < b for a, b in links):
            continue
        i = bisect.bisect_right(tick_starts, start) - 1
        if i >= 0 and ticks[i][0] <= start < ticks[i][1]:
            continue
        tokens.append((start, end, m.group().lower().replace("\u2019", "'")))
    return tokens


def _is_word(word: str) -> bool:
    return word in _EMPHASIS_WORDS or all(
        part in _EMPHASIS_WORDS for part in word.split("-") if part
    )


_SIGNATURE_TAIL = compile_cached(
    r"[A-Z]{1,4}\.?\s*(?:https?://\S+\s*)*(?:\(?[1-9]/[2-9]\)?\s*)?"
)


def _signature_tail(doc: Document, start: int) -> bool:
    """
    Return whether a short caps token at *start* is a trailing signature
    ("Thank you. SO", "- AM", "TY - Chris").
    """
    # Matched in place: copying the rest of the text per token is quadratic.
    # bounded: no required literal, fails at the first character it cannot take
    return _SIGNATURE_TAIL.fullmatch(doc.text, start) is not None


def _line_head(text: str, start: int) -> bool:
    """
    Return whether only list marks and blanks (" \t*-#") stand between the
    start of *start*'s line and *start* (looked at backwards, so the cost
    is what is skipped, never the whole line).
    """
    i = start
    while i > 0 and text[i - 1] in " \t*-#":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


_HEADING_AFTER = compile_cached(r"[ \t]*:")
_COMMANDS = frozenset(
    {"please", "do", "not", "never", "must", "don't", "no", "read", "stop"}
)
_THANK_BEFORE = compile_cached(r"(?i)\b(?:thank|love)\s*$")
_UI_BEFORE = compile_cached(
    r"(?i)\b(?:tap|click|press|select|choose|hit|toggle|type|enter|reply|text|say|marked|labell?ed)"
    r"(?:\s+on)?\s*$"
)
_UI_AFTER = compile_cached(
    r"(?i)\s+(?:button|tab|menu|screen|page|link|option|icon|key|field|section|settings?|box"
    r"|folder|banner|label|sticker|sign|plan|pass|card|bundle|package|deal|edition)\b"
)
_SENTENCE_PUNCT = frozenset(".!?")
#: Round 10 (blind set M): a second keyword in the same reply instruction,
#: coordinated with the first ("reply KEEP to confirm or REFUND for your
#: money back", "text YES, NO or LATER"): the first is exempt as a keyword
#: after "reply"/"text"; the ones joined to it by "or", "and", "/" or a
#: comma are keywords too. Only a capitals word right after the joiner
#: counts: "reply KEEP or we will NOT refund" still shouts.
_KEYWORD_BEFORE = compile_cached(
    r"\b(?i:reply|text|send|type|enter|say|respond)(?i:\s+with)?\s+[A-Z][A-Z'\u2019-]+\b"
    r"(?:[^.!?\n]{0,40}?(?:,|/|\b(?i:or|and))\s*[A-Z][A-Z'\u2019-]+\b)*?"
    r"[^.!?\n]{0,40}?(?:,|/|\b(?i:or|and))\s*$"
)


def _runs(doc: Document) -> Iterator[list[tuple[int, int, str]]]:
    """
    Yield runs of adjacent caps tokens ("PLEASE DO NOT", "READ").
    """
    run: list[tuple[int, int, str]] = []
    text = doc.text
    for tok in _caps_tokens(doc):
        if run and _RUN_GAP.fullmatch(text, run[-1][1], tok[0]) is not None:
            run.append(tok)
            continue
        if run:
            yield run
        run = [tok]
    if run:
        yield run


_APOLOGY = compile_pattern(
    r"\b(?:sorry|apologi[sz]e|apologies|understand|frustrating)\b"
)
_NEGATIVE_CUE = compile_pattern(
    r"\b(?:not|never|no|nothing|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't"
    r"|unable|stop|already|again|must|final|why|refund\w*|policy)\b"
)


@rule(
    code="CS702",
    name="shouting-caps",
    family=_FAMILY,
    message="Capitals read as shouting: {excerpt!r}",
    why=(
        "Words in capitals read as a raised voice; tone carries as much as "
        'the words (seed 003, "Stay Aware of Your Facial Expressions and Tone '
        'of Voice"; seed 000, "Stay Positive").'
    ),
    fix="Write it in lower case",
    bad=(
        "Please DO NOT open another ticket about this.",
        "Your order has ALREADY shipped.",
        "This item is NON-REFUNDABLE as stated at checkout.",
        "THIS IS OUR FINAL RESPONSE on the matter.",
        "I READ your message.",
    ),
    good=(
        "Please don't share your PIN with anyone, including us.",
        "Try a different HDMI cable; the HDMI 2.1 port supports 4K.",
        "Your reference is ABC-1234 and the parcel is at the LHR hub.",
        "The SUPERCHARGE Pro kit comes with a USB-C cable and a UK plug.",
        "Please DM us your ZIP code and we'll check the ETA. ^GA",
        "Thank YOU for being such a loyal customer!",
        "We're looking into it now. -SL",
        "ORDER DETAILS: two mugs, one teapot.",
    ),
    confidence=0.95,  # measured, round 7 (see docstring)
)
def shouting_caps(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags words in capitals used for emphasis ("we DO NOT refund", "PLEASE
    read", "ALREADY", "NON-REFUNDABLE") and sentences written in capitals.

    A capitalised token counts only when it is a common English word. Not
    shouting: acronyms and codes (PIN, HDMI, DM, ETA, ABC-1234, USB-C,
    AT&T), product names, @handles, #hashtags, links, `code`, tweet
    signatures (^GA, -SL, /RR, "Thank you. SO"), headings ("ORDER
    DETAILS:"), buttons and keywords ("tap SEND", "reply STOP", "the ORDERS
    tab", "the ALL ACCESS pass"), greetings ("HI there"), warm emphasis
    ("Thank YOU", "the best service at ALL times!", "I'm VERY sorry"),
    quoted customer words, and anything in the signature or footer (a
    "PLEASE DO NOT REPLY" notice). Round 10 (blind set M): keywords joined
    to a reply keyword ("reply KEEP to confirm or REFUND for your money
    back") are keywords too.

    The suggestion lowercases the words: safe when every word in the span is
    a common word (meaning and grammar are kept; only the raised voice
    goes), unsafe when the span also holds something that may be a name.

    ## Known limitations
    Emphasis on uncommon words ("this is UNBELIEVABLE") is not flagged, and a
    product name spelt as a common word in capitals with nothing around it
    marking it as a name ("try the EVERYTHING bagel") is.

    ## Confidence
    0.95: the rule's precision over the pooled agreed dev labels (sets E,
    F and H with their second readers, set G's hold-out aggregate), round
    7: right/hits 19/19 (E 5/5, F 3/3, G 5/5, H 6/6), add-one smoothed ((right+1)/(hits+2)) and
    rounded to 0.05.
    """
    if not _may_shout(doc.text):
        return
    end_of_body = None
    text = doc.text
    # Per-sentence verdicts, so many runs in one long sentence stay linear.
    warm: dict[int, bool] = {}
    for whole in _runs(doc):
        words = [w for _, _, w in whole]
        counted = [w for w in words if len(w) >= 2 and w not in _NOT_SHOUTING]
        strong = [
            w for w in counted if _is_word(w) and (len(w) >= 3 or w in _STRONG_SHORT)
        ]
        short = [w for w in counted if _is_word(w) and len(w) == 2]
        if not strong and not (len(short) >= 2):
            continue
        # Trim single letters ("I", "A") at the edges of the span.
        lo, hi = 0, len(whole)
        while lo < hi and len(whole[lo][2]) == 1:
            lo += 1
        while hi > lo and len(whole[hi - 1][2]) == 1:
            hi -= 1
        run = whole[lo:hi]
        if not run:
            continue
        start, end = run[0][0], run[-1][1]
        if end_of_body is None:
            end_of_body = body_end(doc)
        if start >= end_of_body:
            continue
        if len(run) == 1 and len(run[0][2]) <= 4 and _signature_tail(doc, start):
            continue
        sent = doc.sentence_at(start)
        if (
            _HEADING_AFTER.match(text, end, min(len(text), end + 200))
            and _line_head(text, start)
            and not any(w in _COMMANDS for w in words)
        ):
            continue  # "ORDER DETAILS:" heading, but not "PLEASE NOTE:"
        if len(run) == 1 and _THANK_BEFORE.search(text, max(0, start - 12), start):
            continue  # "Thank YOU"
        if _UI_BEFORE.search(text, max(0, start - 16), start) or _UI_AFTER.match(
            text, end, min(len(text), end + 200)
        ):
            continue  # a button or keyword: "tap SEND", "reply STOP", "the ORDERS tab"
        if len(run) == 1 and _KEYWORD_BEFORE.search(text, max(0, start - 120), start):
            continue  # "reply KEEP to confirm or REFUND for your money back"
        if sent is not None:
            if (
                sent.start == start
                and sent.end == end
                and sent.text[-1:] not in (_SENTENCE_PUNCT)
            ):
                continue  # a heading line on its own
            if sent.start not in warm:
                rest = sent.text
                warm[sent.start] = bool(
                    (friendly(rest) or _APOLOGY.search(rest))
                    and not _NEGATIVE_CUE.search(rest)
                )
            if warm[sent.start]:
                continue  # warm emphasis: "the best service at ALL times!", "VERY sorry"
        safe = all(_is_word(w) or len(w) == 1 for _, _, w in run)
        yield Match(
            start,
            end,
            suggestions=(_lowercase(doc, start, end, safe=safe),),
        )


def _may_shout(text: str) -> bool:
    """
    Whether *text* holds a capitals token that could count: two letters or
    more, a common word, not a known non-shouting one. Every finding needs
    one, and most replies have only names, sign-offs ("^GA") and acronyms:
    one C-level scan and a few set look-ups then spare them the per-token
    reading (CS702 has no trigger words and runs on every reply; issue 15).
    """
    for token in _CAPS.findall(text):
        if len(token) >= 2:
            word = token.lower().replace("\u2019", "'")
            if word not in _NOT_SHOUTING and _is_word(word):
                return True
    return False


def _lowercase(doc: Document, start: int, end: int, *, safe: bool) -> Suggestion:
    words = doc.text[start:end]
    low = regex.sub(r"\b(?!I\b)([A-Z]+)", lambda m: m.group().lower(), words)
    sent = doc.sentence_at(start)
    at_start = sent is not None and sent.start == start
    if at_start:
        low = low[:1].upper() + low[1:]
    return Suggestion(
        f"Write {low!r} in lower case",
        (Edit(start, end, low),),
        Applicability.SAFE if safe else Applicability.UNSAFE,
    )


# =============================================================================
# CS703 shouting-punctuation
# =============================================================================

_PUNCT_RUN = compile_cached(
    r"[!?\u203c\u2047\u2048\u2049]{2,}|[\u203c\u2047\u2048\u2049]"
)
_TENSE = compile_pattern(
    r"""
    \b(?:not|never|nothing|cannot|can't|won't|unable|impossible|no\s+longer|stop|already
      |again|why|must|final|seriously|told\s+you|how\s+many\s+times|enough|refuse
      |closed|denied|refused|rejected|declined|suspended|terminated|banned|expired|policy|terms
      |rules|non-refundable)\b
    """
)


_POLITE = compile_pattern(
    r"\b(?:could|would)\s+you\b|\bdo\s+you\s+(?:know|happen)\b|\bplease\b|\bout\s+of\s+interest\b"
    r"|\bI\s+wonder\b|\bby\s+any\s+chance\b"
)


@rule(
    code="CS703",
    name="shouting-punctuation",
    family=_FAMILY,
    message="Repeated punctuation reads as shouting: {excerpt!r}",
    why=(
        'Runs like "!!!", "??" and "?!" read as raised voice or '
        'exasperation (seed 003, "Stay Aware of Your Facial Expressions and '
        'Tone of Voice"; seed 000, "Stay Positive").'
    ),
    fix="Use one mark",
    bad=(
        "Please stop replying to this thread!!",
        "Your order has already shipped!!!",
        "Did you get the email we sent??",
        "Why would that be our problem?!",
    ),
    good=(
        "Great news, your refund has been approved!",
        "Happy birthday to you!!",
        "Thanks so much for the kind words!!! 😊",
        "Stream on!!",
    ),
    confidence=0.8,
    # round 7: pooled agreed dev labels (E, F, H, G hold-out) 5/7 (E 2/2, F 1/1, G 2/4): under 0.85, preview
    preview=True,
)
def shouting_punctuation(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags runs of "!" and "?" that read as shouting or exasperation: "??",
    "?!" and longer question runs, "!!" and "!!!" on a tense sentence (a
    refusal, "stop", "already", "again", "why", words in capitals), and four
    or more "!" anywhere. One "!" is fine.

    Enthusiasm is not shouting: doubled marks in a warm sentence ("Happy
    birthday!!", "Thanks so much!!!", an emoji nearby), "!!" or "!!!" on a
    neutral sentence ("Stream on!!"), "??" or "?!" on a polite request
    ("could you check again??") or in a reply that is playful as a whole
    (emoji, "no worries", "enjoy": "a gift at Christmas?!") are left alone.
    Courtesy elsewhere in the reply ("Thanks for your note.") does not
    count as playful.

    ## Known limitations
    Whether "!!!" is warm or cross is a judgement call made from the words
    around it; a cross "!!!" on a sentence with no tense word is missed.

    ## Confidence
    Round 7: precision over the pooled agreed dev labels (sets E, F and
    H with their second readers, set G's hold-out aggregate) was 5/7 (E 2/2, F 1/1, G 2/4);
    under 0.85, so the rule runs in preview only.
    """
    runs = list(_PUNCT_RUN.finditer(doc.text))
    if not runs:
        return
    end_of_body = body_end(doc)
    reply_friendly: bool | None = None
    shouted = [
        start for start, _, w in _caps_tokens(doc) if _is_word(w) and len(w) >= 3
    ]
    # Per-sentence verdicts, so many runs in one long sentence stay linear.
    tone: dict[int, tuple[bool, bool, bool]] = {}
    for m in runs:
        start, end = m.span()
        run = m.group()
        if start >= end_of_body:
            continue
        sent = doc.sentence_at(start)
        key = sent.start if sent is not None else -1
        if key not in tone:
            text = (
                sent.text if sent is not None else doc.text[max(0, start - 100) : end]
            )
            caps = False
            if sent is not None:
                lo = bisect.bisect_left(shouted, sent.start)
                caps = lo < len(shouted) and shouted[lo] < sent.end
            tone[key] = (
                friendly(text),
                _TENSE.search(text) is not None or caps,
                _POLITE.search(text) is not None,
            )
        warm, tense, polite = tone[key]
        # An emoji right after the run belongs to its sentence's tone.
        if warm or EMOJI.search(doc.text, end, end + 8):
            continue
        marks = sum(1 if c in "!?" else 2 for c in run)
        question = any(c != "!" for c in run)
        if not question and not tense and marks < 4:
            continue  # "Stream on!!", "send us a DM!!!": excitable, not cross
        if question and not tense and marks <= 2:
            if polite:
                continue  # "could you check again?!": a polite request, doubled
            if reply_friendly is None:
                reply_friendly = playful(doc.text[:end_of_body])
            if reply_friendly:
                continue  # "a gift at Christmas time?!" in a warm reply
        single = "?" if question else "!"
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    f"Use a single {single!r}",
                    (Edit(start, end, single),),
                    Applicability.SAFE,
                ),
            ),
        )


# =============================================================================
# CS704 blunt-no
# =============================================================================

#: A speaker label that starts a turn: a role word, optionally with the
#: agent's name after it or in brackets ("Agent:", "Agent (Pawel):", "Support
#: Team:", "Rep [Ana]:"). Round 8: "Agent (Pawel): No." kept the "No" from
#: reading as sentence-initial. A bare first name ("Sam:") is not a label
#: here: "Note:" and "Re:" look the same.
_SPEAKER_LABEL = (
    r"(?:(?:agent|rep|representative|advisor|adviser|staff|bot|assistant|support|operator|csr)"
    r"(?:\s+(?:team|desk|agent|[A-Z][\w'-]{1,20}))?(?:\s*[(\[][^()\[\]\n:]{1,30}[)\]])?\s*:\s*)?"
)
_BARE_NO = compile_cached(
    r"(?i)(?:@\w+\s+)*"
    + _SPEAKER_LABEL
    + r"(?:(?:um+|uh+|erm+|well|so|sorry)\s*[,.\-\u2013\u2014]*\s*)?"
    r"(?P<no>no+|nope|nah|nay)(?:\s*,\s*(?:no|nope))*"
    r"(?:\s*,?\s*(?:sorry|I'm\s+afraid|unfortunately))?\s*(?P<punct>[.!]*)"
)
#: Without one of these words there is no "No" to flag.
_ANY_NO = compile_cached(r"(?i)\b(?:no+|nope|nah|nay)\b")
_NO_OPENER = compile_cached(
    r"(?i)(?:@\w+\s+)*"
    + _SPEAKER_LABEL
    + r"(?:(?:hmm+|um+|erm+|well|so|sorry)\s*[,.]?\s*)?(?P<no>no|nope|nah)"
    r"\s*(?:,|\s[-\u2013\u2014])\s*"
)
#: What follows a "No" that makes it an answer, not a wall: reassurance or
#: good news for the customer.
_REASSURANCE = compile_pattern(
    r"""
    ^\W*(?:you\s+(?:won't|will\s+not|don't|do\s+not|needn't|wouldn't|haven't|shouldn't|aren't
      |weren't|didn't)\b|you(?:'re|\s+are)\s+(?:all\s+set|fine|good|covered|not)\b
      |(?:it|that|this)(?:'s|\s+is|\s+was|\s+isn't|\s+wasn't)\s+(?:not\s+)?(?:your\s+fault|fine|ok
      |okay|no\s+problem|not\s+a\s+problem|free|included|covered)
      |(?:it's|that's|this\s+is)\s+not\s+(?:your|a)\b|not\s+at\s+all|no\s+(?:charge|need|problem
      |worries|fee|cost)|don't\s+worry|nothing\s+to\s+worry|there(?:'s|\s+is)\s+no\s+(?:charge
      |need|fee|cost|problem)|still\b|all\s+good|of\s+course|we(?:'ve|\s+have)
      |I(?:'ve|\s+have)|we(?:'ll|\s+will)|I(?:'ll|\s+will)|but\b)
    """
)

#: Round 9b (K and L): a polar information question in the customer's
#: message ("is there a booking fee?", "do I need to be in?", "will it still
#: arrive?"): an auxiliary or "need" heads the question, after an opener
#: ("Quick one -", "Hi,", "Also"). A "No" that answers it with an
#: explanation is the answer, not a wall.
_POLAR_QUESTION = compile_pattern(
    r"""
    ^\W*(?:(?:hi|hello|hey|quick\s+(?:one|question|q)|just\s+(?:wondering|checking)|also|and|so|ok
      |okay|sorry|question)\b[\s,.:;!\-\u2013\u2014]*)*
    (?:is|isn't|are|aren't|was|were|am|do|does|doesn't|don't|did|will|won't|has|have|had|should
      |shall|need|must)\s+
    (?:there|it|this|that|these|those|I|we|my|our|the|a|an|he|she|they|his|her|their|any|anyone
      |everyone|someone|[A-Z][\w'-]*)\b
    """
)
#: A question that is a request, whatever its auxiliary ("can you look at
#: it again?", "could I get a refund?", "will you refund me?", "is it
#: possible to", "is there any way"): a "No" to it refuses.
_REQUEST_QUESTION = compile_pattern(
    r"""
    \b(?:can|could|may|would|will|won't|wouldn't)\s+(?:I|we|you|u)\b|\bplease\b|\bpls\b
    | \bI(?:'d|\s+would)\s+like\b|\bI\s+want\b|\b(?:is|would)\s+it\s+(?:be\s+)?possible\b
    | \bany\s+(?:chance|way)\b|\bis\s+there\s+(?:any\s+)?(?:way|chance)\b|\bable\s+to\b
    | \b(?:do|would)\s+you\s+mind\b
    """
)

#: A negation in what follows the "No": the answer then repeats the no
#: ("No. Water damage isn't covered."), and the "No" stays a wall.
_NEGATIVE_ANSWER = compile_pattern(
    r"\b(?:not|no|never|nothing|none|cannot|non-?\w+|unable)\b|n't\b"
)


#: Round 10 (blind set M): a question about what the company can perceive
#: or reach ("can you see my passwords?", "can staff read my messages?",
#: "do you have access to my card?") asks for information however it is
#: worded: a "No" that answers it, with an explanation that may repeat
#: the no ("we never have access to it"), is the answer, not a wall. Not
#: "can you see if / why / what ...", which asks for a look.
_CAPABILITY_QUESTION = compile_pattern(
    r"""
    \b(?:can|could|do|does|will)\s+(?:you|u|you\s+guys|your\s+(?:staff|team|agents?|engineers?)|staff|anyone
      |anybody|the\s+(?:staff|agents?|team|engineers?|app|company))\s+
    (?:(?:actually|still|ever|even)\s+)?
    (?:see|view|read|access|hear|record|store|keep|track|know|have\s+access\s+to)\b
    (?!\s+(?:if|whether|why|what|when|how|where|which|who|to)\b)
    """
)


def _asked_capability_question(customer: str | None) -> bool:
    """
    Whether the customer's last question asks what the company can see or
    reach (`_CAPABILITY_QUESTION`).
    """
    if not customer or "?" not in customer:
        return False
    cut = customer.rfind("?")
    head = max(customer.rfind(c, 0, cut) for c in ".!?\n")
    return _CAPABILITY_QUESTION.search(customer[head + 1 : cut + 1]) is not None


def _asked_polar_question(customer: str | None) -> bool:
    """
    Whether the customer's last question asks for information with a yes
    or a no ("Is there a cancellation fee?", "Do I need to send it?"), not
    for something to be done ("Can you look at it again?").
    """
    if not customer or "?" not in customer:
        return False
    cut = customer.rfind("?")
    head = max(customer.rfind(c, 0, cut) for c in ".!?\n")
    question = customer[head + 1 : cut + 1]
    return (
        _POLAR_QUESTION.search(question) is not None
        and _REQUEST_QUESTION.search(question) is None
    )


@rule(
    code="CS704",
    name="blunt-no",
    family=_FAMILY,
    message="A bare “No” reads as a door shut: {excerpt!r}",
    why=(
        'A one-word "No." or a "Nope," before a refusal shuts the '
        "conversation down; lead with what is possible or with the reason "
        '(seed 000, "Stay Positive and Empathetic"; seed 003, "Tone of '
        'Voice").'
    ),
    fix="Lead with what you can do, or explain",
    bad=(
        "No. The discount can't be applied to sale items.",
        "No.",
        "Nope, can't do that, sorry.",
        "No, we don't price match.",
        "Hmm, nope - that's not going to work, sorry.",
    ),
    good=(
        "No problem at all, happy to help.",
        "No worries, I've updated the delivery note for you.",
        "No, you won't be charged twice.",
        "No, that's not your fault.",
        "Nope! Still just the $3 fee.",
        "No, that one's for in-store use only, but I can swap it for an online code.",
        "No thank you.",
    ),
    confidence=0.45,  # measured on blind K+L, round 9 (see docstring)
)
def blunt_no(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a sentence that is only "No." (or "Nope.", "Nah.", "Um, no."), and
    a "No," or "Nope," that opens a refusal ("No, we don't price match.").

    Not flagged: "No problem", "No worries", "No thank you", a "No" followed
    by reassurance or good news ("No, you won't be charged twice", "No,
    that's not your fault", "Nope! Still just $3"), or by what can be done
    ("No, but I can swap it").

    Round 9b (blind sets K and L): a "No" that answers the customer's polar
    information question ("Is there a booking fee?", "Do I need to be
    in?") with an explanation that neither refuses nor repeats the no ("No.
    Box office collection is free.") is the answer, not a wall. A "No" to a
    request ("Can you look at it again?" "No. The decision is final."), a
    "No" with no customer message, and "No. Water damage isn't covered."
    are still flagged.

    Round 10 (blind set M): a "No" to what the company can see or reach
    ("Can you see my passwords?" "No. Your vault is encrypted and we never
    have access to it.") answers a capability question; "can you see why
    ...", a request for an action and a bare "No." are still flagged.

    ## Known limitations
    Without the customer message, a "No" that answers a worry in a later
    sentence ("No. The second charge is a hold that drops off.") is still
    flagged.

    ## Confidence
    0.45: the rule's precision on the blind sets K and L pooled (round 9, 720 replies, agreed labels; `benchmarks/calibrate.py`):
    right/hits 3/7 (K 1/3, L 2/4), add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05 — a
    bare "No" is often the right answer to a yes/no question the readers did not flag. Round 7's
    0.95 came from the pooled dev labels (13/13). A host that wants only sure findings filters it
    with ``min-confidence``; whether it stays on by default is for the next blind set to decide.
    """
    if _ANY_NO.search(doc.text) is None:
        return
    sentences = doc.sentences
    alternatives: Alternatives | None = None
    refusals: list[int] = []

    def refuses(lo: int, hi: int) -> bool:
        j = bisect.bisect_left(refusals, lo)
        return j < len(refusals) and refusals[j] < hi

    for i, sent in enumerate(sentences):
        bare = _BARE_NO.fullmatch(sent.text)
        joined = False
        if bare is None:
            # "No. The code…", "um - no. and…": the splitter keeps "No." (an
            # abbreviation of "number") joined to what follows.
            head = _BARE_NO.match(sent.text)
            rest = sent.text[head.end() :].lstrip() if head is not None else ""
            if (
                head is not None
                and head.group("punct")
                and (not rest or sent.text[head.end()].isspace())
                and not rest[:1].isdigit()
                and rest[:1] != "#"
            ):  # but "No. 5 is your seat" is a number
                bare, joined = head, True
        m = bare or _NO_OPENER.match(sent.text)
        if m is None:
            continue
        start = sent.start + m.start("no")
        end = sent.start + m.end("no")
        if alternatives is None:
            alternatives = alternatives_of(doc)
            refusals = [s for s, _ in doc.memo(_refusals)]
        if start >= alternatives.end or doc.in_quote(start, end):
            continue
        if bare is not None:
            # What follows the "No": the rest of its sentence, or the next one.
            if joined:
                lo, hi = sent.start + bare.end(), sent.end
            elif i + 1 < len(sentences) and sentences[i + 1].start < alternatives.end:
                lo, hi = sentences[i + 1].start, sentences[i + 1].end
            else:
                lo = hi = sent.end
            following = doc.text[lo:hi].strip()
            if following and _REASSURANCE.search(following):
                continue
            if (
                following
                and not refuses(lo, hi)
                and _NEGATIVE_ANSWER.search(following) is None
                and _asked_polar_question(doc.customer)
            ):
                continue  # "Is there a fee?" "No. Collection is free."
            if (
                following
                and not refuses(lo, hi)
                and _asked_capability_question(doc.customer)
            ):
                continue  # "Can you see my passwords?" "No. They're encrypted ..."
            exclaimed = bare.group("punct").startswith("!")
            if exclaimed and not (following and refuses(lo, hi)):
                continue  # "Nope!" alone or before good news is playful
        else:
            if _REASSURANCE.search(sent.text[m.end() :]):
                continue
            rest = sent.start + m.end()
            if not refuses(rest, sent.end) or alternatives.anywhere(start, end):
                continue
        yield Match(start, end, suggestions=(_drop_no(doc, sent, start, end),))


def _drop_no(doc: Document, sent: Sentence, start: int, end: int) -> Suggestion:
    """
    Suggest removing the "No" (and its punctuation) when words follow it.
    """
    text = doc.text
    stop = end
    while stop < len(text) and text[stop] in ".,!;: \t":
        stop += 1
    rest = text[stop:].strip()
    if not rest:
        return Suggestion("Say what you can do, or why, instead of a bare “No.”")
    replacement = ""
    if stop < len(text) and text[stop].islower() and sent.start == start:
        replacement = text[stop].upper()
        stop += 1
    return Suggestion(
        "Drop the bare “No” and lead with the explanation or what you can do",
        (Edit(start, stop, replacement),),
        Applicability.UNSAFE,
    )


RULES = (
    cant_without_alternative,
    shouting_caps,
    shouting_punctuation,
    blunt_no,
)
