"""
Email drafts: MIME and HTML reading, zones per client, offsets back to the
source, pass / warn / block, the `cs-lint email` command and the hooks.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

import cs_lint
from cs_lint import Config, ConfigError, EmailPolicy, InputError, Linter, Verdict
from cs_lint._mail.html import html_to_text


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "email"
HOOKS = ROOT / "examples" / "hooks"
#: Where the console scripts of this installation are.
SCRIPTS = Path(sys.executable).parent

#: Per client fixture: zone kinds in order, phrases and the zone each is in,
#: the accusatory codes found, and words the inferred customer message holds
#: (None: nothing quoted) or must not hold (older messages in the thread).
CLIENTS: dict[str, dict[str, Any]] = {
    "gmail-reply.eml": {
        "zones": ["greeting", "body", "sign-off", "signature", "quote"],
        "probes": {
            "Hi Sam": "greeting",
            "As I already told you": "body",
            "Best,": "sign-off",
            "Jordan Rivera": "signature",
            "Obviously, we are here": "signature",
            "Did you even read": "quote",
            "per my last email": "quote",
        },
        "codes": ["CS103"],
        "customer": "Did you even read my last email?",
        "not_customer": "per my last email",
    },
    "outlook-desktop-reply.eml": {
        "zones": ["greeting", "body", "sign-off", "signature", "disclaimer", "quote"],
        "probes": {
            "Hi Sam": "greeting",
            "You should have checked": "body",
            "Kind regards": "sign-off",
            "Customer Care | Acme Ltd": "signature",
            "This email and any attachments": "disclaimer",
            "obviously you should delete": "disclaimer",
            "Why didn": "quote",
            "As mentioned in my previous email": "quote",
        },
        "codes": ["CS102"],
        "customer": "The charger you sent is the wrong model.",
        "not_customer": "As mentioned",
    },
    "outlook-web-reply.eml": {
        "zones": ["greeting", "body", "sign-off", "signature", "quote"],
        "probes": {
            "Hello Priya": "greeting",
            "You must have entered": "body",
            "Thanks,": "sign-off",
            "Obviously the fastest": "signature",
            "Did you even look": "quote",
        },
        "codes": ["CS106"],
        "customer": "I am so fed up.",
    },
    "apple-mail-reply.eml": {
        "zones": ["greeting", "body", "signature", "quote"],
        "probes": {
            "Hi Sam": "greeting",
            "obviously the refund": "body",
            "Sent from my iPhone": "signature",
            "If you had read": "quote",
        },
        "codes": ["CS105"],
        "customer": "If you had read my message properly",
    },
    "thunderbird-reply.eml": {
        "zones": ["greeting", "body", "sign-off", "signature", "quote", "signature"],
        "probes": {
            "Dear Ms Okafor": "greeting",
            "Per my last email": "body",
            "Regards,": "sign-off",
            "You should have told me": "quote",
            "Jordan Rivera": "signature",
            "Obviously reliable": "signature",
        },
        "codes": ["CS103"],
        "customer": "You should have told me the screen",
    },
    "mutt-inline-reply.eml": {
        "zones": [
            "greeting",
            "body",
            "quote",
            "body",
            "quote",
            "body",
            "sign-off",
            "signature",
        ],
        "probes": {
            "Hi Sam": "greeting",
            "Did you even check": "quote",
            "As I already told you": "body",
            "Can I get the invoice": "quote",
            "re-issued it": "body",
            "Cheers,": "sign-off",
            "no question is too small": "signature",
        },
        "codes": ["CS103"],
        "customer": "Can I get the invoice",
    },
    "outlook-plain-original.eml": {
        "zones": ["greeting", "body", "sign-off", "signature", "quote"],
        "probes": {
            "Hello Sam": "greeting",
            "You failed to enter": "body",
            "Kind regards": "sign-off",
            "Acme Support": "signature",
            "Original Message": "quote",
            "Did you even test": "quote",
        },
        "codes": ["CS101"],
        "customer": "My account is locked AGAIN.",
    },
    "gmail-forward.eml": {
        "zones": ["greeting", "body", "sign-off", "signature", "forward"],
        "probes": {
            "Hi team": "greeting",
            "Obviously the first one": "body",
            "Thanks,": "sign-off",
            "You failed to pack": "forward",
        },
        "codes": ["CS105"],
        "customer": None,
    },
}
#: Clients whose multipart/alternative HTML part is checked on its own too.
HTML_TWINS = [
    "gmail-reply.eml",
    "outlook-desktop-reply.eml",
    "apple-mail-reply.eml",
    "thunderbird-reply.eml",
]


@pytest.fixture(scope="module")
def accusatory() -> Linter:
    """
    Accusatory rules only: the fixtures' expectations do not move when
    other families gain rules.
    """
    return Linter(Config(select=["accusatory"], plugins=False))


def read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def html_part(name: str) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(read(name))
    part = next(p for p in msg.walk() if p.get_content_type() == "text/html")
    content = part.get_content()
    assert isinstance(content, str)
    return content


def check_report(report: cs_lint.EmailReport, expected: dict[str, Any]) -> None:
    text = report.text
    assert expected["zones"] == [z.kind for z in report.zones]
    for probe, zone in expected["probes"].items():
        at = text.index(probe)
        kind = next(z.kind for z in report.zones if z.start <= at < z.end)
        assert zone == kind, probe
    assert expected["codes"] == [f.code for f in report.findings]
    for f in report.findings:
        assert text[f.start : f.end] == f.excerpt
        assert f.zone in ("greeting", "body", "sign-off")
    if expected["customer"] is None:
        assert None is report.customer
    else:
        assert report.customer is not None
        assert expected["customer"] in " ".join(report.customer.split())
        assert "quote" == report.customer_source
        if "not_customer" in expected:
            assert expected["not_customer"] not in report.customer


class TestClients:
    @pytest.mark.parametrize("name", sorted(CLIENTS))
    def test_zones_findings_and_customer(self, accusatory: Linter, name: str) -> None:
        """
        Each client's quoting style is zoned; only the agent's words are linted.
        """
        check_report(accusatory.check_email(read(name)), CLIENTS[name])

    @pytest.mark.parametrize("name", HTML_TWINS)
    def test_html_alternative(self, accusatory: Linter, name: str) -> None:
        """
        The HTML alternative of each client zones and lints like its text part.
        """
        source = html_part(name)
        report = accusatory.check_email_body(source, html=True)
        assert report.is_html
        check_report(report, CLIENTS[name])
        for f, (start, end) in zip(report.findings, report.source_spans, strict=True):
            words = html.unescape(re.sub(r"<[^>]*>", "", source[start:end]))
            assert " ".join(f.excerpt.split()) == " ".join(words.split())

    def test_plain_offsets_index_the_decoded_part(self, accusatory: Linter) -> None:
        """
        For text/plain, the linted text is the decoded part, byte for byte.
        """
        msg = BytesParser(policy=policy.default).parsebytes(
            read("outlook-desktop-reply.eml")
        )
        part = next(p for p in msg.walk() if p.get_content_type() == "text/plain")
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        report = accusatory.check_email(read("outlook-desktop-reply.eml"))
        assert payload.decode("windows-1252") == report.text
        assert report.text == report.source
        (f,) = report.findings
        assert (f.start, f.end) == report.source_span(f)

    def test_html_only_mail_maps_back(self, accusatory: Linter) -> None:
        """
        An HTML-only mail (Outlook on the web) maps findings into the HTML.
        """
        report = accusatory.check_email(read("outlook-web-reply.eml"))
        (f,) = report.findings
        start, end = report.source_span(f)
        assert "You must have entered" == report.source[start:end]
        assert report.text.startswith("Hello Priya,\n")

    def test_prefers_text_plain(self, accusatory: Linter) -> None:
        """
        In multipart/alternative the text/plain part is the one linted.
        """
        assert not accusatory.check_email(read("gmail-reply.eml")).is_html


class TestHtml:
    def test_entities_breaks_and_lists(self) -> None:
        """
        Entities decode, blocks and <br> break lines, lists get markers.
        """
        source = (
            "<html><head><title>t</title><style>p{}</style></head><body>"
            "<p>Fish &amp;&nbsp;chips<br>for&#32;two &#x1F600;</p>"
            "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>"
            "<table><tr><td>a</td><td>b</td></tr></table>"
            "<script>alert('x')</script><!-- note --><pre>  keep\n  this</pre></body></html>"
        )
        assert (
            "Fish & chips\nfor two 😀\n\n- one\n- two\n\n1. first\n\na b\n\n  keep\n  this"
            == (html_to_text(source).text)
        )

    def test_whitespace_collapses(self) -> None:
        """
        Runs of whitespace and newlines in HTML read as one space.
        """
        assert (
            "As I already told you."
            == html_to_text("<div>\n  As   I\n\talready <b> told</b> you.\n</div>").text
        )

    def test_blockquote_quoting(self) -> None:
        """
        Quoting blockquotes mark their lines; Gmail's indent does not.
        """
        text = html_to_text(
            '<div>Ok</div><blockquote type="cite">Hi<br>there</blockquote>'
            '<blockquote style="margin:0 0 0 40px;border:none;padding:0px">Indented</blockquote>'
        ).text
        assert "Ok\n\n> Hi\n> there\n\nIndented" == text

    def test_source_span_covers_tags_and_entities(self) -> None:
        """
        A span of extracted text maps to the HTML that renders it.
        """
        source = "<p>As I&nbsp;<b>already</b> told&#32;you</p>"
        rendered = html_to_text(source)
        start, end = rendered.source_map.span(0, len(rendered.text))
        assert "As I&nbsp;<b>already</b> told&#32;you" == source[start:end]

    @pytest.mark.parametrize(
        "unit",
        ["<a ", "<!--", "<![", "</", "&amp", "<div>", "<b><div>", "<a b='", "<script>"],
    )
    def test_malformed_html(self, unit: str) -> None:
        """
        Hostile or broken HTML is read without error.
        """
        html_to_text(unit * 10_000 + "<p>end</p>")

    def test_deep_quotes_stay_bounded(self) -> None:
        """
        Deeply nested quotes get at most eight markers per line.
        """
        text = html_to_text("<blockquote>" * 50 + "x").text
        assert "> " * 8 + "x" == text


class TestBadInput:
    @pytest.mark.parametrize(
        ("name", "note"),
        [
            ("empty-body.eml", "the message body is empty"),
            ("only-quoted.eml", "no new text to check: the body holds only quote"),
            (
                "only-signature.eml",
                "no new text to check: the body holds only signature",
            ),
        ],
    )
    def test_nothing_of_the_agents_own(
        self, accusatory: Linter, name: str, note: str
    ) -> None:
        """
        An empty mail, only quoted text or only a signature passes, with a note.
        """
        report = accusatory.check_email(read(name))
        assert Verdict.PASS == report.verdict
        assert () == report.findings
        assert [note] == [n[: len(note)] for n in report.notes]

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"", "empty input"),
            (b"  \r\n", "empty input"),
            (read("not-an-email.txt"), "no mail headers"),
            (read("unknown-charset.eml"), "unknown charset 'x-klingon-8'"),
            (
                read("binary-only.eml"),
                "no text part to check: the message holds only application/pdf",
            ),
            (
                read("broken-multipart.eml"),
                "broken MIME structure: the multipart boundary never appears",
            ),
        ],
    )
    def test_errors(self, accusatory: Linter, data: bytes, message: str) -> None:
        """
        Unreadable input raises InputError with a clear message.
        """
        with pytest.raises(InputError, match=re.escape(message)):
            accusatory.check_email(data)

    def test_type_errors(self, accusatory: Linter) -> None:
        """
        A message that is not bytes, str or a Message is a TypeError.
        """
        with pytest.raises(TypeError, match="message must be bytes"):
            accusatory.check_email(3)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="body must be str"):
            accusatory.check_email_body(b"x")  # type: ignore[arg-type]

    def test_big_attachment(self, accusatory: Linter) -> None:
        """
        A 20 MB attachment is skipped without being decoded.
        """
        msg = EmailMessage()
        msg["From"] = "support@acme.example"
        msg["Subject"] = "Re: Manual"
        msg.set_content("Hi Sam,\n\nAs I already told you, the manual is attached.\n")
        msg.add_attachment(
            b"\0" * (20 * 1024 * 1024),
            maintype="application",
            subtype="pdf",
            filename="m.pdf",
        )
        report = accusatory.check_email(msg.as_bytes())
        assert ["CS103"] == [f.code for f in report.findings]
        assert () == report.notes

    def test_nested_multipart(self, accusatory: Linter) -> None:
        """
        The reply is found in mixed > alternative > related; attachments and
        an attached message are not linted.
        """
        report = accusatory.check_email(read("nested-multipart.eml"))
        assert not report.is_html
        assert ["CS103"] == [f.code for f in report.findings]
        assert "Did you even" not in report.text

    def test_malformed_headers(self, accusatory: Linter) -> None:
        """
        A header line with no colon is dropped; bad Date and Subject are noted.
        """
        report = accusatory.check_email(read("malformed-headers.eml"))
        assert ["CS103"] == [f.code for f in report.findings]
        assert report.text.startswith("Hi Sam,")
        assert any("dropped 1 header line" in n for n in report.notes)
        assert any("Date (the Date header is not a date)" in n for n in report.notes)

    def test_missing_blank_line(self, accusatory: Linter) -> None:
        """
        A body that starts right after the headers is read as the body.
        """
        report = accusatory.check_email(read("no-blank-line.eml"))
        assert report.text.startswith("Hi Sam, as I already told you")
        assert any("no blank line after the headers" in n for n in report.notes)

    def test_mixed_charsets(self, accusatory: Linter) -> None:
        """
        Each part and header is decoded with its own charset.
        """
        report = accusatory.check_email(read("mixed-charsets.eml"))
        assert "Re: Café— commande" == report.subject
        assert "café order (20 €)" in report.text
        assert report.text.startswith("Bonjour Léa,")
        assert () == report.notes

    def test_mislabelled_charset(self, accusatory: Linter) -> None:
        """
        UTF-8 declared as us-ascii is read as UTF-8, with a note.
        """
        report = accusatory.check_email(read("mislabelled-ascii.eml"))
        assert report.text.startswith("Hi Zoë,")
        assert [
            "the text/plain part is UTF-8 (declared us-ascii); decoded as UTF-8"
        ] == list(report.notes)

    def test_parsed_message_and_str(self, accusatory: Linter) -> None:
        """
        A parsed Message and a str give what the bytes give.
        """
        data = read("mutt-inline-reply.eml")
        expected = accusatory.check_email(data).findings
        msg = BytesParser(policy=policy.default).parsebytes(data)
        assert expected == accusatory.check_email(msg).findings
        assert expected == accusatory.check_email(data.decode()).findings


class TestDecide:
    def finding(
        self, code: str = "CS103", severity: str = "warning"
    ) -> cs_lint.Finding:
        (f,) = Linter(
            Config(select=[code], severity={code: severity}, plugins=False)
        ).lint("As I already told you, obviously, did you even read it?")
        return f

    def test_default_policy(self) -> None:
        """
        Errors block, warnings warn, infos pass; no finding passes.
        """
        assert Verdict.BLOCK == cs_lint.decide([self.finding(severity="error")]).verdict
        assert Verdict.WARN == cs_lint.decide([self.finding()]).verdict
        assert Verdict.PASS == cs_lint.decide([self.finding(severity="info")]).verdict
        assert Verdict.PASS == cs_lint.decide([]).verdict

    def test_decision_holds_its_causes(self) -> None:
        """
        The decision lists the findings that caused it, and only those.
        """
        block, warn = self.finding(severity="error"), self.finding("CS105")
        decision = cs_lint.decide([warn, block])
        assert (block,) == decision.findings
        assert {
            "verdict": "block",
            "fingerprints": [block.fingerprint],
        } == decision.to_dict()

    def test_most_specific_entry_wins(self) -> None:
        """
        A code beats its family, a family beats a severity; ties block.
        """
        f = self.finding(severity="error")
        assert Verdict.WARN == EmailPolicy(block=["error"], warn=["CS103"]).action(f)
        assert Verdict.BLOCK == EmailPolicy(block=["CS1"], warn=["accusatory"]).action(
            f
        )
        assert Verdict.WARN == EmailPolicy(block=["error"], warn=["accusatory"]).action(
            f
        )
        assert Verdict.BLOCK == EmailPolicy(block=["CS103"], warn=["CS103"]).action(f)
        assert Verdict.PASS == EmailPolicy(block=["CS2"], warn=[]).action(f)
        assert Verdict.BLOCK == EmailPolicy(block=["as-already-told"]).action(f)


class TestConfig:
    def test_email_table(self, tmp_path: Path) -> None:
        """
        [tool.cs-lint.email] sets what blocks and warns.
        """
        path = tmp_path / "pyproject.toml"
        path.write_text(
            '[tool.cs-lint.email]\nblock = ["CS103", "error"]\nwarn = ["ALL"]\n'
        )
        config = cs_lint.load_config(path)
        assert EmailPolicy(block=["CS103", "error"], warn=["ALL"]) == config.email

    @pytest.mark.parametrize(
        ("table", "message"),
        [
            (
                'blok = ["error"]',
                "email.blok: unknown setting 'blok' (did you mean 'block'?)",
            ),
            (
                'block = ["error"]\nwarn = 3',
                "email.warn: expected a list of strings, got int 3",
            ),
            (
                'block = "error"',
                """email.block: expected a list of strings, got str 'error' (write block = ["error"])""",
            ),
            ("block = [1]", "email.block: expected a list of strings, got list [1]"),
        ],
    )
    def test_bad_table(self, tmp_path: Path, table: str, message: str) -> None:
        """
        An unknown key or a bad value is a located ConfigError.
        """
        path = tmp_path / "cs-lint.toml"
        path.write_text(f"[email]\n{table}\n")
        with pytest.raises(ConfigError, match=re.escape(message)):
            cs_lint.load_config(path)

    def test_unknown_selector(self) -> None:
        """
        A policy entry naming nothing known fails when the linter is built.
        """
        with pytest.raises(
            ConfigError, match=r"email\.block: .*'eror' \(did you mean 'error'\?\)"
        ):
            Linter(Config(email={"block": ["eror"]}, plugins=False))
        Linter(
            Config(
                email={"block": ["CS1", "accusatory", "as-already-told"]}, plugins=False
            )
        )

    def test_policy_reaches_the_report(self) -> None:
        """
        check_email decides with the configuration's policy.
        """
        linter = Linter(
            Config(select=["accusatory"], email={"block": ["CS103"]}, plugins=False)
        )
        report = linter.check_email(read("gmail-reply.eml"))
        assert Verdict.BLOCK == report.verdict
        assert (Verdict.BLOCK,) == report.actions


def run(
    *args: str, stdin: bytes | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "cs_lint", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=60,
        env={**os.environ, **env},
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


class TestCli:
    def test_exit_codes(self) -> None:
        """
        cs-lint email exits 0 on pass, 1 on warn, 3 on block, 2 on an error.
        """
        fixture = str(FIXTURES / "gmail-reply.eml")
        select = ("--no-config", "--select", "accusatory")
        assert 0 == run("email", *select, str(FIXTURES / "only-quoted.eml")).returncode
        warned = run("email", *select, fixture)
        assert 1 == warned.returncode, warned.stderr
        assert "(body, warn)" in warned.stdout
        assert warned.stdout.endswith(
            "Decision: warn (1 finding to review before sending).\n"
        )
        blocked = run("email", *select, "--block", "CS103", fixture)
        assert 3 == blocked.returncode
        assert "Decision: block (1 finding blocks sending)." in blocked.stdout
        for bad in (
            "unknown-charset.eml",
            "binary-only.eml",
            "not-an-email.txt",
            "missing.eml",
        ):
            proc = run("email", str(FIXTURES / bad))
            assert 2 == proc.returncode, bad
            assert proc.stderr.startswith("cs-lint: error: ")
            assert "Traceback" not in proc.stderr

    def test_json(self) -> None:
        """
        --format json gives the decision, zones and findings with source spans.
        """
        proc = run(
            "email",
            "--no-config",
            "--select",
            "accusatory",
            "--format",
            "json",
            str(FIXTURES / "outlook-web-reply.eml"),
        )
        data = json.loads(proc.stdout)
        assert "warn" == data["decision"]
        assert "text/html" == data["content_type"]
        assert "quote" == data["zones"][-1]["kind"]
        (f,) = data["findings"]
        assert ("CS106", "warn", "body") == (f["code"], f["action"], f["zone"])
        source = BytesParser(policy=policy.default).parsebytes(
            read("outlook-web-reply.eml")
        )
        html_source = source.get_content()
        assert (
            "You must have entered" == html_source[f["source_start"] : f["source_end"]]
        )

    def test_stdin_and_body(self) -> None:
        """
        A message on stdin, and a bare HTML body with --body html, are read.
        """
        proc = run(
            "email",
            "--no-config",
            "--select",
            "accusatory",
            "-",
            stdin=read("mutt-inline-reply.eml"),
        )
        assert 1 == proc.returncode
        assert proc.stdout.startswith("<stdin>:")
        body = (HOOKS / "draft.html").read_bytes()
        proc = run(
            "email", "--no-config", "--select", "CS1", "--body", "html", "-", stdin=body
        )
        assert 1 == proc.returncode, proc.stderr

    def test_config_policy(self, tmp_path: Path) -> None:
        """
        The email policy comes from the nearest config file.
        """
        (tmp_path / "cs-lint.toml").write_text(
            'select = ["accusatory"]\n[email]\nblock = ["accusatory"]\n'
        )
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "cs_lint",
                "email",
                str(FIXTURES / "gmail-reply.eml"),
            ],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
            timeout=60,
        )
        assert 3 == proc.returncode, proc.stderr


FAKE_SENDMAIL = """\
import sys
from pathlib import Path
Path(sys.argv[1]).write_bytes(sys.stdin.buffer.read())
"""


class TestHooks:
    """
    The console scripts cs-lint-sendmail and cs-lint-presend (cs_lint.hooks),
    run as installed; tests/test_hooks.py drives them through a real neomutt.
    """

    @pytest.fixture
    def sendmail(self, tmp_path: Path) -> dict[str, str]:
        fake = tmp_path / "fake_sendmail.py"
        fake.write_text(FAKE_SENDMAIL)
        (tmp_path / "cs-lint.toml").write_text('select = ["accusatory"]\n')
        return {
            "CS_LINT_SENDMAIL": f"{sys.executable} {fake} {tmp_path / 'sent.eml'}",
            "CS_LINT_STATE": str(tmp_path / "state"),
            "CS_LINT_CONFIG": str(tmp_path / "cs-lint.toml"),
        }

    def wrapper(
        self, data: bytes, env: dict[str, str]
    ) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [str(SCRIPTS / "cs-lint-sendmail"), "-oi", "--", "sam@example.com"],
            input=data,
            capture_output=True,
            check=False,
            timeout=60,
            env={**os.environ, **env},
        )
        return subprocess.CompletedProcess(
            proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
        )

    def test_sendmail_wrapper(self, sendmail: dict[str, str], tmp_path: Path) -> None:
        """
        The mutt wrapper sends a clean mail, holds a warning once, never
        sends a blocked one, and holds what it cannot read unless told to
        send it unchecked.
        """
        sent = tmp_path / "sent.eml"
        clean = read("only-quoted.eml")
        assert 0 == self.wrapper(clean, sendmail).returncode
        assert clean == sent.read_bytes()
        sent.unlink()

        draft = (HOOKS / "draft.eml").read_bytes()
        held = self.wrapper(draft, sendmail)
        assert 1 == held.returncode
        assert "held once for review" in held.stdout
        assert "CS103" in held.stdout
        assert not sent.exists()
        assert 0 == self.wrapper(draft, sendmail).returncode
        assert draft == sent.read_bytes()
        sent.unlink()

        (tmp_path / "cs-lint.toml").write_text(
            'select = ["accusatory"]\n[email]\nblock = ["CS103"]\n'
        )
        blocked = self.wrapper(draft, sendmail)
        assert 3 == blocked.returncode
        assert "NOT sent" in blocked.stdout
        assert not sent.exists()

        unreadable = read("unknown-charset.eml")
        held_back = self.wrapper(unreadable, sendmail)
        assert 2 == held_back.returncode
        assert "cannot check this mail" in held_back.stdout
        assert "NOT sent" in held_back.stdout
        assert not sent.exists()
        unchecked = self.wrapper(
            unreadable, {**sendmail, "CS_LINT_SEND_UNCHECKED": "1"}
        )
        assert 0 == unchecked.returncode
        assert "sent unchecked" in unchecked.stderr
        assert unreadable == sent.read_bytes()

    def test_presend_script(self) -> None:
        """
        The generic pre-send script lets warnings through and holds blocks.
        """
        draft = str(HOOKS / "draft.eml")

        def presend(*args: str, **extra: str) -> int:
            return subprocess.run(
                [
                    str(SCRIPTS / "cs-lint-presend"),
                    "--no-config",
                    "--select",
                    "CS1",
                    *args,
                    draft,
                ],
                capture_output=True,
                check=False,
                timeout=60,
                env={**os.environ, **extra},
                cwd=ROOT,
            ).returncode

        assert 0 == presend()
        assert 1 == presend(CS_LINT_HOLD_ON_WARN="1")
        assert 1 == presend("--block", "CS103")

    def test_api_example(self) -> None:
        """
        The add-in example prints findings with HTML spans and the decision.
        """
        proc = subprocess.run(
            [sys.executable, str(HOOKS / "presend_api.py"), str(HOOKS / "draft.html")],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
            cwd=ROOT,
        )
        assert proc.returncode in (1, 3), proc.stderr
        line = next(line for line in proc.stdout.splitlines() if "CS103" in line)
        start, end = map(int, re.search(r"html\[(\d+):(\d+)\]", line).groups())  # type: ignore[union-attr]
        source = (HOOKS / "draft.html").read_text()
        assert "As I&nbsp;already told you" == source[start:end]
        assert proc.stdout.splitlines()[-1].startswith("decision: ")
