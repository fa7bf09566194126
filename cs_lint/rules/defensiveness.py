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

import bisect
from collections.abc import Iterator

import regex

from cs_lint._authoring.fixes import removal
from cs_lint._authoring.rule import (
    Match,
    Triggers,
    all_of,
    expand_needs,
    rule,
    scan,
    trigger_words,
)
from cs_lint._base.finding import Family, Suggestion
from cs_lint._context.caveat import asked_only, caveat_with_option
from cs_lint._context.customer import customer_state
from cs_lint._context.defence import (
    CONSTRUCTIONS,
    EXCUSE_R13,
    ROUTINE_PRACTICE,
    ROUTINE_PRACTICE_R13,
    VINDICATED_R13,
    DefenceKind,
    defences,
    owns_failure,
)
from cs_lint._context.reply import (
    Alternatives,
    alternatives_of,
    body_end,
    clause_head,
    in_conditional,
    is_question,
    reported_frame,
    sentence_window,
    thread_part,
)
from cs_lint._text.document import Document
from cs_lint._text.lexicons import phrase_spans
from cs_lint._text.patterns import compile_pattern
from cs_lint._text.spans import SpanSet
from cs_lint._text.zones import QUOTED_ZONES


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


#: Sending the customer to someone else to sort it out: looks like a next
#: step, but for defensiveness it is the deflection, not help.
_REDIRECT = scan(
    r"""
    \b(?:you'll|you\s+will|you'd|you\s+would|you)\s+(?:still\s+)?(?:need|have|want)\s+to\s+
      (?:contact|call|ring|phone|email|message|speak\s+(?:to|with)|talk\s+to|get\s+in\s+touch\s+with
      |reach\s+out\s+to|raise\s+(?:it|this|that|a\s+\w+)\s+with|take\s+(?:it|this|that)\s+up\s+with
      |go\s+(?:back\s+)?to|ask|chase|complain\s+to|claim\s+(?:from|with|through)|check\s+with)\s+
      (?:them|their\s+\w+|{THIRD_PARTY}|the\s+(?:[\w-]+\s+)?(?:company|seller|brand|provider|store|shop
      |retailer|airline|operator|bank|maker))\b
    | \b(?:please\s+|kindly\s+)?(?:contact|call|ring|email|speak\s+to|get\s+in\s+touch\s+with
      |reach\s+out\s+to|take\s+(?:it|this)\s+up\s+with|raise\s+(?:it|this|a\s+\w+)\s+with)\s+
      (?:them|{THIRD_PARTY})\b
    | \b(?:I'd|I\s+would|we'd|we\s+would|I|we)\s+(?:suggest|recommend|advise)\s+(?:that\s+)?(?:you\s+)?
      (?:contacting|calling|raising|speaking|getting\s+in\s+touch|reaching\s+out|taking\s+it\s+up
      |contact|call|raise|speak|get\s+in\s+touch|reach\s+out)\b[^.!?\n]{0,40}?\b(?:them|{THIRD_PARTY})\b
    | \b(?:they|them)\s+(?:should|will|can|may|might)\s+be\s+able\s+to\s+help\b
    | \b(?:any|all|your)\s+(?:claims?|complaints?|queries|questions)\s+(?:should|must|need\s+to
      |will\s+need\s+to|have\s+to)\s+(?:go|be\s+(?:made|sent|raised|directed|addressed))\s+(?:to|with)\s+
      (?:them|{THIRD_PARTY})\b
    # round 13 (sets O, K/L, t9): "covered in the terms you agreed to" is
    # the rulebook cited, not cover offered
    | \b(?:is|are|'s|'re)\s+(?:all\s+|clearly\s+|fully\s+)?covered\s+(?:in|by|under)\s+(?:the|our|your)\s+
      (?:[\w-]+\s+){0,2}?(?:terms|T&Cs?|conditions|policy|rules|contract|agreement|FAQ|FAQs)\b
    """,
    needs="them they their company seller brand provider store shop retailer airline "
    "operator bank maker covered {THIRD_PARTY}",
    split=True,
)


#: An apology head, for `_Context.justifies_apology`.
_APOLOGY_OPENS = compile_pattern(
    r"\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:that\s+|if\s+)?(?:you(?:\s+(?:feel|felt|found|have\s+found"
    r"|were\s+unhappy|are\s+unhappy|had\s+to|think|believe)|'ve\s+found|'re\s+unhappy)|if)\b[^.!?\n]*?(?:[,;]\s*(?:however|though|but)\b"
    r"|\s(?:however|though|but)\b|\s[-\u2013\u2014]\s)"
)
#: Evidence by reputation (ratings, numbers of happy customers) stays a
#: defence even after a non-apology: "sorry you feel that way, but we have
#: a 4.8 rating from thousands of guests".
_REPUTATION = compile_pattern(
    r"\b(?:thousands|millions|hundreds|rating|rated|stars?|reviews)\b|%"
)
#: "with respect," inside a predicate ("the matter is, with respect, a
#: trivial point") marks a put-down, not an argument with the customer.
_COPULA_COMMA = compile_pattern(r"\b(?:is|are|was|were)\s*,\s*$")
#: A rule about the customer's own conduct before "which is what
#: happened": the rule applied to them is blame (CS1xx), not a defence.
_RULE_ON_CUSTOMER = compile_pattern(
    r"\b(?:when|if|whenever)\s+(?:you|sellers|customers|buyers|users|guests|people|members|tenants|drivers|passengers"
    r"|patients|clients|applicants)\s+(?:\w+\s+){0,3}?(?:without|don't|do\s+not|fail|forget|miss|ignore|skip|never)\b"
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
        self._helpful: Alternatives | None = None
        self._acts: list[int] | None = None

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
            self._alternatives = alternatives_of(self.doc)
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
        rest of the answer is elsewhere. Sending the customer to the third
        party ("you'll need to contact the courier", "please reach out to
        them") is not an offer: it is the deflection itself.
        """
        if self._thread is None:
            self._thread = thread_part(self.doc)
        if self._helpful is None:
            redirects = [m.span() for m in _REDIRECT.finditer(self.doc, 0, self.end)]
            self._helpful = self.alternatives.excluding(redirects)
        return self._thread or self._helpful.anywhere(start, end)

    def acts_after(self, pos: int) -> bool:
        """
        Return whether the agent does something after *pos* ("I've logged
        it", "I'll call them"), found once per reply.
        """
        if self._acts is None:
            self._acts = [
                m.start() for m in _AGENT_ACT.finditer(self.doc.text, 0, self.end)
            ]
        i = bisect.bisect_left(self._acts, pos)
        return i < len(self._acts)

    def justifies_apology(self, start: int) -> bool:
        """
        Return whether a non-apology ("sorry you feel / found / had to",
        "sorry if") and a turn (*however, though, but*, a dash) come before
        *start* in its sentence ("I'm sorry that you feel the delay was
        handled poorly; however, the crew followed all procedures"): the
        justification is the second half of the non-apology, which the
        non-apology rules (CS41x) report. Reputation given as evidence
        (ratings, thousands of guests) stays a defence.
        """
        sent = self.doc.sentence_at(start)
        lo = sent.start if sent is not None else max(0, start - 160)
        hi = sent.end if sent is not None else start + 80
        text = self.doc.text
        return (
            _APOLOGY_OPENS.search(text, lo, start) is not None
            and _REPUTATION.search(text, start, hi) is None
        )

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


def _defence_triggers(*kinds: DefenceKind) -> frozenset[str]:
    """
    The trigger words of the defence constructions of *kind*
    (`cs_lint._context.defence`): a rule that reports them must run on every
    text they can match. Thousands of entries (~19,000 for CS603-CS606),
    which a linter whose trigger gate is stored never reads: those rules
    take them as a function (`rule`'s *triggers*), so they are made only
    when `Rule.triggers` is read.
    """
    return trigger_words(
        " ".join(
            all_of(*groups)
            for kind in kinds
            for c in CONSTRUCTIONS[kind]
            for groups in c.groups()
        )
    )


def _defences_of(
    ctx: _Context, kind: DefenceKind, taken: set[int]
) -> Iterator[tuple[int, int]]:
    """
    The spans of the defence constructions of *kind* in the agent's body,
    in sentences the rule has not reported yet (*taken* is updated).
    """
    doc = ctx.doc
    for d in defences(doc):
        if d.kind != kind or not ctx.in_body(d.start):
            continue
        sentence = doc.sentence_index(d.start)
        if sentence in taken or not (d.framed or ctx.said_by_agent(d.start)):
            continue
        taken.add(sentence)
        yield d.start, d.end


# -- CS601 --------------------------------------------------------------------

_ADV = r"(?:(?:really|simply|certainly|definitely|honestly|actually|entirely|exactly|strictly|technically|necessarily)\s+)?"
#: A negated "be" in any of its forms: is not, isn't, 's not, ain't,
#: wasn't, aren't, 'm not (contraction-aware matching makes "isn't my
#: department" and "is not my department" the same finding).
_BE_NOT = (
    r"(?:(?:\b(?:is|are|was|were|am)|'s|'re|'m)\s+" + _ADV + r"not"
    r"|\b(?:isn't|aren't|wasn't|weren't|ain't))"
)
#: "not" on its own or as the clitic of a contraction ("isn't", "aren't").
_NOT = r"(?:\bnot|n't)"
#: The company's side, as the thing a fault is denied of.
_OUR_SIDE = (
    r"(?:us|me|ours|mine|our\s+(?:side|end|part|network|system|systems|service|servers?|app|website"
    r"|site|team|staff|store|company|fault|doing|making))"
)


def _compile(source: str) -> regex.Pattern[str]:
    """
    `compile_pattern` with this module's shared pieces filled in
    (``{_BE_NOT}``, ``{_NOT}``, ``{_ADV}``, ``{_OUR_SIDE}``); lexicon
    classes (``{THIRD_PARTY}``) are expanded by `compile_pattern`.
    """
    for name, value in (
        ("_BE_NOT", _BE_NOT),
        ("_NOT", _NOT),
        ("_ADV", _ADV),
        ("_OUR_SIDE", _OUR_SIDE),
    ):
        source = source.replace("{" + name + "}", value)
    return compile_pattern(source)


_BLAME_ALWAYS = _compile(
    r"""
    \b(?:it|that|this|which)(?:'s|\s+is|\s+was)\s+{_ADV}not\s+{_ADV}(?:our|my)\s+
      (?:fault|problem|doing|mistake|error)\b
    | \b(?:it|that|this|which)\s+(?:isn't|wasn't|is\s+not|was\s+not)\s+{_ADV}(?:our|my)\s+
      (?:fault|problem|doing|mistake|error)\b
    | \bnot\s+(?:our|my)\s+fault\b
    | \b(?:hardly|scarcely|barely)\s+(?:our|my)\s+(?:fault|problem|doing|mistake)\b
    | \bno\s+fault\s+of\s+(?:ours|mine)\b
    | \b(?:we|I)\s+(?:cannot|can't|can\s+not|won't|will\s+not|shouldn't|should\s+not)\s+be\s+blamed\b
    | \b(?:we|I)(?:'re|'m|\s+are|\s+am|\s+were|\s+was)\s+not\s+(?:to\s+blame|at\s+fault)\b
    | \b(?:we|I)\s+(?:aren't|wasn't|weren't)\s+(?:to\s+blame|at\s+fault)\b
    | \b(?:we|I)(?:'re|'m|\s+are|\s+am|\s+was|\s+were)\s+not\s+the\s+ones?\s+(?:who|that|to\s+blame|at\s+fault)\b
    | {_BE_NOT}\s+(?:really\s+|entirely\s+)?(?:down\s+to|on|due\s+to)\s+(?:us|me)\b
    | \b(?:the|our)\s+(?:\w+\s+)?(?:store|shop|team|staff|driver|courier|engineer|agent|branch|company
      |system|website|site|app)\s+(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not|weren't)\s+
      (?:at\s+fault|to\s+blame)\b
    | \b(?:that's|that\s+is|it's|it\s+is|it\s+was|that\s+was)\s+(?:the\s+)?
      (?:courier|carrier|seller|bank|airline|manufacturer|supplier|warehouse|post\s+office|driver
      |retailer|network|provider|vendor|merchant)(?:'s|s')\s+(?:fault|problem|issue|responsibility
      |mistake|error|doing)\b
    # nothing to do with us; we did nothing wrong
    | \bnothing\s+(?:at\s+all\s+|whatsoever\s+)?to\s+do\s+with\s+{_OUR_SIDE}\b
    | \b(?:we|I)(?:\s+(?:did|have\s+done)|'ve\s+done)\s+nothing\s+wrong\b
    | \b(?:we|I)\s+(?:didn't|did\s+not|haven't|have\s+not)\s+(?:done\s+|do\s+)?anything\s+wrong\b
    # the problem isn't on our end; it's not caused by us; the fault lies with
    | {_BE_NOT}\s+(?:on|at|from|with|in)\s+(?:our|my)\s+(?:end|side|part)\b
    | \b(?:problem|issue|fault|error|delay|cause)\s+(?:{_BE_NOT}|does\s+not\s+lie|doesn't\s+lie
      |did\s+not\s+come|didn't\s+come)\s+(?:with|on|at|from|in)\s+{_OUR_SIDE}\b
    | (?:{_BE_NOT}|\bnot)\s+(?:caused|created|made)\s+by\s+(?:us|me|our\s+(?:side|team|staff|system|systems
      |network|service))\b
    | \b(?:we|I)\s+(?:didn't|did\s+not)\s+cause\b
    | \bthe\s+(?:fault|blame|problem|responsibility|error)\s+(?:lies|rests|sits|falls)\s+
      (?:entirely\s+|squarely\s+|solely\s+)?(?:with|on)\b(?!\s+(?:us|me|our)\b)
    """
)
_NOT_US = _compile(
    r"""
    # "…, not us", "rather than ours": the fault placed away from the company
    (?<=[,;:\-\u2013\u2014(]\s*|[,;:\-\u2013\u2014(])(?:and\s+)?not\s+(?:by\s+|with\s+|on\s+|from\s+|at\s+)?
      (?:us|ours|me|mine|our\s+(?:side|end|fault|network|system|systems|team|store|company|staff))\b
      (?!\s*(?:yet|though|alone)\b)
    | (?<!\bthan\s)(?<![,;:\-\u2013\u2014(]\s)\bnot\s+(?:by\s+|with\s+|from\s+)?(?:us|ours)\b
      (?=\s*(?:[.!?,;)\-\u2013\u2014]|$|so\b|and\b|but\b|though\b|tbh\b|lol\b|I'm\s+afraid\b))
    | \b(?:blaming|blame)\s+(?:us|me|our\s+(?:team|staff|company|driver|drivers|engineer|engineers|store))\b
      (?![^.!?\n]{0,20}\b(?:for\s+being|if\s+you))
    | ,\s*not\s+(?:the|this|our)\s+(?:booking\s+site|company|shop|store|airline|platform|website|agency|app|retailer)\b
    | \b(?:rather|other)\s+than\s+(?:us|ours|me|mine|our\s+(?:side|end|network|system|systems|service
      |team|store|staff|fault|app|website|company))\b
    """
)
#: Round 7 look-alikes of "…, not us" (false alarms on blind set H and F):
#: the customer's own act contrasted with what they did not do with us
#: ("You cancelled with your bank, but not with us"), and a message
#: disowned as fake ("This is not from us" about a phishing email).
_NOT_US_LOOKALIKE = compile_pattern(
    r"\byou(?:'ve|\s+have|\s+had|\s+only|\s+just)?\s+(?:\w+\s+){0,1}?\w+ed\b[^.!?\n]{0,60}?\bbut\s*$"
)
_SPOOF = compile_pattern(
    r"\b(?:phishing|scam|spoof|spoofed|fraudulent|fake|suspicious|impersonat\w*)\b"
)


#: Round 11b (issue 14, read from blind set O): who runs a service, said
#: as a fact ("lost property is run by the station operator rather than
#: us", "the car park is managed by the council, not us") and followed by
#: the agent handing the customer over or acting ("but I can transfer you
#: now", "I'll put you through", "I've passed your details to them"). The
#: service verb is operational, never causal ("caused by", "down to",
#: "the fault of"), so "the delay was caused by the operator rather than
#: us" still fires, and so does the bare redirect ("...rather than us, so
#: you'll need to call them").
_RUN_BY_BEFORE = compile_pattern(
    r"""
    (?:\b(?:is|are|was|were|gets|get)|'s|'re)\s+(?:now\s+|actually\s+|all\s+|entirely\s+|separately\s+)?
      (?:run|operated|managed|handled|owned|provided|administered|staffed|supplied|issued|sold|serviced
      |maintained|organi[sz]ed|hosted|looked\s+after|dealt\s+with|processed
      # round 12 (t4-t11): a charge another party sets ("that fee is set by the airport")
      |set|charged|levied|imposed)\s+by\s+[^.!?\n]{2,60}?
      [,;\s\u2013\u2014-]*$
    """
)
_RUN_BY_VERB = compile_pattern(
    r"""
    \b(?:run|operated|managed|handled|owned|provided|administered|staffed|supplied|issued|sold|serviced
      |maintained|organi[sz]ed|hosted|looked\s+after|dealt\s+with|processed|set|charged|levied|imposed)\s+by\b
    """
)
_HANDOVER_AFTER = compile_pattern(
    r"""
    \b(?:I|we)(?:'ll|'ve|\s+will|\s+can|\s+could|\s+have|'m\s+going\s+to|\s+am\s+going\s+to|'d\s+be\s+happy\s+to)\s+
      (?:just\s+|now\s+|also\s+|already\s+|gladly\s+|happily\s+)?
      (?:transfer\w*|connect\w*|put\s+you\s+through|patch\w*|pass\w*|forward\w*|ring\w*|call\w*|phon\w*
      |contact\w*|email\w*|message\w*|log\w*|report\w*|book\w*|arrang\w*|sen[dt]\w*|rais\w*|refer\w*
      |chase\w*|introduc\w*|hand\w*\s+(?:you|this|it)|get\s+you\s+through
      # round 12 (t4-t11): the agent's own check ("send me the receipt and I'll check it")
      |check\w*|look\s+into|investigat\w*)\b
    # round 12 (t4-t11): the other party's own contact given, so the customer
    # has a usable next step ("their appeals team is on 0345 050 7080")
    | \b(?:their|its|the\s+\w+'s)\s+(?:[\w-]+\s+){0,2}?(?:team|line|desk|office|helpline|number|department
      |service|email|website|site)\s+(?:is|are)\s+(?:on|at)\s+(?:\+?\d[\d\s-]{6,}\d|\S+@\S+|(?:www\.|https?://)\S+)
    """
)


def _mentions_spoof(doc: Document) -> bool:
    """
    Return whether the reply speaks of a fake message (read once per
    document, only when a "not from us" needs it).
    """
    return _SPOOF.search(doc.text) is not None


_CUSTOMER_SIDE = _compile(
    r"""
    # the blame moved to the customer's side: "must be your router", "the
    # issue is on your end"
    \b(?:must|has\s+to|have\s+to|will|would|could|may|might)\s+be\s+(?:something\s+)?
      (?:(?:on|at|with|in)\s+)?your\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:{CUSTOMER_EQUIPMENT})\b
      (?=[^.!?\n]{0,60}\b(?:rather\s+than|not\s+(?:ours|our|us|with\s+us)|than\s+(?:ours|us))\b
      |[^.!?\n]{0,3}(?:[.!;]|$))
    | \b(?:it's|it\s+is|that's|that\s+is|this\s+is|the\s+(?:problem|issue|fault|cause)\s+is|the\s+(?:problem
      |issue|fault|cause)'s)\s+(?:probably|likely|most\s+likely|almost\s+certainly|definitely|clearly
      |obviously|certainly)\s+(?:(?:on|at|with|in)\s+)?your\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?
      (?:{CUSTOMER_EQUIPMENT})\b
    | \b(?:problem|issue|fault|cause|error)\s+(?:is|lies|sits|must\s+be|will\s+be)\s+
      (?:(?:probably|likely|definitely|clearly)\s+)?(?:on|at|with|in)\s+your\s+(?:own\s+)?
      (?:[\w-]+\s+){0,2}?(?:{CUSTOMER_EQUIPMENT})\b
    # round 9: the cause located on the customer's side by a cause verb
    # ("is coming from your connection rather than the game", "is usually
    # caused by the browser you're using rather than our site"), framed as
    # excluding us or ending the sentence
    | \b(?:is|are|'s|was|were|seems?\s+to\s+be|appears?\s+to\s+be|will\s+be|must\s+be)\s+
      (?:(?:probably|likely|usually|normally|most\s+likely|definitely|clearly|almost\s+certainly)\s+)?
      (?:coming\s+from|caused\s+by|down\s+to|due\s+to|the\s+result\s+of)\s+
      (?:your\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:{CUSTOMER_EQUIPMENT}|software|version|ad\s*blocker|vpn)
        |the\s+(?:[\w-]+\s+){0,2}?(?:{CUSTOMER_EQUIPMENT}|software|version|ad\s*blocker|vpn)\s+(?:(?:you're|you\s+are)\s+using
          |on\s+your\s+(?:side|end)))\b
      (?=[^.!?\n]{0,60}\b(?:rather\s+than|not\s+(?:ours|our|us|with\s+us|from\s+us)|than\s+(?:ours|us))\b
      |[^.!?\n]{0,3}(?:[.!;]|$))
    """
)
#: Disclaimers: defensive when they are the whole answer.
_BLAME_UNLESS_HELP = _compile(
    r"""
    \b(?:we|I)(?:'re|'m|\s+are|\s+am|\s+were|\s+was)\s+{_ADV}not\s+{_ADV}
      (?:responsible|liable|accountable)\b
    | \b(?:we|I)\s+(?:aren't|wasn't|weren't)\s+{_ADV}(?:responsible|liable|accountable)\b
    | \b(?:it|that|this)(?:'s|\s+is|\s+was)\s+not\s+(?:our|my)\s+responsibility\b
    | \b(?:it|that|this)\s+(?:isn't|wasn't|is\s+not|was\s+not)\s+(?:our|my)\s+responsibility\b
    | \b(?:we|I)\s+(?:cannot|can't|can\s+not|won't|will\s+not)\s+be\s+held\s+
      (?:responsible|liable|accountable)\b
    | \b(?:we|I)\s+(?:take|accept|bear|have)\s+no\s+(?:responsibility|liability)\b
    | \b(?:we|I)\s+(?:do\s+not|don't)\s+(?:take|accept|bear)\s+(?:any\s+)?(?:responsibility|liability)\b
    # any subject but the customer: "SkyBridge accepts no liability",
    # "the hotel cannot be held responsible", "not something we're
    # responsible for", "at the owner's risk"
    | (?<!\byou\s)(?<!\byou're\s)\b(?:accepts?|accepted|bears?|takes?|assumes?|has)\s+no\s+
      (?:liability|responsibility)\b
    | (?<!\byou\s)\b(?:cannot|can't|can\s+not|won't|will\s+not)\s+be\s+held\s+(?:responsible|liable|accountable)\b
    | \b(?:does\s+not|doesn't)\s+(?:accept|take|bear|assume)\s+(?:any\s+)?(?:responsibility|liability)\b
    | {_NOT}\s+something\s+(?:that\s+)?(?:we|I)(?:'re|'m|\s+are|\s+am)\s+(?:responsible|liable|accountable)\b
    | \b(?:at|is\s+at)\s+(?:the\s+)?(?:owner's|owners'|passenger's|customer's|sender's|your\s+own)\s+risk\b
    | \bwithout\s+(?:any\s+)?liability\b
    | \b(?:beyond|outside|out\s+of)\s+(?:our|my)\s+control\b
    | \b(?:we|I)\s+(?:have|had)\s+no\s+control\s+over\b
    | \b(?:we|I)\s+(?:don't|do\s+not|can't|cannot)\s+control\b
    | {_NOT}\s+something\s+(?:that\s+)?(?:we|I)\s+(?:can\s+)?(?:control|set|decide|influence)\b
    | {_NOT}\s+something\s+(?:that\s+)?(?:we|I)\s+(?:could|can|would)\s+(?:have\s+)?(?:prevented|avoided|controlled
      |foreseen|predicted|stopped)\b
    | \bnothing\s+(?:more\s+|else\s+)?(?:that\s+)?(?:we|I)\s+could\s+have\s+done\b
    | \b(?:couldn't|could\s+not)\s+have\s+(?:been\s+)?(?:prevented|avoided|foreseen|predicted)\b
    | \b(?:is|are)\s+(?:a\s+|an\s+)?(?:third[\s-]part(?:y|ies)|separate\s+(?:company|companies|business
      |organi[sz]ation)|independent\s+(?:company|companies|business|seller|sellers|retailer|retailers))
      (?!\s+(?:seller|sellers|app|apps|software|website|site)\b)
    """
)
_OWNERSHIP_AFTER = compile_pattern(
    r"\bbut\s+(?:we're|we\s+are|I'm|I\s+am)\s+(?:still\s+)?(?:responsible|accountable|on\s+it)\b"
)


#: Words CS601's matches need (its triggers, and the gate of its scans).
_EQUIPMENT_WORDS = (
    "phone settings connection computer laptop screen cable cables setup network end side "
    "device devices browser equipment router wiring handset wifi modem firewall antivirus"
)
#: Words each CS601 construction needs, in one sentence.
_BLAME_ALWAYS_WORDS = (
    "fault blamed blame ones hardly scarcely wrong caused cause created lies rests sits "
    "falls "
    + all_of("not isn't wasn't aren't weren't", "our my us me ours mine one")
    + " "
    + all_of("nothing", "do")
    + " "
    + " ".join(f"{w}'s {w}s" for w in _OWNERS.split())
)
_NOT_US_WORDS = (
    "blaming blame "
    + all_of("not", "us ours me mine our")
    + " "
    + all_of("rather other", "than")
    + " "
    + all_of(
        "not", "site company shop store airline platform website agency app retailer"
    )
)
_CUSTOMER_SIDE_WORDS = " ".join(
    (
        all_of(
            "must probably likely definitely clearly certainly obviously",
            _EQUIPMENT_WORDS,
        ),
        all_of("be", "your", _EQUIPMENT_WORDS),
        all_of("issue problem fault cause error", "your", _EQUIPMENT_WORDS),
        all_of(
            "coming caused down due result",
            _EQUIPMENT_WORDS + " software version vpn adblocker blocker",
        ),
    )
)
_BLAME_UNLESS_HELP_WORDS = (
    "responsibility responsible liable accountable liability control third separate "
    "independent risk prevented avoided foreseen predicted stopped "
    + all_of("nothing", "done")
)


def _cs601_words() -> frozenset[str]:
    """
    Words CS601's matches need (its triggers; made when `Rule.triggers` is
    first read, see `_defence_triggers`).
    """
    return trigger_words(
        " ".join(
            (
                _BLAME_ALWAYS_WORDS,
                _NOT_US_WORDS,
                _CUSTOMER_SIDE_WORDS,
                _BLAME_UNLESS_HELP_WORDS,
            )
        )
    )


_BLAME_ALWAYS_SCAN = scan(_BLAME_ALWAYS, needs=_BLAME_ALWAYS_WORDS, split=True)
_NOT_US_SCAN = scan(_NOT_US, needs=_NOT_US_WORDS, split=True)
_CUSTOMER_SIDE_SCAN = scan(_CUSTOMER_SIDE, needs=_CUSTOMER_SIDE_WORDS, split=True)
_BLAME_UNLESS_HELP_SCAN = scan(
    _BLAME_UNLESS_HELP, needs=_BLAME_UNLESS_HELP_WORDS, split=True
)
#: Everything CS601 reads as a denial whatever follows.
_DENIALS = (_BLAME_ALWAYS_SCAN, _NOT_US_SCAN, _CUSTOMER_SIDE_SCAN)


@rule(
    code="CS601",
    triggers=_cs601_words,
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
        "This has nothing to do with us - the parcel left on time.",
        "Your line tests fine, so the problem must be your router rather than our network.",
        "The hotel accepts no responsibility for valuables left in rooms.",
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
        "You're not responsible for any charges made after the theft.",
        "Your router may need a restart: hold the button for 10 seconds.",
    ),
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 10/10 F 6/6 H 8/8 G 6/7,
    # 30/31 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.95,
)
def not_our_fault(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags wording that pushes blame away from the company or the agent,
    whatever follows: "that's not our fault", "it wasn't my mistake", "we
    can't be blamed", "I'm not the one who…", "that's the courier's fault",
    "it isn't down to us", "nothing to do with us", "we did nothing wrong",
    "the problem isn't on our end", "the fault lies with the airport",
    "…, not us", "rather than ours", and the blame moved to the customer's
    side ("the problem must be your home wiring", "it's probably your
    router", "the issue is on your end").

    Disclaimers are flagged when they are the whole answer: "we are not
    responsible for", "we can't be held liable", "SkyBridge accepts no
    liability", "not something we're responsible for", "at the owner's
    risk", "beyond our control", "the courier is a third party", "that's
    down to the bank". They are left alone when the reply goes on to help
    ("…outside our control, but I've moved you to the next flight") or
    takes ownership anyway ("but we're still responsible"); sending the
    customer to the third party ("you'll need to contact the brand") is
    not help.

    "Not your fault" and "you're not responsible" (clearing the customer),
    "our fault" (owning it), questions, conditions and the customer's
    words reported back are not flagged.

    ## Confidence
    0.95: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 10/10 F 6/6 H 8/8 G 6/7, 30/31
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.

    ## Known limitations
    Blame shifted without a denial ("the delay was caused by the weather")
    is not flagged here; a third party named as responsible with nothing
    done about it is CS606's. A diagnosis of the customer's equipment that
    is not framed as excluding the company ("the issue is your router's
    firmware, which I've updated") can be flagged.
    """
    ctx = _Context(doc)
    done: set[int] = set()
    scans = [(denial, False) for denial in _DENIALS]
    scans.append((_BLAME_UNLESS_HELP_SCAN, True))
    for pat, needs_help in scans:
        for m in pat.in_sentences(doc):
            start, end = m.span()
            if m.group().startswith(","):
                start += len(m.group()) - len(m.group().lstrip(", \t\n"))
            sentence = doc.sentence_index(start)
            if sentence in done:
                continue
            if not ctx.in_body(start) or not ctx.said_by_agent(start):
                continue
            if reported_frame(doc, start):
                continue
            low = m.group().lower().lstrip(", ")
            if doc.negated(start, window=3) and not low.startswith(("not", "n't")):
                continue  # "I won't pretend it's not our fault"
            if low.startswith("not") and _NOT_US_LOOKALIKE.search(
                doc.text, sentence_window(doc, start)[0], start
            ):
                continue  # "you cancelled with your bank, but not with us"
            if low.startswith("not from") and doc.memo(_mentions_spoof):
                continue  # "this email is not from us": a phishing warning
            if (
                low.startswith(("rather", "other", "not"))
                and _RUN_BY_BEFORE.search(
                    doc.text, sentence_window(doc, start)[0], start
                )
                and _HANDOVER_AFTER.search(doc.text, end, min(len(doc.text), end + 160))
            ):
                continue  # "run by the operator rather than us, but I can transfer you"
            if needs_help and (
                doc.clause_at(start).speaker == "customer"
                or ctx.offers(start, end)
                or _OWNERSHIP_AFTER.search(doc.text, end, end + 60)
            ):
                continue  # "you're not responsible", or the reply helps
            done.add(sentence)
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
    # the terse answer: "Sorry. Policy.", "Company policy!"
    | (?:^|(?<=[.!?\n]\s{0,3}))\s*(?:(?:company|store|our|bank|school|hotel|house|airline|shop)\s+)?polic(?:y|ies)\s*[.!]+
      (?=\s|$)
    | \b(?:our|the|your)\s+(?:[\w-]+\s+)?(?:policy|policies|terms|t&cs?|rules|contract|agreement|conditions)\s+
      (?:very\s+)?(?:clearly|explicitly|plainly)\s+(?:states?|says?|sets\s+out|shows?|stated|said)\b
    | \b(?:the\s+|a\s+)?(?P<same>price|prices|rule|policy|fee|fees|terms|charge|charges|law|contract|deadline
      |deal|decision)\s+(?:is|are)\s+(?:the\s+|a\s+)?(?P=same)\b
    # prior notice: "the terms were available to read before purchase",
    # "our prices are clearly displayed on the menu"
    | \b(?:terms|t&cs?|conditions|policy|policies|price|prices|fees?|charges?|costs?|information|details|rules)\s+
      (?:is|are|was|were|has\s+been|have\s+been)\s+(?:clearly\s+|always\s+|freely\s+|prominently\s+|all\s+)?
      (?:available|displayed|shown|listed|visible|published|stated|set\s+out|advertised|printed|posted)\s+
      (?:to\s+(?:read|view|see)\s+)?(?:before|prior\s+to|at\s+the\s+time\s+of|when\s+you)\b
    | \b(?:terms|t&cs?|conditions|policy|policies|price|prices|fees?|charges?|costs?|rules)\s+(?:is|are|was|were
      |has\s+been|have\s+been)\s+(?:clearly|prominently|plainly)\s+(?:displayed|shown|listed|stated|set\s+out
      |advertised|printed|posted|marked)\b
    | \b(?:that's|that\s+is)\s+(?:just\s+|simply\s+)?(?:how|the\s+way)\s+(?:the\s+|our\s+)?
      (?:system|process|policy|rules?|it)\s+(?:works?|goes|is)\b(?=\s*(?:[.!;,]|$|I'm\s+afraid))
    | \b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:just\s+|simply\s+|unfortunately\s+)?(?:how|the\s+way)\s+
      (?:the\s+|our\s+|these\s+|this\s+)(?:[\w-]+\s+){0,2}?(?:system|systems|process|policy|rules?
      |pricing|billing|app|software|contract|tariff|scheme)\s+(?:works?|goes|is|are|operates?|runs?)\b
      (?=\s*(?:[.!;,\-\u2013\u2014]|$|I'm\s+afraid|unfortunately|here\b|with\s+us\b))
    | \b(?:that's|that\s+is|it's|it\s+is)\s+(?:just\s+)?(?:the\s+way|how)\s+(?:it's|it\s+has|things\s+have|we've
      |we\s+have)\s+always\s+(?:been\s+done|been|worked|done\s+it)\b
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
    | \b(?:you|u)\s+(?:(?:have|had|'ve|'d)\s+)?(?:agreed\s+to|accepted|consented\s+to|signed|signed\s+up\s+to)\s+
      (?:our|the|these|those|your)\s+(?:[\w-]+\s+){0,2}?(?:terms|t&cs?|t\s*&\s*c|conditions|policy|policies
      |contract|agreement|rules)\b
    | \b(?:terms|t&cs?|conditions|contract|agreement|policy|policies|rules|small\s+print|fine\s+print)\s+
      (?:that\s+|which\s+)?(?:you|u)\s+(?:(?:have|had|'ve|'d)\s+)?(?:agreed\s+to|accepted|signed|consented\s+to
      |signed\s+up\s+to)\b
    | \b(?:we're|we\s+are|we've\s+been|we\s+were)\s+(?:well\s+|fully\s+|perfectly\s+)?(?:within\s+our\s+rights
      |entitled\s+to\s+(?:charge|refuse|cancel|keep|apply|decline|withhold))\b
    | \b(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:just\s+|simply\s+)?(?:standard|normal|common)\s+
      (?:practice|procedure|policy)\b
    | \b(?:our\s+|the\s+)?terms(?:\s+and\s+conditions)?\s+(?:were|was|have\s+been)\s+
      (?:accepted|agreed(?:\s+to)?)\b
    | \b(?:we're|we\s+are)\s+(?:only|not)\s+(?:obligated|obliged|required)\s+to\b
    | \bunder\s+no\s+obligation\b
    | \b(?:terms|t&cs?|policy|policies|contract|agreement|conditions|rules)\s+(?:clearly\s+)?(?:allow|allows|permit
      |permits|entitle|entitles|give|gives)\s+us\s+(?:the\s+right\s+)?to\b
    | \b(?:we|I|they|staff|colleagues|employees|agents|(?:our|the|branch|store|cabin)\s+(?:[\w-]+\s+)?
      (?:staff|team|teams|crew|agents?|drivers?|engineers?|colleagues|employees|advisors?|branch|store|stores
      |people))\s+(?:all\s+|still\s+|simply\s+|just\s+)?(?:have|has|need|needs|must|are\s+required|is\s+required
      |are\s+obliged|is\s+obliged|are\s+bound|is\s+bound)\s+(?:to\s+)?(?:follow|abide\s+by|stick\s+to|comply\s+with|adhere\s+to|work\s+to)\s+
      (?:the\s+|our\s+|all\s+|strict\s+|these\s+|those\s+|company\s+)?(?:[\w-]+\s+)?(?:rules|policy
      |policies|procedures?|regulations|guidelines|protocols?|(?:privacy\s+)?laws?)\b
    """
)
#: A rule cited: defensive only when it refuses and nothing helpful follows.
_POLICY_CITED = compile_pattern(
    r"""
    \b(?:due\s+to|as\s+per|per|under|according\s+to|in\s+line\s+with|in\s+accordance\s+with
      |because\s+of)\s+(?:our|the|company|the\s+company's|store|company's)\s+
      (?:\w+\s+)?(?:policy|policies|terms|t&cs?|rules|guidelines|terms\s+and\s+conditions)\b
    | \bit\s+(?:says|states|clearly\s+says|clearly\s+states|is\s+stated|'s\s+stated|is\s+written|'s\s+written)\s+
      in\s+(?:our|the|your)\s+(?:[\w-]+\s+)?(?:policy|policies|terms|t&cs?|rules|contract|agreement|conditions)\b
    | \b(?:our|the|company|store|your)\s+(?:\w+\s+)?(?:policy|policies|terms|t&cs?|rules|contract|agreement)\s+
      (?:(?:clearly|explicitly|specifically|also)\s+)?
      (?:states?|says?|dictates?|requires?|prohibits?|do(?:es)?\s+not\s+(?:allow|permit)
      |don't\s+(?:allow|permit)|doesn't\s+(?:allow|permit)|only\s+allows?|(?:is|are)\s+that)\b
    | \b(?:as\s+|is\s+|are\s+|was\s+|were\s+|been\s+|it's\s+|it\s+is\s+|that's\s+|this\s+is\s+)
      (?:clearly\s+|all\s+|explicitly\s+)?(?:stated|outlined|set\s+out|explained|detailed|mentioned|specified
      |noted|written|listed|covered)?\s*in\s+(?:our|the|your)\s+(?:[\w-]+\s+)?(?:policy|policies|terms
      |t&cs?|rules|guidelines|terms\s+and\s+conditions|contract|agreement|small\s+print|fine\s+print)\b
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


#: Words CS602's matches need (its triggers, and the gate of its scans).
_CS602_WORDS = trigger_words(
    "policy policies rule rules terms procedure procedures process guidelines "
    "instructions obligated obliged obligation law laws regulations conditions "
    "nature t+cs t+c contract agreement protocol protocols print practice rights "
    + all_of(
        "available displayed shown listed visible published advertised printed posted",
        "before prior when",
    )
    + " "
    + all_of(
        "clearly prominently plainly",
        "displayed shown listed stated advertised printed posted marked",
    )
    + " "
    + all_of(
        "terms policy policies contract agreement conditions rules",
        "allow allows permit permits entitle entitles give gives",
    )
    + " "
    + all_of("price fee fees charge charges law deadline deal decision", "is are")
    + " "
    + all_of("entitled", "charge refuse cancel keep apply decline withhold")
    + " "
    + all_of("way how", "always")
    + " "
    + all_of("how way", "operates operate runs run are")
    + " "
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
)
_POLICY_BARE_SCAN = scan(_POLICY_BARE, needs=_CS602_WORDS, split=True)
_POLICY_CITED_SCAN = scan(_POLICY_CITED, needs=_CS602_WORDS, split=True)


@rule(
    code="CS602",
    triggers=_CS602_WORDS,
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
        "The fee is set out in the terms and conditions you agreed to.",
        "Branch staff have to follow anti-fraud rules.",
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
        "Please be advised that all baggage must comply with our baggage policy.",
    ),
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 4/4 F 2/2 H 2/2 G 1/2,
    # 9/10 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.85,
)
def hiding_behind_policy(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a policy or rule given as the answer: "it's company policy",
    "policy is policy", "rules are rules", "that's how the system works",
    "we have a no-refund policy", "it's against our policy", "I'm just
    following the rules", "I'm only doing what the policy says", "I didn't
    write the policy", "you agreed to our terms", "we're only obligated to",
    "the terms you agreed to / signed", "staff have to follow anti-fraud
    rules", "our terms allow us to", "we're within our rights", "it's
    standard practice", "that's how our billing system works", "the way
    it's always been done", "the price is the price", prior notice ("the
    terms were available to read before purchase", "prices are clearly
    displayed"), and a cited rule ("per our terms", "our policy states",
    "it says in your contract", "due to our policy", "as stated in our
    T&Cs", a blanket "for complaints of this nature") that refuses or
    restricts something.

    Silent when the rule is explained and followed by what can be done (an
    alternative, an action, a next step for the customer, anywhere in the
    reply), and when a cited rule works in the customer's favour ("under our
    terms, cancellations are free").

    ## Confidence
    0.85: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 4/4 F 2/2 H 2/2 G 1/2, 9/10
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.

    ## Known limitations
    A rule restated without naming it as a rule ("a colleague will ask for
    ID if you look under 25") is not recognised.
    """
    ctx = _Context(doc)
    seen = SpanSet()
    for pat, cited in ((_POLICY_BARE_SCAN, False), (_POLICY_CITED_SCAN, True)):
        for m in pat.in_sentences(doc):
            start, end = m.span()
            if seen.covers(start):
                continue
            if not ctx.in_body(start) or not ctx.said_by_agent(start):
                continue
            if cited and not _refuses_near(doc, start):
                continue
            if ctx.offers(start, end):
                continue
            if cited and _PATH_IF.search(doc.text, end, min(len(doc.text), end + 300)):
                continue  # "under our rules we only ... If your mum's collecting, add her in the app"
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


#: Round 12 (reply sets t4-t11): the way through the rule, as a condition
#: on what the customer wants and an instruction: "If your mum's picking
#: up, add her in the app before 3pm". Not a condition of objecting ("if
#: you don't like it, ...").
_PATH_IF = compile_pattern(
    r"""
    \bif\s+(?!you\s+(?:don't|do\s+not|disagree|aren't|are\s+not)\b)
      (?:you(?:'d|\s+would)?\s+(?:like|want|need|prefer|rather|wish|plan)|you're|you\s+are|you(?:'ll|\s+will)
      |(?:your|the)\s+[\w-]+(?:'s|\s+is|\s+are|\s+will|'ll))\b(?![^.!?\n,]{0,60}\b(?:unhappy|not\s+happy|disagree
      |don't\s+like|complain))[^.!?\n,]{0,60},\s*(?:please\s+|just\s+|simply\s+)?(?:add|update|send|bring|book|fill
      |complete|upload|call|ring|email|reply|choose|select|tell|let|log|sign|use|head|go|register|list|message|text
      |change|switch|put|ask|pop|show|give)\b
    """
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
    | \b(?:happens?|happened|can\s+happen|could\s+happen|occurs?)\s+(?:with|to|at|in|on|across|for)\s+
      (?:all|any|every|other|most)\s+(?:\w+\s+)?(?:retailers?|companies|company|airlines?|carriers?|couriers?
      |businesses|business|shops?|stores?|banks?|providers?|brands?|networks?|operators?|suppliers?|insurers?
      |hotels?|flights?|platforms?)\b
    # seasons and demand as the reason
    | \b(?:it's|it\s+is|this\s+is|we're\s+in|we\s+are\s+in|during)\s+(?:our\s+|the\s+|a\s+)?(?:peak|busy|busiest
      |holiday|christmas|festive|summer)\s+(?:season|period|time(?:\s+of\s+(?:the\s+)?year)?|rush)\b
    | \b(?:due\s+to|because\s+of)\s+(?:the\s+)?(?:peak|busy|holiday|christmas|festive)\s+(?:season|period|rush)\b
    | \b(?:due\s+to|because\s+of)\s+(?:the\s+)?(?:high|increased|unprecedented|heavy|huge|extra|exceptional)\s+demand\b
    | \b(?:we're|we\s+are)\s+(?:only|all)\s+human\b
    | \b(?:the|such\s+a|given\s+the|with\s+the)\s+(?:sheer\s+|high\s+|large\s+|huge\s+)?(?:volume|number|amount)\s+
      of\s+(?:reviews|emails|calls|messages|requests|tickets|enquiries|inquiries|queries|orders|complaints|contacts
      |customers)\s+(?:that\s+)?we\s+(?:receive|get|handle|deal\s+with|have)\b
    | (?<!\b(?:only|except|save|unless|other\s+than)\b[^.!?\n]{0,60})
      \b(?:under|given|in|due\s+to|because\s+of|during)\s+(?:these\s+|the\s+|very\s+|such\s+|some\s+)?(?:difficult
      |challenging|trying|exceptional|unprecedented|extraordinary|tough)\s+(?:circumstances|conditions|times)\b
    | \bstandard\s+(?:across|among|with|for|in|at)\s+(?:all|most|every|the)\s+(?:(?:our|other)\s+)?(?:competitors
      |providers|airlines|banks|networks|companies|retailers|operators|carriers|suppliers|brands|hotels|businesses)\b
    | \b(?:all|most|every\s+one)\s+(?:of\s+)?our\s+competitors\b
    | \b(?:we're|we\s+are)\s+(?:only\s+|just\s+)?a\s+(?:very\s+|really\s+)?(?:small|tiny|little)\s+(?:team|company
      |business|shop|firm|operation)\b
    | \b(?:other|competing)\s+(?:[\w-]+\s+)?(?:airlines|banks|networks|providers|companies|retailers|shops|stores
      |operators|carriers|suppliers|brands|hotels|businesses|platforms)\b[^.!?\n]{0,60}?\b(?:more\s+than\s+(?:we|us)
      |than\s+(?:we|us)\s+(?:do|have|are|did)|far\s+more|much\s+more|even\s+more|far\s+worse|much\s+worse)\b
    | \b(?:cheaper|better|faster|lower|more\s+reliable|less)\s+than\s+(?:most|other|any\s+other|many|all\s+the\s+other)\s+
      (?:[\w-]+\s+)?(?:airlines|banks|networks|providers|companies|retailers|shops|stores|operators|carriers
      |suppliers|brands|hotels|businesses|platforms)\b
    # every airline does it; other banks charge more; you won't find it cheaper
    | \b(?:every|all|any)\s+(?:other\s+)?(?:airlines?|banks?|networks?|providers?|couriers?|retailers?
      |companies|company|shops?|stores?|operators?|carriers?|insurers?|suppliers?|brands?|hotels?|businesses
      |platforms?)\s+(?:do|does|did|overbooks?|charges?|has|have|would|will|sets?|applies|apply|works?)\b
      (?!\s+(?:you|we)\b)
    | \b(?:other|competing)\s+(?:\w+\s+)?(?:airlines|banks|networks|providers|companies|retailers|shops|stores
      |operators|carriers|suppliers|brands|hotels|businesses|platforms)\s+(?:charge|would|are\s+(?:far\s+|much\s+)?
      (?:worse|more\s+expensive|slower|no\s+different|the\s+same)|do\s+the\s+same|don't\s+even|wouldn't\s+even)\b
    | \b(?:our\s+|the\s+)?competitors\s+(?:charge|would|are|do|don't|wouldn't|have)\b
    | \bcompared\s+(?:to|with)\s+(?:other|our\s+competitors|most|many|any|the\s+competition|everyone\s+else)\b
    | \byou\s+(?:won't|will\s+not|wouldn't|would\s+not)\s+find\s+(?:a\s+|it\s+|anything\s+|one\s+)?
      (?:cheaper|better|lower|faster|more\s+\w+)\b[^.!?\n]{0,40}?\b(?:anywhere|elsewhere)\b
    | \bindustry[\s-](?:standard|norm|practice|wide)\b
    | \b(?:we're|we\s+are)\s+(?:a\s+)?(?:very\s+|extremely\s+|really\s+|incredibly\s+)?busy\s+(?:team|company
      |department|shop|office|store|branch)\b|\bstandard\s+(?:practice\s+)?(?:across|in|throughout)\s+
      (?:the|our)\s+industry\b
    | \b(?:the\s+)?same\s+(?:as|with|at|for)\s+(?:every|any|all)\s+(?:other\s+)?(?:airline|bank|network|provider
      |company|retailer|shop|store|operator|carrier|supplier|brand|hotel|business)s?\b
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


#: Words CS603's matches need (its triggers, and the gate of its scans).
_CS603_WORDS = trigger_words(
    "staffed shortstaffed understaffed staffing sick shortage shortages "
    "handed shorthanded volume volumes busy swamped inundated overwhelmed "
    "snowed stretched slammed overloaded hectic chaotic manic pressure strain "
    "stress hundreds thousands tons loads peak season period rush demand human "
    + all_of("volume number amount", "receive get handle deal")
    + " "
    + all_of("small tiny little", "team company business shop firm operation")
    + " "
    + all_of("than", "cheaper better faster lower reliable less most other many")
    + " "
    "competitors compared industry elsewhere anywhere occur occurs "
    + all_of(
        "difficult challenging trying exceptional unprecedented extraordinary tough",
        "circumstances conditions times",
    )
    + " "
    + all_of(
        "every all any other competing",
        "airline airlines bank banks network networks provider providers courier "
        "couriers retailer retailers companies company shop shops store stores "
        "operator operators carrier carriers insurer insurers supplier suppliers "
        "brand brands hotel hotels businesses business platform platforms",
    )
    + " "
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
)
_EXCUSE_SCAN = scan(_EXCUSE, needs=_CS603_WORDS, split=True)


#: Justifying a failure by what happened around it, with no excuse word:
#: "we had a lot of calls that day", "the wait was because of the storm",
#: "it was a bank holiday, so of course there was a delay".
_JUSTIFY = scan(
    r"""
    \b(?:we|I)\s+(?:had|got|received|were\s+getting|have\s+had|'ve\s+had)\s+(?:a\s+lot\s+of|lots\s+of|loads\s+of
      |so\s+many|a\s+huge\s+number\s+of|a\s+flood\s+of|a\s+surge\s+of|tons\s+of)\s+(?:calls|messages|emails|orders
      |requests|enquiries|inquiries|contacts|customers|chats|tickets|queries|complaints)\b
    | \b(?:everyone|everybody|so\s+many\s+people|lots\s+of\s+people|a\s+lot\s+of\s+people|half\s+the\s+(?:country
      |city|town|area))\s+(?:was|were)\s+(?:calling|ringing|phoning|contacting\s+us|messaging\s+us|trying\s+to
      \s+(?:call|get\s+through|book|order|contact\s+us))\b
    | \b(?:wait|waits|delay|delays|hold-up|queue|queues|backlog)\s+(?:was|were|is|are)\s+(?:all\s+|just\s+|only\s+)?
      (?:because\s+of|due\s+to|down\s+to)\s+(?:the\s+)?(?:storm|snow|weather|strike|strikes|bank\s+holiday
      |holidays?|heatwave|floods?|sale|launch|rush|christmas|easter|weekend)\b
    | \b(?:bank\s+holiday|holiday|weekend|christmas|easter|storm|strike|busy\s+(?:day|week|period))\b[^.!?\n]{0,40}?
      ,?\s+so\s+(?:of\s+course|naturally|obviously|inevitably)\b
    | \b(?:half\s+(?:the|our)\s+(?:team|staff|office)|(?:several|many|most)\s+(?:of\s+our\s+)?(?:staff|colleagues
      |agents|advisers|advisors|team\s+members))\s+(?:was|were)\s+(?:off\s+sick|out\s+sick|ill|on\s+(?:holiday
      |leave|annual\s+leave))\b
    | \b(?:which|that)\s+(?:is|was|'s)\s+why\s+(?:no\s+one|nobody|no-one)\s+(?:picked\s+up|answered|replied|called
      |got\s+back|was\s+available|responded)\b
    | \b(?:which|that)\s+(?:is|was|'s)\s+why\s+(?:the|your)\s+(?:call|email|order|reply|delivery|refund|response
      |parcel|engineer)\s+(?:was|were)\s+(?:late|delayed|slow|missed)\b
    | \b(?:price|prices|fee|fees|charges?|premium|premiums|tariff|bill|bills)\s+(?:went|have\s+gone|has\s+gone|go)\s+up\s+
      because\s+(?:our\s+|the\s+)?(?:costs|wholesale\s+(?:costs|prices)|everything|inflation)\b
    | \b(?:there\s+are|there\s+will\s+be|there's|always)\s+(?:always\s+|bound\s+to\s+be\s+|going\s+to\s+be\s+)?(?:some\s+|a\s+few\s+)?
      teething\s+(?:problems|issues|troubles)\b
    | \bthings\s+(?:were|got|have\s+been)\s+(?:a\s+bit\s+|very\s+|really\s+|quite\s+)?(?:stretched|hectic|busy
      |chaotic|manic|crazy)\b
    """,
    needs=all_of("we i", "lot lots loads many number flood surge tons")
    + " "
    + all_of(
        "calling ringing phoning contacting messaging trying",
        "everyone everybody people half",
    )
    + " "
    + all_of("wait waits delay delays hold-up queue queues backlog", "because due down")
    + " "
    + all_of("so", "course naturally obviously inevitably")
    + " "
    + all_of("was were", "sick ill holiday leave", "half several many most")
    + " "
    + all_of("things", "stretched hectic busy chaotic manic crazy")
    + " "
    + all_of(
        "why",
        "which that",
        "nobody one no-one call email order reply delivery refund "
        "response parcel engineer",
    )
    + " "
    + all_of("up", "because", "costs everything inflation")
    + " teething",
    split=True,
)


@rule(
    code="CS603",
    triggers=lambda: _CS603_WORDS | _JUSTIFY.needs | _defence_triggers("normalise"),
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
        "Dropped calls happen on every network.",
        "Other energy suppliers have raised prices by far more than we have.",
    ),
    good=(
        "Our team has been slower than usual this week, and I'm sorry that "
        "left you waiting. I've prioritised your ticket.",
        "You asked if we're short-staffed. Whatever the reason, a week is too "
        "long, and I'm sorry.",
        "We're busy preparing your order and it leaves today.",
        "It's hard for us to say exactly when stock returns, so I've set an alert for you.",
        "Unlike other banks, we don't charge for transfers abroad.",
    ),
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 3/4 F 2/2 H 3/4 G 4/5,
    # 12/15 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.75,
)
def making_excuses(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags internal reasons given for a failure: "we're short-staffed", "a
    high volume of calls", "we've been very busy", "staff are off sick",
    "under a lot of pressure", "we get hundreds of emails a day", "a
    nightmare for us too", seasons and demand ("it's peak season", "due to
    high demand", "difficult circumstances"), "we're only human", "we're a
    small team", and normalising or comparing ("this happens with all
    retailers", "dropped calls happen on every network", "every airline
    overbooks", "other banks charge far more", "you won't find it cheaper
    anywhere", "industry standard", "not just us", "a three-day wait is
    normal").

    Not flagged when the agent sets the excuse aside ("whatever the
    reason", "that's no excuse", "but that's not your problem"), when it is
    the customer's question reported back, or in a condition or question.

    Justification without excuse words is read too: "we had a lot of calls
    that day", "everyone was calling at once", "the wait was because of
    the storm", "it was a bank holiday, so of course…", "half the team was
    off sick", "which is why no one picked up", "teething problems".

    Also the failure called normal ("delays are sometimes unavoidable",
    "short waits are inevitable") and a fairness opener for our side ("in
    fairness, we've had a huge volume"), read by `defences(doc)`
    (`cs_lint._context.defence`), unless the reply says what is being done
    or it is a risk with an option said to a customer who only asked
    ("delays do happen in December, so if it's critical, Express is
    tracked": `cs_lint._context.caveat`, round 9b).

    ## Confidence
    0.75: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 3/4 F 2/2 H 3/4 G 4/5, 12/15
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.

    ## Known limitations
    An apology does not silence it: "Sorry, we're very busy" is still an
    excuse. Excuses in other words ("the system migration slowed us down")
    are not recognised.
    """
    ctx = _Context(doc)
    excused: bool | None = None
    done: set[int] = set()
    found = [*_EXCUSE_SCAN.in_sentences(doc), *_JUSTIFY.in_sentences(doc)]
    for m in sorted(found, key=lambda m: m.start()):
        start, end = m.span()
        sentence = doc.sentence_index(start)
        if sentence in done:
            continue
        if not ctx.in_body(start) or not ctx.said_by_agent(start):
            continue
        if doc.negated(start, window=2) or ctx.justifies_apology(start):
            continue
        if excused is None:
            excused = _NO_EXCUSE.search(doc.text, 0, ctx.end) is not None
        if excused:
            return
        done.add(sentence)
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
    for start, end in _defences_of(ctx, "normalise", done):
        if (
            doc.negated(start, window=2) or ctx.offers(start, end)
        ) and not EXCUSE_R13.match(doc.text, start, end):
            continue  # "some delay is unavoidable, so I've added a credit"
        if caveat_with_option(doc, end):
            continue  # "delays do happen, so if it's critical, Express ..." (round 9b)
        if ctx.justifies_apology(start):
            continue  # "apologies, though to be fair the window is 8-6"
        if excused is None:
            excused = _NO_EXCUSE.search(doc.text, 0, ctx.end) is not None
        if excused:
            return
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Leave the justification out and say what you are doing about it"
                ),
            ),
        )


# -- CS604 --------------------------------------------------------------------

_NOT_MY_JOB = _compile(
    r"""
    {_NOT}\s+(?:really\s+|exactly\s+)?(?:my|our)\s+(?:department|job|area|remit|team|division|role|place
      |call|decision|area\s+of\s+(?:responsibility|expertise)|business|speciality|specialty|field|domain
      |department's\s+\w+)\b
    | {_NOT}\s+(?:really\s+)?up\s+to\s+(?:me|us|my\s+team|our\s+team|this\s+team)\b
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
    | \b(?:I'm|I\s+am)\s+(?:just|only|merely)\s+(?:the\s+messenger|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:agent
      |advisor|adviser|rep|representative|assistant|member\s+of\s+staff|employee|operator)\b
      |(?:a|an|the)\s+(?:\w+\s+)?(?:person|one|guy|girl)\s+(?:who|that)\s+(?:answers|handles|reads|replies|works))
    | \b(?:we|I)\s+can\s+only\s+do\s+so\s+much\b
    | \b(?:virtual\s+assistant|bot|chatbot|automated\s+(?:assistant|service|system)|AI\s+assistant)\b[^.!?\n]{0,20}?
      \b(?:and|so)\s+(?:I\s+)?(?:can't|cannot|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|don't|do\s+not)\s+
      (?:handle|deal\s+with|help\s+with|access|see|do|process)\b
    | \bI\s+(?:wasn't|was\s+not)\s+(?:on\s+shift|working|on\s+duty|in|there|around)\b(?=[^.!?\n]{0,40}\b(?:so|that\s+day|when|at\s+the\s+time)\b)
    | \b(?:I|we)\s+(?:don't|do\s+not)\s+(?:deal\s+with|handle|look\s+after|cover|do)\s+
      (?:that|this|those|these|complaints|refunds|billing|bookings|claims|returns|payments|that\s+side)\b
      (?=\s*(?:here\s*)?(?:[.!;,\-\u2013\u2014]|$|so\b|you\b|myself\b|in\s+this\s+team\b))
    # passing it up: "my manager has said we can't", "I've been told by my manager"
    | \b(?:I've|I\s+have|I\s+was|we've|we\s+have|we\s+were)\s+(?:been\s+)?(?:told|instructed|advised|informed)\s+
      by\s+(?:my|our|the)\s+(?:manager|supervisor|team\s+leader|management|head\s+office|boss|superiors?)\b
    | \b(?:my|our)\s+(?:manager|supervisor|team\s+leader|boss|management|superiors?)\s+(?:has\s+|have\s+)?(?:said|told\s+me
      |decided|instructed\s+me|confirmed|says|won't\s+(?:allow|let|approve)|will\s+not\s+(?:allow|let|approve))\b
      [^.!?\n]{0,40}?(?:\b(?:can't|cannot|won't|will\s+not|not|no)\b|n't\b)
    | \b(?:you'll|you\s+will|you'd|you\s+would)\s+(?:need|have)\s+to\s+(?:contact|call|speak\s+to|ask
      |take\s+(?:it|this|that)\s+up\s+with|go\s+to)\b[^.!?\n]{0,40}?\byourself\b
    | \b(?:take|raise)\s+(?:it|this|that)\s+up\s+with\s+(?:them|the\s+(?:courier|seller|bank|manufacturer
      |airline|store|supplier|carrier|retailer))\b
    # I only handle baggage; we only deal with online orders here
    | \b(?:I|we)\s+(?:only|just)\s+(?:handle|deal\s+with|look\s+after|cover|work\s+(?:in|on|with)
      |take\s+care\s+of|do)\s+(?!(?:this|that|it)\b)[\w-]+
    # I have no say; I don't make the decisions
    | \b(?:I|we)\s+(?:have|'ve\s+got)\s+no\s+(?:say|influence|authority|power)\b
    | \bI\s+(?:don't|do\s+not|didn't|did\s+not)\s+(?:make|take)\s+(?:the\s+|those\s+|these\s+)?
      (?:decisions?|calls?)\b
    # that wasn't me; I can't speak to what my colleague said
    | \b(?:that|it|this)\s+(?:wasn't|was\s+not)\s+me\b
    | \bI\s+(?:wasn't|was\s+not)\s+(?:the\s+(?:one|agent|person|advisor)|involved)\b
    | \b(?:that|this|it)\s+was\s+(?:a\s+different|another|a\s+previous|an\s+earlier)\s+(?:agent|colleague
      |advisor|person|member\s+of\s+staff|team|department)\b
    | \b(?:I|we)(?:\s+(?:can't|cannot|can\s+not)|(?:'m|'re|\s+am|\s+are)\s+(?:not\s+able|unable
      |not\s+in\s+a\s+position)\s+to)\s+
      (?:speak|comment|answer|account)\s+(?:to|for|on)\s+
      (?:(?:what|why|how|anything|whatever)\b[^.!?\n]{0,40}?\b(?:said|told|promised|did|offered|agreed|colleague
      |agent|advisor|they|he|she)\b|(?:another|other|a\s+different|the\s+other)\s+(?:department|team|agent|colleague
      |advisor)|(?:my|our)\s+colleagues?)
    # not something I can override / change
    | {_NOT}\s+something\s+(?:that\s+)?(?:I|we)(?:\s+can|\s+could|(?:'m|'re|\s+am|\s+are)\s+able\s+to)\s+
      (?:override|overrule|change|control|influence|do\s+anything\s+about|help\s+with|decide|authori[sz]e
      |approve|sign\s+off|make\s+a\s+call\s+on)\b
    """
)


#: The agent doing something about it after disowning a part of it: "I've
#: logged it", "I've transferred you to Sam, who will…", "I'll call them".
_AGENT_ACT = compile_pattern(
    r"""
    \b(?:I|we)(?:'ve|\s+have|'ll|\s+will|\s+just|\s+also)\s+(?:just\s+|now\s+|already\s+|also\s+|personally\s+)?
      (?!(?:checked|looked|noticed|reviewed|seen|heard|received|read|tried|been|had|got|noted|confirmed|explained
      |told|said|understood|found|asked\s+you|mentioned|advised|informed|be\s+unable|have\s+to|need\s+to|not|never)\b)
      (?:\w+ed|sent|passed|put|made|set\s+up|transferred|logged|raised|escalated|booked|arranged|call|email|chase
      |contact|pass|raise|escalate|send|book|arrange|transfer|refund|credit|ring|speak|get|sort|fix|make\s+sure)\b
    """
)


#: Words CS604's matches need (its triggers, and the gate of its scans).
_CS604_WORDS = trigger_words(
    "department remit division grade paygrade authority hands messenger yourself "
    "shift duty manager supervisor boss management superior superiors bot chatbot "
    + all_of("virtual automated ai", "assistant service system")
    + " "
    + all_of("no", "say influence authority power")
    + " "
    + all_of("don't", "handle deal cover do")
    + " "
    + all_of("not", "handle deal cover")
    + " "
    + all_of(
        "just only merely",
        "agent advisor adviser rep representative assistant staff employee operator",
    )
    + " "
    + all_of("person one guy girl", "answers handles reads replies works")
    + " "
    + all_of("only", "much")
    + " "
    + " ".join(
        (
            all_of(
                "not isn't wasn't aren't weren't ain't",
                "job area team role place call decision business speciality "
                "specialty field domain up",
            ),
            all_of("only just", "handle deal look cover work take do"),
            all_of("make take", "decision decisions call calls"),
            all_of("wasn't was", "me one involved different another previous earlier"),
            all_of("speak comment answer", "to for on"),
            "account+for",
            all_of(
                "something",
                "override overrule change control influence anything help decide "
                "authorise authorize approve sign call",
            ),
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
)
_NOT_MY_JOB_SCAN = scan(_NOT_MY_JOB, needs=_CS604_WORDS, split=True)


@rule(
    code="CS604",
    triggers=lambda: _CS604_WORDS | _defence_triggers("disown"),
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
        "Billing isn't my department.",
        "That wasn't me, so I can't speak to what my colleague said.",
    ),
    good=(
        "That's outside what our chat team can change, so I've transferred "
        "you to billing; Sam will pick it up within 10 minutes.",
        "There's nothing you need to do. I've handled the return label.",
        "Is there anything else we can do for you?",
        "If there's nothing we can do in store, we'll collect it from your home.",
        "I don't handle complaints myself, but I've logged yours as C-4471.",
    ),
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 6/6 F 3/4 H 4/4 G 4/4,
    # 17/18 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.9,
)
def not_my_job(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags the agent disowning the problem: "not my department", "not my
    job", "there's nothing I can do", "we can't do anything", "it's out of
    my hands", "our hands are tied", "I just work here", "you'll need to
    contact them yourself", "take it up with the courier". Contraction-aware:
    "isn't / aren't / is not my department" alike, "not up to me". Also "I
    only handle baggage", "I'm just a chat agent", "I have no say", "that
    wasn't me", "that was a different agent", "I wasn't on shift that
    day", "I can't speak to what my colleague said", "not something I can
    override", "we can only do so much", "my manager has said we can't".

    "There's nothing you need to do" (reassurance), questions ("is there
    anything else we can do?"), conditions, and a disowned part the agent
    then acts on ("I don't handle complaints, but I've logged yours") are
    not flagged. When the reply goes on to help in other ways, the finding
    stays (the phrase still disowns the problem) but with lower confidence.

    "There's nothing I can do" is also flagged by CS701
    (`cant-without-alternative`) when nothing else is offered: it is a dead
    end as well as a refusal of ownership.

    Also pronoun and verb variants read by `defences(doc)`
    (`cs_lint._context.defence`): "nothing we can control", "refunds aren't
    something our team handles", "we're not in a position to comment";
    silent when the agent acts in the same sentence, lower confidence when
    help follows.

    ## Confidence
    0.9: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 6/6 F 3/4 H 4/4 G 4/4, 17/18
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.

    ## Known limitations
    A handoff worded as a fact with no disowning words ("billing decides
    that") is not flagged.
    """
    ctx = _Context(doc)
    disowned: set[int] = set()
    for m in _NOT_MY_JOB_SCAN.in_sentences(doc):
        start, end = m.span()
        if not ctx.in_body(start) or not ctx.said_by_agent(start):
            continue
        if ctx.acts_after(end):
            continue  # "I don't handle complaints, but I've logged yours": owned
        if _not_mine_reads_otherwise(doc, start, end):
            continue
        if _ONLY_SCOPE.search(m.group()) and _signposted(doc, start, end):
            continue  # "we only do homes - AutoKey (0163 ...) do cars": a referral
        helps = ctx.alternatives.after(end)
        disowned.add(doc.sentence_index(start))
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
            confidence=0.45 if helps else None,
        )
    for start, end in _defences_of(ctx, "disown", disowned):
        _, hi = sentence_window(doc, start)
        if _AGENT_ACT.search(doc.text, end, hi) is not None:
            continue  # "not something I handle, but I've passed it on"
        if _signposted(doc, start, end):
            continue  # "not something we cover - AutoKey (0163 ...) do cars"
        if _not_mine_reads_otherwise(doc, start, end):
            continue
        helps = ctx.acts_after(end) or ctx.alternatives.after(end)
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Own it or hand it over warmly: “Billing handles this, so "
                    "I've passed it to them with your details.”"
                ),
            ),
            confidence=0.45 if helps else None,
        )


#: Round 7 (false alarms on dev set F): "not my area" / "not in a position
#: to say" as a disclaimer of the agent's own knowledge ("…, though appeals
#: aren't really my area so take that with a pinch of salt", "we are not in
#: a position to say with any certainty") is hedging, and a handover in the
#: same sentence ("I can't process refunds myself, but I can connect you
#: to a person who can") is help, not disowning.
_NOT_MINE_EPISTEMIC = compile_pattern(
    r"[^.!?\n]{0,50}?\b(?:with\s+(?:any\s+)?(?:certainty|confidence)|for\s+(?:sure|certain)|definitively|pinch\s+of"
    r"\s+salt|don't\s+quote\s+me|grain\s+of\s+salt)"
)
_NOT_MINE_HANDOVER = compile_pattern(
    r"[^.!?\n]{0,80}?\bbut\s+(?:I|we)\s+can\s+(?:\w+\s+){0,2}?(?:connect|transfer|put\s+you|pass|arrange|book|refer"
    r"|direct|point|find\s+(?:you|someone|somebody))\b"
)


def _not_mine_reads_otherwise(doc: Document, start: int, end: int) -> bool:
    """
    Return whether a disowning phrase at ``[start, end)`` is a disclaimer of
    knowledge or comes with a handover in its sentence.
    """
    _, hi = sentence_window(doc, start)
    text = doc.text
    return bool(
        _NOT_MINE_EPISTEMIC.match(text, end, hi)
        or _NOT_MINE_HANDOVER.match(text, end, hi)
    )


#: Round 12 (reply sets t4-t11): a way to reach someone: a phone number,
#: an email address or a web address.
_CONTACT_DETAIL = compile_pattern(
    r"""
    (?<![\w£$€.,])\+?\(?\d[\d\s()-]{7,}\d(?![\d.,]*\s*(?:%|p\b|pence|pounds|GBP|USD|EUR|kwh|kw\b|miles|km))
    | \b[\w.+-]+@[\w-]+\.[\w.]+ | \b(?:www\.|https?://)\S+
    | \b[\w-]+\.(?:co\.uk|org\.uk|gov\.uk|com|org|net|ie|io)\b
    """
)


#: Round 12: the scope of the business ("we only do homes", "I only
#: handle bookings"), not a disowning phrase ("not my department").
_ONLY_SCOPE = compile_pattern(
    r"\bonly\s+(?:do|does|handle|handles|deal|deals|cover|covers|look|looks|work|works|sell|sells|service|serve"
    r"|fix|fixes|repair|repairs|stock|stocks|offer|offers|supply|supplies)\b"
)


def _signposted(doc: Document, start: int, end: int) -> bool:
    """
    Round 12 (reply sets t4-t11): whether a statement of what the business
    does, with "we" as its subject ("cars aren't something we cover, we
    only do homes"), answers a customer who only asked
    (`_asks_without_complaint`) and is followed, within the next two
    hundred characters, by a way to reach whoever does it (a phone
    number, an email or a web address): a referral to another firm, not a
    brush-off. The agent's own remit ("I only deal with appointments, so
    charges aren't something I handle. Billing are on billing@...", set N:
    the company's own charge disowned by the person answering), a
    complaint, or no contact given ("try someone else") keep the finding.
    """
    span = doc.text[start:end]
    if _WE_SUBJECT.search(span) is None or _I_SUBJECT.search(span) is not None:
        return False
    window = doc.text[end : min(len(doc.text), end + 200)]
    return _CONTACT_DETAIL.search(window) is not None and _asks_without_complaint(doc)


_WE_SUBJECT = compile_pattern(r"\b(?:we|we're|we've)\b")
_I_SUBJECT = compile_pattern(r"\b(?:I|I'm|I've|me|my)\b")


# -- CS605 --------------------------------------------------------------------

#: Round 7 (blind set H false alarm ha-134): other customers cited in
#: answer to a plain question ("Is this treatment safe for my cat?" -
#: "Thousands of customers use it") reassure (over-promising's business
#: when absolute), they do not rebut a complaint.
_SOCIAL_PROOF = compile_pattern(r"(?:thousands|millions|hundreds|most)\b")


def _asks_without_complaint(doc: Document) -> bool:
    """
    Return whether the customer's message is a question from a customer
    who is not upset (`customer_state`).
    """
    customer = doc.customer or ""
    if "?" not in customer:
        return False
    state = customer_state(doc)
    return state is not None and not state.upset


_ARGUING = compile_pattern(
    r"""
    \b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:simply\s+|just\s+|absolutely\s+|completely\s+
      |totally\s+|categorically\s+|frankly\s+|actually\s+)?(?:not\s+true|untrue|not\s+correct|not\s+accurate|inaccurate|not\s+the\s+case|incorrect
      |false|not\s+what\s+happened)\b
    | \b(?:that|this|it)\s+(?:simply\s+|just\s+|absolutely\s+|frankly\s+)?(?:isn't|is\s+not|wasn't
      |was\s+not)\s+(?:true|correct|accurate|the\s+case|what\s+happened)\b
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
      |\bwith\s+respect\s*,
    | \bI\s+(?:completely\s+|totally\s+|strongly\s+|respectfully\s+|have\s+to\s+|must\s+)?disagree\b
      (?=\s*(?:[.!;,]|$|with\s+(?:you|that|this|your)\b))
    | \b(?:that's|that\s+is)\s+(?:just\s+|simply\s+|only\s+)?your\s+(?:opinion|view|perception)\b
    | \b(?:we've|we\s+have|I've|I\s+have)\s+never\s+(?:had|received|seen|heard\s+of)\s+(?:a|any|an|this|that
      |such\s+a|a\s+single)\s+
      (?:\w+\s+)?(?:complaints?|issues?|problems?|reports?)\s+(?:like\s+(?:this|that)|about\s+(?:this|that)
      |before|of\s+this\s+kind)\b
    | \b(?:nobody|no\s+one|no-one|none\s+of\s+our\s+other\s+(?:customers|users|guests|passengers))\s+
      (?:else\s+)?\b[^.!?\n]{0,40}?\b(?:has|have|had)\s+(?:ever\s+)?(?:reported|complained|had|mentioned|raised
      |experienced|noticed)\b(?![^.!?\n]{0,30}\byet\b)
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
        # "I don't see the problem", "in fairness to our team", "respectfully,"
    | \bI\s+(?:don't|do\s+not|can't|cannot|fail\s+to)\s+see\s+(?:what\s+)?(?:the|any|a|your)\s+(?:problem|issue)\b
      (?:\s+is)?(?=\s*(?:[.!;,\-\u2013\u2014]|$|here\b|there\b))
    | \bI\s+(?:don't|do\s+not|can't|cannot)\s+see\s+(?:why|how)\s+(?:this|that|it)\s+(?:is|would\s+be|was)\s+
      (?:a|an|our|my)\s+(?:problem|issue|fault|concern)\b
    | \b(?:in\s+(?:all\s+)?fairness|to\s+be\s+fair)\s+to\s+(?:our|the|my)\s+[\w-]+
    | (?<=(?:^|[.!?\n])\s*)respectfully\s*,
    | \bwe(?:'re|\s+are)\s+not\s+a\s+charity\b
    # praising our own conduct; closing the conversation
    | \b(?:we've|we\s+have|I've|I\s+have)\s+(?:been|always\s+been|tried\s+to\s+be)\s+(?:nothing\s+but\s+|completely\s+
      |fully\s+|entirely\s+|very\s+|more\s+than\s+)?(?:open|transparent|honest|clear|helpful|fair|patient|reasonable
      |upfront|courteous|polite|accommodating|generous)\b(?:\s+(?:and|,)\s+\w+)?(?:\s+with\s+you)?
    | \b(?:nothing|not\s+much)\s+(?:more|else|further)\s+(?:to\s+(?:discuss|say|add)|we\s+can\s+(?:say|add))\b
    | \b(?:we've|we\s+have|I've|I\s+have)\s+already\s+apologi[sz]ed\b
    | \b(?:everyone|everybody|all\s+(?:the\s+)?other\s+(?:customers|passengers|guests|diners|users)|other\s+(?:customers
      |passengers|guests|diners|users))\s+(?:else\s+)?[^.!?\n]{0,30}?\b(?:was|were|is|are|seemed|seems)\s+
      (?:perfectly\s+|very\s+|quite\s+)?(?:happy|satisfied|fine|pleased|content)\b
    # "you're receiving the same answers because the information is the same"
    | \byou(?:'re|\s+are|'ve\s+been|\s+have\s+been|\s+keep)\s+(?:receiving|getting)\s+the\s+same\s+
      (?:answers?|responses?|replies|information|reply)\b[^.!?\n]{0,20}?\bbecause\b
    # emphatic "did": "we did warn customers", "we did send the email"
    | \bwe\s+did\s+(?:warn|notify|inform|email|write\s+to|text|advise|tell)\s+(?:customers|everyone|all\s+(?:our\s+)?customers
      |people|all\s+users|users)\b
    # contradicting by the record: "our records show otherwise"
    | \b(?:our|the)\s+(?:records|system|systems|logs|notes|tracking)\s+(?:clearly\s+)?(?:shows?|says?
      |indicates?|suggests?)\s+otherwise\b
    | \b(?:we've|we\s+have)\s+(?:had|received)\s+no\s+other\s+(?:complaints|reports|issues)\b
    """
)
#: Vindicating the company, its staff or its charge: argues only when
#: nothing is done for the customer ("the fee was applied correctly"), not
#: when a check is followed by a fix.
_VINDICATION = compile_pattern(
    r"""
    \b(?:acted|behaved|performed|responded|handled\s+(?:it|this|that|the\s+\w+|everything|the\s+situation))
      \s+(?:entirely\s+|completely\s+|totally\s+|perfectly\s+|quite\s+|fully\s+)?(?:correctly|appropriately
      |properly|professionally|reasonably|fairly|by\s+the\s+book|within\s+(?:policy|the\s+rules|procedure)
      |as\s+(?:they|he|she|we)\s+should(?:\s+have)?|in\s+line\s+with\s+(?:our\s+)?(?:policy|procedure|training))\b
    | \b(?:did|done|handled)\s+(?:everything|it\s+all|all\s+of\s+it)\s+(?:correctly|right|properly|by\s+the\s+book
      |as\s+(?:they|he|she|we|it)\s+should(?:\s+have)?|according\s+to\s+(?:procedure|policy|the\s+rules))\b
    | \b(?:did|done)\s+nothing\s+wrong\b
    | \b(?:we|our\s+[\w-]+)\s+(?:\w+ed|provided|delivered|did|supplied|sold|built|made)\s+(?:[\w-]+\s+){0,3}?
      (?:exactly|precisely)\s+as\s+(?:advertised|described|agreed|promised|booked|ordered|requested|stated|specified)\b
    | \btechnically\s*,?\s+(?:we|I|our\s+[\w-]+|the\s+(?:parcel|order|delivery|engineer|driver|team))\s+
      (?:did|met|were|are|have|has|kept|delivered|followed|complied|arrived|was|made|stayed)\b
    | \bfollowed\s+(?:(?:the|our|all|all\s+our|all\s+the|correct|proper|right|standard|strict|usual|every)\s+)+
      (?:[\w-]+\s+)?(?:procedure|procedures|process|policy|protocol|protocols|rules|guidelines|instructions
      |steps)\b(?!\s+(?:to|for)\s+(?:your|the)\s+(?:refund|claim|return))
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:confident|sure|certain|satisfied|happy)\s+(?:that\s+)?
      (?:they|he|she|it|this|everything|all|the\s+[\w-]+|our\s+[\w-]+)\b[^.!?\n]{0,60}?
      \b(?:correctly|properly|appropriately|professionally|by\s+the\s+book|nothing\s+wrong|correct|accurate
      |safe|fine|in\s+order|up\s+to\s+standard|to\s+standard)\b
    | \b(?:fee|fees|charge|charges|bill|invoice|amount|price|rate|penalty|interest|premium|fine)\s+
      (?:is|are|was|were|has\s+been|have\s+been)\s+(?:all\s+)?(?:applied|charged|calculated|billed|levied
      |raised)\s+(?:correctly|properly|accurately|appropriately|in\s+line\s+with|as\s+per)\b
    | \b(?:everything|it|this|that|the\s+(?:work|installation|repair|job|visit|process))\s+(?:was|has\s+been)\s+
      (?:all\s+)?(?:done|handled|carried\s+out|completed|processed)\s+(?:correctly|properly|by\s+the\s+book
      |appropriately|to\s+standard)\b
    | \b(?:checked|reviewed|looked\s+(?:at|into|over)|investigated|verified|audited|double-checked)\b
      [^.!?\n]{0,60}?(?:\band|,)\s+(?:it|they|this|that|everything|all|the\s+[\w-]+)(?:'s|\s+is|\s+are|'re
      |\s+was|\s+were)\s+(?:all\s+|completely\s+|entirely\s+|perfectly\s+)?(?:correct|accurate|right|valid
      |in\s+order|as\s+(?:it|they)\s+should\s+be)\b
    | \b(?:the|that|this|these|those)\s+(?:charge|charges|fee|fees|bill|invoice|amount|price|decision|penalty
      |reading|readings|balance|calculation|fine|deduction)\s+(?:is|are|was|were)\s+(?:entirely\s+|completely\s+
      |perfectly\s+|absolutely\s+)?(?:correct|accurate|valid|justified|fair|right|legitimate)\b
    # staff vouching for themselves: "they insist they were polite"
    | \b(?:crew|staff|team|driver|drivers|engineer|engineers|agent|agents|colleague|colleagues|technician|they|he|she)\s+
      (?:(?:insists?|insisted|maintains?|maintained|assures?\s+me|assured\s+me|has\s+assured\s+me|have\s+assured\s+me
      |swears?|swore|are\s+adamant|is\s+adamant)\s+(?:that\s+)?(?:they|he|she|it|everything)\s+
      (?:was|were|did|acted|followed|behaved|handled|had)
      |(?:confirmed|confirms)\s+(?:that\s+)?(?:they|he|she|everything)\s+(?:acted|followed|behaved|handled))\b
    # "which is exactly what happened here"; rare, isolated, not a reflection
    | \b(?:which|and\s+that)\s+is\s+(?:exactly\s+|precisely\s+)?what\s+(?:happened|they\s+did|he\s+did|she\s+did
      |we\s+did|was\s+done)\b
    | \b(?:this|that|it|mistakes?\s+like\s+(?:this|that)|issues?\s+like\s+(?:this|that)|problems?\s+like\s+(?:this|that))
      \s+(?:is|are|was|were)\s+(?:really\s+|very\s+|extremely\s+|incredibly\s+|genuinely\s+)?(?:rare|unusual
      |uncommon|an\s+isolated\s+(?:incident|case|event))\b
    | \bnot\s+(?:a\s+)?(?:reflection|reflective|representative|indicative)\s+of\s+(?:our|the)\s+(?:usual\s+)?
      (?:service|standards?|team|staff|company|brand)\b
    | \b(?:system|app|network|website|site|platform|process|machine|meter|product|software|service)\s+(?:is|was|are|were)\s+
      (?:working|functioning|operating|behaving|performing)\s+(?:exactly\s+|perfectly\s+|just\s+)?(?:as\s+(?:designed
      |intended|expected|it\s+should)|correctly|normally|properly|fine)\b
    # statistics and other customers as the defence
    | \b\d+(?:\.\d+)?\s*%\s+(?:uptime|availability|reliability|on[\s-]time|of\s+(?:our\s+)?(?:customers|orders
      |flights|deliveries|parcels|calls))\b
    | \b(?:thousands|millions|hundreds)\s+of\s+(?:happy\s+|satisfied\s+|other\s+|loyal\s+)?(?:customers|guests
      |users|passengers|members|clients|diners|reviews)\b
    | \b(?:a|our)\s+\d(?:\.\d)?(?:\s*/\s*\d+)?(?:[\s-]star)?\s+(?:rating|average|score)\b
    | \bmost\s+(?:of\s+our\s+)?(?:customers|people|users|guests)\s+(?:are\s+happy|have\s+no|don't\s+have|never\s+have
      |find\s+it(?!\s+(?:easiest|easier|easy|helpful|useful|quicker|quickest|best|simplest|simpler|handy
      |convenient|more\s+convenient|worth))|love)\b
    # the case is closed; our decision is final
    | \b(?:the|this|our|my)\s+decision\s+(?:is\s+final|stands|will\s+not\s+change|won't\s+change)\b
    | \bwe\s+(?:consider|regard)\s+(?:this|the)\s+(?:matter|case|complaint|issue)\s+(?:as\s+)?(?:closed|resolved)\b
    | \b(?:so|and)\s+(?:the|this|your)\s+(?:case|matter|complaint|claim)\s+is\s+(?:now\s+)?closed\b
    | \b(?:our|the)\s+(?:crew|staff|team|agents?|engineers?|drivers?|technicians?|colleagues?|advisors?|pilots?
      |people|employees|cabin\s+crew|installers?|couriers?|fitters?)\s+(?:are|is|were)\s+(?:all\s+)?
      (?:fully\s+|highly\s+|well\s+|properly\s+|extensively\s+|very\s+|experienced\s+|trained\s+)?
      (?:trained|qualified|experienced|certified|professionals?|skilled|vetted)\b
      # competence as the argument: the sentence ends there, or draws the conclusion
      (?=[^.!?\n,;]{0,60}[.!]|[^.!?\n]{0,100}\b(?:so|which\s+means|and)\s+(?:I'm|I\s+am|we're|we\s+are)\s+
        (?:confident|sure|certain|satisfied)|[^.!?\n]{0,100}\bI\s+(?:doubt|don't\s+think|can't\s+imagine)\b)
    """
)
#: The customer's own word quoted back under negation: "our website isn't
#: 'always down'". Read only before a quotation.
_NEGATED_BEFORE_QUOTE = compile_pattern(
    r"(?:(?:\b(?:is|are|was|were)|'s|'re)\s+(?:just\s+|simply\s+|really\s+)?not"
    r"|\b(?:isn't|aren't|wasn't|weren't))\s*$"
)
#: A cheap look for a negation right before a quotation mark, before the
#: document's quotations are worked out.
_NEGATED_QUOTE_HINT = regex.compile(
    "(?:not|n['\u2019]t)\\s*[\"'\u201c\u2018]", regex.IGNORECASE
)
_QUOTE_MARKS = frozenset("\"'\u201c\u2018")
_YOU_BEFORE = compile_pattern(r"\b(?:you|you've|you're|you'd|u)\s+(?:\w+\s+)?$")
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


#: Words CS605's matches need (its triggers, and the gate of its scans).
#: Words each CS605 construction needs, in one sentence.
_ARGUING_WORDS = (
    "true untrue incorrect false inaccurate doubt wrongdoing respect disagree "
    "emphasis importance pride otherwise respectfully "
    "charity fairness apologised apologized "
    + " ".join(
        (
            all_of("not isn't wasn't", "correct accurate case happened"),
            all_of("everything nothing", "correctly right properly wrong book should"),
            all_of("error errors mistake mistakes fault", "side end part"),
            all_of("make", "mistakes errors mistake error"),
            all_of("never", "errors error mistake mistakes"),
            all_of(
                "followed", "exactly correctly properly letter written precisely full"
            ),
            all_of(
                "complaint",
                "valid justified founded legitimate invalid unfounded unjustified baseless",
            ),
            all_of("your", "opinion view perception"),
            all_of(
                "never",
                "complaints complaint issues issue problems problem reports report",
            ),
            all_of(
                "nobody none else",
                "reported complained mentioned raised experienced noticed",
            ),
            all_of("else", "had"),
            all_of("nothing", "apologise apologize discuss say add"),
            all_of("stand", "by"),
            all_of("years", "been"),
            all_of(
                "best utmost effort efforts",
                "avoid prevent ensure make keep honour honor seat meet get minimise minimize "
                "accommodate",
            ),
            all_of("other", "complaints reports"),
            all_of("see", "problem issue"),
            all_of("fair", "be"),
            all_of("did", "warn notify inform email write text advise tell"),
            all_of(
                "same", "answers answer responses response replies reply information"
            ),
            all_of(
                "been",
                "open transparent honest clear helpful fair patient reasonable upfront "
                "courteous polite accommodating generous",
            ),
            all_of("everyone everybody other", "happy satisfied fine pleased content"),
        )
    )
)
_VINDICATION_WORDS = (
    "correctly appropriately properly professionally accurately technically advertised "
    "described specified insist insists insisted maintain maintains maintained assured "
    "assures swear swears swore adamant rare unusual uncommon isolated reflection "
    "reflective representative indicative trained qualified experienced certified "
    "professionals skilled vetted valid justified legitimate accurate correct uptime "
    "availability reliability rating "
    + all_of(
        "thousands millions hundreds most",
        "customers people users guests passengers members clients diners reviews",
    )
    + " "
    + all_of("confident sure certain satisfied", "safe fine order standard")
    + " "
    + " ".join(
        (
            all_of(
                "acted behaved performed responded handled", "book within should line"
            ),
            all_of("everything all", "right book should according"),
            # "the fee was applied in line with / as per" (the fee alternative)
            all_of("applied charged calculated billed levied raised", "line per"),
            all_of("nothing", "wrong"),
            all_of(
                "followed",
                "procedure procedures process policy protocol protocols rules guidelines "
                "instructions steps",
            ),
            all_of("confident sure certain satisfied happy", "wrong"),
            all_of("fair right", "charge charges fee fees bill price decision"),
            all_of("decision", "final stands change"),
            all_of("closed", "case matter complaint claim"),
            all_of("confirmed confirms", "acted followed behaved handled"),
            all_of("which", "what", "happened did done"),
            all_of(
                "working functioning operating behaving performing",
                "designed intended expected should normally fine",
            ),
        )
    )
)


def _cs605_words() -> frozenset[str]:
    """
    Words CS605's matches need (part of its triggers; made when
    `Rule.triggers` is first read); a negated "be" before a quotation is
    read without a scan.
    """
    return trigger_words(
        _ARGUING_WORDS + " " + _VINDICATION_WORDS + " not isn't aren't wasn't weren't"
    )


_ARGUING_SCAN = scan(_ARGUING, needs=_ARGUING_WORDS, split=True)
_VINDICATION_SCAN = scan(_VINDICATION, needs=_VINDICATION_WORDS, split=True)


#: The company declaring itself right without the usual markers: "the
#: bill stands", "nothing went wrong on our side", "the bank acted within
#: its rights", "our website makes the terms very clear". Read like
#: vindication: silent when the reply goes on to do something.
_COMPANY_RIGHT = scan(
    r"""
    \b(?:the|this|that|your|our)\s+(?:[\w-]+\s+)?(?:charge|fee|bill|invoice|decision|penalty|fine|notice|balance
      |amount|deduction|premium|price)\s+(?:stands|will\s+stand|remains\s+(?:valid|in\s+place|payable|due|correct))\b
    | \b(?:worked|works|working|functioned|performed|behaved)\s+(?:exactly|precisely|just)\s+as\s+(?:designed|intended
      |it\s+should|expected)\b
    | \bnothing\s+(?:went|has\s+gone|had\s+gone|was|is)\s+(?:wrong|amiss)\s+(?:on|at|from)\s+(?:our|my|the\s+bank's
      |the\s+company's)\s+(?:side|end|part)\b
    | \b(?:we|I)\s+did\s+(?:everything|all)\s+(?:that\s+)?(?:we|I)\s+(?:were|was|are|am)\s+(?:supposed|meant|required
      |obliged|asked)\s+to(?:\s+do)?\b
    | \b(?:in\s+(?:all\s+)?fairness|to\s+be\s+fair)\s+to\s+(?:us|me|ourselves|the\s+(?:bank|company|council|surgery
      |practice|team|shop|store|airline|insurer))\b
    | \bacted\s+(?:entirely\s+|fully\s+|well\s+|completely\s+)?within\s+(?:its|their|our|my|his|her)\s+(?:rights
      |powers|remit)\b
    | \b(?:our|the)\s+(?:website|site|app|terms|page|letter|email|contract|agreement|checkout|listing|confirmation
      |booking\s+page|leaflet|policy\s+document)\s+(?:makes?|made)\s+(?:[\w-]+\s+){1,3}?(?:very|perfectly|abundantly
      |quite|really|extremely|crystal)\s+clear\b
    | \b(?:not|nothing)\s+(?:much\s+)?(?:more|else)\s+(?:that\s+)?(?:we|I)\s+could\s+(?:possibly\s+)?(?:have\s+)?done\b
    | \b(?:I'd|I\s+would|I\s+must|I\s+have\s+to|let\s+me|we\s+must|we'd|we\s+would)\s+(?:like\s+to\s+)?point\s+out\s+
      (?:that\s+)?(?:the|our|we|I|this|it)\b
    | \b(?:a|an)\s+(?:perfectly|very)\s+(?:good|valid|legitimate|sound)\s+reason\b
    | \b(?:can't|cannot|can\s+not|shouldn't|should\s+not)\s+be\s+blamed\b
    | \b(?:works|worked)\s+(?:well|fine|perfectly)\s+for\s+(?:most|the\s+vast\s+majority|almost\s+everyone
      |nearly\s+everyone|everyone\s+else|other)\b
    | \b(?:announced|notified|advertised|published|communicated|signposted)\s+(?:well\s+|clearly\s+)?in\s+advance\s*,?\s+
      so\b
    | \b(?:we|it|this|that|the\s+[\w-]+)\s+(?:were|was|are|is)\s+(?:well\s+|still\s+|comfortably\s+)?within\s+
      (?:the|our)\s+(?:published|agreed|stated|advertised|normal|standard|quoted\s+)?\s*(?:timescale|timescales
      |timeframe|time\s+frame|window|deadline|sla|limits?)\b
    | \b(?:so|and)\s+(?:it\s+)?(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:something|anything)\s+(?:we|I)\s+(?:did|caused
      |could\s+(?:have\s+)?(?:controlled|prevented))\b
    | \bso\s+nothing\s+(?:was|is)\s+(?:late|wrong|missed|overdue)\b
    | \b(?:that's|that\s+is)\s+(?:just\s+)?(?:business|life)\s*[.!;]
    | \bnothing\s+(?:anyone|anybody)\s+(?:can|could)\s+(?:change|do)\b
    | \b(?:satisfied|confident|content)\s+that\s+(?:the\s+)?(?:correct|right|appropriate)\s+(?:charges?|fees?|amounts?
      |decision|procedure|process|rate|tariff)\s+(?:was|were|has\s+been|have\s+been)\b
    | \b(?:works?|worked|performs?|performed)\s+(?:exactly|precisely)\s+as\s+(?:described|advertised|specified)\b
    | \bI\s+think\s+you'll\s+find\b
      # round 12 (reply sets t4-t11): not a recommendation, the option
      # named as suiting or serving the customer ("I think you'll find the
      # Night Saver suits you better")
      (?![^.!?\n]{0,60}?\b(?:suits?\s+you|(?:better|cheaper|easier|handier|quicker|simpler|comfier|more\s+comfortable)
        \s+(?:for\s+you|value)|(?:really\s+|very\s+|quite\s+)?(?:useful|helpful|handy)\b|works?\s+(?:better|well)\s+for\s+you))
    | \b(?:every|all\s+(?:the\s+)?other|most\s+other)\s+(?:other\s+)?(?:customers?|patients?|users?|passengers?
      |members?|residents?|tenants?)\s+(?:managed|manage|have\s+managed|had\s+no|have\s+no|were\s+able|are\s+able
      |coped|found\s+it)\b
    | \b(?:the|our|this|that)\s+(?:[\w-]+\s+)?(?:contract|terms|policy|letter|email|website|page|agreement|notice
      |sign|form|guide|instructions|rules?|invoice|bill)\s+(?:was|were|is|are)\s+(?:very|perfectly|abundantly|quite
      |crystal|really|extremely)\s+clear\b
    | \b(?:invoice|bill|charge|charges|statement|order)\s+(?:reflects?|matches|shows?)\s+(?:exactly|precisely)\s+
      what\s+(?:was|you)\b
    | \b(?:handled|done|followed|processed|applied|calculated|carried\s+out|completed|dealt\s+with)\s+(?:[\w-]+\s+){0,3}?
      (?:perfectly|correctly|properly|accurately|by\s+the\s+book|to\s+the\s+letter|appropriately)\b
    | \b(?:report|decision|assessment|verdict|ruling|finding|findings|answer)\s+(?:is|are|remains|was)\s+(?:final
      |not\s+up\s+for\s+debate|non-negotiable)\b
    | \bno\s+case\s+to\s+answer\b
    | \b(?:doing|do|did|done)\s+(?:the\s+)?(?:best|all|everything)\s+(?:we|I)\s+(?:can|could)\s+with\b
    | \b(?:no\s+one|nobody)\s+(?:here|at\s+\w+|on\s+our\s+side|in\s+our\s+team)\s+(?:made|took|decided|caused)\b
    | \b(?:but|and|yet)\s+it\s+was\s+(?:still\s+|entirely\s+|completely\s+)?(?:accurate|correct|true|right|factual)\b
    | \b(?:better|faster|lower|higher|quicker|cheaper)\s+than\s+(?:the\s+)?industry\s+(?:average|standard|norm)\b
    | \b(?:can|could)\s*(?:n't|\s+not|\s+hardly|not)\s+(?:really\s+)?be\s+(?:blamed|held\s+responsible)\b
    | \bhere\s+to\s+help\s*,?\s+not\s+to\s+be\s+(?:insulted|abused|shouted\s+at|sworn\s+at|spoken\s+to)\b
    | \bin\s+(?:our|my)\s+(?:own\s+)?defen[cs]e\b
    | \b(?:bent|bend|bending)\s+over\s+backwards\b|\b(?:gone|went|go)\s+(?:above\s+and\s+beyond|out\s+of\s+our\s+way)\s+
      (?:to\s+help\s+you|for\s+you)\s+already\b
    | \b(?:we|I)\s+(?:don't|do\s+not|didn't|did\s+not)\s+(?:set|make|decide|control|choose|write)\s+(?:the\s+)?
      [\w\s-]{1,30}?\s*[,;]\s*(?:the|your)\s+[\w\s]{1,30}?\s+(?:does|do|did)\b
    | \b(?:operate|operates|operated|act|acts|acted|work|works|worked)\s+(?:fully\s+|entirely\s+|strictly\s+)?within\s+
      (?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:guidelines|rules|regulations|law|laws|policy|requirements)\b
    | \b(?:not\s+going\s+to|won't|will\s+not|shan't|refuse\s+to)\s+apologi[sz]e\s+for\b
    | \brules\b[^.!?\n]{0,40}?\bI\s+(?:don't|do\s+not|didn't|did\s+not)\s+(?:make|write|set)\s+them\b
    """,
    needs=all_of(
        "stands stand remains",
        "charge fee bill invoice decision penalty fine notice "
        "balance amount deduction premium price",
    )
    + " "
    + all_of("designed intended should expected", "exactly precisely just")
    + " "
    + all_of("nothing", "wrong amiss", "side end part")
    + " "
    + all_of("did", "everything all", "supposed meant required obliged asked")
    + " "
    + all_of(
        "fairness fair",
        "us me ourselves bank company council surgery practice team "
        "shop store airline insurer",
    )
    + " "
    + all_of("within", "rights powers remit")
    + " "
    + all_of("makes make made", "clear")
    + " "
    + all_of("could", "done", "more else")
    + " "
    + all_of("point", "out")
    + " "
    + all_of("reason", "perfectly very")
    + " blamed "
    + all_of("works worked", "well fine perfectly", "for")
    + " "
    + all_of(
        "advance", "announced notified advertised published communicated signposted"
    )
    + " "
    + all_of("apologise apologize", "won't not shan't refuse")
    + " "
    + all_of("rules", "them", "make write set")
    + " "
    + all_of(
        "within", "timescale timescales timeframe time window deadline sla limit limits"
    )
    + " "
    + all_of("something anything", "we i", "did caused controlled prevented")
    + " "
    + all_of("nothing", "late wrong missed overdue", "so")
    + " "
    + all_of("business life", "that's")
    + " "
    + all_of("nothing", "anyone anybody", "change do")
    + " "
    + all_of("satisfied confident content", "correct right appropriate")
    + " "
    + all_of("exactly precisely", "described advertised specified")
    + " "
    + all_of("think", "find", "you'll")
    + " "
    + all_of(
        "every other most",
        "managed manage had have were are coped found",
        "customer customers patient patients user users passenger passengers member "
        "members resident residents tenant tenants",
    )
    + " "
    + all_of(
        "clear",
        "very perfectly abundantly quite crystal really extremely",
        "contract terms policy letter email website page agreement notice sign form guide "
        "instructions rule rules invoice bill",
    )
    + " "
    + all_of("reflects reflect matches shows show", "exactly precisely", "what")
    + " "
    + all_of(
        "perfectly correctly properly accurately book letter appropriately",
        "handled done followed processed applied calculated carried completed dealt",
    )
    + " "
    + all_of(
        "final debate non-negotiable",
        "report decision assessment verdict ruling finding findings answer",
    )
    + " "
    + all_of("case", "answer", "no")
    + " "
    + all_of("best all everything", "with", "can could")
    + " "
    + all_of("made took decided caused", "nobody one")
    + " "
    + all_of("accurate correct true right factual", "but and yet", "was")
    + " "
    + all_of("industry", "than")
    + " "
    + all_of("blamed responsible", "can could can't couldn't", "be")
    + " "
    + all_of("help", "insulted abused shouted sworn spoken")
    + " defence defense backwards "
    + all_of("beyond way", "already")
    + " "
    + all_of("does do did", "set make decide control choose write", "don't not didn't")
    + " "
    + all_of("within", "guidelines rules regulations law laws policy requirements"),
    split=True,
)


#: Vindications that vouch for people, a track record or other customers:
#: help offered after them does not turn them into a check ("our engineers
#: are fully trained, so this is rare. Please DM us photos").
_VOUCHES = compile_pattern(
    r"(?:our|the)\s+[\w\s-]{0,30}?(?:are|is|were)\s+(?:all\s+)?(?:fully|highly|well|properly|extensively"
    r"|very|experienced|trained)\b|(?:thousands|millions|hundreds|most)\b"
    r"|(?:I'm|I\s+am|we're|we\s+are)\s+(?:confident|sure|certain|satisfied)\b"
)
#: Defences that are negative by construction ("we don't lose documents").
_VINDICATES_BY_NEGATION = compile_pattern(
    r"[^.!?\n]*?\b(?:don't|do\s+not|never|doesn't|does\s+not|wouldn't|would\s+not|won't|will\s+not)\b"
)


@rule(
    code="CS605",
    triggers=lambda: (
        _cs605_words()
        | _COMPANY_RIGHT.needs
        | _defence_triggers("vindicate", "account")
    ),
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
        "Our crew are trained professionals, so I'm confident they acted correctly.",
        "Our website isn't 'always down' - it had 99.9% uptime last month.",
    ),
    good=(
        "You're right, and I'm sorry. The price did change in March.",
        "With respect to your order, it left the warehouse today.",
        "If that's not true for your plan, let me know and I'll check.",
        "We'll do our best to get you on the next flight.",
        "I doubt you'll have any trouble with the new card.",
        "Your complaint is valid, and I've refunded the fee.",
        "I've checked the meter reading and it's correct, so I've used it for your bill.",
        "You're right that the driver should have knocked - I've raised it.",
    ),
    # Round 9 calibration (issue 14 item 4): precision on the blind sets K and L pooled,
    # 4/7 replies right (K 0/3, L 4/4), add-one smoothed and rounded to 0.05 (see docstring).
    confidence=0.55,
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
    "we pride ourselves on…", "I've been doing this for eight years",
    "our records show otherwise", the customer's own word quoted back under
    negation ("our website isn't 'always down'"), statistics and other
    customers as the defence ("99.9% uptime", "most customers are happy",
    "everyone else on the flight was happy"), "I don't see the problem",
    "in fairness to our team", "respectfully,", "we did warn customers",
    "we've been nothing but transparent", "nothing more to discuss".

    Vindication is flagged when nothing is done for the customer: "our
    staff followed the correct procedure", "I'm confident they acted
    correctly", "the fee was applied correctly", "I've checked and the
    readings are correct", "that charge is valid", "the decision is final",
    "our crew are trained professionals" as the argument, "they insist they
    were polite", "which is what happened here", "this was an isolated
    incident", "working exactly as designed"; a check that ends in a fix
    ("the reading is correct, so I've used it") is not.

    Commitments ("we'll do our best to…"), reassurance ("I doubt you'll
    have any trouble"), questions and conditions are not flagged. Praise
    of the company ("we pride ourselves on…") and "we do our best" are
    weaker cues and carry lower confidence.

    The company declaring itself right is read the same way: "the bill
    stands", "worked exactly as designed", "nothing went wrong on our
    side", "we did everything we were supposed to", "to be fair to us",
    "acted within its rights", "the contract was very clear", "I think
    you'll find", "every other customer managed", "his report is final",
    "in our defence", "we can hardly be blamed", "I'm not going to
    apologise for…".

    Also vindication in factual words, read by `defences(doc)`
    (`cs_lint._context.defence`): "the team were following the correct
    transfer process", "the system did exactly what it was configured to
    do", "our shoes pass rigorous testing, so …", "our consultants are
    highly experienced and …", "which is the right priority", "we don't lose
    documents", "doesn't ban accounts for no reason", "most customers find
    it accurate", "are required to leave sites safe, which they have done".
    Vouching for people, a track record or other customers stays a defence
    when help follows.
    Our side's account or compliance given as the answer ("the engineer has
    confirmed he attended", "the late fee is in line with our charges",
    "the courier's GPS record shows…") is flagged when nothing is done
    about the complaint.

    ## Confidence
    0.55: precision on the blind sets K and L pooled (round 9, 720 replies, agreed labels; `benchmarks/calibrate.py`): 4/7 replies right (K 0/3, L 4/4), add-one smoothed
    ((right+1)/(hits+2)) and rounded to 0.05. Round 7's 0.85 came from the pooled dev labels (E 8/8
    F 10/12 H 13/14 G 5/8, 36/42), which run high; the blind figure rests on 7 hits.

    ## Known limitations
    Arguing without these markers ("you're getting the same answer because
    the information is the same") is not recognised.
    """
    ctx = _Context(doc)
    argued: set[int] = set()
    for m in _ARGUING_SCAN.in_sentences(doc):
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
        if ctx.justifies_apology(start):
            continue  # "sorry you feel that way; however, …": CS41x's
        if low.startswith("with"):
            if _COPULA_COMMA.search(doc.text, max(0, start - 12), start):
                continue  # "the matter is, with respect, a trivial point"
            suggestions = (removal(doc, start, end, "Remove it"),)
        argued.add(doc.sentence_index(start))
        yield Match(
            start,
            end,
            suggestions=suggestions,
            confidence=0.45 if _WEAK_ARGUMENT.match(m.group()) else None,
        )
    quoted = (
        doc.quotes
        if _NEGATED_QUOTE_HINT.search(doc.text, 0, ctx.end) is not None
        else ()
    )
    for qs, qe in quoted:
        if qs >= ctx.end or qe - qs > 44 or doc.zone_at(qs) in QUOTED_ZONES:
            continue
        neg = _NEGATED_BEFORE_QUOTE.search(doc.text, max(0, qs - 30), qs)
        if neg is None or doc.text[qs] not in _QUOTE_MARKS:
            continue
        start = neg.start()
        sentence = doc.sentence_index(start)
        if sentence in argued or not ctx.said_by_agent(start):
            continue
        if doc.clause_at(start).speaker == "customer":
            continue  # "you're not 'removing' them": about the customer
        argued.add(sentence)
        yield Match(
            start,
            qe,
            suggestions=(
                Suggestion(
                    "Acknowledge first, then give the facts: “I can see why "
                    "that's frustrating. Here's what I found…”"
                ),
            ),
        )
    vindications = [
        *_VINDICATION_SCAN.in_sentences(doc, 0, ctx.end),
        *_COMPANY_RIGHT.in_sentences(doc, 0, ctx.end),
    ]
    for m in sorted(vindications, key=lambda m: m.start()):
        start, end = m.span()
        sentence = doc.sentence_index(start)
        if sentence in argued or not ctx.said_by_agent(start):
            continue
        if reported_frame(doc, start) or doc.negated(start, window=2):
            continue
        if doc.clause_at(start).speaker == "customer" or _YOU_BEFORE.search(
            doc.text, max(0, start - 25), start
        ):
            continue  # "you followed the right steps": praise for the customer
        if ctx.offers(start, end) and not _VOUCHES.match(doc.text, start, end):
            continue  # a check that ends in a fix is not a defence
        if owns_failure(doc, start) or ctx.justifies_apology(start):
            continue  # "…should have followed the procedure, and I'm sorry"
        if _RULE_ON_CUSTOMER.search(doc.text, sentence_window(doc, start)[0], start):
            continue  # "held when sellers ship without tracking, which is what happened"
        if _SOCIAL_PROOF.match(doc.text, start, end) and _asks_without_complaint(doc):
            continue  # round 7: "Is it safe?" - "thousands of customers use it": reassurance
        argued.add(sentence)
        yield _look_into_it(start, end, "the crew's manager")
    # Vindication in other words (`cs_lint._context.defence`): vouching for
    # the staff, the system or the product stays a defence when help
    # follows ("…, so damage like this is rare. Please DM us photos").
    for start, end in _defences_of(ctx, "vindicate", argued):
        if doc.negated(start, window=2) and not _VINDICATES_BY_NEGATION.match(
            doc.text, start, end
        ):
            continue
        if (
            ROUTINE_PRACTICE.match(doc.text, start, end)
            and _asks_without_complaint(doc)
        ) or (
            (
                ROUTINE_PRACTICE_R13.match(doc.text, start, end)
                or VINDICATED_R13.match(doc.text, start, end)
            )
            and asked_only(doc)
        ):
            continue  # round 11b: "Are your vans safe?" - "our vans are serviced every …"
        if ctx.justifies_apology(start):
            continue
        yield _look_into_it(start, end, "the team")
    for start, end in _defences_of(ctx, "account", argued):
        if ctx.offers(start, end) or ctx.acts_after(end):
            continue  # "the driver says he left it with no. 12 - I've asked him to collect it"
        if ctx.justifies_apology(start):
            continue
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Say what you will check or do, not why the company was "
                    "right: “I'm sorry it didn't reach you; I've opened a "
                    "trace with the driver.”"
                ),
            ),
        )


def _look_into_it(start: int, end: int, reviewer: str) -> Match:
    """
    A vindication's finding, with the suggestion to look into it first and
    have *reviewer* review it.
    """
    return Match(
        start,
        end,
        suggestions=(
            Suggestion(
                "Look into it before defending it, and say what you will "
                "do: “I'm sorry, that's not the experience we want. I've "
                f"asked {reviewer} to review it.”"
            ),
        ),
    )


# -- CS606 --------------------------------------------------------------------

_FAILURE = (
    r"(?:lost|damaged|delayed|broke|mislaid|misplaced|misrouted|misdelivered|mishandled|cancell?ed"
    r"|caused|messed\s+up|made\s+(?:a|an|the)\s+(?:mistake|error)|failed\s+to|didn't|did\s+not"
    r"|hasn't|haven't|has\s+not|have\s+not|never|refused\s+to|is\s+holding|are\s+holding"
    r"|(?:is|are)\s+(?:responsible|to\s+blame|at\s+fault|the\s+ones?\s+(?:who|that|holding)))"
)
#: Around a third party found in a sentence (`phrase_spans`): what it did
#: ("the courier lost it", "the airport makes the call")…
_TP_AFTER = compile_pattern(
    r"""
    \s+(?:(?:has|have|had)\s+)?(?:clearly\s+|obviously\s+|unfortunately\s+|simply\s+)?<FAILURE>\b
    | \s+(?:makes?|made|has|have|had)\s+(?:the\s+)?(?:call|decision|decisions|final\s+say|rules)\b
    | \s+(?:decides?|decided|sets?|controls?|controlled|determines?|determined)\b
    """.replace("<FAILURE>", _FAILURE)
)
#: …what is theirs ("the airline's responsibility", "the courier's driver
#: lost it")…
_TP_POSSESSIVE_AFTER = compile_pattern(
    r"""
    \s+(?:own\s+)?(?:fault|responsibility|issue|problem|error|mistake|doing|decision|call|side|end
      |systems?)\b
    | \s+[\w-]+\s+(?:(?:has|have|had)\s+)?(?:clearly\s+|obviously\s+|unfortunately\s+)?<FAILURE>\b
    """.replace("<FAILURE>", _FAILURE)
)
#: …"a Royal Mail issue"…
_TP_KIND_AFTER = compile_pattern(
    r"\s+(?:issue|problem|matter|fault|error|thing|decision|delay|outage|responsibility)\b"
)
_A_BEFORE = compile_pattern(r"\b(?:a|an)\s+$")
_DETERMINER_BEFORE = compile_pattern(r"\b(?:the|your|our|their)\s+$")
#: …and what leads to it ("the delay is with", "set by", "blame", "a
#: matter for").
_TP_BEFORE = compile_pattern(
    r"""
    \b(?:delay|delays|problem|issue|fault|error|hold-?up|hold|decision|responsibility|blame|matter
      |it|this|that)(?:'s|\s+is|\s+was|\s+lies|\s+rests|\s+sits|\s+falls)\s+
      (?:entirely\s+|squarely\s+|solely\s+|firmly\s+|all\s+)?(?:with|on|at|down\s+to|up\s+to
      |in\s+the\s+hands\s+of|the\s+responsibility\s+of|caused\s+by)\s+(?:the\s+|your\s+|our\s+)?$
    | \b(?:caused|set|decided|controlled|determined|imposed|held\s+up|delayed|lost|damaged|cancell?ed
      |blocked|built|maintained|dictated)\s+by\s+(?:the\s+|your\s+|our\s+)?$
    | \bblame\s+(?:it\s+on\s+|this\s+on\s+)?(?:the\s+)?$
    | \b(?:a|an)\s+(?:issue|problem|matter|question|complaint|claim)\s+for\s+(?:the\s+|your\s+)?$
    """
)
#: Blame with no third party named: "blame the weather", "that's on their
#: side", "a matter for them", "run by a partner, so we can't".
_THIRD_PARTY_OTHER = scan(
    r"""
    \bblame\s+(?:it\s+on\s+|this\s+on\s+)?(?:the\s+)?(?:{EXTERNAL_CAUSE})
    | \b(?:is|was|are|were|lies|lay|'s)\s+(?:entirely\s+|squarely\s+|firmly\s+|all\s+)?(?:on|at|with)\s+
      their\s+(?:side|end)\b
    | \b(?:a|an)\s+(?:issue|problem|matter|question)\s+for\s+them\b
    | \b(?:run|organi[sz]ed|provided|offered|operated|managed|supplied|sold)\s+by\s+(?:a|our|the|an\s+external)\s+
      (?:partner|third[\s-]party|supplier|separate\s+company|different\s+company|external\s+company)\b
      (?=[^.!?\n]{0,60}\b(?:so|which\s+means|and)\s+(?:we|I)\s+(?:can't|cannot|aren't|are\s+not|won't|don't|have\s+no))
    """,
    needs="blame their+side|end them+issue|problem|matter|question "
    "partner+run|organised|organized|provided|offered|operated|managed|supplied|sold "
    "party+run|organised|organized|provided|offered|operated|managed|supplied|sold "
    "company+run|organised|organized|provided|offered|operated|managed|supplied|sold "
    "supplier+run|organised|organized|provided|offered|operated|managed|supplied|sold",
    split=True,
)
#: Sentences that name a third party (any word of THIRD_PARTY's phrases).
_THIRD_PARTY_WORDS = Triggers(expand_needs(("{THIRD_PARTY}", "{THIRD_PARTY:POSS}")))


def _third_party_blame(doc: Document, end: int) -> Iterator[tuple[int, int]]:
    """
    Yield (start, end) of a third party named with a blame predicate in
    the body up to *end*: found by looking the class's phrases up word by
    word in the sentences that hold one, then reading a bounded window
    either side.
    """
    text = doc.text
    windows = doc.trigger_windows
    sentences = doc.sentences if len(windows) == len(doc.sentences) else ()
    for sent, words in zip(sentences, windows, strict=False):
        if sent.start >= end:
            break
        if not _THIRD_PARTY_WORDS.met_by(words):
            continue
        for ps, pe, possessive in phrase_spans(
            "THIRD_PARTY", text, sent.start, sent.end
        ):
            lo, hi = max(sent.start, ps - 70), min(sent.end, pe + 80)
            before = _TP_BEFORE.search(text, lo, ps)
            if before is not None:
                yield before.start(), pe
                continue
            start = ps
            det = _DETERMINER_BEFORE.search(text, max(lo, ps - 8), ps)
            if det is not None:
                start = det.start()
            after = (_TP_POSSESSIVE_AFTER if possessive else _TP_AFTER).match(
                text, pe, hi
            )
            if after is None and _A_BEFORE.search(text, max(lo, ps - 4), ps):
                after = _TP_KIND_AFTER.match(text, pe, hi)
            if after is not None:
                yield start, after.end()


#: A disclaimer of liability: help that follows does not undo it ("they
#: are solely responsible for the food … I've refunded your order").
_LIABILITY = compile_pattern(
    r"[^.!?\n]*?\b(?:solely|entirely|fully|wholly|ultimately|independently|themselves)\s+(?:responsible|liable"
    r"|accountable)\b|as\s+(?:a|an|the)\s+"
)


#: Round 7: a deflection that also clears our side ("the responsibility
#: of the owner, not Aegean Homes", "run by the provider, not by the
#: school") stays a defence when help follows: the readers of blind set H
#: labelled it so (an ETA and a workaround after "the fault is with
#: Openreach", with no contrast, they did not).
_OUR_SIDE_CONTRAST = compile_pattern(
    r"(?-i:,\s*(?:and\s+)?not\s+(?:by\s+|with\s+|for\s+)?(?:us\b|ours\b|me\b|our\s|the\s+(?!same\b|only\b|case\b)[a-z]|[A-Z]))"
)


#: Round 10 (blind set M): "never" with a reliability idiom after the
#: third party ("the courier never lets us down", "they've never once
#: failed us", "that depot never misses a slot") vouches for a partner: a
#: promise (over-promising's, CS30x), not blame. To a customer who reports
#: a problem it defends the partner instead ("my parcel didn't come" -
#: "the courier never lets us down") and stays read.
_VOUCH = compile_pattern(
    r"""
    \G[^.!?\n]{0,12}?\bnever\s+(?:once\s+|ever\s+)?(?:lets?|let)\s+(?:us|you|anyone|anybody|me|our\s+customers)\s+down\b
    | \G[^.!?\n]{0,12}?\bnever\s+(?:once\s+|ever\s+)?(?:fails?|failed)\s+(?:us|you|me|anyone)\b
    | \G[^.!?\n]{0,12}?\bnever\s+(?:once\s+|ever\s+)?(?:misses|missed|miss)\s+(?:a|an|their|its)\s+
      (?:slot|delivery|deadline|date|collection|day|drop)\b
    """
)


def _vouches(doc: Document, end: int) -> bool:
    """
    Whether the third party's predicate ending at *end* vouches for it
    (`_VOUCH`) to a customer who reports no problem.
    """
    head = max(0, end - 14)
    if _VOUCH.match(doc.text, head, min(len(doc.text), end + 40)) is None:
        return False
    state = customer_state(doc)
    return state is not None and not (
        state.upset or any(c.kind.value == "loss" for c in state.cues)
    )


#: Round 10b (blind set N): "it's with the landlord" as where the thing
#: is now -- custody, a status -- told to a customer who reports no
#: problem ("Do I need to send the form again?" - "No, we received it on
#: Tuesday and it's with the landlord"). To a customer who reports one
#: ("my deposit still hasn't come back" - "it's with the landlord") the
#: same words hand the problem on, and stay read; "the delay is with the
#: courier" names a fault, not custody. DEF-19.
_CUSTODY = compile_pattern(
    r"(?:it|this|that)(?:'s|\s+is)\s+(?:now\s+|currently\s+)?with\b"
)


def _status_of_custody(doc: Document, start: int, end: int) -> bool:
    """
    Whether the third party at ``[start, end)`` is only where the item is
    now (`_CUSTODY`), told to a customer who reports no problem.
    """
    if _CUSTODY.match(doc.text, start, end) is None:
        return False
    state = customer_state(doc)
    # No cue at all: a wait or a "still" ("my deposit still hasn't come
    # back") is a problem reported, however flatly.
    return state is not None and not state.upset and not state.cues


@rule(
    code="CS606",
    triggers=lambda: (
        expand_needs(("{THIRD_PARTY}", "{THIRD_PARTY:POSS}"))
        | _THIRD_PARTY_OTHER.needs
        | _defence_triggers("deflect")
    ),
    name="blames-third-party",
    family=_FAMILY,
    message="Names someone else as responsible and does nothing about it: {excerpt!r}",
    why=(
        "Pointing at the courier, the bank or the manufacturer tells the "
        "customer whose fault it is, not what happens next; to the customer "
        "the company is still the one they paid (seed 002, \"Don't argue, "
        'don\'t defend": "don\'t make excuses"; seed 001, "Being '
        'Defensive or Argumentative"; seed 004).'
    ),
    fix="Say what you have done about it: chased them, opened a claim, replaced it",
    bad=(
        "The courier lost your parcel, so you'll need to take it up with them.",
        "That's a Royal Mail issue, I'm afraid.",
        "The delay is down to the manufacturer.",
        "The integration is built and maintained by Zapier, so please raise it with them.",
        "Your bank is holding the refund, so please speak to them.",
        "Blame the weather, I'm afraid.",
    ),
    good=(
        "The courier has your parcel at their depot; I've booked a redelivery for tomorrow.",
        "Your bank can take 3-5 working days to show the refund, which we sent today.",
        "The delay is with the courier, so I've chased them and added a £5 credit.",
        "The manufacturer's warranty covers this, so I've arranged the repair with them.",
        "Did the courier leave a card?",
    ),
    # Round 7 calibration (issue 14 item 4): precision over the pooled agreed dev labels
    # (sets E, F, H with reader2; G hold-out from `rubric_eval --rules`): E 5/5 F 6/6 H 6/7 G 4/4,
    # 21/22 replies right, add-one smoothed and rounded to 0.05.
    confidence=0.9,
)
def blames_third_party(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a third party named as the one at fault (the courier, the bank,
    the manufacturer, the airport, the regulator, a platform) when the reply
    does nothing about it: "the courier lost your parcel", "your bank is
    holding the refund", "the delay is down to the manufacturer", "that's a
    Royal Mail issue", "it's the airline's responsibility", "prices are set
    by the supplier", "blame the weather".

    Silent when the reply acts or offers something (an accurate statement
    that the bank holds the refund, followed by "I've chased them" or a
    date), for questions, conditions and the customer's words reported
    back. Sending the customer to the third party ("you'll need to contact
    them", "I'd suggest raising a ticket with them") is the deflection, not
    help. A denial in the same sentence ("the courier, not us") is left to
    CS601. Round 10 (blind set M): a partner vouched for with a
    reliability idiom to a customer reporting no problem ("it'll be there
    Wednesday - the courier never lets us down") is a promise, not blame.
    Round 10b (blind set N): where the item is now ("we received it on
    Tuesday and it's with the landlord"), told to a customer who reports no
    problem, is a status, not blame.

    Also deflection without a listed third party, read by `defences(doc)`
    (`cs_lint._context.defence`): "that's really between you and them",
    "restaurants are solely responsible for the food", "as a marketplace we
    don't handle food", "we simply process what we receive"; liability
    disclaimers stay flagged when help follows.

    ## Confidence
    0.9: precision over the pooled agreed dev labels (round 7; sets E, F, H
    with reader2, the G hold-out from `rubric_eval --rules`): E 5/5 F 6/6 H 6/7 G 4/4, 21/22
    replies right, add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.

    ## Known limitations
    Which parties are outside the company is a word list (THIRD_PARTY in
    the lexicons): the company's own couriers or partner brands named by
    name, and parties that are not listed, are not recognised; an accurate
    account of a third party's delay with no action and no date is flagged.
    """
    ctx = _Context(doc)
    done: set[int] = set()
    found = sorted(
        [*_third_party_blame(doc, ctx.end)]
        + [m.span() for m in _THIRD_PARTY_OTHER.in_sentences(doc, 0, ctx.end)]
    )
    for start, end in found:
        sentence = doc.sentence_index(start)
        if sentence in done:
            continue
        if not ctx.said_by_agent(start) or reported_frame(doc, start):
            continue
        if doc.negated(start, window=2):
            continue  # "it isn't the courier's fault"
        if ctx.offers(start, end):
            continue
        lo, hi = sentence_window(doc, start)
        if any(denial.search(doc, lo, hi) for denial in _DENIALS):
            continue  # "…, not us": CS601's finding
        if _vouches(doc, end):
            continue  # "it'll be there Wednesday - the courier never lets us down"
        if _status_of_custody(doc, start, end):
            continue  # "we received it on Tuesday and it's with the landlord"
        done.add(sentence)
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Say what you have done about it: “The courier has lost "
                    "it, so I've sent a replacement today.”"
                ),
            ),
        )
    for start, end in _defences_of(ctx, "deflect", done):
        liability = (
            _LIABILITY.match(doc.text, start, end) is not None
            or _OUR_SIDE_CONTRAST.search(doc.text, start, end + 40) is not None
        )
        if not liability and (ctx.offers(start, end) or ctx.acts_after(end)):
            continue  # "that's between you and them - I've emailed them for you"
        if _RUN_BY_VERB.search(doc.text, start, end) and _HANDOVER_AFTER.search(
            doc.text, end, min(len(doc.text), end + 160)
        ):
            continue  # "provided by the airport, not us - I've passed your details to them"
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion("Say what you have done about it, not whose job it is"),
            ),
        )


# -- CS607 --------------------------------------------------------------------

_RULE_PURPOSE = scan(
    r"""
    \b(?:is|are|was|were|'s|'re|exists?|existed)\s+(?:only\s+|just\s+|simply\s+|purely\s+|all\s+|actually\s+)?
      (?:there|in\s+place|put\s+in\s+place|designed|set\s+up|meant|intended)\s+(?:to|so\s+that|so)\s+
      (?:we\s+can\s+)?(?:protect|keep\s+(?:you|your|our|customers|everyone|fraudsters|scammers|criminals|prices|costs
      |fees|things|the\s+\w+)|stop|prevent|safeguard|deter|guard|make\s+sure|ensure)\b
    | \bexists?\s+(?:only\s+|just\s+|purely\s+)?so\s+(?:that\s+)?(?:we|you|our|other|everyone)\b
    | \bexists?\s+(?:only\s+|just\s+|purely\s+)?to\s+(?:protect|keep|stop|prevent|safeguard|deter|guard)\b
    | \b(?:is|are|was|were|'s|'re)\s+(?:only\s+|just\s+|simply\s+|purely\s+|all\s+)?(?:there\s+)?for\s+your\s+own\s+
      (?:safety|security|protection|good|benefit|sake)\b
    | \b(?:check|checks|rule|rules|question|questions|fee|fees|charge|charges|limit|limits|step|steps|policy|requirement
      |requirements|music|queue|process|system|wait|delay|verification|security|restriction|restrictions|cap|hold
      |holds|form|forms|survey|procedure|procedures)\s+(?:is|are)\s+(?:only\s+|just\s+)?(?:there|in\s+place)\s+
      (?:because|so\s+(?:that\s+)?(?:other|every|all|the
      |we|our|everyone|nobody|no\s+one))\b
    | \bbecause\s+we\s+(?:have|need|are\s+required|are\s+obliged)\s+to\s+(?:protect|keep\s+\w+\s+safe|safeguard
      |prevent|stop)\b
    | \bthere(?:'s|\s+is)\s+a\s+(?:good\s+|very\s+good\s+)?reason\s+(?:why\s+)?we\s+(?:ask|check|need|require|do|have)\b
    | \b(?:it|this|that)\s+(?:isn't|is\s+not|'s\s+not|wasn't|was\s+not)\s+(?:to|because\s+we\s+want\s+to|meant\s+to)\s+
      (?:annoy|inconvenience|upset|punish|frustrate|trouble|bother)\s+(?:you|customers|anyone)\b
    | \bso\s+(?:that\s+)?we\s+can\s+keep\s+(?:our\s+)?(?:prices|costs|fees|charges|premiums)\s+(?:low|down|fair)\s+
      for\s+(?:everyone|all|all\s+our\s+customers|every\s+customer)\b
    """,
    needs=all_of(
        "there place designed set meant intended exist exists existed",
        "protect keep stop prevent safeguard deter guard sure ensure",
    )
    + " "
    + all_of("own", "safety security protection good benefit sake")
    + " "
    + all_of("exist exists", "so")
    + " "
    + all_of("there place", "because so", "is are")
    + " "
    + all_of("because", "we", "protect safe safeguard prevent stop")
    + " "
    + all_of("reason", "we", "there's there")
    + " "
    + all_of(
        "annoy inconvenience upset punish frustrate trouble bother", "isn't not wasn't"
    )
    + " "
    + all_of("keep", "prices costs fees charges premiums", "everyone all every"),
    split=True,
)


@rule(
    code="CS607",
    scans=(_RULE_PURPOSE,),
    name="defends-the-rule",
    family=_FAMILY,
    message="Defends the rule by its purpose instead of helping: {excerpt!r}",
    why=(
        "Explaining what a rule is for, and stopping there, argues the "
        "company's case: the customer hears that they are wrong to mind "
        '(seed 002, "Don\'t argue, don\'t defend"; seed 001, "Being '
        'Defensive or Argumentative").'
    ),
    fix="Keep the reason short and say what the customer can do within the rule",
    bad=(
        "The two-step check exists to protect customers from fraud, so it stays.",
        "These checks are there for your own safety.",
        "The fee is there so that we can keep prices low for everyone.",
        "The security questions are designed to keep fraudsters out.",
    ),
    good=(
        "The two-step check protects your account; if the code isn't arriving, "
        "I can switch it to a phone call instead.",
        "The security questions are there to keep your account safe; if you've "
        "forgotten one, I can reset it by text.",
        "The limits are in place to protect you, and I can raise yours today if you'd like.",
        "Is the lock there to stop the door opening?",
    ),
    confidence=0.75,
    # Preview until a blind set measures it: it fired on none of blind
    # sets A-C (issue 14, round 2).
    preview=True,
)
def defends_the_rule(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a rule, check or fee defended by its purpose with nothing offered
    within it: "the check exists to protect customers from fraud", "these
    checks are there for your own safety", "the questions are designed to
    keep fraudsters out", "the fee is there so that we can keep prices low
    for everyone" - no "policy" word needed.

    Silent when the reply goes on to offer what can be done ("…; if the
    code isn't arriving, I can switch it to a call"), in questions,
    conditions and the customer's words reported back.

    ## Known limitations
    Describing what a product is for ("the alarm is designed to protect
    your home") matches the same frame; it stays silent only when an offer
    or a question is near. A purpose in other words ("it's how we stop
    fraud") is missed.
    """
    ctx = _Context(doc)
    done: set[int] = set()
    for m in _RULE_PURPOSE.in_sentences(doc, 0, ctx.end):
        start, end = m.span()
        sentence = doc.sentence_index(start)
        if sentence in done or not ctx.said_by_agent(start):
            continue
        if is_question(doc, start) or in_conditional(doc, start):
            continue
        if reported_frame(doc, start) or doc.negated(start, window=2):
            continue
        if ctx.offers(start, end):
            continue
        done.add(sentence)
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Say what can be done within the rule: “The check protects "
                    "your account; I can send the code by phone call instead.”"
                ),
            ),
        )


# -- CS608 --------------------------------------------------------------------

_STAFF = (
    r"(?:staff|team|teams|agents?|advis[eo]rs?|colleagues?|employees|people|engineers?|drivers?|crew"
    r"|representatives?|reps?|call\s+handlers?|receptionists?|nurses?|officers?|technicians?)"
)
_STAFF_DEFENCE = scan(
    r"""
    \b(?:was|were|is|are|'s|'re)\s+(?:only|just|simply|merely)\s+(?:doing\s+(?:his|her|their|my|our|its)\s+job
      |trying\s+to\s+help|following\s+(?:the\s+)?(?:process|procedure|procedures|rules|instructions|policy|training
      |guidance|protocol))\b
    | \b<STAFF>\s+(?:do\s+not|don't|should\s+not|shouldn't|will\s+not|won't|does\s+not|doesn't)\s+(?:have\s+to\s+
      |need\s+to\s+)?(?:tolerate|put\s+up\s+with|deserve|be\s+spoken\s+to|be\s+talked\s+to|be\s+shouted\s+at
      |be\s+sworn\s+at)\b
    | \b<STAFF>\s+(?:\w+\s+){0,4}?deserve\s+to\s+be\s+(?:spoken|talked)\s+to\s+with\s+respect\b
    | \b<STAFF>\s+(?:[\w,]+\s+){1,5}?(?:and\s+)?(?:do\s+not|don't)\s+deserve\s+(?:to\s+be|that|this|abuse)\b
    | \b(?:the|our|my)\s+(?:agent|advis[eo]r|colleague|staff\s+member|team\s+member|engineer|driver|representative
      |rep|call\s+handler|receptionist|nurse|officer|technician)\s+(?:was|were|remained|stayed)\s+(?:perfectly\s+
      |entirely\s+|completely\s+|very\s+|always\s+)?(?:polite|professional|courteous|respectful|calm)\b
      (?=[^.!?\n]{0,15}\b(?:throughout|at\s+all\s+times|the\s+whole\s+time|from\s+start\s+to\s+finish)\b
      |\s*[.!])
    | \b(?:and|he|she|they|we)\s+(?:really\s+|clearly\s+|certainly\s+)?knows?\s+(?:exactly\s+)?what\s+(?:he's|she's
      |they're|he\s+is|she\s+is|they\s+are|we're|we\s+are)\s+doing\b
    | \b(?:no|every)\s+reason\s+to\s+(?:doubt|disbelieve|question)\s+(?:him|her|them|our|the|my)\b
    | \b(?:acting|acted|working|worked)\s+(?:entirely\s+|fully\s+)?(?:in\s+line\s+with|according\s+to|within)\s+
      (?:\w+\s+)?(?:training|procedure|procedures|guidance|instructions|protocol)\b
    | \bjust\s+following\s+orders\b
    | \b(?:we|I)\s+(?:don't|do\s+not|won't|will\s+not|can't|cannot)\s+accept\s+(?:that\s+)?(?:our|my|the)\s+
      (?:\w+\s+)?<STAFF>\s+(?:was|were|acted|behaved|had\s+been)\b
    """.replace("<STAFF>", _STAFF),
    needs=all_of(
        "only just simply merely",
        "job help process procedure procedures rules instructions "
        "policy training guidance protocol",
    )
    + " "
    + all_of(
        "tolerate deserve spoken talked shouted sworn",
        "not don't shouldn't won't doesn't",
    )
    + " "
    + all_of("deserve", "respect")
    + " "
    + all_of(
        "polite professional courteous respectful calm", "was were remained stayed"
    )
    + " "
    + all_of("accept", "not don't won't can't cannot")
    + " "
    + all_of("knows know", "doing")
    + " "
    + all_of("reason", "doubt disbelieve question")
    + " "
    + all_of(
        "training procedure procedures guidance instructions protocol",
        "acting acted working worked",
    )
    + " "
    + all_of("following", "orders"),
    split=True,
)


@rule(
    code="CS608",
    scans=(_STAFF_DEFENCE,),
    name="defends-staff",
    family=_FAMILY,
    message="Defends the staff against the customer: {excerpt!r}",
    why=(
        "Standing up for a colleague against the customer's tone or "
        'account ("she was only doing her job") tells the customer their '
        "complaint is the problem; acknowledge the experience first (seed "
        '002, "Don\'t argue, don\'t defend"; seed 001, "Being Defensive or '
        'Argumentative").'
    ),
    fix="Acknowledge how the contact felt and say what you will do about it",
    bad=(
        "My colleague was only doing her job.",
        "Our staff do not have to tolerate that kind of language.",
        "I've listened to the call and the agent was polite throughout.",
        "We don't accept that our team was rude to you.",
    ),
    good=(
        "I'm sorry my colleague came across that way; I'll pass your feedback to their manager.",
        "You're right, the agent should not have hung up on you.",
        "I'm only trying to help, so let me book the engineer for Friday.",
        "Our engineers are polite and careful, and they'll call before they arrive.",
    ),
    confidence=0.8,
    # Preview until a blind set measures it: it fired on none of blind
    # sets A-C (issue 14, round 2).
    preview=True,
)
def defends_staff(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags the agent defending a colleague (or themself) against the
    customer: "she was only doing her job", "they were just following the
    process", "our staff do not have to tolerate that", "our advisers do not
    deserve to be shouted at", "the agent was polite throughout", "we don't
    accept that our team was rude".

    Silent when the reply goes on to do something for the customer ("I'm
    only trying to help, so let me book…"), for questions, conditions and
    the customer's words reported back.

    ## Known limitations
    A firm, fair boundary on abuse ("we won't tolerate threats to staff")
    is flagged too; whether it is deserved is the agent's call. Praise
    followed by a plan ("our engineers are polite, and they'll call first")
    is silent only because of the plan.
    """
    ctx = _Context(doc)
    done: set[int] = set()
    for m in _STAFF_DEFENCE.in_sentences(doc, 0, ctx.end):
        start, end = m.span()
        sentence = doc.sentence_index(start)
        if sentence in done or not ctx.said_by_agent(start):
            continue
        if is_question(doc, start) or in_conditional(doc, start):
            continue
        if reported_frame(doc, start):
            continue
        if ctx.offers(start, end):
            continue
        done.add(sentence)
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Acknowledge the experience: “I'm sorry the call left you "
                    "feeling that way; I've shared it with the team leader.”"
                ),
            ),
        )


RULES = (
    not_our_fault,
    hiding_behind_policy,
    making_excuses,
    not_my_job,
    arguing_with_customer,
    blames_third_party,
    defends_the_rule,
    defends_staff,
)
