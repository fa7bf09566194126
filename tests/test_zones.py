"""
Zones: greeting, body, sign-off, signature, disclaimer, quote and forward
in plain text, and what the engine does with them.
"""

from __future__ import annotations

import itertools
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cs_lint
from cs_lint import Config, Document, Linter, Zone
from cs_lint._text.zones import detect_zones

from .conftest import ALL_RULES


def kinds(text: str) -> list[str]:
    return [z.kind for z in detect_zones(text)]


def zone_of(text: str, probe: str) -> str:
    return Document(text).zone_at(text.index(probe))


REPLY = "Hi Sam,\n\nAs I already told you, it ships Monday.\n\nBest,\nJordan\n"


class TestDetection:
    def test_plain_reply_is_body_with_greeting_and_sign_off(self) -> None:
        """
        A reply with no quote or signature markers is greeting, body, sign-off.
        """
        assert ["greeting", "body", "sign-off", "signature"] == kinds(REPLY)
        assert ["body"] == kinds("It ships Monday. Thanks for waiting!")

    def test_zones_tile_the_text(self) -> None:
        """
        Zones start at 0, end at the text's end and leave no gaps.
        """
        zones = detect_zones(REPLY + "\n> quoted\n-- \nsig\n")
        assert 0 == zones[0].start
        assert len(REPLY + "\n> quoted\n-- \nsig\n") == zones[-1].end
        assert all(a.end == b.start for a, b in itertools.pairwise(zones))
        assert () == detect_zones("")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Hi Sam, thanks for writing.\nIt ships.", ["greeting", "body"]),
            ("Dear Valued Customer,\n\nIt ships.", ["greeting", "body"]),
            ("Good morning!\nIt ships.", ["greeting", "body"]),
            ("Hey, how are you?", ["greeting", "body"]),
            ("Highly unusual, but it ships.", ["body"]),
            ("Thank you!\nYour refund was issued today.", ["body"]),
            ("Thanks, it is fixed.\n\nJordan", ["body"]),
            (
                "It ships.\n\nThanks,\n\nI also attached the invoice you asked for.",
                ["body"],
            ),
            ("It ships.\n\nKind regards, Jordan Lee", ["body", "sign-off"]),
            ("It ships.\n\nBest,\nDid you even read it", ["body"]),
            (
                "It ships.\n\nBest,\nJordan\n\nP.S. Your code is ABC123 and it works.",
                ["body", "sign-off", "signature", "body"],
            ),
        ],
    )
    def test_greetings_and_sign_offs(self, text: str, expected: list[str]) -> None:
        """
        Greetings open the first line; a sign-off needs a short name block.
        """
        assert expected == kinds(text)

    @pytest.mark.parametrize(
        ("text", "probe", "zone"),
        [
            ("Ok.\n\nOn Mon, Jan 5, 2026, Sam wrote:\n> Hi\n", "Hi", "quote"),
            (
                "Ok.\n\nOn Mon, Jan 5, 2026 at 10:02 AM Sam Lee <s@x.com>\nwrote:\n\n> Hi\n",
                "wrote",
                "quote",
            ),
            ("Ok.\n\nAm 05.01.2026 um 10:02 schrieb Sam:\n> Hallo\n", "Hallo", "quote"),
            ("Ok.\n\nSam Lee <s@x.com> wrote:\n> Hi\n", "Sam Lee", "quote"),
            ("Ok.\n\n-----Original Message-----\nFrom: Sam\nHi\n", "Hi", "quote"),
            (
                "Ok.\n\nFrom: Sam <s@x.com>\nSent: Monday\nTo: Acme\nSubject: RE: x\n\nHi\n",
                "Hi",
                "quote",
            ),
            (
                "Ok.\n\n________________________________\nFrom: Sam\nSent: Monday\nTo: Acme\n\nHi\n",
                "Hi",
                "quote",
            ),
            (
                "FYI.\n\nFrom: Sam\nSent: Monday\nTo: Acme\nSubject: FW: x\n\nHi\n",
                "Hi",
                "forward",
            ),
            ("FYI.\n\n---------- Forwarded message ---------\nHi\n", "Hi", "forward"),
            ("FYI.\n\nBegin forwarded message:\n\nHi\n", "Hi", "forward"),
            ("Ok.\n-- \nJordan\nObviously yours\n", "Obviously", "signature"),
            ("Ok.\n\nSent from my iPhone\n", "Sent", "signature"),
            ("Sent from my account yesterday, it is done.", "Sent", "body"),
            (
                "Ok.\n\nCONFIDENTIALITY NOTICE: this message is for the addressee.\n",
                "CONF",
                "disclaimer",
            ),
            (
                "Ok.\n\nThis email and any attachments are confidential.\n\nMore legal text.\n",
                "More",
                "disclaimer",
            ),
            ("This email is confidential, so I kept it short.", "This", "body"),
        ],
    )
    def test_markers(self, text: str, probe: str, zone: str) -> None:
        """
        Each client's quote, forward, signature and disclaimer marker is found.
        """
        assert zone == zone_of(text, probe)

    def test_interleaved_reply(self) -> None:
        """
        Answers between quoted blocks (mutt style) stay the agent's.
        """
        text = textwrap.dedent("""\
            Hi Sam,

            On Mon, Jan 05, 2026 at 10:02:11AM +0000, Sam Lee wrote:
            > Why was I charged twice?

            It was a pre-authorisation.

            > And the invoice?

            Attached.

            Cheers,
            Jordan
            --
            Jordan Rivera
        """).replace("--\n", "-- \n")
        assert [
            "greeting",
            "body",
            "quote",
            "body",
            "quote",
            "body",
            "sign-off",
            "signature",
        ] == kinds(text)

    def test_hints_win(self) -> None:
        """
        Zones known from the mail's structure override what the text says.
        """
        text = "It ships.\nJordan Lee\nAcme\n"
        hint = Zone("signature", text.index("Jordan"), len(text))
        assert ["body", "signature"] == [z.kind for z in detect_zones(text, [hint])]

    @pytest.mark.parametrize(
        "unit",
        [
            "On Monday, Sam\n",
            "> On Mon, Sam wrote:\n>> From: a\n",
            "From: a\nSent: b\nTo: c\n",
            "Thanks,\n",
            "-- \n",
            "\nThis email is confidential ",
            "Hi " + "Sam " * 50,
            "x wrote:\n",
        ],
    )
    def test_pathological_input(self, unit: str) -> None:
        """
        Long runs of marker-like lines tile the text without error.
        """
        text = unit * 5_000
        zones = detect_zones(text)
        assert len(text) == zones[-1].end
        Document(text).quoted_message  # noqa: B018 - computing it must not fail

    def test_zone_validation(self) -> None:
        """
        A zone of an unknown kind, or zones that do not tile, are refused.
        """
        with pytest.raises(ValueError, match="unknown zone kind"):
            Zone("footer", 0, 1)
        with pytest.raises(ValueError, match="tile"):
            Document("abc", zones=[Zone("body", 0, 2)])


class TestCustomer:
    THREAD = textwrap.dedent("""\
        Hi Sam,

        It ships Monday.

        On Mon, Jan 5, 2026, Sam Lee wrote:
        > Where is my order?
        > I am really upset.
        >
        > On Sun, Acme wrote:
        >> We are on it.
    """)

    def test_quoted_message_stands_in(self) -> None:
        """
        Without a customer message, the latest quoted message is used.
        """
        doc = Document(self.THREAD)
        assert "Where is my order?\nI am really upset." == doc.customer
        assert "quote" == doc.customer_source

    def test_given_or_disabled(self) -> None:
        """
        A given customer message wins; an empty one turns inference off.
        """
        assert "Hi?" == Document(self.THREAD, customer="Hi?").customer
        assert "given" == Document(self.THREAD, customer="Hi?").customer_source
        assert "" == Document(self.THREAD, customer="").customer
        assert None is Document(self.THREAD, customer="").customer_source
        assert None is Document("It ships Monday.").customer

    def test_outlook_thread_stops_at_older_message(self) -> None:
        """
        In an Outlook thread only the first quoted message is the customer's.
        """
        text = (
            "Done.\n\nFrom: Sam\nSent: Monday\nTo: Acme\nSubject: RE: x\n\n"
            "Where is it?\n\nFrom: Acme\nSent: Sunday\nTo: Sam\nSubject: x\n\nOld.\n"
        )
        assert "Where is it?" == Document(text).customer

    def test_forward_is_not_the_customer(self) -> None:
        """
        A forwarded message is not taken as the customer's reply.
        """
        text = "FYI.\n\n---------- Forwarded message ---------\nFrom: Sam\n\nBroken.\n"
        assert None is Document(text).customer


class TestEngine:
    @pytest.fixture
    def linter(self) -> Linter:
        return Linter(Config(select=["accusatory"], plugins=False))

    def test_quoted_and_signature_findings_dropped(self, linter: Linter) -> None:
        """
        Only the agent's zones are linted; findings carry their zone.
        """
        text = (
            "Hi Sam,\n\nAs I already told you, it ships.\n\nBest,\nJordan\n"
            "-- \nObviously the best team.\n\n"
            "On Mon, Jan 5, 2026, Sam wrote:\n> Did you even read it? You failed to reply.\n"
        )
        assert [("CS103", "body")] == [(f.code, f.zone) for f in linter.lint(text)]

    def test_quoted_zone_counts_as_quoted(self) -> None:
        """
        Document.in_quote is true across an Outlook quote with no > markers.
        """
        text = "Ok.\n\nFrom: Sam\nSent: Monday\nTo: Acme\nSubject: x\n\nDid you even read it?\n"
        doc = Document(text)
        assert doc.in_quote(text.index("Did"), text.index("read"))
        assert not doc.in_quote(0, 2)

    def test_zone_field_for_greeting_and_sign_off(self, tmp_path: Path) -> None:
        """
        A finding in the greeting or sign-off says so.
        """
        pack = tmp_path / "p.toml"
        pack.write_text(
            textwrap.dedent("""
            [[rule]]
            code = "XY101"
            name = "xy-words"
            family = "script-rigidity"
            kind = "existence"
            message = "m {excerpt}"
            why = "w (seed 001)"
            phrases = ["valued customer", "warmest regards"]
            bad = ["Dear valued customer,"]
            good = ["Dear Sam,"]
        """)
        )
        linter = Linter(Config(packs=[str(pack)], select=["XY101"], plugins=False))
        text = "Dear Valued Customer,\n\nIt ships.\n\nWarmest regards,\nJordan\n"
        assert ["greeting", "sign-off"] == [f.zone for f in linter.lint(text)]

    def test_finding_in_body_of_greeting_line(self, linter: Linter) -> None:
        """
        Words after the greeting on its line are body.
        """
        (f,) = linter.lint("Hi Sam, as I already told you, it ships.")
        assert "body" == f.zone


QUOTES = [
    "On Mon, Jan 5, 2026 at 10:02 AM Sam Lee <sam@example.com> wrote:\n"
    "> Did you even read my email? You failed to reply.\n>\n"
    "> On Sun, Acme wrote:\n>> As I already told you, obviously.\n\n",
    "> Why didn't you answer? You should have called me.\n\n",
]
SIGNATURES = [
    "\n-- \nJordan Rivera\nAcme Support\nObviously, we are here to help.\n",
    "\nSent from my iPhone\n",
    "\nThis email and any attachments are confidential. You failed to notice.\n",
    "\nFrom: Sam <sam@example.com>\nSent: Monday\nTo: Acme\nSubject: RE: x\n\n"
    "Did you even read it? As I already told you, no.\n",
]
BODIES = [t for r in ALL_RULES for t in r.bad]


def body_strategy() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(BODIES), min_size=1, max_size=4).map(
        lambda parts: "Hi Sam,\n\n" + "\n\n".join(parts) + "\n\nBest,\nJordan\n"
    )


def comparable(findings: list[cs_lint.Finding], shift: int) -> list[tuple[object, ...]]:
    return [
        (f.code, f.excerpt, f.fingerprint, f.zone, f.start + shift, f.end + shift)
        for f in findings
    ]


@given(body_strategy(), st.sampled_from(QUOTES), st.sampled_from(SIGNATURES))
def test_context_does_not_change_body_findings(
    body: str, quote: str, signature: str
) -> None:
    """
    Prepending a quoted thread or appending a signature, disclaimer or
    Outlook quote leaves the body's findings alone, shifted by the prefix.
    """
    linter = LINTER
    customer = "Where is my order?"
    alone = linter.lint(body, customer=customer)
    assert comparable(alone, len(quote)) == comparable(
        linter.lint(quote + body, customer=customer), 0
    )
    assert comparable(alone, 0) == comparable(
        linter.lint(body + signature, customer=customer), 0
    )
    assert comparable(alone, len(quote)) == comparable(
        linter.lint(quote + body + signature, customer=customer), 0
    )


LINTER = Linter(Config(preview=True, plugins=False))


def test_no_reply_notice_under_a_signature_is_a_disclaimer() -> None:
    """
    A no-reply notice after the signature is a footer, so the sign-off and
    signature above it are recognised; the same words in the body are not.
    """
    text = (
        "Your parcel was delivered at 10:14.\n\nBest regards,\nNina\nAcme Support"
        "\n\nTHIS MAILBOX IS NOT MONITORED. PLEASE DO NOT REPLY."
    )
    kinds = [z.kind for z in cs_lint.Document(text).zones]
    assert kinds == ["body", "sign-off", "signature", "disclaimer"]
    body = "Please do not reply to this email until you have the code."
    assert [z.kind for z in cs_lint.Document(body).zones] == ["body"]
