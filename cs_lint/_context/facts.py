"""
Team facts: what a team's replies must agree with (refund window, delivery
times, response-time SLA, prices, retired terms).

Configured as ``[tool.cs-lint.facts]`` in pyproject.toml or ``[facts]`` in
cs-lint.toml, or in code as ``Config(facts=Facts(...))``. The consistency
rules (CS9xx) read them; with no facts configured they do not run.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs
import regex

from cs_lint._base.errors import ConfigError, did_you_mean
from cs_lint._text.compiled import compile_cached


#: The keys of a facts table.
FACT_KEYS = (
    "refund-window-days",
    "return-window-days",
    "sla-hours",
    "delivery-days",
    "prices",
    "retired-terms",
)

_CURRENCIES = {
    "£": "GBP",
    "$": "USD",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "gbp": "GBP",
    "usd": "USD",
    "eur": "EUR",
    "cad": "CAD",
    "aud": "AUD",
    "jpy": "JPY",
    "inr": "INR",
    "chf": "CHF",
}
#: A price as written in a reply or a config: "£9.99", "$12", "9.99 EUR",
#: "USD 9", "€1,299.00".
_MONEY_SOURCE = r"""
    (?:(?P<sym>[£$€¥₹])\s?|(?P<code1>GBP|USD|EUR|CAD|AUD|JPY|INR|CHF)\s?)
      (?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,7}(?:\.\d{1,2})?)(?![\d.,]?\d)
    | (?<![\d.])(?P<amount2>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,7}(?:\.\d{1,2})?)\s?
      (?P<code2>GBP|USD|EUR|CAD|AUD|JPY|INR|CHF|pounds?|dollars?|euros?)\b
    """


@functools.cache
def money_pattern() -> regex.Pattern[str]:
    """
    The pattern of a price, compiled on first use.
    """
    return compile_cached(_MONEY_SOURCE, regex.VERBOSE | regex.IGNORECASE)


_WORD_CURRENCIES = {"pound": "GBP", "dollar": "USD", "euro": "EUR"}


@attrs.frozen
class Money:
    """
    An amount with its currency (None when the text gave none).
    """

    amount: Decimal
    currency: str | None

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}" if self.currency else str(self.amount)


def money_of(m: regex.Match[str]) -> Money:
    """
    Return the `Money` a `money_pattern` match denotes.
    """
    amount = (m.group("amount") or m.group("amount2")).replace(",", "")
    mark = m.group("sym") or m.group("code1") or m.group("code2") or ""
    mark = mark.lower()
    currency = _CURRENCIES.get(mark) or _WORD_CURRENCIES.get(mark.rstrip("s"))
    return Money(Decimal(amount), currency)


def parse_money(text: str) -> Money | None:
    """
    Return the price *text* states ("£9.99", "9.99 EUR", "12"), or None.
    """
    text = text.strip()
    m = money_pattern().fullmatch(text)
    if m is not None:
        return money_of(m)
    try:
        return (
            Money(Decimal(text), None)
            if regex.fullmatch(r"\d+(?:\.\d+)?", text)
            else None
        )
    except InvalidOperation:  # pragma: no cover - the pattern rules it out
        return None


@attrs.frozen
class DeliveryWindow:
    """
    How many days one delivery option takes: *low* to *high* (inclusive).
    """

    low: int
    high: int

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


def _each(
    parse: Callable[..., Any], value: object, name: str, *, with_name: bool = False
) -> Mapping[str, Any]:
    """
    Validate a table of facts (``delivery-days``, ``prices``,
    ``retired-terms``) entry by entry, read-only.
    """
    key = f"facts.{name}"
    out = {}
    for item, v in _table(value, key).items():
        where = f"{key}.{item}"
        out[item] = parse(item, v, where) if with_name else parse(v, where)
    return types.MappingProxyType(out)


def _refund_days(value: object) -> int | None:
    return None if value is None else _days(value, "facts.refund-window-days")


def _return_days(value: object) -> int | None:
    return None if value is None else _days(value, "facts.return-window-days")


def _sla_hours(value: object) -> float | None:
    return None if value is None else _hours(value, "facts.sla-hours")


def _delivery_days(value: object) -> Mapping[str, DeliveryWindow]:
    return _each(_window, value, "delivery-days")


def _price_table(value: object) -> Mapping[str, tuple[Money, ...]]:
    return _each(_prices, value, "prices")


def _retired_terms(value: object) -> Mapping[str, str]:
    return _each(_replacement, value, "retired-terms", with_name=True)


@attrs.frozen(hash=False)
class Facts:
    """
    What a team's replies must agree with. Every field is optional; a rule
    whose fact is not set does not run.

    Args:
        refund_window_days: Days the customer has to ask for a refund.
        return_window_days: Days the customer has to return an item (when
            it differs from the refund window).
        sla_hours: The fastest first response the team promises, in hours.
        delivery_days: Delivery option name -> `DeliveryWindow` (days).
        prices: Product or plan name -> the prices it may be quoted at.
        retired_terms: Retired term -> the term that replaces it.
    """

    refund_window_days: int | None = attrs.field(default=None, converter=_refund_days)
    return_window_days: int | None = attrs.field(default=None, converter=_return_days)
    sla_hours: float | None = attrs.field(default=None, converter=_sla_hours)
    delivery_days: Mapping[str, DeliveryWindow] = attrs.field(
        factory=dict, converter=_delivery_days
    )
    prices: Mapping[str, tuple[Money, ...]] = attrs.field(
        factory=dict, converter=_price_table
    )
    retired_terms: Mapping[str, str] = attrs.field(
        factory=dict, converter=_retired_terms
    )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # The tables are read-only mapping proxies, which do not pickle;
        # batch workers need facts, so pickle plain copies.
        return (
            _restore,
            (
                self.refund_window_days,
                self.return_window_days,
                self.sla_hours,
                dict(self.delivery_days),
                dict(self.prices),
                dict(self.retired_terms),
            ),
        )

    def __bool__(self) -> bool:
        return any(
            (
                self.refund_window_days is not None,
                self.return_window_days is not None,
                self.sla_hours is not None,
                self.delivery_days,
                self.prices,
                self.retired_terms,
            )
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, key: str = "facts") -> Facts:
        """
        Build facts from a mapping in the configuration-file form
        (``refund-window-days``, ``delivery-days`` = {name = "3-5"}, ...).

        Raises:
            ConfigError: an unknown key or a malformed value, naming the
                key (``facts.prices.Plus``).
        """
        if not isinstance(data, Mapping):
            raise ConfigError(
                f"expected a table of facts, got {type(data).__name__}", key=key
            )
        kwargs: dict[str, Any] = {}
        for name, value in data.items():
            where = f"{key}.{name}"
            if name not in FACT_KEYS:
                raise ConfigError(
                    f"unknown fact {name!r}{did_you_mean(str(name), FACT_KEYS)}; "
                    f"known facts: {', '.join(FACT_KEYS)}",
                    key=where,
                )
            kwargs[name.replace("-", "_")] = value
        return cls(**kwargs)


def _table(value: object, key: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(
            f"expected a table of name = value, got {type(value).__name__} {value!r}",
            key=key,
        )
    for name in value:
        if not str(name).strip():
            raise ConfigError("names may not be empty", key=key)
    return value


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _days(value: object, key: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 3650:
        raise ConfigError(
            f"expected a whole number of days from 1 to 3650, got {value!r}", key=key
        )
    return value


def _hours(value: object, key: str) -> float:
    if not _number(value) or not 0 < float(value) <= 24 * 365:  # type: ignore[arg-type]
        raise ConfigError(
            f"expected a positive number of hours, got {value!r}", key=key
        )
    return float(value)  # type: ignore[arg-type]


_RANGE = compile_cached(r"\s*(\d{1,4})\s*(?:-|\u2013|to)\s*(\d{1,4})\s*")


def _window(value: object, key: str) -> DeliveryWindow:
    low: object
    high: object
    if isinstance(value, DeliveryWindow):
        low, high = value.low, value.high
    elif isinstance(value, str):
        m = _RANGE.fullmatch(value)
        if m is None and value.strip().isdigit():
            low = high = int(value)
        elif m is None:
            raise ConfigError(
                f'expected days as 3, "3-5" or [3, 5], got {value!r}', key=key
            )
        else:
            low, high = int(m.group(1)), int(m.group(2))
    elif isinstance(value, list) and len(value) == 2:
        low, high = value
    else:
        low = high = value
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high)):
        raise ConfigError(
            f'expected days as 3, "3-5" or [3, 5], got {value!r}', key=key
        )
    assert isinstance(low, int)
    assert isinstance(high, int)
    if not 0 <= low <= high <= 365:
        raise ConfigError(
            f"expected 0 <= fewest days <= most days <= 365, got {value!r}", key=key
        )
    return DeliveryWindow(low, high)


def _prices(value: object, key: str) -> tuple[Money, ...]:
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    out = []
    for item in items:
        money = (
            item
            if isinstance(item, Money)
            else Money(Decimal(str(item)), None)
            if _number(item) and item >= 0  # type: ignore[operator]
            else parse_money(item)
            if isinstance(item, str)
            else None
        )
        if money is None:
            raise ConfigError(
                f'expected a price such as "£9.99", "9.99 EUR" or 9.99, got {item!r}',
                key=key,
            )
        out.append(money)
    if not out:
        raise ConfigError("expected at least one price", key=key)
    return tuple(out)


def _replacement(term: str, value: object, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(
            f"expected the term that replaces {term!r}, got {value!r}", key=key
        )
    pattern = regex.compile(
        r"(?<!\w)" + regex.escape(term.strip()) + r"(?!\w)", regex.IGNORECASE
    )
    if pattern.search(value):
        raise ConfigError(
            f"the replacement {value!r} contains the retired term {term!r}", key=key
        )
    return value.strip()


def facts_of(value: Facts | Mapping[str, Any] | None) -> Facts:
    """
    Convert what `Config` is given for *facts* into `Facts`.
    """
    if value is None:
        return Facts()
    if isinstance(value, Facts):
        return value
    return Facts.from_dict(value)


def _restore(  # noqa: PLR0917 - pickle passes the parts positionally
    refund: int | None,
    returns: int | None,
    sla: float | None,
    delivery: dict[str, DeliveryWindow],
    prices: dict[str, tuple[Money, ...]],
    retired: dict[str, str],
) -> Facts:
    """
    Rebuild pickled `Facts` from its already-validated parts.
    """
    facts = Facts(refund_window_days=refund, return_window_days=returns, sla_hours=sla)
    object.__setattr__(facts, "delivery_days", types.MappingProxyType(delivery))
    object.__setattr__(facts, "prices", types.MappingProxyType(prices))
    object.__setattr__(facts, "retired_terms", types.MappingProxyType(retired))
    return facts
