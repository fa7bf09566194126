"""
Finding values: offsets, line/column, UTF-16, fingerprints, JSON.
"""

from __future__ import annotations

import json

import cs_lint
from cs_lint import Finding


class TestOffsets:
    def test_excerpt_matches_span(self, linter: cs_lint.Linter) -> None:
        """
        text[start:end] is the excerpt, across lines.
        """
        text = "Hi,\n\nThanks.\nAs I already told you, it ships Monday."
        (f,) = linter.lint(text)
        assert text[f.start : f.end] == f.excerpt
        assert (4, 1) == (f.line, f.column)
        assert (4, 22) == (f.end_line, f.end_column)

    def test_utf16_offsets_count_astral_characters(
        self, linter: cs_lint.Linter
    ) -> None:
        """
        Each emoji before a finding adds one UTF-16 unit to its offsets.
        """
        text = "😡🙏 Did you even read it?"
        (f,) = linter.lint(text)
        assert f.start + 2 == f.utf16_start
        assert (
            text.encode("utf-16-le")[f.utf16_start * 2 : f.utf16_end * 2].decode(
                "utf-16-le"
            )
            == f.excerpt
        )

    def test_crlf_lines(self, linter: cs_lint.Linter) -> None:
        """
        CRLF line breaks count as one line break.
        """
        text = "Hello\r\nDid you even read it?"
        (f,) = linter.lint(text)
        assert (2, 1) == (f.line, f.column)


class TestFingerprint:
    def test_stable_across_unrelated_edits(self, linter: cs_lint.Linter) -> None:
        """
        Editing another sentence does not change a finding's fingerprint.
        """
        a = linter.lint("Thanks. As I already told you, it ships Monday.")
        b = linter.lint(
            "Thanks so much for your patience!\n\nAs I already told you, it ships Monday."
        )
        assert [f.fingerprint for f in a] == [f.fingerprint for f in b]
        assert a[0].start != b[0].start

    def test_changes_when_sentence_changes(self, linter: cs_lint.Linter) -> None:
        """
        Editing the finding's own sentence gives a new fingerprint.
        """
        a = linter.lint("As I already told you, it ships Monday.")
        b = linter.lint("As I already told you, it ships Tuesday.")
        assert a[0].fingerprint != b[0].fingerprint

    def test_repeated_sentences_differ(self, linter: cs_lint.Linter) -> None:
        """
        Two identical findings in one text get different fingerprints.
        """
        fs = linter.lint("Did you even read it? Did you even read it?")
        assert 2 == len({f.fingerprint for f in fs})


class TestJson:
    def test_round_trip(self, linter: cs_lint.Linter) -> None:
        """
        to_dict / from_dict round-trips through JSON.
        """
        fs = linter.lint("As I already told you, obviously it ships Monday.")
        assert fs
        for f in fs:
            data = json.loads(json.dumps(f.to_dict()))
            assert f == Finding.from_dict(data)

    def test_shape(self, linter: cs_lint.Linter) -> None:
        """
        The documented keys are present, enums as strings.
        """
        (f,) = linter.lint("Did you even read it?")
        data = f.to_dict()
        assert {
            "code",
            "name",
            "family",
            "severity",
            "message",
            "start",
            "end",
            "line",
            "column",
            "end_line",
            "end_column",
            "utf16_start",
            "utf16_end",
            "excerpt",
            "suggestions",
            "confidence",
            "fingerprint",
            "zone",
        } == set(data)
        assert "accusatory" == data["family"]
        assert "warning" == data["severity"]
        assert 0 < data["confidence"] <= 1


def test_apply_edits_rejects_overlap() -> None:
    """
    Overlapping edits are an error, not silent corruption.
    """
    import pytest

    with pytest.raises(ValueError, match="overlaps"):
        cs_lint.apply_edits(
            "abcdef", [cs_lint.Edit(0, 3, "x"), cs_lint.Edit(2, 4, "y")]
        )
    assert "xcdyf" == cs_lint.apply_edits(
        "abcdef", [cs_lint.Edit(0, 2, "x"), cs_lint.Edit(4, 5, "y")]
    )
