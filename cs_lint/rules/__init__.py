"""
The built-in rules, one module per family; phrase data lives in ``packs/``.
"""

from __future__ import annotations

from cs_lint.rules import (
    accusatory,
    consistency,
    defensiveness,
    empathy,
    follow_through,
    hedging,
    learned,
    negative_framing,
    over_promising,
    script_rigidity,
)


#: Every built-in code rule, in code order. Bundled phrase packs in
#: ``cs_lint/rules/packs/`` are added by the registry.
RULES = (
    *accusatory.RULES,
    *hedging.RULES,
    *over_promising.RULES,
    *empathy.RULES,
    *script_rigidity.RULES,
    *defensiveness.RULES,
    *negative_framing.RULES,
    *follow_through.RULES,
    *consistency.RULES,
    *learned.RULES,
)

__all__ = ["RULES"]
