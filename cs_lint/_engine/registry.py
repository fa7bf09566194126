"""
Where rules come from: built-in modules and packs, team packs from config,
and third-party plugins through the ``cs_lint.rules`` entry-point group;
and which of them a configuration selects.
"""

from __future__ import annotations

import functools
import os
import sys
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from cs_lint._authoring.packs import load_pack, parse_pack
from cs_lint._authoring.rule import Rule
from cs_lint._base.errors import ConfigError, RuleConflictError, did_you_mean
from cs_lint._base.finding import Family
from cs_lint._base.selector import Specificity, Target, best, known_selector
from cs_lint._engine.config import Config
from cs_lint._text.compiled import module_patterns


ENTRY_POINT_GROUP = "cs_lint.rules"


@functools.cache
def builtin_rules() -> tuple[Rule, ...]:
    """
    Return the built-in rules: the family modules and the bundled packs.
    """
    # Module-level patterns of the rule modules come from the pattern cache.
    with module_patterns():
        from cs_lint.rules import RULES  # noqa: PLC0415 - keeps import cs_lint cheap

    packs: list[Rule] = []
    import cs_lint.rules  # noqa: PLC0415

    here = Path(cs_lint.rules.__file__).parent / "packs"
    folder: Any
    if here.is_dir():
        folder = here  # a plain directory: no need for importlib.resources
    else:
        from importlib import resources  # noqa: PLC0415 - a zip install

        folder = resources.files("cs_lint.rules") / "packs"
    entries = folder.iterdir() if folder.is_dir() else ()
    for entry in sorted(entries, key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            where = f"cs_lint/rules/packs/{entry.name}"
            packs.extend(
                parse_pack(
                    entry.read_text(encoding="utf-8"), where, eager=False, stored=True
                )
            )
    return _check_conflicts([*RULES, *packs])


def _rules_from_object(obj: Any, where: str) -> list[Rule]:
    if isinstance(obj, Rule):
        return [obj]
    if isinstance(obj, types.ModuleType):
        obj = getattr(obj, "RULES", None)
    if callable(obj) and not isinstance(obj, Rule):
        obj = obj()
    if isinstance(obj, Iterable):
        items = list(obj)
        if all(isinstance(r, Rule) for r in items):
            return items
    msg = (
        f"entry point {where} must name a Rule, an iterable of Rules, a "
        "module with RULES, or a function returning one of these"
    )
    raise ConfigError(msg)


def plugin_rules() -> list[Rule]:
    """
    Load third-party rules from the ``cs_lint.rules`` entry-point group.

    Each rule's *source* names the distribution and entry point.
    """
    out: list[Rule] = []
    if not _may_have_plugins():
        return out
    from importlib import metadata  # noqa: PLC0415 - on the first Linter only

    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = getattr(ep, "dist", None)
        dist_name = dist.name if dist is not None else "?"
        where = f"{dist_name} (entry point {ep.name} = {ep.value})"
        try:
            obj = ep.load()
        except Exception as exc:
            msg = f"cannot load plugin {where}: {type(exc).__name__}: {exc}"
            raise ConfigError(msg) from exc
        out.extend(
            attrs.evolve(r, source=where) for r in _rules_from_object(obj, where)
        )
    return out


def _may_have_plugins() -> bool:
    """
    Whether any installed distribution may declare a ``cs_lint.rules``
    entry point: the ``entry_points.txt`` of every ``*.dist-info`` and
    ``*.egg-info`` folder on ``sys.path`` is read as bytes and searched
    for the group's name. ``importlib.metadata`` would find the same
    files, but importing it and parsing every distribution's metadata
    costs a one-shot ``cs-lint check`` ~30 ms. Anything this look cannot
    see through (a zip on ``sys.path``, another distribution finder)
    answers yes, and the entry points are read the standard way.
    """
    import importlib.machinery  # noqa: PLC0415 - on the first Linter only

    group = ENTRY_POINT_GROUP.encode()
    for finder in sys.meta_path:
        if finder is not importlib.machinery.PathFinder and hasattr(
            finder, "find_distributions"
        ):
            return True
    for entry in sys.path:
        folder = entry or "."
        try:
            names = os.listdir(folder)
        except NotADirectoryError:
            return True  # a zip or an egg: let importlib.metadata read it
        except OSError:
            continue
        for name in names:
            if not name.lower().endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), "rb") as fh:
                    if group in fh.read():
                        return True
            except OSError:
                continue
    return False


def _check_conflicts(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    by_code: dict[str, Rule] = {}
    by_name: dict[str, Rule] = {}
    for r in rules:
        if r.code in by_code:
            other = by_code[r.code]
            msg = (
                f"two rules claim code {r.code}: {other.name!r} from "
                f"{other.source} and {r.name!r} from {r.source}"
            )
            raise RuleConflictError(msg)
        if r.name in by_name:
            other = by_name[r.name]
            msg = (
                f"two rules claim name {r.name!r}: {other.code} from "
                f"{other.source} and {r.code} from {r.source}"
            )
            raise RuleConflictError(msg)
        by_code[r.code] = r
        by_name[r.name] = r
    return tuple(by_code.values())


def all_rules(config: Config) -> tuple[Rule, ...]:
    """
    Return every known rule for *config*: built-ins, its packs, plugins.

    Raises:
        RuleConflictError: two rules share a code or a name.
        PackError: a pack is malformed.
    """
    rules = list(builtin_rules())
    for path in config.packs:
        rules.extend(load_pack(path))
    if config.plugins:
        rules.extend(plugin_rules())
    return _check_conflicts(rules)


def _target(r: Rule) -> Target:
    return Target(r.code, r.name, r.family.value)


def _validate_selectors(
    selectors: Iterable[str], rules: tuple[Rule, ...], key: str, config: Config
) -> None:
    extra = {"ALL", "CS"} | {f.value for f in Family}
    extra |= {f"CS{f.digit}" for f in Family}
    names = {n for r in rules for n in (r.code, r.name)}
    known = extra | names
    for s in selectors:
        if known_selector(s, names, extra):
            continue
        raise ConfigError(
            f"unknown rule, code prefix or family {s!r}{did_you_mean(s, known)}",
            path=config.path,
            key=key,
        )


def select_rules(rules: tuple[Rule, ...], config: Config) -> tuple[Rule, ...]:
    """
    Return the rules *config* turns on, in code order.

    Raises:
        ConfigError: a selector, severity override or option names no rule.
    """
    _validate_selectors(config.select, rules, "select", config)
    _validate_selectors(config.ignore, rules, "ignore", config)
    for key, table in (("severity", config.severity), ("options", config.options)):
        names = {r.code for r in rules} | {r.name for r in rules}
        for code in table:
            if code not in names:
                raise ConfigError(
                    f"no rule {code!r}{did_you_mean(code, names)}",
                    path=config.path,
                    key=f"{key}.{code}",
                )
    selected = []
    for r in rules:
        target = _target(r)
        picked = best(config.select or ("ALL",), target)
        dropped = best(config.ignore, target)
        if picked == Specificity.NONE or dropped >= picked:
            continue
        if r.preview and not config.preview and picked < Specificity.EXACT:
            continue
        selected.append(r)
    # A rule that replaces others (a pack rule rewording a built-in) runs
    # instead of them, so one phrase is never reported twice.
    replaced = {code for r in selected for code in r.replaces}
    selected = [r for r in selected if r.code not in replaced]
    return tuple(sorted(selected, key=lambda r: r.code))
