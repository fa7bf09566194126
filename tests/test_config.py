"""
Configuration: selection, overrides, files, and every error path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cs_lint
from cs_lint import Config, ConfigError, Linter, Severity


def codes(linter: Linter) -> list[str]:
    return [r.code for r in linter.rules]


class TestSelection:
    def test_family_and_prefix(self) -> None:
        """
        Families, prefixes and codes select the same rules.
        """
        by_family = codes(Linter(Config(select=["accusatory"], plugins=False)))
        by_prefix = codes(Linter(Config(select=["CS1"], plugins=False)))
        assert by_family == by_prefix
        assert "CS101" in by_family

    def test_more_specific_wins(self) -> None:
        """
        Selecting a code beats ignoring its prefix; ignoring a code beats
        selecting its family.
        """
        kept = codes(Linter(Config(select=["CS101"], ignore=["CS1"], plugins=False)))
        assert ["CS101"] == kept
        dropped = codes(
            Linter(Config(select=["accusatory"], ignore=["CS103"], plugins=False))
        )
        assert "CS103" not in dropped
        assert "CS101" in dropped

    def test_name_selects(self) -> None:
        """
        A rule's kebab-case name selects it.
        """
        assert ["CS103"] == codes(
            Linter(Config(select=["as-already-told"], plugins=False))
        )

    def test_severity_override(self) -> None:
        """
        Severity overrides apply to findings.
        """
        linter = Linter(Config(severity={"CS104": "error"}, plugins=False))
        (f,) = linter.lint("Did you even read it?")
        assert Severity.ERROR == f.severity


class TestErrors:
    def test_unknown_code_did_you_mean(self) -> None:
        """
        An unknown code is an error with a suggestion.
        """
        with pytest.raises(ConfigError, match=r"CS1O1.*did you mean 'CS101'"):
            Linter(Config(select=["CS1O1"], plugins=False))

    def test_unknown_family(self) -> None:
        """
        An unknown family name is an error.
        """
        with pytest.raises(ConfigError, match="accusatroy"):
            Linter(Config(ignore=["accusatroy"], plugins=False))

    def test_unknown_severity(self) -> None:
        """
        A severity that does not exist is an error.
        """
        with pytest.raises(ConfigError, match="unknown severity 'fatal'"):
            Config(severity={"CS101": "fatal"})

    def test_severity_for_unknown_rule(self) -> None:
        """
        A severity override for no rule is an error.
        """
        with pytest.raises(ConfigError, match="CS999"):
            Linter(Config(severity={"CS999": "error"}, plugins=False))

    def test_options_for_rule_without_options(self) -> None:
        """
        Options for a rule that takes none are an error.
        """
        with pytest.raises(ConfigError, match="takes no options"):
            Linter(Config(options={"CS101": {"x": 1}}, plugins=False))


class TestFiles:
    def test_cs_lint_toml(self, tmp_path: Path) -> None:
        """
        A cs-lint.toml is read from its top level.
        """
        path = tmp_path / "cs-lint.toml"
        path.write_text('select = ["CS103"]\nfail-on = "error"\n')
        config = cs_lint.load_config(path)
        assert ("CS103",) == config.select
        assert Severity.ERROR == config.fail_on

    def test_pyproject_found_upward(self, tmp_path: Path) -> None:
        """
        find_config walks up to a pyproject.toml with [tool.cs-lint].
        """
        (tmp_path / "pyproject.toml").write_text('[tool.cs-lint]\nignore = ["CS105"]\n')
        deep = tmp_path / "a" / "b"
        deep.mkdir(parents=True)
        found = cs_lint.find_config(deep)
        assert tmp_path / "pyproject.toml" == found
        assert ("CS105",) == cs_lint.load_config(found).ignore

    def test_pyproject_without_table_is_skipped(self, tmp_path: Path) -> None:
        """
        A pyproject.toml with no [tool.cs-lint] is not a config.
        """
        (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
        assert cs_lint.find_config(tmp_path) is None or (
            cs_lint.find_config(tmp_path) != tmp_path / "pyproject.toml"
        )

    def test_unknown_key_is_located(self, tmp_path: Path) -> None:
        """
        An unknown setting names the file, line and key, with a suggestion.
        """
        path = tmp_path / "cs-lint.toml"
        path.write_text('select = ["CS1"]\n\nignroe = ["CS105"]\n')
        with pytest.raises(ConfigError) as info:
            cs_lint.load_config(path)
        message = str(info.value)
        assert f"{path}:3: ignroe:" in message
        assert "did you mean 'ignore'" in message

    def test_bad_toml_is_located(self, tmp_path: Path) -> None:
        """
        A TOML syntax error names the file and line.
        """
        path = tmp_path / "cs-lint.toml"
        path.write_text('select = ["CS1"\nignore = 3\n')
        with pytest.raises(ConfigError, match=r"not valid TOML"):
            cs_lint.load_config(path)

    def test_wrong_type(self, tmp_path: Path) -> None:
        """
        A setting of the wrong type is an error naming the key.
        """
        path = tmp_path / "cs-lint.toml"
        path.write_text("preview = 'yes'\n")
        with pytest.raises(ConfigError, match=r":1: preview: expected true or false"):
            cs_lint.load_config(path)

    def test_unknown_code_in_file_names_file(self, tmp_path: Path) -> None:
        """
        An unknown code from a file names the file when the linter is built.
        """
        path = tmp_path / "cs-lint.toml"
        path.write_text('select = ["CS177x"]\nplugins = false\n')
        with pytest.raises(ConfigError, match=str(path)):
            Linter(cs_lint.load_config(path))


class TestMinConfidence:
    """
    ``min-confidence``: a host trades recall for precision with one number.
    """

    def test_low_confidence_findings_are_dropped(self) -> None:
        """
        Findings below the threshold are not reported; the rest are.
        """
        text = "Per my last email, the refund takes 5 days. Just read the FAQ."
        every = cs_lint.lint(text)
        assert len({f.confidence for f in every}) > 1
        cut = sorted(f.confidence for f in every)[-1]
        kept = cs_lint.Linter(cs_lint.Config(min_confidence=cut)).lint(text)
        assert kept
        assert {f.code for f in kept} == {f.code for f in every if f.confidence >= cut}

    def test_read_from_a_config_file(self, tmp_path: Path) -> None:
        """
        ``min-confidence`` in cs-lint.toml; a bad value is a located error.
        """
        path = tmp_path / "cs-lint.toml"
        path.write_text("min-confidence = 0.8\n")
        assert 0.8 == cs_lint.load_config(path).min_confidence
        path.write_text('select = ["CS1"]\nmin-confidence = 2\n')
        with pytest.raises(
            cs_lint.ConfigError, match=r"cs-lint.toml:2: min-confidence"
        ):
            cs_lint.load_config(path)
        path.write_text('min-confidence = "high"\n')
        with pytest.raises(cs_lint.ConfigError, match="a number from 0 to 1"):
            cs_lint.load_config(path)

    def test_cli_option(self, tmp_path: Path) -> None:
        """
        ``--min-confidence`` on the command line; out of range is a usage error.
        """
        from cs_lint.cli import main

        reply = tmp_path / "r.txt"
        reply.write_text("Just read the FAQ, it's all there.")
        assert 1 == main(["check", "--no-config", str(reply)])
        assert 0 == main(["check", "--no-config", "--min-confidence", "1", str(reply)])
        with pytest.raises(SystemExit) as exc:
            main(["check", "--min-confidence", "7", str(reply)])
        assert 2 == exc.value.code
