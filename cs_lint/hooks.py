"""
The pre-send hooks, as console scripts of the package: ``cs-lint-sendmail``
(a sendmail wrapper for mutt and neomutt) and ``cs-lint-presend`` (for any
client that runs a command on the draft before sending).

They are installed with cs-lint, each with the interpreter it was
installed into, so a mail client that runs them with its own PATH (mutt
does) still finds cs_lint. A hook that fails open (sends unchecked
without a word) or shut (can never send) is worse than none, so both
follow one policy, documented in docs/email.md:

- a clean draft is sent (sendmail) or let through (presend);
- a blocking finding holds the draft; a warning holds it once
  (cs-lint-sendmail: sending the same text again sends it) or, for
  cs-lint-presend, only with ``CS_LINT_HOLD_ON_WARN=1``;
- when the draft cannot be checked (a configuration error, a draft that
  cannot be read, a crash), the hook prints one line saying why and
  holds the draft. ``CS_LINT_SEND_UNCHECKED=1`` is the explicit override:
  the draft is then sent unchecked with a one-line note. Never a
  traceback; never a silent unchecked send.

With ``CS_LINT_SERVER`` set (see docs/server.md), both check through a
running ``cs-lint server`` and fall back to checking in-process when it
does not answer, saying on stderr which path they took.

Exit codes of ``cs-lint-sendmail``: 0 sent (or the real sendmail's own
code), 1 held once for review, 3 blocked, 2 not sent because it could
not be checked or the real sendmail could not be run. ``cs-lint-presend``:
0 send, 1 do not send.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cs_lint._base.errors import CsLintError
from cs_lint._engine.config import Config, find_config, load_config
from cs_lint._mail.decide import Verdict


if TYPE_CHECKING:
    from cs_lint._mail.report import EmailReport


EXIT_SENT = 0
EXIT_HELD = 1
EXIT_ERROR = 2
EXIT_BLOCKED = 3

#: The real sendmail command (split like a shell would).
SENDMAIL_ENV = "CS_LINT_SENDMAIL"
DEFAULT_SENDMAIL = "/usr/sbin/sendmail -oi"
#: A configuration file to use instead of the nearest one.
CONFIG_ENV = "CS_LINT_CONFIG"
#: Where a held warning is remembered.
STATE_ENV = "CS_LINT_STATE"
#: 1: send a draft that cannot be checked, unchecked (with a note).
UNCHECKED_ENV = "CS_LINT_SEND_UNCHECKED"
#: 1: cs-lint-presend holds a draft with warnings too.
HOLD_ON_WARN_ENV = "CS_LINT_HOLD_ON_WARN"


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "yes", "true", "on")


def _config() -> Config:
    given = os.environ.get(CONFIG_ENV)
    return load_config(given if given else find_config())


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if isinstance(exc, CsLintError):
        return text
    return f"internal error: {type(exc).__name__}: {text}"


def _check(message: bytes, err: TextIO) -> EmailReport:
    """
    Check the message through the cs-lint server named by
    ``$CS_LINT_SERVER`` when there is one (no start-up cost per mail),
    else in-process; with a server configured, say which path was taken.
    """
    from cs_lint.server import check_email  # noqa: PLC0415 - stdlib-only client

    checked = check_email(message, config=_config())
    if checked.server:
        err.write(f"cs-lint: {checked.describe()}\n")
    return checked.report


def _show(report: EmailReport, out: TextIO) -> None:
    for f, action in zip(report.findings, report.actions, strict=True):
        if action is not Verdict.PASS:
            out.write(f"{action.value}: line {f.line}: {f.code} {f.message}\n")
            for s in f.suggestions[:1]:
                out.write(f"    suggestion: {s.message}\n")


def _send(message: bytes, argv: Sequence[str], err: TextIO) -> int:
    command = shlex.split(os.environ.get(SENDMAIL_ENV) or DEFAULT_SENDMAIL)
    try:
        return subprocess.run([*command, *argv], input=message, check=False).returncode
    except OSError as exc:
        err.write(
            f"cs-lint: cannot run the real sendmail {command[0]!r} "
            f"({exc.strerror or exc}); the mail was NOT sent. Set {SENDMAIL_ENV} "
            "to your sendmail command.\n"
        )
        return EXIT_ERROR


def _unchecked(why: str, send: bool, out: TextIO, err: TextIO) -> bool:
    """
    Say that the draft could not be checked; return whether to send it
    anyway (only with the explicit override).
    """
    if send:
        err.write(f"cs-lint: cannot check this mail ({why}); sent unchecked.\n")
        return True
    out.write(
        f"cs-lint: cannot check this mail ({why}); it was NOT sent. Fix the "
        f"problem, or set {UNCHECKED_ENV}=1 to send it unchecked.\n"
    )
    return False


def sendmail(argv: Sequence[str], stdin: bytes, out: TextIO, err: TextIO) -> int:
    """
    The sendmail wrapper: check *stdin* (the message), then hand it to the
    real sendmail with *argv*, hold it, or block it (see the module doc).
    """
    try:
        report = _check(stdin, err)
    except Exception as exc:  # noqa: BLE001 - one policy for every failure
        if _unchecked(_one_line(exc), _flag(UNCHECKED_ENV), out, err):
            return _send(stdin, argv, err)
        return EXIT_ERROR
    state = Path(os.environ.get(STATE_ENV) or Path.home() / ".cache" / "cs-lint")
    held = state / "held-warning"
    if report.verdict is Verdict.BLOCK:
        out.write("cs-lint: this mail was NOT sent. Edit the draft and send again.\n")
        _show(report, out)
        return EXIT_BLOCKED
    if report.verdict is Verdict.WARN:
        key = hashlib.sha256(report.text.encode("utf-8", "surrogatepass")).hexdigest()
        try:
            seen = held.is_file() and held.read_text(encoding="utf-8") == key
            if not seen:
                state.mkdir(parents=True, exist_ok=True)
                held.write_text(key, encoding="utf-8")
        except OSError as exc:
            out.write(
                f"cs-lint: cannot remember the held warning in {state} "
                f"({exc.strerror or exc}); the mail was NOT sent. Set {STATE_ENV}.\n"
            )
            return EXIT_ERROR
        if not seen:
            out.write(
                "cs-lint: held once for review; send again unchanged to send it.\n"
            )
            _show(report, out)
            return EXIT_HELD
    # A stale marker only holds the next warning once more.
    with contextlib.suppress(OSError):
        held.unlink(missing_ok=True)
    return _send(stdin, argv, err)


def presend(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    """
    The generic pre-send hook: ``cs-lint email`` on the draft, with the
    hooks' policy: exit 0 send, 1 do not send.
    """
    from cs_lint.cli import main as cli  # noqa: PLC0415

    code = cli(["email", *argv])
    if code == 0:
        return 0
    if code == 1:
        return 1 if _flag(HOLD_ON_WARN_ENV) else 0
    if code == 3:
        err.write("cs-lint: not sent; edit the draft and send again.\n")
        return 1
    # cs-lint email has printed the reason on one line.
    if _flag(UNCHECKED_ENV):
        err.write("cs-lint: could not check the draft; sending it unchecked.\n")
        return 0
    err.write(
        f"cs-lint: could not check the draft; not sent. Fix the problem, or set "
        f"{UNCHECKED_ENV}=1 to send it unchecked.\n"
    )
    return 1


def sendmail_main() -> int:
    """
    The ``cs-lint-sendmail`` console script.
    """
    try:
        stdin = sys.stdin.buffer.read()
    except (OSError, KeyboardInterrupt):
        sys.stdout.write("cs-lint: could not read the mail; it was NOT sent.\n")
        return EXIT_ERROR
    try:
        return sendmail(sys.argv[1:], stdin, sys.stdout, sys.stderr)
    except KeyboardInterrupt:
        sys.stdout.write("cs-lint: interrupted; the mail was NOT sent.\n")
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - never a traceback in the mail client
        sys.stdout.write(f"cs-lint: {_one_line(exc)}; the mail was NOT sent.\n")
        return EXIT_ERROR


def presend_main() -> int:
    """
    The ``cs-lint-presend`` console script.
    """
    try:
        return presend(sys.argv[1:], sys.stdout, sys.stderr)
    except KeyboardInterrupt:
        return 1
    except Exception as exc:  # noqa: BLE001 - never a traceback in the mail client
        sys.stderr.write(f"cs-lint: {_one_line(exc)}; not sent.\n")
        return 1
