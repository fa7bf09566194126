"""
The engine boundary: whatever a rule (a plugin's above all) yields is
checked before it becomes a finding, a rule cannot change the document
the others read, and the documented limits apply with a clear error or
note, never a silent cut (issue 19, items 6 and 16).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import cs_lint
from cs_lint import Config, Document, Family, Linter, Match, rule
from cs_lint._base.finding import Edit, Findings, Suggestion
from cs_lint._engine import registry


def _plugin(
    yielding: Callable[[Document], Iterator[Any]], message: str = "x {excerpt}"
) -> Any:
    @rule(
        code="ZZ901",
        name="zz-bad-plugin",
        family=Family.NEGATIVE_FRAMING,
        message=message,
        why="Only for tests.",
        bad=("hello",),
        good=("bye",),
    )
    def check(doc: Document) -> Iterator[Any]:
        yield from yielding(doc)

    return check


@pytest.fixture
def with_plugin(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Linter]:
    def build(yielding: Callable[[Document], Iterator[Any]], **kw: Any) -> Linter:
        plugin = _plugin(yielding, **kw)
        monkeypatch.setattr(registry, "plugin_rules", lambda: [plugin])
        return Linter(Config(select=["ZZ901"]))

    return build


BAD_MATCHES: list[tuple[str, Callable[[Document], Iterator[Any]], str]] = [
    ("not a Match", lambda d: iter([(0, 1)]), "a tuple, not"),
    ("bool span", lambda d: iter([Match(False, True)]), "not two integers"),
    ("float span", lambda d: iter([Match(0.0, 1.5)]), "not two integers"),  # type: ignore[arg-type]
    ("past the end", lambda d: iter([Match(0, 999)]), "outside the text"),
    ("negative", lambda d: iter([Match(-1, 2)]), "outside the text"),
    ("confidence 7.5", lambda d: iter([Match(0, 1, confidence=7.5)]), "confidence"),
    ("confidence True", lambda d: iter([Match(0, 1, confidence=True)]), "confidence"),
    (
        "not a Suggestion",
        lambda d: iter([Match(0, 1, suggestions=("fix it",))]),  # type: ignore[arg-type]
        "not a cs_lint.Suggestion",
    ),
    (
        "edit outside",
        lambda d: iter(
            [
                Match(
                    0,
                    1,
                    suggestions=(Suggestion("x", (Edit(3, 99, ""),)),),
                )
            ]
        ),
        "lies outside",
    ),
    (
        "edits overlap",
        lambda d: iter(
            [
                Match(
                    0,
                    1,
                    suggestions=(Suggestion("x", (Edit(0, 3, ""), Edit(2, 4, ""))),),
                )
            ]
        ),
        "overlap",
    ),
    ("data not str", lambda d: iter([Match(0, 1, data={"a": 1})]), "mapping of str"),  # type: ignore[dict-item]
]


@pytest.mark.parametrize(
    ("yielding", "expect"),
    [(y, e) for _, y, e in BAD_MATCHES],
    ids=[name for name, _, _ in BAD_MATCHES],
)
def test_invalid_plugin_output_is_a_rule_error_naming_the_rule(
    with_plugin: Callable[..., Linter],
    yielding: Callable[[Document], Iterator[Any]],
    expect: str,
) -> None:
    linter = with_plugin(yielding)
    with pytest.raises(cs_lint.RuleError, match=expect) as info:
        linter.lint("hello there")
    assert "ZZ901 (zz-bad-plugin)" in str(info.value)


def test_a_template_with_an_unknown_field_is_a_rule_error(
    with_plugin: Callable[..., Linter],
) -> None:
    linter = with_plugin(lambda d: iter([Match(0, 5)]), message="{excerpt} {nope}")
    with pytest.raises(cs_lint.RuleError, match=r"ZZ901.*cannot be filled"):
        linter.lint("hello there")


def test_a_rule_cannot_change_the_document(with_plugin: Callable[..., Linter]) -> None:
    def rewrite(doc: Document) -> Iterator[Match]:
        doc.text = "something else"  # type: ignore[misc]
        yield Match(0, 1)

    linter = with_plugin(rewrite)
    with pytest.raises(cs_lint.RuleError, match="read-only"):
        linter.lint("hello there")


@pytest.mark.parametrize("name", ["text", "lower", "macros", "facts", "conversation"])
def test_document_attributes_are_read_only(name: str) -> None:
    doc = Document("Hi there.")
    with pytest.raises(AttributeError, match="read-only"):
        setattr(doc, name, None)


def test_max_chars_is_an_error_not_a_cut() -> None:
    linter = Linter(Config(max_chars=100))
    assert [] == linter.lint("ok " * 33)
    with pytest.raises(cs_lint.InputError, match="101 characters, over the max-chars"):
        linter.lint("x" * 101)
    with pytest.raises(cs_lint.InputError, match="max-chars"):
        linter.check_email_body("x" * 101)


def test_max_bytes_for_messages() -> None:
    linter = Linter(Config(max_bytes=200))
    raw = b"From: a@example.com\nSubject: hi\n\n" + b"word " * 100
    with pytest.raises(cs_lint.InputError, match="over the max-bytes limit of 200"):
        linter.check_email(raw)


def test_max_findings_caps_and_says_so() -> None:
    text = "You failed to attach it. " * 30
    full = Linter(Config(select=["CS101"])).lint(text)
    capped = Linter(Config(select=["CS101"], max_findings=10)).lint(text)
    assert 30 == len(full)
    assert isinstance(capped, Findings)
    assert full[:10] == list(capped)
    assert 20 == capped.omitted
    assert "stopped after 10 findings (max-findings); 20 more not reported" == (
        capped.note()
    )
    report = Linter(Config(select=["CS101"], max_findings=10)).check_email_body(text)
    assert any("max-findings" in n for n in report.notes)


def test_limits_from_the_config_file(tmp_path: Any) -> None:
    path = tmp_path / "cs-lint.toml"
    path.write_text("max-chars = 10\nmax-findings = 0\n")
    config = cs_lint.load_config(path)
    assert (10, 0) == (config.max_chars, config.max_findings)
    path.write_text("max-bytes = -1\n")
    with pytest.raises(cs_lint.ConfigError, match="max-bytes"):
        cs_lint.load_config(path)


def test_findings_share_their_strings() -> None:
    findings = Linter(Config(select=["CS702"])).lint("ALREADY and " * 50)
    assert 50 == len(findings)
    assert len({id(f.message) for f in findings}) == 1
    assert len({id(f.excerpt) for f in findings}) == 1
