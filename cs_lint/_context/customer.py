"""
A reading of the customer's message: upset or not, and the cues that
decided it (complaint, loss, repeat contact, profanity, shouting, threats
to leave). `customer_state` reads a document's customer message once and
keeps the reading on the document.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable, Iterator

import attrs
import regex

from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern


# --- reading the customer ------------------------------------------------------


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

    The customer reads as upset on a complaint word, profanity or a threat
    to leave (two of them when the message is otherwise cheerful:
    "amazing, never flying anyone else"), on repeated contact ("third
    time", "still waiting"), on a loss of goods or money ("never arrived",
    "charged twice"), on a failure report ("isn't loading") only with
    shouting or a second failure, and on shouting alone only when it is
    heated: three words in capitals, "????", "?!", "help!!!". Cheer or
    thanks ("LOVE IT!!!", "Thanks!!") is never upset on shouting alone.
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


# Every pattern is a bounded alternation of literals with short optional
# gaps, so reading any message is linear.
_COMPLAINT = _compile(
    r"""
    \b(?:terrible|horrible|horrendous|awful|appalling|atrocious|abysmal|dreadful
      |pathetic|ridiculous|unacceptable|disgraceful|disgusting|shameful|outrageous
      |useless|worthless|incompetent|unprofessional|clueless|garbage|trash|rubbish
      |joke|scam|scammed|scammers|rip-?off|ripped\s+off|robbery|fraud|lousy|crappy
      |frustrat(?:ed|ing|ion)|furious|livid|angry|annoyed|annoying|irritat(?:ed|ing)
      |infuriat(?:ed|ing)|disappoint(?:ed|ing|ment)|upset|fed\s+up|sick\s+(?:and\s+tired\s+)?of
      |tired\s+of|had\s+enough|enough\s+is\s+enough|fuming|gutted|devastated
      |nightmare|shambles|disaster|fiasco|mess\s+up|messed\s+up|screwed\s+(?:up|over)
      |unhappy|not\s+happy|not\s+impressed|poor\s+(?:service|customer\s+service|support)
      |worst|hate|hates|hated|sucks|suck|sucked|smh|wtf|ugh+|grr+
      |shame\s+on\s+you|how\s+dare|unbelievable|no\s+excuse|fail(?:ed|s|ing)?\s+(?:me|us)
      |let\s+(?:me|us)\s+down|ignor(?:ed|ing)\s+(?:me|us|my)|lied\s+to|lying|liars?
      |treat(?:ed|ing)\s+(?:like|badly)|inconvenienc(?:e|ed)|stress(?:ed|ful)?
      |rude|ugly|bad\s+(?:service|experience|customer\s+service)|very\s+bad|so\s+bad
      |hung\s+up|what\s+the\s+(?:heck|hell)|wth|come\s+on|sort\s+it\s+out
      |ruined|misleading|misled|false\s+advertising|worse|fml|refus(?:e|es|ed|ing)\s+to
      |steal(?:ing|s)?|stole|illegal|shock(?:ed|ing)|appall(?:ed|ing)|(?:want|need)\s+my\s+money\s+back
      |barely\s+(?:working|works|work)|killing\s+my|never\s+(?:placed|ordered|authori[sz]ed)
      |not\s+cool|stupid|lie|lies|incompeten\w*|waste\s+of\s+(?:time|money)|thanks\s*for\s*nothing
      |thanksfornothing|get\s+it\s+together|how\s+(?:you|u)\s+treat|very\s+poor|poor\s+(?:network|quality)
      |never\s+(?:notified|told|informed|contacted|heard\s+back)|heard\s+(?:nothing|zero)
      |not\s+liking)\b
    |\bseriously\s*[?!]
    |(?:(?<=^)|(?<=[.!?]\s{1,3}))(?:please\s+)?(?:fix|stop)\s+(?:it|this)(?=\s*(?:[.!]|$))
    |:\(|:-\(|>:\(|\U0001F620|\U0001F621|\U0001F92C|\U0001F624|\U0001F61E|\U0001F612
    |\U0001F644|\U0001F629|\U0001F62B|\U0001F611
    """
)
_LOSS = _compile(
    r"""
    \b(?:never|not\s+yet|still\s+(?:not|haven't|hasn't|hasnt|havent|no)|didn't|did\s+not
        |haven't|have\s+not|hasn't|has\s+not|havent|hasnt)
        \s+(?:been\s+)?(?:arrived?|received?|delivered|came|come|shown\s+up|showed\s+up
        |got(?:ten)?|refunded|credited|shipped|fixed|resolved|answered)\b
    | \bstill\s+(?:don't|do\s+not|dont)\s+have\b
    | \b(?:charged|billed)\s+(?:me\s+)?(?:twice|double|two\s+times|again)\b
    | \b(?:double|over)[-\s]?(?:charged|billed)\b
    | \b(?:lost(?!\s+cause)(?!\s+(?:my\s+|the\s+|a\s+|our\s+)?(?:password|pwd|pin|passcode|key|login|username|user\s+name|code)\b)|missing|stolen|damaged|broken|cancell?ed|stranded|delayed|stuck)\b
    | \bno\s+(?:refund|reply|response|answer|help|one\s+(?:has\s+)?(?:replied|responded|answered|helped|called))\b
    | \bwasted\b|\b(?:lost|took)\s+my\s+money\b
    """
)
#: Something that stopped working: a problem report, upset only with more.
_FAILURE = _compile(
    r"""
    \b(?:doesn't|does\s+not|won't|will\s+not|isn't|is\s+not|not|can't|cannot|can\s+not|unable\s+to)
        \s+(?:work|working|load|loading|connect|connecting|log\s+in|login|sign\s+in)\b
    | \b(?:is|are|been|went|still)\s+down\b|\boutage\b
    | \b(?:keep|keeps|kept|keeping)\s+(?:crashing|failing|freezing|dropping)\b
    """
)
_REPEAT = _compile(
    r"""
    \b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d{1,2}th)\s+time\b
    | \b(?:[2-9]|\d\d|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|countless|numerous)
        \s+(?:times|calls|emails|e-mails|messages|tweets|attempts|dms|chats)\b
    | \bstill\s+(?:waiting|no|not|nothing|haven't|hasn't|havent|hasnt|can't|cant|unable|broken|down|having|getting|charging)\b
    | \byet\s+again\b|\bagain\s+and\s+again\b
    | \b(?:happen(?:ed|ing|s)?|down|broken|late|delayed|charged|cancell?ed|stopped|crashed|failed)\s+again\b
    | \b(?:keep|keeps|kept)\s+(?:getting|happening|telling|saying|charging|sending|asking)\b
    | \bevery\s+(?:single\s+)?time\b
    | \b(?:wait(?:ed|ing)?|been)\s+(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?
        (?:a|an|\d{1,3}|two|three|four|five|six|several|many|few)\s+(?:hours?|days?|weeks?|months?)\b
    | \b(?:hours?|days?|weeks?|months?)\s+(?:now|later|and\s+still|and\s+counting|of\s+waiting)\b
    | \b(?:been\s+)?on\s+hold\b
    | \b(?:no\s+one|nobody|noone)\s+(?:has\s+|ever\s+|is\s+)?(?:responded|replied|answered|helped|called|got\s+back|responding|replying|answering|helping)\b
    | \b(?:twice|thrice)\b|\bas\s+(?:I\s+)?(?:said|mentioned|explained)\s+(?:before|earlier)\b
    | \balready\s+(?:done|did|tried|discussed|been)\b
    | \b(?:already|previously)\s+(?:contacted|called|emailed|messaged|told|explained|sent|tried|asked|reported|spoke)\b
    | \bhow\s+many\s+(?:more\s+)?times\b
    | \b(?:read|see|check)\s+(?:the|my|our)\s+(?:previous|earlier|last)\s+(?:tweets?|messages?|emails?|dms?|replies)\b
    | \b(?:been|still|keep|kept)\s+waiting\b
    | \bwaited\s+(?:for\s+)?(?:ages|forever|so\s+long|long\s+enough|and\s+waited)\b
    | \b(?:\d|two|three|four|five|several|many)\s+different\s+(?:people|answers|agents|reps|representatives|stories|times)\b
    | \b(?:call|called|calling|tweet|tweeted|email|emailed|message|messaged|chat|chatted)\s+(?:you\s+|them\s+)?every\s+(?:single\s+)?(?:day|week)\b
    | \b(?:fought|fighting|spent|wasted|trying|tried|waiting|waited|been)\s+(?:[\w']+\s+){0,4}?all\s+(?:day|weekend|week|morning|afternoon|evening|night)\b
    """
)
_PROFANITY = _compile(
    r"""
    \b(?:fuck\w*|f\*+k\w*|f\*\*\*|fk|fkn|fucking|shit\w*|sh\*t|bullshit|bs|crap|crappy
      |damn|damned|dammit|goddamn\w*|asshole\w*|bastard\w*|bitch\w*|piss(?:ed)?
      |wtf|ffs|stfu|dickhead\w*|bloody|frigging|freaking|effing)\b
    | (?<!\blike\s+an?\s+|\bmy\s+|\byour\s+)\b(?:ass|arse)\b
    """
)
_THREAT = _compile(
    r"""
    \b(?:I'll|I\s+will|I'm|I\s+am|we're|I'm\s+going\s+to|I\s+am\s+going\s+to|gonna|about\s+to|ready\s+to
      |thinking\s+(?:of|about)|considering|seriously\s+considering|will\s+be|might|may)
        \s+(?:just\s+|have\s+to\s+|be\s+)?(?:cancel(?:l?ing)?|clos(?:e|ing)|terminat(?:e|ing)
        |leav(?:e|ing)|switch(?:ing)?|quit(?:ting)?|drop(?:ping)?|ditch(?:ing)?|dump(?:ing)?)
        \s+(?:my\s+|our\s+|the\s+)?(?:account|subscription|service|contract|membership|plan
        |card|business|you|u|provider|carrier)\b
    | \bswitch(?:ing)?\s+(?:over\s+)?to\s+(?:another|a\s+different|a\s+new|your\s+competitor|the\s+competition)
        \s+(?:provider|carrier|company|bank|airline|network|service|supplier|store|isp)\b
    | \btak(?:e|ing)\s+my\s+(?:business|money|custom)\s+elsewhere\b
    | \b(?:never|not)\s+(?:using|use|buying|buy|ordering|order|flying|fly|shopping|shop)
        \s+(?:with\s+|from\s+)?(?:you|u|again)\b
    | \bnever\s+again\b
    | \b(?:lawyers?|attorney|solicitors?|sue|suing|lawsuit|legal\s+action|small\s+claims
      |bbb|better\s+business\s+bureau|ombudsman|ofcom|fcc|chargeback|trading\s+standards)\b
    | \b(?:report(?:ing)?\s+(?:you|this)\s+to)\b
    | \b(?:leaving|left|quit|quitting|dump(?:ing)?|ditch(?:ing)?)\s+(?:you|u)\b
    | \b(?:don't|do\s+not|won't|will\s+not)\s+(?:want\s+to\s+)?(?:fly|use|buy|order|shop)\s+(?:with|from|at)\b
    | \bdone\s+with\s+(?:you|u)\b|\blost\s+(?:a|another)\s+customer\b
    """
)
_NEGATED = _compile(
    r"""
    \b(?:not|never|no|isn't|wasn't|aren't|don't|didn't|wouldn't|n't|hardly|without)\s+(?:\w+\s+)?$
    """
)
# Words after a loss cue that show the customer is only asking or reporting
# a feature ("is the site down for maintenance?") are judged by the caller.
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
    }
)
_POSITIVE = _compile(
    r"\b(?:love|loving|loved|amazing|awesome|great|excited|can't\s+wait|yay|fab|fabulous"
    r"|fantastic|best|excellent|brilliant|wonderful|shout\s*out|kudos|perfect|appreciate)\b"
    r"|[\U0001F600-\U0001F604\U0001F60A\U0001F60D\U0001F642\U0001F44D\U0001F64C\U0001F389\u2764]"
)
_KIND_ORDER = {k: i for i, k in enumerate(CueKind)}


def _finditer(kind: CueKind, pattern: regex.Pattern[str], text: str) -> Iterator[Cue]:
    for m in pattern.finditer(text):
        start = m.start()
        if kind is not CueKind.PROFANITY and _NEGATED.search(
            text, max(0, start - 24), start
        ):
            continue
        yield Cue(kind, start, m.end(), m.group())


_LONG_SHOUT = 5


def _shouting(text: str) -> Iterator[Cue]:
    run_start = run_end = -1
    count = 0
    for m in _SHOUT_WORD.finditer(text):
        if m.group() in _ACRONYMS or any(c.isdigit() for c in m.group()):
            continue
        if count and not text[run_end : m.start()].strip(" ,.!?'\u2019-"):
            run_end = m.end()
            count += 1
            continue
        if count >= 2 or run_end - run_start >= _LONG_SHOUT:
            yield Cue(CueKind.SHOUTING, run_start, run_end, text[run_start:run_end])
        run_start, run_end, count = m.start(), m.end(), 1
    if count >= 2 or (count and run_end - run_start >= _LONG_SHOUT):
        yield Cue(CueKind.SHOUTING, run_start, run_end, text[run_start:run_end])
    for m in _BANGS.finditer(text):
        yield Cue(CueKind.SHOUTING, m.start(), m.end(), m.group())


def read_customer(text: str) -> CustomerState:
    """
    Read a customer message: is the customer upset, and on what evidence?

    Cues are domain phrases, not a general sentiment lexicon: complaint
    words ("unacceptable", "worst service"), loss ("never arrived",
    "charged twice"), repeated contact ("third time", "still waiting"),
    profanity, shouting (runs of capitals, "!!!", "??") and threats to
    leave ("cancel my account", "taking my business elsewhere"). Offsets
    are code points into *text*.

        >>> read_customer("Third time I'm asking!!! Where is my refund?").upset
        True
        >>> read_customer("Is the store open on Sunday?").upset
        False

    Raises:
        TypeError: *text* is not a str.
    """
    if not isinstance(text, str):
        msg = f"customer message must be str, not {type(text).__name__}"
        raise TypeError(msg)
    cues = [
        *_finditer(CueKind.COMPLAINT, _COMPLAINT, text),
        *_finditer(CueKind.LOSS, _LOSS, text),
        *_finditer(CueKind.LOSS, _FAILURE, text),
        *_finditer(CueKind.REPEAT, _REPEAT, text),
        *_finditer(CueKind.PROFANITY, _PROFANITY, text),
        *_finditer(CueKind.THREAT, _THREAT, text),
        *_shouting(text),
    ]
    cues.sort(key=lambda c: (c.start, c.end, _KIND_ORDER[c.kind]))
    cues = _one_reading(cues)
    kinds = {c.kind for c in cues}
    upset = _judge(text, kinds, cues)
    return CustomerState(upset, tuple(cues))


def _one_reading(cues: list[Cue]) -> list[Cue]:
    """
    Drop a repeat-contact cue inside a loss cue: "charged twice" is money
    lost, not a second contact, and the same words never count twice.
    Cues are sorted by start, so a bisection finds the losses around each.
    """
    losses = [(c.start, c.end) for c in cues if c.kind is CueKind.LOSS]
    if not losses:
        return cues
    starts = [s for s, _ in losses]
    reach = max(e - s for s, e in losses)
    out = []
    for c in cues:
        if c.kind is CueKind.REPEAT:
            lo = bisect.bisect_left(starts, c.start - reach)
            hi = bisect.bisect_right(starts, c.start)
            if any(
                losses[i][0] <= c.start and c.end <= losses[i][1] for i in range(lo, hi)
            ):
                continue
        out.append(c)
    return out


_STRONG = frozenset({CueKind.COMPLAINT, CueKind.PROFANITY, CueKind.THREAT})


_THANKS = _compile(r"\bthank|\bthx\b|\bty\b")


def _judge(text: str, kinds: set[CueKind], cues: list[Cue]) -> bool:
    cheerful = _POSITIVE.search(text) is not None
    if kinds & _STRONG:
        # "Amazing, I'm never flying anyone else" has one strong cue in a
        # cheerful message; two are needed there.
        strong = {c.start for c in cues if c.kind in _STRONG}
        return not cheerful or len(strong) > 1
    if cheerful:
        return False
    if CueKind.REPEAT in kinds:
        # Repeated contact ("third time", "still waiting") is upset.
        return True
    if CueKind.LOSS in kinds:
        # Losing goods or money ("never arrived", "charged twice") is upset;
        # a plain failure report ("the code isn't working") needs more:
        # shouting or a second failure.
        failures = [
            c for c in cues if c.kind is CueKind.LOSS and _FAILURE.fullmatch(c.excerpt)
        ]
        losses = sum(c.kind is CueKind.LOSS for c in cues) - len(failures)
        return losses > 0 or CueKind.SHOUTING in kinds or len(failures) > 1
    if _THANKS.search(text):
        return False
    # Shouting alone: three words in capitals ("WHERE IS MY ORDER"), or
    # heated punctuation ("????!?!?", "surge!?"); not "SO EXCITED!".
    # The message is searched for a plea once, not once per "!!!".
    distress: list[bool] = []

    def pleading() -> bool:
        if not distress:
            distress.append(_DISTRESS.search(text) is not None)
        return distress[0]

    return any(
        c.kind is CueKind.SHOUTING and _heated(c.excerpt, pleading) for c in cues
    )


_DISTRESS = _compile(r"\b(?:help|why|how\s+come|what\s+the|where\s+is|wtf)\b")


def _heated(excerpt: str, pleading: Callable[[], bool]) -> bool:
    if excerpt[0].isalpha():
        return len(excerpt.split()) >= 3
    if len(excerpt) >= 4 or ("?" in excerpt and "!" in excerpt):
        return True
    # "please help!!!": three marks on a plea or a "why".
    return len(excerpt) >= 3 and pleading()


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
