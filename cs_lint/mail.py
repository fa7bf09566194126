r"""
Email pre-send checks: the report, the policy and the decision.

    >>> import cs_lint
    >>> from cs_lint.mail import Verdict
    >>> report = cs_lint.Linter().check_email_body("Hi Jo,\n\nIt ships Monday.\n\nBest,\nAmy")
    >>> report.decision.verdict is Verdict.PASS
    True

Everything here is also importable from `cs_lint` itself.
"""

from __future__ import annotations

from cs_lint._mail.decide import Decision, EmailPolicy, Verdict, decide
from cs_lint._mail.report import EmailReport
from cs_lint._text.zones import Zone


__all__ = ["Decision", "EmailPolicy", "EmailReport", "Verdict", "Zone", "decide"]
