"""
What a fresh process does not pay for until it needs it (issue 15): a
scan's trigger index, package metadata, the entry-point machinery.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cs_lint import Document
from cs_lint._authoring.rule import Triggers


def test_triggers_index_their_words_on_first_use() -> None:
    entries = frozenset({"per+last", "repeat", "as+told", "as+said"})
    lazy = Triggers(entries)
    assert lazy._words is None  # nothing indexed at construction
    doc = Document("Per day. My last. Per my last. I repeat. As I told you.")
    assert {2, 3, 4} == lazy.windows_met(doc)
    assert lazy._words is not None
    assert frozenset({"last", "repeat", "told", "said"}) == lazy.words
    fresh = Triggers(entries)
    assert fresh.met(doc)
    assert fresh.met_by(frozenset({"as", "said"}))
    assert not Triggers(entries).met_by(frozenset({"as", "per"}))


def test_a_one_shot_check_reads_no_package_metadata(tmp_path: Path) -> None:
    """
    ``cs-lint check`` with no plugins installed never imports
    importlib.metadata (the version is read only for ``--version``).
    """
    reply = tmp_path / "reply.txt"
    reply.write_text("As I already told you, it ships Monday.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from cs_lint.cli import main\n"
        f"code = main(['check', {str(reply)!r}])\n"
        "print('metadata' if 'importlib.metadata' in sys.modules else 'none', code)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "CS103" in out
    assert out.splitlines()[-1] == "none 1"
    version = subprocess.run(
        [sys.executable, "-m", "cs_lint", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert version.startswith("cs-lint ")
