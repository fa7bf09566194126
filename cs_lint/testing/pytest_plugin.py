"""
The cs_lint pytest plugin (entry point ``pytest11``), active wherever
cs_lint is installed.

Fixtures:
    cs_lint_config: the project's configuration (``--cs-lint-config``, or
        the nearest ``cs-lint.toml`` / ``[tool.cs-lint]`` from the rootdir,
        or the defaults).
    cs_lint_linter: a `cs_lint.Linter` built from it, once per session.
    cs_lint_output: collect texts a test produces; they are linted when
        the test function returns, and any finding fails the test.

Marker:
    ``@pytest.mark.cs_lint(select=..., ignore=..., customer=...)`` narrows
    what ``cs_lint_output`` checks for one test, and makes the test use
    the fixture's check even if it does not name it (texts go to
    ``request.node.cs_lint_output`` then).

The plugin imports cs_lint (not hypothesis); no linter is built unless a
test asks for one of these fixtures.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Any

import attrs
import pytest

from cs_lint._base.errors import CsLintError
from cs_lint._base.finding import Finding
from cs_lint._engine.config import Config, find_config, load_config
from cs_lint._engine.linter import Linter
from cs_lint.testing import _assertions
from cs_lint.testing._assertions import describe


_MARKER = "cs_lint"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cs-lint")
    group.addoption(
        "--cs-lint-config",
        metavar="PATH",
        default=None,
        help="cs-lint configuration for the cs_lint_* fixtures "
        "(default: the nearest cs-lint.toml or [tool.cs-lint] from the rootdir)",
    )


def pytest_configure(config: pytest.Config) -> None:
    # `cs_lint.testing.project_linter` reads what the fixtures read.
    from cs_lint.testing import _catalogue  # noqa: PLC0415

    _catalogue.PROJECT_ROOT[:] = [config.rootpath]
    given = config.getoption("cs_lint_config", None)
    _catalogue.PROJECT_CONFIG[:] = [Path(given)] if given else []
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(select=None, ignore=None, customer=None): lint what the test "
        "hands to the cs_lint_output fixture with these rules; any finding fails it",
    )


@pytest.fixture(scope="session")
def cs_lint_config(pytestconfig: pytest.Config) -> Config:
    """
    The project's cs-lint configuration.
    """
    given = pytestconfig.getoption("cs_lint_config", None)
    try:
        if given:
            return load_config(Path(given))
        found = find_config(pytestconfig.rootpath)
        return Config() if found is None else load_config(found)
    except CsLintError as exc:
        raise pytest.UsageError(f"cs-lint: {exc}") from None


@pytest.fixture(scope="session")
def cs_lint_linter(cs_lint_config: Config) -> Linter:
    """
    A linter built from the project's configuration, shared by the session.
    """
    from cs_lint.testing._catalogue import project_linter  # noqa: PLC0415

    try:
        shared = project_linter()
        # One linter (and one strategy catalogue) for fixtures and
        # strategies, unless a conftest overrides cs_lint_config.
        if shared.config == cs_lint_config:
            return shared
        return Linter(cs_lint_config)
    except CsLintError as exc:
        raise pytest.UsageError(f"cs-lint: {exc}") from None


@attrs.define
class OutputCheck:
    """
    The texts a test produced, and how to lint them when it returns.

    Call it (or `add`) with each reply the code under test writes.
    """

    linter: Linter
    customer: str | None = None
    texts: list[str] = attrs.Factory(list)

    def add(self, text: str) -> str:
        """
        Record *text* for linting; return it unchanged.
        """
        if not isinstance(text, str):
            msg = f"cs_lint_output takes str, not {type(text).__name__}"
            raise TypeError(msg)
        self.texts.append(text)
        return text

    __call__ = add

    def failures(self) -> list[tuple[int, str, list[Finding]]]:
        """
        Return (index, text, findings) for every recorded text with findings.
        """
        out = []
        for i, text in enumerate(self.texts):
            findings = self.linter.lint(text, customer=self.customer)
            if findings:
                out.append((i, text, findings))
        return out


def _marked_linter(
    base: Linter, marker: pytest.Mark | None
) -> tuple[Linter, str | None]:
    if marker is None:
        return base, None
    unknown = set(marker.kwargs) - {"select", "ignore", "customer"}
    if marker.args or unknown:
        msg = "cs_lint marker takes only select=, ignore= and customer= keywords"
        raise pytest.UsageError(msg)
    changes: dict[str, Iterable[str]] = {
        k: marker.kwargs[k]
        for k in ("select", "ignore")
        if marker.kwargs.get(k) is not None
    }
    linter = Linter(base.config.evolve(**changes)) if changes else base
    return linter, marker.kwargs.get("customer")


@pytest.fixture
def cs_lint_output(
    request: pytest.FixtureRequest, cs_lint_linter: Linter
) -> OutputCheck:
    """
    Collect the replies a test produces; each is linted when the test
    function returns, and findings fail the test with their positions.
    """
    linter, customer = _marked_linter(
        cs_lint_linter, request.node.get_closest_marker(_MARKER)
    )
    check = OutputCheck(linter, customer)
    request.node.cs_lint_output = check
    return check


_ASSERTIONS = ("assert_clean", "assert_flags")


@pytest.fixture(autouse=True)
def _cs_lint_warm_assertions(request: pytest.FixtureRequest) -> None:
    """
    Build the default linter of `assert_clean` / `assert_flags` before a
    test of a module that imports them, so it is never built inside a
    Hypothesis example (where it would trip the deadline).
    """
    module = getattr(request.node, "module", None)
    names = vars(module) if module is not None else {}
    if any(
        getattr(names.get(n), "__module__", "") == _assertions.__name__
        for n in _ASSERTIONS
    ):
        _assertions.warm_up()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = getattr(item, "fixturenames", None)
        if (
            names is not None
            and "cs_lint_output" not in names
            and item.get_closest_marker(_MARKER)
        ):
            names.append("cs_lint_output")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any, Any]:
    __tracebackhide__ = True
    result = yield
    check = getattr(item, "cs_lint_output", None)
    if isinstance(check, OutputCheck):
        failures = check.failures()
        if failures:
            parts = [
                f"cs-lint: {len(failures)} of {len(check.texts)} output(s) have findings"
            ]
            for i, text, findings in failures:
                parts.append(
                    f"output #{i + 1} ({len(text)} chars):\n{describe(text, findings)}"
                )
            raise AssertionError("\n".join(parts))
    return result
