"""
What each compiled pattern costs per reply (issue 15, round 11).

    python benchmarks/pattern_costs.py [--corpora ../shared/corpora] [--top 40]
    python benchmarks/pattern_costs.py --json > patterns.json
    python benchmarks/pattern_costs.py --whole [--top 40]  # each pattern over whole bodies

`benchmarks/rule_costs.py` says which rule or reader is dear; this says
which of the patterns they run is. The regex engine's time is C time: a
profiler charges it to the Python frame that called ``finditer`` or
``search``, so a rule that scans the text with six patterns shows as one
line. Here every pattern the linter compiles (module-level patterns, the
rules' lazily compiled ones, pack and lexicon-built patterns, and the ones
``regex.search(source, ...)`` compiles behind the scenes) is wrapped in a
timing proxy before cs_lint is imported, and each call (``search``,
``match``, ``finditer`` and its iteration, ...) is timed and charged to
the pattern and to the line of cs_lint that made it.

It runs the default rules over the two corpora of ``rule_costs.py``
(the 3,620 TWCS agent replies and the realistic ~1 KB email bodies), after
one untimed warm-up pass, and prints per pattern: calls per text, µs per
text, µs per call, its share of the whole lint time (the lint time is the
proxied run's, so shares are a little high: the proxy's own cost is in
both), the call site that spends most on it, and the head of its source.
Use it to rank; measure a fix with ``rule_costs.py`` or ``speed.py``,
which run without the proxy.

``--whole`` ranks the patterns instead by what one ``finditer`` over a
whole 1 KB body costs each (the first 100 bodies), however often the
linter runs them: a pattern that is dear per body is dear by
construction (an alternative that opens with a lookaround or a large
class is tried at every position), and costs the whole text wherever a
rule scans the whole text with it.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex._main as _regex_main


HERE = Path(__file__).resolve().parent
DEFAULT_CORPORA = HERE.parent.parent / "shared" / "corpora"
#: Methods whose result is an iterator: its iteration is timed too.
_ITERATING = frozenset({"finditer", "splititer"})
_TIMED = frozenset(
    {
        "search",
        "match",
        "fullmatch",
        "findall",
        "sub",
        "subn",
        "split",
        "finditer",
        "splititer",
    }
)
_clock = time.perf_counter_ns


class _Stats:
    def __init__(self) -> None:
        self.ns: collections.Counter[int] = collections.Counter()
        self.calls: collections.Counter[int] = collections.Counter()
        self.sites: dict[int, collections.Counter[str]] = collections.defaultdict(
            collections.Counter
        )
        self.sources: dict[int, tuple[str, int]] = {}
        self.on = False

    def reset(self) -> None:
        self.ns.clear()
        self.calls.clear()
        self.sites.clear()


STATS = _Stats()


def _site() -> str:
    """The first frame inside cs_lint that is not this proxy's plumbing."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if "cs_lint" in name and not name.endswith(("compiled.py", "patterns.py")):
            return f"{name.split('cs_lint/', 1)[-1]}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return "?"


class _Timed:
    """A compiled pattern whose matching methods are timed."""

    def __init__(self, pattern: Any) -> None:
        self._pattern = pattern
        STATS.sources[id(self)] = (pattern.pattern, pattern.flags)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._pattern, name)
        if name not in _TIMED:
            return value
        key = id(self)

        def timed(*args: Any, **kwargs: Any) -> Any:
            if not STATS.on:
                return value(*args, **kwargs)
            start = _clock()
            result = value(*args, **kwargs)
            spent = _clock() - start
            site = _site()
            STATS.calls[key] += 1
            if name in _ITERATING:
                return _iterate(key, site, result, spent)
            STATS.ns[key] += spent
            STATS.sites[key][site] += spent
            return result

        return timed

    def __repr__(self) -> str:
        return f"<timed {self._pattern!r}>"


def _iterate(key: int, site: str, it: Iterator[Any], spent: int) -> Iterator[Any]:
    try:
        while True:
            start = _clock()
            try:
                item = next(it)
            except StopIteration:
                spent += _clock() - start
                return
            spent += _clock() - start
            yield item
    finally:
        STATS.ns[key] += spent
        STATS.sites[key][site] += spent


class _Engine:
    """The ``_regex`` C module, with `compile` returning timed patterns."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, *args: Any) -> Any:
        return _Timed(self._engine.compile(*args))


def _compile_plain(source: str, flags: int) -> Any:
    """A pattern compiled by the regex module, without the proxy."""
    engine = _regex_main._regex
    _regex_main._regex = engine._engine
    try:
        return _regex_main._compile(source, flags, False, {}, False)
    finally:
        _regex_main._regex = engine


def install() -> None:
    """Time every pattern compiled from now on (call before importing cs_lint)."""
    _regex_main._regex = _Engine(_regex_main._regex)  # type: ignore[assignment]
    # The regex module keeps compiled patterns in a cache of its own.
    _regex_main._cache.clear()


def run(corpora: Path) -> dict[str, Any]:
    install()
    import cs_lint  # after the proxy is in place

    sys.path.insert(0, str(HERE))
    import rule_costs  # on the path now

    linter = cs_lint.Linter()
    out: dict[str, Any] = {"load": os.getloadavg()[0]}
    for corpus, batch in rule_costs.texts(corpora).items():
        if not batch:
            continue
        for text in batch:
            linter.lint(text)
        STATS.reset()
        STATS.on = True
        start = _clock()
        for text in batch:
            linter.lint(text)
        total = _clock() - start
        STATS.on = False
        n = len(batch)
        rows = []
        for key, ns in STATS.ns.most_common():
            source, flags = STATS.sources[key]
            site, site_ns = STATS.sites[key].most_common(1)[0]
            rows.append(
                {
                    "us_per_text": ns / n / 1000,
                    "calls_per_text": STATS.calls[key] / n,
                    "us_per_call": ns / STATS.calls[key] / 1000,
                    "share": ns / total,
                    "site": site,
                    "site_share": site_ns / ns if ns else 0.0,
                    "sites": len(STATS.sites[key]),
                    "source": source,
                    "flags": flags,
                }
            )
        out[corpus] = {
            "texts": n,
            "bytes": sum(len(t.encode()) for t in batch) / n,
            "lint_us": total / n / 1000,
            "patterns_us": sum(STATS.ns.values()) / n / 1000,
            "patterns": len(rows),
            "rows": rows,
        }
    return out


def whole(corpora: Path) -> dict[str, Any]:
    """
    Each pattern the linter compiled over the corpora, timed alone: one
    ``finditer`` over each of 100 whole 1 KB bodies.
    """
    results = run(corpora)
    import rule_costs  # on the path now

    bodies = rule_costs.texts(corpora)["bodies"][:100]
    rows = []
    for source, flags in set(STATS.sources.values()):
        if not isinstance(source, str):
            continue
        try:
            pattern = _compile_plain(source, flags)
        except Exception:  # noqa: BLE001 - a pattern the proxy cannot rebuild
            continue
        start = _clock()
        for body in bodies:
            for _ in pattern.finditer(body):
                pass
        rows.append(
            {
                "us_per_body": (_clock() - start) / len(bodies) / 1000,
                "source": source,
            }
        )
    rows.sort(key=lambda r: -r["us_per_body"])
    return {"load": results["load"], "whole": rows}


def render(results: dict[str, Any], top: int) -> str:
    lines = [f"load average {results['load']:.1f}"]
    for corpus in ("tweets", "bodies"):
        if corpus not in results:
            continue
        r = results[corpus]
        lines += [
            "",
            f"## {corpus}: {r['texts']} texts, {r['bytes']:.0f} B each; lint "
            f"{r['lint_us']:.0f} µs per text (proxied), of which {r['patterns']} "
            f"patterns {r['patterns_us']:.0f} µs",
            "",
            "| µs/text | calls/text | µs/call | share | dearest call site | pattern |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for row in r["rows"][:top]:
            head = " ".join(row["source"].split())[:70].replace("|", "\\|")
            more = f" (+{row['sites'] - 1})" if row["sites"] > 1 else ""
            lines.append(
                f"| {row['us_per_text']:.1f} | {row['calls_per_text']:.2f} "
                f"| {row['us_per_call']:.1f} | {row['share']:.1%} "
                f"| {row['site']}{more} | `{head}` |"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--top", type=int, default=40, help="rows shown per corpus")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--whole", action="store_true", help="rank by one scan of a whole 1 KB body"
    )
    args = parser.parse_args()
    if args.whole:
        ranked = whole(args.corpora)
        if args.json:
            print(json.dumps(ranked, indent=2))
            return 0
        print(f"load average {ranked['load']:.1f}\n")
        print("| µs per 1 KB body | pattern |\n| --- | --- |")
        for row in ranked["whole"][: args.top]:
            head = " ".join(row["source"].split())[:90].replace("|", "\\|")
            print(f"| {row['us_per_body']:.0f} | `{head}` |")
        return 0
    results = run(args.corpora)
    if not any(c in results for c in ("tweets", "bodies")):
        print(f"no TWCS replies under {args.corpora}", file=sys.stderr)
        return 2
    print(json.dumps(results, indent=2) if args.json else render(results, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
