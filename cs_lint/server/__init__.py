"""
``cs-lint server``: one HTTP API for CRMs and email add-ins.

The server (``pip install 'cs-lint[server]'``) answers the native API
(``POST /v1/lint``, ``POST /v1/email``, ``GET /v1/rules``), LanguageTool's
``/v2/check`` so that existing LanguageTool clients show cs_lint's
findings, and a playground page at ``/``. See docs/server.md.

`check_email` is the client side for pre-send hooks: it checks a draft
through a running server and falls back to linting in-process when none
answers; it needs nothing beyond cs_lint itself.

Names are imported on first use, so ``import cs_lint.server`` costs
nothing and the client works without the server extra installed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any


if TYPE_CHECKING:
    from cs_lint.server._app import create_app
    from cs_lint.server._client import SERVER_ENV, Checked, check_email
    from cs_lint.server._service import Settings

__all__ = ["SERVER_ENV", "Checked", "Settings", "check_email", "create_app"]

_WHERE = {
    "SERVER_ENV": "_client",
    "Checked": "_client",
    "check_email": "_client",
    "Settings": "_service",
    "create_app": "_app",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        msg = f"module 'cs_lint.server' has no attribute {name!r}"
        raise AttributeError(msg)
    return getattr(importlib.import_module(f"cs_lint.server.{module}"), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
