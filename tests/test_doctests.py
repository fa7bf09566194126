"""
The examples in docstrings run and say what they show.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cs_lint


#: Optional modules that need extras (their own tests cover them), and the
#: command-line entry point, which runs on import.
SKIP = ("cs_lint.testing", "cs_lint.dask", "cs_lint.__main__")


def modules() -> list[str]:
    names = [
        m.name
        for m in pkgutil.walk_packages(cs_lint.__path__, "cs_lint.")
        if not m.name.startswith(SKIP)
    ]
    return sorted(names)


@pytest.mark.parametrize("name", modules())
def test_docstring_examples(name: str) -> None:
    """
    Every docstring example in the module passes.
    """
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_docstring_examples_exist() -> None:
    """
    The doctest run above is not empty: the helpers documented by example
    are found.
    """
    attempted = sum(
        doctest.testmod(importlib.import_module(n)).attempted for n in modules()
    )
    assert attempted >= 10
