"""
Source maps: every reply of a macro library placed character by
character in its JSON / YAML / CSV file, and edits written back in the
value's own style.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cs_lint._base.finding import Edit, apply_edits
from cs_lint._engine.linter import Linter
from cs_lint._scale.audit import Columns, read_library
from cs_lint._scale.batch import Record
from cs_lint._scale.fix import rewrite_library
from cs_lint._scale.source import lint_source
from cs_lint._scale.sourcemap import ValueMap, json_tree


# Letters, spaces, line breaks, quotes, escapes, emoji and accents.
VALUES = st.lists(
    st.sampled_from([*list("abc XYZ,.:#'\"\\\n\t-é😀{}[]!?"), "  ", "\n\n", "told"]),
    max_size=30,
).map("".join)


def _dump(value: str, fmt: str) -> tuple[str, str]:
    if fmt == "json":
        return json.dumps({"m": value}, ensure_ascii=False, indent=1), ".json"
    if fmt == "json-ascii":
        return json.dumps([{"text": value}]), ".json"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["id", "text"])
        writer.writerow(["x", value])
        return out.getvalue(), ".csv"
    style = {
        "plain": None,
        "double": '"',
        "single": "'",
        "literal": "|",
        "folded": ">",
    }[fmt]
    return yaml.safe_dump(
        {"m": value}, default_style=style, allow_unicode=True
    ), ".yaml"


FORMATS = [
    "json",
    "json-ascii",
    "csv",
    "plain",
    "double",
    "single",
    "literal",
    "folded",
]


def _only(text: str, suffix: str) -> tuple[Record, ValueMap]:
    library = read_library(text, "lib" + suffix, suffix, Columns())
    (located,) = library.records
    record = located.item.record
    assert isinstance(record, Record)
    assert located.map is not None
    return record, located.map


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(value=VALUES)
def test_every_character_maps_to_itself_in_the_file(fmt: str, value: str) -> None:
    """
    Each value written by the format's own writer is re-read exactly, and
    each plain character maps to that same character in the file.
    """
    text, suffix = _dump(value, fmt)
    record, vmap = _only(text, suffix)
    assert record.text == value
    assert vmap.exact
    for i, ch in enumerate(value):
        if ch.isalnum() or ch in ",.!?😀é":
            # A character is written as itself, or as an escape (a writer
            # may escape what is not ASCII).
            raw = text[vmap.offset(i)]
            assert raw == ch or (raw == "\\" and not ch.isascii()), (i, ch)
    start, end = vmap.span(0, len(value))
    assert 0 <= start <= end <= len(text)


REPLACEMENTS = st.text(
    alphabet=st.sampled_from(list("ab XY,.'\"\\é😀\n:#")), max_size=6
)
_KIND = {".json": "json", ".csv": "csv", ".yaml": "yaml"}


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(value=VALUES, data=st.data())
def test_an_edit_reads_back_and_the_rest_of_the_file_is_untouched(
    fmt: str, value: str, data: st.DataObject
) -> None:
    """
    Writing an edit into a library file: the macro reads back as the
    edited text and every byte outside its value is unchanged; or, for a
    block scalar the edit cannot be written in, the file is left as it is.
    Flow values (JSON, CSV, quoted or plain YAML) are always written,
    re-quoted whole when the edit cannot go in place.
    """
    text, suffix = _dump(value, fmt)
    result = lint_source(
        Linter(), text, _KIND[suffix], path="lib" + suffix, lint=lambda t, c: ()
    )
    (unit,) = result.units
    vmap = unit.map
    assert vmap is not None
    start = data.draw(st.integers(0, len(value)))
    end = data.draw(st.integers(start, len(value)))
    edit = Edit(start, end, data.draw(REPLACEMENTS))
    new, written, notes = rewrite_library(result, {0: [edit]})
    if fmt not in ("literal", "folded"):
        assert written == [0]
    if not written:
        assert new == text
        assert notes
        return
    (located,) = read_library(new, "lib" + suffix, suffix, Columns()).records
    assert isinstance(located.item.record, Record)
    assert located.item.record.text == apply_edits(value, [edit])
    before = vmap.outer[0] if vmap.outer else vmap.start
    after = vmap.outer[1] if vmap.outer else vmap.end
    assert new[:before] == text[:before]
    assert new[len(new) - (len(text) - after) :] == text[after:]


def test_yaml_styles_and_suppression_anchors() -> None:
    text = (
        "# library\n"
        "plain: As I already told you,\n"
        "  it ships Monday.\n"
        "block: |-\n"
        "    Hi there,\n"
        "\n"
        "    As I already told you.\n"
        "folded: >\n"
        "  one\n"
        "  two\n"
    )
    library = read_library(text, "m.yaml", ".yaml", Columns())
    by_id = {str(r.item.record.id): r for r in library.records}  # type: ignore[union-attr]
    plain = by_id["plain"]
    assert plain.map is not None
    assert plain.map.exact
    assert plain.item.record.text == "As I already told you, it ships Monday."  # type: ignore[union-attr]
    # The folded line break maps to where the line ends; "it" to its place.
    assert text[plain.map.offset(23)] == "i"
    assert plain.anchors == (text.index("plain:"),)
    block = by_id["block"]
    assert block.map is not None
    assert block.map.exact
    at = block.item.record.text.index("As I")  # type: ignore[union-attr]
    assert text[block.map.offset(at) : block.map.offset(at) + 4] == "As I"
    folded = by_id["folded"]
    assert folded.item.record.text == "one two\n"  # type: ignore[union-attr]
    assert folded.map is not None
    assert folded.map.exact


def test_json_records_with_escapes_and_the_ignore_field() -> None:
    text = (
        '{"macros": [\n'
        '  {"name": "a", "body": "Caf\\u00e9 \\ud83d\\ude00 \\"told\\"",'
        ' "_cs_lint_ignore": "CS103, CS105"},\n'
        '  {"name": "b", "body": 3}\n'
        "]}\n"
    )
    library = read_library(text, "m.json", ".json", Columns(text="body", id="name"))
    first, second = library.records
    assert first.item.record.text == 'Café 😀 "told"'  # type: ignore[union-attr]
    assert first.map is not None
    assert first.map.exact
    # "😀" is written as a surrogate pair escape: it maps to the escape.
    assert text[first.map.offset(5) : first.map.offset(6)] == "\\ud83d\\ude00"
    assert first.ignore == ("CS103", "CS105")
    assert first.ignore_at == text.index('"CS103')
    assert second.map is None  # not text: an error record
    assert second.item.record.error  # type: ignore[union-attr]


def test_json_tree_matches_json() -> None:
    text = '{"a": [1, -2.5e3, true, null, {"b": "x\\ny"}], "c": "", "a2": "z"}'
    tree = json_tree(text)
    assert tree.is_object
    assert tree.items is not None
    assert [k for k, _, _ in tree.items] == ["a", "c", "a2"]


def test_csv_quotes_and_line_breaks_inside_cells() -> None:
    text = 'name,body\r\nx,"He said ""hi""\r\nthen left"\r\n\r\ny,plain\r\n'
    library = read_library(text, "m.csv", ".csv", Columns(text="body", id="name"))
    x, y = library.records
    assert x.item.record.text == 'He said "hi"\r\nthen left'  # type: ignore[union-attr]
    assert x.map is not None
    assert x.map.exact
    assert text[x.map.offset(8) : x.map.offset(8) + 2] == '""'
    assert y.map is not None
    assert text[y.map.start : y.map.end] == "plain"


def test_an_unmappable_value_is_placed_at_its_start() -> None:
    """
    A value read through a YAML alias has no exact map of its own: its
    findings go to the start of the value it stands for.
    """
    text = '- id: a\n  text: &t "You failed to send it."\n- id: b\n  text: *t\n'
    library = read_library(text, "m.yaml", ".yaml", Columns())
    anchored, alias = library.records
    assert anchored.map is not None
    assert anchored.map.exact  # the anchor itself is skipped
    assert alias.item.record.text == "You failed to send it."  # type: ignore[union-attr]
    assert alias.map is not None
    assert not alias.map.exact
    assert alias.map.offset(4) == alias.map.start
    assert text[alias.map.start :].startswith("You failed")


def test_text_after_a_closing_quote_is_a_csv_error_record() -> None:
    """
    CSV is read strictly: text after a closing quote is an error record,
    never a value read some other way.
    """
    text = 'id,text\nx,"quoted"tail\n'
    (located,) = read_library(text, "m.csv", ".csv", Columns()).records
    assert "not valid CSV" in (located.item.record.error or "")  # type: ignore[union-attr]
