"""
The public API surface and what `import cs_lint` costs.
"""

from __future__ import annotations

import subprocess
import sys

import cs_lint


def test_all_matches_public_names() -> None:
    """
    __all__ lists exactly the public names of the package (the batch and
    SARIF names are imported when first asked for).
    """
    for name in cs_lint.__all__:
        assert getattr(cs_lint, name) is not None
    public = {
        n
        for n, v in vars(cs_lint).items()
        if not n.startswith("_") and not isinstance(v, type(sys))
    }
    assert sorted(public - {"annotations", "Any"}) == sorted(cs_lint.__all__)


def test_version() -> None:
    """
    __version__ comes from the installed metadata.
    """
    assert cs_lint.__version__


def test_import_is_light() -> None:
    """
    import cs_lint imports neither hypothesis, pytest nor nltk.
    """
    code = (
        "import sys, cs_lint; cs_lint.lint('Did you even read it?');"
        "print(sorted(m for m in ('hypothesis', 'pytest', 'nltk') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "[]" == out.strip()
