"""
Dismissive frames (round 6): telling the customer how to feel, shrinking the
problem, calling it ordinary, and other people as the yardstick, read as
roles in a sentence filled from broad classes (`cs_lint._context.frames`).

Round 5's dismissive readers listed realisations ("it's only three hours",
"delays happen"); sets F and t1-t3 (written by outsiders) missed the same
constructions in other words: "there's really no need to be concerned",
"I wouldn't get too stressed about it yet", "lost progress happens to
everyone now and then", "routers do that sometimes", "most customers manage
fine with a spare phone", "it's only a drip", "they're cosmetic 😂". Each
frame here names the construction's roles -- a denial frame and a feeling
state, a happening and its frequency or generality, people in a role and a
coping predicate, a copula, a minimiser and the thing -- and takes each
role's whole field from the lexicons. Frames and look-alikes:
docs/families/dismissive.md ("Round 6: frames").

Kinds, and the rule that reports each (cs_lint/rules/empathy.py):
``feeling`` and ``yardstick`` CS421, ``minimise`` CS423, ``normalise``
CS424, ``console`` CS425. Frames marked *troubled* count only when the
customer reported a problem or is upset (or, with no customer message, a
tone marker sits in the sentence); the rules apply the clause checks.
"""

from __future__ import annotations

from typing import Final

from cs_lint._context.frames import Frame, Frames


#: A copula whose subject is the problem ("it's", "they're", "that was").
_COPULA = r"(?:\b(?:it|that|this|they|these|those)(?:'s|\s+is|\s+was|'re|\s+are|\s+were|s)|\bits|(?:^|(?<=[,;:\u2014-]\s{0,2}))is)"
#: Laughter and knowing emoji after a size: the flippant tone.
_LAUGH = r"(?:\blol\b|\blmao\b|\bhaha\w*\b|\bjk\b|[😅😂🤣🙂😉🙃😊🙈]|\bbro\b|\bmy\s+guy\b|\bmate\b|\bhun\b|\btbh\b)"
#: Words that end a minimiser's phrase without naming a problem ("it's
#: just for you", "it's only available", "it's just been sent").
_NOT_A_THING = (
    r"(?:for|to|about|in|on|with|at|by|that|this|a|an|the|us|me|you|them|it|here|there|now|then|sent|done|fine|ok|okay"
    r"|been|got|started|finished|arrived|left|gone|received|happened|updated|changed|added|moved|one|available|open"
    r"|closed|reminder|note|heads-up|formality|suggestion|thought|question|case|matter|step|steps|click|clicks|form"
    r"|link|button|way|check|precaution|test|pleasure|thanks|me|glitch\s+on\s+our\s+side|what|how|when|where|why"
    # round 12 (reply sets t4-t11): what is due or fitting, "a full refund,
    # that's only fair", "it's only right", "only natural to feel let down"
    r"|fair|right|proper|reasonable|fitting|decent|correct|appropriate|natural|understandable|polite|courteous)"
)


#: Round 11 (blind sets N and M, development data now; docs/families/
#: dismissive.md "Round 11"): the size shrunk by a share of the whole or
#: by a bigger thing it is not, the problem said to go unnoticed or to
#: sort itself out, "probably nothing", a reaction named excessive as a
#: noun, and the complaint brushed aside with "anyway".
_CATASTROPHE = (
    r"(?:flood|disaster|catastrophe|emergency|crisis|tragedy|fire|burst\s+(?:main|pipe)|outage|write-off|major\s+incident"
    r"|end\s+of\s+the\s+world|life\s+or\s+death|big\s+deal|calamity|leak|power\s+cut|blackout)"
)
_ROUND11 = (
    # "it's only a couple of boxes out of forty", "just two items of the 30".
    Frame(
        "share-of-whole",
        "minimise",
        (
            r"\b(?:only|just|merely)\s+(?:a\s+couple\s+of|a\s+couple|a\s+few|a\s+handful\s+of|one|two|three|four|five|six"
            r"|\d+|a\s+small\s+number\s+of)\s+(?:[\w-]+\s+)?(?:out\s+of|of\s+(?:the\s+|your\s+)?(?=\d|[a-z]+(?:ty|teen|dred"
            r"|sand)\b))\s*(?:\d+|[a-z]+(?:ty|teen|dred|sand)|(?:about|around|over|nearly)\s+\d+)\b"
            r"|\b(?:only\s+|just\s+|merely\s+)?(?:a\s+handful\s+of|a\s+couple\s+of|a\s+few|one|two|three|\d+)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:from|out\s+of|of|in)\s+(?:your|the|a|an)\s+(?:whole|entire|total|full|library"
            r"|collection)\b",
        ),
        (
            "only merely handful couple few",
            "whole entire total library collection forty fifty hundred thousands",
        ),
        cancel=r"\b(?:that|which|who)\s+(?!(?:is|was)\s+(?:all|fine))\w+|\bsorry\b|\bapologi",
    ),
    # The size denied by a bigger thing it is not: "it's a dripping tap,
    # not a flood", "low pressure isn't an outage", "a small drip, not a
    # burst main".
    Frame(
        "not-a-catastrophe",
        "minimise",
        (
            r"(?:\b[\w-]+,\s+not\s+(?:a|an|the)\s+|\b(?:isn't|is\s+not|aren't|are\s+not|wasn't|was\s+not)\s+(?:really\s+|exactly"
            r"\s+|technically\s+)?(?:(?:classed|counted|treated|considered|classified)\s+as\s+)?(?:a|an|the)\s+)"
            r"(?:{MINIMISER}\s+)?" + _CATASTROPHE + r"\b",
        ),
        (
            "not isn't aren't wasn't",
            "flood disaster catastrophe emergency crisis tragedy fire burst outage write-off "
            "major end life deal calamity leak power blackout",
        ),
        cancel=r"\bsorry\b|\bapologi|\b(?:but|though)\s+(?:we|I|it's\s+still|that\s+doesn't)\b|\b(?:we|I)(?:'ll|\s+will"
        r"|'ve|\s+have)\s+(?:still\s+|now\s+|already\s+)?(?:treat|send|come|book|get|prioriti|fix|be\s+there)",
        cancel_in_sentence=True,
    ),
    # Said to go unnoticed: "nobody at a wedding notices the napkins", "you'll
    # stop noticing it in a day or two".
    Frame(
        "goes-unnoticed",
        "minimise",
        (
            r"\b(?:nobody|no\s+one|no-one|hardly\s+anyone|hardly\s+anybody|no\s+(?:guest|guests|customer|customers|visitor"
            r"|visitors|one\s+else|passenger|passengers|diner|diners))\b(?:\s+[\w-]+){0,4}?\s+(?:(?:ever|even|really|actually"
            r"|will|would|'ll)\s+){0,2}(?:notices|notice|spots|spot|cares|care|can\s+tell|looks\s+at)\b"
            r"|\b(?:you|u)(?:'ll|\s+will)\s+(?:soon\s+|quickly\s+|probably\s+)?(?:stop\s+noticing|forget\s+(?:about\s+)?(?:it"
            r"|them|that)|not\s+(?:even\s+)?(?:notice|see)\s+it)\b",
        ),
        (
            "nobody no-one hardly you'll guest guests",
            "notices notice noticing spots cares forget",
        ),
        cancel=r"\bsorry\b|\bapologi|\bwe(?:'ll|\s+will)\b|\bI(?:'ll|\s+will)\b",
        cancel_in_sentence=True,
    ),
    # Said to sort itself out: "I'm sure they'll turn up", "she'll come round
    # when she's hungry", "it's oak, it'll dry out fine".
    Frame(
        "will-resolve",
        "normalise",
        (
            r"\b(?:I'm\s+sure|I\s+am\s+sure|I\s+bet|I'd\s+bet|no\s+doubt|chances\s+are|they'll|it'll|she'll|he'll|they\s+will"
            r"|it\s+will|she\s+will|he\s+will)\b",
            r"\b(?:turn\s+up|turn\s+out\s+fine|come\s+round|come\s+around|dry\s+(?:off|out)|settle\s+(?:down|in)|sort\s+(?:itself"
            r"|themselves)\s+out|get\s+used\s+to\s+(?:it|them)|wear\s+off|bounce\s+back|grow\s+back|show\s+up|reappear"
            r"|pop\s+up|calm\s+down)\b",
        ),
        (
            "sure bet doubt chances they'll it'll she'll he'll",
            "turn dry settle wear bounce grow reappear calm round around",
        ),
        reach=40,
        cancel=r"\bif\s+(?:not|it|they|he|she|you)\b|\botherwise\b|\b(?:but|though)\b|\b(?:I|we)(?:'ve|'ll|\s+have|\s+will)\b|\bsorry\b|\bapologi|\bin\s+the\s+meantime\b|\bmeanwhile\b|\bwithin\s+\d+",
        cancel_in_sentence=True,
    ),
    # "Probably nothing." as the answer to a worry.
    Frame(
        "probably-nothing",
        "minimise",
        (
            r"(?:^|(?<=[.!?]\s{0,3})|(?<=\n)|(?<=[,\u2014-]\s{0,2}))(?:(?:it's|it\s+is|that's|that\s+is|honestly,?|tbh,?"
            r"|so|and)\s+)?(?:probably|most\s+likely|almost\s+certainly|likely)\s+nothing\b(?!\s+(?:to\s+do\s+with\s+(?:you"
            r"|your)|you\s+did|on\s+your|wrong\s+with\s+your|we\s+can))",
        ),
        ("probably likely certainly", "nothing"),
        cancel=r"\b(?:I'll|we'll|let\s+me|I\s+will|we\s+will|I've|we've)\b|\bsorry\b",
        cancel_in_sentence=True,
    ),
    # "it's really not something to stress over", "you don't need worry so
    # much about this".
    Frame(
        "not-something-to-worry",
        "feeling",
        (
            r"\b(?:it's|it\s+is|that's|that\s+is|this\s+is|its)\s+(?:really\s+|honestly\s+|genuinely\s+|just\s+|truly\s+)?not"
            r"\s+(?:really\s+)?(?:something|anything)\s+(?:to|worth)\s+(?:stress|stressing|worry|worrying|fret|fretting|panic"
            r"|panicking|lose\s+sleep|get(?:ting)?\s+(?:upset|worked\s+up|stressed|annoyed|wound\s+up))\b"
            r"|\b(?:you|u)\s+(?:don't|do\s+not|dont)\s+need\s+(?:to\s+)?(?:worry|stress|fret|panic)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:so\s+much|too\s+much|that\s+much)\b",
        ),
        (
            "something anything",
            "stress stressing worry worrying fret fretting panic panicking sleep upset stressed annoyed",
        ),
        cancel=r"\b(?:because|as|since)\s+(?:we|I|your\s+(?:money|account|data|card))\b|\b(?:we've|I've|we\s+have|I\s+have)"
        r"\s+(?:already\s+)?(?:fixed|refunded|blocked|secured|sorted|credited|cancelled|stopped)\b",
    ),
    # The reaction named excessive as a noun, also in a tag question: "bit
    # of an overreaction for a 15-minute change, no?"
    Frame(
        "overreaction-noun",
        "feeling",
        (
            r"\b(?:(?:a\s+)?(?:bit|little|tad)\s+of\s+an?\s+|an?\s+(?:slight\s+|massive\s+|huge\s+|bit\s+of\s+an?\s+)?)"
            r"(?:overreaction|over-reaction|storm\s+in\s+a\s+teacup|fuss\s+over\s+nothing)\b",
        ),
        ("overreaction over-reaction storm fuss",),
        cancel=r"\b(?:not|never|no\s+(?!\?))\b(?!\s*\?)|\bI\s+(?:would|wouldn't|don't)\s+(?:call|say)\b|\bour\b",
    ),
    # The complaint brushed aside: "Anyway, the report's been submitted".
    Frame(
        "anyway-moving-on",
        "feeling",
        (
            r"(?:^|(?<=[.!?]\s{0,3})|(?<=\n))(?:anyway|anyhow|anyways|moving\s+on|regardless|be\s+that\s+as\s+it\s+may)\s*"
            r"[,\u2014-]\s*(?:the|your|it|it's|that|that's|this|we've|its|our|you'll|you\s+will)\b",
        ),
        ("anyway anyhow anyways regardless",),
        cancel=r"\bsorry\b|\bapologi|\bthank|\bhope\b|\blet\s+us\s+know\b|\bfeel\s+free\b|\benjoy\b",
        cancel_in_sentence=True,
    ),
)

#: Round 11, widened from the paraphrase banks a-i: the deviation given
#: as a small quantity ("only 10 minutes late", "moved by just one day",
#: "the outage was only for a couple of hours") and a problem noun shrunk
#: by a size adjective ("a tiny charge", "a nominal sum", "superficial
#: scuffing").
_QTY = (
    r"(?:(?:a\s+(?:couple\s+of|few)|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|\d+|a|an|half\s+an?)\s*"
    r"(?:-\s*)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|pence|p|quid|pounds|dollars|euros|cents|percent|%|seconds?"
    r"|secs?)\b|[£$€₹]\s?\d+(?:\.\d+)?)"
)
_ROUND11_BANKS = (
    Frame(
        "only-a-quantity",
        "minimise",
        (
            r"\b(?:only|just|merely|a\s+mere|barely)\s+(?:by\s+)?"
            + _QTY
            + r"\s+(?:late|over|behind|delayed|off|short"
            r"|extra|more|out|slower|longer)\b"
            r"|\bby\s+(?:only|just|merely|a\s+mere|a\s+matter\s+of)\s+"
            + _QTY
            + r"|\b(?:was|were|is|'s)\s+only\s+(?:for\s+|down\s+for\s+|off\s+for\s+)?"
            + _QTY
            + r"(?!\s+(?:away|left|to\s+go|from))",
        ),
        (
            "only merely mere barely matter",
            "minutes minute mins min hours hour hrs hr days day weeks week pence "
            "p quid pounds dollars euros cents percent seconds second secs sec",
        ),
        cancel=r"\bsorry\b|\bapologi|\b(?:I|we)(?:'ve|'ll|\s+have|\s+will)\b|\bstill\b|\bbut\b",
        cancel_in_sentence=True,
    ),
    Frame(
        "size-adjective-problem",
        "minimise",
        (
            r"\b(?:a|an|the|this|that|some|few|these)\s+(?:(?:few|couple\s+of)\s+)?(?:tiny|teeny|teeny-tiny|nominal|negligible"
            r"|marginal|trivial|superficial|brief|minuscule|insignificant|small|minor|little|slight)\s+(?:[\w-]+\s+)?(?:charge"
            r"|fee|sum|amount|deduction|difference|delay|wait|crash|bug|glitch|dropouts?|scratch|scratches|dent|mark|marks"
            r"|scuff|scuffs|scuffing|interruption|outage|shortfall|increase|rise|overcharge|discrepancy|error|blip|drop)\b",
        ),
        (
            "tiny teeny teeny-tiny nominal negligible marginal trivial superficial minuscule insignificant",
            "charge fee sum amount deduction difference delay wait crash bug glitch dropout dropouts scratch scratches "
            "dent mark marks scuff scuffs scuffing interruption outage shortfall increase rise overcharge discrepancy "
            "error blip drop",
        ),
        cancel=r"\bsorry\b|\bapologi|\b(?:I|we)(?:'ve|'ll|\s+have|\s+will|'m|\s+am)\b|\bstill\b|\bbut\b|\?|\bif\b"
        r"|\bthere\s+(?:may|might|will|could)\s+be\b|\bexpect\b|\bnotice\b|\b(?:fixed|resolved|patched|our|caused\s+by)\b",
        cancel_in_sentence=True,
    ),
)

#: Round 11, widened from bank-l's even half (development data): the
#: problem measured against others, a flippant idiom, the reaction called
#: harsh or extreme, the problem reclassified by a technicality, getting
#: used to it, and the complaint set aside for the next topic.
_OTHERS_NP = (
    r"(?:the\s+|our\s+|other\s+|most\s+|many\s+|big\s+|bigger\s+|high\s+street\s+|major\s+)*(?:[\w-]+\s+)?(?:banks|airlines"
    r"|companies|competitors|competition|providers|clinics|shops|stores|firms|others|networks|insurers|couriers|hotels"
    r"|gyms|rivals|suppliers|carriers|operators|brands|restaurants|landlords|places)"
)
#: Round 11b (blind set O, development data now; docs/families/dismissive.md
#: "Round 11b"): a single small thing named with a size word ("it's one
#: little bug"), the customer said not to be in trouble ("you're not exactly
#: stuck"), the trouble rated a minor nuisance ("hold times are a minor
#: inconvenience").
_ROUND11B = (
    # "it's one little bug", "it was a single tiny scratch": one thing and
    # a size word, at a clause end. An apology or fix in the sentence owns it.
    Frame(
        "one-little-thing",
        "minimise",
        (
            _COPULA
            + r"\s+(?:(?:honestly|really|literally|just|only|still)\s+)?(?:one|a\s+single)\s+(?:little|tiny|small|wee|teeny|minuscule|measly)"
            r"\s+[\w-]+(?=\s*(?:[.!,;\u2014]|$|\s-\s|" + _LAUGH + r"))",
        ),
        ("one single", "little tiny small wee teeny minuscule measly"),
        cancel=r"\b(?:sorry|apologi[sz]e\w*|apologies|our\s+(?:fault|mistake|error))\b",
        cancel_in_sentence=True,
    ),
    # "you're not exactly stuck", "you're hardly stranded": the customer
    # told their trouble is no trouble. Not a negated offer ("you're not
    # stuck with it: you can cancel any time") -- no degree word there.
    Frame(
        "not-exactly-stuck",
        "minimise",
        (
            r"\b(?:you|u|you\s+guys|you\s+all)(?:'re|\s+are|\s+were|'ll\s+be|\s+won't\s+be|\s+aren't|\s+weren't)\s+(?:not\s+)?"
            r"(?:exactly|hardly|barely|scarcely)\s+"
            r"(?:stuck|stranded|suffering|starving|homeless|destitute|stuck\s+without|without\s+\w+|out\s+of\s+pocket|hard\s+done\s+by"
            r"|going\s+without|in\s+(?:any\s+)?(?:trouble|danger|need)|cut\s+off|left\s+without|inconvenienced|short\s+of)\b",
        ),
        (
            "exactly hardly barely scarcely",
            "stuck stranded suffering starving homeless destitute without pocket done going trouble danger need cut left"
            " inconvenienced short",
        ),
    ),
    # "hold times are a minor inconvenience", "it's only a small annoyance":
    # the trouble rated a nuisance. Not an apology for it ("sorry for the
    # minor inconvenience": no copula) nor our own fixed bug.
    Frame(
        "minor-nuisance",
        "minimise",
        (
            r"\b(?:is|are|was|were|'s|'re)\s+(?:(?:just|only|merely|really|honestly|simply|at\s+most|at\s+worst)\s+)*(?:a|an)\s+"
            r"(?:(?:very|fairly|pretty|relatively|quite|rather)\s+)?(?:minor|small|slight|tiny|little|mild|trivial|temporary)\s+"
            r"(?:inconvenience|annoyance|irritation|niggle|nuisance|hassle|bother)\b",
        ),
        (
            "minor small slight tiny little mild trivial temporary",
            "inconvenience annoyance irritation niggle nuisance hassle bother",
        ),
        cancel=r"\b(?:sorry|apologi[sz]e\w*|apologies|our\s+(?:fault|mistake|error)|fixed|resolved|patched|refund\w*|credit\w*)\b",
        cancel_in_sentence=True,
    ),
    # A habit of a kind over things in general: "kids cry over lots of
    # things", "dogs bark at the smallest things" (kind-habit's frequency
    # in other words).
    Frame(
        "kind-over-things",
        "normalise",
        (
            r"\b(?:{GENERIC_KIND})\b",
            r"^\s+(?:[\w\x27\u2019-]+\s+){1,3}?(?:over|about|at)\s+(?:(?:lots|loads|all\s+sorts|plenty)\s+of\s+(?:things|stuff)"
            r"|(?:the\s+)?(?:little|smallest|tiniest|silliest|littlest|slightest)\s+(?:things|stuff))\b",
        ),
        ("{GENERIC_KIND}", "things stuff"),
        cancel=r"\b(?:we|I|our|us)\b",
    ),
    # "Better late than never!" to a customer whose thing came late: the
    # lateness answered with its bright side.
    Frame(
        "better-late",
        "console",
        (r"\bbetter\s+late\s+than\s+(?:never|not\s+at\s+all)\b",),
        ("better", "late"),
    ),
)

#: Round 13 (issue 14; docs/families/dismissive.md "Round 13"): frames
#: attested by misses of at least two sets written by different writers,
#: each written against what those wordings share, with look-alikes in
#: tests/cases/dismissive-round13.jsonl. All count only to a troubled
#: customer (`TROUBLED_ONLY`); an apology, the agent acting or a question in
#: the sentence keeps them silent.
_OBSERVERS = (
    r"(?:people|customers|guests|readers|clients|users|visitors|players|gamers|buyers|kids|children|viewers|diners"
    r"|passengers|shoppers|folk|folks|others|attendees|neighbours|neighbors|recipients|colleagues)"
)
_R13_ACTS = r"|\b(?:I|we)(?:'ve|'ll|\s+have|\s+will)\s+(?!to\b)\w+|\blet\s+me\b"
_ROUND13 = (
    # Others will not notice it: "most readers would never spot it", "no
    # toddler is checking the shade", "it'll barely be noticeable", "I doubt
    # your guests will notice" (sets Q, t4, t6, t8, t9). Not privacy ("nobody
    # will see your card number").
    Frame(
        "others-wont-notice",
        "minimise",
        (
            r"\b(?:most|many|the\s+average|nearly\s+all|almost\s+all|your|the)\s+(?:[\w-]+\s+)?"
            + _OBSERVERS
            + r"\s+(?:(?:would|will|'d|'ll|probably|honestly|likely|even|ever|really)\s+){0,3}(?:never|not|won't|wouldn't"
            r"|don't|didn't|hardly|barely|scarcely)\s+(?:(?:even|ever|really|actually|be\s+able\s+to)\s+){0,2}(?:notice"
            r"|spot|see|register|clock|tell\s+the\s+difference|pick\s+up\s+on)\b"
            r"|\b(?:nobody|no\s+one|no-one|no\s+[\w-]+)(?:'s|\s+is|\s+are|\s+will|\s+would|'ll|'d)\s+(?:(?:going\s+to|gonna"
            r"|ever|even|really|actually)\s+){0,2}(?:notice|noticing|spot|spotting|see|seeing|check|checking|register"
            r"|clock|look(?:ing)?\s+(?:at|for))\b"
            r"|\b(?:hardly|barely|scarcely)\s+(?:be\s+|even\s+)?(?:noticeable|visible|perceptible|detectable)\b"
            r"|\bonly\s+(?:really\s+)?(?:noticeable|perceptible|detectable)\s+if\b"
            r"|\b(?:I\s+doubt|doubt)\s+(?:they|anyone|anybody|people|guests|your\s+[\w-]+)(?:'ll|\s+will|\s+would|'d)\s+"
            r"(?:even\s+|ever\s+)?(?:notice|spot|see|register)\b"
            r"|\b(?:unlikely|not\s+likely)\s+to\s+(?:even\s+)?(?:notice|register|spot|see)(?:\s+(?:it|that|them|this|the)\b"
            r"|(?=\s*(?:[.!,;\u2014]|$)))",
        ),
        (
            "notice noticing spot spotting see seeing check checking register clock difference noticeable visible "
            "perceptible detectable",
            "never won't wouldn't hardly barely scarcely nobody nobody's no-one no-one's doubt unlikely noticeable "
            "perceptible detectable",
        ),
        cancel=r"\bsorry\b|\bapologi|\?|\b(?:details|data|information|password|pin|card|number|account|private"
        r"|personal|address|email|identity|name|message|messages|photo|photos|profile|history)\b"
        + _R13_ACTS,
        cancel_in_sentence=True,
    ),
    # Other people's reaction named as excessive and usual: "everybody
    # panics about this", "lots of members get wound up about a redesign",
    # "people always overreact to that letter", "every tenant thinks their
    # deduction is unfair" (sets Q, t4, t5, t7).
    Frame(
        "others-overreact",
        "normalise",
        (
            r"\b(?:everyone|everybody|every\s+(?:[\w-]+\s+)?(?:customer|tenant|guest|user|member|client|parent|owner"
            r"|patient|passenger|student|applicant|driver|buyer|resident|rider|traveller|traveler|one|policyholder)"
            r"|(?:most|many|lots\s+of|loads\s+of|plenty\s+of|a\s+lot\s+of|all\s+(?:our|the))\s+(?:[\w-]+\s+)?(?:people"
            r"|customers|tenants|guests|users|members|clients|parents|owners|patients|passengers|students|applicants"
            r"|drivers|buyers|residents|riders|travellers|folks|folk|policyholders)|people)\s+(?:(?:always|often|usually"
            r"|tend\s+to|seem\s+to|do|all|will|first|initially|still)\s+){0,2}(?:panics?|panicked|overreacts?|over-reacts?"
            r"|gets?\s+(?:(?:a\s+bit|really|so|all)\s+)?(?:worked\s+up|wound\s+up|het\s+up|in\s+a\s+(?:state|flap|panic|tizzy))"
            r"|freaks?\s+out|makes?\s+a\s+(?:big\s+)?fuss|kicks?\s+off|moans?)\b"
            r"|\b(?:everyone|everybody|every\s+(?:[\w-]+\s+)?(?:customer|tenant|guest|user|member|client|parent|owner"
            r"|patient|passenger|student|applicant|driver|buyer|resident|rider|traveller|traveler|policyholder))\s+"
            r"(?:always\s+)?(?:thinks?|says?|claims?|reckons?)\s+(?:that\s+)?(?:their|they're|they\s+are|it's|they've)\b",
        ),
        (
            "panic panics panicked overreact overreacts over-react over-reacts worked wound het flap tizzy freak freaks "
            "fuss moan moans",
            "everyone everybody every most many lots loads plenty lot all people",
        ),
        cancel=r"\bsorry\b|\bapologi|\?|\bunderstand\w*|\bnot\s+alone\b|\b(?:you're|you\s+are)\s+right\b|\bfair\s+enough\b"
        r"|\bnatural\s+to\b|\bhere's\b" + _R13_ACTS,
        cancel_in_sentence=True,
    ),
    # The complaint itself called unwarranted: "that isn't worth a
    # complaint", "hardly worth a ticket", "nothing worth a one-star
    # review", "hardly something to write in about", "nothing really to
    # complain about", "would not ordinarily warrant a formal complaint"
    # (sets M, t5, t6, t10, t11).
    Frame(
        "complaint-unwarranted",
        "feeling",
        (
            r"\b(?:isn't|is\s+not|'s\s+not|wasn't|was\s+not|aren't|are\s+not|not|hardly|barely|scarcely|nothing|wouldn't"
            r"|would\s+not|doesn't|does\s+not|shouldn't|should\s+not|don't|do\s+not)\s+(?:(?:really|ordinarily|usually"
            r"|normally|exactly|quite|honestly|necessarily|be)\s+){0,2}(?:(?:worth|warrant|warrants|merit|merits|justify"
            r"|justifies|grounds\s+for|cause\s+for|a\s+reason\s+for)\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:complaint|complaining|ticket|review|fuss|escalation|write-up)|(?:something|anything)\s+to\s+complain\s+"
            r"(?:about|over)|(?:really\s+)?to\s+complain\s+(?:about|over))\b",
        ),
        (
            "worth warrant warrants merit merits justify justifies grounds cause reason complain",
            "complaint complaining ticket review fuss escalation write-up complain",
        ),
        cancel=r"\bsorry\b|\bapologi|\?|\bif\b" + _R13_ACTS,
        cancel_in_sentence=True,
    ),
    # The trouble counted as one bare thing at a clause end: "lol it's one
    # mug", "it's one day", "it's one item out of eight", "it's one swimming
    # badge" (sets t4, t7, t8, t10, t11). Not "it's one of our", "one per
    # order", "one mug and two saucers", nor a step ("it's one click").
    Frame(
        "one-bare-thing",
        "minimise",
        (
            _COPULA
            + r"\s+(?:(?:honestly|really|literally|just|only|still)\s+)?one\s+(?!(?:of|per|or|more|and|less|click|tap|step"
            r"|button|swipe|form|page|link|email|text|call|login|password|size|price|payment|fee|charge|room|bed|ticket"
            r"|way|off|time|too|thing\s+to|moment)\b)[\w-]+(?:\s+(?!(?:of|per|or|and|to|for|in|on|at|with|from)\b)[\w-]+)?"
            r"(?=\s*(?:[.!,;\u2014]|$|\s-\s|\bout\s+of\b|\bafter\s+all\b|"
            + _LAUGH
            + r"))",
        ),
        ("one", "it's its"),
        cancel=r"\bsorry\b|\bapologi|\?" + _R13_ACTS,
        cancel_in_sentence=True,
    ),
    # The size denied against a yardstick: "two days isn't really late by
    # freight standards", "isn't too bad considering the holiday", "isn't a
    # huge jump compared to", "isn't bad going" (sets Q, N, t4, K/L).
    Frame(
        "not-bad-by-yardstick",
        "minimise",
        (
            r"\b(?:isn't|is\s+not|'s\s+not|wasn't|was\s+not|aren't|are\s+not)\s+(?:(?:really|too|that|so|all\s+that|actually"
            r"|particularly|exactly|very)\s+){0,2}(?:(?:bad|late|long|slow|much|high|steep|expensive|big|huge|a\s+(?:huge"
            r"|big|large|massive|major|long)\s+[\w-]+)\s+(?:by\s+(?:[\w-]+\s+){0,2}?standards|considering|compared\s+(?:to"
            r"|with)|given\s+(?:the|that|how)|in\s+the\s+(?:grand\s+)?scheme|when\s+you\s+(?:consider|think))|bad\s+going"
            r")\b",
        ),
        (
            "isn't wasn't aren't weren't",
            "standards considering compared scheme consider",
        ),
        cancel=r"\bsorry\b|\bapologi|\?|\bbut\b|\bstill\b" + _R13_ACTS,
        cancel_in_sentence=True,
    ),
    # The feeling denied with "nothing to": "nothing to stress over",
    # "nothing to be disappointed about", "nothing to dwell on", "really
    # nothing to worry about" (sets K/L, t5, t8, t9). A reason or a fix in
    # the sentence ("nothing to worry about: we've blocked the card") and
    # the rule's remedy check keep it silent.
    Frame(
        "nothing-to-feel",
        "feeling",
        (
            r"\bnothing\s+(?:(?:really|at\s+all|much)\s+)?to\s+(?:worry|stress|fret|dwell|panic|lose\s+sleep|get\s+(?:upset"
            r"|worked\s+up|stressed|wound\s+up|annoyed)|be\s+(?:disappointed|upset|worried|concerned|annoyed|alarmed"
            r"|embarrassed|sad|stressed|angry|frustrated|bothered))\b",
        ),
        (
            "nothing",
            "worry stress fret dwell panic sleep upset worked stressed wound annoyed disappointed worried concerned "
            "alarmed embarrassed sad angry frustrated bothered",
        ),
        cancel=r"\bsorry\b|\bapologi|\?|\bif\b|\b(?:because|as|since)\s+(?:we|I|your)\b|\bsafe\b|\bprotected\b"
        r"|\bsecure\b|\bcovered\b" + _R13_ACTS,
        cancel_in_sentence=True,
    ),
    # Advice to drop it: "I'd let that one go", "I'd suggest letting it
    # go", "I'd ignore it till the next service", "I wouldn't read too much
    # into it" (sets K/L, t4, t5, t6). Not an instruction about a message
    # sent in error or a scam ("that text is phishing, ignore it").
    Frame(
        "drop-it-advice",
        "feeling",
        (
            r"\b(?:I'd|I\s+would|best\s+to|better\s+to|I'd\s+(?:suggest|recommend)|I\s+(?:suggest|recommend|'d\s+say)"
            r"|you\s+(?:should|could|might\s+as\s+well)|just)\s+(?:(?:just|honestly|really)\s+)?(?:let(?:ting)?\s+(?:it|that"
            r"|this)(?:\s+one)?\s+go|ignor(?:e|ing)\s+(?:it|that|them|this)(?:\s+one)?|(?:not\s+)?read(?:ing)?\s+too\s+much"
            r"\s+into\s+(?:it|that|this))\b"
            r"|\bI\s+(?:wouldn't|would\s+not)\s+(?:(?:really|honestly)\s+)?(?:read\s+too\s+much\s+into|dwell\s+on|take"
            r"\s+(?:it|that|this)\s+to\s+heart)\b",
        ),
        (
            "ignore ignoring read reading wouldn't",
            "go ignore ignoring into dwell heart",
        ),
        cancel=r"\bsorry\b|\bapologi|\?|\bif\b|\b(?:error|duplicate|automatic|automated|scam|phishing|spam|fraud\w*"
        r"|suspicious|fake|test)\b" + _R13_ACTS,
        cancel_in_sentence=True,
    ),
    # The trouble rated small at a clause end: "wrong-size shoes are a
    # tiny hiccup", "the chair colour is a minor detail", "is small problem
    # only", "it's a small amount only", "the outage is minor and affects
    # few", "is a small scratch" (sets O, t4, t6, t7, t10, t11).
    Frame(
        "rated-small",
        "minimise",
        (
            r"\b(?:is|are|'s|'re|was|were)\s+(?:(?:just|only|really|honestly|simply|merely)\s+)?(?:a\s+|an\s+)?(?:(?:very"
            r"|fairly|pretty|relatively|really|quite)\s+)?(?:small|minor|tiny|teeny|trivial)\s+(?:detail|hiccup"
            r"|problem|issue|amount|niggle|slip|scratch|mark)\b"
            r"(?=\s*(?:only\b|that\b|[.!,;\u2014]|$|" + _LAUGH + r"))"
            r"|\b(?:is|are|was|were)\s+(?:(?:very|fairly|relatively|quite|really|pretty)\s+)?minor\s+and\s+(?:only\s+)?"
            r"(?:affects?|affected|impacts?|limited)\b",
        ),
        (
            "small minor tiny teeny trivial",
            "detail hiccup problem issue amount niggle slip scratch mark affects affect affected impacts impact limited",
        ),
        cancel=r"\bsorry\b|\bapologi|\?|\bif\b|\bbut\b|\bstill\b|\bour\b|\b(?:fixed|resolved|patched|caused\s+by)\b"
        + _R13_ACTS,
        cancel_in_sentence=True,
    ),
    # The trouble made a normal part of an undertaking: "refusals are a
    # normal part of the visa process", "frustration is a normal part of the
    # claims journey", "minor scrapes are part of an outdoor camp", "small
    # hiccups like this are part of any upgrade" (sets t5, t6, t7, t11).
    Frame(
        "normal-part-of",
        "normalise",
        (
            r"\b(?:is|are|'s|'re|was|were)\s+(?:just\s+|simply\s+|all\s+|really\s+)?(?:a|an)\s+(?:(?:perfectly|completely"
            r"|totally|very)\s+)?(?:normal|natural|usual|standard|expected|inevitable|unavoidable|common|routine)\s+part"
            r"\s+of\s+(?:(?:the|any|every|a|an|your|most)\s+)?[\w-]+"
            r"|\b(?:rejections|refusals|knock-?backs|scrapes|scratches|bumps|bruises|knocks|hiccups|glitches|teething"
            r"\s+(?:problems|issues)|mistakes|mix-ups|delays|faults|setbacks|frustration|frustrations|waits|queues|dropouts"
            r"|errors|breakdowns|outages|spills|stains)\s+(?:like\s+(?:this|these|that)\s+)?(?:are|is)\s+(?:just\s+|simply\s+"
            r"|all\s+)?(?:a\s+)?part\s+of\s+(?:(?:the|any|every|a|an|your|most)\s+)?[\w-]+",
        ),
        (
            "part",
            "normal natural usual standard expected inevitable unavoidable common routine rejections refusals "
            "knockbacks knock-backs scrapes scratches bumps bruises knocks hiccups glitches teething mistakes mix-ups "
            "delays faults setbacks frustration frustrations waits queues dropouts errors breakdowns outages spills stains",
        ),
        cancel=r"\bsorry\b|\bapologi|\?|\b(?:won't|will\s+not|doesn't|does\s+not)\s+affect\b"
        + _R13_ACTS,
        cancel_in_sentence=True,
    ),
)

_ROUND11_BANK_L = (
    Frame(
        "compared-to-others",
        "yardstick",
        (
            r"\b(?:compared\s+(?:to|with)|next\s+to|unlike|relative\s+to)\s+"
            + _OTHERS_NP
            + r"\b"
            r"|\b(?:other|most|many)\s+(?:[\w-]+\s+)?(?:airlines|companies|banks|providers|shops|stores|firms|clinics"
            r"|networks|insurers|couriers|hotels|gyms|operators|brands|restaurants|landlords|places|carriers|suppliers"
            r"|rivals|competitors)\s+would\s+(?:have\s+)?"
            r"(?:just\s+)?(?:cancelled|canceled|charged|refused|kept|ignored|made\s+you|taken|closed|dropped)\b"
            r"|\byou\s+should\s+see\s+what\s+(?:our\s+|other\s+|the\s+)?(?:[\w-]+(?:'|\u2019)?s?\s+){0,2}?(?:customers|users"
            r"|members|clients|passengers|guests|people)\s+(?:have\s+to|get|pay|put\s+up\s+with)"
            r"|\b(?:most|many)\s+of\s+our\s+(?:customers|members|users|clients|guests)\s+never\s+get\b"
            r"|\b(?:far|much|a\s+lot|way|even)\s+worse\s+(?:elsewhere|in\s+other|at\s+other|with\s+other)\b"
            r"|\b(?:in|at|with)\s+other\s+(?:countries|places|cities|companies|shops|banks|airlines|firms|providers|gyms"
            r"|hotels|networks)\b[^.!?\n]{0,30}\b(?:worse|longer|more\s+expensive|slower|pricier)\b",
        ),
        (
            "compared unlike relative worse",
            "banks airlines companies competitors competitors' competition providers clinics shops stores firms others "
            "networks insurers couriers hotels gyms rivals suppliers carriers operators brands restaurants landlords "
            "places customers elsewhere countries",
        ),
        reach=60,
        cancel=r"\bsorry\b|\bapologi|\b(?:we|I)(?:'ll|\s+will|'ve|\s+have)\s+(?!to\b)\w+",
        cancel_in_sentence=True,
    ),
    Frame(
        "flippant-idiom",
        "minimise",
        (
            r"\b(?:won't|will\s+not|wouldn't|never)\s+(?:kill|killed|hurt)\s+(?:you|anyone|anybody|ya)\b"
            r"|\b(?:is|'s|isn't|is\s+not)\s+(?:not\s+)?(?:a\s+crime|the\s+crime\s+of\s+the\s+century)\b"
            r"|\b(?:adds|add|gives\s+it|builds)\s+(?:a\s+(?:bit|touch)\s+of\s+)?character\b"
            r"|\b(?:just\s+)?(?:singing|talking|saying\s+hello|waving)\s+to\s+you\b"
            r"|\bat\s+least\s+(?:a|the|it|you|your)\b[^.!?\n]{0,40}\b(?:wakes\s+you\s+up|good\s+exercise|free\s+exercise"
            r"|keeps\s+you\s+(?:cool|fit|warm|on\s+your\s+toes)|character|a\s+story|an\s+adventure)\b",
        ),
        (
            "kill killed crime character singing waving wakes exercise adventure",
            "you anyone anybody ya century adds add builds gives least hello story",
        ),
        cancel=r"\bsorry\b|\bapologi",
        cancel_in_sentence=True,
    ),
    Frame(
        "joke-at-the-problem",
        "minimise",
        (
            r"\b(?:time\s+to|now\s+you(?:'ve|\s+have)\s+got|think\s+of\s+it\s+as|look\s+at\s+it\s+this\s+way|at\s+least"
            r"|on\s+the\s+bright\s+side|could\s+be\s+worse|free\s+(?:workout|exercise|sauna)|bonus|one\s+of\s+a\s+kind"
            r"|unique)\b",
            _LAUGH,
        ),
        ("bright worse bonus unique",),
        ordered=False,
        cancel=r"\bsorry\b|\bapologi|\b(?:we|I)(?:'ve|'ll|\s+have|\s+will)\s+(?!to\b)\w+",
    ),
    Frame(
        "reaction-harsh",
        "feeling",
        (
            r"\b(?:(?:a\s+)?(?:bit|tad|little|touch)\s+|rather\s+|quite\s+|pretty\s+|slightly\s+|somewhat\s+|feels\s+(?:a\s+"
            r"(?:bit|tad|little)\s+)?|seems\s+(?:a\s+(?:bit|tad|little)\s+)?)(?:harsh|extreme|excessive|over\s+the\s+top|OTT"
            r"|dramatic|much|strong|unfair)\b(?:\s+(?:to|for|over|of\s+you))"
            r"|\bis\s+(?:a\s+)?(?:(?:bit|little)\s+)?(?:strong|harsh|big)\s+(?:a\s+)?word\s+for\b"
            r"|\b(?:is|'s|that's|seems|feels)\s+going\s+(?:a\s+(?:bit|little|tad)\s+|rather\s+|too\s+|way\s+)?(?:far|overboard"
            r"|over\s+the\s+top)\b"
            r"|\bno\s+need\s+(?:for|to\s+use)\s+(?:all\s+)?(?:the|those|that)\s+(?:capital\s+letters|caps|capitals|shouting"
            r"|tone|language|exclamation\s+marks|attitude)\b"
            r"|\b(?:threatening|giving\s+us|leaving|a|one)\s+(?:[\w-]+\s+){0,3}?(?:over|for)\s+(?:this|that|a|an|one)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:feels|seems|is|sounds)\s+(?:a\s+(?:bit|tad|little)\s+)?(?:extreme|harsh|excessive|much)\b",
        ),
        (
            "harsh extreme excessive ott dramatic unfair word caps capitals shouting exclamation overboard",
            "bit tad little touch rather quite pretty slightly somewhat feels seems strong harsh big going need "
            "for over",
        ),
        cancel=r"\b(?:I|we)\s+(?:was|were)\b|\bour\b|\bnot\s+(?:harsh|extreme|much)\b|\bsorry\s+(?:if|that)\s+(?:I|we)\b",
    ),
    Frame(
        "technicality",
        "minimise",
        (
            r"\btechnically\s+(?:speaking\s+)?(?:,\s*)?(?:your|the|it|it's|this|that|they)\b[^.!?\n]{0,40}?\b(?:working|works"
            r"|fine|not\s+(?:missing|late|lost|broken|faulty|down|a\s+fault|delayed)|delivered|on\s+time|within)\b"
            r"|\b(?:not|isn't|is\s+not|wasn't|aren't)\s+technically\s+(?:missing|late|lost|broken|faulty|down|a\s+fault|delayed"
            r"|a\s+complaint|an\s+outage|overdue)\b"
            r"|\b(?:isn't|is\s+not|wasn't|was\s+not|aren't)\s+(?:really\s+)?(?:down|broken|late|missing|faulty|lost|delayed"
            r"|declined|an\s+outage|a\s+fault)\s+as\s+such\b"
            r"|\brather\s+than\s+(?:a\s+|an\s+)?(?:genuine\s+|real\s+|actual\s+)?(?:fault|bug|defect|malfunction|damage"
            r"|breakdown|failure|outage)\b"
            r"|\bnot\s+(?:a|an)\s+(?:genuine\s+|real\s+|actual\s+)?(?:fault|bug|defect|malfunction)\b"
            r"(?=[^.!?\n]{0,60}\b(?:so|which\s+is\s+why|not\s+something|won't|isn't\s+covered|normal\s+queue|prioriti))"
            r"|\bstrictly\s+speaking\b[^.!?\n]{0,40}\b(?:wasn't|isn't|not|within|on\s+time)\b"
            r"|\b(?:wasn't|isn't|weren't|aren't)\s+(?:refused|declined|late|lost|broken|missing|down|cancelled|canceled"
            r"|rejected|faulty|overcharged)\s+exactly\b"
            r"|\bthis\s+is\s+not\s+a\s+complaint\b",
        ),
        (
            "technically strictly rather complaint exactly such",
            "working works fine delivered within missing late lost broken faulty down delayed overdue declined outage "
            "fault bug defect malfunction damage breakdown failure speaking refused cancelled canceled rejected "
            "overcharged",
        ),
        cancel=r"\bsorry\b|\bapologi|\b(?:I|we)(?:'ve|'ll|\s+have|\s+will)\s+(?!to\b)\w+|\?",
        cancel_in_sentence=True,
    ),
    Frame(
        "get-used-to-it",
        "minimise",
        (
            r"\b(?:you(?:'ll|\s+will)|you'd|u'll|most\s+people|everyone|everybody|people|most\s+(?:users|customers|members"
            r"|guests))\s+(?:(?:soon|quickly|probably|eventually|honestly|all|will|'ll|do|did)\s+){0,2}(?:get\s+used\s+to"
            r"|stop\s+noticing|adjust|come\s+to\s+(?:love|like|enjoy|appreciate)|grow\s+to\s+(?:love|like)|forget\s+about)\b"
            r"|\b(?:this|it|that)(?:'ll|\s+will)\s+(?:soon\s+)?be\s+a\s+distant\s+memory\b"
            r"|\bwon't\s+(?:even\s+)?feel\s+like\s+much\b|\b(?:will|'ll)\s+grow\s+on\s+you\b"
            r"|\bgive\s+it\s+(?:a\s+few|a\s+couple\s+of|some|another|a)\s+(?:days?|weeks?|months?|time|while)\b[^.!?\n]{0,40}"
            r"\b(?:won't|will\s+not|not|barely|hardly|forget|used\s+to|stop|love|fine)\b"
            r"|\b(?:your|you|they|their|it)\s*(?:[\w-]+\s+){0,2}?(?:will|'ll)\s+(?:soon\s+|quickly\s+)?(?:adapt|acclimati[sz]e"
            r"|adjust)\b",
        ),
        (
            "used noticing adjust grow memory adapt acclimatise acclimatize",
            "get stop you'll everyone everybody people most it'll they'll distant taste",
        ),
        cancel=r"\bsorry\b|\bapologi|\bif\b|\bonce\s+(?:we|I)\b|\b(?:we|I)(?:'ll|\s+will|'ve|\s+have)\s+(?!to\b)\w+|\?",
        cancel_in_sentence=True,
    ),
    Frame(
        "set-aside",
        "feeling",
        (
            r"(?:^|(?<=[.!?\u2026]\s{0,3})|(?<=\n))(?:(?:so|right|okay|ok|now|well)\s*,?\s+){0,2}(?:moving\s+on|anyhow"
            r"|(?:leaving|setting|putting)\s+(?:that|this|all\s+that|that\s+one)\s+aside|that\s+aside|on\s+(?:another"
            r"|a\s+different|a\s+separate|an\s+unrelated|a\s+happier|a\s+lighter)\s+note|changing\s+the\s+subject"
            r"|anyway\s*,?\s+(?:was|is|were)\s+there\s+anything\s+else)\b",
        ),
        (
            "moving anyhow aside note changing anyway",
            "on anyhow aside another different separate unrelated happier lighter subject anything",
        ),
        cancel=r"\bsorry\b|\bapologi|\bthank|\bhope\b",
        cancel_in_sentence=True,
    ),
    Frame(
        "ack-then-set-aside",
        "feeling",
        (
            r"(?<=\b(?:noted|understood|ok|okay|mm-hmm|mhm|right|fine|sure|ok\s+sir|okay\s+o|ok\s+madam)\s*[.!]\s{1,3})(?:(?:so|right|okay|ok|now|well)\s*,?\s+){0,2}(?:moving\s+on|anyhow|(?:leaving"
            r"|setting|putting)\s+(?:that|this|all\s+that|that\s+one)\s+aside|that\s+aside|(?:getting\s+|coming\s+|going\s+)?back"
            r"\s+to\s+(?:the|your|our)\s+(?:[\w-]+\s+)?(?:matter|query|question|point|booking|upgrade|account|order|renewal"
            r"|options?|topic|business|invoice|plan)|coming\s+to\s+your\s+(?:query|question|request|point)|on\s+(?:another|a\s+different|a\s+separate|an\s+unrelated"
            r"|a\s+happier|a\s+lighter)\s+note|now\s+then|right\s+then|changing\s+the\s+subject|while\s+I\s+have\s+you"
            r"|anyway\s*,?\s+(?:was|is|were)\s+there\s+anything\s+else)\b",
        ),
        ("anyhow aside note changing",),
        cancel=r"\bsorry\b|\bapologi|\bthank|\bhope\b",
        cancel_in_sentence=True,
    ),
)

FRAMES: Final = Frames(
    (
        # A denial frame and a feeling state: "there's really no need to be
        # concerned", "don't be so stress", "I wouldn't get too stressed
        # about it yet", "let's not worry about that", "we're getting a
        # little worked up", "there really isn't much cause for concern".
        Frame(
            "feeling-denied",
            "feeling",
            (
                r"\b(?:{FEELING_DENIAL})",
                r"^\s*(?:(?:so|too|a\s+bit|a\s+little|that|at\s+all|really|overly|all|any|much|more|about|over|get|be|feel"
                r"|become|getting|feeling)\s+){0,3}"
                r"(?:{FEELING_STATE})\b(?!\s+(?:if|when|by|should|to\s+(?:see|hear|receive|get|know)|that\s+you))",
            ),
            ("{FEELING_DENIAL}", "{FEELING_STATE}"),
            reach=30,
        ),
        # Idioms that put the problem in proportion: "let's keep a bit of
        # perspective", "let's not make this bigger than it is", "you'll
        # look back on this and laugh", "deep breaths".
        Frame(
            "proportion-idiom",
            "feeling",
            (r"\b(?:{DISMISS_IDIOM})",),
            ("{DISMISS_IDIOM}",),
        ),
        # Idioms of the bright side: "on the positive side", "all's well
        # that ends well", "no news is usually good news".
        Frame(
            "bright-side-idiom",
            "console",
            (r"\b(?:{CONSOLE_IDIOM})",),
            ("bright cloud plus positive upside lining all's ends foul news worse",),
        ),
        # Too small to pursue: "a £4 fee is hardly worth going through the
        # complaints process for", "little more than noise", "not a matter
        # that warrants further correspondence".
        Frame(
            "size-idiom",
            "minimise",
            (r"\b(?:{SIZE_IDIOM})",),
            ("worth warrant merit ocean bucket potatoes neither than",),
        ),
        # A happening and its frequency or generality: "lost progress
        # happens to everyone now and then", "routers do that sometimes",
        # "it happens every day", "it happens to loads of people".
        Frame(
            "happens-generally",
            "normalise",
            (
                r"\b(?:happens|happen|happened|occurs|occur|(?:do|does|did)\s+that|(?:do|does)\s+this)\b",
                r"^\s*(?:(?:to\s+)?(?:(?:just|honestly|really|literally|quite|pretty|fairly|all)\s+))?(?:{HAPPEN_GENERAL})\b",
            ),
            ("happens happen happened occurs occur do does did", "{HAPPEN_GENERAL}"),
            reach=30,
        ),
        # Ordinariness said of the problem, to a troubled customer: "power
        # cuts of under 12 hours are fairly routine", "a little redness is
        # normal with new products".
        Frame(
            "ordinary",
            "normalise",
            (
                r"\b(?:is|are|was|were|'s|'re|it's|that's|they're|its|thats)\s+(?:(?:all|just|very|really|pretty|quite|totally"
                r"|completely|perfectly|fairly|super|so|honestly|actually|generally|usually|still|also|a|an)\s+)*"
                r"(?:{NORMAL_EVAL})\b(?=\s*(?:[,.!;)\u2014-]|$|and\b|with\b|for\s+(?:this|that|these|those|a|an|the|new|older"
                r"|some|most|any|all)\b|in\s+(?:the|this|that|these|winter|summer|a|an|any|most|every|older|old|public|busy|shared|big|city)\b"
                r"|at\s+this\b|hun\b|tbh\b|I'm\s+afraid|" + _LAUGH + r"))",
            ),
            (
                "{NORMAL_EVAL}",
                "it's its it that this they they're these those that's thats is was are were",
            ),
        ),
        # Round 9 (issue 14, paraphrase banks): ordinariness in an
        # impersonal "it's <normal> for <thing> to <go wrong>" ("it's not
        # unusual for orders to arrive late over Christmas", "quite
        # common for accounts to lock after an update"), to a troubled
        # customer; a neutral behaviour ("it's normal for the light to
        # flash during setup") has no going-wrong predicate and is silent.
        Frame(
            "ordinary-for",
            "normalise",
            (
                r"\b(?:it's|it\s+is|it\s+was|its|that's|this\s+is)\s+(?:(?:all|just|very|really|pretty|quite|totally"
                r"|completely|perfectly|fairly|super|so|honestly|actually|generally|usually|also)\s+)*"
                r"(?:{NORMAL_EVAL})\s+for\s+(?:[\w\x27\u2019-]+\s+){1,3}?to\s+(?:(?:be|get|go|run|arrive|come)\s+)?"
                r"(?:(?:a\s+(?:bit|little)|slightly|very|quite)\s+)?(?:{GONE_WRONG})\b",
            ),
            ("{NORMAL_EVAL}", "{GONE_WRONG}"),
            reach=90,
        ),
        # The problems themselves called routine, or expected in a busy
        # period: "such glitches are routine after an upgrade", "hold-ups
        # are to be expected around bank holidays". A forecast without a
        # period ("delays are expected on the M25 tomorrow") is silent.
        Frame(
            "ordinary-plural",
            "normalise",
            (
                r"\b(?:{PROBLEM_PLURAL})\s+(?:like\s+(?:this|that|these|yours)\s+)?(?:are|were)\s+(?:(?:all|just|very|really"
                r"|pretty|quite|totally|completely|perfectly|fairly|generally|usually|always|all\s+too)\s+)*"
                r"(?:(?:{NORMAL_EVAL})\b|(?:(?:to\s+be\s+)?expected|inevitable|unavoidable)\s+(?:{BUSY_PERIOD})\b)",
            ),
            ("{PROBLEM_PLURAL}",),
            reach=90,
        ),
        # People in a role and a coping predicate: "most customers manage
        # fine with a spare phone", "most players are loving it", "many
        # applicants wait longer", "isn't something most of our customers
        # even noticed".
        Frame(
            "others-cope",
            "yardstick",
            (
                r"\b(?:most|many|lots|loads|plenty|the\s+(?:vast\s+)?majority|a\s+lot|nearly\s+all|almost\s+all)\s+"
                r"(?:of\s+)?(?:(?:our|the|other|your)\s+)?(?:{ROLE_PEOPLE})\b",
                r"^\s*(?:[\w\x27\u2019-]+\s+){0,3}?(?:{COPING_PREDICATE})\b",
            ),
            (
                "{ROLE_PEOPLE}",
                "{COPING_PREDICATE}",
                "most many lots loads plenty majority lot nearly almost",
            ),
            reach=45,
        ),
        # A copula, a minimiser and the thing, at a clause end: "it's only a
        # drip", "they're only offers 😅", "It's only the journal".
        Frame(
            "only-a-thing",
            "minimise",
            (
                _COPULA
                + r"\s+(?:(?:honestly|really|literally|seriously|actually|still|basically)\s+)?(?:only|just|merely|simply|nothing"
                r"\s+but)\s+(?:(?:a|an|the|one|some|two|a\s+few|a\s+bit\s+of|a\s+little|a\s+couple\s+of|a\s+couple)\s+)?"
                r"(?!"
                + _NOT_A_THING
                + r"\b)(?:[\w\x27\u2019-]+\s+){0,2}?(?!"
                + _NOT_A_THING
                + r"\b)[\w\x27\u2019-]+"
                r"(?=\s*(?:[.!,;\u2014]|$|\s-\s|"
                + _LAUGH
                + r"|,?\s+not\s+|,?\s+you(?:'ll|\s+will)\b|,?\s+we(?:'ll|\s+will)"
                r"\s+all\b))",
            ),
            (
                "only just merely simply nothing",
                "it's its it that this they they're these those that's thats is was are were",
            ),
        ),
        # The way of the world: "that's just city life", "that's airlines
        # for you", "that's just how it goes".
        Frame(
            "thats-life",
            "normalise",
            (
                r"\b(?:that's|that\s+is|thats|it's|its|such\s+is)\s+(?:just\s+|simply\s+|sadly\s+)?"
                r"(?:(?:(?!(?:his|her|my|your|their|our|the|a|an|its)\b)[\w\x27\u2019-]+\s+){0,2}life"
                r"(?=\s*(?:[.!,;\u2014]|$|\s-\s|I'm\s+afraid|unfortunately|for\s+you|sadly|really|tbh))|how\s+it\s+goes|the\s+way\s+it\s+goes|the\s+way\s+of\s+the\s+world|the\s+world\s+we\s+live\s+in)\b",
            ),
            ("life goes world", "that's thats it's its such that is"),
        ),
        Frame(
            "xs-for-you",
            "normalise",
            (
                r"\b(?:that's|that\s+is|thats)\s+(?:just\s+|simply\s+|sadly\s+)?(?:[\w\x27\u2019-]+\s+)?"
                r"[\w\x27\u2019-]+s\s+for\s+you\b",
            ),
            ("that's thats", "for"),
        ),
        # Nothing a small fix won't mend: "a bit of tarnish is honestly
        # nothing a polishing cloth won't fix", "nothing a restart can't sort".
        Frame(
            "nothing-a-fix-wont-mend",
            "minimise",
            (
                r"\bnothing\s+(?:that\s+)?(?:a|an|the|some|your|any|one|two|a\s+quick|a\s+little|a\s+bit\s+of)\s+"
                r"(?:[\w\x27\u2019-]+\s+){0,3}?(?:won't|will\s+not|can't|cannot|couldn't|wouldn't)\s+(?:fix|sort|solve|cure"
                r"|mend|sort\s+out|clear\s+up|get\s+rid\s+of|handle|remove|shift)\b",
            ),
            ("nothing", "fix sort solve cure mend clear rid handle remove shift"),
        ),
        # A small thing with a flippant tone, in any tense: "honestly it was a
        # very small change", "tbh it's a pretty minor scratch".
        Frame(
            "small-with-tone",
            "minimise",
            (
                r"(?:{TONE_MARKER})[,!]?\s+(?:it|that|this)(?:'s|\s+is|\s+was|s)\s+(?:(?:just|only|really|literally)\s+)?"
                r"an?\s+(?:(?:very|really|pretty|fairly|quite|super|tiny|teeny)\s+)?(?:{SMALL_ADJ})\s+[\w\x27\u2019-]+",
            ),
            ("{SMALL_ADJ}", "honestly seriously tbh lol haha nah"),
        ),
        # The customer's task said to take seconds, with a laugh: "just
        # relist it lol takes like two secs".
        Frame(
            "takes-seconds",
            "minimise",
            (
                r"\btakes?\s+(?:like\s+|only\s+|just\s+|literally\s+|about\s+)?(?:two|a\s+few|\d+|a\s+couple\s+of|one"
                r"|five|ten|a|thirty)\s+(?:secs?|seconds?|mins?|minutes?)\b",
                _LAUGH,
            ),
            ("take takes", "secs sec seconds second mins min minutes minute"),
            ordered=False,
        ),
        # A small-harm evaluation: "flicker is cosmetic", "discoloured water
        # is mainly an aesthetic issue", "they're cosmetic bro".
        Frame(
            "cosmetic",
            "minimise",
            (
                r"\b(?:is|are|'s|'re|its|it's|they're|that's|thats)\s+(?:(?:mainly|mostly|purely|just|only|simply|largely"
                r"|essentially|merely|honestly|really|literally|very|so|basically|probably|likely)\s+)*(?:an?\s+)?"
                r"(?:cosmetic|aesthetic|superficial|harmless|negligible|insignificant|trivial)\b",
            ),
            (
                "cosmetic aesthetic superficial harmless negligible insignificant trivial",
            ),
        ),
        # A bare size with a laugh or a scoff: "Oh come on, it's one
        # coffee!", "chill 😅 it's 25 dollars", "Ha it's a few chips".
        Frame(
            "size-with-laugh",
            "minimise",
            (
                r"\b(?:it's|its|it\s+is|that's|they're|it\s+was)\s+(?:(?:literally|only|just)\s+)?(?:one|a|an|two|three|a\s+few"
                r"|a\s+couple\s+of|\d+|[£$€]\s?\d+(?:\.\d+)?)\s+(?:[\w\x27\u2019-]+\s+)??[\w\x27\u2019-]+",
                r"^\s*(?:!|" + _LAUGH + r")",
            ),
            (
                "it's its it that's they're",
                "lol lmao haha 😅 😂 🤣 🙂 😉 🙃 😊 🙈 bro guy mate hun tbh",
            ),
            reach=20,
        ),
        Frame(
            "scoff-then-size",
            "minimise",
            (
                r"\b(?:oh\s+come\s+on|come\s+on|chill|ha|pfft|meh|nah|eh)\b[\s,!😅😂🙂]*",
                r"^(?:it's|its|it\s+is|that's|they're)\s+(?:(?:literally|only|just)\s+)?(?:one|a|an|two|a\s+few|\d+|[£$€]\s?\d+"
                r"(?:\.\d+)?)\s+(?:[\w\x27\u2019-]+\s+)?[\w\x27\u2019-]+",
            ),
            ("come chill ha pfft meh nah eh", "it's its it that's they're"),
            reach=60,
        ),
        # Round 7 (set H). The customer's reaction judged excessive: "I think
        # you may be overreacting slightly", "we think that's being a bit
        # picky", "you're making a big deal of it". A negation in the clause
        # ("you're not being picky") validates instead.
        Frame(
            "reaction-excessive",
            "feeling",
            (
                r"\b(?:(?:you|u)(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been|\s+may\s+be|\s+might\s+be|\s+could\s+be"
                r"|\s+seem\s+to\s+be|\s+seem|\s+sound|\s+are\s+being|'re\s+being)?|that(?:'s|\s+is|\s+was|\s+seems|\s+sounds)"
                r"|(?:it|this)\s+(?:seems|sounds)\s+(?:like\s+)?(?:you're|you\s+are))\b",
                r"^\s*(?:(?:being|getting|just|a\s+(?:bit|little|tad)|slightly|rather|quite|really|maybe|perhaps|somewhat"
                r"|possibly|probably|very|so|too)\s+){0,4}(?:{EXCESS_REACTION})\b",
            ),
            ("{EXCESS_REACTION}",),
            reach=40,
            cancel=r"\b(?:not|never|no|hardly)\b|n't\b|\b(?:if|whether)\s+I\b",
        ),
        # The customer's feeling as the condition of a remedy: "buy Ad-Free
        # if it bothers you that much", "if you feel that strongly about it".
        Frame(
            "excess-if",
            "feeling",
            (
                r"\bif\s+(?:(?:it|this|that|the\s+[\w-]+)\s+(?:really\s+)?(?:bothers|upsets|annoys|worries|troubles|irritates"
                r"|offends|matters\s+to|means\s+(?:that|so)\s+much\s+to)\s+(?:you|u)\s+(?:that|so|this)\s+much"
                r"|(?:you|u)(?:'re|\s+are|\s+feel|\s+care|\s+mind)\s+(?:that|so|this)\s+(?:strongly|much|bothered|worried|upset"
                r"|annoyed|unhappy|concerned|fussed|precious)"
                r"|(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:such|that|so)\s+(?:a\s+)?(?:big\s+(?:deal|problem|issue)"
                r"|important\s+to\s+you|much\s+of\s+a\s+(?:problem|deal|issue)))\b",
            ),
            (
                "if",
                "much strongly bothered worried upset annoyed unhappy concerned fussed precious deal "
                "important",
            ),
        ),
        # A rhetorical appeal to put up with it, or a breezy "they'll be
        # fine": "surely you can live with it till the new one arrives?",
        # "I'm sure your staff will be fine by the next visit".
        Frame(
            "tolerate-it",
            "feeling",
            (
                r"\b(?:surely|I'm\s+sure|I\s+am\s+sure|I'm\s+certain|no\s+doubt)\s+(?:that\s+)?(?:you|u|your\s+[\w-]+"
                r"|they|he|she|everyone|everybody|the\s+(?:kids|children|staff|team|family|guests|dog|cat|pet))\s+"
                r"(?:can|could|will|'ll|would|are\s+able\s+to)\s+(?:still\s+|easily\s+|probably\s+)?"
                r"(?:live\s+with|cope|put\s+up\s+with|survive|make\s+do|get\s+over|get\s+by|be\s+(?:fine|ok|okay|alright"
                r"|all\s+right|over\s+it)|bear\s+with|manage\s+without|do\s+without|wait\s+(?:a\s+(?:bit|little|few|couple)"
                r"|until|till|another))\b",
            ),
            (
                "surely sure certain doubt",
                "live cope survive fine alright okay over bear manage wait",
            ),
        ),
        # The fault shrunk to a deviation: "the scheduler did run, just
        # later than planned", "it arrived, only a few days later than
        # expected". An apology in the sentence owns it instead.
        Frame(
            "just-later",
            "minimise",
            (
                r",?\s*(?:it\s+was\s+|they\s+were\s+|it's\s+)?(?:just|only|merely|simply)\s+(?:a\s+(?:bit|little|tad|touch)\s+"
                r"|slightly\s+|somewhat\s+|a\s+few\s+[\w-]+\s+|an?\s+[\w-]+\s+)?(?:later|slower|longer|behind|smaller|shorter"
                r"|earlier|less|more\s+slowly|after)\b",
                r"^\s+(?:than\s+(?:planned|expected|scheduled|usual|normal|advertised|hoped|intended|promised|anticipated"
                r"|originally\s+[\w-]+|we(?:'d|\s+had)\s+[\w-]+|you(?:'d|\s+had)\s+[\w-]+)|schedule)\b",
            ),
            (
                "later slower longer behind smaller shorter earlier less after",
                "than schedule",
            ),
            reach=40,
            cancel=r"\b(?:sorry|apologi[sz]e\w*|apologies|our\s+(?:fault|mistake|error)|we\s+(?:got\s+it\s+wrong|let\s+you\s+down))\b",
            cancel_in_sentence=True,
        ),
        # Part of life, or of owning / living with something: "a bit of
        # noise is part of city living", "that comes with the territory".
        Frame(
            "part-of-life",
            "normalise",
            (
                r"\b(?:is|are|'s|'re|was|were)\s+(?:just\s+|simply\s+|all\s+|sadly\s+|really\s+|very\s+much\s+)?(?:a\s+|an\s+)?"
                r"(?:normal\s+|natural\s+|inevitable\s+|unavoidable\s+|expected\s+|everyday\s+)?part\s+(?:and\s+parcel\s+)?of\s+"
                r"(?:(?:the|a|an|any|modern|everyday|daily|normal)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:life|living|lifestyle|territory)"
                # Round 11b (set O): the trouble made part of the pleasure
                # ("it's part of the fun", "all part of the experience").
                r"|(?:fun|experience|adventure|charm|game|thrill|excitement|challenge)(?=\s*(?:[,.!;)\u2014-]|$|"
                + _LAUGH
                + r"))"
                r"|(?:owning|having|living|renting|running|being|keeping|raising)\s+)\b",
            ),
            (
                "part",
                "life living lifestyle territory owning having renting running being keeping raising"
                " fun experience adventure charm game thrill excitement challenge",
            ),
        ),
        # A habit of a kind, with its frequency: "kids knock their heads all
        # the time", "parcels get held up every so often".
        Frame(
            "kind-habit",
            "normalise",
            (
                r"\b(?:{GENERIC_KIND})\b",
                r"^\s+(?:[\w\x27\u2019-]+\s+){1,4}?(?:all\s+the\s+time|constantly|daily|regularly|now\s+and\s+(?:then|again)"
                r"|every\s+(?:now\s+and\s+(?:then|again)|so\s+often)|from\s+time\s+to\s+time)\b",
            ),
            (
                "{GENERIC_KIND}",
                "time constantly daily regularly then again often",
            ),
            cancel=r"\b(?:we|I|our|us)\b",
        ),
        # A problem said to go away by itself, as a habit: "fake profiles
        # usually disappear on their own after a while", "these things
        # tend to sort themselves out". An "if not" fallback is advice.
        Frame(
            "goes-away-itself",
            "normalise",
            (
                r"\b(?:usually|normally|generally|often|typically|mostly|always|tends?\s+to|will\s+(?:usually|normally|just))\s+"
                r"(?:[\w-]+\s+){0,2}?(?:{SELF_RESOLVING})",
            ),
            (
                "usually normally generally often typically mostly always tend tends will",
                "{SELF_RESOLVING}",
            ),
            cancel=r"\bif\s+(?:not|it\s+(?:doesn't|does\s+not|hasn't|has\s+not)|they\s+(?:don't|do\s+not|haven't))\b"
            r"|\botherwise\b|\b(?:I|we)(?:'ve|\s+have)\s+(?:\w+\s+)?(?:removed|fixed|deleted|blocked|reported|escalated)\b",
            cancel_in_sentence=True,
        ),
        *_ROUND11,
        *_ROUND11_BANKS,
        *_ROUND11_BANK_L,
        *_ROUND11B,
        *_ROUND13,
    )
)

#: Frames that count only for a customer who reported a problem or is
#: upset -- any message that is not only a question -- or, with no
#: customer message, with a tone marker in the sentence: their words are
#: ordinary in a calm answer ("it's only open to members" answering "is
#: the lounge open?").
TROUBLED_ONLY: Final = frozenset(
    {
        "ordinary",
        "ordinary-for",
        "ordinary-plural",
        "others-cope",
        "only-a-thing",
        "cosmetic",
        "bright-side-idiom",
        "size-idiom",
        "reaction-excessive",
        "excess-if",
        "tolerate-it",
        "just-later",
        "part-of-life",
        "kind-habit",
        "goes-away-itself",
        "share-of-whole",
        "not-a-catastrophe",
        "goes-unnoticed",
        "will-resolve",
        "probably-nothing",
        "not-something-to-worry",
        "anyway-moving-on",
        "only-a-quantity",
        "size-adjective-problem",
        "compared-to-others",
        "set-aside",
        "joke-at-the-problem",
        "one-little-thing",
        "not-exactly-stuck",
        "minor-nuisance",
        "kind-over-things",
        "better-late",
        "others-wont-notice",
        "others-overreact",
        "complaint-unwarranted",
        "one-bare-thing",
        "not-bad-by-yardstick",
        "normal-part-of",
        "nothing-to-feel",
        "drop-it-advice",
        "rated-small",
    }
)
