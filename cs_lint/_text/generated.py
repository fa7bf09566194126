"""
The methods attrs generates for cs_lint's classes, kept compiled on disk, so
a one-shot ``cs-lint check`` does not compile them from source on every run.

attrs writes each class's ``__init__``, ``__eq__``, ``__hash__``,
``__repr__``… as Python source and compiles it when the class is defined:
about 85 snippets (100 KB of source) while cs_lint's modules load, ~145 M
instructions, 13% of a one-shot. The compiled code objects are kept here
the way ``__pycache__`` keeps a module's: marshalled, in one file per
Python version, keyed on each snippet's source and file name, in this
user's private cache folder.

One snag makes it more than a lookup: attrs writes ``hash(<the class's
file name>)`` into a class's ``__hash__`` source, and under Python's random
hash seed that number differs in every process, so a cache keyed on the
source would never hit (round 5 measured exactly that). The number is
known, though: it is the hash of ``<attrs generated hash MODULE.CLASS>``,
which the snippet's own file name gives. It is replaced by a marker before
the source is compiled or looked up, and the compiled constant is swapped
for this process's number before the code runs: the code is the code attrs
would have compiled. A snippet whose number cannot be found is compiled as
attrs does, and not stored.

The rules of the other caches hold (cs_lint._text.compiled): the folder is
``$CS_LINT_CACHE_DIR`` or ``$XDG_CACHE_HOME/cs-lint`` (default
``~/.cache/cs-lint``), under ``code/``, used only on POSIX, only when it
and the file belong to this user and no one else can write them, never
with ``CS_LINT_NO_CACHE``. Since what is stored here is code that runs,
that rule is what makes it safe: like ``__pycache__``, the file is only
ever read from a folder only its owner could have written. Anything
unexpected in it (not a table of code objects, a wrong file name inside a
code object) means compiling as attrs does. It is written atomically when
the process exits, if it gained entries.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from types import CodeType
from typing import Any

from cs_lint._text.compiled import blake2b, cache_dir, owned, write_private_bytes


_LOCK = threading.Lock()
#: Stands in the stored source for the number attrs computes per process.
_MARK = "\x00cs_lint: attrs type hash\x00"
_PREFIX = "<attrs generated "
#: The parameters of the attrs function `serving` stands in for.
_SHAPE = ("script", "globs", "locs", "filename")
#: A store holding this many more entries than a process used is pruned
#: to what it used when it is next written (classes renamed or removed).
_SLACK = 256


class _Store:
    """
    The code objects of one file, read on first use.
    """

    def __init__(self) -> None:
        self.path: Path | None = None
        self.codes: dict[str, CodeType] | None = None
        self.used: set[str] = set()
        self.new = False

    def load(self) -> dict[str, CodeType]:
        codes = self.codes
        if codes is not None:
            return codes
        codes = self.codes = {}
        base = cache_dir()
        if base is None:
            return codes
        # Code is a function of its source, its file name (both in the key)
        # and the Python that compiled it (the file's name); not of the
        # attrs version that wrote the source.
        tag = sys.implementation.cache_tag or "python"
        folder = base.parent / "code"
        self.path = folder / f"attrs-{tag}.marshal"
        try:
            if not owned(os.stat(folder)):
                self.path = None
                return codes
            with open(self.path, "rb") as fh:
                if not owned(os.fstat(fh.fileno())):
                    return codes
                data = marshal.loads(fh.read())
        except (OSError, ValueError, EOFError, TypeError):
            return codes
        if type(data) is dict and all(
            type(k) is str and type(v) is CodeType for k, v in data.items()
        ):
            codes.update(data)
        return codes

    def save(self) -> None:
        """
        Write the store if it gained entries; never raises.
        """
        path, codes = self.path, self.codes
        if not self.new or path is None or codes is None:
            return
        self.new = False
        keep = codes
        if len(codes) > len(self.used) + _SLACK:
            keep = {k: codes[k] for k in self.used if k in codes}
        with contextlib.suppress(OSError, ValueError):
            write_private_bytes(path, marshal.dumps(keep))


_STORE = _Store()


def _normalised(script: str, filename: str) -> tuple[str, int | None] | None:
    """
    *script* with this process's type hash replaced by the marker, and
    that hash (None when the script holds none); None when it holds a
    ``hash((`` whose number is not the one its file name gives.
    """
    if "hash((" not in script:
        return script, None
    if not (filename.startswith(_PREFIX) and filename.endswith(">")):
        return None
    # "<attrs generated methods mod.Cls>", or "…mod.Cls-2>" when the name
    # was taken in linecache; the hash is of "<attrs generated hash mod.Cls>".
    _, _, name = filename[len(_PREFIX) : -1].partition(" ")
    stem, dash, count = name.rpartition("-")
    if dash and count.isdigit():
        name = stem
    number = hash(f"{_PREFIX}hash {name}>")
    line = f" {number},\n"
    if line not in script:
        return None
    return script.replace(line, f" {_MARK!r},\n"), number


def _with_number(code: CodeType, number: int) -> CodeType:
    consts = tuple(
        number
        if type(c) is str and c == _MARK
        else _with_number(c, number)
        if type(c) is CodeType
        else c
        for c in code.co_consts
    )
    return code.replace(co_consts=consts)


def code_for(script: str, filename: str) -> CodeType:
    """
    ``compile(script, filename, "exec")``, served from the store when it
    holds this snippet.
    """
    found = _normalised(script, filename)
    if found is None:
        return compile(script, filename, "exec")
    source, number = found
    key = blake2b(
        f"{filename}\x00{source}".encode("utf-8", "surrogatepass"), digest_size=16
    ).hexdigest()
    with _LOCK:
        codes = _STORE.load()
        code = codes.get(key)
        _STORE.used.add(key)
    if code is None or code.co_filename != filename:
        code = compile(source, filename, "exec")
        with _LOCK:
            codes[key] = code
            _STORE.new = True
    return code if number is None else _with_number(code, number)


def _compile_and_eval(
    script: str,
    globs: dict[str, Any] | None,
    locs: Mapping[str, object] | None = None,
    filename: str = "",
) -> None:
    # attrs' own function, with the compile step served from the store.
    eval(code_for(script, filename), globs, locs)


def serving() -> tuple[Any, Any] | None:
    """
    Route attrs' compile step through the store; return what to put back
    (`restore`), or None when the cache is off or attrs is not as expected.
    """
    if cache_dir() is None:
        return None
    import attr._make as made  # noqa: PLC0415

    original = getattr(made, "_compile_and_eval", None)
    if original is None or original is _compile_and_eval:
        return None
    # attrs' private function is replaced only while it has the shape this
    # module was written against; any other attrs compiles as it always does.
    code = getattr(original, "__code__", None)
    if code is None or code.co_varnames[: code.co_argcount] != _SHAPE:
        return None
    made._compile_and_eval = _compile_and_eval
    return made, original


def restore(saved: tuple[Any, Any] | None) -> None:
    if saved is not None:
        made, original = saved
        made._compile_and_eval = original


atexit.register(_STORE.save)
