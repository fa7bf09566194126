"""
Inline suppression: ``# cs-lint: ignore[...]`` in YAML macro files,
``<!-- cs-lint: ignore ... -->`` in Markdown, a ``_cs_lint_ignore`` field
in JSON / CSV records; none in plain reply text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import cs_lint
from cs_lint._scale.audit import Columns
from cs_lint._scale.source import BY_COMMENT, BY_FIELD, lint_source
from cs_lint.cli import main


if TYPE_CHECKING:
    import pytest


LINTER = cs_lint.Linter()
BLAME = "As I already told you, it ships Monday."


def lint(text: str, kind: str, columns: Columns | None = None) -> dict[str, object]:
    result = lint_source(LINTER, text, kind, path=f"lib.{kind}", columns=columns)
    return {
        "reported": [(result.record(p), p.finding.code) for p in result.reported],
        "suppressed": [
            (result.record(p), p.finding.code, p.suppressed) for p in result.suppressed
        ],
        "problems": [
            (text[: q.start].count("\n") + 1, q.message) for q in result.problems
        ],
    }


def test_yaml_comment_on_the_key_line_or_just_above() -> None:
    text = f"""\
# Macros
above: {BLAME}
# cs-lint: ignore[CS103]
covered: {BLAME}
trailing: {BLAME}  # cs-lint: ignore[as-already-told]
# cs-lint: ignore[CS103]
# reviewed by the tone team
stacked: {BLAME}
list:
  - name: one
    # cs-lint: ignore[CS103]
    text: {BLAME}
"""
    found = lint(text, "yaml")
    assert found["reported"] == [("above", "CS103")]
    assert found["suppressed"] == [
        ("covered", "CS103", BY_COMMENT),
        ("trailing", "CS103", BY_COMMENT),
        ("stacked", "CS103", BY_COMMENT),
    ]


def test_yaml_comment_covers_only_its_macro_and_its_codes() -> None:
    text = f"""\
# cs-lint: ignore[CS201]
first: {BLAME} I will try to help.
second: {BLAME}
"""
    found = lint(text, "yaml")
    assert found["reported"] == [("first", "CS103"), ("second", "CS103")]
    assert ("first", "CS201", BY_COMMENT) in found["suppressed"]


def test_a_hash_inside_a_block_is_text_not_a_comment() -> None:
    text = f"""\
block: |
  # cs-lint: ignore[CS103]
  {BLAME}
header: | # cs-lint: ignore[CS103]
  {BLAME}
"""
    found = lint(text, "yaml")
    assert found["reported"] == [("block", "CS103")]
    assert found["suppressed"] == [("header", "CS103", BY_COMMENT)]


def test_unknown_codes_are_reported_with_the_closest_known_one() -> None:
    text = f"# cs-lint: ignore[CS1O3, tentative-comitment]\nm: {BLAME}\n"
    found = lint(text, "yaml")
    assert found["reported"] == [("m", "CS103")]
    assert found["problems"] == [
        (1, "unknown rule 'CS1O3' in a suppression (did you mean 'CS103'?)"),
        (
            1,
            "unknown rule 'tentative-comitment' in a suppression "
            "(did you mean 'tentative-commitment'?)",
        ),
    ]


def test_json_and_csv_records_use_a_field() -> None:
    text = (
        '[{"name": "a", "text": "' + BLAME + '", "_cs_lint_ignore": ["CS103"]},\n'
        ' {"name": "b", "text": "' + BLAME + '"}]'
    )
    found = lint(text, "json", Columns(id="name"))
    assert found["reported"] == [("b", "CS103")]
    assert found["suppressed"] == [("a", "CS103", BY_FIELD)]
    csv = f'name,text,_cs_lint_ignore\na,"{BLAME}","CS103 CS201"\nb,"{BLAME}",\n'
    found = lint(csv, "csv", Columns(id="name"))
    assert found["reported"] == [("b", "CS103")]
    assert found["suppressed"] == [("a", "CS103", BY_FIELD)]
    bad = '[{"text": "' + BLAME + '", "_cs_lint_ignore": "CS1003"}]'
    assert lint(bad, "json")["problems"] == [
        (1, "unknown rule 'CS1003' in a suppression (did you mean 'CS103'?)")
    ]


def test_markdown_comment_covers_the_next_paragraph() -> None:
    text = f"""\
# Refunds

<!-- cs-lint: ignore CS103 -->
{BLAME}
Still the same paragraph: {BLAME}

{BLAME}
"""
    result = lint_source(LINTER, text, "markdown", path="refunds.md")
    assert [p.finding.line for p in result.reported] == [7]
    assert [(p.finding.line, p.suppressed) for p in result.suppressed] == [
        (4, BY_COMMENT),
        (5, BY_COMMENT),
    ]


def test_plain_text_has_no_suppression() -> None:
    text = f"<!-- cs-lint: ignore CS103 -->\n{BLAME}\n"
    result = lint_source(LINTER, text, "text", path="reply.txt")
    assert [p.finding.code for p in result.reported] == ["CS103"]
    assert not result.suppressed


def test_show_suppressed_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "macros.yaml"
    path.write_text(
        f"# cs-lint: ignore[CS103, CS1O5]\nknown: {BLAME}\nnew: {BLAME}\n",
        encoding="utf-8",
    )
    code = main(["check", "--no-config", "--show-suppressed", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{path}:3:6: CS103" in out
    assert f"{path}:2:8: CS103" in out
    assert "(suppressed: comment)" in out
    assert f"{path}:1:26: warning: unknown rule 'CS1O5' in a suppression" in err
    code = main(
        ["audit", "--no-config", "-q", "--format", "text", "--workers", "1", str(path)]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()] == ["new"]
    assert "unknown rule 'CS1O5'" in err
