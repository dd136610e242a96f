"""Retries: which failures a client retries, and how long it waits.

Part of the runtime every generated package of this output folder shares.
"""

from __future__ import annotations

import dataclasses
import random as _random
import time
from collections.abc import Callable

from .errors import DeserializationError, ServiceError
from .transport import TransportError

DEFAULT_THROTTLING_CODES = frozenset(
    (
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "RequestThrottled",
        "SlowDown",
    )
)
"""Error codes that mean "slow down": retried with the throttling backoff."""

DEFAULT_TRANSIENT_CODES = frozenset(
    ("RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete")
)
"""Error codes of failures that a second try may not meet."""

DEFAULT_NO_RETRY_CODES = frozenset(
    ("LimitExceededException", "ServiceQuotaExceededException")
)
"""Error codes never retried, whatever their status.

Connect answers ``LimitExceededException`` with HTTP 429, but it is a quota,
not a rate: for StartChatContact the quota of concurrently active chats,
which frees only as chats end (minutes to hours), and elsewhere hard limits
(users, queues, instances) that waiting never frees.  A few seconds of
backoff would almost never succeed and would add load to a saturated
contact center, so the error reaches the caller at once, who can queue the
customer or say that every agent is busy.  To retry it anyway (it is safe:
the idempotency token is reused), pass ``no_retry_codes=frozenset()``; the
429 status then makes it a throttling error, bounded like any other.
"""


@dataclasses.dataclass(frozen=True, slots=True)
class RetryConfig:
    """When and how long the client retries.

    An error is retried when it is *throttling* (its code is in
    ``throttling_codes``, or it has status 429) or *transient* (its code is
    in ``transient_codes``, its status in ``retry_statuses``, or it is a
    connection failure or timeout and ``retry_connection_errors`` is set),
    and its code is not in ``no_retry_codes``.  Everything else is raised at
    once.

    Attempt ``n`` (from 1) failing waits ``uniform(0, min(max_delay,
    base * 2 ** (n - 1)))`` ("full jitter"), where ``base`` is
    ``throttling_base_delay`` for throttling and ``base_delay`` otherwise.
    No more than ``max_attempts`` attempts are made, and no wait starts that
    would end more than ``max_total_time`` seconds after the call began; the
    last error is raised, with a note saying how many attempts were made.

    ``sleep``, ``monotonic`` and ``jitter`` (uniform in [0, 1)) are the
    clock and randomness the waits use; tests replace them.
    """

    max_attempts: int = 3
    base_delay: float = 0.1
    throttling_base_delay: float = 0.5
    max_delay: float = 20.0
    max_total_time: float = 60.0
    retry_statuses: frozenset[int] = frozenset((429, 500, 502, 503, 504))
    throttling_codes: frozenset[str] = DEFAULT_THROTTLING_CODES
    transient_codes: frozenset[str] = DEFAULT_TRANSIENT_CODES
    no_retry_codes: frozenset[str] = DEFAULT_NO_RETRY_CODES
    retry_connection_errors: bool = True
    sleep: Callable[[float], None] = dataclasses.field(
        default=time.sleep, repr=False, compare=False
    )
    monotonic: Callable[[], float] = dataclasses.field(
        default=time.monotonic, repr=False, compare=False
    )
    jitter: Callable[[], float] = dataclasses.field(
        default=_random.random, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError(
                f"max_attempts must be at least 1, got {self.max_attempts}"
            )
        if (
            min(
                self.base_delay,
                self.throttling_base_delay,
                self.max_delay,
                self.max_total_time,
            )
            < 0
        ):
            raise ValueError("delays and max_total_time must not be negative")

    def classify(self, error: BaseException) -> str | None:
        """``"throttling"``, ``"transient"``, or ``None`` when ``error`` is not retried."""
        if isinstance(error, ServiceError):
            code, status = error.code, error.http_status
        elif isinstance(error, DeserializationError):
            code, status = "", error.http_status
            if 200 <= status < 300:
                return None
        elif isinstance(error, (TransportError, OSError)):
            return "transient" if self.retry_connection_errors else None
        else:
            return None
        if code in self.no_retry_codes:
            return None
        if (
            code in self.throttling_codes
            or status == 429
            and status in self.retry_statuses
        ):
            return "throttling"
        if code in self.transient_codes or status in self.retry_statuses:
            return "transient"
        return None

    def delay(self, attempt: int, kind: str) -> float:
        """The wait after failed attempt ``attempt`` (from 1) of the given kind."""
        base = self.throttling_base_delay if kind == "throttling" else self.base_delay
        return self.jitter() * min(self.max_delay, base * 2.0 ** min(attempt - 1, 62))
