"""
``cs-lint audit``: read ticket exports and macro libraries (JSON Lines,
CSV, JSON, YAML, or a directory of ``.txt`` / ``.md`` / ``.eml`` files),
lint every reply with `lint_many` and write one record per input (JSON
Lines, text or SARIF) and a summary.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

import attrs

from cs_lint._base.errors import InputError, decode_utf8
from cs_lint._base.finding import SCHEMA_VERSION
from cs_lint._engine.config import Config
from cs_lint._scale.batch import LintResult, Record, Tally, lint_many


#: One reply per file, linted as plain text.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
#: One email per file, read with `Linter.check_email`.
EMAIL_SUFFIXES = frozenset({".eml"})
#: Many records per file.
DATA_SUFFIXES = frozenset(
    {".jsonl", ".ndjson", ".csv", ".tsv", ".json", ".yaml", ".yml"}
)

# Lets a CSV cell hold a whole email thread.
_CSV_FIELD_LIMIT = 1 << 27


@attrs.frozen
class Columns:
    """
    Which fields of a data record hold the reply, the customer message and
    the record's id (the id names the record in every output).
    """

    text: str = "text"
    customer: str | None = None
    id: str | None = None


@attrs.frozen
class Item:
    """
    A record to lint and the file it came from.
    """

    source: str
    record: Record | LintResult


def _bad(source: str, rid: str, message: str) -> Item:
    return Item(source, LintResult(rid, error=message))


def _utf8(data: bytes, where: str) -> str:
    return decode_utf8(data, where)


def _from_row(
    row: object, source: str, where: str, number: int | str, columns: Columns
) -> Item:
    """
    Turn one data record (a mapping, or a bare string) into an item.
    """
    default_id = f"{source}:{number}"
    if isinstance(row, str):
        return Item(source, Record(row, id=default_id))
    if not isinstance(row, Mapping):
        msg = f"{where}: expected an object or a string, got {type(row).__name__}"
        return _bad(source, default_id, msg)
    rid: object = default_id
    if columns.id is not None:
        if columns.id not in row:
            return _bad(source, default_id, _missing(where, columns.id, row))
        rid = row[columns.id]
        if isinstance(rid, (int, float)) and not isinstance(rid, bool):
            rid = str(rid)
        if not isinstance(rid, str) or not rid:
            msg = f"{where}: id column {columns.id!r} is {rid!r}, not a name"
            return _bad(source, default_id, msg)
    assert isinstance(rid, str)
    if columns.text not in row:
        return _bad(source, rid, _missing(where, columns.text, row))
    text = row[columns.text]
    if not isinstance(text, str):
        msg = f"{where}: {columns.text!r} must be text, not {_json_type(text)}"
        return _bad(source, rid, msg)
    customer = None
    if columns.customer is not None:
        if columns.customer not in row:
            return _bad(source, rid, _missing(where, columns.customer, row))
        customer = row[columns.customer]
        if customer == "":
            customer = None
        if customer is not None and not isinstance(customer, str):
            msg = f"{where}: {columns.customer!r} must be text, not {_json_type(customer)}"
            return _bad(source, rid, msg)
    return Item(source, Record(text, id=rid, customer=customer))


def _json_type(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _missing(where: str, column: str, row: Mapping[Any, Any]) -> str:
    names = ", ".join(map(str, row)) or "none"
    return f"{where}: no column {column!r} (columns: {names})"


def _jsonl(stream: IO[bytes], source: str, columns: Columns) -> Iterator[Item]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        try:
            row = json.loads(_utf8(raw, where))
        except InputError as exc:
            yield _bad(source, where, str(exc))
            continue
        except json.JSONDecodeError as exc:
            yield _bad(
                source, where, f"{where}: not JSON: {exc.msg} (column {exc.colno})"
            )
            continue
        yield _from_row(row, source, where, number, columns)


def _csv(path: Path, source: str, columns: Columns) -> Iterator[Item]:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, dialect=dialect)
            if reader.fieldnames is None:
                return
            for number, row in enumerate(reader, start=1):
                where = f"{source}:{reader.line_num}"
                if None in row:
                    msg = f"{where}: more cells than the header has columns"
                    yield _bad(source, f"{source}:{number}", msg)
                    continue
                yield _from_row(row, source, where, number, columns)
    except UnicodeDecodeError as exc:
        msg = f"{source}: not UTF-8 text (at byte {exc.start} of a block); convert it to UTF-8 first"
        raise InputError(msg) from None
    except csv.Error as exc:
        raise InputError(f"{source}: not valid CSV: {exc}") from None


def _structured(data: object, source: str, columns: Columns) -> Iterator[Item]:
    """
    Records from a parsed JSON / YAML document: a list of records, a
    mapping of name to record (or to text), or one key holding a list.
    """
    if isinstance(data, Mapping) and len(data) == 1:
        (only,) = data.values()
        if isinstance(only, list):
            data = only
    if isinstance(data, list):
        for i, row in enumerate(data):
            yield _from_row(row, source, f"{source}: record {i}", i, columns)
    elif isinstance(data, Mapping):
        for name, row in data.items():
            named = f"{source}: {name}"
            if isinstance(row, str):
                yield Item(source, Record(row, id=str(name)))
            elif isinstance(row, Mapping) and columns.id is None:
                item = _from_row(row, source, named, str(name), columns)
                record = item.record
                if isinstance(record, Record):
                    record = attrs.evolve(record, id=str(name))
                yield Item(source, record)
            else:
                yield _from_row(row, source, named, str(name), columns)
    else:
        msg = f"{source}: expected a list of records or a mapping of name to record, got {_json_type(data)}"
        raise InputError(msg)


def _load_json(path: Path, source: str) -> object:
    text = _utf8(path.read_bytes(), source)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"{source}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}"
        raise InputError(msg) from None


def _load_yaml(path: Path, source: str) -> object:
    try:
        import yaml  # noqa: PLC0415 - optional: cs-lint[yaml]
    except ImportError:
        msg = f"{source}: reading YAML needs PyYAML: pip install 'cs-lint[yaml]'"
        raise InputError(msg) from None
    text = _utf8(path.read_bytes(), source)
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        problem = getattr(exc, "problem", None) or exc
        raise InputError(f"{where}: not YAML: {problem}") from None


def _file_item(path: Path, source: str) -> Item:
    data = path.read_bytes()
    if path.suffix.lower() in EMAIL_SUFFIXES:
        return Item(source, Record(data, id=source, email=True))
    try:
        text = _utf8(data, source)
    except InputError as exc:
        return _bad(source, source, str(exc))
    return Item(source, Record(text, id=source))


def _directory_files(folder: Path) -> list[Path]:
    found = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in TEXT_SUFFIXES | EMAIL_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return sorted(found)


def _plan(paths: Sequence[str]) -> list[tuple[str, Path | None]]:
    """
    Check every input exists and is of a known kind before any work.
    """
    known = sorted(TEXT_SUFFIXES | EMAIL_SUFFIXES | DATA_SUFFIXES)
    plan: list[tuple[str, Path | None]] = []
    for name in paths:
        if name == "-":
            plan.append((name, None))
            continue
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file or directory")
        if path.is_file() and path.suffix.lower() not in known:
            msg = (
                f"{name}: unknown kind of file {path.suffix or '(no suffix)'!r}; "
                f"audit reads {', '.join(known)} files and directories"
            )
            raise InputError(msg)
        plan.append((name, path))
    return plan


def read_items(paths: Sequence[str], columns: Columns) -> Iterator[Item]:
    """
    Yield an `Item` per record of *paths* (``-`` is JSON Lines on stdin).

    Raises:
        InputError: a path does not exist or is of an unknown kind (before
            anything is read), or a whole file cannot be read.
    """
    plan = _plan(paths)
    return _items(plan, columns)


def _items(plan: list[tuple[str, Path | None]], columns: Columns) -> Iterator[Item]:
    for name, path in plan:
        if path is None:
            yield from _jsonl(sys.stdin.buffer, "<stdin>", columns)
            continue
        try:
            if path.is_dir():
                for file in _directory_files(path):
                    yield _file_item(file, str(file))
                continue
            suffix = path.suffix.lower()
            if suffix in TEXT_SUFFIXES | EMAIL_SUFFIXES:
                yield _file_item(path, name)
            elif suffix in {".jsonl", ".ndjson"}:
                with path.open("rb") as stream:
                    yield from _jsonl(stream, name, columns)
            elif suffix in {".csv", ".tsv"}:
                yield from _csv(path, name, columns)
            elif suffix == ".json":
                yield from _structured(_load_json(path, name), name, columns)
            else:
                yield from _structured(_load_yaml(path, name), name, columns)
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None


def count_records(paths: Sequence[str], columns: Columns) -> int | None:
    """
    Count the records of *paths* cheaply, for a progress bar's total
    (None for stdin). Reading is fast next to linting.
    """
    total = 0
    for name, path in _plan(paths):
        if path is None:
            return None
        if path.is_dir():
            total += len(_directory_files(path))
        elif path.suffix.lower() in {".jsonl", ".ndjson"}:
            with path.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        elif path.suffix.lower() in TEXT_SUFFIXES | EMAIL_SUFFIXES:
            total += 1
        else:
            total += sum(1 for _ in _items([(name, path)], columns))
    return total


# --- the command ---------------------------------------------------------------------


def add_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """
    Add ``cs-lint audit`` to the subcommands *sub*.
    """
    audit = sub.add_parser(
        "audit",
        help="lint ticket exports and macro libraries over every core",
        description=(
            "Lint every reply in JSON Lines, CSV/TSV, JSON or YAML files, or in "
            "a directory of .txt/.md/.eml files; write one record per reply and "
            "a summary."
        ),
        epilog="Exit codes: 0 clean, 1 findings at or above --fail-on, 2 error "
        "(a file or a record could not be read).",
    )
    audit.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="files or directories; - is JSON Lines on stdin",
    )
    audit.add_argument(
        "--format",
        choices=("jsonl", "text", "sarif"),
        default="jsonl",
        help="jsonl: one record per reply (default); text: one line per finding",
    )
    audit.add_argument(
        "--output", "-o", type=Path, help="write results here, not stdout"
    )
    audit.add_argument(
        "--text-col", default="text", help="field with the reply (default: text)"
    )
    audit.add_argument(
        "--customer-col", help="field with the customer message answered"
    )
    audit.add_argument("--id-col", help="field naming the record (default: FILE:LINE)")
    audit.add_argument(
        "--summary", type=Path, metavar="FILE", help="write the summary as JSON"
    )
    audit.add_argument(
        "--worst", type=int, default=10, help="worst replies listed (10)"
    )
    audit.add_argument("--workers", type=int, help="processes (default: every CPU)")
    audit.add_argument(
        "--quiet", "-q", action="store_true", help="no summary, no progress bar"
    )
    common(audit)


def _progress(total: int | None, err: TextIO) -> Any:
    """
    A tqdm progress bar on *err*, or None when tqdm is not installed (it
    comes with ``pip install cs-lint[progress]``; the run is the same
    without it).
    """
    try:
        from tqdm import tqdm  # noqa: PLC0415 - only a terminal run needs it
    except ImportError:
        return None

    try:
        width, height = os.get_terminal_size(err.fileno())
    except (OSError, ValueError):
        width, height = 0, 0
    # A terminal that reports no size (some CI ptys) would hide the bar.
    return tqdm(
        total=total,
        unit="reply",
        file=err,
        ncols=width or 80,
        nrows=height or 24,
        leave=False,
    )


def run(args: argparse.Namespace, config: Config, out: TextIO, err: TextIO) -> int:
    """
    Run ``cs-lint audit``; return the exit code.
    """
    from cs_lint._engine.linter import Linter  # noqa: PLC0415

    columns = Columns(text=args.text_col, customer=args.customer_col, id=args.id_col)
    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers must be 1 or more, got {args.workers}")
    if args.worst < 0:
        raise InputError(f"--worst must be 0 or more, got {args.worst}")
    linter = Linter(config)
    items = read_items(args.files, columns)
    bar = None
    if not args.quiet and err.isatty():
        bar = _progress(count_records(args.files, columns), err)
    sources: deque[str] = deque()

    def records() -> Iterator[Record | LintResult]:
        for item in items:
            sources.append(item.source)
            yield item.record

    tally = Tally(args.worst)
    failing = 0
    rank = config.fail_on.rank
    errors: list[tuple[str, str]] = []
    sarif: list[tuple[str, Sequence[Any]]] = []
    try:
        target = args.output.open("w", encoding="utf-8") if args.output else out
    except OSError as exc:
        raise InputError(
            f"{args.output}: cannot write: {exc.strerror or exc}"
        ) from None
    try:
        for result in lint_many(records(), config=config, workers=args.workers):
            source = sources.popleft()
            tally.add(result)
            if bar is not None:
                bar.update(1)
            failing += sum(1 for f in result.findings if f.severity.rank >= rank)
            location = str(result.id)
            if result.error is not None:
                errors.append((location, result.error))
                if bar is not None:
                    bar.write(f"cs-lint: error: {result.error}", file=err)
                else:
                    err.write(f"cs-lint: error: {result.error}\n")
            if args.format == "jsonl":
                payload = {
                    "version": SCHEMA_VERSION,
                    "source": source,
                    **result.to_dict(),
                }
                target.write(json.dumps(payload, ensure_ascii=False) + "\n")
            elif args.format == "text":
                for f in result.findings:
                    target.write(
                        f"{location}:{f.line}:{f.column}: {f.code} {f.message} [{f.name}]\n"
                    )
            elif result.findings:
                sarif.append((location, result.findings))
        if args.format == "sarif":
            from cs_lint._scale.sarif import sarif_log  # noqa: PLC0415

            log = sarif_log(sarif, linter.rules, errors=errors)
            target.write(json.dumps(log, ensure_ascii=False, indent=2) + "\n")
    finally:
        if bar is not None:
            bar.close()
        if target is not out:
            target.close()
    summary = tally.summary()
    if args.summary is not None:
        try:
            args.summary.write_text(
                json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            raise InputError(
                f"{args.summary}: cannot write: {exc.strerror or exc}"
            ) from None
    if not args.quiet:
        err.write(summary.render())
    if errors:
        return 2
    return 1 if failing else 0
