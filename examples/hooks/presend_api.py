"""
Check a draft the way a mail add-in would: with the HTML its editor holds,
and the span of each finding in that HTML so the add-in can highlight it.

    python examples/hooks/presend_api.py examples/hooks/draft.html

Exits 0 (pass), 1 (warn) or 3 (block), like ``cs-lint email``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cs_lint


EXIT = {cs_lint.Verdict.PASS: 0, cs_lint.Verdict.WARN: 1, cs_lint.Verdict.BLOCK: 3}


def main(argv: list[str]) -> int:
    html = Path(argv[0]).read_text(encoding="utf-8")
    linter = cs_lint.Linter()  # build once per add-in session and reuse it
    report = linter.check_email_body(html, html=True)
    for f, (start, end), action in zip(
        report.findings, report.source_spans, report.actions, strict=True
    ):
        # report.text[f.start:f.end] is the excerpt; html[start:end] holds it.
        print(f"{action.value:5} {f.code} {f.zone:8} html[{start}:{end}] {f.message}")
    print(f"decision: {report.verdict.value}")
    return EXIT[report.verdict]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
