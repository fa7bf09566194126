"""
The client side of ``cs-lint server`` for pre-send hooks and
``cs-lint email --server``: check a draft through a running server (no
start-up cost: the server's linter is already built) and, when no server
answers, lint it in-process, saying which path was taken.

Only the standard library speaks HTTP here, so a hook needs nothing but
cs_lint itself. A server that cannot be reached, times out, is not a
cs_lint server, fails (5xx) or finds the draft over its size limit means
"lint in-process"; a server that finds the request itself wrong (an
unknown selector, an unreadable message) is believed, and its one-line
error raised as `InputError`, as linting in-process would have.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from cs_lint._base.errors import InputError
from cs_lint._base.finding import Finding
from cs_lint._engine.config import Config, find_config, load_config
from cs_lint._mail.decide import Decision, Verdict
from cs_lint._mail.report import EmailReport
from cs_lint._text.zones import Zone
from cs_lint.server._selection import Selection


if TYPE_CHECKING:
    from cs_lint._engine.linter import Linter


#: The environment variable naming the server when none is passed.
SERVER_ENV = "CS_LINT_SERVER"
#: The environment variable with the seconds to wait for it (default 5).
TIMEOUT_ENV = "CS_LINT_SERVER_TIMEOUT"
DEFAULT_TIMEOUT = 5.0


class _Unavailable(Exception):
    """
    The server cannot do this check; the message says why.
    """


@attrs.frozen
class Checked:
    """
    A checked draft and how it was checked.

    *report* is the `EmailReport`, the same either way. *server* is the
    server that was asked (None when none was); *used_server* says
    whether it answered; *reason* says why it was not used.
    """

    report: EmailReport
    server: str | None = None
    used_server: bool = False
    reason: str | None = None

    def describe(self) -> str:
        """
        One line for a hook to print: which path was taken, and why.
        """
        if self.used_server:
            return f"checked by the cs-lint server at {self.server}"
        if self.server:
            return f"cs-lint server at {self.server} not used ({self.reason}); checked in-process"
        return "checked in-process (no server given)"


def check_email(
    message: bytes | str,
    *,
    server: str | None = None,
    body: str | None = None,
    customer: str | None = None,
    config: Config | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    preview: bool = False,
    block: Sequence[str] | None = None,
    warn: Sequence[str] | None = None,
    timeout: float | None = None,
) -> Checked:
    """
    Check an email draft through a cs-lint server, or in-process when
    none answers.

    Args:
        message: The raw RFC 5322 message, or with *body* the bare body.
        server: The server's base URL (``http://127.0.0.1:8081``); default
            ``$CS_LINT_SERVER``; with neither, the draft is linted
            in-process.
        body: ``"text"`` or ``"html"`` when *message* is a bare body.
        customer: The customer message replied to (default: the quote).
        config: The configuration for linting in-process (default: the
            nearest config file). A server uses its own configuration.
        select, ignore, preview, block, warn: Rule selection and email
            policy on top of the configuration, sent to the server or
            applied in-process (the same as the ``cs-lint email`` options).
        timeout: Seconds to wait for the server (default
            ``$CS_LINT_SERVER_TIMEOUT`` or 5).

    Raises:
        InputError: the draft cannot be read, or a selector names no rule
            (from the server or in-process alike).
        ConfigError: the configuration for in-process linting is invalid.
    """
    if body not in (None, "text", "html"):
        msg = f"body must be None, 'text' or 'html', not {body!r}"
        raise ValueError(msg)
    url = server if server is not None else os.environ.get(SERVER_ENV, "")
    url = url.strip()
    options = Selection(
        select=tuple(select) if select is not None else None,
        ignore=tuple(ignore or ()),
        preview=preview,
        block=tuple(block) if block is not None else None,
        warn=tuple(warn) if warn is not None else None,
    )
    if url:
        try:
            report = _remote(
                url,
                message,
                body=body,
                customer=customer,
                options=options,
                timeout=_timeout(timeout),
            )
        except _Unavailable as exc:
            reason = str(exc)
        else:
            return Checked(report, server=url, used_server=True)
    else:
        reason = None
    report = _local(message, body, customer, options, config)
    return Checked(report, server=url or None, used_server=False, reason=reason)


def _query(selection: Selection) -> str:
    pairs = [
        (k, "true" if v is True else ",".join(v)) for k, v in selection.fields().items()
    ]
    return urllib.parse.urlencode(pairs)


def _timeout(given: float | None) -> float:
    if given is not None:
        return given
    try:
        return float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def _local(
    message: bytes | str,
    body: str | None,
    customer: str | None,
    options: Selection,
    config: Config | None,
) -> EmailReport:
    if config is None:
        found = find_config()
        config = load_config(found) if found else Config()
    linter: Linter = _linter(options.apply(config))
    if body is not None:
        text = message if isinstance(message, str) else _utf8(message)
        return linter.check_email_body(text, html=body == "html", customer=customer)
    return linter.check_email(message, customer=customer)


def _linter(config: Config) -> Linter:
    from cs_lint._engine.linter import Linter  # noqa: PLC0415 - builds the rules

    return Linter(config)


def _utf8(data: bytes) -> str:
    from cs_lint._base.errors import decode_utf8  # noqa: PLC0415

    return decode_utf8(data, "the body")


def _remote(
    url: str,
    message: bytes | str,
    *,
    body: str | None,
    customer: str | None,
    options: Selection,
    timeout: float,
) -> EmailReport:
    if body is not None:
        text = message if isinstance(message, str) else _utf8(message)
        payload = {"body": text, "html": body == "html", **options.fields()}
        if customer is not None:
            payload["customer"] = customer
        return _post(url, "/v1/email", _json(payload), "application/json", timeout)
    raw = message.encode("utf-8") if isinstance(message, str) else message
    if customer is None:
        query = _query(options)
        path = "/v1/email" + (f"?{query}" if query else "")
        return _post(url, path, raw, "message/rfc822", timeout)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        msg = "a customer message goes to the server only with a UTF-8 draft"
        raise _Unavailable(msg) from None
    payload = {"message": text, "customer": customer, **options.fields()}
    return _post(url, "/v1/email", _json(payload), "application/json", timeout)


def _json(payload: dict[str, Any]) -> bytes:
    # ASCII escapes carry any str, unpaired surrogates included.
    return json.dumps(payload).encode("ascii")


def _post(url: str, path: str, data: bytes, media: str, timeout: float) -> EmailReport:
    import urllib.error  # noqa: PLC0415 - only hooks that ask for a server pay
    import urllib.request  # noqa: PLC0415

    target = url.rstrip("/") + path
    if urllib.parse.urlsplit(target).scheme not in ("http", "https"):
        msg = f"not an http:// or https:// URL: {url!r}"
        raise _Unavailable(msg)
    request = urllib.request.Request(
        target, data=data, method="POST", headers={"Content-Type": media}
    )
    # Drafts go straight to the server named, never through a proxy.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=timeout) as response:
            answer = response.read()
    except urllib.error.HTTPError as exc:
        detail = _error_message(exc.read())
        if exc.code in (400, 422) and detail is not None:
            msg = f"{detail} (said the cs-lint server at {url})"
            raise InputError(msg) from None
        if exc.code == 413:
            msg = "the draft is over the server's size limit"
            raise _Unavailable(msg) from None
        msg = f"it answered HTTP {exc.code}"
        raise _Unavailable(msg) from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        msg = f"unreachable: {reason}"
        raise _Unavailable(msg) from None
    try:
        return report_from_dict(json.loads(answer))
    except (ValueError, KeyError, TypeError, AttributeError):
        msg = "it did not answer with a cs-lint email report"
        raise _Unavailable(msg) from None


def _error_message(data: bytes) -> str | None:
    try:
        parsed = json.loads(data)
        message = parsed["error"]["message"]
    except (ValueError, KeyError, TypeError):
        return None
    return message if isinstance(message, str) else None


def report_from_dict(data: dict[str, Any]) -> EmailReport:
    """
    Rebuild an `EmailReport` from the JSON of ``POST /v1/email``.

    Raises:
        KeyError, ValueError, TypeError: *data* is not such a report.
    """
    findings: list[Finding] = []
    spans: list[tuple[int, int]] = []
    actions: list[Verdict] = []
    for item in data["findings"]:
        fields = dict(item)
        spans.append((int(fields.pop("source_start")), int(fields.pop("source_end"))))
        actions.append(Verdict(fields.pop("action")))
        # File coordinates are derived from the report's source_line.
        fields.pop("file_line", None)
        fields.pop("file_column", None)
        findings.append(Finding.from_dict(fields))
    verdict = Verdict(data["decision"])
    deciding = (
        ()
        if verdict is Verdict.PASS
        else tuple(f for f, a in zip(findings, actions, strict=True) if a is verdict)
    )
    return EmailReport(
        text=str(data["text"]),
        source=str(data["source"]),
        is_html=data["content_type"] == "text/html",
        zones=tuple(
            Zone(z["kind"], int(z["start"]), int(z["end"])) for z in data["zones"]
        ),
        findings=tuple(findings),
        source_spans=tuple(spans),
        actions=tuple(actions),
        decision=Decision(verdict, deciding),
        customer=data.get("customer"),
        customer_source=data.get("customer_source"),
        subject=data.get("subject"),
        notes=tuple(str(n) for n in data.get("notes", ())),
        source_line=_optional_int(data.get("source_line")),
    )


def _optional_int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an integer or null, got {value!r}"
        raise TypeError(msg)
    return value
