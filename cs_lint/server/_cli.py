"""
``cs-lint server``: its options, and starting uvicorn.

This module imports neither Starlette nor uvicorn until the server is
started, so ``cs-lint --help`` stays fast and says how to install the
``server`` extra instead of failing on import.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path
from typing import Any

from cs_lint._base.errors import InputError
from cs_lint._engine.config import Config, find_config, load_config


_SIZE = re.compile(r"(?i)\s*(\d+)\s*(b|kb|k|mb|m)?\s*")
_UNITS = {None: 1, "b": 1, "k": 1000, "kb": 1000, "m": 1_000_000, "mb": 1_000_000}


def _size(value: str) -> int:
    m = _SIZE.fullmatch(value)
    if not m or int(m.group(1)) < 1:
        msg = f"expected a size like 1000000, 512KB or 2MB, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(m.group(1)) * _UNITS[m.group(2) and m.group(2).lower()]


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        msg = f"expected a positive whole number, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return n


def add_parser(sub: Any) -> None:
    """
    Add the ``server`` command to the ``cs-lint`` sub-parsers *sub*.
    """
    server = sub.add_parser(
        "server",
        help="serve the HTTP API, LanguageTool's /v2/check and a playground",
        description=(
            "Serve cs_lint over HTTP: the native API (/v1), LanguageTool's "
            "/v2/check and a playground page at /. Needs the server extra: "
            "pip install 'cs-lint[server]'. See docs/server.md."
        ),
    )
    server.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)"
    )
    server.add_argument(
        "--port",
        type=int,
        default=8081,
        metavar="PORT",
        help="port to listen on (default: 8081)",
    )
    server.add_argument(
        "--config", type=Path, metavar="FILE", help="config file (default: nearest)"
    )
    server.add_argument("--no-config", action="store_true", help="ignore config files")
    server.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        default=1,
        help="server processes, each with its own linter (default: 1)",
    )
    server.add_argument(
        "--concurrency",
        type=_positive,
        metavar="N",
        default=4,
        help="lint calls run at once in each process; more wait (default: 4)",
    )
    server.add_argument(
        "--max-body",
        type=_size,
        default=1_000_000,
        metavar="SIZE",
        help="largest request body, e.g. 1MB or 256KB; larger get 413 (default: 1MB)",
    )
    server.add_argument(
        "--max-connections",
        type=_positive,
        metavar="N",
        default=256,
        help="open connections before new ones get 503 (default: 256)",
    )
    server.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="let pages from ORIGIN call the API (repeatable; * for any); none by default",
    )
    server.add_argument(
        "--log-text",
        action="store_true",
        help="log the text of each request (off by default: only method, path, status, time)",
    )
    server.add_argument(
        "--log-level",
        choices=("debug", "info", "warning", "error"),
        default="info",
    )


def settings_json(args: argparse.Namespace) -> str:
    """
    The server's settings as JSON, for worker processes to rebuild them.
    """
    config_path: str | None
    if args.no_config:
        config_path = None
    elif args.config is not None:
        config_path = str(Path(args.config).resolve())
    else:
        found = find_config()
        config_path = str(Path(found).resolve()) if found else None
    return json.dumps(
        {
            "config": config_path,
            "max_body": args.max_body,
            "concurrency": args.concurrency,
            "log_text": args.log_text,
            "cors_origins": list(args.cors_origin),
        }
    )


def settings_from_json(text: str) -> Any:
    """
    Rebuild `Settings` from `settings_json`.
    """
    from cs_lint.server._service import Settings  # noqa: PLC0415

    data = json.loads(text)
    config = load_config(data["config"]) if data["config"] else Config()
    return Settings(
        config=config,
        max_body=data["max_body"],
        concurrency=data["concurrency"],
        log_text=data["log_text"],
        cors_origins=tuple(data["cors_origins"]),
    )


def _log_config(level: str) -> dict[str, Any]:
    from uvicorn.config import LOGGING_CONFIG  # noqa: PLC0415

    config: dict[str, Any] = json.loads(json.dumps(LOGGING_CONFIG))
    config["loggers"]["cs_lint.server"] = {
        "handlers": ["default"],
        "level": level.upper(),
        "propagate": False,
    }
    return config


def run(args: argparse.Namespace) -> int:
    """
    Start the server and serve until interrupted; return the exit code.

    Raises:
        InputError: the server extra is not installed.
        ConfigError: the configuration is invalid.
    """
    try:
        import starlette  # noqa: F401, PLC0415
        import uvicorn  # noqa: PLC0415
    except ImportError as exc:
        msg = (
            f"cs-lint server needs the server extra ({exc.name} is missing): "
            "pip install 'cs-lint[server]'"
        )
        raise InputError(msg) from None
    # Imported here: every ``cs-lint`` command builds this parser, and
    # logging.config (with socket and pickle) costs a one-shot check ~3%.
    import logging  # noqa: PLC0415
    import logging.config  # noqa: PLC0415

    from cs_lint.server._app import SETTINGS_ENV, create_app  # noqa: PLC0415

    encoded = settings_json(args)
    settings = settings_from_json(encoded)
    # Built here even with --workers, so a bad configuration stops the
    # start with one line instead of failing in every worker.
    app = create_app(settings)
    log = logging.getLogger("cs_lint.server")
    common: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_config": _log_config(args.log_level),
        "log_level": args.log_level,
        "access_log": False,
        "server_header": False,
        "limit_concurrency": args.max_connections,
        "timeout_graceful_shutdown": 5,
    }
    logging.config.dictConfig(common["log_config"])
    service = app.state.service
    log.info(
        "cs-lint server: %d rules, config %s, body limit %s bytes, %s",
        len(service.linter.rules),
        settings.config.path or "none",
        f"{settings.max_body:,}",
        "text logged" if settings.log_text else "no text logged",
    )
    host = f"[{args.host}]" if ":" in args.host else args.host
    log.info("playground: http://%s:%d/", host, args.port)
    if args.workers == 1:
        uvicorn.run(app, **common)
    else:
        os.environ[SETTINGS_ENV] = encoded
        uvicorn.run(
            "cs_lint.server._app:app_from_environment",
            factory=True,
            workers=args.workers,
            **common,
        )
    return 0
