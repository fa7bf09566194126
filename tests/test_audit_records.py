"""
``cs-lint audit`` never loses a record: deep nesting, unreadable files,
broken CSV, FIFOs and dangling links each become an error record and the
run goes on (exit 2); ``-o`` is replaced only when the run finishes; ids
and customer messages are read by default (issue 19, items 7-11; issue
18, item 16).
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


BLAME = "As I already told you, the refund takes a week."
CLEAN = "Thanks for waiting! Your refund is on its way."


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "cs_lint", "audit", "--no-config", "-q", *args],
        capture_output=True,
        cwd=cwd,
        check=False,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def records(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_deep_nesting_on_one_line_is_one_error_record(
    tmp_path: Path, workers: str
) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": BLAME}) for i in range(5)]
    lines.insert(2, "[" * 100_000)
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n")
    proc = run("t.jsonl", "--workers", workers, cwd=tmp_path)
    assert 2 == proc.returncode
    out = records(proc.stdout)
    assert 6 == len(out)
    assert ["a0", "a1", "t.jsonl:3", "a2", "a3", "a4"] == [r["id"] for r in out]
    assert "nested too deeply" in str(out[2]["error"])
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("suffix", "body"), [(".json", "[" * 100_000), (".yaml", "[" * 100_000)]
)
def test_deep_nesting_in_a_json_or_yaml_file(
    tmp_path: Path, suffix: str, body: str
) -> None:
    (tmp_path / f"deep{suffix}").write_text(body)
    (tmp_path / "ok.jsonl").write_text(json.dumps({"text": BLAME}) + "\n")
    proc = run(f"deep{suffix}", "ok.jsonl", cwd=tmp_path)
    assert 2 == proc.returncode
    out = records(proc.stdout)
    assert 2 == len(out)
    assert "nested too deeply" in str(out[0]["error"]) or "not YAML" in str(
        out[0]["error"]
    )
    assert out[1]["findings"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_in_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "a.txt").write_text(BLAME)
    (folder / "b.txt").write_text(CLEAN)
    (folder / "b.txt").chmod(0)
    proc = run("replies", cwd=tmp_path)
    assert 2 == proc.returncode
    out = records(proc.stdout)
    assert 2 == len(out)


def test_an_unreadable_file_is_one_error_record(tmp_path: Path) -> None:
    # A directory named like a reply file cannot be read as one (root can
    # read any file, so this is the unreadable file every user meets).
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "a.txt").write_text(BLAME)
    (folder / "c.txt").write_bytes(b"\xff\xfe not utf-8")
    (folder / "d.txt").write_text(CLEAN)
    (tmp_path / "broken.json").write_text("{")
    proc = run("replies", "broken.json", cwd=tmp_path)
    assert 2 == proc.returncode
    out = records(proc.stdout)
    assert 4 == len(out)
    assert out[0]["findings"]
    assert "UTF-8" in str(out[1]["error"])
    assert "error" not in out[2] or out[2]["error"] is None
    assert "not JSON" in str(out[3]["error"])
    assert "broken.json" == out[3]["id"]


def test_a_csv_quote_left_open_is_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(
        f'id,text\nr1,"{BLAME}"\nr2,"never closed\nr3,{CLEAN}\nr4,{CLEAN}\n'
    )
    proc = run("t.csv", cwd=tmp_path)
    assert 2 == proc.returncode
    out = records(proc.stdout)
    assert "r1" == out[0]["id"]
    assert "not valid CSV" in str(out[-1]["error"])


def test_a_csv_cell_over_the_limit_is_one_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cs_lint._scale import audit

    monkeypatch.setattr(audit, "_CSV_FIELD_LIMIT", 1000)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "text"])
    writer.writerow(["r1", BLAME])
    writer.writerow(["r2", "x" * 5000])
    writer.writerow(["r3", BLAME])
    (tmp_path / "t.csv").write_text(buf.getvalue())
    items = list(audit.read_items([str(tmp_path / "t.csv")], audit.Columns()))
    errors = [i.record.error for i in items if getattr(i.record, "error", None)]
    assert 1 == len(errors)
    assert "field larger than field limit" in str(errors[0])
    texts = [getattr(i.record, "text", None) for i in items]
    assert 2 == texts.count(BLAME)


def test_fifos_and_dangling_links_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "a.txt").write_text(BLAME)
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    proc = run("replies", cwd=tmp_path)
    assert 2 == proc.returncode
    out = {Path(str(r["id"])).name: r for r in records(proc.stdout)}
    assert {"a.txt", "pipe.txt", "gone.txt"} == set(out)
    assert "FIFO" in str(out["pipe.txt"]["error"])
    assert "does not exist" in str(out["gone.txt"]["error"])


def test_output_is_replaced_only_on_success(tmp_path: Path) -> None:
    (tmp_path / "t.jsonl").write_text(
        "".join(json.dumps({"text": BLAME}) + "\n" for _ in range(3))
    )
    out = tmp_path / "out.sarif"
    out.write_text("previous run\n")
    proc = run("t.jsonl", "--format", "sarif", "-o", "out.sarif", cwd=tmp_path)
    assert 1 == proc.returncode, proc.stderr
    assert "runs" in json.loads(out.read_text())
    assert [out] == sorted(tmp_path.glob("*.sarif*"))


def test_ctrl_c_leaves_the_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    os.mkfifo(tmp_path / "in.jsonl")  # the run waits here until killed
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cs_lint",
            "audit",
            "--no-config",
            "-q",
            "in.jsonl",
            "-o",
            "out.jsonl",
        ],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob(".out.jsonl.*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)
    assert 130 == proc.returncode
    assert "previous run\n" == out.read_text()
    assert [] == list(tmp_path.glob(".out.jsonl.*"))


def test_id_and_customer_are_read_by_default(tmp_path: Path) -> None:
    rows = [
        {
            "id": "T-1",
            "text": "Sorry about that.",
            "customer": "This is the THIRD time I ask!!!",
        },
        {"id": 7, "text": CLEAN},
    ]
    (tmp_path / "t.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = records(run("t.jsonl", cwd=tmp_path).stdout)
    assert ["T-1", "7"] == [r["id"] for r in out]
    with_customer = records(
        run("t.jsonl", "--customer-col", "customer", cwd=tmp_path).stdout
    )
    assert [r["findings"] for r in with_customer] == [r["findings"] for r in out]


def test_a_file_that_cannot_be_read_is_one_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As root every file is readable: make one fail the way it would for a
    # user without permission, in a directory and in a list of files.
    from cs_lint._scale import audit

    folder = tmp_path / "replies"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(BLAME)
    (tmp_path / "t.jsonl").write_text(json.dumps({"text": BLAME}) + "\n")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    real_open = Path.open

    def open_(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "t.jsonl":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "open", open_)
    items = list(
        audit.read_items([str(folder), str(tmp_path / "t.jsonl")], audit.Columns())
    )
    errors = {
        i.source: i.record.error for i in items if getattr(i.record, "error", None)
    }
    assert 4 == len(items)
    assert {str(folder / "b.txt"), str(tmp_path / "t.jsonl")} == set(errors)
    assert all("Permission denied" in str(e) for e in errors.values())
