"""
A reading of the customer's message: upset or not, and the cues that
decided it. `customer_state` reads a document's customer message once and
keeps the reading on the document.

"Upset" means what a support reviewer means by it: a reply that goes
straight to procedure would leave this customer feeling unheard. That is
anger or a harsh judgement of the service, distress or fear, sarcasm,
repeated contact or a long wait, a loss that cost the customer something
(money, work, an event, a basic need), a vulnerable person caught up in
the problem, a death in the family, a threat to leave, profanity, heated
shouting. A plain first problem report is *not* upset: "the app keeps
crashing", "I was charged twice", "my bag didn't arrive" are reports the
reply should fix, not feelings it must acknowledge; nor is a loss word
inside a question ("Is it broken?", "Will I get the stolen money back?").

The cue words are the customer-state lexicon classes in
``cs_lint/_text/lexicons.toml`` (ANGER_EVAL, DISTRESS, SARCASM,
SARCASM_PRAISE, REPEAT_DURATION, LOSS, IMPACT, IMPACT_STAKES, EVENT_NOUN,
VULNERABILITY, BEREAVEMENT, THREAT_LEAVE, PROFANITY); the constructions
that need more than a phrase (a count of contacts, "my 80-year-old dad",
"I'm going to miss my daughter's school play", praise next to a failure)
are read here. Every pattern is an alternation of literals with short
bounded gaps, and each text is read once per pattern, so reading is linear.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator

import attrs
import regex

from cs_lint._text.anchors import anchored, starts_of
from cs_lint._text.document import Document, Sentence
from cs_lint._text.lexicons import DIGIT_START
from cs_lint._text.patterns import compile_pattern


# --- the reading ---------------------------------------------------------------


class CueKind(enum.Enum):
    """
    What kind of evidence a `Cue` is.
    """

    COMPLAINT = "complaint"
    LOSS = "loss"
    REPEAT = "repeat"
    PROFANITY = "profanity"
    SHOUTING = "shouting"
    THREAT = "threat"
    DISTRESS = "distress"
    SARCASM = "sarcasm"
    VULNERABILITY = "vulnerability"
    IMPACT = "impact"


@attrs.frozen
class Cue:
    """
    One piece of evidence about the customer's state: its *kind*, and the
    *excerpt* at ``message[start:end]``.
    """

    kind: CueKind
    start: int
    end: int
    excerpt: str

    def to_dict(self) -> dict[str, str | int]:
        """
        Return ``{"kind", "start", "end", "excerpt"}`` with plain values.
        """
        return {
            "kind": self.kind.value,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
        }


@attrs.frozen
class CustomerState:
    """
    A reading of a customer message: *upset* or not, and the *cues* found
    (in order of position), which are the evidence for it.

    Some cues make a customer upset on their own: a complaint ("this is
    ridiculous"), distress ("I'm panicking"), sarcasm ("Great job."),
    profanity, a threat to leave, repeated contact or a long wait ("third
    time I'm writing", "still waiting", "It's been 3 weeks"), an impact
    ("I'm losing money", "I'm going to miss my daughter's play"), a death
    in the family. Others only together with a problem report (a LOSS
    cue: "never arrived", "keeps crashing", "charged twice"): a vulnerable
    person ("I have a newborn"), what rides on it ("I need it for
    Saturday"), a wait of days ("for 5 days"), shouting or an exclamation.
    A LOSS cue alone is a plain report, not upset. In a cheerful message
    ("amazing, never flying anyone else") one upsetting cue is not enough;
    sarcasm always is. Heated shouting alone (three words in capitals,
    "????") is upset; cheer or thanks ("LOVE IT!!!") never is.
    """

    upset: bool
    cues: tuple[Cue, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """
        Return ``{"upset": bool, "cues": [...]}`` for JSON.
        """
        return {"upset": self.upset, "cues": [c.to_dict() for c in self.cues]}


def _compile(source: str) -> regex.Pattern[str]:
    # Customers leave apostrophes out ("dont"); compiled on first use.
    return compile_pattern(source, lazy=True, loose_apostrophes=True)


_N = r"(?:\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|several|many|multiple|numerous|countless|so\s+many)"
_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth"
    r"|\d{1,2}(?:st|nd|rd|th))"
)
_LONG_UNIT = r"(?:days?|weeks?|months?|years?|fortnight)"

_COMPLAINT = _compile(
    r"""
    {ANGER_EVAL}
    | \bseriously\s*[?!]
    | (?:(?<=^)|(?<=[.!?]\s{1,3}))(?:please\s+)?(?:fix|stop)\s+(?:it|this)(?=\s*(?:[.!]|$))
    | \b(?:nobody|no\s+one|noone)\s+(?:is\s+|seems\s+to\s+be\s+)?(?:doing\s+anything|cares|helping|helps|listens|listening
      |answers|answer|replies|responds|picks\s+up|pick\s+up|calls\s+back|call\s+back|gets\s+back|get\s+back)\b
    | \b(?:nobody|no\s+one|noone)(?:'s|\s+is|\s+was|\s+were)\s+(?:even\s+)?(?:answering|picking\s+up|replying|responding|helping
      |(?:at|on|behind|manning|staffing)\s+(?:the\s+)?(?:gate|desk|front\s+desk|counter|reception|check-?in|help\s*desk|info\s+desk|ticket\s+office|platform|door))\b
    | \bstealing\b(?=[^.!?\n]{0,30}\bfrom\s+(?:me|us)\b)
    | \b(?:whyy{2,}|noo{2,})\b
    | :\(|:-\(|>:\(|\U0001F620|\U0001F621|\U0001F92C|\U0001F624|\U0001F612|\U0001F644|\U0001F611|\U0001F44E
    """
)
_COMPLAINT_STARTS = starts_of(
    "{ANGER_EVAL}",
    "seriously please fix stop nobody nobody's noone noone's no stealing whyy* noo* : >",
    *"\U0001f620\U0001f621\U0001f92c\U0001f624\U0001f612\U0001f644\U0001f611\U0001f44e",
)
#: Complaint words that are politeness or idiom in these frames.
_COMPLAINT_IDIOM = _compile(
    r"""
    \bhate\s+to\b|\b(?:to\s+be|being)\s+(?:annoying|a\s+pain)\b|\bworst\s+case\b
    | \b(?:sorry|apologies)\s+(?:to\s+be|for\s+being|if\s+this\s+is|if\s+I\s+sound)
        (?:\s+(?:so\s+|a\s+bit\s+)?(?:annoying|a\s+pain|rude|difficult|frustrated|stupid))?\b
    """
)
_COMPLAINT_IDIOM_STARTS = starts_of("hate to being worst sorry apologies")
#: Round 9b (K and L's false alarms): constructions that hold a cue word
#: but are not upset, taken before the cues are read. Tickets bought, not
#: support tickets raised ("Why was I charged for 3 tickets?", "booked 2
#: tickets"; "I've raised 3 tickets" is still repeat contact); a refund
#: asked for a booking still to come ("I want my money back for tomorrow's
#: showing"; "I want my money back" about what happened is still a
#: complaint); a softened gripe in a review that praises ("Lovely
#: exhibits but the cafe was a bit annoying"; without the praise or the
#: softener it is still a complaint). docs/families/missing-empathy.md, UP-27.
_MILD_GRIPE = (
    r"(?:a\s+(?:bit|little|tad|touch)|slightly|somewhat|mildly|kind\s+of|kinda)\s+"
    r"(?:annoying|annoyed|irritating|frustrating|disappointing|disappointed|inconvenient)\b"
)
_PRAISED = (
    r"\b(?:lovely|great|good|nice|brilliant|fantastic|excellent|wonderful|amazing|loved|enjoyed|beautiful|friendly"
    r"|helpful|delicious|superb|fab|fabulous|gorgeous|stunning|really\s+liked)\b"
)
#: Round 10 (blind set M): a gripe the customer calls resolved ("bit
#: annoying that it logged me out but all sorted now"): softened, and
#: past. Unsoftened ("Furious it logged me out, sorted now but ...") or
#: still open ("a bit annoying and still not fixed") stays read.
_RESOLVED = (
    r"(?:but|though|and)\s+(?:(?:it's|its|it\s+is|all|that's|thats|everything's|everything\s+is|it's\s+all)\s+)?"
    r"(?:all\s+)?(?:sorted|fixed|resolved|working(?:\s+again)?|fine|good)\s+now\b"
)
#: Round 10 (blind set M): the customer's own slip ("I bought the wrong
#: plan by mistake", "I accidentally booked the wrong date"): "the wrong"
#: is their choice, not a loss the company caused. "You sent the wrong
#: size" and "I was sold the wrong plan" stay losses.
_SLIP_VERB = (
    r"(?:bought|ordered|booked|picked|chose|chosen|selected|paid\s+for|renewed|subscribed\s+to|entered|typed"
    r"|clicked\s+on|clicked)\s+(?:the\s+|a\s+)?wrong\b"
)
_OWN_SLIP = (
    rf"\b(?:I|we)(?:'ve|\s+have)?\s+(?:accidentally|mistakenly|stupidly)\s+{_SLIP_VERB}"
    rf"|\b(?:I|we)(?:'ve|\s+have)?\s+{_SLIP_VERB}[^.!?\n]{{0,40}}?"
    r"\b(?:by\s+(?:mistake|accident)|accidentally|(?:my|our)\s+(?:bad|mistake|fault|error))"
)
_NOT_UPSET = _compile(
    rf"""
    \b(?:a\s+)?(?:bit|little|tad|touch|slightly|somewhat|mildly|kind\s+of|kinda)\s+
      (?:annoying|annoyed|irritating|frustrating|inconvenient)\b[^.!?\n]{{0,60}}?\b{_RESOLVED}
    | {_OWN_SLIP}
    | \b(?:for|bought|booked|paid\s+for|charged\s+for|ordered|purchased|reserved|buy|book)\s+{_N}\s+
      (?:(?:adult|child|kids?|concession|student|senior|standard|vip|extra|more|festival|match|train|bus|cinema|theatre)\s+)?tickets\b
    | \bwant\s+(?:my\s+money\s+back|a\s+refund)\s+(?:for|on)\s+(?:my\s+|the\s+|our\s+)?
      (?:tomorrow(?:'s)?|tonight(?:'s)?|next\s+\w+(?:'s)?|this\s+(?:coming\s+)?\w+(?:'s)?|upcoming|future
        |(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?)\b
    | {_PRAISED}[^.!?\n]{{0,60}}?\b(?:but|though|although|except|only\s+(?:thing|downside|gripe))\b[^.!?\n]{{0,80}}?\b{_MILD_GRIPE}
    | \b{_MILD_GRIPE}[^.!?\n]{{0,60}}?\b(?:but|though|although|otherwise|apart\s+from\s+that)\b[^.!?\n]{{0,60}}?{_PRAISED}
    """
)
_NOT_UPSET_STARTS = starts_of(
    "for bought booked paid charged ordered purchased reserved buy book want a slightly somewhat mildly kind kinda"
    " bit little tad touch i i've we we've"
    " lovely great good nice brilliant fantastic excellent wonderful amazing loved enjoyed beautiful friendly"
    " helpful delicious superb fab fabulous gorgeous stunning really",
    loose=True,
)
_DISTRESS = _compile(
    r"""
    {DISTRESS}
    | \bdon't\s+know\s+(?:what\s+(?:else\s+)?to\s+do|where\s+(?:else\s+)?to\s+(?:start|turn|go))
        (?=\s*(?:[.!?,;:)]|$|anymore|any\s+more|now|here|about\s+(?:this|it)))
    """
)
_DISTRESS_STARTS = starts_of("{DISTRESS}", "don't", loose=True)
#: Distress emoji: on social media often play, so support for a problem
#: report rather than upset on their own.
_DISTRESS_EMOJI = regex.compile(
    "[\U0001f629\U0001f62d\U0001f622\U0001f630\U0001f631\U0001f625\U0001f61f\U0001f62b\U0001f198]"
)
_DISTRESS_EMOJI_STARTS = starts_of(
    *"\U0001f629\U0001f62d\U0001f622\U0001f630\U0001f631\U0001f625\U0001f61f\U0001f62b\U0001f198"
)
_SARCASM = _compile(r"{SARCASM}")
_SARCASM_STARTS = starts_of("{SARCASM}")
_PRAISE = _compile(r"{SARCASM_PRAISE}")
_PRAISE_STARTS = starts_of("{SARCASM_PRAISE}")
_THANKS_FOR = _compile(
    r"\b(?:thanks?|thank\s+you|cheers)\s+(?:so\s+much\s+|a\s+lot\s+)?for\b"
)
_THANKS_FOR_STARTS = starts_of("thank", "thanks", "cheers")
#: What a customer thanks for when the thanks is sincere.
_FIX_THANKS = _compile(
    r"""
    \b(?:fix\w*|sort\w*|resolv\w*|solv\w*|help\w*|replac\w*|refund\w*|look\w*\s+into|reply\w*
      |respond\w*|getting\s+back|get\s+back|the\s+(?:refund|replacement|help|quick|fast|update)
      |your\s+(?:help|time|reply|response|patience|quick)|checking|sending\s+(?:a|the)\s+(?:new|replacement))\b
    """
)
_FIXED = _compile(
    r"\b(?:fixed|sorted|resolved|works\s+now|working\s+(?:now|again|fine)|all\s+good|arrived\s+safe\w*)\b"
)
#: Round 10b (blind set N): a count per period is a tally of the
#: customer's contacts ("Over 10 calls a month to get the charge removed")
#: except as a service level ("cut to 2 visits a day") or contacts they
#: receive ("2 calls a day from a telemarketer"). UP-32.
_REPEAT = _compile(
    rf"""
    {{REPEAT_DURATION}}
    | \b(?:called|rang|phoned|emailed|e-mailed|messaged|tweeted|written|wrote|contacted|chased
        |asked|complained|reported|explained|told\s+(?:you|them|your\s+\w+)|spoken|spoke|visited
        |been\s+(?:in|into)\s+(?:the\s+)?(?:store|shop|branch)|been\s+told)\b
        (?:[^.!?\n]{{0,40}}?)\b(?:{_N}\s+times|twice|thrice|repeatedly|again|already
        |before(?=\s*(?:[.,!?;]|$|and\b|but\b))|over\s+and\s+over|every\s+(?:day|week))\b
    | \b(?:I|we)(?:'ve|\s+have|\s+had\s+to|'d|\s+keep|\s+have\s+had\s+to|'ve\s+had\s+to|\s+had)?\s+(?:to\s+)?
        (?:call|ring|phone|email|e-mail|message|tweet|write|contact|chase|ask|complain|report|explain)\b
        (?:[^.!?\n]{{0,30}}?)\b(?:{_N}\s+times|twice|thrice|repeatedly|over\s+and\s+over|every\s+(?:single\s+)?day
        |every\s+week|daily)\b
    | \b(?:fought|fighting|spent|wasted|trying|tried|waiting|waited|been|chasing|chased|calling|called)\s+
        (?:[\w\x27\u2019]+\s+){{0,4}}?all\s+(?:day|weekend|week|morning|afternoon|evening|night)\b
    | \b(?:tried|did|done|restarted|rebooted|reinstalled|reset|updated|cleared|uninstalled)\b
        (?:[^.!?\n]{{0,40}}?)\b(?:(?:\d{{1,3}}|three|four|five|six|seven|eight|nine|ten|several|multiple
        |many|numerous|countless|so\s+many)\s+times|thrice|repeatedly|over\s+and\s+over)\b
    | \b(?:yet\s+)?another\s+(?:late|delayed|cancell?ed|missed|broken|failed|wrong|dropped|damaged
        |missing|lost|bogus|useless|empty|promise|promised|broken\s+promise|excuse|outage|delay|cancell?ation
        |failure|fault|error|mistake|missed)\b
    | \b{_N}\s+(?:(?:different|separate|more|other|previous)\s+)?(?:calls|phone\s+calls|emails|e-mails
        |messages|tweets|dms|chats|attempts|complaints|tickets|visits|letters|times\s+(?:now|already))\b
        (?!(?<=visits)\s+(?:a|an|per|each|every)\s+(?:day|week|month|night|fortnight|year)\b)
        (?!\s+(?:a|an|per|each|every)\s+(?:day|week|month|night|fortnight|year)\s+from\b)
    | \b{_ORDINAL}\s+(?:(?!(?:then|so|and|but|because|as|when|if|or)\b)[\w\x27\u2019-]+\s+){{0,2}}?(?:incident|outage|failure|cancell?ation|dropped\s+call|call
        |delay|breakdown|fault|problem|issue|complaint|attempt|visit|replacement|email|letter|message
        |engineer|ticket)s?\b
    | \b(?:cancell?ed|down|broken|broke|crashed|failed|late|delayed|dropped|stopped|gone|off|missing
        |wrong|offline|happen(?:ed|ing|s)?|charged|declined|out|cut\s+off|locked\s+out|lost)\s+
        (?:yet\s+)?again\b
    | \b(?:waited|waiting|wait\s+of|spent|spending|wasted)\s+(?:for\s+)?(?:over\s+|more\s+than\s+
        |almost\s+|nearly\s+|about\s+|around\s+)?(?:{_N}|an?)\s+(?:hours?|days?|weeks?|months?|minutes|mins)\b
    | \b(?:every|each)\s+(?:single\s+)?(?:day|week)\s+(?:for|since)\b
    """
)
#: A wait of days or more, said in so many words ("It's been 10 days",
#: "a month ago and still", "took three weeks"): a flat report of a loss
#: with a date, support for upset like `_DURATION`, not upset alone.
_WAIT = _compile(
    rf"""
    \bit'?s\s+(?:now\s+)?been\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+)?
        (?:{_N}|a)\s+{_LONG_UNIT}\b
    | \b(?:{_N}|a)\s+{_LONG_UNIT}\s+(?:later|on|ago)?,?\s*(?:and\s+)?still\b
    | \b(?:{_N}|a)\s+{_LONG_UNIT}\s+of\s+waiting\b
    | \b(?:took|taken|taking|takes)\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:{_N}|a)\s+{_LONG_UNIT}\b
    | \b(?:been\s+)?waiting\s+(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+|around\s+)?
        (?:{_N}|a)\s+{_LONG_UNIT}\b
    """
)
#: The numbers of `_N`, as start tokens.
_N_STARTS = (
    f"{DIGIT_START} a an one two three four five six seven eight nine ten eleven twelve several many"
    " multiple numerous countless so"
)
_REPEAT_STARTS = starts_of(
    "{REPEAT_DURATION}",
    _N_STARTS,
    """
    called rang phoned emailed e messaged tweeted written wrote contacted chased asked complained reported
    explained told spoken spoke visited been i we fought fighting spent wasted trying tried waiting waited
    chasing calling did done restarted rebooted reinstalled reset updated cleared uninstalled yet another
    second third fourth fifth sixth seventh eighth ninth tenth umpteenth cancelled canceled down broken broke
    crashed failed late delayed dropped stopped gone off missing wrong offline happen happened happening
    happens charged declined out cut locked lost it's wait spending every each took taken taking takes
    i've i'd we've we'd
    """,
    loose=True,
)
_WAIT_STARTS = starts_of(
    _N_STARTS, "it's its it took taken taking takes been waiting", loose=True
)
#: "AGAIN" in capitals: the customer shouting that it happened again.
_AGAIN_CAPS = regex.compile(r"\bAGAIN\b")
_AGAIN_CAPS_STARTS = starts_of("again")
#: A problem that persists ("still hasn't arrived"): a report of an
#: ongoing loss, support for upset like a wait of days, not upset alone.
_ONGOING = _compile(r"{STILL_ONGOING}")
_ONGOING_STARTS = starts_of("{STILL_ONGOING}")
#: A wait of days or more: upset together with a problem report.
_DURATION = _compile(
    rf"""
    \b(?:for|over|nearly|almost|more\s+than|since)\s+(?:a\s+|the\s+(?:last|past)\s+)?(?:{_N}\s+)?
        (?:days|weeks|months|a\s+week|a\s+month|a\s+fortnight|week|month)\b
    | \bsince\s+(?:last\s+(?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday
        |january|february|march|april|may|june|july|august|september|october|november|december)\b
    """
)
_DURATION_STARTS = starts_of("for over nearly almost more since")
_IMPACT = _compile(
    r"""
    {IMPACT}
    | \b(?:missed|miss|missing|going\s+to\s+miss|gonna\s+miss|will\s+miss|made\s+(?:me|us)\s+miss
        |caused\s+(?:me|us)\s+to\s+miss)\s+(?:my|our|the|a|an|his|her|their)\s+(?:[\w\x27\u2019-]+\s+){0,3}?{EVENT_NOUN}
    | \b(?:no|without)\s+(?:hot\s+water|heating|heat|power|electricity|gas|water|food)\b
        (?=[^.!?\n]{0,40}\b(?:for|since)\s)
    | \b(?:you|your\s+(?:engineer|driver|courier|staff|technician|team|agent|fitter|installer|guy|man|men|workers?
        |contractors?|delivery\s+\w+|people))\s+(?:have\s+|has\s+|just\s+)?(?:broke|broken|damaged|smashed|ruined
        |flooded|scratched|destroyed|cut\s+through|drilled\s+through|dented|wrecked|stained|burst)\s+(?:my|our)\b
    """
)
_IMPACT_STARTS = starts_of(
    "{IMPACT}",
    "missed miss missing going gonna will made caused no without you your",
)
_STAKES = _compile(r"{IMPACT_STAKES}")
_STAKES_STARTS = starts_of("{IMPACT_STAKES}")
_VULNERABLE = _compile(
    r"""
    {VULNERABILITY}
    | \b(?:I'm|I\s+am|(?:he|she)'s|(?:he|she)\s+is|aged|age)\s+(?:[7-9]\d|1[01]\d)\b(?!\s*(?:%|mins|minutes|hours|days|pounds|dollars|euros))
    | \b(?:[7-9]\d|1[01]\d)[\s-]+years?[\s-]+old\b
    | \b(?:my|our)\s+(?:mum|mom|mother|dad|father|gran\w*|nan|grandma|grandpa|husband|wife|parents?)
        \s+(?:is|are)\s+(?:[7-9]\d|1[01]\d)\b
    | \bmy\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:year|month|week)s?[\s-]+old\b
    """
)
_VULNERABLE_STARTS = starts_of(
    "{VULNERABILITY}",
    DIGIT_START,
    "i'm i he's she's he she aged age my our",
    loose=True,
)
_BEREAVED = _compile(
    r"""
    {BEREAVEMENT}
    | \b(?:my|our|his|her)\s+(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister
        |grandmother|grandfather|gran|nan|grandma|grandpa|granny|uncle|aunt|auntie|baby|child|friend
        |best\s+friend|dog|cat|pet|puppy|kitten|horse)\s+(?:has\s+|had\s+|just\s+|recently\s+|sadly\s+)*(?:died|passed(?:\s+away|(?!\s+(?:his|her|their|my|our|all|both|every|stage|level|grade|year|module|unit
        |exams?|tests?|assessment|course|theory|practical|driving|\d)\b))|was\s+killed)\b
    """
)
_BEREAVED_STARTS = starts_of("{BEREAVEMENT}", "my", "our", "his", "her")
_LOSS = _compile(
    r"""
    {LOSS}
    | \b(?:couldn't|could\s+not|can't|cannot|didn't|did\s+not|won't|wouldn't|would\s+not|refused\s+to|failed\s+to)
      \s+(?:even\s+)?(?:take|fit|get|let|help|give|find|load|connect|open|accept|deliver|come|arrive|show|work|start
      |turn\s+on|charge|answer|pick\s+up|call\s+back|fix|send|provide|board|seat|carry)\b
    | \bnever\s+happened\b
    | \bwithout\s+(?:a\s+|any\s+)?(?:working\s+|functioning\s+|usable\s+)?(?:power|gas|heating|heat|hot\s+water|water
      |electricity|internet|wifi|wi-fi|broadband|signal|phone|landline|service|connection|car|access|money|food|cash)\b
    """
)
_LOSS_STARTS = starts_of(
    "{LOSS}",
    "couldn't could can't cannot didn't did won't wouldn't would refused failed never without",
    loose=True,
)
_THREAT = _compile(
    r"""
    (?:{THREAT_LEAVE})
    # "I won't be back until Monday": an absence with its time, not a threat.
    (?!\s+(?:until|till|til|before|after|for\s+(?:a|an|the|\d+|a\s+few|a\s+couple)\b|tomorrow|tonight|today
      |later|next\b|this\s+(?:week|weekend|morning|afternoon|evening)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day
      |in\s+(?:a|an|the|\d+)\b|at\s+\d|from\b|by\b))
    | \b(?:that's|this\s+is|that\s+was|this\s+will\s+be|that\s+will\s+be)\s+the\s+last\s+time\s+(?:I|we)\b
    | \b(?:thinking\s+(?:of|about)|considering|going\s+to|gonna|about\s+to|ready\s+to|will|I'll|we'll|might\s+(?:have\s+to\s+)?)
      \s+(?:seriously\s+|just\s+|be\s+)?(?:switch(?:ing)?|mov(?:e|ing)|leav(?:e|ing)|tak(?:e|ing)\s+(?:my|our)\s+(?:business
      |money|custom))\s+(?:(?:my|our)\s+\w+\s+)?(?:to\s+)?(?:another|a\s+different|a\s+new|your\s+competitors?|elsewhere
      |a\s+competitor|the\s+competition)\b
    | \bswitch(?:ing)?\s+(?:over\s+)?to\s+(?:another|a\s+different|a\s+rival)\s+(?:bank|provider|network|carrier|company
      |airline|supplier|isp|broadband|energy\s+supplier|service)\b
    """
)
_THREAT_STARTS = starts_of(
    "{THREAT_LEAVE}",
    """
    that's this that thinking considering going gonna about ready will i'll we'll might switch switching
    """,
    loose=True,
)
#: Cancelling with a modal: a threat only next to a complaint or a problem
#: ("I'm going to cancel my account" alone is a request).
_CANCEL = _compile(
    r"""
    \b(?:I'll|I\s+will|I'm\s+going\s+to|I\s+am\s+going\s+to|gonna|about\s+to|ready\s+to|will\s+be|might
      |may|I'm|I\s+am|we're|we\s+are|we'll|we\s+will|want\s+to|going\s+to)
        \s+(?:just\s+|have\s+to\s+|seriously\s+|definitely\s+|probably\s+)?(?:cancel(?:l?ing)?|clos(?:e|ing)
        |terminat(?:e|ing)|quit(?:ting)?|drop(?:ping)?|ditch(?:ing)?|dump(?:ing)?|leav(?:e|ing))
        \s+(?:my\s+|our\s+|the\s+)?(?:account|subscription|service|contract|membership|plan|card|business
        |you|u|provider|broadband|policy|prime)\b
    """
)
_CANCEL_STARTS = starts_of(
    "i'll i i'm gonna about ready will might may we're we we'll want going",
    loose=True,
)
#: Makes a cancellation a threat: an ultimatum.
_ULTIMATUM = _compile(r"\b(?:if|unless|otherwise|or\s+else|until)\b")
_PROFANITY = _compile(
    r"""
    {PROFANITY} | \bfuck\w* | \bshit\w*
    | (?<!\blike\s+an?\s+|\bmy\s+|\byour\s+|\bkick\s+|\bbad\s*)\b(?:ass|arse)\b
    """
)
_PROFANITY_STARTS = starts_of("{PROFANITY}", "fuck*", "shit*", "ass", "arse")
_NEGATED = _compile(
    r"""
    \b(?:not|never|no|isn't|wasn't|aren't|don't|didn't|wouldn't|won't|n't|hardly|without|nothing)\s+(?:\w+\s+)?$
    """
)
_SHOUT_WORD = regex.compile(r"\b[\p{Lu}]{2,}\b")
_BANGS = regex.compile(r"[!?]*(?:!!|\?\?|\?!|!\?)[!?]*")
_ACRONYMS = frozenset(
    {
        "USA",
        "UK",
        "ATM",
        "PIN",
        "ETA",
        "FAQ",
        "SMS",
        "APP",
        "IOS",
        "PC",
        "TV",
        "DVD",
        "USB",
        "URL",
        "API",
        "CEO",
        "LOL",
        "OMG",
        "ASAP",
        "ID",
        "DM",
        "DMS",
        "VIP",
        "BBC",
        "NYC",
        "LAX",
        "JFK",
        "LHR",
        "GPS",
        "WIFI",
        "HD",
        "UPS",
        "USPS",
        "PS4",
        "XBOX",
        "IMO",
        "FYI",
        "BTW",
        "PDF",
        "SIM",
        "EST",
        "PST",
        "GMT",
        "UTC",
        "EU",
        "AM",
        "PM",
        "VAT",
        "CSV",
        "SSO",
        "SAML",
        "GDPR",
        "ISA",
        "AI",
        "HDMI",
        "NASA",
    }
)
_POSITIVE = _compile(
    r"\b(?:love|loving|loved|amazing|awesome|great|excited|can't\s+wait|yay|fab|fabulous"
    r"|fantastic|best(?!\s+(?:regards|wishes))|excellent|brilliant|wonderful|shout\s*out|kudos|perfect)\b"
    r"|[\U0001F600-\U0001F604\U0001F60A\U0001F60D\U0001F642\U0001F44D\U0001F64C\U0001F389\u2764"
    r"\U0001F495\U0001F496\U0001F497\U0001F970]"
)
_POSITIVE_STARTS = starts_of(
    """
    love loving loved amazing awesome great excited can't yay fab fabulous fantastic best excellent
    brilliant wonderful shout shoutout kudos perfect
    """,
    *"\U0001f600\U0001f601\U0001f602\U0001f603\U0001f604\U0001f60a\U0001f60d\U0001f642\U0001f44d"
    "\U0001f64c\U0001f389\u2764\U0001f495\U0001f496\U0001f497\U0001f970",
    loose=True,
)
_THANKS = _compile(r"\bthank|\bthx\b|\bty\b")
_INTERROGATIVE = _compile(
    r"""
    ^(?:[@#][\w.]+[\s,:]*)*(?:(?:hi|hello|hey|hiya|dear\s+\w+|good\s+(?:morning|afternoon|evening))\b[\s,!.:-]*
      (?:\w+[,!]\s+)?)?(?:(?:and|but|so|ok|okay|also|quick\s+question|quick\s+one)[\s,:-]+)?
    (?:is|are|was|were|will|would|can|could|do|does|did|has|have|had|should|shall|may|might|how|what
      |why|when|where|who|which|whose|any|anyone|anybody)\b
    """
)
_CLAUSE_BREAK = regex.compile(
    r",|;|:|\s[-\u2013\u2014]\s|\b(?:and|but|so|because)\b", regex.I
)

#: Cue kinds read in a question do not count: "Is it broken?", "Should I
#: be worried?", "Will I get the stolen money back?".
_STATEMENT_ONLY = frozenset(
    {
        CueKind.LOSS,
        CueKind.DISTRESS,
        CueKind.IMPACT,
        CueKind.VULNERABILITY,
    }
)


@attrs.frozen
class _Found:
    """
    A cue while reading: its kind, span, whether it makes the customer
    upset on its own (*strong*), and what it is (*tag*).
    """

    kind: CueKind
    start: int
    end: int
    strong: bool
    tag: str = ""


class _Reader:
    """
    One reading of one message: the sentences, and the cues found so far
    (no two cues of content share a word).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # The message as a document of its own, for anchored scans.
        self.doc = Document(text, customer="")
        self.sentences = self.doc.sentences
        self._starts = [s.start for s in self.sentences]
        self.found: list[_Found] = []
        # One flag per character: taken by a cue (or an idiom) already.
        self._taken = bytearray(len(text))
        self._questions: dict[int, bool] = {}

    def sentence(self, offset: int) -> Sentence | None:
        i = _bisect(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def in_question(self, start: int, end: int) -> bool:
        """
        Whether the clause holding ``[start, end)`` asks a question: its
        sentence ends with "?" and either opens with a question word or
        has no clause break between the cue and the question mark.
        """
        sent = self.sentence(start)
        if sent is None:
            return False
        asks = self._questions.get(sent.start)
        if asks is None:
            body = sent.text.rstrip("\"')\u201d\u2019 .")
            asks = body.endswith("?") and (
                _INTERROGATIVE.match(sent.text) is not None or None
            )
            self._questions[sent.start] = asks  # type: ignore[assignment]
        if asks is None:
            # A statement that ends in a question: "my bag is lost - where
            # is it?" asks only after the last break.
            return _CLAUSE_BREAK.search(self.text, end, sent.end) is None
        return asks

    def negated(self, start: int) -> bool:
        return _NEGATED.search(self.text, max(0, start - 24), start) is not None

    def free(self, start: int, end: int) -> bool:
        return not any(self._taken[start:end])

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)

    def add(
        self,
        kind: CueKind,
        matches: Iterable[tuple[int, int]],
        *,
        strong: bool,
        tag: str = "",
        negatable: bool = True,
    ) -> None:
        for start, end in matches:
            if start == end or not self.free(start, end):
                continue
            if negatable and self.negated(start):
                continue
            if kind in _STATEMENT_ONLY and self.in_question(start, end):
                continue
            self.found.append(_Found(kind, start, end, strong, tag))
            self.take(start, end)

    def add_statements(
        self,
        kind: CueKind,
        pattern: regex.Pattern[str],
        starts: frozenset[str],
        *,
        strong: bool,
        tag: str = "",
        negatable: bool = True,
    ) -> None:
        """
        `add` the matches of *pattern* (from *starts*, see `spans`) that are
        not inside a question: a construction read in statements only.
        """
        self.add(
            kind,
            (
                (start, end)
                for start, end in self.spans(pattern, starts)
                if not self.in_question(start, end)
            ),
            strong=strong,
            tag=tag,
            negatable=negatable,
        )

    def spans(
        self, pattern: regex.Pattern[str], starts: frozenset[str]
    ) -> Iterator[tuple[int, int]]:
        """
        The matches of *pattern*, tried only at the tokens a match can
        start with (`cs_lint._text.anchors`).
        """
        for m in anchored(pattern, self.doc, starts):
            yield m.start(), m.end()

    def has(self, *kinds: CueKind, strong: bool | None = None) -> bool:
        return any(
            f.kind in kinds and (strong is None or f.strong is strong)
            for f in self.found
        )


def _bisect(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


_LONG_SHOUT = 5


def _shouted(count: int, longest: int, length: int) -> bool:
    """
    Whether a run of capitals is shouting: three words, two with one of
    four letters or more ("IS DOWN"), or one long word ("USELESS"); not a
    pair of short codes ("LR CC").
    """
    if count >= 3:
        return True
    if count == 2:
        return longest >= 4
    return count == 1 and length >= _LONG_SHOUT


def _shouting(text: str) -> Iterator[Cue]:
    run_start = run_end = -1
    count = longest = 0
    for m in _SHOUT_WORD.finditer(text):
        if m.group() in _ACRONYMS or any(c.isdigit() for c in m.group()):
            continue
        if count and not text[run_end : m.start()].strip(" ,.!?'\u2019-"):
            run_end = m.end()
            count += 1
            longest = max(longest, len(m.group()))
            continue
        if _shouted(count, longest, run_end - run_start):
            yield Cue(CueKind.SHOUTING, run_start, run_end, text[run_start:run_end])
        run_start, run_end, count, longest = m.start(), m.end(), 1, len(m.group())
    if _shouted(count, longest, run_end - run_start):
        yield Cue(CueKind.SHOUTING, run_start, run_end, text[run_start:run_end])
    for m in _BANGS.finditer(text):
        yield Cue(CueKind.SHOUTING, m.start(), m.end(), m.group())


def read_customer(text: str) -> CustomerState:
    """
    Read a customer message: is the customer upset, and on what evidence?

    Cues are domain phrases from the customer-state lexicon classes, not
    a general sentiment lexicon: complaints ("unacceptable", "worst
    service"), distress ("I'm panicking"), sarcasm ("Great job."),
    repeated contact and long waits ("third time", "still waiting"),
    impacts ("I'm losing money"), vulnerable people and bereavement,
    threats to leave ("taking my business elsewhere"), profanity,
    shouting, and problem reports ("never arrived", "charged twice"),
    which alone are not upset. Offsets are code points into *text*.

        >>> read_customer("Third time I'm asking!!! Where is my refund?").upset
        True
        >>> read_customer("I was charged twice for my order.").upset
        False
        >>> read_customer("Is the store open on Sunday?").upset
        False

    Raises:
        TypeError: *text* is not a str.
    """
    if not isinstance(text, str):
        msg = f"customer message must be str, not {type(text).__name__}"
        raise TypeError(msg)
    reader = _Reader(text)
    _read_cues(reader)
    shouting = list(_shouting(text))
    upset = _judge(reader, shouting)
    cues = [Cue(f.kind, f.start, f.end, text[f.start : f.end]) for f in reader.found]
    cues += shouting
    cues.sort(key=lambda c: (c.start, c.end, _KIND_ORDER[c.kind]))
    return CustomerState(upset, tuple(cues))


_KIND_ORDER = {k: i for i, k in enumerate(CueKind)}


# --- round 4: upset in other words -----------------------------------------------
#
# Constructions a reviewer reads as upset that hold no anger word
# (docs/families/missing-empathy.md, UP-16 to UP-21): indignation at what
# the customer paid or was told, a formal complaint or a low rating, being
# the victim of a crime, damage to the home, a loss of working time; and,
# as support for a problem report, loyalty ("I've paid premiums for ten
# years") and a wait dated in the past with nothing since ("9 weeks ago
# and heard nothing").

#: Indignation: "I've paid £22 for this", "I was told there was no fee.
#: Now I'm charged £180", "now you say it's cancelled?", "banned for no
#: reason", "Review (1/5)", "Subject: Complaint".
_INDIGNATION = _compile(
    r"""
    \b(?:I|we)(?:'ve|\s+have)?\s+(?:just\s+)?paid\s+(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s*(?:pounds|dollars|euros|quid|bucks))
      \s+for\s+(?:this|that|it)\b
    | \b(?:I|we)\s+(?:was|were)\s+(?:told|promised|assured|guaranteed)\b[^\n]{0,80}?[.,;!?]\s*(?:and\s+|but\s+)?now\b
    | \b(?:and\s+|but\s+)?now\s+(?:you(?:'re|\s+are)?\s+(?:say|saying|tell|telling)|I(?:'m|\s+am)\s+(?:being\s+)?(?:told|charged))\b
    | \bfor\s+no\s+(?:good\s+|apparent\s+)?reason\b
    | \b(?:review|rating|rated|rate|gave|give|giving|leaving|leave)\b[^.!?\n]{0,20}?
      (?<![\d.])(?:[01](?:\.\d)?\s*/\s*(?:5|10)|(?:1|one|zero|0)[\s-]stars?)\b
    | \b(?:[01]\s*/\s*5|(?:1|one|zero|0)[\s-]stars?)\s+(?:review|rating)\b
    | (?:^|(?<=[.!?]\s{1,3}))(?:what\s+a\s+|such\s+a\s+|total\s+|absolute\s+|complete\s+)?joke(?=\s*(?:[.!]|$))
    | ^\s*(?:subject|re|fw|fwd)\s*:\s*(?:(?:re|fw|fwd)\s*:\s*)?(?:formal\s+)?complaint\b
    """
)
_INDIGNATION_STARTS = starts_of(
    DIGIT_START,
    "i i've we we've and but now for one zero subject re fw fwd review rating rated rate gave give giving"
    " leaving leave what such total absolute complete joke",
    loose=True,
)
#: A crime against the customer, damage to the home, lost working time.
_HARMED = _compile(
    r"""
    \b(?:I(?:'ve|\s+have)?|we(?:'ve|\s+have)?|my\s+(?:account|card|identity|details)|our\s+(?:account|card)|I\s+got|we\s+got)
      \s+(?:just\s+)?(?:been\s+|was\s+|were\s+|has\s+been\s+|got\s+)?(?:hacked|scammed|defrauded|robbed|cloned|burgled)\b
    | \b(?:water|rain|sewage|damp)\s+(?:is\s+|was\s+|has\s+been\s+|keeps\s+)?(?:coming|pouring|leaking|dripping|flooding|getting|seeping)
      \s+(?:in|into|through|under|down)\b
    | \b(?:we|I)(?:'ve|\s+have)?\s+lost\s+(?:a|an|one|two|three|half\s+a|a\s+whole|a\s+full|an\s+entire)\s+(?:day|days|week|morning|afternoon)
      (?:'s|\s+of)\s+(?:work|sales|leads|revenue|orders|business|trading|pay|bookings)\b
    | \b(?:can't|cannot|couldn't|could\s+not|unable\s+to)\s+(?:pay|afford)\s+(?:my\s+|the\s+|our\s+)?(?:rent|mortgage|food|groceries|heating)\b
    | \b(?:engineer|driver|courier|technician|fitter|installer|delivery\s+(?:guy|man|driver|person)|workman|workmen
        |contractors?|plumber|electrician|removers?|movers?)\s+(?:has\s+|have\s+|just\s+)?(?:broke|broken|damaged|smashed
        |ruined|flooded|scratched|destroyed|dented|wrecked|stained|cracked|snapped|ripped)\s+(?:my|our)\b
    """
)
_HARMED_STARTS = starts_of(
    "i i've we we've my our water rain sewage damp can't cannot couldn't could unable engineer driver courier"
    " technician fitter installer delivery workman workmen contractor contractors plumber electrician remover"
    " removers mover movers",
    loose=True,
)
#: Loyalty set beside a problem: support for upset, like what rides on it.
_LOYAL = _compile(
    rf"""
    \b(?:I|we)(?:'ve|\s+have)\s+(?:been\s+(?:a\s+)?(?:loyal\s+)?(?:customer|member|client|subscriber|patient)s?(?:\s+(?:with|of)\s+(?:you|yours))?
      |been\s+with\s+(?:you|your\s+\w+)|paid\s+(?:\w+\s+){{0,2}}?|played|banked\s+with\s+you|used\s+(?:you|this\s+\w+|your\s+\w+))
      \s*(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:{_N}|a)\s+(?:years?|decades?)\b
    | \bloyal\s+(?:customer|member|client|subscriber)\b
    """
)
_LOYAL_STARTS = starts_of("i i've we we've loyal", loose=True)
#: A wait dated in the past with nothing since: "9 weeks ago and heard
#: nothing", "a month ago and still".
_DATED_WAIT = _compile(
    rf"""
    \b(?:{_N}|a)\s+{_LONG_UNIT}\s+ago\b(?=[^.!?\n]{{0,12}}?\b(?:and|but)\s+(?:I\s+|we\s+)?(?:still|heard\s+nothing|nothing|no\s+(?:reply|word|news|response|update|answer)
      |haven't|hasn't|have\s+not|has\s+not|not\s+heard|nobody|no\s+one|never)\b)
    """
)
_DATED_WAIT_STARTS = starts_of(_N_STARTS, loose=True)
#: Problem reports in other words: what never happened, what was not as
#: agreed, a charge disputed ("charged ... but I called to cancel").
_LOSS_MORE = _compile(
    r"""
    \bnever\s+(?:uploaded|sent|shipped|came|showed\s+up|turned\s+up|called|rang|replied|responded|delivered|refunded
      |received|processed|fixed|honoured|honored|arrived|credited|returned)\b
    | \bnot\s+(?:[\w\x27\u2019]+\s+){0,3}?as\s+(?:agreed|promised|booked|ordered|advertised|described|requested|arranged)\b
    | \bwithout\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:we|I)\s+(?:had\s+)?(?:booked|paid\s+for|ordered|requested|arranged)\b
    | \b(?:charged|billed|fined|penalised|penalized)\b[^.!?\n]{0,60}?\bbut\s+(?:I|we)\b
    | \b(?:was|were)\s+left\s+(?:at|in|on|outside|waiting|stranded|behind|without)\b
    | \b(?:took|taken|taking|brought|knocked)\s+down\s+(?:my|our)\b
    """
)
_LOSS_MORE_STARTS = starts_of(
    "never not without charged billed fined penalised penalized was were took taken taking brought knocked"
)
_VULNERABLE_MORE = _compile(r"\bwho(?:'s|\s+is)\s+(?:[7-9]\d|1[01]\d)\b")
_VULNERABLE_MORE_STARTS = starts_of("who who's", loose=True)


def _read_more_cues(r: _Reader) -> None:
    """
    The round-4 constructions, read after the lexicon cues so a word a
    lexicon cue has taken is not read twice.
    """
    r.add(
        CueKind.COMPLAINT,
        r.spans(_INDIGNATION, _INDIGNATION_STARTS),
        strong=True,
        negatable=False,
    )
    r.add(
        CueKind.IMPACT,
        r.spans(_LOYAL, _LOYAL_STARTS),
        strong=False,
        tag="stakes",
        negatable=False,
    )
    r.add(
        CueKind.VULNERABILITY,
        r.spans(_VULNERABLE_MORE, _VULNERABLE_MORE_STARTS),
        strong=False,
    )
    r.add(CueKind.LOSS, r.spans(_LOSS_MORE, _LOSS_MORE_STARTS), strong=False)
    _read_round5_cues(r)
    _read_round10_cues(r)
    _read_round11_cues(r)
    _read_round11b_cues(r)


# --- round 5: upset in other words, from set E's missed pairs ---------------------
#
# (docs/families/missing-empathy.md, UP-22 to UP-26): harm to a person, the
# home or the livelihood; a complaint declared or an explanation demanded;
# the failure counted ("10 times today", "two mornings in a row", "the
# third invoice with the wrong …", "nothing has been done"); and, as
# support, a problem on arrival and what is due today.

#: Harm to a person, their property or their livelihood: upset on its own.
#: Each alternative starts at its rarest word (the common words before it
#: are a lookbehind), so a message is tried at few tokens.
_ENDANGERED = _compile(
    r"""
    \b(?:reaction\s+(?:to|at|after|from)\s+(?:the|your|a|an|our|my)|anaphyla\w+|(?<=\bhead\s)injury
      |(?<=\bhard\s)shoulder|(?<=\blost\s)everything|no\s+other\s+income|(?<=\b(?:is|are|was|were|got|been)\s)stolen
      |stranded|(?<=\bstuck\s+at\s+the\s)(?:station|airport|border|roadside|side\s+of\s+the\s+road)
      |(?<=\b(?:in|into)\s)(?:hospital|A&E|intensive\s+care)
      |(?<=\b(?:my|our)\s)(?:medication|medicine|insulin|inhaler)\s+(?:is|was)\s+(?:inside|in\s+(?:it|there))
      |sewage\s+(?:is\s+|was\s+)?(?:coming|backing|bubbling)\s+up
      |(?:sent|shared|leaked|gave|disclosed)\s+(?:my|our)\s+(?:[\w-]+\s+){0,6}?to\s+(?:another|someone\s+else|the\s+wrong
        |a\s+stranger)
      |(?<=\bhad\s+to\s)(?:pay|spend|fork\s+out)\s+(?:[£$€]\s?\d|\d+\s*(?:pounds|dollars|euros|quid))
      |missed\s+(?:a|an|one|two|three|\d+)\s+(?:whole\s+)?(?:day|days|week|morning|afternoon)s?\s+of\s+(?:school|lessons|work|classes)
      |(?:came\s+down|fell)\s+on\s+(?:my|our)\s+(?:car|van|head|child|son|daughter|bike)
      |(?<=\bleft\s+(?:\w+\s+){1,2}all\s)over\s+(?:my|our|the)\s+(?:\w+\s+)?(?:living\s+room|house|home|flat|carpet|floor
        |sofa|kitchen|bedroom)
      |(?:can't|cannot)\s+(?:travel\s+to\s+see|go\s+outside|get\s+home|get\s+to\s+work)
      |no\s+(?:cards|money|cash|phone)\s+and\s+no\s+(?:cards|money|cash|phone))\b
    """
)
_ENDANGERED_STARTS = starts_of(
    "reaction anaphylaxis anaphylactic injury shoulder everything stolen stranded station airport border"
    " roadside side hospital a&e intensive medication medicine insulin inhaler sewage sent shared leaked gave"
    " disclosed pay spend fork missed came fell over can't cannot no",
    loose=True,
)
#: A complaint declared, an explanation demanded, an evaluation of the
#: service ("way too late"): upset on its own.
_DECLARED = _compile(
    r"""
    \b(?:(?<=\bI(?:'m|\s+am)\s+(?:writing\s+to\s+)?)complaining
      |(?<=\bI\s+(?:wish|want|would\s+like)\s+to\s+(?:make\s+a\s+(?:formal\s+)?)?)complain
      |(?<=\b(?:wants?|demands?|expects?|deserve)\s+an\s)explanation|(?<=\b(?:way|far|much)\s)too\s+(?:late|early|long|slow|loud)
      |unbearable|intolerable|insufferable|(?<=\bwhy\s+do\s+you\s)always)\b
    """
)
_DECLARED_STARTS = starts_of(
    "complaining complain explanation too unbearable intolerable insufferable always",
    loose=True,
)
#: The failure counted: upset on its own.
_COUNTED = _compile(
    r"""
    \b(?:(?<=\b(?:\d+|two|three|four|five|six|ten)\s)times\s+(?:today|this\s+(?:week|month|morning)|in\s+a\s+row)
      |(?<=\b(?:two|three|four|five|\d+)\s+(?:days|mornings|nights|weeks|evenings)\s+in\s+a\s)row
      |(?<=\b(?:two|three|four|five|six|\d+)\s+of\s+the\s)last\s+(?:\w+\s+)?(?:lectures|deliveries|orders|appointments
        |sessions|classes|visits|bills|invoices|months|weeks|times)
      |(?<=\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th))\s)(?:invoice|bill|letter|statement|delivery|parcel|order|email)\s+
        (?:with|that|in\s+a\s+row|to\s+(?:arrive|come))
      |already\s+(?:been\s+)?(?:through|tried|called|rung|asked|explained)\b[^.!?\n]{0,40}?\b(?:twice|three\s+times|\d+\s+times)
      |nothing\s+(?:has\s+been|'s\s+been|was|had\s+been)\s+done)\b
    """
)
_COUNTED_STARTS = starts_of(
    "times row last invoice bill letter statement delivery parcel order email already nothing",
    loose=True,
)
#: Support for a problem report: it arrived broken, it was due, what is
#: due today.
_ARRIVED_BAD = _compile(
    r"""
    \b(?:arrived|came|turned\s+up)\s+(?:with\s+(?:a|an)\s+(?:tear|hole|rip|crack|stain|dent)|torn|broken|damaged|smashed|cracked
      |ripped|stained|empty)\b
    | (?<=\b(?:was|were)\s)supposed\s+to\s+(?:come|arrive|be\s+(?:delivered|here))\s+(?:yesterday|on\s+\w+|last\s+\w+)\b
    | (?<=\b(?:sent|gave)\s+me\s+an\s)empty\s+(?:box|parcel|package)\b
    """
)
_ARRIVED_BAD_STARTS = starts_of("arrived came turned supposed empty", loose=True)
_DUE_TODAY = _compile(
    r"""
    \b(?:rent|mortgage|bills?|payment|wages)\s+(?:goes|go|is|are|comes?)\s+(?:out|due)\s+(?:today|tomorrow|tonight)\b
    """
)
_DUE_TODAY_STARTS = starts_of("rent mortgage bill bills payment wages", loose=True)
#: "my late husband": the kin noun, after "late" (which a loss cue may
#: have taken).
_LATE_KIN = _compile(
    r"(?<=\bmy\s+late\s)(?:husband|wife|father|mother|dad|mum|mom|son|daughter|partner|brother|sister|grandmother"
    r"|grandfather)\b"
)
_LATE_KIN_STARTS = starts_of(
    "husband wife father mother dad mum mom son daughter partner brother sister grandmother grandfather"
    " husband's wife's father's mother's dad's mum's mom's son's daughter's partner's brother's sister's"
    " grandmother's grandfather's",
    loose=True,
)


#: The round-5 readings: (kind, pattern, start tokens, strong, tag,
#: negatable).
_ROUND5 = (
    (CueKind.VULNERABILITY, _LATE_KIN, _LATE_KIN_STARTS, True, "bereavement", False),
    (CueKind.IMPACT, _ENDANGERED, _ENDANGERED_STARTS, True, "", True),
    (CueKind.COMPLAINT, _DECLARED, _DECLARED_STARTS, True, "", True),
    (CueKind.REPEAT, _COUNTED, _COUNTED_STARTS, True, "", True),
    (CueKind.LOSS, _ARRIVED_BAD, _ARRIVED_BAD_STARTS, False, "", True),
    (CueKind.IMPACT, _DUE_TODAY, _DUE_TODAY_STARTS, False, "stakes", False),
)


def _read_round5_cues(r: _Reader) -> None:
    """
    The round-5 constructions (UP-22 to UP-26), read after the others.
    """
    for kind, pattern, starts, strong, tag, negatable in _ROUND5:
        r.add(
            kind, r.spans(pattern, starts), strong=strong, tag=tag, negatable=negatable
        )


def _read_cues(r: _Reader) -> None:
    """
    Find the cues in priority order: a word a stronger cue has taken is
    not read again ("keeps crashing" is one problem report, not a loss
    and a repeat).
    """
    r.add(
        CueKind.VULNERABILITY,
        r.spans(_BEREAVED, _BEREAVED_STARTS),
        strong=True,
        tag="bereavement",
    )
    r.add(CueKind.THREAT, r.spans(_THREAT, _THREAT_STARTS), strong=True)
    r.add(
        CueKind.PROFANITY,
        r.spans(_PROFANITY, _PROFANITY_STARTS),
        strong=True,
        negatable=False,
    )
    r.add(
        CueKind.SARCASM,
        r.spans(_SARCASM, _SARCASM_STARTS),
        strong=True,
        negatable=False,
    )
    for m in anchored(_COMPLAINT_IDIOM, r.doc, _COMPLAINT_IDIOM_STARTS):
        r.take(m.start(), m.end())  # "I hate to ask", "sorry to be annoying"
    for m in anchored(_NOT_UPSET, r.doc, _NOT_UPSET_STARTS):
        r.take(
            m.start(), m.end()
        )  # "charged for 3 tickets", "lovely but a bit annoying"
    _read_round12_not_upset(r)
    r.add(CueKind.COMPLAINT, r.spans(_COMPLAINT, _COMPLAINT_STARTS), strong=True)
    r.add(CueKind.DISTRESS, r.spans(_DISTRESS, _DISTRESS_STARTS), strong=True)
    _read_round11_early(r)
    _read_round11b_early(r)
    r.add(
        CueKind.REPEAT,
        r.spans(_WAIT, _WAIT_STARTS),
        strong=False,
        tag="duration",
    )
    r.add(CueKind.REPEAT, r.spans(_REPEAT, _REPEAT_STARTS), strong=True)
    r.add(
        CueKind.REPEAT,
        r.spans(_AGAIN_CAPS, _AGAIN_CAPS_STARTS),
        strong=True,
        negatable=False,
    )
    r.add(CueKind.IMPACT, r.spans(_IMPACT, _IMPACT_STARTS), strong=True)
    r.add(
        CueKind.REPEAT,
        r.spans(_ONGOING, _ONGOING_STARTS),
        strong=False,
        tag="duration",
    )
    r.add(
        CueKind.REPEAT,
        r.spans(_DURATION, _DURATION_STARTS),
        strong=False,
        tag="duration",
    )
    r.add(CueKind.IMPACT, r.spans(_STAKES, _STAKES_STARTS), strong=False, tag="stakes")
    r.add(CueKind.VULNERABILITY, r.spans(_VULNERABLE, _VULNERABLE_STARTS), strong=False)
    r.add(
        CueKind.DISTRESS,
        r.spans(_DISTRESS_EMOJI, _DISTRESS_EMOJI_STARTS),
        strong=False,
        negatable=False,
    )
    # Round 4: a crime or damage before the plain loss words take them.
    r.add(CueKind.IMPACT, r.spans(_HARMED, _HARMED_STARTS), strong=True)
    # Round 10: harm to a person or a break-in, before "broke(n)" is a loss.
    r.add(CueKind.IMPACT, r.spans(_PERSON_HARM, _PERSON_HARM_STARTS), strong=True)
    r.add(
        CueKind.REPEAT,
        r.spans(_DATED_WAIT, _DATED_WAIT_STARTS),
        strong=False,
        tag="duration",
    )
    r.add(CueKind.LOSS, r.spans(_LOSS, _LOSS_STARTS), strong=False)
    r.add(CueKind.THREAT, r.spans(_CANCEL, _CANCEL_STARTS), strong=False, tag="cancel")
    _read_more_cues(r)
    _sarcastic_praise(r)
    r.found.sort(key=lambda f: (f.start, f.end))


def _sarcastic_praise(r: _Reader) -> None:
    """
    Praise next to a failure is sarcasm: "She cried all morning. Great
    job.", "Great, another late delivery.", "thanks for leaving my parcel
    in the rain". Sincere thanks for a fix ("Great, it works now") is not.
    """
    problem = r.has(CueKind.LOSS, CueKind.REPEAT, CueKind.COMPLAINT, CueKind.DISTRESS)
    problem = problem or r.has(CueKind.IMPACT, strong=True)
    if not problem or _FIXED.search(r.text) is not None:
        return
    text = r.text
    spans = []
    for m in anchored(_PRAISE, r.doc, _PRAISE_STARTS):
        sent = r.sentence(m.start())
        if sent is None or r.negated(m.start()):
            continue
        words = regex.findall(r"[\w']+", regex.sub(r"[@#][\w.]+", " ", sent.text))
        short = len(words) <= 4 and not _THANKS_FOR.search(sent.text)
        opens = m.start() - sent.start <= 8 and regex.match(
            r"[\s,!.]", text[m.end() : m.end() + 1]
        )
        service = regex.search(
            r"(?:job|work|service|helpful|love\s+(?:that|how|it\s+when)|one)$",
            m.group(),
            regex.I,
        )
        if short or (opens and "thank" not in sent.text.lower()) or service:
            spans.append((m.start(), m.end()))
    failures = sorted(
        f.start for f in r.found if f.kind in (CueKind.LOSS, CueKind.REPEAT)
    )
    for m in anchored(_THANKS_FOR, r.doc, _THANKS_FOR_STARTS):
        sent = r.sentence(m.start())
        end = sent.end if sent is not None else min(len(text), m.end() + 120)
        if _FIX_THANKS.match(text, m.end() + 1, end) is not None:
            continue
        i = _bisect(failures, m.end() - 1)
        if i < len(failures) and failures[i] < end:
            # "thanks for leaving my parcel in the rain"
            spans.append((m.start(), m.end()))
    r.add(CueKind.SARCASM, spans, strong=True, negatable=False, tag="praise")


#: The customer owning the slip ("I overslept", "my bad", "I forgot to
#: cancel, sorry"): what it cost them is their doing, not the service's.
_SELF_BLAME = _compile(
    r"""
    \b(?:my\s+(?:bad|fault|mistake|error)|silly\s+me|I\s+(?:overslept|forgot\s+to|completely\s+forgot|messed\s+up|mixed\s+up
      |misread|accidentally|mistakenly))\b
    """
)
#: Cues a customer's own slip does not explain away.
_HEATED = frozenset(
    {
        CueKind.COMPLAINT,
        CueKind.PROFANITY,
        CueKind.SARCASM,
        CueKind.THREAT,
        CueKind.DISTRESS,
    }
)


def _judge(r: _Reader, shouting: list[Cue]) -> bool:
    found = r.found
    if any(f.kind is CueKind.SARCASM for f in found):
        return True
    if _only_anticipation(r, shouting):
        return False  # round 12, UP-55: "so nervous about my first lesson"
    if _alarmed_at_own_slip(r):
        return False  # round 12, UP-59: "I'm panicking, I ordered two by mistake"
    if not any(f.kind in _HEATED for f in found) and _SELF_BLAME.search(r.text):
        return False
    taken = [(f.start, f.end) for f in found if f.kind is not CueKind.LOSS]
    cheerful = any(
        all(m.end() <= s or e <= m.start() for s, e in taken)
        and not r.negated(m.start())
        for m in anchored(_POSITIVE, r.doc, _POSITIVE_STARTS)
    )
    strong = [f for f in found if f.strong]
    threat = any(f.tag == "cancel" for f in found)
    if strong:
        # "Amazing, I'm never flying anyone else" has one strong cue in a
        # cheerful message; two are needed there.
        return not cheerful or len({f.start for f in strong}) > 1
    if cheerful:
        return False
    problems = [f for f in found if f.kind is CueKind.LOSS]
    if problems:
        support = any(
            f.tag in ("duration", "stakes")
            or f.kind in (CueKind.VULNERABILITY, CueKind.DISTRESS)
            for f in found
        )
        if support and _flat_dated_report(r, found):
            support = False
        if support or threat or shouting or _exclaimed(r, problems):
            return True
    elif threat and _ULTIMATUM.search(r.text) is not None:
        # "If this isn't fixed today I'm cancelling my account."
        return True
    elif shouting and any(f.tag == "duration" for f in found):
        # "Still waiting!!": a wait said with heat.
        return True
    if _THANKS.search(r.text):
        return False
    # Shouting alone: three words in capitals ("WHERE IS MY ORDER"), or
    # heated punctuation ("????!?!?", "surge!?"); not "SO EXCITED!".
    plea = _PLEA.search(r.text) is not None
    return any(_heated(c.excerpt, plea) for c in shouting)


def _flat_dated_report(r: _Reader, found: list[_Found]) -> bool:
    """
    Round 10b (blind set N): whether the message is one flat statement of
    one loss and how long it has lasted, and nothing else ("The rower has
    been broken for a fortnight.", "My parcel's been stuck at the depot for
    4 days."): a first problem report with a date, like "It's been 10 days
    and my parcel still hasn't arrived", not upset on its own. A second
    sentence or clause with more in it ("... for two days. It's freezing in
    here."), a second loss, an exclamation or any other cue keeps the
    reading upset. docs/families/missing-empathy.md, UP-31.
    """
    if len(r.sentences) != 1 or r.text.rstrip().endswith(("!", "?")):
        return False
    losses = [f for f in found if f.kind is CueKind.LOSS]
    dated = [
        f
        for f in found
        if f.tag == "duration" and _DURATION.fullmatch(r.text, f.start, f.end)
    ]
    if len(losses) != 1 or len(dated) != 1 or len(found) != 2:
        return False
    # The duration closes the loss's own clause: "has been broken for a
    # fortnight", not "broken for a week and it's the reason I joined".
    loss, when = losses[0], dated[0]
    if not loss.end <= when.start:
        return False
    between = r.text[loss.end : when.start]
    tail = r.text[when.end :].strip().rstrip(".")
    return _CLAUSE_BREAK.search(between) is None and len(tail.split()) <= 2


def _exclaimed(r: _Reader, problems: list[_Found]) -> bool:
    """
    Whether a problem is reported with an exclamation ("My suitcase came
    back broken and half my things are missing!").
    """
    if len(problems) < 2:
        # "The app keeps crashing!" is a first report said with some force,
        # not anger (issue 14); two problems with an exclamation are.
        return False
    for f in problems:
        sent = r.sentence(f.start)
        if sent is not None and sent.text.rstrip("\"')\u201d\u2019 ").endswith("!"):
            return True
    return False


_PLEA = _compile(r"\b(?:help|why|how\s+come|what\s+the|where\s+is|wtf)\b")


def _heated(excerpt: str, plea: bool) -> bool:
    if excerpt[0].isalpha():
        return len(excerpt.split()) >= 3
    if len(excerpt) >= 4 or ("?" in excerpt and "!" in excerpt):
        return True
    # "please help!!!": three marks on a plea or a "why".
    return len(excerpt) >= 3 and plea


def sounds_pleased(text: str, state: CustomerState | None = None) -> bool:
    """
    Return whether a customer message is thanks or praise ("Thanks, all
    sorted!", "love the new app") rather than a request or a complaint.
    """
    state = read_customer(text) if state is None else state
    if state.upset:
        return False
    return _POSITIVE.search(text) is not None or _THANKS.search(text) is not None


def _read_document(doc: Document) -> CustomerState | None:
    customer = doc.customer
    return read_customer(customer) if customer else None


def customer_state(doc: Document) -> CustomerState | None:
    """
    Return the reading of *doc*'s customer message (`read_customer`), made
    once per document; None without a customer message.

        >>> customer_state(Document("On it.", customer="This is the THIRD time!!!")).upset
        True
        >>> customer_state(Document("On it.")) is None
        True
    """
    return doc.memo(_read_document)


# --- round 10: the upset customer, read by construction --------------------------
#
# (docs/families/missing-empathy.md, UP-27 to UP-30): sets M and K's missed
# pairs were customers who wrote no anger word but blamed the company for
# harm to what is theirs, stated what they lost with its amount, told the
# company to stop and were charged anyway, or marked their report with an
# intensity mark (a one-word verdict, a low star rating, regret, a word in
# capitals that insists, a promise thrown back, a failure that recurs).
# Read after the others, so a word another cue took is not read again, and
# only in statements ("Did your app delete my photos?" asks).

#: What is the customer's: a possessive, the customer, an amount, or "a
#: file I needed".
_THEIRS = r"""(?:my|our|me|us|everything|all\s+(?:of\s+)?(?:my|our)|[£$€]\s?\d|\d[\d,]*\s+\w+
  |(?:a|an|the)\s+(?:[\w-]+\s+){1,2}(?:I|we)\s+(?:needed|need|had|paid|bought|saved|made|use|used|wanted))"""
#: UP-27: the company (you, or your product, service or staff) did harm to
#: what is the customer's: "Your app deleted my watchlist", "You've taken my
#: direct debit twice", "your driver reversed into my wall".
_COMPANY_HARM = _compile(
    r"""
    \b(?:your|ur)\s+(?:[\w-]+\s+){1,2}?(?:(?:has|have|just|then|somehow|completely|also)\s+){0,2}
      (?:{COMPANY_HARM_VERB})\s+"""
    + _THEIRS
    + r"""\b
    | \byou(?:'ve|\s+have|\s+guys|\s+people|\s+lot)?\s+(?:(?:just|somehow|now|completely|also|then)\s+){0,2}
      (?:{COMPANY_HARM_VERB})\s+"""
    + _THEIRS
    + r"""\b
    | \byou(?:'ve|\s+have)?\s+(?:just\s+|now\s+|also\s+)?(?:taken|took)\s+(?:[£$€]\s?\d[\d.,]*|{_N}\s+(?:more\s+|extra\s+|further\s+)?
      (?:payments|direct\s+debits|instalments|installments)|my\s+(?:direct\s+debit|payment|deposit|money|savings))
    """.replace("{_N}", _N)
)
_COMPANY_HARM_STARTS = starts_of("your ur you you've", loose=True)
#: UP-28: a loss stated with its amount: "£60 gone", "200 titles gone",
#: "4,000 points!" or "£95 each!!" as a sentence of their own; time lost
#: whole ("wasted my whole morning", "losing a whole sale weekend").
_AMOUNT_LOST = _compile(
    r"""
    (?:[£$€]\s?\d[\d.,]*k?|\b\d[\d,]*(?:\s+[a-z]+)?)\s+(?:(?:just|all|simply|now)\s+)?(?:gone|lost|wasted|vanished|disappeared
      |down\s+the\s+drain)(?=\s*(?:[.!,;]|$|and\b))
    | (?:^|(?<=[.!?]\s{1,3}))(?:[£$€]\s?\d[\d.,]*|\d{1,3}(?:,\d{3})+(?:\s+[a-z]+)?|\d{3,}\s+[a-z]+)(?:\s+[a-z]+)?\s*!
    | \b(?:wasted|lost|losing|lose)\s+(?:my|our|a|an|the)\s+(?:whole|entire|full)\s+(?:[\w-]+\s+)?(?:morning|afternoon|evening|day
      |night|weekend|week|month|holiday|trip)\b
    | \bwasted\s+(?:my|our)\s+(?:morning|afternoon|evening|weekend|journey|trip|holiday|day\s+off)\b
    """
)
_AMOUNT_LOST_STARTS = starts_of(
    DIGIT_START, "£ $ € wasted lost losing lose", loose=True
)
#: UP-29: the customer told the company to stop and it went on: "charged
#: after cancelling", "a month I'd already cancelled", "still getting
#: letters after I asked you to stop", "I asked you to cancel in March and
#: you've taken three more payments".
_IGNORED_STOP = _compile(
    r"""
    (?<=\b(?:after|despite)\s+(?:I\s+|we\s+)?(?:had\s+)?(?:already\s+)?)(?:cancell?(?:ed|ing)|unsubscrib(?:ed|ing)|opt(?:ed|ing)\s+out)\b
    | (?<=\b(?:I|we)(?:'d|\s+had)\s)already\s+(?:cancell?ed|unsubscribed|opted\s+out|closed\s+(?:my|the|our)\s+account)\b
    | (?<=\b(?:after|though|despite|even\s+though)\s+(?:I|we)\s+(?:had\s+)?(?:already\s+)?)(?:asked|told|instructed|requested)\s+(?:you\s+)?
      (?:to\s+)?(?:stop|cancel|close|remove|unsubscribe)\b
    | (?<=\b(?:I|we)\s+(?:already\s+)?)(?:asked|told|instructed)\s+you\s+to\s+(?:stop|cancel|close|remove)\b[^.!?\n]{0,60}?
      \b(?:and|but|yet)\s+(?:you(?:'ve|\s+have)?|still|I(?:'m|\s+am)?\s+still)\b
    """
)
_IGNORED_STOP_STARTS = starts_of(
    "cancelled canceled cancelling canceling unsubscribed unsubscribing opted opting already asked told"
    " instructed requested",
    loose=True,
)
#: UP-30: an intensity mark on a report: a one-word verdict ("Poor.",
#: "Dangerous."), a low star rating as a sentence ("2 stars."), regret
#: ("Really regretting this"), a word in capitals that insists ("I HAVE a
#: permit"), a promise thrown back ("You said Tuesday!"), a failure that
#: recurs ("this happens every week"), no one who even called.
_INTENSITY = _compile(
    r"""
    (?:^|(?<=[.!?]\s{1,3}))(?:very\s+|really\s+|so\s+|just\s+)?(?:poor|dangerous|shocking|unsafe|not\s+on)(?=\s*(?:[.!]|$))
    | (?:^|(?<=[.!?]\s{1,3}))(?:[12]|one|two)\s+stars?(?=\s*(?:[.!]|$))
    | \bregret(?:ting|ted)?\s+(?:this|it|buying|ordering|booking|signing\s+up|joining|paying|choosing|switching|ever)\b
    | \bwish\s+I(?:'d|\s+had)\s+never\s+(?:bought|ordered|booked|signed\s+up|joined|paid|chosen|switched)\b
    | (?-i:\b(?:I|we|We|WE)\s+(?:HAVE|DID|DO|HAD)(?=\s+[a-z]))
    | \byou\s+(?:said|promised|told\s+(?:me|us))\b[^.?!\n]{1,50}!
    | \b(?:this|it)\s+(?:happens|keeps\s+happening)\s+(?:every\s+(?:single\s+)?(?:week|day|month|time|morning|night)|all\s+the\s+time
      |again\s+and\s+again|constantly)\b(?!\s+(?:I|when|you|we|if|after|before|on)\b)
    | \b(?:nobody|no\s+one|no-one|noone)\b[^.!?\n]{0,30}?\b(?:even|yet)\s+(?:called|rung|phoned|contacted|emailed|replied|responded
      |apologi[sz]ed|come|bothered|acknowledged)\b
    """
)
_INTENSITY_STARTS = starts_of(
    DIGIT_START,
    "poor dangerous shocking unsafe not very really so just one two regret regretting regretted wish i we"
    " you this it nobody no no-one noone",
    loose=True,
)
#: UP-27b: harm to a person or by a crime: "she's fractured her wrist",
#: "someone's broken into my locker"; a kin's memorial or funeral.
_PERSON_HARM = _compile(
    r"""
    \b(?:fractured|broke|broken|sprained|dislocated)\s+(?:her|his|my|their|our)\s+(?:wrist|arm|leg|ankle|hip|nose|collarbone|finger
      |foot|toe|ribs?|back|jaw|knee)\b
    | \b(?:broken|broke)\s+into\s+(?:my|our)\b
    """
)
_PERSON_HARM_STARTS = starts_of(
    "fractured broke broken sprained dislocated", loose=True
)
_KIN_MEMORIAL = _compile(
    r"""
    (?<=\b(?:my|our)\s+(?:husband|wife|father|mother|dad|mum|mom|son|daughter|partner|brother|sister|grandmother|grandfather
      |nan|gran|grandad|granddad)'s\s)(?:memorial|funeral|wake)\b
    """
)
_KIN_MEMORIAL_STARTS = starts_of("memorial funeral wake", loose=True)


def _read_round10_cues(r: _Reader) -> None:
    """
    The round-10 constructions (UP-27 to UP-30), read after the others.
    """
    r.add(
        CueKind.VULNERABILITY,
        r.spans(_KIN_MEMORIAL, _KIN_MEMORIAL_STARTS),
        strong=True,
        tag="bereavement",
        negatable=False,
    )
    r.add(CueKind.IMPACT, r.spans(_COMPANY_HARM, _COMPANY_HARM_STARTS), strong=True)
    r.add(CueKind.IMPACT, r.spans(_AMOUNT_LOST, _AMOUNT_LOST_STARTS), strong=True)
    r.add_statements(
        CueKind.COMPLAINT, _IGNORED_STOP, _IGNORED_STOP_STARTS, strong=True
    )
    r.add_statements(
        CueKind.COMPLAINT, _INTENSITY, _INTENSITY_STARTS, strong=True, negatable=False
    )


# --- round 11: the upset customer, read by construction --------------------------
#
# (docs/families/missing-empathy.md, UP-33 to UP-45): blind set N's and M's
# missed pairs, grouped by what the reading did not take: the company's
# agent named with a word the older lists lacked ("your crew", "the carer")
# doing damage, harm to the body, a hardship ("I've just lost my job"), a
# wait the customer sat through in minutes or hours, effort made for
# nothing, a basic of daily life made impossible, "Again." as a sentence,
# and indignation in other words. Read only in statements.

_STAFF = r"""(?:installers?|engineers?|crew|drivers?|riders?|couriers?|carers?|nurses?|vets?|hygienists?|dentists?|doctors?
  |technicians?|techs?|fitters?|plumbers?|electricians?|cleaners?|builders?|removal\s+(?:men|team|crew)|movers?|staff
  |waiters?|waitress|mechanics?|stylists?|hairdressers?|barbers?|groomers?|delivery\s+(?:guy|man|men|driver|person|team)
  |workm[ae]n|workers|contractors?|handyman|painters?|decorators?|gardeners?|surgeons?|porters?|team|guy|guys|van|lorry|truck
  |roadworks|works|scaffold(?:ing|ers)?|ATM|cash\s+machine|machine)"""
#: UP-33: the company's agent damaged what is the customer's ("Your crew
#: broke my mirror", "the installer left a hole in my wall", "the rider ate
#: some of my chips", "the cream you sent gave me a rash"). Read before the
#: plain loss words take "broke"; "lost" and "cancelled" are not here (a
#: lost parcel stays a report).
_AGENT_HARM = _compile(
    r"""
    \b(?:(?:your|ur|the)\s+(?:[\w-]+\s+){0,2}?"""
    + _STAFF
    + r"""|(?:the|this|that)\s+(?:[\w-]+\s+){1,2}?you\s+(?:sent|sold|supplied|fitted|installed|recommended|prescribed|gave)(?:\s+(?:me|us))?)
    \s+(?:(?:has|have|had|just|then|also|somehow|actually)\s+){0,2}
    (?:(?:broke|broken|damaged|smashed|scratched|cracked|chipped|dented|stained|ruined|destroyed|wrecked|flooded|burnt|burned
        |snapped|ripped|tore|torn|scuffed|gouged|reversed\s+into|drove\s+into|backed\s+into|crashed\s+into|ran\s+over)
        \s+(?:my|our|me|us|half\s+(?:of\s+)?(?:my|our)|some\s+of\s+(?:my|our)|all\s+(?:of\s+)?(?:my|our))
      | ate\s+(?:some|half|most|all|part)\s+of\s+(?:my|our|the)
      | left\s+(?:a|an|two|three|\d+|big|huge)\s+(?:[\w-]+\s+)?(?:holes?|marks?|dents?|scratch(?:es)?|stains?|cracks?|gash)\s+(?:in|on|all\s+over|across)
      | gave\s+(?:me|us|him|her|them|my\s+\w+|our\s+\w+)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:rash|reaction|burns?|blisters?|infection|food\s+poisoning
        |headache|migraine|bruises?|hives)
      | (?:swore|shouted|yelled|screamed|sneered|laughed)\s+at\s+(?:me|us|my|our)
      | (?:insulted|threatened|pushed|shoved|grabbed|assaulted|harassed|abused)\s+(?:me|us|my|our)
      | (?:swallowed|kept|retained)\s+(?:my|our)\s+(?:card|bank\s+card|debit\s+card|credit\s+card)
      | (?:fitted|installed|fixed)\s+the\s+wrong
      | double[-\s]?booked\s+(?:me|us)
      | blocked\s+(?:my|our)\s+(?:drive|driveway|road|street|entrance|garage|door|car|access)
    )\b
    """
)
_AGENT_HARM_STARTS = starts_of("your ur the this that", loose=True)
#: UP-34: harm to the body ("my gums bled", "came out in a rash").
_BODY_HARM = _compile(
    r"""
    \b(?:my|his|her|our|their)\s+(?:gums?|skin|scalp|face|hands?|eyes?|mouth|lips?|feet|foot|arms?|legs?|neck|tooth|teeth|nose|ears?)
      \s+(?:(?:has|have|had|was|were|kept|started|been|went)\s+){0,2}(?:bled|bleeding|blistered|blistering|burned|burnt|swollen|swelled|peeling|peeled
      |bruised|scarred|red\s+raw)\b
    | \b(?:came|come)\s+out\s+in\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:rash|hives|blisters|welts)\b
    | \b(?:gave|given)\s+(?:me|us|him|her|my\s+\w+)\s+food\s+poisoning\b
    | \bgot\s+food\s+poisoning\s+(?:from|after|at)\b
    """
)
_BODY_HARM_STARTS = starts_of(
    "my his her our their came come gave given got", loose=True
)
#: UP-35: a hardship told beside the request ("I've just lost my job").
_HARDSHIP = _compile(
    r"""
    \b(?:I|we|my\s+(?:husband|wife|partner))(?:'ve|\s+have|\s+has|'s)?\s+(?:just\s+|recently\s+)?
      (?:lost\s+(?:my|our|his|her)\s+(?:job|jobs|income)|been\s+(?:made\s+redundant|laid\s+off|let\s+go|sacked|fired))\b
    """
)
_HARDSHIP_STARTS = starts_of("i i've we we've my", loose=True)
#: UP-34b: harm to the home or a near miss to a person ("My house flooded",
#: "the fire destroyed my kitchen", "my kid nearly choked", "there are
#: rats"), nowhere to sleep ("We slept in the lobby"), no money left ("I've
#: got no money at all").
_HOME_HARM = _compile(
    r"""
    \b(?:my|our)\s+(?:house|home|flat|kitchen|bedroom|living\s+room|basement|cellar|garage|shop|office)\s+(?:has\s+|had\s+|was\s+|got\s+)?
      (?:flooded|burnt\s+down|burned\s+down|caught\s+fire|gutted|destroyed)\b
    | \b(?:fire|flood|flooding|storm|leak|water)\s+(?:has\s+|had\s+)?(?:destroyed|gutted|wrecked|ruined)\s+(?:my|our)\b
    | \b(?:nearly|almost)\s+(?:choked|died|drowned|fell|fainted|electrocuted|burned|burnt|poisoned|got\s+hit|been\s+hit)\b
    | \b(?:there\s+are|there's|we've\s+got|we\s+have|it's\s+full\s+of|full\s+of|infested\s+with|crawling\s+with)\s+(?:rats|mice|maggots
      |cockroaches|bed\s*bugs|fleas|vermin)\b
    | \b(?:slept|sleeping|sleep)\s+(?:in|on|at)\s+(?:the|a|our|my)\s+(?:lobby|car|station|corridor|reception|street|bench|floor|waiting\s+room
      |terminal)\b
    | \b(?:I've\s+got|I\s+have|I've|we've\s+got|we\s+have|left\s+(?:me\s+|us\s+)?with|I'm\s+left\s+with)\s+no\s+money(?:\s+at\s+all|\s+left)?
      (?=\s*(?:[.!,;]|$|and\b|until\b|till\b|for\s+(?:food|rent|the\s+week|the\s+weekend|days)\b))
    """
)
_HOME_HARM_STARTS = starts_of(
    "my our fire flood flooding storm leak water nearly almost there there's we've we it's full infested crawling"
    " slept sleeping sleep i've i left i'm",
    loose=True,
)
#: UP-36: a wait the customer sat through, in minutes or hours ("I've been
#: sat in your showroom for 45 minutes", "it's been 3 hours since we
#: boarded", "Still waiting after 2 hours"). A wait of days for a parcel
#: or a refund stays a report (UP-12, UP-31).
_SAT_THROUGH = _compile(
    rf"""
    \b(?:been\s+)?(?:sat|sitting|stood|standing|queu(?:e)?ing|queued|stuck|waiting|waited)\s+(?:in|at|on|outside|inside|by)\s+(?:[\w\x27\u2019-]+\s+){{1,3}}?
      for\s+(?:over\s+|nearly\s+|almost\s+|more\s+than\s+|about\s+)?(?:{_N}|an?)\s+(?:minutes|mins|min|hours|hrs|hour)\b
    | \b(?:it's|it\s+has|its)\s+been\s+(?:over\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:{_N}|an?)\s+(?:hours|hrs|hour|minutes|mins)\s+since\s+(?:we|I)\b
    | \bstill\s+waiting\s+(?:after|for\s+over|over)\s+(?:{_N}|an?)\s+(?:hours|hrs|hour|minutes|mins)\b
    """
)
_SAT_THROUGH_STARTS = starts_of(
    "been sat sitting stood standing queuing queueing queued stuck waiting waited it's it its still",
    loose=True,
)


def _read_round11_early(r: _Reader) -> None:
    """
    The round-11 constructions that must read their words before the plain
    loss, stakes and duration words take them (UP-33 to UP-36).
    """
    r.add_statements(CueKind.IMPACT, _AGENT_HARM, _AGENT_HARM_STARTS, strong=True)
    r.add_statements(CueKind.IMPACT, _BODY_HARM, _BODY_HARM_STARTS, strong=True)
    r.add_statements(CueKind.VULNERABILITY, _HARDSHIP, _HARDSHIP_STARTS, strong=True)
    r.add_statements(CueKind.REPEAT, _SAT_THROUGH, _SAT_THROUGH_STARTS, strong=True)
    r.add_statements(CueKind.IMPACT, _HOME_HARM, _HOME_HARM_STARTS, strong=True)


#: UP-37: effort spent for nothing ("I drove 40 minutes for nothing", "had
#: to leave work early for nothing"), a day lost whole ("Whole day gone.").
_FOR_NOTHING = _compile(
    r"""
    \b(?:drove|driven|travelled|traveled|came|walked|cycled|flew|flown|waited|queued|sat|stayed|rushed|raced|hurried|left|took|taken
      |got\s+up|stayed\s+in|stayed\s+home|had\s+to\s+\w+)\b[^.!?\n]{0,50}?\bfor\s+nothing\b
    | \b(?:whole|entire)\s+(?:day|morning|afternoon|evening|weekend|week|trip|journey)\s+(?:gone|wasted|ruined|lost)\b
    | \ba\s+wasted\s+(?:journey|trip|drive|day|morning|afternoon|evening)\b
    """
)
_FOR_NOTHING_STARTS = starts_of(
    "drove driven travelled traveled came walked cycled flew flown waited queued sat stayed rushed raced hurried"
    " left took taken got had whole entire a",
    loose=True,
)
#: UP-38: a basic of daily life made impossible ("I can't drive to work
#: without them", "can't even shower", "I can't secure the flat").
_CANT_BASIC = _compile(
    r"""
    \b(?:I|we|she|he|they|my\s+\w+|the\s+kids)\s+(?:still\s+)?(?:can't|cannot|can\s+not|couldn't|could\s+not|am\s+unable\s+to|are\s+unable\s+to)
      \s+(?:even\s+)?(?:shower|wash|bathe|sleep|drive\s+to\s+work|get\s+to\s+work|go\s+to\s+work|get\s+to\s+school|get\s+home
      |(?:lock|secure)\s+(?:the|my|our)\s+(?:door|front\s+door|back\s+door|flat|house|home|property|windows?|shop)
      |heat\s+(?:the|my|our)\s+(?:house|flat|home|water)|use\s+(?:the|my|our)\s+(?:toilet|loo|bathroom|shower|kitchen)|leave\s+the\s+house)\b
    | (?:^|(?<=[,;.!?]\s{0,3}))(?:can't|cannot)\s+even\s+(?:shower|wash|bathe|sleep|cook|work|get|use|open|leave|lock|drive)\b
    """
)
_CANT_BASIC_STARTS = starts_of("i we she he they my the can't cannot", loose=True)
#: UP-39: "Again." as its own sentence after a failure.
_AGAIN_SENTENCE = _compile(
    r"""(?:^|(?<=[.!?]\s{1,3}))(?:and\s+|yet\s+|once\s+)?again(?=\s*[.!]+(?:\s|$))"""
)
_AGAIN_SENTENCE_STARTS = starts_of("again and yet once")
#: UP-40: indignation in other words: the danger named ("This is
#: dangerous."), "Absolute joke," opening a sentence, an amount thrown back
#: ("That was £50!", "£40 of food in the bin"), the money needed for a
#: basic ("That's our rent money"), harm to the business ("it's ruining my
#: shop", "my customers are leaving bad reviews"), "I paid for removal!",
#: a fix charged for the company's own fault ("and now wants £80 to swap
#: it"), being transferred over and over, another person's data shown on
#: the customer's account, water that came through the ceiling.
_INDIGNANT_MORE = _compile(
    r"""
    \b(?:this|that|it)(?:'s|\s+is|\s+was)\s+(?:really\s+|so\s+|very\s+|actually\s+|genuinely\s+|seriously\s+|extremely\s+)?
      (?:dangerous|a\s+(?:safety|health|fire)\s+(?:risk|hazard)|a\s+hazard)\b
    | (?:^|(?<=[.!?]\s{1,3}))(?:what\s+a|such\s+a|total|absolute|complete|an\s+absolute|a\s+complete)\s+joke(?=\s*,)
    | \b(?:that's|that\s+was|that\s+is|it\s+was|it's)\s+[£$€]\s?\d[\d.,]*(?=\s*!)
    | [£$€]\s?\d[\d.,]*\s+(?:of\s+(?:[\w-]+\s+){1,2})?(?:in\s+the\s+bin|down\s+the\s+drain|thrown\s+away)\b
    | \b(?:that's|that\s+was|that\s+is|it's|it\s+was)\s+(?:my|our)\s+(?:rent|mortgage|food|grocery|bills|wages?|pension)\s+money\b
    | \b(?:it's|it\s+is|this\s+is|that's|you're|you\s+are)\s+(?:really\s+|seriously\s+|actually\s+)?(?:ruining|killing|destroying|damaging)
      \s+(?:my|our)\s+(?:business|shop|store|sales|reputation|livelihood|cash\s*flow|holiday|trip|wedding)\b
    | \b(?:my|our)\s+customers\s+are\s+(?:now\s+)?(?:leaving|giving|posting|writing)\s+(?:me\s+|us\s+)?(?:bad|negative|1-star|one-star|angry)\s+reviews\b
    | \b(?:I|we)(?:'m|\s+am|'re|\s+are)\s+(?:still\s+)?paying\s+(?:[\w-]+\s+){0,2}?for\s+(?:it|this|that|the\s+[\w-]+|[\w-]+)(?:\s+[\w-]+){0,2}\s*!
    | (?<![\u2605\u2606])\u2605{1,2}\u2606{3,4}(?![\u2605\u2606])
    | \b(?:I'm|I\s+am|I\s+was|we're|we\s+are|so|really|very|well)\s+vexed\b
    | \b(?:I|we)(?:'ve|\s+have|\s+had|'d)?\s+(?:already\s+)?paid\s+for\s+(?:it|this|that|the\s+[\w-]+|[\w-]+)(?:\s+[\w-]+){0,2}\s*!
    | \b(?:and|but)\s+now\s+(?:you\s+|they\s+|he\s+|she\s+|the\s+[\w-]+\s+|your\s+[\w-]+\s+)?(?:wants?|expects?|are\s+asking|is\s+asking
      |charges?|are\s+charging|is\s+charging|wants?\s+to\s+charge)\s+(?:me\s+|us\s+)?(?:to\s+pay\s+)?(?:another\s+|an\s+extra\s+)?[£$€]\s?\d
    | \b(?:been\s+|was\s+|got\s+)?(?:transferred|passed\s+around|bounced\s+around|put\s+through)\s+(?:twice|(?:three|four|five|six|\d+)\s+times)\b
    """
)
#: UP-40b: harm beyond a fault: another person's data shown on the
#: customer's account, water that came through the ceiling.
_HARM_MORE = _compile(
    r"""
    \b(?:showing|shows|showed|shown|displaying|displays|can\s+see|sent\s+me|received)\s+(?:me\s+)?(?:someone\s+else's|another\s+(?:customer|person|patient|member|user)'s)
      \s+(?:[\w\x27\u2019-]+\s+){0,3}?(?:on|in)\s+(?:my|our)\s+(?:account|app|portal|dashboard|inbox|profile|order)\b
    | \b(?:water|rain|sewage)\s+(?:came|poured|leaked|dripped|seeped|flooded)\s+(?:in|into|through|under|down)\b
    | \b(?:sent|posted|emailed|shared|gave|disclosed|leaked)\s+(?:my|our)\s+(?:[\w-]+\s+){0,4}?to\s+(?:my|our)\s+(?:ex|ex-\w+|neighbou?r|old\s+address
      |previous\s+address|former\s+\w+|employer|boss|landlord)
    | \b(?:sent|gave|delivered)\s+(?:me|us)\s+someone\s+else's\s+(?:used|worn|dirty|old|personal|private|medical|bank)
    | \b(?:deleted|wiped|erased|removed)\s+all\s+(?:of\s+)?(?:my|our)\b
    | \ball\s+(?:of\s+)?(?:my|our)\s+(?:[\w-]+\s+){1,2}?(?:are|is|have|has|were|was)\s+(?:(?:just|now)\s+)?(?:gone|vanished|disappeared|been\s+(?:deleted|wiped|lost))
    """
)
_HARM_MORE_STARTS = starts_of(
    "showing shows showed shown displaying displays can sent received water rain sewage posted emailed shared gave"
    " disclosed leaked delivered deleted wiped erased removed all",
    loose=True,
)
_INDIGNANT_MORE_STARTS = starts_of(
    DIGIT_START,
    "£ $ € this that it it's that's what such total absolute complete an a my our i i've we we've and but"
    " been was got transferred passed bounced put showing shows showed shown displaying displays can sent received"
    " water rain sewage you're you i'm we're so really very well \u2605",
    loose=True,
)
#: UP-41: "Won't be back." as its own sentence (not "won't be back until
#: Monday").
_WONT_BE_BACK = _compile(
    r"""(?:^|(?<=[.!?]\s{1,3}))(?:won't|wont|will\s+not)\s+be\s+(?:back|returning|coming\s+back|using\s+you\s+again|ordering\s+again
      |booking\s+again)(?=\s*(?:[.!]|$))"""
)
_WONT_BE_BACK_STARTS = starts_of("won't will", loose=True)
#: UP-42: support for a problem report: it failed on first use ("broke on
#: day one"); a professional missed something ("The vet missed that ...").
_FIRST_USE = _compile(
    r"""\b(?:on|after)\s+(?:day\s+one|the\s+first\s+(?:day|use|wear|wash|ride|outing)|(?:its|their|my)\s+first\s+(?:day|use|wear|wash|outing)
      |(?:one|a\s+single)\s+(?:use|wear|wash))\b"""
)
_FIRST_USE_STARTS = starts_of("on after")
_PRO_MISSED = _compile(
    r"""\b(?:the\s+|your\s+)?(?:vet|doctor|GP|dentist|nurse|optician|pharmacist|hygienist|surgeon|mechanic|inspector|surveyor)\s+(?:completely\s+|totally\s+)?
      (?:missed\s+(?:that|the|her|his|my|a|an)|failed\s+to\s+(?:notice|spot|see|diagnose|find|check)|didn't\s+(?:notice|spot|diagnose)|misdiagnosed|overlooked)\b"""
)
_PRO_MISSED_STARTS = starts_of(
    "the your vet doctor gp dentist nurse optician pharmacist hygienist surgeon mechanic inspector surveyor"
)


def _read_round11_cues(r: _Reader) -> None:
    """
    The round-11 constructions read after the others (UP-37 to UP-42).
    """
    r.add_statements(CueKind.IMPACT, _FOR_NOTHING, _FOR_NOTHING_STARTS, strong=True)
    r.add_statements(CueKind.IMPACT, _CANT_BASIC, _CANT_BASIC_STARTS, strong=True)
    r.add(
        CueKind.REPEAT,
        r.spans(_AGAIN_SENTENCE, _AGAIN_SENTENCE_STARTS),
        strong=True,
        negatable=False,
    )
    r.add_statements(
        CueKind.COMPLAINT, _INDIGNANT_MORE, _INDIGNANT_MORE_STARTS, strong=True
    )
    r.add_statements(CueKind.IMPACT, _HARM_MORE, _HARM_MORE_STARTS, strong=True)
    r.add(
        CueKind.THREAT,
        r.spans(_WONT_BE_BACK, _WONT_BE_BACK_STARTS),
        strong=True,
        negatable=False,
    )
    r.add_statements(
        CueKind.IMPACT, _FIRST_USE, _FIRST_USE_STARTS, strong=False, tag="stakes"
    )
    r.add_statements(CueKind.LOSS, _PRO_MISSED, _PRO_MISSED_STARTS, strong=False)


# --- round 11b: constructions read from blind set O's misses ----------------------
#
# (docs/families/missing-empathy.md, "Round 11b"): the upset is in what the
# company's service did to the customer's day or purse, not in a feeling
# word: a departure that went without them, a refusal at the door, a
# penalty they were given, an event called off at short notice, a charge
# they never agreed to, a hazard beside a health condition, a pest in the
# room, staff who did not even do the minimum.

#: UP-43 (early): the service called off at short notice ("the lesson was
#: cancelled 20 minutes before", "Gig cancelled on the day", "cancelled
#: with no notice"): read before the plain loss words take "cancelled". Not
#: the customer's own cancelling ("if I cancel on the day", "I cancelled at
#: the last minute").
_SHORT_NOTICE = _compile(
    r"""
    (?<!\b(?:I|we|i)\s+(?:\w+\s+){0,2})
    \b(?:cancell?ed|called\s+off|pulled|axed|scrapped)\s+(?:\w+\s+){0,2}?
      (?:on\s+the\s+(?:day|night|morning)|(?:at\s+)?(?:the\s+)?last[\s-]minute|with\s+(?:no|zero)\s+(?:notice|warning)
      |without\s+(?:any\s+)?(?:notice|warning)|(?:only\s+|just\s+)?(?:\d{1,3}|ten|fifteen|twenty|thirty|forty|an?|one|two)\s+(?:minutes?|mins?|hours?|hrs?)\s+(?:before|beforehand|prior))
    """
)
_SHORT_NOTICE_STARTS = starts_of("cancelled canceled called pulled axed scrapped")
#: UP-44 (early): turned away or left behind by the service ("was refused
#: boarding", "denied entry", "got turned away at the door", "the flight
#: left without me"). Not asked ("Can I be refused boarding if ...?").
_TURNED_AWAY = _compile(
    r"""
    \b(?:was|were|got|been|being|I'm|we're)\s+(?:\w+\s+)?(?:refused|denied)\s+(?:boarding|entry|admission|access|check-?in|service|travel|on\s+board)\b
    | \b(?:refused|denied)\s+(?:me|us|my\s+\w+)\s+(?:boarding|entry|admission|access|check-?in|travel)\b
    | \b(?:was|were|got|been)\s+turned\s+away\b
    | \b(?:flight|plane|train|bus|coach|ferry|boat|ship|shuttle|connection|tour|transfer|taxi|cab|driver|they|it)\s+(?:\w+\s+){0,2}?
      (?:left|went|departed|drove\s+off|took\s+off|sailed|pulled\s+away|pulled\s+off)\s+without\s+(?:me|us)\b
    """
)
_TURNED_AWAY_STARTS = starts_of(
    "was were got been being i'm we're refused denied flight plane train bus coach ferry boat ship shuttle"
    " connection tour transfer taxi cab driver they it my our connecting the",
    loose=True,
)
#: UP-45: a penalty given to the customer ("got a penalty fare", "was
#: issued a £100 fine", "I was fined"). Not asked ("How do I appeal a
#: penalty fare?") and not a price list ("the penalty fare is £20").
_PENALTY = _compile(
    r"""
    \b(?:got|get|was\s+given|were\s+given|was\s+issued|were\s+issued|been\s+(?:given|issued|hit\s+with|slapped\s+with)|received|ended\s+up\s+with|landed\s+with|hit\s+with|slapped\s+with)
      \s+(?:a|an|another|two|three|\d+)\s+(?:[£$€]?\d+(?:\.\d\d)?\s+)?(?:penalty(?:\s+(?:fare|charge|notice))?|fine|parking\s+(?:ticket|fine|charge)|pcn)s?\b
    | \b(?:I|we|i)\s+(?:was|were|got|have\s+been|'ve\s+been|ve\s+been)\s+fined\b
    """
)
_PENALTY_STARTS = starts_of(
    "got get was were been received ended landed hit slapped i we", loose=True
)
#: UP-46: a hazard beside the customer's health condition ("the driver was
#: smoking the whole trip and I have asthma", "mould in my room and I have
#: asthma"). Not the condition alone ("I have asthma, can I bring my
#: inhaler?") nor asked.
_HAZARD_CONDITION = _compile(
    r"""
    \b(?:smoking|smoked|smoke|smoky|vaping|vaped|mou?ld|mou?ldy|damp|fumes|dust|dusty|peanuts?|nuts|pet\s+hair|dog\s+hair|cat\s+hair|gluten|bleach)\b
      [^.!?\n]{0,80}?\b(?:and|but)\s+(?:I|we|my\s+\w+|she|he|they)\s+(?:have|has|am|is|are|'m|m|suffer\s+from|suffers\s+from)\s+(?:got\s+)?(?:a\s+|an\s+|severe\s+|bad\s+)?
      (?:asthma|asthmatic|(?:nut\s+|peanut\s+|severe\s+|serious\s+)?allerg(?:y|ies|ic)|coeliac|celiac|copd|a\s+(?:heart|lung)\s+condition|heart\s+condition|lung\s+condition|epilep\w+|pregnant|immunocompromised|a\s+newborn|a\s+baby|on\s+oxygen)\b
    """
)
_HAZARD_CONDITION_STARTS = starts_of(
    "smoking smoked smoke smoky vaping vaped mould mold mouldy moldy damp fumes dust dusty peanut peanuts nuts pet dog cat gluten bleach"
)
#: UP-47: a pest found where the customer sleeps or eats ("a cockroach in
#: our bathroom", "mouse droppings in the room", "bed bugs in the bed").
#: Not a product ("traps for mice") nor asked.
_PEST_FOUND = _compile(
    r"""
    \b(?:cockroach(?:es)?|roach(?:es)?|rats?|mice|mouse|droppings|bed\s*bugs?|bedbugs?|maggots?|fleas|lice|silverfish|slugs?)
      \s+(?:\w+\s+){0,2}?(?:in|on|under|inside|crawling\s+(?:in|on|over)|running\s+(?:in|around|across))\s+(?:our|my|the)\s+(?:\w+\s+)?
      (?:room|bathroom|bedroom|bed|beds|sheets|pillow|mattress|kitchen|food|meal|salad|sandwich|soup|plate|cabin|apartment|flat|suite|tent|shower|toilet|chalet|caravan|lodge)\b
    """
)
_PEST_FOUND_STARTS = starts_of(
    "cockroach cockroaches roach roaches rat rats mice mouse droppings bed bedbugs bedbug maggot maggots fleas lice silverfish slug slugs"
)
_CHARGE_WORD = r"(?:\bcharged|\bcharge\b|\bcharges\b|\bcharging\b|\bfees?\b|\bbilled\b|\bdebited\b|\brenew\w*|\bsubscription\b|\bpayments?\b|[£$€]\d)"
#: UP-48: a charge the customer never agreed to ("a £40 fee I never agreed
#: to", "I never agreed to auto-renewal, why was I charged?", "I didn't
#: authorise this payment"). Not without a charge ("I never agreed to the
#: newsletter, how do I unsubscribe?").
_UNAGREED_CHARGE = _compile(
    rf"""
    (?<=\b(?:I|we|i)\s+(?:have\s+|had\s+|'ve\s+|ve\s+)?)
    (?:never\s+(?:agreed|consented|authori[sz]ed|signed\s+up|opted\s+in|asked\s+for|ordered|requested|approved|gave\s+(?:permission|consent))\b
      |(?:didn't|did\s+not|didnt)\s+(?:agree\s+to|consent\s+to|authori[sz]e|sign\s+up\s+for|opt\s+in\s+to|ask\s+for|order|request|approve)\s+(?:this|that|the|any|a|an|it)\b)
    (?:(?={_CHARGE_WORD}|[^.!?\n]{{0,80}}?{_CHARGE_WORD})|(?<={_CHARGE_WORD}[^.!?\n]{{0,80}}?))
    """
)
_UNAGREED_CHARGE_STARTS = starts_of("never didn't did didnt", loose=True)
#: UP-49: demanding the money back ("We want our money back", "I demand a
#: full refund"). Not asked ("Can I get my money back?", "when can I expect
#: my money back", "do I want my money back or a voucher?").
_MONEY_BACK = _compile(
    r"""
    (?<=\b(?:I|we)\s+)(?<!\b(?:can|could|will|would|when|do|did|should|may|if|how)\s+(?:I|we)\s+)(?:want|demand)\s+(?:my|our|all\s+(?:my|our))\s+money\s+back\b
    | (?<=\b(?:I|we)\s+)(?<!\b(?:can|could|will|would|when|do|did|should|may|if|how)\s+(?:I|we)\s+)demand\s+(?:a\s+)?(?:full\s+)?refund\b
    """
)
_MONEY_BACK_STARTS = starts_of("want demand")
#: UP-50: the company's agent did not even do the minimum ("The postman
#: didn't even knock", "they didn't even bother to call"). Not the
#: customer ("I didn't even notice") nor a pleasant surprise ("they didn't
#: even charge me").
_NOT_EVEN = _compile(
    r"""
    (?<=\b(?:(?:the|your|ur)\s+(?:\w+\s+)?(?:postman|postwoman|postie|courier|driver|delivery\s+(?:guy|man|driver|person)|engineer|technician|tech|staff|receptionist|waiter|waitress|agent|rep|advisor|adviser
      |operator|crew|team|guard|conductor|host|manager|builder|fitter|installer|cleaner|cleaners|plumber|electrician|company|shop|store|hotel|airline|bank)
      |they|you|he|she|nobody|no\s+one)\s+)
    (?:didn't|did\s+not|didnt|never|hasn't|haven't|hadn't|wouldn't|couldn't|won't)\s+even\s+
      (?:bother|knock|knocked|ring|rang|call|called|try|tried|look|looked|check|checked|answer|reply|respond|apologi[sz]e|say|tell|let|come|show|turn\s+up|attempt|ask|wait|stop|get\s+out|leave|acknowledge|read|listen)\b
    """
)
_NOT_EVEN_STARTS = starts_of(
    "didn't did didnt never hasn't haven't hadn't wouldn't couldn't won't", loose=True
)
#: UP-51: stood through the journey ("Stood all the way to Edinburgh",
#: "had to stand the whole journey"). Not asked ("Will I have to stand
#: the whole way?").
_STOOD_JOURNEY = _compile(
    r"""
    \b(?:stood|had\s+to\s+stand|standing|sat\s+on\s+the\s+floor|had\s+to\s+sit\s+on\s+the\s+floor|sitting\s+on\s+the\s+floor)\s+(?:\w+\s+){0,2}?
      (?:all\s+the\s+way\s+(?:to|from|home|back|there)|the\s+(?:whole|entire)\s+(?:way|journey|trip|flight|ride|time))\b
    """
)
_STOOD_JOURNEY_STARTS = starts_of("stood had standing sat sitting")
#: UP-52: the service's mess spread over the customer's things ("curry
#: spilled all over the bag", "leaked all over my case"). Not the
#: customer's own spill ("I spilled coffee all over my laptop").
_MESS_ALL_OVER = _compile(
    r"""
    (?<!\b(?:I|we|i)\s+(?:\w+\s+)?)\b(?:spilled|spilt|spilling|leaked|leaking|poured|smeared|splattered|smashed)\s+(?:\w+\s+){0,2}?all\s+over\s+(?:the|my|our|everything)\b
    """
)
_MESS_ALL_OVER_STARTS = starts_of(
    "spilled spilt spilling leaked leaking poured smeared splattered smashed"
)


#: UP-53: a basic shared out for want of the broken one ("Five of us
#: sharing one bath", "four of us crammed into one room"). Not a booking
#: ("Can three of us share one room?", asked).
_CROWDED = _compile(
    r"""
    \b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+us\s+(?:(?:are|were|'re|now|all|still)\s+){0,2}(?:sharing|having\s+to\s+share|had\s+to\s+share|squeezed\s+into|crammed\s+into|crammed\s+in|stuck\s+with)
      \s+(?:one|a\s+single|1|the\s+one)\s+(?:bath|bathroom|toilet|loo|bed|room|shower|sofa|duvet|heater)\b
    """
)
_CROWDED_STARTS = starts_of(DIGIT_START, "two three four five six seven eight nine ten")
#: UP-54 (a report, weak): shown as delivered and not there ("parcel marked
#: 'delivered' and it's not here", "says delivered but nothing came"); with
#: praise beside it the praise reads as sarcasm (UP-3: "... Great.").
_DELIVERED_MISSING = _compile(
    r"""
    \b(?:marked|shows?|showing|says?|said|listed|tracking\s+says)\s+(?:as\s+)?[^\w\s]?delivered[^\w\s]?\s+(?:\w+\s+){0,4}?(?:but|and)\s+
      (?:it's\s+not|it\s+is\s+not|it\s+isn't|its\s+not|it's\s+nowhere|nothing|there's\s+nothing|there\s+is\s+nothing|no\s+sign|it\s+never|it\s+hasn't|never|(?:I|we)\s+(?:haven't|have\s+not|never|didn't|did\s+not))\b
    """
)
_DELIVERED_MISSING_STARTS = starts_of(
    "marked shows show showing says say said listed tracking", loose=True
)


def _read_round11b_early(r: _Reader) -> None:
    """
    The round-11b constructions that must read their words before the plain
    loss and vulnerability words take "cancelled", "refused" and "pregnant"
    (UP-43, UP-44, UP-46, UP-54).
    """
    r.add_statements(CueKind.IMPACT, _SHORT_NOTICE, _SHORT_NOTICE_STARTS, strong=True)
    r.add_statements(CueKind.IMPACT, _TURNED_AWAY, _TURNED_AWAY_STARTS, strong=True)
    r.add_statements(
        CueKind.LOSS, _DELIVERED_MISSING, _DELIVERED_MISSING_STARTS, strong=False
    )
    # UP-46 before the vulnerability words take "pregnant" or "a newborn".
    r.add_statements(
        CueKind.IMPACT, _HAZARD_CONDITION, _HAZARD_CONDITION_STARTS, strong=True
    )


def _read_round11b_cues(r: _Reader) -> None:
    """
    The round-11b constructions read after the others (UP-45, UP-47 to
    UP-53).
    """
    for pattern, starts in (
        (_PENALTY, _PENALTY_STARTS),
        (_PEST_FOUND, _PEST_FOUND_STARTS),
        (_STOOD_JOURNEY, _STOOD_JOURNEY_STARTS),
        (_MESS_ALL_OVER, _MESS_ALL_OVER_STARTS),
        (_CROWDED, _CROWDED_STARTS),
    ):
        r.add_statements(CueKind.IMPACT, pattern, starts, strong=True)
    for pattern, starts in (
        (_UNAGREED_CHARGE, _UNAGREED_CHARGE_STARTS),
        (_MONEY_BACK, _MONEY_BACK_STARTS),
        (_NOT_EVEN, _NOT_EVEN_STARTS),
    ):
        r.add_statements(
            CueKind.COMPLAINT, pattern, starts, strong=True, negatable=False
        )


# Round 12 (reply sets t4-t11's false alarms): constructions that hold a
# distress, repeat or bereavement word and are not upset, taken before the
# cues are read (UP-55 to UP-58):
# - nerves about an activity still to come that the customer (or their
#   child, their pet) is going to do: "I'm so nervous about my first
#   lesson", "really nervous in water", "scared of needles"; a feeling
#   predicted for someone else ("my dog will be scared at the groomer's");
#   eagerness ("my son is desperate to see them"). Not a worry about what
#   the company did or has not done ("anxious about this claim form",
#   "anxious, the centre has changed my date twice", "worried about
#   affording it", "desperate to get my money back"): the activity nouns
#   and the experience verbs decide, and any other cue in the message is
#   still read. UP-55.
# - tickets bought, in more verbs and with "the same": "Booking 4
#   tickets", "charged twice for the same two tickets" (UP-27 read "booked
#   2 tickets"; "I've raised 3 tickets" is still repeat contact). UP-56.
# - "passed" with an object is an exam or a stage passed, not a death:
#   "My son passed Stage 5", "she passed her test" ("My dad passed last
#   year", "passed away" stay bereavement). UP-57.
# - a question about the future: "Will this happen again?", "Is it going
#   to happen again?" ("It's happened again!" stays repeat). UP-58.
_COMING_ACTIVITY = (
    r"(?:lessons?|test|tests|exams?|class|classes|session|appointment|interview|tribunal|hearing|operation"
    r"|surgery|procedure|jab|injection|vaccinations?|scan|recital|performance|race|audition|treatment|swim"
    r"|ride|assessment|course|term|induction|trial\s+lesson|taster|groom(?:ing)?|check-?up|filling|extraction)"
)
_FEARED_THING = r"(?:water|heights|dogs|horses|needles|the\s+dark|flying|the\s+dentist|dentists|crowds|deep\s+water)"
_FEELING_NERVES = r"(?:nervous|anxious|scared|afraid|frightened|apprehensive|worried|petrified|terrified|jittery)"
_ANTICIPATION = _compile(
    rf"""
    \b(?:(?:really|so|very|a\s+bit|a\s+little|quite|super|pretty|bit)\s+)?{_FEELING_NERVES}\s+(?:about|before|for)\s+
      (?:my|his|her|their|our|the|a|an|this|next\s+week's|tomorrow's)\s+(?:(?:first|1st|upcoming|next|big|driving|theory
      |piano|swimming|guitar|dance|riding|dental|practical|final|new)\s+){{0,2}}{_COMING_ACTIVITY}\b
    | \b(?:(?:really|so|very|a\s+bit|quite|super|pretty)\s+)?{_FEELING_NERVES}\s+(?:in|of|around|near)\s+{_FEARED_THING}\b
    | \b(?:will|might|may|could|would)\s+(?:be|get|feel)\s+(?:(?:a\s+bit|really|too|so|very)\s+)?
      (?:scared|nervous|anxious|frightened|stressed\s+out)\s+(?:at|by|in|during|with|of)\b
    | \b(?:desperate|dying|itching|so\s+keen)\s+to\s+(?:see|meet|visit|watch|try|ride|play|join|start|have\s+a\s+go|pet|feed|hold)\b
    """
)
_ANTICIPATION_STARTS = starts_of(
    "really so very a quite super pretty bit nervous anxious scared afraid frightened apprehensive worried petrified"
    " terrified jittery will might may could would desperate dying itching",
    loose=True,
)
_BOUGHT_OR_AHEAD = _compile(
    rf"""
    \b(?:booking|buying|getting|ordering|reserving|booked|bought|ordered|for)\s+(?:the\s+same\s+|both\s+)?{_N}\s+
      (?:(?:adult|child|kids?|concession|student|senior|standard|vip|extra|more|festival|match|train|bus|cinema|theatre
      |family|day|season)\s+)?tickets\b
    | \b(?:will|could|would|might|can|is|does)\s+(?:this|it|that)\s+(?:(?:ever|be\s+going\s+to|going\s+to)\s+)?
      happen\s+again\s*\?
    """
)
#: Round 12, UP-59: the customer calling themself stupid for their own
#: slip ("I feel so stupid for locking myself out again"): self-reproach,
#: not a complaint; the repeat is theirs. Not a victim's "I feel so
#: stupid" after a scam or a company's act (no own-slip verb after "for").
_SELF_REPROACH = _compile(
    r"""
    \b(?:I|I'm|I\s+am)\s+(?:feel(?:ing)?\s+)?(?:(?:so|such|really|very|a\s+bit|pretty|totally)\s+)*(?:an?\s+)?
      (?:stupid|silly|daft|idiot|fool|dozy|dumb)\s+for\s+
      (?:locking|leaving|losing|forgetting|deleting|dropping|breaking|missing|misreading|mixing|oversleeping|typing
      |entering|putting|booking\s+the\s+wrong|ordering\s+the\s+wrong|getting\s+the\s+(?:date|time|day)\s+wrong)\b
      (?:[^.!?\n]{0,40}?\b(?:again|twice)\b)?
    """
)
_SELF_REPROACH_STARTS = starts_of("i i'm", loose=True)
#: Round 12, UP-59: the customer's own slip done by mistake ("I think I
#: ordered two sofas by mistake!"): alarm at it ("I'm panicking") is not
#: upset at the company; any cue but distress keeps the reading.
_OWN_SLIP_BY_MISTAKE = _compile(
    r"""
    \b(?:I|we)\b[^.!?\n]{0,15}?\b(?:ordered|booked|bought|paid|sent|deleted|cancell?ed|ported|donated|entered|put
      |typed|transferred|overpaid|renewed|subscribed|clicked|submitted|chose|picked)\b[^.!?\n]{0,50}?
      \b(?:by\s+(?:mistake|accident)|accidentally)\b
    """
)


def _alarmed_at_own_slip(r: _Reader) -> bool:
    """
    Whether the only heated cues are distress and the message reports the
    customer's own slip done by mistake (UP-59), with no cue of another kind
    and the company not addressed (an exclamation is alarm here, not heat).
    """
    if not r.found or any(f.kind is not CueKind.DISTRESS for f in r.found):
        return False
    if _AIMED_AT_US.search(r.text.replace("!", ".")) is not None:
        return False  # "you charged me three times and I paid by mistake too"
    return _OWN_SLIP_BY_MISTAKE.search(r.text) is not None


_BOUGHT_OR_AHEAD_STARTS = starts_of(
    "booking buying getting ordering reserving booked bought ordered for will could would might can is does"
)


def _read_round12_not_upset(r: _Reader) -> None:
    """
    Take tickets bought, a question about the future (UP-56, UP-58) and
    the customer's self-reproach for their own slip (UP-59) before the
    repeat and distress words read theirs.
    """
    for m in anchored(_BOUGHT_OR_AHEAD, r.doc, _BOUGHT_OR_AHEAD_STARTS):
        r.take(m.start(), m.end())
    for m in anchored(_SELF_REPROACH, r.doc, _SELF_REPROACH_STARTS):
        r.take(m.start(), m.end())


#: What keeps nerves upset: an exclamation, the company addressed ("you
#: cancelled", "your staff"), a repeat or a wait ("again", "twice", "still not").
_AIMED_AT_US = _compile(
    r"!|\b(?:you|your|you've|you're|u|ur|again|twice|already)\b"
    r"|\bstill\s+(?:not|no|nothing|waiting|hasn't|haven't|isn't|hadn't|doesn't|didn't|won't|can't|hasnt|havent)\b"
)


def _only_anticipation(r: _Reader, shouting: list[Cue]) -> bool:
    """
    Whether the message's only evidence of upset is nerves about an
    activity to come, a feeling predicted for someone else or eagerness
    (UP-55): every cue a distress word inside one of those constructions,
    nothing else read, no shouting.
    """
    if not r.found or shouting or _AIMED_AT_US.search(r.text) is not None:
        return False
    spans = [
        (m.start(), m.end())
        for m in anchored(_ANTICIPATION, r.doc, _ANTICIPATION_STARTS)
    ]
    if not spans:
        return False
    return all(
        f.kind is CueKind.DISTRESS
        and any(s <= f.start and f.end <= e for s, e in spans)
        for f in r.found
    )
