"""
Accusatory frames (round 6): blame read as roles in a sentence, each role
filled from a broad class (`cs_lint._context.frames`), for the customer-
fault reader (`cs_lint._context.blame.faults`).

Sets F and t1-t3 (written by outsiders) put most of the blame round 5 missed
in constructions with no fault word: a lesson for next time, a duty put on
people in the customer's role, the information they were given at the time,
how plainly it was shown, the customer's side named as the cause, other
people as the yardstick, the evidence that cannot be wrong, the agent's
surprise, the counterfactual with its consequence. Each is one frame here;
its roles are lexicon classes of the whole field (every role name for the
customer, every duty predicate, every cause link...), not the misses' words.
The frames and their look-alikes are listed in docs/families/accusatory.md
("Round 6: frames").

Kinds are `blame.FaultKind` values, so the accusatory rules report them as
they report the round-4/5 constructions (CS102 counterfactual, CS106
presumed, CS108 lesson/general, CS109 incredulity, CS110 act).
"""

from __future__ import annotations

from typing import Final

from cs_lint._context.frames import Frame, Frames


#: The agent owning a slip or apologising, and the agent as the one who
#: acts next: these keep a lesson or a pointer from reading as blame.
_OWNED = (
    r"\b(?:sorry|apologi[sz]e|apologies|apologising|apologizing|our\s+(?:mistake|fault|error|bad)|my\s+(?:mistake|fault"
    r"|error|bad)|unfortunately)\b"
)
#: What the customer was told, or where it was shown, was itself wrong.
_MISTOLD = r"|\b(?:wrong(?:ly)?|incorrect(?:ly)?|mistaken(?:ly)?|by\s+mistake|misinformed|in\s+error)\b"
_SUBJECT_PAST = (
    r"\b(?:you|u)\s+(?:(?:\w+ed)|set|put|chose|made|picked|sent|left|took|gave|did|bought|paid|signed|wrote|typed"
    r"|told|broke|lost|let|cut|kept|ran|hit|got|went|forgot|missed|tore|threw|sold|spent|read|wore)\b|\bwhoever\b"
)
#: Verbs of damage or loss that do not happen "by themselves".
_DAMAGE = (
    r"(?:crack|break|smash|shatter|snap|bend|tear|rip|dent|scratch|chip|leak|burst|melt|stain|fade|fall\s+off|fall\s+apart"
    r"|come\s+apart|come\s+loose|disappear|vanish|go\s+missing|delete|cancel|unsubscribe|turn\s+on|switch\s+on|turn\s+off"
    r"|switch\s+off|flag|ban|suspend|block|lock|charge|bill|decline|close|move|change|reset|break\s+down|get\s+wet"
    r"|get\s+damaged|get\s+lost|stop\s+working|drain|empty|unplug|drop|fall|spill)"
)
_EVIDENCE = (
    r"(?:system|systems|meter|meters|computer|computers|records|logs|log|data|camera|cameras|footage|app|machine|scanner"
    r"|gps|tracker|tracking|software|algorithm|anti-cheat|anticheat|database|numbers|figures|evidence|cctv|sensor"
    r"|sensors|telematics|reader|till|terminal|server|servers)"
)

#: Help, an instruction or a future in the sentence: where the
#: information is, told as a pointer ("the label should be clearly
#: visible", "here's the page - it's listed at the very top").
_SALIENCE_CANCEL = (
    _OWNED
    + _MISTOLD
    + r"|\b(?:should|must|needs?\s+to|make\s+sure|ensure|please|will\s+be|we'll|I'll|if|here's|here\s+is"
    r"|attached|link|I've|we've|can|could)\b|\b(?:more|less|most)\s+clearly\b"
)

#: An offer, thanks, the agent acting, or a purpose clause: the time
#: marker belongs to help, not to a lesson ("next time you order, use
#: code X", "to avoid this in future, we've added a check").
_LESSON_CANCEL = (
    r"\b(?:we|we'll|we've|we'd|we're|I'll|I've)\b|\bI\s+(?:will|have|can|could)\b|\b(?:code|voucher|discount"
    r"|credit|offer|free|priority|upgrade|welcome|enjoy|look(?:ing)?\s+forward|hope|happy\s+to|glad\s+to"
    r"|love\s+to|points|reward|see\s+you|hesitate|get\s+in\s+touch|reach\s+out|let\s+us\s+know|can't\s+wait"
    r"|you\s+can|feel\s+free|thank|thanks|upgraded?)\b|\bto\s+(?:avoid|prevent|stop)\b|"
    # round 11b (set O): "don't" as the end of an elliptical condition
    # about a thing, not an imperative ("...next time you log in - if they
    # don't, ..."); "if they don't fit, don't..." is not elliptical
    r"\bif\s+(?:they|it|that|this|those|these|he|she|not)\s+(?:still\s+)?(?:don't|do\s+not|doesn't|does\s+not"
    r"|didn't|did\s+not|won't|will\s+not)?(?=\s*(?:[,.;:!?)\u2013\u2014-]|$))|" + _OWNED
)


#: The consequence of a counterfactual in any form ("this wouldn't be
#: happening twice", "it wouldn't be so bad", "you would have known").
_CONSEQUENCE = (
    r"\b(?:this|that|it|none\s+of\s+this|the\s+[\w-]+|you|u|we|they)\s+(?:would(?:n't|\s+not)?|could(?:n't|\s+not)?"
    r"|'d|might(?:n't|\s+not)?)\s+(?:(?:still|even|probably|likely|never|easily|already)\s+)?(?:have\s+|'ve\s+)?"
    r"(?:be(?:en)?\s+(?:happening|(?:so|as|this|that|nearly\s+as|anywhere\s+near\s+as)\s+[\w-]+|an?\s+(?:issue|problem)"
    r"|necessary|needed|the\s+case|avoided|prevented|caught|sorted|fine|ok|okay|different|delayed|late|worse"
    r"|damaged|failing|failed|here|in\s+this\s+(?:position|situation|mess))|happen(?:ed|ing)?|occur(?:red)?|arisen"
    r"|known|know|seen|see|noticed|found|find|avoided|caught|spotted|realised|realized|failed|broken|broken\s+down"
    r"|gone\s+wrong|got\s+worse|come\s+to\s+this|cost\s+(?:so|this|that)\s+much)\b"
)
#: Who did not act, when the sentence names no "you": the step was the
#: customer's ("to us", "on time", "as asked", "your").
_CUSTOMER_SIDE = (
    r"\b(?:(?:to|with|for)\s+us|on\s+time|in\s+time|as\s+(?:per|asked|requested|instructed|advised|agreed|required)"
    r"|when\s+(?:asked|requested|due|reminded|advised|instructed)|when\s+[\w-]+\s+(?:sent|issued|asked)|earlier|sooner"
    r"|beforehand|in\s+advance|properly|correctly|your|ur|its\s+[\w-]+\s+(?:service|check|inspection|mot|renewal))\b"
)

#: Round 7 frames whose anchor is the consequence clause of a conditional
#: ("... it wouldn't be so bad"): the condition is part of the frame, so
#: the clause is not skipped as conditional.
CONSEQUENCE_ANCHORED: Final = frozenset(
    {
        "counterfactual-passive-duty",
        "counterfactual-their-side",
        "counterfactual-as-instructed",
    }
)
#: Round 7 frames read past an apology in an earlier clause ("I'm sorry if
#: nobody rang you, but you could've rung us too"): "sorry, but" then blame
#: is the construction, not the agent owning it.
SORRY_BUT_READ: Final = frozenset({"could-have-too", "counterfactual-passive-duty"})

#: Round 7 (set H, the misses' constructions; docs/families/accusatory.md
#: "Round 7").
_ROUND7: Final = (
    # A missed duty in a counterfactual passive, no "you": "Had the
    # notices been forwarded to us when HMRC sent them, this wouldn't be
    # happening", "if the car had been brought in on time it wouldn't be
    # so bad". The step is one a customer takes (CUSTOMER_DUTY_PP), and
    # the sentence marks it as theirs (`_CUSTOMER_SIDE`).
    Frame(
        "counterfactual-passive-duty",
        "counterfactual",
        (
            _CONSEQUENCE,
            r"(?:\bhad|\bif\s+(?:[\w-]+\s+){1,5}?had)\s+(?:(?:the|your|ur|these|those|this|that|any|all\s+the|its)\s+)"
            r"?(?:[\w-]+\s+){0,4}?been\s+(?:(?:properly|correctly|actually|ever|just)\s+)?(?:{CUSTOMER_DUTY_PP})\b",
            _CUSTOMER_SIDE,
        ),
        (
            "would wouldn't could couldn't might it'd that'd",
            "had",
            "{CUSTOMER_DUTY_PP}",
        ),
        ordered=False,
        cancel=_OWNED
        + r"|\b(?:if|had)\s+(?:we|I)\b|\b(?:we|I)(?:'d|\s+had)\s+\w+ed\b|\bby\s+(?:us|our|the\s+(?:courier|driver"
        r"|engineer|team|staff|warehouse|agent|technician|carrier))\b|\b(?:our|the\s+company's)\s+[\w-]+\s+had\b",
    ),
    # "you could've rung us too", "you might have checked yourself": the
    # duty the customer also had, in hindsight.
    Frame(
        "could-have-too",
        "counterfactual",
        (
            r"\b(?:you|u)\s+(?:could|might|should)(?:'ve|\s+have|\s+of)\s+(?:just\s+|also\s+|easily\s+|always\s+)?"
            r"(?:rung|rang|called|phoned|emailed|messaged|texted|contacted|asked|checked|told|let\s+us\s+know|read|looked"
            r"|chased|followed\s+up|got\s+in\s+touch|come\s+in|popped\s+in|dropped\s+in|mentioned|reported|double-checked)\b",
            r"\b(?:too|as\s+well|yourself|either|you\s+know|though|at\s+any\s+(?:time|point))\b",
        ),
        (
            "could could've might should should've",
            "too well yourself either know though time point",
        ),
        reach=60,
        cancel=_OWNED + r"|\bif\s+(?:you|u)\b",
    ),
    # "common knowledge" with anyone as the yardstick: "anyone who had read
    # the guidance notes would have known this", "which anyone who's owned
    # a dog for a while knows".
    Frame(
        "anyone-who-knows",
        "general",
        (
            r"\b(?:anyone|anybody|everyone|everybody|any\s+(?:{ROLE_PEOPLE}))\s+(?:who|that)(?:'s|'d|\s+has|\s+had|\s+have"
            r"|\s+did|\s+does|\s+do)?\s+(?:ever\s+|actually\s+|properly\s+|even\s+|bothered\s+to\s+|taken\s+the\s+time\s+to\s+)?"
            r"[\w-]+",
            r"\b(?:would(?:\s+have|'ve)?\s+|will\s+|should\s+|'d\s+(?:have\s+)?|can\s+)?(?:know|known|knows|seen|see|sees"
            r"|noticed|notice|realised|realized|understood|understand|understands|spotted|spot|found|find|tell\s+you)\b",
        ),
        ("anyone anybody everyone everybody any", "who that who's who'd"),
        reach=90,
        cancel=_OWNED
        + r"|\?|\b(?:help|assist|support|welcome|eligible|entitled|refund|free|discount|happy\s+to)\b",
    ),
    # Others in the customer's role succeeding where the customer did not:
    # "Most guests manage to find it", "the majority of users have no
    # trouble setting it up".
    Frame(
        "people-manage",
        "general",
        (
            r"\b(?:most|many|nearly\s+all|almost\s+all|the\s+(?:vast\s+)?majority\s+of|99%\s+of|other|plenty\s+of"
            r"|lots\s+of|loads\s+of|every\s+other|all\s+(?:our|the)\s+other)\s+(?:(?:of\s+)?(?:our|the)\s+)?(?:{ROLE_PEOPLE})\b",
            r"^\s*(?:(?:seem\s+to|usually|generally|normally|always|all|just|somehow|do|tend\s+to)\s+){0,2}"
            r"(?:{YARDSTICK_SUCCESS})\b",
        ),
        ("{ROLE_PEOPLE}", "{YARDSTICK_SUCCESS}"),
        reach=40,
        cancel=_OWNED
        + r"|\?|\bnot\s+(?:[\w-]+\s+){0,2}(?:many|most|every|all|any)\b|\bbut\s+(?:we|I|it|this)\b",
    ),
    # "That's kinda basic stuff", "this is common sense": the customer's
    # question called elementary.
    Frame(
        "basic-stuff",
        "general",
        (
            r"\b(?:that's|that\s+is|thats|this\s+is|it's|it\s+is|its)\s+(?:kinda\s+|kind\s+of\s+|pretty\s+|really\s+|fairly"
            r"\s+|quite\s+|just\s+|all\s+|very\s+)?(?:basic|common\s+sense|common\s+knowledge|elementary|obvious\s+stuff"
            r"|standard\s+stuff|beginner\s+stuff|101)(?:\s+(?:stuff|knowledge|things|info|information))?"
            r"(?=\s*(?:[.!,;]|lol|tbh|really|$|\U0001F600|\U0001F642|\U0001F60A|\U0001F605|\U0001F644))",
        ),
        (
            "basic common elementary obvious standard beginner 101",
            "that's that this it's it its thats",
        ),
        cancel=_OWNED + r"|\bour\b|\?",
    ),
    # Scolding the customer for asking: "Please stop asking", "stop
    # chasing us", "stop letting staff install things".
    Frame(
        "stop-asking",
        "general",
        (
            r"(?:^|(?<=[.!?:]\s{0,3})|(?<=\n)|\bplease\s+|\bpls\s+|\bkindly\s+|\bjust\s+)stop\s+"
            r"(?:asking|messaging|emailing|e-mailing|calling|ringing|phoning|chasing|contacting|complaining|tweeting"
            r"|DMing|spamming|moaning|nagging|pestering|letting\s+(?:[\w-]+\s+){0,2}?(?:install|download|change|use|touch"
            r"|share|click))\b",
        ),
        (
            "stop",
            "asking messaging emailing e-mailing calling ringing phoning chasing contacting complaining tweeting "
            "dming spamming moaning nagging pestering letting",
        ),
        cancel=_OWNED
        + r"|\bif\s+(?:you|u)\b|\b(?:to|can|how\s+to|want\s+to|like\s+to)\s+stop\b|\bwe(?:'ll|\s+will)\b",
    ),
    # A rhetorical puzzle at the customer's reaction: "so not sure what the
    # surprise is", "no idea why you're shocked".
    Frame(
        "puzzled-reaction",
        "general",
        (
            r"\b(?:not\s+sure|no\s+idea|(?:I\s+)?don't\s+(?:know|see|get)|can't\s+see|unclear|I\s+wonder)\s+"
            r"(?:what|why)\s+(?:(?:(?:all\s+)?the|this|all\s+this|that)\s+(?:surprise|fuss|confusion|drama|big\s+deal"
            r"|complaint|upset|shock|outrage|panic)\s+(?:is|was)|(?:you|u)(?:'re|\s+are|\s+were|'d\s+be|\s+would\s+be)"
            r"\s+(?:so\s+)?(?:surprised|shocked|confused|upset|annoyed|puzzled))\b",
        ),
        (
            "surprise fuss confusion drama deal complaint upset shock outrage panic surprised shocked confused annoyed puzzled",
        ),
        reads_as="incredulity",
        cancel=_OWNED + r"|\b(?:we|I)(?:'ve|'ll|\s+have|\s+will)\b",
    ),
    # The outcome pinned on people in the customer's role: "this is what
    # happens when people screenshot their tickets", "the lift was damaged
    # by a resident overloading it".
    Frame(
        "what-happens-when",
        "general",
        (
            r"\b(?:this|that|it)(?:'s|\s+is|\s+was)\s+(?:exactly\s+|precisely\s+|just\s+|unfortunately\s+|always\s+)?"
            r"what\s+happens\s+(?:when|if)\s+(?:(?:{ROLE_PEOPLE})|you|u)\b",
        ),
        ("what", "happens", "when if"),
        cancel=_OWNED + r"|\b(?:we|our)\b",
    ),
    Frame(
        "damaged-by-role",
        "act",
        (
            r"\b(?:damaged|broken|broke|blocked|clogged|jammed|overloaded|misused|vandali[sz]ed|caused|cracked|flooded"
            r"|stained|scratched|burst|tripped)\s+by\s+(?:a|an|one\s+of\s+the|another|some|other)\s+(?:{ROLE_PEOPLE})\s+"
            r"(?:[\w-]+ing|who|that)\b",
        ),
        (
            "damaged broken broke blocked clogged jammed overloaded misused vandalised vandalized caused cracked flooded "
            "stained scratched burst tripped",
            "by",
        ),
        cancel=_OWNED + r"|\bour\s+(?:staff|team|contractor|engineer|driver)\b",
    ),
    # Warnings given before and not heeded: "despite our last three
    # warnings about admin rights", "in spite of repeated reminders".
    Frame(
        "despite-warnings",
        "lesson",
        (
            r"\b(?:despite|in\s+spite\s+of|regardless\s+of|ignoring)\s+(?:(?:our|my|the|all|all\s+our|repeated|several|many"
            r"|numerous|multiple|previous|earlier|prior|last|recent|two|three|four|five|\d+)\s+){1,3}"
            # A warning about a hazard is not one the customer ignored:
            # "despite the weather warnings, the museum is open".
            r"(?!(?:{HAZARD_WARNING})\b)(?:[\w-]+\s+)?"
            r"(?:warnings?|reminders?|requests|notices|emails|letters|messages|calls|advice|instructions|chasers)\b",
        ),
        (
            "despite spite regardless ignoring",
            "warning warnings reminder reminders requests notices emails letters "
            "messages calls advice instructions chasers",
        ),
        cancel=_OWNED + r"|\b(?:we|I)(?:'ve|\s+have)\s+(?:not|never)\b",
    ),
    # How plainly it was shown, with a knowing ASCII wink: "needs 48hrs like
    # it says on the slip ;)".
    Frame(
        "salience-wink",
        "lesson",
        (
            r"\b(?:like|as)\s+(?:it\s+)?(?:says|said|states|stated|shows|showed)\s+(?:on|in)\s+(?:the|your)\s+[\w-]+",
            r"[;]-?[)D]",
        ),
        ("says said states stated shows showed", "like as"),
        reach=40,
        cancel=_SALIENCE_CANCEL,
    ),
)


#: Round 6 frames (docs/families/accusatory.md "Round 6: frames").
_ROUND6: Final = (
    # A lesson for next time: a time-for-next-time marker and a
    # precaution the customer should take, in either order ("might be
    # worth keeping your phone on you next time", "next time have
    # someone double-check", "pls keep it private going forward").
    Frame(
        "lesson-next-time",
        "lesson",
        ("{FUTURE_LESSON}", r"\b(?:{LESSON_ACT})\b"),
        ("{FUTURE_LESSON}", "{LESSON_ACT}"),
        reach=50,
        cancel=_LESSON_CANCEL,
    ),
    Frame(
        "lesson-then-time",
        "lesson",
        (r"\b(?:{LESSON_ACT})\b", "{FUTURE_LESSON}"),
        ("{FUTURE_LESSON}", "{LESSON_ACT}"),
        reach=60,
        cancel=_LESSON_CANCEL,
    ),
    # More diligence asked for, which says there was too little: "please
    # be more careful when filling in the forms", "pay closer attention
    # to the dates", "have a proper look there first".
    Frame(
        "more-diligence",
        "lesson",
        (
            r"\b(?:be|being)\s+(?:a\s+(?:bit|little|lot)\s+|much\s+|far\s+|way\s+)?more\s+(?:careful|attentive"
            r"|cautious|vigilant|thorough|observant)\b|\bpay\s+(?:a\s+bit\s+|a\s+little\s+|much\s+)?(?:more|closer"
            r"|better)\s+attention\b|\btake\s+(?:a\s+bit\s+|a\s+little\s+|much\s+)?(?:more|better|greater)\s+care\b"
            r"|(?:^|(?<=[.!?:]\s{1,3})|\bplease\s+|\bmaybe\s+|\bjust\s+)(?:have|take)\s+a\s+(?:proper|closer"
            r"|more\s+careful)\s+look\b",
        ),
        (
            "careful attentive cautious vigilant thorough observant attention care look",
            "more closer better proper greater",
        ),
        cancel=(
            r"\b(?:we|we'll|we've|we'd|we're|I'll|I've|our)\b|\bI\s+(?:will|have|can|could|must|should)\b"
            r"|\blet(?:'s|s|\s+us|\s+me)\b|\b(?:happy|glad|like|love|want)\s+to\b|\bus\b|"
            # Advice before a choice the customer has yet to make ("have a
            # proper look at the timetable before you book"), unless it is
            # for next time.
            r"\bbefore\s+(?:you|u)\s+(?:{CHOICE_ACT})\b(?![^.!?\n]{0,40}\b(?:next\s+time|again|in\s+future)\b)|"
            + _OWNED
        ),
    ),
    # A duty put on people in the customer's role ("residents are
    # expected to familiarise themselves", "members are responsible for
    # keeping track", "guests could reasonably be expected to have
    # seen it", "goods-in staff really ought to know").
    Frame(
        "role-duty",
        "general",
        (
            r"(?<!\b(?:our|my|the\s+company's)\s+(?:[\w-]+\s+)?)\b(?:{ROLE_PEOPLE})\b",
            r"^\s*(?:[\w-]+\s+){0,5}?(?:{DUTY_PREDICATE})",
            r"^\s*(?:(?:have|be|really|always|actually|properly|fully|themselves|yourself|to)\s+){0,3}(?:{KNOW_DILIGENCE})\b",
        ),
        ("{ROLE_PEOPLE}", "{DUTY_PREDICATE}", "{KNOW_DILIGENCE}"),
        reach=70,
        cancel=_OWNED
        + r"|\bour\s+(?:staff|team|agents|engineers|drivers|colleagues|people)\b",
    ),
    # The duty first: "it is the responsibility of the taxpayer to check".
    Frame(
        "duty-of-role",
        "general",
        (
            r"\b(?:responsibility|duty|job|obligation)\s+of\s+(?:the|every|each|all|any)\s+",
            r"^(?:[\w-]+\s+){0,2}?(?:{ROLE_PEOPLE})\s+to\s+",
            r"^(?:(?:have|be|always|properly|fully)\s+)?(?:{KNOW_DILIGENCE})\b",
        ),
        ("responsibility duty job obligation", "{ROLE_PEOPLE}", "{KNOW_DILIGENCE}"),
        reach=40,
        cancel=_OWNED,
    ),
    # The duty in hindsight on the customer's party: "she really needed
    # to confirm it the day before", "they really should have checked".
    Frame(
        "duty-hindsight",
        "general",
        (
            r"\b(?:he|she|they|your\s+[\w-]+)\s+(?:really|genuinely|definitely)\s+(?:needed\s+to|should(?:\s+have|'ve)"
            r"|ought\s+to(?:\s+have)?|had\s+to)\s+",
            r"^(?:(?:have|be|always|properly|actually)\s+)?(?:{KNOW_DILIGENCE})\b",
        ),
        (
            "really genuinely definitely",
            "needed should should've ought had",
            "{KNOW_DILIGENCE}",
        ),
        reach=20,
        cancel=_OWNED,
    ),
    # The agent's expectation that the thing be understood: "I would
    # have expected this to be understood".
    Frame(
        "expected-understood",
        "general",
        (
            r"\b(?:I|we)(?:'d|\s+would)\s+(?:have\s+|'ve\s+)?(?:expected|assumed|thought|hoped)\s+",
            r"^(?:this|that|it|these|those|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+(?:have\s+)?(?:be|been)\s+(?:(?:fairly|quite|well"
            r"|widely|clearly|pretty|very|reasonably)\s+){0,2}(?:understood|known|read|checked|noticed|seen|clear|obvious|common\s+knowledge"
            r"|self-explanatory|followed|familiar)\b",
        ),
        (
            "expected assumed thought hoped",
            "understood known read checked noticed seen clear obvious knowledge followed familiar",
        ),
        reach=80,
        cancel=_OWNED,
    ),
    # The customer informed before, with the moment or the repetition
    # ("which u were notified about in March, April and May", "this was
    # explained to you at the time").
    Frame(
        "informed-before",
        "lesson",
        ("{INFORMED_RECIPIENT}", "{PRIOR_MOMENT}"),
        ("{INFORMED_RECIPIENT}", "{PRIOR_MOMENT}"),
        ordered=False,
        cancel=_OWNED
        + _MISTOLD
        + r"|\byou(?:'ll|\s+will|'re\s+going\s+to)\b|\bshould\s+(?:have|'ve)\s+been\b",
    ),
    # Fronted "as": "As the welcome text on arrival told you.", "As was
    # made abundantly clear at induction, ..."
    Frame(
        "as-told",
        "lesson",
        (
            r"\bas\s+(?!(?:I|we|I've|we've|I'd|we'd)\b)(?:(?:the|your|our|my|this|that)\s+)?(?:[\w-]+\s+){0,4}?(?:told|informed|advised|warned|reminded|showed"
            r"|notified)\s+(?:you|u)\b|\bas\s+was\s+(?:(?:made\s+(?:\w+\s+)?clear)|explained|pointed\s+out|stated|agreed"
            r"|set\s+out|communicated)\b",
        ),
        (
            "as",
            "told informed advised warned reminded showed notified clear explained pointed stated agreed set communicated",
        ),
        cancel=_OWNED + _MISTOLD + r"|\bas\s+(?:promised|requested|discussed)\b",
    ),
    # How plainly it was shown: a saying/showing predicate with a
    # salience emphasis or a knowing emoji ("the screen literally says
    # 'billed yearly'", "instructions printed on it in four languages",
    # "the size guide sits on every product page 😉").
    Frame(
        "salience",
        "lesson",
        (
            r"\b(?:{SALIENCE_PREDICATE})\b",
            r"\b(?:{SALIENCE_EMPHASIS})\b|[😉🙄😏🙃]",
            r"\b(?:{INFO_SOURCE})\b",
        ),
        ("{SALIENCE_PREDICATE}", "{SALIENCE_EMPHASIS}", "{INFO_SOURCE}"),
        ordered=False,
        cancel=_SALIENCE_CANCEL,
        cancel_in_sentence=True,
    ),
    Frame(
        "salience-emoji",
        "lesson",
        (r"\b(?:{SALIENCE_PREDICATE})\b", r"[😉🙄😏🙃]", r"\b(?:{INFO_SOURCE})\b"),
        ("{SALIENCE_PREDICATE}", "😉 🙄 😏 🙃", "{INFO_SOURCE}"),
        ordered=False,
        cancel=_SALIENCE_CANCEL,
    ),
    # The customer's side named as the cause: a cause link and the
    # customer's handling, habits, side or whoever acted ("mould almost
    # always comes from drying washing indoors", "may well relate to how
    # the device is being charged", "that's down to whoever was
    # driving", "dependencies on your side did contribute").
    Frame(
        "cause-handling",
        "act",
        (r"\b(?:{CAUSE_LINK})\b", r"\b(?:{HANDLING_CAUSE})\b"),
        (
            "comes come came coming arises arise arose arising results result resulted resulting stems stem "
            "stemmed stemming caused down due owing consequence product relates relate related relating linked "
            "connected attributable traced traces contributed contribute contributes contributing triggered "
            "brought cause reason explain accounts appear appears appeared occur occurs occurred started began",
            "how way whoever handling mishandling misuse improper incorrect error lifestyle habits drying brought "
            "side end part own yourself handle drop chose decided opted elected choice decision choices",
        ),
        ordered=False,
        cancel=(
            _OWNED
            + r"|\b(?:how|the\s+way|what)\s+(?:we|our|us)\b|\b(?:by|from|on|at)\s+(?:us|our)\b"
            r"|\bour\s+(?:side|end|fault|mistake|error|warehouse|team|staff|courier|driver|engineers?)\b"
            r"|\bnot\s+(?:your|you)\b|\bnothing\s+you\b"
            # Round 7: where something came from is its origin, not a
            # cause the customer is blamed for ("the address came from
            # your own company settings", "the scope change came from
            # your side"): both readers of sets E and H filed these
            # under other families.
            r"|\b(?:came|come|comes|coming)\s+(?:directly\s+|straight\s+)?from\s+(?:your|ur)\s+(?:own\s+)?"
            r"(?:[\w-]+\s+)?(?:side|end|company|settings|account|system|team|records|file|upload|instructions?|request"
            r"|order|form|details|data|PM|manager|office)\b"
        ),
    ),
    # The blame on the customer, softened: "thats kinda on u tbh", "a
    # misunderstanding on your side".
    Frame(
        "on-you",
        "act",
        (
            r"\b(?:that|this|it)(?:\s+(?:one|part|bit))?(?:'s|\s+is|\s+was|s)\s+(?:(?:kinda|kind\s+of|sort\s+of|really|entirely|all|totally|a\s+bit"
            r"|partly|fully|squarely|firmly|very\s+much|more)\s+)+on\s+(?:you|u|yourself|your\s+side)\b"
            r"|\b(?:misunderstanding|confusion|mix-up|mixup|oversight|misreading|omission|slip|error|mistake)\s+"
            r"(?:on|at|from)\s+(?:your|ur)\s+(?:side|end|part)\b(?!\s+of\b)",
        ),
        (
            "on at from",
            "kinda kind sort entirely totally bit partly fully squarely firmly misunderstanding confusion mix-up "
            "mixup oversight misreading omission slip error mistake",
        ),
        cancel=_OWNED + r"|\bnot\s+on\s+(?:you|u)\b",
    ),
    # The customer as the one who acted, set against the company: "you
    # set the frequency to every 10 days, not us".
    Frame(
        "not-us",
        "act",
        (
            _SUBJECT_PAST,
            r",?\s+not\s+(?:us|we|me|ours|the\s+(?:company|shop|store|workshop|garage|bank|team|app|system|site|warehouse"
            r"|courier|airline|hotel|restaurant|business|club|gym|school|practice|surgery|council)|our\s+[\w-]+)\b"
            r"(?=\s*(?:[.!,;]|$|tbh|mate|I'm\s+afraid))",
        ),
        ("you u whoever", "not"),
        reach=90,
        cancel=_OWNED,
    ),
    # Other people in the customer's role as the yardstick of diligence
    # or of the error ("most ppl measure first", "most buyers read the
    # description", "many buyer do it and then say not receive").
    Frame(
        "people-yardstick",
        "general",
        (
            r"\b(?:most|many|plenty\s+of|lots\s+of|loads\s+of|a\s+lot\s+of|the\s+(?:vast\s+)?majority"
            r"\s+of|most\s+of(?:\s+(?:the|our))?|nine\s+out\s+of\s+ten)\s+(?:{ROLE_PEOPLE})\b",
            r"^\s*(?:(?:do|will|would|always|usually|generally|normally|tend\s+to|just|simply|actually|already|are|also"
            r"|manage\s+to|remember\s+to|know\s+(?:to|how\s+to)|only)\s+){0,2}(?:read|reads|measure|measures|check"
            r"|checks|double-check|know|knows|remember|notice|look|keep|make\s+sure|ensure|doing\s+(?:this|that|the\s+same)"
            r"\s+(?:mistake|thing)|make\s+(?:this|that|the\s+same)\s+mistake|do\s+(?:it|this|that)\s+and\s+then"
            r"|get\s+(?:it|this|that)\s+wrong|forget|skip|miss|ignore)\b",
        ),
        (
            "{ROLE_PEOPLE}",
            "most many any every all other plenty lots loads lot majority ten",
        ),
        reach=40,
        cancel=_OWNED + r"|\?|\bnot\s+(?:[\w-]+\s+){0,2}(?:many|most|every|all|any)\b",
    ),
    Frame(
        "how-often-people",
        "general",
        (
            r"\bhow\s+(?:often|many)\s+(?:of\s+(?:our|the)\s+)?(?:{ROLE_PEOPLE})\b",
            r"^\s*(?:[\w-]+\s+){0,2}?(?:get\s+(?:it|this|that)\s+wrong|make\s+(?:this|that|the\s+same)\s+mistake|forget"
            r"|miss|skip|ignore|don't\s+(?:read|check)|never\s+(?:read|check))\b",
        ),
        ("how", "often many", "{ROLE_PEOPLE}"),
        reach=40,
        cancel=_OWNED,
    ),
    Frame(
        "as-anyone-knows",
        "general",
        (
            r"\bas\s+(?:any|every|all|most)\s+(?:[\w-]+\s+)?(?:{ROLE_PEOPLE})\s+(?:knows?|will\s+know|would\s+know"
            r"|should\s+know|is\s+aware|are\s+aware|can\s+tell\s+you|understands?|will\s+tell\s+you)\b",
        ),
        (
            "as",
            "any every all most",
            "know knows aware tell understand understands",
        ),
        cancel=_OWNED,
    ),
    # People do it and then complain: "people put the heaters on all day
    # and then they ring us surprised".
    Frame(
        "then-complain",
        "general",
        (
            r"\b(?:people|ppl|customers|buyers|users|tenants|residents|guests|members|passengers|folks|players|owners"
            r"|patients|parents|drivers|clients)\b",
            r"\band\s+then\s+(?:they\s+)?(?:[\w-]+\s+){0,2}?(?:ring|call|phone|email|message|complain|blame|say|claim"
            r"|wonder|moan|contact|expect|come\s+back|ask)(?:s|ing|ed)?\b",
        ),
        (
            "people ppl customers buyers users tenants residents guests members passengers folks players owners "
            "patients parents drivers clients",
            "then",
        ),
        reach=90,
        cancel=_OWNED + r"\?",
    ),
    # The evidence that cannot be wrong, and damage that does not happen
    # on its own: "screens don't crack by themselves", "our anti-cheat
    # doesn't flag people for nothing", "the system doesn't lie".
    Frame(
        "by-itself",
        "presumed",
        (
            r"\b(?:doesn't|does\s+not|don't|do\s+not|didn't|did\s+not|won't|can't|cannot|never|rarely)\s+(?:just\s+)?"
            + _DAMAGE
            + r"(?:s|es|ed)?\b(?:\s+[\w-]+){0,2}?\s+(?:by\s+(?:itself|themselves)|on\s+(?:its|their)\s+own|of\s+(?:its"
            r"|their)\s+own\s+accord|for\s+(?:no\s+reason|nothing)|out\s+of\s+nowhere)\b",
        ),
        ("itself themselves own reason nothing nowhere",),
        cancel=_OWNED + r"|\bso\s+(?:you|please)\b|\byou(?:'ll|\s+will)\s+need\b",
    ),
    Frame(
        "evidence-infallible",
        "presumed",
        (
            r"\b"
            + _EVIDENCE
            + r"\s+(?:doesn't|does\s+not|doesnt|don't|do\s+not|dont|never|can't|cannot|won't)\s+"
            r"(?:lie|lies|make\s+(?:things|it)\s+up)\b",
        ),
        (
            "lie lies make",
            "system systems meter meters computer computers records logs log data camera cameras footage app "
            "machine scanner gps tracker tracking software algorithm anti-cheat anticheat database numbers figures "
            "evidence cctv sensor sensors telematics reader till terminal server servers",
        ),
        cancel=_OWNED,
    ),
    # The agent's surprise or puzzlement at the customer: "I am
    # surprised you would now question the fee", "it is difficult to
    # understand how this went unaddressed", "I do wonder whether the
    # note was skipped".
    Frame(
        "surprise",
        "general",
        (
            r"\b(?:{SURPRISE_FRAME})\b",
            r"\b(?:you|u|your|ur)\b|\b(?:unaddressed|unnoticed|unreported|unpaid|unread|unchecked|missed|overlooked"
            r"|ignored|forgotten|skipped|reasonably|question|questioned|expect|expected)\b",
        ),
        (
            "surprised surprising puzzled baffled struggle fail wonder wonders fathom odd strange hard difficult "
            "expect expected confused believe",
        ),
        reach=80,
        reads_as="incredulity",
        cancel=(
            _OWNED
            + r"|\b(?:we|our|us|we've|we're|let\s+me|I'll|I\s+will|I've)\b|\b(?:receiv\w*|heard|arriv\w*|got\s+"
            r"(?:it|a|the|your))\b"
        ),
    ),
    # The counterfactual with its consequence: "if you'd had 2FA on this
    # wouldn't have happened", "if the readings had been provided as
    # asked, this would have been spread out", "should you read your
    # email, you would find the link there". The consequence is the
    # anchor (the condition clause itself is conditional).
    Frame(
        "counterfactual-consequence",
        "counterfactual",
        (
            r"\b(?:this|that|it|none\s+of\s+this|the\s+[\w-]+|you|u)\s+(?:would(?:n't|\s+not)?|could(?:n't|\s+not)?"
            r"|'d)\s+(?:have\s+|'ve\s+)?(?:happened|occurred|been\s+(?:avoided|prevented|spread(?:\s+out)?|fine|a\s+problem"
            r"|an\s+issue|necessary|needed|different|caught|sorted|resolved|flagged|lower|smaller)|find|found|seen|see"
            r"|known|know|noticed|avoided)\b",
            r"\bif\s+(?:you|u)(?:'d|\s+had)\s+(?!been\s+(?:told|sent|given|informed|notified|charged))\w+"
            r"|\bhad\s+(?:you|u)\s+\w+|\bif\s+(?:the|your|ur)\s+(?:[\w-]+\s+){1,3}?had\s+been\s+\w+(?:ed|en)\b"
            r"|\bshould\s+(?:you|u)\s+(?:read|check|look|have\s+read|have\s+checked|open|visit)\b",
        ),
        ("would wouldn't could couldn't you'd it'd that'd", "if had should"),
        ordered=False,
        cancel=_OWNED + r"|\b(?:if|had)\s+(?:we|I)\b|\b(?:we|I)(?:'d|\s+had)\s+\w+ed\b",
    ),
    Frame(
        "ideally-you-had",
        "counterfactual",
        (
            r"\bideally,?\s+(?:you|u)(?:'d|\s+would)\s+(?:have|'ve)\s+\w+(?:ed|en|t)\b|\b(?:you|u)(?:'d|\s+would)\s+"
            r"ideally\s+(?:have|'ve)\s+\w+(?:ed|en|t)\b",
        ),
        ("ideally",),
        cancel=_OWNED,
    ),
    # Interrogating whether the customer really did it: "can I ask
    # whether you actually opened the letter", "did you actually file
    # one at the airport, or did you leave without doing it?"
    Frame(
        "interrogation",
        "presumed",
        (
            r"\b(?:ask|asking|check|checking|know|wondering|wonder|confirm)\s+(?:whether|if)\s+(?:you|u)\s+(?:actually"
            r"|even|really|genuinely)\s+(?!receiv|get\b|got\b|hear|heard)(?:\w+ed|read|did|went|put|sent|saw|took|left|paid|made"
            r"|gave|kept|set|told|wrote|bought|filled|chose)\b"
            r"|(?:^|(?<=[.!?]\s{1,3}))did\s+(?:you|u)\s+(?:actually|really)\s+(?!receiv|get\b|got\b|hear|heard)\w+"
            r"\b[^?.!]{0,80}?\bor\s+(?:did\s+(?:you|u)|are\s+we|was\s+it|were\s+you|have\s+you)\b",
        ),
        ("actually even really genuinely",),
        reads_as="incredulity",
        cancel=_OWNED,
    ),
)


#: Round 11 (blind sets N and M, development data now; docs/families/
#: accusatory.md "Round 11"). Each frame names a construction whose slots
#: the round-6/7 frames filled too narrowly: the complaint itself as the
#: act the customer should have checked before, the explanation given
#: more than once, the counterfactual about someone on the customer's
#: side (a household member, the readings, the instructions on the label),
#: the presumption that the customer will have read it, and the stock
#: idioms of reproach.
_INSTRUCTION_SOURCE = (
    r"\b(?:like|as)\s+(?:the|your|it|its|our|his|her|their)\s+(?:[\w-]+\s+)?(?:label|labels|instructions|leaflet"
    r"|guide|manual|booklet|vet|doctor|gp|pharmacist|nurse|engineer|letter|care\s+plan|notes|sheet|box|packet"
    r"|card|handbook|guidance|prescription)\s+(?:says|said|explains|explained|states|stated|recommends|recommended"
    r"|advises|advised|shows|showed|told\s+you|asks|asked)\b|\bas\s+(?:prescribed|directed|instructed|shown|labelled"
    r"|labeled)\b|\bup\s+to\s+date\b|\b(?:accurate|accurately|correct|correctly|legible|right)\b"
)
_WOULD_CLAUSE = (
    r"\b(?:you|u|he|she|they|it|this|that|there|we|[\w-]+)(?:'d|\s+would(?:n't|\s+not)?|\s+wouldn't|\s+could(?:n't)?"
    r"|\s+might(?:n't)?)\s+(?:(?:still|even|never|not|probably|certainly|definitely|have)\s+){0,2}(?:be|have|had|need"
    r"|get|face|owe|pay|know|known|see|seen|happen|happened|cleared|worked|working|vomiting|failed|broken|cut|stopped"
    r"|started|[\w-]+ed)\b"
)
#: Our side in a counterfactual: the company's own failure, not the
#: customer's ("if our estimate had been accurate", "if the courier had").
_THEIR_SIDE_CANCEL = (
    r"|\b(?:we|our|I)\b(?!\s+(?:wouldn't|would|could|couldn't|might)\b)|(?<!\b(?:to|told|tell|with|contacted|called"
    r"|emailed|informed|let|asked|rung|rang|phoned)\s)\bus\b"
    r"|\bthe\s+(?:courier|driver|engineer|warehouse|carrier|technician|post\s+office|store|shop)\b"
    r"|\bbeen\s+(?:sent|given\s+(?:the|a|an)|told|offered|emailed|called|contacted|informed|notified|refunded"
    r"|charged|delivered|dispatched|processed)\b"
)
_ROUND11: Final = (
    # The complaint itself as the act the customer should have checked
    # before: "please read the FAQ before leaving one-star reviews", "worth
    # looking at the photos before posting publicly", "have a look at the
    # status page before complaining on here". Neutral acts after "before"
    # (signing, booking, posting it back) are not in the class.
    Frame(
        "check-before-complaining",
        "lesson",
        (
            r"\b(?:read|reading|check|checking|look|looking|consult|consulting|review|reviewing|see|seeing|glance|peek"
            r"|double-check|double-checking|double\s+check|go\s+through|going\s+through|search|searching|ring|ringing"
            r"|call|calling|ask|asking|speak\s+to|speaking\s+to|read|a\s+read|scroll|scrolling)\b",
            r"\b(?:before|prior\s+to)\s+(?:you\s+(?:start\s+|go\s+)?)?(?:(?:{PUBLIC_COMPLAINT_ACT})\b|posting(?=\s*(?:[.!?,;:]|$)))",
        ),
        (
            "posting complaining moaning ranting kicking tweeting commenting slating lodging filing disputing "
            "escalating threatening reviewing review reviews media",
            "before prior",
        ),
        reach=120,
        reads_as="incredulity",
        cancel=r"\bfirst\s+time\b|\bfeel\s+free\b|\bif\s+(?:you|u)(?:'d|\s+would)?\s+like\b|\bwe(?:'ll|\s+will)\b",
    ),
    # Submitting "next time" after a reading step: "I'd recommend reading
    # the policies before submitting next time".
    Frame(
        "read-before-next-time",
        "lesson",
        (
            r"\b(?:read|reading|check|checking|look\s+at|looking\s+at|consult|consulting|review|reviewing)\b",
            r"\bbefore\s+(?:you\s+)?(?:submitting|submit|sending|send|ordering|order|booking|book|buying|buy|uploading"
            r"|upload|applying|apply|posting|post|listing|list)\s+(?:(?:it|one|anything|again|another|them)\s+)?next\s+time\b",
        ),
        ("next", "submitting submit uploading applying listing ordering order buying"),
        reach=90,
        cancel=_LESSON_CANCEL,
    ),
    # The explanation given more than once, or at a named earlier moment:
    # "as we went over twice when she went home", "as I explained three
    # times on the phone", "as covered in each of my earlier emails".
    Frame(
        "explained-repeatedly",
        "lesson",
        (
            r"\bas\s+(?:(?:I|we)(?:'ve|\s+have|\s+had|'d)?|(?:my|our)\s+[\w-]+\s+(?:has\s+|had\s+)?|(?:the|your)\s+"
            r"(?:nurse|vet|doctor|engineer|technician|adviser|advisor|agent|pharmacist)\s+(?:has\s+|had\s+)?)\s*"
            r"(?:already\s+|previously\s+|both\s+|all\s+)?(?:went\s+over|gone\s+over|go\s+over|talked\s+(?:you\s+)?through"
            r"|walked\s+you\s+through|ran\s+through|covered|discussed|explained|mentioned|said|showed\s+you|shown\s+you"
            r"|told\s+you|advised|pointed\s+out|stressed|emphasised|emphasized|highlighted|reminded\s+you|went\s+through)\b",
            r"\b(?:twice|three\s+times|four\s+times|\d+\s+times|(?:two|three|four|five|several|many|multiple|a\s+few"
            r"|a\s+couple\s+of|numerous)\s+times|more\s+than\s+once|again\s+and\s+again|over\s+and\s+over|repeatedly"
            r"|on\s+(?:the|our|your)\s+(?:call|phone|chat)\s+(?:last|on|this|yesterday|earlier|in)\b|last\s+(?:monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday|week|month)|(?:in|at|during)\s+(?:our|the|your)\s+(?:[\w-]+\s+)?"
            r"(?:onboarding|induction|training|session|meeting|consultation|handover|walkthrough|demo)"
            r"|at\s+(?:your|the|his|her|their)\s+(?:last\s+)?(?:appointment|visit|discharge|consultation|fitting|handover"
            r"|induction|check-in|viewing|collection|check-up|checkup|inspection)|when\s+(?:you|he|she|they|[\w-]+)\s+"
            r"(?:went\s+home|came\s+in|left|collected|picked|signed|booked|moved|checked\s+in|was\s+discharged"
            r"|were\s+discharged))\b",
        ),
        (
            "twice times repeatedly onboarding induction session handover consultation discharge discharged fitting "
            "appointment",
            "as",
        ),
        reach=70,
        cancel=_OWNED
        + r"|\b(?:I|we)(?:'ve|\s+have)\s+(?:now\s+|just\s+|also\s+)?(?:booked|arranged|sent|attached|added|raised"
        r"|escalated|refunded|credited|passed|put|set|made|updated|fixed|resent|re-sent|scheduled|moved)\b"
        r"|\b(?:I|we)(?:'ll|\s+will)\b|\bhere(?:'s|\s+is)\b|\battached\b|\bas\s+(?:promised|agreed)\b"
        r"|\bto\s+(?:my|our|the)\s+(?:manager|team|colleagues?|supervisor|boss|warehouse|courier|partner)\b",
    ),
    Frame(
        "mentioned-in-each",
        "lesson",
        (
            r"\bas\s+(?:(?:I|we)(?:'ve|\s+have)?\s+)?(?:mentioned|stated|explained|covered|said|set\s+out|outlined|noted"
            r"|advised|confirmed|pointed\s+out)\s+in\s+(?:both|all|each|every|several|two|three|all\s+three|each\s+of"
            r"|both\s+of|all\s+of)\s+(?:of\s+)?(?:my|our|the)\s+(?:(?:previous|earlier|last|prior|other|two|three)\s+)*"
            r"(?:messages|emails|e-mails|replies|letters|responses|chats|calls|notes|texts)\b",
        ),
        (
            "both each several",
            "messages emails e-mails replies letters responses chats calls notes texts",
        ),
        cancel=_OWNED,
    ),
    # Emphatic asking with the earlier letter: "we did ask for clear ones in
    # our first letter", "I did mention it when you booked".
    Frame(
        "did-ask-earlier",
        "lesson",
        (
            r"\b(?:we|I)\s+did\s+(?:ask|request|say|mention|explain|tell|warn|remind|point\s+out|specify|note|stress)\b",
            r"\b(?:in|on)\s+(?:our|my|the)\s+(?:very\s+)?(?:first|last|previous|original|earlier|initial|welcome"
            r"|confirmation)\s+(?:letter|email|e-mail|message|reply|call|text|note|chat|visit)\b|\bat\s+the\s+(?:start"
            r"|outset|time|beginning)\b|\bwhen\s+you\s+(?:booked|ordered|signed|registered|called|applied|joined"
            r"|bought|first\s+(?:called|got\s+in\s+touch|contacted\s+us))\b",
        ),
        (
            "did",
            "first previous original earlier initial welcome outset booked signed registered joined applied",
        ),
        reach=70,
        cancel=_OWNED
        + r"|\b(?:but|and)\s+(?:it|they|the\s+[\w-]+)\s+(?:didn't|did\s+not|wasn't|weren't)\b",
    ),
    # The counterfactual about someone on the customer's side: "Had the
    # family kept the plan up to date, this wouldn't have happened", "If
    # your husband had bled the radiators like the manual says, ...", "if
    # the drops had been used as the label says, it would have cleared",
    # "if they'd been accurate you wouldn't be facing a catch-up".
    Frame(
        "counterfactual-household",
        "counterfactual",
        (
            _WOULD_CLAUSE,
            r"\b(?:if\s+(?:{CUSTOMER_HOUSEHOLD})(?:'d|\s+had)|had\s+(?:{CUSTOMER_HOUSEHOLD}))\s+(?:(?:just|only"
            r"|actually|properly|ever|always|been)\s+)*[\w-]+(?:ed|en|t|pt|ld|ne|ok|de)\b",
        ),
        (
            "if had",
            "husband wife partner son daughter kids children child family mum mom dad parents flatmate housemate "
            "roommate lodger tenant tenants staff team employees colleague colleagues builder plumber electrician "
            "neighbour neighbor carer relatives brother sister boyfriend girlfriend half accountant admin installer "
            "driver household someone anyone somebody whoever",
        ),
        ordered=False,
        cancel=_OWNED + _THEIR_SIDE_CANCEL,
        cancel_in_sentence=True,
    ),
    Frame(
        "counterfactual-their-side",
        "counterfactual",
        (
            _WOULD_CLAUSE,
            r"\b(?:if|had)\s+(?:(?:the|your|these|those|they|it|its)\s*"
            r"(?:[\w-]+\s+){0,3}?(?:'d|had)\s+been|(?:the|your|these|those|its)\s+(?:[\w-]+\s+){0,3}?been)\s+"
            r"(?:(?:just|only|actually|properly|ever|always|been|more)\s+)*[\w-]+",
            _INSTRUCTION_SOURCE,
        ),
        (
            "if had",
            "label labels instructions leaflet guide manual booklet prescribed directed instructed accurate "
            "accurately correct correctly legible date vet doctor gp pharmacist nurse engineer letter plan notes "
            "sheet packet handbook guidance prescription labelled labeled",
        ),
        ordered=False,
        cancel=_OWNED + _THEIR_SIDE_CANCEL,
        cancel_in_sentence=True,
    ),
    # The presumption that the customer will have read it at the time:
    # "which you'll have read before signing", "you will have been told at
    # the fitting".
    Frame(
        "will-have-read",
        "lesson",
        (
            r"\b(?:you|u)(?:'ll|\s+will|'d|\s+would)\s+(?:(?:no\s+doubt|of\s+course|surely|certainly|obviously|all)\s+)?"
            r"have\s+(?:read|seen|signed|noticed|agreed\s+to|been\s+(?:told|shown|given|sent|advised|warned|made\s+aware"
            r"|reminded|informed))\b",
            r"\bbefore\s+(?:signing|you\s+signed|booking|you\s+booked|ordering|you\s+ordered|buying|you\s+bought|paying"
            r"|agreeing|accepting|checking\s+out|going\s+ahead|installing)|\bat\s+(?:the\s+)?(?:time|fitting|checkout"
            r"|booking|signup|sign-up|sale|appointment|point\s+of\s+sale|consultation|start)\b|\bwhen\s+you\s+(?:signed"
            r"|booked|ordered|bought|paid|joined|registered|collected|picked)\b",
        ),
        (
            "read seen signed noticed agreed told shown given sent advised warned aware reminded informed",
            "signing booking ordering buying agreeing accepting installing checkout fitting signup sign-up "
            "consultation",
        ),
        reach=60,
        cancel=_OWNED + r"|\bby\s+now\b|\bshortly\b|\bsoon\b",
    ),
    # A stock idiom of reproach: "it'd help if you actually cleaned it now
    # and then".
    Frame(
        "help-if-you-actually",
        "lesson",
        (
            r"\b(?:it'd|it\s+would|it\s+might|it'll|it\s+will|that'd|that\s+would|would)\s+(?:really\s+|certainly\s+"
            r"|definitely\s+|also\s+)?help\s+(?:(?:us|a\s+lot|loads|matters)\s+)?if\s+(?:you|u)\s+(?!could|can|would)",
            r"\b(?:actually|ever|bothered|occasionally|now\s+and\s+then|once\s+in\s+a\s+while|every\s+so\s+often"
            r"|from\s+time\s+to\s+time|for\s+once|at\s+all)\b",
        ),
        ("help", "actually bothered occasionally once"),
        reach=60,
        cancel=_OWNED,
    ),
    # The slip named as the customer's: "the confusion was on your side",
    # "a mix-up on your end, so the order stands". After an apology ("sorry
    # for any confusion on your end") N's readers filed it as a
    # non-apology, not blame: _OWNED cancels it.
    Frame(
        "slip-on-your-end",
        "act",
        (
            r"\b(?:mix-up|mixup|mix\s+up|confusion|misunderstanding|misreading|oversight|error|mistake|slip|slip-up"
            r"|muddle|user\s+error)\s+(?:(?:was|is)\s+)?(?:(?:entirely|all|clearly|purely)\s+)?on\s+(?:your|ur)\s+"
            r"(?:end|side|part)\b",
        ),
        (
            "end side part",
            "mix-up mixup mix confusion misunderstanding misreading oversight error mistake slip "
            "slip-up muddle",
        ),
        cancel=_OWNED + r"|\b(?:our|we|my)\b",
        cancel_in_sentence=True,
    ),
    # "you've gone and reset the router, haven't you?": the idiom presumes
    # the customer's blunder.
    Frame(
        "gone-and-done",
        "presumed",
        (
            r"\b(?:you|u)(?:'ve|\s+have)?\s+(?:gone|went)\s+and\s+(?:[\w-]+ed|done|put|set|left|lost|broken|broke"
            r"|forgotten|forgot|thrown|let|got|made|reset|cut|shut|hit|upset|spilt|spilled|dropped)\b",
        ),
        ("gone",),
        cancel=_OWNED
        + r"|\b(?:great|lovely|brilliant|well\s+done|nice|congrat\w*|good\s+for\s+you|treated)\b",
    ),
    # People in the customer's role as habitually getting it wrong: "people
    # do misread these", "customers often mix the two up".
    Frame(
        "people-misread",
        "general",
        (
            r"\b(?:{ROLE_PEOPLE})\s+(?:do|always|often|frequently|constantly|regularly|tend\s+to|routinely"
            r"|sometimes)\s+(?:(?:just|simply)\s+)?(?:misread|misreads|misremember|misunderstand|mix\s+(?:it|them|these|those"
            r"|the\s+[\w-]+)\s+up|mix\s+up|get\s+(?:it|this|these|that|them|the\s+[\w-]+)\s+wrong|overlook|skip|ignore"
            r"|forget|misplace)\b",
        ),
        (
            "{ROLE_PEOPLE}",
            "misread misreads misremember misunderstand overlook misplace",
        ),
        cancel=_OWNED
        + r"|\b(?:we|we've|we're|our)\b|\b(?:easy|easily|understandable|understandably|don't\s+worry|no\s+worries"
        r"|common\s+mistake|happens\s+to)\b|\?",
        cancel_in_sentence=True,
    ),
    # The prompt skipped: "you seem to have tapped past it", "you must have
    # clicked through the warning".
    Frame(
        "tapped-past",
        "presumed",
        (
            r"\b(?:you|u)(?:'ve|\s+have|\s+must\s+have|\s+seem\s+to\s+have|\s+appear\s+to\s+have|\s+probably|\s+might"
            r"\s+have|\s+may\s+have|\s+just)?\s+(?:just\s+)?(?:tapped|clicked|swiped|scrolled|skipped|skimmed|rushed"
            r"|breezed|flicked)\s+(?:straight\s+|right\s+)?(?:past|through|over)\s+(?:it|them|this|that|the\s+[\w-]+)\b",
        ),
        (
            "tapped swiped scrolled skipped skimmed breezed flicked",
            "past through over",
        ),
        cancel=_OWNED,
    ),
)

#: Round 11, widened from the paraphrase banks a-i (development data):
#: contacting us again called futile (ACC-10), and the document pointed
#: at with an emphatic verb or as the terms the customer accepted (ACC-12).
_CONTACT_AGAIN = (
    r"(?:chasing|pinging|messaging|calling|ringing|phoning|emailing|tweeting|spamming|tagging|DMing|contacting|nagging"
    r"|opening|raising|submitting|sending|posting)\s+(?:(?:us\s+|in\s+|our\s+[\w-]+\s+)?(?:again|repeatedly|every\s+"
    r"(?:hour|day|minute|few\s+(?:minutes|hours))|all\s+day|constantly|over\s+and\s+over|so\s+often)\s+|(?:multiple"
    r"|several|new|more|duplicate|extra|repeat|further|more\s+and\s+more)\s+[\w-]+\s+)"
    r"|(?:repeated|multiple|duplicate|further|constant|repeat|extra)\s+(?:[\w-]+\s+)?(?:enquiries|inquiries|calls|chats"
    r"|tickets|complaints|emails|messages|mentions|correspondence|requests)\s+"
)
_ROUND11_BANKS: Final = (
    Frame(
        "as-covered-in-session",
        "lesson",
        (
            r"\bas\s+(?:(?:was|is|has\s+been)\s+(?:clearly|already|previously|repeatedly)\s+(?:stated|explained|set\s+out|made"
            r"\s+clear|covered|mentioned|communicated|advised|confirmed)\s+(?:in|on|at|during)\s+(?:our|the|my|your)\s+"
            r"(?:[\w-]+\s+)?(?:correspondence|letter|letters|email|emails|call|session|onboarding|meeting|induction|visit"
            r"|appointment|terms|contract|agreement|chat)|(?:covered|explained|discussed|shown|demonstrated|gone\s+through)"
            r"\s+(?:in|at|during)\s+(?:our|the|your)\s+(?:[\w-]+\s+)?(?:onboarding|induction|training|session|meeting"
            r"|consultation|handover|walkthrough|demo|appointment|visit)|(?:already\s+|previously\s+)?(?:informed|told|advised"
            r"|explained|mentioned)\s+to\s+(?:you|u)\s+(?:twice|already|before|earlier|previously|\d+\s+times|(?:two|three"
            r"|several|many)\s+times))\b",
        ),
        (
            "clearly previously repeatedly onboarding induction session handover walkthrough demo twice",
            "as",
        ),
        cancel=_OWNED + r"|\bas\s+(?:promised|agreed)\b",
    ),
    # The customer's own input named as the cause: "failing because of the
    # spreadsheet you uploaded", "due to wrong code entered by you".
    Frame(
        "cause-your-input",
        "act",
        (
            r"\b(?:because\s+of|due\s+to|thanks\s+to|as\s+a\s+result\s+of|caused\s+by|down\s+to|owing\s+to)\s+(?:the\s+|a\s+)?"
            r"(?:wrong\s+|incorrect\s+|invalid\s+|old\s+|expired\s+)?(?:[\w-]+\s+){0,3}?(?:(?:you|u)\s+(?:supplied|uploaded"
            r"|sent|entered|provided|gave|submitted|typed|chose|picked|used|selected|installed|set)|(?:entered|provided"
            r"|supplied|given|sent|uploaded|typed|selected|submitted)\s+by\s+(?:you|u))\b",
        ),
        (
            "because due thanks result caused down owing",
            "supplied uploaded entered provided submitted typed selected installed",
        ),
        cancel=_OWNED + r"|\b(?:our|we)\b",
        cancel_in_sentence=True,
    ),
    # The protective step in a counterfactual: "Had the card been frozen in
    # the app, those payments wouldn't have gone through", "if 2FA had been
    # activated, ...".
    Frame(
        "counterfactual-protective",
        "counterfactual",
        (
            _WOULD_CLAUSE,
            r"\b(?:if|had)\s+(?:(?:the|your|these|those|its|it|they|2FA|MFA)\s*(?:[\w-]+\s+){0,3}?)?(?:(?:'d|had|was|were)"
            r"\s+)?been\s+(?:(?:properly|correctly|actually|ever|just|already)\s+)?(?:{PROTECTIVE_STEP_PP})\b",
        ),
        (
            "if had",
            "{PROTECTIVE_STEP_PP}",
        ),
        ordered=False,
        cancel=_OWNED + _THEIR_SIDE_CANCEL,
        cancel_in_sentence=True,
    ),
    # Mock reveals and condescending ease: "Fun fact: the PIN is the one you
    # chose", "Spoiler alert: the meter is the box with numbers", "does
    # exactly what it says on the tin", "you honestly can't miss it".
    Frame(
        "mock-reveal",
        "ease",
        (
            r"(?:^|(?<=[.!?]\s{0,3})|(?<=\n))(?:fun\s+fact|spoiler(?:\s+alert)?|plot\s+twist|newsflash|breaking\s+news"
            r"|shocker)\s*[:!,\u2014-]"
            r"|\bdoes\s+(?:exactly\s+)?what\s+it\s+says\s+on\s+the\s+tin\b"
            r"|\b(?:honestly|literally|seriously|really|genuinely)\s+can(?:'t|not|\s+not)\s+miss\s+(?:it|them)\b"
            r"|\bsufficiently\s+(?:straightforward|simple|clear|easy)\s+to\s+(?:follow|understand|use|read)\b",
        ),
        (
            "fun spoiler plot newsflash breaking shocker tin miss sufficiently",
            "fact alert twist newsflash news shocker says honestly literally seriously really genuinely "
            "straightforward simple clear easy spoiler",
        ),
        cancel=_OWNED,
    ),
    # People who skipped the step as the usual case: "it's folks who didn't
    # register", "customers who do not update KYC are facing this",
    # "households that don't send readings are the ones who".
    Frame(
        "people-who-dont",
        "general",
        (
            r"\b(?:{ROLE_PEOPLE})\s+(?:who|that|wey)\s+(?:(?:do|did)\s+not|don't|didn't|dont|never|fail\s+to|failed\s+to"
            r"|forget\s+to|forgot\s+to|deviate|skip|ignore|no\s+dey|can't\s+be\s+bothered|neglect)\s+(?!receive|get|have"
            r"|need|hear|see\s+the\s+(?:email|letter))\w+",
            r"\b(?:it's|it\s+is|are\s+the\s+ones|is\s+the\s+one|tend\s+to|end\s+up|are\s+facing|face|get|run\s+into|encounter"
            r"|encountered|see|usually|generally|typically|mostly|nine\s+times|almost\s+always|characteristically|na\s+dem)\b",
        ),
        (
            "{ROLE_PEOPLE}",
            "who wey",
            "don't didn't dont never fail failed forget forgot deviate skip ignore neglect no",
        ),
        ordered=False,
        cancel=_OWNED
        + r"|\b(?:we|our|us)\b|\b(?:help|free|can|could|eligible|entitled|welcome|refund|if\s+you)\b|\?",
    ),
    Frame(
        "contacting-futile",
        "lesson",
        (
            r"\b"
            + _CONTACT_AGAIN
            + r"(?:won't|will\s+not|doesn't|does\s+not|isn't\s+going\s+to|wouldn't|can't|cannot"
            r"|will\s+never|won't\s+ever)\s+(?:[\w-]+\s+){0,2}?(?:speed|make|change|get|expedite|hurry|help|move|bring"
            r"|fix|sort|alter)\b",
        ),
        (
            "speed expedite hurry faster quicker sooner",
            "repeated repeatedly multiple duplicate every again chasing pinging spamming messaging calling ringing "
            "emailing opening",
        ),
        reach=80,
        cancel=_OWNED,
    ),
    Frame(
        "refrain-contacting",
        "lesson",
        (
            r"\b(?:refrain\s+from|(?:kindly\s+|please\s+|pls\s+)?(?:do\s+not|don't|dont|stop)|no\s+(?:point|need|use)\s+(?:in\s+)?)"
            r"\s*(?:raising|submitting|calling|ringing|posting|contacting|sending|opening|messaging|emailing|chasing|call"
            r"|ring|post|contact|send|open|message|email|chase)\s+(?:(?:us|in|the\s+helpline|the\s+[\w-]+\s+line)\s+)?"
            r"(?:repeatedly|(?:duplicate|multiple|new|more|several|separate)\s+(?:[\w-]+\s+)?(?:complaints|chats|tickets"
            r"|messages|enquiries|cases|emails)|every\s+(?:hour|day|minute|few\s+(?:minutes|hours)))\b",
        ),
        (
            "refrain repeatedly duplicate multiple separate several",
            "raising submitting calling ringing posting contacting sending "
            "opening messaging emailing chasing call ring post contact send open message email chase",
        ),
        reach=80,
        cancel=_OWNED
        + r"|\bif\s+(?:you|u)\b|\bto\s+stop\s+receiving\b|\bwe(?:'ll|\s+will)\s+(?:call|contact|email)\b",
    ),
    Frame(
        "quick-look-would-have",
        "counterfactual",
        (
            r"\b(?:a\s+quick|a\s+simple|one\s+quick|a\s+brief)\s+(?:google|search|look|glance|read|check|scroll)\b"
            r"(?:\s+(?:at|of|through|on|in)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:would(?:'ve|\s+have)|could(?:'ve|\s+have))\s+"
            r"(?:answered|told|shown|saved|cleared|explained|solved)\b",
        ),
        (
            "quick simple brief",
            "answered saved cleared explained solved shown told",
        ),
        reach=80,
        cancel=_OWNED,
    ),
    Frame(
        "source-did-say",
        "lesson",
        (
            r"\b(?:(?:the|your|our|this|that)\s+(?:[\w-]+\s+){0,2}?(?:form|email|e-mail|confirmation|summary|page|screen|receipt"
            r"|pop-up|popup|banner|voucher|ticket|label|letter|guide|manual|terms|contract|booking|invoice|app|website|site"
            r"|checkout|sms|text|message|notice|sign|leaflet|wording|instructions))\s+(?:did|does)\s+(?:clearly\s+)?(?:show"
            r"|state|warn|list|mention|spell\s+out|specify|flag|highlight)\b",
        ),
        ("did does", "show state warn list mention spell specify flag highlight"),
        cancel=_OWNED + _MISTOLD + r"|\b(?:if|whether)\b|\?",
    ),
    Frame(
        "source-was-clear",
        "lesson",
        (
            r"\b(?:the|your|our)\s+(?:[\w-]+\s+)?(?:instructions|terms|wording|rules|policy|guidance|information|conditions"
            r"|policy\s+wording)\s+(?:were|was|is|are)\s+(?:very\s+|perfectly\s+|quite\s+|entirely\s+|completely\s+)?(?:clear"
            r"|unambiguous|explicit)\s+(?:on|about)\s+(?:this|that|it)\b",
        ),
        (
            "clear unambiguous explicit",
            "instructions terms wording rules policy guidance information conditions",
        ),
        cancel=_OWNED + _MISTOLD + r"|\b(?:if|whether)\b|\?",
    ),
    Frame(
        "already-mentioned-in",
        "lesson",
        (
            r"\b(?:is|was|it's)\s+already\s+(?:mentioned|stated|explained|written|listed|covered)\s+in\s+(?:the|our|your)\b",
        ),
        ("already", "mentioned stated explained written listed covered"),
        cancel=_OWNED + _MISTOLD + r"|\b(?:if|whether)\b|\?",
    ),
)

#: Round 11b (blind set O, development data now; docs/families/
#: accusatory.md "Round 11b"). The warning the customer was given, put as
#: a concession (*despite being told / the guidance*) or counted (*told
#: twice*, *in three separate emails*); the outcome called foreseeable
#: (*avoidable with a little planning*, *shouldn't come as a surprise*,
#: *was always going to be too late*); the customer's word doubted
#: (*whether you admit it or not*); a check put before the complaint
#: (*did you look at it before coming in?*, *have a proper look before
#: raising it*); the customer's error presumed (*you'll have entered the
#: wrong*, *a common mistake people make when they*). Slots are classes
#: (every verb of telling, every source of guidance, every contact act).
_TOLD = r"(?:told|warned|reminded|asked|advised|informed|instructed|shown|notified)"
_ROUND11B: Final = (
    Frame(
        "despite-being-told",
        "lesson",
        (
            # The customer is in the sentence, before or after: "Despite
            # the weather warnings, the museum is open" is no reproach.
            r"(?:(?<=\b(?:you|your|u)\b[^.!?\n]{0,150})|(?=[^.!?\n]{0,80}\b(?:you|your|u)\b))"
            r"\b(?:despite|in\s+spite\s+of|regardless\s+of)\s+(?:(?:you\s+|your\s+)?(?:being|having\s+been)\s+"
            r"(?:(?:clearly|explicitly|specifically|repeatedly|already)\s+)?"
            + _TOLD
            # what the customer was told is an instruction ("told twice to
            # bring it back full"), not our promise ("told the fee was waived")
            + r"\b(?=[^.!?,;\n]{0,40}?\b(?:(?:not\s+)?to\s+(?!you\b|your\b|us\b)[\w-]+|that\s))|(?:the|our|clear|repeated"
            r"|explicit|written|all\s+(?:the|our)|several|multiple|numerous)\s+(?:[\w-]+\s+){0,2}?(?:guidance|guidelines"
            r"|instructions?|warnings?|reminders?|signs?|signage|advice|notices?|emails?|letters?|texts?|messages?"
            r"|rules))\b",
        ),
        (
            "despite spite regardless",
            "told warned reminded asked advised informed instructed shown notified guidance guidelines instruction "
            "instructions warning warnings reminder reminders sign signs signage advice notice notices email emails "
            "letter letters text texts message messages rules",
        ),
        cancel=_OWNED
        + _MISTOLD
        + r"|\b(?:we|our)\s+(?:were|was|had\s+been)\s+"
        + _TOLD
        + r"\b|\?",
        cancel_in_sentence=True,
    ),
    Frame(
        "told-counted",
        "lesson",
        (
            r"\b(?:you(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been|\s+had\s+been)|being|which\s+you(?:'re|\s+are|\s+were))"
            r"\s+(?:(?:clearly|explicitly|specifically|already)\s+)?" + _TOLD + r"\b",
            r"\b(?:twice|three\s+times|four\s+times|\d+\s+times|(?:two|three|four|five|several|multiple|numerous|\d+)\s+"
            r"(?:separate\s+|different\s+|previous\s+)?(?:times|emails|e-mails|messages|letters|occasions|places|reminders"
            r"|texts|notices|calls))\b",
        ),
        (
            "told warned reminded asked advised informed instructed shown notified",
            "twice times emails messages letters occasions places reminders texts notices calls",
        ),
        reach=80,
        cancel=_OWNED + _MISTOLD + r"|\b(?:if|whether)\b|\?",
    ),
    Frame(
        "foreseeable-outcome",
        "lesson",
        (
            r"\b(?:(?:was|were|is|are|would\s+have\s+been|could\s+have\s+been|'d\s+have\s+been)\s+(?:entirely\s+|easily\s+"
            r"|completely\s+|perfectly\s+|totally\s+)?(?:avoidable|preventable)\s+(?:with|by|had\s+you|if\s+you)"
            r"|should(?:n't|\s+not)\s+(?:really\s+|have\s+)?(?:come|came)\s+as\s+(?:a|any|much\s+of\s+a)\s+(?:surprise|shock)"
            r"|(?:was|were)\s+always\s+going\s+to\s+be\s+(?:too\s+(?:late|early|short|small|tight|much)|refused|rejected"
            r"|declined|turned\s+away|a\s+problem|an\s+issue))\b",
        ),
        (
            "avoidable preventable surprise shock always",
            "with by had if come came going",
        ),
        cancel=_OWNED
        + r"|\b(?:on\s+our\s+(?:part|side|end)|by\s+us|we\s+should|our\s+(?:fault|mistake|error))\b|\?",
    ),
    Frame(
        "admit-it-or-not",
        "presumed",
        (
            r"\bwhether\s+(?:you|u)\s+(?:(?:want\s+to|care\s+to|choose\s+to)\s+)?(?:admit|accept|acknowledge|realise|realize"
            r"|believe|recall|remember)\s+(?:it|this|that)\s+or\s+not\b",
        ),
        ("whether", "admit accept acknowledge realise realize believe recall remember"),
        cancel=_OWNED,
    ),
    Frame(
        "looked-before-contacting",
        "lesson",
        (
            r"\b(?:did|do)\s+(?:you|u)\s+(?:even\s+|actually\s+|ever\s+)?(?:look\s+at|read|check|open|see|look)\b",
            r"^[^.!?\n]{0,40}?\bbefore\s+(?:coming|contacting|calling|ringing|raising|complaining|messaging|emailing"
            r"|writing|posting|turning\s+up|getting\s+in\s+touch|reaching\s+out|travelling|traveling)\b",
        ),
        (
            "did do",
            "coming contacting calling ringing raising complaining messaging emailing writing posting turning "
            "getting reaching travelling traveling",
        ),
        reach=80,
        reads_as="incredulity",
        cancel=_OWNED,
    ),
    Frame(
        "proper-look-before",
        "lesson",
        (
            r"\b(?:have\s+a\s+(?:proper|careful|closer|good|thorough)\s+(?:look|read|check)|(?:look|check|read|search)\s+"
            r"(?:it\s+|them\s+)?(?:properly|carefully|thoroughly))\b",
            r"\bbefore\s+(?:raising|contacting|calling|ringing|complaining|messaging|emailing|writing\s+in|posting"
            r"|getting\s+in\s+touch|reaching\s+out|chasing|reporting)\b",
        ),
        (
            "proper careful closer good thorough properly carefully thoroughly",
            "raising contacting calling ringing complaining messaging emailing writing posting getting reaching "
            "chasing reporting",
        ),
        reach=80,
        cancel=_OWNED + r"|\bfirst\s+time\b",
    ),
    # The problem explained by what "people" do wrong, said to the
    # customer who has the problem: "logouts like this happen when people
    # share a login", "that's what happens when folk fit them without a
    # washer". The cause is an act the customer would be blamed for, not
    # load or a fault ("this happens when lots of people log in at once").
    Frame(
        "happens-when-people",
        "general",
        (
            r"\b(?:happen|happens|happened|occur|occurs|is\s+caused|are\s+caused|tends\s+to\s+happen|tend\s+to\s+happen)\s+"
            r"(?:when|if|because)\s+(?:people|customers|users|players|members|guests|passengers|someone|somebody|drivers"
            r"|account\s+holders|folk|folks|owners|tenants|borrowers|buyers)\s+(?:(?:don't|do\s+not|didn't|never|fail\s+to"
            r"|forget\s+to|try\s+to)\b|(?:share|shares|lend|lends|give\s+out|forget|forgets|ignore|ignores|skip|skips"
            r"|misuse|misuses|tamper|overload|overloads|overfill|overfills|fit|fits|install|installs|leave|leaves|drop|drops"
            r"|mishandle|mishandles|rush|rushes|enter|enters|type|types|reuse|reuses|modify|modifies|jailbreak|root|use\s+"
            r"(?:a|an|the)\s+(?:wrong|third-party|unofficial|non-approved|cheap|incorrect))\b)",
        ),
        (
            "happen happens happened occur occurs caused tend tends",
            "people customers users players members guests passengers someone somebody drivers holders folk folks "
            "owners tenants borrowers buyers",
        ),
        cancel=_OWNED + r"|\b(?:if|whether)\s+(?:you|u)\b|\?",
    ),
    Frame(
        "presumed-wrong-entry",
        "presumed",
        (
            r"\b(?:you(?:'ll|\s+will|'d|\s+would|\s+must|\s+probably|\s+likely)\s+(?:have\s+|'ve\s+)(?:entered|typed|selected"
            r"|put|chosen|picked|clicked|pressed|ticked|used|set|input|keyed|booked|filled\s+in|uploaded)\s+(?:in\s+)?"
            r"(?:the\s+|a\s+)?(?:wrong|incorrect)|(?:a\s+|the\s+|which\s+is\s+a\s+)?(?:common|classic|easy|typical)\s+mistake"
            r"\s+(?:that\s+)?(?:people|customers|users|folk|folks|many|drivers|applicants|guests|passengers)\s+make\s+when"
            r"\s+(?:they|you)\s+(?:rush|hurry|don't|do\s+not|skim|aren't|are\s+not|forget|ignore))\b",
        ),
        (
            "wrong incorrect mistake",
            "entered typed selected put chosen picked clicked pressed ticked used set input "
            "keyed booked filled uploaded make",
        ),
        cancel=_OWNED + r"|\b(?:if|whether)\b|\?",
    ),
)

#: Round 13 (issue 14): constructions attested by misses of at least two
#: sets written by different people (Q, O, N, M, K+L, t4-t11); the sets
#: that attest each are named with it, here and in docs/families/
#: accusatory.md ("Round 13"). Slots are classes: every document a
#: customer is given, every degree word, every diligence verb.
_INTENSIFIER_CLEAR = r"(?:pretty|very|quite|perfectly|really|crystal|super|fairly|abundantly|extremely|totally|completely|entirely)"
_DOC = (
    r"(?:label|labels|sign|signs|signage|manual|guide|guides|form|forms|terms|t&cs|conditions|email|emails|e-mail"
    r"|letter|letters|instructions|icons?|listing|page|confirmation|handbook|notice|notices|website|site"
    r"|policy|contract|menu|receipt|leaflet|checklist|timetable|poster|banner|message|messages|text|texts|faq|faqs"
    r"|wording|rules|guidelines|packaging|box|tin|warning|warnings|pop-up|popup|app|booking\s+page|invoice|summary"
    r"|schedule|agreement|brochure|paperwork|sheet|card|chart|board|map|diagram|plan|noticeboard)"
)
#: A diligence step put as the customer's (reading, checking, keeping...).
_DILIGENCE_ING = (
    r"(?:reading|re-reading|checking|double-checking|proofreading|proof-reading|looking\s+(?:at|over|through)"
    r"|scrolling|asking|keeping|reviewing|confirming|making\s+sure|bearing\s+(?:that\s+|this\s+)?in\s+mind"
    r"|having\s+a\s+(?:look|read)|giving\s+(?:it|that|this|them)\s+a\s+(?:read|look)|setting|noting|verifying)"
)
_ROUND13: Final = (
    # The document named as plainly clear, with a degree word (Q "the
    # terms you agreed to spell out pretty clearly"; K+L "is very clear on
    # the signs", "the manual is pretty clear about"; t6 "the care label is
    # pretty clear about that"; t7 "it's labelled pretty clearly"; t8 "the
    # icons are quite clear"; t10 "the guide makes it pretty plain").
    Frame(
        "doc-plainly-clear",
        "lesson",
        (
            r"\b(?:(?:the|your|our|this|that|these|those|each|every)\s+(?:[\w-]+\s+){0,2}?"
            + _DOC
            + r"\s+(?:(?:is|are|was|were|'s|'re)\s+"
            + _INTENSIFIER_CLEAR
            + r"\s+(?:clear|plain|obvious|explicit)"
            # clear about something, or the end of the clause ("crystal
            # clear and sharp" describes a display, not a document)
            r"(?=\s*(?:about|on|that|when|which|where|what|how|in|[.!?,;:\u2014\u2013-]|$))"
            r"|(?:makes?|made)\s+(?:it|this|that)\s+(?:"
            + _INTENSIFIER_CLEAR
            + r"\s+)?(?:plain|clear|obvious)"
            r"|(?:spells?|spelled|spelt)\s+(?:(?:it|that|this)\s+)?out\s+(?:"
            + _INTENSIFIER_CLEAR
            + r"\s+clearly"
            r"|twice|three\s+times|\d+\s+times|in\s+(?:black\s+and\s+white|bold))|(?:(?:that|which)\s+)?(?:you|u)\s+"
            r"(?:agreed\s+to|signed|accepted|ticked|received|were\s+(?:given|sent|handed))\s+(?:[\w-]+\s+){0,2}?(?:spells?"
            r"|spelled|makes?|made)\s+(?:(?:it|that|this)\s+)?(?:out\s+)?(?:"
            + _INTENSIFIER_CLEAR
            + r"\s+)?(?:clearly|plain"
            r"|clear))|(?:is|are|'s|'re|it's)\s+(?:labelled|labeled|marked|signposted|signed)\s+"
            + _INTENSIFIER_CLEAR
            + r"\s+clearly|"
            + _INTENSIFIER_CLEAR
            + r"\s+(?:clear|obvious)\s+(?:on|in|from)\s+(?:the|your|our)\s+"
            r"(?:[\w-]+\s+){0,2}?" + _DOC + r")\b",
        ),
        (
            "clear plain obvious explicit clearly spelled spelt spell spells",
            "pretty very quite perfectly really crystal super fairly abundantly extremely totally completely entirely "
            "twice times black bold",
        ),
        # our own document and no word about the customer in the clause:
        # the business standing on its terms (defensiveness's reading)
        # (`_SALIENCE_CANCEL` without its modals: the frame reads only "is
        # / makes / spells", and a modal in the clause is what the
        # document says, "makes it plain she'd need to swim a width")
        cancel=_OWNED
        + _MISTOLD
        + r"|\b(?:make\s+sure|ensure|please|will\s+be|we'll|I'll|if|here's|here\s+is|attached|link|I've|we've|can|could"
        r"|hope|hopefully|whether)\b|\b(?:more|less|most)\s+clearly\b|\?"
        r"|\bour\b(?![^.!?\n]*\b(?:you|your|u|ur|yours)\b)",
    ),
    # Condescending ease: the thing "hard to miss", "you can't really miss
    # it" (N, t4, t5, K+L); the step "not complicated", "not a trick
    # question" (K+L, t7); "really basic", "a basic setting, anyone can"
    # (t9, t11).
    Frame(
        "ease-hard-to-miss",
        "ease",
        (
            r"\b(?:(?:pretty|rather|quite|fairly|really|very|kinda|honestly|hard)\s+)*hard\s+to\s+miss\b"
            r"|\b(?:you|u)\s+(?:really\s+|honestly\s+|literally\s+|seriously\s+)?can(?:'t|not|\s+not)\s+(?:really\s+"
            r"|exactly\s+|honestly\s+)miss\s+(?:it|them|that|this)\b"
            r"|\b(?:it's|it\s+is|this\s+is|that's|that\s+is|it\s+isn't|it's\s+not|its\s+not)\s+(?:(?:really|exactly|honestly"
            r"|just)\s+)?(?:not\s+)?(?:complicated|a\s+trick\s+question|brain\s+surgery)\b"
            r"|\b(?:it's|it\s+is|that's|that\s+is|this\s+is|[\w-]+ing\s+(?:[\w-]+\s+){0,4}?is)\s+(?:a\s+)?(?:really"
            r"|pretty|very|fairly|quite|such\s+a)\s+"
            r"basic\s+(?:[\w-]+\s+)?(?:care|setting|settings|stuff|maintenance|thing|step|knowledge|housekeeping|hygiene"
            r"|security|common\s+sense|check)\b"
            r"|\bbasic\s+(?:setting|step|thing|check)s?\s*,\s+(?:anyone|anybody|everyone)\s+can\b",
        ),
        (
            "miss complicated trick surgery basic",
            "hard can't cannot not isn't isnt really pretty very fairly quite such anyone anybody everyone",
        ),
        cancel=_OWNED
        + r"|\b(?:we|our|we'll|I'll|I\s+can|let\s+me|walk\s+you|guide\s+you|talk\s+you|here's\s+how|don't\s+worry"
        r"|no\s+worries|promise|turn|head|follow|opposite|next\s+to|just\s+past|on\s+your\s+(?:left|right)|when\s+you"
        r"|once\s+you|new|corner|street|road|avenue|junction|shop|store|building|venue|office|!)\b",
        cancel_in_sentence=True,
    ),
    # The fault put on the customer with "on you" or "on your end / part"
    # (t5 "missing the lesson is on you", t10 and K+L "that one's / this
    # one's on you", t6 "a typo on your end", t8 "the misunderstanding on
    # your part", M "the mix-up on your end"). An apology before it does
    # not cancel it ("apologies for the mix-up on your end").
    Frame(
        "on-you-plain",
        "act",
        (
            r"\b(?:(?:that|this|it)\s+one(?:'s|\s+is|\s+was)|(?:missing|forgetting|losing|lending|sharing|ignoring|skipping|leaving)\s+(?:[\w-]+\s+){0,4}?(?:is|was))\s+"
            r"(?:(?:squarely|really|all|entirely|kind\s+of|kinda|a\s+bit|rather|very\s+much|honestly)\s+)?on\s+(?:you|u)"
            r"\b(?!\s+to\s+(?:decide|choose|pick|let|tell|say))",
        ),
        (
            "you u",
            # "that one", or a culpable act as the subject: the rule wakes
            # only where one is in the sentence (its cost on real text; the
            # pattern itself needs "on you")
            "one missing forgetting losing lending sharing ignoring skipping leaving",
        ),
        cancel=r"\bon\s+us\b|\b(?:our|my)\s+(?:own\s+)?(?:fault|mistake|error|bad)\b|\bnot\s+your\s+fault\b"
        r"|\b(?:not|n't)\s+on\s+(?:you|u)\b|\?",
        cancel_in_sentence=True,
    ),
    # "a typo on your end" (t6): the fault noun placed on the customer's
    # side. With an apology in the clause it is read as the agent's
    # courtesy: both readers of N, K+L and t4 left "sorry for any
    # confusion on your end" unflagged (the one M and t8 flagged, left).
    Frame(
        "fault-on-your-end",
        "act",
        (
            r"\b(?:typo|mix-up|mixup|misunderstanding|mistake|error|oversight|misreading|slip)\s+on\s+(?:your|ur)"
            r"\s+(?:end|part|side)\b",
        ),
        (
            "typo mix-up mixup misunderstanding mistake error oversight misreading slip",
            "end part side",
        ),
        cancel=_OWNED + r"|\bnot\s+your\s+fault\b|\?",
        cancel_in_sentence=True,
    ),
    # A diligence step "worth" doing before contacting us, properly, or
    # next time (Q "worth bearing in mind for next time"; K+L "worth
    # reading properly before claiming", "worth asking around the house
    # before tagging us", "worth double-checking that field before
    # approving next time"; t6 "worth checking your spam folder before
    # chasing"; t8 "worth proofreading that field before you hit submit
    # next time"; t9 "worth keeping a spare ... like we suggested last
    # time").
    Frame(
        "worth-before",
        "lesson",
        (
            r"\bworth\s+(?:(?:a\s+)?" + _DILIGENCE_ING + r")\b",
            r"\b(?:before\s+(?:you\s+)?(?:chasing|chase|claiming|claim|complaining|complain|contacting|contact|calling|call"
            r"|ringing|ring|tagging|tag|posting|post|writing\s+in|write\s+in|messaging|message|emailing|email|raising|raise"
            r"|reporting|report|reviewing|leaving\s+a\s+review|hitting|hit|approving|approve|submitting|submit|pressing"
            r"|press|checking\s+out|signing\s+up|booking|ordering|buying|paying)\b(?:[^.!?\n]{0,40}?\b(?:next\s+time"
            r"|in\s+future|again|anywhere|publicly|us))?|next\s+time|in\s+future|in\s+the\s+future|properly|carefully"
            r"|more\s+carefully|in\s+full|(?:like|as)\s+(?:we|I)\s+(?:suggested|said|advised|mentioned|recommended)"
            r"|last\s+time)\b",
        ),
        (
            "worth",
            "before next future properly carefully full suggested said advised mentioned recommended last",
        ),
        reach=90,
        cancel=r"\b(?:we'll|I'll|we\s+will|I\s+will|code|voucher|discount|offer|deal|welcome|enjoy|first\s+time|if\s+you)\b",
    ),
    # The telling counted or repeated (Q "We've said it before", K+L "we
    # explain this in onboarding many times", "which has come up with you
    # a few times now", "As I've mentioned on each of those calls"; t7 "as
    # we say every single year"; t11 "As mentioned twice above", "this is
    # the third time I am saying").
    Frame(
        "told-repeatedly",
        "lesson",
        (
            r"\b(?:as\s+(?:I've\s+|I\s+have\s+|we've\s+|we\s+have\s+|I\s+|we\s+)?(?:mentioned|said|stated|explained|noted"
            r"|say|explain|mention|tell\s+(?:you|everyone|all)|advised)|(?:I|we)\s+(?:explain|say|mention|cover|tell\s+"
            r"(?:you|everyone|people))\s+(?:this|that|it)|(?:I|we)(?:'ve|\s+have)\s+(?:said|mentioned|explained|told\s+you)"
            r"\s+(?:it|this|that)|(?:which|this|that|it)\s+has\s+come\s+up(?:\s+(?:with|for)\s+(?:you|u))?)\s+"
            r"(?:(?:in|on|at|during)\s+(?:[\w-]+\s+){0,2}?)?(?:twice|three\s+times|several\s+times|many\s+times|a\s+few"
            r"\s+times|multiple\s+times|countless\s+times|\d+\s+times|before|every\s+(?:single\s+)?(?:year|time|month"
            r"|week|season|term)|on\s+each\s+of|each\s+time|repeatedly|again\s+and\s+again)\b"
            r"|\b(?:this|that|it)(?:'s|\s+is)\s+(?:now\s+)?the\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\w+th)\s+time"
            r"\s+(?:I|we)(?:'m|\s+am|'re|\s+are|'ve|\s+have)\s+(?:now\s+)?(?:saying|telling|explaining|mentioning|said"
            r"|told|explained|mentioned|repeating)\b",
        ),
        (
            "twice times before every each repeatedly again second third fourth fifth",
            "mentioned said stated explained noted say explain mention tell told come saying telling explaining "
            "mentioning repeating cover advised",
        ),
        cancel=_OWNED
        + r"|\b(?:thank|thanks|love|proud|grateful|promised|agreed|brilliant|amazing|best)\b",
        cancel_in_sentence=True,
    ),
    # Other customers as the yardstick (Q "which I'd honestly expect most
    # people to notice"; K+L "something most drivers manage to avoid"; t7
    # "nobody else has had trouble with it", "most customers find our
    # letters perfectly clear"; t8 "I'd have thought most people knew";
    # t11 "Any person who reads the contract knows").
    Frame(
        "most-people-manage",
        "general",
        (
            r"\b(?:(?:I'd|I\s+would|we'd|we\s+would)\s+(?:honestly\s+|really\s+|have\s+)?(?:expect|thought|think|imagine"
            r"|assume)\s+(?:that\s+)?most\s+(?:{ROLE_PEOPLE})\b"
            r"|most\s+(?:{ROLE_PEOPLE})\s+(?:(?:seem\s+to\s+|do\s+|usually\s+|generally\s+)?manage\s+(?:to\s+)?(?:avoid"
            r"|find|remember|spot|notice|follow|read|do)|find\s+(?:[\w-]+\s+){0,3}?(?:perfectly|pretty|very|quite)\s+"
            r"(?:clear|easy|straightforward|simple|obvious))"
            r")",
        ),
        (
            "most",
            "{ROLE_PEOPLE}",
        ),
        cancel=_OWNED
        + r"|\b(?:let\s+me\s+know|happy\s+to|I'll|we'll|if\s+you|once\s+you|difference|results?|within)\b|\?",
    ),
    Frame(
        "anyone-who-reads-knows",
        "general",
        (
            r"\b(?:any|every)\s+(?:person|customer|member|parent|driver|tenant|guest|buyer)\s+who\s+(?:reads|read"
            r"|has\s+read|looks\s+at|checks)\b[^.!?\n]{0,60}?\b(?:knows|know|would\s+know|will\s+know|sees"
            r"|understands)\b",
        ),
        ("any every", "reads read checks looks"),
        cancel=_OWNED + r"|\?",
    ),
    Frame(
        "nobody-else-trouble",
        "general",
        (
            r"\b(?:nobody|no\s+one|no-one)\s+else\s+(?:has|have|had|'s)\s+(?:ever\s+)?(?:had\s+)?(?:any\s+)?(?:trouble"
            r"|difficulty|difficulties|a\s+problem\s+(?:understanding|following|finding))\b",
        ),
        (
            "nobody no one",
            "trouble difficulty difficulties problem",
        ),
        cancel=_OWNED
        + r"|\b(?:let\s+me\s+know|happy\s+to|I'll|we'll|if\s+you|once\s+you|difference|results?|within)\b|\?",
    ),
    # The step's neglect presumed with no "you": an epistemic frame and a
    # passive of neglect or mishandling (t4 "That step seems to have been
    # skipped"; t6 "those emails appear not to have been read"; t8 "I
    # suspect they got knocked on the way home"; t9 "sounds like it got
    # overwatered", "it appears the stations have been moved from where
    # the technician placed them"; t11 "I'm going to guess the spam
    # folder wasn't checked?").
    Frame(
        "presumed-neglect-passive",
        "presumed",
        (
            r"\b(?:appears?|appeared|seems?|seemed|looks?\s+like|sounds?\s+like|I\s+suspect|I'm\s+going\s+to\s+guess"
            r"|I'd\s+guess|I\s+(?:would\s+)?guess|my\s+guess\s+is|presumably|I\s+assume|I'm\s+guessing)\b",
            r"\b(?:(?:not|n't)\s+(?:to\s+)?(?:have\s+)?(?:been\s+)?(?:read|checked|opened|followed|fitted|used|looked\s+at"
            r"|topped\s+up|cleaned|charged|updated|registered)|(?:to\s+have\s+)?(?:been|got|gotten|was|were|wasn't"
            r"|weren't)\s+(?:(?:not|never)\s+)?(?:skipped|ignored|overlooked|overwatered|underwatered|knocked|bashed"
            r"|mishandled|misused|tampered\s+with|dropped(?!\s+(?:off|at|to|in|by|into))|moved\s+from|left\s+(?:out|in\s+the"
            r"|on\s+the|somewhere|unattended|open|running)|read|checked|followed))\b",
        ),
        (
            "appear appears appeared seem seems seemed looks sounds suspect guess presumably assume guessing",
            "read checked opened followed fitted used looked topped cleaned charged updated registered skipped "
            "ignored overlooked overwatered underwatered knocked bashed mishandled misused tampered dropped moved left",
        ),
        reach=70,
        cancel=_OWNED
        + r"|\b(?:we|our|us|by\s+the\s+(?:courier|driver|carrier|team|staff|engineer|technician)"
        r"|in\s+transit|in\s+the\s+post|by\s+(?:the\s+)?(?:post|courier)|yet)\b",
    ),
    # Was the customer actually doing it? (Q "did you actually hold the
    # button"; M "Did you actually turn off battery saver"; K+L "Did anyone
    # in your office actually read the notice"; t5 "Were you actually
    # home?"; t10 "Did nobody in your household check their phone?").
    Frame(
        "actually-do-it",
        "lesson",
        (
            r"\b(?:did|do|have|had)\s+(?:you|u|anyone|anybody|someone|somebody)\s+(?:(?:in|at|from)\s+(?:your|the|ur)\s+"
            r"[\w-]+\s+)?(?:actually|really)\s+(?:read|check|checked|look|looked|listen|listened|hold|held|turn"
            r"|turned|switch|switched|follow|followed|open|opened|watch|watched|bother|bothered|press|pressed|plug|plugged"
            r"|fill|filled|keep|kept|charge|charged|update|updated|register|registered)\b"
            r"|\b(?:were|was)\s+(?:you|u|anyone|anybody|someone|somebody)\s+(?:actually|really)\s+(?:home|in|there"
            r"|at\s+home|in\s+the\s+house|around|in\s+the\s+building|on\s+site)\b",
            # ("did nobody in your house check" is read by the incredulity
            # construction, `blame._INCREDULITY_NOBODY`)
        ),
        (
            "did do have had were was",
            # ("did you even read it?" is ACC-4's, CS104)
            "actually really",
        ),
        # a question that is the construction: read with the rhetorical
        # checks, reported as a lecture (CS109 is a preview rule)
        reads_as="incredulity",
        cancel=_OWNED + r"|\b(?:charged|billed)\s+(?:twice|for)\b",
    ),
)

#: Round 13, second pass (docs/families/accusatory.md "Round 13").
_ROLE_OWNER = (
    r"(?:homeowner|home\s+owner|parent|parents|member|members|customer|customers|tenant|tenants|account\s+holder"
    r"|policyholder|policy\s+holder|cardholder|card\s+holder|guest|guests|buyer|buyers|passenger|passengers|owner|owners"
    r"|user|users|subscriber|subscribers|patient|patients|resident|residents|client|clients|keeper|registered\s+keeper"
    r"|applicant|applicants|student|students|borrower|borrowers|driver|drivers|householder|occupier|occupant)"
)
_ROUND13B: Final = (
    # The agent "gently" reminding or pointing out (t6 "we would like to
    # take this opportunity to remind all parents of the importance of
    # reading", t9 "I would also gently point out that", t10 "I would
    # gently remind you that").
    Frame(
        "gently-remind",
        "lesson",
        (
            r"\b(?:I|we)(?:'d|\s+would|\s+must|\s+should|\s+do)?\s+(?:(?:also|just|like\s+to|want\s+to|have\s+to)\s+){0,2}"
            r"(?:gently|politely|respectfully|kindly)\s+(?:remind|point\s+out|note|mention|flag)\b"
            r"|\b(?:I|we)(?:'d|\s+would)\s+(?:also\s+)?like\s+to\s+(?:take\s+this\s+opportunity\s+to\s+)?remind\s+(?:all\s+)?"
            r"(?:you|"
            + _ROLE_OWNER
            + r")\s+(?:of\s+the\s+importance\s+of|that\s+it\s+is\s+(?:your|their)\s+"
            r"(?:responsibility|job|duty))\b",
        ),
        (
            "gently politely respectfully kindly importance responsibility job duty",
            "remind point note mention flag",
        ),
        # an apology anywhere in the sentence makes it the non-apology's
        # "apology, though I'd gently point out" (t8, its writer's label)
        cancel=_OWNED
        + r"|\b(?:tomorrow|upcoming|coming\s+up|next\s+week|this\s+week|renewal\s+is\s+due)\b|\?",
        cancel_in_sentence=True,
    ),
    # A hindsight passive with what the instructions asked, and a
    # consequence (t5 "Had these been taken in daylight as the claim form
    # instructs, we would be further along"; t6 "If she'd been sent with
    # sunscreen as the kit list asks, this wouldn't have happened"; t10
    # "Had the terms been looked at prior to purchase, it would have been
    # clear").
    Frame(
        "counterfactual-as-instructed",
        "counterfactual",
        (
            r"\b(?:had|if\s+(?:[\w-]+\s+){1,5}?had|if\s+(?:he|she|they|it|these|those)'d)\s+(?:(?:the|your|these|those|this"
            r"|that|its|all\s+the)\s+)?(?:[\w-]+\s+){0,4}?been\s+(?:(?:properly|correctly|actually|ever|just)\s+)?(?:[\w-]+ed"
            r"|taken|sent|read|done|given|shown|worn|kept|brought|seen|written|put|set)\b",
            r"\b(?:as\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?"
            + _DOC
            + r"\s+(?:instructs|asks|says|states|requires"
            r"|explains|recommends|advises|specifies|requests)|(?:prior\s+to|before)\s+(?:purchase|purchasing|buying"
            r"|booking|travel|travelling|traveling|signing|checkout|checking\s+out|ordering|submitting|sign-up|signup"
            r"|signing\s+up))\b",
            r"\b(?:(?:this|that|it|we|you|they|none\s+of\s+this)\s+(?:would|wouldn't|would\s+not|could|couldn't|might)"
            r"|(?:it|that)'d)\b",
        ),
        (
            "had if",
            "instructs asks says states requires explains recommends advises specifies requests prior before",
        ),
        reach=70,
        cancel=_OWNED
        + r"|\b(?:if|had)\s+(?:we|I)\b|\bby\s+(?:us|our|the\s+(?:courier|driver|engineer|team|staff|warehouse|agent"
        r"|technician|carrier))\b|\bour\s+(?:[\w-]+\s+)?(?:team|staff|driver|courier|engineer|warehouse)\b",
        cancel_in_sentence=True,
    ),
    # A precaution suggested as a question with "maybe" (Q "Maybe a case
    # next time?"; t8 "Maybe keep your phone on loud when you're
    # expecting food?"; t10 "Maybe set an alarm next time?").
    Frame(
        "maybe-next-time",
        "lesson",
        (
            r"(?:^|(?<=[.!?]\s{0,3})|(?<=\n)|(?<=[,:\u2014-]\s{0,2}))(?:maybe|perhaps|might\s+I\s+suggest)\s+(?:(?:set|keep"
            r"|check|read|bring|charge|double-check|leave|arrive|allow|plan|label|lock|pack|measure|write\s+down|save"
            r"|note|listen|look|answer|turn\s+on|switch\s+on)\s+|(?:a|an)\s+(?:phone\s+)?(?:case|cover|alarm|reminder"
            r"|screen\s+protector|spare|note|calendar\s+(?:reminder|alert)|lock|label|timer)\b\s*)(?:[\w-]+(?:'\w+)?\s+){0,6}?"
            r"(?:[\w-]+(?:'\w+)?\s*)?(?:next\s+time|in\s+future|in\s+the\s+future|when\s+(?:you're|you\s+are|you)\s+[\w-]+"
            r"(?:\s+[\w-]+){0,3})\s*\?",
        ),
        ("maybe perhaps suggest", "next future when"),
        reach=90,
        reads_as="incredulity",
        cancel=_OWNED,
    ),
    # The outcome called no surprise (K+L "so this one shouldn't have been
    # a surprise", "Surely that wasn't a surprise"; t7 "so this is not
    # surprise"; t8 "can hardly be surprised when").
    Frame(
        "no-surprise",
        "lesson",
        (
            r"\b(?:(?:surely|so)\s+(?:that|this|it)(?:\s+one)?\s+(?:wasn't|was\s+not|isn't|'s\s+not|is\s+not"
            r"|shouldn't\s+(?:have\s+been|be)|should\s+not\s+(?:have\s+been|be)|can't\s+have\s+been|couldn't\s+have\s+been"
            r"|is\s+no|was\s+no|'s\s+no)\s+(?:a\s+|any\s+|much\s+of\s+a\s+|such\s+a\s+|really\s+a\s+)?(?:surprise|shock)"
            r"|(?:can|could)\s+hardly\s+be\s+(?:surprised|shocked))\b",
        ),
        ("surprise shock surprised shocked", "surely so hardly"),
        cancel=_OWNED
        + r"|\b(?:we|our|us|sold\s+out|popular|demand|weather|storm|snow|strike)\b",
        cancel_in_sentence=True,
    ),
    # Where it was shown, with the emphasis that makes it a reproach: all
    # covered, on the very first screen, on every page, literally on your
    # receipt (K+L "That's all covered in the letter"; t5 "this is covered
    # on the very first screen of the app"; t8 "the cut-off is on every
    # page of the site", "it's literally on your receipt").
    Frame(
        "shown-emphatically",
        "lesson",
        (
            r"\b(?:(?:that's|that\s+is|this\s+is|it's|it\s+is|which\s+is)\s+(?:all\s+(?:covered|explained|set\s+out"
            r"|spelled\s+out|spelt\s+out|stated|listed)\s+(?:in|on|at)|(?:all\s+)?(?:covered|explained|stated|listed"
            r"|shown|printed|displayed)\s+(?:in|on|at)\s+(?:the\s+)?(?:very\s+(?:first|top)|every|each))"
            r"|(?:is|are|'s|'re)\s+(?:literally\s+|clearly\s+)?(?:on|in)\s+(?:every|each)\s+(?:single\s+)?(?:page|screen"
            r"|email|letter|receipt|sign|ticket|form|invoice|statement)"
            r"|literally\s+(?:on|in)\s+(?:your|the)\s+(?:[\w-]+\s+)?" + _DOC + r")\b",
        ),
        (
            "covered explained set spelled spelt stated listed shown printed displayed every each literally",
            "all very every each literally",
        ),
        cancel=_OWNED
        + r"|\b(?:just\s+sent|we've\s+sent|I've\s+sent|attached|below|here's|here\s+is|link|if|whether)\b|\?",
    ),
    # How long it has been shown (t6 "has been pinned at the top of the
    # page for a month"; t10 "it's been on the timetable you were handed
    # at enrolment since September").
    Frame(
        "shown-for-long",
        "lesson",
        (
            # pinned or up, or on a document ("has been in rehearsals since
            # September" is no pointer)
            r"\b(?:has\s+been|'s\s+been|have\s+been|had\s+been)\s+(?:pinned|up|displayed|posted|listed|printed|shown"
            r"|(?:on|in)\s+(?:the|your|our|every|each)\s+(?:[\w-]+\s+){0,3}?"
            + _DOC
            + r")\b",
            r"\b(?:for\s+(?:a|over\s+a|about\s+a|two|three|four|several|\d+)\s+(?:month|months|week|weeks|year|years)"
            r"|since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|last"
            r"|the\s+start|day\s+one|enrolment|enrollment|sign-up|signup|you\s+(?:joined|signed|booked|bought)))\b",
        ),
        ("been", "month months week weeks year years since"),
        reach=70,
        cancel=_OWNED
        + r"|\b(?:we|our|new|available|open|running|live|trading|just|if|whether)\b|!|\?",
    ),
    # A diligence step called the customer role's responsibility (t9
    # "Regular checks of the gauge are the homeowner's responsibility";
    # t10 "returning the consent form is the parent's responsibility"; t8
    # "collecting the parcel is down to the member").
    Frame(
        "duty-of-role",
        "lesson",
        (
            r"\b(?:(?:regular|routine|daily|weekly|monthly|annual)\s+)?(?:checks?|checking|keeping|monitoring|reading"
            r"|collecting|returning|maintaining|maintenance|topping\s+up|updating|registering|reporting|cleaning"
            r"|servicing|backing\s+up|securing|locking|labelling|labeling|watering|bleeding)\b[^.!?\n]{0,50}?\b(?:is|are"
            r"|remains?)\s+(?:(?:entirely|solely|ultimately|always|squarely)\s+)?(?:the\s+"
            + _ROLE_OWNER
            + r"'s\s+"
            r"(?:own\s+)?(?:responsibility|job|duty)|(?:down|up)\s+to\s+the\s+"
            + _ROLE_OWNER
            + r")\b",
        ),
        (
            "responsibility job duty down up",
            "checks check checking keeping monitoring reading collecting returning maintaining maintenance topping "
            "updating registering reporting cleaning servicing backing securing locking labelling labeling "
            "watering bleeding",
        ),
        cancel=_OWNED + r"|\b(?:we'll|we\s+will|I'll|free|we\s+can|happy\s+to)\b|\?",
        cancel_in_sentence=True,
    ),
    # The customer's choice of time or channel named as the cause (Q
    # "sorry you chose to call at our busiest time of day"; t5 "sorry you
    # chose to leave a 1-star review rather than contacting us", "you did
    # ring in at our busiest time").
    Frame(
        "chose-badly",
        "act",
        (
            r"\b(?:sorry|shame|pity|unfortunate)\s+(?:that\s+)?(?:you|u)\s+(?:chose|decided|opted|elected)\s+to\b"
            r"[^.!?\n]{0,60}?\b(?:rather\s+than|instead\s+of|at\s+(?:our|the)\s+(?:busiest|peak)|during\s+(?:our|the)\s+"
            r"(?:busiest|peak))"
            r"|\b(?:you|u)\s+(?:did\s+)?(?:call|ring|rang|phone|phoned|called|rung|contact(?:ed)?\s+us|come|came|arrive"
            r"|arrived|turn(?:ed)?\s+up|order(?:ed)?|book(?:ed)?|visit(?:ed)?)\s+(?:in\s+|us\s+)?(?:at|during|on|in)\s+"
            r"(?:our|the)\s+(?:very\s+)?(?:busiest|peak)\b",
        ),
        ("you u", "busiest peak rather instead"),
        cancel=r"\b(?:sorry|apologies|apologise|apologize)\s+(?:for|about)\s+(?:the|your)\s+(?:long\s+)?(?:wait|delay"
        r"|queue)|\b(?:our|my)\s+(?:fault|mistake|error)\b",
        cancel_in_sentence=True,
    ),
)

FRAMES: Final = Frames(
    (*_ROUND6, *_ROUND7, *_ROUND11, *_ROUND11_BANKS, *_ROUND11B, *_ROUND13, *_ROUND13B)
)
