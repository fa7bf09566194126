"""
Compiled patterns kept on disk, so a one-shot ``cs-lint check`` does not pay
for the regex module's compiler on every run.

The `regex` module parses and optimises a pattern in pure Python and then
hands the C engine a list of integers and a few tables. For cs_lint's large
lexicon patterns the Python half costs milliseconds each, and a fresh
process linting one short reply compiles a few dozen of them: most of a
pre-send hook's time. A compiled `regex.Pattern` cannot be stored (it
pickles as its source and recompiles), so what is stored is the engine's
input: the arguments of ``_regex.compile``, as plain data (a str, ints,
a list, a tuple and two dicts) in `marshal`'s format, which reads a
pattern's thousands of integers about ten times faster than JSON did (the
JSON files were ~1 MB parsed per one-shot, ~40 M instructions). Nothing
is unpickled or executed: every item is checked for its type on reading;
the worst a damaged entry can do is fail to load, and any failure falls
back to compiling.

An entry is keyed on the pattern source, its flags, the regex version,
its engine's MAGIC number, ``regex.DEFAULT_VERSION`` and the Python
version, so an upgrade of either never reads an old entry. The cache lives
in ``$CS_LINT_CACHE_DIR`` or ``$XDG_CACHE_HOME/cs-lint`` (default
``~/.cache/cs-lint``), under ``patterns/``; it is used only on POSIX, only
when that directory belongs to the user and no one else can write to it,
and never when ``CS_LINT_NO_CACHE`` is set. Entries are written
atomically (a temporary file renamed into place), readable by the user
only.
"""

from __future__ import annotations

import contextlib
import gc
import json
import marshal
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex
import regex._main as _regex_main


#: When this process first imported cs_lint: this module is the first of
#: the package's to load (``cs_lint/__init__.py`` imports it before any
#: other). A package file changed after this moment may differ from what
#: the process loaded (`cs_lint._text.tables.package_key`).
STARTED_NS = time.time_ns()

try:
    # hashlib's own blake2b, imported without hashlib, which loads OpenSSL
    # for its other algorithms (~11 M instructions of a one-shot start-up).
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - a Python built without _blake2
    from hashlib import blake2b as _blake2b

#: BLAKE2b, for the caches' keys and digests and the findings' fingerprints.
blake2b = _blake2b


#: Arguments of ``_regex.compile``: pattern, flags, code, group_index,
#: index_group, named_lists, named_list_indexes, req_offset, req_chars,
#: req_flags, group_count.
_ARITY = 11
_LOCK = threading.Lock()
_JUST_INT = frozenset({int})
_JUST_STR = frozenset({str})


#: The variables `cache_dir` reads, and its last answer for their values.
_ENV = ("CS_LINT_NO_CACHE", "CS_LINT_CACHE_DIR", "XDG_CACHE_HOME", "HOME")
_WHERE: list[tuple[tuple[str | None, ...], Path | None]] = []


def cache_dir() -> Path | None:
    """
    The directory compiled patterns are kept in, or None when the cache is
    off (``CS_LINT_NO_CACHE``, not POSIX, or no usable home).
    """
    # Asked once per pattern a process loads: the answer is kept for as
    # long as the variables it depends on keep their values.
    env = os.environ
    now = tuple(env.get(name) for name in _ENV)
    if _WHERE and _WHERE[0][0] == now:
        return _WHERE[0][1]
    folder = _cache_dir()
    _WHERE[:] = [(now, folder)]
    return folder


def _cache_dir() -> Path | None:
    if os.environ.get("CS_LINT_NO_CACHE") or os.name != "posix":
        return None
    explicit = os.environ.get("CS_LINT_CACHE_DIR")
    if explicit:
        return Path(explicit) / "patterns"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache"
    )
    if base.startswith("~"):
        return None
    return Path(base) / "cs-lint" / "patterns"


def owned(st: os.stat_result) -> bool:
    """
    Whether a file or directory with this status belongs to this user and
    no one else can write it (the cache trusts nothing else).
    """
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _private(path: Path) -> bool:
    """
    Whether *path* is a directory of this user that no one else can write.
    """
    try:
        st = os.stat(path)
    except OSError:
        return False
    return owned(st)


def write_private_bytes(path: Path, payload: bytes) -> None:
    """
    Write *payload* to *path* in this user's private cache folder,
    atomically, as `write_private_json` does.
    """
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not _private(folder):
        return
    import tempfile  # noqa: PLC0415 - only to write; import costs ~3 ms

    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_private_json(path: Path, payload: Any) -> None:
    """
    Write *payload* as JSON to *path* in this user's private cache folder,
    atomically (a temporary file renamed over it), so a reader never sees
    half a file. Writes nothing when the folder is not private; raises
    `OSError`, `TypeError` or `ValueError` for the caller to ignore.
    """
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not _private(folder):
        return
    import tempfile  # noqa: PLC0415 - only to write; import costs ~3 ms

    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _key(source: str, flags: int) -> str:
    # The JSON text of [source, flags, regex version, engine magic, default
    # regex version, [major, minor]], built as json.dumps builds it: the
    # list's Python-level encoder cost ~30 k instructions a pattern (~190
    # patterns a one-shot); a str alone is encoded in C.
    tail = _KEY_TAIL.get(_regex_main._regex)
    if tail is None:
        engine = _regex_main._regex
        tail = _KEY_TAIL[engine] = json.dumps(
            [
                regex.__version__,
                int(getattr(engine, "MAGIC", 0)),
                int(regex.DEFAULT_VERSION),
                list(sys.version_info[:2]),
            ]
        )[1:]
    ident = f"[{json.dumps(source)}, {int(flags)}, {tail}"
    return blake2b(ident.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


#: The end of a pattern's key for each engine module (see `_key`).
_KEY_TAIL: dict[Any, str] = {}


def _load(path: Path, source: str) -> tuple[Any, ...] | None:
    """
    The engine arguments stored in *path* for *source*, checked for shape
    and types, or None.
    """
    try:
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if type(data) is not tuple or len(data) != _ARITY:
        return None
    (pattern, flags, code, group_index, index_group, named, named_idx) = data[:7]
    req_offset, req_chars, req_flags, group_count = data[7:]
    ints = (flags, req_offset, req_flags, group_count)
    # Types are read in C (a set of the items' types): the code of a large
    # pattern runs to thousands of integers.
    if (
        type(pattern) is not str
        or pattern != source
        or not set(map(type, ints)) <= _JUST_INT
        or type(code) is not list
        or not set(map(type, code)) <= _JUST_INT
        or type(group_index) is not dict
        or not set(map(type, group_index)) <= _JUST_STR
        or not set(map(type, group_index.values())) <= _JUST_INT
        or type(index_group) is not dict
        or not set(map(type, index_group)) <= _JUST_INT
        or not set(map(type, index_group.values())) <= _JUST_STR
        or type(named) is not dict
        or named
        or type(named_idx) is not list
        or named_idx
        or type(req_chars) is not tuple
        or not set(map(type, req_chars)) <= _JUST_INT
    ):
        return None
    return data


def _store(path: Path, args: tuple[Any, ...]) -> None:
    """
    Write *args* to *path* atomically; never raises.
    """
    try:
        payload: tuple[Any, ...] = (
            str(args[0]),
            int(args[1]),
            [int(c) for c in args[2]],
            {str(k): int(v) for k, v in args[3].items()},
            {int(k): str(v) for k, v in args[4].items()},
            {},
            [],
            int(args[7]),
            tuple(int(c) for c in args[8]),
            int(args[9]),
            int(args[10]),
        )
        write_private_bytes(path, marshal.dumps(payload))
    except (OSError, TypeError, ValueError):
        pass


class _Recorder:
    """
    Stands in for the engine module while one pattern compiles, and keeps
    the arguments the compiler hands the engine for that pattern (a
    pattern another thread compiles meanwhile passes straight through).
    """

    def __init__(self, engine: Any, source: str) -> None:
        self._engine = engine
        self._source = source
        self.args: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, *args: Any) -> Any:
        if args and args[0] == self._source:
            self.args = args
        return self._engine.compile(*args)


def _recorded(
    source: str, flags: int
) -> tuple[regex.Pattern[str], tuple[Any, ...] | None]:
    """
    Compile *source* with the regex module, recording the engine's
    arguments (None when they cannot be stored).
    """
    with _LOCK:
        engine = _regex_main._regex
        recorder = _Recorder(engine, source)
        _regex_main._regex = recorder
        try:
            # Bypass the module's in-memory cache: a hit there never
            # reaches the engine, so nothing would be recorded.
            compiled = _REGEX_COMPILE(source, flags, cache_pattern=False)
        finally:
            _regex_main._regex = engine
    args = recorder.args
    if args is None or len(args) != _ARITY or args[5] or args[6]:
        return compiled, None
    return compiled, args


def compile_cached(source: str, flags: int = 0) -> regex.Pattern[str]:
    """
    `regex.compile(source, flags)`, served from the on-disk cache when an
    entry for this source, these flags and this regex is there, and
    stored there after compiling when not. Behaves exactly as
    `regex.compile`: errors in the pattern are raised the same way.
    """
    folder = cache_dir()
    if folder is None:
        return _REGEX_COMPILE(source, flags)
    path = folder / f"{_key(source, flags)}.marshal"
    if _private(folder):
        args = _load(path, source)
        if args is not None:
            try:
                pattern: regex.Pattern[str] = _regex_main._regex.compile(*args)
            except Exception:  # noqa: BLE001 - a bad entry means: compile
                pass
            else:
                return pattern
    compiled, recorded = _recorded(source, flags)
    if recorded is not None:
        _store(path, recorded)
    return compiled


#: The regex module's own `compile`, and how many `module_patterns`
#: blocks are open (they nest; the last to close puts it back).
_REGEX_COMPILE = regex.compile
_ROUTED = [0]
#: What `cs_lint._text.generated.serving` asks to put back.
_ATTRS: list[Any] = []


def _compile_routed(pattern: Any, flags: int = 0, **kwargs: Any) -> Any:
    """
    `regex.compile` while `module_patterns` is open: a str pattern with
    plain flags is served by `compile_cached`, anything else (bytes,
    keyword options) by the regex module itself.
    """
    if type(pattern) is str and not kwargs and type(flags) is not bool:
        try:
            number = int(flags)
        except (TypeError, ValueError):
            number = None
        if number is not None:
            return compile_cached(pattern, number)
    return _REGEX_COMPILE(pattern, flags, **kwargs)


@contextlib.contextmanager
def module_patterns() -> Iterator[None]:
    """
    While open, ``regex.compile`` serves str patterns from the on-disk
    cache (`compile_cached`, which behaves exactly as ``regex.compile``).
    cs_lint opens it around importing its own modules, so the patterns
    they compile at module level (rule and context modules hold a few
    dozen) cost a file read instead of the regex module's pure-Python
    compiler, without each module having to ask for the cache; a module
    added later is covered the same way. The methods attrs generates for
    the classes those modules define come from the compiled-code store
    the same way (cs_lint._text.generated). Any other thread compiling a
    pattern meanwhile gets the same pattern it would have got.
    """
    from cs_lint._text import generated  # noqa: PLC0415 - it imports this module

    with start_up():
        with _LOCK:
            _ROUTED[0] += 1
            if _ROUTED[0] == 1:
                regex.compile = _compile_routed
                # attrs' generated methods too (cs_lint._text.generated).
                _ATTRS[:] = [generated.serving()]
        try:
            yield
        finally:
            with _LOCK:
                _ROUTED[0] -= 1
                if _ROUTED[0] == 0:
                    regex.compile = _REGEX_COMPILE
                    generated.restore(_ATTRS.pop() if _ATTRS else None)


#: How many `start_up` blocks are open, and whether the collector was on
#: when the first opened.
_STARTING = [0, False]


@contextlib.contextmanager
def start_up() -> Iterator[None]:
    """
    Hold Python's cyclic garbage collector while the block runs: loading
    cs_lint's modules and building a `Linter` allocate a few hundred
    thousand objects that live as long as the process, and the collector,
    triggered every 700 allocations, walked the growing heap again and
    again (~55 M instructions, 5% of a one-shot ``cs-lint check``). Start-up
    makes next to no cyclic garbage, and what it makes is collected by a
    later full collection; the collector's state before the first block is
    put back when the last one closes (blocks nest, and one left disabled
    by the host stays disabled).
    """
    with _LOCK:
        _STARTING[0] += 1
        if _STARTING[0] == 1:
            _STARTING[1] = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _LOCK:
            _STARTING[0] -= 1
            if _STARTING[0] == 0 and _STARTING[1]:
                if not gc.get_freeze_count():
                    # What the block allocated moves to the oldest
                    # generation without a collection walking it (freeze,
                    # then unfreeze: "put back into the oldest
                    # generation"), as if it had survived the collections
                    # it held off; nothing stays frozen. Skipped when the
                    # host froze objects of its own, which must stay so.
                    gc.freeze()
                    gc.unfreeze()
                gc.enable()
