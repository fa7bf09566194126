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
    #: Fields read when present, like *text*, unless another field is named.
    auto_customer: str = "customer"
    auto_id: str = "id"


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
    id_col = columns.id
    if id_col is None and columns.auto_id in row:
        id_col = columns.auto_id  # an "id" field names the record by default
    if id_col is not None:
        if id_col not in row:
            return _bad(source, default_id, _missing(where, id_col, row))
        rid = row[id_col]
        if isinstance(rid, (int, float)) and not isinstance(rid, bool):
            rid = str(rid)
        if not isinstance(rid, str) or not rid:
            msg = f"{where}: id column {id_col!r} is {rid!r}, not a name"
            return _bad(source, default_id, msg)
    assert isinstance(rid, str)
    if columns.text not in row:
        return _bad(source, rid, _missing(where, columns.text, row))
    text = row[columns.text]
    if not isinstance(text, str):
        msg = f"{where}: {columns.text!r} must be text, not {_json_type(text)}"
        return _bad(source, rid, msg)
    customer = None
    customer_col = columns.customer
    if customer_col is None and columns.auto_customer in row:
        customer_col = columns.auto_customer
    if customer_col is not None:
        if customer_col not in row:
            return _bad(source, rid, _missing(where, customer_col, row))
        customer = row[customer_col]
        if customer == "":
            customer = None
        if customer is not None and not isinstance(customer, str):
            msg = f"{where}: {customer_col!r} must be text, not {_json_type(customer)}"
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
        except RecursionError:
            yield _bad(source, where, f"{where}: not JSON: nested too deeply")
            continue
        yield _from_row(row, source, where, number, columns)


def _csv(path: Path, source: str, columns: Columns) -> Iterator[Item]:
    """
    Records of a CSV/TSV file, read strictly: a quote left open (which a
    lenient reader would let swallow every later row) or a cell past the
    size limit is an error record, never a silent loss.
    """
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    number = 0
    reader: csv.DictReader[str] | None = None
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, dialect=dialect, strict=True)
            if reader.fieldnames is None:
                return
            rows = iter(reader)
            while True:
                try:
                    row = next(rows)
                except StopIteration:
                    return
                except csv.Error as exc:
                    number += 1
                    where = f"{source}:{reader.line_num}"
                    yield _bad(
                        source, f"{source}:{number}", f"{where}: not valid CSV: {exc}"
                    )
                    if "field larger than field limit" not in str(exc):
                        # A broken quote leaves no way to find the next
                        # record: stop here, and say so.
                        return
                    continue
                number += 1
                where = f"{source}:{reader.line_num}"
                if None in row:
                    msg = f"{where}: more cells than the header has columns"
                    yield _bad(source, f"{source}:{number}", msg)
                    continue
                yield _from_row(row, source, where, number, columns)
    except UnicodeDecodeError as exc:
        msg = f"{source}: not UTF-8 text (at byte {exc.start} of a block); convert it to UTF-8 first"
        yield _bad(source, source, msg)
    except csv.Error as exc:
        yield _bad(source, source, f"{source}: not valid CSV: {exc}")


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
    except RecursionError:
        raise InputError(f"{source}: not JSON: nested too deeply") from None


def _load_yaml(path: Path, source: str) -> object:
    try:
        import yaml  # noqa: PLC0415 - optional: cs-lint[yaml]
    except ImportError:
        msg = f"{source}: reading YAML needs PyYAML: pip install 'cs-lint[yaml]'"
        raise InputError(msg) from None
    text = _utf8(path.read_bytes(), source)
    try:
        return yaml.safe_load(text)
    except RecursionError:
        raise InputError(f"{source}: not YAML: nested too deeply") from None
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
    """
    The reply files under *folder* (hidden ones left out), with anything
    of a reply suffix that is not a regular file (a FIFO, a socket, a
    dangling symbolic link) kept too, so it is reported, never skipped
    silently and never opened (a FIFO would block the run).
    """
    found = [
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in TEXT_SUFFIXES | EMAIL_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and not p.is_dir()
    ]
    return sorted(found)


def _not_regular(path: Path) -> str | None:
    """
    Why *path* (found in a directory) cannot be read as a file, or None.
    """
    import stat  # noqa: PLC0415

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a symbolic link to a file that does not exist; skipped"
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a file; skipped"
    if not stat.S_ISREG(mode):
        return "not a regular file; skipped"
    return None


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
    """
    Every record of every input. A file that cannot be read or parsed as
    a whole is one error record (named by the file) and the run goes on:
    one bad file never costs the others their records.
    """
    for name, path in plan:
        if path is None:
            yield from _jsonl(sys.stdin.buffer, "<stdin>", columns)
            continue
        if path.is_dir():
            try:
                files = _directory_files(path)
            except OSError as exc:
                yield _bad(name, name, f"{name}: cannot list: {exc.strerror or exc}")
                continue
            for file in files:
                why = _not_regular(file)
                if why is not None:
                    yield _bad(str(file), str(file), f"{file}: {why}")
                    continue
                yield from _file_items(file, str(file), columns)
            continue
        yield from _file_items(path, name, columns)


def _file_items(path: Path, name: str, columns: Columns) -> Iterator[Item]:
    """
    The records of one file, or one error record for it.
    """
    try:
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
        yield _bad(name, name, f"{name}: cannot read: {exc.strerror or exc}")
    except InputError as exc:
        yield _bad(name, name, str(exc))


def count_records(paths: Sequence[str], columns: Columns) -> int | None:
    """
    Count the records of *paths* cheaply, for a progress bar's total
    (None for stdin). Reading is fast next to linting.
    """
    try:
        return _count(paths, columns)
    except OSError:
        return None  # the run itself reports what cannot be read


def _count(paths: Sequence[str], columns: Columns) -> int | None:
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
        "--customer-col",
        help="field with the customer message answered (default: customer, when present)",
    )
    audit.add_argument(
        "--id-col",
        help="field naming the record (default: id when present, else FILE:LINE)",
    )
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


def _partial_path(output: Path) -> Path:
    """
    A new file beside *output* to write to, renamed over it on success.
    """
    import tempfile  # noqa: PLC0415

    folder = output.parent if str(output.parent) else Path()
    handle, name = tempfile.mkstemp(
        prefix=f".{output.name}.", suffix=".partial", dir=folder
    )
    os.close(handle)
    return Path(name)


def _finish(partial: Path, output: Path, *, keep: bool) -> None:
    """
    Rename the finished *partial* file over *output*, or remove it.
    """
    if keep:
        try:
            os.replace(partial, output)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise InputError(f"{output}: cannot write: {exc.strerror or exc}") from None
    else:
        partial.unlink(missing_ok=True)


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
    # -o FILE is written beside itself and renamed on success: a crash or
    # Ctrl-C leaves the previous file whole, never a truncated one.
    partial: Path | None = None
    target: TextIO
    try:
        if args.output:
            partial = _partial_path(args.output)
            target = partial.open("w", encoding="utf-8")
        else:
            target = out
    except OSError as exc:
        raise InputError(
            f"{args.output}: cannot write: {exc.strerror or exc}"
        ) from None
    done = False
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
        done = True
    finally:
        if bar is not None:
            bar.close()
        if target is not out:
            target.close()
        if partial is not None:
            _finish(partial, args.output, keep=done)
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
