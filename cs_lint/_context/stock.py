"""
Stock lines: which sentences of a reply are lines a macro would hold
under any message, and of which kind.

A reply reads as a script when it is assembled from stock lines — a
contact-thanks opener, a brand-value statement, a pointer to self-service
pages, a canned closer, a receipt or queue formula, generic
troubleshooting, generic sympathy, a bare request to DM — with little or
nothing about this customer. The script-rigidity rules (CS503, CS505)
read the reply through `stock_lines`; the enumerable kinds come from the
shared lexicons (``{CONTACT_THANKS_OPENER}``, ``{BRAND_VALUE}``,
``{CANNED_CLOSER}``, ...), the open ones ("please visit example.com/help
for more information") from patterns here.

A sentence counts as stock only when, besides its stock phrase, it says
nothing of its own: a number that is not part of a link, or more than a
few content words outside stock vocabulary, make it content ("Thanks for
your patience! The engraving on your watch was finished this morning" is
one stock line and one line of content). Each sentence is read once,
with patterns restricted to that sentence, so the reading is linear.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs
import regex

from cs_lint._text.document import Document
from cs_lint._text.lexicons import cues_of
from cs_lint._text.patterns import compile_pattern
from cs_lint._text.zones import BODY, GREETING


class StockKind(enum.Enum):
    """
    What kind of stock line a sentence is.
    """

    FORMAL = "formal"
    OPENER = "opener"
    VALUE = "value"
    HELP_OFFER = "help-offer"
    DEFLECTION = "deflection"
    CLOSER = "closer"
    RECEIPT = "receipt"
    TROUBLESHOOTING = "troubleshooting"
    SYMPATHY = "sympathy"
    DM = "dm"


@attrs.frozen
class StockLine:
    """
    One sentence of the reply's body: its span, the stock kinds found in
    it (empty for a line of content) and whether it is stock as a whole.
    """

    start: int
    end: int
    kinds: frozenset[StockKind]
    stock: bool


def _c(source: str) -> regex.Pattern[str]:
    return compile_pattern(source, lazy=True)


#: Each kind: (pattern, lexicon classes it uses, extra cue words). A
#: sentence is tried against a kind only when it holds a cue word.
_KINDS: dict[StockKind, tuple[regex.Pattern[str], tuple[str, ...], str]] = {
    StockKind.FORMAL: (
        _c(
            r"""
            {FORMAL_MARKER}
            | \bplease\s+(?:be\s+)?(?:advised|informed|noted)\b
            | \bI\s+see\s+(?:that\s+)?you\s+(?:mentioned|tweeted|posted)\b
            | \bdetails\s+of\s+your\s+concern\s+or\s+compliment\b
            """
        ),
        ("FORMAL_MARKER",),
        "advised informed noted mentioned tweeted posted compliment",
    ),
    StockKind.OPENER: (
        _c(
            r"""
            {CONTACT_THANKS_OPENER}
            | \bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:contacting|reaching
              |getting\s+in\s+touch|writing|choosing|shopping|flying|your\s+(?:message|email
              |enquiry|inquiry|query|interest|request|letter|correspondence|tweet|patience
              |feedback))
            | \b(?:we|I)\s+(?:really\s+)?appreciate\s+(?:you\s+)?(?:reaching\s+out|getting\s+in
              \s+touch|contacting\s+us)\b
            | \b(?:we|I)(?:'ve|\s+have)\s+received\s+your\s+(?:request|message|email|enquiry
              |inquiry|query|correspondence|letter)\b
            """
        ),
        ("CONTACT_THANKS_OPENER",),
        "thank thanks received appreciate",
    ),
    StockKind.VALUE: (
        _c(
            r"""
            {BRAND_VALUE}
            | \b(?:we|I)\s+(?:always\s+|constantly\s+)?(?:strive|aim|endeavou?r)\s+to\b
            | \b(?:is|are)\s+(?:always\s+)?(?:our|the)\s+(?:top|highest|number\s+one|first|main)
              \s+priority\b
            | \bwe\s+take\s+(?:this|these|it|that|the\s+[\w-]+(?:\s+of\s+your\s+[\w-]+)?
              |your\s+[\w-]+|[\w-]+)\s+(?:very\s+|extremely\s+|incredibly\s+)?seriously\b
            | \bwe\s+(?:truly\s+|really\s+|greatly\s+)?value\s+(?:you|your|our|every|all|each)\b
            | \bwe\s+never\s+want\s+(?:you|our\s+\w+|any\s+of\s+our\s+\w+)\s+to\s+feel\b
            | \bthis\s+is\s+(?:never|not)\s+(?:a\s+way|how|the\s+way)\s+we\b
            | \bthank\s+you\s+for\s+being\s+(?:a|an|the|our)\s+(?:valued|loyal|most|important)
            | \b(?:we(?:'re|\s+are)|(?:our|the)\s+(?:[\w-]+\s+)?team\s+is)\s+(?:fully\s+|always\s+)?
              committed\s+to\b
            | \b(?:the\s+)?(?:best|highest)\s+possible\s+(?:experience|service|standards?)\b
            | \bat\s+the\s+heart\s+of\s+(?:everything|all)\s+(?:(?:that\s+)?we\s+do)\b
            | \bat\s+\p{Lu}[\w&-]+(?:\s+\p{Lu}[\w&-]+)?,?\s+we\s+(?:believe|pride|strive|aim|value
              |care|are\s+(?:committed|dedicated|passionate))\b
            | \b(?:we|our\s+(?:[\w-]+\s+)?team)\s+(?:always\s+)?works?\s+hard\s+to\b
            | \b(?:we're|we\s+are)\s+doing\s+(?:everything|all)\s+(?:we\s+can|in\s+our\s+power)\b
            | \b(?:we're|we\s+are)\s+(?:dedicated|passionate)\s+(?:to|about)\b
            | \b(?:your|customer)\s+(?:satisfaction|experience|business)\s+(?:is|means)\s+
              (?:very\s+|so\s+|a\s+lot\s+)?(?:important|everything|a\s+lot|the\s+world)\b
            """
        ),
        ("BRAND_VALUE",),
        "strive aim endeavour endeavor priority seriously value never way being "
        "satisfaction experience business standards committed pride heart best highest "
        "believe care works work doing dedicated passionate",
    ),
    StockKind.HELP_OFFER: (
        _c(
            r"""
            {HELP_OFFER}
            | \b(?:we're|we\s+are|I'm|I\s+am)\s+(?:always\s+|more\s+than\s+)?(?:here|happy|glad)
              \s+to\s+(?:help|assist)\b
            | \b(?:we're|we\s+are)\s+(?:the\s+)?official\s+[\w-]+\s+support\b
            | \bhelp\s+is\s+(?:just\s+)?a\s+(?:tweet|click|call|message)\s+away\b
            | \b(?:here|happy)\s+to\s+help\b
            | \bwe(?:'d|\s+would)\s+(?:love|like|be\s+happy)\s+to\s+help\b
            """
        ),
        ("HELP_OFFER",),
        "here happy glad official away help",
    ),
    StockKind.DEFLECTION: (
        _c(
            r"""
            {SELF_SERVICE_DEFLECTION}
            | \b(?:visit|see|review|refer\s+to|check(?:\s+out)?|consult|go\s+to|head\s+(?:over\s+)?to
              |log\s+in(?:to|\s+to)|take\s+a\s+look\s+at)\s+(?:our|the)\s+(?:[\w&\x27\u2019-]+\s+){0,3}?
              (?:page|website|site|help\s*cent(?:re|er)|faqs?|knowledge\s*base|support\s+(?:site
              |centre|center)|conditions\s+of\s+carriage|terms(?:\s+and\s+conditions)?
              |online\s+banking|community|forum|nearest\s+branch)\b
            | \bfor\s+(?:further|full|more|additional)\s+(?:information|info|details|assistance
              |specifications|help)\b
            | \bfor\s+(?:information|details|an\s+explanation)\s+(?:about|on|of)\b
            | \b(?:please\s+)?(?:visit|see|go\s+to|head\s+to|check)\s+(?:https?://|www\.
              |[\w-]+\.(?:com|co\.uk|io|org|net|co)(?:/|\b))
            | \b(?:information|details|answers|guides)\s+(?:about|on|to|for)\s+(?:[\w&\x27\u2019-]+\s+){0,5}?
              (?:can\s+be\s+found|(?:is|are)\s+available)\b
            | \b(?:can\s+be\s+found|(?:is|are)\s+available)\s+(?:at|on|in|via)\s+(?:our\s+(?:website
              |site|app|help\s*cent(?:re|er))|https?://|www\.|[\w-]+\.[a-z]{2,})
            | \byou(?:'ll|\s+will|\s+can)\s+find\s+(?:guides|answers|information|details|more
              |everything)\b
            | \bwhere\s+you(?:'ll|\s+will)\s+find\b
            | \b(?:is|are)\s+subject\s+to\s+(?:our\s+)?terms\b
            """
        ),
        ("SELF_SERVICE_DEFLECTION",),
        "visit see review refer check consult go head log look information details "
        "explanation find subject found available",
    ),
    StockKind.CLOSER: (
        _c(
            r"""
            {CANNED_CLOSER}
            | \b(?:is\s+there\s+)?anything\s+else\s+(?:I|we)\s+can\s+(?:help|assist|do)\b
            | \bhave\s+a\s+(?:great|wonderful|nice|lovely|good|fantastic|fab|brilliant)\s+
              (?:day|evening|weekend|one|night|morning|afternoon)\b
            | \b(?:please\s+)?(?:don't|do\s+not)\s+hesitate\s+to\b
            | \blet\s+us\s+know\s+if\s+(?:you\s+have|there(?:'s|\s+is))\s+(?:any|anything)\b
            | \bif\s+you\s+need\s+(?:help|anything)\s+(?:with\s+this|else)?,?\s+let\s+us\s+know\b
            | \bwe\s+look\s+forward\s+to\b
            | \bhappy\s+shopping\b
            | \b(?:I|we)\s+hope\s+(?:this|that|the\s+above)\s+(?:information\s+)?(?:helps|is\s+helpful
              |was\s+helpful|answers|clarifies)\b
            """
        ),
        ("CANNED_CLOSER",),
        "anything have hesitate know forward happy hope",
    ),
    StockKind.RECEIPT: (
        _c(
            r"""
            {PROCESS_FORMULA}
            | \byour\s+(?:request|query|case|enquiry|inquiry|message|complaint|ticket)\s+has\s+been
              \s+(?:received|logged|registered|noted|forwarded)\b
            | \ba\s+member\s+of\s+(?:our|the)\s+(?:[\w-]+\s+)?team\s+will\b
            | \b(?:in\s+(?:strict\s+)?date\s+order|in\s+the\s+order\s+(?:they\s+are\s+|they're\s+)?
              received)\b
            | \bwe\s+acknowledge\s+receipt\b
            | \b(?:experiencing|receiving)\s+(?:a\s+|an\s+)?(?:high|higher|large|unusually\s+high
              |increased)\s+(?:volumes?|number|amount)\s+of\b
            | \bplease\s+be\s+patient\s+(?:while|as)\s+we\b
            | \bthis\s+is\s+an\s+automated\s+(?:response|reply|message)\b
            | \bplease\s+do\s+not\s+reply\s+to\s+this\s+(?:email|message)\b
            """
        ),
        ("PROCESS_FORMULA",),
        "received logged registered noted forwarded member order receipt volume "
        "volumes number amount patient automated reply",
    ),
    StockKind.TROUBLESHOOTING: (
        _c(
            r"""
            {GENERIC_TROUBLESHOOTING}
            | \bmake\s+sure\s+(?:you(?:'re|\s+are)\s+using|you\s+have)\s+the\s+latest\s+version\b
            | \bclear\s+(?:your\s+|the\s+)?(?:browser(?:'s)?\s+)?(?:cache|cookies|history)\b
            | \b(?:if\s+the\s+(?:issue|problem)\s+(?:persists|continues))\b
            | \btry\s+(?:a\s+different|another)\s+browser\b
            """
        ),
        ("GENERIC_TROUBLESHOOTING",),
        "latest cache cookies history persists continues browser",
    ),
    StockKind.SYMPATHY: (
        _c(
            r"""
            {GENERIC_SYMPATHY_DM}
            | \b(?:we're|we\s+are|I'm|I\s+am)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry\s+to\s+hear
              (?:\s+(?:about\s+)?(?:this|that|your\s+experience|about\s+your\s+experience))?
              (?=\s*[.!,]|\s*$)
            | \b(?:we|I)\s+(?:sincerely\s+|truly\s+)?apologi[sz]e\s+for\s+(?:any|the|your)\s+
              (?:inconvenience|inconveniences|disappointment|trouble|frustration|confusion|delay
                |issues?)(?:\s+(?:this|that)\s+(?:may\s+have|has)\s+caused|\s+caused)?\b
            | \b(?:we(?:'re|\s+are)|I(?:'m|\s+am))\s+(?:so\s+|very\s+|truly\s+)?sorry\s+for\s+(?:any|the)
              \s+(?:inconvenience|confusion|trouble|frustration|disappointment)\b
            | \bsorry\s+(?:to\s+hear\s+(?:this|that)|for\s+(?:the|any)\s+inconvenience)\b
            | \bwe\s+(?:completely\s+|totally\s+)?understand\s+(?:how\s+you\s+feel|your\s+(?:frustration
              |concern|disappointment))\b
            | \bthank\s+you\s+for\s+(?:sharing|taking\s+the\s+time|providing\s+this|bringing\s+this)\b
            | \b(?:we|I)\s+(?:really\s+|truly\s+)?appreciate\s+(?:your|the)\s+(?:feedback|patience
              |understanding|business|comments)\b
            """
        ),
        ("GENERIC_SYMPATHY_DM",),
        "sorry apologise apologize understand sharing taking providing bringing appreciate",
    ),
    StockKind.DM: (
        _c(
            r"""
            \b(?:please\s+)?(?:send\s+us\s+(?:a\s+)?(?:DM|direct\s+message|private\s+message|PM)
              |DM\s+us|reach\s+(?:out\s+to\s+)?us\s+(?:via|by|through)\s+(?:DM|direct\s+message))
              (?:\s+(?:with\s+)?(?:your\s+)?(?:details|info|information|email(?:\s+address)?))?\b
            """
        ),
        (),
        "dm message pm",
    ),
}

#: Support vocabulary that says nothing about this customer's case: a
#: stock line with a few of these besides its stock phrase is still stock.
_STOCK_VOCABULARY = """
    thank thanks contact contacting reaching getting touch writing message email
    team support customer customers service services care please help further more
    assistance today anything else assist great wonderful lovely always valued
    experience sorry inconvenience received member will review back details soon
    possible forward questions feel free glad also here there with your this that
    from have they them their were been being would could should about into just
    what when where which while
"""
_STOCK_WORDS = frozenset(_STOCK_VOCABULARY.split())
#: More content words than this outside stock vocabulary make a line content.
_OWN_WORDS = 3
_WORD = regex.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_NUMBER = regex.compile(r"\d")
_LINK = regex.compile(
    r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|io|org|net|co|uk|ie|de|fr)"
    r"(?:/\S*)?|\b[\w-]+\.[a-z]{2,}/\S*|@\w+"
)
_SIGN = regex.compile(r"(?:^|\s)[\^*~\-\u2013\u2014/]\s?[A-Z]{1,4}\w{0,15}\s*$")


def _cues(kind: StockKind) -> frozenset[str]:
    _, classes, extra = _KINDS[kind]
    return cues_of(classes) | frozenset(extra.split())


def _body_sentences(doc: Document) -> Iterator[tuple[int, int, frozenset[str]]]:
    sents = doc.sentences
    windows = doc.trigger_windows
    whole = len(windows) != len(sents)
    for i, s in enumerate(sents):
        if not doc.in_agent_zone(s.start) or doc.in_quote(s.start, s.end):
            continue
        if doc.zone_at(s.start) not in (BODY, GREETING):
            continue
        yield s.start, s.end, doc.words if whole else windows[i]


def _own_words(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """
    How many words of *text[start:end]* lie outside the stock phrases at
    *spans* and are neither short nor support vocabulary.
    """
    count = 0
    pos = start
    # Links blanked out where they stand, so offsets keep their meaning.
    masked = _LINK.sub(lambda m: " " * len(m.group()), text[start:end])
    for s_start, s_end in [*sorted(spans), (end, end)]:
        if s_start > pos:
            chunk = masked[pos - start : s_start - start]
            count += sum(
                1
                for m in _WORD.finditer(chunk)
                if len(m.group()) > 3 and m.group().lower() not in _STOCK_WORDS
            )
        pos = max(pos, s_end)
    return count


def read_stock(doc: Document) -> tuple[StockLine, ...]:
    """
    The sentences of *doc*'s body, each with the stock kinds it holds and
    whether it is a stock line as a whole (see the module docstring).
    Greetings ("Hi there!") and tweet signatures are left out.
    """
    text = doc.text
    out: list[StockLine] = []
    cue_sets = {kind: _cues(kind) for kind in _KINDS}
    for start, end, words in _body_sentences(doc):
        kinds: set[StockKind] = set()
        spans: list[tuple[int, int]] = []
        for kind, (pattern, _, _) in _KINDS.items():
            if cue_sets[kind].isdisjoint(words):
                continue
            for m in pattern.finditer(text, start, end):
                kinds.add(kind)
                spans.append(m.span())
        if not kinds and _GREETING.fullmatch(text, start, end):
            continue
        numbers = _NUMBER.search(_LINK.sub(" ", text[start:end])) is not None
        stock = (
            bool(kinds)
            and not numbers
            and _own_words(text, start, end, spans) <= _OWN_WORDS
        )
        out.append(StockLine(start, end, frozenset(kinds), stock))
    return tuple(out)


_GREETING = _c(
    r"""
    (?:@\w+\s+)*(?:hi|hey|hello|hiya|dear|good\s+(?:morning|afternoon|evening))
      (?:\s+there|\s+[\w-]+){0,2}\s*[,!.:]*\s*(?:[\^*~\-]\s?\w{1,20})?
    | (?:@\w+\s*)+
    | [\^*~\-\u2013\u2014]\s?\w{1,20}\s*(?:https?://\S+)?
    """
)


def stock_lines(doc: Document) -> tuple[StockLine, ...]:
    """
    `read_stock`, computed once per document.
    """
    return doc.memo(read_stock)
