"""
Properties every lint must keep, on generated and hostile text: no
exception, spans inside the text, exact excerpts, consistent line/column
and UTF-16 offsets, sorted deterministic output.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

import cs_lint
from cs_lint._document import Document
from cs_lint.rules.consistency import EXAMPLE_FACTS
from cs_lint.rules.negative_framing import thread_part

from .conftest import ALL_RULES


LINTER = cs_lint.Linter(
    cs_lint.Config(preview=True, plugins=False, facts=EXAMPLE_FACTS)
)
#: Rules that read the reply as a whole against its context.
WHOLE_REPLY = frozenset(r.code for r in ALL_RULES if r.needs - {"facts"})
EXAMPLES = [t for r in ALL_RULES for t in (*r.bad, *r.good)]
ODD = [
    "\u200d",
    "\u200b",
    "\u202e",
    "\u200f",
    "\ufeff",
    "\u0301",
    "\ud800",
    "\udfff",
    "😡",
    "👍🏽",
    "🇬🇧",
    "İ",
    "ß",
    "\r\n",
    "\r",
    "\n\n",
    "> ",
    '"',
    "“",
    "”",
    "’",
    "'",
    "!!!",
    "??",
    "...",
    "…",
    "\t",
    "\x00",
    "\x0b",
    "\u2028",
    "ﬁ",
]

pieces = st.one_of(
    st.sampled_from(EXAMPLES),
    st.sampled_from(ODD),
    st.text(max_size=20),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=10),
)
texts = st.lists(pieces, max_size=12).map("".join)


def check_invariants(text: str, findings: list[cs_lint.Finding]) -> None:
    lines = text.split("\n")
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.excerpt
        line_start = sum(len(line) + 1 for line in lines[: f.line - 1])
        assert f.start == line_start + f.column - 1
        end_line_start = sum(len(line) + 1 for line in lines[: f.end_line - 1])
        assert f.end == end_line_start + f.end_column - 1
        units = len(text[: f.start].encode("utf-16-le", "surrogatepass")) // 2
        assert units == f.utf16_start
        span_units = len(f.excerpt.encode("utf-16-le", "surrogatepass")) // 2
        assert f.utf16_end - f.utf16_start == span_units
        assert 0 <= f.confidence <= 1
        for s in f.suggestions:
            for e in s.edits:
                assert 0 <= e.start <= e.end <= len(text)
    keys = [(f.start, f.end, f.code) for f in findings]
    assert keys == sorted(keys)


@given(texts)
def test_any_text_gives_valid_findings(text: str) -> None:
    """
    Any text lints without error, and every finding holds the invariants.
    """
    findings = LINTER.lint(text)
    check_invariants(text, findings)
    assert findings == LINTER.lint(text)


@given(
    texts, st.sampled_from(["Thanks for your note.\n\n", "Hello there!\n", "Ok.\n\n"])
)
def test_neutral_prefix_shifts_offsets_only(text: str, prefix: str) -> None:
    """
    Prepending a neutral sentence shifts offsets and changes nothing else
    (unless the text opens as the second part of a tweet thread, "...",
    which a prefix turns into an ordinary reply). Rules that judge the
    whole reply against its context (``needs``: is the customer
    acknowledged anywhere?) are left out: the prefix is part of the reply.
    """
    assume(thread_part(Document(text)) == thread_part(Document(prefix + text)))
    before = [f for f in LINTER.lint(text) if f.code not in WHOLE_REPLY]
    after = [f for f in LINTER.lint(prefix + text) if f.code not in WHOLE_REPLY]
    assert [(f.code, f.excerpt, f.start + len(prefix)) for f in before] == [
        (f.code, f.excerpt, f.start) for f in after
    ]


@given(st.text(), st.text())
def test_customer_message_never_breaks_lint(text: str, customer: str) -> None:
    """
    Any customer message is accepted.
    """
    check_invariants(text, LINTER.lint(text, customer=customer))


def test_pathological_inputs_are_handled() -> None:
    """
    Long runs of one character, punctuation, "you" and quotes lint fine.
    """
    for unit in ("a", "!", "you ", '"', "> ", "😡", "\n", ". ", "You failed to "):
        text = unit * 20_000
        check_invariants(text, LINTER.lint(text))
