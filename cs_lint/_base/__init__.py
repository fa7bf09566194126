"""
Layer 0, the base: values and errors every other layer speaks in (findings,
suggestions, severities, families, errors, selectors, the version). Imports
nothing else from cs_lint.
"""
