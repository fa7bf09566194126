"""
``cs-lint lsp`` end to end: a real LSP client (pytest-lsp) starts the
server over stdio, opens documents, and reads diagnostics, code actions
and hovers as an editor would.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest


pytest_lsp = pytest.importorskip("pytest_lsp", reason="pytest-lsp is not installed")
pytest.importorskip("pygls", reason="pygls (cs-lint[lsp]) is not installed")

from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402


pytestmark = pytest.mark.asyncio(loop_scope="function")

REPLY = "Hi Sam 👋\n\n😀 As I already told you, the refund was issued on Monday.\n"


@pytest_lsp.fixture(
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "cs_lint", "lsp", "--stdio"]
    ),
)
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    # An editor accepts the server's request to watch configuration files.
    registrations: list[types.Registration] = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        registrations.extend(params.registrations)

    lsp_client.registrations = registrations  # type: ignore[attr-defined]
    # Each test initializes the session with the capabilities it needs.
    yield
    if lsp_client.capabilities is not None:
        await lsp_client.shutdown_session()


async def _start(
    client: LanguageClient,
    root: Path,
    *,
    encodings: list[str] | None = None,
    options: dict[str, object] | None = None,
) -> types.InitializeResult:
    caps = pytest_lsp.client_capabilities("visual-studio-code")
    if encodings is not None:
        caps.general = types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind(e) for e in encodings]
        )
    return await client.initialize_session(
        types.InitializeParams(
            capabilities=caps,
            root_uri=root.as_uri(),
            initialization_options=options,
        )
    )


async def _open(
    client: LanguageClient, path: Path, text: str, language: str = "plaintext"
) -> list[types.Diagnostic]:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
        )
    )
    return await _diagnostics(client, uri, 1)


async def _diagnostics(
    client: LanguageClient, uri: str, version: int
) -> list[types.Diagnostic]:
    """
    Wait for the diagnostics of *version* of *uri*.
    """
    for _ in range(200):
        params = await asyncio.wait_for(
            client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 30
        )
        if params.uri == uri and params.version == version:
            return list(params.diagnostics)
    msg = f"no diagnostics for {uri} version {version}"
    raise AssertionError(msg)


def _change(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(
                uri=uri, version=version
            ),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def _apply(text: str, edits: list[types.TextEdit]) -> str:
    """
    Apply LSP edits (UTF-16 positions) to *text*, as an editor does.
    """
    lines = text.split("\n")

    def offset(pos: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[: pos.line])
        units = 0
        for i, ch in enumerate(lines[pos.line]):
            if units >= pos.character:
                return before + i
            units += 2 if ord(ch) > 0xFFFF else 1
        return before + len(lines[pos.line])

    spans = sorted(
        ((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits),
        reverse=True,
    )
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


async def test_accusatory_reply_diagnostics_fix_and_clear(
    client: LanguageClient, tmp_path: Path
) -> None:
    """
    The issue's end-to-end check: CS codes at UTF-16 ranges after an emoji,
    a code action carrying the suggestion's edit, and no diagnostics once
    the edit is applied.
    """
    result = await _start(client, tmp_path)
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
    path = tmp_path / "reply.txt"
    diagnostics = await _open(client, path, REPLY)
    assert [d.code for d in diagnostics] == ["CS103"]
    (d,) = diagnostics
    assert d.source == "cs-lint"
    assert d.severity == types.DiagnosticSeverity.Warning
    # "😀 " is two code points but three UTF-16 code units.
    assert d.range == types.Range(types.Position(2, 3), types.Position(2, 24))
    assert d.code_description is not None
    assert d.code_description.href.endswith("CS103.md")

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=d.range,
            context=types.CodeActionContext(diagnostics=[d]),
        )
    )
    assert actions is not None
    fixes = [a for a in actions if isinstance(a, types.CodeAction) and a.is_preferred]
    assert len(fixes) == 1
    fix = fixes[0]
    assert fix.kind == types.CodeActionKind.QuickFix
    assert "CS103" in fix.title
    assert fix.edit is not None
    assert fix.edit.changes is not None
    (edits,) = fix.edit.changes.values()
    # The suggestion's edit: code points 12..36 replaced with "T", in UTF-16.
    assert [(e.range, e.new_text) for e in edits] == [
        (types.Range(types.Position(2, 3), types.Position(2, 27)), "T")
    ]
    fixed = _apply(REPLY, list(edits))
    assert fixed == "Hi Sam 👋\n\n😀 The refund was issued on Monday.\n"

    _change(client, path.as_uri(), 2, fixed)
    assert await _diagnostics(client, path.as_uri(), 2) == []


async def test_unsafe_fix_is_labelled_and_not_preferred(
    client: LanguageClient, tmp_path: Path
) -> None:
    await _start(client, tmp_path)
    path = tmp_path / "reply.txt"
    text = "Hi Sam,\n\nI will try to fix the refund today.\n"
    diagnostics = await _open(client, path, text)
    (d,) = [d for d in diagnostics if d.code == "CS201"]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=d.range,
            context=types.CodeActionContext(
                diagnostics=[d], only=[types.CodeActionKind.QuickFix]
            ),
        )
    )
    assert actions
    (unsafe,) = [a for a in actions if "CS201" in a.title]
    assert isinstance(unsafe, types.CodeAction)
    assert not unsafe.is_preferred
    assert "unsafe" in unsafe.title


async def test_utf8_positions_when_the_client_offers_them(
    client: LanguageClient, tmp_path: Path
) -> None:
    result = await _start(client, tmp_path, encodings=["utf-8", "utf-16"])
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    (d,) = await _open(client, tmp_path / "reply.txt", REPLY)
    # "😀 " is five UTF-8 bytes.
    assert d.range.start == types.Position(2, 5)


async def test_utf32_positions_when_the_client_offers_them(
    client: LanguageClient, tmp_path: Path
) -> None:
    result = await _start(client, tmp_path, encodings=["utf-32"])
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf32
    (d,) = await _open(client, tmp_path / "reply.txt", REPLY)
    assert d.range.start == types.Position(2, 2)


YAML = """\
# Support macros
refund-late: As I already told you, refunds take a week.
shipping: |
  Hi there,

  As I already told you, it ships Monday. 😀
# cs-lint: ignore[CS103]
known: As I already told you, it ships Monday.
"""


async def test_macro_library_findings_at_their_place_in_the_file(
    client: LanguageClient, tmp_path: Path
) -> None:
    await _start(client, tmp_path)
    path = tmp_path / "macros.yaml"
    diagnostics = await _open(client, path, YAML, "yaml")
    # The suppressed macro ("known") reports nothing.
    assert [
        (d.code, d.range.start.line, d.range.start.character) for d in diagnostics
    ] == [
        ("CS103", 1, 13),
        ("CS103", 5, 2),
    ]
    assert "refund-late" in diagnostics[0].message

    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            position=types.Position(5, 5),
        )
    )
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    assert "CS103" in hover.contents.value
    assert "**Why:**" in hover.contents.value
    assert "**Fix:**" in hover.contents.value

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=diagnostics[1].range,
            context=types.CodeActionContext(diagnostics=[diagnostics[1]]),
        )
    )
    assert actions is not None
    titles = [a.title for a in actions]
    assert "Ignore CS103 for macro shipping" in titles
    (fix,) = [a for a in actions if isinstance(a, types.CodeAction) and a.is_preferred]
    assert fix.edit is not None
    assert fix.edit.changes is not None
    fixed = _apply(YAML, list(next(iter(fix.edit.changes.values()))))
    assert fixed == YAML.replace(
        "  As I already told you, it ships Monday.", "  It ships Monday."
    )
    fix_all = [a for a in actions if a.kind == "source.fixAll.cs-lint"]
    assert len(fix_all) == 1
    assert fix_all[0].edit is not None
    assert fix_all[0].edit.changes is not None
    everything = _apply(YAML, list(next(iter(fix_all[0].edit.changes.values()))))
    assert "refund-late: Refunds take a week." in everything
    assert "  It ships Monday. 😀" in everything
    assert "known: As I already told you" in everything  # suppressed: left alone


async def test_configuration_reloads_when_it_changes(
    client: LanguageClient, tmp_path: Path
) -> None:
    await _start(client, tmp_path)
    path = tmp_path / "reply.txt"
    assert [d.code for d in await _open(client, path, REPLY)] == ["CS103"]
    # The server asked the editor to watch configuration files.
    watched = [
        w["globPattern"]
        for r in client.registrations  # type: ignore[attr-defined]
        if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        for w in r.register_options["watchers"]
    ]
    assert "**/cs-lint.toml" in watched
    config = tmp_path / "cs-lint.toml"
    config.write_text('ignore = ["CS103"]\n', encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(config.as_uri(), types.FileChangeType.Created)]
        )
    )
    _change(client, path.as_uri(), 2, REPLY + "\n")
    assert await _diagnostics(client, path.as_uri(), 2) == []
    # A client that does not watch files: the modification time is checked.
    config.write_text('select = ["CS1"]\nignore = ["CS101"]\n', encoding="utf-8")
    _change(client, path.as_uri(), 3, REPLY)
    assert [d.code for d in await _diagnostics(client, path.as_uri(), 3)] == ["CS103"]
    config.write_text("select = [\n", encoding="utf-8")
    _change(client, path.as_uri(), 4, REPLY)
    (broken,) = await _diagnostics(client, path.as_uri(), 4)
    assert "configuration" in broken.message
    assert broken.severity == types.DiagnosticSeverity.Error
    for _ in range(50):  # and one message to the user, not a crash
        if client.messages:
            break
        await asyncio.sleep(0.1)
    assert [m.type for m in client.messages] == [types.MessageType.Error]
    assert "cs-lint.toml" in client.messages[0].message


async def test_fast_typing_publishes_the_latest_version(
    client: LanguageClient, tmp_path: Path
) -> None:
    await _start(client, tmp_path, options={"debounce": 300})
    path = tmp_path / "reply.txt"
    await _open(client, path, "Hi Sam,\n\nThanks for waiting.\n")
    text = "Hi Sam,\n\nThanks for waiting."
    for version in range(2, 12):
        text += " As I already told you, it ships Monday." if version == 11 else " "
        _change(client, path.as_uri(), version, text)
    diagnostics = await _diagnostics(client, path.as_uri(), 11)
    assert [d.code for d in diagnostics] == ["CS103"]


MARKDOWN = """\
# Refunds

<!-- cs-lint: ignore CS103 -->
As I already told you, refunds take a week.

As I already told you, refunds take a week.

<!-- cs-lint: ignore CS1O3 -->
Thanks for waiting.
"""


async def test_markdown_suppression_and_unknown_codes(
    client: LanguageClient, tmp_path: Path
) -> None:
    await _start(client, tmp_path)
    diagnostics = await _open(client, tmp_path / "refunds.md", MARKDOWN, "markdown")
    found = [(d.code, d.range.start.line) for d in diagnostics]
    assert ("CS103", 5) in found
    assert ("CS103", 3) not in found
    (unknown,) = [d for d in diagnostics if d.code is None]
    assert "did you mean 'CS103'" in unknown.message
    assert unknown.range.start.line == 7


async def test_closing_a_document_clears_its_diagnostics(
    client: LanguageClient, tmp_path: Path
) -> None:
    await _start(client, tmp_path)
    path = tmp_path / "reply.txt"
    assert await _open(client, path, REPLY)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(path.as_uri()))
    )
    for _ in range(20):
        params = await asyncio.wait_for(
            client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 30
        )
        if params.uri == path.as_uri():
            assert list(params.diagnostics) == []
            break
    else:
        pytest.fail("no diagnostics were published after the document closed")


EMAIL = (
    "From: Jordan <jordan@example.com>\n"
    "To: Sam <sam@example.com>\n"
    "Subject: Re: refund\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "\n"
    "Hi Sam,\n"
    "\n"
    "😀 As I already told you, the refund was issued on Monday.\n"
    "\n"
    "> On Monday, Sam wrote:\n"
    "> As I already told you, I want my money.\n"
)


async def test_email_findings_in_the_raw_message(
    client: LanguageClient, tmp_path: Path
) -> None:
    await _start(client, tmp_path)
    diagnostics = await _open(client, tmp_path / "draft.eml", EMAIL, "email")
    # The quoted customer message is not the agent's text: one finding in
    # the agent's words (CS103). It is read as the customer instead: upset
    # ("As I already told you"), so CS401 (on by default since issue 14,
    # round 4) asks for an acknowledgement at the start of the body.
    assert [(d.code, d.range.start) for d in diagnostics] == [
        ("CS401", types.Position(7, 0)),
        ("CS103", types.Position(7, 3)),
    ]
