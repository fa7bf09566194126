"""
SARIF 2.1.0 output, so findings show up in code-scanning tools (GitHub
code scanning, Azure DevOps, IDE SARIF viewers).

One run: `tool.driver.rules` describes every active rule; each finding is
a result with its rule id and index, level, message, a physical location
(the file, or the record id for a record of a data file, with a region in
Unicode code points), a partial fingerprint from `Finding.fingerprint` and
the suggestion's edits as fixes. Records that could not be read become
tool execution notifications. See docs/ci.md.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cs_lint._authoring.rule import Rule
from cs_lint._base.finding import Finding, Severity
from cs_lint._base.version import version
from cs_lint._text.compiled import compile_cached


SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#: The project's home page, and where its rule pages (docs/rules/CSxxx.md)
#: are published.
PROJECT_URL = "https://github.com/cs-lint/cs-lint"
DOCS_BASE = f"{PROJECT_URL}/blob/main/docs/rules/"
#: The key of `Finding.fingerprint` in ``partialFingerprints``.
FINGERPRINT_KEY = "csLintFingerprint/v1"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_PLACEHOLDER = compile_cached(r"\s*[:(]?\s*['\"]?\{[^}]*\}['\"]?\)?")


def _short(r: Rule) -> str:
    """
    The rule's message template without its placeholders, as a title.
    """
    text = _PLACEHOLDER.sub("", r.message).strip().rstrip(":,;- ")
    return text or r.name


def uri(location: str) -> str:
    """
    Return *location* (a path or a record id) as a URI reference: an
    absolute path becomes a ``file://`` URI, anything else a relative
    reference (code scanning resolves it against the repository root),
    with ``:`` escaped so that ``FILE:LINE`` ids are not read as a scheme.
    """
    if os.path.isabs(location):
        return Path(location).as_uri()
    return urllib.parse.quote(location.replace("\\", "/"), safe="/@!$&'()*+,;=-._~")


def rule_descriptor(r: Rule, *, docs_base: str = DOCS_BASE) -> dict[str, Any]:
    """
    Return the SARIF ``reportingDescriptor`` for rule *r*.
    """
    out: dict[str, Any] = {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": _short(r)},
        "fullDescription": {"text": r.why or _short(r)},
        "defaultConfiguration": {"level": _LEVEL[r.severity]},
        "properties": {
            "tags": [r.family.value, "cs-lint"],
            "family": r.family.value,
            "preview": r.preview,
            "source": r.source,
        },
    }
    if r.source.startswith("cs_lint"):
        out["helpUri"] = f"{docs_base}{r.code}.md"
    if r.doc:
        out["help"] = {"text": r.why or _short(r), "markdown": r.doc}
    return out


def _region(f: Finding) -> dict[str, Any]:
    return {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
        "charOffset": f.start,
        "charLength": f.end - f.start,
        "snippet": {"text": f.excerpt},
    }


def _fixes(f: Finding, artifact: dict[str, Any]) -> list[dict[str, Any]]:
    fixes = []
    for s in f.suggestions:
        if not s.edits:
            continue
        fixes.append(
            {
                "description": {"text": s.message},
                "artifactChanges": [
                    {
                        "artifactLocation": artifact,
                        "replacements": [
                            {
                                "deletedRegion": {
                                    "charOffset": e.start,
                                    "charLength": e.end - e.start,
                                },
                                "insertedContent": {"text": e.replacement},
                            }
                            for e in s.edits
                        ],
                    }
                ],
                "properties": {"applicability": s.applicability.value},
            }
        )
    return fixes


def sarif_log(
    results: Iterable[tuple[str, Sequence[Finding]]],
    rules: Sequence[Rule],
    *,
    errors: Iterable[tuple[str, str]] = (),
    docs_base: str = DOCS_BASE,
) -> dict[str, Any]:
    """
    Return a SARIF 2.1.0 log (a JSON-serialisable dict) for *results*.

    Args:
        results: ``(location, findings)`` pairs; *location* is a file path
            relative to the repository root, or a record id.
        rules: The rules that ran (``Linter.rules``), for `tool.driver.rules`.
        errors: ``(location, message)`` pairs for inputs that could not be
            linted; they make ``executionSuccessful`` false.
        docs_base: The URL the rule pages (``CSxxx.md``) live under.
    """
    descriptors = [rule_descriptor(r, docs_base=docs_base) for r in rules]
    index = {r.code: i for i, r in enumerate(rules)}
    out: list[dict[str, Any]] = []
    for location, findings in results:
        artifact = {"uri": uri(location)}
        for f in findings:
            if f.code not in index:
                index[f.code] = len(descriptors)
                descriptors.append(
                    {"id": f.code, "name": f.name, "shortDescription": {"text": f.name}}
                )
            result: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": artifact,
                            "region": _region(f),
                        }
                    }
                ],
                "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
                "properties": {
                    "name": f.name,
                    "family": f.family.value,
                    "confidence": f.confidence,
                    "zone": f.zone,
                },
            }
            fixes = _fixes(f, artifact)
            if fixes:
                result["fixes"] = fixes
            out.append(result)
    notifications = [
        {
            "level": "error",
            "message": {"text": message},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": uri(where)}}}
            ],
        }
        for where, message in errors
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "cs-lint",
                        "version": version(),
                        "informationUri": PROJECT_URL,
                        "rules": descriptors,
                    }
                },
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": out,
            }
        ],
    }
