"""
Defensiveness (CS6xx): arguing, excuses and hiding behind policy.

Grounded in seed 002 ("Don't argue, don't defend": "don't make excuses -
the customer doesn't care why something went wrong"), seed 001 ("Being
Defensive or Argumentative") and seed 004 (the agent thinking "This isn't
my fault" while the customer's needs go unmet).

Two kinds of wording live here. Some is defensive whatever follows:
deflecting blame ("that's not our fault", "…, not us"), excuses ("we're
short-staffed"), "not my department", arguing ("that's simply not true").
Some is only defensive when it is the whole answer: a rule, a disclaimer or
a third party named and then nothing the customer can do ("per our terms",
"we are not responsible for", "the courier is a third party"). For those the
rules ask `Alternatives` (cs_lint._context.reply) whether the reply goes on to
offer something, and stay quiet when it does ("Our policy is 14 days, so
instead I can offer store credit").

Which family owns a phrase: "there's nothing I can do" is defensiveness
(CS604) and, because it is also a dead end, negative framing (CS701) when
nothing else is offered; a bare "we can't" is only negative framing;
"we can't be held responsible" is only defensiveness (CS701 skips it).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cs_lint._authoring.fixes import removal
from cs_lint._authoring.rule import Match, all_of, rule, trigger_words
from cs_lint._base.finding import Family, Suggestion
from cs_lint._context.reply import (
    Alternatives,
    body_end,
    clause_head,
    in_conditional,
    is_question,
    thread_part,
)
from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern
from cs_lint._text.spans import SpanSet


_FAMILY = Family.DEFENSIVENESS
#: Third parties blamed in "that's the courier's fault".
_OWNERS = (
    "courier carrier seller bank airline manufacturer supplier warehouse office "
    "driver retailer network provider vendor merchant"
)


_REPORTED = compile_pattern(
    r"\b(?:you\s+(?:said|asked|mentioned|wrote|think|thought|feel|felt|wondered|suggested"
    r"|claim|claimed|were\s+told|heard)|(?:they|he|she)\s+(?:said|told\s+you)"
    r"|asked\s+(?:if|whether)|wondering\s+(?:if|whether))\b[^.!?\n]{0,40}$"
)


class _Context:
    """
    What the defensiveness rules need to know about the whole reply,
    computed on first use.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._alternatives: Alternatives | None = None
        self._thread: bool | None = None
        self._end: int | None = None

    @property
    def end(self) -> int:
        """
        Where the sign-off and signature start.
        """
        if self._end is None:
            self._end = body_end(self.doc)
        return self._end

    @property
    def alternatives(self) -> Alternatives:
        """
        The reply's offers of help, computed once.
        """
        if self._alternatives is None:
            self._alternatives = Alternatives(self.doc)
        return self._alternatives

    def in_body(self, start: int) -> bool:
        """
        Return whether *start* is in the agent's body text.
        """
        return start < self.end

    def offers(self, start: int, end: int) -> bool:
        """
        Return whether the reply offers what can be done around the span; a
        tweet that is one part of a thread counts as offering, since the
        rest of the answer is elsewhere.
        """
        if self._thread is None:
            self._thread = thread_part(self.doc)
        return self._thread or self.alternatives.anywhere(start, end)

    def said_by_agent(self, start: int) -> bool:
        """
        Return whether the words at *start* are the agent's own statement:
        not a question, not a condition, not the customer's words reported.
        """
        doc = self.doc
        if is_question(doc, start) or in_conditional(doc, start):
            return False
        sent = doc.sentence_at(start)
        lo = max(start - 80, sent.start if sent is not None else 0)
        return _REPORTED.search(doc.text, lo, start) is None


# -- CS601 --------------------------------------------------------------------

_ADV = r"(?:(?:really|simply|certainly|definitely|honestly|actually|entirely|exactly|strictly|technically|necessarily)\s+)?"
_BLAME_ALWAYS = compile_pattern(
    rf"""
    \b(?:it|that|this|which)(?:'s|\s+is|\s+was)\s+{_ADV}not\s+{_ADV}(?:our|my)\s+
      (?:fault|problem|doing|mistake|error)\b
    | \b(?:it|that|this|which)\s+(?:isn't|wasn't|is\s+not|was\s+not)\s+{_ADV}(?:our|my)\s+
      (?:fault|problem|doing|mistake|error)\b
    | \bnot\s+(?:our|my)\s+fault\b
    | \bno\s+fault\s+of\s+(?:ours|mine)\b
    | \b(?:we|I)\s+(?:cannot|can't|can\s+not|won't|will\s+not|shouldn't|should\s+not)\s+be\s+blamed\b
    | \b(?:we|I)(?:'re|'m|\s+are|\s+am|\s+were|\s+was)\s+not\s+(?:to\s+blame|at\s+fault)\b
    | \b(?:we|I)\s+(?:aren't|wasn't|weren't)\s+(?:to\s+blame|at\s+fault)\b
    | \b(?:we|I)(?:'re|'m|\s+are|\s+am|\s+was|\s+were)\s+not\s+the\s+ones?\s+(?:who|that|to\s+blame|at\s+fault)\b
    | \b(?:isn't|is\s+not|wasn't|was\s+not|'s\s+not)\s+(?:really\s+|entirely\s+)?(?:down\s+to|on)\s+
      (?:us|me)\b
    | \b(?:the|our)\s+(?:\w+\s+)?(?:store|shop|team|staff|driver|courier|engineer|agent|branch|company
      |system|website|site|app)\s+(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not|weren't)\s+
      (?:at\s+fault|to\s+blame)\b
    | \b(?:that's|that\s+is|it's|it\s+is|it\s+was|that\s+was)\s+(?:the\s+)?
      (?:courier|carrier|seller|bank|airline|manufacturer|supplier|warehouse|post\s+office|driver
      |retailer|network|provider|vendor|merchant)(?:'s|s')\s+(?:fault|problem|issue|responsibility
      |mistake|error|doing)\b
    """
)
_BLAME_UNLESS_HELP = compile_pattern(
    rf"""
    \b(?:we|I)(?:'re|'m|\s+are|\s+am|\s+were|\s+was)\s+{_ADV}not\s+{_ADV}
      (?:responsible|liable|accountable)\b
    | \b(?:we|I)\s+(?:aren't|wasn't|weren't)\s+{_ADV}(?:responsible|liable|accountable)\b
    | \b(?:it|that|this)(?:'s|\s+is|\s+was)\s+not\s+(?:our|my)\s+responsibility\b
    | \b(?:it|that|this)\s+(?:isn't|wasn't|is\s+not|was\s+not)\s+(?:our|my)\s+responsibility\b
    | \b(?:we|I)\s+(?:cannot|can't|can\s+not|won't|will\s+not)\s+be\s+held\s+
      (?:responsible|liable|accountable)\b
    | \b(?:we|I)\s+(?:take|accept|bear|have)\s+no\s+(?:responsibility|liability)\b
    | \b(?:we|I)\s+(?:do\s+not|don't)\s+(?:take|accept|bear)\s+(?:any\s+)?(?:responsibility|liability)\b
    | \b(?:beyond|outside|out\s+of)\s+(?:our|my)\s+control\b
    | \b(?:we|I)\s+(?:have|had)\s+no\s+control\s+over\b
    | \b(?:we|I)\s+(?:don't|do\s+not|can't|cannot)\s+control\b
    | \b(?:is|are)\s+(?:a\s+|an\s+)?(?:third[\s-]part(?:y|ies)|separate\s+(?:company|companies|business
      |organi[sz]ation)|independent\s+(?:company|companies|business|seller|sellers|retailer|retailers))
      (?!\s+(?:seller|sellers|app|apps|software|website|site)\b)
    | \b(?:that's|that\s+is|it's|it\s+is)\s+(?:(?:a|an)\s+(?:issue|problem|matter|question)\s+for
      |(?:all\s+)?(?:up|down)\s+to)\s+(?:the\s+)?(?:courier|carrier|seller|bank|airline|manufacturer
      |supplier|post\s+office|retailer|network|provider|vendor|merchant|them)\b
    | ,\s*not\s+(?:on\s+)?(?:us|ours|me|mine)\b(?=\s*(?:[.!;,)]|$|and\b|so\b))
    """
)
_OWNERSHIP_AFTER = compile_pattern(
    r"\bbut\s+(?:we're|we\s+are|I'm|I\s+am)\s+(?:still\s+)?(?:responsible|accountable|on\s+it)\b"
)


@rule(
    code="CS601",
    name="not-our-fault",
    family=_FAMILY,
    message="Deflects blame instead of helping: {excerpt!r}",
    why=(
        "Arguing about whose fault it was turns a small issue into a "
        "confrontation; the customer wants it fixed, not a verdict (seed 002, "
        '"Don\'t argue, don\'t defend"; seed 001, "Being Defensive or '
        'Argumentative"; seed 004).'
    ),
    fix="Own the next step instead of assigning blame",
    bad=(
        "That's not our fault. The courier lost it.",
        "We are not responsible for items damaged after delivery.",
        "We can't be held liable for outages at the bank.",
        "The delay was caused by the weather, not us.",
        "The courier is a third party, so we can't chase it.",
        "It's not our fault if the email went to spam.",
    ),
    good=(
        "It's not your fault at all, and I've fixed the order.",
        "That was our fault, and I've sent a new one today.",
        "We are responsible for the parcel until it arrives, so I've opened a claim.",
        "Sorry about that, our fault, not yours.",
        "The courier is a separate company, but we're still responsible for "
        "your order: I've opened a trace.",
        "Weather delays are outside our control, but I've moved you to the "
        "first flight tomorrow at no cost.",
        "You mentioned it's not our fault, but I'd still like to fix it.",
    ),
    confidence=0.85,
    triggers=trigger_words(
        "fault blamed blame ones responsibility responsible liable accountable "
        "liability control third separate independent "
        + all_of("not isn't wasn't", "our my us me ours mine one")
        + " "
        + all_of("up down", "is that's it's")
        + " "
        + all_of("issue problem matter question", "for")
        + " "
        + " ".join(f"{w}'s {w}s" for w in _OWNERS.split())
    ),
)
def not_our_fault(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags wording that pushes blame away from the company or the agent:
    "that's not our fault", "it wasn't my mistake", "we can't be blamed",
    "I'm not the one who…", "that's the courier's fault", "it isn't down to
    us", "the store isn't at fault".

    Disclaimers are flagged when they are the whole answer: "we are not
    responsible for", "we can't be held liable", "beyond our control", "the
    courier is a third party", "that's down to the bank", "…, not us". They
    are left
    alone when the reply goes on to help ("…outside our control, but I've
    moved you to the next flight", "…your bank, not us, so please call
    them") or takes ownership anyway ("but we're still responsible").

    "Not your fault" (clearing the customer), "our fault" (owning it),
    questions, conditions and the customer's words reported back are not
    flagged.

    ## Known limitations
    Blame shifted in other words ("the delay was caused by the weather") is
    only caught with an explicit "not us".
    """
    ctx = _Context(doc)
    for pat, needs_help in ((_BLAME_ALWAYS, False), (_BLAME_UNLESS_HELP, True)):
        for m in pat.finditer(doc.text):
            start, end = m.span()
            if m.group().startswith(","):
                start += len(m.group()) - len(m.group().lstrip(", \t\n"))
            if not ctx.in_body(start) or not ctx.said_by_agent(start):
                continue
            if doc.negated(start, window=3) and not m.group().lower().lstrip(
                ", "
            ).startswith("not"):
                continue  # "I won't pretend it's not our fault"
            if needs_help and (
                ctx.offers(start, end)
                or _OWNERSHIP_AFTER.search(doc.text, end, end + 60)
            ):
                continue
            yield Match(
                start,
                end,
                suggestions=(
                    Suggestion(
                        "Skip who is to blame and say what you will do: “I'm "
                        "sorry this happened. Here's what I'll do…”"
                    ),
                ),
            )


# -- CS602 --------------------------------------------------------------------

#: Policy as the whole answer: defensive unless something helpful follows.
_POLICY_BARE = compile_pattern(
    r"""
    \b(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:just\s+|simply\s+|purely\s+|strictly\s+)?
      (?:our\s+|the\s+|a\s+)?(?:company\s+|store\s+|standard\s+|company's\s+)?polic(?:y|ies)\b
      (?=\s*(?:[.!;,)]|$|\band\b|\bso\b|\bI'm\s+afraid\b|\bunfortunately\b|\bthat\b|\bnot\s+to\b))
    | \bpolicy\s+is\s+policy\b|\brules\s+are\s+rules\b|\bthe\s+rules\s+are\s+the\s+rules\b
    | \b(?:that's|that\s+is)\s+(?:just\s+|simply\s+)?(?:how|the\s+way)\s+(?:the\s+|our\s+)?
      (?:system|process|policy|rules?|it)\s+(?:works?|goes|is)\b(?=\s*(?:[.!;,]|$|I'm\s+afraid))
    | \b(?:those|these)\s+are\s+(?:the|our)\s+(?:rules|terms|policy|policies)\b
    | \b(?:that's|that\s+is|this\s+is)\s+(?:the|our)\s+(?:rule|policy)\s+for\s+(?:all|every|everyone
      |everybody|each)\b
    | \b(?:the|our)\s+(?:\w+\s+)?(?:policy|terms|rules)\s+(?:is|are)\s+(?:very\s+)?clear\b
    | \bwe\s+have\s+a\s+(?:strict\s+|clear\s+)?no[\s-]\w+\s+policy\b
    | \b(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+against\s+(?:our|company|the)\s+
      (?:\w+\s+)?(?:policy|policies|rules|terms)\b
    | \b(?:that's|that\s+is)\s+(?:just\s+|simply\s+)?(?:the|our)\s+(?:rules?|procedure|process)\b
      (?=\s*(?:[.!;]|$))
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:just|only|simply|merely)\s+(?:following|doing|enforcing
      |applying)\s+(?:the\s+|our\s+|company\s+|my\s+)?(?:rules|policy|policies|procedures?
      |process|orders|guidelines|instructions)\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:just|only|simply|merely)\s+(?:doing|following)\s+what\s+
      (?:the|our|my)\s+(?:policy|rules|system|process|manager|managers|guidelines)\s+(?:says?|tells?|allows?)\b
    | \bI\s+(?:don't|do\s+not|didn't|did\s+not)\s+(?:make|write|set|create|decide)\s+
      (?:the\s+)?(?:rules|policy|policies)\b
    | \bI\s+(?:just|only|merely)\s+(?:enforce|follow|apply)\s+(?:it|them|the\s+(?:rules|policy))\b
    | \b(?:you|u)\s+(?:agreed|accepted|consented)\s+to\s+(?:our|the|these)\s+
      (?:terms|t&cs?|t\s*&\s*c|conditions|policy)\b
    | \b(?:our\s+|the\s+)?terms(?:\s+and\s+conditions)?\s+(?:were|was|have\s+been)\s+
      (?:accepted|agreed(?:\s+to)?)\b
    | \b(?:we're|we\s+are)\s+(?:only|not)\s+(?:obligated|obliged|required)\s+to\b
    | \bunder\s+no\s+obligation\b
    | \b(?:we|I)\s+(?:have|need|are\s+required)\s+to\s+(?:follow|abide\s+by|stick\s+to|comply\s+with)\s+
      (?:the\s+|our\s+)?(?:rules|policy|policies|procedures?|regulations|guidelines|(?:privacy\s+)?laws?)\b
    """
)
#: A rule cited: defensive only when it refuses and nothing helpful follows.
_POLICY_CITED = compile_pattern(
    r"""
    \b(?:due\s+to|as\s+per|per|under|according\s+to|in\s+line\s+with|in\s+accordance\s+with
      |because\s+of)\s+(?:our|the|company|the\s+company's|store|company's)\s+
      (?:\w+\s+)?(?:policy|policies|terms|t&cs?|rules|guidelines|terms\s+and\s+conditions)\b
    | \b(?:our|the|company|store)\s+(?:\w+\s+)?(?:policy|policies|terms|t&cs?|rules)\s+
      (?:(?:clearly|explicitly|specifically|also)\s+)?
      (?:states?|says?|dictates?|requires?|prohibits?|do(?:es)?\s+not\s+(?:allow|permit)
      |don't\s+(?:allow|permit)|doesn't\s+(?:allow|permit)|only\s+allows?|(?:is|are)\s+that)\b
    | \bas\s+(?:stated|outlined|set\s+out|explained|detailed|mentioned|specified|noted)\s+in\s+
      (?:our|the)\s+(?:\w+\s+)?(?:policy|policies|terms|t&cs?|rules|guidelines|terms\s+and\s+conditions)\b
    | \b(?:for|in|with|on)\s+(?:complaints?|cases?|issues?|requests?|situations?|claims?|circumstances
      |matters?)\s+(?:of\s+(?:this|that)\s+(?:nature|kind|type|sort)|like\s+(?:this|these|that|yours))\b
    """
)
_RESTRICTION = compile_pattern(
    r"""
    \b(?:not|no|never|cannot|unable|only|must|non-refundable|non-returnable|outside|expired|void
      |excluded|exempt|ineligible|charge|charged|fee|fees|prohibited|forbidden|refuse|decline)\b|n't\b
    """
)


@rule(
    code="CS602",
    name="hiding-behind-policy",
    family=_FAMILY,
    message="Hides behind a rule instead of helping: {excerpt!r}",
    why=(
        "A rule quoted as the whole answer tells the customer the agent "
        "would rather be right than help; explain the rule briefly and say "
        'what can be done (seed 001, "Being Defensive or Argumentative"; '
        "seed 002, \"Don't argue, don't defend\")."
    ),
    fix="Explain the rule briefly, then offer what you can do",
    bad=(
        "It's company policy.",
        "Policy is policy. Refunds are only given within 14 days.",
        "I'm just following the rules I've been given.",
        "As per our terms, sale items are non-refundable.",
        "You agreed to our terms and conditions at checkout.",
        "We're only obligated to replace items reported within 48 hours.",
    ),
    good=(
        "Our policy is to refund within 14 days. Your order arrived 20 days "
        "ago, so instead I can offer store credit.",
        "Company policy means I can't share another customer's details, but I "
        "can pass your message on to them today.",
        "Under our terms, cancellations within 24 hours are free, so I've "
        "cancelled it at no charge.",
        "Our company policy is to send a free replacement, so one is on its way.",
        "Due to our privacy policy we can't discuss the account here. Please "
        "have the account holder contact us.",
    ),
    confidence=0.8,
    triggers=trigger_words(
        "policy policies rule rules terms procedure procedures process guidelines "
        "instructions obligated obliged obligation law laws regulations conditions "
        "nature t+cs t+c "
        + all_of("orders", "following doing enforcing applying")
        + " "
        + all_of("required", "only not follow abide stick comply")
        + " "
        + all_of("how way", "works work goes")
        + " "
        + all_of("how way", "is", "that's that")
        + " "
        + all_of("enforce follow apply", "just only merely")
        + " "
        + all_of(
            "complaint complaints case cases issue issues request requests "
            "situation situations claim claims circumstances matter matters",
            "kind type sort like",
        )
    ),
)
def hiding_behind_policy(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a policy or rule given as the answer: "it's company policy",
    "policy is policy", "rules are rules", "that's how the system works",
    "we have a no-refund policy", "it's against our policy", "I'm just
    following the rules", "I'm only doing what the policy says", "I didn't
    write the policy", "you agreed to our terms", "we're only obligated to",
    and a cited rule ("per our terms", "our policy states", "due to our
    policy", "as stated in our T&Cs", a blanket "for complaints of this
    nature") that refuses or restricts something.

    Silent when the rule is explained and followed by what can be done (an
    alternative, an action, a next step for the customer, anywhere in the
    reply), and when a cited rule works in the customer's favour ("under our
    terms, cancellations are free").

    ## Known limitations
    A rule restated without naming it as a rule ("a colleague will ask for
    ID if you look under 25") is not recognised.
    """
    ctx = _Context(doc)
    seen = SpanSet()
    for pat, cited in ((_POLICY_BARE, False), (_POLICY_CITED, True)):
        for m in pat.finditer(doc.text):
            start, end = m.span()
            if seen.covers(start):
                continue
            if not ctx.in_body(start) or not ctx.said_by_agent(start):
                continue
            if cited and not _refuses_near(doc, start):
                continue
            if ctx.offers(start, end):
                continue
            seen.add(start, end)
            yield Match(
                start,
                end,
                suggestions=(
                    Suggestion(
                        "Explain the rule in a few words and follow it with "
                        "what you can do: “Refunds close after 14 days, but I "
                        "can offer store credit today.”"
                    ),
                ),
                confidence=0.7 if cited else None,
            )


def _refuses_near(doc: Document, start: int) -> bool:
    """
    Return whether the sentence at *start*, or the next one, restricts or
    refuses something.
    """
    i = doc.sentence_index(start)
    sentences = doc.sentences[max(i, 0) : i + 2]
    return any(_RESTRICTION.search(s.text) for s in sentences)


# -- CS603 --------------------------------------------------------------------

_EXCUSE = compile_pattern(
    r"""
    \b(?:short|under)[\s-]?staffed\b|\bstaff(?:ing)?\s+shortages?\b|\bshortage\s+of\s+staff\b
      |\bshort\s+of\s+staff\b|\bshort[\s-]handed\b
    | \b(?:high|higher|heavy|large|huge|increased|unusual|unusually\s+high|unprecedented|record
      |extremely\s+high|very\s+high)\s+(?:volumes?|numbers?|amounts?)\s+of\s+(?:calls|contacts|emails
      |messages|enquiries|inquiries|requests|orders|tickets|queries|customers|complaints|chats)\b
    | \b(?:high|heavy|increased|unusually\s+high|unprecedented|record|higher\s+than\s+(?:usual|normal))\s+
      (?:call|contact|email|message|chat|ticket|order)\s+volumes?\b
    | \bvolume\b[^.!?\n]{0,40}?\b(?:higher|greater|larger)\s+than\s+(?:expected|usual|normal|anticipated)\b
    | \b(?:we|we're|we\s+are|we've\s+been|we\s+have\s+been|we\s+were|(?:our|the)\s+(?:team|teams|agents
      |staff|lines|phone\s+lines|phones|advisors|stores?|branch|office|warehouse)\s+(?:is|are|have\s+been
      |has\s+been|were|was|'re|'s\s+been))\s+(?:very\s+|extremely\s+|really\s+|incredibly\s+|so\s+
      |super\s+|quite\s+|exceptionally\s+|particularly\s+|a\s+bit\s+|rather\s+)?(?:busy|swamped|inundated
      |overwhelmed|snowed\s+under|stretched(?:\s+thin)?|flat\s+out|slammed|overloaded|hectic|chaotic
      |manic)\b(?!\s+\w+ing\b)
    | \b(?:staff|colleagues|people|everyone|everybody|half\s+(?:the|our)\s+(?:team|staff)|team\s+members
      |agents)(?:'s|'re|\s+(?:are|is|have|has|were))?\s+(?:been\s+)?(?:off|out)\s+sick\b
    | \b(?:under|been\s+under)\s+(?:a\s+lot\s+of|a\s+great\s+deal\s+of|huge|great|immense|enormous
      |significant|considerable|so\s+much)\s+(?:pressure|strain|stress)\b
    | \b(?:we|I)\s+(?:get|receive|handle|deal\s+with|have|are\s+getting|are\s+receiving)\s+(?:literally\s+)?
      (?:hundreds|thousands|tons|loads|so\s+many|a\s+huge\s+number|a\s+large\s+number|a\s+lot)\s+of\s+
      (?:messages|emails|calls|requests|tickets|orders|complaints|customers|enquiries|inquiries|queries
      |contacts)\b
    | \b(?:a\s+nightmare|chaos|chaotic|hectic|stressful|tough|hard|difficult|crazy|manic)\s+for\s+
      (?:us|everyone\s+here|the\s+team|our\s+team|all\s+of\s+us)(?:\s+too|\s+as\s+well)?\b(?!\s+to\b)
    | \bnot\s+just\s+us\b|\b(?:we're|we\s+are)\s+not\s+the\s+only\s+ones\b
    | \b(?:happens?|happened|can\s+happen|could\s+happen)\s+(?:with|to|at|in)\s+(?:all|any|every|other|most)\s+
      (?:\w+\s+)?(?:retailers?|companies|company|airlines?|carriers?|couriers?|businesses|business|shops?
      |stores?|banks?|providers?|brands?|networks?|operators?)\b
    | \b(?:wait|waits|waiting\s+times?|delays?)\s+(?:is|are)\s+(?:perfectly\s+|completely\s+|quite\s+
      |totally\s+|pretty\s+)?(?:normal|standard|to\s+be\s+expected|usual|common)\b
    """
)
#: The agent refusing to hide behind the reason: "whatever the reason".
_NO_EXCUSE = compile_pattern(
    r"\b(?:no\s+excuse|not\s+an\s+excuse|isn't\s+an\s+excuse|doesn't\s+excuse|does\s+not\s+excuse"
    r"|(?:that's|that\s+is|it's|it\s+is)\s+not\s+your\s+(?:problem|concern|fault)"
    r"|whatever\s+the\s+reason|(?:won't|will\s+not|not\s+going\s+to)\s+make\s+excuses)\b"
)


@rule(
    code="CS603",
    name="making-excuses",
    family=_FAMILY,
    message="Makes an excuse instead of owning the problem: {excerpt!r}",
    why=(
        "Internal reasons (staffing, volume, a hard week) shift attention to "
        "the company; \"the customer doesn't care why something went wrong, "
        'they just want it fixed" (seed 002, "Don\'t argue, don\'t defend"; '
        'seed 001, "Being Defensive or Argumentative").'
    ),
    fix="Apologise and say what happens now, without the internal reason",
    bad=(
        "We're short-staffed this week, which is why replies are slow.",
        "Sorry for the wait, we are experiencing a high volume of calls.",
        "We get hundreds of emails a day, so a three-day wait is normal.",
        "The new system has been a nightmare for us too, so please bear with us.",
        "This happens with all online retailers, not just us.",
    ),
    good=(
        "Our team has been slower than usual this week, and I'm sorry that "
        "left you waiting. I've prioritised your ticket.",
        "You asked if we're short-staffed. Whatever the reason, a week is too "
        "long, and I'm sorry.",
        "We're busy preparing your order and it leaves today.",
        "It's hard for us to say exactly when stock returns, so I've set an alert for you.",
    ),
    confidence=0.75,
    triggers=trigger_words(
        "staffed shortstaffed understaffed staffing sick shortage shortages "
        "handed shorthanded volume volumes busy swamped inundated overwhelmed "
        "snowed stretched slammed overloaded hectic chaotic manic pressure strain "
        "stress hundreds thousands tons loads "
        + " ".join(
            (
                all_of("short", "staff"),
                all_of("flat", "out"),
                all_of("number numbers amount amounts", "of"),
                all_of("many lot", "of", "we i"),
                all_of("nightmare chaos stressful tough hard difficult crazy", "for"),
                all_of("just", "us", "not"),
                all_of("ones", "only"),
                all_of("happens happen happened", "all any every other most"),
                all_of(
                    "wait waits waiting delay delays",
                    "normal standard expected usual common",
                ),
            )
        )
    ),
)
def making_excuses(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags internal reasons given for a failure: "we're short-staffed", "a
    high volume of calls", "we've been very busy", "staff are off sick",
    "under a lot of pressure", "we get hundreds of emails a day", "a
    nightmare for us too", and normalising ("this happens with all
    retailers", "not just us", "a three-day wait is normal").

    Not flagged when the agent sets the excuse aside ("whatever the
    reason", "that's no excuse", "but that's not your problem"), when it is
    the customer's question reported back, or in a condition or question.

    ## Known limitations
    An apology does not silence it: "Sorry, we're very busy" is still an
    excuse. Excuses in other words ("the system migration slowed us down")
    are not recognised.
    """
    ctx = _Context(doc)
    excused: bool | None = None
    for m in _EXCUSE.finditer(doc.text):
        start, end = m.span()
        if not ctx.in_body(start) or not ctx.said_by_agent(start):
            continue
        if doc.negated(start, window=2):
            continue
        if excused is None:
            excused = _NO_EXCUSE.search(doc.text, 0, ctx.end) is not None
        if excused:
            return
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Leave the internal reason out: “I'm sorry for the wait. "
                    "I've now …”"
                ),
            ),
        )


# -- CS604 --------------------------------------------------------------------

_NOT_MY_JOB = compile_pattern(
    r"""
    \bnot\s+(?:my|our)\s+(?:department|job|area|remit|team|division|role|place|call|decision
      |area\s+of\s+responsibility)\b
    | \b(?:outside|beyond|above)\s+my\s+(?:pay\s*grade|remit|job\s+description|role|authority)\b
    | \b(?:nothing|not\s+much|not\s+a\s+lot|little|only\s+so\s+much)\s+(?:(?:else|more|further)\s+)?
      (?:that\s+)?(?:I|we)\s+(?:can|could)\s+(?:do|help\s+with)\b
    | \b(?:isn't|is\s+not|wasn't|was\s+not)\s+(?:anything|much)\s+(?:(?:else|more|further)\s+)?
      (?:that\s+)?(?:I|we)\s+(?:can|could)\s+(?:do|help\s+with)\b
    | \b(?:I|we)\s+(?:can't|cannot|can\s+not)\s+do\s+(?:anything|any\s+more|anymore)\b
    | \b(?:I|we)(?:'re|'m|\s+are|\s+am)\s+(?:unable|not\s+able)\s+to\s+do\s+(?:anything|any\s+more
      |anymore)\b
    | \b(?:I|we)(?:'ve|\s+have)\s+done\s+(?:all|everything)\s+(?:that\s+)?(?:I|we)\s+can\b
    | \bout\s+of\s+(?:my|our)\s+hands\b
    | \b(?:my|our)\s+hands\s+are\s+tied\b
    | \bI\s+(?:just|only)\s+work\s+here\b
    | \b(?:I'm|I\s+am)\s+(?:just|only|merely)\s+(?:the\s+messenger|(?:a|the)\s+(?:\w+\s+)?(?:person|one
      |agent|guy|girl)\s+(?:who|that)\s+(?:answers|handles|reads|replies))\b
    | \b(?:I|we)\s+(?:don't|do\s+not)\s+(?:deal\s+with|handle)\s+(?:that|this|those|these)\b
      (?=\s*(?:here\s*)?[.!;]|\s*$)
    | \b(?:you'll|you\s+will|you'd|you\s+would)\s+(?:need|have)\s+to\s+(?:contact|call|speak\s+to|ask
      |take\s+(?:it|this|that)\s+up\s+with|go\s+to)\b[^.!?\n]{0,40}?\byourself\b
    | \b(?:take|raise)\s+(?:it|this|that)\s+up\s+with\s+(?:them|the\s+(?:courier|seller|bank|manufacturer
      |airline|store|supplier|carrier|retailer))\b
    """
)


@rule(
    code="CS604",
    name="not-my-job",
    family=_FAMILY,
    message="Disowns the problem: {excerpt!r}",
    why=(
        '"Not my department" and "there\'s nothing I can do" leave the '
        "customer alone with the problem; own it, or hand it over warmly with "
        'a name and a time (seed 002, "Be on the customer\'s side"; seed 001, '
        '"Being Defensive or Argumentative"; seed 004).'
    ),
    fix="Take ownership: say who will handle it and when",
    bad=(
        "That's not my department.",
        "It's company policy, so there's nothing I can do.",
        "It's out of my hands.",
        "Our hands are tied here.",
        "We are unable to do anything from our end.",
        "You'll need to contact billing yourself.",
    ),
    good=(
        "That's outside what our chat team can change, so I've transferred "
        "you to billing; Sam will pick it up within 10 minutes.",
        "There's nothing you need to do. I've handled the return label.",
        "Is there anything else we can do for you?",
        "If there's nothing we can do in store, we'll collect it from your home.",
    ),
    confidence=0.85,
    triggers=trigger_words(
        "department remit division grade paygrade authority hands messenger yourself "
        + " ".join(
            (
                all_of("not", "job area team role place call decision"),
                all_of("outside beyond above", "role description"),
                all_of("nothing much lot little", "can could", "do help"),
                all_of("anything much", "isn't wasn't not", "can could", "do help"),
                all_of("can't cannot not unable able", "anything anymore more", "do"),
                all_of("done", "all everything", "can"),
                all_of("work", "just only", "here"),
                all_of("person one agent guy girl", "answers handles reads replies"),
                all_of("deal handle", "don't not"),
                all_of("up", "take raise", "with"),
            )
        )
    ),
)
def not_my_job(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags the agent disowning the problem: "not my department", "not my
    job", "there's nothing I can do", "we can't do anything", "it's out of
    my hands", "our hands are tied", "I just work here", "you'll need to
    contact them yourself", "take it up with the courier".

    "There's nothing you need to do" (reassurance), questions ("is there
    anything else we can do?") and conditions are not flagged. When the
    reply goes on to help, the finding stays (the phrase still disowns the
    problem) but with lower confidence.

    "There's nothing I can do" is also flagged by CS701
    (`cant-without-alternative`) when nothing else is offered: it is a dead
    end as well as a refusal of ownership.
    """
    ctx = _Context(doc)
    for m in _NOT_MY_JOB.finditer(doc.text):
        start, end = m.span()
        if not ctx.in_body(start) or not ctx.said_by_agent(start):
            continue
        helps = ctx.alternatives.after(end)
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Own it or hand it over warmly: “Billing handles this, so "
                    "I've passed it to them with your details; they'll call "
                    "you today.”"
                ),
            ),
            confidence=0.65 if helps else None,
        )


# -- CS605 --------------------------------------------------------------------

_ARGUING = compile_pattern(
    r"""
    \b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:simply\s+|just\s+|absolutely\s+|completely\s+
      |totally\s+|categorically\s+|frankly\s+|actually\s+)?(?:not\s+true|untrue|not\s+correct|incorrect
      |false|not\s+what\s+happened)\b
    | \b(?:that|this|it)\s+(?:simply\s+|just\s+|absolutely\s+|frankly\s+)?(?:isn't|is\s+not|wasn't
      |was\s+not)\s+(?:true|correct|what\s+happened)\b
    | \bI\s+(?:really\s+|seriously\s+|highly\s+|very\s+much\s+|strongly\s+)?doubt\s+(?:very\s+much\s+)?
      (?:that\s+)?(?:this|that|it|our|the|they|he|she|anyone|anybody|any\s+of\s+our)\b[^.!?\n]{0,40}?
      \b(?:happened|was|were|did|would\s+have|could\s+have|caused|is\s+the\s+case|broke|damaged)\b
    | \b(?:we|I)\s+(?:did|have\s+done|'ve\s+done)\s+(?:everything|nothing)\s+(?:correctly|right|properly
      |wrong|by\s+the\s+book|as\s+(?:we|I)\s+should)\b
    | \b(?:there\s+was|there\s+were|we\s+made)\s+no\s+(?:errors?|mistakes?|fault|wrongdoing)\s+
      (?:on|from)\s+(?:our|my)\s+(?:side|end|part)\b
    | \b(?:our|the)\s+(?:system|systems|team|staff|engineers?|drivers?|agents?|technicians?|couriers?
      |colleagues?|people)\s+(?:doesn't|don't|does\s+not|do\s+not|never|cannot|can't|wouldn't
      |would\s+not)\s+make\s+(?:mistakes|errors|a\s+mistake|an\s+error|that\s+kind\s+of\s+mistake)\b
    | \b(?:we|our\s+(?:system|systems|team|staff|engineers?|drivers?|agents?|technicians?|couriers?))\s+
      (?:have|has|'ve)\s+never\s+(?:made|had)\s+(?:a|an|any|that|this)\s+(?:\w+\s+)?(?:errors?|mistakes?)\b
    | \b(?:we|I)\s+followed\s+(?:the|our|all\s+(?:the\s+)?|all\s+our)\s*(?:procedure|procedures|process
      |policy|protocol|protocols|rules|instructions|guidelines)\s+(?:exactly|correctly|properly
      |to\s+the\s+letter|as\s+written|precisely|in\s+full)\b
    | \b(?:your|the|this)\s+complaint\s+(?:(?:is|was)\s+not|isn't|wasn't)\s+(?:valid|justified
      |founded|legitimate)\b
    | \b(?:your|the|this)\s+complaint\s+(?:is|was)\s+(?:invalid|unfounded|unjustified|baseless)\b
    | \bwith\s+all\s+(?:due\s+)?respect\b|\bwith\s+(?:the\s+)?(?:greatest|utmost)\s+respect\b
    | \bI\s+(?:completely\s+|totally\s+|strongly\s+|respectfully\s+|have\s+to\s+|must\s+)?disagree\b
      (?=\s*(?:[.!;,]|$|with\s+(?:you|that|this|your)\b))
    | \b(?:that's|that\s+is)\s+(?:just\s+|simply\s+|only\s+)?your\s+(?:opinion|view|perception)\b
    | \b(?:we've|we\s+have|I've|I\s+have)\s+never\s+(?:had|received|seen|heard\s+of)\s+(?:a|any|an)\s+
      (?:\w+\s+)?(?:complaints?|issues?|problems?|reports?)\s+(?:like\s+(?:this|that)|about\s+(?:this|that)
      |before|of\s+this\s+kind)\b
    | \b(?:nobody|no\s+one|no-one)\s+else\s+has\s+(?:ever\s+)?(?:reported|complained|had|mentioned
      |raised)\b(?![^.!?\n]{0,30}\byet\b)
    | \b(?:we|I)\s+(?:have|'ve\s+got|'ve)\s+nothing\s+to\s+apologi[sz]e\s+for\b
    | \bwe\s+stand\s+by\s+(?:our|the|this|that)\s+(?:decision|policy|staff|team|driver|agent|engineer
      |product|pricing|prices)\b
    | \b(?:we|our\s+(?:team|staff|crew|agents?|drivers?|engineers?|people))\s+(?:always\s+)?(?:do|does
      |did|try|tries|tried|put\s+forth|make|makes|made)\s+(?:our|their|its|every)\s+(?:very\s+)?
      (?:best|utmost|effort)\s+(?:efforts?\s+)?to\s+(?:avoid|prevent|ensure|make|keep|honou?r|seat|meet
      |get|minimi[sz]e|accommodate)\b
    | \bwe\s+(?:place\s+(?:great|a\s+lot\s+of|huge|high)\s+(?:emphasis|importance|value)\s+on
      |pride\s+ourselves\s+on|take\s+(?:great\s+)?pride\s+in)\b
    | \b(?:I've|I\s+have)\s+been\s+(?:doing\s+this(?:\s+job)?|working\s+here|in\s+this\s+(?:job|role
      |business|industry))\s+for\s+(?:\w+\s+){0,2}?years\b
    """
)
_WEAK_ARGUMENT = compile_pattern(
    r"\b(?:we\s+(?:place|pride|take)|I(?:'ve|\s+have)\s+been"
    r"|(?:we|our\s+\w+)\s+(?:always\s+)?(?:do|does|did|try|tries|tried|make|makes|made|put)\s+"
    r"(?:our|their|its|every))\b"
)
_AGENT_HEAD = frozenset(
    {
        "",
        "sorry",
        "but",
        "and",
        "so",
        "well",
        "actually",
        "honestly",
        "frankly",
        "no",
        "again",
    }
)


@rule(
    code="CS605",
    name="arguing-with-customer",
    family=_FAMILY,
    message="Argues with the customer instead of helping: {excerpt!r}",
    why=(
        "Defending the company or contradicting the customer turns a small "
        'issue into a confrontation (seed 001, "Being Defensive or '
        "Argumentative\": the goal isn't to prove who is right; seed 002, "
        "\"Don't argue, don't defend\")."
    ),
    fix="Acknowledge the customer's experience before any facts",
    bad=(
        "That's simply not true. Our prices haven't changed since March.",
        "With all due respect, we did everything correctly on our end.",
        "Our system doesn't make mistakes like that.",
        "We followed the procedure exactly, so there was no error on our side.",
        "Our engineers are fully trained, so I doubt that happened during the visit.",
    ),
    good=(
        "You're right, and I'm sorry. The price did change in March.",
        "With respect to your order, it left the warehouse today.",
        "If that's not true for your plan, let me know and I'll check.",
        "We'll do our best to get you on the next flight.",
        "I doubt you'll have any trouble with the new card.",
        "Your complaint is valid, and I've refunded the fee.",
    ),
    confidence=0.8,
    triggers=trigger_words(
        "true untrue correct incorrect false doubt error errors mistake mistakes "
        "fault wrongdoing followed complaint respect disagree opinion perception "
        "emphasis importance pride "
        + " ".join(
            (
                all_of("happened", "not isn't wasn't"),
                all_of(
                    "everything nothing", "correctly right properly wrong book should"
                ),
                all_of("nothing", "apologise apologize"),
                all_of(
                    "never", "complaints issues issue problems problem reports report"
                ),
                all_of("else", "reported complained had mentioned raised"),
                all_of("view", "your"),
                all_of("stand", "by"),
                all_of("value", "place"),
                all_of("years", "been"),
                all_of(
                    "best utmost effort efforts",
                    "our their its every",
                    "avoid prevent ensure make keep honour honor seat meet get "
                    "minimise minimize accommodate",
                ),
            )
        )
    ),
)
def arguing_with_customer(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags the agent arguing the company's case: "that's simply not true",
    "I doubt that happened", "we did everything correctly", "there was no
    error on our side", "our system doesn't make mistakes", "we have never
    made an error like that", "we followed the
    procedure exactly", "your complaint isn't valid", "with all due
    respect", "I disagree", "that's your opinion", "nobody else has
    reported this", "we stand by our decision", "we always do our best to
    avoid…",
    "we pride ourselves on…", "I've been doing this for eight years".

    Commitments ("we'll do our best to…"), reassurance ("I doubt you'll
    have any trouble"), questions and conditions are not flagged. Praise
    of the company ("we pride ourselves on…") and "we do our best" are
    weaker cues and carry lower confidence.

    ## Known limitations
    Arguing without these markers ("you're getting the same answer because
    the information is the same") is not recognised.
    """
    ctx = _Context(doc)
    for m in _ARGUING.finditer(doc.text):
        start, end = m.span()
        if not ctx.in_body(start) or not ctx.said_by_agent(start):
            continue
        low = m.group().lower()
        if low.startswith(("that", "this", "it")):
            head = regex.sub(r"^(?:@\w+\s*)+", "", clause_head(doc, start)).strip(
                " ,.!-"
            )
            if head not in _AGENT_HEAD:
                continue  # "if that's not true…", "I know this is not what…"
        suggestions: tuple[Suggestion, ...] = (
            Suggestion(
                "Acknowledge first, then give the facts: “I can see why "
                "that's frustrating. Here's what I found…”"
            ),
        )
        if low.startswith("with"):
            suggestions = (removal(doc, start, end, "Remove it"),)
        yield Match(
            start,
            end,
            suggestions=suggestions,
            confidence=0.6 if _WEAK_ARGUMENT.match(m.group()) else None,
        )


RULES = (
    not_our_fault,
    hiding_behind_policy,
    making_excuses,
    not_my_job,
    arguing_with_customer,
)
