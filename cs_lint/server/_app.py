"""
The ASGI application: the routes, the error answers and the access log.

`create_app` builds the one `Linter` the app serves with before it
returns, so a bad configuration fails the start, not the first request.
A request that cannot be answered gets a 4xx with one line (JSON on the
native API, plain text on LanguageTool's, as its clients expect); a rule
that crashes gets a 500 and the server goes on serving. The access log
names the method, path, status and time, never the text or the query
string (where ``GET /v2/check`` carries the text), unless
``log_text`` asks for the text.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
import traceback
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from cs_lint._engine.linter import Linter
from cs_lint.server import _languagetool, _native
from cs_lint.server._http import JSON, error
from cs_lint.server._service import Problem, Service, Settings


if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send


STATIC = Path(__file__).resolve().parent / "static"
#: The playground loads nothing from anywhere but this server.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
        "base-uri 'none'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

log = logging.getLogger("cs_lint.server")

Endpoint = Callable[[Request], Awaitable[Response]]


def _log_failure(request: Request, exc: BaseException) -> None:
    """
    Log a failed request with the traceback of each exception in its chain
    but not their messages, which may quote the text (``--log-text``
    logs those too).
    """
    if request.app.state.service.settings.log_text:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return
    parts: list[str] = []
    seen: BaseException | None = exc
    while seen is not None:
        parts.append("".join(traceback.format_tb(seen.__traceback__)))
        parts.append(
            f"{type(seen).__qualname__} (message not logged: it may quote the text)"
        )
        seen = seen.__cause__ or seen.__context__
        if seen is not None:
            parts.append("caused by:")
    log.error(
        "%s %s failed: %s\n%s",
        request.method,
        request.url.path,
        type(exc).__name__,
        "\n".join(parts),
    )


def _native_errors(endpoint: Endpoint) -> Endpoint:
    async def handle(request: Request) -> Response:
        try:
            return await endpoint(request)
        except Problem as exc:
            return error(exc.status, exc.message)
        except Exception as exc:  # noqa: BLE001 - answer, whatever a rule does
            _log_failure(request, exc)
            return error(500, f"internal error: {type(exc).__name__}")

    return handle


def _languagetool_errors(endpoint: Endpoint) -> Endpoint:
    async def handle(request: Request) -> Response:
        try:
            return await endpoint(request)
        except Problem as exc:
            return PlainTextResponse(exc.message, status_code=exc.status)
        except Exception as exc:  # noqa: BLE001 - answer, whatever a rule does
            _log_failure(request, exc)
            return PlainTextResponse(
                f"Error: internal error: {type(exc).__name__}", status_code=500
            )

    return handle


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if request.url.path.startswith("/v2/"):
        return PlainTextResponse(
            f"Error: {exc.detail}", status_code=exc.status_code, headers=exc.headers
        )
    response = error(exc.status_code, exc.detail)
    response.headers.update(exc.headers or {})
    return response


async def _playground(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", headers=PAGE_HEADERS)


async def _openapi(request: Request) -> Response:
    service: Service = request.app.state.service
    return JSON(service.openapi)


class AccessLog:
    """
    Log one line per request: method, path (no query string), status,
    milliseconds. Nothing of the body or the query is logged.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = [0]

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            log.info(
                "%s %s %d %.1fms",
                scope["method"],
                scope["path"],
                status[0],
                (time.perf_counter() - start) * 1000,
            )


def create_app(
    settings: Settings | None = None, *, linter: Linter | None = None
) -> Starlette:
    """
    Build the server's ASGI app (and its `Linter`, from *settings*'s
    configuration unless *linter* is given).

    Raises:
        ConfigError: the configuration is invalid.
    """
    settings = Settings() if settings is None else settings
    service = Service(settings, linter)
    native = _native_errors
    lt = _languagetool_errors
    routes = [
        Route("/", _playground, methods=["GET"]),
        Route("/healthz", native(_native.healthz), methods=["GET"]),
        Route("/openapi.json", _openapi, methods=["GET"]),
        Route("/v1/lint", native(_native.lint), methods=["POST"]),
        Route("/v1/email", native(_native.email), methods=["POST"]),
        Route("/v1/rules", native(_native.rules), methods=["GET"]),
        Route("/v1/rules/{code}", native(_native.rule), methods=["GET"]),
        Route("/rules/{code}", native(_native.rule_page), methods=["GET"]),
        Route("/v2/check", lt(_languagetool.check), methods=["GET", "POST"]),
        Route("/v2/languages", lt(_languagetool.languages), methods=["GET"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [Middleware(AccessLog)]
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Content-Type"],
                max_age=600,
            )
        )
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={HTTPException: _http_error},
    )
    app.state.service = service
    return app


#: The environment variable a worker process reads its settings from.
SETTINGS_ENV = "CS_LINT_SERVER_SETTINGS"


def app_from_environment() -> Starlette:
    """
    The app factory each ``--workers`` process calls: settings from
    ``$CS_LINT_SERVER_SETTINGS`` (written by ``cs-lint server``).
    """
    from cs_lint.server._cli import settings_from_json  # noqa: PLC0415

    return create_app(settings_from_json(os.environ[SETTINGS_ENV]))


@contextlib.contextmanager
def serving(app: ASGIApp, host: str = "127.0.0.1") -> Iterator[str]:
    """
    Serve *app* with uvicorn in a background thread on a free port of
    *host*, and yield its base URL (``http://127.0.0.1:PORT``); for tests
    and for hosts that embed the server in their own process.
    """
    import uvicorn  # noqa: PLC0415

    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="off", server_header=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run,
        kwargs={"sockets": [sock]},
        name="cs-lint-server",
        daemon=True,
    )
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            msg = "the server did not start"
            raise RuntimeError(msg)
        time.sleep(0.01)
    try:
        yield f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
