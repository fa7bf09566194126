"""
Accusatory phrasing (CS1xx): blame aimed at the customer, or talking down
to them.

Grounded in seed 003 ("Avoid confrontational language": statements that
sound like accusations put the customer on the defensive) and seed 001
("Being defensive or argumentative").

Every rule here looks for the customer as the one at fault ("you failed
to", "you should have read"), so the agent blaming itself ("we should have
told you") never matches; words inside quotation marks are the customer's
and are skipped by the engine; conditional clauses ("if you forgot your
password") and reported speech ("you mentioned you forgot the code") are
skipped by the rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from cs_lint._authoring.fixes import removal
from cs_lint._authoring.rule import Match, all_of, rule, scan, trigger_words
from cs_lint._authoring.skips import reported, softened
from cs_lint._base.finding import Family, Suggestion
from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern
from cs_lint._text.wordclasses import NEUTRAL_PARTICIPLES, is_participle


_FAMILY = Family.ACCUSATORY


# -- CS101 ------------------------------------------------------------------

_BLAME = scan(
    r"""
    \b(?:you|u)(?:'ve|\s+have)?\s+(?:simply\s+|just\s+)?
        (?:failed|forgot|neglected|omitted)\s+to\b
    | \b(?:you|u)\s+(?:didn't|did\s+not|never)\s+bother(?:ed)?\s+to\b
    | \b(?:you|u)(?:'d|\s+had)\s+(?:even\s+|just\s+)?bothered\s+to\b
    | \b(?:you|u)\s+(?:were|was)\s+(?:supposed|meant|told|asked|required)\s+to
        \s+(?!receive\b|get\b|be\b|hear\b|have\b)\w+
    | \b(?:your|ur)\s+(?:own\s+)?(?:fault|mistake|carelessness|negligence|oversight)\b
    | \b(?:due\s+to|because\s+of|caused\s+by)\s+(?:your|ur)\s+(?:own\s+)?
        (?:error|mistake|actions?|negligence|carelessness)\b
    | \b(?:you|u)\s+(?:made|caused)\s+(?:a|an|the|this|that)\s+
        (?:mistake|error|mess|problem)\b
    | \buser\s+error\b
    | \b(?:you|u)\s+did\s+(?:it|this|that|something|things)\s+wrong(?:ly)?\b
    | \b(?:you|u)(?:'ve|\s+have)?\s+(?:entered|typed|used|provided|gave|given
        |selected|chose|chosen|picked|put\s+in|put)\s+(?:in\s+)?(?:the|a|an)\s+
        (?:wrong|incorrect|invalid)\b
    | \b(?:you|u)\s+let\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:expire|lapse|run\s+out)\b
    | \b(?:you|u)\s+(?:typed|entered|spelled|spelt|wrote|filled\s+in)\b[^.!?\n]{0,40}?
        \b(?:with\s+a\s+typo|wrong(?:ly)?|incorrectly|by\s+mistake)\b
    | \b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time\s+(?:that\s+)?
        (?:you|u)(?:'ve|\s+have)?\s+(?:asked|raised|sent|posted|written)\s+
        (?:the\s+same|this|that|about\s+this)\b
    | \b(?:please\s+)?(?:check|read|look|make\s+sure|remember|be\s+sure)\b[^.!?\n]{0,60}?
        \b(?:first\s+)?next\s+time\b
    | \bbefore\s+(?:contacting|messaging|writing\s+to|calling|emailing)\s+us\s+again\b
    | \b(?:next\s+time|in\s+(?:the\s+)?future),?\s+(?:please\s+)?
        (?:make\s+sure|be\s+sure|remember\s+to|read|check|pay\s+(?:more\s+)?attention
        |double-check|be\s+(?:more\s+)?careful)\b
    """,
    needs="failed forgot neglected omitted bother bothered fault mistake carelessness "
    "negligence oversight error wrong wrongly incorrect invalid expire lapse "
    "typo incorrectly future "
    + " ".join(
        (
            all_of("supposed meant told asked required", "were was"),
            all_of("action actions", "your ur"),
            all_of("mess problem", "made caused"),
            all_of("run", "out"),
            all_of("time", "next you u you've"),
            all_of("again", "before"),
        )
    ),
)


@rule(
    code="CS101",
    scans=(_BLAME,),
    name="blame-the-customer",
    family=_FAMILY,
    message="Puts the blame on the customer: {excerpt!r}",
    why=(
        "Blame puts the customer on the defensive and makes the reply about "
        'who was wrong instead of what happens next (seed 003, "Avoid '
        'Confrontational Language"; seed 001, "Being Defensive or '
        'Argumentative").'
    ),
    fix="Say what happened without making the customer the cause",
    bad=(
        "You failed to attach the receipt, so we can't process the claim.",
        "Unfortunately you forgot to enter the discount code.",
        "This happened because of your mistake with the address.",
        "You entered the wrong card number.",
        "Next time, please make sure the address is correct.",
    ),
    good=(
        "The receipt didn't come through. Could you send it again?",
        "If you forgot your password, you can reset it here.",
        "It's not your fault at all, and I'm sorry for the trouble.",
        "We failed to send the confirmation, and I'm sorry.",
        "You mentioned you forgot to add the code, so I've applied it for you.",
        "You were supposed to receive a call from us yesterday.",
    ),
)
def blame_the_customer(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags wording that makes the customer the cause of the problem: "you
    failed to", "you forgot to", "your mistake", "you entered the wrong",
    "user error", "next time, please make sure".

    ## Known limitations
    Passive blame ("the form was not filled in correctly") is not flagged.
    """
    for m in _BLAME.finditer(doc):
        start = m.start()
        if reported(doc, start) or doc.negated(start) or softened(doc, start):
            continue
        if doc.clause_at(start).conditional and not _BOTHERED.match(m.group()):
            continue
        yield Match(
            start,
            m.end(),
            suggestions=(
                Suggestion(
                    "Describe what happened, not who did it: “It looks like "
                    "the receipt didn't come through. Could you send it again?”"
                ),
            ),
        )


# "If you'd bothered to check" is blame even inside a conditional.
_BOTHERED = compile_pattern(r"\S+(?:'d|\s+had)\s+(?:even\s+|just\s+)?bothered")


# -- CS102 ------------------------------------------------------------------

_SHOULD_HAVE_WORDS = (
    "should've could've shouldve couldve shoulda've youshould've youcould've "
    "youshouldve youcouldve ushould've ucould've ushouldve ucouldve "
    + all_of("should shoulda could need needed had ought", "have of")
)
_SHOULD_HAVE = scan(
    r"""
    \b(?:you|u)\s+(?:really\s+|just\s+|simply\s+|probably\s+)?
      (?:should|shoulda|ought\s+to|could|need(?:ed)?\s+to|had\s+to)\s*
      (?:have|'ve|of)\s+
      (?:just\s+|simply\s+|first\s+|already\s+|carefully\s+|properly\s+)?
      (?P<verb>[\w-]+)
    | \b(?:you|u)(?:should've|could've|shouldve|couldve)\s+
      (?:just\s+|simply\s+|first\s+|already\s+)?(?P<verb>[\w-]+)
    """,
    needs=_SHOULD_HAVE_WORDS,
)
#: "Had you contacted us", "if you'd read": scanned only when "had" or
#: "you'd" occurs (the common "if you'd like" makes the main scan costly).
_HAD_YOU = scan(
    r"""
    (?:(?<=(?:^|[\n.!?,;])\s*)|\bif\s+)(?:had\s+you|you\s+had|you'd)\s+
      (?:just\s+|simply\s+|only\s+|first\s+|actually\s+|bothered\s+to\s+)?
      (?P<verb>[\w-]+)
    """,
    needs=all_of("had", "you") + " you'd",
)
_SHOULDVE = scan(
    r"\b(?:you|u)\s*(?:should've|could've)\s+(?P<verb>[\w-]+)",
    needs=_SHOULD_HAVE_WORDS,
)
_CAREFUL = compile_pattern(
    r"\s+(?:more\s+)?(?:careful|aware|paying|reading|checking|attentive)"
)


@rule(
    code="CS102",
    scans=(_SHOULD_HAVE, _SHOULDVE, _HAD_YOU),
    name="you-should-have",
    family=_FAMILY,
    message="Tells the customer what they should have done: {excerpt!r}",
    why=(
        "Hindsight about what the customer should have done reads as a "
        "reprimand and does not move the problem forward (seed 003, "
        '"Avoid Confrontational Language").'
    ),
    fix="Say what happens now, or where the information is",
    bad=(
        "You should have read the terms before ordering.",
        "You should've checked the size chart.",
        "Had you contacted us within 30 days, we could have helped.",
        "If you had followed the instructions, this wouldn't have happened.",
        "You could have just asked us.",
    ),
    good=(
        "You should have received an email with the tracking link.",
        "You should have your new card within 5 days.",
        "You should have been sent a confirmation code by text.",
        "We should have told you about the delay sooner.",
        "If you had received the parcel, the tracking would show it.",
    ),
)
def you_should_have(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags hindsight aimed at the customer: "you should have read", "you
    should've checked", "had you contacted us", "if you had followed", "you
    could have just asked".

    Expected events are not flagged: "you should have received an email",
    "you should have been sent a code", "you should have your card by
    Friday".
    """
    seen: set[int] = set()
    for pat in (_SHOULD_HAVE, _SHOULDVE, _HAD_YOU):
        for m in pat.finditer(doc):
            start = m.start()
            if start in seen:
                continue
            verb = (m.group("verb") or "").lower()
            if not is_participle(verb):
                continue
            if verb in NEUTRAL_PARTICIPLES and not (
                verb == "been" and _CAREFUL.match(doc.text, m.end(), m.end() + 200)
            ):
                continue
            if reported(doc, start) or doc.negated(start):
                continue
            sent = doc.sentence_at(start)
            if (
                sent is not None
                and sent.start == start
                and m.group().lower().startswith("had")
                and sent.text.endswith("?")
            ):
                continue  # "Had you tried that?" asks; it does not scold
            seen.add(start)
            end = m.end()
            if verb == "been":
                careful = _CAREFUL.match(doc.text, end, end + 200)
                end = careful.end() if careful else end
            yield Match(
                start,
                end,
                suggestions=(
                    Suggestion(
                        "Point forward instead: “You'll find the details in "
                        "… and here's what I've done.”"
                    ),
                ),
            )


# -- CS105 ------------------------------------------------------------------

_OBVIOUSLY = compile_pattern(r"\b(?:obviously|evidently)\b")
_CONDESCENDING = compile_pattern(
    r"""
    \b(?:it|this|that|which)(?:'s|\s+is|\s+was|\s+are|\s+were)?\s+clearly\s+
      (?:stated|written|explained|shown|listed|marked|mentioned|displayed|indicated
      |outlined|visible|labell?ed|says|states|shows|explains|indicates|mentions)\b
    | \b(?:the\s+\w+|terms|website|site|page|email|policy|faq|instructions)
      \s+(?:is\s+|are\s+|was\s+)?clearly\s+
      (?:says|states|shows|explains|indicates|mentions|stated|written|explained|listed
      |marked|displayed|shown)\b
    | \bas\s+clearly\s+(?:stated|explained|shown|mentioned|written|indicated)\b
    | \b(?:you|u)(?:'ve|'re|\s+have|\s+are|\s+were)?\s+clearly\b
    | \bclearly\s+(?:you|u)\b
    | \bas\s+(?:you|u)\s+(?:should|must|ought\s+to|surely|obviously|certainly)\s+
      (?:already\s+)?(?:know|be\s+aware|have\s+seen|have\s+read|understand
      |remember|recall|realise|realize)\b
    | \bas\s+(?:everyone|everybody|anyone|anybody)\s+(?:knows|would\s+know|can\s+see)\b
    | \b(?:you|u)\s+(?:should|must|ought\s+to)\s+(?:already\s+know|know\s+(?:better|by\s+now)
      |already\s+be\s+aware|be\s+aware\s+by\s+now|already\s+understand)\b
    | \b(?:you|u)\s+(?:need|have)\s+to\s+understand\b
    | \b(?:you|u)\s+(?:need|have)\s+to\s+(?:actually|really|properly|carefully)\s+
      (?:read|check|look|listen|pay)\b
    | \bsurely\s+(?:you|u)\s+(?:know|understand|can\s+see|realise|realize|must)\b
    | \b(?:it'?s|it\s+is|this\s+is|that'?s)\s+(?:not\s+rocket\s+science|common\s+sense)\b
    | \b(?:anyone|anybody|a\s+child|a\s+kid)\s+(?:can|could)\s+
      (?:do|figure|understand|see|manage|follow)\b
    | \b(?:read|check)\s+(?:it|them|(?:the|your)\s+\w+)\s+properly\b
    | \bpay\s+(?:more\s+)?attention\s+(?:next\s+time|in\s+future|to\s+(?:the|our)\s+\w+)\b
    """
)


@rule(
    code="CS105",
    triggers=trigger_words(
        "obviously evidently clearly surely rocket properly "
        + " ".join(
            (
                all_of("sense", "common"),
                all_of(
                    "should must ought surely obviously certainly",
                    "know aware seen read understand remember recall realise realize",
                ),
                all_of("knows know see", "everyone everybody anyone anybody"),
                all_of("understand", "need have"),
                all_of(
                    "actually really properly carefully",
                    "need have",
                    "read check look listen pay",
                ),
                all_of("anyone anybody child kid", "can could"),
                all_of("attention", "next future to"),
            )
        )
    ),
    name="condescending-language",
    family=_FAMILY,
    message="Talks down to the customer: {excerpt!r}",
    why=(
        '"Obviously", "as you should know" and "it clearly states" '
        "imply the customer missed something anyone would see; it belittles "
        'them while they are asking for help (seed 003, "Avoid '
        'Confrontational Language").'
    ),
    fix="Drop the word, or state the fact plainly",
    bad=(
        "Obviously the app needs to be updated first.",
        "As you should know, orders ship within 2 days.",
        "It clearly states on the website that sale items are final.",
        "You clearly didn't read the email.",
        "Anyone can follow these steps.",
    ),
    good=(
        "Obviously we want this fixed as much as you do.",
        "I'll explain the steps clearly below.",
        "The website lists sale items as final; here's what I can do instead.",
        "The label should be clearly visible on the box.",
        "You should know by Friday whether the claim is approved.",
    ),
)
def condescending_language(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags words that talk down: "obviously" (unless the agent is talking
    about itself: "obviously we want this fixed"), "it clearly states",
    "you clearly", "as you should know", "as everyone knows", "you need to
    understand", "anyone can", "read it properly".

    "Clearly" as a plain adverb ("I'll explain it clearly", "the label
    should be clearly visible") is not flagged.
    """
    for m in _OBVIOUSLY.finditer(doc.text):
        start, end = m.span()
        if doc.clause_at(start).speaker == "agent" or doc.negated(start):
            continue
        yield Match(start, end, suggestions=(removal(doc, start, end, "Remove it"),))
    for m in _CONDESCENDING.finditer(doc.text):
        start, end = m.span()
        if reported(doc, start) or doc.negated(start, window=2):
            continue
        suggestions: tuple[Suggestion, ...] = (
            Suggestion("State the fact plainly, without implying they missed it"),
        )
        if m.group().lower().startswith("as "):
            suggestions = (removal(doc, start, end, "Remove the aside"),)
        yield Match(start, end, suggestions=suggestions)


# -- CS106 ------------------------------------------------------------------

_ASSUMES = compile_pattern(
    r"""
    \b(?:you|u)\s+(?:must|probably|most\s+likely|likely)\s+(?:have\s+)?
      (?:accidentally\s+|mistakenly\s+)?(?P<verb>[\w-]+)
    | \b(?:you|u)(?:'ve|\s+have)?\s+(?:accidentally|mistakenly|inadvertently|wrongly)\s+
      (?P<verb2>[\w-]+)
    | \b(?:you|u)(?:'ve|\s+have)?\s+(?:seem\s+to\s+have\s+|appear\s+to\s+have\s+)?
      (?:misread|misunderstood|misunderstand)\b
    | \b(?:you're|you\s+are|ur|you\s+were)\s+(?:simply\s+|just\s+)?
      (?:mistaken|wrong|confused|incorrect)\b
    """
)
_AFTER_MUST = frozenset(
    {
        "entered",
        "typed",
        "clicked",
        "deleted",
        "changed",
        "selected",
        "pressed",
        "tapped",
        "misread",
        "missed",
        "forgotten",
        "forgot",
        "ignored",
        "used",
        "put",
        "removed",
        "cancelled",
        "canceled",
        "done",
        "made",
        "given",
        "picked",
        "chosen",
        "skipped",
        "overlooked",
        "misunderstood",
        "confused",
        "mixed",
        "mistyped",
        "turned",
        "disabled",
        "unsubscribed",
        "blocked",
        "declined",
    }
)


@rule(
    code="CS106",
    triggers=trigger_words(
        "must probably likely accidentally mistakenly inadvertently wrongly misread misunderstood misunderstand mistaken wrong confused incorrect"
    ),
    name="assumes-customer-error",
    family=_FAMILY,
    message="Assumes the customer made a mistake: {excerpt!r}",
    why=(
        "Guessing that the customer must have done something wrong blames "
        'them before the facts are known (seed 003, "Avoid Confrontational '
        'Language"; seed 002, "Don\'t argue, don\'t defend").'
    ),
    fix="Describe the likely cause without making the customer its author",
    bad=(
        "You must have entered the wrong email address.",
        "You probably clicked the wrong button.",
        "You accidentally cancelled the subscription.",
        "I think you misunderstood the offer.",
        "You're wrong about the price.",
    ),
    good=(
        "You must have received a confirmation email by now.",
        "If you accidentally deleted it, we can restore it.",
        "You're not wrong to expect better, and I'm sorry.",
        "It looks like the email address has a typo in it.",
        "You probably have the update already.",
    ),
)
def assumes_customer_error(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags guesses that the customer caused the problem: "you must have
    entered", "you probably clicked", "you accidentally cancelled", "you
    misunderstood", "you're wrong".

    Expected events ("you must have received it by now") and conditionals
    ("if you accidentally deleted it, we can restore it") are not flagged.
    """
    for m in _ASSUMES.finditer(doc.text):
        start, end = m.span()
        verb = (m.group("verb") or "").lower()
        if m.group("verb") is not None and verb not in _AFTER_MUST:
            continue
        clause = doc.clause_at(start)
        if clause.conditional or reported(doc, start) or doc.negated(start, window=2):
            continue
        if m.group().lower().split()[-1] in (
            "wrong",
            "mistaken",
            "incorrect",
            "confused",
        ) and (doc.negated(end, window=2)):
            continue
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Describe the cause neutrally: “It looks like the address "
                    "has a typo; could you confirm it?”"
                ),
            ),
        )


RULES = (
    blame_the_customer,
    you_should_have,
    condescending_language,
    assumes_customer_error,
)
