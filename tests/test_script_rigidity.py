"""
Script rigidity (CS5xx): the stock-line reading and the macro rules built
on it (CS503 with the customer message, CS505 without).
"""

from __future__ import annotations

import pytest

import cs_lint
from cs_lint import Document
from cs_lint._context.stock import StockKind, stock_lines


LINTER = cs_lint.Linter(cs_lint.Config(select=["script-rigidity"], plugins=False))


def codes(text: str, customer: str | None = None) -> list[str]:
    return [f.code for f in LINTER.lint(text, customer=customer)]


def kinds(text: str) -> list[tuple[str, list[str], bool]]:
    doc = Document(text)
    return [
        (doc.text[x.start : x.end], sorted(k.value for k in x.kinds), x.stock)
        for x in stock_lines(doc)
    ]


def test_each_sentence_gets_its_stock_kinds() -> None:
    """
    Openers, brand-value lines, pointers to self-service pages and closers
    are read by kind; a sentence about the case is content.
    """
    text = (
        "Thank you for contacting Acme Bank. We aim to provide excellent service "
        "to all our customers. Rates can be found at acmebank.co.uk/rates, where "
        "you'll find answers to common questions. I've moved your payment to "
        "the 14th. Have a great day!"
    )
    assert kinds(text) == [
        ("Thank you for contacting Acme Bank.", ["opener"], True),
        ("We aim to provide excellent service to all our customers.", ["value"], True),
        (
            "Rates can be found at acmebank.co.uk/rates, where you'll find answers "
            "to common questions.",
            ["deflection"],
            True,
        ),
        ("I've moved your payment to the 14th.", [], False),
        ("Have a great day!", ["closer"], True),
    ]


def test_a_stock_phrase_with_news_is_content() -> None:
    """
    A stock phrase in a sentence that also carries a number or the case's
    own words is a line of content.
    """
    (line,) = stock_lines(
        Document("Thanks for your patience while we fixed the engraving on order 4471.")
    )
    assert not line.stock
    (line,) = stock_lines(
        Document(
            "Thanks for your patience while our engravers finish the lettering on the silver locket."
        )
    )
    assert StockKind.OPENER in line.kinds
    assert not line.stock


def test_greetings_and_signatures_are_not_lines() -> None:
    """
    "Hi there!" and a tweet signature are neither stock nor content.
    """
    doc = Document("Hi there! Thank you for reaching out. Have a great day! ^JT")
    assert [doc.text[x.start : x.end] for x in stock_lines(doc)] == [
        "Thank you for reaching out.",
        "Have a great day! ^JT",
    ]


MACRO = (
    "Thank you for contacting Northwind. We aim to provide excellent service to "
    "all our customers. Please visit our Help Centre for more information. Is "
    "there anything else I can help you with today?"
)


def test_stock_macro_without_the_customer() -> None:
    """
    A reply that is stock lines and nothing else is CS505 on its own, and
    names the kinds of line it is made of.
    """
    (f,) = LINTER.lint(MACRO)
    assert f.code == "CS505"
    assert "brand-value line" in f.message
    assert "pointer to self-service pages" in f.message
    assert f.excerpt == MACRO


def test_with_the_customer_cs503_judges_instead() -> None:
    """
    With the customer's message, the reply is judged against it (CS503),
    not on its own.
    """
    customer = "Will my plan work in Japan in May, and what will it cost per day?"
    assert codes(MACRO, customer) == ["CS503"]


@pytest.mark.parametrize(
    "reply",
    [
        "We're here to help! Send us a DM with your email address so we can follow up.",
        "Sorry to hear that. Please DM us your order number and we'll check.",
        "Thanks for reaching out! Have a great day!",
        "Thank you for contacting Harbor Bank. I've emailed your March statement. "
        "Have a great day!",
    ],
)
def test_short_social_replies_are_not_macros(reply: str) -> None:
    """
    Greeting, sympathy, an offer of help and a DM request are the normal
    short social reply; a template line beside an answer is fine.
    """
    assert [] == codes(reply)


def test_shared_words_mean_the_reply_engaged() -> None:
    """
    Three stock lines may share two of the customer's words and still
    ignore the message; two stock lines that share one have engaged.
    """
    customer = "I filed a compensation claim in March (ref CLM-4) and heard nothing."
    reply = (
        "Thank you for your patience. Your claim is in the queue and will be "
        "dealt with in due course."
    )
    assert "CS503" not in codes(reply, customer)
    macro = (
        "Thank you for contacting us. Please be advised that requests are dealt "
        "with in strict date order."
    )
    assert "CS503" in codes(macro, customer)


def test_praise_gets_a_stock_thank_you() -> None:
    """
    A warm stock reply to praise is the right answer.
    """
    customer = "Your crew on the 7am flight were brilliant, thank you so much!"
    reply = "Thank you for your feedback! We aim to provide excellent service. Have a great day!"
    assert "CS503" not in codes(reply, customer)


def test_cs503_is_on_by_default() -> None:
    """
    CS503 left preview: it runs in the default configuration.
    """
    rules = {r.code: r for r in cs_lint.Linter(cs_lint.Config(plugins=False)).rules}
    assert "CS503" in rules
    assert not rules["CS503"].preview


def test_hollow_sympathy_under_an_upset_customer() -> None:
    """
    Nothing but sympathy and thanks, with no step, under an upset
    customer's specific message is a stock reply; the same line under a
    calm remark is left alone.
    """
    reply = "We appreciate your feedback and thank you for sharing your concerns."
    upset = "Three calls and nobody has fixed my broadband, I'm so frustrated."
    calm = "I'd still rather have a seat-back screen than use my own tablet."
    assert codes(reply, upset) == ["CS503"]
    # The learned stage (CS590, on by default since round 6) reads the
    # line by its words, not the customer's mood: under a calm remark it
    # reports it as a stock line; the phrase rules stay silent.
    assert [c for c in codes(reply, calm) if c != "CS590"] == []
