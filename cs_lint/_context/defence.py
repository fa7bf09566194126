"""
Defences: where a reply argues for the company instead of helping, without
the textbook words ("not our fault", "company policy").

Replies written outside the team defend in statements that sound factual:
the staff followed the process ("our team were following the correct
transfer process"), the system did what it was set up to do, the product
passes rigorous testing, most customers are happy with it, "we don't lose
documents"; they hand the problem to someone else ("that's between you and
them", "the restaurants are solely responsible for…", "as a marketplace we
don't…", "we simply process what we receive"); they disown it ("nothing we
can control", "not something I deal with"); or they call it normal ("delays
are sometimes unavoidable", "in fairness, we've had a huge volume").
`defences(doc)` reads these constructions once per document and the
defensiveness rules report them by kind:

- ``vindicate``: the company, its staff, system or product declared right
  (CS605, arguing with the customer);
- ``account``: our side's account or compliance given as the answer ("our
  driver confirmed he delivered it", "the charge is in line with our
  tariff") — CS605, a defence only when nothing is done about it;
- ``deflect``: the responsibility placed with someone else (CS606);
- ``disown``: the agent declaring the problem outside its reach (CS604);
- ``normalise``: the failure called unavoidable or excused by fairness
  (CS603, making excuses).

Cost: each construction runs only over the sentences whose words meet its
needs, all of them found in one pass over the words of the reply and of each
sentence (`cs_lint._context.constructions.Constructions`). Questions, conditions, the
customer's words reported back, negation in scope and the agent owning the
failure in the same sentence ("…, and I'm sorry they didn't") keep a
candidate silent; whether a way forward offered elsewhere excuses it is the
reporting rule's call (a deflection followed by "I've chased them" is
help; a vindication followed by "send us photos" is still a defence).
"""

from __future__ import annotations

from typing import Final, Literal

import attrs

from cs_lint._context.constructions import Construction, Constructions, all_of, by_kind
from cs_lint._context.constructions import construction as _construction
from cs_lint._context.reply import is_question, reported_frame, sentence_window
from cs_lint._text.document import Document
from cs_lint._text.lexicons import cues
from cs_lint._text.patterns import compile_pattern, source_of


DefenceKind = Literal["vindicate", "account", "deflect", "disown", "normalise"]


@attrs.frozen
class Defence:
    """
    One defence construction: its kind and the span to report.
    """

    kind: DefenceKind
    start: int
    end: int
    #: A rhetorical question or a third party's counterfactual: the
    #: construction itself is a question or an "if", so the reporting
    #: rule must not skip it as one.
    framed: bool = False


_STAFF = (
    r"(?:staff|team|teams|agents?|advis[eo]rs?|colleagues?|employees|engineers?|drivers?|crew|representatives?"
    r"|reps?|consultants?|technicians?|installers?|fitters?|contractors?|couriers?|nurses?|doctors?|officers?"
    r"|receptionists?|pilots?|people|specialists?|inspectors?|assessors?|underwriters?|handlers?|stylists?"
    r"|hairdressers?|chefs?|cooks?|cleaners?|builders?|plumbers?|electricians?|surveyors?|therapists?|guides?"
    r"|waiters?|waitresses|servers?|baristas?|movers?|packers?|developers?|designers?|mechanics?|vets?|pharmacists?"
    r"|dentists?|instructors?|tutors?|teachers?|stewards?|cabin\s+crew|security\s+staff|operatives?|workers?)"
)
#: Who is defended: our people (any words between "our" and the noun).
_OURS_NP = (
    r"(?:(?:our|the|my|previous|those|these)\s+(?:[\w-]+\s+){0,2}?"
    + _STAFF
    + r"|we|they|he|she)"
)
_RULEBOOK = (
    r"(?:process|processes|procedure|procedures|guidelines|guidance|protocol|protocols|contract|rules|policy"
    r"|policies|instructions|regulations|standards|terms|checklist|steps|script)"
)

_VINDICATE = _construction(
    r"""
    # our team were following the correct transfer process; they followed the contract
    # correctly (the present, "our engineers follow strict procedures", reassures)
    \b<OURS_NP>\s+(?:were\s+|was\s+|are\s+|is\s+|have\s+|has\s+|had\s+)?(?:always\s+|simply\s+|just\s+|only\s+
      |fully\s+|strictly\s+|carefully\s+|correctly\s+)?(?:followed|following|adhered\s+to|adhering\s+to
      |complied\s+with|complying\s+with|stuck\s+to|sticking\s+to|kept\s+to|applied)\s+
      (?:the\s+|our\s+|all\s+|their\s+|every\s+)?(?:correct\s+|proper\s+|right\s+|strict\s+|standard\s+|established
      \s+|agreed\s+|usual\s+|same\s+|required\s+|relevant\s+)?(?:[\w-]+\s+){0,2}?<RULEBOOK>\b
    # the system did exactly what it was configured to do
    | \b(?:system|app|software|platform|tool|meter|machine|algorithm|billing|checkout|website|site|filter|product
      |device|charger|process|account|router)\s+(?:did|worked|behaved|performed|responded|functioned|acted|is\s+working
      |was\s+working|is\s+behaving|was\s+behaving)\s+(?:exactly\s+|precisely\s+|just\s+)?(?:what|as|how)\s+
      (?:it|it's|it\s+is|it\s+was|it\s+has\s+been)\s+(?:\w+\s+)?(?:configured|designed|set\s+up|supposed|meant|intended
      |built|programmed)\b
    # our shoes pass rigorous quality testing
    | \b(?:pass|passes|passed|undergo|undergoes|underwent|go\s+through|goes\s+through|went\s+through|are\s+subject
      \s+to|is\s+subject\s+to)\s+(?:our\s+|the\s+|a\s+)?(?:\w+\s+)?(?:rigorous|strict|stringent|extensive|thorough
      |careful|multiple|several|robust|independent)\s+(?:\w+\s+)?(?:testing|tests|checks|inspections?|quality\s+control
      |QC|safety\s+checks|quality\s+checks|audits?)\b
      # …as the argument: "…, so this kind of damage usually comes from wear"
      (?=[^.!?\n]{0,60}?(?:,\s*|\s)(?:so|which\s+means|meaning|and\s+(?:it|they|this)\s+(?:shouldn't|should\s+not
      |can't|cannot|wouldn't|would\s+not|don't|do\s+not)|and\s+we\s+(?:have|had)\s+(?:never|no))\b)
    # our consultants are highly experienced and ...; our engineers are fully trained and ...
    | \b(?:our|the)\s+(?:[\w-]+\s+)?<STAFF>\s+(?:are|is|were)\s+(?:all\s+)?(?:very\s+|highly\s+|fully\s+|extremely
      \s+|well\s+|properly\s+)(?:experienced|trained|qualified|skilled|vetted|certified)\b
      (?=\s+(?:and|,|;)\s)
    # which is the right priority in an incident
    | \b(?:which|that|this)\s+(?:is|was)\s+(?:absolutely\s+|always\s+|definitely\s+|exactly\s+|quite\s+rightly\s+)?
      (?:the\s+)?(?:right|correct|appropriate|proper)\s+(?:priority|call|decision|approach|thing\s+to\s+do
      |course\s+of\s+action|order\s+of\s+priorities|response)\b
    # we don't lose documents; the system doesn't ban accounts for no reason
    | \b(?:we|our\s+(?:[\w-]+\s+)?(?:team|staff|system|systems|engineers|drivers|couriers|office|warehouse))\s+
      (?:simply\s+|just\s+)?(?:don't|do\s+not|never|doesn't|does\s+not)\s+(?:lose|misplace|mislay|make\s+(?:mistakes
      |errors)|get\s+(?:these|this|things|it)\s+wrong|overcharge|mis-?charge|double[-\s]charge)\b
    | \b(?:doesn't|does\s+not|don't|do\s+not|wouldn't|would\s+not|won't|will\s+not|never)\s+(?:\w+\s+){1,3}?
      (?:for\s+no\s+reason|without\s+(?:a\s+)?(?:good\s+|valid\s+)?reason|randomly|at\s+random)\b
    # most customers find it accurate; many guests enjoy being close
    | \b(?:most|many|the\s+majority\s+of|plenty\s+of|lots\s+of|thousands\s+of|our\s+other|other)\s+(?:of\s+our\s+)?
      (?:customers|guests|users|buyers|members|clients|diners|passengers|patients|shoppers|residents|visitors)\s+
      (?:find\s+(?:it|them|this|that|the\s+[\w-]+)\s+(?:very\s+|perfectly\s+|really\s+)?(?:accurate|fine|comfortable
      |true\s+to\s+size|reliable|correct|clear|great|perfect|spot\s+on|ok|okay|acceptable|fair)
      |(?:really\s+)?(?:enjoy|enjoyed|love|loved|like|liked|appreciate|prefer)(?!\s+to\b)
      |(?:are|were)\s+(?:very\s+|perfectly\s+)?(?:happy|satisfied|pleased|fine)\s+with
      |(?:have|had)\s+(?:had\s+)?no\s+(?:problems?|issues?|trouble|complaints?))\b
    # contractors are required to leave sites safe, which they have done
    | \b(?:are|is|were|was)\s+(?:required|obliged|trained|expected|instructed)\s+to\s+[^.!?\n]{1,60}?,?\s+
      (?:which|and)\s+(?:they|he|she|we|it)\s+(?:have|has|had|did)(?:\s+done)?(?:\s+(?:so|here|this\s+time|in\s+this\s+case))?
      \s*[.!;]
    """.replace("<OURS_NP>", _OURS_NP)
    .replace("<RULEBOOK>", _RULEBOOK)
    .replace("<STAFF>", _STAFF),
    needs=(
        all_of(
            "followed following adhered adhering complied complying stuck sticking kept applied",
            "process processes procedure procedures guidelines guidance protocol protocols contract "
            "rules policy policies instructions regulations standards terms checklist steps script",
        ),
        all_of(
            "did worked behaved performed responded functioned acted working behaving",
            "configured designed set supposed meant intended built programmed",
            "what as how",
        ),
        all_of(
            "pass passes passed undergo undergoes underwent through subject",
            "rigorous strict stringent extensive thorough careful multiple several robust independent",
            "so means meaning and",
        ),
        all_of(
            "experienced trained qualified skilled vetted certified",
            "very highly fully extremely well properly",
            "are is were",
        ),
        all_of(
            "right correct appropriate proper",
            "priority call decision approach thing course priorities response",
            "which that this",
        ),
        all_of(
            "lose misplace mislay mistakes errors wrong overcharge mischarge mis-charge double",
            "don't not never doesn't",
            "we our",
        ),
        all_of(
            "reason randomly random",
            "no without at",
            "doesn't not don't wouldn't won't never",
        ),
        all_of(
            "most many majority plenty lots thousands other",
            "customers guests users buyers members clients diners passengers patients shoppers "
            "residents visitors",
            "find enjoy enjoyed love loved like liked appreciate prefer happy satisfied pleased "
            "fine problem problems issue issues trouble complaint complaints",
        ),
        all_of(
            "required obliged trained expected instructed",
            "which and",
            "have has had did",
        ),
    ),
)

_DEFLECT = _construction(
    r"""
    # that's really between you and them
    \b(?:that's|that\s+is|it's|it\s+is|this\s+is|that\s+would\s+be|it\s+would\s+be)\s+(?:really\s+|strictly\s+
      |very\s+much\s+|something\s+|a\s+matter\s+|one\s+)?between\s+(?:you|yourself)\s+and\s+(?:them|the\s+[\w-]+
      |your\s+[\w-]+|him|her)\b
    # restaurants are solely responsible for the food
    | \b(?:they|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+s|it)\s+(?:are|is|remain|remains|were|was)\s+(?:solely|entirely
      |fully|wholly|ultimately|independently|themselves)\s+(?:responsible|liable|accountable)\s+for\b
    # as a marketplace we don't handle food
    | \bas\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:marketplace|platform|intermediary|reseller|booking\s+agent|agent|broker
      |retailer|comparison\s+site|aggregator|middleman|payment\s+processor|introducer)\s*,?\s+(?:we|I)\s+(?:do\s+not
      |don't|are\s+not|aren't|cannot|can't|have\s+no|never|only)\b
    # the billing office simply processes what we receive
    | \b(?:we|I|they|the\s+[\w-]+(?:\s+(?:office|team|department|desk))?)\s+(?:simply|just|only|merely)\s+
      (?:process|processes|processed|pass\s+on|passes\s+on|forward|forwards|act\s+on|acts\s+on|apply|applies
      |follow|follows|enter|enters|use|uses)\s+(?:what|whatever|the\s+(?:information|codes|details|instructions
      |data))\s+(?:we|they|I|it)(?:'re|'m|'s)?\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:receive|receives|received|get
      |gets|given|sent|told)\b
    """,
    needs=(
        all_of("between", "you yourself", "them the your him her"),
        all_of(
            "solely entirely fully wholly ultimately independently themselves",
            "responsible liable accountable",
        ),
        all_of(
            "as",
            "marketplace platform intermediary reseller agent broker retailer site aggregator "
            "middleman processor introducer",
            "not don't aren't cannot can't no never only",
        ),
        all_of(
            "simply just only merely",
            "process processes processed pass passes forward forwards act acts apply applies "
            "follow follows enter enters use uses",
            "receive receives received get gets given sent told",
        ),
    ),
)

_DISOWN = _construction(
    r"""
    # nothing we can control; not something I deal with
    \b(?:nothing|not\s+something|not\s+anything|isn't\s+something|isn't\s+anything|aren't\s+something
      |aren't\s+anything|is\s+not\s+something|are\s+not\s+something|not\s+a\s+thing|not\s+an\s+area)\s+(?:that\s+)?
      (?:I|we|my\s+team|our\s+team|this\s+team)\s+(?:can\s+|could\s+|are\s+able\s+to\s+|am\s+able\s+to\s+|have\s+any\s+
      |have\s+)?(?:control|influence|deal\s+with|deals\s+with|handle|handles|cover|covers|look\s+after
      |looks\s+after|manage|manages|work\s+on|get\s+involved\s+in
      |have\s+(?:any\s+)?(?:control|say|access)|(?:any\s+)?control\s+over|comment\s+on)\b
    | \b(?:we|I)(?:'re|\s+are|'m|\s+am)\s+not\s+in\s+a\s+position\s+to\s+(?:comment|say|judge|intervene|question
      |get\s+involved)\b
    """,
    needs=(
        all_of(
            "nothing not isn't aren't",
            "control influence deal deals handle handles cover covers look looks manage manages work "
            "involved say access comment",
            "i we team",
        ),
        all_of("position", "not", "comment say judge intervene question involved"),
    ),
)

_NORMALISE = _construction(
    r"""
    # delays are sometimes unavoidable
    \b(?:are|is|can\s+be|were|was|'re|'s)\s+(?:sometimes\s+|often\s+|occasionally\s+|simply\s+|just\s+|totally\s+
      |completely\s+|unfortunately\s+|always\s+|inevitably\s+)?(?:unavoidable|inevitable|to\s+be\s+expected
      |par\s+for\s+the\s+course|bound\s+to\s+happen|part\s+and\s+parcel)\b
    # in fairness, we've had a huge volume
    | \b(?:in\s+(?:all\s+)?fairness|to\s+be\s+fair)(?:\s+to\s+(?:us|our\s+[\w-]+|the\s+[\w-]+|them|him|her|me))?\s*,?\s+
      (?:we|our|the|it|they|he|she|this|that|there)\b
    """,
    needs=(
        all_of(
            "unavoidable inevitable expected course happen parcel",
            "are is be were was 're 's",
        ),
        all_of("fairness fair", "in be"),
    ),
)

#: Quality and inspection claims about what is ours: "our kitchen passed
#: its last inspection", "all our products are checked before dispatch";
#: contradicting the customer's account: "that's not what you told us".
_VINDICATE_RECORD = _construction(
    r"""
    \bour\s+(?:[\w-]+\s+){1,2}?(?:passed|passes|has\s+passed|have\s+passed)\s+(?:its|their|our|the|every|all)\s+
      (?:last\s+|latest\s+|recent\s+|most\s+recent\s+|annual\s+|regular\s+)?(?:\w+\s+)?(?:inspection|inspections|audit
      |audits|checks|test|tests|assessment|review)\b
    | \b(?:all|every|each)\s+(?:one\s+)?(?:of\s+)?our\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:is|are
      |gets|get|goes|go)\s+(?:\w+\s+)?(?:checked|tested|inspected|quality[\s-]checked|cleaned|sanitised|sanitized
      |verified|through\s+(?:a\s+)?(?:\w+\s+)?(?:check|checks|inspection|testing))\b
    | \b(?:that's|that\s+is|this\s+is|that\s+was|this\s+was|it's|it\s+is)\s+not\s+what\s+(?:you|u)\s+(?:told|said\s+to
      |said|wrote|mentioned|agreed)\b
    """,
    needs=(
        all_of(
            "passed passes",
            "inspection inspections audit audits checks test tests assessment review",
            "our",
        ),
        all_of(
            "all every each",
            "checked tested inspected quality cleaned sanitised sanitized verified through",
            "our",
        ),
        all_of("what", "told said wrote mentioned agreed", "not"),
    ),
)

#: Our side's account or compliance given as the answer — a defence only
#: when nothing is done about the complaint: "our driver confirmed he
#: delivered it to the door", "the charge is in line with our tariff", "we
#: acted within the terms of your policy", "our system shows the payment
#: was taken correctly", "our advisor gave the correct information".
_ACCOUNT = _construction(
    r"""
    \b(?:our|the)\s+(?:driver|courier|engineer|technician|agent|advis[eo]r|staff\s+member|colleague|crew|team|rep
      |representative|fitter|installer|nurse|doctor|officer|manager|store|branch|warehouse)\s+(?:has\s+)?(?:confirmed
      |confirms|says|said|states|stated|reports|reported|advised\s+me|has\s+advised\s+me|told\s+me|has\s+told\s+me)\s+
      (?:that\s+)?(?:he|she|they|it|the\s+(?:parcel|order|item|package|delivery|work|job|repair))\s+(?:was|were|did|had|has
      |have|delivered|knocked|left|arrived|called|rang|attended|followed|completed|fitted|installed|waited|tried)\b
    | \b(?:we|I|our\s+[\w-]+|the\s+(?:[\w-]+\s+)?(?:charge|fee|price|bill|amount|decision|penalty|premium|rate|deduction|fine))\s+
      (?:acted|was|were|is|are|has\s+been|have\s+been|remains?)\s+(?:entirely\s+|fully\s+|completely\s+|well\s+
      |strictly\s+)?(?:in\s+line\s+with|within\s+the\s+terms\s+of|in\s+accordance\s+with|consistent\s+with
      |compliant\s+with)\s+(?:our|the|your)\b
    | \b(?:system|records|account|logs)\s+(?:shows?|confirms?|indicates?)\s+(?:that\s+)?(?:the|your)\s+(?:[\w-]+\s+){1,3}?
      (?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:correctly|properly|accurately|as\s+(?:normal|expected
      |agreed))\b
    | \b(?:our|the)\s+(?:[\w-]+\s+)?<STAFF>\s+(?:gave|provided|quoted|applied|charged|handled|processed)\s+(?:you\s+)?
      (?:the\s+)?(?:correct|right|accurate|proper)\b
    """.replace("<STAFF>", _STAFF),
    needs=(
        all_of(
            "driver courier engineer technician agent adviser advisor member colleague crew team rep "
            "representative fitter installer nurse doctor officer manager store branch warehouse",
            "confirmed confirms says said states stated reports reported advised told",
        ),
        all_of("line terms accordance consistent compliant", "with of"),
        all_of(
            "system records account logs",
            "show shows confirm confirms indicate indicates",
            "correctly properly accurately normal expected agreed",
        ),
        all_of(
            "gave provided quoted applied charged handled processed",
            "correct right accurate proper",
        ),
    ),
)

_DISOWN_CONTROL = _construction(
    r"""
    \b(?:outside|beyond)\s+(?:of\s+)?(?:our|my|the\s+(?:store's|team's|company's|branch's))\s+(?:direct\s+)?(?:control
      |remit|hands)\b
    """,
    needs=(all_of("outside beyond", "control remit hands"),),
)

_NORMALISE_NATURE = _construction(
    r"""
    \b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:just\s+|simply\s+|unfortunately\s+|sadly\s+)?(?:the\s+nature\s+of
      |part\s+and\s+parcel\s+of|what\s+happens\s+(?:with|in|during|at|when))\b
    | \b(?:we're|we\s+are|we've\s+been)\s+(?:doing|trying)\s+our\s+(?:best|utmost)\s+(?:with|given|under)\b
    | (?<!\b(?:unlike|than|to|with)\s)\b(?:every|all|any\s+other|most|other)\s+(?:other\s+)?(?:hotel|airline|bank|retailer|shop|store|provider|network
      |company|business|supplier|operator|carrier|courier|insurer|landlord|restaurant|venue|gym|website|platform|lender
      |garage|agency)s?(?:\s+(?:in|on|at|across|around|near)\s+(?:\w+\s+){0,3}?\w+)?\s+(?:always\s+|also\s+)?
      (?:charges?|does|do|has|have|works?|applies|apply|requires?|asks?|operates?)\b(?!n't|\s+not\b)
    """,
    needs=(
        all_of("nature parcel what", "of happens"),
        all_of("best utmost", "doing trying", "with given under"),
        all_of(
            "every all other most",
            "hotel hotels airline airlines bank banks retailer retailers shop shops store stores "
            "provider providers network networks company companies business businesses supplier "
            "suppliers operator operators carrier carriers courier couriers insurer insurers landlord "
            "landlords restaurant restaurants venue venues gym gyms website websites platform "
            "platforms lender lenders garage garages agency agencies",
            "charge charges does do has have work works applies apply require requires ask asks "
            "operate operates",
        ),
    ),
)

_DEFLECT_CHANNEL = _construction(
    r"""
    \b(?:made|booked|bought|purchased|ordered|arranged|paid)\s+(?:through|via|with|from|on)\s+(?:a|an|the)\s+
      (?:third[\s-]party|external|partner|different|other|separate)\s+(?:[\w-]+\s+)?(?:site|website|agent|retailer
      |seller|provider|company|app|platform|agency)\b[^.!?\n]{0,40}?\b(?:so|which\s+means)\s+(?:you'll|you\s+will
      |you'd|you\s+would|you)\s+(?:need|have|must|will\s+need)\s+to\b
    """,
    needs=(
        all_of(
            "through via with from on",
            "third-party third external partner different other separate",
            "need have must",
        ),
    ),
)

#: A third pass, from phrasings written after the second: experience and
#: standards met as the defence, our side's evidence ("our driver's photo
#: shows…"), everyone having the same problem, "I'm just the chat team",
#: hard work as the defence, "designed that way", "anyone would have done
#: the same".
_VINDICATE_STANDARD = _construction(
    r"""
    \b(?:our|the)\s+(?:[\w-]+\s+)?<STAFF>\s+(?:have|has|bring)\s+(?:\w+\s+)?(?:years|decades)\s+of\s+(?:experience
      |training)\b
    | \b(?:met|meets|passed|exceeded|exceeds|complied\s+with)\s+(?:every|all|all\s+the|the\s+relevant|all\s+relevant)\s+
      (?:\w+\s+){0,2}?(?:standard|standards|regulation|regulations|requirement|requirements|specification|specifications
      |check|checks)\b(?=[^.!?\n]{0,60}\b(?:when\s+(?:it|they)\s+left|before\s+(?:it|they)\s+left|at\s+(?:the\s+time\s+of\s+)?
      (?:dispatch|delivery|installation|handover)|when\s+(?:it|they)\s+(?:was|were)\s+(?:dispatched|delivered|fitted
      |installed|shipped)))
    | \b(?:our|the)\s+(?:[\w-]+\s+)?<STAFF>\s+(?:work|works|worked)\s+(?:incredibly|extremely|really|very|so|tirelessly)
      \s+hard\b
    | \b(?:is|was|are|were)\s+(?:deliberately\s+|intentionally\s+)?(?:designed|built|set\s+up|made)\s+(?:that|this)\s+way\b
    | \b(?:anyone|anybody|everyone|any\s+(?:other\s+)?[\w-]+)\s+would\s+have\s+(?:made|done|taken)\s+the\s+same\b
    """.replace("<STAFF>", _STAFF),
    needs=(
        all_of("years decades", "experience training", "have has bring"),
        all_of(
            "met meets passed exceeded exceeds complied",
            "standard standards regulation regulations requirement requirements specification "
            "specifications check checks",
            "left dispatch delivery installation handover dispatched delivered fitted installed shipped",
        ),
        all_of("work works worked", "hard"),
        all_of("designed built set made", "way"),
        all_of("would", "same", "made done taken"),
    ),
)

_ACCOUNT_EVIDENCE = _construction(
    r"""
    \b(?:our|the)\s+(?:driver|courier|engineer|technician|installer|fitter|crew|agent)(?:'s|s')\s+(?:[\w-]+\s+)?(?:photo|photos
      |report|notes|log|GPS|scan|record|records|timesheet|camera|footage|data)\s+(?:[\w-]+\s+)?(?:shows?|confirms?|says
      |states|proves?)\b
    """,
    needs=(
        all_of(
            "driver's courier's engineer's technician's installer's fitter's crew's agent's drivers' "
            "driver courier engineer technician installer fitter crew agent",
            "photo photos report notes log gps scan record records timesheet camera footage data",
            "show shows confirm confirms says states prove proves",
        ),
    ),
)

_NORMALISE_EVERYONE = _construction(
    r"""
    \b(?:all\s+over\s+the\s+(?:country|world|UK|place)|across\s+the\s+(?:country|industry|sector|UK|board)|everywhere
      |everyone|every\s+[\w-]+)\s+(?:are|is|have\s+been|has\s+been)\s+(?:seeing|having|experiencing|facing|dealing\s+with
      |reporting|getting)\s+(?:the\s+)?(?:same|similar)\b
    """,
    needs=(
        all_of(
            "seeing having experiencing facing dealing reporting getting",
            "same similar",
        ),
    ),
)

_DISOWN_ROLE = _construction(
    r"""
    \bI(?:'m|\s+am)\s+(?:just|only)\s+(?:the|a|an|on\s+the|in\s+the|part\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:team|agent|line
      |desk|department|support|bot|assistant|adviser|advisor)\b
    """,
    needs=(
        all_of(
            "just only",
            "team agent line desk department support bot assistant adviser advisor",
            "i'm am",
        ),
    ),
)

#: A fourth pass (batch 5, scored before these were added): rankings and
#: nobody else having a problem, "our hands are full", "we just pack the
#: boxes" beside whoever handles the rest, "did exactly what was on the
#: card", "we do our absolute best" and "a family business", "it wasn't a
#: person", "that's the way the industry works", "every supermarket has
#: the same policy".
_VINDICATE_PRAISE = _construction(
    r"""
    \b(?:we're|we\s+are|we've\s+been|we\s+were|our\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|has\s+been|have\s+been))\s+
      (?:consistently\s+|regularly\s+|repeatedly\s+)?(?:rated|ranked|voted)\s+(?:among\s+|as\s+|one\s+of\s+)?(?:the\s+)?
      (?:best|top|number\s+one|highest)\b
    | \b(?:nobody|no\s+one|no-one|no\s+other\s+[\w-]+)\s+(?:else\s+)?(?:has|have|had)\s+(?:ever\s+)?(?:had|reported|raised
      |mentioned)\s+(?:a|any)\s+(?:problem|problems|issue|issues|complaint|complaints|trouble)\b
    | \b<OURS_NP>\s+(?:did|followed|delivered|made|cut|fitted|installed|built|cooked|prepared|carried\s+out)\s+exactly\s+
      (?:what|as)\b
    | \bwe\s+(?:always\s+|really\s+)?(?:do|try|did|tried)\s+our\s+(?:absolute\s+|very\s+)?(?:best|utmost)\b(?!\s+to\b)
    | \b(?:we're|we\s+are)\s+(?:just\s+|only\s+)?(?:a|an)\s+(?:small\s+|local\s+)?(?:family|independent|family-run
      |local|one-person|two-person)\s+(?:business|company|team|shop|firm|operation)\b
    """.replace("<OURS_NP>", _OURS_NP),
    needs=(
        all_of("rated ranked voted", "best top one highest", "we're we we've our"),
        all_of(
            "nobody no-one one other",
            "problem problems issue issues complaint complaints trouble",
            "had reported raised mentioned",
        ),
        all_of(
            "exactly",
            "did followed delivered made cut fitted installed built cooked prepared carried",
        ),
        all_of("best utmost", "do try did tried", "our"),
        all_of(
            "family independent family-run local one-person two-person",
            "business company team shop firm operation",
        ),
    ),
)

_DISOWN_SCOPE = _construction(
    r"""
    \b(?:handles|deals\s+with|takes\s+care\s+of|is\s+responsible\s+for|are\s+responsible\s+for|looks\s+after)\b
      [^.!?\n]{0,80}?\b(?:we|I)\s+(?:just|only|simply|merely)\s+<SCOPE>\b
    | \b(?:we|I)\s+(?:just|only|simply|merely)\s+<SCOPE>\b(?=[^.!?\n]{0,80}\b(?:handles|handle|deals\s+with
      |takes\s+care\s+of|responsible|looks\s+after)\b)
    | \b(?:it\s+)?(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:a\s+person\b|a\s+human\b|anyone\s+here\b|a\s+member\s+of\s+staff\b|personal(?=\s*[.,;!\u2013\u2014-]
      |\s+(?:at\s+all|in\s+any\s+way)))
    """.replace(
        "<SCOPE>",
        r"(?:pack|sell|list|ship|host|provide|supply|make|take\s+the\s+(?:booking|order|payment)"
        r"|process\s+the\s+(?:payment|booking|order)|handle\s+the\s+(?:payment|booking))",
    ),
    needs=(
        all_of(
            "just only simply merely",
            "pack sell list ship host provide supply make take process handle",
            "handles handle deals takes responsible looks",
        ),
        all_of("wasn't not isn't", "person human here personal staff"),
    ),
)

_NORMALISE_WAY = _construction(
    r"""
    \bour\s+hands\s+are\s+(?:full|tied\s+up)\b
    | \b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:just\s+|simply\s+|unfortunately\s+|sadly\s+)?(?:the\s+way|how)\s+
      (?:the\s+)?(?:[\w-]+\s+)?(?:industry|market|sector|world|business|things|travel|airlines|banks|banking|insurance|retail|shipping)\s+
      (?:works?|goes|operates?|is)\b
    | \b(?:every|all|most|other)\s+(?:other\s+)?(?:supermarkets?|gyms?|telecoms?|energy\s+suppliers?|broadband\s+providers?
      |phone\s+companies|letting\s+agents?|schools?|hospitals?|clinics?|councils?|dealers?|dealerships?|brands?|sellers?
      |hotels?|airlines?|banks?|retailers?|shops?|stores?|providers?|networks?|companies|insurers?|lenders?|couriers?)\s+
      (?:has|have|had|uses?|applies|apply|follows?|charges?)\s+(?:the\s+)?(?:same|similar|this|a\s+similar)\b
    """,
    needs=(
        all_of("hands", "full tied", "our"),
        all_of(
            "way how",
            "industry market sector world business things travel airlines banks banking insurance retail shipping",
            "works work goes operates operate is",
        ),
        all_of(
            "every all most other",
            "has have had use uses applies apply follows follow charges charge",
            "same similar this",
        ),
    ),
)

#: A fifth pass (round 5, from the constructions set E's misses named):
#: the agent's role disowned ("I'm only in billing", "tech's a different
#: team", "I don't set the fees", "I just process the payments", "times
#: are set centrally").
_DISOWN_DESK = _construction(
    r"""
    \bI(?:'m|\s+am)\s+(?:just|only|merely)\s+(?:in|on|with|from)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:billing|sales|accounts|finance
      |payments|reception|admin|administration|dispatch|bookings|returns|tech|technical|support|customer\s+service
      |front\s+desk|IT|marketing|collections|claims|lettings|maintenance|team|department|office|desk|side)\b
    | \b(?:that's|that\s+is|it's|it\s+is|they're|they\s+are|[\w-]+'s|[\w-]+\s+(?:is|are))\s+(?:a\s+|an\s+)?(?:completely\s+
      |totally\s+|entirely\s+|whole\s+)?(?:different|separate|another|other)\s+(?:team|teams|department|dept|company
      |business|office|division|organisation|organization|entity)\b
    | \bI\s+(?:don't|do\s+not|didn't|did\s+not)\s+(?:set|make|decide|write|choose|control)\s+(?:the\s+|these\s+|those\s+)?
      (?:fees|prices|pricing|rules|policy|policies|rates|charges|terms|timetable|schedule|deadlines|limits)\b
    | \bI\s+(?:just|only|simply|merely)\s+(?:process|handle|take|collect|enter|log|pass\s+on)\s+(?:the\s+)?(?:payments
      |bookings|orders|calls|requests|applications|forms|money|invoices|complaints)\b(?=\s*(?:[.!;,\-\u2013\u2014]|$))
    | \b(?:times|fees|prices|rates|decisions|deadlines|limits|charges|targets)\s+(?:are|is)\s+(?:all\s+)?(?:set|decided
      |fixed|determined)\s+(?:centrally|nationally|by\s+(?:head\s+office|HQ|the\s+(?:government|ministry|board|council
      |head\s+office|regulator|trust)))\b
    """,
    needs=(
        all_of(
            "just only merely",
            "in on with from",
            "billing sales accounts finance payments reception admin administration dispatch bookings "
            "returns tech technical support service desk it marketing collections claims lettings "
            "maintenance team department office side",
        ),
        all_of(
            "different separate another other",
            "team teams department dept company business office division organisation organization entity",
            "that's is it's they're are",
        ),
        all_of(
            "set make decide write choose control",
            "fees prices pricing rules policy policies rates charges terms timetable schedule deadlines limits",
            "don't do didn't did",
        ),
        all_of(
            "just only simply merely",
            "process handle take collect enter log pass",
            "payments bookings orders calls requests applications forms money invoices complaints",
        ),
        all_of(
            "set decided fixed determined",
            "centrally nationally office hq government ministry board council regulator trust",
        ),
    ),
)

#: The platform disclaimer: "we are a platform and each seller is
#: independent", "the platform is not a party to transactions", "we only
#: deliver it - missing items are down to the restaurant", and a third
#: party's counterfactual ("if the building manager had given our
#: engineer access, you'd have been connected").
_DEFLECT_PLATFORM = _construction(
    r"""
    \b(?:we're|we\s+are|we\s+(?:only|just)\s+act\s+as|we\s+act\s+as)\s+(?:only\s+|just\s+|simply\s+|merely\s+)?(?:a|an|the)\s+
      (?:[\w-]+\s+)?(?:platform|marketplace|intermediary|broker|booking\s+agent|introducer|middleman|aggregator|venue
      |delivery\s+(?:service|partner|platform)|listing\s+site)\b(?=[^.!?\n]{0,70}\b(?:independent|responsible|liable
      |not\s+a\s+party|separate|their\s+own|directly\s+with)\b)
    | \b(?:each|every|all|our|the)\s+(?:[\w-]+\s+)?(?:sellers?|vendors?|merchants?|hosts?|restaurants?|partners?
      |providers?|landlords?|operators?|traders?|shops?)\s+(?:is|are)\s+(?:an?\s+)?(?:fully\s+|entirely\s+|completely\s+)?
      independent(?:\s+(?:business|businesses|company|companies|traders?|sellers?))?\b
    | \b(?:the\s+platform|we|the\s+company|the\s+site|the\s+marketplace|[\w-]+)\s+(?:is|are)\s+not\s+(?:a\s+)?part(?:y|ies)\s+
      to\b
    | \b(?:is|are|was|were|'s|'re)\s+(?:all\s+|entirely\s+|completely\s+|purely\s+)?down\s+to\s+(?:them|the\s+(?:[\w-]+\s+)?
      (?:restaurants?|sellers?|couriers?|shops?|stores?|vendors?|merchants?|hosts?|partners?|manufacturers?|banks?
      |airlines?|landlords?|drivers?|carriers?|kitchens?|suppliers?|venues?))\b
    | \b(?:we|I)\s+(?:only|just|simply|merely)\s+(?:deliver|ship|transport|carry|collect|drop\s+off)\s+(?:it|them|the\s+[\w-]+
      |orders?|parcels?|food)\b(?=[^.!?\n]{0,4}[.;,\-\u2013\u2014])
    | \bif\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:manager|landlord|building|agent|courier|bank|seller|council|supplier
      |owner|neighbou?r|concierge|caretaker|contractor|management|freeholder|network)\s+had\s+(?:[\w,]+\s+){1,8}?
      (?:you|it|this|we|the\s+[\w-]+)(?:'d|\s+would)\b
    """,
    needs=(
        all_of(
            "platform marketplace intermediary broker agent introducer middleman aggregator venue "
            "delivery site",
            "independent responsible liable party separate own directly",
            "we're we",
        ),
        all_of(
            "independent",
            "seller sellers vendor vendors merchant merchants host hosts restaurant restaurants partner "
            "partners provider providers landlord landlords operator operators trader traders shop shops",
        ),
        all_of("party parties", "not"),
        all_of(
            "down",
            "them restaurant restaurants seller sellers courier couriers shop shops store stores vendor "
            "vendors merchant merchants host hosts partner partners manufacturer manufacturers bank "
            "banks airline airlines landlord landlords driver drivers carrier carriers kitchen "
            "kitchens supplier suppliers venue venues",
        ),
        all_of(
            "only just simply merely",
            "deliver ship transport carry collect drop",
            "we i",
        ),
        all_of(
            "if",
            "manager landlord building agent courier bank seller council supplier owner neighbour "
            "neighbor concierge caretaker contractor management freeholder network",
            "would you'd it'd we'd",
        ),
    ),
)

#: Credentials and track record as the defence: "I've been a landlord for
#: 20 years", "never had a single complaint", "rated 4.7 by most
#: customers", "uptime this quarter is 99.95%", "well within the SLA",
#: "staff followed the policy to the letter", and the rhetorical "what
#: else were we supposed to do?" (a question that is the defence itself).
_VINDICATE_RECORD_R5 = _construction(
    r"""
    \b(?:I've|I\s+have|we've|we\s+have)\s+been\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:<STAFF>|landlords?|owners?|managers?
      |agents?|practitioners?|professionals?|tradesm[ae]n|traders?|business|company)|in\s+(?:this|the)\s+(?:trade|business
      |industry|job|role|profession|game)|doing\s+this(?:\s+job)?|running\s+(?:this|the)\s+[\w-]+|trading)\s+for\s+
      (?:over\s+|more\s+than\s+|nearly\s+|almost\s+|well\s+over\s+)?(?:\d+|ten|fifteen|twenty|thirty|forty|fifty|many
      |several)\s+years\b
    | \b(?:never|not\s+once)\s+(?:had|received)\s+(?:a\s+single\s+(?:complaint|problem|issue)|(?:a|any)\s+complaints?)\b
    | \b(?:rated|scored)\s+(?:an?\s+)?(?:\d(?:\.\d)?|five)\s*(?:stars?\s+|/\s*5\s+|out\s+of\s+(?:5|five)\s+)?(?:by|on|from)\b
    | \b(?:uptime|availability|reliability|on-time\s+(?:rate|performance))\s+(?:this|last|over\s+the(?:\s+last)?)\s+\w+\s+
      (?:is|was|has\s+been|stands\s+at)\s+\d{2}(?:\.\d+)?\s*%
    | \bwell\s+within\s+(?:the|our|your)\s+(?:[\w-]+\s+)?(?:SLA|service\s+level(?:\s+agreement)?|agreed\s+(?:limits|levels|targets)
      |tolerances?|guidelines|standards)\b
    | \b(?:followed|applied|enforced|carried\s+out)\s+(?:the\s+|our\s+|all\s+)?(?:[\w-]+\s+){0,4}?(?:policy|procedure|procedures
      |process|rules|guidelines|protocol|instructions)\s+to\s+the\s+letter\b
    | \bwhat\s+else\s+(?:were|was|could|would|should)\s+(?:we|I|they|he|she|the\s+[\w-]+)\s+(?:have\s+)?(?:supposed\s+to\s+
      |meant\s+to\s+|expected\s+to\s+)?(?:do|done)\s*\?
    """.replace("<STAFF>", _STAFF),
    needs=(
        all_of("years", "been", "i've have we've"),
        all_of("never once", "complaint complaints single", "had received"),
        all_of("rated scored", "by on from"),
        all_of("uptime availability reliability on-time", "is was been stands"),
        all_of(
            "within",
            "well",
            "sla service agreed tolerance tolerances guidelines standards",
        ),
        all_of("letter", "followed applied enforced carried"),
        all_of("what", "else", "do done"),
    ),
)
# -- Round 6: frames ----------------------------------------------------------
#
# Round 5's readers were lists of realisations and generalised to nothing
# (blind F and G recall moved +0.01). Each round-6 construction is a frame
# of roles read in one clause: WHO holds the role (a responsible party from
# the broad `RESPONSIBLE_PARTY` field, our side, our staff or systems), the
# predicate's semantic class (responsibility placed, correctness asserted,
# overload given as the reason), with negation, questions, conditions, the
# customer's words and owning the failure cancelling it (`_reads_as_defence`).
# The slots are filled by the lexicon classes in lexicons.toml ("Round 6
# frames"); the needs pair a predicate word with a class word, so a
# sentence holding only one of them costs a set look-up.

_PARTY_NP = r"(?:(?:the|your|their|a|an|each|every|any|that|this|whichever)\s+)?(?:[\w-]+\s+){0,2}?{RESPONSIBLE_PARTY}"
_PARTY_CUES = cues("RESPONSIBLE_PARTY")


def _wordset(words: str) -> frozenset[str]:
    """
    The space-separated *words* as a set (a slot's filler words).
    """
    return frozenset(words.split())


#: Responsibility placed with a party outside the agent's desk: "it is the
#: courier's responsibility", "a matter for the policyholder and their
#: broker", "sits with Procurement", "down to whoever was driving it", "for
#: the contractor to manage", "entirely their business".
_DEFLECT_FRAME = _construction(
    r"""
    \b(?:lies|lie|lay|sits|sit|sat|rests|rest|falls|fall|fell|belongs|belong)\s+(?:(?:entirely|solely|wholly|squarely
      |firmly|really|ultimately|completely|purely|strictly)\s+)?(?:with|under|to)\s+<PARTY>\b
    | \b(?:is|are|was|were|'s|'re|remains?|becomes?)\s+(?:(?:entirely|solely|wholly|squarely|really|ultimately|completely
      |purely|strictly|very\s+much|all|therefore|now|then)\s+)*(?:down\s+to|up\s+to|a\s+matter\s+for
      |a\s+(?:matter|question|issue)\s+(?:between\s+(?:you|yourself)\s+and|for)|the\s+(?:sole\s+)?(?:responsibility|business
      |job|call|decision|remit|domain|lookout)\s+of)\s+(?:<PARTY>|whoever)\b
    | \b(?:is|are|was|were|'s|'re|remains?|becomes?|under)\s+(?:(?:entirely|solely|wholly|squarely|really|ultimately
      |completely|purely|strictly|very\s+much|all|therefore|now|then)\s+)*(?:(?:(?:the|your|their|a|an|each|every|any|that|this)\s+)?(?:[\w-]+\s+){0,2}?{RESPONSIBLE_PARTY:POSS}|their)\s+(?:own\s+|sole\s+)?
      (?:responsibility|responsibilities|business|call|decision|lookout|problem|fault|doing|remit|domain|concern
      |jurisdiction|liability)\b
    | \b(?:is|are|was|were|'s|'re)\s+(?:(?:entirely|really|ultimately|strictly)\s+)?for\s+<PARTY>\s+to\s+(?:manage|decide
      |deal\s+with|sort(?:\s+out)?|handle|resolve|answer|fix|arrange|organise|organize|investigate|address|look\s+into)\b
    """.replace("<PARTY>", _PARTY_NP),
    needs=(
        (
            _wordset(
                "lies lie lay sits sit sat rests rest falls fall fell belongs belong"
            ),
            _PARTY_CUES,
        ),
        (
            _wordset(
                "down up matter question issue responsibility business job call decision remit domain lookout"
            ),
            _PARTY_CUES | frozenset(("whoever",)),
        ),
        (
            _wordset(
                "responsibility responsibilities business call decision lookout problem fault doing remit domain "
                "concern jurisdiction liability"
            ),
            _PARTY_CUES | frozenset(("their",)),
        ),
        (
            _wordset(
                "manage decide deal sort handle resolve answer fix arrange organise organize investigate "
                "address look"
            ),
            _PARTY_CUES,
            frozenset(("for",)),
        ),
    ),
    # Each alternative holds the words of the need of its index.
    parts=((0,), (1,), (2,), (3,)),
)

#: Responsibility contrasted with our side: "managed by Facilities, not the
#: Service Desk", "compiled by invigilators, not by the Examinations
#: Office", "a matter for them, not for us", "we're a retailer, not the
#: manufacturer", "whose staff we do not employ", "our riders are
#: independent contractors", "we can't be held accountable", "isn't on us",
#: "has no involvement in such decisions", "upstream of us".
_DEFLECT_CONTRAST = _construction(
    r"""
    \b(?:set|decided|made|managed|handled|run|operated|compiled|controlled|caused|done|provided|issued|supplied
      |determined|owned|employed|arranged|booked|sold|fulfilled|shipped|dispatched|delivered|processed|prepared|packed
      |cooked|installed|maintained|built|administered|sits|lies|rests|down|up|matter|responsibility|responsible|liable)
      \s+(?:by|with|to|for|from|on)\s+(?:[\w-]+(?:'s)?\s+){0,6}?[\w-]+(?:'s)?,?\s+(?:and\s+)?not\s+(?:by\s+|with\s+|for\s+|from\s+|to\s+)?
      (?:us\b|we\b|me\b|ours\b|our\s+[\w-]+|the\s+(?!same\b|only\b|case\b)[\w-]+)
    | \bwe(?:'re|\s+are)\s+(?:only\s+|just\s+|simply\s+|merely\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?[\w-]+,?\s+not\s+(?:the|an?)\s+
      (?:[\w-]+\s+)?{RESPONSIBLE_PARTY}\b
    | \b(?:riders?|drivers?|couriers?|hosts?|sellers?|workers?|contractors?|fitters?|installers?|engineers?|partners?
      |cleaners?|technicians?|shops?|stores?|branches|restaurants?|franchises?|hotels?|vendors?|merchants?|operators?)
      \s+(?:are|is|were|was)\s+(?:all\s+|actually\s+|technically\s+|fully\s+|legally\s+)?(?:independent\s+contractors?
      |self-employed|freelancers?|freelance|subcontractors?|independently\s+(?:owned|run|operated)|(?:run|owned|operated
      |managed|staffed)\s+by\s+(?:an?\s+)?(?:independent|separate|franchise|third[\s-]party|external|partner|outside)
      |not\s+(?:our\s+|[\w-]+\s+)?(?:employees|staff|employed\s+by\s+us))\b
    | \b(?:we|I)\s+(?:do\s+not|don't|did\s+not|didn't)\s+(?:train\s+or\s+|directly\s+)?employ\b
    | (?<!\byou\s)(?<!\bu\s)\b(?:we|I|the\s+company|the\s+airline|the\s+council|the\s+university|the\s+school|the\s+business)\s+
      (?:can't|cannot|can\s+not|couldn't|could\s+not|won't|will\s+not|aren't|are\s+not|am\s+not|'m\s+not|'re\s+not|isn't|is\s+not)
      \s+(?:really\s+|reasonably\s+|possibly\s+|therefore\s+|fairly\s+|in\s+any\s+way\s+)?(?:be\s+)?(?:held\s+)?(?:accountable
      |answerable|liable|to\s+blame|blamed)\b
    | \b(?:can't|cannot|can\s+not|couldn't|could\s+not)\s+(?:really\s+)?answer\s+for\b
    | \bnot\s+(?:something|anything)\s+(?:that\s+)?(?:we|I)\s+(?:can|could)\s+answer\s+for\b
    | \b(?:isn't|is\s+not|aren't|are\s+not|wasn't|was\s+not|'s\s+not|'re\s+not)\s+(?:really\s+|entirely\s+|strictly\s+)?
      (?:on|down\s+to)\s+us\b
    | (?<!\byou\s)(?<!\bu\s)(?<!\byou've\s)\b(?:has|have|had)\s+no\s+(?:involvement|control|say|influence|visibility|input|part|role
      |authority|jurisdiction)\s+(?:(?:or|and)\s+[\w-]+\s+)?(?:in|over|on|into|of)\b
    | \b(?:upstream|downstream)\s+(?:of|from)\s+us\b
    | \b(?:came|comes|come|originated|stemmed)\s+from\s+(?:them|<PARTY>)\b(?=[^.!?\n]{0,40}\b(?:notice|not\s+us|rather|so\b))
    """.replace("<PARTY>", _PARTY_NP),
    needs=(
        all_of(
            "set decided made managed handled run operated compiled controlled caused done provided issued supplied "
            "determined owned employed arranged booked sold fulfilled shipped dispatched delivered processed prepared "
            "packed cooked installed maintained built administered sits lies rests down up matter responsibility "
            "responsible liable",
            "not",
            "by with to for from on",
        ),
        (frozenset(("we're", "we")), frozenset(("not",)), _PARTY_CUES),
        all_of(
            "riders rider drivers driver couriers courier hosts host sellers seller workers worker contractors "
            "contractor fitters fitter installers installer engineers engineer partners partner cleaners cleaner "
            "technicians technician shops shop stores store branches restaurants restaurant franchises franchise "
            "hotels hotel vendors vendor merchants merchant operators operator",
            "contractor contractors self-employed freelancers freelancer freelance subcontractors subcontractor "
            "independently independent separate franchise third-party third external partner outside not "
            "self employed",
        ),
        all_of("employ", "not don't didn't"),
        all_of(
            "accountable answerable liable blame blamed",
            "can't cannot not couldn't won't aren't 'm isn't",
        ),
        all_of("answer", "for", "can't cannot not couldn't"),
        all_of("on down", "us", "isn't not aren't wasn't"),
        all_of(
            "involvement control say influence visibility input part role authority jurisdiction",
            "no",
            "has have had",
        ),
        all_of("upstream downstream", "us"),
        (
            _wordset("came comes come originated stemmed"),
            frozenset(("from",)),
            _PARTY_CUES | frozenset(("them",)),
        ),
    ),
)

_OURS_SUBJ = (
    r"(?:(?:our|all\s+(?:of\s+)?our|every\s+one\s+of\s+our|each\s+of\s+our)\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must)\b)[\w-]+\s+){0,3}?(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must)\b)[\w-]+"
    r"|we|everything\s+we\s+did)"
)
_THE_SUBJ = (
    r"(?:(?:the|this|that|these|those|each|every|each\s+of\s+the|all\s+(?:of\s+)?the|all)\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must)\b)[\w-]+\s+){0,3}?(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must)\b)[\w-]+"
    r"|everything|every\s+step|each\s+step|(?<![\w-]\s)" + _STAFF + r")"
)
#: What our side produces or decides, as the subject a state of
#: correctness is claimed of ("the charge is valid", "each of the letters
#: was correct"): "the prices are reasonable" in a review is not a defence.
_THE_OUTPUT = (
    r"(?:(?:the|this|that|these|those|each\s+of\s+the|all\s+(?:of\s+)?the|every|each|your)\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must)\b)[\w-]+\s+){0,2}?"
    r"(?:charges?|fees?|bills?|invoices?|amounts?|prices?|pricing|decisions?|calculations?|readings?|valuations?"
    r"|assessments?|letters?|information|advice|figures?|balances?|statements?|penalty|penalties|premiums?|rates?"
    r"|outcomes?|results?|records?|deductions?|quotes?|estimates?|settlements?|offers?|ruling|verdict|findings"
    r"|charge\s+applied|tariffs?|surcharges?|fines?))"
)
_CONDUCT = (
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:all|always|entirely|fully|completely|absolutely"
    r"|exactly|perfectly|strictly|quite|therefore|also)\s+)*(?:worked|operated|functioned|performed|behaved|acted|responded"
    r"|applied|calculated|charged|processed|handled|done|carried\s+out|conducted|followed|issued|set|priced|made|taken"
    r"|managed|dealt\s+with|administered|completed|installed|fitted|delivered|billed|run|raised|sent|working|operating"
    r"|functioning|behaving|implemented|rolled\s+out|assessed|valued|investigated|recorded|logged)\s+(?:(?:entirely"
    r"|fully|completely|absolutely|exactly|perfectly|strictly|quite|all|throughout|in\s+this\s+case|here)\s+)*"
    r"{CORRECTNESS_MANNER}"
)
_STATE = (
    r"(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:(?:entirely|fully|completely|absolutely|perfectly|quite"
    r"|all|therefore|still|always|both|each|also)\s+)*(?:(?!right\b){CORRECTNESS_STATE}\b|right\b"
    r"(?!\s+(?:here|there|now|away|on|behind|by|next|to|in|at|back|after|before|around|up|with\s+you)\b))"
)
_MEETS = (
    r"(?:meets?|met|meeting|complies\s+with|complied\s+with|comply\s+with|exceeds?|exceeded|conforms?\s+to|conformed\s+to"
    r"|(?:is|are|was|were)\s+(?:fully\s+)?compliant\s+with|adhere[sd]?\s+to)\s+(?:all\s+|every\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:standards?|requirements|regulations|guidelines|specifications?|criteria|benchmarks)\b"
)
_CORRECT_NEEDS_MANNER = cues("CORRECTNESS_MANNER")
_CORRECT_NEEDS_STATE = cues("CORRECTNESS_STATE")
_CONDUCT_WORDS = _wordset(
    "worked operated functioned performed behaved acted responded applied calculated charged processed handled done "
    "carried conducted followed issued set priced made taken managed dealt administered completed installed fitted "
    "delivered billed run raised sent working operating functioning behaving implemented rolled assessed valued "
    "investigated recorded logged"
)
_BE_WORDS = _wordset("is are was were remains remain been")
_MEET_WORDS = _wordset(
    "meet meets met meeting complies complied comply exceeds exceed exceeded conforms conform conformed compliant "
    "adhere adheres adhered"
)
_STANDARD_WORDS = _wordset(
    "standard standards requirements regulations guidelines specification specifications criteria benchmarks"
)

#: Our own conduct, output or people declared right (vindication): "our
#: billing system worked correctly throughout", "all our economy seats meet
#: industry standards", "our crew, who are trained to the highest
#: standards", "we stand by that", "has been with us 15 years and has
#: excellent reviews", "our network is best in the country", "our team is
#: always friendly".
_VINDICATE_FRAME = _construction(
    r"""
    \b<OURS>\s+(?:<CONDUCT>|<STATE>|<MEETS>)
    | \bwe\s+(?:(?:fully|firmly|completely|still)\s+)?stand\s+(?:by|behind)\s+(?:it|that|this|them|him|her|what\s+(?:we|I|he|she|they)|(?:the|our|this|that)\s+(?:[\w-]+\s+)?(?:decision|charge|fee|fees|outcome|assessment|valuation|price|pricing|staff|team|driver|engineer|colleague|advice|policy|call|ruling))\b(?!\s+(?:products?|goods|work|workmanship|quality|guarantee|warranty)\b)
    | \b(?:are|is|were|was|been)\s+(?:all\s+|fully\s+|highly\s+|rigorously\s+|thoroughly\s+)?(?:trained|vetted|certified
      |qualified|accredited|inspected|audited|checked|tested|cleaned)\s+(?:to|at)\s+(?:the\s+)?(?:highest|high|very\s+high
      |strict|strictest|exacting|rigorous|industry|professional)\s+standards?\b
    | \b(?:has|have)\s+been\s+with\s+(?:us|the\s+company|the\s+firm|the\s+team|the\s+business)\s+(?:for\s+)?(?:over\s+
      |more\s+than\s+|nearly\s+|almost\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty
      |many)\s+years\b
    | \b(?:has|have)\s+(?:excellent|outstanding|glowing|great|fantastic|five-star|5-star|superb|impeccable|spotless)\s+
      (?:reviews|ratings|feedback|references|record|track\s+record)\b
    | \b<OURS>\s+(?:is|are)\s+(?:the\s+)?(?:best|fastest|most\s+reliable|top-rated|highest[\s-]rated|number\s+one)\s+
      (?:in|on)\s+(?:the\s+)?(?:country|industry|market|business|UK|US|area|city|region|world|sector)\b
    | \b(?:our|the)\s+(?:[\w-]+\s+)?(?:team|staff|crew|people|colleagues|drivers?|engineers?|baristas?|agents?|advis[eo]rs?)
      \s+(?:is|are)\s+always\s+(?:so\s+|super\s+|very\s+|extremely\s+|really\s+|incredibly\s+)?(?:friendly|professional
      |polite|courteous|helpful|respectful|careful|welcoming|kind)\b
    """.replace("<OURS>", _OURS_SUBJ)
    .replace("<CONDUCT>", _CONDUCT)
    .replace("<STATE>", _STATE)
    .replace("<MEETS>", _MEETS),
    needs=(
        (frozenset(("our", "we")), _CONDUCT_WORDS, _CORRECT_NEEDS_MANNER),
        (frozenset(("our", "we")), _BE_WORDS, _CORRECT_NEEDS_STATE),
        (frozenset(("our", "we")), _MEET_WORDS, _STANDARD_WORDS),
        all_of("stand", "by behind", "we"),
        all_of(
            "trained vetted certified qualified accredited inspected audited checked tested cleaned",
            "standard standards",
            "highest high strict strictest exacting rigorous industry professional",
        ),
        all_of("years", "with", "been"),
        all_of(
            "reviews ratings feedback references record",
            "excellent outstanding glowing great fantastic five star 5 superb impeccable spotless",
            "has have",
        ),
        all_of(
            "best fastest reliable top rated highest number",
            "country industry market business uk us area city region world sector",
            "our we",
        ),
        all_of(
            "friendly professional polite courteous helpful respectful careful welcoming kind",
            "always",
            "is are",
        ),
    ),
    # The first alternative holds the words of one of the first three needs,
    # each other one those of the need after.
    parts=((0, 1, 2), (3,), (4,), (5,), (6,), (7,), (8,)),
)

#: The same claims about "the" decision, charge, record or process: an
#: account of our side, a defence only when nothing is done ("each of the
#: letters was correct at the time of issue", "the rollout was done
#: correctly", "estimated bills are correct by definition").
_ACCOUNT_FRAME = _construction(
    r"""
    (?<!\b(?:is|are|was|were|has|have|did|does|do|if|whether)\s)\b<THE>\s+(?:<CONDUCT>|<MEETS>)
    | (?<!\b(?:is|are|was|were|has|have|did|does|do|if|whether)\s)\b<THE_OUTPUT>\s+<STATE>
    | \b(?:has|have)\s+been\s+(?:[\w-]+\s+){1,3}?within\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:service\s+levels?|SLAs?
      |timescales?|targets?|time\s+frames?|timeframes?)\b
    | \bfrom\s+our\s+(?:side|end|point\s+of\s+view)\s*,?\s+(?:[\w-]+\s+){1,6}?(?:<CONDUCT>|<STATE>)
    """.replace("<THE>", _THE_SUBJ)
    .replace("<THE_OUTPUT>", _THE_OUTPUT)
    .replace("<CONDUCT>", _CONDUCT)
    .replace("<STATE>", _STATE)
    .replace("<MEETS>", _MEETS),
    needs=(
        (_CONDUCT_WORDS, _CORRECT_NEEDS_MANNER),
        (
            _wordset(
                "charge charges fee fees bill bills invoice invoices amount amounts price prices pricing decision "
                "decisions calculation calculations reading readings valuation valuations assessment assessments "
                "letter letters information advice figure figures balance balances statement statements penalty "
                "penalties premium premiums rate rates outcome outcomes result results record records deduction "
                "deductions quote quotes estimate estimates settlement settlements offer offers ruling verdict "
                "findings tariff tariffs surcharge surcharges fine fines"
            ),
            _BE_WORDS,
            _CORRECT_NEEDS_STATE,
        ),
        (
            _wordset("the this that these those each every all"),
            _MEET_WORDS,
            _STANDARD_WORDS,
        ),
        all_of(
            "within",
            "levels level slas sla timescales timescale targets target frames timeframes timeframe",
            "been",
        ),
        (
            frozenset(("from",)),
            frozenset(("side", "end", "view")),
            _CORRECT_NEEDS_MANNER | _CORRECT_NEEDS_STATE,
        ),
    ),
    # The second and fourth alternatives hold the words of the second and
    # fifth needs ("everything complies with..." and "within our time frame"
    # meet none: those run wherever the construction runs).
    parts=(None, (1,), None, (4,)),
)

_US_SUBJ = (
    r"(?:we|I|our\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must)\b)[\w-]+\s+){0,2}?(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must)\b)[\w-]+|the\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must)\b)[\w-]+\s+)?(?:team|office|staff|drivers?|couriers?|riders?"
    r"|warehouse|kitchen|store|branch|department|engineers?|call\s+centre|centre|center|depot|desk|helpline|lines|phones"
    r"|servers|site|system|restaurant|shop|clinic|surgery|practice))"
)

#: Overload or conditions given as the reason (excuse): "our driver had a
#: high volume of parcels today", "we have had a significant influx of
#: tickets", "our couriers are usually in a big hurry at dinner time", "the
#: phones have been mad since eight", "two engineers on leave", "occasional
#: errors do happen", "it is not unusual for them to take several months".
_EXCUSE_FRAME = _construction(
    r"""
    \b<US>\s+(?:(?:has|have|had|'ve|'d)\s+(?:had\s+|got\s+|been\s+(?:dealing\s+with|handling|getting|receiving|seeing|facing
      |experiencing)\s+)?|(?:is|are|was|were|'re|'s)\s+(?:dealing\s+with|handling|getting|receiving|seeing|facing
      |experiencing|under)\s+|(?:got|received|saw|faced|experienced|picks|pick|handles|handle|process|processes|deliver
      |delivers|take|takes)\s+)(?:a\s+|an\s+|some\s+|such\s+a\s+)?(?:(?:very|really|extremely|exceptionally|unusually
      |incredibly|particularly)\s+)?(?:high|huge|large|massive|significant|record|unprecedented|exceptional|heavy|big
      |enormous|higher|increased|extra|considerable|sudden|thousands\s+of|hundreds\s+of|so\s+many)\s+(?:[\w-]+\s+)?
      {WORKLOAD_NOUN}
    | \b<US>\s+(?:is|are|was|were|'re|'s|'m|am|have\s+been|has\s+been|'ve\s+been|had\s+been|'d\s+been)\s+
      (?:(?:usually|always|often|currently|just|so|very|really|extremely|incredibly|absolutely|completely|totally
      |genuinely|a\s+bit|quite|all|simply|literally)\s+)*{PRESSURE_STATE}\b
    | \b(?:\d+|two|three|four|five|six|several|a\s+few|half\s+(?:of\s+)?(?:the|our)|some|many|most)\s+(?:of\s+(?:our|the)\s+)?
      (?:[\w-]+\s+)?(?:staff|people|colleagues|engineers|agents|drivers|receptionists|nurses|doctors|members\s+of\s+staff
      |team\s+members|team|advisors|advisers|technicians|crew|pilots|teachers|staff\s+members|of\s+us)\s+(?:are\s+|were\s+)?
      (?:off\s+sick|out\s+sick|on\s+(?:annual\s+)?leave|on\s+holiday|off\s+work|absent|on\s+strike|isolating|self-isolating)\b
    | \b(?:occasional\s+|the\s+odd\s+)?(?:errors|mistakes|delays|issues|problems|glitches|mix-ups|breakages|hiccups|accidents
      |things|cancellations)\s+(?:do|can|will|sometimes|occasionally|inevitably|unfortunately)\s+(?:(?:sometimes
      |occasionally|still|unfortunately|inevitably)\s+)?(?:happen|occur|go\s+wrong|slip\s+through|arise)\b
    | \bit(?:'s|\s+is)\s+not\s+(?:unusual|uncommon|abnormal|out\s+of\s+the\s+ordinary)\s+for\b
    """.replace("<US>", _US_SUBJ),
    needs=(
        (
            _wordset(
                "high huge large massive significant record unprecedented exceptional heavy big enormous higher "
                "increased extra considerable sudden thousands hundreds many"
            ),
            cues("WORKLOAD_NOUN"),
        ),
        (
            _wordset("is are was were 're 's 'm am been we're i'm we've"),
            cues("PRESSURE_STATE"),
        ),
        all_of(
            "sick leave holiday work absent strike isolating self-isolating",
            "off out on",
        ),
        all_of(
            "happen occur wrong through arise",
            "errors mistakes delays issues problems glitches mix-ups mix ups breakages hiccups accidents things "
            "cancellations",
            "do can will sometimes occasionally inevitably unfortunately",
        ),
        all_of("unusual uncommon abnormal ordinary", "not"),
    ),
)

# -- Round 7: the H constructions ----------------------------------------------
#
# Blind set H (round 6) showed defensiveness carried by statements no
# round-6 frame read: compliance declared ("we're therefore not in
# breach", "we have acted entirely within our terms"), a flat denial of the
# customer's claim ("claims that it's rigged are simply not true", "the
# Council does not accept that…"), "technically" it was on time, prior
# notice as the answer ("the maintenance window was published in the
# portal"), praise of our people as a rebuttal ("has 20 years' experience
# and always speaks to patients professionally", "we will not have them
# criticised"), prices justified by what they pay for, and circumstance
# excuses without the keyword ("two people down", "busy across all rental
# companies", "no platform on earth could have handled that"). Each is a
# frame over a broad field (docs/families/defensiveness.md "Round 7").

_NEGATIVE_VERDICT = (
    r"(?:not\s+(?:true|accurate|correct|the\s+case|fair|founded)|untrue|false|unfounded|baseless|groundless|inaccurate"
    r"|incorrect|nonsense|without\s+(?:any\s+)?(?:basis|foundation|merit|substance))"
)

#: Our side declared compliant or in the right: "we're therefore not in
#: breach", "there has been no breach of contract", "we have acted entirely
#: within our terms", "the claims that it's rigged are simply not true",
#: "the Council does not accept that the application was lost", "we
#: categorically reject the suggestion", "so technically it ended when it
#: said it would", "our pharmacist … always speaks to patients
#: professionally", "has 20 years' experience and knows…", "we will not
#: have them criticised", "tested by millions of players", "works as
#: designed".
_VINDICATE_R7 = _construction(
    r"""
    \b(?:we(?:'re|\s+are|\s+were|\s+have\s+not\s+been|\s+haven't\s+been)|(?:the\s+)?(?:company|council|school|university
      |hotel|practice|firm|club|trust|landlord|business)\s+(?:is|was|has\s+not\s+been))\s+(?:(?:therefore|thus|so|clearly
      |plainly|also|entirely|in\s+no\s+way|not)\s+)+(?:in\s+breach|negligent|in\s+the\s+wrong|in\s+default)\b
    | \bthere\s+(?:has\s+been|was|is|have\s+been)\s+no\s+(?:breach|negligence|wrongdoing|failure\s+(?:on\s+our\s+part|of\s+service))\b
    | \b(?:we|I|our\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:have\s+|has\s+|'ve\s+|had\s+)?(?:acted|behaved|operated|charged|proceeded
      |worked)\s+(?:(?:entirely|fully|completely|strictly|wholly|well|at\s+all\s+times)\s+)*within\s+(?:our|the|its|their)\s+
      (?:[\w-]+\s+)?(?:terms|rights|policy|policies|contract|remit|guidelines|rules|obligations|agreement|procedures?)\b
    | \b(?:claims?|suggestions?|allegations?|accusations?|assertions?|the\s+idea|the\s+notion|rumou?rs?)\s+that\s+
      [^.!?\n]{1,80}?\b(?:is|are|was|were)\s+(?:(?:simply|just|completely|entirely|totally|categorically|absolutely|quite
      |frankly|wholly)\s+)*<VERDICT>
    | \b(?:we|I|(?:the|our)\s+(?:[\w-]+\s+)?[\w-]+)\s+
      (?:do|does|did|do\s+not|does\s+not|did\s+not|don't|doesn't|didn't|cannot|can't)\s*(?:not\s+)?accept\s+(?:the\s+
      (?:claim|suggestion|allegation|assertion|characteri[sz]ation|accusation|premise)\b|that(?=\s+(?:the|our|we|it|this
      |there|any|staff|[\w-]+\s+(?:was|were|is|are|has|have|had|did))\b))
    | \b(?:we|I)\s+(?:(?:firmly|categorically|strongly|completely|totally|flatly|entirely|must|would)\s+)*(?:reject|refute
      |deny|dispute)\s+(?:the\s+(?:claim|suggestion|allegation|assertion|accusation|idea|notion|characteri[sz]ation)
      |any\s+(?:suggestion|claim|allegation|idea|notion)|that\s+(?:we|our|the|this|it|there|any))\b
    | \b(?:so|therefore|thus|which\s+means|and|but)\s*,?\s+technically\s*(?:speaking\s*)?,?\s+[^.!?\n]{0,50}?(?:(?:as|when
      |what|where)\s+(?:it|we|the\s+[\w-]+|they)\s+said|as\s+(?:stated|advertised|described|promised|published|agreed
      |shown|scheduled|listed)|on\s+time|(?:was|were|is|are)\s+(?:correct|right|accurate|valid)|within\s+(?:the|our)\b
      |did\s+nothing\s+wrong|not\s+(?:late|wrong|overdue|in\s+breach))
    | \b<OURS>\s+(?:has|have)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?(?:\d+|two|three|four|five|six
      |seven|eight|nine|ten|fifteen|twenty|thirty|forty|many|decades\s+of)\+?\s+(?:years'?\s+|years\s+of\s+)?(?:of\s+)?
      (?:experience|service)\b(?=[^.!?\n]{0,70}\b(?:always|never|professional(?:ly)?|correctly|properly|confident
      |wouldn't|would\s+not|knows?\s+(?:what|how|exactly)))
    | \b<OURS>\s+(?:[\w-]+\s+){0,4}?(?:always|consistently|at\s+all\s+times)\s+(?:speaks?|treats?|deals?|behaves?|acts?
      |talks?|conducts?|responds?|communicates?|works?)\s+(?:[\w-]+\s+){0,4}?(?:professionally|courteously|respectfully
      |politely|with\s+(?:respect|courtesy|professionalism|dignity))\b
    | \b(?:we|I)\s+(?:will\s+not|won't|cannot|can't|do\s+not|don't)\s+(?:have|let|allow|accept|tolerate)\s+(?:them|him|her
      |our\s+[\w-]+|staff|colleagues|volunteers)\s+(?:being\s+)?(?:criticised|criticized|blamed|attacked|insulted
      |spoken\s+(?:about|to)|talked\s+about|singled\s+out|named|shamed)\b
    | \bI(?:'m|\s+am)\s+(?:(?:fully|entirely|quite|completely)\s+)?(?:confident|satisfied|certain)\s+(?:that\s+)?(?:the|our|this
      |that|all|every)\s+(?:[\w-]+\s+){0,2}?(?:was|were|has\s+been|have\s+been)\s+(?:(?:fully|correctly|properly|all)\s+)?
      (?:followed|handled|applied|carried\s+out|done|correct|right|accurate|appropriate|professional)\b
    | \b(?:has|have)\s+been\s+(?:(?:rigorously|thoroughly|extensively|independently)\s+)?(?:tested|vetted|audited|reviewed)\s+
      by\s+(?:millions|thousands|hundreds\s+of\s+thousands|countless|independent)\b
    | \b(?:(?:it|this|that|they|these|those|the\s+(?:[\w-]+\s+)?[\w-]+|<OURS>)\s+(?:(?:has|have)\s+)?)(?:works|worked|is\s+working|was\s+working
      |functions|functioned|is\s+functioning|operates|operated|behaves|behaved|ran|runs)\s+(?:exactly\s+|entirely\s+
      |perfectly\s+)?as\s+(?:designed|intended)\b(?!\s+(?:now|again|once|after|when|from))
    """.replace("<OURS>", _OURS_SUBJ).replace("<VERDICT>", _NEGATIVE_VERDICT),
    needs=(
        all_of(
            "breach negligent wrong default", "not therefore thus so no clearly plainly"
        ),
        all_of("breach negligence wrongdoing failure", "no", "there"),
        all_of("within", "acted behaved operated charged proceeded worked"),
        all_of(
            "claim claims suggestion suggestions allegation allegations accusation accusations assertion assertions "
            "idea notion rumour rumours rumor rumors",
            "that",
            "true untrue false unfounded baseless groundless inaccurate incorrect nonsense basis foundation merit "
            "substance accurate correct case fair founded",
        ),
        all_of("accept", "not don't doesn't didn't cannot can't"),
        all_of("reject refute deny dispute", "we i"),
        all_of(
            "technically",
            "said stated advertised described promised published agreed shown scheduled listed "
            "time correct right accurate valid within nothing late wrong overdue breach",
        ),
        all_of("experience service", "years year decades", "has have"),
        all_of(
            "professionally courteously respectfully politely respect courtesy professionalism dignity",
            "always consistently times",
        ),
        all_of(
            "criticised criticized blamed attacked insulted spoken talked singled named shamed",
            "not won't cannot can't don't",
        ),
        all_of(
            "confident satisfied certain",
            "i'm am",
            "followed handled applied carried done correct right accurate appropriate professional",
        ),
        all_of(
            "tested vetted audited reviewed",
            "millions thousands hundreds countless independent",
            "by",
        ),
        all_of(
            "designed intended",
            "as",
            "works worked working functions functioned functioning operates operated "
            "behaves behaved ran runs",
        ),
    ),
)

#: Prior notice or pricing given as the answer (an account: a defence only
#: when nothing is done about it): "the maintenance window was published in
#: the portal", "deadlines were communicated at the start of the year", "we
#: notified all subscribers by email 30 days in advance", "our prices
#: reflect the cost of producing…".
_ACCOUNT_R7 = _construction(
    r"""
    \b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:clearly|publicly|fully|all|widely|also|already|duly)\s+)*
      (?:published|announced|communicated|advertised|notified|posted|publici[sz]ed|displayed|signposted|flagged|stated
      |set\s+out|made\s+clear|emailed|circulated)\s+(?:[\w-]+\s+){0,3}?(?:in|on|via|through|at|to|by)\s+(?:the\s+|our\s+
      |your\s+|all\s+|a\s+|each\s+|every\s+)?(?:[\w-]+\s+){0,2}?(?:portal|website|site|app|status\s+page|page|terms
      |newsletter|noticeboard|notice\s+board|handbook|emails?|letters?|start|beginning|advance|intranet|channel|contract
      |T&Cs|confirmation|welcome\s+pack|customers|subscribers|members|students|users|residents|tenants|parents|guests
      |account\s+holders)\b
    | \b(?:we|I)\s+(?:had\s+|have\s+|'ve\s+|'d\s+)?(?:notified|informed|told|emailed|warned|advised|wrote\s+to|contacted)\s+
      (?:all\s+|every\s+|each\s+|our\s+)*(?:subscribers|customers|members|users|residents|students|guests|clients
      |account\s+holders|players|parents|tenants|policyholders|passengers)\b(?=[^.!?\n]{0,60}\b(?:in\s+advance
      |beforehand|ahead\s+of|prior\s+to|notice|before\s+(?:the|it|this|then)))
    | \b(?:our|the|these|this|that|its)\s+(?:[\w-]+\s+)?(?:prices?|pricing|fees?|charges?|rates?|premiums?|subscriptions?
      |tariffs?)\s+(?:reflects?|reflected|(?:is|are)\s+based\s+on|(?:is|are)\s+justified\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?
      (?:costs?|quality|value|investment|expertise|standards?|level|work|care|demand|production)\b
    """,
    needs=(
        all_of(
            "published announced communicated advertised notified posted publicised publicized displayed signposted "
            "flagged stated set made emailed circulated",
            "was were been",
            "portal website site app page terms newsletter noticeboard notice handbook email emails letter letters "
            "start beginning advance intranet channel contract t&cs confirmation pack customers subscribers members "
            "students users residents tenants parents guests holders",
        ),
        all_of(
            "notified informed told emailed warned advised wrote contacted",
            "subscribers customers members users residents students guests clients holders players parents tenants "
            "policyholders passengers",
            "advance beforehand ahead prior notice before",
        ),
        all_of(
            "price prices pricing fee fees charge charges rate rates premium premiums subscription subscriptions "
            "tariff tariffs",
            "reflect reflects reflected based justified",
        ),
    ),
)

#: Circumstances as the reason, without "short-staffed" or "high volume":
#: "housekeeping were two people down", "we had a full house", "peak
#: periods are very busy across all rental companies", "no ticketing
#: platform on earth could have handled that", "nobody could have
#: foreseen it", "demand was 40x capacity".
_EXCUSE_R7 = _construction(
    r"""
    \b(?:\d+|one|two|three|four|five|six|several|a\s+few|a\s+couple\s+of|a\s+couple)\s+(?:people|staff|members?(?:\s+of
      \s+staff)?|colleagues|hands|drivers|engineers|agents|nurses|cleaners|chefs|carers|advisers|advisors|men|bodies)\s+
      (?:down|short)\b
    | \b(?:had|have\s+had|'d\s+had)\s+a\s+full\s+house\b|\b(?:were|was)\s+(?:completely\s+|totally\s+|well\s+)?(?:at|over)\s+
      (?:full\s+)?capacity\b
    | \bbusy\s+(?:across|for|at|in)\s+(?:all|every|everyone|the\s+whole|the\s+entire)\b
    | \b(?:peak|busy|holiday|summer|christmas|festive|school\s+holiday|bank\s+holiday)\s+(?:periods?|times?|seasons?|hours
      |weekends?|days?)\s+(?:are|is|were|was|get|gets|can\s+be)\s+(?:(?:always|very|extremely|incredibly|really
      |exceptionally|naturally|inevitably)\s+)*(?:busy|hectic|manic|chaotic|stretched|demanding)\b
    | \b(?:no|nobody|no\s+one|no-one|not\s+a\s+single|none\s+of\s+the)\b\s*(?:[\w-]+\s+){0,3}?(?:(?:on\s+earth|in\s+the\s+world
      |anywhere|out\s+there)\s+)?(?:could|would)\s+(?:(?:possibly|realistically|reasonably|ever)\s+)?have\s+(?:handled
      |coped\s+with|foreseen|predicted|prevented|avoided|anticipated|managed|stopped|known)\b
    | \b(?:(?:not\s+sure|unclear|don't\s+know|do\s+not\s+know|I\s+wonder)\s+what\s+(?:more|else)|(?:there\s+(?:was|is)\s+)?nothing
      \s+(?:more|else)|beyond\s+what)\s+(?:(?:that\s+)?(?:we|I|anyone|anybody|they)|(?:the|our)\s+(?:[\w-]+(?:'s)?\s+){0,2}?[\w-]+)\s+
      (?:could|can|would|should)\s+(?:(?:reasonably|possibly|realistically|really)\s+)?(?:have\s+)?(?:done|prevented|foreseen
      |avoided|controlled|expected)\b
    | \bdemand\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\d+\s*(?:x|times)|many\s+times|far\s+(?:above|beyond|higher
      |greater)|well\s+(?:above|beyond)|off\s+the\s+(?:charts|scale))
    """,
    needs=(
        all_of(
            "down short",
            "people staff members member colleagues hands drivers engineers agents nurses cleaners "
            "chefs carers advisers advisors men bodies",
        ),
        all_of("house capacity", "full had were was over at"),
        all_of("busy", "across for at in", "all every everyone whole entire"),
        all_of(
            "periods period times time seasons season hours weekends weekend days day",
            "busy hectic manic chaotic stretched demanding",
            "peak busy holiday summer christmas festive",
        ),
        all_of(
            "handled coped foreseen predicted prevented avoided anticipated managed stopped known",
            "could would",
            "no nobody one no-one none single",
        ),
        all_of("demand", "x times above beyond higher greater charts scale"),
        all_of(
            "done prevented foreseen avoided controlled expected",
            "could can would should",
            "more else beyond",
        ),
    ),
)

#: Responsibility pushed to a party without "not our fault": "any query
#: should be raised with the shipping line", "not something we can be
#: blamed for".
_DEFLECT_R7 = _construction(
    r"""
    \b(?:any|all|your|such|these|those|further|the)?\s*(?:queries|query|questions?|complaints?|claims?|concerns?|issues?
      |disputes?|comments?|feedback)(?:\s+(?:about|regarding|concerning|over|on|with)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:(?:should|must|would|will)\s+(?:need\s+to\s+)?|(?:need|needs|have|has)\s+to\s+)be
      \s+(?:raised|directed|addressed|taken\s+up|made|referred|sent|put|lodged|pursued)\s+(?:directly\s+)?(?:with|to)\s+
      (?:them|<PARTY>)\b
    | \b(?:set|decided|made|managed|handled|run|operated|controlled|determined|owned|taken)\s+by\s+(?:the\s+)?
      [\w&-]+(?:\s+[\w&-]+){0,3}?,\s*(?:and\s+)?not\s+(?:by\s+)?(?:the\s+)?(?-i:[A-Z])[\w&-]+(?:\s+(?-i:[A-Z])[\w&-]+)*
    | \brather\s+than\s+(?:anything|something|any\s+[\w-]+|a\s+[\w-]+|an\s+[\w-]+)\s+(?:on|at|from|by)\s+our\s+
      (?:side|end|part)\b
    | \bnot\s+(?:something|anything)\s+(?:that\s+)?(?:we|I|the\s+[\w-]+)\s+(?:can|could|should)\s+(?:reasonably\s+|fairly\s+)?
      be\s+(?:blamed|held\s+(?:responsible|accountable|liable))\s+for\b
    """.replace("<PARTY>", _PARTY_NP),
    needs=(
        (
            _wordset(
                "raised directed addressed taken made referred sent put lodged pursued"
            ),
            _wordset("should must would will need needs have has"),
            _PARTY_CUES | frozenset(("them",)),
        ),
        all_of("blamed held", "not", "something anything"),
        all_of("rather", "side end part", "our"),
        all_of(
            "set decided made managed handled run operated controlled determined owned taken",
            "by",
            "not",
        ),
    ),
)


# -- Round 11 (issue 14): constructions read from blind sets N and M -----------
#
# N and M (development data now) missed defences whose slots the round-6/7
# readers filled too narrowly: the staff member's judgement, training or
# seniority defended by their job title (FRONTLINE_STAFF, not only "our
# staff"), a report that "reflects what the clerk saw", damage the evidence
# shows "was already there", an error on our side called unlikely;
# responsibility placed outside any possessor's control or hands (a brand
# name, "the restaurant's"), a job that "was never part of" the quote, a role
# that "ends once", "we're only the retailer", no say or visibility over the
# decision; and excuses by workload or absence (two fitters off sick, having
# a busy day, sees a lot of patients a day) or by comparison (as any
# security app would, every company is the same). Look-alikes in
# docs/families/defensiveness.md ("Round 11").

_STAFF_NP = r"(?:(?:the|our|your|this|that|his|her|their|all\s+our|all\s+the|every|each)\s+)(?:[\w-]+\s+)?(?:{FRONTLINE_STAFF})"
_STAFF_CUES = cues("FRONTLINE_STAFF")

_VINDICATE_R11 = _construction(
    r"""
    <STAFF>\s+(?:(?:definitely|certainly|absolutely|clearly|really|still|genuinely)\s+)?(?:made\s+(?:the|a)\s+(?:right
      |correct|sound|reasonable|appropriate|safe|sensible|proper)\s+(?:call|decision|choice|judgement|judgment)
      |did\s+(?:everything|all|exactly\s+what)\s+(?:that\s+)?(?:was\s+|is\s+|were\s+)?(?:on|in|required|asked|needed
      |listed|set\s+out|expected|right|correctly|by\s+the\s+book|(?:he|she|they)\s+(?:could|should|was|were)))
    | (?:<STAFF>|\bthey|\ball\s+of\s+them)\s+(?:are|is|were|was|'re)\s+(?:all\s+)?(?:(?:fully|highly|properly|extensively
      |rigorously|thoroughly|well|expertly|professionally|all)[\s-]+)*trained\s+(?:to\s+(?:a|the)\s+(?:very\s+)?(?:high
      |highest|professional|rigorous|strict)\s+standards?|in\s+(?:patient|customer|client|guest|passenger)\s+(?:care
      |communication|service|handling|relations)|professionals)
    | \b(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+(?:one\s+of\s+)?our\s+(?:most|best|longest[\s-]serving)\s+(?:experienced
      |senior|trusted|qualified|respected|skilled|capable|knowledgeable)\b
    | \b(?:reflects|reflected|records|recorded|is\s+based\s+on|was\s+based\s+on|describes|described)\s+(?:exactly\s+
      |accurately\s+|only\s+|faithfully\s+)?what\s+(?:the\s+[\w-]+|he|she|they|our\s+[\w-]+)\s+(?:saw|found|observed|noted
      |recorded|witnessed)\b
    | \b(?:only|just|simply)\s+(?:does|did|shares|shared|sends|sent|deletes|deleted|uploads|uploaded|syncs|synced|follows
      |followed|posts|posted)\s+what\s+(?:it's|it\s+is|it\s+was|it\s+has\s+been|they're|they\s+are|it's\s+been)\s+(?:told
      |asked|set|instructed|programmed|configured)\s+to\b
    | \b(?:photos?|pictures?|images?|footage|records?|report|inspection|notes|logs?|check-?in\s+(?:report|sheet)
      |condition\s+report|inventory)\s+(?:(?:from|at|of|taken|on)\s+(?:[\w-]+\s+){0,2}?)?(?:(?:clearly|all)\s+)?(?:show|shows|showed|confirm|confirms|confirmed|prove|proves
      |proved|indicate|indicates)\s+(?:that\s+)?(?:[\w-]+\s+){0,4}?(?:was|were|had\s+been)\s+already\s+(?:there|present
      |damaged|marked|scratched|broken|cracked|chipped|dented|faulty|stained|missing|worn)\b
    | \b(?:an?\s+)?(?:error|mistake|fault|problem|issue|malfunction)\s+(?:on\s+our\s+(?:side|end|part)|by\s+(?:us|our\s+[\w-]+)
      |at\s+our\s+end)\s+(?:is|was|would\s+be|seems)\s+(?:(?:very|highly|extremely|most|quite|really)\s+)?(?:unlikely
      |improbable|impossible|rare)\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:(?:very|fully|completely|entirely|quite)\s+)?(?:confident|certain|satisfied)\s+
      (?:that\s+)?(?:the|our|he|she|they)\b[^.!?\n]{0,40}?\b(?:acted|behaved|did|was|were|is|are)\s+(?:[\w-]+\s+)?
      (?:correctly|appropriately|properly|right|accurate|correct|professionally)\b
    """.replace("<STAFF>", _STAFF_NP),
    needs=(
        (
            _wordset("made did"),
            _wordset("call decision choice judgement judgment everything exactly"),
            _STAFF_CUES,
        ),
        (
            _wordset("trained"),
            _wordset(
                "standard standards care communication service handling relations professionals"
            ),
        ),
        (
            _wordset("our"),
            _wordset("most best longest"),
            _wordset(
                "experienced senior trusted qualified respected skilled capable knowledgeable"
            ),
        ),
        (
            _wordset("reflects reflected records recorded based describes described"),
            _wordset("what"),
            _wordset("saw found observed noted recorded witnessed"),
        ),
        (
            _wordset("only just simply"),
            _wordset("what"),
            _wordset("told instructed programmed configured"),
        ),
        (
            _wordset("already"),
            _wordset(
                "show shows showed confirm confirms confirmed prove proves proved indicate indicates"
            ),
        ),
        (
            _wordset("unlikely improbable impossible rare"),
            _wordset("side end part us our"),
        ),
        (
            _wordset("confident certain satisfied"),
            _wordset("acted behaved did was were is are"),
        ),
    ),
    # Each alternative but the first and fifth ("did all that was asked",
    # "does what it was set to") holds the words of the need of its index.
    parts=(None, (1,), (2,), (3,), None, (5,), (6,), (7,)),
)

_DISOWN_R11 = _construction(
    r"""
    \b(?:falls?|fell|sits?|sat|lies|lay|is|are|was|were|'s|'re|remains?)\s+(?:(?:well|firmly|completely|entirely|squarely
      |totally|simply|very\s+much|now)\s+)?(?:outside|out\s+of|beyond)\s+(?:of\s+)?(?:our|my|the\s+[\w-]+(?:'s|\u2019s)
      |[\w&-]+(?:'s|\u2019s))\s+(?:own\s+)?(?:responsibility|control|hands|remit|scope|jurisdiction|gift|power|authority)\b
    | \b(?:was|is|were|are|'s)(?:n't|\s+not|\s+never)\s+(?:ever\s+|actually\s+)?(?:part\s+of|included\s+in|within|covered
      \s+by)\s+(?:my|our|the|his|her|their)\s+(?:[\w-]+\s+)?(?:job|role|remit|quote|brief|contract|scope|responsibilities
      |duties|job\s+description|work|quotation|estimate)\b
    | \b(?:our|my)\s+(?:role|job|responsibility|involvement|part|liability|obligation|duty)\s+(?:ends|ended|stops|stopped
      |finishes|finished)\s+(?:when|once|at|as\s+soon\s+as|after)\b
    | \b(?:we|I)(?:'re|\s+are|\s+am|'m)\s+(?:only|just|merely|simply|purely)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:retailer
      |reseller|marketplace|platform|middleman|intermediary|broker|distributor|stockist|messenger|go-between|venue
      |listing\s+site|booking\s+agent|third\s+party|delivery\s+partner)\b
    | \b(?:we|I|(?:our|the)\s+(?:[\w-]+\s+)?(?:agents|advisers|advisors|staff|team|support)|support(?:\s+agents)?|agents
      |advisers|advisors)\s+(?:(?:don't|do\s+not|can't|cannot|have\s+no|has\s+no|had\s+no)\s+(?:have\s+)?(?:any\s+)?)
      (?:say|visibility|control|influence|input|insight|authority)\s+(?:in|into|over|on)\b
    """,
    needs=(
        (
            _wordset("outside out beyond"),
            _wordset(
                "responsibility control hands remit scope jurisdiction gift power authority"
            ),
        ),
        (
            _wordset("part included within covered"),
            _wordset(
                "job role remit quote brief contract scope responsibilities duties quotation estimate"
            ),
        ),
        (
            _wordset(
                "role job responsibility involvement part liability obligation duty"
            ),
            _wordset("ends ended stops stopped finishes finished"),
        ),
        (
            _wordset("only merely simply purely"),
            _wordset(
                "retailer reseller marketplace platform middleman intermediary broker distributor stockist messenger go-between venue listing third"
            ),
        ),
        (
            _wordset("say visibility control influence input insight authority"),
            _wordset("have has had don't"),
            _wordset("no any"),
        ),
    ),
)

_DEFLECT_R11 = _construction(
    r"""
    \b(?:is|are|'s)\s+(?:all\s+|entirely\s+|squarely\s+|purely\s+|very\s+much\s+)?on\s+(?:them|the\s+(?:seller|sellers
      |restaurant|manufacturer|vendor|vendors|supplier|suppliers|airline|hotel|host|hosts|organiser|organisers|organizer
      |organizers|merchant|merchants|brand|landlord|bank|partner|partners|promoter|venue|maker|developer|publisher))
      \b(?!\s+(?:way|site|page|app|website|list|platform|listing|day|date|shelf|shelves|market))
    """,
    needs=(
        (
            _wordset("on"),
            _wordset(
                "seller sellers restaurant manufacturer vendor vendors supplier suppliers organiser organisers organizer organizers merchant merchants promoter"
            ),
        ),
    ),
)

_EXCUSE_R11 = _construction(
    r"""
    \b(?:\d+|one|two|three|four|five|six|several|a\s+few|a\s+couple\s+of|half\s+(?:of\s+)?(?:the|our)|most\s+of\s+(?:the
      |our))\s+(?:[\w-]+\s+)?(?:{FRONTLINE_STAFF}|people|staff|members\s+of\s+staff|team\s+members)\s+(?:(?:have\s+been
      |had\s+been|were|are|was|being)\s+)?(?:off|out|away|down)\s+(?:sick|ill|poorly|with\s+(?:covid|flu|illness
      |the\s+flu)|on\s+(?:leave|holiday|annual\s+leave))\b
    | \b(?:he|she|they|the\s+[\w-]+)(?:'s|\s+is|'re|\s+are|\s+was|\s+were)\s+(?:probably\s+|likely\s+|just\s+|maybe\s+
      |possibly\s+)?(?:having|had)\s+a\s+(?:busy|hectic|long|bad|rough|tough|stressful|manic|difficult|heavy)\s+(?:day
      |shift|week|morning|afternoon)\b
    | \b(?:he|she|they)\s+(?:sees?|saw|visits?|visited|treats?|treated|deals?\s+with|handles?|inspects?|cover|covers
      |look\s+after|looks\s+after)\s+(?:a\s+lot\s+of|lots\s+of|so\s+many|hundreds\s+of|dozens\s+of|loads\s+of
      |\d+)\s+[\w-]+
    | \bas\s+(?:any|every|all)\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:would|does|do|will|must|has\s+to|have\s+to)
      \b(?!\s+(?:be|feel|worry|expect|want|hope|understand))
    | \b(?:every|each|any)\s+(?:other\s+)?(?:company|provider|firm|bank|shop|store|retailer|airline|app|network|supplier
      |business|brand|manufacturer|insurer|operator)\s+(?:is|are|does|do|would|will|has|have)\s+(?:the\s+)?(?:same
      |exactly\s+the\s+same|this|that|it)\b
    """,
    needs=(
        (
            _wordset("off out away down"),
            _wordset("sick ill poorly covid flu illness leave holiday"),
            _STAFF_CUES | _wordset("people staff members"),
        ),
        (
            _wordset("having had"),
            _wordset("day shift week morning afternoon"),
            _wordset("busy hectic rough tough stressful manic"),
        ),
        (
            _wordset("he she they"),
            _wordset("lot lots hundreds dozens loads"),
            _wordset(
                "sees saw visits visited treats treated handles inspects covers looks"
            ),
        ),
        (
            _wordset("as"),
            _wordset("any every"),
            _wordset("would does"),
        ),
        (
            _wordset("every each any"),
            _wordset(
                "company provider firm bank shop store retailer airline app network supplier business brand manufacturer insurer operator"
            ),
            _wordset("same"),
        ),
    ),
)


#: Round 11, widened from the paraphrase banks a-i (development data): a
#: rule defended by what it does for everyone (DEF-13, CS605 reports it
#: while CS607 is preview); the system, line or staff vouched for without
#: a check (DEF-6, DEF-14); prizes and records as the answer (DEF-12); the
#: same everywhere else (DEF-9).
_RULE_NOUN = (
    r"(?:policy|policies|rule|rules|hold|holds|check|checks|limit|limits|restriction|restrictions|fee|fees|cap|caps"
    r"|condition|conditions|requirement|requirements|filter|queue|measure|measures|deposit|deposits|verification"
    r"|minimum(?:\s+spend)?|waiting\s+list|procedure|procedures|steps|timer|ban|threshold|surcharge|confidentiality"
    r"|questions|OTPs?|charge|charges|reviews|system|process|exclusion|exclusions|charging|pricing|terms)"
)
_ACCOUNT_PURPOSE_R11 = _construction(
    r"""
    \b<RULE>\b[^.!?\n]{0,40}?\b(?:exists?|existed|(?:is|are|'s|was|were)\s+(?:only\s+|just\s+|all\s+)?(?:there|in\s+place
      |designed|applied|undertaken|brought\s+in|introduced|set\s+up|for)|helps?\s+(?:us\s+)?(?:to\s+)?keep|keeps?|ensures?
      |protects?|to\s+(?:keep|protect|safeguard|ensure|stop|prevent|maintain))\b[^.!?\n]{0,60}?(?:\bfor\s+(?:everyone
      |everybody|all\s+(?:our\s+|the\s+)?[\w-]+|every\s+(?:[\w-]+\s+)?[\w-]+|the\s+(?:whole|entire)\s+[\w-]+|each\s+[\w-]+)
      |\b(?:your|their)\s+own\s+(?:security|safety|protection|good|benefit)|\b(?:everyone|everybody)(?:'s)?\b|\ball\s+(?:our\s+)?
      (?:customers|players|passengers|patients|members|users|policyholders|bill\s+payers|visitors|guests)\b|\bevery\s+
      (?:customer|patient|player|passenger|member|user|visitor|guest)(?:'s)?\b|\bfair(?:ness)?\b)
    | \b(?:it's|it\s+is|that's|that\s+is|this\s+is|thats)\s+(?:all\s+|just\s+|only\s+)?(?:for|to)\s+(?:your\s+(?:own\s+)?
      (?:security|safety|protection)|(?:hygiene|safety|security|fraud)\s+reasons|keep\s+(?:[\w-]+\s+){1,3}(?:safe|secure
      |fair))\b
    """.replace("<RULE>", _RULE_NOUN),
    needs=(
        (
            _wordset(
                "policy policies rule rules hold holds check checks limit limits restriction restrictions fee fees cap caps condition conditions requirement requirements filter queue measure measures deposit deposits verification minimum waiting procedure procedures steps timer ban threshold surcharge confidentiality questions otp otps charge charges reviews system process exclusion exclusions charging pricing terms"
            ),
            _wordset(
                "exist exists existed place designed applied undertaken brought introduced keep keeps help helps ensure ensures protect protects safeguard stop prevent maintain"
            ),
            _wordset(
                "everyone everybody everyone's everybody's whole entire own fair fairness every"
            ),
        ),
        (
            _wordset("security safety protection hygiene fraud"),
            _wordset("own reasons keep"),
            _wordset("for to"),
        ),
    ),
)

_SYSTEM_NP = (
    r"(?:(?:the|our|this|that|your|all\s+our|all\s+the)\s+)?(?:[\w-]+\s+)?(?:system|systems|app|site|website|portal"
    r"|server|servers|platform|line|network|meter|meters|booking\s+engine|kiosk|kiosks|pump|pumps|autosave|tracking"
    r"|payment\s+page|payments?\s+platform|software|machine|machines|scanner|scanners|tills?|card\s+readers?|service)"
)
_VINDICATE_BANKS_R11 = _construction(
    r"""
    <SYS>\s+(?:is|are|'s|'re|has\s+been|have\s+been|was|were)\s+(?:(?:all|definitely|absolutely|completely|fully|honestly
      |currently|still)\s+)*(?:working|functioning|operating|running|behaving|performing)\s+(?:absolutely\s+|completely\s+
      |totally\s+)?(?:fine|perfectly|normally|as\s+expected|correctly|properly|as\s+(?:it\s+should|normal|intended))\b
      (?!\s+(?:now|again))
    | <SYS>\s+(?:is|are|'s|'re|has\s+been|have\s+been)\s+(?:(?:all|completely|fully|totally|rock)\s+)?(?:stable|solid
      |fully\s+operational|up\s+and\s+running(?:\s+fine)?|spot\s+on)\b(?!\s+(?:now|again))
      (?![^.!?\n]{0,12}\b(?:for\s+the\s+(?:last|past)|since))
    | <SYS>\s+(?:has|have|had)\s+(?:had\s+)?no\s+(?:known\s+)?(?:issues|problems|faults|errors|outages)\b(?![^.!?\n]{0,30}
      \b(?:so\s+I'll|let\s+me|I'll\s+check|we'll\s+check))
    | <SYS>\s+(?:(?:never|don't|doesn't|do\s+not|does\s+not)\s+(?:fail|make\s+mistakes|get\s+(?:it|this)\s+wrong|lie|go\s+down))\b
    | \b(?:there's|there\s+is)\s+nothing\s+wrong\s+with\s+(?:the|our|it|this|that)\b(?:\s+[\w-]+)?(?!\s+(?:now|again))
    | \b(?:(?:I|we)\s+(?:have|had|'ve)|with)\s+(?:full|complete|total|every|absolute|100%)\s+(?:confidence|faith|trust)\s+in\s+
      (?:our|the|my|him|her|them)\b
    | \b(?:we|I)\s+(?:have|had|'ve)\s+no\s+reason\s+to\s+(?:doubt|question|believe\s+otherwise|think\s+otherwise)\b
    | \b(?:I|we)\s+know\s+(?-i:[A-Z])[\w-]+\s+(?:personally|(?:really\s+|very\s+)?well)\b
    | \b(?:he|she|they|(?-i:[A-Z])[a-z]+|<STAFF>)(?:'d|\s+would|\s+will|'ll)?\s+(?:never|not|n't|wouldn't|wouldnt|won't
      |will\s+not|would\s+not)\s+(?:ever\s+)?(?:speak|talk|say|be\s+rude|hang\s+up|single|treat|shout|swear|ban|do\s+(?:that
      |like\s+that|something\s+like\s+that|anything\s+like\s+that)|behave)\b(?![^.!?\n]{0,40}\bagain\b)
    | \b(?:he|she|they|(?-i:[A-Z])[a-z]+)(?:'s|\s+is|'re|\s+are)\s+(?:honestly\s+|genuinely\s+|really\s+|easily\s+)?(?:one\s+of\s+)?
      our\s+(?:best|most\s+[\w-]+|friendliest|kindest|nicest|top)\b
    | \b(?:an?|any|such)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:of\s+this\s+(?:nature|kind|sort)|like\s+(?:this|that))\s+(?:is|would\s+be)\s+
      (?:(?:highly|very|extremely|most)\s+)?(?:improbable|unlikely|not\s+possible|impossible)\b
    | \b(?:an?|any|such)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|would\s+be)\s+(?:highly|very|extremely|most)\s+improbable\b
    | \b(?:we(?:'re|\s+are|'ve|\s+have)|our\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|has|have))\s+(?:been\s+)?(?:rated|voted|named
      |recognised|recognized|won|one\s+of\s+(?:the|[\w-]+(?:'s|\u2019s))\s+(?:most|best|top|leading|fastest|largest))\b
      (?![^.!?\n]{0,80}\b(?:thank|thanks|grateful|love|proud\s+of\s+you))
    | \btrack\s+record\s+(?:speaks\s+for\s+itself|is\s+(?:excellent|exemplary|impeccable|second\s+to\s+none))
    """.replace("<SYS>", r"\b" + _SYSTEM_NP).replace("<STAFF>", _STAFF_NP),
    needs=(
        (
            _wordset("working functioning operating running behaving performing"),
            _wordset("fine perfectly normally expected correctly normal intended"),
        ),
        (
            _wordset("stable solid operational"),
            _wordset("is are been"),
        ),
        (
            _wordset("issues problems faults errors outages"),
            _wordset("no"),
            _wordset(
                "system systems app site website portal server servers platform network meter meters kiosk kiosks pump pumps software machine machines scanner scanners"
            ),
        ),
        (
            _wordset("fail mistakes wrong lie"),
            _wordset("never don't doesn't not"),
            _wordset(
                "system systems app site website portal server servers platform network meter meters kiosk kiosks pump pumps software machine machines scanner scanners"
            ),
        ),
        (
            _wordset("nothing"),
            _wordset("wrong"),
            _wordset("there's there"),
        ),
        (
            _wordset("confidence faith trust"),
            _wordset("full complete total every absolute 100%"),
        ),
        (
            _wordset("reason"),
            _wordset("doubt"),
        ),
        (
            _wordset("know"),
            _wordset("personally"),
        ),
        (
            _wordset("never not n't wouldn't wouldnt won't"),
            _wordset("speak talk rude hang shout swear behave single"),
        ),
        (
            _wordset("our"),
            _wordset("best most friendliest kindest nicest top"),
            _wordset("one"),
        ),
        (
            _wordset("improbable unlikely impossible possible"),
            _wordset("nature kind sort"),
        ),
        (
            _wordset("improbable"),
            _wordset("highly very extremely most"),
        ),
        (
            _wordset("rated voted recognised recognized won"),
            _wordset("we we're we've our"),
        ),
        (
            _wordset("track"),
            _wordset("record"),
        ),
    ),
)

_NORMALISE_BANKS_R11 = _construction(
    r"""
    \b(?:it's|it\s+is|that's|that\s+is|its|thats)\s+(?:exactly\s+|just\s+|really\s+)?the\s+same\s+(?:with|at|for|across|in)\s+
      (?:every|all|any|other)\b
    | \b(?:all|most|nearly\s+all|almost\s+all|every|plenty\s+of|lots\s+of|many)\s+(?:the\s+|of\s+the\s+)?(?:other\s+)?(?:(?!our\b|my\b|your\b)[\w-]+\s+)?
      (?:networks|banks|insurers|airlines|brands|hospitals|couriers|carriers|providers|companies|lenders|retailers|operators
      |services|games|apps|suppliers|firms|shops|stores|sites|platforms|landlords|agencies|councils|utilities)\s+(?:have\s+(?:the\s+)?(?:same|similar)
      |do\s+(?:the\s+same|this|that|it)|charge|exclude|shrink|put\s+(?:their\s+)?prices|work\s+(?:the\s+same|this\s+way)
      |apply|raise|raised|increase|increased)\b
    | \b(?:you'd|you\s+would|you'll|you\s+will)\s+(?:pay|find|get|see|face)\s+(?:the\s+same|similar|comparable)\b[^.!?\n]{0,50}?
      \b(?:elsewhere|anywhere|at\s+(?:any|other|most|every)|with\s+(?:any|other|most|every))\b
    | \bnot\s+(?:only|just)\s+(?:us|ours|our\s+[\w-]+)\b|\b(?:standard|normal|common|usual|typical)\s+(?:across|throughout|in)
      \s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:industry|sector|market|carriers|providers|networks|banks|airlines|insurers|board)\b
    | \b(?:in\s+line|consistent)\s+with\s+(?:the\s+)?(?:market|industry|sector|rest\s+of\s+the\s+(?:market|industry)
      |prevailing\s+practice)\b|\bby\s+no\s+means\s+(?:specific|unique|limited)\s+to\b|\bhow\s+it\s+works\s+everywhere\b
    """,
    needs=(
        (
            _wordset("same"),
            _wordset("every any other"),
            _wordset("it's that's its thats it that"),
        ),
        (
            _wordset("all most every plenty lots many"),
            _wordset(
                "networks banks insurers airlines brands hospitals couriers carriers providers companies lenders retailers operators services games apps suppliers firms shops stores sites platforms landlords agencies councils utilities"
            ),
            _wordset(
                "charge exclude shrink apply raise raised increase increased same similar prices do work"
            ),
        ),
        (
            _wordset("same similar comparable"),
            _wordset("elsewhere anywhere any other most every"),
            _wordset("pay find get see face"),
        ),
        (
            _wordset("not"),
            _wordset("only just"),
            _wordset("us ours"),
        ),
        (
            _wordset("standard normal common usual typical"),
            _wordset("across throughout"),
        ),
        (
            _wordset("line consistent"),
            _wordset("market industry sector rest prevailing"),
        ),
        (
            _wordset("means"),
            _wordset("specific unique limited"),
        ),
        (
            _wordset("works"),
            _wordset("everywhere"),
        ),
    ),
)


#: Round 11, widened from bank-j's even half (development data) and own
#: variants: the staff member's credentials, pressure or effort (DEF-14),
#: conduct in line with the rules (DEF-6), the records showing it was
#: done (DEF-17 account), the public correction (DEF-7), and workload,
#: weather and rush as the reason (DEF-8/16).
_STAFF_ANY = (
    r"(?:"
    + _STAFF_NP
    + r"|\b(?:dr|doctor|nurse|mr|mrs|ms|miss)\.?\s+(?-i:[A-Z])[\w-]+|\bstaff\s+(?:in|at)\s+(?:this|our)\s+"
    r"[\w-]+|\b(?:he|she|they)|\bevery\s+one\s+of\s+our\s+(?:{FRONTLINE_STAFF}))"
)
_VINDICATE_J_R11 = _construction(
    r"""
    <STAFF>\s+(?:has|have|had|brings|bring)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|decades\s+of\s+)?(?:\d+|ten|fifteen
      |twenty|thirty|forty|many|several|years\s+of)\s*(?:years?(?:'|\u2019)?(?:\s+of)?\s+)?(?:experience|service)\b
      (?!\s+(?:with|in|of|at|on|fitting|treating)\b)
    | <STAFF>\s+(?:is|are|'s|'re)\s+(?:all\s+)?(?:very\s+|highly\s+|extremely\s+|fully\s+|properly\s+)?(?:highly\s+)?(?:regarded
      |respected|qualified|certified|accredited|registered|chartered|experienced\s+[\w-]+|vetted|volunteers)\b(?!\s+to\s+\w)
    | <STAFF>\s+(?:go|goes|went|undergo|undergoes|complete|completes)\s+(?:through\s+)?(?:\d+|two|three|four|five|six|eight|ten
      |twelve|several|many)\s+(?:weeks|months|years)\s+of\s+(?:training|study)\b
    | <STAFF>\s+(?:is|are|'s|'re|have\s+been|has\s+been)\s+(?:currently\s+|really\s+|all\s+)?(?:under|working\s+under)\s+
      (?:a\s+(?:huge|lot|great|massive|tremendous)\s+(?:amount\s+)?(?:of\s+)?|immense\s+|enormous\s+|real\s+|a\s+lot\s+of\s+)?
      (?:pressure|strain)\b
    | <STAFF>\s+(?:is|are|'s|'re|were|was)\s+(?:all\s+)?doing\s+(?:their|his|her|what\s+they\s+can|what\s+(?:he|she)\s+can
      |all\s+they\s+can|everything\s+they\s+can)(?:\s+(?:very\s+)?best)?\b
    | <STAFF>\s+(?:acted|behaved|worked|operated|did\s+(?:his|her|their)\s+(?:work|job))\s+(?:(?:entirely|fully|completely|well
      |properly|correctly|appropriately|professionally|throughout)\s+)*(?:in\s+(?:line|accordance)\s+with|as\s+required|by\s+the
      \s+book|throughout|well|properly|correctly)\b
    | \bno\s+(?:error|mistake|fault|failing|wrongdoing)\s+on\s+the\s+part\s+of\s+(?:the|our)\b
    | \b(?:was|were|has\s+been|had\s+been)\s+(?:done|cancelled|canceled|applied|handled|processed|carried\s+out|issued|charged
      |calculated)\s+(?:correctly\s+|properly\s+)?(?:in\s+(?:full\s+)?accordance\s+with|in\s+line\s+with|as\s+required|strictly\s+as\s+per)\b
    | \b(?:we'd|we\s+would|I'd|I\s+would)\s+like\s+to\s+clarify\s+that\b|\bjust\s+to\s+correct\b|\b(?:a\s+)?(?:quick|small
      |couple\s+of|few)\s+corrections?\s+(?:for|to|here|:)|\bset\s+the\s+record\s+straight\b|\b(?:respectfully|strongly)\s+
      disagree\b|\bcontrary\s+to\s+(?:your|this|the|what)\s+(?:review|claim|post|tweet|comment|you)\b|\b(?:your|this|the)\s+
      (?:review|tweet|post|comment)\s+(?:suggests|implies|claims|states|says)\b
    """.replace("<STAFF>", _STAFF_ANY),
    needs=(
        (
            _wordset("experience"),
            _wordset("has have had brings bring"),
            _wordset("years decades twenty fifteen ten thirty forty over"),
        ),
        (
            _wordset(
                "regarded respected qualified certified accredited chartered experienced vetted volunteers"
            ),
            _wordset("is are 's 're"),
        ),
        (
            _wordset("training study"),
            _wordset("weeks months years"),
        ),
        (
            _wordset("pressure strain"),
            _wordset("under"),
        ),
        (
            _wordset("doing"),
            _wordset("best"),
        ),
        (
            _wordset("acted behaved operated worked"),
            _wordset("line accordance required book throughout properly correctly"),
        ),
        (
            _wordset("part"),
            _wordset("error mistake fault failing wrongdoing"),
        ),
        (
            _wordset("accordance line required"),
            _wordset(
                "done cancelled canceled applied handled processed carried issued charged calculated"
            ),
        ),
        (
            _wordset(
                "clarify correction corrections disagree contrary suggests implies claims record"
            ),
            _wordset(
                "like just quick small few couple respectfully strongly straight your this the to"
            ),
        ),
    ),
)

_ACCOUNT_RECORDS_R11 = _construction(
    r"""
    \b(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:records|logs|log|system|footage|tracking|data|cctv|camera|scan|scans|history
      |notes)\s+(?:clearly\s+)?(?:show|shows|showed|indicate|indicates|confirm|confirms|state|states|prove|proves|say|says)
      \s+(?:that\s+)?(?:the|your|it|this|they)\s*(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|has\s+been|is|are)\s+
      (?:successfully\s+|already\s+|correctly\s+|fully\s+)?(?:(?:approved|authorised|authorized|made)\b[^.!?\n]{0,60}?\bso\b
      [^.!?\n]{0,30}?\b(?:genuine|valid|legitimate|treated\s+as)|in\s+(?:perfect|good|full\s+working)\s+condition|intact
      |complete|checked\s+and\s+complete|inspected|cleaned)\b
    """,
    needs=(
        (
            _wordset(
                "records logs log system footage tracking data cctv camera scan scans history notes"
            ),
            _wordset(
                "show shows showed indicate indicates confirm confirms state states prove proves say says"
            ),
            _wordset(
                "genuine valid legitimate treated condition intact complete inspected cleaned"
            ),
        ),
    ),
)

_EXCUSE_J_R11 = _construction(
    r"""
    \b(?:our|the)\s+(?:[\w-]+\s+)?(?:{FRONTLINE_STAFF}|team|teams|staff|lines|phones)\s+(?:see|sees|handle|handles|deal\s+with
      |answer|answers|take|takes|visit|visits|get|gets)\s+(?:hundreds|thousands|dozens|so\s+many|a\s+lot)\s+(?:of\s+)?[\w-]+
      (?:\s+(?:a|each|every|per)\s+(?:day|week|shift|hour))?
    | \b(?:is|are|'s|'re)\s+(?:always\s+|usually\s+|often\s+)?our\s+busiest\s+(?:day|days|time|times|period|week|month|season)\b
    | \b(?:heavy|huge|massive|big|festive|holiday)\s+rush\b
    | \b(?:exceptionally|unusually|extremely|unprecedented(?:ly)?|very)\s+high\s+(?:volumes?|number|demand|levels?)\s+of\b
    | \b(?:had|received|got|saw|there\s+were)\s+(?:thousands|hundreds|tens\s+of\s+thousands)\s+of\s+[\w-]+\s+(?:come\s+in
      |coming\s+in|arrive|arriving|at\s+once|in\s+one\s+go|overnight)\b
    | \b(?:the\s+)?weather(?:'s|\s+has)\s+been\s+(?:awful|terrible|atrocious|dreadful|horrendous|shocking|bad)\b
    """,
    needs=(
        (
            _STAFF_CUES | _wordset("team teams staff lines phones"),
            _wordset("hundreds thousands dozens"),
        ),
        (
            _wordset("busiest"),
            _wordset("our"),
        ),
        (
            _wordset("rush"),
            _wordset("heavy huge massive big festive holiday"),
        ),
        (
            _wordset("high"),
            _wordset("volume volumes number demand level levels"),
        ),
        (
            _wordset("thousands hundreds"),
            _wordset("once overnight arrive arriving come coming"),
        ),
        (
            _wordset("weather weather's"),
            _wordset("awful terrible atrocious dreadful horrendous shocking bad"),
        ),
    ),
)

_DEFLECT_J_R11 = _construction(
    r"""
    \b(?:that|this|it)(?:'s|\s+one's|\s+one\s+is|\s+is|\s+one)\s+(?:all\s+|entirely\s+|really\s+)?on\s+(?-i:[A-Z])[\w&-]+\b
    | \bnot\s+(?:really\s+)?(?:something|anything)\s+(?:that\s+)?(?:we|I)\s+(?:deal\s+with|handle|cover|look\s+after|get
      \s+involved\s+(?:in|with)|take\s+care\s+of)\b
    | \b(?:e\s+no\s+concern\s+us|not\s+our\s+concern|none\s+of\s+our\s+(?:business|concern))\b
    | \b(?:the|our)\s+(?:insurer|company|retailer|shop|store|bank|airline|hotel|firm|business|practice|landlord|agency|venue
      |council|school|club|platform|operator)\s+(?:is|are|was|cannot\s+be|can't\s+be)\s+(?:not\s+)?(?:held\s+)?(?:liable
      |responsible|accountable)\s+for\b
    """,
    needs=(
        (
            _wordset("one's"),
            _wordset("on"),
        ),
        (
            _wordset("something anything"),
            _wordset("deal handle involved"),
            _wordset("not"),
        ),
        (
            _wordset("concern"),
            _wordset("no not none our"),
        ),
        (
            _wordset("liable responsible accountable"),
            _wordset(
                "insurer company retailer shop store bank airline hotel firm business practice landlord agency venue council school club platform operator"
            ),
            _wordset("not cannot can't"),
        ),
    ),
)


# -- Round 11b (issue 14): constructions read from blind set O ---------------
#
# O (travel, hospitality, public services; development data now) defended in
# constructions whose slots the earlier readers left out: our side's routine
# practice put against the customer's report (OUR + any noun + *are
# inspected / serviced / deep-cleaned* + when: "our buses are checked
# before every shift"), the outcome declared safe after the fact (*so it
# would have been safe*), the agent disputing *the idea / suggestion that*,
# a party *considering* our output *accurate*, staff who *are usually very
# friendly* or *do their best in / under* conditions, volume as perspective
# (*it's worth remembering we handle millions of X a day*), uniformity as
# the excuse (*it's the same for everyone*, *that's how it's set up*), a
# dispute placed *between you and* a party, complaints that *need to go to*
# someone else, the desk with *zero influence / say over* it, *not handled
# by this office*, *not really something the X are responsible for*. Slots
# are classes (any noun after *our*, any staff word, any party), not O's
# words; look-alikes in docs/families/defensiveness.md ("Round 11b").

_ROUTINE_DONE = (
    r"(?:inspected|serviced|checked|cleaned|deep-cleaned|tested|maintained|sanitised|sanitized|disinfected|vetted"
    r"|audited|calibrated|safety-checked|non-smoking|smoke-free|valeted|washed|certified|monitored)"
)
_ROUTINE_WHEN = (
    r"(?:before|between|after|every|each|daily|weekly|monthly|annually|regularly|routinely|to\s+(?:the\s+)?"
    r"(?:manufacturer|manufacturer's|industry|strict|the\s+highest|a\s+high|rigorous)|in\s+line\s+with|according\s+to"
    r"|at\s+(?:every|each|the\s+start|the\s+end))"
)

_VINDICATE_O_R11B = _construction(
    r"""
    \b(?:all\s+|every\s+one\s+of\s+|each\s+of\s+)?our\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:are|is|get|gets)\s+(?:(?:always
      |all|fully|routinely|regularly|thoroughly|professionally|properly|carefully)\s+)*<DONE>(?:\s+and\s+(?:[\w-]+\s+)?
      <DONE>)?\s+<WHEN>\b
    | \bthat's\s+how\s+(?:they're|they\s+are|we're|we\s+are|he's|she's|our\s+[\w-]+\s+are|all\s+our\s+[\w-]+\s+are)
      \s+(?:all\s+)?(?:trained|taught|instructed|briefed)\b
    | \bso\s+(?:it|they|he|she|the\s+[\w-]+|your\s+[\w-]+)\s+(?:would|should)\s+(?:still\s+)?have\s+been\s+(?:perfectly
      \s+|completely\s+|entirely\s+|quite\s+|totally\s+)?(?:safe|fine|ok|okay|accurate|correct|legal|roadworthy|usable
      |drivable|driveable|edible|compliant|in\s+order)\b
    | \b(?:I'd|I\s+would|we'd|we\s+would|I\s+must|we\s+must|I\s+have\s+to|we\s+have\s+to|I'll\s+have\s+to|we'll\s+have
      \s+to|I\s+do|we\s+do|I|we)\s+(?:respectfully\s+|firmly\s+|gently\s+|strongly\s+|have\s+to\s+)?(?:push\s+back\s+on
      |take\s+issue\s+with|challenge|dispute|disagree\s+with|contest|reject|refute)\s+(?:the|your|any|this)\s+(?:idea
      |suggestion|claim|notion|assertion|characteri[sz]ation|implication|allegation|impression)\b
    | \b(?:consider|considers|considered|deem|deems|deemed|judge|judged|judges|regard|regards|regarded)\s+(?:the|this|that
      |our|your)\s+(?:[\w-]+\s+){1,3}?(?:to\s+be\s+|as\s+)?(?:(?:entirely|perfectly|fully|completely)\s+)?(?:accurately
      \s+(?:described|advertised|listed|represented|priced)|accurate|correct|fair|justified|valid|reasonable|in\s+order)\b
        | \b(?:is|are|'s|'re|was|were)(?:n't|\s+not)\s+(?:just\s+|simply\s+|ever\s+)?(?:handed\s+out|given\s+out|given
      |issued|applied|imposed|added|charged|placed|made|raised|taken|revoked|suspended|banned|closed|cancell?ed
      |blocked|refused|declined|removed|withheld|frozen|flagged|rejected)\s+(?:for\s+no\s+reason|at\s+random|randomly
      |without\s+(?:a\s+)?(?:good\s+|valid\s+)?reason|lightly|on\s+a\s+whim)\b
    """.replace("<DONE>", _ROUTINE_DONE).replace("<WHEN>", _ROUTINE_WHEN),
    needs=(
        (
            _wordset("our"),
            _wordset(
                "inspected serviced checked cleaned tested maintained sanitised sanitized disinfected vetted "
                "audited calibrated smoking smoke valeted washed certified monitored"
            ),
            _wordset(
                "before between after every each daily weekly monthly annually regularly routinely to in "
                "according at"
            ),
        ),
        (_wordset("how"), _wordset("trained taught instructed briefed")),
        (
            _wordset("would should"),
            _wordset(
                "safe fine ok okay accurate correct legal roadworthy usable drivable driveable edible compliant order"
            ),
            _wordset("been"),
        ),
        (
            _wordset("push take challenge dispute disagree contest reject refute"),
            _wordset(
                "idea suggestion claim notion assertion characterisation characterization implication "
                "allegation impression"
            ),
        ),
        (
            _wordset(
                "consider considers considered deem deems deemed judge judged judges regard regards regarded"
            ),
            _wordset(
                "accurately accurate correct fair justified valid reasonable order"
            ),
        ),
        (
            _wordset("reason random randomly lightly whim"),
            _wordset(
                "handed given issued applied imposed added charged placed made raised taken revoked suspended "
                "banned closed canceled cancelled blocked refused declined removed withheld frozen flagged rejected"
            ),
        ),
    ),
)

#: Routine practice as the answer (the first alternative of
#: `_VINDICATE_O_R11B`): the reporting rule lets it pass as information
#: when the customer asked a question without complaining ("Are your vans
#: safe?" - "our vans are serviced every 10,000 miles").
ROUTINE_PRACTICE: Final = compile_pattern(
    r"""
    \b(?:all\s+|every\s+one\s+of\s+|each\s+of\s+)?our\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:are|is|get|gets)\s+(?:(?:always
      |all|fully|routinely|regularly|thoroughly|professionally|properly|carefully)\s+)*<DONE>
    """.replace("<DONE>", _ROUTINE_DONE)
)

#: The person complained about vouched for by habit ("she's normally
#: really patient"): an account, so the agent acting on the complaint in
#: the reply ("so I've asked her manager to talk to her") lets it pass.
_ACCOUNT_O_R11B = _construction(
    r"""
    \b(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+(?:usually|normally|generally|always|typically)\s+(?:very\s+|really\s+
      |so\s+|extremely\s+|incredibly\s+)?(?:friendly|polite|helpful|courteous|reliable|careful|professional|punctual
      |patient|pleasant|good\s+with)\b
    """,
    needs=(
        (
            _wordset("usually normally generally always typically"),
            _wordset(
                "friendly polite helpful courteous reliable careful professional punctual patient pleasant good"
            ),
        ),
    ),
)

_NORMALISE_O_R11B = _construction(
    r"""
    \b(?:(?:it's|it\s+is)\s+worth\s+(?:remembering|bearing\s+in\s+mind|keeping\s+in\s+mind|noting|considering)
      |(?:please\s+)?(?:remember|bear\s+in\s+mind|keep\s+in\s+mind)|to\s+put\s+(?:it|this|things)\s+in\s+(?:perspective
      |context))\s+(?:that\s+)?(?:we|our\s+[\w-]+|the\s+[\w-]+|they)\s+(?:handle|handles|deal\s+with|deals\s+with|process
      |processes|serve|serves|deliver|delivers|receive|receives|carry|carries|run|runs|see|sees|get|gets|move|moves
      |answer|answers|ship|ships)\s+[^.!?\n]{0,40}?\b(?:a|per|every|each)\s+(?:day|week|month|year|hour|minute|night
      |shift)\b
    | \b(?:it's|it\s+is|that's|that\s+is|this\s+is|it\s+was)\s+(?:exactly\s+|just\s+|simply\s+|absolutely\s+)?the\s+same
      \s+for\s+(?:everyone|everybody|all\s+(?:our\s+)?(?:customers|passengers|guests|members|users|residents|students
      |applicants|taxpayers|drivers|patients|clients|tenants|visitors|players|of\s+them|of\s+us))\b
    | \bthat's\s+(?:just\s+|simply\s+)?how\s+(?:it's|it\s+is|the\s+system\s+is|the\s+system's|things\s+are|everything
      \s+is)\s+(?:been\s+)?(?:set\s+up|designed|built|configured|organised|organized)\b
    | \b(?:<STAFF>|they|he|she)\s+(?:always\s+|really\s+|genuinely\s+)?(?:do|does|did|try|tries|tried)\s+(?:their|his
      |her)\s+(?:very\s+)?best\s+(?:in|under|given|during|with|despite)\b
    | \b(?:he|she|they)\s+(?:was|were|'s|'re|is|are)\s+(?:under|dealing\s+with)\s+(?:a\s+lot\s+of|a\s+great\s+deal\s+of
      |huge|considerable|enormous|real|a\s+lot\s+of\s+extra|heavy)\s+(?:pressure|stress|strain)\b
    """.replace(
        "<STAFF>",
        r"(?:"
        + _STAFF
        + r"|"
        + r"crews|staff|marshals|stewards|porters|wardens|riders)",
    ),
    needs=(
        (
            _wordset("worth remember mind perspective context"),
            _wordset("day week month year hour minute night shift"),
        ),
        (
            _wordset("same"),
            _wordset(
                "everyone everybody customers passengers guests members users residents students applicants "
                "taxpayers drivers patients clients tenants visitors players them us"
            ),
        ),
        (
            _wordset("how"),
            _wordset("set designed built configured organised organized"),
        ),
        (_wordset("best"), _wordset("do does did try tries tried")),
        (_wordset("pressure stress strain"), _wordset("under dealing")),
    ),
)

_DEFLECT_O_R11B = _construction(
    r"""
    \b(?:discrepancy|discrepancies|dispute|disputes|disagreement|issue|issues|problem|problems|matter|complaint|claim
      |refund|refunds|argument|difference|that|this|it|which)\s*(?:is|are|remains?|was|'s|lies|sits)\s+(?:(?:a\s+matter
      |strictly|entirely|purely|solely|something|one|really|very\s+much)\s+)*between
      \s+(?:you|yourself)\s+and\s+(?:the|that|this|your|them|their|[A-Z][\w&-]+)\b
    | \b(?:any|all|your|such)\s+(?:complaints?|queries|questions|concerns|issues|feedback|claims?|disputes?|grievances?)
      \s+(?:(?:about|regarding|over|on|relating\s+to|concerning)\s+[^,.;!?\n]{1,40}?\s+)?(?:need|needs|have|has|should
      |must|will\s+need|ought)\s+(?:to\s+)?(?:go|be\s+sent|be\s+directed|be\s+made|be\s+addressed|be\s+taken)\s+(?:up\s+)?
      (?:to|with)\s+(?:them|their|the|that|your|[A-Z][\w&-]+)\b
    """,
    needs=(
        (
            _wordset("between"),
            _wordset("you yourself"),
            _wordset(
                "discrepancy discrepancies dispute disputes disagreement issue issues problem problems matter "
                "complaint claim refund refunds argument difference that that's this it it's which"
            ),
        ),
        (
            _wordset(
                "complaint complaints queries questions concerns issues feedback claim claims dispute disputes "
                "grievance grievances"
            ),
            _wordset("go sent directed made addressed taken"),
            _wordset("need needs have has should must ought"),
        ),
    ),
)

_DISOWN_O_R11B = _construction(
    r"""
    \b(?:we|I|reception|the\s+front\s+desk|customer\s+services?|this\s+(?:office|desk|team|branch|line)
      |the\s+(?:[\w-]+\s+)?(?:team|staff|desk|office|agents?|advis[eo]rs?)|(?:support|customer\s+service|our
      |frontline|front\s+desk|call\s+centre|chat)\s+(?:[\w-]+\s+)?(?:staff|team|agents?|advis[eo]rs?|people))\s+(?:have
      |has|had)\s+(?:zero|no|absolutely\s+no|no\s+real|very\s+little|nil|no\s+direct)\s+(?:influence|say|control|input
      |power|sway|visibility|involvement|access)\s+(?:whatsoever\s+)?(?:over|on|in|into|with)\b
    | \b(?:is|are|'s|was|were)(?:n't|\s+not)\s+(?:handled|dealt\s+with|managed|processed|run|covered|decided|done)\s+
      (?:by|in|at|from)\s+(?:this|our|my)\s+(?:[\w-]+\s+)?(?:office|team|department|desk|branch|centre|center|service
      |line|site|store|shop|station|location|unit)\b
    | \bnot\s+(?:really\s+|actually\s+|strictly\s+|technically\s+)?(?:something|anything|a\s+thing|an\s+issue|a\s+matter)
      \s+(?:that\s+)?(?:the\s+(?:[\w-]+\s+)?[\w-]+|our\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:are|is|were|was)\s+(?:directly\s+)?
      (?:responsible|accountable|liable)\s+for\b
    """,
    needs=(
        (
            _wordset(
                "influence say control input power sway visibility involvement access"
            ),
            _wordset("zero no little nil"),
            _wordset("have has had"),
        ),
        (
            _wordset("handled dealt managed processed run covered decided done"),
            _wordset("this our my"),
            _wordset(
                "office team department desk branch centre center service line site store shop station location unit"
            ),
        ),
        (
            _wordset("responsible accountable liable"),
            _wordset("something anything thing issue matter"),
            _wordset("not"),
        ),
    ),
)


#: Round 13 (issue 14; docs/families/defensiveness.md "Round 13"):
#: constructions attested by misses of at least two sets written by
#: different writers, written against what those wordings share; look-alikes
#: in tests/cases/defensiveness-round13.jsonl.
#:
#: Disowning by control or scope with any subject (the gym, the zoo, the
#: contact centre, the agency): "isn't something the X can control",
#: "isn't ours to control", "has no control / say over", "sits / falls
#: outside what we cover", "aren't anything to do with us", "has nothing to
#: do with customer care" (sets K/L, t5, t6, t7, t9, t10, t11). Not the
#: customer's lack of control ("you have no say in it").
_NOT_YOU = r"(?<!\byou\s)(?<!\bu\s)(?<!\bcustomers\s)(?<!\bguests\s)(?<!\bmembers\s)(?<!\bpassengers\s)"
#: The way round offered in the same sentence ("…, but I can restore it").
_NO_BUT = r"(?![^.!?\n]*\b(?:but|though|however)\s*,?\s+(?:I|we)\s+(?:can|could|'ll|will|'ve|have|am|'m)\b)"
_DISOWN_R13 = _construction(
    r"""
    \b(?:isn't|is\s+not|aren't|are\s+not|'s\s+not|wasn't|was\s+not|weren't)\s+(?:really\s+|exactly\s+)?(?:something|anything)
      \s+(?:that\s+)?(?:we|I|(?:the|our|this)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:can|could|is\s+able\s+to|are\s+able\s+to
      |has\s+any|have\s+any)\s+(?:control|influence|answer\s+for|be\s+held\s+to)\b<NO_BUT>
    | \b(?:isn't|is\s+not|aren't|are\s+not|'s\s+not)\s+(?:really\s+)?(?:ours|mine|theirs)\s+to\s+(?:control|decide|change
      |influence|answer\s+for)\b<NO_BUT>
    | <NOT_YOU>\b(?:has|have|had)\s+(?:no|zero|little|absolutely\s+no)\s+(?:real\s+)?(?:control|say|influence|input)\s+
      (?:over|in|on)\b<NO_BUT>
    | \b(?:sits?|sat|falls?|fell|lies|lie|is|are)\s+(?:well\s+|completely\s+|entirely\s+|squarely\s+)?outside\s+(?:of\s+)?
      (?:anything|what|the\s+scope\s+of|the\s+remit\s+of)\s+(?:that\s+)?(?:we|I|our|the\s+[\w-]+|this\s+[\w-]+)\b<NO_BUT>
    | \b(?:aren't|isn't|are\s+not|is\s+not|wasn't|weren't)\s+(?:really\s+)?(?:anything|something)\s+(?:(?:to\s+do\s+with
      \s+(?:us|me|our\s+[\w-]+|the\s+(?:[\w-]+\s+)?(?:team|shop|store|company|office|branch|desk|centre|center)))
      |(?:that\s+)?(?:we|I|the\s+[\w-]+)\s+(?:answer|answers|account|accounts)\s+for)\b<NO_BUT>
    | \b(?:has|have|had)\s+(?:absolutely\s+)?nothing\s+to\s+do\s+with\s+(?:us|me|our\s+[\w-]+|this\s+(?:team|office|desk
      |branch|department)|customer\s+(?:care|service|services|support)|the\s+(?:shop|store|company|office|branch|desk
      |[\w-]+\s+team))\b<NO_BUT>
    """.replace("<NOT_YOU>", _NOT_YOU).replace("<NO_BUT>", _NO_BUT),
    needs=(
        all_of(
            "something anything ours mine theirs",
            "control influence answer held",
        ),
        all_of("no zero little", "control influence input", "over in on"),
        all_of("outside", "anything what scope remit"),
        all_of(
            "anything nothing",
            "do answer answers account accounts",
            "with for",
        ),
    ),
)

#: The rulebook the customer agreed to, cited as the answer: "the terms
#: you agreed to when booking", "which every member agrees to at sign-up",
#: "the terms and conditions agreed at enrolment", "in line with the terms
#: you accepted", "as per T&Cs" (sets O, K/L, t5, t8, t9, t11). An account:
#: the reporting rule lets it pass when the agent then acts ("the terms
#: you agreed to give you 30 days, so I've cancelled it").
#: The rulebook read in the customer's favour, or the agent acting on it,
#: in the same sentence ("the terms you agreed to give you 30 days, so I've
#: cancelled it").
_FAVOUR = (
    r"(?![^.!?\n]*\b(?:give|gives|entitle|entitles|entitled|allow|allows|let\s+you|I've|I\s+have|we've|we\s+have|I'll"
    r"|we'll|I\s+can|we\s+can|refund(?:ed)?\s+(?:you|it|in\s+full))\b)"
)
#: What the terms justify: the action is "in line with", "covered in",
#: "subject to" them. "The agreement you signed clearly states …" and "had
#: you checked the contract you signed" point at the customer's lapse
#: instead (accusatory; sets N, Q, t6 false alarms read in round 13).
_JUSTIFIED = (
    r"(?<=\b(?:in\s+line\s+with|covered\s+(?:in|by|under)|subject\s+to|in\s+accordance\s+with|under|per|set\s+out\s+in"
    r"|according\s+to|governed\s+by|explained\s+in|part\s+of|within)\s+(?:[\w&-]+\s+){0,4})"
)
_ACCOUNT_AGREED_R13 = _construction(
    r"""
    \b(?=(?:terms|T&Cs?|Ts\s*&\s*Cs|conditions|agreement|policy|policies|rules|contract)\b)<JUSTIFIED>(?:terms|T&Cs?|Ts\s*&\s*Cs|conditions|agreement|policy|policies|rules|contract)(?:\s+(?:and|&)\s+conditions)?\s+
      (?:(?:that|which)\s+)?(?:you|every\s+(?:member|customer|user|guest|client|buyer|owner)|all\s+(?:members|customers
      |users|guests|clients))\s+(?:(?:have|had|all|would\s+have)\s+)?(?:agreed|accepted|signed|agree|accept|sign|ticked
      |confirmed)\b<FAVOUR>
    | \b(?:which|that)\s+(?:every\s+(?:member|customer|user|guest|client|buyer|owner)|all\s+(?:members|customers|users|guests
      |clients))\s+(?:(?:have|had)\s+)?(?:agreed
      \s+to|accepted|signed|agrees\s+to|accepts|signs)\s+(?:at|when|on|during|before|as\s+part\s+of)\b<FAVOUR>
    | \b(?=(?:terms|T&Cs?|Ts\s*&\s*Cs|conditions|agreement|policy|policies|rules|contract)\b)<JUSTIFIED>(?:terms|T&Cs?|Ts\s*&\s*Cs|conditions|agreement|contract)(?:\s+(?:and|&)\s+conditions)?\s+(?:agreed|accepted
      |signed)\s+(?:to\s+)?(?:at|when|on|during|upon)\s+(?:sign-?up|signing\s+up|booking|enrolment|enrollment|registration
      |checkout|joining|purchase|order|sale)\b<FAVOUR>
    | \b(?:(?:not|isn't|is\s+not)\s+possible|stands|applied|charged|declined|refused|rejected|non-refundable|payable
      |due|can't|cannot|won't|unable|no)\b[^.!?\n]{0,40}?\bas\s+per\s+(?:our\s+|the\s+|your\s+)?(?:T&Cs?|Ts\s*&\s*Cs|terms(?:\s+(?:and|&)\s+conditions)?|terms\s+of\s+(?:use
      |service|sale|business)|conditions\s+of\s+(?:sale|carriage|hire|booking))\b
    """.replace("<FAVOUR>", _FAVOUR).replace("<JUSTIFIED>", _JUSTIFIED),
    needs=(
        all_of(
            "terms t&cs t&c ts conditions agreement policy policies rules contract",
            "agreed accepted signed ticked",
        ),
        all_of(
            "which that", "every all", "agreed agrees accepted accepts signed signs"
        ),
        all_of("as", "per", "terms t&cs t&c ts cs conditions"),
    ),
)

#: The customer told they were told, with emphatic "did": "we did send
#: three reminders", "we did tell you", "we did post about the new hours"
#: (sets t4, t6, t10). Silent when the sentence goes on to own or redo it
#: ("we did send one, but …", "…; I've resent it").
_VINDICATE_TOLD_R13 = _construction(
    r"""
    \b(?:we|I|our\s+(?:[\w-]+\s+)?(?:team|office|shop|store|staff))\s+did\s+(?:actually\s+|definitely\s+|clearly\s+|already
      \s+|in\s+fact\s+)?(?:send|email|e-mail|text|post|tell|mention|warn|notify|inform|advise|announce|publish|explain|flag
      |message|write\s+to|put\s+(?:it|this|that|a\s+notice))\b
      (?![^.!?\n]*\b(?:but|though|although|however|sorry|apologi\w*|I've|I\s+have|I'll|I\s+will|we've|we'll|let\s+me|resent
      |re-sent|again|too)\b)
    """,
    needs=(
        all_of(
            "did",
            "send email e-mail text post tell mention warn notify inform advise announce publish explain flag message "
            "write",
        ),
    ),
)

#: What the company "can't be expected" to do, and staff who "can't be
#: watching every child": "staff can't be expected to supply it", "the
#: scheme cannot be expected to pay", "not something the bank can be
#: expected to catch", "I can't be in every room at once" (sets t6, t7,
#: t8, t10, t11). Not the customer ("you can't be expected to know").
_EXCUSE_EXPECTED_R13 = _construction(
    r"""
    <NOT_YOU>\b(?:can't|cannot|can\s+not|couldn't|could\s+not|shouldn't|should\s+not)\s+(?:really\s+|reasonably\s+|realistically
      \s+|honestly\s+)?be\s+expected\s+to\b
    | \b(?:something|anything)\s+(?:that\s+)?(?:we|the\s+[\w-]+|our\s+[\w-]+)\s+(?:can|could)\s+(?:reasonably\s+)?be\s+expected
      \s+to\b
    | <NOT_YOU>\b(?:can't|cannot|can\s+not)\s+(?:always\s+)?be\s+(?:watching|monitoring|checking|supervising|everywhere
      |in\s+(?:every|two|all|three|several)\s+[\w-]+|on\s+call|available\s+(?:24|round|around)|answering|replying
      |responding)\b
    """.replace("<NOT_YOU>", _NOT_YOU),
    needs=(
        all_of("expected", "can't cannot can couldn't shouldn't something anything"),
        all_of(
            "can't cannot",
            "watching monitoring checking supervising everywhere room rooms answering replying responding",
        ),
    ),
)

#: The fault denied by name: "not a staff error", "this is not a mistake
#: from our side", "no error has occurred", "no delay on our part" (sets
#: t4, t6, t7, t10, t11).
_VINDICATE_NO_FAULT_R13 = _construction(
    r"""
    \bnot\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:staff|system|booking|billing|team|driver|engineer|technical|processing|our|human
      |operator|agent|software)\s+(?:error|mistake|fault|failure)\b
    | \b(?:is|was|'s)\s+not\s+(?:a\s+|an\s+)?(?:mistake|error|problem|fault|failure)\s+(?:from|on|by)\s+(?:our|the\s+[\w-]+(?:'s)?
      |this)\s+(?:[\w-]+\s+)?(?:side|part|end|engineer|team|staff|driver|technician|agent)\b
    | \bno\s+(?:error|mistake|fault|delay|wrongdoing|maladministration|failure|fault)\s+(?:has\s+(?:been\s+)?(?:occurred|made
      |happened|been\s+made)|(?:was|were)\s+(?:made|committed)|on\s+(?:our|the\s+[\w-]+(?:'s)?)\s+(?:part|side|end))\b
    """,
    needs=(
        all_of(
            "not no",
            "error mistake fault failure delay wrongdoing maladministration",
            "staff system booking billing driver engineer technical processing human operator software side part "
            "occurred committed",
        ),
    ),
)

#: Our checks as the defence, with an agent or staff subject or a passive
#: "by our team": "we check every box before it goes out", "our fitters
#: level everything before they go", "orders are picked and checked by our
#: team before dispatch", "our team follows a rigorous checklist" (sets Q,
#: K/L, M, t4, t8, t9, t11). `ROUTINE_PRACTICE_R13` lets it pass as
#: information to a customer who asked without complaining.
_CHECK_VERB = (
    r"(?:check|checks|checked|test|tests|tested|inspect|inspects|inspected|examine|examines|examined|level|levels"
    r"|weigh|weighs|measure|measures|quality-check|quality-checks|quality\s+check|photograph|photographs|verify"
    r"|verifies|pressure-test|pressure-tests|pressure-tested|audit|audits|audited)"
)
ROUTINE_PRACTICE_R13: Final = compile_pattern(
    r"""
    \b(?:we|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:always|routinely|carefully|personally|individually|all)\s+)*<CHECK>\s+
      (?:every|each|all|everything)\b
    | \b(?:are|is)\s+(?:all\s+)?(?:[\w-]+\s+and\s+)?<CHECK>\s+by\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:team|staff|experts|technicians
      |engineers|fitters|packers)\s+(?:before|prior\s+to|ahead\s+of)\b
    | \b(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:team|staff|crew|fitters|engineers|technicians|cleaners|housekeepers|assemblers
      |drivers)\s+(?:always\s+)?(?:follows?|works?\s+to|uses?)\s+(?:a|an|the|our)\s+(?:strict|rigorous|thorough|detailed
      |\d+-point|[\w-]+-point)\s+(?:[\w-]+\s+)?(?:checklist|procedure|process|protocol|routine)\b
    """.replace("<CHECK>", _CHECK_VERB)
)
_VINDICATE_CHECKS_R13 = _construction(
    source_of(ROUTINE_PRACTICE_R13)[0],
    needs=(
        all_of(
            "we our",
            "check checks checked test tests tested inspect inspects inspected examine examines examined level levels weigh weighs measure measures quality-check quality-checks photograph photographs verify verifies pressure-test pressure-tests pressure-tested audit audits audited",
            "every each everything",
        ),
        all_of("by", "checked tested inspected examined audited", "before prior ahead"),
        all_of(
            "follows follow works work uses use",
            "checklist procedure process protocol routine",
            "strict rigorous thorough detailed",
        ),
    ),
)

#: The service declared done as it should be, with a manner or standard
#: that vouches for it: "the session was delivered as booked", "the order
#: was fulfilled correctly", "the bills were correct as issued", "our team
#: arrived within the agreed window" (sets K/L, t4, t6, t8, t10); and the
#: result declared inside our own tolerance: "within our normal range",
#: "within our print tolerance", "acted within the scope of the agreed
#: brief" (sets t4, t6); "within the minimum" said of the customer's own
#: plan is reassurance (set O false alarm read in round 13) and stays out.
#: `VINDICATED_R13` lets both pass as information to a customer who only
#: asked ("has my refund gone through?" - "it was processed correctly").
VINDICATED_R13: Final = compile_pattern(
    r"""
    \b(?:was|were|been)\s+(?:all\s+)?(?:[\w-]+\s+)?(?:delivered|completed|fulfilled|performed|issued|inflated|carried\s+out
      |done|made|processed|sold|supplied|installed|fitted|dispatched|packed|printed|cooked|prepared|served|charged|billed
      |calculated|applied)\s+(?:(?:exactly|precisely|fully|entirely|technically|perfectly)\s+)?(?:as\s+(?:booked|ordered
      |described|issued|rehearsed|agreed|requested|specified|advertised|quoted|planned|scheduled|instructed|contracted)
      |normally|correctly|properly|accurately|to\s+spec(?:ification)?)\b
    | \b(?:was|were)\s+correct\s+(?:as\s+issued|as\s+billed|as\s+charged|at\s+the\s+time)\b
    | \b(?:arrived|turned\s+up|attended|got\s+there|were\s+there|was\s+there)\s+within\s+the\s+(?:agreed|booked|allotted
      |scheduled|confirmed)\s+(?:window|slot|time|timeframe|time\s+slot)\b
    | \b(?:is|are|was|were|'s|all)\s+(?:(?:well|comfortably|still|fully|all)\s+)*within\s+our\s+(?:[\w-]+\s+){0,2}?
      (?:range|tolerance|tolerances|minimum|limits?|standards?|guidelines|scope|allowance|threshold|spec|specification
      |margin)\b
    | \b(?:acted|worked|operated|performed)\s+(?:entirely\s+|fully\s+)?within\s+the\s+(?:[\w-]+\s+){0,2}?(?:scope|remit|terms
      |brief|guidelines|rules)\b
    """
)
_VINDICATE_DONE_R13 = _construction(
    source_of(VINDICATED_R13)[0],
    needs=(
        all_of(
            "delivered completed fulfilled performed issued inflated carried done made processed sold supplied installed "
            "fitted dispatched packed printed cooked prepared served charged billed calculated applied",
            "booked ordered described rehearsed agreed requested specified advertised quoted planned scheduled "
            "instructed contracted normally correctly properly accurately spec specification",
        ),
        all_of("correct", "issued billed charged time"),
        all_of("within", "window slot timeframe"),
        all_of(
            "within",
            "range tolerance tolerances minimum limit limits standard standards guidelines scope allowance threshold "
            "spec specification margin remit terms brief rules",
        ),
    ),
)

#: The rule declared by itself: "rules are rules", "policy is policy",
#: "this is the rule." (sets M, t10; K/L). Prices and fees are left out
#: ("the price is the price you see at checkout" explains, and the words
#: are too common to gate on).
_VINDICATE_TAUTOLOGY_R13 = _construction(
    r"""
    \b(?P<rule>rules|polic(?:y|ies))\s+(?:is|are)\s+(?:the\s+)?(?P=rule)\b(?=\s*(?:[.!,;\u2014-]|$|and\b))
    | (?:^|(?<=[.!?\n]\s{0,3})|(?<=[,;\u2014-]\s{0,2}))(?:this|that|it)(?:'s|\s+is)\s+(?:simply\s+|just\s+)?the\s+(?:rule
      |policy)(?=\s*(?:[.!;\u2014]|$))
    """,
    needs=(
        all_of("rules", "are"),
        all_of("policy policies", "is are"),
        all_of("this that it it's that's", "rule"),
    ),
)

#: Our side denied as the cause: "nothing we did would cause that", "not
#: something we introduced", "cans don't burst on their own", "our system
#: doesn't create subscriptions without …" (sets M, t4, t5, t8, t9).
#: Silent when the sentence goes on to help ("…, but I'll send someone"),
#: and "don't break by themselves" when the sentence names who broke it
#: ("… when someone forces the cap": blame, accusatory; t4 false alarm read).
_NO_HELP_AFTER = (
    r"(?![^.!?\n]*\b(?:but|though|however|I'll|I\s+will|we'll|we\s+will|I've|we've|let\s+me|replace\w*|refund\w*"
    r"|sorry)\b)"
)
_VINDICATE_NOT_CAUSE_R13 = _construction(
    r"""
    \bnothing\s+(?:that\s+)?(?:we|our\s+[\w-]+|the\s+(?:engineer|fitter|technician|installer|team|driver))\s+(?:did|does|do
      |fitted|installed|changed|used)\b[^.!?\n]{0,30}?\b(?:would|could|will|can)\s+(?:have\s+)?(?:cause[ds]?|create[ds]?
      |make|made|lead\s+to)\b<NO_HELP>
    | \b(?:not|n't)\s+(?:be\s+)?(?:something|anything)\s+(?:that\s+)?(?:we|our\s+[\w-]+)\s+(?:introduced|caused|created
      |did|made|brought)\b<NO_HELP>
    | \b(?:don't|doesn't|do\s+not|does\s+not|won't|can't|cannot)\s+(?:just\s+|simply\s+)?(?:burst|crack|break|snap|tear
      |leak|fail|explode|smash|dent)\s+(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|themselves|itself)\b<NO_HELP>
      (?![^.!?\n]*\b(?:someone|somebody|you|your|customers?)\b)
    | \b(?:our\s+)?(?:system|app|platform|website|site)\s+(?:does\s+not|doesn't|cannot|can't|won't|will\s+not|never)\s+
      (?:create|make|add|charge|renew|start|book|place|set\s+up)\s+(?:[\w-]+\s+){0,3}?without\b<NO_HELP>
    """.replace("<NO_HELP>", _NO_HELP_AFTER),
    needs=(
        all_of("nothing", "cause caused causes create created creates"),
        all_of("something anything", "introduced caused created"),
        all_of(
            "burst crack break snap tear leak fail explode smash dent",
            "own itself themselves",
        ),
        all_of("system app platform website site", "without"),
    ),
)

#: The workload as the excuse: "we've had a massive surge in orders", "the
#: team is handling record volumes", "affected by the high volume of
#: applications" (sets t4, t6, t7), and one person covering many: "I'm one
#: person covering three sites", "I've been covering forty properties on my
#: own" (sets t7, t10).
#: The round-13 excuses whose own words are the excuse whatever is offered
#: after it ("the scheme cannot be expected to pay …; please send your new
#: details"), and whose "not" is part of the construction ("not something
#: the bank can be expected to catch"): CS603 reports them even so.
EXCUSE_R13: Final = compile_pattern(
    r"""
    (?:can't|cannot|can\s+not|couldn't|could\s+not|shouldn't|should\s+not|something|anything)\b[^.!?\n]{0,40}?\bbe\s+
      (?:expected|watching|monitoring|checking|supervising|everywhere|in|on|available|answering|replying|responding)\b
    | [^.!?\n]{0,60}?\b(?:record|huge|massive|enormous|unprecedented|exceptional|unusually|very|extremely|high|heavy|big
      |real)\s+(?:high\s+)?(?:volumes?|surge|rush|influx|spike|demand|backlog|number)\b
    | [^.!?\n]{0,40}?\bcovering\b
    """
)
_EXCUSE_VOLUME_R13 = _construction(
    r"""
    \b(?:handling|handled|had|having|seeing|seen|dealing\s+with|experiencing|experienced|affected\s+by|hit\s+by|facing
      |coping\s+with|under)\s+(?:a\s+|an\s+|the\s+)?(?:record|huge|massive|enormous|unprecedented|exceptional|unusually\s+high
      |very\s+high|extremely\s+high|high|heavy|big|real)\s+(?:volumes?|surge|rush|influx|spike|demand|backlog|number)\b
    | \b(?:I'm|I\s+am|I've\s+been|I\s+have\s+been|we're|we\s+are|we've\s+been)\s+(?:just\s+|only\s+)?(?:(?:one|a\s+single)
      \s+person\s+|on\s+my\s+own\s+|by\s+myself\s+)?covering\s+(?:[\w-]+\s+){0,2}?(?:sites|properties|branches|stores|shops
      |rooms|wards|desks|teams|areas|shifts|locations|buildings|venues|clinics|schools)\b
    """,
    needs=(
        all_of(
            "handling handled had having seeing dealing experiencing experienced affected hit facing coping",
            "record huge massive enormous unprecedented exceptional unusually extremely high heavy",
            "volume volumes surge rush influx spike demand backlog",
        ),
        all_of(
            "covering",
            "sites properties branches stores shops rooms wards desks teams areas shifts locations buildings venues clinics schools",
        ),
    ),
)

#: A third party's counterfactual is the construction itself, not a
#: condition around it.
_THIRD_PARTY_IF: Final = compile_pattern(r"if\s+(?:the|your)\s")
#: Rhetorical questions that are the defence: read even though questions
#: are otherwise skipped.
_RHETORICAL: Final = compile_pattern(
    r"\bwhat\s+else\s+(?:were|was|could|would|should)\b"
)

_BY_KIND: Final[tuple[tuple[DefenceKind, Construction], ...]] = (
    ("vindicate", _VINDICATE),
    ("deflect", _DEFLECT),
    ("disown", _DISOWN),
    ("normalise", _NORMALISE),
    ("vindicate", _VINDICATE_RECORD),
    ("account", _ACCOUNT),
    ("disown", _DISOWN_CONTROL),
    ("normalise", _NORMALISE_NATURE),
    ("deflect", _DEFLECT_CHANNEL),
    ("vindicate", _VINDICATE_STANDARD),
    ("account", _ACCOUNT_EVIDENCE),
    ("normalise", _NORMALISE_EVERYONE),
    ("disown", _DISOWN_ROLE),
    ("vindicate", _VINDICATE_PRAISE),
    ("disown", _DISOWN_SCOPE),
    ("normalise", _NORMALISE_WAY),
    ("disown", _DISOWN_DESK),
    ("deflect", _DEFLECT_PLATFORM),
    ("vindicate", _VINDICATE_RECORD_R5),
    ("deflect", _DEFLECT_FRAME),
    ("deflect", _DEFLECT_CONTRAST),
    ("vindicate", _VINDICATE_FRAME),
    ("account", _ACCOUNT_FRAME),
    ("normalise", _EXCUSE_FRAME),
    ("vindicate", _VINDICATE_R7),
    ("account", _ACCOUNT_R7),
    ("normalise", _EXCUSE_R7),
    ("deflect", _DEFLECT_R7),
    ("vindicate", _VINDICATE_R11),
    ("disown", _DISOWN_R11),
    ("deflect", _DEFLECT_R11),
    ("normalise", _EXCUSE_R11),
    ("account", _ACCOUNT_PURPOSE_R11),
    ("vindicate", _VINDICATE_BANKS_R11),
    ("normalise", _NORMALISE_BANKS_R11),
    ("vindicate", _VINDICATE_J_R11),
    ("account", _ACCOUNT_RECORDS_R11),
    ("normalise", _EXCUSE_J_R11),
    ("deflect", _DEFLECT_J_R11),
    ("vindicate", _VINDICATE_O_R11B),
    ("normalise", _NORMALISE_O_R11B),
    ("deflect", _DEFLECT_O_R11B),
    ("disown", _DISOWN_O_R11B),
    ("account", _ACCOUNT_O_R11B),
    ("disown", _DISOWN_R13),
    ("vindicate", _ACCOUNT_AGREED_R13),
    ("vindicate", _VINDICATE_TOLD_R13),
    ("normalise", _EXCUSE_EXPECTED_R13),
    ("vindicate", _VINDICATE_NO_FAULT_R13),
    ("vindicate", _VINDICATE_CHECKS_R13),
    ("normalise", _EXCUSE_VOLUME_R13),
    ("vindicate", _VINDICATE_DONE_R13),
    ("vindicate", _VINDICATE_TAUTOLOGY_R13),
    ("vindicate", _VINDICATE_NOT_CAUSE_R13),
)
#: The constructions of each kind, for the rules' trigger words.
CONSTRUCTIONS: Final[dict[DefenceKind, tuple[Construction, ...]]] = by_kind(_BY_KIND)

#: The agent owning the failure in the same sentence, or sympathy for the
#: customer ("it's normal to feel let down").
_OWNED = compile_pattern(
    r"\b(?:sorry|apologi[sz]e|apologies)\s+(?:that\s+)?(?:they|he|she|we|it|our|the\s+team)\s+(?:didn't|did\s+not"
    r"|wasn't|weren't|failed)\b|\b(?:our|my)\s+(?:own\s+)?(?:mistake|fault|error)\b|\bon\s+us\b"
    r"|\bshould\s+have\b|\bshouldn't\s+have\b|\bto\s+feel\b|\bfeel(?:ing)?\s+(?:frustrated|upset|let\s+down|annoyed)\b"
    r"|\byou(?:'re|\s+are)\s+(?:absolutely\s+|quite\s+)?right\b|\b(?:slipped|got)\s+through\b"
)


def owns_failure(doc: Document, start: int) -> bool:
    """
    Return whether the sentence around *start* owns the failure ("our staff
    should have followed the procedure, and I'm sorry they didn't") or
    sympathises ("it's normal to feel let down"): a defence-looking phrase
    there is not a defence.
    """
    lo, hi = sentence_window(doc, start)
    return _OWNED.search(doc.text, lo, hi) is not None


#: Round 10b (blind set N): a normalising frame whose subject is shrunk
#: first -- "a minute or two's wait is part and parcel of secure banking",
#: "a bit of soreness is to be expected", "a small delay is unavoidable"
#: -- tells the customer the problem is too small to mind: a shrug, which
#: the dismissive rules (CS421, CS424) report, not a defence of the
#: company. "Delays are to be expected in summer" and "a two-week delay is
#: unavoidable" keep their subject's size and stay read. DEF-21.
_SHRUNK_SUBJECT: Final = compile_pattern(
    r"""
    \b(?:only\s+|just\s+|merely\s+)?(?:a|an)\s+
    (?:(?:tiny|teeny|minor|small|little|slight|quick|short)\s+[\w\x27\u2019-]+
      |(?:minute|second|moment|hour|day)\s+or\s+two(?:[\x27\u2019]s)?(?:\s+[\w-]+)?
      |few\s+(?:minutes|seconds|moments)(?:[\x27\u2019])?(?:\s+[\w-]+)?
      |bit\s+of\s+[\w-]+)\s*$
    """
)


def _shrunk_subject(doc: Document, start: int) -> bool:
    """
    Whether the clause before the normalising frame at *start* is a
    subject shrunk by a minimiser (`_SHRUNK_SUBJECT`).
    """
    lo, _ = sentence_window(doc, start)
    return _SHRUNK_SUBJECT.search(doc.text, max(lo, start - 60), start) is not None


def _reads_as_defence(doc: Document, kind: DefenceKind, start: int) -> bool:
    if kind == "normalise" and _shrunk_subject(doc, start):
        return False
    if is_question(doc, start) and not _RHETORICAL.match(doc.text, start, start + 40):
        return False
    if doc.clause_at(start).conditional and not _THIRD_PARTY_IF.match(
        doc.text, start, start + 12
    ):
        return False
    if reported_frame(doc, start):
        return False
    if kind in ("vindicate", "account") and doc.clause_at(start).speaker == "customer":
        return False  # "you followed the right steps": praise for the customer
    return not owns_failure(doc, start)


#: Every construction, read in one pass over the words of the text and of
#: each sentence.
_ALL: Final = Constructions(tuple(c for _, c in _BY_KIND))


def _read(doc: Document) -> tuple[Defence, ...]:
    text = doc.text
    return tuple(
        Defence(
            _BY_KIND[i][0],
            start,
            end,
            bool(
                _RHETORICAL.match(text, start, start + 40)
                or _THIRD_PARTY_IF.match(text, start, start + 12)
            ),
        )
        for i, start, end in _ALL.first_per_sentence(
            doc, lambda i, start: _reads_as_defence(doc, _BY_KIND[i][0], start)
        )
    )


def defences(doc: Document) -> tuple[Defence, ...]:
    """
    The defence constructions of *doc*, one a sentence, read once per
    document.

        >>> [d.kind for d in defences(Document("Delays are sometimes unavoidable."))]
        ['normalise']
        >>> defences(Document("Our team should have followed the process, and I'm sorry."))
        ()
    """
    return doc.memo(_read)
