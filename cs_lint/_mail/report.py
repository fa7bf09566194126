"""
Email drafts: find the zones of the reply part, lint the agent's own words
and decide ``pass``, ``warn`` or ``block`` under the email policy.

The linting itself is passed in (``lint``, a function from a parsed
`Document` to findings, and the `EmailPolicy`), so this layer never
imports the engine that sits above it; `Linter.check_email` passes its
own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from cs_lint._base.errors import InputError
from cs_lint._base.finding import SCHEMA_VERSION, Finding, Findings
from cs_lint._mail.decide import Decision, EmailPolicy, Verdict, decide
from cs_lint._mail.html import html_to_text
from cs_lint._mail.mime import read_message
from cs_lint._text.document import Document
from cs_lint._text.zones import AGENT_ZONES, Zone, detect_zones


if TYPE_CHECKING:
    from email.message import Message


#: How a report lints a parsed body: the linter's `lint_document`.
Lint = Callable[[Document], Sequence[Finding]]


@attrs.frozen
class EmailReport:
    """
    The result of checking one email draft.

    *text* is what was linted: the decoded text/plain part, or the text
    extracted from the HTML part; every finding indexes it exactly
    (``text[f.start:f.end] == f.excerpt``). *source* is the decoded part as
    it was sent (the HTML for an HTML mail, else *text* again), and
    ``source_spans[i]`` is the span of ``findings[i]`` in it: for HTML it
    covers the finding's words, tags and entities inside included.
    *zones* tile *text*; findings come from the agent's zones only.
    *actions* says what the policy made of each finding; *decision* is
    the outcome. *customer* is the customer message the conversation
    rules saw and *customer_source* where it came from (``given``,
    ``quote`` or None). *notes* explain anything unusual about the input
    (damaged structure, charset fallbacks, nothing of the agent's own).
    """

    text: str
    source: str
    is_html: bool
    zones: tuple[Zone, ...]
    findings: tuple[Finding, ...]
    source_spans: tuple[tuple[int, int], ...]
    actions: tuple[Verdict, ...]
    decision: Decision
    customer: str | None = None
    customer_source: str | None = None
    subject: str | None = None
    notes: tuple[str, ...] = ()
    source_line: int | None = None

    def file_position(self, finding: Finding) -> tuple[int, int] | None:
        """
        Return the 1-based (line, column) of *finding* (one of `findings`)
        in the file the message came from, when the reply part maps back
        to it (*source_line* is set: a plain 7bit/8bit part, or HTML
        through its source map); None when it does not (base64 or
        quoted-printable, repaired headers, a parsed ``Message``).
        """
        if self.source_line is None:
            return None
        start, _ = self.source_span(finding)
        line = self.source.count("\n", 0, start)
        column = start - (self.source.rfind("\n", 0, start) + 1) + 1
        return self.source_line + line, column

    @property
    def verdict(self) -> Verdict:
        """
        The decision's verdict: ``pass``, ``warn`` or ``block``.
        """
        return self.decision.verdict

    def source_span(self, finding: Finding) -> tuple[int, int]:
        """
        Return the span of *finding* (one of `findings`) in *source*.
        """
        return self.source_spans[self.findings.index(finding)]

    def to_dict(self) -> dict[str, Any]:
        """
        Return a JSON-serialisable dict (see docs/email.md for the shape).
        """
        findings = []
        for f, (src_start, src_end), action in zip(
            self.findings, self.source_spans, self.actions, strict=True
        ):
            item = f.to_dict()
            item["source_start"] = src_start
            item["source_end"] = src_end
            item["action"] = action.value
            at = self.file_position(f)
            if at is not None:
                item["file_line"], item["file_column"] = at
            findings.append(item)
        return {
            "version": SCHEMA_VERSION,
            "decision": self.decision.verdict.value,
            "content_type": "text/html" if self.is_html else "text/plain",
            "subject": self.subject,
            "zones": [z.to_dict() for z in self.zones],
            "findings": findings,
            "customer_source": self.customer_source,
            "notes": list(self.notes),
            "source_line": self.source_line,
        }


def check_body(
    lint: Lint,
    policy: EmailPolicy,
    source: str,
    *,
    is_html: bool,
    customer: str | None,
    subject: str | None = None,
    notes: Sequence[str] = (),
    max_chars: int = 0,
    source_line: int | None = 1,
) -> EmailReport:
    """
    Lint a decoded mail body (plain text or HTML) and decide.

    Raises:
        InputError: the body is longer than *max_chars* (0: no limit).
    """
    if max_chars and len(source) > max_chars:
        kind = "HTML" if is_html else "text"
        msg = (
            f"the {kind} body is {len(source):,} characters, over the max-chars "
            f"limit of {max_chars:,}; raise max-chars in the configuration to check it"
        )
        raise InputError(msg)
    if is_html:
        rendered = html_to_text(source)
        text, hints, source_map = rendered.text, rendered.hints, rendered.source_map
    else:
        text, hints, source_map = source, (), None
    zones = detect_zones(text, hints)
    doc = Document(text, customer=customer, zones=zones)
    found = lint(doc)
    findings = tuple(found)
    capped = found.note() if isinstance(found, Findings) else None
    if source_map is None:
        spans = tuple((f.start, f.end) for f in findings)
    else:
        spans = tuple(source_map.span(f.start, f.end) for f in findings)
    all_notes = list(notes)
    if capped:
        all_notes.append(capped)
    if not text.strip():
        all_notes.append("the message body is empty: nothing to check")
    elif not any(
        z.kind in AGENT_ZONES and text[z.start : z.end].strip() for z in zones
    ):
        kinds = ", ".join(dict.fromkeys(z.kind for z in zones))
        all_notes.append(f"no new text to check: the body holds only {kinds}")
    used = doc.customer or None
    return EmailReport(
        text=text,
        source=source,
        is_html=is_html,
        zones=zones,
        findings=findings,
        source_spans=spans,
        actions=tuple(policy.action(f) for f in findings),
        decision=decide(findings, policy),
        customer=used,
        customer_source=doc.customer_source,
        subject=subject,
        notes=tuple(all_notes),
        source_line=source_line,
    )


def check_message(
    lint: Lint,
    policy: EmailPolicy,
    data: bytes | str | Message,
    *,
    customer: str | None,
    max_bytes: int = 0,
    max_chars: int = 0,
) -> EmailReport:
    """
    Read a MIME message, lint its reply part and decide.

    Raises:
        InputError: the message is longer than *max_bytes* (0: no limit),
            or see `read_message` and `check_body`.
    """
    if (
        max_bytes
        and isinstance(data, (bytes, bytearray, str))
        and len(data) > max_bytes
    ):
        msg = (
            f"the message is {len(data):,} bytes, over the max-bytes limit of "
            f"{max_bytes:,}; raise max-bytes in the configuration to check it"
        )
        raise InputError(msg)
    body = read_message(data)
    return check_body(
        lint,
        policy,
        body.source,
        is_html=body.is_html,
        customer=customer,
        subject=body.subject,
        notes=body.notes,
        max_chars=max_chars,
        source_line=body.source_line,
    )
