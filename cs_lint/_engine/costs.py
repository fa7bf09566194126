"""
What each rule and each context reader costs, measured per lint (issue 15).

Every recall round added rules and readers, each gated on trigger words and
each within "a few percent" of the last round, and together they tripled
the per-reply cost; nothing said which rule or reader had grown. `Costs` is
that instrument. Hand one to `Linter.lint_document` (``costs=``) with a
document from `Costs.document`, and it records, for every rule that ran and
every reading the document computed (its cached parse properties and its
`Document.memo` readings: commitments, stock lines, refusals…):

- how many lints it ran on (a rule: its trigger gate opened and its needs
  were met; a reader: some rule or the engine asked for it),
- how many of those found something (a rule: yielded a match; a reader:
  returned a non-empty value),
- its exclusive time: the time spent in it, less the time spent in the
  readers it asked for first (those are charged to themselves), so the
  shares add up to the whole lint; what no rule or reader took (building
  the document, the trigger gate's own work, making findings) is ``engine``.

It is off unless asked for: the engine's only cost without it is one test
per rule that runs. It holds no global state: all of it lives in the
`Costs` value the caller made, so two measurements never mix, and findings
are the same with and without it (the rules run unchanged; a rule's matches
are collected before the engine reads them). `benchmarks/rule_costs.py`
runs it over real replies and checks the result against a budget.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from cs_lint._text.document import Document, cached_property


if TYPE_CHECKING:
    from cs_lint._authoring.rule import Match, Rule
    from cs_lint._engine.linter import Linter

#: The name the time no rule or reader took is recorded under.
ENGINE = "engine"


@attrs.define
class Cost:
    """
    What one rule or reader cost over the lints a `Costs` has seen.
    """

    name: str
    kind: str  # "rule", "reader" or "engine"
    runs: int = 0
    hits: int = 0
    ns: int = 0

    @property
    def mean_us(self) -> float:
        """
        Mean exclusive microseconds per run.
        """
        return self.ns / self.runs / 1000 if self.runs else 0.0


def _reader_name(analysis: Callable[..., Any]) -> str:
    module = getattr(analysis, "__module__", "") or ""
    name = getattr(analysis, "__qualname__", None) or repr(analysis)
    return f"{module.rpartition('.')[2]}:{name}"


def _nonempty(value: object) -> bool:
    try:
        return bool(value)
    except Exception:  # noqa: BLE001 - a reading without truth is "found"
        return True


class Costs:
    """
    Per-rule and per-reader costs over a run of lints (see the module).

        >>> from cs_lint import Linter
        >>> linter, costs = Linter(), Costs()
        >>> findings = costs.lint(linter, "You failed to attach it.")
        >>> costs.lints, costs.get("CS101").runs
        (1, 1)

    Args:
        clock: Nanoseconds, monotonic (`time.perf_counter_ns`); a test
            may pass a counter.
    """

    def __init__(self, clock: Callable[[], int] = time.perf_counter_ns) -> None:
        self._clock = clock
        self.lints = 0
        self._costs: dict[str, Cost] = {}
        # Time taken by the readers computed inside each open frame.
        self._inner: list[int] = []

    def get(self, name: str) -> Cost:
        """
        The cost recorded under *name* (a rule code, a reader's name or
        ``engine``), zero when nothing ran under it.
        """
        return self._costs.get(name) or Cost(name, "rule")

    @property
    def items(self) -> list[Cost]:
        """
        Every cost recorded, dearest first.
        """
        return sorted(self._costs.values(), key=lambda c: (-c.ns, c.name))

    @property
    def total_ns(self) -> int:
        """
        The time of every lint, from building its document to its findings.
        """
        return sum(c.ns for c in self._costs.values())

    def _cost(self, name: str, kind: str) -> Cost:
        cost = self._costs.get(name)
        if cost is None:
            cost = self._costs[name] = Cost(name, kind)
        return cost

    def _timed(
        self, name: str, kind: str, work: Callable[[], Any], *, found: bool = True
    ) -> Any:
        """
        Run *work* as one run of *name*, charging it its exclusive time.
        """
        inner = self._inner
        inner.append(0)
        clock = self._clock
        start = clock()
        try:
            value = work()
        finally:
            spent = clock() - start
            below = inner.pop()
            if inner:
                inner[-1] += spent
            cost = self._cost(name, kind)
            cost.runs += 1
            cost.ns += spent - below
        if found and _nonempty(value):
            cost.hits += 1
        return value

    def document(self, text: str, **kwargs: Any) -> Document:
        """
        A `Document` of *text* (keyword arguments as `Document` takes them)
        whose readings are timed into these costs.
        """
        doc = _TimedDocument(text, **kwargs)
        doc.__dict__["_costs"] = self
        return doc

    def lint(self, linter: Linter, text: str, **kwargs: Any) -> list[Any]:
        """
        Lint *text* with *linter* (``customer=``, ``conversation=`` as
        `Linter.lint` takes them), recording what it cost.
        """
        self.lints += 1

        def whole() -> list[Any]:
            doc = self.document(text, **kwargs)
            return linter.lint_document(doc, costs=self)

        return self._timed(ENGINE, "engine", whole, found=False)  # type: ignore[no-any-return]

    def run(self, rule: Rule, doc: Document, options: Any) -> list[Match]:
        """
        Run *rule* on *doc* as the engine would, timing it; the engine calls
        this in place of ``rule.run`` when it is given costs.
        """
        return self._timed(  # type: ignore[no-any-return]
            rule.code, "rule", lambda: list(rule.run(doc, options))
        )

    def merge(self, others: Iterable[Costs]) -> None:
        """
        Add the costs of *others* to these.
        """
        for other in others:
            self.lints += other.lints
            for c in other._costs.values():
                mine = self._cost(c.name, c.kind)
                mine.runs += c.runs
                mine.hits += c.hits
                mine.ns += c.ns


def _timed_property(prop: cached_property[Any]) -> cached_property[Any]:
    func = prop.func
    name = f"doc:{prop.attrname}"

    def timed(doc: Document) -> Any:
        costs: Costs = doc.__dict__["_costs"]
        return costs._timed(name, "reader", lambda: func(doc))

    timed.__name__ = prop.attrname
    return cached_property(timed)


class _TimedDocument(Document):
    """
    A `Document` that times its readings into the `Costs` it carries.
    """

    def memo(self, analysis: Callable[[Document], Any]) -> Any:
        if analysis in self._memo:
            return self._memo[analysis]
        costs: Costs = self.__dict__["_costs"]
        return costs._timed(
            _reader_name(analysis),
            "reader",
            lambda: super(_TimedDocument, self).memo(analysis),
        )


def _time_readings() -> None:
    for klass in reversed(Document.__mro__):
        for attr, value in vars(klass).items():
            if not isinstance(value, cached_property):
                continue
            timed = _timed_property(value)
            timed.__set_name__(_TimedDocument, attr)
            setattr(_TimedDocument, attr, timed)
    matching = _TimedDocument.__dict__["matching"]

    # The cleaned document the rules read when the text holds invisible
    # characters is built by `Document` itself: time its readings too.
    def clean(doc: Document) -> Any:
        got = matching.func(doc)
        if got is not None:
            object.__setattr__(got[0], "__class__", _TimedDocument)
            got[0].__dict__["_costs"] = doc.__dict__["_costs"]
        return got

    timed = cached_property(clean)
    timed.__set_name__(_TimedDocument, "matching")
    setattr(_TimedDocument, "matching", timed)  # noqa: B010 - after the loop above


_time_readings()
