"""
The OpenAPI description served at ``/openapi.json``.

It is written out here rather than derived from the handlers, and it says
exactly what they accept: the same fields, the same types, the same
selectors (listed from the rules the server knows of), the same statuses.
tests/test_server_openapi.py sends generated requests, valid and invalid,
and checks each answer against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from cs_lint._base.finding import Applicability, Family, Severity
from cs_lint._base.version import version
from cs_lint._context.conversation import Channel
from cs_lint._text.zones import ZONE_KINDS


#: ``language`` values LanguageTool's clients send that the server reads.
LANGUAGE_PATTERN = (
    r"^\s*(?:[Aa][Uu][Tt][Oo]|[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\s*$"
)
JSON_TYPE = "application/json"
FORM = "application/x-www-form-urlencoded"


def selectors(codes: Iterable[str], names: Iterable[str]) -> list[str]:
    """
    Every selector a request may name: ``ALL``, a family, a rule code or
    name, or a prefix of a code.
    """
    codes = list(codes)
    out = {"ALL", *(f.value for f in Family), *codes, *names}
    out |= {c[:i] for c in codes for i in range(1, len(c))}
    return sorted(out)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _list_pattern(items: list[str]) -> str:
    one = "|".join(re.escape(s) for s in sorted(items, key=lambda s: (-len(s), s)))
    return rf"^\s*(?:(?:{one})\s*)?(?:,\s*(?:(?:{one})\s*)?)*$"


def _error_responses(*statuses: int) -> dict[str, Any]:
    reasons = {
        400: "Malformed: invalid JSON, or a body that is not UTF-8",
        404: "No such rule",
        413: "The body is over the server's limit (--max-body)",
        415: "An unsupported Content-Type",
        422: "Well-formed but invalid: an unknown field, a wrong type, a selector that names no rule, an unreadable message",
    }
    return {
        str(s): {
            "description": reasons[s],
            "content": {JSON_TYPE: {"schema": _ref("Error")}},
        }
        for s in statuses
    }


def _lt_errors(*statuses: int) -> dict[str, Any]:
    reasons = {
        400: "A missing or malformed parameter, or a body that is not UTF-8",
        413: "The body is over the server's limit (--max-body)",
        415: "An unsupported Content-Type",
    }
    return {
        str(s): {
            "description": reasons[s] + " (plain text, as LanguageTool answers)",
            "content": {"text/plain": {"schema": {"type": "string"}}},
        }
        for s in statuses
    }


def _schemas(rule_selectors: list[str], codes: list[str]) -> dict[str, Any]:
    selector = {"type": "string", "enum": rule_selectors}
    policy = {
        "type": "string",
        "enum": sorted({*rule_selectors, *(s.value for s in Severity)}),
    }
    messages = {
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    }
    integer = {"type": "integer", "minimum": 0}
    finding_props: dict[str, Any] = {
        "code": {"type": "string", "enum": codes},
        "name": {"type": "string"},
        "family": {"type": "string", "enum": [f.value for f in Family]},
        "severity": {"type": "string", "enum": [s.value for s in Severity]},
        "message": {"type": "string"},
        "start": {**integer, "description": "code points into the text"},
        "end": integer,
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1},
        "end_line": {"type": "integer", "minimum": 1},
        "end_column": {"type": "integer", "minimum": 1},
        "utf16_start": {**integer, "description": "UTF-16 code units, for JavaScript"},
        "utf16_end": integer,
        "excerpt": {"type": "string", "description": "text[start:end]"},
        "suggestions": {"type": "array", "items": _ref("Suggestion")},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "fingerprint": {"type": "string"},
        "zone": {"type": "string", "enum": list(ZONE_KINDS)},
    }
    email_finding_props = {
        **finding_props,
        "source_start": integer,
        "source_end": integer,
        "action": {"type": "string", "enum": ["pass", "warn", "block"]},
    }
    selection = {
        "select": {
            "type": "array",
            "items": selector,
            "description": "replaces the server's select (an empty list: every stable rule)",
        },
        "ignore": {
            "type": "array",
            "items": selector,
            "description": "added to the server's ignore",
        },
        "preview": {"type": "boolean", "description": "run preview rules too"},
    }
    nullable_string = {"type": ["string", "null"]}
    return {
        "Error": {
            "type": "object",
            "required": ["error"],
            "additionalProperties": False,
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["status", "message"],
                    "additionalProperties": False,
                    "properties": {
                        "status": {"type": "integer"},
                        "message": {"type": "string"},
                    },
                }
            },
        },
        "Suggestion": {
            "type": "object",
            "required": ["message", "edits", "applicability"],
            "additionalProperties": False,
            "properties": {
                "message": {"type": "string"},
                "edits": {
                    "type": "array",
                    "description": "[start, end, replacement], code points",
                    "items": {
                        "type": "array",
                        "prefixItems": [integer, integer, {"type": "string"}],
                        "minItems": 3,
                        "maxItems": 3,
                    },
                },
                "applicability": {
                    "type": "string",
                    "enum": [a.value for a in Applicability],
                },
            },
        },
        "Finding": {
            "type": "object",
            "required": list(finding_props),
            "additionalProperties": False,
            "properties": finding_props,
        },
        "Conversation": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "customer": {
                    **messages,
                    "description": "the customer's messages, oldest first",
                },
                "history": {
                    **messages,
                    "description": "the agent's earlier replies, oldest first",
                },
                "channel": {
                    "type": ["string", "null"],
                    "enum": [*(c.value for c in Channel), None],
                },
            },
        },
        "LintRequest": {
            "type": "object",
            "required": ["text"],
            "additionalProperties": False,
            "properties": {
                "text": {"type": "string", "description": "the reply"},
                "customer": {
                    **nullable_string,
                    "description": "the customer message it answers",
                },
                "conversation": {
                    "oneOf": [_ref("Conversation"), {"type": "null"}],
                },
                **selection,
            },
            "not": {
                "required": ["customer", "conversation"],
                "properties": {
                    "customer": {"type": "string"},
                    "conversation": {"type": "object"},
                },
            },
        },
        "LintResponse": {
            "type": "object",
            "required": ["version", "findings", "omitted"],
            "additionalProperties": False,
            "properties": {
                "version": {"type": "integer", "const": 1},
                "findings": {"type": "array", "items": _ref("Finding")},
                "omitted": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "findings past the max-findings cap, left out",
                },
            },
        },
        "EmailRequest": {
            "type": "object",
            "additionalProperties": False,
            "oneOf": [
                {"required": ["message"], "not": {"required": ["body"]}},
                {
                    "required": ["body"],
                    "not": {"required": ["message"]},
                },
            ],
            "dependentSchemas": {"message": {"not": {"required": ["html"]}}},
            "properties": {
                "message": {
                    "type": "string",
                    "description": "a whole RFC 5322 message, headers and all",
                },
                "body": {
                    "type": "string",
                    "description": "a bare body, as an editor holds it",
                },
                "html": {"type": "boolean", "description": "the body is HTML"},
                "customer": nullable_string,
                **selection,
                "block": {"type": "array", "items": policy},
                "warn": {"type": "array", "items": policy},
            },
        },
        "EmailReport": {
            "type": "object",
            "required": [
                "version",
                "decision",
                "content_type",
                "subject",
                "zones",
                "findings",
                "customer_source",
                "notes",
                "source_line",
                "text",
                "source",
                "customer",
            ],
            "additionalProperties": False,
            "properties": {
                "version": {"type": "integer", "const": 1},
                "decision": {"type": "string", "enum": ["pass", "warn", "block"]},
                "content_type": {"type": "string", "enum": ["text/plain", "text/html"]},
                "subject": nullable_string,
                "zones": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["kind", "start", "end"],
                        "additionalProperties": False,
                        "properties": {
                            "kind": {"type": "string", "enum": list(ZONE_KINDS)},
                            "start": integer,
                            "end": integer,
                        },
                    },
                },
                "findings": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": list(email_finding_props),
                        "additionalProperties": False,
                        "properties": {
                            **email_finding_props,
                            "file_line": {
                                **integer,
                                "description": "line of the finding in the message "
                                "file, when the reply part maps back to it",
                            },
                            "file_column": integer,
                        },
                    },
                },
                "customer_source": {
                    "type": ["string", "null"],
                    "enum": ["given", "quote", None],
                },
                "notes": {"type": "array", "items": {"type": "string"}},
                "source_line": {
                    "type": ["integer", "null"],
                    "description": "the file line the reply part starts on, or null "
                    "when it does not map back to the file (base64, quoted-printable)",
                },
                "text": {
                    "type": "string",
                    "description": "what was linted; start/end index it",
                },
                "source": {
                    "type": "string",
                    "description": "the decoded part; source_start/source_end index it",
                },
                "customer": {
                    **nullable_string,
                    "description": "the customer message the rules read",
                },
            },
        },
        "Rule": {
            "type": "object",
            "required": [
                "code",
                "name",
                "family",
                "severity",
                "preview",
                "enabled",
                "message",
                "why",
                "source",
            ],
            "additionalProperties": False,
            "properties": {
                "code": {"type": "string"},
                "name": {"type": "string"},
                "family": {"type": "string", "enum": [f.value for f in Family]},
                "severity": {"type": "string", "enum": [s.value for s in Severity]},
                "preview": {"type": "boolean"},
                "enabled": {
                    "type": "boolean",
                    "description": "the server's configuration runs it",
                },
                "message": {"type": "string"},
                "why": {"type": "string"},
                "source": {"type": "string"},
                "doc": {"type": "string", "description": "Markdown (one rule only)"},
            },
        },
        "LanguageToolCheck": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "the text to check"},
                "data": {
                    "type": "string",
                    "description": (
                        'annotated text as JSON: {"annotation": [{"text": "Hi "}, '
                        '{"markup": "<b>", "interpretAs": ""}, ...]}; markup is '
                        "not linted but counts in offsets"
                    ),
                },
                "language": {"type": "string", "pattern": LANGUAGE_PATTERN},
                "enabledRules": {
                    "type": "string",
                    "description": "comma-separated codes",
                },
                "disabledRules": {"type": "string"},
                "enabledCategories": {
                    "type": "string",
                    "description": "comma-separated families (OVER_PROMISING or over-promising)",
                },
                "disabledCategories": {"type": "string"},
                "enabledOnly": {
                    "type": "string",
                    "description": "'true': only the enabled rules and categories run; any other value: false",
                },
                "customer": {
                    "type": "string",
                    "description": "cs_lint's own: the customer message replied to",
                },
            },
            "required": ["language"],
        },
        "LanguageToolMatch": {
            "type": "object",
            "required": [
                "message",
                "shortMessage",
                "replacements",
                "offset",
                "length",
                "context",
                "sentence",
                "type",
                "rule",
            ],
            "properties": {
                "message": {"type": "string"},
                "shortMessage": {"type": "string"},
                "replacements": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["value"],
                        "properties": {"value": {"type": "string"}},
                    },
                },
                "offset": {**integer, "description": "UTF-16 code units"},
                "length": {**integer, "description": "UTF-16 code units"},
                "context": {
                    "type": "object",
                    "required": ["text", "offset", "length"],
                    "properties": {
                        "text": {"type": "string"},
                        "offset": integer,
                        "length": integer,
                    },
                },
                "sentence": {"type": "string"},
                "type": {
                    "type": "object",
                    "properties": {"typeName": {"type": "string"}},
                },
                "rule": {
                    "type": "object",
                    "required": ["id", "description", "issueType", "category"],
                    "properties": {
                        "id": {"type": "string", "description": "the cs_lint code"},
                        "description": {"type": "string"},
                        "issueType": {"type": "string"},
                        "urls": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"value": {"type": "string"}},
                            },
                        },
                        "category": {
                            "type": "object",
                            "required": ["id", "name"],
                            "properties": {
                                "id": {"type": "string", "description": "the family"},
                                "name": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
        "LanguageToolResponse": {
            "type": "object",
            "required": ["software", "language", "matches"],
            "properties": {
                "software": {
                    "type": "object",
                    "required": ["name", "version", "apiVersion"],
                    "properties": {
                        "name": {"type": "string"},
                        "version": {"type": "string"},
                        "apiVersion": {"type": "integer"},
                    },
                },
                "warnings": {"type": "object"},
                "language": {
                    "type": "object",
                    "required": ["name", "code", "detectedLanguage"],
                    "properties": {
                        "name": {"type": "string"},
                        "code": {"type": "string"},
                        "detectedLanguage": {"type": "object"},
                    },
                },
                "matches": {"type": "array", "items": _ref("LanguageToolMatch")},
                "sentenceRanges": {
                    "type": "array",
                    "items": {"type": "array", "items": integer},
                },
            },
        },
    }


def openapi(codes: list[str], names: list[str]) -> dict[str, Any]:
    """
    The OpenAPI 3.1 description of the server for rules with *codes* and
    *names*.
    """
    rule_selectors = selectors(codes, names)
    policy = sorted({*rule_selectors, *(s.value for s in Severity)})
    json_body = {JSON_TYPE: {"schema": _ref("LintRequest")}}
    query = [
        {
            "name": key,
            "in": "query",
            "required": False,
            "description": f"comma-separated; {what}",
            "schema": {"type": "string", "pattern": _list_pattern(items)},
        }
        for key, what, items in (
            ("select", "replaces the server's select", rule_selectors),
            ("ignore", "added to the server's ignore", rule_selectors),
            ("block", "what blocks (replaces the policy's list)", policy),
            ("warn", "what warns (replaces the policy's list)", policy),
        )
    ]
    query.append(
        {
            "name": "preview",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "enum": ["true", "false"]},
        }
    )
    lt_ok = {
        "200": {
            "description": "LanguageTool's answer, with cs_lint's findings as matches",
            "content": {JSON_TYPE: {"schema": _ref("LanguageToolResponse")}},
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "cs_lint server",
            "version": version(),
            "description": (
                "Lint customer-service replies over HTTP: the native API (v1) "
                "and LanguageTool's /v2/check. See docs/server.md."
            ),
        },
        "paths": {
            "/healthz": {
                "get": {
                    "summary": "The server is up and its linter built",
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                JSON_TYPE: {
                                    "schema": {
                                        "type": "object",
                                        "required": ["status", "version", "rules"],
                                        "additionalProperties": False,
                                        "properties": {
                                            "status": {"const": "ok"},
                                            "version": {"type": "string"},
                                            "rules": {"type": "integer"},
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/v1/lint": {
                "post": {
                    "summary": "Lint a reply",
                    "requestBody": {"required": True, "content": json_body},
                    "responses": {
                        "200": {
                            "description": "The findings, in text order",
                            "content": {JSON_TYPE: {"schema": _ref("LintResponse")}},
                        },
                        **_error_responses(400, 413, 415, 422),
                    },
                }
            },
            "/v1/email": {
                "post": {
                    "summary": "Check an email draft: pass, warn or block",
                    "description": (
                        "A raw message (message/rfc822 or application/octet-stream, "
                        "options in the query string) or JSON. Options in a JSON "
                        "body win over the query's."
                    ),
                    "parameters": query,
                    "requestBody": {
                        "required": True,
                        "content": {
                            JSON_TYPE: {"schema": _ref("EmailRequest")},
                            "message/rfc822": {
                                "schema": {"type": "string", "format": "binary"}
                            },
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            },
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The report and its decision",
                            "content": {JSON_TYPE: {"schema": _ref("EmailReport")}},
                        },
                        **_error_responses(400, 413, 415, 422),
                    },
                }
            },
            "/v1/rules": {
                "get": {
                    "summary": "Every rule the server knows of",
                    "responses": {
                        "200": {
                            "description": "The rules, in code order",
                            "content": {
                                JSON_TYPE: {
                                    "schema": {
                                        "type": "object",
                                        "required": ["version", "rules"],
                                        "properties": {
                                            "version": {"const": 1},
                                            "rules": {
                                                "type": "array",
                                                "items": _ref("Rule"),
                                            },
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/v1/rules/{code}": {
                "get": {
                    "summary": "One rule, with its documentation",
                    "parameters": [
                        {
                            "name": "code",
                            "in": "path",
                            "required": True,
                            "schema": {
                                "type": "string",
                                "enum": sorted({*codes, *names}),
                            },
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The rule",
                            "content": {JSON_TYPE: {"schema": _ref("Rule")}},
                        },
                        **_error_responses(404),
                    },
                }
            },
            "/v2/check": {
                "get": {
                    "summary": "LanguageTool's check (parameters in the query)",
                    "parameters": [
                        {
                            "name": key,
                            "in": "query",
                            "required": key == "language",
                            "schema": schema,
                        }
                        for key, schema in _schemas([], [])["LanguageToolCheck"][
                            "properties"
                        ].items()
                    ],
                    "responses": {**lt_ok, **_lt_errors(400)},
                },
                "post": {
                    "summary": "LanguageTool's check",
                    "requestBody": {
                        "required": True,
                        "content": {FORM: {"schema": _ref("LanguageToolCheck")}},
                    },
                    "responses": {**lt_ok, **_lt_errors(400, 413, 415)},
                },
            },
            "/v2/languages": {
                "get": {
                    "summary": "The languages checked (English)",
                    "responses": {
                        "200": {
                            "description": "LanguageTool's language list",
                            "content": {
                                JSON_TYPE: {
                                    "schema": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["name", "code", "longCode"],
                                            "properties": {
                                                "name": {"type": "string"},
                                                "code": {"type": "string"},
                                                "longCode": {"type": "string"},
                                            },
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
        },
        "components": {"schemas": _schemas(rule_selectors, sorted(codes))},
    }
