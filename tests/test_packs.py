"""
Phrase packs: loading, behaviour, and every located error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cs_lint
from cs_lint import Config, Linter, PackError


GOOD_PACK = """
[pack]
name = "acme-voice"

[[rule]]
code = "ACME101"
name = "acme-stock-phrase"
family = "script-rigidity"
kind = "substitution"
severity = "info"
message = "Stock phrase {excerpt!r}: write {replacement!r}"
why = "Stock phrases read as a macro (seed 001)."
swap = { "please be advised that" = "", "at your earliest convenience" = "when you can" }
bad = ["Please be advised that your order shipped."]
good = ["Your order shipped."]

[[rule]]
code = "ACME102"
name = "acme-guarantee"
family = "over-promising"
kind = "existence"
message = "Promise: {excerpt!r}"
why = "Only promise what you can keep (seed 000)."
phrases = ["I guarantee", "I promise"]
exceptions = ["I promise to update you"]
speaker = "agent"
suggestion = "Say what you will do and when"
bad = ["I guarantee it arrives today."]
good = ["I can't guarantee it arrives today."]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "acme.toml"
    path.write_text(text)
    return path


class TestLoading:
    def test_rules_load_and_run(self, tmp_path: Path) -> None:
        """
        A pack's rules run like built-ins, with suggestions and negation.
        """
        path = write(tmp_path, GOOD_PACK)
        linter = Linter(Config(packs=[str(path)], select=["ACME"], plugins=False))
        assert ["ACME101", "ACME102"] == [r.code for r in linter.rules]
        (f,) = linter.lint(
            "Please be advised that it shipped at your earliest convenience? No."
        )[:1]
        assert "ACME101" == f.code
        assert "Please be advised that" == f.excerpt
        (g,) = [
            x
            for x in linter.lint("Hi! It ships at your earliest convenience.")
            if x.code == "ACME101"
        ]
        assert "when you can" == cs_lint.apply_edits(
            "at your earliest convenience",
            [cs_lint.Edit(0, 28, g.suggestions[0].edits[0].replacement)],
        )
        assert [] == linter.lint("I can't guarantee it arrives today.")
        assert [] == linter.lint("I promise to update you on Friday.")
        assert ["ACME102"] == [f.code for f in linter.lint("I guarantee it.")]

    def test_speaker_filter(self, tmp_path: Path) -> None:
        """
        speaker = "agent" ignores the phrase in a clause about someone else.
        """
        path = write(tmp_path, GOOD_PACK)
        linter = Linter(Config(packs=[str(path)], select=["ACME102"], plugins=False))
        assert [] == linter.lint("You said you guarantee it yourself?")

    def test_pack_examples_are_checked(self, tmp_path: Path) -> None:
        """
        Pack rules carry bad and good examples that hold.
        """
        for r in cs_lint.load_pack(write(tmp_path, GOOD_PACK)):
            linter = Linter(
                Config(
                    packs=[str(tmp_path / "acme.toml")], select=[r.code], plugins=False
                )
            )
            assert all(linter.lint(t) for t in r.bad)
            assert not any(linter.lint(t) for t in r.good)


@pytest.mark.parametrize(
    ("edit", "pattern"),
    [
        (
            ('kind = "existence"', 'kind = "exists"'),
            r"acme.toml:\d+: kind: unknown kind 'exists'",
        ),
        (
            ('family = "over-promising"', 'family = "overpromising"'),
            r"family: unknown family 'overpromising' \(did you mean 'over-promising'\?\)",
        ),
        (
            ('phrases = ["I guarantee", "I promise"]', "phrases = []"),
            r"phrases: an existence rule needs",
        ),
        (
            ('code = "ACME102"', 'code = "acme-2"'),
            r"code: code 'acme-2' must look like",
        ),
        (
            ('code = "ACME102"', 'code = "ACME101"'),
            r"code ACME101 is used by rules #1 and #2",
        ),
        (('speaker = "agent"', 'speaker = "bot"'), r"speaker: unknown speaker 'bot'"),
        (
            ("suggestion = ", "suggestoin = "),
            r"suggestoin: unknown key \(did you mean 'suggestion'\?\)",
        ),
        (
            ('message = "Promise: {excerpt!r}"', 'message = "Promise: {phrase}"'),
            r"message: message template is invalid",
        ),
        (
            ('good = ["I can\'t guarantee it arrives today."]', "good = []"),
            r"at least one 'bad' and one 'good'",
        ),
        (
            ('[[rule]]\ncode = "ACME102"', "[[rule]]\ncode = 5"),
            r"code: expected a non-empty string",
        ),
        (
            ('severity = "info"', 'severity = "loud"'),
            r"severity: unknown severity 'loud'",
        ),
        (
            ('name = "acme-guarantee"', 'name = "Acme Guarantee"'),
            r"name: name 'Acme Guarantee' must be kebab-case",
        ),
        (("swap = {", "swapp = {"), r"swapp: unknown key \(did you mean 'swap'\?\)"),
        (("phrases = [", "phrases = ["), None),
    ],
)
def test_malformed_pack_is_located(
    tmp_path: Path, edit: tuple[str, str], pattern: str | None
) -> None:
    """
    Each malformation gives one PackError naming file, line and key.
    """
    old, new = edit
    assert old in GOOD_PACK
    path = write(tmp_path, GOOD_PACK.replace(old, new, 1))
    if pattern is None:
        assert cs_lint.load_pack(path)
        return
    with pytest.raises(PackError, match=pattern) as info:
        cs_lint.load_pack(path)
    assert str(path) in str(info.value)
    line = info.value.line
    assert line is not None
    lines = path.read_text().splitlines()
    key = info.value.key
    if key:
        assert lines[line - 1].strip().startswith(key), (line, lines[line - 1])


def test_toml_syntax_error(tmp_path: Path) -> None:
    """
    A pack that is not TOML names the line of the syntax error.
    """
    path = write(tmp_path, "[[rule]]\ncode = \n")
    with pytest.raises(PackError, match=r"acme.toml:2: not valid TOML"):
        cs_lint.load_pack(path)


def test_missing_file(tmp_path: Path) -> None:
    """
    A pack path that does not exist is a located error.
    """
    with pytest.raises(PackError, match="cannot read phrase pack"):
        Linter(Config(packs=[str(tmp_path / "nope.toml")], plugins=False))


def test_pack_conflicting_with_builtin(tmp_path: Path) -> None:
    """
    A pack rule reusing a built-in code is a conflict naming both sources.
    """
    text = GOOD_PACK.replace('code = "ACME101"', 'code = "CS599"').replace(
        'name = "acme-stock-phrase"', 'name = "blame-the-customer"'
    )
    path = write(tmp_path, text)
    with pytest.raises(
        cs_lint.RuleConflictError,
        match=r"blame-the-customer.*cs_lint\.rules\.accusatory.*acme\.toml",
    ):
        Linter(Config(packs=[str(path)], plugins=False))


PATTERN_PACK = """
[[rule]]
code = "ACME103"
name = "acme-per-my-last"
family = "accusatory"
kind = "existence"
message = "Reminder: {excerpt!r}"
why = "It reads as a reprimand (seed 003)."
pattern = '''\\bper\\s+my\\s+(?:last|previous)\\s+(?:email|message)\\b'''
needs = ["per+last|previous"]
antipatterns = ['''per\\s+my\\s+last\\s+email\\s+to\\s+the\\s+courier''']
skip = ["negated", "reported"]
action = "remove"
suggestion = "Drop the reminder"
bad = ["Per my last email, it shipped.", "Per my previous message, no."]
good = ["Per my last email to the courier, it shipped.", "You said per my last email."]

[[rule]]
code = "ACME501"
name = "acme-one-sorry"
family = "script-rigidity"
kind = "occurrence"
message = "{count} apologies in one reply: {excerpt!r}"
why = "Apologising again and again reads as a script (seed 001)."
phrases = ["sorry", "apologise", "apologize"]
max = 2
bad = ["Sorry! Sorry about that. Sorry again."]
good = ["Sorry about that, it's fixed."]

[[rule]]
code = "ACME801"
name = "acme-next-step"
family = "follow-through"
kind = "occurrence"
message = "No next step"
why = "The customer should know what happens next (seed 001)."
pattern = '''\\b(?:reply|call|DM)\\b'''
min = 1
suggestion = "Say what they can do next: reply here, call us, DM us"
bad = ["Thanks for your message.", "We have noted it."]
good = ["Reply here if it happens again.", "DM us the order number."]
"""


class TestPackKinds:
    """
    Patterns with needs, antipatterns, skips, removal edits and occurrence
    rules: the keys the built-in packs use.
    """

    @pytest.fixture
    def linter(self, tmp_path: Path) -> Linter:
        path = tmp_path / "kinds.toml"
        path.write_text(PATTERN_PACK)
        return Linter(Config(packs=[str(path)], select=["ACME"], plugins=False))

    def test_pattern_with_antipattern_and_skips(self, linter: Linter) -> None:
        """
        A pattern matches; a match inside an antipattern, a reported one and
        a negated one do not.
        """

        def found(text: str) -> list[str]:
            return [f.excerpt for f in linter.lint(text) if f.code == "ACME103"]

        assert ["Per my last email"] == found("Per my last email, it shipped.")
        assert [] == found("Per my last email to the courier, it shipped.")
        assert [] == found("You said per my last email, so I checked.")
        assert [] == found("It was not per my last email.")

    def test_action_remove_is_an_edit_that_reads_well(self, linter: Linter) -> None:
        """
        ``action = "remove"`` removes the match and its comma and
        capitalises what follows.
        """
        text = "Per my last email, it shipped."
        (f,) = [f for f in linter.lint(text) if f.code == "ACME103"]
        (s,) = f.suggestions
        assert "Drop the reminder" == s.message
        assert "It shipped." == cs_lint.apply_edits(text, s.edits)

    def test_needs_gate_the_rule(self, tmp_path: Path) -> None:
        """
        ``needs`` entries expand ``a|b`` slots into trigger words.
        """
        path = tmp_path / "kinds.toml"
        path.write_text(PATTERN_PACK)
        (r, *_) = cs_lint.load_pack(path)
        assert frozenset({"per+last", "per+previous"}) == r.triggers

    def test_sentence_scope_reads_only_sentences_with_the_words(
        self, tmp_path: Path
    ) -> None:
        """
        With ``scope = "sentence"`` the pattern runs over the sentences that
        hold the needs, and finds there what it finds over the whole text.
        """
        path = tmp_path / "kinds.toml"
        path.write_text(
            PATTERN_PACK.replace("needs = [", 'scope = "sentence"\nneeds = [', 1)
        )
        linter = Linter(Config(packs=[str(path)], select=["ACME103"], plugins=False))
        text = "Hi Jo. The parcel left today.\nPer my last email, it shipped. Per my previous message, no."
        assert ["Per my last email", "Per my previous message"] == [
            f.excerpt for f in linter.lint(text)
        ]
        assert not linter.lint("Per my last email to the courier, it shipped.")

    def test_occurrence_max_flags_the_extra_ones(self, linter: Linter) -> None:
        """
        With ``max = 2`` the third and later occurrences are flagged, with
        the count in the message.
        """
        found = [
            f
            for f in linter.lint("Sorry! Sorry about that. Sorry again.")
            if f.code == "ACME501"
        ]
        assert ["Sorry"] == [f.excerpt for f in found]
        assert "3 apologies in one reply: 'Sorry'" == found[0].message
        assert 25 == found[0].start

    def test_occurrence_min_flags_a_missing_element(self, linter: Linter) -> None:
        """
        With ``min = 1`` a reply without the element gets one empty-span
        finding where the agent's words start; a reply with it gets none.
        """
        text = "Hi Jo,\n\nThanks for your message.\n\nBest,\nAmy"
        found = [f for f in linter.lint(text) if f.code == "ACME801"]
        assert [(0, 0)] == [(f.start, f.end) for f in found]
        assert not [
            f
            for f in linter.lint("Reply here if it happens again.")
            if f.code == "ACME801"
        ]


@pytest.mark.parametrize(
    ("old", "new", "pattern"),
    [
        (
            'skip = ["negated", "reported"]',
            'skip = ["negated", "reportd"]',
            r"skip: unknown skip 'reportd' \(did you mean 'reported'\?\)",
        ),
        (
            'needs = ["per+last|previous"]',
            'needs = ["per + last"]',
            r"needs: 'per \+ last' is not a trigger entry",
        ),
        ('action = "remove"', 'action = "delete"', r"action: unknown action 'delete'"),
        ("max = 2", "max = -1", r"max: expected a whole number"),
        ("max = 2", "", r"an occurrence rule needs 'min', 'max' or both"),
        (
            "antipatterns = ['''per",
            "antipatterns = ['''(per",
            r"antipatterns: not a valid regular expression",
        ),
        ('action = "remove"', 'scope = "clause"', r"scope: unknown scope 'clause'"),
        (
            'needs = ["per+last|previous"]',
            'scope = "sentence"',
            r"scope: scope = 'sentence' reads the sentences that hold",
        ),
        (
            'kind = "existence"\nmessage = "Reminder',
            'kind = "existence"\nmin = 1\nmessage = "Reminder',
            r"min: 'min' and 'max' belong to kind = 'occurrence'",
        ),
    ],
)
def test_new_keys_are_validated(
    tmp_path: Path, old: str, new: str, pattern: str
) -> None:
    """
    The keys for patterns and occurrence rules are checked at load time,
    each error naming the key and its line.
    """
    assert old in PATTERN_PACK
    path = write(tmp_path, PATTERN_PACK.replace(old, new, 1))
    with pytest.raises(PackError, match=pattern) as info:
        cs_lint.load_pack(path)
    assert info.value.line is not None


def test_some_built_in_rules_are_packs() -> None:
    """
    Built-in rules that are pure matching ship as TOML packs inside the
    package and are listed like the others.
    """
    from .conftest import ALL_RULES

    packed = sorted(r.code for r in ALL_RULES if r.source.endswith(".toml"))
    assert {"CS103", "CS104", "CS422"} <= set(packed)
    listed = {r.code for r in Linter(Config(plugins=False)).rules}
    assert set(packed) <= listed
