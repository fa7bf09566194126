"""
The peer linters (proselint, write-good, alex), run the way the benchmarks need.

Installed by ``bash benchmarks/setup.sh`` into benchmarks/.peers/ (a virtual
environment with proselint, node_modules with write-good and alex); nothing
here is part of cs_lint. Each tool runs in ONE process over all the texts
(proselint through its in-process API in the peers' Python, write-good and
alex in one node process), and times itself inside that process, so the
numbers exclude process start-up and the JSON hand-over.

``PEER_FAMILIES`` says which peer checks answer for which cs_lint family;
checks not in it are counted only in the overall alert rate.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


HERE = Path(__file__).resolve().parent
PEERS = HERE / ".peers"
PEER_PYTHON = PEERS / "venv" / "bin" / "python"
NODE_MODULES = PEERS / "node_modules"
TOOLS = ("proselint", "write-good", "alex")

#: alex (retext-equality) rules from "words to avoid in educational writing":
#: the condescension cs_lint's CS105 also looks for.
ALEX_CONDESCENDING = frozenset(
    {
        "obvious",
        "just",
        "basically",
        "simple",
        "easy",
        "of-course",
        "clearly",
        "everyone-knows",
    }
)


def _proselint_family(rule: str, excerpt: str) -> str | None:
    if rule == "hedging":  # "I would argue that", "so to speak", ...
        return "hedging"
    if rule == "misc.greylist" and excerpt.lower() == "obviously":
        return "accusatory"
    if rule == "typography.punctuation.hyperbole":  # "!!", "??", "?!?"
        return "negative_framing"
    return None


def _write_good_family(rule: str, excerpt: str) -> str | None:
    return "hedging" if rule == "weasel" else None


def _alex_family(rule: str, excerpt: str) -> str | None:
    return "accusatory" if rule in ALEX_CONDESCENDING else None


#: tool -> (check, excerpt) -> rubric key (see evaluate.RUBRIC) or None.
PEER_FAMILIES: dict[str, Callable[[str, str], str | None]] = {
    "proselint": _proselint_family,
    "write-good": _write_good_family,
    "alex": _alex_family,
}

#: tool -> the rubric keys some check of the tool answers for.
PEER_KEYS = {
    "proselint": frozenset({"hedging", "accusatory", "negative_framing"}),
    "write-good": frozenset({"hedging"}),
    "alex": frozenset({"accusatory"}),
}

#: The mapping in words, for the docs and the report.
PEER_FAMILY_NOTES = {
    "hedging": "proselint `hedging`; write-good `weasel`",
    "accusatory": "proselint `misc.greylist` on “obviously”; alex "
    + ", ".join(f"`{r}`" for r in sorted(ALEX_CONDESCENDING)),
    "negative_framing": "proselint `typography.punctuation.hyperbole` (runs of ! and ?)",
}


@dataclass(frozen=True)
class Hit:
    """
    One alert of a peer tool, with code-point offsets into the text.
    """

    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class ToolRun:
    """
    What one peer tool did over a list of texts.
    """

    tool: str
    version: str
    load_ms: float
    first_ms: float
    hits: list[list[Hit]]
    latencies_us: list[float] = field(default_factory=list)

    def family_hits(self, texts: Sequence[str], key: str) -> list[list[Hit]]:
        """
        Per text, the hits whose check answers for rubric *key*.
        """
        family = PEER_FAMILIES[self.tool]
        return [
            [h for h in hits if family(h.rule, text[h.start : h.end]) == key]
            for text, hits in zip(texts, self.hits, strict=True)
        ]


class PeerError(RuntimeError):
    """
    A peer is not installed, or failed; the message says what to do or what it said.
    """


def missing() -> str | None:
    """
    Why the peers cannot run, or None when they can.
    """
    if shutil.which("node") is None:
        return "node not found on PATH: install Node.js >= 18, then run `bash benchmarks/setup.sh`"
    if not PEER_PYTHON.is_file():
        return f"{PEER_PYTHON} not found: run `bash benchmarks/setup.sh`"
    for package in ("write-good", "alex"):
        if not (NODE_MODULES / package / "package.json").is_file():
            return f"{NODE_MODULES / package} not found: run `bash benchmarks/setup.sh`"
    return None


def utf16_to_code_points(text: str) -> Callable[[int], int]:
    """
    A function mapping UTF-16 offsets (JavaScript's) into *text* to code points.
    """
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return lambda offset: offset
    table = []
    for index, char in enumerate(text):
        table.append(index)
        if ord(char) >= 0x10000:
            table.append(index)
    table.append(len(text))
    return lambda offset: table[min(offset, len(table) - 1)]


def _call(command: list[str], texts: Sequence[str]) -> dict[str, Any]:
    done = subprocess.run(
        command,
        input=json.dumps(list(texts)),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise PeerError(
            f"{' '.join(command[:2])} failed ({done.returncode}): {done.stderr.strip()}"
        )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _runs(
    payload: dict[str, Any], texts: Sequence[str], *, utf16: bool
) -> dict[str, ToolRun]:
    out = {}
    maps = [utf16_to_code_points(t) for t in texts] if utf16 else None
    for tool, data in payload["tools"].items():
        hits = []
        for i, row in enumerate(data["hits"]):
            conv = maps[i] if maps else (lambda o: o)
            hits.append([Hit(rule, conv(start), conv(end)) for rule, start, end in row])
        out[tool] = ToolRun(
            tool=tool,
            version=data["version"],
            load_ms=data["load_ms"],
            first_ms=data["first_ms"],
            hits=hits,
            latencies_us=data["latencies_us"],
        )
    return out


def run_peers(
    texts: Sequence[str], *, timed: bool = False, repeat: int = 1, warmup: int = 200
) -> dict[str, ToolRun]:
    """
    Run every peer over *texts*: two processes in all (proselint; node).
    """
    reason = missing()
    if reason:
        raise PeerError(reason)
    flags = ["--repeat", str(repeat), "--warmup", str(warmup)]
    if timed:
        flags.append("--time")
    runs = _runs(
        _call([str(PEER_PYTHON), str(HERE / "proselint_worker.py"), *flags], texts),
        texts,
        utf16=False,
    )
    runs.update(
        _runs(
            _call(
                [
                    "node",
                    str(HERE / "peers.mjs"),
                    "--modules",
                    str(NODE_MODULES),
                    *flags,
                ],
                texts,
            ),
            texts,
            utf16=True,
        )
    )
    return {tool: runs[tool] for tool in TOOLS}


#: One short reply for start-up timing, written for this benchmark.
STARTUP_TEXT = "Hi Sam, sorry about the delay. Your refund is on its way today."


def startup_commands() -> dict[str, list[str]]:
    """
    For each tool, a fresh process that loads it and lints one short reply.
    """
    cs_lint = "import cs_lint; cs_lint.Linter().lint(" + json.dumps(STARTUP_TEXT) + ")"
    node_one = f"const r=require('module').createRequire({json.dumps(str(NODE_MODULES))}+'/x.js');"
    return {
        "cs_lint": [sys.executable, "-c", cs_lint],
        "proselint": [
            str(PEER_PYTHON),
            "-c",
            "from proselint.checks import __register__; "
            "from proselint.registry import CheckRegistry; "
            "from proselint.tools import LintFile; "
            "CheckRegistry().register_many(__register__); "
            f"LintFile('<t>', {json.dumps(STARTUP_TEXT)}).lint()",
        ],
        "write-good": [
            "node",
            "-e",
            node_one + f"r('write-good')({json.dumps(STARTUP_TEXT)});",
        ],
        "alex": [
            "node",
            "--input-type=module",
            "-e",
            "import {text} from "
            + json.dumps((NODE_MODULES / "alex" / "index.js").as_uri())
            + f"; text({json.dumps(STARTUP_TEXT)});",
        ],
    }


def startup_ms(runs: int = 5) -> dict[str, float]:
    """
    Median wall-clock time (ms) of a fresh process per tool, to one result.
    """
    out = {}
    for tool, command in startup_commands().items():
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            samples.append((time.perf_counter() - start) * 1000)
        out[tool] = sorted(samples)[len(samples) // 2]
    return out
