"""
Lexicons: the shared semantic classes, contraction-aware phrase matching,
class references in patterns and the cue words that gate scans.
"""

from __future__ import annotations

import itertools

import pytest
import regex

from cs_lint._authoring.rule import expand_needs
from cs_lint._text.lexicons import (
    REFERENCE,
    cues,
    lexicon_source,
    lexicons,
    phrase_source,
    phrase_spans,
    phrase_variants,
)
from cs_lint._text.patterns import compile_pattern, words_of


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("is not our fault", "isn't our fault"),
        ("is not our fault", "ain\u2019t our fault"),
        ("it is not our fault", "it's not our fault"),
        ("it is not our fault", "it isnt our fault"),
        ("I am afraid", "I'm afraid"),
        ("I am afraid", "Im afraid"),
        ("cannot", "can not"),
        ("cannot", "can\u2019t"),
        ("won't", "will not"),
        ("short-staffed", "short staffed"),
        ("within {N} days", "within 10 days"),
        ("within {N} days", "within three days"),
    ],
)
def test_phrases_match_every_way_of_writing_them(phrase: str, text: str) -> None:
    """
    A lexicon phrase matches its contracted and expanded forms, either
    apostrophe, any whitespace, a hyphen or a space.
    """
    assert regex.fullmatch(phrase_source(phrase), text, regex.IGNORECASE)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [("we will", "well"), ("I will", "ill"), ("it is", "its"), ("sorry", "sorrynot")],
)
def test_phrases_do_not_match_look_alikes(phrase: str, text: str) -> None:
    """
    Contractions that are other words ("well", "ill", "its") are not read
    as the phrase.
    """
    assert not regex.fullmatch(phrase_source(phrase), text, regex.IGNORECASE)


def test_class_reference_in_a_pattern_is_bounded() -> None:
    """
    ``{NAME}`` in a pattern is the class's alternation, bounded at word
    edges; regex quantifiers stay quantifiers.
    """
    p = compile_pattern(r"{APOLOGY_HEAD}\s+if\s+\w{2,5}")
    assert p.search("We're sorry if you were upset").group().endswith("sorry if you")
    assert p.search("a sorryif you") is None


def test_every_class_compiles_and_references_exist() -> None:
    """
    Every class in the package's lexicons.toml compiles, and every
    reference and union member names a class.
    """
    known = lexicons()
    assert known
    for lex in known.values():
        for phrase in lex.phrases:
            for ref in REFERENCE.findall(phrase):
                assert ref in known, (lex.name, ref)
        for member in lex.union:
            assert member in known, (lex.name, member)
        regex.compile(lexicon_source(lex.name), regex.IGNORECASE | regex.VERBOSE)


def _texts(phrase: str) -> list[str]:
    """
    Every way of writing a reference-free phrase, for the cue property.
    """
    out = []
    for seg in phrase_variants(phrase):
        for combo in itertools.islice(itertools.product(*seg), 64):
            out.append(" ".join(f.replace("{n}", "3") for f in combo))
    return out


def test_cues_are_necessary_for_every_class() -> None:
    """
    Any text a class matches holds one of its cue words, so gating a scan
    on them never loses a match.
    """
    for lex in lexicons().values():
        words = cues(lex.name)
        if not words:
            continue  # a class with a word-less phrase never gates (tested below)
        for phrase in lex.phrases:
            if REFERENCE.search(phrase):
                continue
            for text in _texts(phrase):
                if words_of(text):
                    assert words_of(text) & words, (lex.name, text)


def test_needs_expand_class_references_and_alternatives() -> None:
    """
    A trigger entry may name a class in a slot and list alternatives.
    """
    needs = expand_needs(("{APOLOGY_HEAD}+if|whether",))
    assert "sorry+if" in needs
    assert "apologise+whether" in needs
    assert all("+" in n for n in needs)


def test_a_class_without_words_cannot_gate() -> None:
    """
    A class with a phrase made only of punctuation has no cue words, and
    asking to gate a scan on it is an error, never a scan that never runs.
    """
    wordless = [n for n, lex in lexicons().items() if lex.phrases and not cues(n)]
    assert wordless
    with pytest.raises(ValueError, match="cannot gate a scan"):
        expand_needs((f"{{{wordless[0]}}}",))


def test_possessive_references_match_and_gate() -> None:
    """
    ``{NAME:POSS}`` matches a class's phrases in the possessive, and its
    trigger cues are the words as `words_of` reads them ("courier's").
    """
    pattern = compile_pattern(r"\b{THIRD_PARTY:POSS}\s+fault\b")
    assert pattern.search("It's the courier's fault.")
    assert pattern.search("the suppliers' fault")
    assert not pattern.search("the courier is at fault")
    needs = expand_needs(("{THIRD_PARTY:POSS}",))
    assert "courier's" in needs
    assert words_of("It's the courier's fault.") & needs


def test_phrase_spans_finds_what_the_class_pattern_finds() -> None:
    """
    Looking a class's phrases up word by word finds the same phrases as
    its regex, possessives marked, and never joins words across
    punctuation.
    """
    text = "Royal Mail lost it; the suppliers' prices rose. Air traffic, control."
    spans = phrase_spans("THIRD_PARTY", text)
    assert [(text[a:b], poss) for a, b, poss in spans] == [
        ("Royal Mail", False),
        ("suppliers'", True),
    ]
    pattern = compile_pattern("{THIRD_PARTY}")
    plain = "Royal Mail and the courier and air traffic control and DPD"
    assert [plain[a:b] for a, b, _ in phrase_spans("THIRD_PARTY", plain)] == [
        m.group() for m in pattern.finditer(plain)
    ]


def test_phrase_spans_refuses_a_class_of_references() -> None:
    """
    A class whose phrases name other classes has no word table.
    """
    named = next(
        n
        for n, lex in lexicons().items()
        if any(REFERENCE.search(p) for p in lex.phrases)
    )
    with pytest.raises(ValueError, match="no phrase table"):
        phrase_spans(named, "text")


def test_class_starts_hold_every_first_token() -> None:
    """
    Every way of writing every phrase starts with a token in `starts`
    (`DIGIT_START` for a number), so an anchored scan tries each match.
    """
    from cs_lint._text.lexicons import DIGIT_START, starts

    first = regex.compile(r"[\w]+(?:'\w+)*|\S")
    for lex in lexicons().values():
        tokens = starts(lex.name)
        for phrase in lex.phrases:
            if REFERENCE.search(phrase):
                continue
            for text in _texts(phrase):
                lead = first.match(text.lower())
                assert lead is not None, (lex.name, text)
                token = lead.group()
                assert token in tokens or (
                    token[0].isdigit() and DIGIT_START in tokens
                ), (lex.name, text)


def test_anchors_hold_a_word_of_every_phrase() -> None:
    """
    Each way of writing a phrase holds one of the class's anchor words,
    with the other words of one entry of its needs, and no more tokens
    before it than the anchor's lead allows.
    """
    from cs_lint._text.lexicons import anchors

    tested = 0
    for lex in lexicons().values():
        found = anchors(lex.name)
        if found is None:
            continue
        tested += 1
        for phrase in lex.phrases:
            for text in _texts(phrase):
                words = words_of(text)
                tokens = regex.findall(r"\w+(?:'\w+)*", text.lower())
                hits = [
                    w
                    for w in found.words & words
                    if any(n <= words for n in found.needs[w])
                    and tokens.index(w) <= found.lead[w]
                ]
                assert hits, (lex.name, text)
    assert tested > 50


def test_anchors_present_needs_the_whole_phrase() -> None:
    """
    An anchor word alone does not wake a class: the other words of one of
    its phrases must be there too.
    """
    from cs_lint._text.lexicons import anchors

    found = anchors("NORMALISING")
    assert found is not None
    assert found.present(words_of("What did you order?")) == []
    assert found.present(words_of("It is what it is.")) != []


def test_cue_words_skip_a_number_suffix() -> None:
    """
    "{n}th" is one token with its number ("3th"), so its letters are not a
    cue word.
    """
    from cs_lint._text.lexicons import phrase_cues

    assert "th" not in phrase_cues("for the {n}th time")
    assert phrase_cues("that's just how it works") == frozenset({"works"})


def test_lazy_patterns_expand_classes_on_first_use() -> None:
    """
    A lazy pattern with a class reference compiles (and expands the
    class) only when used, and then matches like an eager one.
    """
    lazy = compile_pattern(r"\b{APOLOGY_HEAD}\s+if\b", lazy=True)
    eager = compile_pattern(r"\b{APOLOGY_HEAD}\s+if\b")
    text = "We're so sorry if you were upset."
    assert lazy.search(text).group() == eager.search(text).group()
