"""
Readings of a reply's apologies and acknowledgements.

An apology head ("sorry", "we apologise", "regret") is not yet an apology:
what follows decides. `apologies` reads each head in the agent's words and
says what kind of apology it heads:

- *conditional*: made conditional on the harm being real ("sorry if the
  logout caught you off guard", "we are sorry if your journey did not meet
  your expectations", "sorry for any inconvenience this may have caused");
- *perception*: for the customer's feeling or perception, or their own
  doing, instead of the event ("sorry you feel that way", "I regret that
  you came away from the desk feeling pressured", "sorry you were unhappy
  with the service", "sorry that you missed the email");
- *retracted*: taken back by a justification ("sorry, but that's our
  policy", "sorry, however we would not offer a refund", "I'm sorry, we're
  short-staffed this week");
- *notice*: no apology at all ("we regret to inform you", "sorry to say");
- *sincere*: the rest ("sorry for the delay", "I'm sorry you had to chase
  us", "sorry, but good news: it shipped").

`acknowledgements` reads what an upset customer needs to hear: a sincere
apology, understanding ("I'd feel the same"), validation ("you're right"),
owning the error ("that was our mistake", never "not our fault"), the
impact named ("two days without signal is a real pain"), condolence, warm
reassurance, and, weakly, thanks for the report. Pseudo-acknowledgements
are left out: non-apologies, "I'm afraid" on a refusal, "thanks for your
patience", "regret to inform".

The non-apology rules (CS411-CS413) report the apologies; missing empathy
(CS401) asks whether any acknowledgement is there. Each head is read in a
bounded window of its sentence, so a reply is read in linear time.
"""

from __future__ import annotations

import bisect
import enum

import attrs
import regex

from cs_lint._text.anchors import anchored, starts_of
from cs_lint._text.document import Document, Sentence
from cs_lint._text.lexicons import DIGIT_START, cues
from cs_lint._text.patterns import compile_pattern


def _lazy(source: str) -> regex.Pattern[str]:
    """
    Compile a pattern source on first use (`compile_pattern` with
    ``lazy=True``): a reply that never needs a pattern never pays for it,
    nor does `import cs_lint`.
    """
    return compile_pattern(source, lazy=True)


class ApologyKind(enum.Enum):
    """
    What an apology head heads (see the module docstring).
    """

    SINCERE = "sincere"
    CONDITIONAL = "conditional"
    PERCEPTION = "perception"
    RETRACTED = "retracted"
    NOTICE = "notice"


@attrs.frozen
class Apology:
    """
    One apology: its *kind*, the span of the construction (from the head
    to the end of what makes it that kind; from the "if" to the head for a
    condition that comes first, "If you were upset, I'm sorry"), the end
    of the head, and a *reason* naming the construction ("feeling",
    "expectation", "blame", "if", "lead", "any", "justification",
    "excuse", ...).
    """

    kind: ApologyKind
    start: int
    end: int
    head_end: int
    reason: str = ""


class AckKind(enum.Enum):
    """
    What kind of acknowledgement an `Acknowledgement` is.
    """

    APOLOGY = "apology"
    UNDERSTANDING = "understanding"
    VALIDATION = "validation"
    OWNING = "owning"
    IMPACT = "impact"
    CONDOLENCE = "condolence"
    REASSURANCE = "reassurance"
    GRATITUDE = "gratitude"
    PATIENCE = "patience"


@attrs.frozen
class Acknowledgement:
    """
    One acknowledgement in a reply: its *kind* and span; *weak* ones
    (thanks for the report) are enough only for a mild complaint.
    """

    kind: AckKind
    start: int
    end: int
    weak: bool = False


# --- apologies ---------------------------------------------------------------

_WINDOW = 300

#: The word an apology hangs on, and what may come before it ("We're so",
#: "my", "it is"): the head is read from the word, which is rare, so a reply
#: without one costs a set look-up.
_CORE = _lazy(
    r"""
    (?:sorry|apolog(?:y|ies|i[sz](?:e|ed|es|ing))|appologies|regret(?:s|ted|table|tably)?|pardon|excuse|forgive)\b
    """
)
_CORE_STARTS = starts_of(
    """
    sorry apology apologies apologise apologised apologises apologising apologize apologized apologizes
    apologizing appologies regret regrets regretted regrettable regrettably pardon excuse forgive
    """
)
_CORE_LEFT = _lazy(
    r"""(?r)
    (?:\b(?:(?:I|we)(?:'m|'re|\s+am|\s+are|\s+do|\s+would\s+like\s+to|'d\s+like\s+to)?|my|our|many|sincere|sincerest
      |deepest|it\s+is|it's|all\s+inconveniences)\s+)?
    (?:\b(?:so|very|really|truly|terribly|awfully|deeply|incredibly|extremely|sincerely|genuinely|most|humbly)\s+)*
    """
)
_NOTICE = _lazy(
    r"""
    (?:regret(?:s)?|sorry|apologi[sz]e)\s+to\s+(?:inform|advise|say|tell\s+you|report|announce|confirm)\b
    | regrettably\b
    """
)
_NOT_APOLOGY = _lazy(
    r"""
    (?:sorry|apologi[sz]e|apologies)\s+(?:to\s+(?:bother|disturb|interrupt|ask|trouble)|for\s+(?:asking|bothering|the\s+(?:silly|basic|daft)\s+question))\b
    | (?:excuse|pardon)(?!\s+(?:the|our|my|us|me\s+for)\b)
    | regrettable\b
    """
)
#: "no need to apologise", "not sorry", "nothing to apologise for".
_NEGATED_HEAD = _lazy(
    r"(?r)\b(?:no\s+need\s+to|don't|do\s+not|never|not|nothing\s+to|no\s+reason\s+to|shouldn't|won't)\s+(?:\w+\s+)?"
)

_INTRO = (
    r"(?:\s*,?\s*(?:(?:so|very|really|truly|terribly|deeply|sincerely|genuinely|awfully|incredibly"
    r"|extremely|just)\s+)*)"
)
_HEAR = r"(?:to\s+(?:hear|see|learn|read|know|find\s+out|discover)\s+)?(?:(?:that|about\s+how)\s+)?"
_YOU = r"(?:you|u)(?:'re|'ve|'d)?"

_CONDITION = _lazy(
    rf"""
    {_INTRO}(?:for\s+(?:this|that|it)\s+|about\s+(?:this|that)\s+)?
    (?P<if>if|in\s+case|to\s+the\s+extent\s+that|should(?=\s+(?:you|this|it|that|we|our|the|any|there)\b)
      |(?:were|had)(?=\s+there\b))\s+
    """
)
#: What a condition's clause ends at.
_CLAUSE_END = regex.compile(
    r"[.!?;\n]|\s[-\u2013\u2014]\s|,\s*(?:but|however|though|and|so|please|we|I|let|can|could|if)\b"
    r"|\s+(?:but|however|although)\b",
    regex.IGNORECASE,
)
_SELF_DOUBT = _lazy(
    r"""
    \s*(?:{AGENT_SELF_MISREAD}|{PRE_REQUEST_POLITENESS}
      |(?:I|we)(?:'ve|\s+have|'d|\s+had)?\s+(?:already\s+)?(?:asked|sent|mentioned|said|covered|explained)
        \s+(?:this|that|it|you)?\s*(?:already|before|earlier))
    """
)
#: An offer, not a condition on the harm: "Apologies, if you'd like to share
#: more details, DM us".
_OFFER = _lazy(
    r"""
    \s*(?:(?:you|u)(?:'d|\s+would)\s+(?:like|prefer|rather)|(?:you|u)\s+(?:want|need|wish|prefer|can|could|have\s+any
      |still|ever)|there's\s+anything|there\s+is\s+anything|anything\s+else|possible|so|ok|okay)\b
    """
)
#: A condition on the agent's own message ("if my last email was unclear"),
#: a non-apology only when it is about hurt ("if our message came across as
#: rude").
_OWN_MESSAGE = _lazy(
    r"\s*(?:my|our)\s+(?:last\s+|previous\s+|earlier\s+|first\s+)?(?:email|message|reply|response|explanation"
    r"|answer|note|instructions|wording|tone|tweet|dm|letter|comment)s?\b"
)
_HURT_WORDS = _lazy(
    r"{FEELING_ADJ}|\b(?:came\s+across|come\s+across|rude|offen\w+|hurt\w*|upset\w*|abrupt|dismissive|harsh|blunt"
    r"|insensitive|patronising|patronizing|condescending|curt)\b"
)
#: A condition about the agent's own side ("if we haven't called you back",
#: "if it seems like I'm bugging you").
_AGENT_CLAUSE = _lazy(r"\s*(?:I|we)\b|.*\b(?:I'm|I\s+am|I've|I\s+was|me)\b")
#: Words that make a condition about the customer's feelings or the harm.
_FEELING_WORDS = _lazy(
    r"""
    {FEELING_ADJ}|{FEELING_NOUN}|{HARM_NOUN}|{EXPECTATION_FRAME}
    | \b(?:error|mistake|fault|failing|shortcoming)s?\s+on\s+our\s+(?:part|side)\b
    | \b(?:miscommunication|misunderstanding|confusion|oversight|mix-up|lapse)s?\b
    | \b(?:how|what)\s+you(?:'d|\s+would)\s+(?:like|want|prefer|expect|have\s+liked|have\s+wanted)\b
    | \b(?:feel|felt|feeling|upsetting|disappointing|frustrating|confusing|annoying|inconvenienced|inconvenient
      |caused|came\s+across|come\s+across|caught\s+you|seemed|looked|found|find|impression|experienced|misled
      |offensive|rude|unclear|hurt|distress\w*|stress\w*|worr\w+|expect\w*|perceived|took\s+it|saw\s+it)\b
    | \bclear\s+enough\b|\bfor\s+(?:you\s+personally|your\s+(?:use\s+case|needs|situation|purposes|liking|setup))\b
    """
)
#: A check or a remedy follows: "I apologise if this was sent in error.
#: Can you DM us?", "Sorry if you were charged twice - we'll refund it".
_CHECK = _lazy(
    r"""
    \?|\b(?:can|could)\s+you\b|\bplease\s+(?:dm|send|confirm|check|let\s+us\s+know|reply|share)\b
    | \blet\s+(?:me|us)\s+(?:check|look|know|confirm)\b
    | \b(?:I'll|we'll|I\s+will|we\s+will|I\s+can|we\s+can|I've|we've)\s+(?:\w+\s+)?(?:check|look|refund|replace
      |credit|fix|sort|send|reverse|cancel|correct|arrange)\w*\b
    """
)
_HEDGED = _lazy(
    rf"""
    {_INTRO}(?:(?:for|about)\s+)?(?:any|whatever)\s+(?:(?:potential|possible|perceived|apparent|alleged|supposed)\s+\w+
      |misunderstandings?|miscommunications?|misinterpretations?)\b
    | {_INTRO}(?:(?:for|about)\s+)?(?:any|all\s+the|whatever)\s+(?:\w+\s+)?(?:{{HARM_NOUN}})
      \s+[^.!?;\n]{{0,60}}?\b(?:may|might|could)\s+(?:believe|feel|think|consider|perceive|claim|say|allege)\b
    | {_INTRO}(?:(?:for|about)\s+)?(?:any|all\s+the|whatever)\s+(?:\w+\s+)?(?:{{HARM_NOUN}})
      \s+(?:on\s+your\s+(?:end|part|side)|(?:caused\s+by|due\s+to|from)\s+(?:the\s+|our\s+|these\s+|this\s+)?
        (?:necessary|essential|routine|planned|required|unavoidable|scheduled|mandatory|important|vital)\b)
    | {_INTRO}(?:(?:for|about)\s+)?(?:any|all\s+the|whatever)\s+(?:\w+\s+)?(?:{{HARM_NOUN}})
    (?:\s+(?:that\s+|which\s+)?(?:this|it|that|we|(?:our|the|these|this)\s+(?:[\w-]+\s+)?[\w-]+)?\s*
        (?:may|might|mite|could|cud)\s+(?:have\s+|hav\s+|of\s+)?(?:caused|cause|been\s+caused|created|brought|given)
        (?:\s+you)?
      | \s+(?:that\s+)?you\s+(?:may|might|could)\s+(?:have\s+)?(?:experienced|be\s+experiencing|had|felt|faced
        |encountered|been\s+caused))\b
    """
)
_PERCEPTION = _lazy(
    rf"""
    {_INTRO}{_HEAR}(?:that\s+)?
    (?:
      (?P<you>{_YOU})\s+(?:
        (?:may\s+|might\s+)?(?:feel|feels|felt|feeling|are\s+feeling|were\s+feeling|have\s+felt|'ve\s+felt
          |(?:were|are|been|have\s+been|'ve\s+been|had\s+been|'d\s+been|may\s+have\s+been|might\s+have\s+been)\s+made\s+to\s+feel
          |have\s+been\s+feeling|'ve\s+been\s+feeling|were\s+left\s+feeling|'ve\s+been\s+left\s+feeling)
          \s+(?:so\s+|very\s+|a\s+(?:little|bit)\s+|really\s+|quite\s+|somewhat\s+)?(?:{{FEEL_COMPLEMENT}})
        | (?:(?:have\s+|'ve\s+)?(?:chosen|choose|chose|decided|prefer|want)\s+to\s+)?(?:see|saw|view|viewed|took|take
          |perceive|perceived|read|interpreted)\s+(?:it|this|that|things|(?:our|the|your|this|that)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)
          \s+(?:in\s+)?(?:that|this|such\s+a)\s+way
        | (?:(?:have\s+|'ve\s+)?(?:chosen|choose|chose|decided|prefer|want)\s+to\s+)?
          (?:perceived|perceive|viewed|view|saw|see|found|find|took|take|interpreted|interpret|experienced|considered
          |consider|regarded|regard|read)
          \s+(?:it|this|that|them|him|her|us|(?:our|the|your|this|that)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?:as|to\s+be)\b
        | (?:got|get|had|have|were\s+given|were\s+left\s+with|came\s+away\s+with)\s+(?:a|an|the)\s+(?:\w+\s+)?
          impression
        | (?:think|thought|believe|believed|consider|considered)\s+(?:that\b|so\b|we\b|our\b|this\b|it\b|the\b
          |(?:you|u)(?:'ve|'re|'d|\s+(?:have|were|are|had|was|got|did|paid|should|could))\b|there\s+(?:is|was|are|were|has|have)\b)
        | (?:are|were|'re|seem\s+to\s+be|remain)\s+(?:still\s+)?(?:of\s+the\s+(?:opinion|view|belief)|under\s+the\s+impression)\b
        | (?:came|come|have\s+come|'ve\s+come)\s+away\s+(?:[\w\x27\u2019-]+\s+){{0,6}}?(?:feeling|thinking
          |with\s+(?:the|a|an)\s+(?:\w+\s+)?impression)
        | (?:were|are|'re|have\s+been|'ve\s+been|got|get|had|have)\s+(?:given\s+|left\s+with\s+)?(?:the|an?)\s+
          (?:wrong\s+|false\s+|mistaken\s+|incorrect\s+)?impression
        | (?:found|find)\s+(?:it|this|that|the\s+\w+|our\s+\w+)(?:\s+\w+){{0,3}}?\s+(?:confusing|frustrating
          |difficult|hard|unclear|disappointing|upsetting|annoying|misleading|unhelpful|unsatisfactory|rude|abrupt
          |unacceptable|inadequate|insufficient|lacking|complicated|stressful|slow|poor|unfair|excessive|harsh)
        | had\s+(?:a|an)\s+less[\s-]than[\s-](?:perfect|ideal|satisfactory|great|positive|stellar|pleasant|optimal
          |smooth|seamless)\b
        | (?:are|were|have\s+been|seem\s+to\s+be|seemed|was|remain|became)?\s*(?:so\s+|very\s+|a\s+(?:little|bit)\s+
          |really\s+|quite\s+|feeling\s+)?(?:{{FEELING_ADJ}})(?=\s*(?:with|about|by|at|over|that|[.,!;:)]|$|\s-\s))
        | (?:are\s+not|aren't|were\s+not|weren't|have\s+not\s+been|haven't\s+been)\s+(?:happy|satisfied|pleased
          |impressed|content)
        | (?:didn't|did\s+not|don't|do\s+not)\s+(?:really\s+)?(?:enjoy|like|love|appreciate|care\s+for)\b
      )
      | (?:that's|that\s+is|this\s+is|it's|it\s+is)\s+how\s+you\s+(?:feel|felt|see\s+it|view\s+it)
      | (?:that's|that\s+is|this\s+is|it's|it\s+is)\s+how\s+(?:it|things|this|that|the\s+\w+|your\s+\w+)\s+(?:went|turned\s+out
        |worked\s+out|panned\s+out|played\s+out|felt|seemed|came\s+across|looked)\s+(?:for|to)\s+(?:you|u)\b
      | (?:for|about)\s+(?:the|any|all\s+the)\s+(?:\w+\s+)?(?:confusion|misunderstanding|misinterpretation)\s+(?:that\s+)?
        (?:you|u)(?:'ve|\s+have|\s+had|\s+may\s+have|\s+might\s+have|\s+experienced|\s+felt|\s+were|'re|\s+are)\b
      | for\s+(?:how|the\s+way)\s+(?P<you2>you|u)\s+(?:feel|felt|see|saw|view|viewed|perceive|perceived)\b
      | (?:the|this|that)\s+(?:situation|matter|experience|incident|episode)\s+(?:has\s+|may\s+have\s+|might\s+have\s+)?
        caused\s+you\s+(?:any\s+|some\s+|such\s+)?(?:{{FEELING_NOUN}})
      | (?:our|the|this|that)\s+(?:decision|policy|policies|outcome|response|answer|reply|choice|rules?|position
        |ruling|verdict|terms|changes?|price\s+(?:rise|increase|change))\s+(?:has\s+|have\s+|may\s+have\s+|might\s+have\s+)?
        (?:disappointed|upset|frustrated|annoyed|offended|angered|saddened|bothered)\s+you\b
      | (?:the|your|our|this|it|that|these|those)\b[^.!?;\n]{{0,40}}?\b(?:seemed|seem|seems|felt|looked|appeared
        |sounded|came\s+across|come\s+across|comes\s+across)\b[^.!?;\n]{{0,30}}?\bto\s+you\b
    )
    """
)
_EXPECTATION = _lazy(
    r"""
    (?:\s*,?\s*\w+){0,3}?\s*(?:that\s+)?(?:your|the|our|this|it|we|they|you)\b[^.!?;\n]{0,60}?
    (?:{EXPECTATION_FRAME}
      | (?:didn't|did\s+not|doesn't|does\s+not|failed\s+to|hasn't|has\s+not|haven't|have\s+not)\s+
        (?:quite\s+|fully\s+|really\s+)?(?:meet|live\s+up\s+to|match|reach)\s+(?:your|what\s+you|the\s+(?:standard|level))
      | (?:wasn't|was\s+not|weren't|were\s+not|isn't|is\s+not|hasn't\s+been|has\s+not\s+been|haven't\s+been
        |have\s+not\s+been|not)\s+(?:quite\s+|exactly\s+|really\s+|always\s+)?
        (?:what|as|how|everything|all|quite\s+what|exactly\s+what)\s+you(?:\s+had\s+|'d\s+|\s+would\s+|\s+were\s+|\s+)
        (?:expected|hoped|wanted|anticipated|imagined|expecting|hoping|pictured|like|liked|prefer|preferred|have\s+liked
        |have\s+wanted|in\s+mind|looking\s+for)
      | (?:not|n't|never)\s+(?:\w+\s+){0,2}?(?:the|a|an|any)\s+(?:\w+\s+){0,2}?(?:that\s+)?you(?:\s+had|'d|\s+were)?\s+
        (?:hoped|expected|wanted|anticipated|imagined|hoping|expecting|wanting|looking|in\s+mind)\b
      | fell\s+(?:well\s+)?short\s+of\s+(?:your|what\s+you)
      | (?:wasn't|was\s+not|isn't|is\s+not|weren't|were\s+not|not)\s+(?:quite\s+|entirely\s+|fully\s+)?(?:to|up\s+to)
        \s+your\s+(?:own\s+|personal\s+|particular\s+|individual\s+)?(?:satisfaction|liking|standards?|expectations?
        |tastes?|preferences?)
      | (?:below|short\s+of)\s+(?:your|the)\s+(?:expectations|standards?\s+you))
    """
)
_BLAME = _lazy(
    rf"""
    {_INTRO}{_HEAR}(?:that\s+|if\s+)?{_YOU}\s+(?:missed
    (?!\s+(?:out\b|(?:your|the|a|an|our)\s+(?:[\w\x27\u2019-]+\s+){{0,2}}?{{EVENT_NOUN}}
      # round 11b (set O): a part of the event ("the end of the match",
      # "the last ten minutes of the film", "most of the show")
      |(?:the\s+|your\s+)?(?:end|start|beginning|rest|most|part|half|bulk|climax|finale|opening|close|ending
        |(?:first|second|last|final|opening|closing)\s+(?:[\w-]+\s+){{0,2}}?(?:minutes?|half|act|set|hour|hours|round
        |lap|laps|quarter|innings|period|part|scene|scenes|song|songs|episode|episodes))
        \s+of\s+(?:your|the|a|an|our|that|this)\s+(?:[\w\x27\u2019-]+\s+){{0,2}}?
        (?:{{EVENT_NOUN}}|film|movie|episode|race|performance|gig|screening|premiere|festival|recital|fireworks
        |parade|broadcast|stream|livestream|final|semi-final|fixture|tournament)\b))
      |overlooked|misunderstood|misread|misinterpreted
      |didn't\s+(?:see|read|notice|realise|realize|check|spot)|did\s+not\s+(?:see|read|notice|check|realise|realize)
      |weren't\s+aware|were\s+not\s+aware|were\s+unaware|failed\s+to|forgot\s+to|forgot\s+(?:about\s+)?(?:the|your)\b
      |chose\s+to|neglected\s+to|omitted\s+to
      |(?:weren't|were\s+not|wasn't|was\s+not)\s+(?:at\s+)?(?:home|in|available|around|there|present)\s+(?:when|to|for)
      |had\s+(?:some\s+|a\s+bit\s+of\s+|any\s+)?(?:trouble|difficulty|difficulties|problems)\s+(?:following|understanding
        |reading|with\s+(?:the|our)\s+(?:\w+\s+)?(?:instructions|guide|steps|form|manual))
      )\b
    | {_INTRO}{_HEAR}(?:that\s+)?(?:the|your)\s+(?:[\w-]+\s+){{0,2}}?{_YOU}\s+(?:gave|sent|provided|entered|supplied
      |submitted|typed)\s+(?:us\s+(?:with\s+)?)?(?:was|were|had\s+been)\s+(?:a\s+(?:bit|little)\s+)?
      (?:off|wrong|incorrect|inaccurate|incomplete|out\s+of\s+date|outdated|invalid|mistyped)\b
    """
)
#: The apology is for what customers chose: "sorry to hear that some
#: customers have chosen to build on unofficial integrations".
_OTHERS_CHOSE = _lazy(
    rf"""
    {_INTRO}{_HEAR}(?:that\s+)?(?:some\s+|many\s+|a\s+few\s+|certain\s+)?(?:of\s+our\s+)?(?:customers|users|people|members
      |clients|guests|passengers)\s+(?:have\s+|had\s+)?(?:chosen|chose|decided|opted|elected|preferred)\s+to\b
    | {_INTRO}{_HEAR}(?:that\s+)?(?:some|many|a\s+few|certain|several|a\s+number\s+of|a\s+minority\s+of)\s+(?:of\s+(?:our|the)\s+)?
      (?:[\w-]+\s+){{1,2}}?(?:have\s+|had\s+)?(?:chosen|chose|decided|opted|elected|preferred)\s+to\s+(?:see|view|read
      |interpret|take|perceive|regard|treat|describe|characteri[sz]e|call)\b
    """
)
_OTHERS_WORDS = frozenset(
    {"customers", "users", "people", "members", "clients", "guests", "passengers"}
    | {"some", "many", "few", "certain", "several", "number", "minority"}
)
#: Takes the apology back with no contrast word (APOLOGY_TAKEBACK).
_TAKEBACK = _lazy(r"{APOLOGY_TAKEBACK}")
_TAKEBACK_CUES = cues("APOLOGY_TAKEBACK")
#: The next sentence turns on the apology: "Sorry you missed out! The
#: event ran exactly as announced though", "However, ...".
_NEXT_CONTRAST = _lazy(
    r"""
    \s*(?:(?:but|however|that\s+said|having\s+said\s+that|nevertheless|nonetheless)\b
      |(?:please\s+(?:note|be\s+aware|bear\s+in\s+mind|understand)|(?:just\s+)?to\s+(?:clarify|be\s+clear)
        |for\s+(?:clarity|the\s+record)|just\s+so\s+you(?:'re|\s+are)?\s+(?:know|aware))\b
      |[^.!?\n]{0,160}?(?:\bthough|\btho)\b)
    """
)
#: The apology owns it after all: "sorry you're frustrated - that's on us".
_OWNED = _lazy(r"{OWNING}|\b(?:for\s+(?:the|our|this|that)\s+\w+)")
_CONTRAST = _lazy(
    r"""
    [^.!?\n]{0,80}?(?:,\s*|\s+|;\s*|\s[-\u2013\u2014]\s*)(?P<c>but|however|though|although|that\s+said
      |having\s+said\s+that|nevertheless|nonetheless|yet|tho)\b
    """
)
_REMEDY = _lazy(
    r"""
    [\s,:;-]*(?:(?:the\s+)?good\s+news|(?:I'm|we're|I\s+am|we\s+are)?\s*(?:glad|happy|pleased)\b
      |(?:I|we)(?:'ll|\s+will|\s+can|'ve|\s+have|\s+could|'d|\s+would|\s+managed|\s+just|\s+already)\b
        (?![\x27\u2019]t|\s*(?:not|n't|only|never|unable|be\s+unable|to\b|had\s+(?:a|an|so|such|lots|loads|many)\b
          |(?:also\s+|just\s+)?(?:like\s+to\s+)?(?:add|point\s+out|note|stress|remind|mention|say|clarify|emphasi[sz]e)\b))
      |here's|here\s+is|let\s+me|let\s+us|you\s+can\s+(?:now|still|also)|it's\s+(?:now\s+)?(?:fixed|sorted|on\s+its\s+way
        |been\s+(?:fixed|sorted|refunded|resolved))|there's\s+(?:good|a\s+way|an\s+option)|as\s+a\s+(?:gesture|goodwill))
    """
)
_JUSTIFY = _lazy(
    r"""
    {APOLOGY_JUSTIFICATION}|{APOLOGY_REDIRECT}|{NOT_US}
    | \b(?:the|our|your)\s+(?:{THIRD_PARTY})\s+(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:experiencing|having|facing
      |dealing\s+with|struggling\s+with)\s+(?:\w+\s+)?(?:issues|problems|delays|difficulties|backlogs?|disruption)\b
    | \G\s*,?\s*please\s+(?:understand|appreciate)\s+(?:that\s+)?(?:the|this|our|it|these|we)\b
    | \b(?:we|I)(?:'re|\s+are|'m|\s+am)?\s*(?:can't|cannot|can\s+not|won't|will\s+not|don't|do\s+not|aren't\s+able\s+to
      |are\s+not\s+able\s+to|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|unable\s+to|would\s+not|wouldn't|could\s+not
      |couldn't|didn't|did\s+not)\s+(?:be\s+able\s+to\s+)?(?:offer|give|refund|make\s+(?:an\s+)?exceptions?|provide
      |accept|compensate|price[\s-]match|change|reverse|waive|extend|honou?r|reimburse|cover|issue|grant|allow
      |authori[sz]e|replace|do\s+(?:anything|that|this|more)|help\s+with\s+(?:this|that)|control|predict|prevent
      |foresee|be\s+held\s+responsible|be\s+responsible)\b
    | \b(?:that's|that\s+is|it's|it\s+is|that\s+was|it\s+was|this\s+is)\s+(?:down\s+to\s+|on\s+|with\s+)?(?:the|your)\s+
      (?:{THIRD_PARTY})(?:'s\s+(?:fault|doing|side|end|problem|responsibility))?\s*(?:[.,;!?]|though|tho|not\b|$)
    | \b(?:isn't|is\s+not|wasn't|was\s+not)\s+something\s+(?:we|I)\s+(?:can|could|are\s+able)
    | \b(?:applies|apply)\s+to\s+(?:everyone|everybody|all)\b|\bthe\s+same\s+for\s+(?:everyone|everybody|all)\b
    | \bfor\s+all\s+(?:customers|passengers|users|members|guests|accounts)\b|\bno\s+exceptions?\b
    | \b(?:only\s+)?(?:an\s+)?estimates?\b|\bsubject\s+to\s+change\b|\bcan\s+(?:change|vary)\b|\bnot\s+guaranteed\b
    | \b(?:is|are|can|will|may)\s+only\s+(?:be\s+)?(?:\w+(?:ed|en)|made|sent|done|paid|held|kept|sold|told|bought|set|put)\b
    | \b(?:must|needs?\s+to|have\s+to|has\s+to)\s+be\s+(?:\w+(?:ed|en)|made|sent|done|paid|held|kept|sold|told
      |bought|set|put)\b|\b(?:is|are)\s+(?:required|mandatory)\b
    | \b(?:caused\s+by|due\s+to|down\s+to|the\s+fault\s+of|because\s+of|was\s+with|is\s+with)\s+(?:our\s+|the\s+|a\s+
      |your\s+)?(?:{THIRD_PARTY}|suppliers?|partners?|third[\s-]part(?:y|ies)|contractors?|couriers?|carriers?
        |manufacturers?|banks?|the\s+weather|weather|airport|air\s+traffic\s+control)
    | \b(?:we|I)\s+(?:did\s+(?:send|email|tell|notify|warn|remind|inform|let\s+you\s+know|mention|explain|ring|call
      |phone|text|message|contact|write\s+to|speak\s+to|advise|post|publish)|sent\s+you
      |emailed\s+you|told\s+you|warned\s+you|reminded\s+you|notified\s+you|informed\s+you|advised\s+you)\b
    | \b(?:offer|promotion|promo|sale|deal|discount|code|voucher|window|deadline|period)\s+(?:has\s+|had\s+)?(?:ended
      |expired|closed|finished|ran\s+out|was\s+only|is\s+only)\b
    | \b(?:that's|it's|that\s+is|it\s+is|this\s+is)\s+(?:just\s+|pretty\s+|fairly\s+|quite\s+|totally\s+)?(?:standard|normal|usual)\s+(?:for|with|on|in)\b
    | \b(?:it|this|that|they|the\s+(?:\w+\s+)?(?:rules|terms|conditions|details|information|info|dates?|price|fee))
      \s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:clearly|all|always)\s+)?(?:(?:posted|published|shown|listed|displayed|stated
      |written|mentioned|announced|sent|emailed|set\s+out)\s+)?(?:on|in)\s+(?:the|our|your)\s+(?:\w+\s+)?(?:app|website|site
      |newsletter|portal|page|email|confirmation|terms|faq|contract|booking|receipt|invoice|letter|notice|brochure)\b
    | \breminders?\b|\bindustry[\s-]standard\b|\bstandard\s+(?:across|in\s+the|for\s+(?:all|the)|practice|procedure
      |charges?|fees?|polic(?:y|ies)|rates?|terms)\b|\b(?:are|is)\s+(?:all\s+)?standard\b
    | \b(?:dealing\s+with|receiving|experiencing|handling|had|have)\s+(?:a|an)?\s*(?:(?:very|really|extremely|particularly)\s+)?(?:huge|large|high|big|unusual|record
      |massive|increased|heavy|unprecedented)\s+(?:number|amount|volume|volumes|influx)\s+of\b
    | \b(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:not\s+)?(?:our|company)\s+polic
    | \b(?:that's|that\s+is|it's|this\s+is)\s+(?:just\s+|simply\s+)?(?:how|the\s+way)\s+(?:it|things|the\s+\w+|our\s+\w+)
      \s+(?:works?|is|are|goes|go|operates?|runs?)\b
    """
)
#: A justification with no contrast word, right after the apology: "I'm
#: sorry, we're short-staffed this week".
#: The justification puts the fault on a third party or the customer's
#: own side ("Sorry, but it's the bank that processes it, not us"): the
#: apology's reason is "redirect".
_REDIRECTED = _lazy(r"{APOLOGY_REDIRECT}|{NOT_US}")
_EXCUSE_JOIN = _lazy(
    r"[^.!?\n]{0,60}?(?:,\s*|;\s*|\s[-\u2013\u2014]\s*|\s+as\s+|\s+because\s+(?:of\s+)?|\s+due\s+to\s+|\s+since\s+)"
)
_EXCUSE = _lazy(r"{EXCUSE}")
_EXCUSE_CUES = cues("EXCUSE")
#: Words an expectation apology holds, checked before the costly pattern.
_EXPECTATION_WORDS = _lazy(
    r"\b(?:expect\w*|hop(?:e|ed|ing)|standards?|satisf\w*|liking|short|meet|live\s+up|match|reach|tastes?|wanted"
    r"|preferences?|like|prefer(?:red)?"
    r"|imagined|pictured|anticipated|work(?:ed)?\s+(?:out\s+)?for\s+you|personally|right\s+for\s+you|looking\s+for"
    r"|in\s+mind)\b"
)


def _read_apologies(doc: Document) -> tuple[Apology, ...]:
    if _CORE_STARTS.isdisjoint(doc.words):
        return ()
    text = doc.text
    out: list[Apology] = []
    for m in _agent_matches(doc, _CORE, _CORE_STARTS):
        core = m.start()
        left = _CORE_LEFT.match(text, max(0, core - 60), core)
        found = _read_head(doc, left.start() if left else core, core, m.end())
        if found is not None:
            out.append(found)
    return tuple(out)


#: Words without which a reading cannot match, looked up in the words of
#: the apology's sentence before the pattern is tried (each pattern's
#: alternatives all hold one of them).
_YOU_WORDS = frozenset({"you", "u", "you're", "you've", "you'd", "u're", "u've", "u'd"})
_HEDGE_WORDS = frozenset({"any", "all", "whatever"})
_IF_WORDS = frozenset({"if", "case", "extent", "should", "were", "had"})
_NOTICE_WORDS = frozenset(
    {"inform", "advise", "say", "tell", "report", "announce", "confirm", "regrettably"}
)
_CONTRAST_WORDS = frozenset(
    {
        "but",
        "however",
        "though",
        "although",
        "said",
        "nevertheless",
        "nonetheless",
        "yet",
        "tho",
    }
)


def _may(words: frozenset[str], keys: frozenset[str]) -> bool:
    """
    Whether a reading that needs one of *keys* can match among *words*.
    """
    return not keys.isdisjoint(words)


def _sentence_words(doc: Document, sent: Sentence | None) -> frozenset[str]:
    """
    The words of *sent* (the apology's sentence), or of the whole text
    when the sentences are not read one by one.
    """
    windows = doc.trigger_windows
    if sent is not None and len(windows) == len(doc.sentences) > 1:
        i = doc.sentence_index(sent.start)
        if i >= 0:
            return windows[i]
    return doc.words


def _read_head(doc: Document, hs: int, core: int, he: int) -> Apology | None:
    text = doc.text
    if _NOT_APOLOGY.match(text, core, min(len(text), he + 40)) is not None:
        return None
    if _NEGATED_HEAD.match(text, max(0, hs - 30), hs) is not None:
        return None
    sent = doc.sentence_at(hs)
    hi = min(sent.end if sent is not None else len(text), he + _WINDOW)
    words = _sentence_words(doc, sent)
    if _may(words, _NOTICE_WORDS) and _NOTICE.match(text, core, hi) is not None:
        return Apology(ApologyKind.NOTICE, hs, he, he, "notice")
    found = _conditional(doc, hs, he, hi, words) or _perception(doc, hs, he, hi, words)
    return (
        found
        or _retracted(doc, hs, he, hi, words)
        or Apology(ApologyKind.SINCERE, hs, he, he)
    )


def _conditional(
    doc: Document, hs: int, he: int, hi: int, words: frozenset[str]
) -> Apology | None:
    text = doc.text
    m = _HEDGED.match(text, he, hi) if _may(words, _HEDGE_WORDS) else None
    if m is not None:
        return Apology(ApologyKind.CONDITIONAL, hs, m.end(), he, "any")
    if not _may(words, _IF_WORDS):
        return None
    m = _CONDITION.match(text, he, hi)
    if m is None:
        return _leading_condition(doc, hs, he)
    start = m.end()
    stop = _CLAUSE_END.search(text, start, min(hi, start + 160))
    cend = stop.start() if stop is not None else min(hi, start + 160)
    reason = _condition_reason(doc, start, cend, cend)
    if reason is None:
        return None
    return Apology(ApologyKind.CONDITIONAL, hs, cend, he, reason)


#: A condition before the head, opening its sentence: "If you felt let
#: down, I'm sorry."
_LEAD_IF = _lazy(
    r"""
    (?:[@#][\w.]+[\s,:]*)*(?:(?:and|so|but|again)\s+)?
    (?P<if>if|in\s+case|to\s+the\s+extent\s+that|should(?=\s+(?:you|this|it|that|there|any|the|our|your)\b))\s+
    """
)
_LEAD_JOIN = _lazy(
    r"\s*,\s*(?:then\s+)?(?:of\s+course\s+|naturally\s+|certainly\s+|obviously\s+)?$"
)
#: "If there was any miscommunication on our side then of course we
#: apologise": the condition joined by "then" with no comma.
_LEAD_THEN = _lazy(
    r"\s+then\s+(?:of\s+course\s+|naturally\s+|certainly\s+|obviously\s+)?$"
)


def _leading_condition(doc: Document, hs: int, he: int) -> Apology | None:
    """
    The apology of "If you felt let down, I'm sorry" / "Should there have
    been any confusion, we apologise": a condition that opens the sentence
    and ends with a comma right before the head.
    """
    sent = doc.sentence_at(hs)
    if sent is None or hs - sent.start > 200:
        return None
    text = doc.text
    m = _LEAD_IF.match(text, sent.start, hs)
    if m is None:
        return None
    comma = text.rfind(",", m.end(), hs)
    if comma < 0 or _LEAD_JOIN.match(text, comma, hs) is None:
        then = _LEAD_THEN.search(text, m.end(), hs)
        if then is None:
            return None
        comma = then.start()
    reason = _condition_reason(doc, m.end(), comma, he)
    if reason is None or _FEELING_WORDS.search(text, m.end(), comma) is None:
        # "If it's not fixed by Friday, I'm sorry, but ...": a condition on
        # what may come, not on the harm having been real.
        return None
    return Apology(ApologyKind.CONDITIONAL, m.start("if"), he, he, "lead")


def _condition_reason(doc: Document, start: int, cend: int, after: int) -> str | None:
    """
    What the clause ``[start, cend)`` after "if" makes of an apology: a
    condition on the harm ("if", "expectation"), or None when it is the
    agent's own reading, an offer, the agent's own wording, our side of
    things, or an event the agent goes on to check (from *after*).
    """
    text = doc.text
    if cend <= start or _SELF_DOUBT.match(text, start, cend) is not None:
        return None
    if _OFFER.match(text, start, cend) is not None:
        return None
    if (
        _OWN_MESSAGE.match(text, start, cend) is not None
        and _HURT_WORDS.search(text, start, cend) is None
    ):
        return None  # "sorry if my last email was confusing": the agent's own wording
    feeling = _FEELING_WORDS.search(text, start, cend) is not None
    if not feeling:
        if _AGENT_CLAUSE.match(text, start, cend) is not None:
            return None  # "sorry if we haven't called you back yet": our side
        if _CHECK.search(text, after, min(len(text), after + 160)) is not None:
            return None  # an unknown event the agent goes on to check
    return "expectation" if _EXPECTATION.match(text, start, cend) else "if"


def _perception(
    doc: Document, hs: int, he: int, hi: int, words: frozenset[str]
) -> Apology | None:
    text = doc.text
    you = _may(words, _YOU_WORDS)
    m = _BLAME.match(text, he, hi) if you else None
    if m is not None:
        return Apology(ApologyKind.PERCEPTION, hs, m.end(), he, "blame")
    if _may(words, _OTHERS_WORDS):
        m = _OTHERS_CHOSE.match(text, he, hi)
        if m is not None:
            return Apology(ApologyKind.PERCEPTION, hs, m.end(), he, "blame")
    m = _PERCEPTION.match(text, he, hi) if you else None
    if m is not None:
        if m.group("you") and _OWNED.search(text, m.end(), hi) is not None:
            return None  # "sorry you're frustrated - that's on us"
        reason = "feeling" if m.group("you") else "perception"
        return Apology(ApologyKind.PERCEPTION, hs, m.end(), he, reason)
    m = (
        _EXPECTATION.match(text, he, hi)
        if _EXPECTATION_WORDS.search(text, he, hi)
        else None
    )
    if m is not None:
        return Apology(ApologyKind.PERCEPTION, hs, m.end(), he, "expectation")
    return None


#: The rule named after "but" is bent for the customer: "but the policy
#: does allow me to make an exception, so I've refunded you".
_GRANT = _lazy(
    r"""
    \b(?:make|made|making)\s+an\s+exception\b
    | \b(?:I|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+|just\s+)?(?:refunded|waived|credited|reversed|reimbursed
      |approved|cancelled\s+the\s+(?:fee|charge))\b
    """
)
_NO_GRANT = _lazy(
    r"(?r)(?:\b(?:not|unable\s+to|cannot|never|no)|n't)\s+(?:\w+\s+){0,3}$"
)


def _granted(doc: Document, start: int, hi: int) -> bool:
    sent = doc.sentence_at(start)
    end = min(hi, sent.end) if sent is not None else hi
    text = doc.text
    for g in _GRANT.finditer(text, start, end):
        if _NO_GRANT.search(text, max(start, g.start() - 30), g.start()) is None:
            return True
    return False


def _retracted(
    doc: Document, hs: int, he: int, hi: int, words: frozenset[str]
) -> Apology | None:
    text = doc.text
    m = _CONTRAST.match(text, he, hi) if _may(words, _CONTRAST_WORDS) else None
    if m is not None:
        after = m.end("c")
        if _REMEDY.match(text, after, min(hi, after + 60)) is None:
            j = _JUSTIFY.search(text, after, hi)
            if j is not None and not _granted(doc, j.end(), hi):
                why = (
                    "redirect"
                    if _REDIRECTED.search(text, after, hi) is not None
                    else "justification"
                )
                return Apology(ApologyKind.RETRACTED, hs, after, he, why)
        return None
    if _may(words, _TAKEBACK_CUES):
        m = _EXCUSE_JOIN.match(text, he, hi)
        if m is not None and _TAKEBACK.search(text, m.end(), hi) is not None:
            return Apology(ApologyKind.RETRACTED, hs, m.end(), he, "takeback")
    taken = _next_sentence_takeback(doc, hs, he)
    if taken is not None:
        return taken
    if not _may(words, _EXCUSE_CUES):
        return None
    m = _EXCUSE_JOIN.match(text, he, hi)
    if m is not None and _EXCUSE.search(text, m.end(), hi) is not None:
        return Apology(ApologyKind.RETRACTED, hs, m.end(), he, "excuse")
    return None


def _next_sentence_takeback(doc: Document, hs: int, he: int) -> Apology | None:
    """
    An apology whose next sentence turns on it with a contrast and a
    justification: "Sorry you missed out! The event ran exactly as
    announced though", "Sorry! It was in the newsletter tho". The span is
    the apology's own sentence.
    """
    sent = doc.sentence_at(hs)
    if sent is None:
        return None
    text = doc.text
    # "sorry! it was in the newsletter tho": a lowercase sentence after
    # "!" stays in the apology's sentence; read it as the next one.
    inner = _INNER_STOP.search(text, he, sent.end)
    if inner is not None and inner.end() < sent.end:
        start, stop, end = inner.end(), sent.end, inner.start() + 1
    else:
        i = doc.sentence_index(sent.start)
        sentences = doc.sentences
        if i < 0 or i + 1 >= len(sentences):
            return None
        nxt = sentences[i + 1]
        start, stop, end = nxt.start, nxt.end, sent.end
        if not _may(_sentence_words(doc, nxt), _NEXT_WORDS) and not _may(
            doc.words, _CONFUSION_WORDS
        ):
            return None
    if _NEXT_CONTRAST.match(text, start, stop) is None and (
        _CONFUSION.match(text, he, min(len(text), he + 60)) is None
    ):
        return None
    if _REMEDY.match(text, start, min(stop, start + 60)) is not None:
        return None
    j = _JUSTIFY.search(text, start, stop)
    if j is None or _granted(doc, j.end(), stop):
        return None
    while end > he and text[end - 1] in " \n":
        end -= 1
    why = (
        "redirect"
        if _REDIRECTED.search(text, start, stop) is not None
        else "justification"
    )
    return Apology(ApologyKind.RETRACTED, hs, max(he, end), he, why)


_INNER_STOP = regex.compile(r"[.!?]+\s+(?=\S)")
_NEXT_WORDS = frozenset(
    {"but", "however", "said", "nevertheless", "nonetheless", "though", "tho"}
    | {
        "note",
        "aware",
        "bear",
        "understand",
        "clarify",
        "clear",
        "clarity",
        "record",
        "know",
    }
)
_CONFUSION_WORDS = frozenset({"confusion", "misunderstanding", "misinterpretation"})
#: An apology for "confusion" or a "misunderstanding" puts the problem in
#: the customer's understanding: a justification in the next sentence
#: takes it back without a contrast word ("Apologies for the confusion.
#: The end time was shown in UTC, so technically it ended on time.").
_CONFUSION = _lazy(
    r"\s*(?:for|about)\s+(?:the|any|this|that|all\s+the|your)\s+(?:\w+\s+)?(?:confusion|misunderstanding"
    r"|misinterpretation)\b"
)


def apologies(doc: Document) -> tuple[Apology, ...]:
    """
    Return the apologies in *doc*'s own words (outside quotes), each with
    its kind, in order. Read once per document.

        >>> [a.kind.value for a in apologies(Document("Sorry if you were upset."))]
        ['conditional']
        >>> [a.kind.value for a in apologies(Document("Sorry for the delay!"))]
        ['sincere']
    """
    return doc.memo(_read_apologies)


# --- acknowledgements --------------------------------------------------------

_UNDERSTANDING = _lazy(
    r"""
    {UNDERSTANDING}
    | \b(?:I|we)\s+(?:(?:completely|totally|fully|really|absolutely|honestly|do|definitely|100%)\s+)+
      (?:get|understand|hear|see)\s+(?:it|that|this|you|why|how|your|where\s+you're\s+coming\s+from)\b
    | \b(?:I|we)\s+can\s+(?:(?:completely|totally|fully|really|absolutely|definitely)\s+)*
      (?:understand|appreciate|see\s+(?:why|how|where)|hear\s+(?:how|why|that\s+you're|you're))\b
    | \bI\s+(?:can\s+)?see\s+where\s+you're\s+coming\s+from\b
    """
)
#: Round 10 (blind set M): understanding with the "I" dropped, as chat and
#: social replies write it: an understanding verb opening its sentence
#: with the customer's feeling as object ("Totally understand the
#: panic", "Completely get the frustration", "Understand the worry").
#: The feeling noun decides: "Understand the terms before you buy" is an
#: instruction, and mid-sentence ("customers who understand the risk")
#: the verb has another subject (read in code: only at a sentence start).
_SUBJECTLESS_UNDERSTANDING = _lazy(
    r"""
    (?:(?:totally|completely|fully|really|absolutely|honestly|definitely|100%|I)\s+)*
    (?:understand|get|hear|feel)\s+(?:the|your|that|this|all\s+the)\s+
    (?:(?:stress|panic|worry|upset|frustration|annoyance|disappointment|anxiety|concern)\s+)?
    (?:{FEELING_NOUN}|panic|worry|worries|stress|anxiety|fear|fears|nerves|alarm|anger|urgency)\b
    """
)
_SUBJECTLESS_STARTS = starts_of(
    "totally completely fully really absolutely honestly definitely understand get hear feel"
)
#: What may stand before the subjectless verb in its sentence: handles,
#: a greeting or an interjection ("@sam Oh, totally understand ...").
_SENTENCE_OPENER = _lazy(
    r"(?:@\w+[\s,:]*|(?:oh|ah|ahh|ok|okay|right|yes|yeah|hi|hey|hello)(?:\s+\w+)?[\s,!.\-\u2014]*)*"
)
#: Round 10 (blind set M): the customer's repeated failure restated as the
#: subject and judged ("Three in a row is rubbish", "Twice in one week
#: isn't good enough", "A third late delivery is unacceptable"): the
#: situation judged, with the count as its frame, as "that's rubbish" is
#: with a demonstrative. "Three in a row is the limit" judges nothing.
_REPEAT_JUDGED = _lazy(
    r"""
    \b(?:(?:\d{1,2}|two|three|four|five|six|twice|three\s+times|four\s+times)\s+
        (?:in\s+a\s+row|running|on\s+the\s+trot|times(?:\s+now|\s+in\s+a\s+row)?
        |in\s+(?:a|one|the\s+same)\s+(?:week|month|fortnight|order))
      |(?:a|the)\s+(?:second|third|fourth|fifth)\s+(?:\w+\s+){0,2}?(?:time|one|delivery|order|failure|cancell?ation))
    \s+(?:is|was|has\s+been|isn't|is\s+not|wasn't|was\s+not)\s+
    (?:(?:just|really|so|properly|absolutely|genuinely|frankly|simply|honestly)\s+)*
    (?:{IMPACT_EVAL}|rubbish|poor|shocking|dreadful|appalling|not\s+on|good\s+enough|acceptable|on)\b
    """
)
_REPEAT_JUDGED_STARTS = starts_of(DIGIT_START, "two three four five six twice a the")
#: "that sounds" / "it must be" acknowledge only with what they sound like.
_SOUNDS = _lazy(
    r"(?:that|this|it)\s+(?:does\s+|must\s+|would\s+)?sounds?$|(?:that|this|it)\s+must\s+(?:be|have\s+been)$"
)
_SOUNDS_LIKE = _lazy(
    r"\s+(?:like\s+)?(?:(?:so|really|very|incredibly|truly|such)\s+)*(?:an?\s+)?(?:{IMPACT_EVAL}|\w+(?:ing|ful|ed)\b)"
)
#: The agent's dismay on hearing of the problem: "We're disappointed to
#: hear this", "That's troubling to hear", "We don't like to hear this".
_DISMAY = _lazy(
    r"""
    \b(?:I'm|I\s+am|we're|we\s+are|I\s+was|we\s+were)\s+(?:(?:so|very|really|truly|deeply|quite|genuinely)\s+)*
      {HEARING_DISMAY}\s+to\s+(?:hear|read|see|learn)\b
    | \b(?:that's|that\s+is|this\s+is|that\s+was|it's|it\s+is)\s+(?:(?:so|very|really|truly|quite|never)\s+)*
      {HEARING_DISMAY}\s+to\s+(?:hear|read|see|learn)\b
    | \b(?:I|we)\s+(?:don't|do\s+not|never)\s+(?:like|want|enjoy)\s+(?:to\s+(?:hear|see|read)|hearing|seeing|reading)\b
    | \bnot\s+what\s+(?:I|we)\s+(?:like|want)\s+to\s+(?:hear|see|read)\b
    """
)
_DISMAY_STARTS = starts_of("i'm i we're we that's that this it's it not", loose=True)
_VALIDATION = _lazy(r"{VALIDATION}")
_OWNING = _lazy(r"{OWNING}")
_CONDOLENCE = _lazy(r"{CONDOLENCE_WELLBEING}")
_REASSURANCE = _lazy(r"{WARM_REASSURANCE}")
_GRATITUDE = _lazy(r"{GRATITUDE_REPORT}")
_IMPACT = _lazy(
    r"""
    \b(?:that's|that\s+is|this\s+is|that\s+was|this\s+was|which\s+is|which\s+was|it's\s+been|that's\s+been
      |this\s+has\s+been|what\s+an?|what(?=\s+an?\s)|such\s+an?|how|sounds(?:\s+like)?|must\s+be|must\s+have\s+been|would\s+be
      |can\s+be|is|are|was|were|makes\s+for|been|really|so|truly|very|quite|most)\s+
      (?:(?:so|really|very|truly|incredibly|extremely|genuinely|absolutely|completely|such|a\s+really|properly
        |understandably|definitely)\s+)*{IMPACT_EVAL}
    | \byou(?:'ve|\s+have)\s+(?:had|been\s+through)\s+(?:a|an|quite\s+an?|such\s+an?)\s+
      (?:(?:really|very|truly|pretty)\s+)?(?:unpleasant|bad|rough|tough|poor|terrible|awful|horrible|frustrating
      |difficult|hard|stressful|upsetting|disappointing|miserable|nightmare)\s+
      (?:experience|time|day|journey|trip|week|morning|afternoon|evening|night|flight|stay|visit|few\s+days)\b
    """
)
#: Evaluations that need a demonstrative frame: "that's hard", not "it's
#: hard to say".
_WEAK_EVAL = _lazy(
    r"""
    ^(?:is|are|was|were|been|so|really|truly|can\s+be|would\s+be)\s+(?:\w+\s+)*?
      (?:hard|difficult|tough|rough|serious|a\s+big\s+deal|not\s+good|not\s+great|not\s+ideal|not\s+right|really\s+bad|so\s+bad|grim|rubbish
      |disruptive|a\s+loss)$
    | \b(?:hard|difficult)\s+to\s+(?:say|tell|know|predict)
    """
)
_INTERJECTION = _lazy(
    r"""
    \b(?:oh,?\s+no|oh,?\s+dear|oh\s+my|oh\s+man|yikes|eek|uh\s+oh|uh-oh|oops|whoops|ouch|ugh|bummer|not\s+good)\b
    | [\U0001F614\U0001F61E\U0001F61F\U0001F641\u2639\U0001F625\U0001F622\U0001F627\U0001F615]
    """
)
_UNDERSTANDING_STARTS = starts_of("{UNDERSTANDING}", "i", "we")
_IMPACT_STARTS = starts_of(
    "that's that this which it's what such how sounds must would can is are was were makes been "
    "really so truly very quite most you you've"
)
_INTERJECTION_STARTS = starts_of(
    "oh yikes eek uh oops whoops ouch ugh bummer not",
    *"\U0001f614\U0001f61e\U0001f61f\U0001f641\u2639\U0001f625\U0001f622\U0001f627\U0001f615",
)
#: A bare "sorry" on a refusal ("Not possible, sorry.") softens a no.
_BARE = _lazy(r"[\s,!.]*(?:$|[,.!])")
_REFUSAL = _lazy(
    r"\b(?:can't|cannot|can\s+not|unable|not\s+possible|won't\s+be\s+able|no\s+way|isn't\s+possible|not\s+able)\b"
)
#: The customer's conduct as what is "not acceptable": a scolding.
_CONDUCT = _lazy(
    r"\b(?:language|behaviou?r|tone|abuse|abusive|swearing|threats?|threatening|rude(?:ness)?|insults?|conduct)\b"
)
_YOU_SHOULD = _lazy(r"\b(?:you|u)\s+$")
#: Round 11b (blind set O): "you shouldn't have been left waiting", "you
#: should have been told": what was done to the customer, in the passive,
#: owned; "you should have been more careful" stays blame.
_OWED_PASSIVE = _lazy(
    r"""
    \s+(?:(?:so|this|that|kept|left)\s+)?(?:left|kept|made|put|treated|charged|billed|sent|told|informed|warned|given
      |offered|called|contacted|updated|refunded|ignored|passed|bounced|fobbed|forced|turned|refused|denied|spoken
      |talked|waiting|chasing|stranded|overcharged|messed|let\s+down|cut\s+off|moved|dropped|bumped)\b
    """
)
#: Round 11b (blind set O): the feeling universalised ("that would worry
#: anyone", "it'd rattle anybody", "no wonder you're anxious") and the
#: service judged against what the customer was owed ("that's not the
#: ride you should have had", "not the welcome you deserved", "not how
#: your stay should have gone"). Not "that's not the trip you booked"
#: (no entitlement), nor a negated or conditional grant.
_OWED_OR_UNIVERSAL = _lazy(
    r"""
    \b(?:that|this|it)(?:\s+would|'d|\s+will|'ll)\s+(?:(?:really|definitely|certainly|honestly)\s+)?
      (?:worry|upset|frustrate|stress|stress\s+out|annoy|anger|panic|rattle|unsettle|infuriate|concern|scare
      |alarm|throw|shake|drive|wind\s+up|get\s+to|put\s+off)\s+(?:\w+\s+)?(?:anyone|anybody|everyone|everybody
      |most\s+people|any\s+of\s+us|the\s+best\s+of\s+us|me\s+too|me\s+as\s+well|me)\b
    | \bno\s+wonder\s+(?:you're|you\s+are|you\s+were|you've\s+been|you\s+feel|you\s+felt)\b
    | \b(?:(?:that|this|it)(?:'s\s+not|\s+is\s+not|\s+was\s+not|\s+isn't|\s+wasn't|'s\s+never|\s+was\s+never)|not|never)
      \s+(?:quite\s+|exactly\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that\s+)?you
      (?:\s+should(?:'ve|\s+have)\s+(?:had|got|gotten|received|been\s+given|come\s+home\s+to)
      |\s+deserved?|'d\s+deserve|\s+were\s+(?:owed|promised|entitled\s+to)|\s+paid\s+for|\s+are\s+entitled\s+to)\b
    | \b(?:(?:that|this|it)(?:'s\s+not|\s+is\s+not|\s+was\s+not|\s+isn't|\s+wasn't|'s\s+never|\s+was\s+never)|not|never)
      \s+how\s+(?:your|the|a|any|this|that)\s+(?:[\w-]+\s+){0,2}?(?:should|ought\s+to)
      (?:\s+have)?\s+(?:gone|go|been|be|ended|end|started|start|felt|feel)\b
    """
)
_NEGATED_GRANT = _lazy(r"\b(?:not|never)\b|n't\b")
_OWED_OR_UNIVERSAL_STARTS = starts_of(
    "that this it no not that's it's that'd it'd it'll that'll never", loose=True
)
#: Round 9b: "what a / such a" + an adjective on a noun judges that noun;
#: it acknowledges only when the noun is the situation or the problem
#: ("What an awful experience", "such a stressful wait"), not "What a
#: horrible colour" (`_EVALUATED_SITUATION` reads the situation nouns).
_ARTICLE_ADJ = _lazy(
    r"^(?:what|such)\s+an?\s+(?:\w+\s+)*?\w+(?:ing|ful|ible|able|ous|ive|ed|al|y|ic)$"
)
_OTHER_NOUN = _lazy(
    r"\s+(?!(?:and|or|but|to|for|of|with|in|on|at|that|this|as|so|about|after|before|when|while|thing|time|times|day|days"
    r"|week|weeks|weekend|morning|afternoon|evening|night|trip|journey|holiday|stay|visit|flight|experience|delay|wait"
    r"|mix-?up|situation|spot|position|place|predicament|way|start|end|surprise|process|ordeal|few|couple|problem|issue"
    r"|error|mistake|outage|fault|thing)\b)[a-z][\w-]*\b(?!')"
)


def _agent_matches(
    doc: Document, pattern: regex.Pattern[str], starts: frozenset[str]
) -> list[regex.Match[str]]:
    """
    The matches of *pattern* that start at one of *starts*, in the agent's
    own words (an agent zone, not a quotation).
    """
    spans = doc.agent_spans
    firsts = [b for b, _ in spans]
    out = []
    for m in anchored(pattern, doc, starts):
        i = bisect.bisect_right(firsts, m.start()) - 1
        if i < 0 or m.end() > spans[i][1] or doc.in_quote(m.start(), m.end()):
            continue
        out.append(m)
    return out


def _sentence_openers(
    doc: Document, pattern: regex.Pattern[str], starts: frozenset[str]
) -> list[regex.Match[str]]:
    """
    `_agent_matches` of a subjectless reading ("Completely get why …",
    "Totally understand …") that open their sentence (after an opener
    such as "Honestly,") and are not negated: mid-sentence, the verb has
    its own subject.
    """
    text = doc.text
    out = []
    for m in _agent_matches(doc, pattern, starts):
        sent = doc.sentence_at(m.start())
        if sent is None or doc.negated(m.start()):
            continue
        if _SENTENCE_OPENER.fullmatch(text, sent.start, m.start()) is not None:
            out.append(m)
    return out


def _read_acknowledgements(doc: Document) -> tuple[Acknowledgement, ...]:
    text = doc.text
    out: list[Acknowledgement] = []
    for a in apologies(doc):
        if a.kind is not ApologyKind.SINCERE:
            continue
        sent = doc.sentence_at(a.start)
        if (
            sent is not None
            and _BARE.match(text, a.head_end, min(len(text), a.head_end + 4))
            is not None
            and _REFUSAL.search(text, sent.start, sent.end) is not None
        ):
            continue  # "Not possible, sorry."
        out.append(Acknowledgement(AckKind.APOLOGY, a.start, a.end))
    non = [
        (a.start, a.end) for a in apologies(doc) if a.kind is not ApologyKind.SINCERE
    ]
    starts = [s for s, _ in non]
    for m in _agent_matches(doc, _UNDERSTANDING, _UNDERSTANDING_STARTS):
        if (
            _SOUNDS.search(m.group()) is not None
            and _SOUNDS_LIKE.match(text, m.end(), min(len(text), m.end() + 60)) is None
        ):
            continue  # "that sounds" / "it must be" count with what follows
        i = bisect.bisect_right(starts, m.start()) - 1
        if doc.negated(m.start()) or (i >= 0 and m.start() < non[i][1]):
            continue
        out.append(Acknowledgement(AckKind.UNDERSTANDING, m.start(), m.end()))
    for m in _sentence_openers(doc, _SUBJECTLESS_UNDERSTANDING, _SUBJECTLESS_STARTS):
        out.append(Acknowledgement(AckKind.UNDERSTANDING, m.start(), m.end()))
    for m in _agent_matches(doc, _DISMAY, _DISMAY_STARTS):
        out.append(Acknowledgement(AckKind.UNDERSTANDING, m.start(), m.end()))
    for m in _agent_matches(doc, _VALIDATION, starts_of("{VALIDATION}")):
        if not doc.negated(m.start()) or m.group().lower().startswith("not"):
            out.append(Acknowledgement(AckKind.VALIDATION, m.start(), m.end()))
    for m in _agent_matches(doc, _OWNING, starts_of("{OWNING}")):
        if doc.negated(m.start()):
            continue  # "which is not our fault"
        head = text[max(0, m.start() - 12) : m.start()]
        if _YOU_SHOULD.search(head) is not None and (
            _OWED_PASSIVE.match(text, m.end(), min(len(text), m.end() + 30)) is None
        ):
            continue  # "you should have been" is blame
        sent = doc.sentence_at(m.start())
        if sent is not None and _CONDUCT.search(text, sent.start, m.start()):
            continue  # "abusive language isn't acceptable" scolds
        out.append(Acknowledgement(AckKind.OWNING, m.start(), m.end()))
    for m in _agent_matches(doc, _IMPACT, _IMPACT_STARTS):
        if doc.negated(m.start()) or _WEAK_EVAL.search(m.group()) is not None:
            continue
        if _ARTICLE_ADJ.search(m.group()) and _OTHER_NOUN.match(
            text, m.end(), min(len(text), m.end() + 40)
        ):
            continue  # "What a horrible colour": the evaluation is of something else
        out.append(Acknowledgement(AckKind.IMPACT, m.start(), m.end()))
    for m in _agent_matches(doc, _REPEAT_JUDGED, _REPEAT_JUDGED_STARTS):
        tail = m.group().lower()
        negated = bool(regex.search(r"\b(?:isn't|is\s+not|wasn't|was\s+not)\s", tail))
        praise = regex.search(r"\b(?:good\s+enough|acceptable|on)$", tail) is not None
        if negated != praise:
            continue  # "three in a row isn't rubbish", "twice is acceptable"
        out.append(Acknowledgement(AckKind.IMPACT, m.start(), m.end()))
    for m in _agent_matches(doc, _INTERJECTION, _INTERJECTION_STARTS):
        out.append(Acknowledgement(AckKind.IMPACT, m.start(), m.end()))
    for m in _agent_matches(doc, _OWED_OR_UNIVERSAL, _OWED_OR_UNIVERSAL_STARTS):
        sent = doc.sentence_at(m.start())
        lo = sent.start if sent is not None else 0
        if _GRANT_CONDITION.search(text, lo, m.start()) is not None:
            continue  # "if that's not the room you paid for, ..."
        if _NEGATED_GRANT.search(m.group()) is None and doc.negated(m.start()):
            continue  # "it wouldn't worry anyone"
        out.append(Acknowledgement(AckKind.VALIDATION, m.start(), m.end()))
    for m in _agent_matches(doc, _CONDOLENCE, starts_of("{CONDOLENCE_WELLBEING}")):
        if m.group().lower().startswith("congrat"):
            continue  # "congratulations on your wedding" recognises the event, not the problem
        out.append(Acknowledgement(AckKind.CONDOLENCE, m.start(), m.end()))
    for m in _agent_matches(doc, _REASSURANCE, starts_of("{WARM_REASSURANCE}")):
        out.append(Acknowledgement(AckKind.REASSURANCE, m.start(), m.end()))
    for m in _agent_matches(doc, _GRATITUDE, starts_of("{GRATITUDE_REPORT}")):
        out.append(Acknowledgement(AckKind.GRATITUDE, m.start(), m.end(), weak=True))
    out += _recognitions(doc)
    out.sort(key=lambda a: (a.start, a.end))
    return tuple(out)


# --- recognition in other words (round 4) -------------------------------------
#
# Reviewers count any sincere recognition of the customer's upset, not only
# the textbook lines: thanks for their patience (weak: the wait, not a
# loss), the feeling named as what the problem did to them ("what has you
# feeling this way?"), the feeling heard ("I can tell how fed up you
# are"), the agent in their place ("I'd have been furious", "I'd hate
# that too"), a chore judged not on ("having to chase us isn't on"), the
# trouble named ("that's a lot of back and forth", "a real headache").
# docs/families/missing-empathy.md, ACK-9 to ACK-12.

_PATIENCE = _lazy(r"{PATIENCE_RECOGNITION}")
_PATIENCE_STARTS = starts_of("{PATIENCE_RECOGNITION}", loose=True)
_FEELING_RECOGNITION = _lazy(r"{FEELING_RECOGNITION}")
_FEELING_RECOGNITION_STARTS = starts_of("{FEELING_RECOGNITION}", loose=True)
_REACTION = r"(?:{FEELING_ADJ}|fed\s+up|furious|livid|cross|gutted|stressed|worried|let\s+down|mad|fuming)"
_TROUBLE = (
    r"(?:pain|nightmare|headache|hassle|worry|shock|let-?down|ordeal|faff|mess|inconvenience"
    r"|saga|slog|palaver|struggle|trial)"
)
_RECOGNITION = _lazy(
    rf"""
    \b(?:made|make|makes|making|has|have|had|left|leave|leaves|leaving|caused?|causing|got|gets|getting)
      \s+you\s+(?:to\s+)?(?:feel(?:ing)?\s+)?(?:(?:this|that|so)\s+way|like\s+(?:this|that)|so\s+{_REACTION}|{_REACTION})\b
    | \b(?:I|we)\s+(?:can\s+)?(?:hear|tell|sense|see)\s+(?:how|that\s+you(?:'re|\s+are|'ve\s+been)|you(?:'re|\s+are|'ve\s+been))
      \s+(?:(?:so|really|very|understandably|completely|totally|utterly|pretty|quite|much)\s+)*{_REACTION}\b
    | \b(?:I|we)\s+can\s+(?:tell|sense|see)\s+(?:that\s+)?(?:this|it|that)(?:'s|\s+is|\s+has\s+been|'s\s+been|\s+was)
      \s+(?:(?:such|quite|really|so|very|a\s+real|a|an)\s+)*(?:{{IMPACT_EVAL}}|{_TROUBLE})
    | \bI(?:'d|\s+would)\s+(?:have\s+been|be)\s+(?:(?:just\s+as|so|really|very|pretty|quite|equally|absolutely)\s+)*{_REACTION}\b
    | \bI\s+(?:can\s+)?hear\s+that\b(?=\s*[,.;!\u2014-])
    | \b(?:waiting|having\s+to|dealing\s+with|not\s+knowing|going\s+through|chasing)\b[^.!?\n]{{0,40}}?
      \b(?:is|must\s+be|can\s+be|has\s+been)\s+(?:(?:really|so|very|incredibly|genuinely|understandably)\s+)*
      (?:hard|difficult|tough|stressful|worrying|frustrating|exhausting|horrible|awful|no\s+fun|a\s+worry)\b(?!\s+to\b)
    | \b(?:losing|missing|finding|coming\s+home\s+to|being\s+left)\b[^.!?\n]{{0,50}}?
      \b(?:is|must\s+be|was|must\s+have\s+been)\s+(?:(?:really|so|very|incredibly|genuinely|understandably|absolutely)\s+)*
      (?:gutting|heartbreaking|devastating|upsetting|horrible|awful|miserable|rotten|hard|tough|a\s+blow)\b(?!\s+to\b)
    | \bhaving\s+to\s+[^.!?\n]{{1,60}}?\b(?:isn't|wasn't|is\s+not|was\s+not|is\s+never|shouldn't\s+be)
      \s+(?:on|okay|ok|right|fair|acceptable|good\s+enough|what\s+we\s+want)\b
    | \b(?:that's|that\s+is|this\s+is|it's|it\s+is|this\s+has\s+been|that\s+has\s+been|that's\s+been|it's\s+been
        |must\s+be|must\s+have\s+been|sounds\s+like|what)
      \s+(?:such\s+)?an?\s+(?:real|proper|right|total|complete|huge|massive|absolute)\s+{_TROUBLE}\b
    """
)
_RECOGNITION_STARTS = starts_of(
    """
    made make makes making has have had left leave leaves leaving cause caused causing got gets getting
    i i'd we that's that this it's it must sounds what having waiting dealing not going chasing
    losing missing finding coming being
    """,
    loose=True,
)


# Round 9b (K and L's false alarms): the customer's situation judged in a
# demonstrative or exclamative frame with an article -- "That's a huge
# disappointment", "That's a disappointing way to spend a port day",
# "What a rotten start to the trip", "That's a horrible spot to be in".
# The evaluation must be of the situation: an evaluative noun ("a blow",
# "a letdown") or a negative adjective on a situation noun ("spot to be
# in", "way to spend", "day", "start to"), not on something else ("That's
# a horrible colour"), not positive ("What a great question") and not
# negated ("That's not a disappointment", "That's not a big deal").
# docs/families/missing-empathy.md, ACK-14.
_SITUATION_FRAME = r"""
    \b(?:that's|that\s+is|that\s+was|that'd\s+be|that\s+would\s+be|that\s+must\s+be|that\s+must\s+have\s+been
      |that\s+sounds\s+like|sounds\s+like|this\s+is|this\s+has\s+been|that's\s+been|what|such)
    \s+(?:(?:such|quite|really|truly)\s+)?an?\s+(?:(?:real|really|truly|genuinely|properly|absolutely|bit\s+of\s+an?)\s+)*
"""
_BAD_ADJ = (
    r"(?:disappointing|horrible|awful|terrible|rotten|rough|miserable|stressful|worrying|frustrating"
    r"|upsetting|distressing|horrid|dreadful|lousy|grim|tough|hard|difficult|scary|frightening|nasty"
    r"|exhausting|infuriating|maddening|annoying|sad|unpleasant|unfortunate|bad|stressy|crummy|wretched"
    r"|nerve-?wracking|worrisome|painful|bitter|sorry)"
)
_BAD_NOUN = (
    r"(?:disappointment|nightmare|blow|let-?down|pain|shame|headache|worry|ordeal|hassle|shock|bummer"
    r"|kick\s+in\s+the\s+teeth|(?:rotten|bad|wretched|awful|terrible|horrible)\s+luck|setback|upset)"
)
_SIZE = r"(?:huge|big|massive|real|total|complete|absolute|proper|major|right|terrible|awful|horrible|crushing|bitter|serious)"
#: What the evaluation is of: the customer's situation or the problem.
_SITUATION = (
    r"(?:(?:spot|position|place)\s+to\s+(?:be|find\s+yourself|end\s+up)(?:\s+in)?|situation|predicament|position\s+for\s+you"
    r"|way\s+to\s+(?:spend|start|end|begin|finish|kick\s+off|round\s+off)|start\s+to|end\s+to"
    r"|thing\s+to\s+(?:happen|deal\s+with|go\s+through|come\s+home\s+to|find|wake\s+up\s+to|discover)"
    r"|(?:day|week|weekend|morning|afternoon|evening|night|trip|journey|holiday|stay|visit|flight|experience"
    r"|delay|wait|mix-?up|time\s+of\s+it|surprise)\b(?!\s+(?:for\s+(?:us|me)|of\s+(?:ours|mine))))"
)
_EVALUATED_SITUATION = _lazy(
    _SITUATION_FRAME
    + rf"""(?:(?:{_SIZE}\s+)?{_BAD_NOUN}\b(?!\s+(?:for\s+(?:us|me)|to\s+(?:fix|set|install|clean|find|use|read)))
      | (?:{_SIZE}\s+)?{_BAD_ADJ}\s+{_SITUATION})"""
)
_EVALUATED_SITUATION_STARTS = starts_of("that's that this sounds what such", loose=True)


# Round 10b (blind set N's false alarms): validation addressed to the
# customer -- the feeling itself judged ("That's a horrible feeling", "What
# a scary moment"), the customer's right to the feeling ("you've every
# reason to be livid", "you're entitled to be cross", "your frustration is
# completely justified") and the problem's seriousness granted ("That's a
# genuine safety issue", "That's a serious concern"). Not: the same words
# negated ("That's not a genuine issue", "there's no reason to be livid"),
# granted only under a condition ("If that's a genuine safety issue, ...",
# "You'd have every right to be angry if we had"), the right to an action
# ("you have every right to request a refund"), a mild kind of problem ("a
# known issue", "a common issue") or an eye-roll ("you've every reason to
# be livid about £4 🙄"). An "I understand, but ..." is counted here and
# reported by the defensiveness and non-apology rules, as before.
# docs/families/missing-empathy.md, ACK-16.
_FELT = rf"(?:{_REACTION}|concerned|anxious|scared|alarmed|worried|upset|angry)\b"
_VALIDATED = _lazy(
    _SITUATION_FRAME
    + rf"""(?:{_BAD_ADJ}\s+(?:feeling|moment|thing\s+to\s+feel|sinking\s+feeling)\b
      | (?:genuine|serious|legitimate|valid|real)\s+(?:(?:safety|health|security|fire|hygiene|privacy|welfare)\s+)?
        (?:issue|problem|concern|risk|hazard|complaint|worry)\b)(?!\s+(?:for\s+(?:us|me)|of\s+(?:ours|mine)))
    | \byou(?:'ve|\s+have|'d\s+have|\s+would\s+have|\s+had)?(?:\s+got)?\s+(?:(?:absolutely|certainly|definitely)\s+)?
      every\s+(?:reason|right)\s+to\s+(?:be|feel)\s+(?:(?:so|this|that|really|absolutely|very)\s+)*{_FELT}
    | \b(?:you're|you\s+are)\s+(?:(?:completely|totally|entirely|quite|perfectly|fully)\s+)?(?:entitled|justified)\s+
      (?:to\s+(?:be|feel)|in\s+(?:being|feeling))\s+(?:(?:so|this|that|really|very)\s+)*{_FELT}
    | \byour\s+(?:anger|frustration|upset|annoyance|fury|disappointment|concern|worry|worries|concerns)\s+
      (?:is|are)\s+(?:(?:completely|totally|entirely|perfectly|fully|absolutely|more\s+than)\s+)?
      (?:justified|warranted|fair|valid|legitimate|reasonable)\b
    """
)
_VALIDATED_STARTS = starts_of(
    "that's that this sounds what such you you've you'd you're your", loose=True
)
#: A grant under a condition: "if that's", "whether it's", "you'd have ... if".
_GRANT_CONDITION = _lazy(r"\b(?:if|unless|whether)\s+(?:\w+\s+){0,2}$")
_COUNTERFACTUAL = _lazy(r"^you(?:'d|\s+would)\s+have\b")
_IF_LATER = _lazy(r"\b(?:if|had\s+(?:we|I|they|it))\b")
#: An eye-roll in the sentence: the validation is sarcasm.
_EYE_ROLL = _lazy(
    r"[\U0001F644\U0001F60F\U0001F612]|(?:^|\s)/s\b|\byeah,?\s+right\b|\blol\b"
)


def _validations(doc: Document) -> list[Acknowledgement]:
    text = doc.text
    out = []
    for m in _agent_matches(doc, _VALIDATED, _VALIDATED_STARTS):
        if doc.negated(m.start()):
            continue  # "That's not a genuine safety issue"
        sent = doc.sentence_at(m.start())
        lo, hi = (sent.start, sent.end) if sent is not None else (0, len(text))
        if _GRANT_CONDITION.search(text, lo, m.start()) is not None:
            continue  # "If that's a genuine safety issue, call 999"
        if (
            _COUNTERFACTUAL.match(m.group().lower()) is not None
            and _IF_LATER.search(text, m.end(), hi) is not None
        ):
            continue  # "You'd have every right to be angry if we had"
        if _EYE_ROLL.search(text, lo, hi) is not None:
            continue  # sarcasm
        out.append(Acknowledgement(AckKind.VALIDATION, m.start(), m.end()))
    return out


# Round 9b: a remedy for a loss the reply states -- "As the sauna was out of
# use for 9 days, we have credited £8 to your membership", "We've refunded
# two nights for the days you were without heating". The stated loss with
# its duration and the credit for it recognise the impact (weak: enough
# only for a mild complaint, like thanks for the report). Not a credit
# alone ("We have credited £8"), nor a duration that is the remedy's own
# ("Your refund will arrive in 5 days"). ACK-15.
_LOSS_SPAN = (
    r"(?:out\s+of\s+(?:use|action|order|service)|unavailable|closed|shut|down|broken|not\s+working|offline|unusable"
    r"|without\s+[\w\s]{1,30}?|disrupted|cancell?ed|delayed|missing|off)"
)
_DURATION_N = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
    r"\s+(?:full\s+)?(?:hours?|days?|nights?|weeks?|months?|sessions?|visits?)"
)
_CREDIT = (
    r"(?:I|we)(?:'ve|\s+have|'ll|\s+will|\s+are|'re)?\s+(?:now\s+|also\s+|already\s+)?"
    r"(?:credited|crediting|credit|refunded|refunding|refund|reimbursed|reimburse|compensated|waived|waive|added|applied"
    r"|taken|knocked|deducted)\b"
)
_REMEDY_FOR_LOSS = _lazy(
    rf"""
    \b(?:as|since|because|given\s+that|seeing\s+as)\s+(?:the\s+|your\s+|our\s+)?[\w\s-]{{1,40}}?\s+
      (?:was|were|has\s+been|have\s+been|had\s+been|went)\s+{_LOSS_SPAN}\s+(?:for\s+(?:over\s+|nearly\s+|almost\s+)?|over\s+)
      (?:the\s+)?{_DURATION_N}\b[^.!?\n]{{0,20}}?,?\s*{_CREDIT}
    | \b{_CREDIT}[^.!?\n]{{0,60}}?\b(?:for|to\s+cover|covering|to\s+make\s+up\s+for)\s+(?:the|those|all|each\s+of\s+the)\s+
      (?:{_DURATION_N}|days?|nights?|weeks?|hours?)\s+(?:that\s+|when\s+)?(?:the\s+|your\s+|you\s+|it\s+)[^.!?\n]{{0,30}}?
      (?:was|were|went|had|have\s+been|has\s+been)\s+(?:{_LOSS_SPAN}|no\s+\w+)
    """
)
_REMEDY_FOR_LOSS_STARTS = starts_of(
    "as since because given seeing i we i've we've i'll we'll we're", loose=True
)


def _recognitions(doc: Document) -> list[Acknowledgement]:
    out = [
        Acknowledgement(AckKind.PATIENCE, m.start(), m.end(), weak=True)
        for m in _agent_matches(doc, _PATIENCE, _PATIENCE_STARTS)
        if not doc.negated(m.start())
    ]
    for pattern, starts in (
        (_FEELING_RECOGNITION, _FEELING_RECOGNITION_STARTS),
        (_RECOGNITION, _RECOGNITION_STARTS),
    ):
        for m in _agent_matches(doc, pattern, starts):
            out.append(Acknowledgement(AckKind.UNDERSTANDING, m.start(), m.end()))
    for m in _agent_matches(doc, _EVALUATED_SITUATION, _EVALUATED_SITUATION_STARTS):
        if not doc.negated(m.start()):
            out.append(Acknowledgement(AckKind.IMPACT, m.start(), m.end()))
    for m in _agent_matches(doc, _REMEDY_FOR_LOSS, _REMEDY_FOR_LOSS_STARTS):
        out.append(Acknowledgement(AckKind.IMPACT, m.start(), m.end(), weak=True))
    out += _validations(doc)
    out += _round12_recognitions(doc)
    return out


# Round 12 (reply sets t4-t11's false alarms): recognition in constructions
# the readers above do not hold. docs/families/missing-empathy.md, ACK-17 to
# ACK-21.
# - ACK-17, the thing the customer received judged by what it was to
#   receive: "That's a frightening bill to open", "a horrible letter to
#   get", "an awful thing to wake up to". Not the agent's own task ("a
#   difficult question to answer", "a hard one to say").
# - ACK-18, the customer's situation restated with its length and judged:
#   "Three weeks without hot water with a little one is really hard",
#   "Two days with no heating is miserable". Not a threshold ("Three weeks
#   without hot water is the limit before we pay out").
# - ACK-19, the agent's dislike of what happened: "I hate that this is how
#   we've repaid you", "We hate hearing that". Not the preface to bad news
#   ("I hate to say it, but", "hate to break it to you").
# - ACK-20, the agent's reaction on the customer's behalf: "Gutted for you
#   too", "I'm so sorry for you", "Really sad for you both". Not "good for
#   you", "happy for you", nor pity ("I feel sorry for you").
# - ACK-21, understanding with the "I" dropped and the customer's feeling
#   as a clause: "Completely get why you're furious", "Totally understand
#   how stressful that was" (round 10 read a feeling noun: "Totally
#   understand the panic"). Sentence-initial only; not negated, not "get
#   why you'd need it" (no feeling).
_RECEIVED_JUDGED = _lazy(
    rf"""
    \b(?:that's|that\s+is|that\s+was|that\s+must\s+be|that\s+must\s+have\s+been|what|such|it's|it\s+is|it\s+was)
      \s+(?:(?:such|quite|really|truly)\s+)?an?\s+(?:(?:really|truly|genuinely|properly|absolutely|horribly|very)\s+)*
      {_BAD_ADJ}\s+(?:[\w-]+\s+){{0,2}}?to\s+(?:open|get|receive|find|see|read|hear|discover|come\s+home\s+to
      |wake\s+up\s+to|deal\s+with|go\s+through|face|land\s+on\s+your\s+doormat|be\s+handed|be\s+told|sit\s+through)\b
    """
)
_RECEIVED_JUDGED_STARTS = starts_of("that's that what such it's it", loose=True)
_LENGTH_WITHOUT_JUDGED = _lazy(
    r"""
    \b(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+
      (?:full\s+|whole\s+)?(?:hours?|days?|nights?|weeks?|months?|years?)\s+
      (?:without|with\s+no|of\s+no|stuck\s+without|living\s+without|going\s+without)\s+[^.!?\n]{1,60}?
      \s+(?:is|was|has\s+been|must\s+be|must\s+have\s+been|sounds)\s+
      (?:(?:really|so|very|incredibly|genuinely|just|honestly|truly|absolutely)\s+)*
      (?:hard|tough|awful|horrible|miserable|grim|rotten|rough|exhausting|stressful|unacceptable|not\s+on|no\s+fun
      |dreadful|appalling|difficult|a\s+nightmare|rubbish|wretched)\b(?!\s+to\b)
    """
)
_LENGTH_WITHOUT_JUDGED_STARTS = starts_of(
    DIGIT_START, "a an one two three four five six seven eight nine ten several"
)
_DISLIKE = _lazy(
    r"""
    \b(?:I|we)\s+(?:(?:really|absolutely|honestly|genuinely|just|so)\s+)*(?:hate|hated|can't\s+stand|cannot\s+stand)
      \s+(?:that\b|hearing\b|reading\b|to\s+(?:hear|read|think|see)\b)
    """
)
_DISLIKE_STARTS = starts_of("i we", loose=True)
_FOR_YOU = _lazy(
    r"""
    (?:\b(?:I'm|I\s+am|we're|we\s+are|I\s+was|we\s+were)\s+)?(?:(?:so|really|truly|genuinely|absolutely|properly|honestly)\s+)*
      (?:gutted|devastated|heartbroken|sad|sorry|upset|livid|furious|fuming|annoyed|frustrated|cross)\s+for\s+(?:you|u|you\s+both|you\s+all|your\s+\w+)\b
    """
)
_FOR_YOU_STARTS = starts_of(
    "i'm i we're we so really truly genuinely absolutely properly honestly gutted devastated heartbroken sad sorry upset"
    " livid furious fuming annoyed frustrated cross",
    loose=True,
)
_PITY = _lazy(r"\bfeel\s+(?:(?:so|really)\s+)?$")
_SUBJECTLESS_WHY = _lazy(
    r"""
    (?:(?:totally|completely|fully|really|absolutely|honestly|definitely|100%)\s+)*(?:understand|get|see)\s+
      (?:why|how)\s+(?:you(?:'re|\s+are|'d\s+be|\s+would\s+be|\s+feel|'ve\s+been|\s+were)|that(?:'s|\s+is|\s+was|\s+would\s+be))
      \s+(?:(?:so|really|very|pretty|quite|absolutely|feeling)\s+)*
      (?:{FEELING_ADJ}|furious|livid|cross|fuming|angry|upset|annoyed|frustrated|frustrating|stressful|worried|worrying
      |anxious|gutted|disappointed|disappointing|fed\s+up|let\s+down|mad|hurt|shocked|scared|frightening|upsetting)\b
    """
)
_SUBJECTLESS_WHY_STARTS = starts_of(
    "totally completely fully really absolutely honestly definitely understand get see"
)


def _round12_recognitions(doc: Document) -> list[Acknowledgement]:
    text = doc.text
    out = []
    for pattern, starts in (
        (_RECEIVED_JUDGED, _RECEIVED_JUDGED_STARTS),
        (_LENGTH_WITHOUT_JUDGED, _LENGTH_WITHOUT_JUDGED_STARTS),
    ):
        for m in _agent_matches(doc, pattern, starts):
            if not doc.negated(m.start()):
                out.append(Acknowledgement(AckKind.IMPACT, m.start(), m.end()))
    for m in _agent_matches(doc, _DISLIKE, _DISLIKE_STARTS):
        if not doc.negated(m.start()):
            out.append(Acknowledgement(AckKind.UNDERSTANDING, m.start(), m.end()))
    for m in _agent_matches(doc, _FOR_YOU, _FOR_YOU_STARTS):
        head = text[max(0, m.start() - 16) : m.start()]
        if doc.negated(m.start()) or _PITY.search(head) is not None:
            continue  # "I feel sorry for you" is pity
        out.append(Acknowledgement(AckKind.UNDERSTANDING, m.start(), m.end()))
    for m in _sentence_openers(doc, _SUBJECTLESS_WHY, _SUBJECTLESS_WHY_STARTS):
        out.append(Acknowledgement(AckKind.UNDERSTANDING, m.start(), m.end()))
    return out


def acknowledgements(doc: Document) -> tuple[Acknowledgement, ...]:
    """
    Return the acknowledgements in *doc*'s own words, in order. Read once
    per document.

        >>> [a.kind.value for a in acknowledgements(Document("I'd feel the same."))]
        ['understanding']
        >>> acknowledgements(Document("That is not our fault."))
        ()
    """
    return doc.memo(_read_acknowledgements)
