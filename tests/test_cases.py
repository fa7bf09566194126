"""
Labelled cases (tests/cases/*.jsonl): written positives and traps.

A positive case must get a finding of its family that overlaps the
evidence span; a negative case must get none of its family. Cases are
linted with the example facts (`EXAMPLE_FACTS`) unless they bring their
own in a "facts" field. Cases listed in
known-failures.json are honest misses and run as strict expected failures,
so fixing one fails the suite until it is removed from the list.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cs_lint
from cs_lint import Family

from .conftest import ALL_RULES


CASES = Path(__file__).resolve().parent / "cases"
KNOWN: dict[str, str] = {}
for _path in sorted(CASES.glob("known-failures*.json")):
    KNOWN.update(json.loads(_path.read_text(encoding="utf-8")))
#: Rubric family keys -> our families (the rubric splits empathy in three).
FAMILY_KEYS = {
    "accusatory": Family.ACCUSATORY,
    "hedging": Family.HEDGING,
    "over_promising": Family.OVER_PROMISING,
    "defensiveness": Family.DEFENSIVENESS,
    "negative_framing": Family.NEGATIVE_FRAMING,
    "non_apology": Family.EMPATHY,
    "dismissive": Family.EMPATHY,
    "missing_empathy": Family.EMPATHY,
    "script_rigidity": Family.SCRIPT_RIGIDITY,
    "vague_followup": Family.FOLLOW_THROUGH,
    "consistency": Family.CONSISTENCY,
}
IMPLEMENTED = {r.family for r in ALL_RULES}


def load_cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            if FAMILY_KEYS[case["family"]] not in IMPLEMENTED:
                continue
            marks = []
            if case["id"] in KNOWN:
                marks.append(pytest.mark.xfail(reason=KNOWN[case["id"]], strict=True))
            out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


CASE_PARAMS = load_cases()


def test_known_failures_exist() -> None:
    """
    Every known failure names a case that exists.
    """
    ids = {p.id for p in CASE_PARAMS}
    assert set(KNOWN) <= ids


@pytest.mark.parametrize("case", CASE_PARAMS)
def test_case(linter: cs_lint.Linter, case: dict[str, Any]) -> None:
    """
    The linter agrees with the label, at the labelled span.
    """
    family = FAMILY_KEYS[case["family"]]
    text = case["text"]
    if "facts" in case:
        # A case may bring its own team facts ({} for none configured).
        linter = cs_lint.Linter(
            cs_lint.Config(preview=True, plugins=False, facts=case["facts"])
        )
    findings = [
        f
        for f in linter.lint(text, customer=case.get("customer"))
        if f.family is family
    ]
    if not case["expect"]:
        assert [] == [(f.code, f.excerpt) for f in findings], case["comment"]
        return
    start = text.index(case["evidence"])
    end = start + len(case["evidence"])
    # An insertion point (an empty span) counts when it lies at the evidence.
    overlapping = [
        f
        for f in findings
        if (f.start < end and start < f.end)
        or (f.start == f.end and start <= f.start <= end)
    ]
    assert overlapping, (case["evidence"], [(f.code, f.excerpt) for f in findings])
