"""
Baselines: ``--write-baseline`` records today's findings; ``--baseline``
reports only new ones, with a summary of what it suppressed and which
entries are stale.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cs_lint._scale.baseline import BASELINE_VERSION
from cs_lint.cli import main


LIBRARY = """\
refund-late: As I already told you, refunds take a week.
slow: I will try to look into it.
thanks: Thanks for waiting! Your refund is on its way.
"""

REPLY = "Hi Sam,\n\nAs I already told you, the refund was issued on Monday.\n"


def run(
    capsys: pytest.CaptureFixture[str], command: str, *args: str
) -> tuple[int, str, str]:
    code = main([command, "--no-config", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "macros").mkdir()
    (tmp_path / "macros" / "library.yaml").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "reply.txt").write_text(REPLY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


FILES = ("macros/library.yaml", "reply.txt")


def test_a_written_baseline_makes_the_same_files_pass(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", "--write-baseline", "baseline.json", *FILES)
    assert code == 0
    assert out == ""
    assert "wrote 4 findings to the baseline baseline.json" in err
    data = json.loads((project / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == BASELINE_VERSION
    assert {(e["path"], e["record"], e["code"]) for e in data["findings"]} == {
        ("macros/library.yaml", "refund-late", "CS103"),
        ("macros/library.yaml", "slow", "CS201"),
        ("macros/library.yaml", "slow", "CS802"),
        ("reply.txt", "", "CS103"),
    }
    assert all(len(e["fingerprint"]) == 16 for e in data["findings"])

    code, out, err = run(capsys, "check", "--baseline", "baseline.json", *FILES)
    assert code == 0
    assert "All clear" in out
    assert "4 known findings suppressed, 0 entries stale" in err


def test_one_new_finding_is_the_only_one_reported(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "check", "--write-baseline", "baseline.json", *FILES)
    library = project / "macros" / "library.yaml"
    # Edits to other sentences of a macro keep its finding known; a new
    # macro's finding is new.
    library.write_text(
        LIBRARY.replace("refund-late: As", "refund-late: Hello Sam! As")
        + "blame: You should have read the email.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "check", "--baseline", "baseline.json", *FILES)
    assert code == 1
    findings = [line for line in out.splitlines() if ": CS" in line]
    assert findings == [
        "macros/library.yaml:4:8: CS102 warning: Tells the customer what they should have "
        "done: 'You should have read' [you-should-have]"
    ]
    assert "4 known findings suppressed, 0 entries stale" in err


def test_stale_entries_are_counted(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "check", "--write-baseline", "baseline.json", *FILES)
    (project / "reply.txt").write_text("Hi Sam,\n\nThe refund was issued.\n")
    code, _, err = run(capsys, "check", "--baseline", "baseline.json", *FILES)
    assert code == 0
    assert "3 known findings suppressed, 1 entry stale" in err
    assert "rewrite the baseline with --write-baseline" in err
    # Files not linted in this run do not make their entries stale.
    code, _, err = run(capsys, "check", "--baseline", "baseline.json", FILES[0])
    assert "3 known findings suppressed, 0 entries stale" in err


def test_paths_are_relative_to_the_baseline_file(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "check", "--write-baseline", "baseline.json", *FILES)
    monkeypatch.chdir(project / "macros")
    code, out, err = run(
        capsys, "check", "--baseline", "../baseline.json", "library.yaml"
    )
    assert code == 0, out
    assert "3 known findings suppressed" in err


def test_show_suppressed_lists_baselined_findings(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "check", "--write-baseline", "baseline.json", *FILES)
    code, out, _ = run(
        capsys, "check", "--baseline", "baseline.json", "--show-suppressed", *FILES
    )
    assert code == 0
    assert "macros/library.yaml:1:14: CS103" in out
    assert out.count("(suppressed: baseline)") == 4
    code, out, _ = run(
        capsys,
        "check",
        "--baseline",
        "baseline.json",
        "--show-suppressed",
        "--format",
        "json",
        *FILES,
    )
    data = json.loads(out)
    suppressed = [f for file in data["files"] for f in file["suppressed"]]
    assert {f["suppressed_by"] for f in suppressed} == {"baseline"}
    assert {f.get("record") for f in suppressed} == {"refund-late", "slow", None}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such baseline file"),
        ("not json", "not a baseline (not JSON"),
        ('{"version": 99, "findings": []}', "baseline version 99 is not supported"),
        ('{"version": 1}', "no 'findings' list"),
        ('{"version": 1, "findings": [{"path": "x"}]}', "finding 0 needs"),
    ],
)
def test_a_bad_baseline_is_one_error_line(
    project: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    if content is not None:
        (project / "baseline.json").write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "check", "--baseline", "baseline.json", *FILES)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_audit_baselines_match_check_baselines(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "audit",
        "-q",
        "--write-baseline",
        "audit.json",
        "--workers",
        "1",
        *FILES,
    )
    assert code == 0
    assert "wrote 4 findings" in err
    code, out, err = run(capsys, "check", "--baseline", "audit.json", *FILES)
    assert code == 0, out
    library = project / "macros" / "library.yaml"
    library.write_text(LIBRARY + "blame: You should have read the email.\n")
    code, out, err = run(
        capsys,
        "audit",
        "--format",
        "text",
        "--workers",
        "1",
        "--baseline",
        "audit.json",
        *FILES,
    )
    assert code == 1
    assert [line for line in out.splitlines() if "CS" in line] == [
        "blame:1:1: CS102 warning: Tells the customer what they should have done: "
        "'You should have read' [you-should-have]"
    ]
    assert "4 known findings suppressed, 0 entries stale" in err
