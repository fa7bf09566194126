"""
The ``cs-lint`` command.

Exit codes: 0 clean (or nothing at or above the fail threshold), 1
findings at or above the threshold, 2 a usage, configuration or input
error, or a crash (one line on stderr, never a traceback; ``--debug`` or
``CS_LINT_DEBUG=1`` prints the traceback of a crash), 141 when the
output pipe closed early (the SIGPIPE convention: never 0, which would
read as "clean"), 130 on Ctrl-C.

``cs-lint email`` exits 0 on pass, 1 on warn, 3 on block and 2 on an
error (docs/email.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from cs_lint._base.errors import CsLintError, InputError, decode_utf8, read_input
from cs_lint._base.finding import (
    SCHEMA_VERSION,
    Finding,
    Findings,
    Severity,
    text_line,
)
from cs_lint._engine.config import Config, find_config, load_config
from cs_lint._mail.decide import EmailPolicy
from cs_lint._text.compiled import module_patterns


# As cs_lint's own imports (cs_lint/__init__.py): attrs' methods for the
# classes these modules define from the compiled-code store.
with module_patterns():
    from cs_lint._scale.options import add_audit_parser, baseline_options


if TYPE_CHECKING:
    from cs_lint._mail.report import EmailReport


EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
#: ``cs-lint email``: the draft may go (0), should be reviewed (1), is held (3).
EXIT_PASS = 0
EXIT_WARN = 1
EXIT_BLOCK = 3


EXIT_PIPE = 141
EXIT_INTERRUPT = 130
#: Set to 1 (or pass --debug) for the traceback of a crash.
DEBUG_ENV = "CS_LINT_DEBUG"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line: what is wrong and where to look, not the usage block.
        message = " ".join(message.split())
        self.exit(EXIT_ERROR, f"cs-lint: error: {message} (see {self.prog} --help)\n")


class _Skeleton(_Parser):
    """
    A command's parser that takes no arguments: the commands this process
    does not run (`_Commands`).
    """

    def add_argument(self, *args: Any, **kwargs: Any) -> Any:
        return None


class _Commands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """
    The subcommands, with the arguments of *wanted* only (every command's
    when None): ``cs-lint check FILE`` added every command's ~80 options,
    ~15 M instructions of a one-shot. Which command runs is the first
    argument that is not an option (the top level has no option that takes
    a value); `_command` picks it only when it names a command exactly, as
    argparse does, so the parse is the one every command's arguments give.
    """

    wanted: str | None = None

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self.wanted is None or name == self.wanted:
            return super().add_parser(name, **kwargs)
        real = self._parser_class
        self._parser_class = _Skeleton
        try:
            return super().add_parser(name, **kwargs)
        finally:
            self._parser_class = real


def _command(argv: Sequence[str] | None) -> str | None:
    """
    The command *argv* (the process's own when None) runs, when that is
    certain: its first argument that is not an option, or None.
    """
    args = sys.argv[1:] if argv is None else argv
    first = next((a for a in args if not a.startswith("-")), None)
    return first if first in _COMMANDS else None


#: Every subcommand `_parser` adds (tests/test_cli.py checks the list).
_COMMANDS = frozenset({"check", "email", "rules", "rule", "lsp", "audit", "server"})


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:
        msg = f"expected a number from 0 to 1, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _codes(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


class _Version(argparse.Action):
    """
    ``--version``, looked up only when asked for: reading the package
    metadata costs a one-shot ``cs-lint check`` ~15 ms otherwise.
    """

    def __init__(self, option_strings: Sequence[str], dest: str, **_: Any) -> None:
        super().__init__(
            option_strings,
            dest=argparse.SUPPRESS,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show program's version number and exit",
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> NoReturn:
        from cs_lint._base.version import version  # noqa: PLC0415

        sys.stdout.write(f"cs-lint {version()}\n")
        parser.exit()


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """
    The command line's parser; with *command*, the other commands take no
    arguments (`_Commands`).
    """
    parser = _Parser(
        prog="cs-lint",
        description="Lint customer-service replies.",
        epilog="Exit codes: 0 clean, 1 findings at or above --fail-on, 2 error.",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument(
        "--debug",
        action="store_true",
        help=f"print the traceback of a crash (or set {DEBUG_ENV}=1)",
    )
    parser.register("action", "parsers", _Commands)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    if isinstance(sub, _Commands):
        sub.wanted = command

    check = sub.add_parser("check", help="lint reply files (or - for stdin)")
    check.add_argument("files", nargs="+", metavar="FILE", help="text files, or -")
    check.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    _selection_options(check)
    check.add_argument(
        "--customer", type=Path, metavar="FILE", help="the customer message replied to"
    )
    _workflow_options(check)

    email = sub.add_parser(
        "email",
        help="check an email draft before it is sent (exit 0 pass, 1 warn, 3 block)",
        epilog="Exit codes: 0 pass, 1 warn, 3 block, 2 error.",
    )
    email.add_argument(
        "file", metavar="FILE", help=".eml / MIME message, or - for stdin"
    )
    email.add_argument("--format", choices=("text", "json"), default="text")
    email.add_argument(
        "--body",
        choices=("text", "html"),
        help="FILE is a bare body (plain text or HTML), not a MIME message",
    )
    _selection_options(email, fail_on=False)
    email.add_argument(
        "--block",
        type=_codes,
        help="what blocks: severities, codes, prefixes, families",
    )
    email.add_argument("--warn", type=_codes, help="what warns, in the same forms")
    email.add_argument(
        "--customer",
        type=Path,
        metavar="FILE",
        help="the customer message replied to (default: the quoted reply)",
    )
    email.add_argument(
        "--server",
        metavar="URL",
        help="check through a running cs-lint server (default: $CS_LINT_SERVER); "
        "in-process when it cannot be reached",
    )

    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--config", type=Path, help="config file (default: nearest)")

    rules.add_argument("--no-config", action="store_true", help="ignore config files")

    one = sub.add_parser("rule", help="show one rule's documentation")
    one.add_argument("code", help="a rule code or name, e.g. CS101")
    one.add_argument("--config", type=Path, help="config file (default: nearest)")
    one.add_argument("--no-config", action="store_true", help="ignore config files")

    lsp = sub.add_parser(
        "lsp",
        help="run the language server on stdin/stdout (needs cs-lint[lsp])",
        description="The cs_lint language server for editors (docs/editors.md).",
    )
    lsp.add_argument(
        "--stdio", action="store_true", help="talk over stdin/stdout (the default)"
    )

    add_audit_parser(sub, _selection_options)
    from cs_lint.server._cli import add_parser as add_server  # noqa: PLC0415

    add_server(sub)
    return parser


def _selection_options(
    command: argparse.ArgumentParser, *, fail_on: bool = True
) -> None:
    """
    The options every linting command shares (check, email, audit): which
    rules run, and which configuration.
    """
    command.add_argument(
        "--select", type=_codes, help="codes, prefixes, families or rule names"
    )
    command.add_argument(
        "--ignore", type=_codes, help="codes, prefixes, families or rule names"
    )
    command.add_argument("--preview", action="store_true", help="run preview rules too")
    command.add_argument(
        "--min-confidence",
        type=_confidence,
        metavar="0..1",
        help="report only findings at least this confident (default: all)",
    )
    if fail_on:
        command.add_argument(
            "--fail-on",
            choices=[s.value for s in Severity],
            help="lowest severity that makes the exit code 1 (default: warning)",
        )
    command.add_argument("--config", type=Path, help="config file (default: nearest)")
    command.add_argument("--no-config", action="store_true", help="ignore config files")


def _read(path: str) -> str:
    """
    Read a reply as UTF-8 text, or raise a one-line `InputError`.
    """
    data, where = read_input(path)
    return decode_utf8(data, where)


def _config(args: argparse.Namespace) -> Config:
    if getattr(args, "no_config", False):
        config = Config()
    elif args.config is not None:
        config = load_config(args.config)
    else:
        config = load_config(find_config())
    changes: dict[str, Any] = {}
    if getattr(args, "select", None):
        changes["select"] = args.select
    if getattr(args, "ignore", None):
        changes["ignore"] = (*config.ignore, *args.ignore)
    if getattr(args, "preview", False):
        changes["preview"] = True
    if getattr(args, "min_confidence", None) is not None:
        changes["min_confidence"] = args.min_confidence
    if getattr(args, "fail_on", None):
        changes["fail_on"] = args.fail_on
    block = getattr(args, "block", None)
    warn = getattr(args, "warn", None)
    if block is not None or warn is not None:
        changes["email"] = EmailPolicy(
            block=config.email.block if block is None else block,
            warn=config.email.warn if warn is None else warn,
        )
    return config.evolve(**changes) if changes else config


def _print_text(path: str, findings: list[Finding], out: TextIO) -> None:
    for f in findings:
        out.write(text_line(path, f) + "\n")
        for s in f.suggestions[:1]:
            out.write(f"    suggestion: {s.message}\n")
    note = findings.note() if isinstance(findings, Findings) else None
    if note:
        out.write(f"{path}: note: {note}\n")


def _workflow_options(command: argparse.ArgumentParser) -> None:
    """
    ``check``'s options for fixes, baselines, suppression and macro
    libraries (docs/editors.md).
    """
    group = command.add_argument_group("fixes, baselines and suppression")
    group.add_argument(
        "--fix", action="store_true", help="apply safe fixes to the files in place"
    )
    group.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff, apply unsafe fixes too (they may change the meaning)",
    )
    group.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a unified diff instead of writing them",
    )
    baseline_options(group)
    group.add_argument(
        "--text-col", help="macro libraries: field with the reply (default: text)"
    )
    group.add_argument(
        "--id-col", help="macro libraries: field naming the macro (default: its key)"
    )
    group.add_argument(
        "--customer-col", help="macro libraries: field with the customer message"
    )


def _started() -> None:
    """
    A command's linter is built: what start-up made (modules, rules, their
    indexes) lives until the process exits, so it is moved out of the cyclic
    collector's reach (`gc.freeze`). The collections linting triggers then
    walk what linting allocates, not the whole start-up heap again and again
    (~50 M instructions of a one-shot ``cs-lint check``). This is the
    command line's choice for its own process: only when `main` reads the
    process's own arguments (the ``cs-lint`` program), never when a host or
    a test calls ``main([...])`` in its process; the library never freezes
    a host's heap.
    """
    if not _OWN_PROCESS[0]:
        return
    import gc  # noqa: PLC0415

    gc.freeze()


#: Whether `main` runs as the ``cs-lint`` program (it was given no argv).
_OWN_PROCESS = [False]


def _check(args: argparse.Namespace, out: TextIO) -> int:
    from cs_lint._engine.linter import Linter  # noqa: PLC0415

    # As above: attrs' methods for the workflow's classes (a dozen) from
    # the compiled-code store, not compiled on every run (~19 M
    # instructions of a one-shot).
    with module_patterns():
        from cs_lint._scale.workflow import CheckRun, Options  # noqa: PLC0415

    if args.unsafe_fixes and not (args.fix or args.diff):
        raise InputError("--unsafe-fixes needs --fix or --diff")
    config = _config(args)
    linter = Linter(config)
    _started()
    customer = _read(str(args.customer)) if args.customer else None
    run = CheckRun(
        linter, Options.from_args(args), customer=customer, out=out, err=sys.stderr
    )
    reports = run.check(args.files)
    if args.write_baseline is not None:
        run.finish()
        return EXIT_ERROR if run.problems else EXIT_CLEAN
    # Fixed text (stdin) or a diff owns stdout; the findings go to stderr.
    if args.diff or (args.fix and "-" in args.files):
        out = sys.stderr
    results = [(r.path, [f for _, f in r.findings]) for r in reports]
    failing = sum(
        1 for _, fs in results for f in fs if f.severity.rank >= config.fail_on.rank
    )
    if args.format == "json":
        about = _about(linter.rules)
        payload = {
            "version": SCHEMA_VERSION,
            "files": [_file_json(r, args.show_suppressed, about) for r in reports],
        }
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "sarif":
        from cs_lint._scale.sarif import sarif_log  # noqa: PLC0415

        named = [("stdin" if path == "<stdin>" else path, fs) for path, fs in results]
        log = sarif_log(named, linter.rules)
        out.write(json.dumps(log, ensure_ascii=False, indent=2) + "\n")
    else:
        total = 0
        for path, fs in results:
            _print_text(path, fs, out)
            total += len(fs)
        if args.show_suppressed:
            for r in reports:
                for _, f, why in r.suppressed:
                    out.write(text_line(r.path, f, note=f"suppressed: {why}") + "\n")
        fixed = sum(r.fixed for r in reports)
        if fixed:
            verb = "Would fix" if args.diff else "Fixed"
            out.write(f"{verb} {_findings(fixed)}.\n")
        if total:
            left = " remaining" if args.fix or args.diff else ""
            out.write(f"Found {total} finding{'s' if total != 1 else ''}{left}.\n")
        else:
            out.write("All clear: no findings.\n")
    run.finish()
    if run.problems:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def _file_json(
    report: Any, show_suppressed: bool, about: dict[str, dict[str, str | None]]
) -> dict[str, Any]:
    def item(record: str | None, f: Finding, why: str | None = None) -> dict[str, Any]:
        data = {**f.to_dict(), **about.get(f.code, {})}
        if record is not None:
            data["record"] = record
        if why is not None:
            data["suppressed_by"] = why
        return data

    out: dict[str, Any] = {
        "path": "-" if report.path == "<stdin>" else report.path,
        "findings": [item(rid, f) for rid, f in report.findings],
    }
    if report.fixed:
        out["fixed"] = report.fixed
    if show_suppressed:
        out["suppressed"] = [item(rid, f, why) for rid, f, why in report.suppressed]
    return out


def _about(rules: Sequence[Any]) -> dict[str, dict[str, str | None]]:
    """
    Per rule code, what a JSON finding adds for a reader: the rule's *why*
    and, for a built-in rule, the URL of its documentation page.
    """
    from cs_lint._scale.sarif import DOCS_BASE  # noqa: PLC0415

    return {
        r.code: {
            "why": r.why,
            "docs": f"{DOCS_BASE}{r.code}.md"
            if r.source.startswith("cs_lint")
            else None,
        }
        for r in rules
    }


_EXIT_FOR = {"pass": EXIT_PASS, "warn": EXIT_WARN, "block": EXIT_BLOCK}


def _email(args: argparse.Namespace, out: TextIO) -> int:
    from cs_lint._engine.linter import Linter  # noqa: PLC0415

    server = (
        args.server if args.server is not None else os.environ.get("CS_LINT_SERVER")
    )
    if server:
        return _email_via_server(args, server.strip(), out)
    linter = Linter(_config(args))
    _started()
    customer = _read(str(args.customer)) if args.customer else None
    if args.body:
        body = _read(args.file)
        report = linter.check_email_body(
            body, html=args.body == "html", customer=customer
        )
        where = "<stdin>" if args.file == "-" else args.file
    else:
        data, where = read_input(args.file)
        try:
            report = linter.check_email(data, customer=customer)
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None
    if args.format == "json":
        payload = {"path": where, **report.to_dict()}
        about = _about(linter.rules)
        for item in payload["findings"]:
            item.update(about.get(item["code"], {}))
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_email(where, report, out)
    return _EXIT_FOR[report.verdict.value]


def _email_via_server(args: argparse.Namespace, server: str, out: TextIO) -> int:
    """
    ``cs-lint email --server URL``: check through the server, or in-process
    when it cannot be reached; say on stderr which path was taken.
    """
    from cs_lint.server._client import check_email  # noqa: PLC0415

    customer = _read(str(args.customer)) if args.customer else None
    data, where = read_input(args.file)
    try:
        checked = check_email(
            data,
            server=server,
            body=args.body,
            customer=customer,
            config=_config(args),
            select=args.select,
            ignore=args.ignore,
            preview=args.preview,
            block=args.block,
            warn=args.warn,
        )
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    sys.stderr.write(f"cs-lint: {checked.describe()}\n")
    report = checked.report
    if args.format == "json":
        from cs_lint._engine.registry import all_rules  # noqa: PLC0415

        payload = {"path": where, **report.to_dict()}
        about = _about(all_rules(_config(args)))
        for item in payload["findings"]:
            item.update(about.get(item["code"], {}))
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_email(where, report, out)
    return _EXIT_FOR[report.verdict.value]


def _print_email(path: str, report: EmailReport, out: TextIO) -> None:
    for f, action in zip(report.findings, report.actions, strict=True):
        # File coordinates where the body maps back to the file; else say
        # the position is in the decoded body.
        at = report.file_position(f)
        where = f"{path}:{at[0]}:{at[1]}" if at else f"{path}[body]:{f.line}:{f.column}"
        out.write(
            f"{where}: {f.code} {f.severity.value}: {f.message} [{f.name}] "
            f"({f.zone}, {action.value})\n"
        )
        for s in f.suggestions[:1]:
            out.write(f"    suggestion: {s.message}\n")
    for note in report.notes:
        out.write(f"note: {note}\n")
    verdict = report.verdict.value
    count = len(report.decision.findings)
    if verdict == "block":
        why = f"{_findings(count)} {'blocks' if count == 1 else 'block'} sending"
    elif verdict == "warn":
        why = f"{_findings(count)} to review before sending"
    elif report.findings:
        why = f"{_findings(len(report.findings))}, none blocks or warns"
    else:
        why = "no findings in the new text"
    out.write(f"Decision: {verdict} ({why}).\n")


def _findings(count: int) -> str:
    return f"{count} finding{'s' if count != 1 else ''}"


def _rules(args: argparse.Namespace, out: TextIO) -> int:
    from cs_lint._engine.registry import all_rules  # noqa: PLC0415

    config = _config(args)
    rules = sorted(all_rules(config), key=lambda r: r.code)
    if args.format == "json":
        out.write(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "family": r.family.value,
                        "severity": r.severity.value,
                        "preview": r.preview,
                        "message": r.message,
                        "why": r.why,
                        "source": r.source,
                    }
                    for r in rules
                ],
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
        return EXIT_CLEAN
    width = max((len(r.name) for r in rules), default=10)
    for r in rules:
        flag = " (preview)" if r.preview else ""
        out.write(
            f"{r.code}  {r.name:<{width}}  {r.family.value:<16} "
            f"{r.severity.value:<7}{flag}\n"
        )
    return EXIT_CLEAN


def _rule(args: argparse.Namespace, out: TextIO) -> int:
    from cs_lint._base.errors import did_you_mean  # noqa: PLC0415
    from cs_lint._engine.registry import all_rules  # noqa: PLC0415
    from cs_lint._scale.gendocs import render_rule  # noqa: PLC0415

    rules = all_rules(_config(args))
    for r in rules:
        if args.code in (r.code, r.name) or args.code.upper() == r.code:
            out.write(render_rule(r))
            return EXIT_CLEAN
    names = [r.code for r in rules] + [r.name for r in rules]
    msg = f"no rule {args.code!r}{did_you_mean(args.code, names)}"
    raise InputError(msg)


def _lsp() -> int:
    try:
        from cs_lint.lsp import serve  # noqa: PLC0415 - optional: cs-lint[lsp]
    except ImportError as exc:
        msg = f"cs-lint lsp needs pygls: pip install 'cs-lint[lsp]' ({exc})"
        raise InputError(msg) from None
    serve()
    return EXIT_CLEAN


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.command == "check":
        return _check(args, out)
    if args.command == "email":
        return _email(args, out)
    if args.command == "rules":
        return _rules(args, out)
    if args.command == "server":
        from cs_lint.server._cli import run as run_server  # noqa: PLC0415

        return run_server(args)
    if args.command == "audit":
        from cs_lint._scale.audit import run  # noqa: PLC0415

        return run(args, _config(args), out, sys.stderr)
    if args.command == "lsp":
        return _lsp()
    return _rule(args, out)


def _debugging(args: argparse.Namespace | None) -> bool:
    import os  # noqa: PLC0415

    return bool(getattr(args, "debug", False)) or os.environ.get(
        DEBUG_ENV, ""
    ).strip() not in ("", "0")


def _quiet_stdout() -> None:
    """
    After a closed pipe, point stdout at /dev/null so the interpreter's
    final flush does not print a second error.
    """
    import os  # noqa: PLC0415

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; return the exit code.

    Every failure is one line on stderr and exit 2: a usage,
    configuration or input error, and a crash (an uncaught exception, a
    rule error, a recursion limit) too, so that exit 1 always means
    findings. ``--debug`` (or ``CS_LINT_DEBUG=1``) adds the traceback of
    a crash.
    """
    args: argparse.Namespace | None = None
    try:
        _OWN_PROCESS[0] = argv is None
        args = _parser(_command(argv)).parse_args(argv)
        code = _run(args, sys.stdout)
        # A closed pipe shows up on the flush: here, not at exit.
        sys.stdout.flush()
        return code
    except CsLintError as exc:
        sys.stderr.write(f"cs-lint: error: {' '.join(str(exc).splitlines())}\n")
        if _debugging(args):
            import traceback  # noqa: PLC0415

            traceback.print_exc(file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPT
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_PIPE
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, exit 2
        if _debugging(args):
            import traceback  # noqa: PLC0415

            traceback.print_exc(file=sys.stderr)
        first = " ".join(str(exc).split())[:300]
        sys.stderr.write(
            f"cs-lint: internal error: {type(exc).__name__}: {first} "
            f"(please report it; --debug or {DEBUG_ENV}=1 shows the traceback)\n"
        )
        return EXIT_ERROR


def program() -> NoReturn:
    """
    The ``cs-lint`` program (its console script and ``python -m cs_lint``):
    `main` on the process's own arguments, then exit with its code.

    When `main` returns, what the command wrote is flushed and the exit
    handlers run (the derived tables and the compiled-code store are saved
    there); the interpreter's own teardown, which frees every module,
    rule, pattern and table one object at a time (~90 M instructions, 9% of
    a one-shot ``cs-lint check``) only to hand the memory back to the
    system, is skipped (`os._exit`). Only for the program: `main` called
    by a host, even with no arguments, returns as before. The normal exit
    is kept whenever skipping could lose something: another thread still
    runs (it would be killed, not joined), a tracer or profiler is set
    (``coverage run``, ``python -m cProfile`` write their results after the
    program returns), ``python -i`` waits for input, or flushing fails
    (the interpreter reports a closed pipe its own way).
    """
    code = main()
    if (
        _threads() == 1
        and sys.gettrace() is None
        and sys.getprofile() is None
        and not sys.flags.inspect
    ):
        import atexit  # noqa: PLC0415

        try:
            atexit._run_exitfuncs()
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
        except Exception:  # noqa: BLE001 - the normal exit reports it
            raise SystemExit(code) from None
        os._exit(code)
    raise SystemExit(code)


def _threads() -> int:
    """
    How many threads run (1 when `threading` was never imported: then no
    thread was started through it).
    """
    threading = sys.modules.get("threading")
    return 1 if threading is None else threading.active_count()


if __name__ == "__main__":
    program()
