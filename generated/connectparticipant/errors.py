"""Errors of Amazon Connect Participant Service.

Every error the service returns is a subclass of :class:`ConnectparticipantError`;
an error code the model does not know raises ConnectparticipantError itself.
"""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import typing as _t

from .._runtime import restjson as _rt


class ConnectparticipantError(_rt.ServiceError):
    """Base class of every error Amazon Connect Participant Service returns."""

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ConnectparticipantError:
        return cls(
            response.message,
            code=response.code or str(response.http_status),
            http_status=response.http_status,
            request_id=response.request_id,
        )


class AccessDeniedException(ConnectparticipantError):
    """You do not have sufficient access to perform this action."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "AccessDeniedException",
        http_status: int = 403,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> AccessDeniedException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ConflictException(ConnectparticipantError):
    """The requested operation conflicts with the current state of a service
    resource associated with the request.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ConflictException",
        http_status: int = 409,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ConflictException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class InternalServerException(ConnectparticipantError):
    """This exception occurs when there is an internal failure in the Amazon
    Connect service.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "InternalServerException",
        http_status: int = 500,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> InternalServerException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ResourceNotFoundException(ConnectparticipantError):
    """The resource was not found."""

    resource_id: str | None
    """The identifier of the resource."""

    resource_type: str | None
    """The type of Amazon Connect resource."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ResourceNotFoundException",
        http_status: int = 404,
        request_id: str | None = None,
        resource_id: str | None = None,
        resource_type: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.resource_id = resource_id
        self.resource_type = resource_type

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ResourceNotFoundException:
        data = response.body
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            resource_id=(
                None
                if (value := data.get("ResourceId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ResourceId")
                )
            ),
            resource_type=(
                None
                if (value := data.get("ResourceType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceType")
                )
            ),
        )


class ServiceQuotaExceededException(ConnectparticipantError):
    """The number of attachments per contact exceeds the quota."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ServiceQuotaExceededException",
        http_status: int = 402,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(
        cls, response: _rt.ErrorResponse
    ) -> ServiceQuotaExceededException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ThrottlingException(ConnectparticipantError):
    """The request was denied due to request throttling."""

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


class ValidationException(ConnectparticipantError):
    """The input fails to satisfy the constraints specified by Amazon Connect."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ValidationException",
        http_status: int = 400,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ValidationException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


ERRORS: dict[str, type[ConnectparticipantError]] = {
    "AccessDeniedException": AccessDeniedException,
    "ConflictException": ConflictException,
    "InternalServerException": InternalServerException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ServiceQuotaExceededException": ServiceQuotaExceededException,
    "ThrottlingException": ThrottlingException,
    "ValidationException": ValidationException,
}
"""Every modeled error class, by the error code the service sends."""

_SENSITIVE: frozenset[type[ConnectparticipantError]] = frozenset(())
"""The errors that may carry sensitive values: reading them shows no value."""


def error_from_response(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> Exception:
    """The exception for an error response: the modeled class matching its
    code, else :class:`ConnectparticipantError` (for 3xx too), or a
    :class:`~.._runtime.errors.DeserializationError` if a modeled field has the wrong type.
    """
    response = _rt.read_error_response(status, headers, body)
    error_class = ERRORS.get(response.code, ConnectparticipantError)
    try:
        return error_class._from_response(response)
    except _rt.WireTypeError as exc:
        redact = error_class in _SENSITIVE
        return _rt.DeserializationError(
            exc.message(redact=redact), http_status=status, body=body, redact=redact
        )
