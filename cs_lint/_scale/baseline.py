"""
Baselines: adopt cs_lint on an existing macro library without fixing every
old finding first. ``--write-baseline FILE`` records today's findings;
``--baseline FILE`` reports only findings that are not in it, so CI fails
on new problems only.

A finding is known by its file, its record (the macro's id; empty for a
whole-file reply), its rule code and `Finding.fingerprint`, which stays
the same when the text around its sentence changes. The file is JSON::

    {
      "version": 1,
      "tool": "cs-lint",
      "findings": [
        {"path": "macros.yaml", "record": "refund-late", "code": "CS103",
         "fingerprint": "4f0c9a1e2b3d4c5f", "excerpt": "As I already told you"}
      ]
    }

Paths are relative to the baseline file's folder, with ``/`` separators,
so a baseline written on one machine matches on another. *excerpt* is for
people reading the file; it is not matched.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import attrs

from cs_lint._base.errors import InputError


#: Version of the baseline file format.
BASELINE_VERSION = 1

Key = tuple[str, str, str, str]


@attrs.frozen
class Entry:
    """
    One recorded finding.
    """

    path: str
    record: str
    code: str
    fingerprint: str
    excerpt: str = ""

    @property
    def key(self) -> Key:
        """
        What a finding is matched on.
        """
        return (self.path, self.record, self.code, self.fingerprint)

    def to_dict(self) -> dict[str, str]:
        """
        Return the entry as written in the file.
        """
        return {
            "path": self.path,
            "record": self.record,
            "code": self.code,
            "fingerprint": self.fingerprint,
            "excerpt": self.excerpt,
        }


def relative(path: str, folder: Path) -> str:
    """
    *path* (as given on the command line) relative to *folder*, with ``/``
    separators; stdin is ``-``.
    """
    if path in ("-", "<stdin>"):
        return "-"
    absolute = Path(path).resolve()
    try:
        rel = os.path.relpath(absolute, folder.resolve())
    except ValueError:  # another drive on Windows
        rel = str(absolute)
    return Path(rel).as_posix()


class Baseline:
    """
    The findings recorded in a baseline file, and which of them a run has
    matched.
    """

    def __init__(self, entries: Iterable[Entry], folder: Path) -> None:
        self.entries = list(entries)
        self.folder = folder
        self._keys = {e.key for e in self.entries}
        self._matched: set[Key] = set()
        self._checked: set[str] = set()

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        """
        Read a baseline file.

        Raises:
            InputError: the file is missing, not JSON, or not a baseline.
        """
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            msg = f"{path}: no such baseline file (write one with --write-baseline)"
            raise InputError(msg) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read: {exc}") from None
        except json.JSONDecodeError as exc:
            msg = (
                f"{path}:{exc.lineno}:{exc.colno}: not a baseline (not JSON: {exc.msg})"
            )
            raise InputError(msg) from None
        if not isinstance(data, dict) or "findings" not in data:
            msg = f"{path}: not a cs-lint baseline (no 'findings' list)"
            raise InputError(msg)
        version = data.get("version")
        if version != BASELINE_VERSION:
            msg = (
                f"{path}: baseline version {version!r} is not supported "
                f"(this cs-lint reads version {BASELINE_VERSION}); write it again"
            )
            raise InputError(msg)
        entries = []
        for i, item in enumerate(data["findings"]):
            try:
                entries.append(
                    Entry(
                        str(item["path"]),
                        str(item.get("record") or ""),
                        str(item["code"]),
                        str(item["fingerprint"]),
                        str(item.get("excerpt", "")),
                    )
                )
            except (KeyError, TypeError):
                msg = f"{path}: finding {i} needs 'path', 'code' and 'fingerprint'"
                raise InputError(msg) from None
        return cls(entries, path.resolve().parent)

    def key(self, path: str, record: str | None, code: str, fingerprint: str) -> Key:
        """
        The key of a finding of *path* (as given on the command line).
        """
        return (relative(path, self.folder), record or "", code, fingerprint)

    def checked(self, path: str) -> None:
        """
        Note that *path* was linted in this run (for stale entries).
        """
        self._checked.add(relative(path, self.folder))

    def match(self, path: str, record: str | None, code: str, fingerprint: str) -> bool:
        """
        Whether the finding is in the baseline (and remember it was seen).
        """
        key = self.key(path, record, code, fingerprint)
        if key in self._keys:
            self._matched.add(key)
            return True
        return False

    @property
    def matched(self) -> int:
        """
        How many entries this run's findings matched.
        """
        return len(self._matched)

    def stale(self) -> list[Entry]:
        """
        Entries of the files linted in this run that no finding matched:
        fixed, or changed beyond recognition.
        """
        return [
            e
            for e in self.entries
            if e.path in self._checked and e.key not in self._matched
        ]


def write_baseline(path: str | Path, entries: Iterable[Entry]) -> int:
    """
    Write a baseline file; return how many findings it holds.

    Raises:
        InputError: the file cannot be written.
    """
    path = Path(path)
    unique = sorted({e.key: e for e in entries}.values(), key=lambda e: e.key)
    payload = {
        "version": BASELINE_VERSION,
        "tool": "cs-lint",
        "findings": [e.to_dict() for e in unique],
    }
    try:
        path.write_text(
            json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return len(unique)


def entry(
    path: str,
    folder: Path,
    record: str | None,
    code: str,
    fingerprint: str,
    *,
    excerpt: str = "",
) -> Entry:
    """
    The entry recording a finding of *path* in a baseline kept in *folder*.
    """
    return Entry(relative(path, folder), record or "", code, fingerprint, excerpt)
