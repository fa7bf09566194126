"""
``cs-lint audit``: read ticket exports and macro libraries (JSON Lines,
CSV, JSON, YAML, or a directory of ``.txt`` / ``.md`` / ``.eml`` files),
lint every reply with `lint_many` and write one record per input (JSON
Lines, text or SARIF) and a summary.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

import attrs

from cs_lint._base.errors import InputError, decode_utf8
from cs_lint._base.finding import SCHEMA_VERSION, text_line
from cs_lint._engine.config import Config
from cs_lint._scale.batch import LintResult, Record, Tally, lint_many
from cs_lint._scale.options import Columns
from cs_lint._scale.sourcemap import (
    JNode,
    ValueMap,
    csv_cells,
    json_child,
    json_tree,
    yaml_compose,
    yaml_scalar_map,
    yaml_scalar_spans,
)


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
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for item, _ in _csv_rows(handle, source, columns, dialect):
                yield item
    except UnicodeDecodeError as exc:
        msg = f"{source}: not UTF-8 text (at byte {exc.start} of a block); convert it to UTF-8 first"
        yield _bad(source, source, msg)
    except csv.Error as exc:
        yield _bad(source, source, f"{source}: not valid CSV: {exc}")


def _csv_rows(
    handle: IO[str], source: str, columns: Columns, dialect: str
) -> Iterator[tuple[Item, int]]:
    """
    The items of a CSV stream, each with its data row number (1-based),
    read strictly (see `_csv`).
    """
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.DictReader(handle, dialect=dialect, strict=True)
    if reader.fieldnames is None:
        return
    rows = iter(reader)
    number = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            where = f"{source}:{reader.line_num}"
            yield (
                _bad(source, f"{source}:{number}", f"{where}: not valid CSV: {exc}"),
                number,
            )
            if "field larger than field limit" not in str(exc):
                # A broken quote leaves no way to find the next record:
                # stop here, and say so.
                return
            continue
        number += 1
        where = f"{source}:{reader.line_num}"
        if None in row:
            msg = f"{where}: more cells than the header has columns"
            yield _bad(source, f"{source}:{number}", msg), number
            continue
        yield _from_row(row, source, where, number, columns), number


def _structured(data: object, source: str, columns: Columns) -> Iterator[Item]:
    """
    Records from a parsed JSON / YAML document: a list of records, a
    mapping of name to record (or to text), or one key holding a list.
    """
    for item, _ in _structured_paths(data, source, columns):
        yield item


#: Where a record is in a parsed document: the keys from the root.
Path_ = tuple[object, ...]


def _structured_paths(
    data: object, source: str, columns: Columns
) -> Iterator[tuple[Item, Path_]]:
    """
    `_structured`, with the path of keys to each record.
    """
    prefix: Path_ = ()
    if isinstance(data, Mapping) and len(data) == 1:
        ((key, only),) = data.items()
        if isinstance(only, list):
            data = only
            prefix = (key,)
    if isinstance(data, list):
        for i, row in enumerate(data):
            yield (
                _from_row(row, source, f"{source}: record {i}", i, columns),
                (
                    *prefix,
                    i,
                ),
            )
    elif isinstance(data, Mapping):
        for name, row in data.items():
            named = f"{source}: {name}"
            path = (*prefix, name)
            if isinstance(row, str):
                yield Item(source, Record(row, id=str(name))), path
            elif isinstance(row, Mapping) and columns.id is None:
                item = _from_row(row, source, named, str(name), columns)
                record = item.record
                if isinstance(record, Record):
                    record = attrs.evolve(record, id=str(name))
                yield Item(source, record), path
            else:
                yield _from_row(row, source, named, str(name), columns), path
    else:
        msg = f"{source}: expected a list of records or a mapping of name to record, got {_json_type(data)}"
        raise InputError(msg)


def _load_json(path: Path, source: str) -> object:
    return _parse_json(_utf8(path.read_bytes(), source), source)


def _parse_json(text: str, source: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"{source}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}"
        raise InputError(msg) from None
    except RecursionError:
        raise InputError(f"{source}: not JSON: nested too deeply") from None


def _load_yaml(path: Path, source: str) -> object:
    return _parse_yaml(_utf8(path.read_bytes(), source), source)


def _parse_yaml(text: str, source: str) -> object:
    try:
        import yaml  # noqa: PLC0415 - optional: cs-lint[yaml]
    except ImportError:
        msg = f"{source}: reading YAML needs PyYAML: pip install 'cs-lint[yaml]'"
        raise InputError(msg) from None
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


# --- macro libraries with positions ----------------------------------------------

#: Library files whose replies `read_library` can place in the file.
LIBRARY_SUFFIXES = frozenset(
    {".json", ".jsonl", ".ndjson", ".yaml", ".yml", ".csv", ".tsv"}
)

#: A record's field naming rules not to report for it (formats without
#: comments: JSON, JSON Lines, CSV; YAML has comments but may use it too).
IGNORE_FIELD = "_cs_lint_ignore"


@attrs.frozen
class Located:
    """
    A record of a macro library and where it is in the file's text.

    *map* places the reply's characters in the file (None when the record
    has no text value in the file, say a record that could not be read).
    *start* is where the record begins; *anchors* are offsets whose lines
    (and the lines just above them) may carry a suppression comment: the
    record's first line and the line of its text key. *ignore* holds the
    codes of the record's `IGNORE_FIELD`, and *ignore_at* where it is.
    """

    item: Item
    map: ValueMap | None
    start: int
    anchors: tuple[int, ...] = ()
    ignore: tuple[str, ...] = ()
    ignore_at: int | None = None


@attrs.frozen
class Library:
    """
    A macro library read with positions: its *records*, and for YAML the
    spans of every scalar (*scalars*: a ``#`` inside one is not a comment).
    """

    records: tuple[Located, ...]
    scalars: tuple[tuple[int, int], ...] = ()


def read_library(text: str, source: str, suffix: str, columns: Columns) -> Library:
    """
    Read a macro library from its *text* (JSON, JSON Lines, YAML, CSV or
    TSV, by *suffix*) as `cs-lint audit` does, each record with where its
    reply lies in *text*.

    Raises:
        InputError: the text is not of its format.
    """
    suffix = suffix.lower()
    if suffix in {".csv", ".tsv"}:
        return Library(tuple(_csv_located(text, source, columns, suffix)))
    if suffix in {".jsonl", ".ndjson"}:
        return Library(tuple(_jsonl_located(text, source, columns)))
    if suffix == ".json":
        data = _parse_json(text, source)
        try:
            tree = json_tree(text)
        except (ValueError, IndexError, RecursionError):
            tree = None
        return Library(
            tuple(
                _json_located(item, path, columns, data=data, tree=tree, base=0)
                for item, path in _structured_paths(data, source, columns)
            )
        )
    if suffix in {".yaml", ".yml"}:
        return _yaml_located(text, source, columns)
    msg = f"{source}: not a macro library (read {', '.join(sorted(LIBRARY_SUFFIXES))})"
    raise InputError(msg)


def _ignore_codes(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(v for v in value.replace(",", " ").split() if v)
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return ()


def _record_of(data: object, path: Path_) -> object:
    for key in path:
        if isinstance(data, Mapping):
            data = data.get(key)
        elif isinstance(data, list) and isinstance(key, int):
            data = data[key]
        else:
            return None
    return data


def _text_key(row: object, columns: Columns) -> str | None:
    return columns.text if isinstance(row, Mapping) else None


def _json_located(
    item: Item,
    path: Path_,
    columns: Columns,
    *,
    data: object,
    tree: JNode | None,
    base: int,
) -> Located:
    row = _record_of(data, path)
    node = tree
    for key in path:
        node = json_child(node, key) if node is not None else None
    start = node.start if node is not None else base
    anchors = [start]
    vmap = None
    ignore: tuple[str, ...] = ()
    ignore_at = None
    if node is not None:
        key = _text_key(row, columns)
        target: JNode | None = node
        if key is not None and node.items is not None:
            for k, child, at in node.items:
                if k == key:
                    target, anchors = child, [start, at]
                elif k == IGNORE_FIELD:
                    ignore_at = child.start
            if target is node:
                target = None
        if (
            target is not None
            and target.map is not None
            and isinstance(item.record, Record)
        ):
            vmap = target.map
        if isinstance(row, Mapping) and IGNORE_FIELD in row:
            ignore = _ignore_codes(row[IGNORE_FIELD])
    return Located(item, vmap, start, tuple(anchors), ignore, ignore_at)


def _jsonl_located(text: str, source: str, columns: Columns) -> list[Located]:
    out: list[Located] = []
    pos = 0
    stream = io.BytesIO(text.encode("utf-8", "surrogatepass"))
    lines = text.split("\n")
    items = iter(_jsonl(stream, source, columns))
    for line in lines:
        if line.strip():
            item = next(items)
            try:
                data = json.loads(line)
                tree: JNode | None = json_tree(text, pos)
            except (ValueError, IndexError, RecursionError):
                data, tree = None, None
            out.append(_json_located(item, (), columns, data=data, tree=tree, base=pos))
        pos += len(line) + 1
    return out


def _csv_located(
    text: str, source: str, columns: Columns, suffix: str
) -> list[Located]:
    dialect = "excel-tab" if suffix == ".tsv" else "excel"
    rows = csv_cells(text, "\t" if suffix == ".tsv" else ",")
    header = [c.value for c in rows[0]] if rows else []
    out: list[Located] = []
    handle = io.StringIO(text, newline="")
    for item, number in _csv_rows(handle, source, columns, dialect):
        cells = rows[number] if number < len(rows) else []
        start = cells[0].start if cells else 0
        vmap = None
        ignore: tuple[str, ...] = ()
        ignore_at = None
        for k in range(len(header) - 1, -1, -1):
            if (
                header[k] == columns.text
                and k < len(cells)
                and vmap is None
                and isinstance(item.record, Record)
            ):
                vmap = cells[k].map
            if header[k] == IGNORE_FIELD and k < len(cells) and ignore_at is None:
                ignore = _ignore_codes(cells[k].value)
                ignore_at = cells[k].start
        out.append(Located(item, vmap, start, (start,), ignore, ignore_at))
    return out


def _yaml_located(text: str, source: str, columns: Columns) -> Library:
    try:
        root, data = yaml_compose(text)
    except ImportError:
        _parse_yaml(text, source)  # says how to install PyYAML
        raise
    except Exception:  # noqa: BLE001 - the reader's own error says where
        data = _parse_yaml(text, source)
        root = None
    out: list[Located] = []
    seen: set[int] = set()
    positions: dict[int, dict[Any, int]] = {}
    for item, path in _structured_paths(data, source, columns):
        row = _record_of(data, path)
        node, parent, key_node = root, data, None
        indent = -1
        for key in path:
            if node is None:
                break
            indent = node.start_mark.column
            node, key_node = _yaml_child(node, parent, key, positions)
            parent = _record_of(parent, (key,))
        start = 0
        anchors: list[int] = []
        vmap = None
        ignore: tuple[str, ...] = ()
        ignore_at = None
        if node is not None:
            start = (key_node or node).start_mark.index
            anchors.append(start)
            target = node
            text_key = _text_key(row, columns)
            if text_key is not None:
                target, tkey = _yaml_child(node, row, text_key)
                if tkey is not None:
                    anchors.append(tkey.start_mark.index)
                indent = node.start_mark.column
                _, ikey = _yaml_child(node, row, IGNORE_FIELD)
                if ikey is not None:
                    ignore_at = ikey.start_mark.index
            if (
                target is not None
                and isinstance(target.value, str)
                and isinstance(item.record, Record)
            ):
                vmap = yaml_scalar_map(text, target, indent)
                if id(target) in seen:
                    # An alias of a value already read: its findings are
                    # placed at the anchored value, which is not fixed twice.
                    vmap = ValueMap.inexact(
                        vmap.start, vmap.end, vmap.style, vmap.length
                    )
                seen.add(id(target))
        if isinstance(row, Mapping) and IGNORE_FIELD in row:
            ignore = _ignore_codes(row[IGNORE_FIELD])
        out.append(Located(item, vmap, start, tuple(anchors), ignore, ignore_at))
    spans = yaml_scalar_spans(root, text) if root is not None else []
    return Library(tuple(out), tuple(spans))


def _yaml_child(
    node: Any,
    data: object,
    key: object,
    positions: dict[int, dict[Any, int]] | None = None,
) -> tuple[Any, Any]:
    """
    The composed child of *node* at *key* (*data* is *node* constructed)
    and, for a mapping, its key node. *positions* remembers each mapping's
    key order, so finding every record of a large library stays linear.
    """
    value = getattr(node, "value", None)
    if not isinstance(value, list):
        return None, None
    if node.tag.endswith(":seq") or (value and not isinstance(value[0], tuple)):
        if isinstance(key, int) and 0 <= key < len(value):
            return value[key], None
        return None, None
    if isinstance(data, Mapping) and len(data) == len(value) and key in data:
        if positions is None:
            positions = {}
        order = positions.get(id(node))
        if order is None:
            order = positions[id(node)] = {k: i for i, k in enumerate(data)}
        pair = value[order[key]]
        return pair[1], pair[0]
    found: tuple[Any, Any] = (None, None)
    for k, v in value:
        if getattr(k, "value", None) == str(key):
            found = (v, k)
    return found


# --- the command ---------------------------------------------------------------------


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
    from cs_lint._scale.workflow import Silencer  # noqa: PLC0415

    linter = Linter(config)
    items = read_items(args.files, columns)
    silencer = Silencer(
        linter,
        columns,
        err,
        baseline=getattr(args, "baseline", None),
        write=getattr(args, "write_baseline", None),
    )
    show_suppressed = bool(getattr(args, "show_suppressed", False))
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
        for linted in lint_many(records(), config=config, workers=args.workers):
            source = sources.popleft()
            result, silenced = silencer.apply(source, linted)
            if silencer.writing:
                if result.error is not None:
                    errors.append((str(result.id), result.error))
                    err.write(f"cs-lint: error: {result.error}\n")
                continue
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
                if show_suppressed:
                    payload["suppressed"] = [
                        {**f.to_dict(), "suppressed_by": why} for f, why in silenced
                    ]
                target.write(json.dumps(payload, ensure_ascii=False) + "\n")
            elif args.format == "text":
                for f in result.findings:
                    target.write(text_line(location, f) + "\n")
                if show_suppressed:
                    for f, why in silenced:
                        target.write(
                            text_line(location, f, note=f"suppressed: {why}") + "\n"
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
    if silencer.finish():
        return 2 if errors else 0
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
