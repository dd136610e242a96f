"""Errors of Amazon Connect Service.

Every error the service returns is a subclass of :class:`ConnectError`;
an error code the model does not know raises ConnectError itself.
"""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import typing as _t

from .._runtime import restjson as _rt

if _t.TYPE_CHECKING:
    # Every operation imports this module; the shapes an error carries are
    # imported where its _from_response reads them, when that error arrives.
    from .shapes.invalid_request_exception_reason import InvalidRequestExceptionReason


class ConnectError(_rt.ServiceError):
    """Base class of every error Amazon Connect Service returns."""

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ConnectError:
        return cls(
            response.message,
            code=response.code or str(response.http_status),
            http_status=response.http_status,
            request_id=response.request_id,
        )


class InternalServiceException(ConnectError):
    """Request processing failed because of an error or failure with the
    service.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "InternalServiceException",
        http_status: int = 500,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> InternalServiceException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class InvalidParameterException(ConnectError):
    """One or more of the specified parameters are not valid."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "InvalidParameterException",
        http_status: int = 400,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> InvalidParameterException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class InvalidRequestException(ConnectError):
    """The request is not valid."""

    reason: InvalidRequestExceptionReason | None
    """Reason why the request was invalid."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "InvalidRequestException",
        http_status: int = 400,
        request_id: str | None = None,
        reason: InvalidRequestExceptionReason | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.reason = reason

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> InvalidRequestException:
        from .shapes.invalid_request_exception_reason import (
            InvalidRequestExceptionReason,
        )

        data = response.body
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            reason=(
                None
                if (value := data.get("Reason")) is None
                else InvalidRequestExceptionReason._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Reason")
                    )
                )
            ),
        )


class LimitExceededException(ConnectError):
    """The allowed limit for the resource has been exceeded."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "LimitExceededException",
        http_status: int = 429,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> LimitExceededException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ResourceNotFoundException(ConnectError):
    """The specified resource was not found."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ResourceNotFoundException",
        http_status: int = 404,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ResourceNotFoundException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ThrottlingException(ConnectError):
    """The throttling limit has been exceeded."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ThrottlingException",
        http_status: int = 429,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ThrottlingException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class TooManyRequestsException(ConnectError):
    """Displayed when rate-related API limits are exceeded."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "TooManyRequestsException",
        http_status: int = 429,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> TooManyRequestsException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


ERRORS: dict[str, type[ConnectError]] = {
    "InternalServiceException": InternalServiceException,
    "InvalidParameterException": InvalidParameterException,
    "InvalidRequestException": InvalidRequestException,
    "LimitExceededException": LimitExceededException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ThrottlingException": ThrottlingException,
    "TooManyRequestsException": TooManyRequestsException,
}
"""Every modeled error class, by the error code the service sends."""

_SENSITIVE: frozenset[type[ConnectError]] = frozenset(())
"""The errors that may carry sensitive values: reading them shows no value."""


def error_from_response(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> Exception:
    """The exception for an error response: the modeled class matching its
    code, else :class:`ConnectError` (for 3xx too), or a
    :class:`~.._runtime.errors.DeserializationError` if a modeled field has the wrong type.
    """
    response = _rt.read_error_response(status, headers, body)
    error_class = ERRORS.get(response.code, ConnectError)
    try:
        return error_class._from_response(response)
    except _rt.WireTypeError as exc:
        redact = error_class in _SENSITIVE
        return _rt.DeserializationError(
            exc.message(redact=redact), http_status=status, body=body, redact=redact
        )
