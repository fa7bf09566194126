"""
Meta-lint over every built-in rule: codes, names, docs and examples.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
import regex

import cs_lint
import cs_lint.rules
from cs_lint import Rule

from .conftest import ALL_RULES


@pytest.mark.parametrize("r", ALL_RULES, ids=lambda r: r.code)
class TestRuleMetadata:
    def test_code_matches_family(self, r: Rule) -> None:
        """
        A built-in code is CS plus three digits, the first naming the family.
        """
        assert regex.fullmatch(r"CS[1-9]\d\d", r.code)
        assert r.family.digit == r.code[2]

    def test_name_is_kebab_case(self, r: Rule) -> None:
        """
        Names are kebab-case and name the bad pattern, not a fix.
        """
        assert regex.fullmatch(r"[a-z]+(?:-[a-z]+)*", r.name)
        assert not r.name.startswith(("no-", "avoid-", "use-"))

    def test_why_cites_a_seed(self, r: Rule) -> None:
        """
        Every rule says why, citing the practice guide it rests on.
        """
        assert regex.search(r"seeds? 00[0-4]", r.why), r.why

    def test_examples(self, r: Rule) -> None:
        """
        At least two bad and two good examples, none repeated.
        """
        assert len(r.bad) >= 2
        assert len(r.good) >= 2
        assert not set(r.bad) & set(r.good)

    def test_docs_sections(self, r: Rule) -> None:
        """
        The documentation starts with what the rule does.
        """
        assert r.doc.startswith("## What it does")

    def test_message_template_formats(self, r: Rule) -> None:
        """
        The message template fills with an excerpt.
        """
        assert r.message.format_map({"excerpt": "x", "replacement": "y"})


def test_codes_and_names_unique() -> None:
    """
    No two rules share a code or a name.
    """
    assert len({r.code for r in ALL_RULES}) == len(ALL_RULES)
    assert len({r.name for r in ALL_RULES}) == len(ALL_RULES)


def test_every_module_rule_is_registered() -> None:
    """
    Each family module lists every Rule it defines in RULES, and the package
    registers every module's RULES.
    """
    registered = set(cs_lint.rules.RULES)
    for info in pkgutil.iter_modules(cs_lint.rules.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"cs_lint.rules.{info.name}")
        defined = {v for v in vars(module).values() if isinstance(v, Rule)}
        assert defined == set(module.RULES), info.name
        assert defined <= registered, info.name
