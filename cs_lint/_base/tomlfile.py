"""
Where a key is in a TOML file: ``tomllib`` gives values without lines, and
every configuration error should name its line. One locator serves the
configuration (``cs-lint.toml``, ``[tool.cs-lint]``), phrase packs
(``[[rule]]`` tables) and macro files.

The locator reads the file's lines once and follows table headers; it does
not parse values. It answers for the common forms a person writes (``key =
value``, ``"key" = value``, ``[table]`` headers, inline tables whose keys
start a line) and says None when it cannot tell, so an error still names
the file and key.
"""

from __future__ import annotations

import re


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")


def toml_error_line(exc: Exception) -> int | None:
    """
    Return the line a ``tomllib.TOMLDecodeError`` points at, if it says.
    """
    line = getattr(exc, "lineno", None)
    if isinstance(line, int):
        return line
    found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
    return int(found.group(1)) if found else None


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip().strip("\"'") for p in dotted.split(".") if p.strip())


class TomlLocator:
    """
    Find the line that sets a dotted key in a TOML text.

    *root* is the table the keys are relative to (``tool.cs-lint`` in a
    pyproject.toml); ``[[name]]`` array tables are counted, so a key can
    be asked for inside the n-th one.

        >>> loc = TomlLocator('[tool.cs-lint]\\nselect = ["CS1"]\\n\\n'
        ...                   '[tool.cs-lint.facts.prices]\\nPlus = "£9"\\n',
        ...                   root="tool.cs-lint")
        >>> loc.line("select"), loc.line("facts.prices.Plus"), loc.line("facts")
        (2, 5, 4)
        >>> rules = TomlLocator('[[rule]]\\ncode = "A101"\\n[[rule]]\\nname = "x"\\n')
        >>> rules.line("name", array="rule", index=1), rules.line("code", array="rule", index=1)
        (4, 3)
    """

    def __init__(self, raw: str, *, root: str = "") -> None:
        self._root = _parts(root)
        #: (line number, table path, array index, line text stripped)
        self._lines: list[tuple[int, tuple[str, ...], int, str]] = []
        table: tuple[str, ...] = ()
        counts: dict[tuple[str, ...], int] = {}
        index = -1
        for number, line in enumerate(raw.splitlines(), start=1):
            header = _HEADER.match(line)
            if header is not None:
                table = _parts(header.group(2))
                if header.group(1) == "[[":
                    index = counts.get(table, -1) + 1
                    counts[table] = index
                self._lines.append((number, table, index, "[" + ".".join(table)))
                continue
            self._lines.append((number, table, index, line.strip()))

    def _relative(self, table: tuple[str, ...]) -> tuple[str, ...] | None:
        n = len(self._root)
        return table[n:] if table[:n] == self._root else None

    def line(
        self, key: str | None, *, array: str | None = None, index: int | None = None
    ) -> int | None:
        """
        Return the 1-based line that sets *key* (dotted, relative to the
        root, or to the *index*-th ``[[array]]`` table), the line of a
        table header that names it, or — for a key inside an array table
        that cannot be found — the line that opens that table. None when
        nothing fits.
        """
        scope = _parts(array) if array else ()
        parts = (*scope, *_parts(key)) if key else scope
        if array is not None and index is not None:
            opener = next(
                (
                    n
                    for n, table, i, text in self._lines
                    if text.startswith("[")
                    and self._relative(table) == scope
                    and i == index
                ),
                None,
            )
        else:
            opener = None
        # The most specific reading first: a header for the whole key, then
        # "name = ..." under the longest table prefix.
        for cut in range(len(parts), len(scope) - 1, -1):
            table_path, name = parts[:cut], parts[cut:] if cut < len(parts) else ()
            for number, table, i, text in self._lines:
                rel = self._relative(table)
                if rel is None or (
                    array is not None and index is not None and i != index
                ):
                    continue
                if not name:
                    # The key names a table: its header, or the first
                    # header of a table inside it.
                    if text.startswith("[") and rel[: len(table_path)] == table_path:
                        return number
                    continue
                if rel != table_path:
                    continue
                first = name[0]
                if text.startswith(
                    (f"{first} ", f"{first}=", f'"{first}"', f"'{first}'")
                ):
                    return number
        return opener
