"""
Registered through hypothesis' ``hypothesis`` entry point: lets
``st.from_type(cs_lint.Finding)`` and ``st.from_type(cs_lint.Document)``
draw real values. The strategies module is imported only when one of
these types is first asked for.
"""

from __future__ import annotations

from typing import Any


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415

    from cs_lint._base.finding import Finding  # noqa: PLC0415
    from cs_lint._text.document import Document  # noqa: PLC0415

    def finding(_: type) -> Any:
        from cs_lint.testing._strategies import findings  # noqa: PLC0415

        return findings()

    def document(_: type) -> Any:
        from cs_lint.testing._strategies import documents  # noqa: PLC0415

        return documents()

    st.register_type_strategy(Finding, finding)
    st.register_type_strategy(Document, document)
