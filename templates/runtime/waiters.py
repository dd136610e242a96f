"""Waiting: call an operation until its response says a resource is ready.

Part of the runtime every generated package of this output folder shares.
A package's ``waiters`` module describes each waiter of its model's
``waiters-2.json`` as a :class:`Waiter`: the seconds between attempts, the
most attempts, and acceptors tried in order after each attempt.  A path
acceptor's argument is a JMESPath expression compiled by the generator into
a plain function of the response.

:class:`Waiting` decides, after each attempt, whether the waiter is done,
has failed, or waits how long before the next attempt -- as botocore
does: a fixed delay, the first acceptor that matches decides the state, an
error no acceptor matched ends the wait.  It does no I/O and reads no
clock, so the synchronous driver here (:func:`wait`, which the generated
``Client.wait_<waiter>`` uses) and the asynchronous one (:func:`await_`,
``AsyncClient.wait_<waiter>``) run it alike.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from typing import Generic, Literal, TypeVar, cast

from .errors import ServiceError

I = TypeVar("I")  # noqa: E741 - the operation's input
O = TypeVar("O")  # noqa: E741 - the operation's output

State = Literal["success", "failure", "retry"]
Matcher = Literal["path", "pathAll", "pathAny", "status", "error"]


class WaiterError(Exception):
    """A waiter failed, or ran out of attempts or time.

    ``name`` is the waiter; ``reason`` says why; ``last_state`` is the
    state the last matching acceptor moved it to (``"retry"``,
    ``"failure"``), or ``"waiting"`` when none ever matched;
    ``last_response`` the last response or :class:`ServiceError`;
    ``attempts`` how many calls were made.
    """

    def __init__(
        self,
        name: str,
        reason: str,
        *,
        last_state: str,
        last_response: object,
        attempts: int,
    ) -> None:
        super().__init__(f"Waiter {name} failed: {reason} (last state: {last_state})")
        self.name = name
        self.reason = reason
        self.last_state = last_state
        self.last_response = last_response
        self.attempts = attempts


@dataclasses.dataclass(frozen=True, slots=True)
class Acceptor(Generic[O]):
    """Moves the waiter to ``state`` when it matches an attempt's outcome.

    ``path``: ``search(response) == expected``; ``pathAll``/``pathAny``: the
    search is a non-empty list whose items all/any equal ``expected``;
    ``status``: the HTTP status is ``expected``; ``error``: the error code
    is ``expected`` (``True``: any error, ``False``: none).  ``argument``
    is the expression's text, for messages.
    """

    state: State
    matcher: Matcher
    expected: object
    argument: str = ""
    search: Callable[[O], object] | None = None

    def matches(self, outcome: O | ServiceError) -> bool:
        """Whether this acceptor matches a response or an error."""
        expected = self.expected
        if self.matcher == "error":
            if expected is True or expected is False:
                return isinstance(outcome, ServiceError) is expected
            return isinstance(outcome, ServiceError) and outcome.code == expected
        if self.matcher == "status":
            status: object = (
                outcome.http_status
                if isinstance(outcome, ServiceError)
                else getattr(outcome, "http_status", None)
            )
            return status == expected
        if isinstance(outcome, ServiceError) or self.search is None:
            return False
        found = self.search(outcome)
        if self.matcher == "path":
            return found == expected
        if not isinstance(found, list) or not found:
            return False
        values = cast("list[object]", found)
        if self.matcher == "pathAll":
            return all(value == expected for value in values)
        return any(value == expected for value in values)

    @property
    def explanation(self) -> str:
        """What matched, in botocore's words."""
        if self.matcher == "path":
            return f'For expression "{self.argument}" we matched expected path: "{self.expected}"'
        if self.matcher == "pathAll":
            return (
                f'For expression "{self.argument}" all members matched expected '
                f'path: "{self.expected}"'
            )
        if self.matcher == "pathAny":
            return (
                f'For expression "{self.argument}" we matched expected path: '
                f'"{self.expected}" at least once'
            )
        if self.matcher == "status":
            return f"Matched expected HTTP status code: {self.expected}"
        return f"Matched expected service error code: {self.expected}"


@dataclasses.dataclass(frozen=True, slots=True)
class Waiter(Generic[O]):
    """One waiter of a model: ``delay`` seconds between at most ``max_attempts``
    attempts; ``acceptors`` tried in order after each."""

    name: str
    delay: float
    max_attempts: int
    acceptors: tuple[Acceptor[O], ...]


class Waiting(Generic[O]):
    """One wait, as far as it neither calls nor sleeps.

    After each attempt, ``observe(outcome, elapsed)`` -- the response or the
    :class:`ServiceError`, and the seconds since the wait began -- returns
    None when the waiter succeeded, else the seconds to wait before the
    next attempt; it raises :class:`WaiterError` when the waiter failed, an
    error matched no acceptor, or the attempts or ``max_wait`` ran out.
    """

    __slots__ = ("waiter", "delay", "max_attempts", "max_wait", "attempts", "last")

    def __init__(
        self,
        waiter: Waiter[O],
        *,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
    ) -> None:
        self.waiter = waiter
        self.delay = waiter.delay if delay is None else delay
        self.max_attempts = (
            waiter.max_attempts if max_attempts is None else max_attempts
        )
        self.max_wait = max_wait
        if self.delay < 0:
            raise ValueError(f"delay must not be negative, got {delay!r}")
        if isinstance(self.max_attempts, bool) or self.max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, got {max_attempts!r}")
        if max_wait is not None and max_wait < 0:
            raise ValueError(f"max_wait must not be negative, got {max_wait!r}")
        self.attempts = 0
        self.last: Acceptor[O] | None = None  # the last acceptor that matched

    @property
    def state(self) -> str:
        """The state the last matching acceptor moved the waiter to, or ``"waiting"``."""
        return "waiting" if self.last is None else self.last.state

    def observe(self, outcome: O | ServiceError, elapsed: float) -> float | None:
        """Record one attempt's outcome: None (success), or the seconds to wait."""
        self.attempts += 1
        matched = next((a for a in self.waiter.acceptors if a.matches(outcome)), None)
        if matched is None:
            if isinstance(outcome, ServiceError):
                raise self.error(
                    f"An error occurred ({outcome.code}): {outcome.message}", outcome
                ) from outcome
        else:
            self.last = matched
            if matched.state == "success":
                return None
            if matched.state == "failure":
                raise self.error(
                    f"Waiter encountered a terminal failure state: {matched.explanation}",
                    outcome,
                )
        if self.attempts >= self.max_attempts:
            raise self.error(self._exhausted("Max attempts exceeded"), outcome)
        if self.max_wait is not None and elapsed + self.delay > self.max_wait:
            raise self.error(
                self._exhausted(f"max_wait of {self.max_wait} s exceeded"), outcome
            )
        return self.delay

    def _exhausted(self, what: str) -> str:
        if self.last is None:
            return what
        return f"{what}. Previously accepted state: {self.last.explanation}"

    def error(self, reason: str, outcome: object) -> WaiterError:
        """The error ending this wait."""
        return WaiterError(
            self.waiter.name,
            reason,
            last_state=self.state,
            last_response=outcome,
            attempts=self.attempts,
        )


def wait(
    call: Callable[[I], O],
    waiter: Waiter[O],
    request: I,
    *,
    delay: float | None = None,
    max_attempts: int | None = None,
    max_wait: float | None = None,
    sleep: Callable[[float], None],
    monotonic: Callable[[], float],
) -> O | None:
    """Call until ``waiter`` succeeds: the response that satisfied it, or None
    when success was an error (a waiter for a resource to be gone)."""
    state = Waiting(waiter, delay=delay, max_attempts=max_attempts, max_wait=max_wait)
    started = monotonic()
    while True:
        outcome: O | ServiceError
        try:
            outcome = call(request)
        except ServiceError as error:
            outcome = error
        pause = state.observe(outcome, monotonic() - started)
        if pause is None:
            return None if isinstance(outcome, ServiceError) else outcome
        sleep(pause)


async def await_(
    call: Callable[[I], Awaitable[O]],
    waiter: Waiter[O],
    request: I,
    *,
    delay: float | None = None,
    max_attempts: int | None = None,
    max_wait: float | None = None,
    sleep: Callable[[float], Awaitable[None]],
    monotonic: Callable[[], float],
) -> O | None:
    """:func:`wait` with ``call`` and ``sleep`` awaited."""
    state = Waiting(waiter, delay=delay, max_attempts=max_attempts, max_wait=max_wait)
    started = monotonic()
    while True:
        outcome: O | ServiceError
        try:
            outcome = await call(request)
        except ServiceError as error:
            outcome = error
        pause = state.observe(outcome, monotonic() - started)
        if pause is None:
            return None if isinstance(outcome, ServiceError) else outcome
        await sleep(pause)
