"""
Load test for ``cs-lint server`` on loopback: a bounded number of requests
at a fixed concurrency against a server this script starts and stops.

    python benchmarks/server_load.py [--requests 2000] [--concurrency 16]
                                     [--workers 1] [--corpora ../shared/corpora]
                                     [--json]

The requests cycle through the native API (``POST /v1/lint``, with a
customer message for the bundled example), LanguageTool's ``POST /v2/check`` and
``POST /v1/email`` (a bare body), over real agent replies from the TWCS
corpus when it is there (read, never copied) and the bundled examples
otherwise; one request in 25 is deliberately bad (invalid JSON, a wrong
type, a body over the limit) and must get its 4xx. An error is a request
that failed, got a status other than the one expected, or got findings
whose spans do not hold their excerpts. The run stops after --requests or
--time-limit seconds, whichever comes first; the server's RSS is read
before and after. Results go into docs/server.md.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any


HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
MAX_BODY = 1_000_000


def twcs_texts(corpora: Path) -> list[tuple[str, str | None]]:
    """
    The TWCS agent replies (no customer messages: the corpus holds only
    the agents' side), when the corpus is there.
    """
    path = corpora / "twcs" / "data.jsonl"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as lines:
        return [(json.loads(line)["text"], None) for line in lines]


def example_texts() -> list[tuple[str, str | None]]:
    reply = (ROOT / "examples" / "reply.txt").read_text(encoding="utf-8")
    customer = (ROOT / "examples" / "customer.txt").read_text(encoding="utf-8")
    return [
        (reply, customer),
        ("As I already told you, the refund went out on Monday. 🙂", None),
        ("I'll try to sort it out, but I can't promise anything.", None),
        ("Thanks for your patience! Your replacement ships today.", None),
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    """
    Resident memory of *pid* and its children (worker processes), in MB.
    """
    pids = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                pids.append(int(entry.name))
    total = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def build_requests(
    texts: list[tuple[str, str | None]], count: int
) -> list[tuple[str, str, bytes, str, int, str | None]]:
    """
    (kind, path, body, content type, expected status, text) for each request.
    """
    out = []
    bad = [
        ("bad-json", "/v1/lint", b"{not json", "application/json", 400),
        ("bad-type", "/v1/lint", b'{"text": 42}', "application/json", 422),
        (
            "too-large",
            "/v1/lint",
            b'{"text": "' + b"a" * (MAX_BODY + 10) + b'"}',
            "application/json",
            413,
        ),
    ]
    bad_cycle = itertools.cycle(bad)
    for i in range(count):
        reply, customer = texts[i % len(texts)]
        if i % 25 == 24:
            kind, path, body, media, status = next(bad_cycle)
            out.append((kind, path, body, media, status, None))
            continue
        which = i % 5
        if which in (0, 1, 2):
            payload: dict[str, Any] = {"text": reply}
            if customer:
                payload["customer"] = customer
            out.append(
                (
                    "lint",
                    "/v1/lint",
                    json.dumps(payload).encode(),
                    "application/json",
                    200,
                    reply,
                )
            )
        elif which == 3:
            form = urllib.parse.urlencode({"text": reply, "language": "en-US"})
            out.append(
                (
                    "languagetool",
                    "/v2/check",
                    form.encode(),
                    "application/x-www-form-urlencoded",
                    200,
                    reply,
                )
            )
        else:
            body = json.dumps({"body": reply}).encode()
            out.append(("email", "/v1/email", body, "application/json", 200, None))
    return out


def check_answer(kind: str, text: str | None, data: bytes) -> bool:
    """
    Whether a 200 answer holds what it should (exact spans for lint).
    """
    body = json.loads(data)
    if kind == "lint":
        assert text is not None
        return all(
            text[f["start"] : f["end"]] == f["excerpt"] for f in body["findings"]
        )
    if kind == "languagetool":
        return isinstance(body.get("matches"), list)
    if kind == "email":
        return body["decision"] in ("pass", "warn", "block")
    return True


def run_load(
    port: int,
    requests: list[tuple[str, str, bytes, str, int, str | None]],
    concurrency: int,
    time_limit: float,
) -> dict[str, Any]:
    next_index = itertools.count()
    lock = threading.Lock()
    latencies: dict[str, list[float]] = {}
    errors: list[str] = []
    deadline = time.monotonic() + time_limit

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < deadline:
            with lock:
                i = next(next_index)
            if i >= len(requests):
                break
            kind, path, body, media, expected, text = requests[i]
            start = time.perf_counter()
            try:
                conn.request("POST", path, body=body, headers={"Content-Type": media})
                response = conn.getresponse()
                data = response.read()
                elapsed = (time.perf_counter() - start) * 1000
                ok = response.status == expected and (
                    expected != 200 or check_answer(kind, text, data)
                )
                if response.will_close or response.status == 413:
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            except (OSError, http.client.HTTPException, ValueError, KeyError) as exc:
                elapsed = (time.perf_counter() - start) * 1000
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                data = repr(exc).encode()
            with lock:
                latencies.setdefault(kind, []).append(elapsed)
                if not ok:
                    errors.append(f"{kind} {path}: {data[:200]!r}")
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    done = sum(len(v) for v in latencies.values())
    every = [x for v in latencies.values() for x in v]
    return {
        "requests": done,
        "errors": len(errors),
        "error_samples": errors[:5],
        "wall_s": wall,
        "throughput_rps": done / wall if wall else 0.0,
        "median_ms": statistics.median(every) if every else 0.0,
        "p99_ms": percentile(every, 99),
        "max_ms": max(every, default=0.0),
        "by_kind": {
            kind: {
                "count": len(v),
                "median_ms": statistics.median(v),
                "p99_ms": percentile(v, 99),
            }
            for kind, v in sorted(latencies.items())
        },
    }


def cli_times(port: int, runs: int) -> dict[str, float]:
    """
    Median wall time of one ``cs-lint email`` on the example draft, linting
    in-process and through the server (each a fresh process, as a hook is).
    """
    draft = str(ROOT / "examples" / "hooks" / "draft.eml")
    base = [sys.executable, "-m", "cs_lint", "email", draft]
    out: dict[str, float] = {}
    env = {k: v for k, v in os.environ.items() if k != "CS_LINT_SERVER"}
    for name, extra in (
        ("in_process", []),
        ("server", ["--server", f"http://127.0.0.1:{port}"]),
    ):
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [*base, *extra], capture_output=True, check=False, cwd=ROOT, env=env
            )
            samples.append((time.perf_counter() - start) * 1000)
        out[name] = statistics.median(samples) if samples else 0.0
    return out


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--lint-threads", type=int, default=4)
    parser.add_argument("--time-limit", type=float, default=600)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument(
        "--cli-runs",
        type=int,
        default=7,
        help="time `cs-lint email` this many times with and without --server",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    twcs = twcs_texts(args.corpora)
    # The examples carry a customer message, so the conversation rules run too.
    texts = [*example_texts(), *twcs]
    source = (
        f"{len(twcs)} TWCS agent replies and the bundled examples"
        if twcs
        else "the bundled examples"
    )
    requests = build_requests(texts, args.requests)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cs_lint",
            "server",
            "--no-config",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
            "--concurrency",
            str(args.lint_threads),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(
                        "server did not start: " + server.stderr.read().decode()  # type: ignore[union-attr]
                    ) from None
                time.sleep(0.1)
        rss_before = rss_mb(server.pid)
        result = run_load(port, requests, args.concurrency, args.time_limit)
        rss_after = rss_mb(server.pid)
        alive = server.poll() is None
        cli = cli_times(port, args.cli_runs)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    result.update(
        {
            "texts": source,
            "concurrency": args.concurrency,
            "workers": args.workers,
            "lint_threads": args.lint_threads,
            "cli_email_ms": cli,
            "rss_before_mb": rss_before,
            "rss_after_mb": rss_after,
            "server_alive_after": alive,
            "python": platform.python_version(),
            "load_average_before": load_before,
            "cpus": os.cpu_count(),
        }
    )
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(render(result))
    return 0 if result["errors"] == 0 and alive else 1


def render(r: dict[str, Any]) -> str:
    lines = [
        f"{r['requests']} requests at concurrency {r['concurrency']} "
        f"({r['workers']} server process, {r['lint_threads']} lint threads), "
        f"texts: {r['texts']}; Python {r['python']}, {r['cpus']} CPUs, "
        f"load average {r['load_average_before']:.1f} before the run",
        "",
        "| | value |",
        "| --- | --- |",
        f"| errors | {r['errors']} |",
        f"| wall time | {r['wall_s']:.1f} s ({r['throughput_rps']:.0f} requests/s) |",
        f"| median latency | {r['median_ms']:.1f} ms |",
        f"| p99 latency | {r['p99_ms']:.1f} ms |",
        f"| max latency | {r['max_ms']:.1f} ms |",
        f"| server RSS before / after | {r['rss_before_mb']:.0f} MB / {r['rss_after_mb']:.0f} MB |",
        f"| server still serving after | {'yes' if r['server_alive_after'] else 'NO'} |",
        f"| `cs-lint email draft.eml`, one process, median | "
        f"{r['cli_email_ms']['in_process']:.0f} ms in-process, "
        f"{r['cli_email_ms']['server']:.0f} ms with `--server` |",
        "",
        "| request | count | median | p99 |",
        "| --- | --- | --- | --- |",
    ]
    for kind, k in r["by_kind"].items():
        lines.append(
            f"| {kind} | {k['count']} | {k['median_ms']:.1f} ms | {k['p99_ms']:.1f} ms |"
        )
    for sample in r["error_samples"]:
        lines.append(f"error: {sample}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
