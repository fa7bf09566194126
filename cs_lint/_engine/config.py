"""
Configuration: from Python, from ``cs-lint.toml`` or ``[tool.cs-lint]``.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from cs_lint._base.errors import ConfigError, did_you_mean
from cs_lint._base.finding import Severity
from cs_lint._base.tomlfile import TomlLocator, toml_error_line
from cs_lint._context.facts import Facts, facts_of
from cs_lint._context.macros import Macro, macros_from
from cs_lint._mail.decide import EmailPolicy, email_policy


_KEYS = (
    "select",
    "ignore",
    "preview",
    "severity",
    "options",
    "packs",
    "plugins",
    "fail-on",
    "email",
    "macros",
    "facts",
    "max-chars",
    "max-bytes",
    "max-findings",
    "min-confidence",
)

#: Default limits (0 turns a limit off); docs/usage.md#limits.
MAX_CHARS = 1_000_000
MAX_BYTES = 50_000_000
MAX_FINDINGS = 1_000


def _limit(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"expected a whole number of 0 or more (0: no limit), got {value!r}"
        raise ConfigError(msg)
    return value


def _confidence(value: float) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not 0 <= value <= 1
    ):
        msg = f"expected a number from 0 to 1, got {value!r}"
        raise ConfigError(msg, key="min-confidence")
    return float(value)


def _strings(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _paths(value: Iterable[str | Path] | str | Path) -> tuple[str, ...]:
    if isinstance(value, (str, Path)):
        return (str(value),)
    return tuple(str(p) for p in value)


def _severity_map(value: Mapping[str, Severity | str]) -> Mapping[str, Severity]:
    out: dict[str, Severity] = {}
    for key, sev in dict(value).items():
        out[key] = _severity(sev, key=f"severity.{key}")
    return types.MappingProxyType(out)


def _severity(value: Severity | str, *, key: str = "fail-on") -> Severity:
    if isinstance(value, Severity):
        return value
    try:
        return Severity(value)
    except ValueError:
        names = [s.value for s in Severity]
        msg = f"unknown severity {value!r}; use one of {names}"
        raise ConfigError(msg + did_you_mean(str(value), names), key=key) from None


def _options_map(value: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any]:
    return types.MappingProxyType(
        {k: types.MappingProxyType(dict(v)) for k, v in dict(value).items()}
    )


@attrs.frozen(hash=False)
class Config:
    """
    Which rules run and how.

    Args:
        select: Rules to run: codes (``CS101``), code prefixes (``CS1``),
            family names (``accusatory``), rule names or ``ALL``. Empty
            means every stable rule.
        ignore: Rules not to run, in the same forms. A more specific
            selector wins: ``select=["CS101"]`` with ``ignore=["CS1"]``
            keeps CS101.
        preview: Run preview rules (rules whose precision is not yet
            measured) too. A preview rule selected by its code runs anyway.
        severity: Severity overrides, by code or rule name.
        options: Per-rule options, by code or rule name.
        packs: Extra phrase-pack files (TOML) to load.
        plugins: Load third-party rules from the ``cs_lint.rules`` entry
            point group.
        fail_on: The lowest severity that makes ``cs-lint check`` exit 1.
        email: Which findings block or warn before an email is sent
            (`EmailPolicy`, or a mapping with ``block`` and ``warn``).
        macros: The team's macro library, for the rule that flags a reply
            copied from a macro with nothing personal added: `Macro`
            values, a mapping of name = text, or a path to a TOML file of
            ``name = "text"`` pairs.
        facts: The team's facts (refund window, delivery times, SLA,
            prices, retired terms) that the consistency rules (CS9xx)
            check replies against: `Facts`, or a mapping in the
            configuration-file form. Rules whose facts are not set do not run.
        max_chars: The longest text (in characters) a lint accepts; a
            longer one is an `InputError`, never a silent cut. 0: no limit.
        max_bytes: The largest email message `Linter.check_email` reads.
        max_findings: The most findings one lint reports; past it the
            result says how many more there were (`Findings.omitted`) and
            every report prints a note.
        min_confidence: Report only findings at least this confident
            (0..1). Each rule's confidence is its measured precision on
            blind data (docs/quality.md), so a host trades recall for
            precision with one number; 0 (the default) reports everything.
        path: The file this configuration came from, for error messages.
    """

    select: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    ignore: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    preview: bool = False
    severity: Mapping[str, Severity] = attrs.field(
        factory=dict, converter=_severity_map
    )
    options: Mapping[str, Any] = attrs.field(factory=dict, converter=_options_map)
    packs: tuple[str, ...] = attrs.field(default=(), converter=_paths)
    plugins: bool = True
    fail_on: Severity = attrs.field(default=Severity.WARNING, converter=_severity)
    email: EmailPolicy = attrs.field(factory=EmailPolicy, converter=email_policy)
    path: str | None = None
    macros: tuple[Macro, ...] = attrs.field(default=(), converter=macros_from)
    facts: Facts = attrs.field(factory=Facts, converter=facts_of)
    max_chars: int = attrs.field(default=MAX_CHARS, converter=_limit)
    max_bytes: int = attrs.field(default=MAX_BYTES, converter=_limit)
    max_findings: int = attrs.field(default=MAX_FINDINGS, converter=_limit)
    min_confidence: float = attrs.field(default=0.0, converter=_confidence)

    def evolve(self, **changes: Any) -> Config:
        """
        Return a copy with *changes* applied (``select``, ``ignore``, ...).
        """
        return attrs.evolve(self, **changes)


def _table_to_config(table: Mapping[str, Any], path: Path, loc: TomlLocator) -> Config:
    where = str(path)
    for key in table:
        if key not in _KEYS:
            raise ConfigError(
                f"unknown setting {key!r}{did_you_mean(key, _KEYS)}; "
                f"known settings: {', '.join(_KEYS)}",
                path=where,
                line=loc.line(key),
                key=key,
            )

    def typed(key: str, kind: type | tuple[type, ...], what: str) -> Any:
        value = table[key]
        ok = isinstance(value, kind)
        if ok and isinstance(value, list):
            ok = all(isinstance(v, str) for v in value)
        if not ok:
            raise ConfigError(
                f"expected {what}, got {type(value).__name__} {value!r}",
                path=where,
                line=loc.line(key),
                key=key,
            )
        return value

    kwargs: dict[str, Any] = {"path": where}
    if "select" in table:
        kwargs["select"] = typed("select", (list, str), "a list of strings")
        if not kwargs["select"]:
            raise ConfigError(
                "select = [] selects no rule; list the rules to run, or remove "
                "select to run every stable rule",
                path=where,
                line=loc.line("select"),
                key="select",
            )
    if "ignore" in table:
        kwargs["ignore"] = typed("ignore", (list, str), "a list of strings")
    if "preview" in table:
        kwargs["preview"] = typed("preview", bool, "true or false")
    if "plugins" in table:
        kwargs["plugins"] = typed("plugins", bool, "true or false")
    if "severity" in table:
        kwargs["severity"] = typed("severity", dict, "a table of code = severity")
    if "options" in table:
        options = typed("options", dict, "a table of rule tables")
        for code, value in options.items():
            if not isinstance(value, dict):
                raise ConfigError(
                    f"expected a table of option = value, got {value!r}",
                    path=where,
                    line=loc.line(f"options.{code}"),
                    key=f"options.{code}",
                )
        kwargs["options"] = options
    if "packs" in table:
        packs = typed("packs", (list, str), "a list of file paths")
        base = path.parent
        kwargs["packs"] = [str((base / p).resolve()) for p in _strings(packs)]
    if "fail-on" in table:
        kwargs["fail_on"] = typed("fail-on", str, "a severity name")
    if "email" in table:
        kwargs["email"] = typed("email", dict, "a table with block and warn")
    if "macros" in table:
        value = typed("macros", (dict, str), "a table of name = text, or a file path")
        if isinstance(value, str) and not (path.parent / value).is_file():
            raise ConfigError(
                f"no macros file {str(path.parent / value)!r}",
                path=where,
                line=loc.line("macros"),
                key="macros",
            )
        try:
            kwargs["macros"] = macros_from(value, base=path.parent)
        except ConfigError as exc:
            raise ConfigError(
                exc.message,
                path=exc.path or where,
                line=None if exc.path else loc.line("macros"),
                key=exc.key,
            ) from None
    if "facts" in table:
        kwargs["facts"] = typed("facts", dict, "a table of facts")
    for key in ("max-chars", "max-bytes", "max-findings"):
        if key in table:
            value = table[key]
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(
                    f"expected a whole number of 0 or more (0: no limit), got {value!r}",
                    path=where,
                    line=loc.line(key),
                    key=key,
                )
            kwargs[key.replace("-", "_")] = value
    if "min-confidence" in table:
        value = table["min-confidence"]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(
                f"expected a number from 0 to 1, got {value!r}",
                path=where,
                line=loc.line("min-confidence"),
                key="min-confidence",
            )
        kwargs["min_confidence"] = value
    try:
        return Config(**kwargs)
    except ConfigError as exc:
        key = exc.key or ""
        raise ConfigError(
            exc.message,
            path=where,
            line=loc.line(key),
            key=exc.key,
        ) from None


#: The pyproject.toml tables cs_lint reads: ``[tool.cs-lint]``, or the
#: same with an underscore (the package's import name).
_TABLES = ("cs-lint", "cs_lint")


def _read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    """
    Read and parse a TOML file, or raise a located `ConfigError`.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config: {exc}", path=str(path)) from None
    # Imported here: a run with no configuration file never needs it (~40 M
    # instructions of a one-shot start-up).
    import tomllib  # noqa: PLC0415

    try:
        return raw, tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"not valid TOML: {exc}", path=str(path), line=toml_error_line(exc)
        ) from None
    except RecursionError:
        raise ConfigError(
            "not valid TOML: arrays or tables nested too deeply", path=str(path)
        ) from None


def _tool_table(data: dict[str, Any], path: Path) -> tuple[str, Any] | None:
    """
    The ``[tool.cs-lint]`` (or ``[tool.cs_lint]``) table of a parsed
    pyproject.toml and its name, or None when it has neither.
    """
    tool = data.get("tool")
    if not isinstance(tool, dict):
        return None
    found = [name for name in _TABLES if name in tool]
    if len(found) > 1:
        raise ConfigError(
            "both [tool.cs-lint] and [tool.cs_lint]: keep one", path=str(path)
        )
    return (found[0], tool[found[0]]) if found else None


def load_config(path: str | Path | None) -> Config:
    """
    Read a configuration file; with None (what `find_config` returns when
    there is no file), the defaults.

    A file named ``pyproject.toml`` is read from its ``[tool.cs-lint]``
    table (``[tool.cs_lint]`` is read the same way); any other file from
    its top level.

    Raises:
        ConfigError: the file cannot be read, is not TOML, or holds an
            unknown or ill-typed setting (with file, line and key).
    """
    if path is None:
        return Config()
    path = Path(path)
    raw, data = _read_toml(path)
    root = ""
    if path.name == "pyproject.toml":
        found = _tool_table(data, path)
        name, table = found if found is not None else ("cs-lint", {})
        root = f"tool.{name}"
        if not isinstance(table, dict):
            raise ConfigError(f"[tool.{name}] must be a table", path=str(path))
    else:
        table = data
    return _table_to_config(table, path, TomlLocator(raw, root=root))


def _may_name_us(pyproject: Path) -> bool:
    """
    Whether *pyproject* can hold a ``[tool.cs-lint]`` table: its text
    names cs-lint, or has an escape (``\\u``) a quoted key could spell
    the name with. Most projects' pyproject.toml does neither, and a
    pre-send hook run in such a project then never parses it (importing
    ``tomllib`` and parsing is ~40 M instructions of a one-shot); a file
    that cannot be read is parsed, so the error is reported as before.
    """
    try:
        text = pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    return any(name in text for name in _TABLES) or "\\u" in text or "\\U" in text


def find_config(start: str | Path = ".") -> Path | None:
    """
    Return the nearest ``cs-lint.toml``, or ``pyproject.toml`` with a
    ``[tool.cs-lint]`` (or ``[tool.cs_lint]``) table, in *start* or a
    parent directory.

    Raises:
        ConfigError: a pyproject.toml on the way is not valid TOML and
            names cs-lint (its configuration would otherwise be dropped
            without a word); a broken one that never mentions cs-lint is
            some other project's and is passed over.
    """
    here = Path(start).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "cs-lint.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            if not _may_name_us(pyproject):
                continue
            try:
                _, data = _read_toml(pyproject)
            except ConfigError:
                try:
                    text = pyproject.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    continue
                if any(name in text for name in _TABLES):
                    raise
                continue
            if _tool_table(data, pyproject) is not None:
                return pyproject
    return None
