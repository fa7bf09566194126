"""
The parsed reply every rule reads: sentences, words, clauses and who they
are about, negation scope, quotation spans, line and UTF-16 indexes, zones
on the document, and analyses memoised on it.
"""

from __future__ import annotations

import pytest

from cs_lint import Conversation, Document, Facts


def sentences(text: str) -> list[str]:
    return [s.text for s in Document(text).sentences]


class TestSentences:
    def test_terminal_punctuation_splits(self) -> None:
        """
        Sentences end at terminal punctuation followed by a capital.
        """
        assert ["Thanks for waiting.", "It shipped today!", "Any questions?"] == (
            sentences("Thanks for waiting. It shipped today! Any questions?")
        )

    def test_abbreviations_and_initials_do_not_split(self) -> None:
        """
        "Mr.", "e.g." and an initial are not sentence ends.
        """
        assert ["Mr. Lee e.g. asked J. Smith to call."] == sentences(
            "Mr. Lee e.g. asked J. Smith to call."
        )

    def test_lines_are_their_own_sentences(self) -> None:
        """
        A greeting, a bullet and a sign-off on their own lines are sentences
        of their own even without punctuation.
        """
        text = "Hi Jo,\n\n- reset the router\n- wait a minute\n\nBest,\nAmy"
        assert ["Hi Jo,", "- reset the router", "- wait a minute", "Best,", "Amy"] == (
            sentences(text)
        )

    def test_soft_wrapped_lines_join(self) -> None:
        """
        A line that continues in lower case on the next line is one sentence.
        """
        assert ["We have refunded the\norder today."] == sentences(
            "We have refunded the\norder today."
        )

    def test_emoji_ends_a_sentence(self) -> None:
        """
        An emoji followed by a capital ends a sentence.
        """
        assert ["All sorted 🎉", "Enjoy!"] == sentences("All sorted 🎉 Enjoy!")

    def test_sentence_at_and_index(self) -> None:
        """
        `sentence_at` finds the sentence holding an offset; between
        sentences there is none, and `sentence_index` gives the one before.
        """
        doc = Document("One.  Two.")
        assert "Two." == doc.sentence_at(7).text
        assert doc.sentence_at(5) is None
        assert 0 == doc.sentence_index(5)


class TestWords:
    def test_words_are_lowercase_with_straight_apostrophes(self) -> None:
        """
        `words` is the set of lowercase words, curly apostrophes straight.
        """
        assert {"we", "can't", "help"} == Document("We can\u2019t HELP").words

    def test_trigger_windows_are_per_sentence(self) -> None:
        """
        A trigger that needs two words is met only within one sentence.
        """
        doc = Document("Not now. Our fault.")
        assert not any({"not", "our"} <= w for w in doc.trigger_windows)
        assert any({"our", "fault"} <= w for w in doc.trigger_windows)


class TestClauses:
    @pytest.mark.parametrize(
        ("text", "word", "speaker"),
        [
            ("I'll try to fix it.", "try", "agent"),
            ("We will refund it.", "refund", "agent"),
            ("You forgot the code.", "forgot", "customer"),
            ("Try restarting the router.", "restarting", "imperative"),
            ("Please try again later.", "again", "imperative"),
            ("The parcel is late.", "late", "other"),
            ("Sure, so I checked it.", "checked", "agent"),
        ],
    )
    def test_who_a_clause_is_about(self, text: str, word: str, speaker: str) -> None:
        """
        A clause is about the agent (I/we), the customer (you), is an
        instruction to the customer, or is about something else; fillers
        ("sure", "so") are skipped.
        """
        doc = Document(text)
        assert speaker == doc.clause_at(text.index(word)).speaker

    def test_clause_ends_at_a_break(self) -> None:
        """
        A clause runs from the last break before the offset to the next
        one: "but" starts a new clause about someone else.
        """
        text = "You asked for a refund, but we sent a voucher."
        doc = Document(text)
        clause = doc.clause_at(text.index("sent"))
        assert "we sent a voucher." == text[clause.start : clause.end].strip()
        assert "agent" == clause.speaker

    def test_conditional_clause(self) -> None:
        """
        A clause opened by "if" (or "unless", "when") is conditional.
        """
        text = "If you forgot your password, reset it here."
        doc = Document(text)
        assert doc.clause_at(text.index("forgot")).conditional
        assert not doc.clause_at(text.index("reset")).conditional


class TestNegation:
    @pytest.mark.parametrize(
        ("text", "word", "negated"),
        [
            ("I can't promise that.", "promise", True),
            ("We will never guarantee it.", "guarantee", True),
            ("I promise it ships.", "promise", False),
            ("It's not your fault.", "fault", True),
            ("No problem, I guarantee it.", "guarantee", False),
        ],
    )
    def test_negation_scope(self, text: str, word: str, negated: bool) -> None:
        """
        A negator within a few words before, in the same clause, governs the
        word; one in an earlier clause does not.
        """
        assert negated == Document(text).negated(text.index(word))


class TestQuotes:
    def test_quotation_marks_and_quoted_lines(self) -> None:
        """
        Words in quotation marks and on ``>`` lines are quotes; the agent's
        own words are not.
        """
        text = (
            'You wrote "you failed to ship it".\n> where is my order\nIt ships today.'
        )
        doc = Document(text)
        assert doc.in_quote(text.index("failed"))
        assert doc.in_quote(text.index("where"))
        assert not doc.in_quote(text.index("ships"))

    def test_an_apostrophe_is_not_a_quote(self) -> None:
        """
        Apostrophes inside words do not open a quotation.
        """
        text = "We can't ship it, it's the customer's order."
        assert not Document(text).in_quote(text.index("ship"))


class TestIndexes:
    def test_line_and_column(self) -> None:
        """
        Lines count ``\\n``; columns are 1-based code points.
        """
        doc = Document("Hi\r\nthere you go")
        assert (1, 1) == doc.lines.position(0)
        assert (2, 7) == doc.lines.position(10)

    def test_utf16_offsets_count_astral_characters_twice(self) -> None:
        """
        A character outside the BMP is two UTF-16 code units.
        """
        text = "😀 You failed"
        doc = Document(text)
        start = text.index("You")
        assert start + 1 == doc.utf16.offset(start)


class TestZonesAndContext:
    def test_zones_tile_the_document(self) -> None:
        """
        Zones cover the text in order, and `zone_at` names each part.
        """
        text = "Hi Jo,\n\nIt ships today.\n\nBest,\nAmy\n\n> where is it?"
        doc = Document(text)
        pos = 0
        for z in doc.zones:
            assert z.start == pos
            pos = z.end
        assert pos == len(text)
        assert "greeting" == doc.zone_at(0)
        assert "body" == doc.zone_at(text.index("ships"))
        assert "quote" == doc.zone_at(text.index("where"))
        assert not doc.in_agent_zone(text.index("where"))

    def test_quoted_message_stands_in_for_the_customer(self) -> None:
        """
        Without a customer message, the quoted reply is the customer's;
        ``customer=""`` turns that off.
        """
        text = "It ships today.\n\n> where is my order??"
        assert "quote" == Document(text).customer_source
        assert "where is my order??" in (Document(text).customer or "")
        assert Document(text, customer="").customer_source is None

    def test_available_context(self) -> None:
        """
        `available` lists the context a rule may need: a customer message,
        history, channel, facts.
        """
        doc = Document(
            "Hi",
            conversation=Conversation(
                customer=["Help"], history=["Hello"], channel="chat"
            ),
            facts=Facts(refund_window_days=30),
        )
        assert {"customer", "history", "channel", "facts"} == doc.available

    def test_customer_and_conversation_together_is_an_error(self) -> None:
        """
        The customer message is given one way, not both.
        """
        with pytest.raises(ValueError, match="not both"):
            Document("Hi", customer="x", conversation=Conversation(customer=["y"]))

    def test_analyses_are_memoised_on_the_document(self) -> None:
        """
        `memo` computes an analysis once per document.
        """
        calls: list[int] = []

        def analysis(doc: Document) -> int:
            calls.append(1)
            return len(doc.text)

        doc = Document("Hello")
        assert 5 == doc.memo(analysis) == doc.memo(analysis)
        assert [1] == calls
