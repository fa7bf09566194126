"""
Layer 7, work at scale: batches over every core, the audit command, SARIF
and the generated rule docs; files as editors and ``check`` hold them
(replies, emails, macro libraries with source maps), fixes, baselines and
inline suppression.
"""
