"""
What a fresh process does not pay for until it needs it (issue 15): a
scan's trigger index, package metadata, the entry-point machinery.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cs_lint import Document
from cs_lint._authoring.rule import Triggers


def test_triggers_index_their_words_on_first_use() -> None:
    entries = frozenset({"per+last", "repeat", "as+told", "as+said"})
    lazy = Triggers(entries)
    assert lazy._words is None  # nothing indexed at construction
    doc = Document("Per day. My last. Per my last. I repeat. As I told you.")
    assert {2, 3, 4} == lazy.windows_met(doc)
    assert lazy._words is not None
    assert frozenset({"last", "repeat", "told", "said"}) == lazy.words
    fresh = Triggers(entries)
    assert fresh.met(doc)
    assert fresh.met_by(frozenset({"as", "said"}))
    assert not Triggers(entries).met_by(frozenset({"as", "per"}))
    # Asking for the words alone (a split scan asks every branch) does not
    # index the needs; testing a text does.
    words_only = Triggers(entries)
    assert frozenset({"last", "repeat", "told", "said"}) == words_only.words
    assert words_only._by_key is None
    assert words_only.met(Document("Per my last."))
    assert words_only._by_key is not None


def test_a_one_shot_check_reads_no_package_metadata(tmp_path: Path) -> None:
    """
    ``cs-lint check`` with no plugins installed never imports
    importlib.metadata (the version is read only for ``--version``).
    """
    reply = tmp_path / "reply.txt"
    reply.write_text("As I already told you, it ships Monday.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from cs_lint.cli import main\n"
        f"code = main(['check', {str(reply)!r}])\n"
        "print('metadata' if 'importlib.metadata' in sys.modules else 'none', code)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "CS103" in out
    assert out.splitlines()[-1] == "none 1"
    version = subprocess.run(
        [sys.executable, "-m", "cs_lint", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert version.startswith("cs-lint ")


#: Modules a one-shot ``cs-lint check`` of a plain reply with warm caches and
#: no configuration file never needs (each costs millions of instructions
#: on every start): TOML is read from the derived tables, digests come from
#: ``_blake2`` without OpenSSL.
_NOT_AT_START = ("tomllib", "hashlib")


def test_a_warm_one_shot_check_imports_only_what_it_needs(tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("As I already told you, it ships Monday.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from cs_lint.cli import main\n"
        f"code = main(['check', {str(reply)!r}])\n"
        f"print(*[m for m in {_NOT_AT_START!r} if m in sys.modules], code)\n"
    )
    env = {**os.environ, "CS_LINT_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CS_LINT_NO_CACHE", None)
    outs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=tmp_path,
        ).stdout
        for _ in range(2)
    ]
    assert "CS103" in outs[1]
    assert outs[1].splitlines()[-1] == "1"


def test_only_plain_toml_is_stored() -> None:
    import datetime

    from cs_lint._authoring.packs import _plain, _plain_table

    plain = {"rule": [{"code": "X1", "phrases": ["a"], "n": 1, "f": 0.5, "b": True}]}
    assert _plain(plain) is plain
    assert _plain_table(plain) is plain
    dated = {"rule": [{"when": datetime.date(2026, 1, 1)}]}
    assert _plain(dated) is None
    with pytest.raises(TypeError):
        _plain_table(None)
    with pytest.raises(TypeError):
        _plain_table(dated)


def test_the_stored_trigger_gate_is_the_built_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    The linter's trigger gate read back from the derived tables' folder is
    the gate built from the rules; a damaged file, or one stored under
    another key, means building it.
    """
    import cs_lint
    from cs_lint._engine import linter as engine

    monkeypatch.setenv("CS_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CS_LINT_NO_CACHE", raising=False)
    monkeypatch.setattr(engine, "package_key", lambda: "this copy")
    rules = cs_lint.Linter(cs_lint.Config(preview=True, plugins=False)).rules
    built = engine._gate_tables(rules)
    first = engine._Gate(rules)
    [stored] = (tmp_path / "tables").glob("trigger-gate-*")
    served = engine._Gate(rules)
    for gate in (first, served):
        assert (gate.ungated, gate._single, gate._pairs, gate._larger) == built
    # The built-in rules' entries are named by the package's key, not
    # stored: the file holds none of them.
    keyed = engine._gate_key(rules)
    assert keyed is not None
    key, known = keyed
    assert known == frozenset(range(len(rules)))
    empty = engine._entries(rules, known)
    assert not any(empty)
    entries = engine._entries(rules)
    wrong = (*built[:1], {}, {}, {})
    for damage in (
        b"junk",
        marshal.dumps((1, 2, 3, 4)),
        marshal.dumps((key, built[:3], empty)),
        marshal.dumps((key, built, entries)),
        marshal.dumps((built, entries)),  # round 9's (tables, entries)
        # A gate of other rules renamed into this key's file.
        marshal.dumps((key + "\nCS999", wrong, empty)),
    ):
        stored.write_bytes(damage)
        again = engine._Gate(rules)
        assert (again.ungated, again._single, again._pairs, again._larger) == built
    # Another rule set is another entry.
    engine._Gate(rules[1:])
    assert len(list((tmp_path / "tables").glob("trigger-gate-*"))) == 2
    with pytest.raises(TypeError):
        engine._checked_gate(built, 1)  # indexes past the rule count
    # Each key's entries are one string until a text holds the key (memory
    # of a ready linter), and parse back into every rule's entries.
    stored.unlink()
    engine._Gate(rules)
    read = engine._Gate(rules)
    assert not read._parsed
    assert {type(v) for table in built[2:] for v in table.values()} == {str}
    found: dict[int, set[str]] = {i: set() for i in range(len(rules))}
    for word, got in read._single.items():
        for i in got:
            found[i].add(word)
    for key in read._need_words:
        pairs, larger = read._entries_under(key)
        for i, others in pairs:
            found[i] |= {"+".join(sorted((key, o))) for o in others}
        for i, need in larger:
            assert key in need
            found[i].add("+".join(sorted(need)))
    assert len(read._parsed) == len(read._need_words)
    for i, r in enumerate(rules):
        if i in read.ungated:
            assert r.triggers is None
            continue
        assert r.triggers is not None
        # An entry that repeats a word ("a+a") needs each word once.
        assert found[i] == {"+".join(sorted(set(w.split("+")))) for w in r.triggers}


def test_a_damaged_key_string_in_the_gate_wakes_every_rule() -> None:
    """
    A stored gate's key string is read when a text first holds the key; one
    of another shape (a damaged file that still reads as gate tables) wakes
    every rule whenever the key is present, never fewer.
    """
    from cs_lint._engine import linter as engine

    parse = engine._parse_entries
    assert parse("", "late", 3) == ()
    assert parse("0\x1fsorry\x1e2\x1fsorry\x1fapologies", "late", 3) == (
        (0, frozenset({"sorry"})),
        (2, frozenset({"sorry", "apologies"})),
    )
    every = tuple((i, frozenset({"late"})) for i in range(3))
    for damaged in ("x\x1fsorry", "3\x1fsorry", "-1\x1fsorry", "1", "1\x1fa\x1e"):
        assert parse(damaged, "late", 3) == every


def test_a_changed_package_rebuilds_the_stored_gate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    The stored gate is found by the package's key: another key (a changed
    source file) builds and stores another gate; with no key (a file
    changed while the process ran) every rule's entries are stored and
    compared. Rules that are not the built-in objects (a plugin's, a
    host's copies) have their entries stored and compared whatever the key.
    """
    import attrs

    import cs_lint
    from cs_lint._engine import linter as engine
    from cs_lint._text.compiled import blake2b

    monkeypatch.setenv("CS_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CS_LINT_NO_CACHE", raising=False)
    # The linter's own gate under a key of its own: with the real key, a
    # package file edited less than SETTLED_NS before pytest started makes
    # it the source key, the one the third case below expects to be new.
    monkeypatch.setattr(engine, "package_key", lambda: "the linter's own")
    rules = cs_lint.Linter(cs_lint.Config(preview=True, plugins=False)).rules
    built = engine._gate_tables(rules)
    builds: list[int] = []
    real = engine._gate_tables

    def counted(given: tuple[cs_lint.Rule, ...]) -> engine._GateTables:
        builds.append(len(given))
        return real(given)

    monkeypatch.setattr(engine, "_gate_tables", counted)

    def gate() -> engine._GateTables:
        g = engine._Gate(rules)
        return (g.ungated, g._single, g._pairs, g._larger)

    folder = tmp_path / "tables"
    before = set(folder.glob("trigger-gate-*"))  # the linter's own
    for package in ("before the edit", "after the edit", None):
        monkeypatch.setattr(engine, "package_key", lambda p=package: p)
        builds.clear()
        assert gate() == built
        assert builds == [len(rules)]  # not stored yet: built
        assert gate() == built
        assert builds == [len(rules)]  # stored: read back
    assert len(set(folder.glob("trigger-gate-*")) - before) == 3
    # Without a package key the file holds every rule's entries, and one
    # holding other entries (as many) is not used.
    keyed = engine._gate_key(rules)
    assert keyed is not None
    key, known = keyed
    assert not known
    entries = engine._entries(rules)
    i = next(k for k, e in enumerate(entries) if e)
    other = (*entries[:i], frozenset({"zz" + w for w in entries[i]}), *entries[i + 1 :])
    wrong = (*built[:1], {}, {}, {})
    name = blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    (folder / f"trigger-gate-{name}.marshal").write_bytes(
        marshal.dumps((key, wrong, other))
    )
    builds.clear()
    assert gate() == built
    assert builds == [len(rules)]
    # Copies of the rules are not the built-in rules: their entries are
    # stored and checked even with a package key.
    monkeypatch.setattr(engine, "package_key", lambda: "before the edit")
    copies = tuple(attrs.evolve(r, source="a plugin") for r in rules)
    keyed = engine._gate_key(copies)
    assert keyed is not None
    assert not keyed[1]
    g = engine._Gate(copies)
    assert (g.ungated, g._single, g._pairs, g._larger) == built


def test_the_package_key_names_every_settled_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    `package_key` changes with any package file's bytes, a file added or
    removed, and is None when a file changed too close to the process's
    start (it may have been read before the change) or the folder is gone.
    """
    import time

    from cs_lint._text import tables

    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__pycache__").mkdir()
    (pkg / "a.py").write_text("WORDS = 'sorry'\n")
    (pkg / "sub" / "b.toml").write_text("x = 1\n")
    # Every file settled long before this "process" started.
    monkeypatch.setattr(tables, "STARTED_NS", time.time_ns() + 10 * tables.SETTLED_NS)
    key = tables.package_key(pkg)
    assert key is not None
    assert tables.package_key(pkg) == key
    (pkg / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"bytecode")
    assert tables.package_key(pkg) == key  # bytecode is not a source

    def changed() -> str | None:
        nonlocal key
        new = tables.package_key(pkg)
        assert new is not None
        assert new != key
        key = new
        return new

    # An editor's save: a new file renamed over the old (the same size).
    (pkg / "new.tmp").write_text("WORDS = 'sirry'\n")
    os.replace(pkg / "new.tmp", pkg / "a.py")
    changed()
    # Written in place, another size.
    (pkg / "a.py").write_text("WORDS = 'sorry!'\n")
    changed()
    # Written in place, the same size, the modification time moved.
    (pkg / "a.py").write_text("WORDS = 'sorry?'\n")
    os.utime(pkg / "a.py", ns=(1, 1))
    changed()
    (pkg / "sub" / "c.py").write_text("")
    changed()
    (pkg / "sub" / "c.py").unlink()
    changed()
    # A file changed after the process started (or within the settling
    # margin before it): no key.
    monkeypatch.setattr(tables, "STARTED_NS", time.time_ns())
    (pkg / "a.py").write_text("WORDS = 'sorry'\n")
    assert tables.package_key(pkg) is None
    assert tables.package_key(tmp_path / "gone") is None


def test_only_the_program_freezes_its_heap(tmp_path: Path) -> None:
    """
    ``main([...])`` called in a host's process leaves the collector as it
    was; the ``cs-lint`` program (no argv) freezes its start-up heap.
    """
    import gc

    from cs_lint.cli import main

    reply = tmp_path / "reply.txt"
    reply.write_text("Thanks, it ships Monday.\n", encoding="utf-8")
    frozen = gc.get_freeze_count()
    assert main(["check", str(reply)]) == 0
    assert gc.get_freeze_count() == frozen
    code = (
        "import gc, sys\n"
        "from cs_lint.cli import main\n"
        f"sys.argv = ['cs-lint', 'check', {str(reply)!r}]\n"
        "main()\n"
        "print(gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines()[-1] == "True"


def test_the_program_exits_without_the_teardown_and_loses_nothing(
    tmp_path: Path,
) -> None:
    """
    The ``cs-lint`` program (`cs_lint.cli.program`) skips the interpreter's
    teardown: its output, its exit code and the exit handlers (the derived
    tables are saved there) are all kept; with another thread running it
    exits normally (the thread is joined); `main` still returns.
    """
    reply = tmp_path / "reply.txt"
    reply.write_text("As I already told you, it ships Monday.\n", encoding="utf-8")
    env = {**os.environ, "CS_LINT_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CS_LINT_NO_CACHE", None)

    def run(code: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            check=False,
        )

    start = (
        "import atexit, os, sys, threading, time\n"
        "atexit.register(print, 'handler ran')\n"
        f"sys.argv = ['cs-lint', 'check', {str(reply)!r}]\n"
        "from cs_lint.cli import program\n"
    )
    fast = run(start + "print('unflushed', end='')\nprogram()\n")
    assert fast.returncode == 1, fast.stderr
    assert "CS103" in fast.stdout
    assert fast.stdout.endswith("handler ran\n")
    assert "unflushed" in fast.stdout
    assert list((tmp_path / "cache" / "tables").glob("*"))
    # A thread still running when `main` returns is joined, as the normal
    # exit does.
    joined = run(
        start + "import cs_lint.cli as cli\n"
        "done, real = threading.Event(), cli.main\n"
        "def main(argv=None):\n"
        "    try:\n"
        "        return real(argv)\n"
        "    finally:\n"
        "        done.set()\n"
        "cli.main = main\n"
        "threading.Thread(target=lambda: (done.wait(), time.sleep(0.2), print('joined')))"
        ".start()\nprogram()\n"
    )
    assert joined.returncode == 1, joined.stderr
    assert joined.stdout.rstrip().splitlines()[-2:] == ["joined", "handler ran"]
    # `python -m cs_lint` is the program too; `main` returns to its caller.
    module = subprocess.run(
        [sys.executable, "-m", "cs_lint", "check", str(reply)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert module.returncode == 1
    assert "CS103" in module.stdout
    host = run(
        "import sys\nfrom cs_lint.cli import main\n"
        f"sys.argv = ['cs-lint', 'check', {str(reply)!r}]\n"
        "print('returned', main())\n"
    )
    assert host.stdout.rstrip().endswith("returned 1")


def test_a_rules_trigger_union_is_made_on_first_use() -> None:
    """
    `Rule.triggers` of a rule with scans is the union of its scans' needs
    and its own words, joined the first time it is read (a linter whose
    gate is stored never reads it); equality, hashing, copies and the
    rule's own gate see the same value.
    """
    import attrs

    from cs_lint import Family, rule
    from cs_lint._authoring.rule import _Union, scan

    s = scan(r"\bper\s+my\s+last\b", needs="per+last")

    @rule(
        code="CS998",
        name="lazy-union",
        family=Family.ACCUSATORY,
        message="m",
        why="w",
        bad=("Per my last email.",),
        good=("Thanks.",),
        triggers=("repeat",),
        scans=(s,),
    )
    def check(doc: Document) -> list[object]:
        return []

    assert type(check._triggers) is _Union
    assert check._triggers._value is check._triggers  # not joined yet
    assert check.may_fire(Document("Per my last email."))
    assert not check.may_fire(Document("Per day. My last."))
    assert check.triggered(frozenset({"repeat"}))
    assert check.triggers == frozenset({"per+last", "repeat"})
    copy = attrs.evolve(check, source="elsewhere")
    assert copy.triggers == check.triggers
    assert attrs.evolve(check) == check
    assert hash(attrs.evolve(check)) == hash(check)
    assert attrs.evolve(check, triggers=frozenset({"x"})) != check
    assert attrs.evolve(check, triggers=None).triggers is None
    assert attrs.evolve(check, triggers=None).may_fire(Document("Anything."))
