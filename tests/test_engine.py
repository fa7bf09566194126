"""
The engine: context handling, ordering, preview, threads, plugins.
"""

from __future__ import annotations

import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import cs_lint
from cs_lint import Config, Linter


class TestContext:
    @pytest.mark.parametrize(
        "text",
        [
            'You wrote "you failed to deliver it", and you are right. I\'m sorry.',
            "You said ‘did you even read my email?’ — I did, and I'm sorry.",
            "> As I already told you, it ships Monday.\n\nThanks, it arrived!",
        ],
    )
    def test_quoted_words_are_skipped(self, linter: Linter, text: str) -> None:
        """
        Words inside quotation marks or quoted lines are the customer's.
        """
        assert [] == [
            f.code for f in linter.lint(text) if f.family.value == "accusatory"
        ]

    def test_agent_blaming_itself(self, linter: Linter) -> None:
        """
        The agent owning a mistake is not blame.
        """
        assert [] == linter.lint(
            "We should have told you sooner, and I failed to send the link."
        )

    def test_negation(self, linter: Linter) -> None:
        """
        A negated blame phrase is not blame.
        """
        assert [] == linter.lint("This is not your fault, and you're not wrong to ask.")

    def test_document_clause_speaker(self) -> None:
        """
        The document tells the agent speaking from an instruction.
        """
        doc = cs_lint.Document("I'll try to fix it. Try restarting the router.")
        assert "agent" == doc.clause_at(doc.text.index("try")).speaker
        assert "imperative" == doc.clause_at(doc.text.index("Try")).speaker


def test_findings_sorted_and_deterministic(linter: Linter) -> None:
    """
    Findings come back ordered by position, the same on every run.
    """
    text = "Obviously it failed. Did you even read it? As I already told you, no."
    first = linter.lint(text)
    assert [f.start for f in first] == sorted(f.start for f in first)
    assert first == linter.lint(text)


def test_preview_rules_off_by_default(tmp_path: Path) -> None:
    """
    A preview rule runs only with preview on or when selected by code.
    """
    pack = tmp_path / "p.toml"
    pack.write_text(
        textwrap.dedent("""
        [[rule]]
        code = "XY101"
        name = "xy-rule"
        family = "hedging"
        kind = "existence"
        message = "m {excerpt}"
        why = "w (seed 003)"
        phrases = ["hopefully"]
        preview = true
        bad = ["Hopefully it works."]
        good = ["It works."]
    """)
    )
    assert "XY101" not in [
        r.code for r in Linter(Config(packs=[str(pack)], plugins=False)).rules
    ]
    assert "XY101" in [
        r.code
        for r in Linter(Config(packs=[str(pack)], preview=True, plugins=False)).rules
    ]
    assert "XY101" in [
        r.code
        for r in Linter(
            Config(packs=[str(pack)], select=["XY101"], plugins=False)
        ).rules
    ]
    assert "XY101" not in [
        r.code
        for r in Linter(Config(packs=[str(pack)], select=["XY"], plugins=False)).rules
    ]


def test_threads_agree(linter: Linter) -> None:
    """
    A linter shared by 8 threads returns what one thread does.
    """
    texts = [
        f"Reply {i}: As I already told you, obviously it ships. Did you even read it? 😡 {i}"
        for i in range(200)
    ]
    expected = [linter.lint(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(linter.lint, texts))
    assert expected == got


def test_type_errors(linter: Linter) -> None:
    """
    Non-text input is a TypeError saying what was expected.
    """
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        linter.lint(b"hi")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="customer must be str"):
        linter.lint("hi", customer=3)  # type: ignore[arg-type]


def test_lint_convenience() -> None:
    """
    cs_lint.lint gives what a Linter gives.
    """
    text = "Did you even read it?"
    assert Linter().lint(text) == cs_lint.lint(text)
    assert [] == cs_lint.lint(text, config=Config(ignore=["CS104"]))


PLUGIN = '''
from cs_lint import Family, Match, rule

@rule(
    code="ZZ101",
    name="zz-shouting-hello",
    family=Family.NEGATIVE_FRAMING,
    message="Loud hello: {excerpt}",
    why="Shouting reads as anger (seed 000).",
    bad=("HELLO there", "Well HELLO"),
    good=("Hello there", "hello"),
)
def zz(doc):
    """## What it does
    Flags HELLO."""
    start = doc.text.find("HELLO")
    if start != -1:
        yield Match(start, start + 5)

RULES = [zz]
'''


@pytest.fixture
def plugin_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """
    Install a real distribution with a cs_lint.rules entry point on sys.path.
    """
    (tmp_path / "zz_rules.py").write_text(PLUGIN)
    info = tmp_path / "zz_rules-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: zz-rules\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text("[cs_lint.rules]\nzz = zz_rules:RULES\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("zz_rules", None)


def test_entry_point_plugin(plugin_dist: Path) -> None:
    """
    A rule published through the cs_lint.rules entry point runs.
    """
    linter = Linter(Config(select=["ZZ101"]))
    (f,) = linter.lint("Well HELLO")
    assert "ZZ101" == f.code
    assert "zz-rules" in linter.rules[0].source
    assert "ZZ101" not in [r.code for r in Linter(Config(plugins=False)).rules]


def test_plugin_discovery_sees_an_entry_point(plugin_dist: Path) -> None:
    """
    The cheap look for plugins finds a distribution that declares the
    entry-point group, and a zip on sys.path sends it to importlib.metadata.
    """
    from cs_lint._engine import registry

    assert registry._may_have_plugins()


def test_plugin_discovery_without_plugins_reads_no_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    With no distribution declaring cs_lint.rules, building a linter never
    imports importlib.metadata (a one-shot check saves ~30 ms); a zip on
    sys.path, which the cheap look cannot read, falls back to it.
    """
    import subprocess

    from cs_lint._engine import registry

    code = (
        "import sys, cs_lint; cs_lint.Linter(); "
        "print('importlib.metadata' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "False" == out.stdout.strip()
    (tmp_path / "plugins.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    monkeypatch.syspath_prepend(str(tmp_path / "plugins.zip"))
    assert registry._may_have_plugins()


def test_plugin_code_conflict(plugin_dist: Path) -> None:
    """
    A plugin claiming a built-in code is an error naming both sources.
    """
    text = (plugin_dist / "zz_rules.py").read_text().replace("ZZ101", "CS101")
    (plugin_dist / "zz_rules.py").write_text(text)
    with pytest.raises(
        cs_lint.RuleConflictError, match=r"CS101.*cs_lint\.rules\.accusatory.*zz-rules"
    ):
        Linter()


def test_conjunctive_triggers_gate_on_all_words() -> None:
    """
    A trigger "a+b" lets the rule run only when both words occur; plain
    words keep their any-of meaning, and no triggers means always run.
    """
    import attrs

    from cs_lint._authoring.rule import all_of
    from cs_lint.rules import RULES

    base = RULES[0]
    r = attrs.evolve(
        base, triggers=frozenset({"fault", *all_of("not", "our my").split()})
    )
    assert r.triggered(frozenset({"fault"}))
    assert r.triggered(frozenset({"not", "my", "x"}))
    assert not r.triggered(frozenset({"not", "x"}))
    assert not r.triggered(frozenset({"our"}))
    assert attrs.evolve(base, triggers=None).triggered(frozenset())
