"""Errors of JSON RPC Test Service.

Every error the service returns is a subclass of :class:`JsonrpcError`;
an error code the model does not know raises JsonrpcError itself.
"""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import typing as _t

from .._runtime import awsjson as _rt


class JsonrpcError(_rt.ServiceError):
    """Base class of every error JSON RPC Test Service returns."""

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> JsonrpcError:
        return cls(
            response.message,
            code=response.code or str(response.http_status),
            http_status=response.http_status,
            request_id=response.request_id,
        )


class Throttled(JsonrpcError):
    """The Throttled error."""

    retry_after_seconds: int | None
    """The ``RetryAfterSeconds`` member."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "AWS.JsonRpcTest.Throttled",
        http_status: int = 400,
        request_id: str | None = None,
        retry_after_seconds: int | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.retry_after_seconds = retry_after_seconds

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> Throttled:
        data = response.body
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            retry_after_seconds=(
                None
                if (value := data.get("RetryAfterSeconds")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "RetryAfterSeconds")
                )
            ),
        )


ERRORS: dict[str, type[JsonrpcError]] = {
    "AWS.JsonRpcTest.Throttled": Throttled,
    "Throttled": Throttled,
}
"""Every modeled error class, by the error code the service sends."""

_SENSITIVE: frozenset[type[JsonrpcError]] = frozenset(())
"""The errors that may carry sensitive values: reading them shows no value."""


def error_from_response(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> Exception:
    """The exception for an error response: the modeled class matching its
    code, else :class:`JsonrpcError` (for 3xx too), or a
    :class:`~.._runtime.errors.DeserializationError` if a modeled field has the wrong type.
    """
    response = _rt.read_error_response(status, headers, body)
    error_class = _rt.error_class(ERRORS, response, JsonrpcError)
    try:
        return error_class._from_response(response)
    except _rt.WireTypeError as exc:
        redact = error_class in _SENSITIVE
        return _rt.DeserializationError(
            exc.message(redact=redact), http_status=status, body=body, redact=redact
        )
