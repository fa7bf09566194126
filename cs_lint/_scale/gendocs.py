"""
Render rule documentation from rule metadata.

``python -m cs_lint._scale.gendocs docs/rules`` rewrites ``docs/rules/``; a test
fails when the committed pages differ from what this renders.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import attrs

from cs_lint._authoring.rule import Rule


def _example(text: str) -> str:
    """
    Render one example as a list item; a multi-line one (a reply quoting
    the customer) as a fenced block inside the item.
    """
    if "\n" not in text:
        return f"- {text}"
    body = "\n".join(f"  {line}" if line else "" for line in text.split("\n"))
    return f"-\n  ```text\n{body}\n  ```"


def render_rule(r: Rule) -> str:
    """
    Return the Markdown page for rule *r*.
    """
    status = "Preview" if r.preview else "Stable"
    fix = "Suggestion available" if r.fix else "No suggestion"
    needs = f" · Needs: {', '.join(sorted(r.needs))}" if r.needs else ""
    lines = [
        f"# {r.name} ({r.code})",
        "",
        f"Family: {r.family.value} · Default severity: {r.severity.value} · "
        f"{status} · {fix}{needs}",
        "",
    ]
    doc = r.doc.strip()
    if doc:
        lines += [doc, ""]
    lines += ["## Why is this bad?", r.why, ""]
    lines += ["## Message", f"`{r.message}`", ""]
    if r.fix:
        lines += ["## Suggestion", r.fix, ""]
    lines += ["## Flagged", ""]
    lines += [_example(example) for example in r.bad]
    lines += ["", "## Not flagged", ""]
    lines += [_example(example) for example in r.good]
    if r.options is not None:
        lines += ["", "## Options", ""]
        defaults = r.options()
        for field in attrs.fields(r.options):
            key = field.name.replace("_", "-")
            lines.append(f"- `{key}` (default `{getattr(defaults, field.name)!r}`)")
    source = r.source if not r.source.startswith("/") else Path(r.source).name
    lines += ["", f"Source: `{source}`", ""]
    return "\n".join(lines)


def render_index(rules: Iterable[Rule]) -> str:
    """
    Return the Markdown table of every rule.
    """
    lines = [
        "# Rules",
        "",
        "Generated from rule metadata by `python -m cs_lint._scale.gendocs docs/rules`;"
        " do not edit by hand.",
        "",
        "| Code | Name | Family | Severity | Status |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in sorted(rules, key=lambda r: r.code):
        status = "preview" if r.preview else "stable"
        lines.append(
            f"| [{r.code}]({r.code}.md) | {r.name} | {r.family.value} "
            f"| {r.severity.value} | {status} |"
        )
    return "\n".join(lines) + "\n"


def render_all(rules: Iterable[Rule]) -> dict[str, str]:
    """
    Return ``{file name: content}`` for the rule pages and the index.
    """
    rules = list(rules)
    pages = {f"{r.code}.md": render_rule(r) for r in rules}
    pages["index.md"] = render_index(rules)
    return pages


def main(argv: list[str] | None = None) -> int:
    """
    Write the generated pages into the folder named on the command line.
    """
    from cs_lint._engine.registry import builtin_rules  # noqa: PLC0415

    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "docs/rules")
    folder.mkdir(parents=True, exist_ok=True)
    pages = render_all(builtin_rules())
    for old in folder.glob("*.md"):
        if old.name not in pages:
            old.unlink()
    for name, content in pages.items():
        (folder / name).write_text(content, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
