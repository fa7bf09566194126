"""
Invisible format characters and line separators never hide a finding, and
offsets stay exact in the text as given (issue 19, item 17).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cs_lint
from cs_lint import apply_edits
from cs_lint._text.normalise import matching_text


INVISIBLE = {
    "ZWSP": "\u200b",
    "ZWNJ": "\u200c",
    "ZWJ": "\u200d",
    "word joiner": "\u2060",
    "BOM": "\ufeff",
    "soft hyphen": "\u00ad",
    "RLO": "\u202e",
    "LRM": "\u200e",
}
SEPARATORS = {
    "FS": "\x1c",
    "GS": "\x1d",
    "RS": "\x1e",
    "US": "\x1f",
    "CR": "\r",
    "VT": "\x0b",
    "FF": "\x0c",
    "NEL": "\x85",
    "LS": "\u2028",
    "PS": "\u2029",
}

LINTER = cs_lint.Linter(cs_lint.Config(preview=True))


def _check_offsets(text: str, findings: list[cs_lint.Finding]) -> None:
    for f in findings:
        assert text[f.start : f.end] == f.excerpt
        for s in f.suggestions:
            apply_edits(text, s.edits)  # in range, not overlapping


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
@pytest.mark.parametrize(
    ("reply", "code"),
    [
        ("No. The discount can't be applied to sale items.", "CS704"),
        ("That's simply not true. Our prices haven't changed.", "CS605"),
        ("Had you contacted us within 30 days, we could have helped.", "CS102"),
        ("You failed to attach the receipt.", "CS101"),
    ],
)
def test_a_sentence_start_behind_an_invisible_character(
    char: str, reply: str, code: str
) -> None:
    plain = f"Hi Sam,\n\n{reply}\n\nThanks,\nAmy"
    hidden = f"Hi Sam,\n\n{char}{reply}\n\nThanks,\nAmy"
    want = [f for f in LINTER.lint(plain) if f.code == code]
    got = [f for f in LINTER.lint(hidden) if f.code == code]
    assert want
    assert [f.excerpt for f in want] == [f.excerpt for f in got]
    # Offsets are into the text as given: one character later.
    assert [f.start + 1 for f in want] == [f.start for f in got]
    _check_offsets(hidden, got)


@pytest.mark.parametrize("sep", SEPARATORS.values(), ids=SEPARATORS.keys())
@pytest.mark.parametrize(
    ("reply", "code"),
    [
        ("I READ your message.", "CS702"),
        ("It should work now, I hope.", "CS204"),
        ("Relax, your package is on its way.", "CS421"),
    ],
)
def test_line_separators_end_lines(sep: str, reply: str, code: str) -> None:
    plain = f"Hi Sam,\n\n{reply}\n\nThanks,\nAmy"
    text = plain.replace("\n", sep)
    want = [(f.start, f.end, f.excerpt) for f in LINTER.lint(plain) if f.code == code]
    got = LINTER.lint(text)
    assert want
    assert want == [(f.start, f.end, f.excerpt) for f in got if f.code == code]
    _check_offsets(text, got)


def test_line_counts_newlines_only() -> None:
    # Documented: `line` counts "\n" (a "\r\n" pair once); other separators
    # end a line for matching but not for reported positions.
    text = "Thanks.\x1cYou failed to attach it.\nYou failed to sign it."
    lines = [f.line for f in LINTER.lint(text) if f.code == "CS101"]
    assert [1, 2] == lines


def test_an_emoji_keeps_its_joiner() -> None:
    clean, back = matching_text("Done 👩\u200d💻 and \u200bthanks")
    assert "Done 👩\u200d💻 and thanks" == clean
    assert back is not None


def test_edits_map_back_around_removed_characters() -> None:
    text = "Hi Sam,\n\nI READ\u200b your \u200bmessage.\n\nThanks,\nAmy"
    (f,) = [f for f in LINTER.lint(text) if f.code == "CS702"]
    assert "READ" == f.excerpt
    fixed = apply_edits(text, f.suggestions[0].edits)
    assert "I read\u200b your \u200bmessage." in fixed


@given(
    st.text(
        alphabet=st.sampled_from(
            [
                *"You failed to No. we can't ALREADY!!",
                *INVISIBLE.values(),
                *SEPARATORS.values(),
                "\n",
            ]
        ),
        max_size=80,
    )
)
def test_offsets_exact_with_any_mix(text: str) -> None:
    _check_offsets(text, LINTER.lint(text))
