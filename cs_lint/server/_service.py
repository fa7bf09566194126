"""
What every endpoint shares: the settings, the one `Linter` built at start,
the linters for per-request rule selections, and running lint calls in a
bounded thread pool so the event loop keeps answering while a long reply
is linted.

Nothing here knows about HTTP; the endpoints (`_native`, `_languagetool`)
turn requests into calls of `Service.lint` and `Service.check_email` and
raise `Problem` for bad input.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable
from typing import TypeVar

import anyio.to_thread
import attrs

from cs_lint._base.errors import ConfigError
from cs_lint._base.finding import Finding, Severity
from cs_lint._context.conversation import Conversation
from cs_lint._engine.config import Config
from cs_lint._engine.linter import Linter
from cs_lint._engine.registry import all_rules
from cs_lint._mail.report import EmailReport
from cs_lint._text.document import Document
from cs_lint.server._openapi import openapi, selectors
from cs_lint.server._selection import Selection


T = TypeVar("T")

#: The default request body limit: 1 MB.
DEFAULT_MAX_BODY = 1_000_000
#: How many lint calls run at once in one server process by default.
DEFAULT_CONCURRENCY = 4
#: How many linters for per-request rule selections are kept.
SELECTION_CACHE = 32

log = logging.getLogger("cs_lint.server")
#: A request that selects nothing: the server's configuration as it is.
NO_SELECTION = Selection()


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        msg = f"{attribute.name} must be a positive integer, not {value!r}"
        raise ValueError(msg)


@attrs.frozen
class Settings:
    """
    How a server behaves.

    Args:
        config: The configuration the server's linter is built from.
        max_body: The largest request body accepted, in bytes; larger
            ones get 413.
        concurrency: How many lint calls run at once (more wait).
        log_text: Log the text of each request (off: only method, path,
            status and time are logged).
        cors_origins: Origins allowed to call the API from a browser
            (``*`` for any); none by default.
    """

    config: Config = attrs.field(factory=Config)
    max_body: int = attrs.field(default=DEFAULT_MAX_BODY, validator=_positive)
    concurrency: int = attrs.field(default=DEFAULT_CONCURRENCY, validator=_positive)
    log_text: bool = False
    cors_origins: tuple[str, ...] = attrs.field(default=(), converter=tuple)


class Problem(Exception):
    """
    A request the server will not answer with a result: an HTTP status and
    one line saying what is wrong with it.
    """

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Service:
    """
    The linting behind every endpoint: one `Linter` for the server's
    configuration, built when the service is; a small cache of linters
    for requests that select rules; and a limit on how many lint calls
    run at once.
    """

    def __init__(self, settings: Settings, linter: Linter | None = None) -> None:
        self.settings = settings
        self.linter = Linter(settings.config) if linter is None else linter
        self._config = self.linter.config
        #: Every rule the configuration knows of, selected or not.
        self.rules = all_rules(self._config)
        codes = [r.code for r in self.rules]
        names = [r.name for r in self.rules]
        #: What ``select`` and ``ignore`` may name.
        self.selectors = frozenset(selectors(codes, names))
        #: What an email policy's ``block`` and ``warn`` may name.
        self.policy_selectors = self.selectors | {s.value for s in Severity}
        #: The OpenAPI description of this server.
        self.openapi = openapi(codes, names)
        self._selected: collections.OrderedDict[Selection, Linter] = (
            collections.OrderedDict()
        )
        self._lock = threading.Lock()
        self._limiter: anyio.CapacityLimiter | None = None

    @property
    def limiter(self) -> anyio.CapacityLimiter:
        # Created on first use, inside the event loop that serves requests.
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.settings.concurrency)
        return self._limiter

    async def run(self, func: Callable[[], T]) -> T:
        """
        Run *func* in the thread pool, at most ``concurrency`` at once.
        """
        return await anyio.to_thread.run_sync(func, limiter=self.limiter)

    def linter_for(self, selection: Selection) -> Linter:
        """
        Return the linter for *selection* (the server's own for the
        default); raise `Problem` (422) for a selector that names no rule.
        """
        if selection.is_default:
            return self.linter
        with self._lock:
            found = self._selected.get(selection)
            if found is not None:
                self._selected.move_to_end(selection)
                return found
        try:
            linter = Linter(selection.apply(self._config))
        except ConfigError as exc:
            raise Problem(422, exc.message) from None
        with self._lock:
            self._selected[selection] = linter
            while len(self._selected) > SELECTION_CACHE:
                self._selected.popitem(last=False)
        return linter

    def lint_document(
        self,
        text: str,
        *,
        customer: str | None = None,
        conversation: Conversation | None = None,
        selection: Selection = NO_SELECTION,
    ) -> tuple[Document, list[Finding]]:
        """
        Lint *text* (blocking; call through `run`) and return the parsed
        document with the findings, for hosts that need its sentences.
        """
        linter = self.linter_for(selection)
        if self.settings.log_text:
            log.info("text: %r customer: %r", text, customer)
        doc = Document(text, customer=customer, conversation=conversation)
        return doc, linter.lint_document(doc)

    def check_email(
        self,
        *,
        message: bytes | str | None = None,
        body: str | None = None,
        html: bool = False,
        customer: str | None = None,
        selection: Selection = NO_SELECTION,
    ) -> EmailReport:
        """
        Check a raw message or a bare body (blocking; call through `run`).
        """
        linter = self.linter_for(selection)
        if self.settings.log_text:
            log.info("email: %r customer: %r", message or body, customer)
        if message is not None:
            return linter.check_email(message, customer=customer)
        return linter.check_email_body(body or "", html=html, customer=customer)
