"""
The cs_lint language server: findings as diagnostics while a reply, a
Markdown page, an email or a macro library is edited; fixes as code
actions; a rule's why and fix on hover.

It follows what ruff's server, vale-ls and ltex-ls do: one diagnostic per
finding with the rule code (linked to its page) as ``code``; a quick fix
per suggestion with edits (the safe one preferred, unsafe ones labelled);
``source.fixAll.cs-lint`` for every safe fix at once; a quick fix that
writes a suppression comment where the format has one. Positions are in
the encoding negotiated at ``initialize`` (UTF-16 unless the client
offers UTF-8 or UTF-32). Typing is debounced: a document is linted when
edits pause, in a worker thread, and a result for an outdated version is
dropped. A macro library re-lints only the macros whose text changed.
The configuration is the nearest ``cs-lint.toml`` or ``[tool.cs-lint]``,
re-read when it (or a pack it names) changes: on
``workspace/didChangeWatchedFiles`` and by modification time before each
lint, for clients that do not watch files.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import attrs
from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from cs_lint._authoring.rule import Rule
from cs_lint._base.errors import CsLintError
from cs_lint._base.finding import Applicability, Finding, Severity
from cs_lint._base.version import version
from cs_lint._engine.config import Config, find_config, load_config
from cs_lint._engine.linter import Linter
from cs_lint._scale.fix import fix_source
from cs_lint._scale.options import Columns
from cs_lint._scale.sarif import DOCS_BASE
from cs_lint._scale.source import (
    MARKDOWN,
    LintText,
    Placed,
    SourceResult,
    kind_of,
    lint_source,
    resolver_for,
)
from cs_lint._scale.suppress import Problem
from cs_lint.lsp._positions import Positions


logger = logging.getLogger(__name__)

#: The ``source`` of every diagnostic.
SOURCE = "cs-lint"
#: The code action kind that applies every safe fix.
FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.cs-lint"
#: Seconds to wait after an edit before linting (typing stays responsive).
DEBOUNCE = 0.2
#: Linted texts remembered, so an edit to one macro re-lints one macro.
CACHE_SIZE = 20_000

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_PROBLEM_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
}
_CONFIG_FILES = ("cs-lint.toml", "pyproject.toml")


@attrs.frozen
class Settings:
    """
    Client settings (``initializationOptions`` or the ``cs-lint`` section
    of ``workspace/didChangeConfiguration``): which fields of a macro
    library's records hold the reply, its name and the customer message,
    and the pause (seconds) before linting an edited document.
    """

    text_column: str = "text"
    id_column: str | None = None
    customer_column: str | None = None
    debounce: float = DEBOUNCE

    @classmethod
    def read(cls, data: object, current: Settings | None = None) -> Settings:
        """
        Settings from a client's JSON object (unknown keys are ignored).
        """
        base = current or cls()
        if not isinstance(data, dict):
            return base
        if isinstance(data.get("cs-lint"), dict):
            data = data["cs-lint"]
        assert isinstance(data, dict)
        changes: dict[str, Any] = {}
        for key, name in (
            ("textColumn", "text_column"),
            ("idColumn", "id_column"),
            ("customerColumn", "customer_column"),
        ):
            if key in data and (data[key] is None or isinstance(data[key], str)):
                changes[name] = data[key] or (None if name != "text_column" else "text")
        if isinstance(data.get("debounce"), (int, float)):
            changes["debounce"] = max(0.0, float(data["debounce"]) / 1000)
        return attrs.evolve(base, **changes)

    @property
    def columns(self) -> Columns:
        """
        The settings as audit's `Columns`.
        """
        return Columns(self.text_column, self.customer_column, self.id_column)


@attrs.frozen
class _Project:
    """
    A configuration file and the linter built from it (or the error that
    stopped it), with the files' modification stamps it was built from.
    """

    path: Path | None
    stamp: tuple[tuple[str, int, int], ...]
    linter: Linter | None
    error: str | None = None
    rules: dict[str, Rule] = attrs.field(factory=dict)


@attrs.frozen
class Published:
    """
    The diagnostics last published for a document, and what they came from.
    """

    version: int | None
    result: SourceResult | None
    positions: Positions
    diagnostics: tuple[types.Diagnostic, ...]
    items: tuple[tuple[types.Diagnostic, Placed], ...]
    project: _Project | None


def _stamp(paths: Sequence[str | Path]) -> tuple[tuple[str, int, int], ...]:
    out = []
    for p in paths:
        try:
            st = os.stat(p)
        except OSError:
            out.append((str(p), -1, -1))
        else:
            out.append((str(p), st.st_mtime_ns, st.st_size))
    return tuple(out)


class CsLintServer(LanguageServer):
    """
    The language server behind ``cs-lint lsp``.
    """

    def __init__(self) -> None:
        super().__init__(
            "cs-lint",
            version(),
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.settings = Settings()
        self.published: dict[str, Published] = {}
        self._pending: dict[str, asyncio.Task[None]] = {}
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cs-lint")
        self._configs: dict[Path, Path | None] = {}
        self._projects: dict[Path | None, _Project] = {}
        self._cache: OrderedDict[tuple[int, str, str | None], tuple[Finding, ...]] = (
            OrderedDict()
        )
        self._shown_errors: set[str] = set()

    # --- configuration ----------------------------------------------------------------

    def config_path(self, folder: Path) -> Path | None:
        """
        The configuration file for documents in *folder* (remembered until
        a configuration file changes).
        """
        if folder not in self._configs:
            self._configs[folder] = find_config(folder)
        return self._configs[folder]

    def project(self, path: str | None) -> _Project:
        """
        The linter for a document at *path*, rebuilt when its configuration
        file or one of its packs changed since it was built.
        """
        folder = Path(path).parent if path else Path(self._root() or ".")
        config_path = self.config_path(folder.resolve())
        known = self._projects.get(config_path)
        files: list[str | Path] = [config_path] if config_path else []
        if known is not None and known.linter is not None:
            files += list(known.linter.config.packs)
        stamp = _stamp(files)
        if known is not None and known.stamp == stamp:
            return known
        try:
            config = load_config(config_path) if config_path else Config()
            linter = Linter(config)
            stamp = _stamp([*files[:1], *config.packs])
            project = _Project(
                config_path,
                stamp,
                linter,
                rules={r.code: r for r in linter.rules},
            )
        except CsLintError as exc:
            project = _Project(config_path, stamp, None, str(exc))
        self._projects[config_path] = project
        return project

    def _tell(self, project: _Project | None) -> None:
        """
        Show a configuration error once (from the event loop's thread).
        """
        if project is None or project.error is None:
            return
        if project.error not in self._shown_errors:
            self._shown_errors.add(project.error)
            self.window_show_message(
                types.ShowMessageParams(
                    types.MessageType.Error, f"cs-lint: configuration: {project.error}"
                )
            )

    def _root(self) -> str | None:
        try:
            root = self.workspace.root_path
        except RuntimeError:
            return None
        return root or None

    def forget_configuration(self) -> None:
        """
        Drop every configuration look-up (a configuration file changed).
        """
        self._configs.clear()
        self._projects.clear()
        self._cache.clear()

    # --- linting ----------------------------------------------------------------------

    def _lint_text(self, linter: Linter) -> LintText:
        """
        *linter*'s ``lint``, remembering results by text: editing one macro
        of a large library re-lints that macro only.
        """
        cache = self._cache

        def lint(text: str, customer: str | None) -> tuple[Finding, ...]:
            key = (id(linter), text, customer)
            found = cache.get(key)
            if found is None:
                found = tuple(linter.lint(text, customer=customer))
                cache[key] = found
                if len(cache) > CACHE_SIZE:
                    cache.popitem(last=False)
            else:
                cache.move_to_end(key)
            return found

        return lint

    def compute(
        self, uri: str, text: str, version: int | None, language: str | None
    ) -> Published:
        """
        Lint a document's *text* and build its diagnostics (runs in the
        worker thread).
        """
        path = to_fs_path(uri) if uri.startswith("file:") else None
        positions = Positions(text, str(self.workspace.position_encoding or "utf-16"))
        project = self.project(path)
        if project.linter is None:
            diagnostic = types.Diagnostic(
                positions.range(0, 0),
                f"cs-lint configuration error: {project.error}",
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
            )
            return Published(version, None, positions, (diagnostic,), (), project)
        kind = kind_of(path or uri, language)
        name = path or uri
        try:
            result = lint_source(
                project.linter,
                text,
                kind,
                path=os.path.basename(name),
                columns=self.settings.columns,
                lint=self._lint_text(project.linter),
                resolver=resolver_for(project.linter),
            )
        except CsLintError as exc:
            diagnostic = types.Diagnostic(
                positions.range(0, 0),
                str(exc),
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
            )
            return Published(version, None, positions, (diagnostic,), (), project)
        items = tuple(
            (self._diagnostic(result, p, positions), p) for p in result.reported
        )
        problems = tuple(self._problem(q, positions) for q in result.problems)
        diagnostics = tuple(d for d, _ in items) + problems
        return Published(version, result, positions, diagnostics, items, project)

    def _diagnostic(
        self, result: SourceResult, p: Placed, positions: Positions
    ) -> types.Diagnostic:
        f = p.finding
        record = result.record(p)
        message = f.message if record is None else f"{f.message} (macro {record})"
        return types.Diagnostic(
            range=positions.range(p.start, p.end),
            message=message,
            severity=_SEVERITY[f.severity],
            code=f.code,
            code_description=types.CodeDescription(href=f"{DOCS_BASE}{f.code}.md")
            if f.code.startswith("CS")
            else None,
            source=SOURCE,
            data={"fingerprint": f.fingerprint, "name": f.name, "record": record},
        )

    def _problem(self, q: Problem, positions: Positions) -> types.Diagnostic:
        return types.Diagnostic(
            range=positions.range(q.start, q.end),
            message=q.message,
            severity=_PROBLEM_SEVERITY.get(
                q.severity, types.DiagnosticSeverity.Warning
            ),
            source=SOURCE,
        )

    def current(self, uri: str) -> Published | None:
        """
        The diagnostics of the document's current version, linting it now
        if they are missing or outdated (code actions and hovers need them).
        """
        try:
            doc = self.workspace.get_text_document(uri)
        except Exception:  # noqa: BLE001 - unknown document
            return None
        published = self.published.get(uri)
        if published is not None and published.version == doc.version:
            return published
        published = self.compute(uri, doc.source, doc.version, doc.language_id)
        self.published[uri] = published
        return published

    def schedule(self, uri: str, delay: float) -> None:
        """
        Lint *uri* after *delay* seconds, replacing any lint still waiting.
        """
        task = self._pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self._pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            try:
                doc = self.workspace.get_text_document(uri)
            except Exception:  # noqa: BLE001 - closed meanwhile
                return
            text, ver, language = doc.source, doc.version, doc.language_id
            loop = asyncio.get_running_loop()
            published = await loop.run_in_executor(
                self._worker, self.compute, uri, text, ver, language
            )
            if self.workspace.get_text_document(uri).version != ver:
                return  # edited meanwhile: a newer lint is on its way
            self.published[uri] = published
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(
                    uri=uri, diagnostics=list(published.diagnostics), version=ver
                )
            )
            self._tell(published.project)
        except asyncio.CancelledError:
            return
        finally:
            if self._pending.get(uri) is asyncio.current_task():
                self._pending.pop(uri, None)

    def relint_all(self) -> None:
        """
        Lint every open document again (the configuration changed).
        """
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)

    def close(self, uri: str) -> None:
        """
        Forget a closed document and clear its diagnostics.
        """
        task = self._pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.published.pop(uri, None)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    # --- code actions and hover -------------------------------------------------------

    def code_actions(
        self, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        """
        Quick fixes for the findings in the requested range, a suppression
        comment where the format has one, and the fix-all source action.
        """
        uri = params.text_document.uri
        published = self.current(uri)
        if published is None or published.result is None:
            return None
        only = params.context.only
        wants_quickfix = only is None or any(
            types.CodeActionKind.QuickFix.value.startswith(k) for k in only
        )
        wants_fix_all = only is None or any(FIX_ALL.startswith(k) for k in only)
        positions = published.positions
        start = positions.offset(params.range.start)
        end = positions.offset(params.range.end)
        actions: list[types.CodeAction] = []
        result = published.result
        if wants_quickfix:
            for diagnostic, p in published.items:
                if p.end < start or p.start > end:
                    continue
                actions.extend(self._fixes(uri, result, p, diagnostic, positions))
                suppress = self._suppress(uri, result, p, diagnostic, positions)
                if suppress is not None:
                    actions.append(suppress)
        if wants_fix_all:
            fix_all = self._fix_all(uri, published)
            if fix_all is not None:
                actions.append(fix_all)
        return actions

    def _fixes(
        self,
        uri: str,
        result: SourceResult,
        p: Placed,
        diagnostic: types.Diagnostic,
        positions: Positions,
    ) -> list[types.CodeAction]:
        f = result.in_file(p)
        out = []
        for s in f.suggestions:
            if not s.edits or s.applicability is Applicability.DISPLAY_ONLY:
                continue
            safe = s.applicability is Applicability.SAFE
            label = "" if safe else " — unsafe: may change the meaning"
            edits = [
                types.TextEdit(positions.range(e.start, e.end), e.replacement)
                for e in s.edits
            ]
            out.append(
                types.CodeAction(
                    title=f"{s.message} ({f.code}){label}",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=safe,
                    edit=types.WorkspaceEdit(changes={uri: edits}),
                )
            )
        return out

    def _suppress(
        self,
        uri: str,
        result: SourceResult,
        p: Placed,
        diagnostic: types.Diagnostic,
        positions: Positions,
    ) -> types.CodeAction | None:
        text = result.text
        code = p.finding.code
        if result.kind == "yaml":
            unit = result.units[p.unit]
            line_start = text.rfind("\n", 0, unit.start) + 1
            indent = unit.start - line_start
            newline = "\r\n" if "\r\n" in text else "\n"
            comment = " " * indent + f"# cs-lint: ignore[{code}]" + newline
            where, what = line_start, f"Ignore {code} for macro {unit.record}"
        elif result.kind == MARKDOWN:
            para = text.rfind("\n\n", 0, p.start)
            where = 0 if para < 0 else para + 2
            comment = f"<!-- cs-lint: ignore {code} -->\n"
            what = f"Ignore {code} for this paragraph"
        else:
            return None
        return types.CodeAction(
            title=what,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=types.WorkspaceEdit(
                changes={uri: [types.TextEdit(positions.range(where, where), comment)]}
            ),
        )

    def _fix_all(self, uri: str, published: Published) -> types.CodeAction | None:
        result = published.result
        project = published.project
        if result is None or project is None or project.linter is None:
            return None
        if not any(
            s.applicability is Applicability.SAFE and s.edits
            for p in result.reported
            for s in p.finding.suggestions
        ):
            return None
        linter = project.linter
        lint = self._lint_text(linter)
        resolver = resolver_for(linter)

        def relint(text: str) -> SourceResult:
            return lint_source(
                linter,
                text,
                result.kind,
                path=result.path,
                columns=self.settings.columns,
                lint=lint,
                resolver=resolver,
            )

        outcome = fix_source(relint, result.text)
        if not outcome.changed:
            return None
        old, new = outcome.original, outcome.text
        head = 0
        while head < min(len(old), len(new)) and old[head] == new[head]:
            head += 1
        tail = 0
        while (
            tail < min(len(old), len(new)) - head
            and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]
        ):
            tail += 1
        edit = types.TextEdit(
            published.positions.range(head, len(old) - tail),
            new[head : len(new) - tail],
        )
        return types.CodeAction(
            title=f"Fix all safe cs-lint findings ({outcome.fixed})",
            kind=FIX_ALL,
            edit=types.WorkspaceEdit(changes={uri: [edit]}),
        )

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        """
        The rule's why and fix for the finding under the cursor.
        """
        published = self.current(params.text_document.uri)
        if published is None or published.project is None:
            return None
        at = published.positions.offset(params.position)
        parts = []
        first: Placed | None = None
        for _, p in published.items:
            if p.start <= at <= p.end:
                first = first or p
                parts.append(self._explain(p.finding, published.project))
        if first is None:
            return None
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)
            ),
            range=published.positions.range(first.start, first.end),
        )

    def _explain(self, f: Finding, project: _Project) -> str:
        rule = project.rules.get(f.code)
        lines = [f"**{f.code} {f.name}** ({f.family.value}, {f.severity.value})", ""]
        lines += [f.message, ""]
        if rule is not None and rule.why:
            lines += [f"**Why:** {rule.why}", ""]
        fix = rule.fix if rule is not None else None
        suggestion = f.suggestions[0].message if f.suggestions else None
        if suggestion or fix:
            lines += [f"**Fix:** {suggestion or fix}", ""]
        if f.code.startswith("CS"):
            lines.append(f"[{f.code} documentation]({DOCS_BASE}{f.code}.md)")
        return "\n".join(lines).strip()


def create_server() -> CsLintServer:
    """
    A language server with every feature registered.
    """
    server = CsLintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: CsLintServer, params: types.InitializeParams) -> None:
        ls.settings = Settings.read(params.initialization_options)

    @server.feature(types.INITIALIZED)
    def initialized(ls: CsLintServer, params: types.InitializedParams) -> None:
        caps = ls.client_capabilities
        watch = caps.workspace.did_change_watched_files if caps.workspace else None
        if watch is not None and watch.dynamic_registration:
            watchers = [
                types.FileSystemWatcher(glob_pattern=f"**/{name}")
                for name in (*_CONFIG_FILES, "*.toml")
            ]
            ls.client_register_capability(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id="cs-lint-config",
                            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=types.DidChangeWatchedFilesRegistrationOptions(
                                watchers=watchers
                            ),
                        )
                    ]
                )
            )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: CsLintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: CsLintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.settings.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: CsLintServer, params: types.DidSaveTextDocumentParams) -> None:
        if params.text_document.uri.endswith(".toml"):
            ls.forget_configuration()
            ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: CsLintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: CsLintServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.forget_configuration()
        ls.relint_all()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def configuration(
        ls: CsLintServer, params: types.DidChangeConfigurationParams
    ) -> None:
        ls.settings = Settings.read(params.settings, ls.settings)
        ls.relint_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL],
            resolve_provider=False,
        ),
    )
    def code_action(
        ls: CsLintServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        return ls.code_actions(params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: CsLintServer, params: types.HoverParams) -> types.Hover | None:
        return ls.hover(params)

    return server


def serve() -> None:
    """
    Run the language server on stdin and stdout until the client exits.
    """
    logging.basicConfig(level=logging.WARNING)
    create_server().start_io()
