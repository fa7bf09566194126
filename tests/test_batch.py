"""
Batches: `cs_lint.lint_many` over a process pool, and summaries.
"""

from __future__ import annotations

import itertools
import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import cs_lint
from cs_lint._scale.batch import (
    _init_worker,
    _lint_chunk,
    _work,
    cached_linter,
    config_state,
    lint_one,
)


ROOT = Path(__file__).resolve().parent.parent
EMAIL = ROOT / "tests" / "fixtures" / "email" / "gmail-reply.eml"

REPLIES = [
    "As I already told you, the parcel left on Monday.",
    "Thanks for waiting! Your refund is on its way.",
    "You should have read the manual before calling.",
    "I think maybe this could possibly fix it, not sure.",
    "Obviously the setting is on the first page.",
    "We will definitely fix this today, guaranteed.",
    "Happy to help: the new card is in the post.",
]


def corpus(n: int) -> list[str]:
    return [f"{REPLIES[i % len(REPLIES)]} (ticket {i})" for i in range(n)]


def test_results_in_input_order_and_equal_to_linter() -> None:
    """
    Every worker count gives the same results as `Linter.lint`, in order.
    """
    texts = corpus(60)
    linter = cs_lint.Linter()
    expected = [
        cs_lint.LintResult(i, tuple(linter.lint(t))) for i, t in enumerate(texts)
    ]
    assert any(r.findings for r in expected)
    assert expected == list(cs_lint.lint_many(texts, workers=1))
    assert expected == list(cs_lint.lint_many(texts, workers=2, chunksize=4))


def test_item_forms() -> None:
    """
    Texts, (text, customer) pairs, mappings and Records, ids kept.
    """
    customer = "My order never arrived and I am furious."
    reply = "Sorry, I can see your order is late; I have sent a new one."
    items: list[object] = [
        reply,
        (reply, customer),
        {"id": "t-1", "text": reply, "customer": customer, "extra": 1},
        {"text": reply},
        cs_lint.Record(reply, id="r-9", customer=customer),
        cs_lint.Record(EMAIL.read_bytes(), id="mail", email=True),
    ]
    linter = cs_lint.Linter()
    results = list(cs_lint.lint_many(items, workers=1))
    assert [0, 1, "t-1", 3, "r-9", "mail"] == [r.id for r in results]
    assert all(r.ok for r in results)
    assert tuple(linter.lint(reply, customer=customer)) == results[1].findings
    assert results[1].findings == results[2].findings == results[4].findings
    report = linter.check_email(EMAIL.read_bytes())
    assert report.findings == results[5].findings
    assert report.findings, "the fixture has a finding in the agent's words"
    # Quoted text is not linted: every finding lies in the agent's zones.
    assert all(f.zone in {"greeting", "body", "sign-off"} for f in results[5].findings)


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_records_become_errors_and_the_run_goes_on(workers: int) -> None:
    """
    A bad record yields one error result naming it; the others are linted.
    """
    items: list[object] = [
        "As I already told you, no.",
        42,
        ("text", 7),
        {"body": "no text key"},
        {"id": "x", "text": None},
        cs_lint.Record(b"\x00not an email", id="m", email=True),
        {"id": 1.5, "text": "hi"},
        "Thanks!",
    ]
    items = items * 3  # past one chunk, so the pool runs
    results = list(cs_lint.lint_many(items, workers=workers, chunksize=5))
    assert len(items) == len(results)
    errors = [r.error for r in results[:8]]
    assert errors[0] is None
    assert results[0].findings
    assert "record 1: expected a str, a (text, customer) pair" in str(errors[1])
    assert "got int" in str(errors[1])
    assert "record 2: customer must be str or None, not int" == errors[2]
    assert "record 3: no 'text' key (keys: body)" == errors[3]
    assert "record 'x': text must be str, not NoneType" == errors[4]
    assert str(errors[5]).startswith("m: ")
    assert "record 6: id must be str or int, not float" == errors[6]
    assert errors[7] is None
    assert not results[4].ok
    assert () == results[4].findings


def test_an_exception_in_a_rule_is_an_error_result() -> None:
    """
    Anything a linter raises for one record becomes that record's error.
    """

    class Broken:
        def lint(self, text: str, *, customer: str | None = None) -> list[object]:
            raise RuntimeError("boom")

    result = lint_one(Broken(), ("a", "text", None, False))  # type: ignore[arg-type]
    assert cs_lint.LintResult("a", error="a: RuntimeError: boom") == result


def test_streams_without_reading_everything() -> None:
    """
    An endless input still gives results: only a few chunks are read ahead.
    """
    pulled = itertools.count()

    def endless() -> Iterator[str]:
        for i in itertools.count():
            next(pulled)
            yield REPLIES[i % len(REPLIES)]

    results = cs_lint.lint_many(endless(), workers=2, chunksize=8)
    first = list(itertools.islice(results, 20))
    assert list(range(20)) == [r.id for r in first]
    results.close()  # type: ignore[attr-defined]
    # The 3 chunks consumed, plus 2 per worker in flight: never the lot.
    assert next(pulled) <= 8 * (3 + 2 * 2)


def test_invalid_arguments_raise_up_front() -> None:
    """
    A bad config or worker count raises at the call, before any work.
    """
    with pytest.raises(cs_lint.ConfigError, match="CS999"):
        cs_lint.lint_many(["x"], config=cs_lint.Config(select=["CS999"]))
    with pytest.raises(ValueError, match="workers must be a positive int"):
        cs_lint.lint_many(["x"], workers=0)
    with pytest.raises(ValueError, match="chunksize"):
        cs_lint.lint_many(["x"], chunksize=0)


def test_config_crosses_processes() -> None:
    """
    Workers rebuild the same configuration from plain, picklable values.
    """
    config = cs_lint.Config(
        select=["accusatory", "CS7"],
        ignore=["CS105"],
        severity={"CS103": "error"},
        fail_on="info",
        email={"block": ["CS103"], "warn": ["warning"]},
    )
    state = config_state(config)
    assert config == cs_lint.Config(**pickle.loads(pickle.dumps(state)))
    texts = corpus(40)
    one = list(cs_lint.lint_many(texts, config=config, workers=1))
    two = list(cs_lint.lint_many(texts, config=config, workers=2, chunksize=3))
    assert one == two
    codes = {f.code for r in one for f in r.findings}
    assert "CS103" in codes
    assert "CS105" not in codes
    assert {f.severity for r in one for f in r.findings if f.code == "CS103"} == {
        cs_lint.Severity.ERROR
    }


def test_one_linter_per_worker() -> None:
    """
    The pool initializer builds the worker's linter; chunks reuse it.
    """
    state = config_state(cs_lint.Config(select=["CS1"]))
    assert cached_linter(state) is cached_linter(dict(state))
    _init_worker(state)
    linter = cached_linter(state)
    results = _lint_chunk([_work(0, "As I already told you, no."), _work(1, "Hi")])
    assert [r.findings for r in results] == [
        tuple(linter.lint("As I already told you, no.")),
        (),
    ]
    assert cached_linter(state) is linter


def test_results_are_frozen_values() -> None:
    """
    LintResult is a frozen attrs value with a JSON shape.
    """
    (result,) = cs_lint.lint_many(["As I already told you, no."], workers=1)
    with pytest.raises(AttributeError):
        result.id = 3  # type: ignore[misc]
    data = json.loads(json.dumps(result.to_dict()))
    assert 0 == data["id"]
    assert data["error"] is None
    assert [cs_lint.Finding.from_dict(f) for f in data["findings"]] == list(
        result.findings
    )


def test_summary() -> None:
    """
    Counts per family and code, share of replies with findings, worst first.
    """
    texts = [
        "Thanks for waiting!",
        "As I already told you, you should have read the manual.",
        "Obviously it is on page one.",
        "Happy to help.",
    ]
    results = [
        *cs_lint.lint_many(texts, workers=1),
        cs_lint.LintResult("z", error="bad"),
    ]
    summary = cs_lint.summarize(results, worst=1)
    assert 4 == summary.replies
    assert 1 == summary.errors
    assert 2 == summary.replies_with_findings
    assert 0.5 == summary.share
    total = sum(len(r.findings) for r in results)
    assert total == summary.findings == sum(summary.by_code.values())
    assert total == sum(summary.by_family.values()) == sum(summary.by_severity.values())
    assert {"CS102", "CS103", "CS105"} <= set(summary.by_code)
    assert summary.by_family["accusatory"] == total
    (worst,) = summary.worst
    assert 1 == worst.id
    assert len(results[1].findings) == worst.findings
    assert ("CS103", "CS102") == worst.codes
    data = json.loads(json.dumps(summary.to_dict()))
    assert 0.5 == data["share_with_findings"]
    assert [1] == [w["id"] for w in data["worst"]]
    text = summary.render()
    assert "4 linted, 1 could not be read; 2 with findings (50.0%)" in text
    assert cs_lint.Summary() == cs_lint.summarize([])
    assert 0.0 == cs_lint.Summary().share


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork",
    reason="the crashing worker is patched in through fork",
)
def test_a_record_that_kills_its_worker_fails_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """
    A worker process that dies (say, out of memory) fails only the record
    it was linting; the pool is rebuilt and the run goes on, in order.
    """
    import os

    from cs_lint._scale import batch

    real = batch.lint_one

    def dying(linter: cs_lint.Linter, work: object) -> cs_lint.LintResult:
        if isinstance(work, tuple) and work[1] == "CRASH":
            os._exit(1)
        return real(linter, work)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "lint_one", dying)
    texts = corpus(40)
    texts[13] = "CRASH"
    results = list(cs_lint.lint_many(texts, workers=2, chunksize=4))
    assert list(range(40)) == [r.id for r in results]
    assert "record 13: the worker process linting it died" == results[13].error
    assert [13] == [r.id for r in results if r.error]
    linter = cs_lint.Linter()
    assert tuple(linter.lint(texts[20])) == results[20].findings
    # A record that kills every worker it meets stops the batch, clearly.
    texts[14] = texts[15] = "CRASH"
    with pytest.raises(cs_lint.CsLintError, match="died on 3 records in a row"):
        list(cs_lint.lint_many(texts, workers=2, chunksize=4))


def test_emails_through_the_pool() -> None:
    """
    Raw emails travel to the workers as bytes and come back as the
    findings of `Linter.check_email`.
    """
    folder = ROOT / "tests" / "fixtures" / "email"
    records = [
        cs_lint.Record(p.read_bytes(), id=p.name, email=True)
        for p in sorted(folder.glob("*.eml"))
    ]
    linter = cs_lint.Linter()
    results = list(cs_lint.lint_many(records, workers=2, chunksize=3))
    assert [r.id for r in records] == [r.id for r in results]

    def expected(record: cs_lint.Record) -> cs_lint.LintResult:
        assert isinstance(record.id, str)
        try:
            findings = linter.check_email(record.text).findings
        except cs_lint.InputError as exc:
            return cs_lint.LintResult(record.id, error=f"{record.id}: {exc}")
        return cs_lint.LintResult(record.id, findings)

    assert [expected(r) for r in records] == results
    assert any(r.error for r in results)
    assert sum(1 for r in results if r.findings) >= 5


def test_workers_lint_with_the_macros_and_facts_of_the_config() -> None:
    """
    Worker processes rebuild the configuration with its macros and facts,
    so the rules that need them run in a batch as they do in-process.
    """
    from cs_lint.rules.consistency import EXAMPLE_FACTS
    from cs_lint.rules.script_rigidity import EXAMPLE_MACROS

    config = cs_lint.Config(macros=EXAMPLE_MACROS, facts=EXAMPLE_FACTS, plugins=False)
    texts = [
        r.bad[0] for r in cs_lint.Linter(config).rules if r.needs & {"macros", "facts"}
    ]
    assert texts
    linter = cs_lint.Linter(config)
    expected = [[f.code for f in linter.lint(t)] for t in texts]
    assert any(expected)
    got = [
        [f.code for f in r.findings]
        for r in cs_lint.lint_many(texts * 40, config=config, workers=2, chunksize=8)
    ]
    assert expected * 40 == got
