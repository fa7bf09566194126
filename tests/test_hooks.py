"""
The pre-send hooks as users wire them (issue 18, items 1 and 2): the
console scripts cs-lint-sendmail and cs-lint-presend follow one policy
when a draft cannot be checked (one line, the mail held, an explicit
override to send it unchecked, never a traceback), and the documented
mutt recipe works with a real neomutt in batch mode.

neomutt comes from the distribution (.ci/run installs Debian's
``neomutt``); the neomutt tests skip, saying so, only where it is not
installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


SCRIPTS = Path(sys.executable).parent
SENDMAIL = SCRIPTS / "cs-lint-sendmail"
PRESEND = SCRIPTS / "cs-lint-presend"
DRAFT = (
    b"From: Amy <amy@acme.example>\nTo: sam@example.com\nSubject: Re: refund\n\n"
    b"Hi Sam,\n\nAs I already told you, the refund takes a week.\n\nBest,\nAmy\n"
)
CLEAN = b"From: Amy <amy@acme.example>\nTo: sam@example.com\nSubject: Re: refund\n\nHi Sam,\n\nYour refund went out today.\n\nBest,\nAmy\n"


@pytest.fixture
def sink(tmp_path: Path) -> dict[str, str]:
    """
    A sink sendmail that keeps what it is given, and a config that blocks
    CS103.
    """
    script = tmp_path / "sink.sh"
    script.write_text('#!/bin/sh\ncat > "$SINK_FILE"\n')
    script.chmod(0o755)
    (tmp_path / "cs-lint.toml").write_text(
        'select = ["accusatory"]\n[email]\nblock = ["CS103"]\n'
    )
    return {
        "SINK_FILE": str(tmp_path / "sent.eml"),
        "CS_LINT_SENDMAIL": str(script),
        "CS_LINT_CONFIG": str(tmp_path / "cs-lint.toml"),
        "CS_LINT_STATE": str(tmp_path / "state"),
        "HOME": str(tmp_path),
        # The client's PATH, without this installation's bin directory: the
        # script must carry its own interpreter.
        "PATH": "/usr/bin:/bin",
    }


def _run(
    command: list[str], stdin: bytes, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
        env=env,
        cwd=env.get("HOME"),
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def _one_line(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    assert 1 == len(lines), lines


def test_scripts_are_installed_with_their_interpreter() -> None:
    for script in (SENDMAIL, PRESEND):
        first = script.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#!")
        assert Path(first[2:].split()[0]).resolve() == Path(sys.executable).resolve()


@pytest.mark.parametrize(
    "config",
    [
        'select = ["CS1O1"]\n',  # a typo
        "select = [\n",  # not TOML
    ],
)
def test_sendmail_holds_a_mail_it_cannot_check(
    sink: dict[str, str], tmp_path: Path, config: str
) -> None:
    (tmp_path / "cs-lint.toml").write_text(config)
    proc = _run([str(SENDMAIL), "-oi", "--", "sam@example.com"], CLEAN, sink)
    assert 2 == proc.returncode
    _one_line(proc)
    assert "cannot check this mail" in proc.stdout
    assert "NOT sent" in proc.stdout
    assert "CS_LINT_SEND_UNCHECKED=1" in proc.stdout
    assert not (tmp_path / "sent.eml").exists()
    sent = _run(
        [str(SENDMAIL), "-oi", "--", "sam@example.com"],
        CLEAN,
        {**sink, "CS_LINT_SEND_UNCHECKED": "1"},
    )
    assert 0 == sent.returncode
    _one_line(sent)
    assert "sent unchecked" in sent.stderr
    assert CLEAN == (tmp_path / "sent.eml").read_bytes()


def test_presend_holds_a_draft_it_cannot_check(
    sink: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "cs-lint.toml").write_text('select = ["CS1O1"]\n')
    (tmp_path / "draft.eml").write_bytes(CLEAN)
    proc = _run([str(PRESEND), "draft.eml"], b"", sink)
    assert 1 == proc.returncode
    assert "Traceback" not in proc.stderr
    assert "not sent" in proc.stderr
    assert "CS1O1" in proc.stderr
    forced = _run(
        [str(PRESEND), "draft.eml"], b"", {**sink, "CS_LINT_SEND_UNCHECKED": "1"}
    )
    assert 0 == forced.returncode
    assert "sending it unchecked" in forced.stderr


def test_a_missing_real_sendmail(sink: dict[str, str], tmp_path: Path) -> None:
    env = {**sink, "CS_LINT_SENDMAIL": str(tmp_path / "no-such-sendmail")}
    proc = _run([str(SENDMAIL), "--", "sam@example.com"], CLEAN, env)
    assert 2 == proc.returncode
    _one_line(proc)
    assert "cannot run the real sendmail" in proc.stderr
    assert "NOT sent" in proc.stderr


def test_the_default_real_sendmail_missing(
    sink: dict[str, str], tmp_path: Path
) -> None:
    env = {k: v for k, v in sink.items() if k != "CS_LINT_SENDMAIL"}
    if Path("/usr/sbin/sendmail").exists():
        pytest.skip("this machine has a /usr/sbin/sendmail: not sending real mail")
    proc = _run([str(SENDMAIL), "--", "sam@example.com"], CLEAN, env)
    assert 2 == proc.returncode
    assert "/usr/sbin/sendmail" in proc.stderr


# -- the documented mutt recipe, with a real neomutt ------------------------------

NEOMUTT = shutil.which("neomutt")
needs_neomutt = pytest.mark.skipif(
    NEOMUTT is None,
    reason="neomutt is not installed (.ci/run installs Debian's neomutt as root)",
)


def _muttrc(tmp_path: Path) -> Path:
    # The recipe of docs/email.md: $sendmail is the installed console script.
    rc = tmp_path / "muttrc"
    rc.write_text(
        f'set sendmail = "{SENDMAIL}"\n'
        'set from = "Amy <amy@acme.example>"\n'
        "set use_from = yes\n"
        'set record = ""\n'
        f'set folder = "{tmp_path}"\n'
        'set postponed = ""\n'
        'set charset = "utf-8"\n'
    )
    return rc


def _neomutt(
    tmp_path: Path, body: bytes, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    assert NEOMUTT is not None
    return _run(
        [
            NEOMUTT,
            "-n",
            "-F",
            str(_muttrc(tmp_path)),
            "-s",
            "Re: refund",
            "--",
            "sam@example.com",
        ],
        body,
        env,
    )


@needs_neomutt
def test_neomutt_sends_a_clean_mail(sink: dict[str, str], tmp_path: Path) -> None:
    body = b"Hi Sam,\n\nYour refund went out today.\n\nBest,\nAmy\n"
    proc = _neomutt(tmp_path, body, sink)
    assert 0 == proc.returncode, proc.stdout + proc.stderr
    sent = (tmp_path / "sent.eml").read_bytes()
    assert b"Subject: Re: refund" in sent
    assert body.replace(b"\n", b"") in sent.replace(b"\n", b"")


@needs_neomutt
def test_neomutt_holds_a_blocked_mail(sink: dict[str, str], tmp_path: Path) -> None:
    body = b"Hi Sam,\n\nAs I already told you, the refund takes a week.\n\nBest,\nAmy\n"
    proc = _neomutt(tmp_path, body, sink)
    assert 0 != proc.returncode
    assert "this mail was NOT sent" in proc.stdout + proc.stderr
    assert "CS103" in proc.stdout + proc.stderr
    assert "child exited 3" in proc.stdout + proc.stderr
    assert not (tmp_path / "sent.eml").exists()


@needs_neomutt
def test_neomutt_holds_a_warning_once(sink: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "cs-lint.toml").write_text('select = ["accusatory"]\n')
    body = b"Hi Sam,\n\nAs I already told you, the refund takes a week.\n\nBest,\nAmy\n"
    first = _neomutt(tmp_path, body, sink)
    assert 0 != first.returncode
    assert "held once for review" in first.stdout + first.stderr
    assert not (tmp_path / "sent.eml").exists()
    second = _neomutt(tmp_path, body, sink)
    assert 0 == second.returncode, second.stdout + second.stderr
    assert (tmp_path / "sent.eml").exists()


@needs_neomutt
def test_neomutt_with_a_broken_config(sink: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "cs-lint.toml").write_text('select = ["CS1O1"]\n')
    body = b"Hi Sam,\n\nYour refund went out today.\n\nBest,\nAmy\n"
    held = _neomutt(tmp_path, body, sink)
    assert 0 != held.returncode
    assert "cannot check this mail" in held.stdout + held.stderr
    assert "Traceback" not in held.stdout + held.stderr
    assert not (tmp_path / "sent.eml").exists()
    sent = _neomutt(tmp_path, body, {**sink, "CS_LINT_SEND_UNCHECKED": "1"})
    assert 0 == sent.returncode
    assert (tmp_path / "sent.eml").exists()


def test_sendmail_checks_through_a_server_when_one_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    With CS_LINT_SERVER naming a server that does not answer, the wrapper
    says so on stderr, checks in-process and applies the same policy.
    """
    import io
    import socket

    from cs_lint.hooks import sendmail

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("CS_LINT_SERVER", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("CS_LINT_STATE", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)
    message = (
        b"From: a@example.com\nTo: b@example.com\nSubject: x\n\n"
        b"You failed to attach the receipt, obviously.\n"
    )
    out, err = io.StringIO(), io.StringIO()
    code = sendmail([], message, out, err)
    assert code in (1, 3)
    assert f"cs-lint server at http://127.0.0.1:{port} not used" in err.getvalue()
    assert "checked in-process" in err.getvalue()
    assert "NOT sent" in out.getvalue() or "held once" in out.getvalue()
