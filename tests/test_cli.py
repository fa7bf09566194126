"""
The command line, through a subprocess, as a user runs it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "cs_lint", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        check=False,
        timeout=60,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def test_check_sample_reply() -> None:
    """
    The README's sample reply has findings: exit 1, path:line:col lines.
    """
    proc = run("check", "examples/reply.txt")
    assert 1 == proc.returncode, proc.stderr
    assert "examples/reply.txt:3:1: CS103" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_clean_stdin() -> None:
    """
    A clean reply on stdin exits 0.
    """
    proc = run("check", "-", stdin=b"Thanks for waiting! Your refund is on its way.")
    assert 0 == proc.returncode
    assert "All clear" in proc.stdout


def test_json_format() -> None:
    """
    --format json prints the versioned shape with exact offsets.
    """
    text = "Hi 😊 Did you even read it?"
    proc = run("check", "--format", "json", "-", stdin=text.encode())
    data = json.loads(proc.stdout)
    assert 1 == data["version"]
    (finding,) = data["files"][0]["findings"]
    assert text[finding["start"] : finding["end"]] == finding["excerpt"]


def test_select_and_fail_on(tmp_path: Path) -> None:
    """
    --ignore drops a rule; --fail-on error keeps warnings from failing.
    """
    stdin = b"Did you even read it?"
    assert 0 == run("check", "--ignore", "CS104", "-", stdin=stdin).returncode
    assert 0 == run("check", "--fail-on", "error", "-", stdin=stdin).returncode
    assert 1 == run("check", "-", stdin=stdin).returncode


def test_customer_option(tmp_path: Path) -> None:
    """
    --customer reads the customer message from a file.
    """
    proc = run("check", "--customer", "examples/customer.txt", "examples/reply.txt")
    assert 1 == proc.returncode


def test_errors_are_one_line(tmp_path: Path) -> None:
    """
    A missing file, a directory, non-UTF-8 bytes and a bad config each
    exit 2 with one line and no traceback.
    """
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    config = tmp_path / "cs-lint.toml"
    config.write_text('select = ["CS1O1"]\n')
    cases = [
        ("check", str(tmp_path / "missing.txt")),
        ("check", str(tmp_path)),
        ("check", str(bad)),
        ("check", "--config", str(config), "examples/reply.txt"),
        ("rule", "CS999"),
        ("check",),
        ("frobnicate",),
    ]
    for args in cases:
        proc = run(*args)
        assert 2 == proc.returncode, (args, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert (
            proc.stderr.strip()
            .splitlines()[-1]
            .startswith(("cs-lint: error:", "usage:"))
        ), proc.stderr


def test_config_discovered_from_cwd(tmp_path: Path) -> None:
    """
    The CLI finds [tool.cs-lint] upward from the current directory.
    """
    (tmp_path / "pyproject.toml").write_text('[tool.cs-lint]\nignore = ["CS104"]\n')
    (tmp_path / "r.txt").write_text("Did you even read it?")
    sub = tmp_path / "sub"
    sub.mkdir()
    assert 0 == run("check", str(tmp_path / "r.txt"), cwd=sub).returncode
    assert 1 == run("check", "--no-config", str(tmp_path / "r.txt"), cwd=sub).returncode


def test_rules_and_rule() -> None:
    """
    `rules` lists every rule; `rule CODE` prints its generated doc.
    """
    listing = run("rules")
    assert "CS101  blame-the-customer" in listing.stdout
    rules_json = json.loads(run("rules", "--format", "json").stdout)
    assert {"CS101", "CS103"} <= {r["code"] for r in rules_json}
    doc = run("rule", "CS103")
    assert doc.stdout.startswith("# as-already-told (CS103)")
    assert (ROOT / "docs" / "rules" / "CS103.md").read_text() == doc.stdout


def test_a_command_parses_alone_as_among_all() -> None:
    """
    The parser built with one command's arguments (what `main` builds for
    the command it runs) parses that command's lines as the full parser
    does, and every subcommand is listed in `_COMMANDS`.
    """
    import argparse

    from cs_lint import cli

    full = cli._parser()
    [sub] = [a for a in full._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(sub.choices) == cli._COMMANDS
    lines = [
        ["check", "a.txt", "--format", "json", "--select", "CS1,CS2", "--preview"],
        ["--debug", "check", "-", "--customer", "c.txt", "--min-confidence", "0.5"],
        ["email", "m.eml", "--block", "error", "--warn", "CS3", "--body", "html"],
        ["rules", "--format", "json", "--no-config"],
        ["rule", "CS101"],
        ["lsp", "--stdio"],
        ["audit", "x.jsonl", "--worst", "3", "-o", "out.jsonl"],
        ["server", "--port", "9000", "--max-body", "2MB"],
    ]
    for argv in lines:
        assert cli._command(argv) == next(a for a in argv if not a.startswith("-"))
        assert cli._parser(cli._command(argv)).parse_args(argv) == full.parse_args(argv)
    assert cli._command(["--debug"]) is None
    assert cli._command(["chec", "a.txt"]) is None
    # Every command's help is listed whichever command the parser was built for.
    assert cli._parser("check").format_help() == full.format_help()
