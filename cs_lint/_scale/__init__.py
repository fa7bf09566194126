"""
Layer 7, work at scale: batches over every core, the audit command, SARIF
and the generated rule docs.
"""
