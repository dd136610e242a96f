"""Errors: the root of every service's errors, and the runtime's own.

Part of the runtime every generated package of this output folder shares.
``ServiceError`` is the one root of the errors of every service generated
into the folder: ``except ServiceError`` catches Connect's and Connect
Participant's errors alike.
"""

from __future__ import annotations

from typing import Any, cast


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
    of the body, for the log -- empty when the response's model carries a
    sensitive member (``redact``): then no byte of the body reaches the
    message, as none reaches a ``repr``.
    """

    def __init__(
        self, reason: str, *, http_status: int, body: bytes = b"", redact: bool = False
    ) -> None:
        self.reason = reason
        self.http_status = http_status
        self.excerpt = "" if redact else body[:200].decode("utf-8", "replace")
        shown = " (body not shown: it may hold sensitive values)" if redact else ""
        shown = shown or f": {self.excerpt!r}"
        super().__init__(f"HTTP {http_status}: {reason}{shown}")

    def redacted(self) -> DeserializationError:
        """The same error without the body excerpt."""
        return DeserializationError(
            self.reason, http_status=self.http_status, redact=True
        )


class WireTypeError(ValueError):
    """A response value is not of the type its model says; becomes a DeserializationError.

    ``where`` names the member (its wire name) when the decoder knows it;
    each structure the error passes through on its way out prefixes the
    member that holds it (:meth:`inside`), so the message gives the path
    from the response's top: ``Contact.Channel: expected a string, got int 5``.
    :meth:`message` leaves the value out for a response that may hold
    sensitive values.
    """

    def __init__(
        self, expected: str, value: Any, where: str = "", *, got: str = ""
    ) -> None:
        self.expected = expected
        self.value = value
        self.got = got
        self.path: list[str] = [where] if where else []
        self._container: object = None
        super().__init__(expected)

    def message(self, *, redact: bool = False) -> str:
        """``path: expected ..., got <type> <value>`` (the value left out when ``redact``)."""
        got = self.got or type(self.value).__name__
        if not redact and not self.got:
            shown = repr(self.value)
            got += " " + (shown if len(shown) <= 60 else shown[:57] + "...")
        where = ".".join(self.path)
        return f"{where + ': ' if where else ''}expected {self.expected}, got {got}"

    def __str__(self) -> str:
        return self.message()

    def inside(self, data: dict[str, Any]) -> WireTypeError:
        """Record that this error arose while reading the object ``data``:
        prefix the member of ``data`` that holds what failed."""
        if self._container is None and self.path:
            # The decoder named the member: add where in it (a list's index,
            # a map's key) the value is.  (Identity: the first item that is
            # the bad value is bad too, as every item has the same type.)
            step = _holder(data.get(self.path[0]), self.value)
            self.path[0] += step or ""
        else:
            # A dict or list (or a value the decoder did not name) failed
            # inside one of ``data``'s members: find which by identity.
            target = self.value if self._container is None else self._container
            for key, member in data.items():
                step = _holder(member, target)
                if step is not None:
                    self.path.insert(0, key + step)
                    break
        self._container = data
        return self


def _holder(member: object, target: object, depth: int = 0) -> str | None:
    """How ``member`` holds ``target``: ``""`` when it is it, ``[i]``/``[key]``
    (repeated for nested lists and maps) when it is an item; None when not."""
    if member is target:
        return ""
    if depth > 32:
        return None
    items: list[tuple[str, object]] = []
    if isinstance(member, list):
        items = [(f"[{i}]", item) for i, item in enumerate(cast(list[object], member))]
    elif isinstance(member, dict):
        entries = cast(dict[object, object], member).items()
        items = [(f"[{key!r}]", item) for key, item in entries]
    for step, item in items:
        if item is target:
            return step
    for step, item in items:
        if isinstance(item, (list, dict)):
            deeper = _holder(cast(object, item), target, depth + 1)
            if deeper is not None:
                return step + deeper
    return None


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
