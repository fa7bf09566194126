"""
Fuzz the input surfaces (issue 19, "Done when"): email bytes, configuration
TOML and audit files. Whatever the input, the outcome is a result or one of
cs_lint's own errors (`InputError`, `ConfigError`, an error record), never
another exception: a traceback is a crash reported as something else.

The inputs are built from hostile fragments (encoded words, RFC 2231
continuations, boundaries, deep nesting, odd charsets and transfer
encodings, broken quotes, nesting brackets) mixed with random bytes, so a
few hundred examples reach far. The suite's profile runs a few dozen per
test; ``HYPOTHESIS_PROFILE=fuzz`` (tests/conftest.py) runs 100,000:

    HYPOTHESIS_PROFILE=fuzz pytest tests/test_fuzz_inputs.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cs_lint
from cs_lint import Config, CsLintError, InputError, Linter, load_config
from cs_lint._scale.audit import Columns, read_items
from cs_lint._scale.batch import LintResult, _work, lint_one


if TYPE_CHECKING:
    import pytest


LINTER = Linter(Config(preview=True, plugins=False))

# -- email bytes ---------------------------------------------------------------

_HEADER_FRAGMENTS = [
    b"From: a@example.com",
    b"To: b@example.com",
    b"Subject: =?utf-8?q?caf=C3=A9?= =?utf-8?b?w6k=?=",
    b"Subject: " + b"=?utf-8?q?ab?= " * 50,
    b"Subject: =?x-unknown?q?zz?=",
    b"MIME-Version: 1.0",
    b"Content-Type: text/plain; charset=utf-8",
    b"Content-Type: text/plain; charset=unicode_escape",
    b"Content-Type: text/plain; charset=idna",
    b"Content-Type: text/plain; charset=x-klingon",
    b"Content-Type: text/html; charset=iso-8859-1",
    b'Content-Type: multipart/mixed; boundary="b1"',
    b'Content-Type: multipart/alternative; boundary="b2"',
    b"Content-Type: multipart/related; boundary=b3; start=<x>",
    b"Content-Type: message/rfc822",
    b"Content-Type: text/plain" + b"; a=b" * 300,
    b"Content-Type: text/plain" + b"".join(b"; n*%d*=a%%41" % i for i in range(200)),
    b"Content-Transfer-Encoding: base64",
    b"Content-Transfer-Encoding: quoted-printable",
    b"Content-Transfer-Encoding: x-uuencode",
    b"Content-Disposition: attachment; filename=a.txt",
    b" folded continuation",
    b"\tfolded with a tab",
    b"no colon in this header line",
    b"From nobody Mon Jan 1 00:00:00 2024",
    b"Date: not a date",
]
_BODY_FRAGMENTS = [
    b"--b1",
    b"--b1--",
    b"--b2",
    b"--b2--",
    b"--b3",
    b"Hi Sam,",
    b"As I already told you, the refund takes a week.",
    b"You failed to attach the receipt!!!",
    b"> quoted line from the customer",
    b"-- ",
    b"Best,\nAmy",
    b"<p>As I&nbsp;already told you</p><blockquote>old</blockquote>",
    b"SGVsbG8gd29ybGQ=",
    b"=E9=80=\n",
    b"\xff\xfe\x00\x00",
    "caf\u00e9 \u200b\u202e \ud83d\ude00".encode("utf-8", "surrogatepass"),
]


@st.composite
def email_bytes(draw: st.DrawFn) -> bytes:
    headers = draw(st.lists(st.sampled_from(_HEADER_FRAGMENTS), max_size=8))
    body = draw(
        st.lists(
            st.one_of(st.sampled_from(_BODY_FRAGMENTS), st.binary(max_size=40)),
            max_size=12,
        )
    )
    newline = draw(st.sampled_from([b"\n", b"\r\n"]))
    blank = draw(st.sampled_from([newline, b""]))
    raw = newline.join(headers) + newline + blank + newline.join(body)
    if draw(st.integers(0, 9)) == 0:
        raw = draw(st.binary(max_size=200))  # pure noise now and then
    return raw


def _check_email(raw: bytes | str) -> None:
    try:
        report = LINTER.check_email(raw)
    except InputError as exc:
        message = str(exc)
    else:
        message = ""
    if message:
        assert "\n" not in message.strip()  # one line
        return
    for f in report.findings:
        assert report.text[f.start : f.end] == f.excerpt


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(email_bytes())
def test_email_bytes(raw: bytes) -> None:
    _check_email(raw)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=300))
def test_email_str(raw: str) -> None:
    _check_email(raw)


# -- configuration TOML ---------------------------------------------------------

_TOML_FRAGMENTS = [
    'select = ["CS1"]',
    "select = []",
    'select = "CS1"',
    'ignore = ["CS105", 3]',
    "preview = true",
    'preview = "yes"',
    'fail-on = "fatal"',
    "max-chars = -1",
    "max-findings = 10",
    "max-bytes = 1.5",
    'packs = ["missing.toml"]',
    "plugins = false",
    "tool = 3",
    "[email]",
    'block = "error"',
    'block = ["error", "CS1O1"]',
    "warn = [1]",
    "[severity]",
    'CS103 = "error"',
    'CS999 = "error"',
    "[options.CS304]",
    "agents-may-grant = 1",
    "[facts]",
    "refund-window-days = 14",
    'refund-window-days = "two"',
    "[macros]",
    'ack = "Hello there"',
    "ack = 3",
    "[tool.cs-lint]",
    "[[rule]]",
    "x = " + "[" * 2000,
    "x = {",
    '"unterminated',
    "= 1",
]


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_TOML_FRAGMENTS), st.text(max_size=20)),
        max_size=10,
    ),
    st.sampled_from(["cs-lint.toml", "pyproject.toml"]),
)
def test_config_toml(
    tmp_path_factory: pytest.TempPathFactory, parts: list[str], name: str
) -> None:
    folder = tmp_path_factory.mktemp("config")
    path = folder / name
    path.write_bytes("\n".join(parts).encode("utf-8", "surrogatepass"))
    message = ""
    try:
        config = load_config(path)
        Linter(config).lint("As I already told you, it shipped.")
    except CsLintError as exc:
        message = str(exc) or "(empty)"
    assert message != "(empty)"  # an error always says what is wrong


# -- audit inputs ---------------------------------------------------------------

_RECORD_FRAGMENTS = [
    json.dumps({"id": "t1", "text": "As I already told you, it shipped."}),
    json.dumps({"id": 7, "text": "Thanks!", "customer": "WHY!!!"}),
    json.dumps({"text": 3}),
    json.dumps({"id": None, "text": "x"}),
    json.dumps(["not", "an", "object"]),
    "[" * 5000,
    "{" * 3000,
    '{"text": "unterminated',
    "",
    "\udcff",
    'id,text\nr1,"As I already told you"\nr2,"never closed',
    "id,text,extra\nr1,a,b,c",
]


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_RECORD_FRAGMENTS), st.text(max_size=30)),
        max_size=8,
    ),
    st.sampled_from([".jsonl", ".csv", ".tsv", ".json", ".yaml", ".txt", ".eml"]),
)
def test_audit_inputs(
    tmp_path_factory: pytest.TempPathFactory, parts: list[str], suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("audit")
    path = folder / f"input{suffix}"
    path.write_bytes("\n".join(parts).encode("utf-8", "surrogateescape"))
    # Reading never raises: a file or record it cannot read is an error record.
    items = list(read_items([str(path), str(folder)], Columns()))
    for item in items:
        result = lint_one(LINTER, _work(0, item.record))
        assert isinstance(result, LintResult)
        if result.error is not None:
            assert "Traceback" not in result.error


def test_the_fuzz_targets_see_real_findings(tmp_path: Path) -> None:
    # The fragments reach the linter, not only the error paths.
    raw = b"From: a@example.com\nSubject: x\n\nAs I already told you, the refund takes a week."
    assert LINTER.check_email(raw).findings
    path = tmp_path / "t.jsonl"
    path.write_text(_RECORD_FRAGMENTS[0] + "\n")
    (item,) = read_items([str(path)], Columns())
    assert lint_one(LINTER, _work(0, item.record)).findings
    assert cs_lint.lint("As I already told you, it shipped.")
