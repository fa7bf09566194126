"""
Run proselint over many texts in ONE process, through its in-process API.

    benchmarks/.peers/venv/bin/python benchmarks/proselint_worker.py \
        [--time] [--repeat N] [--warmup N] < texts.json

Runs under the peers' virtual environment (benchmarks/setup.sh), never imports
cs_lint. stdin: a JSON array of strings. stdout: one JSON object
``{"tools": {"proselint": ToolRun}}`` in the shape benchmarks/peers.mjs writes:
``version``, ``load_ms`` (import and check registration), ``first_ms`` (first
call), ``hits`` (per text, ``[check path, start, end]`` in code points of the
text) and, with ``--time``, ``latencies_us`` (one per call, measured here).

proselint's own command line wraps each text in newlines before linting
(``LintFile``); the same class is used here, and its offsets are shifted back
by that one character.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from importlib.metadata import version
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--time", action="store_true")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=200)
    args = parser.parse_args()
    texts = json.load(sys.stdin)
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        print(
            "proselint_worker: stdin must be a JSON array of strings", file=sys.stderr
        )
        return 2

    clock = time.perf_counter
    start = clock()
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    load_ms = (clock() - start) * 1000

    def lint(text: str) -> list[Any]:
        # LintFile treats empty content as "read the file": give it nothing.
        return LintFile("<text>", text).lint() if text else []

    start = clock()
    first = lint(texts[0] if texts else "")
    first_ms = (clock() - start) * 1000
    hits = []
    for i, text in enumerate(texts):
        results = first if i == 0 else lint(text)
        hits.append(
            [
                [
                    r.check_result.check_path,
                    max(0, r.check_result.span[0] - 1),
                    min(len(text), r.check_result.span[1] - 1),
                ]
                for r in results
            ]
        )
    latencies: list[float] = []
    if args.time:
        for text in texts[: args.warmup]:
            lint(text)
        for _ in range(args.repeat):
            for text in texts:
                start = clock()
                lint(text)
                latencies.append((clock() - start) * 1e6)
    run = {
        "version": version("proselint"),
        "load_ms": load_ms,
        "first_ms": first_ms,
        "hits": hits,
        "latencies_us": latencies,
    }
    json.dump(
        {"python": sys.version.split()[0], "tools": {"proselint": run}}, sys.stdout
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
