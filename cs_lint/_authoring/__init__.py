"""
Layer 3, how a rule is declared: `rule`, `Rule`, `Match`, scans and
triggers, the shared skip predicates and fixes, and phrase packs (rules as
data). Built-in rules and plugins use the same pieces.
"""
