"""
Algorithmic fixes for issue 19 (every path linear), tested by counting work,
never by timing it.

Each test gives a hostile input many times the cue that used to make a
whole-text (or whole-sentence) scan per occurrence, and counts how often
the costly step runs: once per sentence or once per message, not once per
cue. benchmarks/pathological.py measures the time itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import cs_lint


if TYPE_CHECKING:
    import pytest


def _counting(calls: list[int], fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return fn(*args, **kwargs)

    return wrapped


def test_cs702_reads_each_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # One sentence with 400 runs of capitals: the warm/negative verdict of
    # the sentence is read once, not once per run (quadratic before).
    from cs_lint.rules import negative_framing

    calls: list[int] = []
    monkeypatch.setattr(
        negative_framing, "friendly", _counting(calls, negative_framing.friendly)
    )
    text = "ALREADY and " * 400
    findings = cs_lint.Linter(cs_lint.Config(select=("CS702",))).lint(text)
    assert 400 == len(findings)
    assert 1 == len(calls)


def test_read_customer_looks_for_a_plea_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # 1,000 "!!!" cues: whether the message pleads ("help", "why") is
    # looked up once, not once per cue (a rescan of the message per cue
    # was quadratic).
    from cs_lint._context import customer

    calls: list[int] = []
    pattern = customer._PLEA

    class Counting:
        def search(self, *args: Any) -> Any:
            calls.append(1)
            return pattern.search(*args)

    monkeypatch.setattr(customer, "_PLEA", Counting())
    state = customer.read_customer("Ok!!! " * 1000)
    assert 1000 == sum(c.excerpt == "!!!" for c in state.cues)
    assert 1 == len(calls)
