"""
Derived tables kept on disk, so a one-shot ``cs-lint check`` does not
re-derive, on every run, what the lexicons and the rules' trigger entries
always give.

Building a `Linter` used to parse ``lexicons.toml`` (about 30 ms with
``tomllib``) and expand every scan's trigger entries against the lexicon
classes' cue words (``{THIRD_PARTY}+fault`` becomes hundreds of word
pairs; about 25 ms), then work out the anchor words of the classes that
are scanned from their anchors (about 10 ms). All three are pure
functions of a few files of this package, so their results are stored
beside the compiled patterns (`cs_lint._text.compiled`): JSON values
(what ``json`` would give back), written in `marshal`'s format, which
reads them several times faster than the JSON text did (~460 KB a
one-shot reads).

A table is one file named after the table and a digest of the files
its values are derived from (their bytes, not their times) and the Python
version: an edit to any of them, an upgrade, a different checkout, reads
no old entry. The same rules as the pattern cache hold: the cache lives in
``$CS_LINT_CACHE_DIR`` or ``$XDG_CACHE_HOME/cs-lint`` (default
``~/.cache/cs-lint``), under ``tables/``; only on POSIX, only when that
directory and the file belong to the user and no one else can write them,
never when ``CS_LINT_NO_CACHE`` is set. Nothing is unpickled or executed:
a value is plain data that its reader checks for shape and types, and any
surprise (a damaged file, a wrong type, an unreadable directory) means
deriving the value afresh. Files are written atomically (a temporary file
renamed into place), readable by the user only, when a `Linter` is built
or the process exits.

A table whose entries are reached only while linting (a scan's
alternatives and their gates, worked out the first time the scan runs)
keeps one file per entry instead (``per_key=True``: a folder named like
the single file, holding ``<key digest>.marshal``), read when that entry is
first asked for. In one file such entries made the table grow with use:
after a process that reached every scan it was 1.2 MB instead of ~192 KB,
and every later one-shot ``cs-lint check`` parsed all of it (~10% of its
instructions) to use the few entries its reply reaches. Per entry, a
process reads what it uses.

The other tables settle when a `Linter` is built (`settle_tables`): what
they derived until then is written to their one file, which is what a
start-up reads; what they derive later (a lexicon class first asked for
while linting, every class a test or doc run asks for in a process that
builds no linter) goes one file per entry in the same way, and moves into
the one file when a later `Linter()` build asks for it. So the one-file
tables hold what building a `Linter` needs and do not grow with use.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import marshal
import os
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from cs_lint._text.compiled import (
    STARTED_NS,
    blake2b,
    cache_dir,
    owned,
    write_private_bytes,
)


T = TypeVar("T")

_LOCK = threading.Lock()
_JUST_STR = frozenset({str})
_TABLES: list[Table] = []
#: The digest of each tuple of source files read in this process.
_DIGESTS: dict[tuple[tuple[str, int, int, int], ...], str] = {}
#: The digest of each source file's bytes read in this process, by its
#: path, inode, size and modification time (`file_digest`).
_FILE_DIGESTS: dict[tuple[str, int, int, int], bytes] = {}
#: What `Table._entry` returns for an entry it cannot read.
_MISSING: Any = object()


def file_digest(path: Path) -> bytes:
    """
    A digest of the bytes of the file at *path*, hashed once a process
    while the file looks unchanged (same inode, size and modification
    time). Most tables, and the learned model's key, are derived from
    ``lexicons.toml`` (250 KB) and a module or two: hashed whole for each
    of them, a one-shot hashed 1.7 MB (~22 M instructions) to read 500 KB
    of distinct sources.

    Raises:
        OSError: the file cannot be read.
    """
    st = os.stat(path)
    seen = (str(path), st.st_ino, st.st_size, st.st_mtime_ns)
    known = _FILE_DIGESTS.get(seen)
    if known is None:
        known = _FILE_DIGESTS[seen] = blake2b(
            path.read_bytes(), digest_size=32
        ).digest()
    return known


#: How long before this process first imported cs_lint (`STARTED_NS`) every
#: package file must have last changed for `package_key` to name the copy:
#: more than the coarsest timestamp granularity a POSIX file system keeps
#: (2 s) and the moments between Python reading ``cs_lint/__init__.py`` and
#: `STARTED_NS` being taken.
SETTLED_NS = 3_000_000_000


def package_key(root: Path | None = None) -> str | None:
    """
    A key for this copy of cs_lint's files as this process loaded them:
    the path, device, inode, size, modification and change time of every
    file under the package folder (*root*; ``__pycache__`` folders aside),
    or None when that is not a safe name for them: a file changed less than
    `SETTLED_NS` before the process first imported cs_lint (it may have
    changed after being read), one cannot be listed or stat'ed, or not
    POSIX.

    For a stored value derived from the built-in rules (the trigger gate)
    without storing what it was derived from. Exact, not a guess: on POSIX
    a file's bytes cannot change without its change time (``st_ctime``,
    which no call can set back) becoming the time of the change, and a
    replaced file is another inode; so two processes that see the same
    key, each with every file settled before it started, read the same
    bytes. The same key in one process also means the code Python ran was
    read from these files: a file changed after the process started is not
    settled. Stat'ing ~110 files costs ~0.5 ms, where hashing the 1.7 MB
    of modules a linter loads cost ~6 ms and reading the entries the gate
    was built from ~40 M instructions.
    """
    if os.name != "posix":
        return None
    if root is None:
        root = Path(__file__).parent.parent
    settled = STARTED_NS - SETTLED_NS
    found: list[tuple[str, int, int, int, int, int]] = []
    folders = [str(root)]
    try:
        while folders:
            with os.scandir(folders.pop()) as listing:
                for entry in listing:
                    if entry.is_dir():
                        if entry.name != "__pycache__":
                            folders.append(entry.path)
                        continue
                    st = entry.stat()
                    if st.st_ctime_ns > settled:
                        return None
                    found.append(
                        (
                            entry.path,
                            st.st_dev,
                            st.st_ino,
                            st.st_size,
                            st.st_mtime_ns,
                            st.st_ctime_ns,
                        )
                    )
    except OSError:
        return None
    found.sort()
    return blake2b(
        repr(found).encode("utf-8", "surrogatepass"), digest_size=16
    ).hexdigest()


class Table:
    """
    One table of derived values: keys are strings, values JSON-like. `get`
    returns the stored value for a key (checked by the caller's decoder)
    or derives, returns and remembers it.
    """

    def __init__(
        self, name: str, sources: Iterable[Path], *, per_key: bool = False
    ) -> None:
        self.name = name
        self._sources = tuple(sources)
        self._per_key = per_key
        self._values: dict[str, Any] | None = None
        # The one file (None for a per-key table), and the folder of the
        # entries kept one file each.
        self._path: Path | None = None
        self._keys: Path | None = None
        # The one file needs writing; the keys it gained in this process;
        # the keys to write one file each.
        self._dirty = False
        self._added: set[str] = set()
        self._new: set[str] = set()
        # Settled once a `Linter` is built (`settle_tables`): what a table
        # gains after that goes one file per entry.
        self._settled = per_key
        # Whether a per-key table's folders are this user's alone (None:
        # not looked at yet).
        self._trusted: bool | None = None
        # Keys read from the one file and handed to a decoder before the
        # table settled (their callers keep the decoded value), and the
        # keys `settle` then let go of (see `settle`).
        self._served: set[str] = set()
        self._dropped: set[str] = set()
        # The keys of the one file that no one had asked for when the table
        # settled, let go of too (see `_release`).
        self._unasked: set[str] = set()
        with _LOCK:
            _TABLES.append(self)

    def _folder(self) -> Path | None:
        base = cache_dir()
        return None if base is None else base.parent / "tables"

    def _digest(self) -> str | None:
        # Tables derived from the same files (trigger entries and splits)
        # hash them once a process (~7 M instructions each time) while the
        # files look unchanged; the digest itself is of their bytes.
        try:
            seen = tuple(
                (str(p), st.st_ino, st.st_size, st.st_mtime_ns)
                for p in self._sources
                for st in (os.stat(p),)
            )
        except OSError:
            return None
        known = _DIGESTS.get(seen)
        if known is not None:
            return known
        h = blake2b(repr(tuple(sys.version_info[:2])).encode(), digest_size=16)
        try:
            for path in self._sources:
                h.update(path.name.encode("utf-8", "surrogatepass") + b"\x00")
                h.update(file_digest(path))
        except OSError:
            return None
        digest = _DIGESTS[seen] = h.hexdigest()
        return digest

    def _load(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        folder = self._folder()
        digest = None if folder is None else self._digest()
        if folder is None or digest is None:
            return values
        # Entries kept one file each are read as they are asked for.
        self._keys = folder / f"{self.name}-{digest}"
        if self._per_key:
            return values
        self._path = folder / f"{self.name}-{digest}{_SUFFIX}"
        try:
            if not owned(os.stat(folder)):
                self._path = self._keys = None
                return values
            with open(self._path, "rb") as fh:
                if not owned(os.fstat(fh.fileno())):
                    return values
                data = marshal.loads(fh.read())
        except (OSError, ValueError, EOFError, TypeError):
            return values
        if isinstance(data, dict):
            values.update(data)
        return values

    def _entry(self, key: str) -> Any:
        """
        The stored value of an entry kept in a file of its own, or
        `_MISSING` (no file, or one this user does not own alone, or not
        JSON).
        """
        folder = self._keys
        if folder is None:
            return _MISSING
        try:
            # The folders are checked once a process (a dozen scans ask).
            if self._trusted is None:
                self._trusted = owned(os.stat(folder.parent)) and owned(os.stat(folder))
            if not self._trusted:
                return _MISSING
            with open(f"{folder}/{key}{_SUFFIX}", "rb") as fh:
                if not owned(os.fstat(fh.fileno())):
                    return _MISSING
                return marshal.loads(fh.read())
        except (OSError, ValueError, EOFError, TypeError):
            return _MISSING

    def get(
        self,
        key: str,
        derive: Callable[[], T],
        encode: Callable[[T], Any],
        decode: Callable[[Any], T],
    ) -> T:
        """
        The value for *key*: the stored one as *decode* reads it (it raises
        `ValueError`, `TypeError` or `KeyError` on anything of the wrong
        shape), else ``derive()``, stored as ``encode(value)``.
        """
        values = self._values
        if values is None:
            values = self._values = self._load()
        # Stored under a digest: a key may hold a whole pattern source.
        key = blake2b(key.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
        stored = values.get(key, _MISSING)
        if stored is _MISSING and (key in self._dropped or key in self._unasked):
            # Asked for after `settle` let it go: the one file is read once
            # more, and this entry and those no one has asked for yet are
            # kept from now on (the callers of the others kept theirs).
            keep = self._unasked | {key}
            self._dropped.discard(key)
            self._unasked = set()
            loaded = self._load()
            for k in keep:
                if k in loaded:
                    values.setdefault(k, loaded[k])
            stored = values.get(key, _MISSING)
        elif not self._settled and stored is not _MISSING:
            self._served.add(key)
        if stored is _MISSING:
            stored = self._entry(key)
            if stored is not _MISSING:
                values[key] = stored
                if not self._settled:
                    # Asked for before a `Linter` was ready: into the one file.
                    self._dirty = True
                    self._added.add(key)
        if stored is not _MISSING:
            try:
                return decode(stored)
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
        value = derive()
        if self._keys is not None:
            values[key] = encode(value)
            if self._settled:
                self._new.add(key)
            else:
                self._dirty = True
                self._added.add(key)
        return value

    def save(self) -> None:
        """
        Write the table if it gained entries; never raises.
        """
        path, keys, values = self._path, self._keys, self._values
        if values is None:
            return
        if self._dirty and path is not None:
            self._dirty = False
            self._added = set()
            with contextlib.suppress(OSError, TypeError, ValueError):
                _write(path, {k: v for k, v in values.items() if k not in self._new})
        new, self._new = self._new, set()
        if keys is None:
            return
        for key in sorted(new):
            with contextlib.suppress(OSError, TypeError, ValueError):
                _write(keys / f"{key}{_SUFFIX}", values[key])

    def settle(self) -> None:
        """
        Write what the table gained until now to its one file: what
        building a `Linter` asks for. Entries it gains later go one file
        each, so the one file a start-up reads does not grow with linting.
        """
        if not self._settled:
            self.save()
            self._settled = True
            self._release()

    def _release(self) -> None:
        """
        Let go of the stored values read from the one file and decoded
        before the table settled. Their callers keep what the decoder made
        of them (a frozenset of trigger words, a class's anchors, the
        lexicon data), so the raw lists and dicts were held twice for the
        life of the process (~0.5-3 MB of a ready linter, more the more
        entries the one file has gathered). The one file is already
        written, so nothing is lost: an entry asked for again (a caller
        that does not keep its value) reads the file once more (`get`).
        """
        values, served = self._values, self._served
        self._served = set()
        if not values or self._dirty:
            return
        for key in served:
            if key not in self._new and values.pop(key, _MISSING) is not _MISSING:
                self._dropped.add(key)
        # The entries no one asked for while the `Linter` was built (the
        # one file holds what any process built before settling, such as
        # the large trigger sets that CS605 and CS606 expand on first use:
        # ~1.4 MB) are let go of as well: the first one asked for later
        # reads the one file once more (`get`).
        unasked = [k for k in values if k not in self._new]
        for key in unasked:
            del values[key]
        self._unasked.update(unasked)

    def _at_exit(self) -> None:
        # A process that built no `Linter` (tests, doc generation) keeps
        # what it derived one file per entry: a later start-up that needs
        # an entry reads it and moves it into the one file.
        if not self._settled:
            self._new |= self._added
            self._added = set()
            self._dirty = False
        self.save()


_SUFFIX = ".marshal"


def _write(path: Path, value: Any) -> None:
    """
    Write *value* to *path* as JSON would give it back (tuples as lists,
    keys as strings: what the decoders were written against), in
    `marshal`'s format, which reads several times faster than JSON.
    """
    plain = _shared(json.loads(json.dumps(value, separators=(",", ":"))), {})
    write_private_bytes(path, marshal.dumps(plain))


def _shared(value: Any, seen: dict[str, str]) -> Any:
    """
    *value* (JSON-like) with equal strings made one object: `marshal`
    writes an object met twice once and reads it back shared, so a word
    that appears in many entries (the trigger entries of scans built from
    one lexicon class) is one string in every process that reads the
    table, not a copy per entry (~2 MB of a ready linter), and the file is
    smaller.
    """
    kind = type(value)
    if kind is str:
        return seen.setdefault(value, value)
    if kind is list:
        return [_shared(v, seen) for v in value]
    if kind is dict:
        return {seen.setdefault(k, k): _shared(v, seen) for k, v in value.items()}
    return value


def save_tables() -> None:
    """
    Write every table that gained entries in this process.
    """
    with _LOCK:
        tables = list(_TABLES)
    for table in tables:
        table._at_exit()


def settle_tables() -> None:
    """
    Write what every table gained until now to its one file and keep what
    they gain from now on one file per entry (see `Table.settle`); called
    when a `Linter` has been built.
    """
    with _LOCK:
        tables = list(_TABLES)
    for table in tables:
        table.settle()


atexit.register(save_tables)


def str_list(value: Any) -> list[str]:
    """
    *value* when it is a list of str (a decoder for `Table.get`).

    Raises:
        TypeError: it is not.
    """
    # The items' types, read in C: a set of one (or none).
    if type(value) is list and set(map(type, value)) <= _JUST_STR:
        return value
    msg = "not a list of str"
    raise TypeError(msg)


def stored_data(
    name: str,
    key: str,
    build: Callable[[], T],
    check: Callable[[Any], T],
) -> T:
    """
    A value that `marshal` can hold as it is (frozensets and tuples
    included), kept in one file per *key* under this table *name*: the
    stored value as *check* reads it (it raises `TypeError`, `ValueError`
    or `KeyError` on anything of the wrong shape), else ``build()``, stored
    for the next process. The same folder and ownership rules as the
    tables; the file is written at once, atomically, and a name keeps at
    most `_KEEP` files (the oldest go); any failure to read or write means
    building.
    """
    base = cache_dir()
    if base is None:
        return build()
    folder = base.parent / "tables"
    digest = blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    path = folder / f"{name}-{digest}{_SUFFIX}"
    try:
        if owned(os.stat(folder)):
            with open(path, "rb") as fh:
                if owned(os.fstat(fh.fileno())):
                    return check(marshal.loads(fh.read()))
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        pass
    value = build()
    with contextlib.suppress(OSError, TypeError, ValueError):
        _make_room(folder, name)
        write_private_bytes(path, marshal.dumps(value))  # type: ignore[arg-type]
    return value


#: How many files one `stored_data` name keeps (one per key: a host that
#: builds linters for many rule selections must not fill the disk).
_KEEP = 16


def _make_room(folder: Path, name: str) -> None:
    """
    Remove the least recently written files of *name* beyond `_KEEP` - 1.
    """
    if not folder.is_dir():
        return
    files = sorted(
        folder.glob(f"{name}-*{_SUFFIX}"), key=lambda p: p.stat().st_mtime_ns
    )
    for old in files[: max(0, len(files) - _KEEP + 1)]:
        old.unlink()
