"""
The native API (v1) of ``cs-lint server``, over real HTTP to a uvicorn
server on a free loopback port: exact spans, the selection and email
options, and bad input answered with a 4xx JSON error while the server
goes on serving.
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


pytest.importorskip("starlette", reason="needs the server extra")
pytest.importorskip("uvicorn", reason="needs the server extra")
httpx = pytest.importorskip("httpx", reason="needs httpx (dev extra)")

import cs_lint  # noqa: E402
from cs_lint.server._app import create_app, serving  # noqa: E402
from cs_lint.server._service import Settings  # noqa: E402


HOOKS = Path(__file__).resolve().parent.parent / "examples" / "hooks"
PREVIEW_PACK = Path(__file__).resolve().parent / "fixtures" / "packs" / "preview.toml"
REPLY = (
    "Hi Sam,\n\nAs I already told you, the refund went out on Monday. 🙂 "
    "Obviously you should have read the FAQ.\n\nBest,\nAmy"
)


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    # A team pack with a rule in preview (ACME901) for the preview switch.
    config = cs_lint.Config(packs=[PREVIEW_PACK])
    with serving(create_app(Settings(config=config, max_body=50_000))) as base:
        yield base


@pytest.fixture(scope="module")
def client(url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, timeout=30) as c:
        yield c


def assert_error(response: httpx.Response, status: int, words: str) -> None:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["error"]["status"] == status
    assert words in body["error"]["message"]


def test_lint_returns_the_library_findings_with_exact_spans(
    client: httpx.Client,
) -> None:
    response = client.post("/v1/lint", json={"text": REPLY})
    assert response.status_code == 200
    body = response.json()
    assert body["version"] == cs_lint.SCHEMA_VERSION
    expected = [f.to_dict() for f in cs_lint.Linter().lint(REPLY)]
    assert body["findings"] == expected
    assert {f["code"] for f in body["findings"]} >= {"CS103", "CS105", "CS102"}
    units = REPLY.encode("utf-16-le")
    for f in body["findings"]:
        assert REPLY[f["start"] : f["end"]] == f["excerpt"]
        # The UTF-16 span (after the emoji) holds the same excerpt.
        piece = units[2 * f["utf16_start"] : 2 * f["utf16_end"]]
        assert piece.decode("utf-16-le") == f["excerpt"]
        for s in f["suggestions"]:
            edits = [cs_lint.Edit(*e) for e in s["edits"]]
            cs_lint.apply_edits(REPLY, edits)  # every edit lies in the text


def test_emoji_shifts_utf16_but_not_code_point_offsets(client: httpx.Client) -> None:
    text = "👍🏽 As I already told you, it ships Monday."
    [f] = client.post("/v1/lint", json={"text": text}).json()["findings"]
    assert (f["code"], f["start"], f["end"]) == ("CS103", 3, 24)
    assert (f["utf16_start"], f["utf16_end"]) == (5, 26)


def test_customer_and_conversation_reach_the_rules(client: httpx.Client) -> None:
    reply = "Thank you for your feedback. Have a great day!"
    customer = "I'm still waiting for the refund you promised last week."
    alone = client.post("/v1/lint", json={"text": reply}).json()["findings"]
    with_customer = client.post(
        "/v1/lint", json={"text": reply, "customer": customer}
    ).json()["findings"]
    conversation = client.post(
        "/v1/lint",
        json={
            "text": reply,
            "conversation": {"customer": [customer], "channel": "chat"},
        },
    ).json()["findings"]
    expected = cs_lint.Linter().lint(reply, customer=customer)
    assert "CS803" not in [f["code"] for f in alone]
    assert "CS803" in [f["code"] for f in with_customer]
    assert with_customer == [f.to_dict() for f in expected]
    assert [f["code"] for f in conversation] == [f["code"] for f in with_customer]


def test_select_ignore_and_preview(client: httpx.Client) -> None:
    def codes(**options: object) -> list[str]:
        response = client.post("/v1/lint", json={"text": REPLY, **options})
        assert response.status_code == 200, response.text
        return [f["code"] for f in response.json()["findings"]]

    everything = codes()
    assert codes(select=["CS103"]) == ["CS103"]
    assert "CS103" not in codes(ignore=["as-already-told"])
    assert set(codes(select=["accusatory"])) == {
        c for c in everything if c.startswith("CS1")
    }
    text = "Kindly revert with your order number."
    plain = client.post("/v1/lint", json={"text": text}).json()["findings"]
    with_preview = client.post("/v1/lint", json={"text": text, "preview": True}).json()[
        "findings"
    ]
    assert "ACME901" not in [f["code"] for f in plain]
    assert "ACME901" in [f["code"] for f in with_preview]


def test_email_raw_message_and_json_bodies(client: httpx.Client) -> None:
    raw = (HOOKS / "draft.eml").read_bytes()
    expected = cs_lint.Linter().check_email(raw)
    response = client.post(
        "/v1/email", content=raw, headers={"Content-Type": "message/rfc822"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["decision"] == expected.verdict.value
    assert body["text"] == expected.text
    assert [f["code"] for f in body["findings"]] == [f.code for f in expected.findings]
    for f in body["findings"]:
        assert body["text"][f["start"] : f["end"]] == f["excerpt"]
        source = body["source"][f["source_start"] : f["source_end"]]
        # A finding about what is missing (CS401) is a point, not a span.
        assert source.strip() if f["end"] > f["start"] else source == ""
    html = (HOOKS / "draft.html").read_text(encoding="utf-8")
    as_json = client.post("/v1/email", json={"body": html, "html": True}).json()
    expected_html = cs_lint.Linter().check_email_body(html, html=True)
    assert as_json["content_type"] == "text/html"
    assert as_json["source"] == html
    assert [(f["source_start"], f["source_end"]) for f in as_json["findings"]] == [
        tuple(s) for s in expected_html.source_spans
    ]
    # The policy options decide: blocking the finding's code blocks the mail.
    code = body["findings"][0]["code"]
    blocked = client.post(
        f"/v1/email?block={code}",
        content=raw,
        headers={"Content-Type": "message/rfc822"},
    ).json()
    assert blocked["decision"] == "block"
    as_message = client.post(
        "/v1/email", json={"message": raw.decode("utf-8"), "block": [code]}
    ).json()
    assert as_message["decision"] == "block"


def test_rules_and_one_rule(client: httpx.Client) -> None:
    rules = client.get("/v1/rules").json()["rules"]
    codes = [r["code"] for r in rules]
    assert codes == sorted(codes)
    by_code = {r["code"]: r for r in rules}
    assert by_code["CS103"]["enabled"] is True
    assert by_code["ACME901"]["preview"] is True
    assert by_code["ACME901"]["enabled"] is False
    assert by_code["CS103"]["why"]
    one = client.get("/v1/rules/as-already-told").json()
    assert one["code"] == "CS103"
    assert "As I already told you" in one["doc"]
    assert_error(client.get("/v1/rules/CS999"), 404, "no rule 'CS999'")
    page = client.get("/rules/CS103")
    assert page.headers["content-type"].startswith("text/plain")
    assert page.text.startswith("#")


def test_healthz(client: httpx.Client) -> None:
    body = client.get("/healthz").json()
    assert body == {
        "status": "ok",
        "version": cs_lint.__version__,
        "rules": len(cs_lint.Linter().rules),
    }


@pytest.mark.parametrize(
    ("content", "headers", "status", "words"),
    [
        (b"{not json", {}, 400, "invalid JSON"),
        (b"", {}, 400, "empty"),
        (b'{"text": "caf\xe9"}', {}, 400, "not UTF-8 (byte 0xe9 at offset 13)"),
        (b"[1, 2]", {}, 422, "must be a JSON object, not an array"),
        (b'{"text": 42}', {}, 422, "'text' must be a string, not a number"),
        (b'{"text": ' + b"9" * 5000 + b"}", {}, 400, "invalid JSON: Exceeds the limit"),
        (b'{"text": null}', {}, 422, "'text' must be a string, not null"),
        (b"{}", {}, 422, "'text' must be a string"),
        (b'{"text": "x", "txet": "y"}', {}, 422, "unknown field 'txet'"),
        (b'{"text": "x", "select": "CS1"}', {}, 422, "'select' must be an array"),
        (b'{"text": "x", "select": ["CS1O"]}', {}, 422, "'CS1O' is not a rule code"),
        (
            b'{"text": "x", "preview": "yes"}',
            {},
            422,
            "'preview' must be true or false",
        ),
        (
            b'{"text": "x", "customer": "a", "conversation": {}}',
            {},
            422,
            "not both",
        ),
        (
            b'{"text": "x", "conversation": {"channel": "fax"}}',
            {},
            422,
            "'channel' must be one of",
        ),
        (b"text=hi", {"Content-Type": "text/plain"}, 415, "expected application/json"),
        (b'{"text": "' + b"a" * 60_000 + b'"}', {}, 413, "over the server's limit"),
    ],
)
def test_bad_lint_requests_get_a_json_4xx(
    client: httpx.Client,
    content: bytes,
    headers: dict[str, str],
    status: int,
    words: str,
) -> None:
    response = client.post("/v1/lint", content=content, headers=headers)
    assert_error(response, status, words)
    # ... and the server goes on serving.
    assert client.get("/healthz").status_code == 200


@pytest.mark.parametrize(
    ("kwargs", "status", "words"),
    [
        ({"json": {"body": "x", "message": "y"}}, 422, "exactly one of"),
        ({"json": {"message": "Subject: x\n\nhi", "html": True}}, 422, "'html' goes"),
        ({"json": {"body": "x", "block": ["loud"]}}, 422, "'loud' is not"),
        (
            {"content": b"", "headers": {"Content-Type": "message/rfc822"}},
            422,
            "empty",
        ),
        (
            {"content": b"hi", "headers": {"Content-Type": "image/png"}},
            415,
            "expected application/json or a raw message",
        ),
        (
            {
                "content": b"Subject: x\n\nhi",
                "headers": {"Content-Type": "message/rfc822"},
                "params": {"preview": "maybe"},
            },
            422,
            "'preview' must be true or false",
        ),
        (
            {
                "content": b"Subject: x\n\nhi",
                "headers": {"Content-Type": "message/rfc822"},
                "params": {"colour": "red"},
            },
            422,
            "unknown query parameter 'colour'",
        ),
        (
            {
                "content": b"Subject: x\n\n" + b"a" * 60_000,
                "headers": {"Content-Type": "message/rfc822"},
            },
            413,
            "50,000 bytes",
        ),
    ],
)
def test_bad_email_requests_get_a_json_4xx(
    client: httpx.Client, kwargs: dict[str, object], status: int, words: str
) -> None:
    assert_error(client.post("/v1/email", **kwargs), status, words)  # type: ignore[arg-type]
    assert client.get("/healthz").status_code == 200


def test_body_limit_holds_without_content_length(url: str) -> None:
    """
    A chunked body (no Content-Length to trust) is cut off at the limit too.
    """

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(100):
            yield b"a" * 1000
        yield b'"}'

    with httpx.Client(base_url=url) as c:
        response = c.post("/v1/lint", content=chunks())
        assert_error(response, 413, "over the server's limit")
        assert c.get("/healthz").status_code == 200


def test_unknown_paths_and_methods_are_json_errors(client: httpx.Client) -> None:
    assert_error(client.get("/v1/nothing"), 404, "Not Found")
    response = client.get("/v1/lint")
    assert_error(response, 405, "Method Not Allowed")
    assert "POST" in response.headers["allow"]


def test_a_long_lint_does_not_block_the_server() -> None:
    """
    Lint calls run in the thread pool, at most ``concurrency`` at once:
    with the one lint slot taken by a 1 MB reply, a second lint waits for
    the slot while /healthz is answered before the long lint ends.
    """
    reply = (HOOKS.parent / "reply.txt").read_text(encoding="utf-8")
    big = (reply + "\n\n") * (900_000 // (len(reply) + 2))
    app = create_app(Settings(concurrency=1, max_body=2_000_000))
    service = app.state.service
    with (
        serving(app) as base,
        httpx.Client(base_url=base, timeout=120) as c,
        concurrent.futures.ThreadPoolExecutor(3) as pool,
    ):
        long = pool.submit(c.post, "/v1/lint", json={"text": big})
        _wait_for(lambda: _limiter_stats(service) == (1, 0))
        short = pool.submit(c.post, "/v1/lint", json={"text": "Hi."})
        _wait_for(lambda: _limiter_stats(service) == (1, 1))
        health = c.get("/healthz")
        long_done_at_health = long.done()
        assert short.result().status_code == 200
        assert long.result().status_code == 200
    assert health.status_code == 200
    assert not long_done_at_health
    answer = long.result().json()
    # The reply's findings pass the default max-findings cap: the answer
    # says how many were left out rather than dropping them silently.
    assert 1000 == len(answer["findings"])
    assert answer["omitted"] > 0


def _limiter_stats(service: object) -> tuple[int, int] | None:
    limiter = service._limiter  # type: ignore[attr-defined]
    if limiter is None:
        return None
    stats = limiter.statistics()
    return stats.borrowed_tokens, stats.tasks_waiting


def _wait_for(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.002)


def test_no_text_is_logged_unless_asked(caplog: pytest.LogCaptureFixture) -> None:
    secret = "As I already told you, the secret order 4711-XYZ ships Monday."
    for log_text in (False, True):
        caplog.clear()
        with (
            caplog.at_level(logging.DEBUG),
            serving(create_app(Settings(log_text=log_text))) as base,
        ):
            httpx.post(f"{base}/v1/lint", json={"text": secret})
            httpx.get(f"{base}/v2/check", params={"text": secret, "language": "en"})
            httpx.post(f"{base}/v1/lint", content=b"{oops " + secret.encode())
        # What the server logs (the test's own HTTP client logs URLs too).
        logged = "\n".join(
            r.getMessage()
            for r in caplog.records
            if r.name.startswith(("cs_lint", "uvicorn"))
        )
        assert "POST /v1/lint 200" in logged
        assert "GET /v2/check 200" in logged
        assert "POST /v1/lint 400" in logged
        assert ("4711-XYZ" in logged) is log_text


def test_cors_is_off_by_default_and_on_when_asked(client: httpx.Client) -> None:
    origin = {"Origin": "https://crm.example"}
    plain = client.post("/v1/lint", json={"text": "hi"}, headers=origin)
    assert "access-control-allow-origin" not in plain.headers
    with serving(create_app(Settings(cors_origins=("https://crm.example",)))) as base:
        preflight = httpx.options(
            f"{base}/v1/lint",
            headers={**origin, "Access-Control-Request-Method": "POST"},
        )
        assert preflight.headers["access-control-allow-origin"] == "https://crm.example"
        other = httpx.post(
            f"{base}/v1/lint",
            json={"text": "hi"},
            headers={"Origin": "https://elsewhere.example"},
        )
        assert "access-control-allow-origin" not in other.headers


def test_playground_page_and_assets_are_served(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("static/playground.js", "static/playground.css"):
        assert asset in page.text
        response = client.get(f"/{asset}")
        assert response.status_code == 200
        # No asset reaches for another host.
        assert "http://" not in response.text
        assert "https://" not in response.text


def test_a_crashing_rule_is_a_500_and_the_server_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """
    A plugin rule that raises gives a 500 JSON error, not a dropped
    connection or a traceback to the client, and the next request is
    served.
    """
    from cs_lint import Family, Match, rule
    from cs_lint._engine import linter as linter_module

    @rule(
        code="XX001",
        name="always-crashes",
        family=Family.ACCUSATORY,
        message="never shown",
        why="a test",
        bad=(),
        good=(),
        triggers=("boom",),
    )
    def crash(doc: Any) -> Iterator[Match]:
        """## What it does\n\nCrashes on "boom", quoting the text."""
        raise ValueError(doc.text)

    known = linter_module.all_rules
    monkeypatch.setattr(linter_module, "all_rules", lambda c: (*known(c), crash))
    secret = "boom: order 4711-XYZ"
    with caplog.at_level(logging.INFO), serving(create_app()) as base:
        assert httpx.post(f"{base}/v1/lint", json={"text": "Hello."}).status_code == 200
        response = httpx.post(f"{base}/v1/lint", json={"text": secret})
        assert_error(response, 500, "internal error: RuleError")
        assert "4711" not in response.text
        lt = httpx.post(f"{base}/v2/check", data={"text": secret, "language": "en"})
        assert lt.status_code == 500
        assert lt.text == "Error: internal error: RuleError"
        assert httpx.get(f"{base}/healthz").status_code == 200
    logged = "\n".join(
        r.getMessage() for r in caplog.records if r.name.startswith("cs_lint")
    )
    assert "POST /v1/lint failed: RuleError" in logged
    assert "ValueError (message not logged" in logged
    assert "in crash" in logged  # the traceback names the failing code
    assert "4711" not in logged


def test_responses_are_json_documents(client: httpx.Client) -> None:
    text = "Lone surrogate \ud800 here. As I already told you, no."
    response = client.post(
        "/v1/lint",
        content=json.dumps({"text": text}).encode("ascii"),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 200
    findings = json.loads(response.content)["findings"]
    assert [f["code"] for f in findings] == ["CS103"]
    assert text[findings[0]["start"] : findings[0]["end"]] == "As I already told you"
