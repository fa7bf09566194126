"""
Layer 1, reading one text: the parsed document (sentences, words, clauses,
negation, quotations), zones, placeholders, offset indexes and the one
pattern compiler. Knows nothing about customers, rules or configuration.
"""
