"""
The conversation a reply belongs to, as the host knows it: the customer's
messages, the agent's earlier replies and the channel.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs


class Channel(enum.Enum):
    """
    Where the conversation happens; rules may judge length and tone by it.
    """

    EMAIL = "email"
    CHAT = "chat"
    SOCIAL = "social"
    SMS = "sms"


def _channel(value: Channel | str | None) -> Channel | None:
    if value is None or isinstance(value, Channel):
        return value
    if not isinstance(value, str):
        msg = f"channel must be a str or cs_lint.Channel, not {type(value).__name__}"
        raise TypeError(msg)
    try:
        return Channel(value.strip().lower())
    except ValueError:
        names = ", ".join(c.value for c in Channel)
        msg = f"unknown channel {value!r}; use one of: {names}"
        raise ValueError(msg) from None


def _strings(value: Iterable[str] | str, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    try:
        items = tuple(value)
    except TypeError:
        msg = f"{what} must be a str or a sequence of str, not {type(value).__name__}"
        raise TypeError(msg) from None
    for i, item in enumerate(items):
        if not isinstance(item, str):
            msg = f"{what}[{i}] must be str, not {type(item).__name__}"
            raise TypeError(msg)
    return items


def _customer_messages(value: Iterable[str] | str) -> tuple[str, ...]:
    return _strings(value, "customer")


def _history(value: Iterable[str] | str) -> tuple[str, ...]:
    return _strings(value, "history")


@attrs.frozen
class Conversation:
    """
    What a host knows about the thread a reply belongs to.

    Args:
        customer: The customer's messages, oldest first (the latest, the
            one the reply answers, last). A single str is one message.
        history: The agent's earlier replies in the thread, oldest first.
        channel: ``email``, ``chat``, ``social`` or ``sms`` (a `Channel`
            or its name), or None when unknown.

    Raises:
        TypeError: a message is not a str.
        ValueError: the channel is unknown.
    """

    customer: tuple[str, ...] = attrs.field(default=(), converter=_customer_messages)
    history: tuple[str, ...] = attrs.field(default=(), converter=_history)
    channel: Channel | None = attrs.field(default=None, converter=_channel)

    @property
    def latest(self) -> str | None:
        """
        The customer message the reply answers (the last one), if any.
        """
        return self.customer[-1] if self.customer else None
