"""
Our own lint for rule code: no pattern call that reads to the end of the text.

The ``regex`` module looks for a pattern's required literal before it
matches, and it looks as far as *endpos*: ``pattern.match(text, pos)`` on
a 1 MB reply reads the megabyte behind *pos* on every call, so a rule that
calls it once per cue is quadratic (issue 19, item 2). Every
``.match``/``.search``/``.fullmatch`` with a start position must give an
end position that is not the text's length, and no rule may search the
whole text inside a loop, nor rebuild a list or string from scratch on
every pass of a loop (``unit = unit + cues``, quadratic on a long run of
question fragments). A line that is bounded for another reason says
so with a ``# bounded: why`` comment on one of its lines or the line
before it.

The check reads the source (an AST walk), so it covers code written after
it: every module under cs_lint/rules, cs_lint/_context and
cs_lint/_authoring.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex


ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("cs_lint/rules", "cs_lint/_context", "cs_lint/_authoring")
METHODS = frozenset({"match", "search", "fullmatch"})
LOOPS = (
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


def _is_whole_text(node: ast.expr, names: set[str]) -> bool:
    """
    ``doc.text``, ``doc.lower``, ``self.doc.text`` or a local bound to one.
    """
    if isinstance(node, ast.Attribute) and node.attr in ("text", "lower"):
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("doc", "document"):
            return True
        if isinstance(owner, ast.Attribute) and owner.attr in ("doc", "document"):
            return True
    return isinstance(node, ast.Name) and node.id in names


def _whole_text_names(func: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and _is_whole_text(node.value, set())
        ):
            names.add(node.targets[0].id)
    return names


def _is_len(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "len"
    )


def _grows_by_copy(node: ast.Assign) -> bool:
    """
    ``x = x + y`` where *y* is not a number: a list or string rebuilt
    from scratch on every pass of a loop (quadratic; issue 19).
    """
    value = node.value
    return (
        len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Add)
        and isinstance(value.left, ast.Name)
        and value.left.id == node.targets[0].id
        and not (
            isinstance(value.right, ast.Constant)
            and isinstance(value.right.value, int | float)
        )
    )


def unbounded_calls(source: str, name: str = "<source>") -> list[str]:
    """
    Return ``name:line: why`` for each unbounded pattern call in *source*.
    """
    tree = ast.parse(source)
    lines = source.splitlines()
    found: set[str] = set()
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        names = _whole_text_names(func)
        in_loop = {
            id(sub)
            for node in ast.walk(func)
            if isinstance(node, LOOPS)
            for sub in ast.walk(node)
            if sub is not node or not isinstance(node, ast.While)
        }
        for node in ast.walk(func):
            if (
                isinstance(node, ast.Assign)
                and id(node) in in_loop
                and _grows_by_copy(node)
            ):
                target = node.targets[0].id  # type: ignore[attr-defined]
                span = lines[node.lineno - 2 : node.end_lineno or node.lineno]
                if not any("# bounded:" in line for line in span):
                    found.add(
                        f"{name}:{node.lineno}: {target} = {target} + ... in a loop "
                        "copies it each time (use .extend or +=)"
                    )
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in METHODS
            ):
                continue
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id in ("re", "regex"):
                continue  # module functions take the pattern first
            # The comment may stand on the line before the call or on its lines.
            span = lines[node.lineno - 2 : (node.end_lineno or node.lineno)]
            if any("# bounded:" in line for line in span):
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            pos = node.args[1] if len(node.args) >= 2 else keywords.get("pos")
            end = node.args[2] if len(node.args) >= 3 else keywords.get("endpos")
            where = f"{name}:{node.lineno}"
            if pos is not None and end is None:
                found.add(f"{where}: .{node.func.attr}(text, pos) reads to the end")
            elif end is not None and _is_len(end):
                found.add(
                    f"{where}: .{node.func.attr}(..., len(text)) reads to the end"
                )
            elif (
                pos is None
                and node.args
                and _is_whole_text(node.args[0], names)
                and id(node) in in_loop
            ):
                found.add(f"{where}: .{node.func.attr}(whole text) inside a loop")
    return sorted(found)


def _modules() -> list[Path]:
    return sorted(p for d in SCANNED for p in (ROOT / d).rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_unbounded_pattern_calls(path: Path) -> None:
    name = str(path.relative_to(ROOT))
    assert [] == unbounded_calls(path.read_text(encoding="utf-8"), name)


def test_the_check_finds_what_it_should() -> None:
    source = """
def check(doc):
    text = doc.text
    for m in FOO.finditer(text):
        if A.match(text, m.end()):
            pass
        if B.match(doc.text, m.end(), len(doc.text)):
            pass
        if C.search(doc.text):
            pass
        if D.match(text, m.end(), m.end() + 200):
            pass
        if E.search(m.group()):
            pass
        if F.match(text, m.end()):  # bounded: F cannot look far
            pass
        unit = unit + [m]
        count = count + 1
    return G.search(doc.lower)
"""
    found = unbounded_calls(source)
    assert [
        "<source>:17: unit = unit + ... in a loop copies it each time (use .extend or +=)",
        "<source>:5: .match(text, pos) reads to the end",
        "<source>:7: .match(..., len(text)) reads to the end",
        "<source>:9: .search(whole text) inside a loop",
    ] == found


def test_a_bounded_match_sees_what_the_unbounded_one_saw() -> None:
    # The bound keeps the answer for every look-ahead the rules use.
    pattern = regex.compile(r"\s+(?:button|tab|menu)\b")
    text = "tap SEND   button now" + " word" * 1000
    at = text.index("SEND") + 4
    assert pattern.match(text, at) is not None
    found = pattern.match(text, at, at + 200)
    assert found is not None
    assert "   button" == found.group()
