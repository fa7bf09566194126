"""
One file as the editor and ``cs-lint check`` see it: its kind, what is
linted in it, and where each finding lies in the file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cs_lint
from cs_lint._scale.source import EMAIL, MARKDOWN, TEXT, kind_of, lint_source
from cs_lint.cli import main


LINTER = cs_lint.Linter()

EMAIL_TEXT = (
    "From: Jordan <jordan@example.com>\r\n"
    "To: Sam <sam@example.com>\r\n"
    "Subject: Re: refund\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hi Sam,\r\n"
    "\r\n"
    "As I already told you, the refund was issued on Monday.\r\n"
    "\r\n"
    "Best,\r\n"
    "Jordan\r\n"
)


@pytest.mark.parametrize(
    ("name", "language", "kind"),
    [
        ("reply.txt", None, TEXT),
        ("notes", None, TEXT),
        ("page.md", None, MARKDOWN),
        ("draft.eml", None, EMAIL),
        ("macros.yml", None, "yaml"),
        ("export.ndjson", None, "jsonl"),
        ("macros.TSV", None, "tsv"),
        ("untitled-1", "markdown", MARKDOWN),
        ("untitled-2", "yaml", "yaml"),
    ],
)
def test_kind_of(name: str, language: str | None, kind: str) -> None:
    assert kind_of(name, language) == kind


def test_an_email_finding_is_placed_in_the_raw_message() -> None:
    result = lint_source(LINTER, EMAIL_TEXT, EMAIL, path="draft.eml")
    (placed,) = result.reported
    assert placed.finding.code == "CS103"
    assert EMAIL_TEXT[placed.start : placed.end] == "As I already told you"
    finding = result.in_file(placed)
    assert (finding.line, finding.column) == (8, 1)
    # An email's text is decoded from the message: no edit is offered in
    # the file's coordinates.
    assert all(not s.edits for s in finding.suggestions)


def test_an_encoded_email_places_findings_at_the_body_with_a_note() -> None:
    encoded = (
        EMAIL_TEXT.split("\r\n\r\n", 1)[0].replace(
            "charset=utf-8", "charset=utf-8\r\nContent-Transfer-Encoding: base64"
        )
        + "\r\n\r\n"
        + "SGkgU2FtLAoKQXMgSSBhbHJlYWR5IHRvbGQgeW91LCBpdCBzaGlwcyBNb25kYXku\r\n"
    )
    result = lint_source(LINTER, encoded, EMAIL, path="draft.eml")
    (placed,) = result.reported
    assert placed.start == encoded.index("SGkg")
    assert result.notes
    assert "encoded" in result.notes[0]


def test_check_reads_an_eml_file_as_an_email(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.eml"
    path.write_bytes(EMAIL_TEXT.encode())
    code = main(["check", "--no-config", str(path)])
    out, _ = capsys.readouterr()
    assert code == 1
    assert f"{path}:8:1: CS103" in out


def test_an_unreadable_library_is_one_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "macros.yaml"
    path.write_text("a: [unclosed\nb: fine\n", encoding="utf-8")
    code = main(["check", "--no-config", str(path)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "not YAML" in err
    assert "Traceback" not in err
    result = lint_source(LINTER, path.read_text(), "yaml", path="macros.yaml")
    (problem,) = result.problems
    assert problem.severity == "error"
    # The diagnostic sits where the parser's message says.
    line, column = result.index.lines.position(problem.start)
    assert f"macros.yaml:{line}:{column}: not YAML" in problem.message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab é😀\r\n\t")), max_size=30))
def test_positions_round_trip(encoding: str, text: str) -> None:
    """
    Every code-point offset (except between the two halves of a CRLF)
    survives the trip to an LSP position and back; lines end at LF, CRLF
    and CR.
    """
    pytest.importorskip(
        "lsprotocol", reason="lsprotocol (cs-lint[lsp]) is not installed"
    )
    from cs_lint.lsp._positions import Positions

    positions = Positions(text, encoding)
    for offset in range(len(text) + 1):
        if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
            continue
        position = positions.position(offset)
        assert positions.offset(position) == offset
        line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
        assert position.line == len(
            [
                c
                for i, c in enumerate(text[:offset])
                if c == "\n" or (c == "\r" and text[i + 1 : i + 2] != "\n")
            ]
        )
        units = {
            "utf-8": len(text[line_start:offset].encode()),
            "utf-16": len(text[line_start:offset].encode("utf-16-le")) // 2,
            "utf-32": offset - line_start,
        }[encoding]
        assert position.character == units


def test_lsp_without_pygls_is_one_error_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cs_lint.cli import main

    for name in ("cs_lint.lsp", "cs_lint.lsp._server", "pygls", "pygls.lsp.server"):
        monkeypatch.setitem(sys.modules, name, None)
    assert main(["lsp"]) == 2
    err = capsys.readouterr().err
    assert "cs-lint lsp needs pygls: pip install 'cs-lint[lsp]'" in err
