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
from cs_lint._text.document import Document
from cs_lint._text.patterns import phrase_key, phrase_pattern, words_of
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
_LISTENING = regex.compile(
    r"\bI\s+(?:see|noticed|saw)\s+(?:that\s+)?you\s+(?:mentioned|tweeted\s+about|posted\s+about"
    r"|tagged)\s+[@#]?[\w.&'\u2019-]{1,30}(?:\s+[\w.&-]{1,20})?\s+in\s+(?:your|a)\s+"
    r"(?:recent\s+)?(?:tweet|post|comment|message)\b",
    regex.IGNORECASE,
)
_MAY_HAVE = regex.compile(r"\s+(?:this|that|it)\s+(?:may|might|could)\b", regex.I)
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
    ),
    severity=Severity.INFO,
    confidence=0.85,
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
    """
    for m in _STOCK_PATTERN.finditer(doc.text):
        start, end = m.start(), m.end()
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


_HANDLES = regex.compile(r"(?:[@.][\w.]+[\s,:]*|\s+)*")


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
#: Share of the reply's content words that are support boilerplate for the
#: reply to count as one that could go to anyone.
_GENERIC_SHARE = 0.6
_NAME = regex.compile(r"(?<![\p{L}@#])\p{Lu}[\p{Ll}]{2,}")
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


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """
    Stems of the words of replies that could go under any message (made on
    first use: stemming loads nltk).
    """
    return frozenset(stem(w) for w in _GENERIC_WORDS.split())


@rule(
    code="CS503",
    name="ignores-customer-message",
    family=_FAMILY,
    needs=("customer",),
    message="The reply mentions nothing the customer said",
    why=(
        "A reply that shares no word with the customer's message (not the "
        "product, the order, the problem) reads as a script that could go "
        'to anyone (seed 001, "Relying Solely on Scripts" and "Neglecting to '
        'Listen Actively"; seed 000: "listen!").'
    ),
    fix="Refer to the customer's actual problem",
    bad=(
        "> My Bluetooth headphones stopped pairing with the laptop after the "
        "firmware update yesterday.\n\n"
        "Thank you for contacting us. We appreciate you reaching out and we "
        "are always happy to help. Our team is committed to providing the best "
        "possible experience. Please let us know if there is anything else we "
        "can do for you, and have a wonderful rest of your week.",
        "> I was charged twice for the March invoice on my business account, "
        "can you reverse one of the payments?\n\n"
        "Hi there, thanks so much for getting in touch with us today. We "
        "always want to make sure you have a great experience with us, so "
        "please reach out anytime you need anything at all, day or night. Our "
        "friendly team is here for you around the clock, every single day.",
    ),
    good=(
        "> My Bluetooth headphones stopped pairing with the laptop after the "
        "firmware update yesterday.\n\n"
        "Thanks for telling us. The update changed the pairing mode: hold the "
        "power button for ten seconds, then pair the headphones again from "
        "the laptop's settings. If that doesn't work, reply here and we'll "
        "swap them.",
        "> Where is my order??\n\nDM us and we'll check.",
    ),
    severity=Severity.INFO,
    confidence=0.6,
    preview=True,
)
def no_reference_to_customer(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    With a customer message that has specifics (at least six content
    words), flags a reply that shares none of them (no stemmed content
    word, no number, no name) and is itself boilerplate: most of its
    content words are the stock vocabulary of support replies ("thank
    you for your feedback", "we always strive to create a positive
    experience"), with no number of its own. The finding spans the first
    sentence of the body.

    Short specific replies are left alone: "DM us your order number" to a
    short complaint is normal on social media; so is a warm stock reply to
    thanks or praise.

    ## Known limitations
    A reply that answers with synonyms only ("parcel" for "package") and
    in boilerplate words is flagged. Preview: too few labelled examples
    to measure precision yet.
    """
    customer = doc.customer
    if not customer:
        return
    span = _body_span(doc)
    if span is None:
        return
    body = doc.text[span[0] : span[1]]
    ours = content_stems(body)
    if len(ours) < _MIN_REPLY_CONTENT or any(w.isdigit() for w in ours):
        return
    theirs = content_stems(customer)
    if len(theirs) < _MIN_CUSTOMER_CONTENT or theirs & ours:
        return
    if sounds_pleased(customer, customer_state(doc)):
        return  # "You're welcome, we'll pass it on" is the right answer to praise
    if len(ours & _generic()) < _GENERIC_SHARE * len(ours):
        return
    names = {m.group().lower() for m in _NAME.finditer(customer)} - STOPWORDS
    if names & {w.lower() for w in _NAME.findall(body)}:
        return
    sent = doc.sentence_at(span[0])
    end = sent.end if sent is not None and sent.end <= span[1] else span[1]
    yield Match(
        span[0],
        end,
        suggestions=(
            Suggestion(
                "Show you read the message: name their product, order or "
                "problem and say what happens next for it."
            ),
        ),
    )


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


RULES = (
    stock_phrase,
    unpersonalised_macro,
    no_reference_to_customer,
    unrendered_placeholder,
)
