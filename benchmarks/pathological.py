"""
Lint pathological inputs at growing sizes and check that time stays linear.

Each case is one unit repeated to 10 KB, 100 KB, 1 MB and 10 MB (in code
points) and linted once by a preview-enabled linter with every built-in
rule. Customer cases repeat the unit in the customer message a short reply
answers; email cases grow one header of a draft checked with
`Linter.check_email`. The script prints a markdown table of seconds per
size and the ratio between neighbouring sizes; a 10x larger input must
take at most 13x as long (``--limit``). A case that grows super-linearly is not run
at the next size when that would exceed ``--budget`` seconds.

    python benchmarks/pathological.py                 # every case, up to 10 MB
    python benchmarks/pathological.py --max-size 1000000 --case emoji

Times are CPU seconds of this process (`time.process_time`): a lint runs
on one thread, and on a shared machine wall-clock time mostly measures the
neighbours.

``--no-gc`` turns the cyclic garbage collector off while linting, to tell
growth in cs_lint's own work from the collector's: with a million live
findings or sentences, each full collection walks a heap ten times larger,
and that costs a little more than ten times as much. The limits are off
(every finding is built); ``--max-findings 1000`` lints with cs_lint's
default findings cap instead.

Exit status 1 when any ratio is over the limit.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import time
from collections.abc import Callable
from typing import Any

import cs_lint


SIZES = (10_000, 100_000, 1_000_000, 10_000_000)

#: name -> repeated unit.
CASES: dict[str, str] = {
    "one letter": "a",
    "punctuation": "!",
    "mixed punctuation": "?!.,;:-",
    "ellipsis": "...",
    "you you you": "you ",
    "nested quotes": "> ",
    "one giant line": "word, and then another word and ",
    "emoji": "😡",
    "emoji + ZWJ": "👩\u200d💻 ",
    "combining marks": "e\u0301",
    "You failed to": "You failed to ",
    "we can't": "we can't\n",
    "I'll try to": "I'll try to ",
    "That's our policy.": "That's our policy. ",
    "newlines": "\n",
    "blank-line paragraphs": "Ok.\n\n",
    "quote lines": "> you failed to read it\n",
    "open quotes": '"',
    "curly quotes": "“word ",
    "ALL CAPS": "NEVER ",
    "no no no": "No. ",
    "sentences": "Thanks for waiting. ",
    "signature delimiters": "-- \n",
    "header fields": "From: a@example.com\n",
    "attribution opener": "On Monday ",
    "abbreviations": "e.g. ",
    "hedge stack": "maybe perhaps possibly ",
    "guarantee": "I guarantee ",
    "apostrophes": "'",
    "RTL marks": "\u202eabc\u200f ",
    # The conversation-aware families (CS4xx-CS9xx).
    "calm down": "calm down ",
    "placeholders": "{{name}} ",
    "sorry, but": "Sorry, but ",
    "look into it soon": "we'll look into it soon ",
    "refund offers": "I can offer a refund ",
    "someone will be in touch": "Someone will be in touch ",
    # Issue 19: one long sentence of many runs of capitals (CS702).
    "ALREADY and": "ALREADY and ",
    # Issue 19: look-aheads that read to the end of the text for a literal.
    "known issue, I think?": "It's a known issue, I think? ",
    "I READ your message.": "I READ your message. ",
    # Question fragments joining the question before them (CS204's units).
    "Maybe?": "Maybe? ",
}


#: name -> unit repeated in the *customer* message a short reply answers
#: (the customer reading, `read_customer`, and the rules that need it).
CUSTOMER_CASES: dict[str, str] = {
    "customer !!!": "Ok!!! ",
    "customer caps": "WHERE IS MY ORDER ",
    "customer complaint": "this is unacceptable and still not fixed ",
}

#: name -> (header before, unit repeated in the header, text after): email
#: drafts with one hostile header, checked with `Linter.check_email`.
EMAIL_CASES: dict[str, tuple[str, str, str]] = {
    "RFC 2231 continuations": (
        "Content-Type: text/plain; charset=utf-8",
        "; name*{i}*=a%41",
        "",
    ),
    "; a=b parameters": ("Content-Type: text/plain; charset=utf-8", "; a=b", ""),
    "RFC 2047 subject": ("Subject: ", "=?utf-8?q?ab?= ", ""),
}


def make_email(head: str, unit: str, size: int) -> bytes:
    """
    Return a draft whose one header grows to about *size* characters.
    """
    parts = []
    total = 0
    i = 0
    while total < size:
        part = unit.replace("{i}", str(i)) if "{i}" in unit else unit
        parts.append(part)
        total += len(part)
        i += 1
    header = head + "".join(parts)
    other = (
        "Subject: Your order\n"
        if not head.startswith("Subject")
        else "Content-Type: text/plain\n"
    )
    body = "Hi Sam,\n\nYour order has ALREADY shipped.\n\nBest,\nAmy\n"
    return f"From: a@example.com\nTo: b@example.com\n{other}{header}\n\n{body}".encode()


def make(unit: str, size: int) -> str:
    """
    Return *unit* repeated to exactly *size* code points.
    """
    return (unit * (size // len(unit) + 1))[:size]


def measure(
    run: Callable[[], tuple[str, list[cs_lint.Finding]]],
    repeat: int,
    *,
    collect: bool = True,
) -> tuple[float, int]:
    """
    Return the best time of *repeat* calls of *run*, and the finding count;
    *run* returns the text it linted and the findings.
    """
    best = float("inf")
    count = 0
    for _ in range(repeat):
        gc.collect()
        if not collect:
            gc.disable()
        t0 = time.process_time()
        text, findings = run()
        best = min(best, time.process_time() - t0)
        gc.enable()
        count = len(findings)
        for f in findings:
            if text[f.start : f.end] != f.excerpt:
                msg = f"bad span {f.code} {f.start}..{f.end}"
                raise AssertionError(msg)
    return best, count


def _runners(
    linter: cs_lint.Linter, wanted: list[str] | None
) -> dict[str, Callable[[int], Callable[[], tuple[str, list[cs_lint.Finding]]]]]:
    """
    name -> (size -> a call that lints one input of that size).
    """
    out: dict[
        str, Callable[[int], Callable[[], tuple[str, list[cs_lint.Finding]]]]
    ] = {}

    def reply(unit: str) -> Callable[[int], Callable[[], Any]]:
        def at(size: int) -> Callable[[], Any]:
            text = make(unit, size)
            return lambda: (text, linter.lint(text))

        return at

    def customer(unit: str) -> Callable[[int], Callable[[], Any]]:
        def at(size: int) -> Callable[[], Any]:
            said = make(unit, size)
            text = "Sorry about that, we're on it."
            return lambda: (text, linter.lint(text, customer=said))

        return at

    def email(head: str, unit: str, tail: str) -> Callable[[int], Callable[[], Any]]:
        def at(size: int) -> Callable[[], Any]:
            raw = make_email(head, unit, size) + tail.encode()

            def run() -> Any:
                report = linter.check_email(raw)
                return report.text, list(report.findings)

            return run

        return at

    for name, unit in CASES.items():
        out[name] = reply(unit)
    for name, unit in CUSTOMER_CASES.items():
        out[name] = customer(unit)
    for name, (head, unit, tail) in EMAIL_CASES.items():
        out[name] = email(head, unit, tail)
    return {k: v for k, v in out.items() if not wanted or k in wanted}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--max-size", type=int, default=SIZES[-1])
    parser.add_argument("--case", action="append", help="run only these cases")
    parser.add_argument("--limit", type=float, default=13.0)
    parser.add_argument("--budget", type=float, default=300.0)
    parser.add_argument(
        "--no-gc", dest="collect", action="store_false", help="lint with gc disabled"
    )
    parser.add_argument(
        "--max-findings",
        type=int,
        default=0,
        help="the linter's findings cap (default 0: off; cs_lint's default is 1000)",
    )
    args = parser.parse_args(argv)
    sizes = [s for s in SIZES if s <= args.max_size]
    # Limits off: the point is the time of a lint at every size.
    linter = cs_lint.Linter(
        cs_lint.Config(
            preview=True,
            plugins=False,
            max_chars=0,
            max_bytes=0,
            max_findings=args.max_findings,
        )
    )
    linter.lint("warm up the rules")
    cases = _runners(linter, args.case)
    heads = [_size(s) for s in sizes]
    ratios = [f"{_size(b)}/{_size(a)}" for a, b in itertools.pairwise(sizes)]
    print("| case | " + " | ".join(heads + ratios) + " | findings |")
    print("|---" * (1 + len(heads) + len(ratios) + 1) + "|")
    worst = 0.0
    for name, at in cases.items():
        times: list[float | None] = []
        count = 0
        for size in sizes:
            if times and times[-1] is not None and times[-1] * 13 > args.budget:
                times.append(None)
                continue
            if times and times[-1] is None:
                times.append(None)
                continue
            # Small inputs are noisy: take the best of a few runs (three at
            # 1 MB, where a neighbour's load shows most in the ratios).
            repeat = 5 if size <= 100_000 else 3 if size <= 1_000_000 else 1
            seconds, count = measure(at(size), repeat, collect=args.collect)
            times.append(seconds)
        cells = [f"{t:.3f} s" if t is not None else "skipped" for t in times]
        rs = []
        for a, b in itertools.pairwise(times):
            if a is None or b is None:
                rs.append("–")
                continue
            # Below a millisecond the ratio is timer noise, not growth.
            ratio = b / max(a, 1e-3)
            if a >= 0.01:
                worst = max(worst, ratio)
            rs.append(
                f"{ratio:.1f}x"
                + (" **over**" if a >= 0.01 and ratio > args.limit else "")
            )
        print(f"| {name} | " + " | ".join(cells + rs) + f" | {count} |", flush=True)
    print(f"\nworst 10x ratio (baseline >= 10 ms): {worst:.1f}x (limit {args.limit}x)")
    return 1 if worst > args.limit else 0


def _size(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"


if __name__ == "__main__":
    sys.exit(main())
