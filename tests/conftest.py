"""
Shared fixtures.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

import cs_lint
from cs_lint._engine.registry import builtin_rules
from cs_lint.rules.consistency import EXAMPLE_FACTS


settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("dev", max_examples=50, deadline=None)
# CS_LINT_FUZZ_EXAMPLES sizes a fuzz run (tests/test_fuzz_inputs.py).
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("CS_LINT_FUZZ_EXAMPLES", "100000")),
    deadline=None,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def linter() -> cs_lint.Linter:
    """
    A linter with every built-in rule, preview included, no plugins, and
    the facts the consistency rules' examples assume.
    """
    return cs_lint.Linter(
        cs_lint.Config(preview=True, plugins=False, facts=EXAMPLE_FACTS)
    )


ALL_RULES = builtin_rules()
