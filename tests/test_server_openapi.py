"""
``/openapi.json`` says what the server really accepts and answers:
schemathesis (from PyPI) generates requests from it, valid ones and ones
that break it, sends them to a live server and checks every answer: no
5xx, only documented statuses and content types, bodies that match the
response schemas, schema-breaking requests refused and schema-valid ones
accepted.

Two fields carry a format inside a string that a schema can only describe
in words (``message``, a whole RFC 5322 mail, on /v1/email; ``data``,
annotated text as JSON, on /v2/check); for those operations a
well-typed but unreadable value may be refused (documented 422 / 400), so
"schema-valid requests are accepted" is not checked there. Every other
check runs on every operation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings


pytest.importorskip("starlette", reason="needs the server extra")
pytest.importorskip("uvicorn", reason="needs the server extra")
schemathesis = pytest.importorskip(
    "schemathesis", reason="needs schemathesis (dev extra)"
)
httpx = pytest.importorskip("httpx", reason="needs httpx (dev extra)")

from schemathesis import GenerationMode  # noqa: E402

from cs_lint.server._app import create_app, serving  # noqa: E402
from cs_lint.server._service import Settings  # noqa: E402


OPERATIONS = [
    ("/healthz", "GET"),
    ("/v1/lint", "POST"),
    ("/v1/email", "POST"),
    ("/v1/rules", "GET"),
    ("/v1/rules/{code}", "GET"),
    ("/v2/check", "GET"),
    ("/v2/check", "POST"),
    ("/v2/languages", "GET"),
]
NO_INPUT = {"/healthz", "/v1/rules", "/v2/languages"}
INNER_FORMAT = {"/v1/email", "/v2/check"}
# Requests that break the description, for every operation that has input.
CASES = [
    pytest.param(path, method, mode, id=f"{method} {path} {mode.value}")
    for path, method in OPERATIONS
    for mode in GenerationMode
    if not (mode is GenerationMode.NEGATIVE and path in NO_INPUT)
]


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serving(create_app(Settings(max_body=20_000))) as base:
        yield base


@pytest.fixture(scope="module")
def api(url: str) -> Any:
    return schemathesis.openapi.from_url(f"{url}/openapi.json")


@pytest.mark.parametrize(("path", "method", "mode"), CASES)
def test_server_keeps_to_its_openapi_description(
    api: Any, url: str, path: str, method: str, mode: GenerationMode
) -> None:
    excluded = (
        [schemathesis.checks.positive_data_acceptance] if path in INNER_FORMAT else []
    )

    @given(case=api[path][method].as_strategy(generation_mode=mode))
    @settings(
        max_examples=50,
        deadline=None,
        database=None,
        derandomize=True,  # the same requests on every CI run
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any) -> None:
        case.call_and_validate(base_url=url, excluded_checks=excluded)

    check()
    # ... and the server still serves.
    assert httpx.get(f"{url}/healthz").status_code == 200


def test_description_lists_every_api_route(url: str) -> None:
    document = httpx.get(f"{url}/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    documented = {
        (path, method.upper())
        for path, item in document["paths"].items()
        for method in item
    }
    assert documented == set(OPERATIONS)
    app = create_app()
    routes = {
        (route.path, method)
        for route in app.routes
        for method in getattr(route, "methods", None) or ()
        if method != "HEAD"
    }
    # The page, its assets, the rule pages and the description itself are
    # not API operations.
    pages = {("/", "GET"), ("/openapi.json", "GET"), ("/rules/{code}", "GET")}
    assert routes - pages == set(OPERATIONS)


def test_selectors_are_listed_from_the_rules(url: str) -> None:
    document = httpx.get(f"{url}/openapi.json").json()
    schema = document["components"]["schemas"]["LintRequest"]["properties"]
    selectors = set(schema["select"]["items"]["enum"])
    assert {"ALL", "accusatory", "CS1", "CS10", "CS103", "as-already-told"} <= selectors
    assert "CS1O" not in selectors
    rejected = httpx.post(f"{url}/v1/lint", json={"text": "x", "select": ["CS1O"]})
    assert rejected.status_code == 422
