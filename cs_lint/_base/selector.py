"""
Selectors: how configuration names rules, and which name wins.

``select``, ``ignore``, severity overrides and the email policy's
``block`` / ``warn`` lists all name rules the same way: ``ALL``, a
severity (``error``; email policy only), a family (``accusatory``), a code
prefix (``CS1``, ``CS10``), or one rule by code (``CS103``) or name
(``as-already-told``). When several entries name one rule, the most
specific one decides, in one named order (ruff's): `Specificity`. Two
places used to rank selectors with their own numbers; this module is the
one ranking both use.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs


class Specificity(enum.IntEnum):
    """
    How specifically a selector names a rule, least to most specific. A
    longer code prefix is more specific than a shorter one
    (``PREFIX + len(prefix)``), and any prefix less specific than the
    rule's own code or name.
    """

    NONE = 0
    ALL = 1
    SEVERITY = 2
    FAMILY = 3
    PREFIX = 10
    EXACT = 1000


@attrs.frozen
class Target:
    """
    What a selector is matched against: one rule (or one finding of it),
    by *code*, *name*, *family* value and, for findings, *severity* value.
    """

    code: str
    name: str
    family: str
    severity: str | None = None


def rank(selector: str, target: Target, *, severities: Iterable[str] = ()) -> int:
    """
    Return how specifically *selector* names *target* (`Specificity.NONE`,
    0, when it does not). *severities* are the severity names, which are
    never read as code prefixes.

        >>> t = Target("CS103", "as-already-told", "accusatory", "warning")
        >>> [rank(s, t) for s in ("ALL", "accusatory", "CS1", "CS10", "CS103", "CS2")]
        [1, 3, 13, 14, 1000, 0]
    """
    if selector in (target.code, target.name):
        return int(Specificity.EXACT)
    if selector == "ALL":
        return int(Specificity.ALL)
    if target.severity is not None and selector == target.severity:
        return int(Specificity.SEVERITY)
    if selector == target.family:
        return int(Specificity.FAMILY)
    if target.code.startswith(selector) and selector not in severities:
        return Specificity.PREFIX + len(selector)
    return int(Specificity.NONE)


def best(
    selectors: Iterable[str], target: Target, *, severities: Iterable[str] = ()
) -> int:
    """
    Return the rank of the most specific of *selectors* for *target* (0
    when none names it).
    """
    sev = frozenset(severities)
    return max((rank(s, target, severities=sev) for s in selectors), default=0)


def known_selector(selector: str, names: Iterable[str], extra: Iterable[str]) -> bool:
    """
    Return whether *selector* names anything: one of *extra* (``ALL``,
    families, severities), a code or name among *names*, or a prefix of a
    code among them.
    """
    names = frozenset(names)
    return (
        selector in names
        or selector in frozenset(extra)
        or any(n.startswith(selector) for n in names)
    )
