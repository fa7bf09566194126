"""
The cs_lint language server, ``cs-lint lsp``: diagnostics, quick fixes
and hovers in any editor with an LSP client (docs/editors.md).

Needs pygls: ``pip install 'cs-lint[lsp]'``.
"""

from __future__ import annotations

from cs_lint.lsp._server import CsLintServer, Settings, create_server, serve


__all__ = ["CsLintServer", "Settings", "create_server", "serve"]
