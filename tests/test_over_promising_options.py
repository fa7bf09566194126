"""
CS304 (unapproved-compensation) options, through the public configuration:
the compensation word list and whether agents may grant compensation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cs_lint
from cs_lint import Config, ConfigError, Linter
from cs_lint.rules.over_promising import CompensationOptions, _compensation_pattern


VOUCHER = "So sorry for the wait. I'll send you a £20 voucher for the trouble."
ON_BEHALF = "The manufacturer will refund you in full."
RAIN_CHECK = "I'll give you a rain check for Saturday's show."


def cs304(config: Config, text: str) -> list[str]:
    return [f.excerpt for f in Linter(config).lint(text) if f.code == "CS304"]


def config(**options: object) -> Config:
    return Config(select=["CS304"], options={"CS304": options}, plugins=False)


def test_defaults_flag_a_promised_voucher() -> None:
    """
    With the defaults, agents may not grant compensation: a promised
    voucher and a refund promised for the manufacturer are both flagged.
    """
    assert ["I'll send you a £20 voucher"] == cs304(config(), VOUCHER)
    assert ["The manufacturer will refund"] == cs304(config(), ON_BEHALF)


def test_agents_may_grant() -> None:
    """
    A team whose agents may grant compensation gets no finding for the
    agent's own offer, but still one for a refund promised on someone
    else's behalf.
    """
    allowed = config(**{"agents-may-grant": True})
    assert [] == cs304(allowed, VOUCHER)
    assert ["The manufacturer will refund"] == cs304(allowed, ON_BEHALF)


def test_python_field_name_is_accepted() -> None:
    """
    The option may be spelt with an underscore, as the attrs field is.
    """
    assert [] == cs304(config(agents_may_grant=True), VOUCHER)


def test_words_replace_the_defaults() -> None:
    """
    A team's own word list replaces the defaults: its words are flagged,
    words no longer on the list are not.
    """
    own = config(words=["rain check"])
    assert ["I'll give you a rain check"] == cs304(own, RAIN_CHECK)
    assert [] == cs304(own, VOUCHER)
    assert [] == cs304(config(), RAIN_CHECK)


def test_empty_word_list_turns_the_rule_off() -> None:
    """
    An empty list is valid and flags nothing.
    """
    assert [] == cs304(config(words=[]), VOUCHER)


def test_options_by_rule_name() -> None:
    """
    Options can be given under the rule's name as well as its code.
    """
    by_name = Config(
        select=["CS304"],
        options={"unapproved-compensation": {"agents-may-grant": True}},
        plugins=False,
    )
    assert [] == cs304(by_name, VOUCHER)


def test_unknown_option_is_a_config_error() -> None:
    """
    A misspelt option name is an error naming the option, with a suggestion.
    """
    with pytest.raises(ConfigError) as info:
        Linter(config(**{"agents-may-grnat": True}))
    message = str(info.value)
    assert "unknown option 'agents-may-grnat' for CS304" in message
    assert "agents-may-grant" in message


def test_unknown_option_is_an_error_even_when_not_selected() -> None:
    """
    Options of a rule that is not selected are still validated.
    """
    with pytest.raises(ConfigError, match="unknown option"):
        Linter(Config(select=["CS101"], options={"CS304": {"wrds": []}}, plugins=False))


@pytest.mark.parametrize(
    ("key", "value"),
    [("agents-may-grant", "yes"), ("words", "refund"), ("words", [1, 2])],
)
def test_wrong_type_is_a_config_error(key: str, value: object) -> None:
    """
    Values of the wrong type are rejected, naming the option.
    """
    with pytest.raises(ConfigError, match=f"option '{key}' of CS304"):
        Linter(config(**{key: value}))


def test_options_from_pyproject(tmp_path: Path) -> None:
    """
    `[tool.cs-lint.options.CS304]` in pyproject.toml sets the options.
    """
    path = tmp_path / "pyproject.toml"
    path.write_text(
        "[tool.cs-lint]\n"
        'select = ["CS304"]\n'
        "plugins = false\n"
        "[tool.cs-lint.options.CS304]\n"
        'words = ["rain check", "voucher"]\n'
        "agents-may-grant = false\n",
        encoding="utf-8",
    )
    loaded = cs_lint.load_config(path)
    assert ["I'll give you a rain check"] == cs304(loaded, RAIN_CHECK)
    assert ["I'll send you a £20 voucher"] == cs304(loaded, VOUCHER)


def test_unknown_option_in_file_names_the_file(tmp_path: Path) -> None:
    """
    A misspelt option in cs-lint.toml is reported with the file.
    """
    path = tmp_path / "cs-lint.toml"
    path.write_text("[options.CS304]\nagent-may-grant = true\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=str(path)):
        Linter(cs_lint.load_config(path))


def test_patterns_compiled_once_per_word_list() -> None:
    """
    The word list is compiled once per distinct value, not once per reply.
    """
    words = ("goodwill hamper", "fruit basket")
    linter = Linter(config(words=list(words)))
    linter.lint("I'll send you a goodwill hamper.")
    before = _compensation_pattern.cache_info()
    for _ in range(5):
        linter.lint("I'll send you a fruit basket for the trouble.")
    after = _compensation_pattern.cache_info()
    assert before.misses == after.misses
    assert after.hits >= before.hits + 5


def test_default_options_value() -> None:
    """
    The defaults name the usual kinds of compensation and keep agents from
    granting them.
    """
    defaults = CompensationOptions()
    assert not defaults.agents_may_grant
    assert {"refund", "voucher", "credit", "compensation"} <= set(defaults.words)


def test_sentence_skipping_never_changes_cs304() -> None:
    """
    Scanning only sentences that hold a compensation word and a grant frame
    finds what a scan of the whole text finds.
    """
    import json
    from pathlib import Path

    from cs_lint import Document
    from cs_lint.rules import over_promising as op

    texts = [t for r in op.RULES for t in (*r.bad, *r.good)]
    for path in sorted((Path(__file__).parent / "cases").glob("*.jsonl")):
        texts += [
            json.loads(line)["text"]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    twcs = Path(__file__).resolve().parents[2] / "shared/corpora/twcs/data.jsonl"
    if twcs.is_file():
        texts += [json.loads(line)["text"] for line in twcs.open(encoding="utf-8")]
    words = op.CompensationOptions().words
    comp = op._compensation_pattern(words)
    anchors = op._compensation_anchors(words)
    assert comp is not None
    assert anchors
    fired = 0
    for text in texts:
        doc = Document(text)
        fast = list(op._compensation_promises(doc, comp, False, anchors))
        full = list(op._compensation_promises(Document(text), comp, False, None))
        assert fast == full, text
        fired += bool(full)
    assert fired >= 10
