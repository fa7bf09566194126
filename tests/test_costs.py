"""
The engine's cost hook (`cs_lint._engine.costs`) counts what it says and
changes nothing: findings are the same with it, each rule that runs is
counted once per lint, each reading once per document, and the exclusive
times add up to the whole lint. No timings are asserted: a counting clock
stands in for the real one.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cs_lint import Config, Linter
from cs_lint._engine.costs import ENGINE, Costs
from cs_lint._engine.registry import all_rules
from cs_lint._text.document import Document


class Ticks:
    """
    A clock that moves one tick per reading and remembers each reading.
    """

    def __init__(self) -> None:
        self.counter = itertools.count()
        self.read: list[int] = []

    def __call__(self) -> int:
        now = next(self.counter)
        self.read.append(now)
        return now


TEXTS = [
    "You failed to attach the receipt.",
    "Hi Sam,\n\nI will make sure this is fixed by tomorrow. Sorry for any "
    "inconvenience caused.\n\nBest,\nJo",
    # An invisible character: rules read a cleaned copy of the document.
    "Thanks.\u200b Unfortunately we can't refund it, that's our policy.",
    "> Where is my parcel?\n\nIt's with the courier and should arrive Friday.",
    "",
]


def _examples() -> list[str]:
    out = []
    for r in all_rules(Config(preview=True)):
        out += [*r.bad, *r.good]
    return out


@pytest.mark.parametrize("preview", [False, True])
def test_findings_are_the_same_with_costs(preview: bool) -> None:
    linter = Linter(Config(preview=preview))
    costs = Costs()
    texts = TEXTS + _examples()
    for text in texts:
        assert list(linter.lint(text)) == list(costs.lint(linter, text))
    assert costs.lints == len(texts)
    assert costs.get(ENGINE).runs == len(texts)


def test_exclusive_times_add_up_to_the_lint() -> None:
    """
    Each reading's time is charged to it alone: the exclusive times of the
    rules, the readers and the engine sum to the lint's whole span.
    """
    linter = Linter()
    for text in TEXTS:
        ticks = Ticks()
        costs = Costs(clock=ticks)
        costs.lint(linter, text)
        assert costs.total_ns == ticks.read[-1] - ticks.read[0]
        assert all(c.ns > 0 for c in costs.items)


def test_rules_counted_when_they_run_and_hit() -> None:
    linter = Linter()
    costs = Costs()
    costs.lint(linter, "You failed to attach the receipt.")
    blame = costs.get("CS101")
    assert (blame.kind, blame.runs, blame.hits) == ("rule", 1, 1)
    # A rule whose trigger words are absent never runs.
    ran = {c.name for c in costs.items if c.kind == "rule"}
    assert "CS301" not in ran
    assert costs.get("CS301").runs == 0
    # Every rule that ran was let through by the gate, so counted at most once.
    assert all(costs.get(code).runs == 1 for code in ran)
    costs.lint(linter, "Thanks, that's all sorted now.")
    assert costs.get("CS101").runs == 1
    assert costs.lints == 2


def test_readings_counted_once_per_document() -> None:
    """
    A memo reading or a cached parse property is timed where it is
    computed, once, however many rules ask for it.
    """
    linter = Linter()
    costs = Costs()
    text = "I will send the refund tomorrow and we will call you on Monday."
    costs.lint(linter, text)
    commitments = costs.get("commitments:commitments_in")
    assert (commitments.kind, commitments.runs, commitments.hits) == ("reader", 1, 1)
    assert costs.get("doc:sentences").runs == 1
    assert costs.get("doc:words").runs == 1


def test_cleaned_document_readings_are_timed() -> None:
    """
    When the text holds invisible characters, rules read a cleaned copy:
    its readings are timed too, not hidden inside the rules' time.
    """
    costs = Costs()
    doc = costs.document("Thanks.\u200b I will call you tomorrow.")
    got = doc.matching
    assert got is not None
    clean = got[0]
    assert type(clean) is type(doc)
    assert clean.sentences == Document(clean.text).sentences
    assert costs.get("doc:sentences").runs == 1


def test_merge_adds_runs_hits_and_time() -> None:
    linter = Linter()
    one, two = Costs(), Costs()
    one.lint(linter, TEXTS[0])
    two.lint(linter, TEXTS[0])
    two.lint(linter, TEXTS[1])
    total = Costs()
    total.merge([one, two])
    assert total.lints == 3
    assert total.get("CS101").runs == one.get("CS101").runs + two.get("CS101").runs
    assert total.total_ns == one.total_ns + two.total_ns


def _rule_costs() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "rule_costs.py"
    spec = importlib.util.spec_from_file_location("_bench_rule_costs", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_budget_check_names_what_is_over(tmp_path: Path) -> None:
    """
    `benchmarks/rule_costs.py --check`: a rule or reader is held to its
    own entry where it has one, to ``[default]`` otherwise, per corpus;
    the engine's own time is not budgeted.
    """
    bench = _rule_costs()
    path = tmp_path / "budget.toml"
    path.write_text(
        "[default]\ntweets = { open = 0.25, share = 0.05 }\n"
        "bodies = { share = 0.10 }\n\n"
        '[CS802]\nwhy = "a stated reason"\ntweets = { open = 0.70 }\n'
    )
    budget = bench.load_budget(path)

    def row(name: str, kind: str, open_: float, share: float) -> dict[str, object]:
        return {"name": name, "kind": kind, "open": open_, "share": share}

    results = {
        "tweets": {
            "rows": [
                row("engine", "engine", 1.0, 0.5),
                row("CS802", "rule", 0.66, 0.04),  # own budget: within
                row("CS702", "rule", 1.0, 0.03),  # default: gate over
                row("commitments:commitments_in", "reader", 0.5, 0.09),
            ]
        },
        "bodies": {"rows": [row("CS802", "rule", 1.0, 0.12)]},
    }
    problems = bench.over_budget(results, budget)
    assert [p.split(":")[0] for p in problems] == [
        "CS702 on tweets",
        "commitments",  # reader names hold a colon
        "commitments",
        "CS802 on bodies",
    ]
    assert "open 100.0% > budget 25.0%" in problems[0]


def test_budget_file_is_checked(tmp_path: Path) -> None:
    bench = _rule_costs()
    path = tmp_path / "budget.toml"
    path.write_text("[CS101]\ntweets = { open = 0.1 }\n")
    with pytest.raises(SystemExit, match="no \\[default\\]"):
        bench.load_budget(path)
    path.write_text("[default]\ntweets = { opne = 0.1 }\n")
    with pytest.raises(SystemExit, match="unknown limits"):
        bench.load_budget(path)
    # The shipped budget reads.
    shipped = bench.load_budget(bench.DEFAULT_BUDGET)
    assert "default" in shipped
