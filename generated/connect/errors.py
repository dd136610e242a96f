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
    from .shapes.problem_detail import ProblemDetail
    from .shapes.property_validation_exception_property import (
        PropertyValidationExceptionProperty,
    )
    from .shapes.service_quota_exceeded_exception_reason import (
        ServiceQuotaExceededExceptionReason,
    )


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


class AccessDeniedException(ConnectError):
    """You do not have sufficient permissions to perform this action."""

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


class ConditionalOperationFailedException(ConnectError):
    """Request processing failed because dependent condition failed."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ConditionalOperationFailedException",
        http_status: int = 409,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(
        cls, response: _rt.ErrorResponse
    ) -> ConditionalOperationFailedException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ConflictException(ConnectError):
    """Operation cannot be performed at this time as there is a conflict with
    another operation or contact state.
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


class ContactFlowNotPublishedException(ConnectError):
    """The flow has not been published."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ContactFlowNotPublishedException",
        http_status: int = 404,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(
        cls, response: _rt.ErrorResponse
    ) -> ContactFlowNotPublishedException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ContactNotFoundException(ConnectError):
    """The contact with the specified ID does not exist."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ContactNotFoundException",
        http_status: int = 410,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ContactNotFoundException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class DestinationNotAllowedException(ConnectError):
    """Outbound calls to the destination number are not allowed."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "DestinationNotAllowedException",
        http_status: int = 403,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(
        cls, response: _rt.ErrorResponse
    ) -> DestinationNotAllowedException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class DuplicateResourceException(ConnectError):
    """A resource with the specified name already exists."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "DuplicateResourceException",
        http_status: int = 409,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> DuplicateResourceException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class IdempotencyException(ConnectError):
    """An entity with the same name already exists."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "IdempotencyException",
        http_status: int = 409,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> IdempotencyException:
        return cls(
            response.message,
            code=response.code,
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


class InvalidActiveRegionException(ConnectError):
    """This exception occurs when an API request is made to a non-active region
    in an Amazon Connect instance configured with Amazon Connect Global
    Resiliency. For example, if the active region is US West (Oregon) and a
    request is made to US East (N. Virginia), the exception will be
    returned.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "InvalidActiveRegionException",
        http_status: int = 400,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(
        cls, response: _rt.ErrorResponse
    ) -> InvalidActiveRegionException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class InvalidContactFlowException(ConnectError):
    """The flow is not valid."""

    problems: list[ProblemDetail] | None
    """The problems with the flow. Please fix before trying again."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "InvalidContactFlowException",
        http_status: int = 400,
        request_id: str | None = None,
        problems: list[ProblemDetail] | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.problems = problems

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> InvalidContactFlowException:
        from .shapes.problem_detail import ProblemDetail

        data = response.body
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            problems=(
                None
                if (value := data.get("problems")) is None
                else [
                    ProblemDetail._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "problems")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "problems")
                    )
                    if v1 is not None
                ]
            ),
        )


class InvalidContactFlowModuleException(ConnectError):
    """The problems with the module. Please fix before trying again."""

    problems: list[ProblemDetail] | None
    """The ``Problems`` member."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "InvalidContactFlowModuleException",
        http_status: int = 400,
        request_id: str | None = None,
        problems: list[ProblemDetail] | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.problems = problems

    @classmethod
    def _from_response(
        cls, response: _rt.ErrorResponse
    ) -> InvalidContactFlowModuleException:
        from .shapes.problem_detail import ProblemDetail

        data = response.body
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            problems=(
                None
                if (value := data.get("Problems")) is None
                else [
                    ProblemDetail._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Problems")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Problems")
                    )
                    if v1 is not None
                ]
            ),
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


class InvalidTestCaseException(ConnectError):
    """The test is not valid."""

    problems: list[ProblemDetail] | None
    """The problems with the test. Please fix before trying again."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "InvalidTestCaseException",
        http_status: int = 400,
        request_id: str | None = None,
        problems: list[ProblemDetail] | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.problems = problems

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> InvalidTestCaseException:
        from .shapes.problem_detail import ProblemDetail

        data = response.body
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            problems=(
                None
                if (value := data.get("Problems")) is None
                else [
                    ProblemDetail._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Problems")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Problems")
                    )
                    if v1 is not None
                ]
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


class MaximumResultReturnedException(ConnectError):
    """Maximum number (1000) of tags have been returned with current request.
    Consider changing request parameters to get more tags.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "MaximumResultReturnedException",
        http_status: int = 400,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(
        cls, response: _rt.ErrorResponse
    ) -> MaximumResultReturnedException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class OutboundContactNotPermittedException(ConnectError):
    """The contact is not permitted."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "OutboundContactNotPermittedException",
        http_status: int = 403,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(
        cls, response: _rt.ErrorResponse
    ) -> OutboundContactNotPermittedException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class OutputTypeNotFoundException(ConnectError):
    """Thrown for analyzed content when requested OutputType was not enabled
    for a given contact. For example, if an OutputType.Raw was requested for
    a contact that had \\`RedactedOnly` Redaction policy set in the flow.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "OutputTypeNotFoundException",
        http_status: int = 404,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> OutputTypeNotFoundException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class PropertyValidationException(ConnectError):
    """The property is not valid."""

    property_list: list[PropertyValidationExceptionProperty] | None
    """The ``PropertyList`` member."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "PropertyValidationException",
        http_status: int = 400,
        request_id: str | None = None,
        property_list: list[PropertyValidationExceptionProperty] | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.property_list = property_list

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> PropertyValidationException:
        from .shapes.property_validation_exception_property import (
            PropertyValidationExceptionProperty,
        )

        data = response.body
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            property_list=(
                None
                if (value := data.get("PropertyList")) is None
                else [
                    PropertyValidationExceptionProperty._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "PropertyList")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "PropertyList")
                    )
                    if v1 is not None
                ]
            ),
        )


class ResourceConflictException(ConnectError):
    """A resource already has that name."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ResourceConflictException",
        http_status: int = 409,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ResourceConflictException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ResourceInUseException(ConnectError):
    """That resource is already in use (for example, you're trying to add a
    record with the same name as an existing record). If you are trying to
    delete a resource (for example, DeleteHoursOfOperation or
    DeletePredefinedAttribute), remove its reference from related resources
    and then try again.
    """

    resource_type: str | None
    """The type of resource."""

    resource_id: str | None
    """The identifier for the resource."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ResourceInUseException",
        http_status: int = 409,
        request_id: str | None = None,
        resource_type: str | None = None,
        resource_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.resource_type = resource_type
        self.resource_id = resource_id

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ResourceInUseException:
        data = response.body
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            resource_type=(
                None
                if (value := data.get("ResourceType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceType")
                )
            ),
            resource_id=(
                None
                if (value := data.get("ResourceId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ResourceId")
                )
            ),
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


class ResourceNotReadyException(ConnectError):
    """The resource is not ready."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ResourceNotReadyException",
        http_status: int = 409,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ResourceNotReadyException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ServiceQuotaExceededException(ConnectError):
    """The service quota has been exceeded."""

    reason: ServiceQuotaExceededExceptionReason | None
    """The reason for the exception."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "ServiceQuotaExceededException",
        http_status: int = 402,
        request_id: str | None = None,
        reason: ServiceQuotaExceededExceptionReason | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.reason = reason

    @classmethod
    def _from_response(
        cls, response: _rt.ErrorResponse
    ) -> ServiceQuotaExceededException:
        from .shapes.service_quota_exceeded_exception_reason import (
            ServiceQuotaExceededExceptionReason,
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
                else ServiceQuotaExceededExceptionReason._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Reason")
                    )
                )
            ),
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


class UserNotFoundException(ConnectError):
    """No user with the specified credentials was found in the Connect Customer
    instance.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "UserNotFoundException",
        http_status: int = 404,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> UserNotFoundException:
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
        )


ERRORS: dict[str, type[ConnectError]] = {
    "AccessDeniedException": AccessDeniedException,
    "ConditionalOperationFailedException": ConditionalOperationFailedException,
    "ConflictException": ConflictException,
    "ContactFlowNotPublishedException": ContactFlowNotPublishedException,
    "ContactNotFoundException": ContactNotFoundException,
    "DestinationNotAllowedException": DestinationNotAllowedException,
    "DuplicateResourceException": DuplicateResourceException,
    "IdempotencyException": IdempotencyException,
    "InternalServiceException": InternalServiceException,
    "InvalidActiveRegionException": InvalidActiveRegionException,
    "InvalidContactFlowException": InvalidContactFlowException,
    "InvalidContactFlowModuleException": InvalidContactFlowModuleException,
    "InvalidParameterException": InvalidParameterException,
    "InvalidRequestException": InvalidRequestException,
    "InvalidTestCaseException": InvalidTestCaseException,
    "LimitExceededException": LimitExceededException,
    "MaximumResultReturnedException": MaximumResultReturnedException,
    "OutboundContactNotPermittedException": OutboundContactNotPermittedException,
    "OutputTypeNotFoundException": OutputTypeNotFoundException,
    "PropertyValidationException": PropertyValidationException,
    "ResourceConflictException": ResourceConflictException,
    "ResourceInUseException": ResourceInUseException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ResourceNotReadyException": ResourceNotReadyException,
    "ServiceQuotaExceededException": ServiceQuotaExceededException,
    "ThrottlingException": ThrottlingException,
    "TooManyRequestsException": TooManyRequestsException,
    "UserNotFoundException": UserNotFoundException,
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
