"""
The committed rule docs are what the rule metadata renders.
"""

from __future__ import annotations

from pathlib import Path

from cs_lint._scale.gendocs import render_all

from .conftest import ALL_RULES


DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"


def test_generated_docs_are_current() -> None:
    """
    Regenerate with `python -m cs_lint._scale.gendocs docs/rules` when this fails.
    """
    pages = render_all(ALL_RULES)
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    assert sorted(pages) == sorted(committed)
    for name, content in pages.items():
        assert content == committed[name], f"docs/rules/{name} is stale"


def test_writing_rules_example_runs() -> None:
    """
    The rule in docs/writing-rules.md works as printed.
    """
    import re

    import cs_lint

    text = (DOCS.parent / "writing-rules.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.DOTALL)
    assert code is not None
    namespace: dict[str, object] = {}
    exec(compile(code.group(1), "writing-rules.md", "exec"), namespace)
    rules = namespace["RULES"]
    assert isinstance(rules, tuple)
    assert rules
    for rule in rules:
        assert isinstance(rule, cs_lint.Rule)
        assert rule.triggers  # derived from its scans
        for bad in rule.bad:
            assert list(rule.run(cs_lint.Document(bad))), bad
        for good in rule.good:
            assert not list(rule.run(cs_lint.Document(good))), good


def test_phrase_pack_example_loads(tmp_path: Path) -> None:
    """
    The pack in docs/phrase-packs.md loads and its examples hold.
    """
    import re

    import cs_lint

    text = (DOCS.parent / "phrase-packs.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", text, re.DOTALL)
    assert block is not None
    path = tmp_path / "acme.toml"
    path.write_text(block.group(1), encoding="utf-8")
    rules = cs_lint.load_pack(path)
    assert ["ACME501", "ACME302"] == [r.code for r in rules]
    linter = cs_lint.Linter(
        cs_lint.Config(packs=[str(path)], select=["ACME"], plugins=False)
    )
    for r in rules:
        assert any(f.code == r.code for t in r.bad for f in linter.lint(t))
        assert not any(f.code == r.code for t in r.good for f in linter.lint(t))
