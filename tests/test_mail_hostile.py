"""
Hostile email input: headers the stdlib parses in more than linear time,
nesting that makes it recurse, text that is not text, charsets that are
Python codecs (issue 19, items 4, 5, 14, 15 and 18).
"""

from __future__ import annotations

from email.headerregistry import HeaderRegistry
from typing import Any

import pytest

import cs_lint
from cs_lint._mail.mime import MAX_HEADER


LINTER = cs_lint.Linter()
BODY = "Hi Sam,\n\nYou failed to attach the receipt.\n\nBest,\nAmy\n"


def _mail(headers: str, body: str = BODY) -> bytes:
    return f"From: a@example.com\nTo: b@example.com\n{headers}\n\n{body}".encode()


@pytest.fixture
def parsed_headers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    # Every header value the stdlib's header parser is handed.
    seen: list[tuple[str, int]] = []
    original = HeaderRegistry.__call__

    def spy(self: Any, name: str, value: str) -> Any:
        seen.append((name, len(value)))
        return original(self, name, value)

    monkeypatch.setattr(HeaderRegistry, "__call__", spy)
    return seen


def test_rfc2231_continuations_are_cut_before_parsing(
    parsed_headers: list[tuple[str, int]],
) -> None:
    junk = "".join(f"; name*{i}*=a%41" for i in range(30_000))
    raw = _mail(f"Subject: hi\nContent-Type: text/plain{junk}; charset=iso-8859-1")
    raw = raw.replace(b"receipt", "reçu".encode("latin-1"))
    report = LINTER.check_email(raw)
    assert ["CS101"] == [f.code for f in report.findings]
    assert "reçu" in report.text  # the charset after the junk was kept
    assert any("Content-Type header" in n and "limit" in n for n in report.notes)
    assert parsed_headers
    assert max(size for _, size in parsed_headers) <= MAX_HEADER


def test_many_parameters_are_cut_before_parsing(
    parsed_headers: list[tuple[str, int]],
) -> None:
    raw = _mail(
        "Subject: hi\nContent-Type: text/plain; charset=utf-8" + "; a=b" * 100_000
    )
    report = LINTER.check_email(raw)
    assert ["CS101"] == [f.code for f in report.findings]
    assert max(size for _, size in parsed_headers) <= MAX_HEADER


def test_a_subject_of_many_encoded_words_is_cut_with_a_note(
    parsed_headers: list[tuple[str, int]],
) -> None:
    raw = _mail("Subject: " + "=?utf-8?q?ab?= " * 20_000)
    report = LINTER.check_email(raw)
    assert ["CS101"] == [f.code for f in report.findings]
    assert report.subject is not None
    assert report.subject.startswith("abab")
    assert any("Subject header" in n for n in report.notes)
    assert max(size for _, size in parsed_headers) <= MAX_HEADER


def _deep(levels: int, *, good_first: bool = True) -> bytes:
    head = (
        "From: a@example.com\nTo: b@example.com\nSubject: hi\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="top"\n\n'
    )
    good = f"--top\nContent-Type: text/plain; charset=utf-8\n\n{BODY}"
    chain = ['--top\nContent-Type: multipart/mixed; boundary="b0"\n\n']
    for i in range(levels):
        chain.append(f'--b{i}\nContent-Type: multipart/mixed; boundary="b{i + 1}"\n\n')
    chain.append(f"--b{levels}\nContent-Type: text/plain\n\ndeep\n--b{levels}--\n")
    chain.extend(f"--b{i}--\n" for i in range(levels - 1, -1, -1))
    parts = [good, *chain] if good_first else [*chain, good]
    return (head + "".join(parts) + "--top--\n").encode()


@pytest.mark.parametrize("good_first", [True, False])
def test_mime_nested_1000_deep_beside_a_good_part(good_first: bool) -> None:
    report = LINTER.check_email(_deep(1000, good_first=good_first))
    assert ["CS101"] == [f.code for f in report.findings]
    assert any("deeper than 64 levels" in n for n in report.notes)


def test_nesting_within_the_limit_is_read_as_before() -> None:
    # The first text part, 40 levels down, is the one read.
    report = LINTER.check_email(_deep(40, good_first=False))
    assert "deep" == report.text.strip()
    assert not any("deeper" in n for n in report.notes)


def test_a_lone_surrogate_is_an_input_error() -> None:
    with pytest.raises(cs_lint.InputError, match="lone surrogate"):
        LINTER.check_email(_mail("Subject: hi").decode() + "\ud800")


@pytest.mark.parametrize(
    "codec", ["unicode_escape", "idna", "punycode", "raw_unicode_escape"]
)
def test_python_codecs_are_not_charsets(codec: str) -> None:
    raw = _mail(f"Subject: hi\nContent-Type: text/plain; charset={codec}")
    with pytest.raises(cs_lint.InputError, match="not a MIME charset"):
        LINTER.check_email(raw)
