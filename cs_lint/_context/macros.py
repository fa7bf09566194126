"""
The team's macro library (canned replies), compared with each reply by
shingles of stemmed words. Shingles are computed once, when a `Linter` is
built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import attrs

from cs_lint._base.errors import ConfigError
from cs_lint._text.stem import HANDLES_AND_LINKS, stem, tokens


#: Words per shingle.
SHINGLE = 3


@attrs.frozen
class Macro:
    """
    A canned reply in the team's library: a *name* to report and its *text*.
    """

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            msg = "a macro needs a non-empty name"
            raise ValueError(msg)


def stems(text: str) -> list[str]:
    """
    Return the stemmed words of *text*, in order (@handles and links left
    out).
    """
    return [stem(w) for w in tokens(HANDLES_AND_LINKS.sub(" ", text))]


def shingles(words: list[str]) -> frozenset[tuple[str, ...]]:
    """
    Return the word *SHINGLE*-grams of *words* (the words themselves when
    there are fewer).
    """
    if len(words) < SHINGLE:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(
        tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)
    )


@attrs.frozen
class _Prepared:
    macro: Macro
    shingles: frozenset[tuple[str, ...]]
    words: frozenset[str]


@attrs.frozen
class MacroMatch:
    """
    How closely a reply copies a macro: the share of the macro's shingles
    found in the reply (*coverage*) and the share of the reply's shingles
    that come from the macro (*share*); *extra* are the reply's stemmed
    words that are not in the macro.
    """

    macro: Macro
    coverage: float
    share: float
    extra: frozenset[str]


class MacroLibrary:
    """
    Macros prepared for comparison (immutable once built).
    """

    __slots__ = ("_index", "_prepared")

    def __init__(self, macros: Iterable[Macro]) -> None:
        prepared: list[_Prepared] = []
        index: dict[tuple[str, ...], list[int]] = {}
        for macro in macros:
            words = stems(macro.text)
            sh = shingles(words)
            if not sh:
                continue
            for s in sh:
                index.setdefault(s, []).append(len(prepared))
            prepared.append(_Prepared(macro, sh, frozenset(words)))
        self._prepared = tuple(prepared)
        self._index = {k: tuple(v) for k, v in index.items()}

    def __len__(self) -> int:
        return len(self._prepared)

    def __iter__(self) -> Iterator[Macro]:
        return (p.macro for p in self._prepared)

    def best(self, text: str) -> MacroMatch | None:
        """
        Return the macro that *text* copies most, or None when it shares
        no shingle with any.
        """
        words = stems(text)
        sh = shingles(words)
        if not sh:
            return None
        hits: dict[int, int] = {}
        for s in sh:
            for i in self._index.get(s, ()):
                hits[i] = hits.get(i, 0) + 1
        if not hits:
            return None
        i, shared = max(hits.items(), key=lambda kv: (kv[1], -kv[0]))
        p = self._prepared[i]
        return MacroMatch(
            p.macro,
            coverage=shared / len(p.shingles),
            share=shared / len(sh),
            extra=frozenset(words) - p.words,
        )


def macros_from(value: object, *, base: Path | None = None) -> tuple[Macro, ...]:
    """
    Normalise a macro setting: `Macro` values, a mapping of name = text,
    or a path to a TOML file of ``name = "text"`` pairs (relative paths
    from *base*).

    Raises:
        ConfigError: the value has the wrong shape, or the file cannot be
            read or is not such a table.
    """
    if isinstance(value, (str, Path)):
        return load_macros(Path(value) if base is None else base / value)
    if isinstance(value, Mapping):
        out = []
        for name, text in value.items():
            if not isinstance(name, str) or not isinstance(text, str):
                msg = f"macros: expected name = text strings, got {name!r} = {text!r}"
                raise ConfigError(msg, key=f"macros.{name}")
            out.append(_macro(name, text))
        return tuple(out)
    if isinstance(value, Iterable):
        items = tuple(value)
        for item in items:
            if not isinstance(item, Macro):
                msg = (
                    f"macros: expected cs_lint.Macro values, got {type(item).__name__}"
                )
                raise ConfigError(msg, key="macros")
        return items
    msg = (
        "macros: expected a table of name = text, a file path or Macro values, "
        f"got {type(value).__name__}"
    )
    raise ConfigError(msg, key="macros")


def _macro(name: str, text: str) -> Macro:
    try:
        return Macro(name, text)
    except ValueError as exc:
        raise ConfigError(f"macros: {exc}", key="macros") from None


def load_macros(path: str | Path) -> tuple[Macro, ...]:
    """
    Read a macro library: a TOML file whose top-level keys are macro names
    and whose values are the macro texts.

    Raises:
        ConfigError: the file cannot be read, is not TOML, or holds a value
            that is not a string (with file and key).
    """
    # Imported here: a start-up with no macro library never needs it.
    import tomllib  # noqa: PLC0415

    path = Path(path)
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read macros: {exc}", path=where) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"macros file is not valid TOML: {exc}", path=where) from None
    except RecursionError:
        msg = "macros file is not valid TOML: arrays or tables nested too deeply"
        raise ConfigError(msg, path=where) from None
    out = []
    for name, text in data.items():
        if not isinstance(text, str):
            raise ConfigError(
                f"macro {name!r} must be a string, got {type(text).__name__}",
                path=where,
                key=name,
            )
        out.append(_macro(name, text))
    return tuple(out)
