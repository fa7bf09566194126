"""
Context input: Conversation, the customer-state reading, macros and
placeholder masking.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cs_lint
from cs_lint import Channel, Config, Conversation, CueKind, Document, Linter, Macro
from cs_lint._context.customer import customer_state


PREVIEW = Config(preview=True, plugins=False)


def test_conversation_normalises_and_validates() -> None:
    """
    A single message becomes a tuple; channels are read by name; bad
    values are clear errors.
    """
    c = Conversation("where is it?", history=["It ships Monday."], channel="Chat")
    assert c.customer == ("where is it?",)
    assert c.channel is Channel.CHAT
    assert c.latest == "where is it?"
    with pytest.raises(ValueError, match="unknown channel 'fax'"):
        Conversation(channel="fax")
    with pytest.raises(TypeError, match=r"customer\[1\] must be str"):
        Conversation(["ok", 3])  # type: ignore[list-item]


def test_customer_and_conversation_together_is_an_error() -> None:
    """
    The customer message is given one way or the other.
    """
    with pytest.raises(ValueError, match="not both"):
        cs_lint.lint("Hi", customer="x", conversation=Conversation(["y"]))
    with pytest.raises(TypeError, match="conversation must be"):
        cs_lint.lint("Hi", conversation="nope")  # type: ignore[arg-type]


def test_conversation_feeds_rules_that_need_the_customer() -> None:
    """
    The latest customer message is what CS401 reads; without one it is
    skipped.
    """
    linter = Linter(PREVIEW.evolve(select=["CS401"]))
    reply = "Please send us your order number."
    upset = Conversation(["Hi", "Third time asking!! Where is my refund?"])
    calm = Conversation(["Third time asking!! Where is my refund?", "Thanks, all good"])
    assert [f.code for f in linter.lint(reply, conversation=upset)] == ["CS401"]
    assert linter.lint(reply, conversation=calm) == []
    assert linter.lint(reply) == []


def test_document_available_context() -> None:
    """
    The needs a document can meet follow what the host gave.
    """
    doc = Document(
        "Hi", conversation=Conversation(["x"], history=["y"], channel=Channel.SMS)
    )
    assert doc.available == {"customer", "history", "channel"}
    assert Document("Hi").available == frozenset()


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("This is the third time I'm writing. Still no refund.", {CueKind.REPEAT}),
        (
            "My parcel never arrived and it was for my son's birthday.",
            {CueKind.LOSS, CueKind.IMPACT},
        ),
        ("Worst service ever, I'm cancelling my account.", {CueKind.THREAT}),
        ("WHERE IS MY ORDER", {CueKind.SHOUTING}),
        ("this is bullshit", {CueKind.PROFANITY}),
        ("I'm panicking, my card has been blocked abroad.", {CueKind.DISTRESS}),
        ("The box arrived smashed. Great job.", {CueKind.SARCASM}),
        (
            "I've been without heating for 3 days and I have a newborn.",
            {CueKind.VULNERABILITY},
        ),
        (
            "My father passed away and I need to close his account.",
            {CueKind.VULNERABILITY},
        ),
        ("Your outage cost us a full day of sales.", {CueKind.IMPACT}),
        ("I'm going to miss my daughter's school play.", {CueKind.IMPACT}),
        ("I've called four times and nobody has replied.", {CueKind.REPEAT}),
    ],
)
def test_read_customer_upset(text: str, kinds: set[CueKind]) -> None:
    """
    Each kind of cue is found, with exact offsets, and the reading is upset.
    """
    state = cs_lint.read_customer(text)
    assert state.upset
    assert kinds <= {c.kind for c in state.cues}
    for cue in state.cues:
        assert text[cue.start : cue.end] == cue.excerpt
    assert state.to_dict()["upset"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Is the store open on Sunday?",
        "LOVE IT!!! Thanks so much",
        "I'm not disappointed at all, it works.",
        "The app isn't loading, can you help?",
        "",
        # A plain first problem report is not anger.
        "the app keeps crashing",
        "I was charged twice",
        "@HarborBank the app keeps crashing on Android 14 when I open Payments.",
        "My parcel never arrived.",
        "Hi, I think I've been charged twice for order 3381 - could you check?",
        # A loss or a worry inside a question is a question.
        "My phone only charges to 80%. Is it broken?",
        "Will I get the stolen money back?",
        "My connection is only 45 minutes. Should I be worried?",
        # Homographs of upset cues.
        "Can the engineer come on a Saturday?",
        "My solicitor needs a letter confirming my balance.",
        "Sorry to be annoying, but could you resend the invoice?",
        "I'm flying with my 2-year-old. Can I take her car seat on board?",
        "Why did my rent payment fail?",
    ],
)
def test_read_customer_calm(text: str) -> None:
    """
    Questions, cheer, negated complaint words and a plain problem report
    are not upset.
    """
    assert not cs_lint.read_customer(text).upset


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("the app keeps crashing", [CueKind.LOSS]),
        ("I was charged twice", [CueKind.LOSS]),
        ("It keeps crashing, third time this week!", [CueKind.LOSS, CueKind.REPEAT]),
    ],
)
def test_read_customer_counts_words_once(text: str, kinds: list[CueKind]) -> None:
    """
    A word is evidence once: "keeps crashing" is a problem report, not a
    loss and a repeat; "charged twice" is not repeated contact.
    """
    state = cs_lint.read_customer(text)
    found = [c for c in state.cues if c.kind is not CueKind.SHOUTING]
    assert [c.kind for c in found] == kinds
    spans = sorted((c.start, c.end) for c in found)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_read_customer_rejects_non_str() -> None:
    """
    A non-string message is a TypeError.
    """
    with pytest.raises(TypeError, match="must be str"):
        cs_lint.read_customer(None)  # type: ignore[arg-type]


def test_customer_state_is_read_once() -> None:
    """
    The reading is cached on the document.
    """
    doc = Document("Hello", customer="Still waiting!!")
    state = customer_state(doc)
    assert state is customer_state(doc)
    assert state is not None
    assert state.upset
    assert customer_state(Document("Hello")) is None


MACRO = (
    "Thank you for reaching out to us. We have received your request and a "
    "member of our team will get back to you within 2 business days."
)


def test_macro_copy_is_flagged_with_the_macro_name() -> None:
    """
    A near copy of a macro is flagged, naming it; a personalised one is not.
    """
    linter = Linter(
        Config(plugins=False, select=["CS502"], macros={"ack-request": MACRO})
    )
    copied = "Hi,\n\n" + MACRO.replace("to us", "to the team") + "\n\nBest,\nAnna"
    [finding] = linter.lint(copied)
    assert "'ack-request'" in finding.message
    tweeted = "@115712 " + MACRO + " https://t.co/AbC123 ^KT"
    assert len(linter.lint(tweeted)) == 1, (
        "handles, links and initials are not personal"
    )
    personal = MACRO + " I've asked Leo to look at the cracked screen on order 5521."
    assert linter.lint(personal) == []
    # A whole-body finding is kept when the body holds a placeholder too.
    templated = MACRO + "\n\nHi {{first_name}}"
    assert {
        f.code
        for f in Linter(Config(plugins=False, macros={"a": MACRO})).lint(templated)
    } >= {
        "CS502",
        "CS504",
    }
    assert Linter(Config(plugins=False, select=["CS502"])).lint(copied) == []


def test_macros_from_config_file(tmp_path: Path) -> None:
    """
    ``macros`` in a config file is a table or a path to a TOML file.
    """
    (tmp_path / "macros.toml").write_text(f'ack = "{MACRO}"\n', encoding="utf-8")
    cfg = tmp_path / "cs-lint.toml"
    cfg.write_text('macros = "macros.toml"\n', encoding="utf-8")
    assert cs_lint.load_config(cfg).macros == (Macro("ack", MACRO),)
    cfg.write_text('[macros]\nack = "Hello there"\n', encoding="utf-8")
    assert cs_lint.load_config(cfg).macros == (Macro("ack", "Hello there"),)
    cfg.write_text('macros = "missing.toml"\n', encoding="utf-8")
    with pytest.raises(
        cs_lint.ConfigError, match=r"cs-lint.toml:1: macros: no macros file"
    ):
        cs_lint.load_config(cfg)
    cfg.write_text("macros = 3\n", encoding="utf-8")
    with pytest.raises(cs_lint.ConfigError, match="macros"):
        cs_lint.load_config(cfg)
    (tmp_path / "bad.toml").write_text("ack = 1\n", encoding="utf-8")
    cfg.write_text('macros = "bad.toml"\n', encoding="utf-8")
    with pytest.raises(cs_lint.ConfigError, match="macro 'ack' must be a string"):
        cs_lint.load_config(cfg)


def test_placeholder_words_are_not_linted() -> None:
    """
    Words inside a placeholder belong to the template: only CS504 sees them.
    """
    linter = Linter(PREVIEW)
    text = "Hi {{please_be_advised}}, your order shipped."
    assert [f.code for f in linter.lint(text)] == ["CS504"]
    doc = Document("Dear %NAME%, see [Customer Name] and <<name>>.")
    assert len(doc.placeholders) == 3


def test_import_does_not_load_nltk() -> None:
    """
    nltk is imported on first use of a rule that stems, never on import.
    """
    code = "import sys, cs_lint; cs_lint.lint('Hi'); print('nltk' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


_PIECES = [*"abcAB !?.,'{}[]%<>@#\n", "sorry ", "STILL ", "third time ", "you "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@given(_TEXT)
def test_read_customer_offsets_are_exact(text: str) -> None:
    """
    Every cue's excerpt is the message at its offsets, in order.
    """
    state = cs_lint.read_customer(text)
    starts = [c.start for c in state.cues]
    assert starts == sorted(starts)
    for cue in state.cues:
        assert text[cue.start : cue.end] == cue.excerpt


@given(_TEXT, st.lists(_TEXT, max_size=3), st.lists(_TEXT, max_size=2))
def test_any_conversation_lints(
    text: str, customer: list[str], history: list[str]
) -> None:
    """
    Any conversation is accepted, and findings keep exact offsets and stay
    out of placeholders unless they are CS504's.
    """
    linter = Linter(PREVIEW)
    doc = Document(text)
    for f in linter.lint(text, conversation=Conversation(customer, history=history)):
        assert text[f.start : f.end] == f.excerpt
        if f.code != "CS504":
            assert not doc.in_placeholder(f.start, f.end)


def test_email_body_uses_the_linters_macros_and_placeholders() -> None:
    """
    The email path lints through lint_document: macros and placeholder
    masking apply there too.
    """
    linter = Linter(Config(plugins=False, macros={"ack": MACRO}))
    report = linter.check_email_body(
        "Hi {{first_name}},\n\n" + MACRO + "\n\nBest,\nAnna"
    )
    codes = {f.code for f in report.findings}
    assert {"CS502", "CS504"} <= codes


def test_alternatives_excluding_drops_offers_inside_spans() -> None:
    """
    A rule can discount words that only look like help ("you'll need to
    contact the courier"): offers inside the given spans stop counting,
    the others still do, and the original reading is unchanged.
    """
    from cs_lint._context.reply import Alternatives

    text = "That's the courier's issue. You'll need to contact them directly."
    doc = Document(text)
    alternatives = Alternatives(doc)
    start = text.index("You'll")
    redirect = (start, len(text))
    assert alternatives.anywhere(0, 5)
    assert not alternatives.excluding([redirect]).anywhere(0, 5)
    assert alternatives.anywhere(0, 5)  # the original is not changed
    helped = Document(text + " I've also opened a claim for you.")
    assert Alternatives(helped).excluding([redirect]).anywhere(0, 5)


@pytest.mark.parametrize(
    ("text", "word", "framed"),
    [
        ("Sorry to hear refunds aren't possible there.", "aren't", True),
        ("You said it can't be undone.", "can't", True),
        ("It sounds like the code expired.", "expired", True),
        ("Refunds aren't possible after 30 days.", "aren't", False),
        ("I'm sorry, but refunds aren't possible.", "aren't", False),
    ],
)
def test_reported_frame(text: str, word: str, framed: bool) -> None:
    """
    Words under "sorry to hear", "you said", "it sounds like" report the
    customer's situation; after a clause break they are the agent's own.
    """
    from cs_lint._context.reply import reported_frame

    assert reported_frame(Document(text), text.index(word)) is framed


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("You were the one who asked us to cancel, remember?", True),
        ("That was the plan, wasn't it?", True),
        ("Did you get our email?", False),
        ("Could you send the order number?", False),
    ],
)
def test_tag_question(text: str, tagged: bool) -> None:
    """
    A statement with a tag asserts; a real question does not.
    """
    from cs_lint._context.reply import tag_question

    assert tag_question(Document(text), 0) is tagged


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        ("Sorry for the delay.", "sincere", ""),
        ("I'm sorry you were charged twice.", "sincere", ""),
        ("We're sorry you feel that way.", "perception", "feeling"),
        (
            "I regret that you came away from the desk feeling pressured.",
            "perception",
            "",
        ),
        (
            "We're sorry your stay didn't meet your expectations.",
            "perception",
            "expectation",
        ),
        ("Sorry that you missed the email we sent.", "perception", "blame"),
        ("Sorry if the logout caught you off guard.", "conditional", "if"),
        ("If you felt let down, I'm sorry.", "conditional", "lead"),
        ("Should there have been any confusion, we apologise.", "conditional", "lead"),
        ("Sorry for any confusion this may have caused.", "conditional", "any"),
        ("Sorry, but that's our policy.", "retracted", "justification"),
        ("I'm sorry, we're short-staffed this week.", "retracted", "excuse"),
        ("We regret to inform you that the flight is cancelled.", "notice", "notice"),
    ],
)
def test_apology_kinds(text: str, kind: str, reason: str) -> None:
    """
    Each apology head is read once and gets its kind (and, where it is
    not sincere, the construction that made it so).
    """
    from cs_lint._context.apology import apologies

    (found,) = apologies(Document(text))
    assert found.kind.value == kind
    if reason:
        assert found.reason == reason
    assert 0 <= found.start < found.head_end <= found.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "If I misread your note, sorry!",
        "Sorry if I misread your last message - could you confirm the date?",
        "Sorry if you were charged twice - we'll refund it today.",
        "If it's not fixed by Friday, I'm sorry, we'll escalate.",
        "I apologise if this was sent in error. Can you DM us so we can check?",
    ],
)
def test_apology_conditions_that_stay_sincere(text: str) -> None:
    """
    A condition on the agent's own reading, an event the agent checks or
    puts right, or what may still come, does not make a non-apology.
    """
    from cs_lint._context.apology import ApologyKind, apologies

    assert all(a.kind is not ApologyKind.CONDITIONAL for a in apologies(Document(text)))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'd feel the same. A new one is on its way.", "understanding"),
        ("I can see why that's annoying.", "understanding"),
        ("You're right, that should have been clearer.", "validation"),
        ("That was our mistake.", "owning"),
        ("Looks like you've had a rough time. Let's sort it.", "impact"),
        ("Oh no! Let's fix it.", "impact"),
        ("I'm so sorry for your loss.", "apology"),
        ("Thanks for letting us know.", "gratitude"),
    ],
)
def test_acknowledgements(text: str, kind: str) -> None:
    """
    Each acknowledgement construction is recognised, with its kind.
    """
    from cs_lint._context.apology import acknowledgements

    assert kind in {a.kind.value for a in acknowledgements(Document(text))}


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry you feel that way.",
        "Sorry if you were upset, but the fee is in your contract.",
        "That is not our fault.",
        "Not possible, sorry.",
        "We can get this to the right people if you send the store name.",
        "We've forwarded your concerns to the team.",
        "We regret to inform you that the item is out of stock.",
    ],
)
def test_pseudo_acknowledgements_do_not_count(text: str) -> None:
    """
    Non-apologies, denials, a bare "sorry" on a refusal, "get" as obtain
    and procedure about "your concerns" are not acknowledgement.
    """
    from cs_lint._context.apology import acknowledgements

    found = {a.kind.value for a in acknowledgements(Document(text)) if not a.weak}
    assert not found, found


def _construction_words() -> list[str]:
    from cs_lint._context import blame, defence

    words: set[str] = set()
    for _, c in (*blame._BY_KIND, *defence._BY_KIND):
        for need in c.needs:
            for group in need:
                words |= group
    return sorted(words)


@given(st.lists(st.sampled_from(_construction_words()), max_size=12))
def test_constructions_read_together_meet_as_each_alone(words: list[str]) -> None:
    """
    `Constructions.met` (one pass over the words) names exactly the
    constructions whose own `met_by` holds, for the blame and defence
    readers' constructions.
    """
    from cs_lint._context import blame, defence

    bag = frozenset(words)
    for reader in (blame, defence):
        items = reader._ALL.items
        expected = sum(1 << i for i, c in enumerate(items) if c.met_by(bag))
        assert reader._ALL.met(bag) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Was it really that hard to look? All you had to do was check the email.",
        "Delays are sometimes unavoidable. Our partner handles deliveries.",
        "For future reference, please read the terms. I can see you cancelled it.",
        "Thanks for waiting",
    ],
)
def test_constructions_read_together_give_each_ones_sentences(text: str) -> None:
    """
    `Constructions.sentences` yields, construction by construction, the
    spans each construction's own `sentences` yields.
    """
    from cs_lint._context import blame, defence

    doc = Document(text)
    for reader in (blame, defence):
        items = reader._ALL.items
        expected = [
            (i, lo, hi) for i, c in enumerate(items) for lo, hi in c.sentences(doc)
        ]
        assert list(reader._ALL.sentences(doc)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The decision lies entirely with the courier. It is a matter for the courier.",
        "It is the courier's responsibility, not ours. It's for the courier to resolve.",
        "Our billing system worked correctly throughout and we stand by that decision.",
        "Our team is always friendly. He has been with us for ten years.",
        "The charge is correct. From our side, everything was done correctly.",
        "The photos clearly show the lid was already cracked. We're confident that the driver acted correctly.",
        "Our staff did all that was asked. An error on our side is very unlikely.",
        "Everything complies with regulations, and the charge is fair.",
    ],
)
def test_split_constructions_match_as_their_whole_pattern(text: str) -> None:
    """
    A construction split into parts (`Construction.parts`) runs, in each
    sentence, only the alternatives whose needs the sentence meets, and
    finds there what its whole pattern finds; its alternatives joined are
    its source.
    """
    from cs_lint._context import blame, defence
    from cs_lint._context.constructions import split_alternatives

    doc = Document(text)
    split = [c for r in (blame, defence) for c in r._ALL.items if c.parts]
    assert split
    for c in split:
        assert "|".join(split_alternatives(c.source)) == c.source
        for sent, words in zip(doc.sentences, doc.trigger_windows, strict=True):
            if not c.met_by(words):
                continue
            whole = [m.span() for m in c.pattern.finditer(text, sent.start, sent.end)]
            part = c.pattern_in(words).finditer(text, sent.start, sent.end)
            assert [m.span() for m in part] == whole
