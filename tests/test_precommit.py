"""
The pre-commit hook (.pre-commit-hooks.yaml), run for real with
``pre-commit try-repo`` on a temporary macro repository.

pre-commit installs the hook by ``pip install``-ing this checkout into a
fresh virtualenv, which needs the package index for the build backend and
the dependencies: without one the test skips, saying so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("pre_commit")
yaml = pytest.importorskip("yaml")


def test_hook_definition() -> None:
    """
    The hook runs ``cs-lint audit`` on the file kinds a macro library holds.
    """
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert "cs-lint" == hook["id"]
    assert "python" == hook["language"]
    assert hook["entry"].startswith("cs-lint audit --format text")
    import re

    pattern = re.compile(hook["files"])
    for name in ("a.txt", "b.md", "c.eml", "macros.json", "m.yaml", "m.csv"):
        assert pattern.search(name), name
    for name in ("setup.py", "image.png"):
        assert not pattern.search(name), name


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _index_reachable(tmp: Path) -> bool:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "-q",
            "-d",
            str(tmp),
            "attrs",
        ],
        capture_output=True,
        check=False,
        timeout=180,
    )
    return proc.returncode == 0


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_try_repo_on_a_macro_repository(tmp_path: Path) -> None:
    """
    pre-commit runs the hook on staged macros: findings fail the commit
    check (exit 1) with ``file:line:col`` lines naming the macro.
    """
    if not _index_reachable(tmp_path / "probe"):
        pytest.skip("pre-commit installs the hook with pip: no package index reachable")
    repo = tmp_path / "macros"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    (repo / "refund.txt").write_text(
        "As I already told you, refunds take a week.\n", encoding="utf-8"
    )
    (repo / "thanks.md").write_text("Thanks for waiting! It is on its way.\n", "utf-8")
    (repo / "library.json").write_text(
        json.dumps({"late-parcel": "You should have read the FAQ."}),
        encoding="utf-8",
    )
    _git("add", ".", cwd=repo)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            "cs-lint",
            "--all-files",
            "--verbose",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        check=False,
        timeout=600,
    )
    output = proc.stdout.decode() + proc.stderr.decode()
    assert 1 == proc.returncode, output
    assert "refund.txt:1:1: CS103 " in output
    assert "late-parcel:1:1: CS102 " in output
    assert "thanks.md:" not in output
    assert "Traceback" not in output
