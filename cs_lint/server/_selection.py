"""
A request's rule selection and email policy on top of a configuration,
the same for the server (per request) and for the client (when it lints
in-process because no server answered). Needs nothing beyond cs_lint, so
the client works without the server extra.
"""

from __future__ import annotations

from typing import Any

import attrs

from cs_lint._engine.config import Config
from cs_lint._mail.decide import EmailPolicy


@attrs.frozen
class Selection:
    """
    A request's rule selection on top of the server's configuration:
    *select* replaces the configured ``select`` when given, *ignore* adds
    to the configured ``ignore``; *block* and *warn* replace the email
    policy's lists when given.
    """

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    preview: bool = False
    block: tuple[str, ...] | None = None
    warn: tuple[str, ...] | None = None

    @property
    def is_default(self) -> bool:
        """
        Whether this selection changes nothing.
        """
        return self == Selection()

    def apply(self, config: Config) -> Config:
        """
        Return *config* with this selection applied.
        """
        changes: dict[str, object] = {}
        if self.select is not None:
            changes["select"] = self.select
        if self.ignore:
            changes["ignore"] = (*config.ignore, *self.ignore)
        if self.preview:
            changes["preview"] = True
        if self.block is not None or self.warn is not None:
            changes["email"] = EmailPolicy(
                block=config.email.block if self.block is None else self.block,
                warn=config.email.warn if self.warn is None else self.warn,
            )
        return config.evolve(**changes) if changes else config

    def fields(self) -> dict[str, Any]:
        """
        The options this selection sets, as JSON fields of the native API.
        """
        out: dict[str, Any] = {}
        if self.select is not None:
            out["select"] = list(self.select)
        if self.ignore:
            out["ignore"] = list(self.ignore)
        if self.preview:
            out["preview"] = True
        if self.block is not None:
            out["block"] = list(self.block)
        if self.warn is not None:
            out["warn"] = list(self.warn)
        return out


def codes(value: str) -> tuple[str, ...]:
    """
    Split a comma-separated list of selectors (blank items dropped).
    """
    return tuple(v.strip() for v in value.split(",") if v.strip())
