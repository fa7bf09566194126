"""
Exit codes that mean what they say, one-line errors, and the smaller
things users of the command line asked for (issue 19, items 12, 13 and
18; issue 18, items 3, 5-7 and 16).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cs_lint
from cs_lint import ConfigError, load_config


ROOT = Path(__file__).resolve().parent.parent
PACK = """
[[rule]]
code = "ACME501"
name = "acme-stock-phrase"
family = "script-rigidity"
kind = "substitution"
message = "Stock phrase {excerpt!r}: write {replacement!r} instead"
why = "Stock phrases read as a macro."
swap = { "please be advised that" = "", "at your earliest convenience" = "when you can" }
bad = ["Please be advised that your order shipped."]
good = ["Your order shipped."]
"""


def run(
    *args: str,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    code: str | None = None,
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "cs_lint", *args]
    if code is not None:
        command = [sys.executable, "-c", code, *args]
    proc = subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        check=False,
        timeout=60,
        env={**os.environ, **(env or {})},
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def test_version() -> None:
    proc = run("--version")
    assert 0 == proc.returncode
    assert proc.stdout.startswith("cs-lint ")


@pytest.mark.parametrize(
    "args",
    [("check",), ("frobnicate",), ("check", "--bogus", "x"), ("email",)],
)
def test_usage_errors_are_one_line(args: tuple[str, ...]) -> None:
    proc = run(*args)
    assert 2 == proc.returncode
    assert 1 == len(proc.stderr.strip().splitlines()), proc.stderr
    assert proc.stderr.startswith("cs-lint: error:")


CRASH = (
    "import sys, cs_lint.cli as c, cs_lint._engine.linter as l\n"
    "def boom(*a, **k):\n"
    "    raise ValueError('boom\\nsecond line')\n"
    "l.Linter.lint = boom\n"
    "raise SystemExit(c.main(sys.argv[1:]))\n"
)


def test_a_crash_is_exit_2_and_one_line() -> None:
    # Exit 1 means findings: a CI step `cs-lint check ... || test $? -eq 1`
    # must not pass on a crash.
    proc = run("check", "-", stdin=b"Hello.", code=CRASH)
    assert 2 == proc.returncode
    assert 1 == len(proc.stderr.strip().splitlines()), proc.stderr
    assert "internal error: ValueError: boom second line" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("flag", "env"), [(("--debug",), {}), ((), {"CS_LINT_DEBUG": "1"})]
)
def test_debug_shows_the_traceback(flag: tuple[str, ...], env: dict[str, str]) -> None:
    proc = run(*flag, "check", "-", stdin=b"Hello.", code=CRASH, env=env)
    assert 2 == proc.returncode
    assert "Traceback" in proc.stderr
    assert "internal error" in proc.stderr


def test_a_closed_pipe_is_never_clean(tmp_path: Path) -> None:
    many = tmp_path / "many.txt"
    many.write_text("You failed to attach it. As I already told you, no.\n" * 2000)
    proc = subprocess.run(
        [
            "bash",
            "-c",
            f"set -o pipefail; {sys.executable} -m cs_lint check {many} | head -1",
        ],
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    assert 141 == proc.returncode
    assert b"Traceback" not in proc.stderr
    assert b"Exception ignored" not in proc.stderr


def test_parent_pyproject_with_tool_not_a_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("tool = 3\n")
    work = tmp_path / "w"
    work.mkdir()
    proc = run("check", "-", stdin=b"You failed to attach it.", cwd=work)
    assert 1 == proc.returncode, proc.stderr


def test_deeply_nested_toml_is_a_located_config_error(tmp_path: Path) -> None:
    path = tmp_path / "cs-lint.toml"
    path.write_text("x = " + "[" * 100_000 + "\n")
    with pytest.raises(ConfigError, match="nested too deeply"):
        load_config(path)
    proc = run("check", "--config", str(path), "examples/reply.txt")
    assert 2 == proc.returncode
    assert 1 == len(proc.stderr.strip().splitlines())


def test_check_text_shows_severity() -> None:
    proc = run("check", "examples/reply.txt")
    assert "examples/reply.txt:3:1: CS103 warning: " in proc.stdout


def test_check_a_directory_points_to_audit() -> None:
    proc = run("check", "examples")
    assert 2 == proc.returncode
    assert "cs-lint audit examples" in proc.stderr


def test_json_findings_carry_why_and_docs() -> None:
    proc = run("check", "--format", "json", "examples/reply.txt")
    finding = json.loads(proc.stdout)["files"][0]["findings"][0]
    rule = {r.code: r for r in cs_lint.Linter().rules}[finding["code"]]
    assert rule.why == finding["why"]
    assert finding["docs"].endswith(f"docs/rules/{finding['code']}.md")


def test_rules_and_rule_honour_the_config(tmp_path: Path) -> None:
    (tmp_path / "acme.toml").write_text(PACK)
    (tmp_path / "cs-lint.toml").write_text('packs = ["acme.toml"]\n')
    listed = run("rules", cwd=tmp_path)
    assert "ACME501" in listed.stdout
    shown = run("rule", "ACME501", cwd=tmp_path)
    assert 0 == shown.returncode, shown.stderr
    assert "acme-stock-phrase" in shown.stdout
    elsewhere = run("rule", "ACME501", "--config", str(tmp_path / "cs-lint.toml"))
    assert 0 == elsewhere.returncode, elsewhere.stderr
    assert "ACME501" not in run("rules", "--no-config", cwd=tmp_path).stdout


def test_broken_pyproject_is_a_located_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cs-lint]\nselect = ["CS1"\nignore = ["CS105"]\n'
    )
    with pytest.raises(ConfigError) as info:
        cs_lint.find_config(tmp_path)
    assert info.value.line is not None
    proc = run("check", "-", stdin=b"Hi.", cwd=tmp_path)
    assert 2 == proc.returncode
    assert "pyproject.toml:" in proc.stderr


def test_a_broken_pyproject_of_another_tool_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project\nname = 'x'\n")
    assert cs_lint.find_config(tmp_path) is None


def test_tool_cs_lint_with_an_underscore(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.cs_lint]\nignore = ["CS105"]\n')
    assert path == cs_lint.find_config(tmp_path)
    assert ("CS105",) == load_config(path).ignore
    path.write_text('[tool.cs_lint]\nignroe = ["CS105"]\n')
    with pytest.raises(ConfigError, match="ignore") as info:
        load_config(path)
    assert 2 == info.value.line


def test_a_pyproject_that_cannot_name_cs_lint_is_not_parsed(tmp_path: Path) -> None:
    """
    Another project's pyproject.toml is passed over without parsing it (a
    pre-send hook does not import tomllib for it); a table named with an
    escape in a quoted key is still found.
    """
    path = tmp_path / "pyproject.toml"
    path.write_text("[project]\nname = 'x'\n[tool.black]\nline-length = 88\n")
    code = (
        "import sys, cs_lint; assert cs_lint.find_config(sys.argv[1]) is None; "
        "print('tomllib' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "False" == proc.stdout.strip()
    path.write_text('[tool."cs\\u005flint"]\nignore = ["CS105"]\n')
    assert path == cs_lint.find_config(tmp_path)
    assert ("CS105",) == load_config(path).ignore


def test_load_config_of_no_file_is_the_defaults(tmp_path: Path) -> None:
    assert cs_lint.Config() == load_config(cs_lint.find_config(tmp_path / "x"))


def test_select_empty_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "cs-lint.toml"
    path.write_text("select = []\n")
    with pytest.raises(ConfigError, match="selects no rule") as info:
        load_config(path)
    assert 1 == info.value.line


def test_email_block_as_a_string_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "cs-lint.toml"
    path.write_text('[email]\nblock = "error"\n')
    with pytest.raises(ConfigError, match=r'block = \["error"\]'):
        load_config(path)


def test_email_positions_are_file_positions(tmp_path: Path) -> None:
    draft = tmp_path / "draft.eml"
    draft.write_text(
        "From: a@example.com\nTo: b@example.com\nSubject: Re: order\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Hi Sam,\n\nThanks for writing.\nAs I already told you, it left Monday.\n"
        "\nBest,\nAmy\n"
    )
    proc = run("email", str(draft))
    assert f"{draft}:11:1: CS103 " in proc.stdout
    data = json.loads(run("email", "--format", "json", str(draft)).stdout)
    assert (11, 1) == (
        data["findings"][0]["file_line"],
        data["findings"][0]["file_column"],
    )


def test_email_positions_say_when_they_are_in_the_body() -> None:
    path = "tests/fixtures/email/gmail-reply.eml"  # quoted-printable
    proc = run("email", path)
    assert f"{path}[body]:3:" in proc.stdout
