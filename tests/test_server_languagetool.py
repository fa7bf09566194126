"""
LanguageTool compatibility, tested with a client nobody here wrote: the
PyPI package ``language-tool-python`` pointed at a server this test starts
on a free loopback port. Offsets are UTF-16 code units on the wire (the
client turns them back into Python indexes), so emoji before a finding
are the case that matters.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st


pytest.importorskip("starlette", reason="needs the server extra")
pytest.importorskip("uvicorn", reason="needs the server extra")
httpx = pytest.importorskip("httpx", reason="needs httpx (dev extra)")
ltp = pytest.importorskip(
    "language_tool_python", reason="needs language-tool-python (dev extra)"
)

import cs_lint  # noqa: E402
from cs_lint.server._app import create_app, serving  # noqa: E402
from cs_lint.server._languagetool import Annotated  # noqa: E402
from cs_lint.server._service import Settings  # noqa: E402


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    # A team pack with a rule in preview (ACME901) for enabledRules.
    pack = Path(__file__).resolve().parent / "fixtures" / "packs" / "preview.toml"
    config = cs_lint.Config(packs=[pack])
    with serving(create_app(Settings(config=config, max_body=20_000))) as base:
        yield base


@pytest.fixture
def tool(url: str) -> Iterator[object]:
    lt = ltp.LanguageTool("en-US", remote_server=url)
    yield lt
    lt.close()


def findings(text: str) -> list[cs_lint.Finding]:
    return cs_lint.Linter().lint(text)


def utf16(text: str, start: int, length: int) -> str:
    units = text.encode("utf-16-le")
    return units[2 * start : 2 * (start + length)].decode("utf-16-le")


def test_real_client_gets_the_findings_at_the_right_offsets(tool: object) -> None:
    text = "As I already told you, it ships Monday. You should have read the FAQ."
    matches = tool.check(text)  # type: ignore[attr-defined]
    expected = findings(text)
    assert (
        [m.rule_id for m in matches]
        == [f.code for f in expected]
        == [
            "CS103",
            "CS102",
        ]
    )
    for m, f in zip(matches, expected, strict=True):
        assert m.offset == f.start
        assert text[m.offset : m.offset + m.error_length].startswith(f.excerpt)
        assert m.message.startswith(f.message.split(":")[0])
        assert m.category == f.family.value.upper().replace("-", "_")
        assert m.rule_issue_type == "style"
        assert f.excerpt in m.context
    assert [m.sentence for m in matches] == [
        "As I already told you, it ships Monday.",
        "You should have read the FAQ.",
    ]
    # CS103's fix reaches past the excerpt ("As I already told you, i" -> "I"),
    # so the match covers that span and the client's correction is ours.
    assert matches[0].replacements == ["I"]
    assert matches[1].replacements == []
    fix = next(s for s in expected[0].suggestions if s.edits)
    assert tool.correct(text) == cs_lint.apply_edits(text, fix.edits)  # type: ignore[attr-defined]


@pytest.mark.parametrize("emoji", ["🙂", "👍🏽", "🙂🙂 Thanks! 🎉", "é"])
def test_emoji_before_a_finding(tool: object, url: str, emoji: str) -> None:
    text = f"{emoji} Honestly, you should have read the FAQ. As I already told you, no."
    matches = tool.check(text)  # type: ignore[attr-defined]
    expected = findings(text)
    assert [m.rule_id for m in matches] == [f.code for f in expected]
    assert "CS102" in [m.rule_id for m in matches]
    for m, f in zip(matches, expected, strict=True):
        # The client maps LanguageTool's UTF-16 offsets back to code points.
        assert m.offset == f.start
        assert text[m.offset : m.offset + m.error_length].startswith(f.excerpt)
    # On the wire, offsets and lengths are UTF-16 code units.
    raw = httpx.post(
        f"{url}/v2/check", data={"text": text, "language": "en-US"}
    ).json()["matches"]
    for match, f in zip(raw, expected, strict=True):
        assert match["offset"] == f.utf16_start
        assert utf16(text, match["offset"], match["length"]).startswith(f.excerpt)
        context = match["context"]
        assert utf16(context["text"], context["offset"], context["length"]) == utf16(
            text, match["offset"], match["length"]
        )


def test_rule_and_category_options(tool: object) -> None:
    text = "As I already told you, it ships Monday. Obviously, it is late. I'll try to help."

    def codes() -> list[str]:
        return [m.rule_id for m in tool.check(text)]  # type: ignore[attr-defined]

    everything = codes()
    assert {"CS103", "CS105", "CS201"} <= set(everything)
    tool.disabled_rules = {"CS103", "MORFOLOGIK_RULE_EN_US"}  # type: ignore[attr-defined]
    assert codes() == [c for c in everything if c != "CS103"]
    tool.disabled_rules = set()  # type: ignore[attr-defined]
    tool.disabled_categories = {"ACCUSATORY"}  # type: ignore[attr-defined]
    assert codes() == [c for c in everything if not c.startswith("CS1")]
    tool.disabled_categories = set()  # type: ignore[attr-defined]
    tool.enabled_rules = {"CS105"}  # type: ignore[attr-defined]
    tool.enabled_rules_only = True  # type: ignore[attr-defined]
    assert codes() == ["CS105"]
    tool.enabled_rules = {"WHITESPACE_RULE"}  # type: ignore[attr-defined]
    assert codes() == []
    tool.enabled_rules = set()  # type: ignore[attr-defined]
    tool.enabled_categories = {"hedging"}  # type: ignore[attr-defined]
    assert codes() == ["CS201"]


def test_enabled_rules_turn_on_preview_rules(url: str) -> None:
    form = {"text": "Kindly revert with your order number.", "language": "en"}
    plain = httpx.post(f"{url}/v2/check", data=form).json()["matches"]
    enabled = httpx.post(
        f"{url}/v2/check", data={**form, "enabledRules": "ACME901"}
    ).json()["matches"]
    assert "ACME901" not in [m["rule"]["id"] for m in plain]
    assert "ACME901" in [m["rule"]["id"] for m in enabled]


def test_languages_and_the_response_shape(url: str) -> None:
    languages = httpx.get(f"{url}/v2/languages").json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages
    assert all(lang["code"] == "en" for lang in languages)
    body = httpx.get(
        f"{url}/v2/check",
        params={"text": "I'll try to find your booking.", "language": "auto"},
    ).json()
    assert body["software"]["apiVersion"] == 1
    assert body["language"]["code"] == "en-US"
    assert body["warnings"] == {"incompleteResults": False}
    [match] = body["matches"]
    assert match["rule"]["id"] == "CS201"
    assert match["rule"]["category"] == {"id": "HEDGING", "name": "Hedging"}
    assert match["rule"]["urls"][0]["value"].endswith("/rules/CS201")
    assert httpx.get(match["rule"]["urls"][0]["value"]).status_code == 200
    assert match["type"] == {"typeName": "Other"}
    assert match["sentence"] == "I'll try to find your booking."
    assert body["sentenceRanges"] == [[0, 30]]


def test_other_languages_are_answered_with_no_matches(url: str) -> None:
    body = httpx.post(
        f"{url}/v2/check",
        data={"text": "As I already told you, no.", "language": "de-DE"},
    ).json()
    assert body["matches"] == []
    assert body["language"]["code"] == "de-DE"
    assert body["warnings"]["incompleteResults"] is True
    assert "English only" in body["warnings"]["incompleteResultsReason"]


def test_annotated_data_offsets_count_the_markup(url: str) -> None:
    parts = [
        {"markup": "<p>"},
        {"text": "Thanks for writing. 🙂 "},
        {"markup": "<b>", "interpretAs": ""},
        {"text": "You should have read"},
        {"markup": "</b>"},
        {"text": " the FAQ."},
        {"markup": "</p>\n<p>", "interpretAs": "\n\n"},
        {"text": "As I already told you, it ships Monday."},
        {"markup": "</p>"},
    ]
    original = "".join(p.get("text", p.get("markup", "")) for p in parts)
    plain = "".join(p.get("text", p.get("interpretAs", "")) for p in parts)
    body = httpx.post(
        f"{url}/v2/check",
        data={"data": json.dumps({"annotation": parts}), "language": "en-US"},
    ).json()
    expected = findings(plain)
    assert [m["rule"]["id"] for m in body["matches"]] == [f.code for f in expected]
    assert [f.code for f in expected] == ["CS102", "CS103"]
    for match, f in zip(body["matches"], expected, strict=True):
        covered = utf16(original, match["offset"], match["length"])
        assert covered.startswith(f.excerpt)
        assert "<" not in covered
    assert "<p>" in body["matches"][0]["context"]["text"]


@pytest.mark.parametrize(
    ("form", "status", "words"),
    [
        ({"text": "hi"}, 400, "Missing 'language' parameter"),
        ({"language": "en-US"}, 400, "Missing 'text' or 'data' parameter"),
        ({"text": "a", "data": "{}", "language": "en"}, 400, "not both"),
        ({"data": "{oops", "language": "en"}, 400, "'data' is not valid JSON"),
        ({"data": '{"annotation": 3}', "language": "en"}, 400, "'annotation' array"),
        (
            {
                "data": '{"annotation": [{"text": "a", "markup": "b"}]}',
                "language": "en",
            },
            400,
            "annotation[0] needs 'text' or 'markup'",
        ),
        ({"text": "hi", "language": "x!"}, 400, "not a language code"),
        ({"text": "a" * 30_000, "language": "en"}, 413, "over the server's limit"),
    ],
)
def test_bad_requests_are_answered_as_languagetool_does(
    url: str, form: dict[str, str], status: int, words: str
) -> None:
    response = httpx.post(f"{url}/v2/check", data=form)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/plain")
    assert words in response.text
    assert httpx.get(f"{url}/healthz").status_code == 200


def test_undecodable_forms_are_400(url: str) -> None:
    not_utf8 = httpx.post(
        f"{url}/v2/check",
        content=b"language=en&text=caf%E9",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert not_utf8.status_code == 400
    assert "not UTF-8" in not_utf8.text
    wrong_type = httpx.post(f"{url}/v2/check", json={"text": "hi", "language": "en"})
    assert wrong_type.status_code == 415
    assert httpx.get(f"{url}/healthz").status_code == 200


def test_the_client_reports_server_errors(url: str, tool: object) -> None:
    with pytest.raises(
        ltp.exceptions.LanguageToolError, match="over the server's limit"
    ):
        tool.check("a" * 30_000)  # type: ignore[attr-defined]
    assert tool.check("Thanks, all sorted!") == []  # type: ignore[attr-defined]


# --- the annotated-text offset map ------------------------------------------------

parts = st.lists(
    st.one_of(
        st.builds(lambda t: {"text": t}, st.text(min_size=0, max_size=6)),
        st.builds(
            lambda m, i: {"markup": m, "interpretAs": i},
            st.text(alphabet="<>/ab", min_size=1, max_size=5),
            st.sampled_from(["", "\n", "\n\n", " "]),
        ),
    ),
    max_size=8,
)


@given(parts)
def test_plain_offsets_map_into_the_original(items: list[dict[str, str]]) -> None:
    ann = Annotated.from_data(json.dumps({"annotation": items}))
    assert ann.original == "".join(p.get("text", p.get("markup", "")) for p in items)
    assert ann.plain == "".join(p.get("text", p.get("interpretAs", "")) for p in items)
    for p in range(len(ann.plain) + 1):
        start = ann.to_original(p, end=False)
        end = ann.to_original(p, end=True)
        assert 0 <= start <= len(ann.original)
        assert 0 <= end <= len(ann.original)
    # Each text character maps onto itself, and a span of text maps onto
    # a span of the original that holds it.
    for seg in ann.segments:
        p0, p1, _, _, is_text = seg
        if not is_text:
            continue
        for k in range(p0, p1):
            assert ann.original[ann.to_original(k, end=False)] == ann.plain[k]
        if p1 > p0:
            lo = ann.to_original(p0, end=False)
            hi = ann.to_original(p1, end=True)
            assert ann.original[lo:hi] == ann.plain[p0:p1]


@given(parts, st.data())
def test_mapped_spans_never_run_backwards(
    items: list[dict[str, str]], data: st.DataObject
) -> None:
    ann = Annotated.from_data(json.dumps({"annotation": items}))
    a = data.draw(st.integers(0, len(ann.plain)))
    b = data.draw(st.integers(a, len(ann.plain)))
    if a < b:  # (an empty span's end is clamped to its start by the caller)
        assert ann.to_original(a, end=False) < ann.to_original(b, end=True)
    assert ann.to_original(a, end=False) <= ann.to_original(b, end=False)
    assert ann.to_original(a, end=True) <= ann.to_original(b, end=True)


def test_get_check_with_query_parameters(url: str) -> None:
    query = urllib.parse.urlencode(
        {"text": "🙂 As I already told you, no.", "language": "en-GB"}
    )
    body = httpx.get(f"{url}/v2/check?{query}").json()
    assert body["language"] == {
        "name": "English (GB)",
        "code": "en-GB",
        "detectedLanguage": {
            "name": "English (GB)",
            "code": "en-GB",
            "confidence": 1.0,
            "source": "",
        },
    }
    [match] = body["matches"]
    assert (match["offset"], match["rule"]["id"]) == (3, "CS103")
