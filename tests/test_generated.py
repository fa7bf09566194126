"""
The compiled-code store for attrs' generated methods (cs_lint._text.generated)
and the collector held during start-up (cs_lint._text.compiled.start_up):
served code behaves as attrs' own, under any hash seed, and anything odd in
the store means compiling as attrs does.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cs_lint._text import generated
from cs_lint._text.compiled import start_up


_PROBE = """
import cs_lint
from cs_lint._text import generated
f = cs_lint.Edit(1, 2, "x")
s = cs_lint.Suggestion("m", (f,))
print(hash(f), hash(s), repr(s), f == cs_lint.Edit(1, 2, "x"), generated._STORE.new)
"""


def _probe(cache: Path, seed: str, **env: str) -> list[str]:
    run_env = {**os.environ, "CS_LINT_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
    run_env.pop("CS_LINT_NO_CACHE", None)
    run_env.update(env)
    out = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        check=True,
        env=run_env,
    ).stdout
    return out.split()


def test_served_methods_are_attrs_own_under_any_hash_seed(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    filled = _probe(cache, "1")
    stores = list((cache / "code").glob("attrs-*.marshal"))
    assert len(stores) == 1
    stamp = stores[0].stat().st_mtime_ns
    served = _probe(cache, "2")
    assert served[-1] == "False"  # every snippet found: nothing new to store
    assert stores[0].stat().st_mtime_ns == stamp
    compiled = _probe(cache, "2", CS_LINT_NO_CACHE="1")
    # The same hashes as attrs' own code under the same seed (the type hash
    # attrs writes into __hash__ differs per seed), the same repr and eq.
    assert served[:-1] == compiled[:-1]
    assert filled[2:-1] == served[2:-1]


def test_a_damaged_store_means_compiling(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    compiled = _probe(cache, "3", CS_LINT_NO_CACHE="1")
    (cache / "code").mkdir(parents=True, mode=0o700)
    store = cache / "code" / f"attrs-{sys.implementation.cache_tag}.marshal"
    store.write_bytes(b"\x00not marshal")
    store.chmod(0o600)
    assert _probe(cache, "3")[:-1] == compiled[:-1]
    # Rewritten with what the process compiled.
    assert _probe(cache, "3")[-1] == "False"


def test_the_type_hash_is_taken_out_of_the_key() -> None:
    name = "<attrs generated methods some.module.Thing>"
    number = hash("<attrs generated hash some.module.Thing>")
    script = (
        "def __hash__(self):\n"
        "        return hash((\n"
        f"                {number},\n"
        "                self.a,\n"
        "            ))\n"
    )
    source, found = generated._normalised(script, name) or ("", None)
    assert found == number
    assert str(number) not in source
    # A linecache variant of the name hashes as the class's own name.
    again = generated._normalised(script, name[:-1] + "-2>")
    assert again == (source, number)
    # A number that is not the class's: compiled as attrs does, not stored.
    assert generated._normalised(script, "<attrs generated methods other.X>") is None
    assert generated._normalised("x = 1\n", "<anything>") == ("x = 1\n", None)
    code = generated._with_number(compile(source, name, "exec"), number)
    space: dict[str, object] = {}
    exec(code, space)

    class Thing:
        a = 5

    assert space["__hash__"](Thing()) == hash((number, 5))  # type: ignore[operator]


@pytest.mark.parametrize("enabled", [True, False])
def test_start_up_puts_the_collector_back_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        with start_up():
            assert not gc.isenabled()
            with start_up():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_start_up_leaves_nothing_frozen_and_keeps_the_hosts_frozen() -> None:
    was = gc.isenabled()
    gc.enable()
    try:
        if not gc.get_freeze_count():
            with start_up():
                kept = [[] for _ in range(10)]
            assert gc.get_freeze_count() == 0
            assert gc.isenabled()
        kept = [[]]
        gc.freeze()
        frozen = gc.get_freeze_count()
        with start_up():
            kept.append([])
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        if not was:
            gc.disable()


def test_an_attrs_of_another_shape_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import attr._make as made

    monkeypatch.setenv("CS_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CS_LINT_NO_CACHE", raising=False)
    saved = generated.serving()
    assert saved is not None  # the installed attrs has the expected shape
    generated.restore(saved)

    def other(script: str, globs: dict[str, object], filename: str) -> None:
        raise AssertionError("never called here")

    monkeypatch.setattr(made, "_compile_and_eval", other)
    assert generated.serving() is None
    assert made._compile_and_eval is other
