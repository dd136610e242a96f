"""Errors of Naming Stress Service.

Every error the service returns is a subclass of :class:`NamingStressError`;
an error code the model does not know raises NamingStressError itself.
"""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import typing as _t

from .._runtime import restjson as _rt


class NamingStressError(_rt.ServiceError):
    """Base class of every error Naming Stress Service returns."""

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> NamingStressError:
        return cls(
            response.message,
            code=response.code or str(response.http_status),
            http_status=response.http_status,
            request_id=response.request_id,
        )


class HttpRequest(NamingStressError):
    """An error named like the runtime's HttpRequest."""

    service_error: str | None
    """The ``ServiceError`` member."""

    str_: str | None
    """The ``str`` member."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "HttpRequest",
        http_status: int = 400,
        request_id: str | None = None,
        service_error: str | None = None,
        str_: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.service_error = service_error
        self.str_ = str_

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> HttpRequest:
        data = response.body
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            service_error=(
                None
                if (value := data.get("ServiceError")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ServiceError")
                )
            ),
            str_=(
                None
                if (value := data.get("str")) is None
                else (value if type(value) is str else _rt.expect_str(value, "str"))
            ),
        )


ERRORS: dict[str, type[NamingStressError]] = {
    "HttpRequest": HttpRequest,
}
"""Every modeled error class, by the error code the service sends."""

_SENSITIVE: frozenset[type[NamingStressError]] = frozenset(())
"""The errors that may carry sensitive values: reading them shows no value."""


def error_from_response(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> Exception:
    """The exception for an error response: the modeled class matching its
    code, else :class:`NamingStressError` (for 3xx too), or a
    :class:`~.._runtime.errors.DeserializationError` if a modeled field has the wrong type.
    """
    response = _rt.read_error_response(status, headers, body)
    error_class = ERRORS.get(response.code, NamingStressError)
    try:
        return error_class._from_response(response)
    except _rt.WireTypeError as exc:
        redact = error_class in _SENSITIVE
        return _rt.DeserializationError(
            exc.message(redact=redact), http_status=status, body=body, redact=redact
        )
