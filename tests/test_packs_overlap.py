"""
Phrase packs: a swap to nothing reads well, templates cannot reach into
objects or build huge strings, and a pack rule can replace the built-in
it rewords (issue 18, item 8; issue 19, item 16).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cs_lint
from cs_lint import Config, Linter, PackError, apply_edits
from cs_lint._authoring.packs import parse_pack


RULE = """
[[rule]]
code = "ACME501"
name = "acme-stock-phrase"
family = "script-rigidity"
kind = "substitution"
message = {message}
why = "Stock phrases read as a macro, not a person (seed 001)."
swap = {{ "please be advised that" = "", "at your earliest convenience" = "when you can" }}
bad = ["Please be advised that your order shipped."]
good = ["Your order shipped."]
{extra}
"""


def _pack(
    tmp_path: Path,
    message: str = '"Stock phrase {excerpt!r}: write {replacement!r} instead"',
    extra: str = "",
) -> Path:
    path = tmp_path / "acme.toml"
    path.write_text(RULE.format(message=message, extra=extra))
    return path


def test_a_swap_to_nothing_reads_well(tmp_path: Path) -> None:
    linter = Linter(Config(packs=[str(_pack(tmp_path))], select=["ACME501"]))
    for text, fixed in [
        ("Please be advised that your order shipped.", "Your order shipped."),
        ("Hi Sam, please be advised that it shipped.", "Hi Sam, it shipped."),
        ("It shipped. Please be advised that it is late.", "It shipped. It is late."),
    ]:
        (f,) = linter.lint(text)
        assert fixed == apply_edits(text, f.suggestions[0].edits)
        assert "''" not in f.message
        assert f.message.endswith(": remove it")
    (f,) = linter.lint("Reply at your earliest convenience.")
    assert "write 'when you can' instead" in f.message


@pytest.mark.parametrize(
    ("message", "why"),
    [
        ('"{excerpt.__class__}"', "unknown field"),
        ('"{excerpt[0]}"', "unknown field"),
        ('"{excerpt:>999999999}"', "format spec"),
        ('"{excerpt!a}"', "conversion"),
        ('"{nope}"', "unknown field"),
        ('"{excerpt"', "invalid"),
    ],
)
def test_templates_reject_specs_and_attribute_access(
    tmp_path: Path, message: str, why: str
) -> None:
    with pytest.raises(PackError, match=why) as info:
        cs_lint.load_pack(_pack(tmp_path, message=message))
    assert "message" == info.value.key
    assert info.value.line is not None


def test_a_pack_rule_can_replace_the_built_in(tmp_path: Path) -> None:
    text = "Please be advised that your order shipped."
    both = Linter(Config(packs=[str(_pack(tmp_path))]))
    assert {"ACME501", "CS501"} <= {f.code for f in both.lint(text)}
    pack = _pack(tmp_path, extra='replaces = ["CS501"]')
    # The learned stage defers to CS5 rules only (`defers_to`), not to a
    # pack rule that replaces one: left out here, it is not what this is about.
    one = Linter(Config(packs=[str(pack)], ignore=["CS590"]))
    assert ["ACME501"] == [f.code for f in one.lint(text)]
    assert "CS501" not in {r.code for r in one.rules}


def test_replaces_must_name_codes(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="not a rule code"):
        cs_lint.load_pack(_pack(tmp_path, extra='replaces = ["stock phrase"]'))


def test_deeply_nested_pack_is_a_pack_error() -> None:
    with pytest.raises(PackError, match="nested too deeply"):
        parse_pack("x = " + "[" * 100_000, "deep.toml")
