"""
Fuzz the linter with generated input and check every invariant.

Draws inputs from the cs_lint.testing strategies (hostile text, realistic
replies, emails, replies with injected violations; each with no customer
message, a generated one, or hostile text as one), lints them with a
preview-enabled linter and checks `assert_well_formed` (spans, excerpts,
line/column, UTF-16 offsets, order), that every injected violation is
found at its span, and that a second lint gives the same findings. Then lints a 1 MB run of every
hostile unit, wrapped in hostile text. Hypothesis shrinks the first
failure to a minimal input and prints it.

    nice python benchmarks/fuzz.py                   # 100,000 inputs
    nice python benchmarks/fuzz.py --examples 5000 --seed 1

Exit status 1 on the first failure.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

import cs_lint
from cs_lint.testing import (
    GeneratedReply,
    assert_well_formed,
    customer_messages,
    emails,
    hostile_text,
    replies,
    violating_replies,
)
from cs_lint.testing._data import RUN_UNITS


# Limits off: the 1 MB runs are wrapped in hostile text, and every finding
# of a generated input is checked.
LINTER = cs_lint.Linter(
    cs_lint.Config(preview=True, plugins=False, max_chars=0, max_findings=0)
)


def inputs(max_run: int) -> st.SearchStrategy[tuple[str, str | GeneratedReply]]:
    """
    Tagged inputs: (source name, text or generated reply).
    """
    return st.one_of(
        hostile_text(max_run=max_run).map(lambda t: ("hostile", t)),
        replies(linter=LINTER).map(lambda t: ("reply", t)),
        emails(linter=LINTER).map(lambda t: ("email", t)),
        violating_replies(linter=LINTER).map(lambda r: ("violating", r)),
    )


def check(item: str | GeneratedReply, customer: str | None) -> int:
    """
    Lint one input and check it; return the number of findings.
    """
    if isinstance(item, GeneratedReply):
        text, customer = item.text, item.customer
    else:
        text = item
    findings = LINTER.lint(text, customer=customer)
    assert_well_formed(text, findings)
    if isinstance(item, GeneratedReply):
        found = {(f.code, f.start, f.end) for f in findings}
        missing = [i for i in item.injections if (i.code, i.start, i.end) not in found]
        assert not missing, f"injected violations not found: {missing}"
    assert findings == LINTER.lint(text, customer=customer), "lint is not deterministic"
    return len(findings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument(
        "--max-run", type=int, default=50_000, help="longest run in the main pass"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--no-big-runs",
        dest="big_runs",
        action="store_false",
        help="skip the 1 MB pass",
    )
    args = parser.parse_args(argv)

    counts: collections.Counter[str] = collections.Counter()
    t0 = time.perf_counter()

    @seed(args.seed)
    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=(Phase.generate, Phase.shrink),
    )
    @given(
        inputs(args.max_run),
        st.one_of(st.none(), customer_messages(), hostile_text(max_run=10_000)),
    )
    def fuzz(tagged: tuple[str, str | GeneratedReply], customer: str | None) -> None:
        source, item = tagged
        counts[source] += 1
        counts["findings"] += check(item, customer)
        size = len(item.text if isinstance(item, GeneratedReply) else item)
        counts["chars"] += size
        total = sum(counts[k] for k in ("hostile", "reply", "email", "violating"))
        if total % 5_000 == 0:
            print(f"  {total:,} inputs, {time.perf_counter() - t0:.0f} s", flush=True)

    failed = False
    try:
        fuzz()
    except Exception as exc:  # noqa: BLE001 - report whatever hypothesis raised
        failed = True
        print(f"FAILED: {type(exc).__name__}: {exc}")
    main_seconds = time.perf_counter() - t0

    t1 = time.perf_counter()
    big = 0
    wrap = "\u202e😡 You failed to\u200d"
    for unit in RUN_UNITS if args.big_runs else ():
        run = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        for text in (run, wrap + run + "\ud800" + run[:1000]):
            try:
                findings = LINTER.lint(text)
                assert_well_formed(text, findings)
            except AssertionError as exc:
                failed = True
                print(f"FAILED on a 1 MB run of {unit!r}: {exc}")
            big += 1
    big_seconds = time.perf_counter() - t1

    total = sum(counts[k] for k in ("hostile", "reply", "email", "violating"))
    print()
    print("| pass | inputs | characters | findings | seconds |")
    print("|---|---|---|---|---|")
    print(
        f"| generated ({', '.join(f'{k} {counts[k]:,}' for k in ('hostile', 'reply', 'email', 'violating'))})"
        f" | {total:,} | {counts['chars']:,} | {counts['findings']:,} | {main_seconds:.0f} |"
    )
    print(
        f"| 1 MB runs ({len(RUN_UNITS)} units x 2) | {big} | ~{big} MB | - | {big_seconds:.0f} |"
    )
    print(
        f"\nresult: {'FAILED' if failed else 'no crash, no bad span, no missed injection'}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
