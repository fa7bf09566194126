"""
Properties every lint must keep, on generated and hostile text: no
exception, spans inside the text, exact excerpts, consistent line/column
and UTF-16 offsets, sorted deterministic output, the same answer from
eight threads, body findings untouched by a quoted thread or signature,
and safe suggestions that fix what they say they fix.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import cs_lint
from cs_lint._context.reply import thread_part
from cs_lint._text.document import Document
from cs_lint.rules.consistency import EXAMPLE_FACTS
from cs_lint.testing import (
    GeneratedReply,
    assert_well_formed,
    customer_messages,
    emails,
    hostile_text,
    quoted_threads,
    replies,
    signatures,
    violating_replies,
)

from .conftest import ALL_RULES


LINTER = cs_lint.Linter(
    cs_lint.Config(preview=True, plugins=False, facts=EXAMPLE_FACTS)
)
#: Rules that read the reply as a whole against its context.
# Rules that judge the reply as a whole: against its context (``needs``),
# or by what the whole reply is made of (CS505: nothing but stock lines, so
# one ordinary sentence in front rightly silences it).
WHOLE_REPLY = frozenset(r.code for r in ALL_RULES if r.needs - {"facts"}) | {"CS505"}
#: Second-stage (learned) rules score a sentence with its place in the reply
#: (first, last, after a greeting) among the features, so a prefix is news to them.
SECOND_STAGE = frozenset(r.code for r in ALL_RULES if r.defers_to)
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
    acknowledged anywhere? is it only stock lines?) are left out: the prefix
    is part of the reply. So are the learned second-stage rules, whose model
    reads a sentence's position in the reply.
    """
    assume(thread_part(Document(text)) == thread_part(Document(prefix + text)))
    skip = WHOLE_REPLY | SECOND_STAGE
    before = [f for f in LINTER.lint(text) if f.code not in skip]
    after = [f for f in LINTER.lint(prefix + text) if f.code not in skip]
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


# --- with the cs_lint.testing strategies --------------------------------------

generated = st.one_of(
    replies(linter=LINTER),
    emails(linter=LINTER),
    violating_replies(linter=LINTER).map(lambda r: r.text),
    hostile_text(max_run=20_000),
)


@given(generated, st.one_of(st.none(), customer_messages()))
def test_generated_text_gives_valid_findings(text: str, customer: str | None) -> None:
    """
    Realistic, email and hostile text keep every invariant, and a second
    lint, by the same or a freshly built linter, returns the same.
    """
    findings = LINTER.lint(text, customer=customer)
    check_invariants(text, findings)
    assert_well_formed(text, findings)
    assert findings == LINTER.lint(text, customer=customer)
    fresh = cs_lint.Linter(LINTER.config)
    assert findings == fresh.lint(text, customer=customer)


@settings(max_examples=20)
@given(st.lists(generated, min_size=8, max_size=16))
def test_a_shared_linter_is_thread_safe(texts: list[str]) -> None:
    """
    Eight threads sharing one linter return what one thread does.
    """
    alone = [LINTER.lint(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(2):
            assert alone * 2 == list(pool.map(LINTER.lint, texts * 2))


@given(
    replies("email", linter=LINTER),
    signatures(),
    customer_messages(),
    st.data(),
)
def test_quote_and_signature_leave_body_findings_alone(
    reply: str, signature: str, customer: str, data: st.DataObject
) -> None:
    """
    Prepending or appending a quoted thread and appending a signature
    shift the reply's findings and change nothing else. The customer
    message is given, so the quote cannot stand in for it. (An Outlook
    "Original Message" header only ever ends a mail: it is not put above.)
    """
    where = data.draw(st.sampled_from(["above", "below", "none"]))
    text = reply + ("\n\n" + signature if data.draw(st.booleans()) else "")
    offset = 0
    if where == "above":
        thread = data.draw(quoted_threads(outlook=False))
        offset = len(thread) + 2
        text = thread + "\n\n" + text
    elif where == "below":
        text = text + "\n\n" + data.draw(quoted_threads())
    before = [(f.code, f.start, f.end) for f in LINTER.lint(reply, customer=customer)]
    after = [
        (f.code, f.start - offset, f.end - offset)
        for f in LINTER.lint(text, customer=customer)
    ]
    assert before == after


def _apply_safe(
    text: str, findings: list[cs_lint.Finding], code: str
) -> tuple[str, int]:
    """
    Apply the first safe suggestion of each finding of *code* whose edits
    do not overlap one already taken; return the text and how many.
    """
    edits: list[cs_lint.Edit] = []
    applied = 0
    for f in findings:
        if f.code != code:
            continue
        for s in f.suggestions:
            if s.applicability is not cs_lint.Applicability.SAFE or not s.edits:
                continue
            if any(
                (e.start < o.end and o.start < e.end) or e.start == o.start
                for e in s.edits
                for o in edits
            ):
                continue
            edits.extend(s.edits)
            applied += 1
            break
    return cs_lint.apply_edits(text, edits), applied


#: Rules whose bad examples get a safe suggestion with edits.
SAFE_CODES = sorted(
    {
        f.code
        for t in EXAMPLES
        for f in LINTER.lint(t)
        for s in f.suggestions
        if s.applicability is cs_lint.Applicability.SAFE and s.edits
    }
)
safe_fixable = st.sampled_from(SAFE_CODES).flatmap(
    lambda code: violating_replies(code, linter=LINTER)
)


def test_some_rules_offer_safe_edits() -> None:
    """
    The property below is not vacuous.
    """
    assert len(SAFE_CODES) >= 2


@given(st.one_of(violating_replies(linter=LINTER), safe_fixable))
def test_safe_suggestions_fix_their_finding(reply: GeneratedReply) -> None:
    """
    Applying every safe suggestion of a rule leaves that rule firing only
    where it had no safe suggestion.
    """
    findings = LINTER.lint(reply.text, customer=reply.customer)
    for code in sorted({f.code for f in findings}):
        fixed, applied = _apply_safe(reply.text, findings, code)
        if not applied:
            continue
        mine = [f for f in findings if f.code == code]
        after = [
            f for f in LINTER.lint(fixed, customer=reply.customer) if f.code == code
        ]
        assert len(after) <= len(mine) - applied, (fixed, [f.excerpt for f in after])
