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
import functools
from collections.abc import Iterator
from typing import Any

import attrs
import regex

from cs_lint._text.document import Document
from cs_lint._text.lexicons import cues_of, lexicons, phrase_variants
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
            \bplease\s+(?:be\s+)?(?:advised|informed|noted)\b
            | \bI\s+see\s+(?:that\s+)?you\s+(?:mentioned|tweeted|posted)\b
            | \bdetails\s+of\s+your\s+concern\s+or\s+compliment\b
            | \bwe\s+(?:hereby\s+)?acknowledge\s+your\s+(?:concern|concerns|complaint|feedback|message
              |frustration|dissatisfaction|query|request)\b
            """
        ),
        ("FORMAL_MARKER",),
        "advised informed noted mentioned tweeted posted compliment acknowledge",
    ),
    StockKind.OPENER: (
        _c(
            r"""
            \bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+calling
              (?-i:(?:\s+\p{Lu}[\w&\x27\u2019-]*){0,3})(?:,?\s+my\s+name\s+is\s+\w+)?(?:,?\s+how\s+(?:may|can)
              \s+I\s+(?:help|assist)(?:\s+you)?(?:\s+today)?)?
            | \b(?:hello\s+and\s+)?welcome\s+to\s+(?:the\s+)?(?:[\w&\x27\u2019-]+\s+){0,4}?(?:help\s*desk
              |support|service\s+desk|customer\s+(?:care|service|support)|helpline|help\s*cent(?:re|er))\b
            | \bhow\s+(?:may|can)\s+I\s+(?:help|assist)(?:\s+you)?(?:\s+today)?(?=\s*[?.!]|\s*$)
            | \b(?:we\s+)?thank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:contacting|reaching
              |getting\s+in\s+touch|writing|choosing|shopping|flying|staying|travell?ing|dining|visiting
              |your\s+(?:review|comments|questions?|message|email
              |enquiry|inquiry|query|interest|request|letter|correspondence|tweet|patience
              |feedback))
            | \b(?:we|I)\s+(?:really\s+)?appreciate\s+(?:you\s+)?(?:reaching\s+out|getting\s+in
              \s+touch|contacting\s+us)\b
            | \b(?:we|I)(?:'ve|\s+have)\s+received\s+your\s+(?:request|message|email|enquiry
              |inquiry|query|correspondence|letter)\b
            """
        ),
        ("CONTACT_THANKS_OPENER",),
        "thank thanks received appreciate calling welcome assist today",
    ),
    StockKind.VALUE: (
        _c(
            r"""
            \b(?:we|I)\s+(?:always\s+|constantly\s+)?(?:strive|aim|endeavou?r)\s+to\b
            # round 13 (issue 14; M, t4, t7): striving for excellence, and
            # the organisation committed in the third person
            | \b(?:we|I)\s+(?:always\s+|constantly\s+)?strive\s+for\s+(?:excellence|perfection|the\s+best|the\s+highest)\b
            | \bthe\s+(?:[\w-]+\s+)?(?:department|company|council|organi[sz]ation|business|firm|trust|club|school|practice
              |service|authority)\s+(?:is|remains)\s+(?:fully\s+|firmly\s+|always\s+)?committed\s+to\b
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
            | \b(?:we(?:'re|\s+are)|(?:our|the)\s+(?:[\w-]+\s+)?team\s+(?:is|are))\s+(?:always\s+|constantly\s+)?
              working\s+(?:hard\s+)?to\s+(?:improve|resolve\s+all|make|ensure|provide)\b
            | \b(?:we(?:'re|\s+are)\s+)?(?:always|constantly|continually)\s+(?:looking\s+for\s+ways\s+to
              |working\s+to|striving\s+to)\s+improve\b
            | \b(?:[\w-]+\s+){1,2}(?:is|are)\s+(?:very\s+|extremely\s+|so\s+|really\s+|incredibly\s+)?
              important\s+to\s+us\b
            | \b(?:we're|we\s+are)\s+doing\s+(?:everything|all)\s+(?:we\s+can|in\s+our\s+power)\b
            | \b(?:we're|we\s+are)\s+(?:dedicated|passionate)\s+(?:to|about)\b
            | \bwe\s+take\s+(?:all|every|each|any)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:very\s+|extremely\s+)?
              seriously\b
            | \bwe\s+(?:know|understand|appreciate|recogni[sz]e)\s+how\s+important\s+(?:your|this|it)\b
            | \byour\s+(?:feedback|comments?|input|opinions?|views)\s+(?:is|are)\s+(?:(?:very|extremely
              |really|so|always|truly|most)\s+)?(?:valuable|important|appreciated|welcome|invaluable
              |valued)\b
            | \b(?:helps?|will\s+help|allows?|enables?)\s+us\s+(?:to\s+)?(?:improve|do\s+better|get\s+better)
              (?:\s+our\s+(?:service|services|products?|experience))?\b
            | \b(?:we|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:offers?|provides?|has|have)\s+a\s+(?:wide|broad
              |great|huge|full)\s+(?:range|variety|selection|choice|suite)\s+of\b
            | \b(?:your|customer)\s+(?:satisfaction|experience|business)\s+(?:is|means)\s+
              (?:very\s+|so\s+|a\s+lot\s+)?(?:important|everything|a\s+lot|the\s+world)\b
            # round 7 (set H): membership thanks and promotion under any message
            | \byour\s+(?:support|membership|donations?|custom|loyalty|contributions?|subscription|generosity)
              \s+(?:really\s+|truly\s+|genuinely\s+)?(?:makes|helps\s+(?:us\s+)?make)\s+a\s+(?:real\s+|huge\s+|big
              \s+|massive\s+|genuine\s+)?difference\b[^.!?\n]{0,60}
            | \b(?:we(?:'re|\s+are))\s+(?:always|constantly|continually)\s+working\s+(?:hard\s+)?to\s+make\s+
              [^.!?\n]{1,40}?\bbetter\b(?:\s+for\s+(?:everyone|all|you|our\s+\w+))?
            """
        ),
        ("BRAND_VALUE",),
        "strive aim endeavour endeavor priority seriously value valued never important "
        "satisfaction standards committed pride heart possible believe hard everything "
        "dedicated passionate know understand recognise recognize feedback comments input "
        "opinion opinions views improve range variety selection suite working looking "
        "support membership donation donations difference know loyal",
    ),
    StockKind.HELP_OFFER: (
        _c(
            r"""
            \b(?:we're|we\s+are|I'm|I\s+am)\s+(?:always\s+|more\s+than\s+)?(?:here|happy|glad)
              \s+to\s+(?:help|assist)\b
            | \b(?:we're|we\s+are)\s+(?:the\s+)?official\s+[\w-]+\s+support\b
            | \bhelp\s+is\s+(?:just\s+)?a\s+(?:tweet|click|call|message)\s+away\b
            | \b(?:here|happy)\s+to\s+help\b
            | \bwe(?:'d|\s+would)\s+(?:love|like|be\s+happy)\s+to\s+help\b
            """
        ),
        ("HELP_OFFER",),
        "help assist away official",
    ),
    StockKind.DEFLECTION: (
        _c(
            r"""
            \b(?:visit|see|review|refer\s+to|check(?:\s+out)?|consult|go\s+to|head\s+(?:over\s+)?to
              |log\s+in(?:to|\s+to)|take\s+a\s+look\s+at)\s+(?:our|the)\s+(?:[\w&\x27\u2019-]+\s+){0,3}?
              (?:page|website|site|help\s*cent(?:re|er)|faqs?|knowledge\s*base|support\s+(?:site
              |centre|center)|conditions\s+of\s+carriage|terms(?:\s+and\s+conditions)?
              |online\s+banking|community|forum|nearest\s+branch)\b(?:\s+for\s+(?:tips|information|info|advice|guidance|help
              |details|answers|more)\b[^.!?\n]{0,60})?
            | \b(?:visit|see|review|refer\s+to|check(?:\s+out)?|consult|explore|read)\s+(?:our|the|your)\s+
              (?:[\w&\x27\u2019-]+\s+){0,3}?(?:handbook|guide|manual|leaflet|brochure|faqs?|help\s*cent(?:re|er)
              |user\s+guide|policy|portal)\b(?:\s+for\s+(?:tips|information|info|advice|guidance|help
              |details|answers|more)\b[^.!?\n]{0,60})?
            | \b(?:all|full|more|further|the)\s+(?:[\w-]+\s+)?(?:information|details)\s+(?:is|are)\s+
              (?:contained|included|available|set\s+out|explained|listed|provided)\s+(?:in|on)\s+
              (?:your|the|our)\b
            | \b(?:is|are|has\s+been|have\s+been)\s+(?:enclosed|attached)\s+for\s+your\s+(?:information
              |reference|records)\b
            | \b(?:you\s+can|please)\s+(?:report|submit|raise|log|track|manage)\s+(?:a|an|your|the)\s+
              [\w-]+(?:\s+24/7)?\s+(?:using|via|through|on|in)\s+our\s+(?:online\s+)?(?:portal|website
              |app|self[\s-]service|online\s+form|web\s+form)\b
            | \bfor\s+(?:further|full|more|additional|general)\s+(?:information|info|details|assistance
              |specifications|help)\b
            | \bfor\s+(?:information|details|an\s+explanation)\s+(?:about|on|of)\b
            | \b(?:please\s+)?(?:visit|see|go\s+to|head\s+to|check)\s+(?:https?://|www\.
              |(?:[\w-]+\.)+(?:com|co\.uk|io|org|net|co)(?:/|\b))
            | \b(?:information|details|answers|guides)\s+(?:about|on|to|for)\s+(?:[\w&\x27\u2019-]+\s+){0,5}?
              (?:can\s+be\s+found|(?:is|are)\s+available)\b
            | \b(?:can\s+be\s+found|(?:is|are)\s+available)\s+(?:at|on|in|via)\s+(?:our\s+(?:website
              |site|app|help\s*cent(?:re|er))|https?://|www\.|[\w-]+\.[a-z]{2,})
            | \byou(?:'ll|\s+will|\s+can)\s+find\s+(?:guides|answers|information|details|more
              |everything)\b
            | \bwhere\s+you(?:'ll|\s+will)\s+find\b
            | \b(?:is|are)\s+subject\s+to\s+(?:our\s+)?terms\b
            # round 7 (set H): a pointer to the brand's channels
            | \b(?:follow|find|join)\s+us\s+on\s+(?:all\s+)?(?:of\s+)?(?:our\s+)?(?:socials|social\s+media|social
              \s+channels|social|twitter|instagram|facebook|tiktok|linkedin|youtube)\b[^.!?\n]{0,40}
            | \bfor\s+the\s+latest\s+(?:news|updates|offers|information|info)(?:\s+and\s+(?:news|updates|offers))?\b
            # a promotion in place of an answer: "Did you know you can also
            # volunteer or shop in our online store?"
            | \bdid\s+you\s+know\s+(?:that\s+)?(?:you\s+can|we\s+(?:also\s+)?(?:offer|have|run|sell|do))\b[^.!?\n]{0,100}
            # a bare address to write to instead: "Please reach out to help@brand.app so we can help!"
            | \b(?:please\s+)?(?:reach\s+out|write|email|e-mail|contact\s+us|get\s+in\s+touch)\s+(?:to|at|via|on)\s+
              [\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s+so\s+(?:that\s+)?(?:we|our\s+team)\s+can\s+(?:help|assist|look\s+into\s+it))?
            """
        ),
        ("SELF_SERVICE_DEFLECTION",),
        "visit refer consult information info details explanation specifications found "
        "available faq faqs website site page centre center base banking branch "
        "community forum terms answers guides find https www com uk io org net "
        "handbook guide manual leaflet brochure portal contained included enclosed "
        "attached report submit explore follow socials social latest twitter instagram "
        "facebook tiktok linkedin youtube know reach write email",
    ),
    StockKind.CLOSER: (
        _c(
            r"""
            \b(?:is\s+there\s+)?anything\s+else\s+(?:I|we)\s+can\s+(?:help|assist|do)\b
            | \bhave\s+a\s+(?:great|wonderful|nice|lovely|good|fantastic|fab|brilliant)\s+
              (?:day|evening|weekend|one|night|morning|afternoon)\b
            | \b(?:please\s+)?(?:don't|do\s+not)\s+hesitate\s+to\b
            | \blet\s+us\s+know\s+if\s+(?:you\s+have|there(?:'s|\s+is))\s+(?:any|anything)\b
            | \bif\s+you\s+need\s+(?:help|anything)\s+(?:with\s+this|else)?,?\s+let\s+us\s+know\b
            | \bwe\s+look\s+forward\s+to\b
            | \bfeel\s+free\s+to\s+(?:reach\s+out|contact\s+us|get\s+in\s+touch|message\s+us|ask\s+us|drop\s+us)\b
            | \bif\s+you\s+have\s+any\s+(?:other|further|more|additional)\s+(?:questions|queries|concerns)\b
            | \b(?:we|I)\s+hope\s+to\s+(?:see|welcome|serve|have)\s+you\s+(?:again|back|on\s+board\s+again)\b
            | \bhappy\s+shopping\b
            | \bhappy\s+[a-z]+ing\b(?=\s*[!.]*\s*$)
            | \b(?:I|we)\s+hope\s+(?:this|that|the\s+above)\s+(?:information\s+)?(?:helps|is\s+helpful
              |was\s+helpful|answers|clarifies)\b
            """
        ),
        ("CANNED_CLOSER",),
        "anything questions hesitate forward shopping hope day evening weekend night happy "
        "free queries concerns welcome serve "
        "morning afternoon",
    ),
    StockKind.RECEIPT: (
        _c(
            r"""
            \byour\s+(?:[\w-]+\s+)?(?:request|query|case|enquiry|inquiry|message|complaint|ticket)\s+has\s+been
              \s+(?:received|logged|registered|noted|forwarded)\b
            | \ba\s+member\s+of\s+(?:our|the)\s+(?:[\w-]+\s+)?team\s+will\b
            | \b(?:our|the)\s+(?:[\w-]+\s+)?team\s+will\s+(?:be\s+in\s+touch|get\s+back\s+to\s+you|contact\s+you
              |reach\s+out)(?:\s+(?:shortly|soon|as\s+soon\s+as\s+possible|in\s+due\s+course))?\b
            | \b(?:I'm|I\s+am)\s+[\w-]+,?\s+(?:your|the)\s+(?:friendly\s+)?(?:virtual|digital|automated|AI)\s+
              (?:assistant|agent|helper)\b
            | \b(?:please\s+)?(?:choose|select|pick)\s+(?:one\s+of|from)\s+the\s+(?:following|options|menu)\b[^.!?\n]{0,80}
            | \bI\s+(?:didn't|did\s+not)\s+(?:quite\s+)?(?:understand|get|catch)\s+that\b
            | \b(?:our\s+)?(?:office|opening|business|working)\s+hours\s+are\b[^.!?\n]{0,80}
            | \b(?:we|I)(?:'ll|\s+will|\s+aim\s+to|\s+endeavou?r\s+to)\s+(?:respond|reply|get\s+back\s+to\s+you)
              \s+within\s+\d+\s+(?:working\s+|business\s+)?(?:hours|days)\b
            | \b(?:we(?:'ll|\s+will)|I(?:'ll|\s+will))\s+(?:be\s+sure\s+to\s+)?(?:pass|forward|share|send)\s+
              (?:your\s+(?:feedback|comments|concerns?)|this|it|that)\s+(?:on\s+)?to\s+(?:the|our)\s+
              (?:relevant|appropriate|concerned|right)\s+(?:team|department|people)\b
            | \b(?:has|have)\s+been\s+(?:assigned|passed|forwarded|escalated|referred|sent|allocated)
              \s+to\s+(?:the\s+|our\s+)?(?:relevant|appropriate|concerned|right|correct|responsible)\s+
              (?:team|department|person|people|section|area)\b
            | \b(?:will\s+be|are|is)\s+(?:prioriti[sz]ed|handled|dealt\s+with|processed|assessed|reviewed
              |considered|investigated)\s+(?:according\s+to|in\s+accordance\s+with|in\s+line\s+with
              |under)\s+our\s+(?:[\w-]+\s+){0,2}?(?:policy|procedure|process|guidelines)\b
            | \bif\s+you\s+are\s+(?:not\s+|un)(?:satisfied|happy)\s+with\s+(?:our|the|this)\s+(?:final\s+)?
              (?:response|decision|outcome)\b[^.!?\n]{0,140}
            | \b(?:we|I)\s+(?:aim|endeavou?r|try|strive|will\s+(?:try|aim))\s+to\s+(?:respond\s+to|reply\s+to
              |resolve|answer|deal\s+with|process)\s+(?:all|most|your)?\s*(?:enquiries|inquiries|queries
              |emails|complaints|messages|requests|claims|tickets|cases)\s+within\s+\d+\s+(?:working\s+
              |business\s+)?(?:days|hours|weeks)(?:\s+of\s+receipt)?\b
            | \b(?:in\s+(?:strict\s+)?date\s+order|in\s+the\s+order\s+(?:they\s+are\s+|they're\s+)?
              received)\b
            | \bwe\s+acknowledge\s+receipt\b
            | \b(?:experiencing|receiving)\s+(?:a\s+|an\s+)?(?:high|higher|large|unusually\s+high
              |increased)\s+(?:volumes?|number|amount)\s+of\b
            | \bplease\s+be\s+patient\s+(?:while|as)\s+we\b
            | \bthis\s+is\s+an\s+automated\s+(?:response|reply|message)\b
            | \bplease\s+do\s+not\s+reply\s+to\s+this\s+(?:email|message)\b
            # round 7 (set H): call-centre and ticket boilerplate
            | \b(?:this|your|the)\s+call\s+(?:may|will|might|is\s+going\s+to)\s+be\s+(?:recorded|monitored)
              (?:\s+(?:and|or)\s+(?:recorded|monitored))?(?:\s+for\s+[\w\s]{0,30}?purposes)?
            | \bfor\s+(?:quality\s+(?:and|or)\s+training|training\s+(?:and|or)\s+quality|quality|training|monitoring)
              \s+purposes\b[^.!?\n]{0,60}
            | \b(?:will\s+be|is\s+being|are\s+being)\s+(?:reviewed|looked\s+at|assessed|handled|dealt\s+with|considered
              |actioned)\s+by\s+(?:the|our|a)\s+(?:relevant|appropriate|right|responsible|concerned|dedicated)\s+
              (?:team|department|person|people|colleague|specialist)s?(?:\s+in\s+due\s+course)?\b
            """
        ),
        ("PROCESS_FORMULA",),
        "received logged registered noted forwarded member receipt volume volumes high "
        "patient automated relevant appropriate concerned prioritised prioritized "
        "accordance procedure satisfied unhappy enquiries inquiries queries complaints "
        "touch virtual digital automated assistant choose select pick understand catch "
        "hours respond reply recorded monitored purposes reviewed actioned",
    ),
    StockKind.TROUBLESHOOTING: (
        _c(
            r"""
            \bmake\s+sure\s+(?:you(?:'re|\s+are)\s+using|you\s+have)\s+the\s+latest\s+version\b
            | \bclear\s+(?:your\s+|the\s+)?(?:browser(?:'s)?\s+)?(?:cache|cookies|history)\b
            | \b(?:if\s+the\s+(?:issue|problem)\s+(?:persists|continues))\b
            | \btry\s+(?:a\s+different|another)\s+browser\b
            # round 7 (set H): the generic checklist that ignores the message
            | \b(?:restart|reboot|power\s+cycle)\s+(?:your|the)\s+(?:device|phone|app|computer|router|console|tablet
              |laptop|modem|pc)\b
            | \bcheck\s+(?:your|the)\s+(?:internet|network|wi-?fi|data)\s+connection\b
            | \b(?:re-?install|uninstall\s+and\s+re-?install|delete\s+and\s+re-?install)\s+the\s+app\b
            | \bcontact\s+your\s+(?:device\s+manufacturer|manufacturer|network\s+provider|internet\s+(?:service\s+)?provider)\b
            | \btry\s+the\s+following\s+(?:steps|troubleshooting\s+steps|suggestions)\b
            """
        ),
        ("GENERIC_TROUBLESHOOTING",),
        "latest cache cookies history persists continues browser restart reboot power "
        "connection reinstall re-install uninstall manufacturer provider following",
    ),
    StockKind.SYMPATHY: (
        _c(
            r"""
            \b(?:we're|we\s+are|I'm|I\s+am)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry\s+to\s+hear
              (?:\s+(?:about\s+)?(?:this|that|your\s+experience|about\s+your\s+experience))?
              (?=\s*[.!,]|\s*$)
            | \b(?:we|I)\s+(?:do\s+)?(?:sincerely\s+|truly\s+)?apologi[sz]e\s+for\s+(?:any|the|your)\s+
              (?:inconvenience|inconveniences|disappointment|trouble|frustration|confusion|delay
                |issues?|disruption|difficulties|problems?|wait|experience)(?:\s+(?:this|that)\s+(?:may\s+have|has)\s+caused|\s+caused)?\b
            | \b(?:we(?:'re|\s+are)|I(?:'m|\s+am))\s+(?:so\s+|very\s+|truly\s+)?sorry\s+for\s+(?:any|the)
              \s+(?:inconvenience|confusion|trouble|frustration|disappointment)\b
            | \bsorry\s+(?:to\s+hear\s+(?:this|that)|for\s+(?:the|any)\s+inconvenience)\b
            | \bsorry\s+to\s+(?:hear|learn|read)\s+(?:that\s+)?(?:your\s+[\w-]+(?:\s+[\w-]+)?\s+|we\s+|it\s+)?
              (?:did\s+not|didn't|was\s+not|wasn't|has\s+not|hasn't|may\s+not\s+have)\s+(?:fully\s+)?
              (?:meet|met|live\s+up\s+to|lived\s+up\s+to|up\s+to)\s+(?:your\s+|our\s+)?(?:expectations|standards?)\b
            | \bwe\s+(?:completely\s+|totally\s+)?understand\s+(?:how\s+you\s+feel|your\s+(?:frustration
              |concern|disappointment))\b
            # round 7 (set H): sympathy that fits any message
            | \b(?:I|we)\s+(?:completely\s+|totally\s+|fully\s+|can\s+)?understand\s+how\s+(?:frustrating|annoying
              |inconvenient|stressful|upsetting)\s+(?:technical\s+|these\s+|such\s+|this\s+kind\s+of\s+|tech\s+)?
              (?:issues|problems|situations|things|delays|glitches|this|that|it)\s+(?:can|must|may)\s+be\b
            | \bsorry\s+(?:that\s+|to\s+hear\s+(?:that\s+)?)?you\s+(?:had|have\s+had|experienced)\s+(?:a|an|such\s+a)\s+
              (?:less[\s-]than[\s-](?:perfect|ideal|great|stellar|positive|satisfactory)|bad|poor|negative|disappointing
              |frustrating|unpleasant|suboptimal|sub-optimal)\s+experience\b
            | \b(?:we\s+)?thank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:sharing|taking\s+the\s+time|providing\s+this
              |bringing\s+(?:this|it|that)(?:\s+to\s+(?:our|my)\s+attention)?)\b
            | \b(?:we|I)\s+(?:really\s+|truly\s+)?appreciate\s+(?:your|the)\s+(?:feedback|patience
              |understanding|business|comments)\b
            # round 13 (issue 14; O, M, t7): continued support and the
            # customer's frustration appreciated, fitting any message
            | \b(?:we|I)\s+(?:do\s+|really\s+|truly\s+|greatly\s+)?appreciate\s+(?:your|the)\s+(?:continued|ongoing|continuing)\s+
              (?:support|custom|loyalty|business|patience|patronage)\b
            | \b(?:we|I)\s+(?:do\s+|really\s+|truly\s+|completely\s+)?appreciate\s+(?:your|the)\s+frustration\b
            # round 13 (issue 14; K+L, N, Q, t6, t10, t11): understanding
            # that fits any message, with "I" as well as "we", and the bare
            # formula closing its sentence ("I understand." but not "I
            # understand the parcel went to the wrong door").
            | \bI\s+(?:do\s+|completely\s+|totally\s+|fully\s+|really\s+|absolutely\s+)?understand\s+(?:your\s+|the\s+)?
              (?:frustration|concerns?|disappointment|annoyance|point|situation|feelings?)(?=\s*(?:[.!,;]|and\b|\s*$))
            | \b(?:I|we)\s+(?:do\s+|completely\s+|totally\s+|fully\s+)?understand(?=\s*[.!](?:\s|$))
            | \bI\s+(?:do\s+)?hear\s+(?:what\s+you(?:'re|\s+are)\s+saying|you)(?=\s*[.!,])
            """
        ),
        ("GENERIC_SYMPATHY_DM",),
        "sorry apologise apologize understand sharing taking providing bringing appreciate hear",
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
        "dm pm direct private",
    ),
}

#: The words an open pattern of each kind can start with: the pattern is
#: tried only where a sentence has one of them.
_OPEN_STARTS: dict[StockKind, frozenset[str]] = {
    kind: frozenset(words.split())
    for kind, words in {
        StockKind.FORMAL: "please i details we",
        StockKind.OPENER: "thank thanks we i we've i've hello welcome how",
        StockKind.VALUE: (
            "we i is are this thank we're our the best highest at your customer helps help "
            "will allows allow enables enable always constantly continually did"
        ),
        StockKind.HELP_OFFER: "we're we i'm i help here happy we'd",
        StockKind.DEFLECTION: (
            "visit see review refer check consult go head log take for please "
            "information details answers guides can is are you you'll you'd where explore "
            "read all full more further has have the follow find join did reach write email e-mail contact get"
        ),
        StockKind.CLOSER: "is anything have please don't do let if we happy i feel",
        StockKind.RECEIPT: "your a in we we'll i'll experiencing receiving please this has have will "
        "our the i'm choose select pick office opening business working "
        "are is if i your for",
        StockKind.TROUBLESHOOTING: "make clear if try restart reboot power check reinstall re-install "
        "uninstall delete contact",
        StockKind.SYMPATHY: "we're we i'm i sorry so thank",
        StockKind.DM: "please send dm reach",
    }.items()
}
#: A number slot in a lexicon phrase.
_NUM = "{n}"
_NUMBER_WORDLIST = (
    "a an one two three four five six seven eight nine ten eleven twelve fourteen "
    "fifteen twenty thirty few couple several"
)
_NUMBER_WORDS = frozenset(_NUMBER_WORDLIST.split())


@functools.cache
def _expand(token: str) -> tuple[str, ...]:
    """
    A text token as the words a lexicon phrase is written in ("i'm" ->
    "i", "am"; "isn't" -> "is", "not").
    """
    if "'" not in token:
        return (token,)
    return tuple(slot[0] for slot in phrase_variants(token)[0])


def _phrase_words(phrase: str) -> tuple[str, ...]:
    words: list[str] = []
    for word in (slot[0] for slot in phrase_variants(phrase)[0]):
        if word == _NUM:
            words.append(_NUM)
        else:
            words += [m.group() for m in _TOKEN.finditer(word.replace("{n}", " "))]
    return tuple(words)


#: A trie node: next word -> node; the empty key holds the kind of a
#: phrase that ends here.
_Node = dict[str, Any]


@functools.cache
def _phrase_trie() -> _Node:
    """
    Every kind's lexicon phrases as a trie of words: matched word by word
    against a sentence's tokens, which costs one dictionary step per word
    where a regular-expression alternation of a few hundred phrases costs a
    scan of every position.
    """
    root: _Node = {}
    for kind, (_, classes, _) in _KINDS.items():
        for name in classes:
            for phrase in _class_phrases(name):
                node = root
                for word in _phrase_words(phrase):
                    node = node.setdefault(word, {})
                node.setdefault("", kind)
    return root


@functools.cache
def _open_index() -> dict[str, tuple[tuple[StockKind, int], ...]]:
    """
    The kinds (and their bits, see `_cue_table`) whose open patterns can
    start at each word.
    """
    bits = {kind: bit for kind, _, bit in _cue_table()}
    out: dict[str, list[tuple[StockKind, int]]] = {}
    for kind, words in _OPEN_STARTS.items():
        for word in words:
            out.setdefault(word, []).append((kind, bits[kind]))
    return {k: tuple(v) for k, v in out.items()}


def _class_phrases(name: str) -> list[str]:
    lex = lexicons()[name]
    out = list(lex.phrases)
    for member in lex.union:
        out += _class_phrases(member)
    return out


def _find(
    tried: int, text: str, lower: str, start: int, end: int
) -> dict[StockKind, list[tuple[int, int]]]:
    """
    The spans of the stock phrases in one sentence, by kind: lexicon
    phrases matched on its tokens (contractions written out), open
    patterns tried at the tokens they can start with. One pass over the
    tokens for all kinds; *tried* (the kinds whose cue words the sentence
    holds) only says that some kind may match.
    """
    found: dict[StockKind, list[tuple[int, int]]] = {}
    raw = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(lower, start, end)]
    if "\u2019" in lower[start:end]:
        raw = [(s, e, t.replace("\u2019", "'")) for s, e, t in raw]
    expanded = [(w, s, e) for s, e, t in raw for w in _expand(t)]
    words_in = [w for w, _, _ in expanded]
    root = _phrase_trie()
    n = len(words_in)
    i = 0
    while i < n:
        node = root
        matched = 0
        kind = None
        j = i
        while j < n:
            word = words_in[j]
            nxt = node.get(word)
            if nxt is None and (word.isdigit() or word in _NUMBER_WORDS):
                nxt = node.get(_NUM)
            if nxt is None:
                break
            node = nxt
            j += 1
            if "" in node:
                matched, kind = j - i, node[""]
        if kind is not None:
            found.setdefault(kind, []).append(
                (expanded[i][1], expanded[i + matched - 1][2])
            )
        i += matched or 1
    opens = _open_index()
    last: dict[StockKind, int] = {}
    for s, _, token in raw:
        for kind, bit in opens.get(token, ()):
            if not tried & bit or s < last.get(kind, -1):
                continue
            m = _KINDS[kind][0].match(text, s, end)
            if m is not None:
                found.setdefault(kind, []).append(m.span())
                last[kind] = m.end()
    return found


#: Support vocabulary that says nothing about this customer's case: a
#: stock line with a few of these besides its stock phrase is still stock.
_STOCK_VOCABULARY = """
    thank thanks contact contacting reaching getting touch writing message email
    team support customer customers service services care please help further more agent
    assistance today anything else assist great wonderful lovely always valued
    experience sorry inconvenience received member will review back details soon
    possible forward questions feel free glad also here there with your this that
    from have they them their were been being would could should about into just
    what when where which while
"""
_STOCK_WORDS = frozenset(_STOCK_VOCABULARY.split())
#: More content words than this outside stock vocabulary make a line content.
_OWN_WORDS = 3
#: ... and than this a line whose only stock phrase is a brand-value one.
_OWN_VALUE_WORDS = 6
#: Numbers that belong to a stock line rather than to the customer's case:
#: a service-level promise to everyone ("we aim to respond to all enquiries
#: within 3 working days"), "24/7".
_STOCK_NUMBER = regex.compile(
    r"\b24/7\b|\b(?:respond|reply|resolve|answer|deal\s+with|process)\s+(?:to\s+)?(?:all|most)\s+"
    r"(?:[\w-]+\s+)?(?:enquiries|inquiries|queries|emails|complaints|messages|requests|claims"
    r"|tickets|cases)\s+within\s+\d+|\b(?:resolve|respond\s+to|answer)\s+(?:complaints|enquiries"
    r"|inquiries|queries)\s+within\s+\d+"
    r"|\b(?:office|opening|business|working)\s+hours\s+are\b[^.!?\n]{0,80}"
    r"|\b(?:respond|reply|get\s+back\s+to\s+you)\s+within\s+\d+",
    regex.IGNORECASE,
)


def _own_number(text: str, start: int, end: int) -> bool:
    """
    Whether *text[start:end]* holds a number of its own: one not part of a
    link or code, nor of a stock service-level line (`_STOCK_NUMBER`).
    """
    first = _NUMBER.search(text, start, end)
    if first is None:
        return False
    taken = [m.span() for m in _STOCK_NUMBER.finditer(text, start, end)]
    if not taken:
        return True
    return any(
        not any(s <= m.start() < e for s, e in taken)
        for m in _NUMBER.finditer(text, first.start(), end)
    )


_WORD = regex.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_TOKEN = regex.compile(r"\w+(?:['\u2019]\w+)*")
#: A number of the sentence's own: a digit that starts a token, not one in
#: an @handle, a link or a code.
_NUMBER = regex.compile(r"(?<![@/\w.:=?&#%+-])\d")
_LINK = regex.compile(
    r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|io|org|net|co|uk|ie|de|fr)"
    r"(?:/\S*)?|\b[\w-]+\.[a-z]{2,}/\S*|@\w+"
)
_SIGN = regex.compile(r"(?:^|\s)[\^*~\-\u2013\u2014/]\s?[A-Z]{1,4}\w{0,15}\s*$")


@functools.cache
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


#: A sentence with more words than this outside support vocabulary cannot
#: be a stock phrase plus `_OWN_WORDS` of its own: it is content, read
#: without running the stock patterns.
_MAX_PLAIN = 12


#: A character of a word: a line without one is emoji or punctuation.
_WORDED = regex.compile(r"[^\W_]")


def _lines(doc: Document) -> Iterator[StockLine]:
    """
    The sentences of *doc*'s body as stock lines, in order (greetings and
    tweet signatures left out). A sentence with no cue word of any kind,
    a number, or too many words of its own is content, read without
    running the stock patterns.
    """
    text = doc.text
    lower = doc.lower
    table = _cue_table()
    for start, end, words in _body_sentences(doc):
        # The kinds whose cue words the sentence holds, as bits.
        tried = 0
        for _, cues, bit in table:
            if not cues.isdisjoint(words):
                tried |= bit
        if tried and (_own_number(text, start, end) or _plain(words) > _MAX_PLAIN):
            tried = 0
        found = _find(tried, text, lower, start, end) if tried else {}
        if not found:
            # Round 13 (issue 14; N, t6, t8): a line of emoji or
            # punctuation alone ("🐾", "🥖✨") says nothing of its own.
            if not _GREETING.fullmatch(text, start, end) and _WORDED.search(
                text, start, end
            ):
                yield StockLine(start, end, frozenset(), False)
            continue
        spans = [span for spans in found.values() for span in spans]
        # A brand-value line is about the company whatever its complement
        # ("committed to making our marketplace a safe place for everyone").
        limit = _OWN_VALUE_WORDS if set(found) == {StockKind.VALUE} else _OWN_WORDS
        stock = _own_words(text, start, end, spans) <= limit
        yield StockLine(start, end, frozenset(found), stock)


def _plain(words: frozenset[str]) -> int:
    """
    How many of a sentence's words are longer than three letters and not
    support vocabulary.
    """
    return sum(1 for w in words if len(w) > 3 and w not in _STOCK_WORDS)


@functools.cache
def _cue_table() -> tuple[tuple[StockKind, frozenset[str], int], ...]:
    """
    Each kind with its cue words and a bit of its own.
    """
    return tuple((kind, _cues(kind), 1 << i) for i, kind in enumerate(_KINDS))


def read_stock(doc: Document) -> tuple[StockLine, ...]:
    """
    The sentences of *doc*'s body, each with the stock kinds it holds and
    whether it is a stock line as a whole (see the module docstring).
    Greetings ("Hi there!") and tweet signatures are left out.
    """
    return tuple(_lines(doc))


def read_all_stock(doc: Document) -> tuple[StockLine, ...] | None:
    """
    The body's stock lines when every sentence is one and there are at
    least two, else None: the reading stops at the first line of content,
    which in most replies is the first or second sentence.
    """
    # A cheap pass first: every sentence must hold a cue word, no number
    # of its own and few words of its own (plain set look-ups, no
    # patterns); most replies fail it at their first line of content.
    text = doc.text
    cue_words = _all_cues()
    body = list(_body_sentences(doc))
    if len(body) < 2:
        return None  # a macro is at least two stock lines
    for start, end, words in body:
        if cue_words.isdisjoint(words) and not _GREETING.fullmatch(text, start, end):
            return None
        if _plain(words) > _MAX_PLAIN or _own_number(text, start, end):
            return None
    out = []
    for line in _lines(doc):
        if not line.stock:
            return None
        out.append(line)
    return tuple(out)


@functools.cache
def _all_cues() -> frozenset[str]:
    return frozenset().union(*(cues for _, cues, _ in _cue_table()))


_GREETING = _c(
    r"""
    (?:thank\s+you|thanks|great\s+question|good\s+question)(?:\s+(?:so|very)\s+much)?\s*[.!]*
    |
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


def all_stock_lines(doc: Document) -> tuple[StockLine, ...] | None:
    """
    `read_all_stock`, computed once per document.
    """
    return doc.memo(read_all_stock)
