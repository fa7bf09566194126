"""
SARIF 2.1.0 output, validated against the JSON schema (see
tests/sarif-schema-2.1.0.README.md for where the vendored copy comes from).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cs_lint
from cs_lint._scale.sarif import FINGERPRINT_KEY


jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def validate(log: dict[str, Any]) -> None:
    cls = jsonschema.validators.validator_for(SCHEMA)
    cls.check_schema(SCHEMA)
    validator = cls(SCHEMA, format_checker=cls.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def run(
    *args: str, cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "cs_lint", *args],
        capture_output=True,
        cwd=cwd,
        input=stdin,
        check=False,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def test_the_schema_rejects_a_broken_log() -> None:
    """
    The validator is live: a result without a message fails it.
    """
    log = cs_lint.sarif_log([("a.txt", cs_lint.lint("As I already told you, no."))], [])
    del log["runs"][0]["results"][0]["message"]
    with pytest.raises(AssertionError, match="message"):
        validate(log)


def test_check_sarif(tmp_path: Path) -> None:
    """
    ``cs-lint check --format sarif``: a valid log, rules with metadata,
    results with exact regions in code points and fingerprints.
    """
    text = "Hi 😊 there.\nAs I already told you, you should have read the manual.\n"
    (tmp_path / "replies").mkdir()
    (tmp_path / "replies" / "one.txt").write_text(text, encoding="utf-8")
    (tmp_path / "clean.txt").write_text("Thanks for waiting!", encoding="utf-8")
    proc = run(
        "check",
        "--no-config",
        "--format",
        "sarif",
        "replies/one.txt",
        "clean.txt",
        cwd=tmp_path,
    )
    assert 1 == proc.returncode, proc.stderr
    log = json.loads(proc.stdout)
    validate(log)
    assert "2.1.0" == log["version"]
    (run_,) = log["runs"]
    assert "unicodeCodePoints" == run_["columnKind"]
    assert run_["invocations"][0]["executionSuccessful"] is True
    driver = run_["tool"]["driver"]
    assert "cs-lint" == driver["name"]
    rules = driver["rules"]
    assert [r.code for r in cs_lint.Linter().rules] == [r["id"] for r in rules]
    cs103 = next(r for r in rules if r["id"] == "CS103")
    assert "as-already-told" == cs103["name"]
    assert (
        "Reminds the customer they were already told"
        == cs103["shortDescription"]["text"]
    )
    assert cs103["fullDescription"]["text"]
    assert cs103["helpUri"].endswith("/docs/rules/CS103.md")
    assert (ROOT / "docs" / "rules" / "CS103.md").is_file()
    assert "warning" == cs103["defaultConfiguration"]["level"]
    findings = cs_lint.lint(text)
    results = run_["results"]
    assert len(findings) == len(results) >= 2
    for f, result in zip(findings, results, strict=True):
        assert f.code == result["ruleId"]
        assert f.code == rules[result["ruleIndex"]]["id"]
        assert "warning" == result["level"]
        assert f.message == result["message"]["text"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert "replies/one.txt" == physical["artifactLocation"]["uri"]
        region = physical["region"]
        assert (f.line, f.column, f.end_line, f.end_column) == (
            region["startLine"],
            region["startColumn"],
            region["endLine"],
            region["endColumn"],
        )
        start, length = region["charOffset"], region["charLength"]
        assert text[start : start + length] == region["snippet"]["text"] == f.excerpt
        assert {FINGERPRINT_KEY: f.fingerprint} == result["partialFingerprints"]
    # Line 2 starts after an emoji: code points, not UTF-16 units.
    assert 2 == results[0]["locations"][0]["physicalLocation"]["region"]["startLine"]


def test_levels_and_fixes() -> None:
    """
    error/warning/info map to error/warning/note; edits become fixes.
    """
    config = cs_lint.Config(severity={"CS103": "error", "CS102": "info"})
    linter = cs_lint.Linter(config)
    text = "As I already told you, you should have read it."
    findings = linter.lint(text)
    log = cs_lint.sarif_log([("r.txt", findings)], linter.rules)
    validate(log)
    levels = {r["ruleId"]: r["level"] for r in log["runs"][0]["results"]}
    assert {"CS103": "error", "CS102": "note"} == levels
    cs103 = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "CS103")
    (fix,) = cs103["fixes"]
    (change,) = fix["artifactChanges"]
    (replacement,) = change["replacements"]
    (edit,) = findings[0].suggestions[0].edits
    deleted = replacement["deletedRegion"]
    assert (edit.start, edit.end - edit.start) == (
        deleted["charOffset"],
        deleted["charLength"],
    )
    assert edit.replacement == replacement["insertedContent"]["text"]


def test_errors_are_notifications() -> None:
    """
    Inputs that could not be read make the run unsuccessful, with reasons.
    """
    log = cs_lint.sarif_log([], [], errors=[("bad file.txt", "not UTF-8")])
    validate(log)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert "not UTF-8" == note["message"]["text"]
    uri = note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert "bad%20file.txt" == uri


def test_audit_sarif_names_records(tmp_path: Path) -> None:
    """
    ``cs-lint audit --format sarif`` on a macro file: the macro name is the
    location, and a record that cannot be read is a notification.
    """
    macros = [
        {"name": "refund/late", "body": "As I already told you, refunds take a week."},
        {"name": "greeting", "body": "Thanks for reaching out!"},
        {"name": "broken", "body": 3},
    ]
    (tmp_path / "macros.json").write_text(json.dumps(macros), encoding="utf-8")
    proc = run(
        "audit",
        "--no-config",
        "--format",
        "sarif",
        "--text-col",
        "body",
        "--id-col",
        "name",
        "--workers",
        "1",
        "macros.json",
        cwd=tmp_path,
    )
    assert 2 == proc.returncode, proc.stderr
    log = json.loads(proc.stdout)
    validate(log)
    (result,) = log["runs"][0]["results"]
    assert "CS103" == result["ruleId"]
    location = result["locations"][0]["physicalLocation"]
    assert "refund/late" == location["artifactLocation"]["uri"]
    assert 1 == location["region"]["startLine"]
    (note,) = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert "'body' must be text, not int" in note["message"]["text"]


def test_every_builtin_rule_has_its_help_page() -> None:
    """
    helpUri points at a committed docs/rules page for every built-in rule.
    """
    from cs_lint._scale.sarif import rule_descriptor

    linter = cs_lint.Linter(cs_lint.Config(preview=True, plugins=False))
    for r in linter.rules:
        uri = rule_descriptor(r)["helpUri"]
        assert uri.endswith(f"/docs/rules/{r.code}.md")
        assert (ROOT / "docs" / "rules" / f"{r.code}.md").is_file(), r.code


def test_uris() -> None:
    """
    Relative paths and record ids stay relative (escaped); absolute paths
    become file URIs.
    """
    from cs_lint._scale.sarif import uri

    assert "replies/a%20b.txt" == uri("replies/a b.txt")
    assert "refund/late" == uri("refund/late")
    assert "macros.jsonl%3A12" == uri("macros.jsonl:12")
    assert "file:///tmp/x%20y.txt" == uri("/tmp/x y.txt")
