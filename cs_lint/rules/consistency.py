"""
Consistency (CS9xx): claims that contradict the team's configured facts.

Grounded in seed 001 ("Inconsistent information": customers who hear
different answers from different agents stop trusting all of them).

Every rule here needs facts (`Facts`, configured as ``[tool.cs-lint.facts]``
or ``Config(facts=...)``); without the fact a rule reads, it does not run
or finds nothing — it never guesses what the team's refund window is. The
rules skip words the agent negates ("we don't offer 30-day returns"),
quoted words (the engine), and sentences that explain an exception, a
delay or a change ("we've extended the window to 60 days for Christmas",
"delivery is taking 7 days because of the strike", "the Premium plan is
now called Plus").

The bad and good examples assume `EXAMPLE_FACTS`: a 14-day refund window,
30-day returns, a 24-hour SLA, standard delivery in 3-5 days and express
in 1, the Plus plan at £9.99 and the Pro plan at £19.99 or £199, and the
Premium plan renamed to the Plus plan.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex

from cs_lint._authoring.rule import Match, rule, trigger_words
from cs_lint._base.finding import Applicability, Edit, Family, Suggestion
from cs_lint._context.commitments import commitments
from cs_lint._context.facts import DeliveryWindow, Facts, Money, money_of, money_pattern
from cs_lint._text.compiled import compile_cached
from cs_lint._text.document import Document
from cs_lint._text.patterns import compile_pattern, phrase_key, phrase_pattern, words_of


_FAMILY = Family.CONSISTENCY

#: The facts the rules' bad and good examples assume.
EXAMPLE_FACTS = Facts.from_dict(
    {
        "refund-window-days": 14,
        "return-window-days": 30,
        "sla-hours": 24,
        "delivery-days": {"standard": "3-5", "express": 1},
        "prices": {"Plus plan": "£9.99", "Pro plan": ["£19.99", "£199"]},
        "retired-terms": {"Premium plan": "Plus plan", "loyalty points": "Rewards"},
    }
)


# -- numbers ------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "twenty-one": 21,
    "twenty-eight": 28,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
_NUM = (
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fourteen|fifteen|twenty(?:-one|-eight)?|thirty|forty-five|sixty|ninety)"
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def _number(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else _NUMBER_WORDS[text]


def _days_of(n: int, unit: str) -> int:
    return n * _UNIT_DAYS[unit.lower().rstrip("s")]


#: A sentence that explains an exception, a change or a delay: its numbers
#: are not the standing facts.
_EXCEPTION = compile_pattern(
    r"""
    \b(?:extend\w*|exception\w*|goodwill|holiday|christmas|festive|seasonal|special
      |promotion\w*|promo|instead\s+of|rather\s+than|used\s+to|previously|formerly
      |no\s+longer|old|former|changed|changing|change\s+to|delay\w*|due\s+to|because
      |strike|weather|peak|busy|backlog|currently|at\s+the\s+moment|right\s+now
      |this\s+week|temporar\w*|extra|additional|was|were|renamed|now\s+called
      |called\s+now|now\s+known|replaced|replacing|retired|other\s+(?:shops|stores|retailers)
      |competitors?|marketplace|seller|sellers|partner)\b
    """
)


_WORD = re.compile(r"(?<![\w'\u2019-])[\w'\u2019]+")


def _near(
    doc: Document,
    keys: tuple[str, ...],
    pat: regex.Pattern[str],
    before: int,
    leads: frozenset[str],
) -> Iterator[regex.Match[str]]:
    """
    The matches of *pat* that start at a keyword, or at a word up to
    *before* characters ahead of it that is a number or one of *leads*
    (the words a claim that ends in the keyword can open with). Plain
    string search finds the keywords and each try is anchored, so a long
    reply costs a few cheap tries per keyword, not a scan by a costly
    pattern.
    """
    lower = doc.lower
    text = doc.text
    tried: set[int] = set()
    for key in keys:
        k = lower.find(key)
        while k != -1:
            if k == 0 or not lower[k - 1].isalnum():
                starts = [k]
                for w in _WORD.finditer(lower, max(0, k - before), k):
                    word = w.group()
                    if word[0].isdigit() or word in leads or word in _NUMBER_WORDS:
                        starts.append(w.start())
                for start in starts:
                    if start in tried:
                        continue
                    tried.add(start)
                    m = pat.match(text, start, start + 200)
                    if m is not None:
                        yield m
            k = lower.find(key, k + len(key))


@functools.lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> regex.Pattern[str]:
    """
    One compiled pattern for configured names, cached across replies.
    """
    return phrase_pattern(names)


def _mentions(doc: Document, names: tuple[str, ...]) -> bool:
    """
    Return whether some name may be in the reply: one of its words is.
    """
    return any(next(iter(words_of(name)), "") in doc.words for name in names)


def _sentence(doc: Document, offset: int) -> tuple[int, int]:
    sent = doc.sentence_at(offset)
    if sent is None:
        return max(0, offset - 200), min(len(doc.text), offset + 200)
    return max(sent.start, offset - 300), min(sent.end, offset + 300)


def _excepted(doc: Document, offset: int) -> bool:
    start, end = _sentence(doc, offset)
    return _EXCEPTION.search(doc.text, start, end) is not None


def _number_edit(
    doc: Document, start: int, end: int, days: int, message: str
) -> Suggestion:
    """
    Replace a "30-day" / "30 days" / "2 weeks" span with the fact's days.
    """
    original = doc.text[start:end]
    joined = "-" in original
    replacement = f"{days}-day" if joined else f"{days} day{'s' if days != 1 else ''}"
    return Suggestion(message, (Edit(start, end, replacement),), Applicability.UNSAFE)


# -- CS901 ------------------------------------------------------------------

_WINDOW = compile_pattern(
    rf"""
    (?P<span>(?P<n>{_NUM})(?P<join>[\s-])(?P<unit>day|week|month)s?)[\s-]
      (?P<kind>money[\s-]back|refunds?|returns?|cooling[\s-]off|exchanges?)
    | (?P<kind2>refund|return|returns|money[\s-]back|cooling[\s-]off|exchange)\s+
      (?:window|period|policy|guarantee)\s+(?:is|of|lasts|runs\s+for|covers)\s+
      (?:only\s+|just\s+|up\s+to\s+)?(?P<span2>(?P<n2>{_NUM})\s+(?P<unit2>days?|weeks?|months?))
    | (?P<kind3>return|send\s+(?:it|them|the\s+\w+|your\s+\w+)\s+back|request\s+a\s+refund
      |ask\s+for\s+a\s+refund|claim\s+a\s+refund|get\s+a\s+refund|change\s+your\s+mind)
      \s+(?:it\s+|them\s+|the\s+\w+\s+|your\s+\w+\s+|for\s+a\s+(?:full\s+)?refund\s+)?
      (?:with)?in\s+(?P<span3>(?P<n3>{_NUM})\s+(?P<unit3>days?|weeks?|months?))
    | \byou\s+(?:have|get|'ve\s+got)\s+(?P<span4>(?P<n4>{_NUM})\s+(?P<unit4>days?|weeks?|months?))
      \s+to\s+(?P<kind4>return|request\s+a\s+refund|ask\s+for\s+a\s+refund|get\s+a\s+refund
      |send\s+it\s+back|change\s+your\s+mind|claim\s+a\s+refund)
    | (?P<kind5>refunds?|returns?|exchanges?)\s+(?:are|is)\s+(?:only\s+)?(?:accepted|possible
      |available|allowed|offered)\s+(?:for|within|up\s+to)\s+
      (?P<span5>(?P<n5>{_NUM})\s+(?P<unit5>days?|weeks?|months?))
    | (?P<kind6>returned|exchanged|sent\s+back)\s+(?:to\s+us\s+)?(?:with)?in\s+
      (?P<span6>(?P<n6>{_NUM})\s+(?P<unit6>days?|weeks?|months?))
    """
)


_WINDOW_KEYS = (
    "refund",
    "return",
    "money",
    "cooling",
    "exchange",
    "sent",
    "send",
    "mind",
)


#: Words a refund-window claim that ends in its keyword opens with ("you
#: have 30 days to return", "request a refund within").
_WINDOW_LEADS = frozenset(
    ("you", "request", "ask", "claim", "get", "send", "change", "sent", "returned")
)


def _facts(doc: Document) -> Facts:
    """
    The team facts the document carries (every rule here needs them, so
    the engine runs these rules only on documents that have them).
    """
    return doc.facts if doc.facts is not None else Facts()


def _window_fact(facts: Facts, kind: str) -> tuple[int | None, str]:
    """
    The configured window for a claim about *kind* (refund or return).
    """
    returns = any(
        w in kind.lower() for w in ("return", "send", "sent", "exchange", "mind")
    )
    if returns and facts.return_window_days is not None:
        return facts.return_window_days, "return"
    if facts.refund_window_days is not None:
        return facts.refund_window_days, "refund"
    return facts.return_window_days, "return"


@rule(
    code="CS901",
    name="wrong-refund-window",
    family=_FAMILY,
    needs=("facts",),
    # Every claim counts days, weeks or months.
    triggers=trigger_words("day days week weeks month months"),
    message="Contradicts the team's refund or return window: {excerpt!r}",
    why=(
        "A refund window that differs from one agent to the next is the "
        "inconsistent information that makes customers distrust every answer "
        'they get (seed 001, "Inconsistent information").'
    ),
    fix="Use the team's refund window",
    bad=(
        "No problem, we have a 30-day refund policy.",
        "Our refund window is 60 days from delivery.",
        "You have 60 days to return it.",
        "You can return it within 2 weeks.",
    ),
    good=(
        "No problem, we have a 14-day refund policy.",
        "You can return it within 30 days.",
        "We don't offer a 30-day refund on sale items.",
        "As a goodwill gesture, I've extended your refund window to 30 days.",
        "Refunds take 5 days to reach your account.",
    ),
)
def wrong_refund_window(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a refund or return window that differs from the configured
    ``refund-window-days`` / ``return-window-days``: "30-day refund policy"
    when the team's window is 14 days, "return it within 2 weeks" when it
    is 30. A return claim is checked against the return window when one is
    set, else the refund window.

    The examples assume the facts in [facts.md](../facts.md#the-example-facts).

    Not flagged: the right number; a negated claim ("we don't offer a
    30-day refund"); a sentence about an exception, an extension or a
    change ("I've extended your window to 30 days"); how long a refund
    takes to arrive ("refunds take 5 days").
    """
    facts = _facts(doc)
    if facts.refund_window_days is None and facts.return_window_days is None:
        return
    for m in _near(doc, _WINDOW_KEYS, _WINDOW, 40, _WINDOW_LEADS):
        i = next(i for i in ("", "2", "3", "4", "5", "6") if m.group(f"n{i}"))
        n, unit = m.group(f"n{i}"), m.group(f"unit{i}")
        kind = m.group(f"kind{i}")
        span_start, span_end = m.span(f"span{i}")
        days, which = _window_fact(facts, kind)
        if days is None:
            continue
        claimed = _days_of(_number(n), unit)
        if claimed == days or (unit.lower().startswith("month") and 28 <= days <= 31):
            continue
        if doc.negated(m.start()) or _excepted(doc, m.start()):
            continue
        yield Match(
            m.start(),
            m.end(),
            message=f"Contradicts the {which} window ({days} days): {m.group()!r}",
            suggestions=(
                _number_edit(
                    doc,
                    span_start,
                    span_end,
                    days,
                    f"Use the {which} window: {days} days",
                ),
            ),
        )


# -- CS902 ------------------------------------------------------------------

_RANGE = rf"(?P<a>{_NUM})(?:\s*(?:-|\u2013|to|or)\s*(?P<b>{_NUM}))?"
_DELIVERY = compile_pattern(
    rf"""
    (?:delivery|shipping|postage)\s+(?:usually\s+|normally\s+|typically\s+|generally\s+
      |only\s+)?(?:takes|is|will\s+take|can\s+take|should\s+take|'ll\s+take)\s+
      (?:around\s+|about\s+|approximately\s+|roughly\s+|between\s+|just\s+|only\s+)?
      (?P<upto>up\s+to\s+)?(?P<span>{_RANGE}\s+(?:working\s+|business\s+)?days?)
    | (?P<span2>(?P<a2>{_NUM})(?:\s*(?:-|\u2013|to)\s*(?P<b2>{_NUM}))?[\s-]
      (?:working[\s-]|business[\s-])?day)s?\s+(?:[\w-]+\s+)?(?:delivery|shipping)
    | (?:arrive|arrives|be\s+delivered|be\s+with\s+you|reach\s+you|get\s+to\s+you)\s+
      (?P<upto3>within\s+(?:the\s+next\s+)?|in\s+(?:the\s+next\s+)?)(?P<span3>(?P<a3>{_NUM})
      (?:\s*(?:-|\u2013|to|or)\s*(?P<b3>{_NUM}))?\s+(?:working\s+|business\s+)?days?)
    """
)


_DELIVERY_KEYS = (
    *("deliver", "shipping", "postage", "arriv", "reach you", "get to you"),
    "with you",
)


#: "be delivered", "be with you"; numbers open "3-5 day delivery".
_DELIVERY_LEADS = frozenset(("be",))


def _option(
    doc: Document, start: int, options: dict[str, DeliveryWindow]
) -> tuple[str, DeliveryWindow] | None:
    """
    The delivery option a claim at *start* is about: the one named in its
    sentence, or the only one configured.
    """
    s, e = _sentence(doc, start)
    sentence = doc.lower[s:e]
    named = [
        (name, window)
        for name, window in options.items()
        if _names_pattern((name,)).search(sentence)
    ]
    if len(named) == 1:
        return named[0]
    if not named and len(options) == 1:
        return next(iter(options.items()))
    return None


@rule(
    code="CS902",
    name="wrong-delivery-time",
    family=_FAMILY,
    needs=("facts",),
    # Every claim counts days.
    triggers=trigger_words("day days"),
    message="Contradicts the team's delivery times: {excerpt!r}",
    why=(
        "Quoting a delivery time the team does not offer sets an expectation "
        "the next agent contradicts, and the customer stops believing either "
        '(seed 001, "Inconsistent information").'
    ),
    fix="Quote the team's delivery time",
    bad=(
        "Standard delivery takes 1-2 working days.",
        "Express delivery usually takes 3 days.",
        "With standard shipping it will arrive within 2 days.",
    ),
    good=(
        "Standard delivery takes 3-5 working days.",
        "Express delivery takes 1 day.",
        "Standard delivery is currently taking 7 days because of the strike.",
        "Delivery takes 1 day.",
    ),
)
def wrong_delivery_time(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a delivery time that falls outside the configured
    ``delivery-days`` for the option the sentence names ("standard
    delivery takes 1-2 days" when standard is 3-5). With one option
    configured, an unnamed claim is checked against it; with several, an
    unnamed claim is flagged only when it is faster than every option.
    "Up to N days" is flagged only when N is below the option's longest
    time.

    The examples assume the facts in [facts.md](../facts.md#the-example-facts).

    Not flagged: a claim inside the configured range; a sentence about a
    delay or an exception ("currently taking 7 days because of the
    strike").
    """
    facts = _facts(doc)
    options = dict(facts.delivery_days)
    if not options:
        return
    fastest = min(w.low for w in options.values())
    for m in _near(doc, _DELIVERY_KEYS, _DELIVERY, 40, _DELIVERY_LEADS):
        i = next(i for i in ("", "2", "3") if m.group(f"a{i}"))
        low = _number(m.group(f"a{i}"))
        high = _number(m.group(f"b{i}")) if m.group(f"b{i}") else low
        if i == "":
            upto = m.group("upto") is not None
        elif i == "3":
            upto = m.group("upto3").lower().startswith("within")
        else:
            upto = False
        found = _option(doc, m.start(), options)
        if found is None:
            if high >= fastest:
                continue
            name = min(options, key=lambda k: options[k].low)
            window = options[name]
        else:
            name, window = found
        # "Up to 2 days" promises at most 2: wrong when the option can take
        # longer; "2-3 days" is wrong when it leaves the option's range.
        wrong = high < window.high if upto else low < window.low or high > window.high
        if not wrong or doc.negated(m.start()) or _excepted(doc, m.start()):
            continue
        span_start, span_end = m.span(f"span{i}")
        yield Match(
            m.start(),
            m.end(),
            message=(
                f"Contradicts the delivery time ({name}: {_days_text('days', window)}): "
                f"{m.group()!r}"
            ),
            suggestions=(
                Suggestion(
                    f"Quote {name} delivery: {window} days",
                    (
                        Edit(
                            span_start,
                            span_end,
                            _days_text(doc.text[span_start:span_end], window),
                        ),
                    ),
                    Applicability.UNSAFE,
                ),
            ),
        )


def _days_text(original: str, window: DeliveryWindow) -> str:
    lower = original.lower()
    kind = next((k for k in ("working", "business") if k in lower), "")
    sep = (
        "-"
        if regex.search(r"\d[\s-]*(?:working[\s-]|business[\s-])?day$", lower)
        and ("-day" in lower)
        else " "
    )
    plural = "" if sep == "-" or window.high == 1 else "s"
    middle = f"{kind}{sep}" if kind else ""
    return f"{window}{sep}{middle}day{plural}"


# -- CS903 ------------------------------------------------------------------

_REPLY_ACTION = compile_pattern(
    r"""
    (?:get\s+back|be\s+(?:in\s+touch|back\s+in\s+touch|in\s+contact)|respond|reply|answer
      |come\s+back\s+to\s+you|hear\s+(?:back|from\s+(?:us|the\s+team|our\s+team))|contact\s+you
      |(?:receive|get)\s+a\s+(?:reply|response|answer|call\s*back)|be\s+contacted)\b
    """
)
_DURATION = compile_pattern(
    r"""
    \b(?:within|in|in\s+under|under|in\s+less\s+than|less\s+than)\s+(?:the\s+next\s+)?
    (?:(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|twelve|a\s+couple\s+of|half\s+an)
      \s+(?P<unit>minutes?|mins?|hours?|hrs?|(?:working\s+|business\s+)?days?)
    | (?P<hour>the\s+hour)|(?P<minutes>minutes))\b
    """
)
_STATEMENT = compile_pattern(
    r"""
    \b(?:we|our\s+(?:[\w-]+\s+)?team|the\s+team|our\s+(?:agents|advisors|experts))\s+
      (?:usually\s+|always\s+|normally\s+|typically\s+|aim\s+to\s+|try\s+to\s+|generally\s+)?
      (?:reply|replies|respond|responds|answer|answers|get\s+back|gets\s+back
      |come\s+back\s+to\s+you|comes\s+back\s+to\s+you)\b
    | \b(?:our\s+)?(?:response|reply|turnaround|first[\s-]response)\s+times?\s+(?:is|are)\b
    """
)
_STATEMENT_KEYS = (
    *("repl", "respond", "answer", "get back", "gets back", "come back", "comes back"),
    *("response", "turnaround"),
)
_STATEMENT_LEADS = frozenset(("we", "our", "the"))
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _hours(m: regex.Match[str]) -> float:
    if m.group("hour"):
        return 1.0
    if m.group("minutes"):
        return 0.5
    raw = m.group("n").lower()
    if raw.startswith("half"):
        n = 0.5
    elif raw.startswith("a couple"):
        n = 2
    else:
        n = float(raw) if raw.isdigit() else {**_SMALL, "six": 6, "twelve": 12}[raw]
    unit = m.group("unit").lower()
    if unit.startswith("min"):
        return n / 60
    if unit.startswith(("hour", "hr")):
        return n
    return n * 24


def _format_hours(hours: float) -> str:
    return str(int(hours)) if hours == int(hours) else f"{hours:g}"


@rule(
    code="CS903",
    name="faster-than-sla",
    family=_FAMILY,
    needs=("facts",),
    # Every claim counts minutes, hours or days.
    triggers=trigger_words("minute minutes min mins hour hours hr hrs day days"),
    message="Promises a reply faster than the team's SLA: {excerpt!r}",
    why=(
        "Promising a faster reply than the team commits to sets up a broken "
        "promise and an answer that contradicts the next agent's (seed 001, "
        '"Inconsistent information"; seed 000, "Honesty is the Best Policy").'
    ),
    fix="Quote the team's response time",
    bad=(
        "Our team will get back to you within 2 hours.",
        "You'll hear from us within the hour.",
        "We usually reply in under 30 minutes.",
    ),
    good=(
        "Our team will get back to you within 24 hours.",
        "You'll hear from us within 2 working days.",
        "I'll call you back within the hour myself.",
        "Your parcel will arrive within 2 days.",
    ),
)
def faster_than_sla(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a promised response time faster than the configured
    ``sla-hours``: "our team will get back to you within 2 hours", "you'll
    hear from us within the hour", "we usually reply in under 30 minutes"
    when the team's SLA is 24 hours. Days count as 24 hours.

    The examples assume the facts in [facts.md](../facts.md#the-example-facts).

    Not flagged: the agent's own callback ("I'll call you back within the
    hour"), which is their step to keep, not the team's; times that are
    not about a reply; times at or beyond the SLA.
    """
    facts = _facts(doc)
    sla = facts.sla_hours
    if sla is None:
        return
    seen: set[int] = set()
    for c in commitments(doc):
        if c.actor == "I" or c.deadline_start is None or c.vague:
            continue
        if not _REPLY_ACTION.match(doc.text, c.action_start, c.action_end):
            continue
        d = _DURATION.match(doc.text, c.deadline_start, c.end)
        if d is None or _hours(d) >= sla:
            continue
        seen.add(d.start())
        yield _sla_match(doc, d, sla)
    for m in _near(doc, _STATEMENT_KEYS, _STATEMENT, 50, _STATEMENT_LEADS):
        _, e = _sentence(doc, m.start())
        d = _DURATION.search(doc.text, m.end(), min(e, m.end() + 60))
        if d is None or d.start() in seen or _hours(d) >= sla:
            continue
        if doc.negated(m.start()):
            continue
        seen.add(d.start())
        yield _sla_match(doc, d, sla)


def _sla_match(doc: Document, d: regex.Match[str], sla: float) -> Match:
    hours = _format_hours(sla)
    return Match(
        d.start(),
        d.end(),
        message=(
            f"Promises a reply faster than the team's SLA ({hours} hours): {d.group()!r}"
        ),
        suggestions=(
            Suggestion(
                f"Quote the team's response time: within {hours} hours",
                (Edit(d.start(), d.end(), f"within {hours} hours"),),
                Applicability.UNSAFE,
            ),
        ),
    )


# -- CS904 ------------------------------------------------------------------

_LINK = compile_cached(
    r"""
    \s*(?:[,:(\u2014\u2013-]\s*)?(?:(?:is|are|costs?|will\s+cost|will\s+be|'s|at|for|only
      |just|now|priced\s+at|comes\s+to|costing|which\s+is|which\s+costs|is\s+only|is\s+just
      |a\s+month|per\s+month|monthly|a\s+year|per\s+year|yearly|annually)\s*){0,4}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_PRICE_BEFORE = compile_cached(
    r"\s*(?:a|per|/)?\s*(?:month|year|mo|yr)?\s*(?:for|on)\s+(?:the|our|your|a)?\s*$",
    regex.IGNORECASE,
)
_NOT_PRICE = compile_pattern(
    r"""
    \s*(?:off|discount|saving|more|extra|less|cheaper|credit|refund|back|increase|rise
      |difference|deposit|fee|surcharge|voucher|coupon)\b
    """
)
_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}


def _money_text(money: Money) -> str:
    symbol = _SYMBOLS.get(money.currency or "")
    if symbol:
        return f"{symbol}{money.amount}"
    return f"{money.amount} {money.currency}" if money.currency else str(money.amount)


def _same(claimed: Money, accepted: tuple[Money, ...]) -> bool:
    """
    Return whether *claimed* is one of the *accepted* prices (a currency
    counts only when both sides give one).
    """
    return any(
        claimed.amount == price.amount
        and not (
            claimed.currency and price.currency and claimed.currency != price.currency
        )
        for price in accepted
    )


@rule(
    code="CS904",
    name="wrong-price",
    family=_FAMILY,
    needs=("facts",),
    message="Quotes a price the team's facts don't list: {excerpt!r}",
    why=(
        "A wrong price in a reply is a promise the next agent has to take "
        "back, and the customer hears two different answers (seed 001, "
        '"Inconsistent information").'
    ),
    fix="Quote the configured price",
    bad=(
        "The Plus plan is £12.99 a month.",
        "You can switch to the Pro plan for £25.",
        "It's £7.99 for the Plus plan.",
    ),
    good=(
        "The Plus plan is £9.99 a month.",
        "The Pro plan is £19.99 a month or £199 a year.",
        "I've added £5 off the Plus plan for your next month.",
        "The Plus plan used to be £7.99.",
    ),
)
def wrong_price(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a price quoted for a configured product or plan that is not one
    of its configured ``prices``: "the Plus plan is £12.99" when it is
    £9.99. The price must sit right next to the name ("Plus plan is
    £12.99", "£12.99 for the Plus plan"). List every price an item may be
    quoted at (monthly and yearly, say) in the facts.

    The examples assume the facts in [facts.md](../facts.md#the-example-facts).

    Not flagged: a listed price; discounts, credits and differences ("£5
    off the Plus plan"); old or promotional prices ("used to be £7.99").
    """
    facts = _facts(doc)
    if not facts.prices:
        return
    names = tuple(facts.prices)
    if not _mentions(doc, names):
        return
    lookup = {phrase_key(n): n for n in names}
    for m in _names_pattern(names).finditer(doc.text):
        name = lookup.get(phrase_key(m.group()))
        if name is None:
            continue
        accepted = facts.prices[name]
        s, e = _sentence(doc, m.start())
        link = _LINK.match(doc.text, m.end(), e)
        pos = link.end() if link else m.end()
        found = money_pattern().match(doc.text, pos, e)
        if found is None:
            # "£7.99 for the Plus plan": the price just before the name.
            before = money_pattern().search(doc.text, max(s, m.start() - 40), m.start())
            if before is None or not _PRICE_BEFORE.match(
                doc.text, before.end(), m.start()
            ):
                continue
            found = before
        if _NOT_PRICE.match(
            doc.text, found.end(), found.end() + 30
        ) or _PRICE_WORDS.search(doc.text, max(s, found.start() - 30), found.start()):
            continue
        if _same(money_of(found), accepted) or _excepted(doc, m.start()):
            continue
        prices = " or ".join(_money_text(p) for p in accepted)
        edits: tuple[Suggestion, ...] = ()
        if len(accepted) == 1:
            edits = (
                Suggestion(
                    f"Quote the configured price: {prices}",
                    (Edit(found.start(), found.end(), _money_text(accepted[0])),),
                    Applicability.UNSAFE,
                ),
            )
        yield Match(
            min(m.start(), found.start()),
            max(m.end(), found.end()),
            message=(
                f"Quotes a price the team's facts don't list for {name} ({prices}): "
                f"{doc.text[min(m.start(), found.start()) : max(m.end(), found.end())]!r}"
            ),
            suggestions=edits,
        )


_PRICE_WORDS = compile_pattern(
    r"\b(?:save|saving|off|discount\w*|extra|additional|credit\w*|refund\w*|voucher|only\s+pay)\b"
)


# -- CS905 ------------------------------------------------------------------

_RENAMING = compile_pattern(
    r"""
    \b(?:renamed|now\s+called|called\s+now|now\s+known\s+as|formerly|previously|used\s+to\s+be
      |replaced\s+(?:by|with)|replacing|retired|no\s+longer|old\s+name|new\s+name|rebrand\w*)\b
    """
)
_ARTICLE = compile_cached(r"\b(a|an|A|An)\s+$")


def _article_for(word: str) -> str | None:
    """
    "a" or "an" before *word*, or None when the sound is uncertain.
    """
    if not word:
        return None
    first = word[0]
    if word.isupper() and len(word.split(maxsplit=1)[0]) > 1:
        return None  # "an MOT", "a URL": acronyms are read letter by letter
    if first.lower() in "hu" or word.lower().startswith(("one", "eu")):
        return None
    return "an" if first.lower() in "aeio" else "a"


@rule(
    code="CS905",
    name="retired-term",
    family=_FAMILY,
    needs=("facts",),
    message="Uses a retired term; say {replacement!r}: {excerpt!r}",
    why=(
        "An old product or plan name tells the customer something that is "
        "no longer true, and the next agent will call it something else "
        '(seed 001, "Inconsistent information").'
    ),
    fix="Use the current term",
    bad=(
        "You can upgrade to the Premium plan from your account page.",
        "Your loyalty points are shown on the receipt.",
        "That's included in a Premium plan.",
    ),
    good=(
        "You can upgrade to the Plus plan from your account page.",
        "The Premium plan is now called the Plus plan.",
        "Your Rewards are shown on the receipt.",
    ),
)
def retired_term(doc: Document) -> Iterator[Match]:
    """
    ## What it does
    Flags a configured ``retired-terms`` entry ("Premium plan" when it is
    now the "Plus plan") and suggests the replacement. The edit is safe:
    it keeps the sentence's capitalisation and fixes "a" / "an" before
    the new term; it is unsafe only when the article's sound is uncertain
    ("an hourly plan").

    The examples assume the facts in [facts.md](../facts.md#the-example-facts).

    Not flagged: a sentence that explains the change ("the Premium plan
    is now called the Plus plan", "formerly Premium").
    """
    facts = _facts(doc)
    if not facts.retired_terms:
        return
    terms = tuple(facts.retired_terms)
    if not _mentions(doc, terms):
        return
    lookup = {phrase_key(t): t for t in terms}
    for m in _names_pattern(terms).finditer(doc.text):
        key = lookup.get(phrase_key(m.group()))
        if key is None:
            continue
        s, e = _sentence(doc, m.start())
        if _RENAMING.search(doc.text, s, e):
            continue
        replacement = facts.retired_terms[key]
        yield Match(
            m.start(),
            m.end(),
            data={"replacement": replacement},
            suggestions=(_replace_term(doc, m.start(), m.end(), replacement),),
        )


def _replace_term(doc: Document, start: int, end: int, replacement: str) -> Suggestion:
    text = doc.text
    new = replacement
    sent = doc.sentence_at(start)
    if sent is not None and sent.start == start and new[:1].islower():
        new = new[0].upper() + new[1:]
    safe = True
    article = _ARTICLE.search(text, max(0, start - 4), start)
    edit_start = start
    if article is not None:
        wanted = _article_for(new)
        if wanted is None:
            safe = False
        else:
            current = article.group(1)
            if current.lower() != wanted:
                if current[0].isupper():
                    wanted = wanted.capitalize()
                edit_start = article.start(1)
                new = f"{wanted} {new}"
    return Suggestion(
        f"Use the current term: {replacement}",
        (Edit(edit_start, end, new),),
        Applicability.SAFE if safe else Applicability.UNSAFE,
    )


RULES = (
    wrong_refund_window,
    wrong_delivery_time,
    faster_than_sla,
    wrong_price,
    retired_term,
)
