"""
``cs-lint check --fix`` and ``--diff``: safe edits applied in place (unsafe
ones only when asked), repeated until stable, on reply files and inside
the values of macro libraries, the rest of the file byte for byte.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings

import cs_lint
from cs_lint._base.finding import Applicability, Edit, Finding, Suggestion
from cs_lint._scale.fix import fix_source, fix_text_once, pick
from cs_lint._scale.source import lint_source
from cs_lint.cli import main
from cs_lint.testing import violating_replies


if TYPE_CHECKING:
    import pytest


REPLY = (
    "Hi Sam,\n\n"
    "As I already told you, the refund was issued on Monday. "
    "I will try to fix the invoice today.\n\n"
    "Best,\nJordan\n"
)


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", "--no-config", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_fix_applies_safe_edits_and_never_unsafe_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    code, out, _ = check(capsys, "--fix", str(reply))
    fixed = reply.read_text(encoding="utf-8")
    # CS103's removal is safe; CS201's is unsafe and stays.
    assert "As I already told you" not in fixed
    assert fixed.startswith("Hi Sam,\n\nThe refund was issued on Monday.")
    assert "I will try to fix" in fixed
    assert "Fixed 1 finding." in out
    assert "CS201" in out
    assert code == 1  # CS201 remains


def test_unsafe_fixes_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    code, out, _ = check(capsys, "--fix", "--unsafe-fixes", str(reply))
    fixed = reply.read_text(encoding="utf-8")
    assert "I will fix the invoice today." in fixed
    assert "As I already told you" not in fixed
    assert code == 0
    assert "All clear" in out


def test_unsafe_fixes_alone_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    code, _, err = check(capsys, "--unsafe-fixes", str(reply))
    assert code == 2
    assert "--unsafe-fixes needs --fix or --diff" in err
    assert reply.read_text(encoding="utf-8") == REPLY


def test_diff_prints_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    code, out, err = check(capsys, "--diff", str(reply))
    assert reply.read_text(encoding="utf-8") == REPLY
    assert out.startswith(f"--- a/{reply}\n+++ b/{reply}\n")
    assert "-As I already told you, the refund was issued on Monday." in out
    assert "+The refund was issued on Monday." in out
    assert "Would fix 1 finding." in err
    assert code == 1  # CS201 would remain


def test_fix_reads_stdin_and_writes_the_fixed_text() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cs_lint", "check", "--no-config", "--fix", "-"],
        input=REPLY.encode(),
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert proc.stdout.decode() == REPLY.replace("As I already told you, t", "T")
    assert "CS201" in proc.stderr.decode()
    assert proc.returncode == 1


LIBRARY = """\
# Support macros: keep this comment, the spacing and the key order.
refund-late:   As I already told you, refunds take a week.   # why: old macro
"quoted key": "Sorry for the wait!\\n\\nAs I already told you, it ships \\u00e9 Monday."
block: |
    Hi Sam,

    As I already told you, the refund was issued on Monday.
    I will try to fix the invoice today.

    Thanks,
    Sam
greeting: &greeting Thanks for waiting!
again: *greeting
folded: >-
  As I already told you,
  the parcel left on Friday.
"""

FIXED = """\
# Support macros: keep this comment, the spacing and the key order.
refund-late:   Refunds take a week.   # why: old macro
"quoted key": "Sorry for the wait!\\n\\nIt ships \\u00e9 Monday."
block: |
    Hi Sam,

    The refund was issued on Monday.
    I will try to fix the invoice today.

    Thanks,
    Sam
greeting: &greeting Thanks for waiting!
again: *greeting
folded: >-
  The parcel left on Friday.
"""


def test_fix_in_a_yaml_library_leaves_the_rest_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "macros.yaml"
    path.write_bytes(LIBRARY.encode())
    code, out, _ = check(capsys, "--fix", str(path))
    assert path.read_bytes() == FIXED.encode()
    assert "Fixed 4 findings." in out
    assert code == 1  # CS201 (unsafe) remains in "block"
    assert f"{path}:8:5: CS201" in out


def test_fix_keeps_crlf_line_endings_and_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "macros.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + LIBRARY.replace("\n", "\r\n").encode())
    check(capsys, "--fix", str(path))
    assert path.read_bytes() == b"\xef\xbb\xbf" + FIXED.replace("\n", "\r\n").encode()


def test_diff_on_a_yaml_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "macros.yaml"
    path.write_text(LIBRARY, encoding="utf-8")
    code, out, _ = check(capsys, "--diff", str(path))
    assert path.read_text(encoding="utf-8") == LIBRARY
    removed = [
        line
        for line in out.splitlines()
        if line.startswith("-") and not line.startswith("---")
    ]
    added = [
        line
        for line in out.splitlines()
        if line.startswith("+") and not line.startswith("+++")
    ]
    assert len(removed) == 5
    assert len(added) == 4
    assert code == 1


def test_fix_in_json_and_csv_libraries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    json_lib = tmp_path / "macros.json"
    json_lib.write_text(
        '{"macros": [\n'
        '  {"name": "late", "body": "As I already told you, \\"soon\\" \\ud83d\\ude00."},\n'
        '  {"name": "ok",   "body": "Thanks for waiting!"}\n'
        "]}\n",
        encoding="utf-8",
    )
    csv_lib = tmp_path / "macros.csv"
    csv_lib.write_text(
        'name,body\r\nlate,"As I already told you, ""soon"".\r\nBye"\r\nok,Thanks!\r\n',
        encoding="utf-8",
    )
    code, out, _ = check(
        capsys,
        "--fix",
        "--text-col",
        "body",
        "--id-col",
        "name",
        str(json_lib),
        str(csv_lib),
    )
    assert json_lib.read_bytes().decode() == (
        '{"macros": [\n'
        '  {"name": "late", "body": "\\"soon\\" \\ud83d\\ude00."},\n'
        '  {"name": "ok",   "body": "Thanks for waiting!"}\n'
        "]}\n"
    )
    assert csv_lib.read_bytes().decode() == (
        'name,body\r\nlate,"""soon"".\r\nBye"\r\nok,Thanks!\r\n'
    )
    assert "Fixed 2 findings." in out
    assert code == 0


def test_check_places_library_findings_in_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "macros.yaml"
    path.write_text(LIBRARY, encoding="utf-8")
    code, out, _ = check(capsys, str(path))
    assert f"{path}:2:16: CS103" in out
    assert f"{path}:7:5: CS103" in out
    assert f"{path}:15:3: CS103" in out
    assert code == 1


def test_fixes_repeat_until_stable() -> None:
    """
    A fix that uncovers another finding is followed by a second pass.
    """
    linter = cs_lint.Linter()
    text = "As I already told you, as I said before, the refund was issued."
    outcome = fix_source(
        lambda t: lint_source(linter, t, "text", path="reply.txt"), text
    )
    assert outcome.text == "The refund was issued."
    assert outcome.passes == 2
    assert outcome.fixed == 2
    assert not outcome.result.reported


def _finding(start: int, end: int, suggestions: tuple[Suggestion, ...]) -> Finding:
    return Finding(
        code="CS999",
        name="test",
        family=cs_lint.Family.ACCUSATORY,
        severity=cs_lint.Severity.WARNING,
        message="m",
        start=start,
        end=end,
        line=1,
        column=start + 1,
        end_line=1,
        end_column=end + 1,
        utf16_start=start,
        utf16_end=end,
        excerpt="x" * (end - start),
        suggestions=suggestions,
    )


def test_overlapping_fixes_apply_one_and_leave_the_other() -> None:
    safe = Applicability.SAFE
    first = _finding(0, 5, (Suggestion("a", (Edit(0, 5, "A"),), safe),))
    second = _finding(3, 8, (Suggestion("b", (Edit(3, 8, "B"),), safe),))
    third = _finding(9, 10, (Suggestion("c", (Edit(9, 10, "C"),), safe),))
    shown = _finding(0, 1, (Suggestion("d"),))
    unsafe = _finding(
        11, 12, (Suggestion("e", (Edit(11, 12, "E"),), Applicability.UNSAFE),)
    )
    chosen = pick([second, third, first, shown, unsafe], unsafe=False)
    assert [f for f, _ in chosen] == [first, third]
    text, applied = fix_text_once("0123456789xyz", [first, second, third, unsafe])
    assert text == "A5678Cxyz"
    assert len(applied) == 2
    assert [f for f, _ in pick([first, unsafe], unsafe=True)] == [first, unsafe]


LINTER = cs_lint.Linter(cs_lint.Config(preview=True))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reply=violating_replies(linter=LINTER))
def test_safe_fixes_leave_no_finding_of_their_rule_where_they_applied(
    reply: cs_lint.testing.GeneratedReply,
) -> None:
    """
    Applying every safe fix leaves no finding of the fixed rule at the place
    it was fixed, and never applies an unsafe or display-only suggestion.
    """
    findings = LINTER.lint(reply.text, customer=reply.customer)
    fixed, applied = fix_text_once(reply.text, findings)
    assert all(s.applicability is Applicability.SAFE for _, s in applied)
    after = LINTER.lint(fixed, customer=reply.customer)
    edits = sorted((e for _, s in applied for e in s.edits), key=lambda e: e.start)
    for f, s in applied:
        # Where the fixed span starts in the new text.
        edit = s.edits[0]
        shift = sum(
            len(e.replacement) - (e.end - e.start) for e in edits if e.end <= edit.start
        )
        start = edit.start + shift
        end = start + len(edit.replacement)
        assert not any(
            g.code == f.code
            and g.start <= end
            and start <= g.end
            and g.excerpt == f.excerpt
            for g in after
        ), (reply.text, fixed, f.code)
