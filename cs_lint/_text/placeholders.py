"""
Unrendered template placeholders: ``{{first_name}}``, ``{first_name}``,
``%NAME%``, ``[Customer Name]``, ``<<name>>``, ``${name}``.
"""

from __future__ import annotations

import regex

from cs_lint._text.compiled import compile_cached


# Each alternative is a bounded run of name characters between fixed
# delimiters, so the scan is linear on any input.
_PLACEHOLDER = compile_cached(
    r"""
    \{\{\s{0,3}[\w.\-]{1,40}(?:\s{1,3}[\w.\-|:'"]{1,40}){0,3}\s{0,3}\}\}
    | \{%\s{0,3}[\w.\- ]{1,60}%\}
    | \$\{[\w.\-]{1,40}\}
    | (?<![{\w])\{[A-Za-z_][\w.\-]{1,39}\}(?!\})
    | (?<![%\w])%[A-Z][A-Z0-9_]{1,39}%(?![\w%])
    | <<\s{0,2}[\w.\- ]{1,40}?\s{0,2}>>
    | \[\s{0,2}(?:(?:customer|client|user|member|agent|rep|recipient|your|first|last|full|company|brand|account|order|ticket|case|product|reference|ref|tracking)[\s_\-]{0,2}){1,3}
        (?:name|number|no\.?|id|\#|email|date|link|first[\s_\-]?name|here)\s{0,2}\]
    | \[\s{0,2}(?:NAME|FIRST[\s_]NAME|LAST[\s_]NAME|INSERT[\w\s]{1,30}|X{2,5}|[A-Z][A-Z_]{2,30}_[A-Z_]{2,30})\s{0,2}\]
    | \[\s{0,2}(?:insert|enter|add)\s[\w\s]{1,30}\]
    # round 9 (issue 14): the same slots in angle brackets ("<order number>",
    # "<insert name>", "<FIRST_NAME>") and a shell-style variable ("$FIRSTNAME")
    | <\s{0,2}(?:(?:customer|client|user|member|agent|rep|recipient|your|first|last|full|company|brand|account|order|ticket|case|product|reference|ref|tracking)[\s_\-]{0,2}){1,3}
        (?:name|number|no\.?|id|\#|email|date|link|first[\s_\-]?name)\s{0,2}>
    | <\s{0,2}(?:insert|enter|add)\s[\w\s]{1,30}>
    | <\s{0,2}(?-i:(?:NAME|FIRST[\s_]?NAME|LAST[\s_]?NAME|[A-Z]{2,20}_[A-Z_]{2,30}))\s{0,2}>
    | (?<![\w$])\$(?-i:(?=[A-Z_]*(?:NAME|FIRST|LAST|ORDER|TICKET|CASE|ACCOUNT|EMAIL|DATE|NUMBER|REF|AGENT
        |CUSTOMER|TRACKING|_))[A-Z][A-Z0-9_]{3,39})(?![\w$])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "[NAME]" and "[XXX]" are only placeholders in capitals; "%name%" too.
_UPPER_ONLY = compile_cached(r"\[\s{0,2}[A-Z_\s]{2,}\]|%[A-Z0-9_]+%")


def find_placeholders(text: str) -> tuple[tuple[int, int], ...]:
    """
    Return the (start, end) spans of template placeholders in *text*, in
    order.

        >>> find_placeholders("Hi {{first_name}}, your order is ready.")
        ((3, 17),)
    """
    if not any(c in text for c in "{%[<$"):
        return ()
    out = []
    for m in _PLACEHOLDER.finditer(text):
        got = m.group()
        if got[0] in "%[" and not _is_placeholder_bracket(got):
            continue
        out.append((m.start(), m.end()))
    return tuple(out)


def _is_placeholder_bracket(got: str) -> bool:
    if got[0] == "%":
        return got == got.upper()
    inner = got[1:-1].strip()
    if inner.isupper() or "_" in inner:
        return True
    lowered = inner.lower()
    return _UPPER_ONLY.fullmatch(got) is None and (
        inner[:1].isupper()
        or "name" in lowered
        or lowered.startswith(("insert", "enter", "add"))
    )
