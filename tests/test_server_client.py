"""
The client side: `cs_lint.server.check_email` (what the pre-send hooks
call) and ``cs-lint email --server`` check a draft through a running
server, fall back to in-process linting when none answers, and say which
path they took; and ``cs-lint server`` itself, started as a process.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


pytest.importorskip("starlette", reason="needs the server extra")
pytest.importorskip("uvicorn", reason="needs the server extra")
httpx = pytest.importorskip("httpx", reason="needs httpx (dev extra)")

import cs_lint  # noqa: E402
from cs_lint.cli import main  # noqa: E402
from cs_lint.server import Checked, Settings, check_email, create_app  # noqa: E402
from cs_lint.server._app import serving  # noqa: E402


HOOKS = Path(__file__).resolve().parent.parent / "examples" / "hooks"
DRAFT = (HOOKS / "draft.eml").read_bytes()
HTML = (HOOKS / "draft.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serving(create_app(Settings(max_body=5_000))) as base:
        yield base


@pytest.fixture
def closed_port() -> str:
    """
    A loopback address nothing listens on.
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def same_report(a: cs_lint.EmailReport, b: cs_lint.EmailReport) -> None:
    assert a.to_dict() == b.to_dict()
    assert (a.text, a.source, a.customer) == (b.text, b.source, b.customer)
    assert a.decision == b.decision


def test_through_the_server_gives_the_in_process_report(url: str) -> None:
    checked = check_email(DRAFT, server=url)
    assert isinstance(checked, Checked)
    assert checked.used_server
    assert checked.describe() == f"checked by the cs-lint server at {url}"
    same_report(checked.report, cs_lint.Linter().check_email(DRAFT))
    html = check_email(HTML, server=url, body="html")
    same_report(html.report, cs_lint.Linter().check_email_body(HTML, html=True))
    customer = "Where is my refund? Third time asking!!"
    with_customer = check_email(DRAFT, server=url, customer=customer, block=["CS1"])
    expected = cs_lint.Linter(
        cs_lint.Config(email=cs_lint.EmailPolicy(block=["CS1"]))
    ).check_email(DRAFT, customer=customer)
    same_report(with_customer.report, expected)
    assert with_customer.report.verdict is cs_lint.Verdict.BLOCK


def test_unreachable_server_falls_back_in_process(closed_port: str) -> None:
    checked = check_email(DRAFT, server=closed_port)
    assert not checked.used_server
    assert checked.reason is not None
    assert checked.reason.startswith("unreachable:")
    assert "checked in-process" in checked.describe()
    same_report(checked.report, cs_lint.Linter().check_email(DRAFT))


def test_what_the_server_cannot_take_falls_back(url: str) -> None:
    big = DRAFT + b"\n" + b"More words here. " * 400
    checked = check_email(big, server=url)
    assert not checked.used_server
    assert checked.reason == "the draft is over the server's size limit"
    same_report(checked.report, cs_lint.Linter().check_email(big))
    latin1 = DRAFT.replace(b"Hi", b"H\xe9", 1)
    lone = check_email(latin1, server=url, customer="Where is it?")
    assert not lone.used_server
    assert lone.reason is not None
    assert "UTF-8" in lone.reason


def test_not_a_cs_lint_server_falls_back(url: str) -> None:
    refused = check_email(DRAFT, server=f"{url}/static")
    assert not refused.used_server
    assert refused.reason == "it answered HTTP 405"

    class Hello(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<h1>Hello</h1>")

        def log_message(self, *args: object) -> None:
            pass

    other = http.server.HTTPServer(("127.0.0.1", 0), Hello)
    thread = threading.Thread(target=other.serve_forever, daemon=True)
    thread.start()
    try:
        checked = check_email(DRAFT, server=f"http://127.0.0.1:{other.server_port}")
    finally:
        other.shutdown()
        other.server_close()
    assert not checked.used_server
    assert checked.reason == "it did not answer with a cs-lint email report"
    same_report(checked.report, cs_lint.Linter().check_email(DRAFT))


def test_server_refusals_are_input_errors(url: str) -> None:
    with pytest.raises(cs_lint.InputError, match="'CS1O' is not a rule code"):
        check_email(DRAFT, server=url, select=["CS1O"])
    with pytest.raises(cs_lint.InputError, match="no mail headers"):
        check_email(b"just a line", server=url)


def test_environment_names_the_server(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CS_LINT_SERVER", url)
    assert check_email(DRAFT).used_server
    monkeypatch.setenv("CS_LINT_SERVER", "")
    checked = check_email(DRAFT)
    assert not checked.used_server
    assert checked.describe() == "checked in-process (no server given)"


def test_cli_email_server_option(
    url: str,
    closed_port: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draft = tmp_path / "draft.eml"
    draft.write_bytes(DRAFT)
    monkeypatch.delenv("CS_LINT_SERVER", raising=False)
    local = main(["email", str(draft), "--format", "json"])
    local_out = capsys.readouterr()
    assert "cs-lint:" not in local_out.err
    remote = main(["email", str(draft), "--format", "json", "--server", url])
    remote_out = capsys.readouterr()
    assert remote == local
    assert json.loads(remote_out.out) == json.loads(local_out.out)
    assert remote_out.err == f"cs-lint: checked by the cs-lint server at {url}\n"
    monkeypatch.setenv("CS_LINT_SERVER", closed_port)
    fallback = main(["email", str(draft)])
    fallback_out = capsys.readouterr()
    assert fallback == local
    assert f"cs-lint server at {closed_port} not used (unreachable:" in fallback_out.err
    assert "checked in-process" in fallback_out.err
    assert "Decision:" in fallback_out.out
    bad = main(["email", str(draft), "--server", url, "--select", "CS1O"])
    assert bad == 2
    assert "'CS1O' is not a rule code" in capsys.readouterr().err


def test_cli_server_needs_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert main(["server", "--port", "1"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'cs-lint[server]'" in err
    assert "Traceback" not in err


def test_cli_server_rejects_bad_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["server", "--max-body", "lots"])
    assert exc.value.code == 2
    assert "expected a size like 1000000, 512KB or 2MB" in capsys.readouterr().err


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(args: list[str], cwd: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "cs_lint", "server", "--port", str(port), *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if httpx.get(f"{base}/healthz").status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    output = process.communicate()[0].decode()
    pytest.fail(f"cs-lint server did not start:\n{output}")


def stop(process: subprocess.Popen[bytes]) -> str:
    process.send_signal(signal.SIGINT)
    try:
        output = process.communicate(timeout=30)[0]
    except subprocess.TimeoutExpired:
        process.kill()
        output = process.communicate()[0]
    return output.decode()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cs_lint_server_command(tmp_path: Path, workers: str) -> None:
    config = tmp_path / "cs-lint.toml"
    config.write_text('select = ["CS1"]\n', encoding="utf-8")
    rules = len(cs_lint.Linter(cs_lint.Config(select=["CS1"])).rules)
    process, base = start(
        ["--config", str(config), "--workers", workers, "--max-body", "2KB"], tmp_path
    )
    try:
        text = "As I already told you, it ships Monday. I'll try to help."
        findings = httpx.post(f"{base}/v1/lint", json={"text": text}).json()["findings"]
        # The server's one linter was built from --config: only CS1xx run.
        assert [f["code"] for f in findings] == ["CS103"]
        too_big = httpx.post(f"{base}/v1/lint", json={"text": "a" * 3000})
        assert too_big.status_code == 413
        for _ in range(6):
            assert httpx.get(f"{base}/healthz").json()["rules"] == rules
    finally:
        output = stop(process)
    assert f"cs-lint server: {rules} rules" in output
    assert "body limit 2,000 bytes, no text logged" in output
    assert "As I already told you" not in output
    assert process.returncode in (0, -signal.SIGINT)


def test_cs_lint_server_bad_config_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "cs-lint.toml"
    config.write_text('select = ["CS1O"]\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "cs_lint", "server", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert result.returncode == 2
    assert result.stderr.startswith("cs-lint: error:")
    assert "CS1O" in result.stderr
    assert "Traceback" not in result.stderr
