"""
Script rigidity (CS5xx): robotic stock phrases, replies copied from a
macro with nothing personal added, replies that never mention what the
customer said, and template placeholders left unrendered.

Grounded in seed 001 ("Relying Solely on Scripts": rigidly sticking to
scripts makes representatives "come off as robotic or insincere";
"personalize their interactions, tailoring their responses to the
specific customer and situation at hand").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from cs_lint._authoring.fixes import removal
from cs_lint._authoring.rule import Match, all_of, rule, trigger_words
from cs_lint._base.finding import Applicability, Edit, Family, Severity, Suggestion
from cs_lint._context.customer import customer_state, sounds_pleased
from cs_lint._context.macros import Macro
from cs_lint._context.stock import StockKind, StockLine, all_stock_lines, stock_lines
from cs_lint._text.anchors import near_words
from cs_lint._text.document import Document
from cs_lint._text.patterns import lazy_pattern, phrase_key, phrase_pattern, words_of
from cs_lint._text.stem import STOPWORDS, content_stems, stem, stop_stems
from cs_lint._text.zones import BODY


_FAMILY = Family.SCRIPT_RIGIDITY

_WHY_SCRIPT = (
    "Stock phrases make the reply read as a script, not a person "
    '(seed 001, "Relying Solely on Scripts": scripts make representatives '
    '"come off as robotic or insincere").'
)


# -- CS501 ----------------------------------------------------------------------

#: Stock phrase -> plain wording ("" drops the phrase).
_STOCK = {
    "please be advised that": "",
    "please be advised": "",
    "kindly be advised that": "",
    "kindly be advised": "",
    "please be informed that": "",
    "please be informed": "",
    "all inconveniences regretted": "sorry for the trouble",
    "inconvenience regretted": "sorry for the trouble",
    "kindly be informed that": "",
    "kindly note that": "",
    "we regret to inform you that": "unfortunately, ",
    "we regret to inform you": "unfortunately",
    "I regret to inform you that": "unfortunately, ",
    "dear valued customer": "Hi",
    "dear valued client": "Hi",
    "dear valued member": "Hi",
    "dear sir or madam": "Hi",
    "dear sir/madam": "Hi",
    "your call is important to us": "",
    "your business is important to us": "",
    "your satisfaction is our top priority": "",
    "we apologize for any inconvenience caused": "I'm sorry for the trouble",
    "we apologise for any inconvenience caused": "I'm sorry for the trouble",
    "we apologize for any inconvenience": "I'm sorry for the trouble",
    "we apologise for any inconvenience": "I'm sorry for the trouble",
    "we apologize for the inconvenience caused": "I'm sorry for the trouble",
    "we apologise for the inconvenience caused": "I'm sorry for the trouble",
    "we sincerely apologize for any inconvenience": "I'm sorry for the trouble",
    "we sincerely apologise for any inconvenience": "I'm sorry for the trouble",
    "thank you for your patience and understanding": "thanks for bearing with us",
    "thank you for your understanding and patience": "thanks for bearing with us",
    "thank you for your kind understanding": "thanks for bearing with us",
    "your patience and understanding would be appreciated": "thanks for bearing with us",
    "your patience and understanding would be highly appreciated": (
        "thanks for bearing with us"
    ),
    "your patience and understanding is appreciated": "thanks for bearing with us",
    "your patience and understanding is highly appreciated": "thanks for bearing with us",
    "we appreciate your patience and understanding": "thanks for bearing with us",
    "details of your concern or compliment": "the details",
    "please provide the same": "please send it",
    "pls provide the same": "please send it",
    "we thank you for your patience": "thanks for bearing with us",
    "at your earliest convenience": "when you can",
    "please do not hesitate to contact us": "just reply here if you need anything",
    "please don't hesitate to contact us": "just reply here if you need anything",
    "do not hesitate to contact us": "just reply here if you need anything",
    "as per our records": "our records show",
    "as per our policy": "under our policy",
    "we value your feedback": "thanks for telling us",
    "we appreciate your business": "thanks for being with us",
    "we appreciate your valued business": "thanks for being with us",
    "this is to inform you that": "",
    "we wish to inform you that": "",
    # round 11 (issue 14): officialese of other registers -- the legal
    # ("pursuant to your request", "of even date"), the honorific ("your
    # esteemed ...") and the imperative notices ("please be guided / be
    # reminded that")
    "please be guided that": "",
    "kindly be guided that": "",
    "please be reminded that": "",
    "kindly be reminded that": "",
    "pursuant to your request": "as you asked",
    "of even date": "today",
    "your esteemed patronage": "your custom",
    "your esteemed query": "your question",
    "your esteemed request": "your request",
    "with reference to your esteemed": "about your",
}
_STOCK_PATTERN = phrase_pattern(_STOCK)
#: Words too common in replies to gate a stock phrase on.
_COMMON = frozenset(
    ["customer", "client", "member", "important", "provide", "policy", "records"]
)


def _rarest(phrase: str) -> str:
    """
    The trigger to gate *phrase* on: its longest word, or its two longest
    words together when the longest is common in replies ("dear valued
    customer" -> "valued"; "your call is important to us" ->
    "important+your").
    """
    words = sorted(words_of(phrase), key=lambda w: (-len(w), w))
    if words[0] not in _COMMON or len(words) == 1:
        return words[0]
    return f"{words[0]}+{words[1]}"


#: Social-listening openers that announce the mention instead of answering it.
_LISTENING = lazy_pattern(
    r"\bI\s+(?:see|noticed|saw)\s+(?:that\s+)?you\s+(?:mentioned|tweeted\s+about|posted\s+about"
    r"|tagged)\s+[@#]?[\w.&'\u2019-]{1,30}(?:\s+[\w.&-]{1,20})?\s+in\s+(?:your|a)\s+"
    r"(?:recent\s+)?(?:tweet|post|comment|message)\b",
    regex.IGNORECASE,
)
#: Role salutations: "Dear" + a role noun instead of the customer's name
#: ("Dear Customer", "Dear Account Holder", "Dear Sir/Madam"). Only where a
#: line or the reply starts ("to our dear customers" mid-sentence is left),
#: and not "Dear Customer Services" (a customer writing to a team).
_CUSTOMER_NOUN = r"(?:customer|client|account[\s-]?holder|card[\s-]?holder|user|subscriber|consumer)s?"
_ROLE_SALUTATION = lazy_pattern(
    r"(?:^|(?<=\n)|(?<=^(?:@\w+\s+)+))[ \t]*\K\bdear\s+(?:(?:valued|esteemed|respected|loyal)\s+"
    r"\w+(?:\s+holder)?|"
    + _CUSTOMER_NOUN
    + r"|sirs?(?:\s*(?:/|or|and)\s*madam)?|madam)"
    r"\b(?!\s+(?:services?|support|care|relations|team|desk|experience)\b)",
    regex.IGNORECASE,
)
#: The role nouns of a form letter's salutation besides the customer's:
#: "Dear Parent/Carer", "Dear Applicant", "Dear Policyholder", "Dear
#: Guest". Readers take them as a form letter only beside other stock
#: lines ("Dear Applicant" over a specific answer is read as plain), so
#: they are flagged only then.
_ROLE_NOUN = (
    r"(?:parent|carer|guardian|student|applicant|policy[\s-]?holder|guest|member|resident"
    r"|tenant|patient|passenger|patron|shopper|traveller|traveler|homeowner|supporter|donor"
    r"|claimant|candidate|learner|visitor|player|gamer|adventurer)s?"
)
_FORM_SALUTATION = lazy_pattern(
    r"(?:^|(?<=\n)|(?<=^(?:@\w+\s+)+))[ \t]*\K\bdear\s+"
    + _ROLE_NOUN
    + r"(?:\s*(?:/|or|and)\s*"
    + _ROLE_NOUN
    + r")?"
    r"\b(?!\s+(?:services?|support|care|relations|team|desk|experience|office|advice|liaison"
    r"|helpline)\b)",
    regex.IGNORECASE,
)


def _form_letter(doc: Document, at: int = -1) -> bool:
    """
    Return whether the reply holds a stock line (an opener, a value
    statement, a receipt, a closer) besides the sentence of the salutation
    at *at*: "Dear" + a role is itself a formal stock phrase, so its own
    line is no evidence of a form letter (round 7).
    """
    lines = stock_lines(doc)
    kinds = frozenset().union(*(line.kinds for line in lines))
    if kinds - {StockKind.FORMAL} == {StockKind.OPENER} and any(
        not line.kinds and _DIRECT_ANSWER.match(doc.text, line.start, line.end)
        for line in lines
    ):
        # Round 11b (set O): a courtesy frame ("Dear Customer, thank you
        # for your enquiry ... Kind regards") around a direct answer ("Yes,
        # they're sold at main post offices for £2.20") is a short template
        # that still answers; a value, receipt or help-offer line, or no
        # direct answer, keeps it a form letter.
        return False
    return any(
        (line.kinds - {StockKind.FORMAL})
        or (line.kinds and not line.start <= at < line.end)
        for line in lines
    )


#: A line that answers: a yes or no at its start, a price or a clock time;
#: never a line about the customer's message itself ("your query will be
#: answered within 10 working days" is the autoresponder's receipt).
_DIRECT_ANSWER = lazy_pattern(
    r"""
    (?![^.!?\n]*\b(?:your|the|this)\s+(?:query|enquiry|inquiry|request|case|complaint|email|message
      |correspondence|ticket|feedback|application|comments?)\b)
    (?:\W*(?:yes|no|yep|nope|certainly|unfortunately\s+not)\b
      |[^\n]*?(?:[£$€]\s?\d|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\b\d{1,2}:\d\d\b))
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


#: "Dear Customer", "Dear Sir/Madam" without "valued / esteemed": readers
#: of sets H and t3 took it as plain over a specific answer and as a form
#: letter only beside other stock lines (round 7; "Dear Valued Customer"
#: is robotic on its own, as the rubric says).
_PLAIN_ROLE = lazy_pattern(
    r"dear\s+(?!(?:valued|esteemed|respected|loyal)\b)", regex.IGNORECASE
)


#: Passive officialese: the register of a form letter, not of a person.
#: Each alternative is a construction (hereby + a speech act; duly + a
#: processing participle; "we wish / would like to inform you"; "you are
#: hereby advised / requested"; "your <contact noun> is important to us").
_OFFICIALESE = lazy_pattern(
    r"""
    \b(?:it\s+is\s+|is\s+|are\s+|(?:I|we)\s+)?hereby\s+(?:be\s+)?(?:noted|advised|informed
      |notified|requested|confirmed|acknowledged|inform|advise|notify|request|confirm
      |acknowledge|declare|certify)\b
    | \bthe\s+undersigned\b
    | \b(?:has|have|had)\s+been\s+duly\s+(?:noted|received|registered|logged|acknowledged
      |forwarded|processed|considered|recorded|reviewed|escalated)\b
    | \b(?:we|I)\s+(?:wish|would\s+like|want|write|are\s+writing|am\s+writing)\s+to\s+
      (?:inform|advise|notify|apprise)\s+you(?:\s+that)?\b
    | \b(?:you\s+are|you're)\s+(?:hereby\s+|kindly\s+)?(?:advised|informed|notified
      |requested)\s+(?:that|to)\b
    | \b(?:please|kindly)\s+(?:be\s+)?(?:notified|apprised|guided\s+accordingly)\b
    | \bwe\s+(?:hereby\s+)?acknowledge\s+(?:the\s+)?receipt\s+of\b
    | \byour\s+(?:call|query|request|enquiry|inquiry|concern|concerns|complaint|feedback
      |business|custom|issue|message|email|case|patronage|satisfaction|time|patience)
      \s+(?:is|are)\s+(?:very\s+|extremely\s+|highly\s+|most\s+|really\s+|truly\s+)?
      (?:important|valuable|valued|appreciated|of\s+(?:the\s+)?(?:utmost|great|paramount)
      \s+importance)\s+to\s+us\b
    | \bwe\s+regret\s+to\s+(?:advise|notify|tell|inform)(?:\s+you)?(?:\s+that)?\b
    | \bfor\s+your\s+kind\s+(?:information|perusal|reference|attention)\b
    | \bplease\s+be\s+assured\s+that\b
    | \b(?:is|are)\s+receiving\s+(?:our|the)\s+(?:utmost|full|due|prompt|kind)\s+attention\b
    | \bkindly\s+revert\b
    | \bwe\s+(?:hereby\s+)?acknowledge\s+your\s+(?:concern|concerns|complaint|feedback|frustration
      |dissatisfaction)\b
    | \bwe\s+(?:have\s+)?(?:duly\s+)?note(?:d)?\s+your\s+(?:dissatisfaction|displeasure
      |frustration|disappointment|unhappiness)\b
    | \bwe\s+(?:have\s+)?duly\s+note(?:d)?\s+your\s+(?:comments|concerns?|complaint|feedback|remarks
      |observations)\b
    | \byour\s+(?:dissatisfaction|displeasure|comments|concerns?|complaint|feedback|remarks)\s+
      (?:has|have)\s+been\s+(?:duly\s+)?noted\b
    # round 9 (issue 14): the bare imperative of a notice ("Be informed that"),
    # "bring to your (kind) notice", and the passive register of a form letter
    # ("will be effected", "will be communicated", "captured on our system",
    # "is being treated", "in line with our procedures")
    | (?<![\w'\u2019,]\s{0,3})\bbe\s+(?:informed|advised|notified)\s+that\b
    | \bbring\s+(?:it\s+|this\s+)?to\s+your\s+(?:kind\s+)?notice\b
    | \bbring\s+(?:it\s+|this\s+)?to\s+your\s+kind\s+attention\b
    | \b(?:will|shall)\s+be\s+(?:duly\s+)?(?:effected|communicated)\b
    | \b(?:has|have)\s+been\s+captured\s+(?:on|in)\s+(?:our|the)\s+(?:[\w-]+\s+)?system\b
    | \b(?:is|are)\s+being\s+treated\b(?!\s+(?:for|by|with|as|like|fairly|unfairly|well|badly)\b)
    | \b(?:in\s+line\s+with|in\s+accordance\s+with)\s+(?:our\s+|the\s+)?
      (?:standard\s+|normal\s+|usual\s+|internal\s+|established\s+)?(?:procedures?|protocols?)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
#: Trigger words of the two constructions above.
_OFFICIALESE_TRIGGERS = (
    "dear hereby undersigned duly inform advise notify apprise informed advised "
    "notified requested apprised guided receipt importance regret perusal assured "
    "revert acknowledge notice effected communicated captured treated procedure "
    "procedures protocol protocols "
    + all_of("important valuable valued appreciated", "us")
    + " "
    + all_of("kind", "information attention reference")
    + " "
    + all_of("receiving", "attention")
    + " "
    + all_of("note noted", "your")
)
#: Words one of which every officialese construction holds (most replies
#: hold none, and skip the scan); "important to us" and "for your kind
#: information" are gated on two words.
_OFFICIAL_WORDS = frozenset(
    [
        "hereby",
        "undersigned",
        "duly",
        "inform",
        "advise",
        "notify",
        "apprise",
        "advised",
        "informed",
        "notified",
        "requested",
        "apprised",
        "guided",
        "receipt",
        "importance",
        "regret",
        "perusal",
        "assured",
        "revert",
        "acknowledge",
        # round 9
        "notice",
        "effected",
        "communicated",
        "captured",
        "treated",
        "procedure",
        "procedures",
        "protocol",
        "protocols",
    ]
)
_OFFICIAL_PAIRS = (
    (frozenset(["important", "valuable", "valued", "appreciated"]), "us"),
    (frozenset(["kind"]), "information"),
    (frozenset(["kind"]), "attention"),
    (frozenset(["kind"]), "reference"),
    (frozenset(["receiving"]), "attention"),
    (frozenset(["note", "noted"]), "your"),
)


#: Words one of which an officialese match holds (the gate's single words
#: and the first words of its pairs).
_OFFICIAL_NEAR = _OFFICIAL_WORDS.union(*(first for first, _ in _OFFICIAL_PAIRS))


def _official_gate(words: frozenset[str]) -> bool:
    if not _OFFICIAL_WORDS.isdisjoint(words):
        return True
    return any(
        second in words and not first.isdisjoint(words)
        for first, second in _OFFICIAL_PAIRS
    )


_MAY_HAVE = lazy_pattern(r"\s+(?:this|that|it)\s+(?:may|might|could)\b", regex.I)
_STOCK_LOOKUP = {phrase_key(k): v for k, v in _STOCK.items()}


@rule(
    code="CS501",
    name="stock-phrase",
    family=_FAMILY,
    message="Robotic stock phrase: {excerpt!r}",
    why=_WHY_SCRIPT,
    fix="Say it the way you would to a person",
    bad=(
        "Please be advised that your order has shipped.",
        "Dear Valued Customer, your refund is on its way.",
        "We regret to inform you that the item is out of stock.",
        "We apologize for any inconvenience caused.",
        "Thank you for your patience and understanding.",
        "Hi, I see you mentioned Acme in your tweet. Please DM us.",
    ),
    good=(
        "Your order has shipped.",
        "Hi Dana, your refund is on its way.",
        "I'm sorry, the item is out of stock; it's back on the 12th.",
        "Thanks for bearing with us while we sorted this out.",
        "You said your call was important; I've booked it for 3 pm.",
    ),
    triggers=trigger_words(
        # The longest word of each stock phrase, and the listening openers.
        " ".join(_rarest(p) for p in _STOCK)
        + " "
        + all_of("see noticed saw", "mentioned tweeted posted tagged")
        + " "
        + _OFFICIALESE_TRIGGERS
    ),
    severity=Severity.INFO,
    confidence=0.9,  # measured, round 7 (see docstring)
)
def stock_phrase(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags formal stock phrases that make a reply read like a form letter:
    "Please be advised", "Dear Valued Customer", "We regret to inform
    you", "Your call is important to us", "We apologize for any
    inconvenience caused", "Thank you for your patience and
    understanding", "at your earliest convenience", and social-listening
    openers ("I see you mentioned Acme in your tweet"). Each stock phrase
    comes with a plain rewrite.

    ## Confidence
    0.9: the rule's precision over the pooled agreed dev labels (sets E,
    F and H with their second readers, set G's hold-out aggregate), round
    7, after plain role salutations ("Dear Customer") count only beside
    other stock lines: right/hits 46/49 (E 11/12, F 12/12, G 10/11, H
    13/14), add-one smoothed ((right+1)/(hits+2)) and rounded to 0.05.
    """
    stock_spans: list[tuple[int, int]] = []
    for m in stock_phrase.near(_STOCK_PATTERN, doc):
        start, end = m.start(), m.end()
        stock_spans.append((start, end))
        if _MAY_HAVE.match(doc.text, end, end + 200):
            continue  # "... any inconvenience this may have caused" is CS412's
        plain = _STOCK_LOOKUP[phrase_key(m.group())]
        if not plain:
            suggestion = removal(doc, start, end, "Drop the phrase and say it plainly")
        else:
            sent = doc.sentence_at(start)
            at_start = sent is not None and sent.start == start
            text = plain[:1].upper() + plain[1:] if at_start else plain
            if plain.endswith(", ") and end < len(doc.text) and doc.text[end] == " ":
                text = text.rstrip()
            suggestion = Suggestion(
                f"Write “{text.strip()}” instead",
                (Edit(start, end, text),),
                Applicability.UNSAFE,
            )
        yield Match(start, end, suggestions=(suggestion,))
    yield from _officialese(doc, stock_spans)
    for m in _LISTENING.finditer(doc.text):
        yield Match(
            m.start(),
            m.end(),
            suggestions=(
                Suggestion(
                    "Answer what they said instead of announcing that you saw "
                    "the mention."
                ),
            ),
        )


def _officialese(doc: Document, taken: list[tuple[int, int]]) -> Iterator[Match]:
    """
    Role salutations and passive officialese not already read as one of
    the listed stock phrases (*taken*).
    """
    text = doc.text
    words = doc.words
    patterns = []
    if "dear" in words:
        patterns.append((_ROLE_SALUTATION, "Hi there"))
        patterns.append((_FORM_SALUTATION, "Hi there"))
    if _official_gate(words):
        patterns.append((_OFFICIALESE, ""))
    for pattern, plain in patterns:
        found = (
            near_words(pattern, doc, _OFFICIAL_NEAR)
            if pattern is _OFFICIALESE
            else pattern.finditer(text)
        )
        for m in found:
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if (
                pattern is _FORM_SALUTATION
                or (pattern is _ROLE_SALUTATION and _PLAIN_ROLE.match(text, start, end))
            ) and not _form_letter(doc, start):
                continue
            taken.append((start, end))
            if plain:
                suggestion = Suggestion(
                    "Greet the customer by name, or just say “Hi there”",
                    (Edit(start, end, plain),),
                    Applicability.UNSAFE,
                )
            else:
                suggestion = Suggestion(
                    "Say it the way you would to a person: drop the officialese "
                    "and say what happened or what happens next."
                )
            yield Match(start, end, suggestions=(suggestion,))


# -- CS502 ----------------------------------------------------------------------

#: The macro library the examples of CS502 are checked against.
EXAMPLE_MACROS = (
    Macro(
        "acknowledge-request",
        "Thank you for reaching out to us. We have received your request and a "
        "member of our team will get back to you within 2 business days.",
    ),
    Macro(
        "refund-timeline",
        "Thanks for contacting us about your order. Refunds are processed "
        "within 5 to 7 business days once the return reaches our warehouse.",
    ),
)


_HANDLES = lazy_pattern(r"(?:[@.][\w.]+[\s,:]*|\s+)*")


def _body_span(doc: Document) -> tuple[int, int] | None:
    """
    Return the trimmed span of the body (or of all agent zones).
    """
    spans = [(z.start, z.end) for z in doc.zones if z.kind == BODY]
    if not spans:
        spans = list(doc.agent_spans)
    if not spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    handles = _HANDLES.match(doc.text, start, end)
    start = handles.end() if handles else start
    chunk = doc.text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if start + lead >= end - trail:
        return None
    return start + lead, end - trail


#: A reply is a copy when it holds this share of the macro's shingles ...
_COVERAGE = 0.7
#: ... and this share of the reply's shingles come from the macro.
_SHARE = 0.8


def _personal(doc: Document, extra: frozenset[str]) -> bool:
    """
    Return whether the words a reply adds to its macro are about this
    customer: a number, a name-like word, or a word of their message.
    """
    stops = stop_stems()
    content = {w for w in extra if (w not in stops and len(w) > 2) or w.isdigit()}
    if any(w.isdigit() for w in content) or len(content) >= 4:
        return True
    customer = doc.customer
    return bool(customer and content & content_stems(customer))


@rule(
    code="CS502",
    name="unpersonalised-macro",
    family=_FAMILY,
    needs=("macros",),
    message="Sent as a macro with nothing added for this customer",
    why=(
        "A macro pasted as it stands could go to anyone; the customer can "
        'tell (seed 001: "personalize their interactions, tailoring their '
        'responses to the specific customer and situation at hand").'
    ),
    fix="Add what is specific to this customer: their issue, order, name",
    bad=(
        "Thank you for reaching out to us. We have received your request and a "
        "member of our team will get back to you within 2 business days.",
        "Hi there,\n\nThanks for contacting us about your order. Refunds are "
        "processed within 5 to 7 business days once the return reaches our "
        "warehouse.\n\nBest,\nSupport",
    ),
    good=(
        "Thank you for reaching out about the broken zip on your jacket. We "
        "have received your request, and Maria from our repairs team will call "
        "you on Thursday.",
        "Hi Sam, your return of order 48213 reached the warehouse today, so "
        "the refund of $40 will be on your card by Friday.",
    ),
    confidence=0.8,
)
def unpersonalised_macro(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    With a macro library configured (``macros`` in the configuration, or
    `Config(macros=...)`), flags a reply that is a near copy of one macro
    (shingles of stemmed words: the reply holds most of the macro and is
    mostly made of it) and adds nothing specific: no number, no word of
    the customer's message, no more than a few new content words. The
    finding names the macro and spans the body.

    ## Known limitations
    A reply assembled from two macros is compared with the closest one
    only.
    """
    library = doc.macros
    span = _body_span(doc)
    if library is None or span is None:
        return
    best = library.best(doc.text[span[0] : span[1]])
    if best is None or best.coverage < _COVERAGE or best.share < _SHARE:
        return
    if _personal(doc, best.extra):
        return
    yield Match(
        span[0],
        span[1],
        message=(
            f"Sent as macro {best.macro.name!r} with nothing added for this customer"
        ),
        suggestions=(
            Suggestion(
                "Add one line about this customer's situation: what they "
                "asked, their order, what happens next for them."
            ),
        ),
    )


# -- CS503 ----------------------------------------------------------------------

#: The customer message must carry this many content words to have
#: specifics worth echoing, and the reply this many to say anything.
_MIN_CUSTOMER_CONTENT = 6
_MIN_REPLY_CONTENT = 4
#: A reply made of stock lines may share this many content words with a
#: customer message of at least `_MIN_CUSTOMER_SPECIFIC` and still ignore
#: it ("Thank you for contacting us about your bill").
_MAX_SHARED = 2
_MIN_CUSTOMER_SPECIFIC = 3
#: Share of the reply's content words that are support boilerplate for the
#: reply to count as one that could go to anyone.
_GENERIC_SHARE = 0.6
_NAME = lazy_pattern(r"(?<![\p{L}@#])\p{Lu}[\p{Ll}]{2,}")
#: Words of replies that could go under any message (as stems).
_GENERIC_WORDS = """
    thank thanks contact contacting reaching reach appreciate appreciated
    appreciation value valued feedback concern concerns experience
    experiences positive negative wonderful great best possible always
    never strive striving create ensure provide providing committed
    commitment important importance part priority satisfaction satisfied
    happy glad pleased delighted disappointment disappointed frustration
    inconvenience feel feeling feelings way sincerely truly deeply
    apologize apologise apology regret hear hearing taking time share
    sharing bring bringing attention note noted forward forwarded pass
    passed relevant department team member members colleague colleagues
    official support service services customer customers client clients
    care question questions anything else something whatever matter issue
    issues situation further assist assistance help helping helped welcome
    anytime around clock every single friendly free hesitate touch getting
    back shortly soon possible moment future look looking forward rest week
    weekend wish lovely nice good great enjoy kind kindly regards warm
    warmest request inquiry enquiry received receive follow follows
    following detail details information
"""
#: Stock kinds that say something about the company rather than greet,
#: close, sympathise, offer help or ask for a DM: a reply built only from
#: those is the normal short social reply ("We're here to help! Send us a
#: DM with your email address"), not a macro.
_STRONG = frozenset(
    {
        StockKind.FORMAL,
        StockKind.VALUE,
        StockKind.DEFLECTION,
        StockKind.RECEIPT,
        StockKind.TROUBLESHOOTING,
    }
)
#: A customer message this detailed, met with generic sympathy and a DM
#: request that reuse none of it, was not read.
_MIN_DETAILED = 8


def _macro(kinds: frozenset[StockKind], stock: int) -> bool:
    """
    Return whether stock lines of these *kinds* (*stock* of them) make a
    macro: two lines of two kinds, at least one of them strong, and two
    strong kinds when the reply also asks for a DM (a concrete step).
    """
    if stock < 2 or len(kinds) < 2:
        return False
    strong = len(kinds & _STRONG)
    return strong >= (2 if StockKind.DM in kinds else 1)


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """
    Stems of the words of replies that could go under any message (made on
    first use: stemming loads nltk).
    """
    return frozenset(stem(w) for w in _GENERIC_WORDS.split())


def _stock_span(lines: tuple[StockLine, ...]) -> tuple[int, int]:
    stock = [x for x in lines if x.kinds]
    return stock[0].start, stock[-1].end


def _kinds(lines: tuple[StockLine, ...]) -> frozenset[StockKind]:
    return frozenset(k for x in lines if x.stock for k in x.kinds)


def _kind_names(kinds: frozenset[StockKind]) -> str:
    order = [k for k in StockKind if k in kinds]
    return ", ".join(_KIND_NAMES[k] for k in order)


_KIND_NAMES = {
    StockKind.FORMAL: "formal stock phrase",
    StockKind.OPENER: "contact-thanks opener",
    StockKind.VALUE: "brand-value line",
    StockKind.HELP_OFFER: "offer of help",
    StockKind.DEFLECTION: "pointer to self-service pages",
    StockKind.CLOSER: "canned closer",
    StockKind.RECEIPT: "receipt or queue formula",
    StockKind.TROUBLESHOOTING: "generic troubleshooting",
    StockKind.SYMPATHY: "generic sympathy",
    StockKind.DM: "request to DM",
}
_ANSWER = Suggestion(
    "Answer what they asked in the first line: name their product, order or "
    "problem and say what happens next for it; keep at most one stock line."
)


@rule(
    code="CS503",
    name="ignores-customer-message",
    family=_FAMILY,
    needs=("customer",),
    message="The reply mentions nothing the customer said",
    why=(
        "A reply assembled from stock lines that shares nothing with the "
        "customer's message (not the product, the order, the problem) reads "
        'as a script that could go to anyone (seed 001, "Relying Solely on '
        'Scripts" and "Neglecting to Listen Actively"; seed 000: "listen!").'
    ),
    fix="Refer to the customer's actual problem",
    bad=(
        "> My Bluetooth headphones stopped pairing with the laptop after the "
        "firmware update yesterday.\n\n"
        "Thank you for contacting us. We appreciate you reaching out and we "
        "are always happy to help. Our team is committed to providing the best "
        "possible experience. Please let us know if there is anything else we "
        "can do for you, and have a wonderful rest of your week.",
        "> Can my broadband move with me to my new flat on 3 June, and will "
        "the price change?\n\n"
        "Thank you for contacting Northwind. We aim to provide excellent "
        "service to all our customers. For information about our plans, "
        "please visit our Help Centre. Have a great day!",
        "> The trainers I ordered are a size too small. Can I swap them for "
        "a 9?\n\n"
        "Thank you for contacting us. Our returns policy allows returns "
        "within 30 days. Please refer to our Returns page for full details.",
    ),
    good=(
        "> My Bluetooth headphones stopped pairing with the laptop after the "
        "firmware update yesterday.\n\n"
        "Thanks for telling us. The update changed the pairing mode: hold the "
        "power button for ten seconds, then pair the headphones again from "
        "the laptop's settings. If that doesn't work, reply here and we'll "
        "swap them.",
        "> Where is my order??\n\nDM us and we'll check.",
        "> Can you resend my March statement?\n\n"
        "Thank you for contacting Harbor Bank. I'll email your March "
        "statement right away. Have a great day!",
        "> Thanks so much, the new app is brilliant!\n\n"
        "Thank you for your feedback! We're always happy to help. Have a "
        "great day!",
    ),
    severity=Severity.INFO,
    confidence=0.95,  # measured, round 7 (see docstring)
)
def no_reference_to_customer(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    With a customer message that has specifics, flags a reply assembled
    from stock lines that shares (almost) nothing with it: two or more
    kinds of stock line — a contact-thanks opener, a brand-value line
    ("we aim to provide excellent service"), a pointer to self-service
    pages ("please visit our Help Centre for more information"), a canned
    closer, a receipt or queue formula, generic troubleshooting, generic
    sympathy, a request to DM — and at most two content words of the
    customer's message. Also a reply that is nothing but sympathy or a
    value line with no step at all ("We appreciate your feedback, and thank
    you for sharing your concerns.") under an upset customer's specific
    message, and generic sympathy with a DM request under a detailed report,
    when neither reuses a word of it. Round 13: understanding or an offer
    of help that fits any message with only an opener or a closer beside
    it ("I understand your frustration and I'm here to help. Is there
    anything else I can assist you with?") under a message that asks or
    reports something. The finding spans the stock lines.

    Short specific replies are left alone: "DM us your order number" to a
    short complaint is normal on social media; a template opener followed
    by the answer ("Thank you for contacting Harbor Bank. I'll email your
    March statement right away") shares the customer's words; a warm stock
    reply to thanks or praise is the right answer.

    ## Known limitations
    A reply that answers with synonyms only ("parcel" for "package") and
    in stock lines is flagged. A reply with no customer message is judged
    by CS505 instead.

    ## Confidence
    0.95: the rule's precision over the pooled agreed dev labels (sets E,
    F and H with their second readers, set G's hold-out aggregate), round
    7: right/hits 47/48 (E 7/7, F 8/9, G 14/14, H 18/18), add-one smoothed ((right+1)/(hits+2)) and
    rounded to 0.05.
    """
    customer = doc.customer
    if not customer:
        return
    span = _body_span(doc)
    if span is None:
        return
    theirs = content_stems(customer)
    if len(theirs) < _MIN_CUSTOMER_SPECIFIC:
        return
    if sounds_pleased(customer, customer_state(doc)):
        return  # "You're welcome, we'll pass it on" is the right answer to praise
    body = doc.text[span[0] : span[1]]
    ours = content_stems(body)
    # A reference number or "your complaint" echoed in a receipt line is a
    # merge field, not a reading of the message.
    shared = {w for w in theirs & ours if not _MERGE.search(w)} - _merge_words()
    if len(shared) > _MAX_SHARED:
        return  # the reply takes up the customer's own words
    names = {m.group().lower() for m in _NAME.finditer(customer)} - STOPWORDS
    if names & {w.lower() for w in _NAME.findall(body)} - _brand_words(doc):
        return
    lines = stock_lines(doc)
    kinds = _kinds(lines)
    stock = [x for x in lines if x.stock]
    # Two stock lines may carry one of the customer's words ("your claim")
    # and still answer it; three or more read as a macro unless they share
    # more than `_MAX_SHARED`.
    allowed = _MAX_SHARED if len(stock) >= 3 else 0
    all_stock = bool(stock) and len(stock) == len(lines)
    macro = _macro(kinds, len(stock)) or (
        # Generic sympathy and a DM request under a detailed report.
        len(stock) >= 2
        and all_stock
        and StockKind.SYMPATHY in kinds
        and len(theirs) >= _MIN_DETAILED
        and not shared
    )
    # Nothing but sympathy or a value line, with no step at all, under an
    # upset customer's specific message: "We appreciate your feedback, and
    # thank you for sharing your concerns."
    state = customer_state(doc)
    hollow = (
        all_stock
        and kinds & {StockKind.VALUE, StockKind.SYMPATHY}
        and not kinds & {StockKind.DM, StockKind.DEFLECTION}
        and len(theirs) >= _MIN_CUSTOMER_CONTENT
        and not shared
        and not _has_step(doc)
        and state is not None
        and (state.upset or bool(state.cues))
    )
    # Every line stock, of two kinds or more, none of them a step (a DM
    # request or a pointer to pages), under a specific message it reuses
    # none of: "Thank you for reaching out. We appreciate your feedback.
    # Please don't hesitate to get in touch." answers no message at all.
    empty = (
        all_stock
        and sum(len(x.kinds) for x in stock) >= 2
        and (len(kinds) >= 2 or bool(kinds & _STRONG))
        and not kinds & {StockKind.DM, StockKind.DEFLECTION}
        and len(theirs)
        >= (_MIN_CUSTOMER_SPECIFIC if "?" in customer else _MIN_CUSTOMER_CONTENT)
        and not shared
        and _asks_or_reports(doc, customer)
    )
    # Round 13 (issue 14; attested by N, Q, t11, t10 and K+L, each a
    # different writer): understanding or an offer of help that fits any
    # message, closed or opened by a stock line, and nothing else, under a
    # short report ("The engineer drilled through my cable line." -- "I
    # understand your frustration and I'm here to help. Is there anything
    # else I can assist you with?"). The sympathy itself says a problem was
    # reported, so the customer's message needs only a few words of its
    # own. A DM request or a pointer to pages is a step (left to `macro`);
    # praise is answered by a warm stock line (the `sounds_pleased` guard).
    soothed = (
        all_stock
        and len(stock) >= 2
        and bool(kinds & {StockKind.SYMPATHY, StockKind.HELP_OFFER})
        and bool(kinds & {StockKind.CLOSER, StockKind.OPENER})
        and not kinds & {StockKind.DM, StockKind.DEFLECTION}
        and not shared
        and sum(1 for x in stock if x.kinds) >= 2
        and _asks_or_reports(doc, customer)
    )
    macro = macro or bool(hollow) or empty or soothed
    if macro and len(shared) <= allowed:
        start, end = _stock_span(lines)
        yield Match(
            start,
            end,
            message=(
                "The reply is stock lines that mention nothing the customer "
                f"said ({_kind_names(kinds)})"
            ),
            suggestions=(_ANSWER,),
        )
        return


def _asks_or_reports(doc: Document, customer: str) -> bool:
    """
    Whether the customer's message asks something or reports a problem
    (not "already handled, just venting", which a stock line may close).
    """
    state = customer_state(doc)
    return bool(state and (state.upset or state.cues)) or bool(
        _PROBLEM.search(customer)
    )


#: Words of the customer's message a stock receipt line echoes as a merge
#: field ("your complaint has been logged under reference C-55120").
_MERGE = lazy_pattern(r"\d")
_MERGE_LIST = (
    "complaint complaints query enquiry inquiry request message email feedback"
)


@lru_cache(maxsize=1)
def _merge_words() -> frozenset[str]:
    """
    Stems of `_MERGE_LIST` (made on first use: stemming loads nltk).
    """
    return frozenset(stem(w) for w in _MERGE_LIST.split())


#: A question, a link or an instruction: the reply asks or offers something.
_STEP = lazy_pattern(r"\?|https?://|\b(?:DM|PM)\b|\b(?:please|call|email)\b", regex.I)


def _has_step(doc: Document) -> bool:
    span = _body_span(doc)
    if span is None:
        return False
    return _STEP.search(doc.text, span[0], span[1]) is not None


def _brand_words(doc: Document) -> frozenset[str]:
    """
    Capitalised words right after "contacting", "choosing" or "to" in the
    reply's stock opener: the company's own name, which the customer may
    have tagged but which says nothing about their message.
    """
    return frozenset(
        w.lower()
        for m in _BRAND.finditer(doc.text, 0, min(len(doc.text), 400))
        for w in m.group("brand").split()
    )


_BRAND = lazy_pattern(
    r"\b(?:contacting|choosing|to|with)\s+(?P<brand>\p{Lu}\w+(?:\s+\p{Lu}\w+){0,2})",
    regex.IGNORECASE,
)


# -- CS505 ----------------------------------------------------------------------


#: Words one of which a macro's strong line holds: a formal phrase, a
#: brand-value line, a pointer to self-service pages, a receipt or queue
#: formula, generic troubleshooting. A reply without one is at most the
#: normal short social reply (thanks, sympathy, a DM request), so CS505
#: does not read it.
_STRONG_WORDS = trigger_words(
    "advised informed noted regret regretted kindly valued dear sir madam hereby "
    "herewith needful inconvenience inconveniences acknowledge convenience important "
    "valuable strive aim priority seriously value committed pride heart standards "
    "dedicated passionate endeavour endeavor possible loyalty range visit website "
    "faq faqs page centre center knowledge refer consult terms found available "
    "guides answers banking branch specifications explanation information info "
    "received logged registered queue receipt volume volumes automated cache "
    "cookies browser version persists continues mentioned compliment difference socials "
    "recorded monitored purposes restart reboot reinstall loyal"
)


@rule(
    code="CS505",
    name="stock-macro",
    family=_FAMILY,
    message="The whole reply is stock lines: {excerpt!r}",
    why=(
        "A reply built only from stock lines — thanks for contacting us, a "
        "line about how much the company values its customers, a pointer "
        "to the Help Centre, 'have a great day' — could be pasted under any "
        "message, and the customer can tell nobody read theirs (seed 001, "
        '"Relying Solely on Scripts": scripts make representatives "come off '
        'as robotic or insincere").'
    ),
    fix="Replace the stock lines with the answer to this customer's message",
    bad=(
        "Thank you for contacting Harbor Bank. We aim to provide excellent "
        "service to all our customers. Please visit our Help Centre for more "
        "information. Is there anything else I can help you with today?",
        "Thank you for your interest in our products! All of our furniture is "
        "made to the highest quality standards. Please see the product page "
        "for full specifications. Happy shopping!",
        "Thank you for contacting support. Please make sure you are using the "
        "latest version of our app and clear your browser cache. If the issue "
        "persists, please contact us again.",
    ),
    good=(
        "Thank you for contacting Harbor Bank. I've emailed your March "
        "statement to the address on your account. Have a great day!",
        "Thanks for reaching out! Please DM us your order number and we'll check.",
        "Thanks for your patience! The engraving on your watch was finished "
        "this morning and it ships tomorrow. Have a great day!",
        "Please note the 3-instalment option only shows once your basket "
        "passes £30. Have a lovely day!",
    ),
    severity=Severity.INFO,
    confidence=0.85,
    triggers=_STRONG_WORDS,
)
def stock_macro(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a reply whose body is stock lines and nothing else: at least two
    sentences of at least two kinds (a contact-thanks opener, a
    brand-value line, a pointer to self-service pages, a canned closer, a
    receipt or queue formula, generic troubleshooting, generic sympathy, a
    request to DM, formal stock phrases), at least one of which says
    something about the company (not only a greeting, a closer and a DM
    request), and no sentence of its own: no number, no detail of the
    case. The finding spans the stock lines and names their kinds.

    Runs on the reply alone; with the customer's message, CS503 judges the
    reply against it instead. A strong line is recognised by its words
    (advised, kindly, strive, priority, seriously, visit, website, page,
    information, received, queue, cache, version, ...): a reply with none
    of them is not read.

    ## Known limitations
    A stock line rewritten in words no macro uses is read as content, and
    a macro that adds one specific sentence is left to CS503.
    """
    if doc.customer or _STRONG_WORDS.isdisjoint(doc.words):
        return
    lines = all_stock_lines(doc)
    if lines is None or len(lines) < 2:
        return
    kinds = _kinds(lines)
    if not _macro(kinds, len(lines)):
        return
    start, end = _stock_span(lines)
    yield Match(
        start,
        end,
        message=f"The whole reply is stock lines ({_kind_names(kinds)})",
        suggestions=(_ANSWER,),
    )


# -- CS506 ----------------------------------------------------------------------

#: The details a customer gives and a reply may ask for again, by kind:
#: (the customer's wording: a noun then, within a few words, an identifier
#: with a digit or a ``#``; the reply's wording of the same detail).
_ID = r"(?:\#\s*\w{3,}|(?=[\w-]*\d)[A-Z0-9][\w-]{3,})"
_DETAIL_KINDS: dict[str, tuple[str, str]] = {
    "order": (
        r"\border(?:\s+(?:number|no\.?|num|id|ref(?:erence)?))?",
        r"order\s+(?:number|no\.?|num|id|reference|ref|#)",
    ),
    "booking": (
        r"\b(?:booking|reservation|confirmation|pnr)(?:\s+(?:number|no\.?|code|ref(?:erence)?"
        r"|id))?",
        r"(?:booking|reservation|confirmation)\s+(?:number|no\.?|code|reference|ref|id)"
        r"|pnr",
    ),
    "account": (
        r"\baccount(?:\s+(?:number|no\.?|id))?",
        r"account\s+(?:number|no\.?|id)",
    ),
    "tracking": (
        r"\btracking(?:\s+(?:number|no\.?|code|id|ref(?:erence)?))?",
        r"tracking\s+(?:number|no\.?|code|id|reference)",
    ),
    "case": (
        r"\b(?:case|ticket|claim|complaint|reference|ref)(?:\s+(?:number|no\.?|id|ref(?:erence)?))?",
        r"(?:case|ticket|claim|complaint|reference|ref)\s+(?:number|no\.?|id)",
    ),
    "invoice": (
        r"\b(?:invoice|receipt|policy|membership|member|serial|flight|card)(?:\s+(?:number"
        r"|no\.?|id))?",
        r"(?:invoice|receipt|policy|membership|member|serial|flight)\s+(?:number|no\.?|id)",
    ),
}
#: The customer gave an email address, or a phone number.
_GIVEN_EMAIL = lazy_pattern(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_GIVEN_PHONE = lazy_pattern(r"(?<![\w+])\+?\d[\d ()-]{8,}\d\b")
#: A request verb, then (within a few words) the customer's own detail.
_ASK_LEAD = (
    r"\b(?:send|provide|share|give|DM|PM|tell|forward|include|supply|pass\s+on"
    r"|let\s+(?:us|me)\s+(?:know|have)|what(?:'s|\s+is|\s+was)|may\s+(?:I|we)\s+(?:have|get)"
    r"|(?:can|could)\s+(?:I|we)\s+(?:have|get|take)|we(?:'ll|\s+will)\s+need|(?:I|we)\s+need"
    r"|(?:I|we)(?:'d|\s+would)\s+need|require)\b(?:\s+(?:us|me|over|across|with|through|via"
    r"|in\s+a\s+DM|a\s+DM))*\s+(?:your|the|an?)\s+(?:full\s+)?"
)
_ASKS: dict[str, regex.Pattern[str]] = {
    kind: lazy_pattern(_ASK_LEAD + f"(?:{reply})\\b", regex.IGNORECASE)
    for kind, (_, reply) in _DETAIL_KINDS.items()
} | {
    "email": lazy_pattern(_ASK_LEAD + r"e-?mail(?:\s+address)?\b", regex.IGNORECASE),
    "phone": lazy_pattern(
        _ASK_LEAD + r"(?:phone|mobile|contact|telephone)\s+number\b", regex.IGNORECASE
    ),
}
_GIVEN: dict[str, regex.Pattern[str]] = {
    kind: lazy_pattern(
        f"(?:{customer})\\s*(?:is|was|:|-|=|number|no\\.?|\\s)*\\s*{_ID}",
        regex.IGNORECASE,
    )
    for kind, (customer, _) in _DETAIL_KINDS.items()
}
#: The reply asks for a different or corrected detail, or checks the one
#: given: "the full order number", "the correct reference", "again", "the
#: other order".
_NOT_REPEAT = lazy_pattern(
    r"\b(?:correct|right|valid|complete|other|another|second|new|again|double[\s-]check"
    r"|doesn't|does\s+not|couldn't|could\s+not|can't|cannot|unable|isn't|is\s+not|no\s+match"
    r"|alternative|different|each|both|all)\b",
    regex.IGNORECASE,
)
#: The words a reply must hold to ask for each kind of detail.
_ASK_NOUNS: dict[str, frozenset[str]] = {
    "order": frozenset(["order"]),
    "booking": frozenset(["booking", "reservation", "confirmation", "pnr"]),
    "account": frozenset(["account"]),
    "tracking": frozenset(["tracking"]),
    "case": frozenset(["case", "ticket", "claim", "complaint", "reference", "ref"]),
    "invoice": frozenset(
        ["invoice", "receipt", "policy", "membership", "member", "serial", "flight"]
    ),
    "email": frozenset(["email", "e-mail", "mail"]),
    "phone": frozenset(["phone", "mobile", "contact", "telephone"]),
}
_ASK_TRIGGERS = trigger_words(
    "order booking reservation confirmation pnr account tracking case ticket claim "
    "complaint reference ref invoice receipt policy membership member serial flight "
    "email e-mail phone mobile contact telephone"
)


def _given(customer: str, kind: str) -> str | None:
    """
    The customer's own detail of *kind* in their message, if they gave one.
    """
    if kind == "email":
        m = _GIVEN_EMAIL.search(customer)
    elif kind == "phone":
        m = _GIVEN_PHONE.search(customer)
    else:
        m = _GIVEN[kind].search(customer)
    if m is None and kind in _ALREADY_SENT:
        m = _ALREADY_SENT[kind].search(customer)
    return m.group() if m else None


#: The customer says they already sent the detail, without repeating it:
#: "I already DMed you my tracking number twice", "I've already given you
#: the booking reference".
_ALREADY_SENT: dict[str, regex.Pattern[str]] = {
    kind: lazy_pattern(
        r"\balready\s+(?:dm'?e?d|dm['\u2019]d|sent|gave|given|provided|messaged|emailed|shared"
        r"|told|supplied)\s+(?:(?:you|it|this|them)\s+)?(?:(?:my|the|our|all\s+my)\s+)?"
        f"(?:{customer})",
        regex.IGNORECASE,
    )
    for kind, (customer, _) in _DETAIL_KINDS.items()
}


@rule(
    code="CS506",
    name="asks-for-given-details",
    family=_FAMILY,
    needs=("customer",),
    message="Asks again for a detail the customer already gave: {excerpt!r}",
    why=(
        "Asking for the order number the customer already wrote shows the "
        "message was not read: the reply is a macro pasted under it (seed "
        '001, "Neglecting to Listen Actively"; seed 000: "listen!").'
    ),
    fix="Use the detail they gave; ask only for what is missing",
    bad=(
        "> My order 55102 still hasn't arrived after three weeks.\n\n"
        "Sorry about that! Could you send us your order number so we can "
        "look into it?",
        "> The hotel has no record of booking KX44PL.\n\n"
        "Please DM us your booking reference and we'll look into this.",
        "> I changed my email to sam.lee@example.com but the receipts still go "
        "to the old one.\n\nCould you tell us your email address?",
    ),
    good=(
        "> My order still hasn't arrived after three weeks.\n\n"
        "Sorry about that! Could you send us your order number?",
        "> My order 55102 still hasn't arrived.\n\n"
        "Sorry! Order 55102 is at the depot; it will be with you tomorrow.",
        "> My order 55102 still hasn't arrived.\n\n"
        "I can't find 55102 - could you send the full order number from "
        "your confirmation email?",
    ),
    severity=Severity.INFO,
    confidence=0.85,
    preview=True,
    triggers=_ASK_TRIGGERS,
)
def asks_for_given_details(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    With a customer message, flags a reply that asks for a detail the
    customer already gave in it: an order number, a booking reference, an
    account, tracking, case, invoice or policy number (the noun followed
    by an identifier with a digit in the message), an email address or a
    phone number. The request is read as a request verb (send, provide,
    share, DM, tell, let us know, what is, may I have, we need) followed
    by *your / the* and the detail.

    A reply that asks for the correct, full or another number, or says the
    one given does not match, is checking the detail, not ignoring it.

    ## Known limitations
    A detail written without its noun ("it's 55102, still nothing") is not
    read as given.

    ## Confidence
    0.85 is a prior, not a measurement: the rule has no hit on set-dev1,
    challenge-v1 or the TWCS pairs (round 4), so its precision rests on
    the written traps in tests/cases.
    """
    customer = doc.customer
    if not customer:
        return
    text = doc.text
    span = _body_span(doc)
    if span is None:
        return
    body = doc.lower[span[0] : span[1]]
    words = doc.words
    for kind, ask in _ASKS.items():
        if _ASK_NOUNS[kind].isdisjoint(words):
            continue  # the reply does not name this detail
        given: str | None = None
        for m in ask.finditer(text, span[0], span[1]):
            if given is None:
                given = _given(customer, kind) or ""
            if not given:
                break
            core = given.lstrip("#: ").lower()
            if doc.in_quote(m.start(), m.end()) or not doc.in_agent_zone(m.start()):
                continue
            sent = doc.sentence_at(m.start())
            s_start, s_end = (sent.start, sent.end) if sent else (m.start(), m.end())
            if _NOT_REPEAT.search(text, s_start, s_end) or core in body:
                continue
            yield Match(
                m.start(),
                m.end(),
                suggestions=(
                    Suggestion(
                        f"They already gave it ({given.strip()}): use it, and "
                        "answer from what it shows."
                    ),
                ),
            )
            return


# -- CS507 ----------------------------------------------------------------------

#: The stock answer to praise: thanks for kind words, joy that they enjoyed
#: it, love of hearing from customers. Under a complaint it shows the reply
#: was picked by reflex, not after reading the message.
_PRAISE_REPLY = lazy_pattern(
    r"""
    \bthank(?:s|\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s+(?:your|the|such|these|those)\s+
      (?:(?:very|really|so)\s+)?(?:kind|lovely|positive|wonderful|great|nice|glowing|amazing
      |sweet|generous|warm|fantastic|brilliant)\s+(?:words|feedback|comments?|review|message
      |note|shout[\s-]?out|compliments?)\b
    | \bthank(?:s|\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s+the\s+(?:love|shout[\s-]?out|kudos
      |compliments?|kind\s+words)\b
    | \b(?:we|I)\s+(?:always\s+|just\s+)?(?:love|enjoy)\s+hearing\s+from\s+(?:our\s+)?
      (?:customers|guests|members|passengers|you)\b
    | \b(?:so\s+|really\s+)?(?:glad|happy|pleased|delighted|thrilled)\s+(?:to\s+hear\s+(?:that\s+)?)?
      you(?:\s+(?:enjoyed|liked|loved|had\s+a\s+(?:great|good|lovely|wonderful|fantastic)
      |took\s+the\s+time)|(?:\s+are|['\u2019]re)\s+(?:enjoying|loving|happy|pleased|satisfied))\b
    | \b(?:(?:we|I)\s+(?:really\s+|truly\s+)?)?hope\s+you\s+(?:enjoyed|had\s+a\s+(?:great|good|lovely
      |wonderful|pleasant|fantastic))\b
    | \b(?:we|I)\s+(?:really\s+|truly\s+)?appreciate\s+(?:your|the)\s+(?:kind|lovely|positive)
      \s+(?:words|feedback|comments?|review)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_APOLOGY = lazy_pattern(
    r"\b(?:sorry|apolog\w*|regret\w*|unfortunate\w*|frustrat\w*|disappoint\w*|understand"
    r"|not\s+(?:the\s+)?(?:experience|service|standard)|should(?:n't|\s+not)\s+have)\b",
    regex.IGNORECASE,
)
#: A problem, a complaint or a question in the customer's message, besides
#: the cues of the customer reading.
_PROBLEM = lazy_pattern(
    r"\?|\b(?:not|no|never|nobody|nothing|\w+n't|broken|broke|wrong|problem|issue|rude"
    r"|worst|terrible|awful|crash\w*|fail\w*|error|refund|complain\w*|disappoint\w*|charged"
    r"|late|delay\w*|cancel\w*|missing|lost|damaged|stuck|waiting|fix|help|laughed|mou?ld"
    r"|dirty|filthy|smell\w*|noisy|cold|leak\w*|stolen|hacked|ignored|unacceptable|disgust\w*"
    r"|angry|furious|useless|joke|ridiculous|overcharg\w*|billed|scam\w*|faulty|rude)\b",
    regex.IGNORECASE,
)
#: Praise turned into a complaint: "great breakfast, but the pool was closed".
_BUT_PROBLEM = lazy_pattern(
    r"\b(?:but|however|although|though|except|shame|pity)\b[^.!?]{0,80}?\b(?:not|no|never|nobody"
    r"|nothing|\w+n't|closed|broken|wrong|rude|dirty|cold|noisy|late|missing|lost|damaged"
    r"|terrible|awful|poor|worst|disappoint\w*)\b",
    regex.IGNORECASE,
)
_PRAISE_TRIGGERS = trigger_words(
    "kind lovely positive wonderful nice glowing amazing sweet generous warm fantastic "
    "brilliant love kudos compliment compliments hearing enjoyed liked loved enjoying "
    "loving took glad happy pleased delighted thrilled appreciate hope"
)


@rule(
    code="CS507",
    name="praise-reply-to-complaint",
    family=_FAMILY,
    needs=("customer",),
    message="Answers a complaint with the stock reply to praise: {excerpt!r}",
    why=(
        "Thanking a customer for kind words when they reported a problem "
        "shows the reply is a macro picked without reading the message "
        '(seed 001, "Relying Solely on Scripts" and "Neglecting to Listen '
        'Actively").'
    ),
    fix="Answer the problem they reported: acknowledge it and say what happens next",
    bad=(
        "> Your driver was rude and threw my parcel over the fence. It broke.\n\n"
        "Thank you for your kind feedback, we really appreciate it!",
        "> I waited two hours at the counter and nobody served me.\n\n"
        "Thanks for the feedback! We love hearing from our customers.",
    ),
    good=(
        "> The new app is brilliant, thank you!\n\n"
        "Thank you for your kind words, we'll pass them on to the team!",
        "> Your driver was rude and threw my parcel over the fence. It broke.\n\n"
        "I'm sorry, that's not how a parcel should be delivered. I've sent a "
        "replacement and passed this to the driver's manager.",
    ),
    severity=Severity.INFO,
    confidence=0.85,
    preview=True,
    triggers=_PRAISE_TRIGGERS,
)
def praise_reply_to_complaint(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    With a customer message that is not thanks or praise (a complaint, a
    problem report, a question), flags a reply that answers with the stock reply to
    praise ("Thank you for your kind words", "We love hearing from our
    customers", "So glad you enjoyed it") and holds no apology or
    recognition of the problem anywhere.

    ## Known limitations
    A complaint with praise in it ("love the app, but it crashes") is read
    as a complaint: a thank-you for the praise part is flagged when nothing
    in the reply takes up the problem.

    ## Confidence
    0.85: one hit on set-dev1 (round 4, a true positive; the set was then
    read for its misses, so it is in-sample) and none on the TWCS pairs
    but a praise reply to praise the customer reading did not know, which
    the problem-word test now leaves alone.
    """
    customer = doc.customer
    if not customer:
        return
    if _PRAISE_REPLY.search(doc.text) is None:
        return
    if len(content_stems(customer)) < _MIN_CUSTOMER_SPECIFIC:
        return
    state = customer_state(doc)
    if sounds_pleased(customer, state) and not _BUT_PROBLEM.search(customer):
        return  # praise; but "great breakfast, but the pool was closed" is a complaint
    if not _asks_or_reports(doc, customer):
        return  # praise the customer reading does not know ("you set the bar")
    text = doc.text
    for m in _PRAISE_REPLY.finditer(text):
        if doc.in_quote(m.start(), m.end()) or not doc.in_agent_zone(m.start()):
            continue
        span = _body_span(doc)
        lo, hi = span if span else (0, len(text))
        if _APOLOGY.search(text, lo, hi):
            return
        yield Match(
            m.start(),
            m.end(),
            suggestions=(
                Suggestion(
                    "They reported a problem: say you're sorry it happened, "
                    "name it, and say what you are doing about it."
                ),
            ),
        )
        return


# -- CS504 ----------------------------------------------------------------------


@rule(
    code="CS504",
    name="unrendered-placeholder",
    family=_FAMILY,
    severity=Severity.ERROR,
    message="Template placeholder left in the reply: {excerpt!r}",
    why=(
        "A placeholder the customer can see ({{first_name}}) shows the reply "
        'is a template nobody read (seed 001, "Relying Solely on Scripts").'
    ),
    fix="Fill in the placeholder or remove it",
    bad=(
        "Hi {{first_name}}, your order is on its way.",
        "Dear [Customer Name], thanks for your email.",
        "Hello %NAME%, your ticket is %TICKET_ID%.",
        "Hi <<name>>, we've refunded you.",
        "Hi {first_name}, thanks for waiting.",
    ),
    good=(
        "Hi Sam, your order is on its way.",
        "See section [2] of the terms, or email us at help@example.com.",
        "You'll get 20% off, and 10% off your next order.",
        "Use the code SAVE10 at checkout.",
    ),
    placeholders=True,
    confidence=0.95,
)
def unrendered_placeholder(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags template placeholders that were never filled in:
    ``{{first_name}}``, ``{first_name}``, ``%NAME%``, ``[Customer
    Name]``, ``<<name>>``, ``${name}``. Other rules never read the words
    inside a placeholder.
    """
    for start, end in doc.placeholders:
        yield Match(
            start,
            end,
            suggestions=(
                Suggestion(
                    "Fill in the placeholder, or send the reply through the "
                    "tool that renders it."
                ),
            ),
        )


# -- CS508 ----------------------------------------------------------------------

#: A bot menu: "Please choose from the following options", "press 1 for
#: billing, 2 for faults" (a numbered list alone is often a real answer:
#: "you can pay 1) by card or 2) in cash").
_MENU = lazy_pattern(
    r"""
    \b(?:please\s+)?(?:choose|select|pick)\s+(?:one\s+of\s+|from\s+)?(?:the\s+following\s+options
      |an?\s+option\s+(?:below|from\s+the\s+(?:menu|list)))\b
    # round 11 (issue 14): menus in other words -- an option, the menu or
    # the buttons pointed to ("please select from the menu below", "choose
    # one of the options above", "tap a button below"), the topics the bot
    # covers ("here are some topics I can help with", "I can help you with
    # orders, returns and account settings"), three numbered choices, and
    # the bot's own fallback ("sorry, I didn't quite get that")
    | \b(?:please\s+)?(?:choose|select|pick)\s+(?:one\s+of\s+|from\s+)?(?:the\s+|an?\s+)?(?:options?|topics?|menu|buttons?)
      (?:\s+(?:below|above))?(?=\s*[.:!]|\s*$|\s+(?:below|above)\b)
    | \b(?:tap|click|press|choose|select)\s+(?:a|one\s+of\s+the|the|an?\s+option|one)\s+(?:(?:buttons?|options?)\s+)?(?:below|above)\b
    | \bhere\s+are\s+(?:some\s+)?(?:of\s+)?(?:the\s+)?(?:topics|things|options|areas)\s+I\s+can\s+help\s+(?:you\s+)?with\b
    | \bI\s+can\s+help\s+(?:you\s+)?with\s+[\w-]+(?:\s+[\w-]+)?,\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:and|or)\s+[\w-]+
    | \b1\)\s*\w[^\n]{1,40}?\s2\)\s*\w[^\n]{1,40}?\s3\)\s*\w
    | \bsorry,?\s+I\s+(?:didn't|did\s+not)\s+(?:quite\s+)?(?:get|understand|catch)\s+that\b
    # widened from our own paraphrases: a topic or category to pick, "the
    # following" alone, "try one of these options", the bot's fallback
    # without "sorry", and three options split by bars
    | \b(?:please\s+)?(?:choose|select|pick)\s+(?:a|an|one\s+of\s+the|one\s+of\s+these|from\s+the)\s+(?:topics?|options?|categor(?:y|ies)
      |menu)\b
    | \b(?:please\s+)?(?:choose|select|pick)\s+(?:one\s+of\s+|from\s+)?the\s+following\s*:
    | \b(?:try|use|tap)\s+one\s+of\s+(?:these|the)\s+(?:options|topics|buttons)\b
    | \bI\s+(?:didn't|did\s+not|don't|do\s+not)\s+(?:quite\s+)?(?:understand|recogni[sz]e|catch)\s+that(?=\s*[.!,])
    | \b\w+(?:\s\w+)?\s\|\s\w+(?:\s\w+)?\s\|\s\w+
    | \b(?:press|reply(?:\s+with)?|type|text|say)\s+(?:1|one)\s+(?:for|to)\b
      (?=[^\n]{0,120}?\b(?:2|two)\s+(?:for|to)\b)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
#: Round 11: a customer who asked for the menu ("what can you help me
#: with?") and a menu the agent acts on ("pick one and I'll pull it up").
_ASKS_FOR_MENU = lazy_pattern(
    r"\bwhat\s+(?:can|do)\s+you\s+(?:help|do)\b|\b(?:show|give|send)\s+me\s+(?:the\s+)?(?:options|menu)\b"
    r"|\bwhat\s+are\s+(?:my|the)\s+options\b|\b(?:main\s+)?menu\s+please\b",
    regex.IGNORECASE,
)
_PICK_AND_ACT = lazy_pattern(
    r"[^\n]{0,60}?\b(?:and|then)\s+(?:I'll|I\s+will|we'll|we\s+will)\b",
    regex.IGNORECASE,
)
#: Round 11 (issue 14): boilerplate terms given as the whole answer ("offers
#: are subject to eligibility criteria", "terms apply", "all sales are final
#: as per our Refund Policy", "benefits are payable in accordance with the
#: policy wording"): silent when the customer asked about the terms, when
#: the reply shows its own work ("I've refunded £60") or gives a link.
_BOILERPLATE = lazy_pattern(
    r"""
    \b(?:all\s+|our\s+)?(?:promotions?|promos?|offers?|deals?|discounts?|claims?|bookings?|orders?|sales|lending|loans?
      |benefits?|refunds?|returns?|prices?|rates?|fares?|vouchers?|rewards?|applications?|transactions?|purchases?|cover)
      \s+(?:are|is)\s+(?:all\s+)?(?:strictly\s+)?(?:subject\s+to|governed\s+by|payable\s+in\s+accordance\s+with
        |final\s+as\s+per|valid\s+while)\b
    | \b(?:all\s+)?sales\s+are\s+final\b
    | \b(?:apply|applies|applied|charged|levied|payable|due)\s+(?:as\s+per|in\s+accordance\s+with|under)\s+(?:the|our)\s+(?:terms
      (?:\s+and\s+conditions)?|T&Cs|terms\s+of\s+(?:use|service|sale|business))\b
    | \b(?:please\s+|kindly\s+)?refer\s+to\s+(?:the|our)\s+(?:terms(?:\s+and\s+conditions)?|T&Cs|terms\s+of\s+(?:use|service|sale
      |business))(?:\s+(?:you\s+)?(?:agreed\s+to|accepted))?(?=\s*[.!]|\s*$)
    | (?:^|(?<=[.!]\s{0,3}))(?:T&Cs|Ts\s*&\s*Cs|terms(?:\s+and\s+conditions)?|conditions)\s+apply(?=\s*[.!]|\s*$)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_ASKS_ABOUT_TERMS = lazy_pattern(
    r"\b(?:terms|conditions|T&Cs|small\s+print|fine\s+print|policy\s+say)\b",
    regex.IGNORECASE,
)
_LINK = lazy_pattern(
    r"https?://|\bwww\.|\b[\w-]+\.(?:com|co\.uk|org|net|gov|io|ie)\b", regex.IGNORECASE
)
#: A first-line troubleshooting step offered as the answer: restart, power
#: cycle, clear the cache, reinstall, log out and in.
_BASIC_STEP = lazy_pattern(
    r"""
    \b(?:please\s+(?:try\s+)?|have\s+you\s+tried\s+|(?:could|can)\s+you\s+(?:please\s+)?(?:try\s+)?
      |try\s+|maybe\s+try\s+)
    (?:(?:turning|switching|powering|turn|switch|power)\s+(?:your\s+|the\s+|it\s+)?(?:[\w-]+\s+)?
        (?:off\s+and\s+(?:back\s+)?on|on\s+and\s+off)(?:\s+again)?
      |(?:re(?:start|boot)(?:ing)?)\s+(?:your|the)\s+[\w-]+
      |clear(?:ing)?\s+(?:your\s+|the\s+)?(?:browser\s+|app\s+)?(?:cache|cookies)(?:\s+and\s+cookies)?
      |re-?install(?:ing)?\s+the\s+app
      |log(?:ging)?\s+out\s+and\s+(?:back\s+)?in(?:\s+again)?
      |updat(?:e|ing)\s+(?:the|your)\s+app)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
#: The customer has been past first-line steps: a repeat contact, steps
#: already tried, an exact error quoted ("Error: SAML assertion ...",
#: "error 502"; a bare "server error" is a first report).
_PAST_FIRST_LINE = lazy_pattern(
    r"""
    \b(?:already|again|still|tried|restarted|rebooted|reinstalled|cleared|(?:second|third|fourth
      |fifth|\d+(?:st|nd|rd|th))\s+time|every\s+time|since\s+your)\b
    | \berror\s*:|\b(?:error|code)\s+(?:code\s+)?[\w-]*\d
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
#: The reply's own work on this case: "I've checked your line", "I can
#: see", "looking at your account".
_OWN_WORK = lazy_pattern(
    r"""
    \b(?:I|we)(?:'ve|\s+have)\s+(?:just\s+|already\s+|now\s+|also\s+)?\w+(?:ed|t|n)\b
    | \b(?:I|we)\s+(?:can\s+see|checked|looked|found|reset|ran|tested)\b
    | \blooking\s+at\s+your\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_CANNED_TRIGGERS = trigger_words(
    "following options press 1 one tried restart restarting reboot rebooting cache cookies "
    # round 11: menus in other words, boilerplate terms as the answer
    "option topics topic menu button buttons help+can 1) didn't+sorry subject terms final "
    "governed accordance valid+while understand recognise recognize catch category categories these "
    "reinstall reinstalling log logging turning switching powering turn switch power update "
    "updating"
)


@rule(
    code="CS508",
    name="canned-first-line",
    family=_FAMILY,
    needs=("customer",),
    message="Answers with a bot menu or a first-line macro: {excerpt!r}",
    why=(
        'A menu of options, or "restart your router and let us know if it '
        'persists" to a customer who has written again, tried it already or '
        "quoted the exact error, is a macro that could sit under any message; "
        'it tells them nobody read theirs (seed 001, "Relying Solely on '
        'Scripts" and "Neglecting to Listen Actively").'
    ),
    fix="Answer their message: what you checked, what you found, what happens next",
    bad=(
        "> This is my third message. The router still drops every night.\n\n"
        "Sorry to hear that! Please try turning your router off and on again "
        "and let us know if the issue continues.",
        "> My card is blocked and my rent is due today.\n\n"
        "Hello! Please choose from the following options: 1) Cards 2) Loans 3) Other",
    ),
    good=(
        "> This is my third message. The router still drops every night.\n\n"
        "I've checked your line and found a fault at the cabinet; an engineer "
        "fixes it tomorrow. Please restart the router after 5pm.",
        "> How do I clear the cache on the app?\n\n"
        "Have you tried clearing the cache under Settings > Storage?",
    ),
    severity=Severity.INFO,
    # set E 3 of 3 right; set-dev1 and challenge-v1 no hits (issue 14,
    # round 5, on the set its constructions came from): about 0.85.
    confidence=0.85,
    triggers=_CANNED_TRIGGERS,
)
def canned_first_line(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    With a customer message, flags two macros that answer no particular
    message: a bot menu ("Please choose from the following options: 1)
    Card issues 2) Payments 3) Other", "press 1 for billing, 2 for
    faults"), and a first-line troubleshooting step ("please try turning
    your router off and on again", "have you tried clearing your cache and
    cookies?") offered to a customer who is past it: a repeat contact
    ("fourth time", "still", "again"), steps already tried, an exact
    error.

    Not flagged: a first-line step in a reply that shows work of its own
    on the case ("I've checked your line", "I can see"); a step the
    customer asked how to do; a menu or a step inside quoted text.

    ## Known limitations
    Other macros (a Help Centre link alone, "DM us your details and we'll
    be happy to look into this") are read by CS505 and CS506 where they
    can be. Measured (issue 14, round 5) on set E, where the constructions
    came from: 3 of 3 hits right, no hits on set-dev1 or challenge-v1;
    confidence 0.85 until a blind set measures it.
    """
    customer = doc.customer
    if not customer:
        return
    span = _body_span(doc)
    if span is None:
        return
    text = doc.text
    lo, hi = span
    for m in _MENU.finditer(text, lo, hi):
        if doc.in_agent_zone(m.start()) and not doc.in_quote(m.start()):
            if _ASKS_FOR_MENU.search(customer) or _PICK_AND_ACT.search(
                text, m.end(), hi
            ):
                break  # round 11: "what can you help me with?"; "pick one and I'll pull it up"
            yield Match(m.start(), m.end(), suggestions=(_ANSWER_IT,))
            return
    if not _ASKS_ABOUT_TERMS.search(customer) and not _OWN_WORK.search(text, lo, hi):
        for m in _BOILERPLATE.finditer(text, lo, hi):
            if doc.in_agent_zone(m.start()) and not doc.in_quote(m.start()):
                if _LINK.search(text, lo, hi):
                    break
                yield Match(m.start(), m.end(), suggestions=(_ANSWER_IT,))
                return
    if not _PAST_FIRST_LINE.search(customer) or _OWN_WORK.search(text, lo, hi):
        return
    for m in _BASIC_STEP.finditer(text, lo, hi):
        if doc.in_agent_zone(m.start()) and not doc.in_quote(m.start()):
            yield Match(m.start(), m.end(), suggestions=(_ANSWER_IT,))
            return


_ANSWER_IT = Suggestion(
    "Answer their message: say what you checked on their case and what "
    "happens next, instead of the first-line step or the menu."
)


RULES = (
    stock_phrase,
    unpersonalised_macro,
    no_reference_to_customer,
    unrendered_placeholder,
    stock_macro,
    asks_for_given_details,
    praise_reply_to_complaint,
    canned_first_line,
)
