"""
Reply-level readings the rule families share: where the agent's words end
(`body_end`), whether a tweet is one part of a thread (`thread_part`),
where a reply offers a way forward (`Alternatives`, `offers_alternative`),
the clause before a word (`clause_head`), whether it is reported or
perceived rather than asserted (`reported_frame`), one question test
(`is_question`) and its exception (`tag_question`), one conditional test (`in_conditional`), and the reply's
register (`playful`, `friendly`).

These used to live in the negative-framing family, which three other
families imported; they describe the reply, not one family's rule, so
they sit here, below every family. Patterns compile on first use, so
``import cs_lint`` does not pay for them.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Sequence

import regex

from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern, lazy_pattern
from cs_lint._text.zones import BODY, DISCLAIMER, GREETING, SIGN_OFF, SIGNATURE


# -- where the body ends --------------------------------------------------------

#: Zones that follow the agent's words: what the body ends at.
_AFTER_BODY = frozenset({SIGN_OFF, SIGNATURE, DISCLAIMER})


def body_end(doc: Document) -> int:
    r"""
    Return where the sign-off, signature or footer of *doc* starts (its
    first such zone after the agent's own words, see `Document.zones`), or
    the length of the text when there is none.

        >>> text = "Hi Jo,\n\nIt's on its way.\n\nThanks,\nAmy\nAcme Support"
        >>> text[body_end(Document(text)):]
        'Thanks,\nAmy\nAcme Support'
        >>> text = "Thanks!\nYour refund went out today, so look out for it."
        >>> body_end(Document(text)) == len(text)
        True
        >>> text = "Hi,\n\nIt's on its way.\n\nBest,\nJo\n\nP.S. That's not our fault."
        >>> body_end(Document(text)) == len(text)
        True
    """
    # The agent's words can go on after the sign-off: a P.S. ("Best,\nJo\n\n
    # P.S. ...") is body, so the body ends where the last run of sign-off,
    # signature and footer zones starts, not at the first sign-off.
    seen_words = False
    end: int | None = None
    for zone in doc.zones:
        if zone.kind in _AFTER_BODY:
            if seen_words and end is None:
                end = zone.start
        elif zone.kind in (GREETING, BODY):
            seen_words = True
            end = None
    return len(doc.text) if end is None else end


# -- threads of tweets ------------------------------------------------------------

_THREAD_END = lazy_pattern(
    r"(?:^|[\s(])[1-9]\s?/\s?[2-9]\)?(?=[\s\^*~/\-\u2013\u2014]*(?:[\w.]{0,20}\s*)?"
    r"(?:https?://\S+\s*)?$)"
    r"|(?:\.\.\.|\u2026)\s*(?:[\^*~/\-\u2013\u2014]\s?\w{1,20}\s*)?(?:https?://\S+\s*)?$"
)
_THREAD_START = lazy_pattern(
    r"(?:@\w{1,30}\s+){0,5}(?:\(?[1-9]\s?/\s?[2-9]\)|\.\.\.|\u2026)"
)


def thread_part(doc: Document) -> bool:
    r"""
    Return whether *doc* is one part of a longer answer ("… 1/2", "(2/2)",
    a tweet that ends or starts with "..."): what it leaves out may be in the
    other part, so a rule that needs the whole reply should stay quiet.

        >>> thread_part(Document("@ana We're unable to email passengers. 1/2"))
        True
        >>> thread_part(Document("@ana Half of 1/2 price is 1/4. ^JK"))
        False
    """
    text = doc.text
    return (
        _THREAD_START.match(text) is not None
        # bounded: the last 200 characters
        or _THREAD_END.search(text, max(0, len(text) - 200)) is not None
    )


# -- what can be done ----------------------------------------------------------------

#: Words that show the reply offers a way forward: an alternative, an action
#: the agent takes or took, a step for the customer, a link, a condition.
#: Round 10 (blind set M): what happens instead, in the passive or with the
#: booking as subject ("your tee time has moved to Sunday", "the class has
#: been rescheduled to Friday"); "has been cancelled" offers nothing.
#: Round 10b (blind set N): a remedy delegated with an owner counts as an
#: offer -- "I've asked the practice manager to waive it", "we've asked
#: the depot to redeliver" -- as "I've waived it" does; "I've asked the
#: team to look at it" (no remedy) and "I've asked you to send it" (the
#: customer's task) do not. docs/families/defensiveness.md, DEF-20.
_OFFER = compile_pattern(
    # Every alternative opens with a word boundary but the link's: the
    # guard fails at once inside a word, where thirty alternatives were
    # tried one by one (issue 15).
    r"""
    (?=\b|https?://)(?:
    \b(?:instead|alternatively|in\s+the\s+meantime|meanwhile|the\s+good\s+news
      |what\s+(?:I|we)\s+(?:can|could)\s+do|(?:one|another|other|your|the\s+best|the\s+quickest
      |the\s+fastest|the\s+easiest)\s+(?:option|options|way|route|alternative)s?)\b
    # The lookbehind after the head: tried where "I" or "we" stands, not
    # at every position of the text (issue 15).
    | \b(?:I|we)(?<!\b(?:nothing|much|little|lot|anything|something)\s+(?:(?:else|more|further)\s+)?
      (?:that\s+)?(?:I|we))\s+(?:can|could)\s+(?!not\b|hardly\b|scarcely\b|barely\b|see\b|understand\b|imagine\b|appreciate\b
      |assure\b|only\b|tell\b|relate\b|sympathi|empathi|confirm\b|say\b|let\s+you\s+know\b
      |hear\b|find\b)
      (?:also\s+|still\s+|certainly\s+|definitely\s+|gladly\s+|happily\s+)?\w
    | \b(?:I|we)(?:'ll|\s+will|\s+shall)\s+(?!not\b|never\b|have\s+to\s+(?:decline|refuse)
      |be\s+(?:honest|frank|straight|unable|not)\b)\w
    | \b(?:I|we)(?:'d|\s+would)\s+(?:be\s+(?:happy|glad|delighted|pleased)|love|like)\s+to\s+
      (?!apologi|say\b|thank|explain|clarify|let\s+you\s+know|reassure|point\s+out|remind|hear\b)
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:more\s+than\s+|always\s+|very\s+)?
      (?:happy|glad|delighted|pleased)\s+to\s+(?!hear\b|say\b|confirm\b|report\b|see\b|know\b
      |let\s+you\s+know\b)
    | \b(?:I|we)(?:'ve|\s+have)\s+(?:just\s+|already\s+|now\s+|also\s+|gone\s+ahead\s+and\s+)?
      (?!(?:checked|looked|noticed|reviewed|seen|heard|received|read|tried|been|had|got|gotten
      |noted|confirmed|investigated|explained|told|said|understood|learned|learnt|found
      |realised|realized|spoken|experienced|followed|asked|wondered|mentioned|stated|advised
      |listened|watched|reread|re-read|traced|replayed
      |informed|decided|determined|concluded|considered|explored|exhausted|done)\b)
      (?:\w+ed|sent|set\s+up|put|made|given|taken\s+care|paid|built|written|sold|held|kept)\b
    | \b(?:I|we)(?:'ve|\s+have)\s+(?:just\s+|already\s+|now\s+|also\s+)?(?:asked|requested)\s+
      (?!you\b|u\b)(?:[\w\x27\u2019-]+\s+){1,4}?to\s+(?:waive|refund|credit|reimburse|replace|cancel|reverse|remove
      |rebook|repair|fix|reissue|release|honou?r|cover|deliver|collect|call|ring)\b
    | \b(?:I|we)\s+(?:just\s+|also\s+|have\s+now\s+)?(?:sent|arranged|booked|rebooked|passed
      |forwarded|raised|escalated|refunded|issued|credited|emailed|upgraded|reissued
      |transferred|resent|scheduled|approved|processed|waived|dispatched|replaced|moved
      |cancell?ed|applied|added|extended|reserved|ordered)\b
    | \b(?:I'm|I\s+am|we're|we\s+are)\s+(?:now\s+|also\s+)?(?:sending|arranging|booking
      |passing|refunding|issuing|escalating|forwarding|raising|crediting|looking\s+into
      |checking|chasing|investigating|taking\s+care|handling|working\s+on|still\s+responsible
      |responsible\s+for\s+(?:your|the|this))\b
    | \blet\s+me\b(?!\s+(?:be\s+(?:clear|honest|frank|blunt|direct)|explain\s+(?:why|that)|point\s+out
      |remind\s+you|reiterate|repeat|stress|emphasi[sz]e)\b)|\blet's\b|\bfeel\s+free\b
    | \byou\s+(?:can|could|may)\s+(?!not\b|see\s+(?:that|why)\b|imagine\b)\w
    | \byou(?:'re|\s+are)\s+(?:(?:more\s+than|always|very)\s+)?(?:welcome|able|free
      |eligible|entitled)\s+to\b|\byou(?:'re|\s+are)\s+(?:well\s+)?within\b
    | \byou(?:'ll|\s+will)\s+(?:still\s+|also\s+)?(?:need|want|be\s+able|receive|get
      |have|find|see|be\s+(?:refunded|credited|contacted|sent|reimbursed))\b
    | \byou(?:\s+should|'d|\s+would)\s+(?:still\s+|also\s+)?be\s+able\s+to\b
    | \byou\s+(?:need|have|might\s+want|may\s+want|would\s+need|'d\s+need)\s+to\b
    | \b(?:please|pls|plz|kindly)\s+(?!note\b|be\s+(?:advised|aware|patient|informed)\b
      |accept\b|understand\b|bear\b|know\b|rest\b|don't\b|do\s+not\b|stop\b|refrain\b)\w
    | \bhere(?:'s|\s+is|\s+are)\b|\bhere\s*:|\b(?:see|click|visit|look|go)\s+here\b
      |\b(?:more|further)\s+(?:info|information|details)\s+(?:here|at|on|in)\b
    | https?://|\bwww\.
    | \b(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?!not\b)\w
    | \bwould\s+you\s+like\b|\bif\s+you(?:'d|\s+would)\s+(?:like|prefer)\b|\bif\s+you\s+(?:wish|prefer)\b
      |\bwant\s+me\s+to\b|\bshall\s+(?:I|we)\b|\bshould\s+I\b
    | \b(?:I|we)\s+(?:recommend|suggest|advise|encourage|would\s+(?:recommend|suggest|advise))\b
      |\brequest\s+you\s+to\b|\byou're\s+best\b|\byou\s+are\s+best\b
    | \b(?:DM|PM)\s+(?:us|me)\b|\bsend\s+(?:us|me)\s+a\s+(?:DM|PM|message|note)\b
      |\b(?:in|via|by|over|through)\s+(?:a\s+)?(?:DM|PM|direct\s+message|private\s+message)\b
    | \b(?:is|are|'s|has\s+been|have\s+been)\s+(?:attached|enclosed)\b
    | \b(?:on\s+(?:its|their|the)\s+way|in\s+stock|(?:is|are)\s+(?:still\s+|now\s+|also\s+)?available
      |(?:is|are)\s+(?:free|complimentary|covered)\b)
    | \b(?:has|have|'s|is|are)\s+(?:now\s+|automatically\s+|already\s+)?(?:been\s+)?
      (?:moved|rescheduled|rebooked|transferred|switched)\s+(?:over\s+)?to\b
    )""",
    lazy=True,
)
#: Conditions that leave a way open ("until the payment clears"): counted
#: only after the refusal.
#: "until you tell us otherwise" / "until further notice" keeps things as
#: they are: a default, not a way open (round 8).
_CONDITION = compile_pattern(
    r"\b(?:unless|until(?!\s+(?:you\s+(?:tell|let)\s+us\s+(?:know\s+)?otherwise|further\s+notice)\b)"
    r"|as\s+soon\s+as)\b",
    lazy=True,
)
_CONTRAST = compile_pattern(
    r"\b(?:but|however|though|although|that\s+said)\b", lazy=True
)
_CONTRAST_TAIL = lazy_pattern(r"[^.!?\n]{3,80}")
_GLOOM = compile_pattern(
    r"\b(?:not|no|never|nothing|unable|cannot|sorry|unfortunately|apologi\w+|afraid|regret\w*"
    r"|policy|policies|rules?|terms|only)\b|n't\b",
    lazy=True,
)
#: Stock closers that look like offers but offer nothing specific.
CLOSER = compile_pattern(
    r"""
    \b(?:please\s+)?(?:do\s+)?let\s+(?:us|me)\s+know\s+if\s+(?:you\s+have|there(?:'s|\s+is)|you\s+need
      |we\s+can|I\s+can|you'd\s+like|you\s+would\s+like)\b[^.!?\n]{0,50}
    | \bif\s+(?:there(?:'s|\s+is)\s+anything\s+else|(?:we|I)\s+can\s+(?:help|assist)(?:\s+you)?
      \s+(?:with\s+anything|further|in\s+any\s+other\s+way))[^.!?\n]{0,60}
    | \b(?:is\s+there\s+)?anything\s+else\s+(?:I|we)\s+can\s+(?:help|do|assist)[^.!?\n]{0,30}
    | \b(?:is\s+there\s+)?anything\s+else\s*\?
    | \b(?:any|if\s+you\s+have\s+any)\s+(?:other|further|more)\s+questions[^.!?\n]{0,30}
    | \b(?:I|we)\s+hope\s+(?:this|that|it)\s+(?:helps|clarifies|answers)[^.!?\n]{0,40}
    | \bhave\s+a\s+(?:great|good|nice|lovely|wonderful|fantastic)\s+\w+|\btake\s+care\b
    | \b(?:we're|we\s+are|I'm|I\s+am)\s+(?:always\s+)?here\s+(?:if|for|to\s+help|whenever)[^.!?\n]{0,40}
    | \bthank(?:s|\s+you)\s+for\s+(?:your\s+)?(?:understanding|patience|reaching\s+out|contacting
      |getting\s+in\s+touch|your\s+feedback)\b
    """,
    lazy=True,
)
#: A sentence that starts with an instruction is a next step ("DM us", "Try").
#: "Keep an eye on your emails", "Keep checking", "Hold tight" only wait on
#: the company: no alternative (round 8).
_IMPERATIVE_START = compile_pattern(
    r"""
    (?:(?:@\w+\s+)*(?:(?:hi|hey|hello|hiya)(?:\s+there|\s+\w+)?\s*[,!.]\s*)?
      (?:(?:so|but|and|just|also|meanwhile|now|first|then|otherwise|alternatively|instead)[,]?\s+)?)
    (?:dm|pm|send|contact|call|ring|visit|try|check|use|head|go|pop|drop|reach|email|e-mail
      |message|click|tap|follow|reply|give|take|restart|reset|update|download|install|open
      |select|choose|log|sign|enter|look|ask|consider|book|order|return|bring|fill|register
      |tweet|chat|text|refer|apply|speak|talk|swap|switch|search|browse|find|keep|note\s+down
      |unplug|plug|unscrew|power|turn|reboot|wait|hold|press|clear|disable|enable|feel
      |(?:be|make)\s+sure)\b(?!\s+(?:in\s+mind|care|note|an\s+eye|checking|watching|tight)\b)
    """,
    lazy=True,
)


#: A generic invitation (round 8, issue 14): a one-clause sentence whose only
#: object is "any (other) questions" or "further information", e.g. "You can
#: reply to this email with any other questions", "For further information
#: please refer to the webpages", "please email me with any questions". It
#: names no other route or option for what was refused, so it is read like a
#: stock closer, not as an alternative (rubric NEG-8, pseudo-alternative).
#: "For more information about X, visit ..." names a topic and stays an offer.
_GENERIC_INVITATION = compile_pattern(
    r"""
    \b(?:with|for|about|regarding|if\s+you\s+have)\s+any\s+(?:other\s+|further\s+|more\s+|additional\s+)?
      (?:questions?|queries|query|concerns)\b
    | \b(?:for|with\s+any)\s+(?:further|more|additional|general)\s+(?:information|info|details)\b
      (?!\s+(?:on|about|regarding|of|how)\b)
    | \bif\s+you\s+need\s+anything\s+(?:else|further|more)\b
    """,
    lazy=True,
)
#: A second clause or route in the same sentence: then the sentence may hold
#: a real alternative beside the invitation ("… or call us to rebook").
_SECOND_CLAUSE = compile_pattern(
    r"\b(?:or|and|but|instead|alternatively|otherwise)\b|[;:]|https?://|\bwww\.",
    lazy=True,
)


def _generic_invitations(doc: Document, end: int) -> list[tuple[int, int]]:
    """
    The spans of the body's sentences that only invite questions (see
    `_GENERIC_INVITATION`); gated on the invitation words, one pass.
    """
    spans: list[tuple[int, int]] = []
    for sent in doc.sentences:
        if sent.start >= end:
            break
        text = sent.text
        if len(text) > 140 or _GENERIC_INVITATION.search(text) is None:
            continue
        if _SECOND_CLAUSE.search(text) is not None:
            continue
        spans.append((sent.start, sent.end))
    return spans


class Alternatives:
    """
    Where a reply offers a way forward: build it through `alternatives_of`,
    which reads it once per document (`excluding` gives a narrower view).

    ``after(pos)`` is true when an offer follows *pos* in the body of the
    reply (the rest of the sentence or any later sentence, quoted lines and
    the signature left out); ``before(pos)`` when one precedes it. Stock
    closers ("let us know if you have any other questions") do not count.
    Lookups cost a bisection, so many refusals in a long text stay linear.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.end = body_end(doc)
        text = doc.text
        closers = [(m.start(), m.end()) for m in CLOSER.finditer(text, 0, self.end)]
        merged: list[tuple[int, int]] = []
        for span in sorted(closers + _generic_invitations(doc, self.end)):
            if merged and span[0] < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
            else:
                merged.append(span)
        closers = merged
        closer_starts = [s for s, _ in closers]

        def usable(pos: int) -> bool:
            i = bisect.bisect_right(closer_starts, pos) - 1
            if i >= 0 and closers[i][0] <= pos < closers[i][1]:
                return False
            return not doc.in_quote(pos)

        offers = [m.start() for m in _OFFER.finditer(text, 0, self.end)]
        for sent in doc.sentences:
            if sent.start >= self.end:
                break
            if _IMPERATIVE_START.match(sent.text):
                offers.append(sent.start)
        self._offers = sorted(p for p in offers if usable(p))
        self._conditions = [
            m.start()
            for m in _CONDITION.finditer(text, 0, self.end)
            if usable(m.start())
        ]
        # "but our partner store does": a contrast that is not more bad news.
        for m in _CONTRAST.finditer(text, 0, self.end):
            tail = _CONTRAST_TAIL.match(text, m.end(), self.end)
            if (
                tail is not None
                and _GLOOM.search(tail.group()) is None
                and usable(m.start())
            ):
                self._conditions.append(m.start())
        self._conditions.sort()

    def after(self, pos: int) -> bool:
        """
        Return whether the reply offers a way forward after *pos* (offers,
        conditions such as "unless you", and a "but" that brings no more bad
        news).
        """
        for points in (self._offers, self._conditions):
            i = bisect.bisect_left(points, pos)
            if i < len(points) and points[i] < self.end:
                return True
        return False

    def before(self, pos: int) -> bool:
        """
        Return whether the reply offers a way forward before *pos*.
        """
        return bisect.bisect_left(self._offers, pos) > 0

    def anywhere(self, start: int, end: int) -> bool:
        """
        Return whether anything before *start* or after *end* offers a way
        forward.
        """
        return self.before(start) or self.after(end)

    def excluding(self, spans: Sequence[tuple[int, int]]) -> Alternatives:
        """
        The same reading without the offers inside *spans* (sorted, not
        overlapping): a rule's own knowledge that some words only look like
        help ("you'll need to contact the courier" sends the customer
        away). One pass over the offers; look-ups stay a bisection.
        """
        starts = [s for s, _ in spans]

        def kept(pos: int) -> bool:
            i = bisect.bisect_right(starts, pos) - 1
            return not (i >= 0 and spans[i][0] <= pos < spans[i][1])

        view = copy.copy(self)
        view._offers = [p for p in self._offers if kept(p)]
        view._conditions = [p for p in self._conditions if kept(p)]
        return view


def alternatives_of(doc: Document) -> Alternatives:
    """
    The document's `Alternatives`, read once per document and shared by
    every rule that asks (it scans the whole body for offers).
    """
    return doc.memo(Alternatives)


def offers_alternative(doc: Document, start: int, end: int | None = None) -> bool:
    r"""
    Return whether the reply offers what can be done around the words at
    *start*..*end*: after them (rest of the sentence, later sentences) or
    before them. One-off convenience over `Alternatives`.

        >>> def check(text, words="can't"):
        ...     i = text.index(words)
        ...     return offers_alternative(Document(text), i, i + len(words))
        >>> check("We can't refund it.")
        False
        >>> check("We can't refund it, but we can exchange it today.")
        True
        >>> check("We can't refund it. What I can do is send a voucher.")
        True
        >>> check("We can't refund it. Please DM us the order number.")
        True
        >>> check("We can't refund it. Let us know if you have any other questions.")
        False
        >>> check("We can't refund it, but rules are rules.")
        False
        >>> check("There's nothing we can do.", "nothing")
        False
        >>> check("We can't refund it.\n\n> What can you do instead?")
        False
        >>> check("Hi,\n\nWe can't refund it.\n\nThanks,\nAmy\n--\nCall us: https://x.example")
        False
    """
    return alternatives_of(doc).anywhere(start, start if end is None else end)


# -- small text helpers -------------------------------------------------------------

CLAUSE_BREAK = lazy_pattern(
    r"[,;:()\u2014\u2013]|\s-\s|(?<![\w'\u2019])(?:but|however|although|though|because"
    r"|and|or|so|if|unless|when|while|whereas|once|since|as)(?![\w'\u2019])",
    regex.IGNORECASE,
)


def clause_head(doc: Document, pos: int, *, limit: int = 160) -> str:
    """
    Return the lowercased words of *pos*'s clause before *pos* (bounded
    look-back, so many matches in one huge sentence stay linear).
    """
    sent = doc.sentence_at(pos)
    lo = max(pos - limit, sent.start if sent is not None else 0)
    head = doc.text[lo:pos]
    cut = _last_break(head)
    if cut is not None:
        head = head[cut.end() :]
    return head.lower().replace("\u2019", "'").strip()


def _last_break(text: str) -> regex.Match[str] | None:
    found = None
    for found in CLAUSE_BREAK.finditer(text):  # noqa: B007 - keep the last one
        pass
    return found


#: Frames under which the words that follow report or perceive the
#: customer's situation instead of stating the agent's own position: "sorry
#: to hear", "I understand", "you mentioned", "it sounds like".
_REPORT_FRAME = compile_pattern(
    r"""
    \b(?:sorry|sad|gutted|shame|pity)\s+to\s+(?:hear|see|read|learn)\b
    | \b(?:hear|heard|noticed|gather|sounds?|seems?|mentioned|mention|said|says|told|wrote
      |asked|wondering|wondered|worried|concerned|claim|claimed|suggested|complained|reported)\b
    """
)


def reported_frame(doc: Document, pos: int, *, limit: int = 80) -> bool:
    """
    Return whether the words at *pos* sit under a frame of reporting or
    perceiving in the same clause ("sorry to hear refunds aren't possible",
    "you mentioned it can't be undone", "it sounds like the code expired"): the
    words are then the customer's situation or words, not what the agent
    asserts. The look-back stops at the clause's start and at *limit*
    characters.

        >>> def framed(text, words):
        ...     return reported_frame(Document(text), text.index(words))
        >>> framed("Sorry to hear refunds aren't possible there.", "aren't")
        True
        >>> framed("You mentioned the code isn't allowed.", "isn't")
        True
        >>> framed("I'm sorry, but refunds aren't possible.", "aren't")
        False
        >>> framed("Refunds aren't possible after 30 days.", "aren't")
        False
    """
    head = clause_head(doc, pos, limit=limit)
    return bool(head) and _REPORT_FRAME.search(head) is not None


def is_question(doc: Document, pos: int) -> bool:
    """
    Return whether the sentence at *pos* is a question.
    """
    sent = doc.sentence_at(pos)
    return sent is not None and sent.text.rstrip("\"')\u201d\u2019 ").endswith("?")


_TAG = compile_pattern(
    r"""
    ,\s*(?:remember|right|yes|ok|okay|no|correct|yeah|surely|eh|see|understood
      |(?:didn't|did|don't|do|doesn't|does|isn't|is|wasn't|was|aren't|are|weren't|were|haven't|have|hasn't
      |won't|can't|couldn't|wouldn't)\s+(?:you|it|they|we|I|he|she|there))\s*\?+["\u0027\u201d\u2019)]*$
    """
)


def tag_question(doc: Document, pos: int) -> bool:
    """
    Return whether the sentence at *pos* is a statement ending in a tag
    ("You asked us to cancel, remember?", "That was the plan, wasn't it?"):
    it asserts, so rules that skip questions should read it as a
    statement.

        >>> text = "You were the one who asked, remember?"
        >>> tag_question(Document(text), 0), is_question(Document(text), 0)
        (True, True)
        >>> tag_question(Document("Did you get the email?"), 0)
        False
    """
    sent = doc.sentence_at(pos)
    if sent is None or not sent.text.rstrip().endswith("?"):
        return False
    return _TAG.search(doc.text, max(sent.start, sent.end - 40), sent.end) is not None


def in_conditional(doc: Document, pos: int, *, limit: int = 80) -> bool:
    """
    Return whether *pos* sits in an "if" / "unless" / "when" clause.
    """
    sent = doc.sentence_at(pos)
    lo = max(pos - limit, sent.start if sent is not None else 0)
    cut = _last_break(doc.text[lo:pos])
    return cut is not None and cut.group().lower() in ("if", "unless", "when", "once")


EMOJI = lazy_pattern(
    r"\p{Extended_Pictographic}|(?<!\w)[:;=]-?[)(DPp3]|<3|\^_?\^|\bx+o+\b|\bhaha\w*|\blol\b"
)
_POSITIVE = compile_pattern(
    r"""
    \b(?:thanks?|thank\s+you|thx|ty|enjoy\w*|happy|glad|love\w*|lovely|great|awesome|amazing
      |welcome|congrat\w*|excit\w*|wonderful|fantastic|brilliant|perfect|cute\w*|fun
      |yay|woo+\w*|wow|hooray|birthday|best|cheers|delight\w*|stoked|thrilled|proud|hope
      |can't\s+wait|cannot\s+wait|no\s+worries|not\s+to\s+worry|don't\s+(?:you\s+)?worry
      |good\s+(?:news|luck)|have\s+fun|well\s+done|sweet|cool|nice)\b
    """,
    lazy=True,
)


#: Playful register across a whole reply (courtesy like "thanks" is in
#: nearly every reply and says nothing about tone).
_PLAYFUL = compile_pattern(
    r"""
    \b(?:no\s+worries|not\s+to\s+worry|don't\s+(?:you\s+)?worry|yay|woo+\w*|wow|hooray
      |congrat\w*|can't\s+wait|cannot\s+wait|love\w*|awesome|amazing|fantastic|brilliant
      |cute\w*|fun|excit\w*|birthday|stoked|thrilled|have\s+fun|enjoy\w*)\b
    """,
    lazy=True,
)


def playful(text: str) -> bool:
    """
    Return whether *text* as a whole reads as playful: an emoji or
    emoticon, "no worries", "can't wait", "congrats", "enjoy".
    """
    return EMOJI.search(text) is not None or _PLAYFUL.search(text) is not None


def friendly(text: str) -> bool:
    """
    Return whether *text* reads as warm or playful: an emoji or emoticon,
    thanks, congratulations, "can't wait", "no worries".
    """
    return EMOJI.search(text) is not None or _POSITIVE.search(text) is not None


# -- bounded context ----------------------------------------------------------

#: How far around a match the sentence-wide checks look. Real sentences are
#: far shorter; the bound keeps one 10 MB "sentence" linear to lint.
_WINDOW = 400


def mentions(doc: Document, words: frozenset[str]) -> bool:
    """
    Return whether any of *words* occurs in the reply: a set look-up that
    saves a costly scan for a phrase that cannot be there.
    """
    return not words.isdisjoint(doc.words)


def sentence_window(doc: Document, offset: int) -> tuple[int, int]:
    """
    The sentence around *offset*, clipped to `_WINDOW` characters either
    side.
    """
    sent = doc.sentence_at(offset)
    if sent is None:
        return max(0, offset - _WINDOW), min(len(doc.text), offset + _WINDOW)
    return max(sent.start, offset - _WINDOW), min(sent.end, offset + _WINDOW)
