"""
``cs-lint audit``: ticket exports and macro libraries, through a
subprocess as a user runs it.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cs_lint


ROOT = Path(__file__).resolve().parent.parent
EMAILS = ROOT / "tests" / "fixtures" / "email"

BLAME = "As I already told you, the refund takes a week."
CLEAN = "Thanks for waiting! Your refund is on its way."
SHOULD = "You should have read the manual first."


def run(
    *args: str, cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "cs_lint", "audit", "--no-config", *args],
        capture_output=True,
        cwd=cwd,
        input=stdin,
        check=False,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def records(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_in_jsonl_out(tmp_path: Path, workers: str) -> None:
    """
    One output record per input record, in order, with findings as
    `Finding.to_dict()`; exit 1 on findings; a summary on stderr.
    """
    rows = [{"id": f"t{i}", "text": [BLAME, CLEAN, SHOULD][i % 3]} for i in range(300)]
    (tmp_path / "t.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8"
    )
    proc = run("t.jsonl", "--id-col", "id", "--workers", workers, cwd=tmp_path)
    assert 1 == proc.returncode, proc.stderr
    out = records(proc.stdout)
    assert [r["id"] for r in rows] == [r["id"] for r in out]
    assert {"t.jsonl"} == {r["source"] for r in out}
    linter = cs_lint.Linter(cs_lint.Config())
    for row, rec in zip(rows, out, strict=True):
        expected = [f.to_dict() for f in linter.lint(str(row["text"]))]
        assert expected == rec["findings"]
        assert rec["error"] is None
    assert (
        "Replies: 300 linted, 0 could not be read; 200 with findings (66.7%)."
        in proc.stderr
    )
    assert "By code: CS102 100, CS103 100." in proc.stderr
    assert "Traceback" not in proc.stderr


def test_clean_input_exits_0_and_summary_file(tmp_path: Path) -> None:
    """
    No findings: exit 0; --summary writes the JSON summary.
    """
    (tmp_path / "t.jsonl").write_text(json.dumps({"text": CLEAN}) + "\n", "utf-8")
    proc = run("t.jsonl", "--summary", "s.json", "-q", cwd=tmp_path)
    assert 0 == proc.returncode, proc.stderr
    assert "" == proc.stderr
    summary = json.loads((tmp_path / "s.json").read_text("utf-8"))
    assert 1 == summary["replies"]
    assert 0 == summary["findings"]
    assert ["t.jsonl:1"] == [r["id"] for r in records(proc.stdout)]


def test_csv_columns(tmp_path: Path) -> None:
    """
    CSV with chosen text, customer and id columns (multi-line cells too).
    """
    with (tmp_path / "t.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ticket", "reply", "question"])
        writer.writerow(["A-1", f"Hello,\n{BLAME}", "Where is my refund?"])
        writer.writerow(["A-2", CLEAN, ""])
    proc = run(
        "t.csv",
        "--text-col",
        "reply",
        "--customer-col",
        "question",
        "--id-col",
        "ticket",
        "--format",
        "text",
        "-q",
        cwd=tmp_path,
    )
    assert 1 == proc.returncode, proc.stderr
    finding = cs_lint.lint(f"Hello,\n{BLAME}", customer="Where is my refund?")[0]
    assert (
        f"A-1:2:1: {finding.code} {finding.severity.value}: {finding.message} "
        f"[{finding.name}]\n" == proc.stdout
    )


def test_missing_column_is_a_located_error(tmp_path: Path) -> None:
    """
    A record without the text column: one located error, the rest linted,
    exit 2.
    """
    lines = [
        json.dumps({"text": BLAME}),
        json.dumps({"body": "x"}),
        "{not json",
        '"bare"',
    ]
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("t.jsonl", cwd=tmp_path)
    assert 2 == proc.returncode
    out = records(proc.stdout)
    assert 4 == len(out)
    assert out[0]["findings"]
    assert "t.jsonl:2: no column 'text' (columns: body)" == out[1]["error"]
    assert str(out[2]["error"]).startswith("t.jsonl:3: not JSON: ")
    assert out[3]["error"] is None
    assert "cs-lint: error: t.jsonl:2: no column 'text' (columns: body)" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_directory_of_text_and_email(tmp_path: Path) -> None:
    """
    A directory: .txt / .md files as replies, .eml files read as email
    (quoted text and signatures not linted); hidden folders skipped.
    """
    folder = tmp_path / "tickets"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a.txt").write_text(BLAME, encoding="utf-8")
    (folder / "sub" / "b.md").write_text(CLEAN, encoding="utf-8")
    (folder / ".git" / "c.txt").write_text(BLAME, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    shutil.copy(EMAILS / "gmail-reply.eml", folder / "mail.eml")
    proc = run("tickets", "--workers", "1", cwd=tmp_path)
    assert 1 == proc.returncode, proc.stderr
    out = {r["id"]: r for r in records(proc.stdout)}
    assert ["tickets/a.txt", "tickets/mail.eml", "tickets/sub/b.md"] == list(out)
    report = cs_lint.Linter().check_email((EMAILS / "gmail-reply.eml").read_bytes())
    assert [f.to_dict() for f in report.findings] == out["tickets/mail.eml"]["findings"]
    assert out["tickets/sub/b.md"]["findings"] == []


def test_macro_library_json_and_yaml(tmp_path: Path) -> None:
    """
    Macro libraries: the macro name is each finding's location.
    """
    pytest.importorskip("yaml")
    library = {
        "macros": [
            {"name": "refund-late", "body": BLAME},
            {"name": "thanks", "body": CLEAN},
        ]
    }
    (tmp_path / "m.json").write_text(json.dumps(library), encoding="utf-8")
    (tmp_path / "m.yaml").write_text(
        f"refund-late: {BLAME}\nthanks:\n  body: {CLEAN}\n", encoding="utf-8"
    )
    for name in ("m.json", "m.yaml"):
        proc = (
            run(
                name,
                "--text-col",
                "body",
                "--id-col",
                "name",
                "--format",
                "text",
                "-q",
                cwd=tmp_path,
            )
            if name == "m.json"
            else run(name, "--text-col", "body", "--format", "text", "-q", cwd=tmp_path)
        )
        assert 1 == proc.returncode, proc.stderr
        assert proc.stdout.startswith("refund-late:1:1: CS103 "), proc.stdout
        assert 1 == len(proc.stdout.splitlines())


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (None, "missing.jsonl", "missing.jsonl: no such file or directory"),
        (b"x", "notes.pdf", "notes.pdf: unknown kind of file '.pdf'"),
        (b"[1, 2", "m.json", "m.json:1:6: not JSON:"),
        (b"\xff\xfe", "m.json", "m.json: not UTF-8 text (byte 0xff at offset 0)"),
        (b"{}", "m.json", None),
        (b"3", "m.json", "m.json: expected a list of records or a mapping"),
        (b"a: [b\n", "m.yaml", "m.yaml:2:1: not YAML:"),
    ],
)
def test_bad_files_exit_2_with_one_line(
    tmp_path: Path, content: bytes | None, name: str, message: str | None
) -> None:
    """
    A file that cannot be read: one located line on stderr, exit 2.
    """
    if name.endswith(".yaml"):
        pytest.importorskip("yaml")
    if content is not None:
        (tmp_path / name).write_bytes(content)
    proc = run(name, "-q", cwd=tmp_path)
    if message is None:
        assert 0 == proc.returncode, proc.stderr
        return
    assert 2 == proc.returncode
    assert proc.stderr.startswith(f"cs-lint: error: {message}"), proc.stderr
    assert 1 == len(proc.stderr.splitlines())


def test_stdin_and_bad_options(tmp_path: Path) -> None:
    """
    ``-`` reads JSON Lines from stdin; a bad --workers is a usage error.
    """
    proc = run(
        "-",
        "--format",
        "text",
        "-q",
        cwd=tmp_path,
        stdin=json.dumps({"text": SHOULD}).encode(),
    )
    assert 1 == proc.returncode
    assert proc.stdout.startswith("<stdin>:1:1:1: CS102 ")
    proc = run("-", "--workers", "0", cwd=tmp_path, stdin=b"")
    assert 2 == proc.returncode
    assert "cs-lint: error: --workers must be 1 or more, got 0" in proc.stderr
    proc = run("-", "--select", "CS999", cwd=tmp_path, stdin=b"")
    assert 2 == proc.returncode
    assert "CS999" in proc.stderr
    proc = run("-", "-o", "no/such/dir/out.jsonl", cwd=tmp_path, stdin=b"")
    assert 2 == proc.returncode
    assert proc.stderr.startswith(
        "cs-lint: error: no/such/dir/out.jsonl: cannot write: "
    )
    assert "Traceback" not in proc.stderr


def test_no_progress_bar_off_a_terminal(tmp_path: Path) -> None:
    """
    With stderr not a terminal, no progress bar is drawn.
    """
    (tmp_path / "t.jsonl").write_text(json.dumps({"text": CLEAN}) + "\n", "utf-8")
    proc = run("t.jsonl", cwd=tmp_path)
    assert "reply/s" not in proc.stderr
    assert "\r" not in proc.stderr


def test_docs_macro_example(tmp_path: Path) -> None:
    """
    The macro library example in docs/ci.md prints what the page says.
    """
    import re

    page = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    section = page.split("## Macro libraries", 1)[1]
    library = re.search(r"```json\n(.*?)```", section, re.DOTALL)
    printed = re.search(
        r"the first command prints\n\n```\n(.*?)```", section, re.DOTALL
    )
    assert library is not None
    assert printed is not None
    (tmp_path / "macros.json").write_text(library.group(1), encoding="utf-8")
    proc = run(
        "macros.json",
        "--text-col",
        "body",
        "--id-col",
        "name",
        "--format",
        "text",
        cwd=tmp_path,
    )
    assert 1 == proc.returncode, proc.stderr
    assert printed.group(1) == proc.stdout


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """
    With stderr a terminal, a progress bar counts the replies.
    """
    pty = pytest.importorskip("pty")
    import os

    (tmp_path / "t.jsonl").write_text(
        "".join(json.dumps({"text": CLEAN}) + "\n" for _ in range(5)), "utf-8"
    )
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "cs_lint",
                "audit",
                "--no-config",
                "t.jsonl",
                "-o",
                "out.jsonl",
            ],
            stderr=secondary,
            stdout=subprocess.DEVNULL,
            cwd=tmp_path,
            check=False,
            timeout=120,
        )
        os.close(secondary)
        chunks = []
        while True:
            try:
                data = os.read(primary, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(primary)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert 0 == proc.returncode, shown
    assert "| 0/5 [" in shown  # the bar, with the total counted up front
    assert "reply/s" in shown
    assert "Replies: 5 linted" in shown
    assert 5 == len((tmp_path / "out.jsonl").read_text("utf-8").splitlines())
