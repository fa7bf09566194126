"""
The on-disk cache of compiled patterns (cs_lint._text.compiled): a pattern
served from the cache behaves exactly as the one the regex module
compiles, and anything unexpected about the cache means compiling.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from cs_lint._text import compiled
from cs_lint._text.compiled import cache_dir, compile_cached
from cs_lint._text.lexicons import lexicon_source, lexicons
from cs_lint._text.patterns import compile_pattern
from tests.conftest import ALL_RULES


TEXTS = [t for r in ALL_RULES for t in (*r.bad, *r.good)] + [
    "Hi Sam, I'm sorry you feel that way, but we can't refund it. 🙂",
    "It's NOT our fault!!! As I already told you, the courier's van broke down.",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CS_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CS_LINT_NO_CACHE", raising=False)
    folder = cache_dir()
    assert folder is not None
    return folder


def _never_compile(*_: object) -> object:
    raise AssertionError("compiled instead of loading from the cache")


def _same(a: regex.Pattern[str], b: regex.Pattern[str]) -> None:
    assert a.pattern == b.pattern
    assert a.groupindex == b.groupindex
    for text in TEXTS:
        assert [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(text)] == [
            (m.span(), m.groups(), m.groupdict()) for m in b.finditer(text)
        ]


@pytest.mark.parametrize("name", sorted(lexicons())[:: max(1, len(lexicons()) // 25)])
def test_a_cached_pattern_matches_as_the_compiled_one(
    cache: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    flags = regex.IGNORECASE | regex.VERBOSE
    source = r"\b(?P<head>" + lexicon_source(name) + r")(?P<tail>\s+\w+)?"
    fresh = regex.compile(source, flags)
    first = compile_cached(source, flags)
    assert len(list(cache.glob("*.marshal"))) == 1
    monkeypatch.setattr(compiled, "_recorded", _never_compile)
    second = compile_cached(source, flags)
    _same(fresh, first)
    _same(fresh, second)


_LINT_ALL = """
import json, sys
import cs_lint
from cs_lint._engine.registry import builtin_rules
texts = [t for r in builtin_rules() for t in (*r.bad, *r.good)]
linter = cs_lint.Linter(cs_lint.Config(preview=True, plugins=False))
json.dump([[f.to_dict() for f in linter.lint(t)] for t in texts], sys.stdout)
"""


def test_findings_are_the_same_with_and_without_the_cache(cache: Path) -> None:
    """
    Fresh processes (compiled patterns live for a process): one that fills
    the cache, one served from it, one with the cache off, find the same.
    """

    def run(**env: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", _LINT_ALL],
            capture_output=True,
            text=True,
            env={**os.environ, **env},
            check=True,
        )
        return result.stdout

    filled = run()
    stored = sorted(p.name for p in cache.glob("*.marshal"))
    assert stored  # the lint stored what it compiled
    served = run()
    assert sorted(p.name for p in cache.glob("*.marshal")) == stored
    assert filled == served == run(CS_LINT_NO_CACHE="1")


_SOURCE = r"\bsorry\s+(?:if|that)\b"


@pytest.mark.parametrize(
    "damage",
    [
        b"not marshal",
        marshal.dumps({"a": 1}),
        marshal.dumps(("other source", 0, [], {}, {}, {}, [], 0, (), 0, 0)),
        marshal.dumps((_SOURCE, 0, ["x"], {}, {}, {}, [], 0, (), 0, 0)),
        marshal.dumps((_SOURCE, 0, [1], {"a": "b"}, {}, {}, [], 0, (), 0, 0)),
        marshal.dumps((_SOURCE, 0, [1], {}, {}, {}, [], 0, [1], 0, 0)),
        marshal.dumps((None,) * 11),
        marshal.dumps([None] * 11),
    ],
)
def test_a_damaged_entry_means_compiling(cache: Path, damage: bytes) -> None:
    source = _SOURCE
    compile_cached(source, regex.I)
    [entry] = cache.glob("*.marshal")
    entry.write_bytes(damage)
    pattern = compile_cached(source, regex.I)
    assert pattern.search("I'm sorry if that upset you").group() == "sorry if"


def test_a_cache_others_can_write_is_not_used(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.mkdir(parents=True)
    os.chmod(cache, 0o777)
    pattern = compile_cached(r"\bnot\s+our\s+fault\b", regex.I)
    assert pattern.search("It's not our fault.")
    assert not list(cache.glob("*.marshal"))


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CS_LINT_NO_CACHE", "1")
    assert cache_dir() is None
    assert compile_cached(r"a+", 0).fullmatch("aaa")


def test_a_bad_pattern_raises_as_regex_does(cache: Path) -> None:
    with pytest.raises(regex.error):
        compile_cached(r"(unclosed", 0)
    with pytest.raises(regex.error):
        compile_pattern(r"(unclosed", lazy=False)


def test_module_patterns_serves_str_patterns_from_the_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    Inside `module_patterns`, ``regex.compile`` of a str pattern goes
    through the cache (stored, then served without compiling); bytes
    patterns and keyword options go to the regex module; the regex
    module's own function is back when the (nested) blocks close.
    """
    original = regex.compile
    source = r"\bper\s+my\s+last\s+email\b"
    with compiled.module_patterns():
        with compiled.module_patterns():
            first = regex.compile(source, regex.I)
        assert regex.compile is not original  # the outer block is still open
        assert len(list(cache.glob("*.marshal"))) == 1
        assert regex.compile(rb"\d+").pattern == rb"\d+"
        assert regex.compile(r"a(?P<x>b)", ignore_unused=True).groupindex == {"x": 1}
        with pytest.raises(regex.error):
            regex.compile(r"(unclosed")
        monkeypatch.setattr(compiled, "_recorded", _never_compile)
        second = regex.compile(source, regex.I)
    assert regex.compile is original
    fresh = regex.compile(source, regex.I)
    _same(fresh, first)
    _same(fresh, second)
    assert len(list(cache.glob("*.marshal"))) == 1


def test_cache_dir_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `cache_dir` keeps its last answer only while the variables hold.
    monkeypatch.setenv("CS_LINT_CACHE_DIR", str(tmp_path / "a"))
    monkeypatch.delenv("CS_LINT_NO_CACHE", raising=False)
    assert cache_dir() == tmp_path / "a" / "patterns"
    monkeypatch.setenv("CS_LINT_CACHE_DIR", str(tmp_path / "b"))
    assert cache_dir() == tmp_path / "b" / "patterns"
    monkeypatch.setenv("CS_LINT_NO_CACHE", "1")
    assert cache_dir() is None


def test_importing_cs_lint_leaves_regex_compile_alone() -> None:
    code = (
        "import regex; before = regex.compile; import cs_lint; "
        "cs_lint.Linter().lint('Per my last email, no.'); "
        "assert regex.compile is before"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
