"""
Findings identity: lint every text we can reach and record every finding, so
a behaviour-preserving change (a refactor, a speed-up) can be shown to leave
findings exactly as they were.

    python benchmarks/identity.py record  before.jsonl.gz   # on the old code
    python benchmarks/identity.py compare before.jsonl.gz   # on the new code

Texts: every ``text`` (and ``customer_text`` pair) in ../shared/corpora (or
``--corpora``), challenge-v1 replies with their customer message, every
rule's bad and good examples, every case in tests/cases, and every email
fixture through `Linter.check_email`. The linter runs every rule, preview
included, with the example macros and facts, so no rule is left out.
Each record is the finding's full JSON (code, span, message, suggestions,
confidence, fingerprint, zone), so any change shows up.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

import cs_lint


ROOT = Path(__file__).resolve().parent.parent


def _example_context() -> tuple[Any, Any]:
    """
    The example macros and facts the rule docs use, wherever they live.
    """
    try:
        from cs_lint.rules.consistency import EXAMPLE_FACTS
        from cs_lint.rules.script_rigidity import EXAMPLE_MACROS
    except ImportError:  # pragma: no cover - after a move
        from cs_lint.rules._examples import EXAMPLE_FACTS, EXAMPLE_MACROS
    return EXAMPLE_MACROS, EXAMPLE_FACTS


def _linter() -> cs_lint.Linter:
    macros, facts = _example_context()
    # Limits off: every finding of every text is recorded.
    kwargs = {"max_chars": 0, "max_findings": 0} if _has_limits() else {}
    return cs_lint.Linter(
        cs_lint.Config(
            preview=True, plugins=False, macros=macros, facts=facts, **kwargs
        )
    )


def _has_limits() -> bool:
    # Older checkouts (recorded against) have no limits to turn off.
    return "max_chars" in {f.name for f in attrs.fields(cs_lint.Config)}


def _texts(corpora: Path) -> Iterator[tuple[str, str, str | None]]:
    """
    Yield (key, text, customer) for every text.
    """
    for path in sorted(corpora.glob("*/*.jsonl")):
        name = f"{path.parent.name}/{path.name}"
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                row = json.loads(line)
                if "reply" in row:  # challenge-v1
                    yield f"{name}:{n}", row["reply"], row.get("customer") or ""
                    continue
                text = row.get("text")
                if not isinstance(text, str):
                    continue
                customer = row.get("customer_text")
                yield f"{name}:{n}", text, customer if customer else ""
    for r in _linter().rules:
        for kind, examples in (("bad", r.bad), ("good", r.good)):
            for i, text in enumerate(examples):
                yield f"example:{r.code}:{kind}:{i}", text, None
    for path in sorted((ROOT / "tests" / "cases").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                case = json.loads(line)
                yield f"case:{path.name}:{n}", case["text"], case.get("customer")


def _records(corpora: Path) -> Iterator[dict[str, Any]]:
    linter = _linter()
    for key, text, customer in _texts(corpora):
        findings = linter.lint(text, customer=customer)
        yield {"key": key, "findings": [f.to_dict() for f in findings]}
    fixtures = ROOT / "tests" / "fixtures" / "email"
    for path in sorted(fixtures.glob("*.eml")):
        try:
            report = linter.check_email(path.read_bytes())
        except cs_lint.CsLintError as exc:
            yield {"key": f"email:{path.name}", "error": type(exc).__name__}
            continue
        yield {
            "key": f"email:{path.name}",
            "findings": [f.to_dict() for f in report.findings],
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--corpora", type=Path, default=ROOT.parent / "shared" / "corpora"
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.mode == "record":
        n = 0
        with gzip.open(args.file, "wt", encoding="utf-8") as out:
            for rec in _records(args.corpora):
                out.write(json.dumps(rec, sort_keys=True) + "\n")
                n += 1
        print(f"recorded {n} texts in {time.perf_counter() - start:.0f} s")
        return 0
    with gzip.open(args.file, "rt", encoding="utf-8") as fh:
        before = {
            rec["key"]: rec for rec in (json.loads(line) for line in fh if line.strip())
        }
    n = changed = findings = 0
    for rec in _records(args.corpora):
        n += 1
        findings += len(rec.get("findings", ()))
        old = before.pop(rec["key"], None)
        if old != json.loads(json.dumps(rec, sort_keys=True)):
            changed += 1
            if changed <= 20:
                print(f"changed: {rec['key']}")
                print(f"  before: {json.dumps(old)[:600]}")
                print(f"  after:  {json.dumps(rec)[:600]}")
    for key in list(before)[:20]:
        print(f"missing now: {key}")
    print(
        f"{n} texts, {findings} findings: {changed} changed, {len(before)} missing "
        f"({time.perf_counter() - start:.0f} s)"
    )
    return 1 if changed or before else 0


if __name__ == "__main__":
    sys.exit(main())
