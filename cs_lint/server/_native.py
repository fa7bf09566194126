"""
The native API, version 1: JSON in, `Finding.to_dict()` out.

Every field is checked before anything is linted, and a request with an
unknown field, a wrong type or a selector that names no rule gets a 4xx
with one line saying which field; the OpenAPI description (`_openapi`)
states the same rules, and a test holds the two together.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs
from starlette.responses import PlainTextResponse, Response

from cs_lint._base.errors import InputError, did_you_mean
from cs_lint._base.finding import SCHEMA_VERSION
from cs_lint._base.version import version
from cs_lint._context.conversation import Channel, Conversation
from cs_lint._mail.report import EmailReport
from cs_lint.server._http import JSON, is_json, media_type, read_body, read_json
from cs_lint.server._selection import Selection, codes
from cs_lint.server._service import NO_SELECTION, Problem, Service


if TYPE_CHECKING:
    from starlette.requests import Request


#: Media types `POST /v1/email` reads as a raw RFC 5322 message.
RAW_MESSAGE = ("message/rfc822", "application/octet-stream")

_SELECTION = ("select", "ignore", "preview")
_POLICY = ("block", "warn")
LINT_FIELDS = ("text", "customer", "conversation", *_SELECTION)
EMAIL_FIELDS = ("message", "body", "html", "customer", *_SELECTION, *_POLICY)
CONVERSATION_FIELDS = ("customer", "history", "channel")
CHANNELS = tuple(c.value for c in Channel)


def _object(data: Any, where: str, allowed: tuple[str, ...]) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise Problem(422, f"{where} must be a JSON object, not {_kind(data)}")
    for key in data:
        if key not in allowed:
            raise Problem(
                422, f"unknown field {key!r} in {where}; fields: {', '.join(allowed)}"
            )
    return data


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _string(data: Mapping[str, Any], key: str, *, nullable: bool = True) -> str | None:
    value = data.get(key)
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise Problem(422, f"{key!r} must be a string, not {_kind(value)}")
    return value


def _strings(
    data: Mapping[str, Any], key: str, known: frozenset[str]
) -> tuple[str, ...] | None:
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Problem(422, f"{key!r} must be an array of strings, not {_kind(value)}")
    return _known(key, tuple(value), known)


def _known(key: str, items: tuple[str, ...], known: frozenset[str]) -> tuple[str, ...]:
    for item in items:
        if item not in known:
            hint = did_you_mean(item, known)
            raise Problem(
                422,
                f"{key!r}: {item!r} is not a rule code, name, code prefix, "
                f"family or ALL{hint}",
            )
    return items


def _messages(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    if key not in data:
        return ()
    value = data[key]
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Problem(
            422, f"conversation {key!r} must be a string or an array of strings"
        )
    return tuple(value)


def _bool(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise Problem(422, f"{key!r} must be true or false, not {_kind(value)}")
    return value


def _selection(
    service: Service,
    data: Mapping[str, Any],
    base: Selection = NO_SELECTION,
) -> Selection:
    """
    The selection a JSON body gives, over *base* (the query's): a field
    the body has replaces the query's.
    """
    rules, policy = service.selectors, service.policy_selectors
    changes: dict[str, Any] = {}
    for key in ("select", "block", "warn"):
        value = _strings(data, key, policy if key != "select" else rules)
        if value is not None:
            changes[key] = value
    ignore = _strings(data, "ignore", rules)
    if ignore is not None:
        changes["ignore"] = ignore
    if "preview" in data:
        changes["preview"] = _bool(data, "preview")
    return attrs.evolve(base, **changes)


def _conversation(data: Any) -> Conversation | None:
    if data is None:
        return None
    fields = _object(data, "'conversation'", CONVERSATION_FIELDS)
    channel = _string(fields, "channel")
    if channel is not None and channel not in CHANNELS:
        raise Problem(
            422,
            f"'channel' must be one of {', '.join(CHANNELS)} or null, not {channel!r}",
        )
    return Conversation(
        customer=_messages(fields, "customer"),
        history=_messages(fields, "history"),
        channel=channel,
    )


async def lint(request: Request) -> Response:
    """
    ``POST /v1/lint``: ``{text, customer?, conversation?, select?, ignore?,
    preview?}`` -> ``{version, findings, omitted}`` (*omitted*: how many
    findings past the configuration's ``max-findings`` cap were left out).
    """
    service: Service = request.app.state.service
    data = _object(
        await read_json(request, service.settings.max_body),
        "the request body",
        LINT_FIELDS,
    )
    text = _string(data, "text", nullable=False)
    assert text is not None  # checked above; for the type checker
    customer = _string(data, "customer")
    conversation = _conversation(data.get("conversation"))
    if customer is not None and conversation is not None:
        raise Problem(422, "give 'customer' or 'conversation', not both")
    selection = _selection(service, data)
    _, findings = await service.run(
        lambda: service.lint_document(
            text, customer=customer, conversation=conversation, selection=selection
        )
    )
    return JSON(
        {
            "version": SCHEMA_VERSION,
            "findings": [f.to_dict() for f in findings],
            "omitted": getattr(findings, "omitted", 0),
        }
    )


def _query_selection(service: Service, request: Request) -> Selection:
    q = request.query_params
    allowed = (*_SELECTION, *_POLICY)
    for key in q:
        if key not in allowed:
            raise Problem(
                422,
                f"unknown query parameter {key!r}; parameters: {', '.join(allowed)}",
            )
    preview = q.get("preview", "false")
    if preview not in ("true", "false"):
        raise Problem(422, f"'preview' must be true or false, not {preview!r}")

    def listed(key: str, known: frozenset[str]) -> tuple[str, ...] | None:
        return _known(key, codes(q[key]), known) if key in q else None

    rules, policy = service.selectors, service.policy_selectors
    return Selection(
        select=listed("select", rules),
        ignore=listed("ignore", rules) or (),
        preview=preview == "true",
        block=listed("block", policy),
        warn=listed("warn", policy),
    )


def report_dict(report: EmailReport) -> dict[str, Any]:
    """
    The email report's JSON (docs/email.md) with the text the offsets
    index: *text* (what was linted), *source* (the decoded part, HTML for
    an HTML mail) and *customer* (the customer message the rules read).
    """
    return {
        **report.to_dict(),
        "text": report.text,
        "source": report.source,
        "customer": report.customer,
    }


async def email(request: Request) -> Response:
    """
    ``POST /v1/email``: a raw message (``message/rfc822`` or
    ``application/octet-stream``, options in the query) or JSON
    ``{message | body, html?, customer?, select?, ...}`` -> the email
    report with its decision.
    """
    service: Service = request.app.state.service
    limit = service.settings.max_body
    media = media_type(request)
    raw: bytes | None = None
    body: str | None = None
    html = False
    customer: str | None = None
    selection = _query_selection(service, request)
    if media in RAW_MESSAGE:
        raw = await read_body(request, limit)
    elif is_json(media):
        data = _object(
            await read_json(request, limit), "the request body", EMAIL_FIELDS
        )
        message = _string(data, "message")
        body = _string(data, "body")
        if (message is None) == (body is None):
            raise Problem(422, "give exactly one of 'message' and 'body'")
        html = _bool(data, "html")
        if message is not None and "html" in data:
            raise Problem(422, "'html' goes with 'body', not with 'message'")
        customer = _string(data, "customer")
        selection = _selection(service, data, selection)
        if message is not None:
            try:
                raw = message.encode("utf-8")
            except UnicodeEncodeError:
                raise Problem(422, "'message' holds an unpaired surrogate") from None
    else:
        raise Problem(
            415,
            f"expected application/json or a raw message ({', '.join(RAW_MESSAGE)}), "
            f"got {media}",
        )

    def check() -> EmailReport:
        try:
            return service.check_email(
                message=raw,
                body=body,
                html=html,
                customer=customer,
                selection=selection,
            )
        except InputError as exc:
            raise Problem(422, str(exc)) from None

    report = await service.run(check)
    return JSON(report_dict(report))


def rule_dict(service: Service, code: str) -> dict[str, Any]:
    r = next(r for r in service.rules if r.code == code)
    return {
        "code": r.code,
        "name": r.name,
        "family": r.family.value,
        "severity": r.severity.value,
        "preview": r.preview,
        "enabled": r in service.linter.rules,
        "message": r.message,
        "why": r.why,
        "source": r.source,
    }


async def rules(request: Request) -> Response:
    """
    ``GET /v1/rules``: every rule the server knows of, and whether its
    configuration runs it.
    """
    service: Service = request.app.state.service
    out = [rule_dict(service, r.code) for r in sorted(service.rules, key=_code)]
    return JSON({"version": SCHEMA_VERSION, "rules": out})


def _code(r: Any) -> str:
    return str(r.code)


def _find(service: Service, key: str) -> str:
    for r in service.rules:
        if key in (r.code, r.name) or key.upper() == r.code:
            return r.code
    raise Problem(404, f"no rule {key!r}")


async def rule(request: Request) -> Response:
    """
    ``GET /v1/rules/{code}``: one rule, with its documentation (Markdown).
    """
    from cs_lint._scale.gendocs import render_rule  # noqa: PLC0415

    service: Service = request.app.state.service
    code = _find(service, request.path_params["code"])
    r = next(r for r in service.rules if r.code == code)
    return JSON({**rule_dict(service, code), "doc": render_rule(r)})


async def rule_page(request: Request) -> Response:
    """
    ``GET /rules/{code}``: one rule's documentation as text, for the
    "more" link LanguageTool clients show next to a match.
    """
    from cs_lint._scale.gendocs import render_rule  # noqa: PLC0415

    service: Service = request.app.state.service
    code = _find(service, request.path_params["code"])
    r = next(r for r in service.rules if r.code == code)
    return PlainTextResponse(render_rule(r))


async def healthz(request: Request) -> Response:
    """
    ``GET /healthz``: the server is up and its linter is built.
    """
    service: Service = request.app.state.service
    return JSON(
        {
            "status": "ok",
            "version": version(),
            "rules": len(service.linter.rules),
        }
    )
