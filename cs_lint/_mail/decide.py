"""
Pre-send decisions: given findings and a policy, pass, warn or block.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs

from cs_lint._base.errors import ConfigError, did_you_mean
from cs_lint._base.finding import Family, Finding, Severity
from cs_lint._base.selector import Target, best, known_selector


class Verdict(enum.Enum):
    """
    What a pre-send hook should do with a draft; values are the names.
    """

    PASS = "pass"
    WARN = "warn"
    BLOCK = "block"


_SEVERITIES = frozenset(s.value for s in Severity)
_FAMILIES = frozenset(f.value for f in Family)


def _selectors(value: Iterable[str] | str) -> tuple[str, ...]:
    items = (value,) if isinstance(value, str) else tuple(value)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            msg = (
                f"expected a severity, code, prefix, family or rule name, got {item!r}"
            )
            raise ConfigError(msg)
    return tuple(item.strip() for item in items)


def _target(f: Finding) -> Target:
    return Target(f.code, f.name, f.family.value, f.severity.value)


@attrs.frozen
class EmailPolicy:
    """
    Which findings block sending and which only warn.

    Each entry is a severity (``error``), a rule code (``CS103``), a code
    prefix (``CS1``), a family (``accusatory``), a rule name or ``ALL``.
    For each finding the most specific matching entry decides; on a tie
    ``block`` wins. A finding no entry matches is reported but does not
    change the decision.

    Args:
        block: Findings that hold the mail.
        warn: Findings the agent should see before sending.
    """

    block: tuple[str, ...] = attrs.field(default=("error",), converter=_selectors)
    warn: tuple[str, ...] = attrs.field(default=("warning",), converter=_selectors)

    def action(self, finding: Finding) -> Verdict:
        """
        Return what *finding* alone asks for.
        """
        target = _target(finding)
        block = best(self.block, target, severities=_SEVERITIES)
        warn = best(self.warn, target, severities=_SEVERITIES)
        if block and block >= warn:
            return Verdict.BLOCK
        if warn:
            return Verdict.WARN
        return Verdict.PASS

    def to_dict(self) -> dict[str, list[str]]:
        """
        Return ``{"block": [...], "warn": [...]}``.
        """
        return {"block": list(self.block), "warn": list(self.warn)}


def email_policy(value: EmailPolicy | dict[str, Any] | None) -> EmailPolicy:
    """
    Build an `EmailPolicy` from a mapping (a config table) or pass one on.

    Raises:
        ConfigError: an unknown key or a value that is not a list of
            strings.
    """
    if value is None:
        return EmailPolicy()
    if isinstance(value, EmailPolicy):
        return value
    if not isinstance(value, dict):
        msg = f"expected a table with block and warn, got {value!r}"
        raise ConfigError(msg, key="email")
    keys = ("block", "warn")
    for key, item in value.items():
        if key not in keys:
            msg = f"unknown setting {key!r}{did_you_mean(key, keys)}; known settings: block, warn"
            raise ConfigError(msg, key=f"email.{key}")
        if not isinstance(item, list) or not all(isinstance(v, str) for v in item):
            hint = f' (write {key} = ["{item}"])' if isinstance(item, str) else ""
            msg = (
                f"expected a list of strings, got {type(item).__name__} {item!r}{hint}"
            )
            raise ConfigError(msg, key=f"email.{key}")
    try:
        return EmailPolicy(**value)
    except ConfigError as exc:
        bad = "block" if "block" in value else "warn"
        raise ConfigError(exc.message, key=f"email.{bad}") from None


def check_policy(policy: EmailPolicy, codes: Iterable[str], path: str | None) -> None:
    """
    Raise `ConfigError` for a policy entry that names no severity, family,
    rule or code prefix among *codes* (rule codes and names).
    """
    names = set(codes)
    extra = _SEVERITIES | _FAMILIES | {"ALL"}
    known = extra | names
    for key, entries in (("block", policy.block), ("warn", policy.warn)):
        for s in entries:
            if known_selector(s, names, extra):
                continue
            raise ConfigError(
                f"unknown severity, rule, code prefix or family {s!r}"
                f"{did_you_mean(s, known)}",
                path=path,
                key=f"email.{key}",
            )


@attrs.frozen
class Decision:
    """
    The outcome for one draft: *verdict* and the *findings* that caused it
    (the blocking ones for ``block``, the warning ones for ``warn``, none
    for ``pass``).
    """

    verdict: Verdict
    findings: tuple[Finding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """
        Return ``{"verdict": ..., "fingerprints": [...]}``.
        """
        return {
            "verdict": self.verdict.value,
            "fingerprints": [f.fingerprint for f in self.findings],
        }


def decide(findings: Iterable[Finding], policy: EmailPolicy | None = None) -> Decision:
    """
    Decide whether a draft with *findings* may be sent.

    ``block`` if any finding blocks under *policy* (`EmailPolicy()` when
    omitted: errors block, warnings warn), else ``warn`` if any warns,
    else ``pass``.

        >>> decide([]).verdict
        <Verdict.PASS: 'pass'>
    """
    policy = EmailPolicy() if policy is None else policy
    blocking: list[Finding] = []
    warning: list[Finding] = []
    for f in findings:
        action = policy.action(f)
        if action is Verdict.BLOCK:
            blocking.append(f)
        elif action is Verdict.WARN:
            warning.append(f)
    if blocking:
        return Decision(Verdict.BLOCK, tuple(blocking))
    if warning:
        return Decision(Verdict.WARN, tuple(warning))
    return Decision(Verdict.PASS)
