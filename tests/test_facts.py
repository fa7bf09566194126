"""
Team facts: configuration, located errors, and the rules that need them.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

import cs_lint
from cs_lint import Config, ConfigError, Facts, Linter
from cs_lint._context.facts import DeliveryWindow, Money, parse_money
from cs_lint.rules.consistency import EXAMPLE_FACTS, RULES

from .test_cli import run


DOCS = Path(__file__).resolve().parent.parent / "docs"
FACTS_TOML = """\
[facts]
refund-window-days = 14
sla-hours = 24

[facts.delivery-days]
standard = "3-5"
express = [1, 2]

[facts.prices]
"Plus plan" = "£9.99"
"Pro plan" = ["£19.99", 199]

[facts.retired-terms]
"Premium plan" = "Plus plan"
"""


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


class TestLoading:
    def test_cs_lint_toml(self, tmp_path: Path) -> None:
        """
        Every kind of fact loads from cs-lint.toml into typed values.
        """
        facts = cs_lint.load_config(write(tmp_path, "cs-lint.toml", FACTS_TOML)).facts
        assert 14 == facts.refund_window_days
        assert facts.return_window_days is None
        assert 24.0 == facts.sla_hours
        assert DeliveryWindow(3, 5) == facts.delivery_days["standard"]
        assert DeliveryWindow(1, 2) == facts.delivery_days["express"]
        assert (Money(Decimal("9.99"), "GBP"),) == facts.prices["Plus plan"]
        assert Money(Decimal("199"), None) in facts.prices["Pro plan"]
        assert "Plus plan" == facts.retired_terms["Premium plan"]
        assert facts

    def test_pyproject(self, tmp_path: Path) -> None:
        """
        pyproject.toml reads [tool.cs-lint.facts].
        """
        content = FACTS_TOML.replace("[facts", "[tool.cs-lint.facts")
        facts = cs_lint.load_config(write(tmp_path, "pyproject.toml", content)).facts
        assert 14 == facts.refund_window_days

    def test_no_facts_is_empty(self) -> None:
        """
        The default configuration has no facts, and empty facts are falsy.
        """
        assert not Config().facts
        assert not Facts()

    def test_mapping_or_value(self) -> None:
        """
        Config takes Facts or a mapping in the file's form, equally.
        """
        data = {"refund-window-days": 14, "retired-terms": {"old": "new"}}
        assert Config(facts=data).facts == Config(facts=Facts.from_dict(data)).facts

    @pytest.mark.parametrize(
        ("text", "money"),
        [
            ("£9.99", Money(Decimal("9.99"), "GBP")),
            ("9.99 EUR", Money(Decimal("9.99"), "EUR")),
            ("USD 1,299.00", Money(Decimal("1299.00"), "USD")),
            ("12", Money(Decimal("12"), None)),
            ("cheap", None),
            ("£", None),
        ],
    )
    def test_parse_money(self, text: str, money: Money | None) -> None:
        """
        Prices parse with their currency, or not at all.
        """
        assert money == parse_money(text)


class TestErrors:
    @pytest.mark.parametrize(
        ("body", "line", "key", "says"),
        [
            ("refund-windw-days = 14", 2, "facts.refund-windw-days", "did you mean"),
            (
                'refund-window-days = "14"',
                2,
                "facts.refund-window-days",
                "whole number",
            ),
            ("refund-window-days = 0", 2, "facts.refund-window-days", "whole number"),
            (
                "refund-window-days = true",
                2,
                "facts.refund-window-days",
                "whole number",
            ),
            ("sla-hours = -1", 2, "facts.sla-hours", "positive number"),
            ('prices = "£9.99"', 2, "facts.prices", "table"),
            ('[facts.prices]\nPlus = "cheap"', 3, "facts.prices.Plus", "price"),
            ("[facts.prices]\nPlus = []", 3, "facts.prices.Plus", "at least one"),
            (
                '[facts.delivery-days]\nstandard = "5-3"',
                3,
                "facts.delivery-days.standard",
                "fewest",
            ),
            (
                '[facts.delivery-days]\nstandard = "soon"',
                3,
                "facts.delivery-days.standard",
                "expected days",
            ),
            (
                "[facts.delivery-days]\nstandard = [1, 2, 3]",
                3,
                "facts.delivery-days.standard",
                "expected days",
            ),
            (
                '[facts.retired-terms]\nplan = "Plus plan"',
                3,
                "facts.retired-terms.plan",
                "contains the retired term",
            ),
            (
                "[facts.retired-terms]\nold = 3",
                3,
                "facts.retired-terms.old",
                "expected the term",
            ),
        ],
    )
    def test_located_error(
        self, tmp_path: Path, body: str, line: int, key: str, says: str
    ) -> None:
        """
        A malformed or unknown fact is a ConfigError naming file, line and key.
        """
        path = write(tmp_path, "cs-lint.toml", "[facts]\n" + body + "\n")
        with pytest.raises(ConfigError) as info:
            cs_lint.load_config(path)
        err = info.value
        assert str(path) == err.path
        assert line == err.line
        assert key == err.key
        assert says in err.message
        assert str(err).startswith(f"{path}:{line}: {key}: ")

    def test_facts_not_a_table(self, tmp_path: Path) -> None:
        """
        ``facts = 3`` is refused with its line.
        """
        path = write(tmp_path, "cs-lint.toml", "preview = true\nfacts = 3\n")
        with pytest.raises(ConfigError, match="table of facts") as info:
            cs_lint.load_config(path)
        assert 2 == info.value.line

    def test_from_python(self) -> None:
        """
        The same checks apply to facts given in code.
        """
        with pytest.raises(ConfigError, match="unknown fact 'sla'"):
            Config(facts={"sla": 24})

    def test_cli_exit_2(self, tmp_path: Path) -> None:
        """
        The command line reports a bad fact with its location and exits 2.
        """
        write(tmp_path, "cs-lint.toml", "[facts]\nsla-hours = 'fast'\n")
        reply = write(tmp_path, "reply.txt", "We'll reply within 2 hours.\n")
        proc = run("check", str(reply), cwd=tmp_path)
        assert 2 == proc.returncode
        assert "cs-lint.toml:2: facts.sla-hours:" in proc.stderr
        assert "Traceback" not in proc.stderr


class TestRules:
    REPLY = "We have a 30-day refund policy. Our team will reply within 2 hours."

    def test_skipped_without_facts(self) -> None:
        """
        With no facts configured the consistency rules do not run.
        """
        found = Linter(Config(select=["consistency"])).lint(self.REPLY)
        assert [] == found

    def test_each_rule_reads_only_its_fact(self) -> None:
        """
        With only an SLA, the refund claim is not judged.
        """
        linter = Linter(Config(select=["consistency"], facts={"sla-hours": 24}))
        assert ["CS903"] == [f.code for f in linter.lint(self.REPLY)]

    def test_cli_uses_config_facts(self, tmp_path: Path) -> None:
        """
        `cs-lint check` applies the facts in the nearest cs-lint.toml.
        """
        write(tmp_path, "cs-lint.toml", FACTS_TOML)
        reply = write(tmp_path, "reply.txt", self.REPLY + "\n")
        proc = run("check", str(reply), cwd=tmp_path)
        assert 1 == proc.returncode, proc.stderr
        assert "CS901" in proc.stdout
        assert "CS903" in proc.stdout

    def test_rules_declare_facts(self) -> None:
        """
        Every consistency rule declares that it needs facts.
        """
        assert RULES
        assert all(r.needs == frozenset({"facts"}) for r in RULES)

    @pytest.mark.parametrize(
        ("text", "fixed", "safe"),
        [
            (
                "You can upgrade to the Premium plan today.",
                "You can upgrade to the Plus plan today.",
                True,
            ),
            ("Premium plan members save 10%.", "Plus plan members save 10%.", True),
            ("That's an Elite plan feature.", "That's a Plus plan feature.", True),
            ("It's a legacy tier perk.", "It's an Advanced tier perk.", True),
            ("It's a legacy tier perk!", "It's an Advanced tier perk!", True),
            ("That's a legacy tier perk.", "That's a hourly plan perk.", False),
        ],
    )
    def test_retired_term_rewrite(self, text: str, fixed: str, safe: bool) -> None:
        """
        The rewrite keeps grammar: capitalisation and "a" / "an".
        """
        terms = {
            "Premium plan": "Plus plan",
            "Elite plan": "Plus plan",
            "legacy tier": "Advanced tier" if safe else "hourly plan",
        }
        linter = Linter(Config(select=["CS905"], facts={"retired-terms": terms}))
        (f,) = linter.lint(text)
        (s,) = f.suggestions
        assert fixed == cs_lint.apply_edits(text, s.edits)
        assert (s.applicability is cs_lint.Applicability.SAFE) == safe


def test_docs_example_runs(tmp_path: Path) -> None:
    """
    docs/facts.md: the TOML loads to the facts the rule examples assume,
    and the Python example runs as printed.
    """

    text = (DOCS / "facts.md").read_text(encoding="utf-8")
    toml = re.search(r"```toml\n(.*?)```", text, re.DOTALL)
    assert toml is not None
    path = write(tmp_path, "cs-lint.toml", toml.group(1))
    assert EXAMPLE_FACTS == cs_lint.load_config(path).facts
    code = re.search(r"```python\n(.*?)```", text, re.DOTALL)
    assert code is not None
    exec(compile(code.group(1), "facts.md", "exec"), {})


@pytest.mark.parametrize(
    "unit",
    [
        "30-day refund ",
        "you have 3 days to return ",
        "Plus plan £",
        "Premium plan ",
        "we reply within 2 hours ",
        "Standard delivery takes 1 ",
        "I will call you soon ",
    ],
)
def test_hostile_input_is_handled(unit: str) -> None:
    """
    Long runs of claim-like words lint with exact spans.
    """
    linter = Linter(Config(select=["consistency"], facts=EXAMPLE_FACTS))
    text = unit * (50_000 // len(unit))
    for f in linter.lint(text):
        assert text[f.start : f.end] == f.excerpt


class TestDirect:
    def test_values_are_checked(self) -> None:
        """
        Facts built in code are checked like facts read from a file.
        """
        with pytest.raises(ConfigError, match=r"facts\.delivery-days\.standard"):
            Facts(delivery_days={"standard": "soon"})
        with pytest.raises(ConfigError, match=r"facts\.refund-window-days"):
            Facts(refund_window_days=-3)
        with pytest.raises(ConfigError, match=r"facts\.prices\.Plus"):
            Facts(prices={"Plus": "cheap"})

    def test_raw_and_typed_values_agree(self) -> None:
        """
        Raw values are converted; typed ones are kept.
        """
        raw = Facts(
            delivery_days={"standard": "3-5"},
            prices={"Plus": "£9.99"},
            retired_terms={"old": "new"},
            sla_hours=24,
        )
        typed = Facts(
            delivery_days={"standard": DeliveryWindow(3, 5)},
            prices={"Plus": (Money(Decimal("9.99"), "GBP"),)},
            retired_terms={"old": "new"},
            sla_hours=24.0,
        )
        assert raw == typed

    def test_read_only(self) -> None:
        """
        Facts cannot be changed after they are built.
        """
        facts = Facts(retired_terms={"old": "new"})
        with pytest.raises(TypeError):
            facts.retired_terms["x"] = "y"  # type: ignore[index]


def test_email_checks_use_facts() -> None:
    """
    Pre-send email checks apply the linter's facts too.
    """
    linter = Linter(Config(facts=EXAMPLE_FACTS))
    report = linter.check_email_body("Hi Sam,\n\nWe have a 30-day refund policy.\n")
    assert ["CS901"] == [
        f.code for f in report.findings if f.family.value == "consistency"
    ]
