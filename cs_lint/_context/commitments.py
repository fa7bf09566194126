"""
Commitments: what a reply promises, by whom, by when and how firmly.

"I'll call you back by 4pm" is a commitment by ``I`` to "call you back"
with the deadline "by 4pm", stated ``firm``ly; "someone will be in touch
soon" is one by the ``team`` with the vague deadline "soon"; "you'll
receive a refund within 5 days" is one about the ``customer``'s side. A
host can track these promises; the follow-through rules (CS8xx) read them
to find promises with no time or owner.

Only the agent's own words count: commitments inside quotation marks,
quoted replies and signatures are left out. Negative promises ("we won't
charge you again") and commitments stated as ongoing work ("we're looking
into it") are not extracted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

import attrs

from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern


if TYPE_CHECKING:
    import regex

Actor = Literal["I", "we", "team", "customer"]
Certainty = Literal["hedged", "firm", "guaranteed"]


@attrs.frozen
class Commitment:
    """
    One commitment in a reply.

    Attributes:
        start: Where the commitment starts (its subject), a code-point
            offset into the reply.
        end: Where its clause ends; ``text[start:end]`` is `excerpt`.
        excerpt: The commitment as written.
        actor: Who commits: ``I``, ``we``, the support ``team`` ("our
            team", "someone", "an engineer", "you'll be contacted") or the
            ``customer``'s side ("you'll receive a refund").
        action: What is promised ("call you back"), up to its deadline.
        action_start: Offset of *action*; ``action_end`` is its end.
        action_end: End offset of *action*.
        deadline: The time given ("by 4pm", "within 24 hours", "soon"), or
            None.
        deadline_start: Offset of *deadline* (None without one).
        deadline_end: End offset of *deadline* (None without one).
        vague: Whether the deadline is vague ("soon", "shortly", "in due
            course", "as soon as possible"); False without a deadline.
        certainty: ``hedged`` ("I'll try to", "should", "hopefully"),
            ``firm`` ("I'll", "we will") or ``guaranteed`` ("I promise",
            "definitely", "I'll make sure").
        conditional: Whether it hangs on a condition ("if you DM us, we'll
            ...", "once it's back in stock, ...").
    """

    start: int
    end: int
    excerpt: str
    actor: Actor
    action: str
    action_start: int
    action_end: int
    deadline: str | None
    deadline_start: int | None
    deadline_end: int | None
    vague: bool
    certainty: Certainty
    conditional: bool

    @property
    def timed(self) -> bool:
        """
        Whether the commitment gives a concrete time ("by Friday").
        """
        return self.deadline is not None and not self.vague

    def to_dict(self) -> dict[str, Any]:
        """
        Return the commitment as a JSON-ready dict.
        """
        return attrs.asdict(self)


def _compile(source: str) -> regex.Pattern[str]:
    # Compiled on first use, so ``import cs_lint`` stays fast.
    return compile_pattern(source, lazy=True)


_TEAM_NOUNS = r"""
    (?:team|teams|colleagues?|department|specialists?|agents?|advisors?|advisers?
      |representatives?|reps?|engineers?|technicians?|experts?|supervisors?|managers?
      |staff|member\s+of\s+(?:our|the|my)\s+(?:[\w-]+\s+)?team)
"""
#: Who commits. A team subject is "our (billing) team", "one of our
#: engineers", "someone (from our team)", "a specialist".
_SUBJECT = _compile(
    rf"""
    (?<!\w)(?<!')(?:
      (?P<i>I)(?=\s|')
    | (?P<we>we)(?=\s|')
    | (?P<you>you|u)(?=\s|')
    | (?P<it>it|this|that|(?:your|the)\s+(?:[\w-]+\s+)?(?:case|issue|complaint|request|query
        |feedback|claim|concern|problem|ticket|refund|order|replacement|return|repair
        |application|account))(?=\s|')
    | (?P<team>(?:(?:our|the|my)\s+(?:[\w-]+\s+){{0,2}}?{_TEAM_NOUNS}
        |one\s+of\s+(?:our|the|my)\s+(?:[\w-]+\s+){{0,2}}?{_TEAM_NOUNS}|one\s+of\s+us
        |(?:someone|somebody|a\s+member\s+of\s+(?:our|the)\s+(?:[\w-]+\s+)?team)
          (?:\s+(?:from|in|on)\s+(?:our|the|that|this)\s+(?:[\w-]+\s+){{0,2}}?{_TEAM_NOUNS})?
        |an?\s+(?:[\w-]+\s+)?(?:specialist|agent|advisor|adviser|representative|engineer
          |technician|expert|supervisor|manager|member\s+of\s+(?:our|the)\s+team)))
    )
    """
)
#: The words a commitment turns on; subjects are looked for before them.
_MODAL_WORDS = (
    *("will", "shall", "going", "gonna", "should", "might", "may", "could", "hope"),
    *("aim", "intend", "plan", "expect", "promise", "guarantee", "commit"),
)
#: Modal words that promise only with "to" after them ("we plan to").
_NEEDS_TO = frozenset(("hope", "aim", "intend", "plan", "expect", "going"))
#: Words that can open a subject (see `_SUBJECT`): one-word subjects sit
#: right before their modal (at most two adverbs between), longer ones ("one
#: of our billing specialists") further back.
_FIRST_SHORT = re.compile(
    r"(?<![\w'\u2019])(?:i|we|you|u|it|this|that)(?=[\s'\u2019])", re.IGNORECASE
)
_FIRST_LONG = re.compile(
    r"(?<![\w'\u2019])(?:our|the|my|one|someone|somebody|a|an|your)(?=\s)",
    re.IGNORECASE,
)
_SHORT_REACH = 30
#: How far past a subject or modal word the patterns look.
_LOOK = 100


def _first_words(text: str, lo: int, key: int) -> list[re.Match[str]]:
    """
    The words between *lo* and the modal word at *key* that may open its
    subject, in order.
    """
    found = list(_FIRST_LONG.finditer(text, lo, key + 1))
    found += _FIRST_SHORT.finditer(text, max(lo, key - _SHORT_REACH), key + 1)
    found.sort(key=lambda m: m.start())
    return found


def _modal_positions(doc: Document) -> list[int]:
    """
    The offsets of the future and modal words ("will", "'ll", "should"),
    found with plain string search.
    """
    lower = doc.lower
    found: list[int] = []
    words = doc.words
    for word in _MODAL_WORDS:
        if word not in words:
            continue
        i = lower.find(word)
        while i != -1:
            end = i + len(word)
            if (
                (i == 0 or not lower[i - 1].isalnum())
                and (end == len(lower) or not lower[end].isalnum())
                and (word not in _NEEDS_TO or lower.startswith(" to ", end))
            ):
                found.append(i)
            i = lower.find(word, end)
    for mark in ("'ll", "\u2019ll"):
        i = lower.find(mark)
        while i != -1:
            found.append(i)
            i = lower.find(mark, i + 3)
    found.sort()
    return found


#: How far before its modal word a subject may start ("someone from our
#: customer care team will").
_SUBJECT_REACH = 70
#: What follows the subject: a future ("'ll", "will", "am going to"), a
#: hedged modal ("should", "might be able to") or a promise verb.
_MODAL = _compile(
    r"""
    (?:\s+(?:will\s+|shall\s+)?(?:also|then|now|personally|definitely|certainly
      |absolutely|surely|happily|gladly|just|both|all|hopefully|100\s?%)){0,2}
    (?:
      (?P<future>'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to
        |\s+are\s+going\s+to|\s+is\s+going\s+to|'s\s+going\s+to|\s+gonna)
    | (?P<hedge>\s+(?:should|might|may|could)(?=\s+(?:be\s+able\s+to|hear|receive|get|see
        |have|be\s+(?:in\s+touch|contacted|refunded|credited|sent|able)))
        |\s+(?:hope|aim|intend|plan|expect)\s+to)
    | (?P<promise>\s+(?:promise|guarantee|commit)(?:\s+(?:to|that|you))?)
    )
    """
)
_AFTER_MODAL = _compile(
    r"""
    (?:\s*,?\s*(?:also|then|now|personally|definitely|certainly|absolutely|surely
      |happily|gladly|just|both|all|still|hopefully|100\s?%|be\s+sure\s+to|for\s+sure)\b){0,3}
    """
)
_HEDGE_STEP = _compile(
    r"""
    \s*(?:try\s+(?:to|and)|attempt\s+to|do\s+(?:our|my)\s+(?:best|utmost)\s+to
      |see\s+(?:if|whether)\s+(?:we|I)\s+can|aim\s+to|endeavou?r\s+to|be\s+able\s+to
      |hopefully)\s+
    """
)
_SURE_STEP = _compile(
    r"""
    \s*(?:make\s+(?:sure|certain)|ensure|see\s+to\s+it)(?:\s+(?:that|to))?\s+
    """
)
_HAPPY_STEP = _compile(
    r"\s*be\s+(?:more\s+than\s+|very\s+|really\s+)?(?:happy|glad|delighted|pleased)\s+to\s+"
)
_GUARANTEE_LEAD = _compile(
    r"""
    (?:\bI\s+(?:can\s+)?(?:promise|guarantee|assure\s+you|swear)|\brest\s+assured
      |\bI\s+give\s+you\s+my\s+word)\s*,?\s*(?:that\s+)?$
    """
)
_HEDGE_LEAD = _compile(r"(?:\bhopefully|\bI\s+hope|\bwe\s+hope)\s*,?\s*(?:that\s+)?$")
_LET_ME = _compile(
    r"""
    (?<!\w)(?<!')let\s+(?P<who>me|us)\s+(?!know\b|explain\b|clarify\b|be\s+clear\b|apologi
      |say\b|assure\b|reassure\b|repeat\b|remind\b|start\s+by\b)(?=\w)
    """
)
#: Words that never open a promised action.
_NOT_ACTION = frozenset(
    {
        "not",
        "never",
        "be",
        "need",
        "needs",
        "want",
        "have",
        "find",
        "notice",
        "see",
        "know",
        "understand",
        "appreciate",
        "agree",
        "remember",
        "continue",
        "like",
        "love",
        "probably",
        "likely",
        "still",
        "no",
    }
)
_AGENT_BE = _compile(
    r"""
    be\s+(?:in\s+touch|in\s+contact|back\s+(?:in\s+touch|to\s+you)|there|(?:\w+ing)\b
      |on\s+(?:it|the\s+case|hand))
    """
)
_PASSIVE = _compile(
    r"""
    be\s+(?:fully\s+|automatically\s+|promptly\s+)?(?:contacted|called|emailed|e-mailed
      |messaged|texted|notified|updated|informed|refunded|credited|reimbursed|compensated
      |sent|given|offered|issued|charged|billed|switched|upgraded|moved|rebooked|helped)\b
    """
)
#: What the customer's side will get: the agent's promise about them.
_CUSTOMER_VERBS = frozenset(
    {"receive", "get", "hear", "have", "see", "be", "gets", "start", "find"}
)
_IT_PASSIVE = _compile(
    r"""
    be\s+(?:\w+ly\s+)?(?:looked\s+into|investigated|reviewed|dealt\s+with|addressed|handled
      |sorted|resolved|fixed|processed|refunded|credited|sent|replaced|escalated|passed\s+on
      |followed\s+up|picked\s+up|updated|shipped|dispatched|repaired|cancell?ed|corrected
      |reinstated|restored|reviewed|checked|issued|approved)\b
    """
)
_HAVE_TO = _compile(r"have\s+to\b")
_CONTACTED = _compile(
    r"be\s+(?:contacted|called|emailed|e-mailed|messaged|texted|notified|updated|informed"
    r"|helped)\b"
)
_CUSTOMER_SEE = _compile(r"see\s+(?:the|a|your|it|that|this)\b")
_CUSTOMER_FIND = _compile(r"find\s+(?:the|a|your|it)\s+\w+\s+(?:in|on)\b")
_ACTION_WORD = _compile(r"[\w-]+(?:'[a-z]+)?")
#: Where a promised action ends.
_ACTION_END = _compile(
    r"""
    [.!?;:\n\u2026]|\s[\u2014\u2013-]\s|,\s*(?:but|so|if)\b
    |,?\s+(?:and|or)\s+(?=(?:I|we|you|they|it|this|that|our|the|your|someone|somebody
      |one\s+of)\s)
    |\s(?:but|so\s+that|so|because|unless|although|though|while|whereas)\s
    |\s(?:if|once|when|whenever)\s(?!possible\b)
    """
)
_CONCRETE = _compile(
    r"""
    \b(?:by|before|until|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:day|week|month
      |business|today|tomorrow|play)|tonight|tomorrow|today|noon|midday|midnight|close
      |cob|eod|eow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues
      |wed|thu|thur|thurs|fri|sat|sun|next\s+\w+|this\s+\w+|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?
      |\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?\w+)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep
      |sept|oct|nov|dec)\w*(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|christmas|the\s+weekend)
    | \b(?:within|in|in\s+the\s+next|over\s+the\s+next|in\s+under|under|for)\s+
      (?:the\s+next\s+)?(?:\d+(?:\s*(?:-|to|\u2013)\s*\d+)?|a|an|one|two|three|four|five|six
      |seven|ten|few|a\s+few|a\s+couple\s+of|couple\s+of)\s+(?:working\s+|business\s+|calendar\s+)?
      (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b
    | \b(?:today|tonight|tomorrow(?:\s+(?:morning|afternoon|evening))?|right\s+away
      |immediately|straight\s+away|right\s+now|this\s+(?:morning|afternoon|evening|week)
      |next\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|month)
      |later\s+today|first\s+thing(?:\s+tomorrow)?|(?:on|this|next)\s+(?:monday|tuesday
      |wednesday|thursday|friday|saturday|sunday)|at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?
      |within\s+the\s+hour|overnight)\b
    | \bas\s+soon\s+as\s+(?!(?:possible|we\s+can|I\s+can|we're\s+able|we\s+are\s+able
      |I'm\s+able|humanly)\b)(?:I|we|it|they|the|our|your|this|that|you)\b[^.!?\n,;]{1,60}
    """
)
_VAGUE = _compile(
    r"""
    \b(?:(?:very\s+|really\s+)?soon(?:est)?|shortly|asap|as\s+soon\s+as\s+(?:possible
      |we\s+can|I\s+can|we're\s+able|we\s+are\s+able|I'm\s+able|humanly\s+possible)
      |as\s+(?:quickly|fast|promptly)\s+as\s+(?:possible|we\s+can|I\s+can)
      |in\s+due\s+course|at\s+some\s+point|in\s+the\s+(?:near|not\s+too\s+distant)\s+future
      |at\s+a\s+later\s+(?:date|time|stage)|eventually|sometime|some\s+time|in\s+a\s+(?:bit|while)
      |when(?:ever)?\s+(?:we|I)\s+(?:can|get\s+(?:a|the)\s+chance|have\s+(?:a\s+)?(?:moment|time))
      |at\s+the\s+earliest(?:\s+(?:opportunity|convenience))?|before\s+long|down\s+the\s+(?:road|line)
      |in\s+time)\b
    """
)
#: A text without one of these words has no vague time (a cheap test).
_VAGUE_WORDS = frozenset(
    (
        *("soon", "soonest", "shortly", "asap"),
        *(
            "quickly",
            "fast",
            "promptly",
            "due",
            "point",
            "future",
            "later",
            "eventually",
        ),
        *("sometime", "time", "bit", "while", "when", "whenever", "earliest", "long"),
        *("road", "line"),
    )
)
#: Words that make what follows in the sentence hang on a condition.
_BOOSTERS = ("definitely", "certainly", "absolutely", "surely", "100")
_PUNCT_TO_SPACE = str.maketrans(dict.fromkeys('.,;:!?()[]"\u201c\u201d\u2026', " "))
#: A span without one of these words has no concrete time (a cheap test).
_CONCRETE_WORDS = frozenset(
    (
        *("by", "before", "until", "later", "within", "in", "over", "under", "for"),
        *("today", "tonight", "tomorrow", "right", "immediately", "straight", "this"),
        *("next", "first", "on", "at", "overnight", "as"),
    )
)
_CONDITION_WORDS = frozenset(
    ("if", "once", "when", "whenever", "unless", "provided", "after", "should")
)
_CONDITION_PHRASES = ("as soon as", "in case")


def _conditional_before(lower: str, lo: int, start: int) -> bool:
    """
    Return whether a condition ("if you DM us, ...") opens the sentence
    part before *start* (plain string tests: cheaper than a pattern).
    """
    head = lower[lo:start]
    if any(p in head for p in _CONDITION_PHRASES):
        return True
    words = head.replace(",", " ").replace(";", " ").split()
    return any(
        w in _CONDITION_WORDS and (w != "should" or words[i + 1 : i + 2] == ["you"])
        for i, w in enumerate(words)
    )


#: A reply with none of these words holds no commitment (a cheap test).
_SUBJECT_WORDS = frozenset(
    (
        *("i", "we", "you", "u", "i'll", "we'll", "you'll", "i'm", "we're", "let"),
        *("someone", "somebody", "team", "teams", "colleague", "colleagues"),
        *("department", "specialist", "specialists", "agent", "agents", "advisor"),
        *("advisors", "adviser", "advisers", "representative", "representatives"),
        *("rep", "reps", "engineer", "engineers", "technician", "technicians"),
        *("expert", "experts", "supervisor", "supervisors", "manager", "managers"),
        "staff",
        *("it", "this", "that", "case", "issue", "complaint", "request", "query"),
        *("feedback", "claim", "concern", "problem", "ticket", "refund", "order"),
        *("replacement", "return", "repair", "application", "account"),
    )
)


def commitments_in(doc: Document) -> tuple[Commitment, ...]:
    """
    Return the commitments in *doc*'s own words, in order.

    Prefer `commitments`, which computes this once per document.
    """
    if _SUBJECT_WORDS.isdisjoint(doc.words):
        return ()
    out: list[Commitment] = []
    text = doc.text
    # Subjects are looked for just before a future or modal word, and tried
    # only at words that can start one, so the cost follows the number of
    # "will"s, not the length of the text.
    tried: set[int] = set()
    lo = 0
    for key in _modal_positions(doc):
        # Windows of neighbouring modals overlap: read each word once.
        lo = max(lo, key - _SUBJECT_REACH)
        for token in _first_words(text, lo, key):
            start = token.start()
            if start in tried:
                continue
            tried.add(start)
            m = _SUBJECT.match(text, start, start + _LOOK)
            if m is None:
                continue
            found = _commitment_at(doc, m)
            if found is not None:
                out.append(found)
        lo = max(lo, key)
    for m in _LET_ME.finditer(text) if "let" in doc.words else ():
        found = _let_me(doc, m)
        if found is not None:
            out.append(found)
    out.sort(key=lambda c: c.start)
    return tuple(out)


def _actor(m: regex.Match[str]) -> Actor:
    if m.group("i"):
        return "I"
    if m.group("we"):
        return "we"
    if m.group("you"):
        return "customer"
    # "it", "your case" only with a passive ("will be looked into"): the
    # support team acts.
    return "team"


def _commitment_at(doc: Document, subj: regex.Match[str]) -> Commitment | None:
    text = doc.text
    start = subj.start()
    modal = _MODAL.match(text, subj.end(), subj.end() + _LOOK)
    if modal is None or not doc.in_agent_zone(start) or doc.in_quote(start):
        return None
    actor = _actor(subj)
    certainty: Certainty = "firm"
    if modal.group("hedge"):
        certainty = "hedged"
    elif modal.group("promise"):
        if actor == "customer" or _SUBJECT.match(
            text, _skip_space(text, modal.end()), _skip_space(text, modal.end()) + 200
        ):
            # "I promise I'll call": the inner subject's commitment counts.
            return None
        certainty = "guaranteed"
    said = modal.group().lower()
    if any(w in said for w in _BOOSTERS):
        certainty = "guaranteed"
    if "hopefully" in said:
        certainty = "hedged"
    pos = modal.end()
    # Every look ahead is bounded: the `regex` module may scan for a
    # pattern's required words to the end of the text before matching.
    end_look = pos + _LOOK
    extra = _AFTER_MODAL.match(text, pos, end_look)
    if extra is not None and extra.end() > pos:
        words = extra.group().lower()
        if "hopefully" in words:
            certainty = "hedged"
        elif any(
            w in words for w in ("definitely", "certainly", "absolutely", "100", "sure")
        ):
            certainty = "guaranteed"
        pos = extra.end()
    if actor != "customer":
        step = _HEDGE_STEP.match(text, pos, end_look)
        if step is not None:
            certainty = "hedged"
            pos = step.end()
        else:
            sure = _SURE_STEP.match(text, pos, end_look)
            if sure is not None:
                certainty = "guaranteed"
                pos = sure.end()
            else:
                happy = _HAPPY_STEP.match(text, pos, end_look)
                if happy is not None:
                    pos = happy.end()
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    word_m = _ACTION_WORD.match(text, pos, end_look)
    if word_m is None:
        return None
    word = word_m.group().lower().replace("\u2019", "'")
    if subj.group("it"):
        if _IT_PASSIVE.match(text, pos, end_look) is None:
            return None
    elif actor == "customer":
        if word not in _CUSTOMER_VERBS:
            return None
        if word == "be" and not (
            _PASSIVE.match(text, pos, end_look) or _AGENT_BE.match(text, pos, end_look)
        ):
            return None
        if word == "see" and not _CUSTOMER_SEE.match(text, pos, end_look):
            return None
        if word == "find" and not _CUSTOMER_FIND.match(text, pos, end_look):
            return None
        if word == "have" and _HAVE_TO.match(text, pos, end_look):
            return None
        if _CONTACTED.match(text, pos, end_look):
            # "you'll be contacted": the support team acts.
            actor = "team"
    elif (
        word in _NOT_ACTION
        and not (
            word == "be"
            and (
                _AGENT_BE.match(text, pos, end_look)
                or _PASSIVE.match(text, pos, end_look)
            )
        )
        and not (word == "have" and not _HAVE_TO.match(text, pos, end_look))
    ):
        return None
    if word in ("need", "needs") or word.endswith("n't"):
        return None
    lead_from = max(0, start - 40)
    lead = text[lead_from:start]
    if _GUARANTEE_LEAD.search(lead):
        certainty = "guaranteed"
    elif _HEDGE_LEAD.search(lead):
        certainty = "hedged"
    return _build(doc, start, pos, actor, certainty)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _let_me(doc: Document, m: regex.Match[str]) -> Commitment | None:
    start = m.start()
    if not doc.in_agent_zone(start) or doc.in_quote(start):
        return None
    actor: Actor = "I" if m.group("who").lower() == "me" else "we"
    return _build(doc, start, m.end(), actor, "firm")


def _build(
    doc: Document, start: int, action_start: int, actor: Actor, certainty: Certainty
) -> Commitment | None:
    text = doc.text
    sent = doc.sentence_at(start)
    sent_end = sent.end if sent is not None else len(text)
    limit = min(sent_end, action_start + 160)
    stop = _ACTION_END.search(text, action_start, limit)
    end = stop.start() if stop is not None else limit
    # The deadline may sit just past the action's own clause ("..., as soon
    # as possible"; "get back to you, hopefully by Friday").
    reach = min(sent_end, end + 40)
    # Plain word tests first: most promises carry no time at all.
    span_words = set(doc.lower[action_start:reach].translate(_PUNCT_TO_SPACE).split())
    deadline = (
        None
        if _VAGUE_WORDS.isdisjoint(span_words)
        else _VAGUE.search(text, action_start, reach)
    )
    concrete = (
        None
        if _CONCRETE_WORDS.isdisjoint(span_words)
        else _CONCRETE.search(text, action_start, reach)
    )
    vague = False
    dl: regex.Match[str] | None = None
    if concrete is not None and (
        deadline is None or concrete.start() <= deadline.start()
    ):
        dl = concrete
    elif deadline is not None:
        dl = deadline
        vague = True
    if (
        dl is not None
        and dl.start() > end
        and text[end : dl.start()].strip(" ,\t")
        not in (
            "",
            "hopefully",
            "and",
        )
    ):
        dl = None
        vague = False
    if dl is not None:
        end = max(end, dl.end())
    while end > action_start and text[end - 1] in " \t,":
        end -= 1
    if end <= action_start:
        return None
    action_end = end
    if dl is not None and dl.start() > action_start:
        action_end = dl.start()
        while action_end > action_start and text[action_end - 1] in " \t,":
            action_end -= 1
    if action_end <= action_start:
        return None
    sent_start = sent.start if sent is not None else max(0, start - 200)
    conditional = _conditional_before(doc.lower, max(sent_start, start - 120), start)
    return Commitment(
        start=start,
        end=end,
        excerpt=text[start:end],
        actor=actor,
        action=text[action_start:action_end],
        action_start=action_start,
        action_end=action_end,
        deadline=None if dl is None else dl.group(),
        deadline_start=None if dl is None else dl.start(),
        deadline_end=None if dl is None else dl.end(),
        vague=vague,
        certainty=certainty,
        conditional=conditional,
    )


def commitments(text: str | Document) -> tuple[Commitment, ...]:
    """
    Return the commitments *text* (a str or a parsed `Document`) makes, in
    order. For a document they are computed once and kept on it, so rules
    and hosts reading the same parse share one extraction.

        >>> [(c.actor, c.action, c.deadline) for c in commitments(
        ...     "Thanks, Jo. I'll call you back by 4pm. Someone will be in touch soon."
        ... )]
        [('I', 'call you back', 'by 4pm'), ('team', 'be in touch', 'soon')]
    """
    if isinstance(text, Document):
        return text.memo(commitments_in)
    if not isinstance(text, str):
        msg = f"text must be str or a cs_lint.Document, not {type(text).__name__}"
        raise TypeError(msg)
    return Document(text).memo(commitments_in)
