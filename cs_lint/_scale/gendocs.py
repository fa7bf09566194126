"""
Render rule documentation from rule metadata.

``python -m cs_lint._scale.gendocs docs/rules`` rewrites ``docs/rules/``; a test
fails when the committed pages differ from what this renders.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import attrs

from cs_lint._authoring.rule import Rule
from cs_lint._base.finding import Applicability, apply_edits
from cs_lint._context.macros import MacroLibrary
from cs_lint._text.document import Document
from cs_lint.rules.consistency import EXAMPLE_FACTS
from cs_lint.rules.script_rigidity import EXAMPLE_MACROS


def _example(text: str) -> str:
    """
    Render one example as a list item; a multi-line one (a reply quoting
    the customer) as a fenced block inside the item.
    """
    if "\n" not in text:
        return f"- {text}"
    body = "\n".join(f"  {line}" if line else "" for line in text.split("\n"))
    return f"-\n  ```text\n{body}\n  ```"


#: The construction inventory page of each rubric family, by code range.
_INVENTORY = {
    "1": "accusatory",
    "2": "hedging",
    "3": "over-promising",
    "40": "missing-empathy",
    "41": "non-apology",
    "42": "dismissive",
    "5": "script-rigidity",
    "6": "defensiveness",
    "7": "negative-framing",
    "8": "vague-follow-up",
}
_SEED = re.compile(r"\bseeds? (00[0-4])\b")


def _inventory(code: str) -> str | None:
    """
    The inventory page (docs/families/<name>.md) for a built-in code.
    """
    if not re.fullmatch(r"CS\d{3}", code):
        return None
    return _INVENTORY.get(code[2:4]) or _INVENTORY.get(code[2])


@functools.cache
def _example_macros() -> MacroLibrary:
    return MacroLibrary(EXAMPLE_MACROS)


_SAFETY = {
    Applicability.SAFE: (
        "The fix is **safe**: it keeps the meaning of the reply, and "
        "`cs-lint check --fix` applies it."
    ),
    Applicability.UNSAFE: (
        "The fix is **unsafe**: it changes what the reply says or how sure it "
        "sounds, so read it before applying it (`--unsafe-fixes`)."
    ),
    Applicability.DISPLAY_ONLY: (
        "The suggestion is **display-only**: advice on what to write, with no "
        "edit that could stand on its own."
    ),
}


def fix_safety(r: Rule) -> str:
    """
    What the rule's suggestions on its own bad examples are marked (ruff's
    "Fix safety"): safe, unsafe, display-only, or which of them when it
    depends on the match.
    """
    seen: list[Applicability] = []
    for text in r.bad:
        doc = Document(text, macros=_example_macros(), facts=EXAMPLE_FACTS)
        if r.needs - doc.available:
            continue
        for m in r.run(doc, r.default_options()):
            for suggestion in m.suggestions:
                if suggestion.applicability not in seen:
                    seen.append(suggestion.applicability)
    if not seen:
        return "The rule reports the problem without a suggested rewrite."
    order = list(Applicability)
    lines = [_SAFETY[a] for a in sorted(seen, key=order.index)]
    if len(lines) == 1:
        return lines[0]
    return "It depends on the match:\n\n" + "\n".join(f"- {line}" for line in lines)


def _marked(r: Rule, text: str) -> str:
    """
    A bad example with the rule's first match in bold and, when its
    suggestion carries an edit, the text once the edit is applied.
    """
    doc = Document(text, macros=_example_macros(), facts=EXAMPLE_FACTS)
    if r.needs - doc.available or "\n" in text:
        return _example(text)
    match = next(iter(r.run(doc, r.default_options())), None)
    if match is None or match.start == match.end:
        return _example(text)
    shown = (
        f"{text[: match.start]}**{text[match.start : match.end]}**{text[match.end :]}"
    )
    edits = next((s.edits for s in match.suggestions if s.edits), ())
    if edits:
        fixed = apply_edits(text, edits)
        return f"- {shown} → {fixed}"
    return f"- {shown}"


def _cite(why: str) -> str:
    """
    Link each seed citation in a rule's why to its entry in docs/sources.md.
    """
    return _SEED.sub(lambda m: f"[{m.group(0)}](../sources.md#seed-{m.group(1)})", why)


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
        f"{status} · Confidence {r.confidence:.2f} · {fix}{needs}",
        "",
    ]
    doc = r.doc.strip()
    if doc:
        lines += [doc, ""]
    lines += ["## Why is this bad?", _cite(r.why), ""]
    lines += ["## Message", f"`{r.message}`", ""]
    if r.fix:
        lines += ["## Suggestion", r.fix, ""]
    lines += ["## Fix safety", fix_safety(r), ""]
    lines += ["## Flagged", ""]
    lines += [_marked(r, example) for example in r.bad]
    lines += ["", "## Not flagged", ""]
    lines += [_example(example) for example in r.good]
    if r.options is not None:
        lines += ["", "## Options", ""]
        defaults = r.options()
        for field in attrs.fields(r.options):
            key = field.name.replace("_", "-")
            lines.append(f"- `{key}` (default `{getattr(defaults, field.name)!r}`)")
    inventory = _inventory(r.code) if r.source.startswith("cs_lint") else None
    if inventory is not None:
        lines += [
            "",
            f"See also: [the {inventory.replace('-', ' ')} constructions]"
            f"(../families/{inventory}.md) this rule is written against.",
        ]
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
        "Confidence is the rule's default for its findings: its measured precision on"
        " labelled replies (`benchmarks/calibrate.py`, [quality](../quality.md)). Some"
        " rules report their own value per finding for a stronger or weaker reading"
        " (the rule page says which); `min-confidence` filters on the finding's value.",
        "",
        "| Code | Name | Family | Severity | Status | Confidence |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in sorted(rules, key=lambda r: r.code):
        status = "preview" if r.preview else "stable"
        lines.append(
            f"| [{r.code}]({r.code}.md) | {r.name} | {r.family.value} "
            f"| {r.severity.value} | {status} | {r.confidence:.2f} |"
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
