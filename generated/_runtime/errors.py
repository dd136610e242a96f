"""Errors: the root of every service's errors, and the runtime's own.

Part of the runtime every generated package of this output folder shares.
``ServiceError`` is the one root of the errors of every service generated
into the folder: ``except ServiceError`` catches Connect's and Connect
Participant's errors alike.
"""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """An error response from an AWS service.

    ``code`` is the error code without any namespace or ``:http://…``
    suffix; ``message`` the human-readable message (may be empty);
    ``http_status`` the response status; ``request_id`` the
    ``x-amzn-RequestId`` header when present.
    """

    code: str
    message: str
    http_status: int
    request_id: str | None

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "",
        http_status: int = 0,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.http_status = http_status
        self.request_id = request_id

    def __str__(self) -> str:
        detail = f"{self.code} (HTTP {self.http_status})"
        return f"{detail}: {self.message}" if self.message else detail


class ValidationError(ValueError):
    """A value breaks the constraints of its model; lists every violation.

    ``errors`` holds one ``"dotted.path: what is wrong"`` line per problem.
    """

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class DeserializationError(ValueError):
    """A response could not be read as the model says it should be.

    ``http_status`` is the response status and ``excerpt`` the first bytes
    of the body, for the log.
    """

    def __init__(self, reason: str, *, http_status: int, body: bytes = b"") -> None:
        self.reason = reason
        self.http_status = http_status
        self.excerpt = body[:200].decode("utf-8", "replace")
        super().__init__(f"HTTP {http_status}: {reason}: {self.excerpt!r}")


class WireTypeError(ValueError):
    """A response value is not of the type its model says; becomes a DeserializationError."""

    def __init__(self, expected: str, value: Any) -> None:
        shown = repr(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        super().__init__(f"expected {expected}, got {type(value).__name__} {shown}")


class ErrorResponse:
    """What every error response carries, read before its code is matched.

    (A plain class, not a dataclass: creating a dataclass costs most of a
    millisecond at import, and every operation imports this module.)
    """

    __slots__ = (
        "code",
        "message",
        "body",
        "headers",
        "http_status",
        "request_id",
        "raw",
    )

    def __init__(
        self,
        code: str,
        message: str,
        body: dict[str, Any],
        headers: dict[str, str],
        http_status: int,
        request_id: str | None,
        raw: bytes = b"",
    ) -> None:
        self.code = code
        self.message = message
        self.body = body
        self.headers = headers
        self.http_status = http_status
        self.request_id = request_id
        self.raw = raw

    def __repr__(self) -> str:
        return f"ErrorResponse(code={self.code!r}, message={self.message!r}, http_status={self.http_status!r})"


def sanitize_error_code(code: str) -> str:
    """Strip a ``namespace#`` prefix and a ``:http://…`` suffix from an error code."""
    return code.split(":", 1)[0].rsplit("#", 1)[-1].strip()
