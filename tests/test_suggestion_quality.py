"""
Suggestions read well once applied (issue 18, item 15).

A suggestion's edits are what an editor applies with one click (safe ones
without asking): the result must read as a sentence a person would send.
The property here is checked for every rule on its own bad examples, the
case files and generated violating replies: applying any one suggestion's
edits adds no double space, no orphaned punctuation (" ,", ",.", a
sentence that starts with a comma), no sentence that starts in lower
case, and never takes the comma off a greeting ("Hi Sam,").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings

import cs_lint
from cs_lint import Applicability, apply_edits
from cs_lint._engine.registry import all_rules
from cs_lint.testing import violating_replies


CONFIG = cs_lint.Config(preview=True, plugins=False)
LINTER = cs_lint.Linter(CONFIG)
CASES = Path(__file__).resolve().parent / "cases"

_ORPHAN = regex.compile(
    r"(?<=\S)[ \t]+[,.;:!?](?!\w)|[,;:][ \t]*[.!?]|,[ \t]*,|^[ \t]*[,.;:]|(?<=[.!?][ \t])[,;:]",
    regex.MULTILINE,
)
#: A sentence (or the text, or a line) that starts with a lower-case letter.
_LOWER_START = regex.compile(r"(?:^|[.!?][ \t]+)[ \t]*\p{Ll}", regex.MULTILINE)
_GREETING = regex.compile(r"^(?:Hi|Hello|Hey|Dear)\s+\w+,", regex.MULTILINE)


def reads_badly(before: str, after: str) -> list[str]:
    """
    What applying an edit broke, comparing the text before and after.
    """
    problems = []
    if "  " in after and after.count("  ") > before.count("  "):
        problems.append("double space")
    if len(_ORPHAN.findall(after)) > len(_ORPHAN.findall(before)):
        problems.append("orphaned punctuation")

    if len(_LOWER_START.findall(after)) > len(_LOWER_START.findall(before)):
        problems.append("sentence starts in lower case")
    if len(_GREETING.findall(after)) < len(_GREETING.findall(before)):
        problems.append("greeting lost its comma")
    return problems


def _check(text: str, *, safe_only: bool = False) -> list[str]:
    out = []
    for f in LINTER.lint(text):
        for s in f.suggestions:
            if not s.edits:
                continue
            if safe_only and s.applicability is not Applicability.SAFE:
                continue
            after = apply_edits(text, s.edits)
            for problem in reads_badly(text, after):
                out.append(f"{f.code} {problem}: {text!r} -> {after!r}")
    return out


def _texts() -> list[str]:
    texts = [t for r in all_rules(CONFIG) for t in r.bad]
    for path in sorted(CASES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_the_checker_sees_each_kind_of_problem() -> None:
    assert ["double space"] == reads_badly("We shipped it.", "We  shipped it.")
    assert ["orphaned punctuation"] == reads_badly(
        "It is back up within the hour, guaranteed.", "It is back up , guaranteed."
    )
    assert ["sentence starts in lower case"] == reads_badly(
        "Thanks. Please note it shipped.", "Thanks. it shipped."
    )
    assert ["greeting lost its comma"] == reads_badly(
        "Hi Sam, please be advised that it shipped.", "Hi Sam it shipped."
    )
    assert [] == reads_badly("Hi Sam, please note it shipped.", "Hi Sam, it shipped.")


def test_every_suggestion_on_the_examples_and_cases_reads_well() -> None:
    problems = [p for text in _texts() for p in _check(text)]
    assert [] == problems


@settings(max_examples=150, deadline=None)
@given(violating_replies(linter=LINTER))
def test_safe_edits_on_generated_replies_read_well(
    reply: cs_lint.testing.GeneratedReply,
) -> None:
    assert [] == _check(reply.text, safe_only=True)


@pytest.mark.parametrize(
    ("text", "code", "after"),
    [
        # CS412 kept "by the driver" after "we upset you".
        (
            "We apologise if you were upset by the driver.",
            "CS412",
            "I'm sorry the driver upset you.",
        ),
        (
            "Sorry if you were upset about the delay.",
            "CS412",
            "I'm sorry about the delay.",
        ),
        # CS501 took the greeting's comma with the phrase.
        (
            "Hi Sam, please be advised that your order shipped.",
            "CS501",
            "Hi Sam, your order shipped.",
        ),
        ("It shipped, please be advised.", "CS501", "It shipped."),
        # CS303 left " , guaranteed".
        (
            "Our engineers will have your broadband back up within the hour, guaranteed.",
            "CS303",
            "Our engineers will have your broadband back up, guaranteed.",
        ),
    ],
)
def test_fixed_suggestions(text: str, code: str, after: str) -> None:
    (f,) = [f for f in LINTER.lint(text) if f.code == code]
    assert after == apply_edits(text, f.suggestions[0].edits)


def test_cs301_says_what_its_edit_does() -> None:
    # The edit only drops "I guarantee": its title says so, and the rewrite
    # advice stands beside it with no edit.
    text = "I guarantee this will never happen again."
    (f,) = [f for f in LINTER.lint(text) if f.code == "CS301"]
    drop, advice = f.suggestions
    assert "Drop “I guarantee”" == drop.message
    assert "This will never happen again." == apply_edits(text, drop.edits)
    assert () == advice.edits
    assert Applicability.DISPLAY_ONLY is advice.applicability
