"""
Language-server latency on a large macro library.

    python benchmarks/lsp.py [--macros 2000] [--edits 30] [--corpora ../shared/corpora] [--json]

Writes a YAML library of N macros (TWCS agent replies, three per macro,
when the corpora are there; else the rules' own examples), starts
``cs-lint lsp`` as an editor would (a pygls client over stdio, debounce
off), and times, from the client's side:

- open: ``didOpen`` to the first ``publishDiagnostics`` (every macro
  linted);
- edit: an incremental ``didChange`` inside one macro to the diagnostics
  of that version (the other macros come from the server's cache);
- code action and hover on a diagnostic.

Also times ``lint_source`` on the whole file in this process, for scale.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


HERE = Path(__file__).resolve().parent
DEFAULT_CORPORA = HERE.parent.parent / "shared" / "corpora"


def replies(corpora: Path, count: int) -> tuple[list[str], str]:
    path = corpora / "twcs" / "data.jsonl"
    if path.is_file():
        out = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                out.append(json.loads(line)["text"])
                if len(out) >= count * 3:
                    break
        # Three replies a macro, cycling through the file if it is short.
        return [
            " ".join(out[(i * 3 + k) % len(out)] for k in range(3))
            for i in range(count)
        ], "TWCS"
    import cs_lint

    texts = [e.text for r in cs_lint.Linter().rules for e in (*r.bad, *r.good)]
    texts = [t for t in texts if "\n" not in t]
    return [
        " ".join(texts[(i * 3 + k) % len(texts)] for k in range(3))
        for i in range(count)
    ], "rule examples"


def library(texts: list[str]) -> str:
    lines = ["# Macro library (benchmark)"]
    for i, text in enumerate(texts):
        lines.append(f"macro-{i:05d}: |")
        lines.extend("  " + part for part in text.replace("\r", "").split("\n"))
    return "\n".join(lines) + "\n"


async def measure(path: Path, text: str, edits: int) -> dict[str, Any]:
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("cs-lint-bench", "1")
    waiting: dict[int, asyncio.Future[types.PublishDiagnosticsParams]] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params: types.PublishDiagnosticsParams) -> None:
        future = waiting.pop(params.version or 0, None)
        if future is not None and not future.done():
            future.set_result(params)

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        return None

    await client.start_io(sys.executable, "-m", "cs_lint", "lsp")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=path.parent.as_uri(),
            initialization_options={"debounce": 0},
        )
    )
    client.initialized(types.InitializedParams())
    uri = path.as_uri()
    loop = asyncio.get_running_loop()

    async def until(version: int) -> tuple[float, types.PublishDiagnosticsParams]:
        started = time.perf_counter()
        waiting[version] = loop.create_future()
        return started, await asyncio.wait_for(waiting[version], 600)

    waiting[1] = loop.create_future()
    started = time.perf_counter()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)
        )
    )
    first = await asyncio.wait_for(waiting[1], 600)
    open_s = time.perf_counter() - started
    lines = text.split("\n")
    body_lines = [i for i, line in enumerate(lines) if line.startswith("  ")]
    edit_s = []
    for n in range(edits):
        line = body_lines[(n * 7919) % len(body_lines)]
        version = n + 2
        waiting[version] = loop.create_future()
        started = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=uri, version=version
                ),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(
                            types.Position(line, 2), types.Position(line, 2)
                        ),
                        text="As I already told you, ",
                    )
                ],
            )
        )
        await asyncio.wait_for(waiting[version], 600)
        edit_s.append(time.perf_counter() - started)
    action_s, hover_s = [], []
    for d in list(first.diagnostics)[:20]:
        started = time.perf_counter()
        await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=d.range,
                context=types.CodeActionContext(
                    diagnostics=[d], only=[types.CodeActionKind.QuickFix]
                ),
            )
        )
        action_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        await client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                position=d.range.start,
            )
        )
        hover_s.append(time.perf_counter() - started)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {
        "diagnostics": len(first.diagnostics),
        "open_s": open_s,
        "edit_median_ms": statistics.median(edit_s) * 1000,
        "edit_p95_ms": sorted(edit_s)[int(len(edit_s) * 0.95) - 1] * 1000,
        "code_action_median_ms": statistics.median(action_s) * 1000
        if action_s
        else None,
        "hover_median_ms": statistics.median(hover_s) * 1000 if hover_s else None,
    }


def in_process(text: str) -> dict[str, float]:
    import cs_lint
    from cs_lint._scale.source import lint_source

    linter = cs_lint.Linter()
    started = time.perf_counter()
    result = lint_source(linter, text, "yaml", path="macros.yaml")
    lint_s = time.perf_counter() - started
    from cs_lint._scale.audit import Columns, read_library

    started = time.perf_counter()
    read_library(text, "macros.yaml", ".yaml", Columns())
    read_s = time.perf_counter() - started
    return {
        "lint_source_s": lint_s,
        "read_library_s": read_s,
        "findings": len(result.placed),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--macros", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts, origin = replies(args.corpora, args.macros)
    texts = texts[: args.macros]
    text = library(texts)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "macros.yaml"
        path.write_text(text, encoding="utf-8")
        results: dict[str, Any] = {
            "macros": len(texts),
            "from": origin,
            "bytes": len(text.encode()),
            **in_process(text),
            **asyncio.run(measure(path, text, args.edits)),
        }
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            print(
                f"{key:>24}: {value:.3f}"
                if isinstance(value, float)
                else f"{key:>24}: {value}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
