"""
The scoring in benchmarks/ (evaluate.py, peers.py) counts what it says it counts.

These use small hand-made inputs, never the corpora; the one test that runs
the peer linters is skipped unless ``bash benchmarks/setup.sh`` has run.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

import cs_lint
from cs_lint import Family


BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"_bench_{name}", BENCHMARKS / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


evaluate = _load("evaluate")
peers = _load("peers")


def case(text: str, key: str, expected: bool, evidence: str | None = None) -> object:
    return evaluate.Case(
        id=text[:10],
        text=text,
        customer=None,
        labels={key: expected},
        evidence={key: evidence} if evidence else {},
    )


def test_score_reply_and_span_levels() -> None:
    """
    A flag outside the evidence is a hit at reply level, a miss at span level;
    any flag on a negative is a false alarm at both.
    """
    cases = [
        case("I'll try to fix it. You failed to pay.", "hedging", True, "I'll try"),
        case("Sure thing. I might be able to.", "hedging", True, "might be able"),
        case("Try restarting the router.", "hedging", False),
        case("All done.", "hedging", False),
    ]
    flags = {0: [(20, 38)], 1: [(15, 28)], 2: [(0, 3)], 3: []}
    reply, span = evaluate.score(cases, lambda i, key: flags[i], ["hedging"])
    r, s = reply["hedging"], span["hedging"]
    assert (r.tp, r.fp, r.fn, r.tn) == (2, 1, 0, 1)
    assert (s.tp, s.fp, s.fn, s.tn) == (1, 1, 1, 1)
    assert s.misses == [cases[0].id]
    assert r.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(1 / 2)


def test_score_ignores_keys_not_asked_for() -> None:
    cases = [case("Whatever.", "dismissive", True, "Whatever")]
    reply, span = evaluate.score(cases, lambda i, key: [(0, 8)], ["hedging"])
    assert reply == span == {}


def test_present_keys_picks_up_any_family_with_rules() -> None:
    """
    An empathy rule coded CS41x brings in non_apology, and nothing else of CS4xx.
    """
    rules = [
        SimpleNamespace(family=Family.HEDGING, code="CS201"),
        SimpleNamespace(family=Family.EMPATHY, code="CS411"),
    ]
    keys = evaluate.present_keys(SimpleNamespace(rules=rules))
    assert keys == {"hedging", "non_apology"}


def test_present_keys_of_this_build_skip_missing_families() -> None:
    linter = cs_lint.Linter(cs_lint.Config(plugins=False))
    keys = evaluate.present_keys(linter)
    assert "hedging" in keys
    families = {r.family for r in linter.rules}
    for key, (family, _) in evaluate.RUBRIC.items():
        if family not in families:
            assert key not in keys


def test_hedge_scores() -> None:
    """
    Recall on cue sentences, precision of flagged sentences, span precision.
    """
    sentences = [
        evaluate.Sentence("a", "I think it works.", True, True, ((2, 7),)),
        evaluate.Sentence("b", "If it rains, stay in.", True, False, ((0, 2),)),
        evaluate.Sentence("c", "It works.", False, False, ()),
        evaluate.Sentence("d", "It may work.", True, True, ((3, 6),)),
    ]
    flagged = [[(0, 7)], [], [(0, 2)], []]
    h = evaluate.hedge_scores(sentences, flagged)
    assert h["fired"] == 2
    assert h["recall_cue"] == pytest.approx(1 / 3)
    assert h["recall_epistemic"] == pytest.approx(1 / 2)
    assert h["precision_cue"] == pytest.approx(1 / 2)
    assert h["fire_rate_no_cue"] == pytest.approx(1.0)
    assert h["span_precision"] == pytest.approx(1 / 2)


def test_hedge_scores_without_cue_details() -> None:
    sentences = [evaluate.Sentence("a", "Some say so.", True, None)]
    h = evaluate.hedge_scores(sentences, [[(0, 4)]])
    assert h["recall_epistemic"] is None
    assert h["span_precision"] is None
    assert h["precision_cue"] == 1.0


@pytest.mark.parametrize(
    ("cue", "structural"),
    [
        ("if", True),
        ("or", True),
        ("could n't", True),
        ("would", True),
        ("and/or", True),
        ("think", False),
        ("may", False),
        ("probably", False),
        ("not sure", False),
    ],
)
def test_structural_cues(cue: str, structural: bool) -> None:
    assert bool(evaluate.STRUCTURAL_CUE.match(cue)) is structural


def test_apology_scores() -> None:
    label = evaluate.APOLOGIZE
    rows = [
        {"id": "1", "text": "Sorry for the wait!", "labels": {label: 1}},
        {"id": "2", "text": "We apologise.", "labels": {label: 1}},
        {"id": "3", "text": "DM us.", "labels": {label: 0}},
    ]
    fired = [{"non_apology"}, set(), {"non_apology"}]
    a = evaluate.apology_scores(rows, fired, ["non_apology"])
    assert (a["replies"], a["apologise"]) == (3, 2)
    assert a["non_apology"] == {"on_apologies": 1, "on_others": 1}
    k = a["keyword_sorry"]
    assert (k["tp"], k["fn"], k["fp"]) == (1, 1, 0)


def test_utf16_offsets_map_to_code_points() -> None:
    text = "a😀b é😀c"
    conv = peers.utf16_to_code_points(text)
    # JavaScript: a=0, 😀=1-2, b=3, space=4, é=5, 😀=6-7, c=8
    assert [conv(o) for o in (0, 1, 3, 4, 5, 6, 8, 9)] == [0, 1, 2, 3, 4, 5, 6, 7]
    assert peers.utf16_to_code_points("plain")(3) == 3


def test_peer_family_mapping() -> None:
    fam = peers.PEER_FAMILIES
    assert fam["alex"]("simple", "simply") == "accusatory"
    assert fam["alex"]("he-she", "he") is None
    assert fam["write-good"]("weasel", "very") == "hedging"
    assert fam["write-good"]("passive", "was done") is None
    assert fam["proselint"]("misc.greylist", "Obviously") == "accusatory"
    assert fam["proselint"]("misc.greylist", "utilize") is None
    assert (
        fam["proselint"]("typography.punctuation.hyperbole", "now!!")
        == "negative_framing"
    )
    for tool, keys in peers.PEER_KEYS.items():
        assert set(keys) <= set(evaluate.RUBRIC), tool


@pytest.mark.skipif(
    peers.missing() is not None or shutil.which("node") is None,
    reason="peer linters not installed (bash benchmarks/setup.sh)",
)
def test_peers_run_and_offsets_are_exact() -> None:
    """
    One process per tool; every hit's offsets fall inside the text, and the
    mapped hits cover the words they are about, past an astral character.
    """
    texts = ["😀 It is simply obvious!! I would argue that.", ""]
    runs = peers.run_peers(texts, timed=True, warmup=1)
    assert set(runs) == set(peers.TOOLS)
    for run in runs.values():
        assert len(run.hits) == 2
        assert run.hits[1] == []
        assert len(run.latencies_us) == 2
        for hit in run.hits[0]:
            assert 0 <= hit.start <= hit.end <= len(texts[0])
    alex = runs["alex"].family_hits(texts, "accusatory")[0]
    assert [texts[0][h.start : h.end] for h in alex] == ["simply", "obvious"]
    prose = runs["proselint"].family_hits(texts, "hedging")[0]
    assert [texts[0][h.start : h.end] for h in prose] == ["I would argue that"]
    shout = runs["proselint"].family_hits(texts, "negative_framing")[0]
    assert texts[0][shout[0].start : shout[0].end].endswith("!!")


def test_rubric_eval_scores_blind_and_in_sample_sets_in_separate_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """
    Blind and in-sample sets are scored side by side and labelled as
    such; a second reader's disagreement leaves a family's label out.
    """
    sys.path.insert(0, str(BENCHMARKS))
    rubric_eval = _load("rubric_eval")
    no = dict.fromkeys(rubric_eval.FAMILIES, False)
    rows = [
        {
            "id": "1",
            "reply": "As I already told you, it shipped.",
            "customer": "",
            "labels": {**no, "accusatory": True},
        },
        {
            "id": "2",
            "reply": "It shipped on Monday; here is the tracking link.",
            "customer": "",
            "labels": dict(no),
        },
        {
            "id": "3",
            "reply": "You should have read the FAQ.",
            "customer": "",
            "labels": {**no, "accusatory": True},
        },
    ]
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    second = tmp_path / "reader2.jsonl"
    second.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": r["id"],
                    "labels": {
                        **r["labels"],
                        "accusatory": r["labels"]["accusatory"] and r["id"] != "3",
                    },
                }
            )
            for r in rows
        ),
        encoding="utf-8",
    )
    assert 0 == rubric_eval.main(
        ["--blind", f"fresh={cases},{second}", "--in-sample", f"dev={cases}", "--json"]
    )
    out = json.loads(capsys.readouterr().out)
    assert out["fresh"]["kind"] == "blind"
    assert out["dev"]["kind"] == "in-sample"
    assert out["dev"]["families"]["accusatory"]["tp"] == 2
    # The readers disagree on reply 3: left out of the blind column.
    assert out["fresh"]["families"]["accusatory"]["tp"] == 1
    assert out["fresh"]["families"]["accusatory"]["disagreed"] == 1
    assert 0 == rubric_eval.main(
        ["--blind", f"fresh={cases}", "--in-sample", f"dev={cases}"]
    )
    table = capsys.readouterr().out
    assert "fresh (blind, 3)" in table
    assert "dev (in-sample, 3)" in table


def test_calibrate_sets_declared_confidence_beside_measured_precision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """
    calibrate.py counts, per rule and reported confidence, the agreed
    replies it fired on, and calls a declared value above the interval
    over-confident (``--check`` then fails).
    """
    sys.path.insert(0, str(BENCHMARKS))
    rubric_eval = _load("rubric_eval")
    calibrate = _load("calibrate")
    no = dict.fromkeys(rubric_eval.FAMILIES, False)
    text = "As I already told you, it shipped."
    (finding,) = [f for f in cs_lint.lint(text) if f.code.startswith("CS1")]
    # Six hits the readers call wrong (label false), one they call right.
    rows = [
        {"id": str(i), "reply": text, "customer": "", "labels": dict(no)}
        for i in range(6)
    ]
    rows.append(
        {"id": "r", "reply": text, "customer": "", "labels": {**no, "accusatory": True}}
    )
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    linter = cs_lint.Linter()
    counts = calibrate.tally([("S", cases, None)], linter)
    key = (finding.code, round(finding.confidence, 2))
    assert counts[key] == {"S": [1, 7]}
    (row,) = [r for r in calibrate.verdicts(counts, 5) if r["code"] == finding.code]
    assert row["add_one"] == 2 / 9
    assert row["verdict"] == "over-confident"
    assert 1 == calibrate.main(["--set", f"S={cases}", "--check"])
    assert "over-confident" in capsys.readouterr().out
    assert calibrate.verdicts(counts, 8)[0]["verdict"] == "few hits"
