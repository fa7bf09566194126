"""
cs_lint.testing: the strategies, the assertions, the pytest plugin and
the hypothesis hook that downstream projects use.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import cs_lint
from cs_lint import testing
from cs_lint._text.zones import QUOTE, SIGNATURE
from cs_lint.rules.consistency import EXAMPLE_FACTS
from cs_lint.rules.learned import RULES as LEARNED_RULES
from cs_lint.rules.script_rigidity import EXAMPLE_MACROS
from cs_lint.testing import (
    GeneratedReply,
    assert_clean,
    assert_flags,
    assert_well_formed,
    clean_replies,
    customer_messages,
    emails,
    hostile_text,
    quoted_threads,
    replies,
    signatures,
    violating_replies,
)
from cs_lint.testing._catalogue import catalogue


pytest_plugins = ["pytester"]

DOCS = Path(__file__).resolve().parent.parent / "docs"
#: Every rule, with the example macros and team facts the CS502 and CS9xx
#: rules need to fire.
LINTER = cs_lint.Linter(
    cs_lint.Config(
        preview=True, plugins=False, macros=EXAMPLE_MACROS, facts=EXAMPLE_FACTS
    )
)
CODES = sorted({e.code for e in catalogue(LINTER).examples})


class TestStrategies:
    @given(clean_replies(linter=LINTER))
    def test_clean_replies_are_clean(self, text: str) -> None:
        """
        No rule, preview ones included, flags a clean reply.
        """
        assert [] == LINTER.lint(text, customer="")

    @given(violating_replies(linter=LINTER))
    def test_injected_violations_are_found_exactly(self, reply: GeneratedReply) -> None:
        """
        Each injection is a finding of its rule at exactly its span.
        """
        assert reply.injections
        for i in reply.injections:
            assert reply.text[i.start : i.end] == i.excerpt
            assert_flags(
                reply.text,
                i.code,
                customer=reply.customer,
                at=(i.start, i.end),
                linter=LINTER,
            )

    @given(st.data())
    def test_violating_replies_of_one_rule(self, data: st.DataObject) -> None:
        """
        With a code, every injection is of that rule, for every rule.
        """
        code = data.draw(st.sampled_from(CODES))
        reply = data.draw(violating_replies(code, linter=LINTER))
        assert {code} == reply.codes

    def test_every_rule_can_be_injected(self) -> None:
        """
        Every rule can be drawn by violating_replies (its bad examples
        fire on their own: tests/test_rule_examples.py checks that).
        """
        assert sorted(r.code for r in LINTER.rules) == CODES
        # Phrase-level rules are placed inside replies (rules about the whole
        # reply, like a missing next step, may only be drawn as a whole).
        inline = {e.code for e in catalogue(LINTER).examples if e.inline}
        # A refusal with no alternative (CS701), a defensive line with no
        # way forward (CS602) or a third party blamed while the reply does
        # nothing about it (CS606), a rule defended by its purpose (CS607) or
        # staff defended (CS608) is a violation only where the reply offers
        # nothing else; inside a template that takes an action it goes
        # silent, so it is drawn only as a whole reply (issue 18, item 13).
        needs_bare_reply = {"CS602", "CS606", "CS607", "CS608", "CS701"}
        # The learned stage scores a whole sentence with its position in the
        # reply: inside a template it may score lower, so its rules are not
        # required to be drawn inline.
        learned = {r.code for r in LEARNED_RULES}
        phrase_level = (
            {c for c in CODES if c[:3] in {"CS1", "CS2", "CS3", "CS6", "CS7"}}
            - needs_bare_reply
            - learned
        )
        assert phrase_level <= inline
        assert not needs_bare_reply & inline

    @given(violating_replies(family="hedging", shape="chat", linter=LINTER))
    def test_violating_replies_of_one_family(self, reply: GeneratedReply) -> None:
        """
        A family limits injections to its rules; a shape is kept.
        """
        assert all(c.startswith("CS2") for c in reply.codes)
        assert "chat" == reply.shape

    def test_unknown_rule_or_family_is_a_clear_error(self) -> None:
        """
        Asking for a rule or family that does not exist names the choices.
        """
        with pytest.raises(ValueError, match=r"no rule 'CS999'.*CS101"):
            violating_replies("CS999", linter=LINTER)
        with pytest.raises(ValueError, match=r"unknown family 'hedge'.*hedging"):
            violating_replies(family="hedge", linter=LINTER)
        with pytest.raises(ValueError, match="unknown shape 'fax'"):
            replies("fax")
        with pytest.raises(ValueError, match="max_violations"):
            violating_replies(max_violations=0)
        with pytest.raises(TypeError, match="upset"):
            customer_messages(upset="yes")  # type: ignore[arg-type]

    def test_pack_phrases_become_violations(self, tmp_path: Path) -> None:
        """
        A phrase-pack rule's phrases, not only its bad examples, are drawn,
        each at its exact span.
        """
        pack = tmp_path / "voice.toml"
        pack.write_text(
            textwrap.dedent(
                """
                [[rule]]
                code = "ACME501"
                name = "acme-stock-phrase"
                family = "script-rigidity"
                kind = "existence"
                message = "Stock phrase {excerpt!r}"
                why = "Stock phrases read as a macro (seed 001)."
                phrases = ["please be advised", "we regret to inform you", "per our records"]
                bad = ["Please be advised that it shipped."]
                good = ["It shipped."]
                """
            ),
            encoding="utf-8",
        )
        linter = cs_lint.Linter(
            cs_lint.Config(packs=[str(pack)], select=["ACME"], plugins=False)
        )
        texts = {e.text for e in catalogue(linter).examples}
        assert "Please be advised that it shipped." in texts
        assert any(t.startswith("We regret to inform you") for t in texts)
        assert any(t.startswith("Per our records") for t in texts)
        reply = find(
            violating_replies("ACME501", linter=linter),
            lambda r: any(i.excerpt.lower() == "per our records" for i in r.injections),
        )
        for i in reply.injections:
            assert_flags(reply.text, "ACME501", at=(i.start, i.end), linter=linter)

    def test_braces_in_examples_are_text(self, tmp_path: Path) -> None:
        """
        Braces in a rule's examples are kept as written, not read as slots.
        """
        pack = tmp_path / "braces.toml"
        pack.write_text(
            textwrap.dedent(
                """
                [[rule]]
                code = "ACME502"
                name = "acme-placeholder"
                family = "script-rigidity"
                kind = "existence"
                message = "Unfilled placeholder {excerpt!r}"
                why = "A macro sent with its placeholder shows (seed 001)."
                phrases = ["{first_name}"]
                bad = ["Hi {first_name}, it shipped."]
                good = ["Press }{ to fold it {."]
                """
            ),
            encoding="utf-8",
        )
        linter = cs_lint.Linter(cs_lint.Config(packs=[str(pack)], plugins=False))
        # Drawn from this rule alone, so the search cannot miss by chance
        # as the built-in catalogue grows.
        reply = find(
            violating_replies("ACME502", linter=linter),
            lambda r: "Hi {first_name}, it shipped." in r.text,
        )
        assert {"{first_name}"} == {i.excerpt for i in reply.injections}
        find(
            clean_replies(linter=linter),
            lambda t: "Press }{ to fold it {." in t,
            settings=settings(max_examples=20_000, database=None),
        )

    def test_rule_names_select_too(self) -> None:
        """
        A rule name works where a code does.
        """
        reply = find(violating_replies("blunt-no", linter=LINTER), lambda r: True)
        assert {"CS704"} == reply.codes

    @given(st.data())
    def test_replies_have_the_asked_shape(self, data: st.DataObject) -> None:
        """
        Emails have paragraphs, chat is one line, social posts mention a handle.
        """
        shape = data.draw(st.sampled_from(["email", "chat", "social"]))
        text = data.draw(replies(shape, linter=LINTER))
        assert text.strip()
        if shape == "email":
            assert "\n\n" in text
        elif shape == "social":
            assert "@" in text.split(" ")[0] + text.split(" ")[1]
        else:
            assert "\n" not in text

    def test_replies_are_sometimes_clean_and_sometimes_not(self) -> None:
        """
        Realistic replies mix clean and flagged ones.
        """
        find(replies(linter=LINTER), lambda t: not LINTER.lint(t))
        find(replies(linter=LINTER), lambda t: bool(LINTER.lint(t)))

    @given(customer_messages(upset=True))
    def test_upset_messages_carry_a_frustration_cue(self, text: str) -> None:
        """
        An upset message asks again, waits, shouts or threatens.
        """
        cues = r"!!|\?\?|still|again|third time|waiting|cancel|unacceptable|frustrated|ridiculous|[A-Z]{3,}"
        assert re.search(cues, text, re.IGNORECASE)

    @given(customer_messages(upset=False))
    def test_calm_messages_do_not(self, text: str) -> None:
        """
        A calm message has no ``!!`` or capitals run.
        """
        assert not re.search(r"!!|[A-Z]{3,}", text)

    @given(emails(linter=LINTER))
    def test_emails_have_quote_and_signature_zones(self, text: str) -> None:
        """
        A full email has a signature and a quoted thread.
        """
        kinds = {z.kind for z in cs_lint.Document(text).zones}
        assert QUOTE in kinds
        assert kinds & {SIGNATURE, "disclaimer"}

    @given(emails(quoted=False, signature=False, linter=LINTER))
    def test_bare_emails_have_neither(self, text: str) -> None:
        """
        Without quote and signature, only the agent's zones remain.
        """
        kinds = {z.kind for z in cs_lint.Document(text).zones}
        assert kinds <= {"greeting", "body", "sign-off", "signature"}
        # No quoted line ("<<name>>" placeholders may hold a ">").
        assert not any(line.lstrip().startswith(">") for line in text.splitlines())

    @given(signatures(), quoted_threads())
    def test_building_blocks(self, signature: str, thread: str) -> None:
        """
        Signatures and quoted threads are what their names say.
        """
        reply = "Hi Sam,\n\nIt ships Monday.\n\nBest,\nJordan\n\n"
        kinds = [z.kind for z in cs_lint.Document(reply + signature).zones]
        assert kinds[-1] in {SIGNATURE, "disclaimer"}
        kinds = [z.kind for z in cs_lint.Document(reply + thread).zones]
        assert QUOTE == kinds[-1]

    @given(hostile_text(max_run=5_000))
    def test_hostile_text_is_bounded(self, text: str) -> None:
        """
        Runs stay within *max_run* (plus the short pieces around them).
        """
        assert len(text) <= 5_000 + 12 * 200

    def test_hostile_text_reaches_its_extremes(self) -> None:
        """
        Long runs, lone surrogates and joiners all show up.
        """
        find(hostile_text(max_run=5_000), lambda t: len(t) >= 5_000)
        find(hostile_text(max_run=0), lambda t: "\ud800" in t or "\udfff" in t)
        find(hostile_text(max_run=0), lambda t: "\u200d" in t)


class TestAssertions:
    def test_assert_clean_passes_and_fails_with_positions(self) -> None:
        """
        The failure lists position, code, name and an underlined excerpt.
        """
        assert_clean("Your refund was issued today.")
        text = "Hi Sam,\nAs I already told you, it ships Monday."
        with pytest.raises(AssertionError) as info:
            assert_clean(text)
        message = str(info.value)
        assert "expected a clean reply, got 1 finding:" in message
        assert "2:1 CS103 as-already-told [warning]" in message
        assert "      As I already told you, it ships Monday." in message
        assert message.endswith("^" * len("As I already told you"))

    def test_assert_clean_with_select(self) -> None:
        """
        select limits the rules checked.
        """
        text = "As I already told you, it ships Monday."
        assert_clean(text, select=["hedging"])
        assert_clean(text, select="CS2")
        with pytest.raises(AssertionError, match="CS103"):
            assert_clean(text, select=["CS1"])
        with pytest.raises(AssertionError, match="CS103"):
            assert_clean(text, select=["CS1"], linter=LINTER)

    def test_assert_flags(self) -> None:
        """
        assert_flags returns the findings and checks the span when asked.
        """
        text = "Thanks. You failed to attach it."
        [f] = assert_flags(text, "CS101")
        assert (8, 21) == (f.start, f.end)
        assert_flags(text, "blame-the-customer", at=(8, 21))
        with pytest.raises(AssertionError, match=r"at 0..6 \('Thanks'\)"):
            assert_flags(text, "CS101", at=(0, 6))
        with pytest.raises(AssertionError, match=r"no findings at all"):
            assert_flags("It ships Monday.", "CS101")
        with pytest.raises(AssertionError, match="CS101 blame-the-customer"):
            assert_flags(text, "CS103")
        with pytest.raises(AssertionError, match="no rule 'CS999' is selected"):
            assert_flags(text, "CS999")

    def test_assert_well_formed_catches_a_bad_span(self) -> None:
        """
        A finding whose excerpt does not match its span is reported.
        """
        text = "Hi.\nYou failed to attach it."
        findings = LINTER.lint(text)
        assert_well_formed(text, findings)
        moved = [cs_lint.Finding.from_dict({**findings[0].to_dict(), "start": 5})]
        with pytest.raises(AssertionError, match="text\\[start:end\\]"):
            assert_well_formed(text, moved)
        shifted = [cs_lint.Finding.from_dict({**findings[0].to_dict(), "column": 2})]
        with pytest.raises(AssertionError, match="line:column"):
            assert_well_formed(text, shifted)
        with pytest.raises(AssertionError, match="duplicate"):
            assert_well_formed(text, findings * 2)


class TestPackage:
    def test_import_cs_lint_imports_no_testing_code(self) -> None:
        """
        import cs_lint loads neither cs_lint.testing nor hypothesis; the
        assertions load without hypothesis too.
        """
        code = (
            "import sys, cs_lint; cs_lint.lint('Did you even read it?');"
            "print(sorted(m for m in sys.modules if m.startswith(('cs_lint.testing', 'hypothesis', 'pytest'))));"
            "from cs_lint.testing import assert_clean;"
            "print('hypothesis' in sys.modules)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split("\n")
        assert ["[]", "False"] == out[:2]

    def test_strategies_without_hypothesis_say_what_to_install(self) -> None:
        """
        Without hypothesis, the assertions work and a strategy names the extra.
        """
        code = (
            "import sys; sys.modules['hypothesis'] = None\n"
            "from cs_lint.testing import assert_clean\n"
            "assert_clean('It ships Monday.')\n"
            "try:\n"
            "    from cs_lint.testing import replies\n"
            "except ImportError as exc:\n"
            "    print(exc)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.strip()
        assert (
            'cs_lint.testing.replies needs hypothesis: pip install "cs-lint[testing]"'
            == out
        )

    def test_public_names(self) -> None:
        """
        Every name in __all__ resolves, lazily for the strategies.
        """
        for name in testing.__all__:
            assert getattr(testing, name) is not None
        assert set(testing.__all__) <= set(dir(testing))
        with pytest.raises(AttributeError):
            testing.nothing  # noqa: B018

    @given(st.from_type(cs_lint.Finding), st.from_type(cs_lint.Document))
    def test_hypothesis_hook_registers_types(
        self, finding: cs_lint.Finding, doc: cs_lint.Document
    ) -> None:
        """
        Through the entry point, from_type draws real findings and documents.
        """
        # A required-element finding (CS401) is an empty insertion point.
        assert finding.excerpt or finding.start == finding.end
        assert finding.end >= finding.start
        assert doc.text

    def test_docs_example_runs(self) -> None:
        """
        The worked example in docs/testing.md runs and its tests pass.
        """
        text = (DOCS / "testing.md").read_text(encoding="utf-8")
        blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
        assert blocks
        namespace: dict[str, object] = {"__name__": "testing_md"}
        exec(compile("\n".join(blocks), "testing.md", "exec"), namespace)
        tests = [
            v for k, v in namespace.items() if k.startswith("test_") and callable(v)
        ]
        assert len(tests) >= 3
        for test in tests:
            test()


class TestPytestPlugin:
    def test_fixtures_follow_the_project_config(
        self, pytester: pytest.Pytester
    ) -> None:
        """
        cs_lint_linter reads the project's cs-lint.toml.
        """
        pytester.makefile(".toml", **{"cs-lint": 'select = ["CS1"]\nplugins = false'})
        pytester.makepyfile(
            """
            def test_config(cs_lint_linter, cs_lint_config):
                assert cs_lint_config.select == ("CS1",)
                assert {r.code[:3] for r in cs_lint_linter.rules} == {"CS1"}
            """
        )
        pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)

    def test_output_with_findings_fails_the_test(
        self, pytester: pytest.Pytester
    ) -> None:
        """
        A reply handed to cs_lint_output with a finding fails its test,
        showing where; a clean one passes.
        """
        pytester.makepyfile(
            """
            import pytest

            def test_bad(cs_lint_output):
                cs_lint_output("Fine.")
                cs_lint_output("Hi.\\nAs I already told you, it ships.")

            def test_good(cs_lint_output):
                assert cs_lint_output("It ships Monday.") == "It ships Monday."

            @pytest.mark.cs_lint(select=["hedging"])
            def test_marker_narrows(cs_lint_output):
                cs_lint_output("As I already told you, it ships.")

            @pytest.mark.cs_lint(ignore=["CS1"])
            def test_marker_without_fixture(request):
                request.node.cs_lint_output("I'll try to fix it.")
            """
        )
        result = pytester.runpytest("-p", "no:cacheprovider")
        result.assert_outcomes(passed=2, failed=2)
        result.stdout.fnmatch_lines(
            [
                "*cs-lint: 1 of 2 output(s) have findings",
                "*output #2 (*chars):",
                "*2:1 CS103 as-already-told*",
                "*CS201 tentative-commitment*",
            ]
        )

    def test_property_test_with_the_project_linter(
        self, pytester: pytest.Pytester
    ) -> None:
        """
        A user's @given test can use the session linter with the strategies.
        """
        pytester.makefile(".toml", **{"cs-lint": 'select = ["CS7"]\nplugins = false'})
        pytester.makepyfile(
            """
            from hypothesis import given, settings
            from cs_lint.testing import assert_clean, clean_replies, violating_replies

            @settings(max_examples=10)
            @given(clean_replies())
            def test_clean(cs_lint_linter, text):
                assert_clean(text, linter=cs_lint_linter)

            @settings(max_examples=10)
            @given(violating_replies(family="negative-framing"))
            def test_caught(cs_lint_linter, reply):
                assert_clean(reply.text, linter=cs_lint_linter)
            """
        )
        result = pytester.runpytest("-p", "no:cacheprovider")
        result.assert_outcomes(passed=1, failed=1)
        result.stdout.fnmatch_lines(
            ["*expected a clean reply, got * finding*", "*CS70*"]
        )

    def test_config_option_and_bad_config(self, pytester: pytest.Pytester) -> None:
        """
        --cs-lint-config picks a file; a broken one is a usage error.
        """
        pytester.makefile(".toml", good='select = ["CS7"]', bad='selct = ["CS7"]')
        pytester.makepyfile(
            """
            def test_rules(cs_lint_linter):
                assert {r.code[:3] for r in cs_lint_linter.rules} == {"CS7"}
            """
        )
        pytester.runpytest("--cs-lint-config", "good.toml").assert_outcomes(passed=1)
        result = pytester.runpytest("--cs-lint-config", "bad.toml")
        result.stdout.fnmatch_lines(["*cs-lint: *bad.toml*unknown setting 'selct'*"])
        assert result.ret != 0

    def test_bad_marker_is_a_usage_error(self, pytester: pytest.Pytester) -> None:
        """
        The marker takes only its documented keywords.
        """
        pytester.makepyfile(
            """
            import pytest

            @pytest.mark.cs_lint(selct=["CS1"])
            def test_it(cs_lint_output):
                pass
            """
        )
        result = pytester.runpytest()
        result.stdout.fnmatch_lines(["*cs_lint marker takes only select=*"])
        assert result.ret != 0

    def test_plugin_is_registered(self, pytestconfig: pytest.Config) -> None:
        """
        The pytest11 entry point loads the plugin in this very run.
        """
        assert pytestconfig.pluginmanager.has_plugin("cs_lint")


def test_markers_are_documented() -> None:
    """
    docs/testing.md names every public helper.
    """
    text = (DOCS / "testing.md").read_text(encoding="utf-8")
    for name in [
        *testing.__all__,
        "cs_lint_linter",
        "cs_lint_output",
        "--cs-lint-config",
    ]:
        assert name in text, name
