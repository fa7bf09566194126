"""
`cs_lint.dask` on a real `distributed.LocalCluster` (2 worker processes):
the findings and summary equal those of `cs_lint.lint_many`.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import cs_lint
from cs_lint._scale.batch import config_key, config_state


dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.dataframe")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

from cs_lint.dask import FINDING_COLUMNS, audit_bag, audit_frame  # noqa: E402


ROOT = Path(__file__).resolve().parent.parent

# The dev corpus lives beside the checkout (shared/), never in it.
CORPUS_CANDIDATES = [
    Path(os.environ.get("CS_LINT_CORPORA", "/nonexistent")) / "twcs" / "data.jsonl",
    ROOT.parent / "shared" / "corpora" / "twcs" / "data.jsonl",
    Path("/work/shared/corpora/twcs/data.jsonl"),
]

OWN = [
    "As I already told you, the refund takes a week.",
    "Thanks for waiting! Your new card is in the post.",
    "You should have read the manual first. Obviously it is on page one.",
    "I think maybe this might possibly work, not sure.",
    "We will definitely have it fixed today, guaranteed!!!",
    "NO. THAT IS NOT HOW IT WORKS.",
]


def sample() -> list[dict[str, Any]]:
    """
    Our own replies, plus every 9th agent reply of the dev corpus when it
    is beside the checkout.
    """
    records: list[dict[str, Any]] = [
        {"id": f"own-{i}", "text": f"{OWN[i % len(OWN)]} Ticket {i}."}
        for i in range(120)
    ]
    for path in CORPUS_CANDIDATES:
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                for i, line in enumerate(handle):
                    row = json.loads(line)
                    if i % 9 == 0 and row.get("role") == "agent":
                        records.append({"id": row["id"], "text": row["text"]})
            break
    return records


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def expected_rows(results: list[cs_lint.LintResult]) -> list[dict[str, Any]]:
    rows = []
    for r in results:
        for f in r.findings:
            row = f.to_dict()
            row["suggestion"] = f.suggestions[0].message if f.suggestions else ""
            del row["suggestions"]
            rows.append({"id": str(r.id), **row})
    return rows


def as_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    assert list(FINDING_COLUMNS) == list(frame.columns)
    return [
        {k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()}
        for row in frame.to_dict("records")
    ]


def test_bag_equals_lint_many(client: Any) -> None:
    """
    A bag of records (one of them bad) across 2 worker processes: the same
    findings, errors and summary as `lint_many`; one linter per worker.
    """
    records: list[object] = [*sample(), {"id": "bad", "text": None}]
    config = cs_lint.Config(ignore=["CS105"])
    audit = audit_bag(db.from_sequence(records, npartitions=7), config=config)
    findings, errors, summary = audit.compute()
    expected = list(cs_lint.lint_many(records, config=config, workers=1))
    assert sum(len(r.findings) for r in expected) > 20
    assert expected_rows(expected) == as_rows(findings)
    assert [("bad", "record 'bad': text must be str, not NoneType")] == list(
        zip(errors["id"], errors["error"], strict=True)
    )
    assert cs_lint.summarize(expected) == summary
    assert "CS105" not in set(findings["code"])
    # Rules were compiled once per worker process, not once per partition.
    key = config_key(config_state(config))
    built = client.run(
        lambda: sum(
            1
            for k in importlib.import_module("cs_lint._scale.batch")._LINTERS
            if k == key
        )
    )
    assert 2 == len(built)
    assert set(built.values()) <= {0, 1}
    assert 1 <= sum(built.values()) < 7


def test_frame_column_equals_lint_many(client: Any) -> None:
    """
    A DataFrame column with a customer column and an id column.
    """
    records = sample()
    customers = ["Where is my refund?", None, "I already did everything!"]
    for i, r in enumerate(records):
        r["customer"] = customers[i % 3]
    pdf = pd.DataFrame(records)
    frame = dd.from_pandas(pdf, npartitions=4)
    audit = audit_frame(frame, "text", customer="customer", id="id")
    findings, errors, summary = audit.compute()
    expected = list(cs_lint.lint_many(records, workers=2))
    assert expected_rows(expected) == as_rows(findings)
    assert errors.empty
    assert cs_lint.summarize(expected) == summary
    # Without an id column the frame's index names each row.
    by_index, _, _ = audit_frame(frame, "text").compute()
    plain = list(cs_lint.lint_many(pdf["text"].tolist(), workers=1))
    assert expected_rows(plain) == as_rows(by_index)


def test_bad_arguments_raise_before_work() -> None:
    """
    A bad config or column raises at the call, not on a worker.
    """
    frame = dd.from_pandas(pd.DataFrame({"body": ["hi"]}), npartitions=1)
    with pytest.raises(KeyError, match="no column 'text'"):
        audit_frame(frame)
    with pytest.raises(cs_lint.ConfigError, match="CS999"):
        audit_frame(frame, "body", config=cs_lint.Config(select=["CS999"]))


def test_import_cs_lint_does_not_import_dask() -> None:
    """
    Dask is only imported by ``cs_lint.dask``.
    """
    code = "import sys, cs_lint; print(any(m.split('.')[0] in ('dask', 'distributed', 'pandas') for m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "False" == out.stdout.strip()
