"""
The installed version, looked up when first asked for: reading package
metadata imports ``importlib.metadata`` (and through it ``email``), which
``import cs_lint`` should not pay for.
"""

from __future__ import annotations

import functools


DISTRIBUTION = "cs-lint"


@functools.cache
def version() -> str:
    """
    Return the installed cs-lint version (``0+unknown`` when the package
    is imported from a source tree that was never installed).
    """
    from importlib.metadata import PackageNotFoundError  # noqa: PLC0415 - lazy
    from importlib.metadata import version as dist_version  # noqa: PLC0415

    try:
        return dist_version(DISTRIBUTION)
    except PackageNotFoundError:
        return "0+unknown"
