"""
The on-disk cache of derived tables (cs_lint._text.tables): a value served
from the cache is the value derived afresh, and anything unexpected about
the cache (damage, a wrong shape, another user's file, a directory others
can write, a changed source) means deriving.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cs_lint._text import lexicons, tables
from cs_lint._text.compiled import cache_dir
from cs_lint._text.tables import Table, str_list


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CS_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CS_LINT_NO_CACHE", raising=False)
    base = cache_dir()
    assert base is not None
    return base.parent / "tables"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.txt"
    path.write_text("sorry, apologies\n", encoding="utf-8")
    return path


def _never() -> list[str]:
    raise AssertionError("derived instead of reading the table")


def _fill(source: Path) -> Path:
    table = Table("test", [source])
    assert ["a", "b"] == table.get("k", lambda: ["a", "b"], list, str_list)
    table.save()
    path = table._path
    assert path is not None
    assert path.is_file()
    return path


def test_a_stored_value_is_read_back_without_deriving(
    folder: Path, source: Path
) -> None:
    path = _fill(source)
    assert folder == path.parent
    assert 0o600 == path.stat().st_mode & 0o777
    again = Table("test", [source])
    assert ["a", "b"] == again.get("k", _never, list, str_list)


@pytest.mark.parametrize(
    "damage", [b"not marshal", marshal.dumps([1, 2]), marshal.dumps({"x": 1}), b""]
)
def test_a_damaged_table_means_deriving(
    folder: Path, source: Path, damage: bytes
) -> None:
    path = _fill(source)
    if damage == b"":
        # The right key with a value of the wrong shape.
        damage = marshal.dumps({k: [1, 2] for k in marshal.loads(path.read_bytes())})
    path.write_bytes(damage)
    again = Table("test", [source])
    assert ["a", "b"] == again.get("k", lambda: ["a", "b"], list, str_list)


def test_a_changed_source_reads_no_old_entry(folder: Path, source: Path) -> None:
    _fill(source)
    source.write_text("sorry, apologies, regrets\n", encoding="utf-8")
    again = Table("test", [source])
    assert ["c"] == again.get("k", lambda: ["c"], list, str_list)
    again.save()
    assert 2 == len(list(folder.glob("test-*.marshal")))


def test_another_users_table_is_ignored(
    folder: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(source)
    # As seen by another user: neither the folder nor the file is theirs.
    other = os.getuid() + 1
    with monkeypatch.context() as m:
        m.setattr(tables.os, "getuid", lambda: other)
        again = Table("test", [source])
        assert ["other"] == again.get("k", lambda: ["other"], list, str_list)
        again.save()
    assert ["a", "b"] == Table("test", [source]).get("k", _never, list, str_list)


def test_a_file_others_can_write_is_ignored(folder: Path, source: Path) -> None:
    path = _fill(source)
    os.chmod(path, 0o666)
    again = Table("test", [source])
    assert ["fresh"] == again.get("k", lambda: ["fresh"], list, str_list)


def test_a_folder_others_can_write_is_not_used(folder: Path, source: Path) -> None:
    folder.mkdir(parents=True)
    os.chmod(folder, 0o777)
    table = Table("test", [source])
    assert ["a"] == table.get("k", lambda: ["a"], list, str_list)
    table.save()
    assert not list(folder.glob("*.marshal"))


def test_the_cache_can_be_turned_off(
    source: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CS_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CS_LINT_NO_CACHE", "1")
    table = Table("test", [source])
    assert ["a"] == table.get("k", lambda: ["a"], list, str_list)
    table.save()
    assert not (tmp_path / "cache").exists()


def test_derived_lexicon_values_round_trip(folder: Path) -> None:
    """
    Every kind of value the lexicons keep reads back as derived: the class
    data, cue words, start tokens and anchors of every class.
    """
    names = sorted(lexicons.lexicons())
    for name in names:
        derived = lexicons._derive_anchors(name)
        assert derived == lexicons._decode_anchors(
            json.loads(json.dumps(lexicons._encode_anchors(derived)))
        )
    data = lexicons._read_data()
    stored = json.loads(json.dumps(lexicons._data_fields(data)))
    assert lexicons._parse(data) == lexicons._parse(lexicons._checked_data(stored))
    with pytest.raises(TypeError):
        lexicons._checked_data({"X": {"phrases": ["a", 1]}})


_READ = """
import json, sys
import cs_lint
from cs_lint._engine.registry import builtin_rules
from cs_lint._text import lexicons
from cs_lint._authoring import rule
texts = [t for r in builtin_rules() for t in (*r.bad, *r.good)]
linter = cs_lint.Linter(cs_lint.Config(preview=True, plugins=False))
names = sorted(lexicons.lexicons())
json.dump({
    "findings": [[f.to_dict() for f in linter.lint(t)] for t in texts],
    "cues": {n: sorted(lexicons.cues(n)) for n in names if not lexicons.lexicons()[n].union},
    "starts": {n: sorted(lexicons.starts(n)) for n in names},
    "triggers": {r.code: sorted(r.triggers or ()) for r in linter.rules},
}, sys.stdout)
"""


#: The one-file tables building a `Linter` stores (linting adds the learned
#: model's stored value, "learned-model").
_LINTER_TABLES = {
    "lexicon-data",
    "lexicon-anchors",
    "trigger-entries",
    "empathy-phrase-needs",
    "pack-toml",
    "trigger-gate",
}


def test_a_process_served_from_the_tables_reads_what_one_derives(
    folder: Path,
) -> None:
    """
    Fresh processes: one that fills the tables, one served from them, one
    with the cache off, see the same findings, cue words, start tokens
    and trigger words.
    """

    def run(**env: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", _READ],
            capture_output=True,
            text=True,
            env={**os.environ, **env},
            check=True,
        ).stdout

    filled = run()
    stored = {p.name: p.stat().st_mtime_ns for p in folder.glob("*.marshal")}
    assert {*_LINTER_TABLES, "learned-model"} == {
        name.rsplit("-", 1)[0] for name in stored
    }
    served = run()
    # Served: nothing new to store, so nothing rewritten.
    assert stored == {p.name: p.stat().st_mtime_ns for p in folder.glob("*.marshal")}
    assert filled == served == run(CS_LINT_NO_CACHE="1")


_BUILD = """
import sys
import cs_lint
from cs_lint._engine.registry import builtin_rules
linter = cs_lint.Linter(cs_lint.Config(preview=True, plugins=False))
if sys.argv[1:] == ["lint"]:
    for r in builtin_rules():
        for t in (*r.bad, *r.good):
            linter.lint(t)
"""

_EVERY_CLASS = """
from cs_lint._text import lexicons
for name in sorted(lexicons.lexicons()):
    lexicons.anchors(name)
    lexicons.starts(name)
    if not lexicons.lexicons()[name].union:
        lexicons.cues(name)
"""


def test_the_table_a_linter_reads_does_not_grow_with_linting(folder: Path) -> None:
    """
    What building a `Linter` reads stays what building one needs: linting
    many texts (every rule's examples, so every split scan runs) stores
    its per-scan entries one file each beside it, and a later start-up
    reads none of them.
    """

    def run(script: str, *args: str) -> None:
        subprocess.run([sys.executable, "-c", script, *args], check=True)

    def one_files() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in folder.glob("*.marshal")}

    run(_BUILD)
    built = one_files()
    assert _LINTER_TABLES == {name.rsplit("-", 1)[0] for name in built}
    assert not list(folder.glob("trigger-splits-*/*.marshal"))
    run(_BUILD, "lint")
    # Linting adds one value of its own: the learned model's look-up tables
    # (`stored_data`, read by the first lint, not by building a linter).
    linted = one_files()
    model = {k: v for k, v in linted.items() if k.startswith("learned-model-")}
    assert len(model) == 1
    assert built == {k: v for k, v in linted.items() if k not in model}
    entries = sorted(folder.glob("trigger-splits-*/*.marshal"))
    assert len(entries) > 10
    # Served from the store: each entry is read, none rewritten or added.
    stamps = {p: p.stat().st_mtime_ns for p in entries}
    run(_BUILD, "lint")
    assert linted == one_files()
    assert stamps == {
        p: p.stat().st_mtime_ns for p in folder.glob("trigger-splits-*/*.marshal")
    }
    # A process that builds no linter and asks for every lexicon class
    # (tests, doc generation) keeps those entries one file each.
    run(_EVERY_CLASS)
    assert linted == one_files()
    assert len(list(folder.glob("lexicon-anchors-*/*.marshal"))) > 100


def test_a_per_key_entry_is_read_back_alone(folder: Path, source: Path) -> None:
    """
    A per-key table keeps each entry in its own private file, read back
    without deriving; a damaged entry or another user's means deriving.
    """
    table = Table("test-keys", [source], per_key=True)
    assert ["a"] == table.get("k1", lambda: ["a"], list, str_list)
    assert ["b"] == table.get("k2", lambda: ["b"], list, str_list)
    table.save()
    files = sorted(folder.glob("test-keys-*/*.marshal"))
    assert len(files) == 2
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in files)
    again = Table("test-keys", [source], per_key=True)
    assert ["a"] == again.get("k1", _never, list, str_list)
    assert ["b"] == again.get("k2", _never, list, str_list)
    for path in files:
        path.write_bytes(b"[1")
    damaged = Table("test-keys", [source], per_key=True)
    assert ["c"] == damaged.get("k1", lambda: ["c"], list, str_list)
    files[0].parent.chmod(0o777)
    try:
        shared = Table("test-keys", [source], per_key=True)
        assert ["d"] == shared.get("k2", lambda: ["d"], list, str_list)
    finally:
        files[0].parent.chmod(0o700)


def test_stored_data_keeps_a_few_files_per_name(folder: Path) -> None:
    for n in range(tables._KEEP + 5):
        assert n == tables.stored_data("test-data", f"key {n}", lambda n=n: n, int)
    assert len(list(folder.glob("test-data-*"))) == tables._KEEP
    # The newest are kept and served.
    assert tables._KEEP + 4 == tables.stored_data(
        "test-data", f"key {tables._KEEP + 4}", _never, int
    )


def test_a_settled_table_lets_go_of_what_it_served(folder: Path, source: Path) -> None:
    """
    Once a table settles, the stored values its callers already decoded
    are not held a second time, nor those no one asked for; one asked for
    again, or for the first time, is read back from the one file, not
    derived.
    """
    table = Table("test-release", [source])
    table.get("k1", lambda: ["a"], list, str_list)
    table.get("k2", lambda: ["b"], list, str_list)
    table.get("k3", lambda: ["c"], list, str_list)
    table.settle()
    again = Table("test-release", [source])
    assert ["a"] == again.get("k1", _never, list, str_list)
    again.settle()
    assert again._values == {}  # k2 and k3, never asked for, let go too
    assert ["b"] == again.get("k2", _never, list, str_list)
    assert len(again._values) == 2  # k2, and k3 that no one has asked for
    assert ["a"] == again.get("k1", _never, list, str_list)
    assert ["c"] == again.get("k3", _never, list, str_list)
    assert len(again._values) == 3


def test_equal_strings_in_a_table_are_read_back_as_one(
    folder: Path, source: Path
) -> None:
    """
    A word repeated across a table's entries is one string once read
    back (memory of a ready linter), and the values are unchanged.
    """
    table = Table("test-shared", [source])
    first = table.get("k1", lambda: ["sorry+if", "fault"], list, str_list)
    table.get("k2", lambda: ["fault", "sorry+if"], list, str_list)
    table.save()
    again = Table("test-shared", [source])
    one = again.get("k1", _never, list, str_list)
    two = again.get("k2", _never, list, str_list)
    assert one == first
    assert two == ["fault", "sorry+if"]
    assert one[0] is two[1]
    assert one[1] is two[0]
