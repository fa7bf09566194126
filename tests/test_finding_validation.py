"""
`Finding.from_dict` checks what it is given (issue 19, item 18): stored
findings read back by a host are either valid values or one clear
ValueError, never a half-built finding or a raw KeyError/TypeError.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cs_lint
from cs_lint import Finding


GOOD = cs_lint.lint("As I already told you, it shipped.")[0].to_dict()


def test_round_trip() -> None:
    assert GOOD == Finding.from_dict(GOOD).to_dict()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start": "0"}, "'start' is '0', not an integer"),
        ({"start": True}, "not an integer"),
        ({"start": 5, "end": 2}, "ends before it starts"),
        ({"line": -1}, "not 0 or more"),
        ({"confidence": 7.5}, "from 0 to 1"),
        ({"family": "rudeness"}, "family 'rudeness' is not one of"),
        ({"severity": "fatal"}, "severity 'fatal'"),
        ({"code": 101}, "'code' is 101, not a string"),
        ({"extra": 1}, "unknown finding field"),
        (
            {
                "suggestions": [
                    {"message": "x", "edits": [[0, "a", ""]], "applicability": "safe"}
                ]
            },
            "malformed suggestion",
        ),
        ({"suggestions": "fix it"}, "must be a list"),
    ],
)
def test_bad_fields_are_one_value_error(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Finding.from_dict({**GOOD, **change})


def test_a_missing_field() -> None:
    data = dict(GOOD)
    del data["end"]
    with pytest.raises(ValueError, match="no 'end'"):
        Finding.from_dict(data)


@given(
    st.dictionaries(
        st.sampled_from(sorted(GOOD)),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(),
            st.text(),
            st.lists(st.integers()),
        ),
    )
)
def test_any_dict_is_a_finding_or_a_value_error(change: dict[str, Any]) -> None:
    data = {**GOOD, **change}
    try:
        finding = Finding.from_dict(data)
    except ValueError as exc:
        message = str(exc)
    else:
        message = ""
    if message:
        return  # one ValueError with a message: never KeyError or TypeError
    # What it accepted is a finding that writes back what it read.
    assert 0 <= finding.start <= finding.end
    assert 0 <= finding.confidence <= 1
    assert Finding.from_dict(finding.to_dict()) == finding
