"""Enables in-flight message processing for an ongoing chat session."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_CONTACT_MEDIA_PROCESSING_FAILURE_MODE_VALUES = frozenset(
    (
        "DELIVER_UNPROCESSED_MESSAGE",
        "DO_NOT_DELIVER_UNPROCESSED_MESSAGE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartContactMediaProcessing:
    """Enables in-flight message processing for an ongoing chat session.
    Message processing will stay active for the rest of the chat, even if an
    individual contact segment ends.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    - ``processor_arn``: The Amazon Resource Name (ARN) of the Lambda processor.
    - ``failure_mode``: The desired behavior for failed message processing.
    """

    instance_id: str | None = None
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str | None = None
    """The identifier of the contact."""

    processor_arn: str | None = None
    """The Amazon Resource Name (ARN) of the Lambda processor. You can find the
    Amazon Resource Name of the lambda in the lambda console.
    """

    failure_mode: str | None = None
    """The desired behavior for failed message processing."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is not None:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.processor_arn
        if value is not None:
            path = prefix + "processor_arn"
            _rt.check_str(errors, path, value)
        value = self.failure_mode
        if value is not None:
            path = prefix + "failure_mode"
            _rt.check_str(
                errors, path, value, enum=_CONTACT_MEDIA_PROCESSING_FAILURE_MODE_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.processor_arn is not None:
            result["ProcessorArn"] = self.processor_arn
        if self.failure_mode is not None:
            result["FailureMode"] = self.failure_mode
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartContactMediaProcessing:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartContactMediaProcessing")
        return cls(
            instance_id=data.get("InstanceId"),
            contact_id=data.get("ContactId"),
            processor_arn=data.get("ProcessorArn"),
            failure_mode=data.get("FailureMode"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartContactMediaProcessingResponse:
    """The response of StartContactMediaProcessing.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartContactMediaProcessingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "StartContactMediaProcessingResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _StartContactMediaProcessingResponseDraft:
    """A :class:`StartContactMediaProcessingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_start_contact_media_processing() -> StartContactMediaProcessing:
    """Create a :class:`StartContactMediaProcessing` with all optional fields omitted."""
    return StartContactMediaProcessing()


start_contact_media_processing_instance_id = _rt.Lens[
    StartContactMediaProcessing, str | None
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_contact_media_processing_instance_id",
)
"""Lens on :attr:`StartContactMediaProcessing.instance_id`."""


start_contact_media_processing_contact_id = _rt.Lens[
    StartContactMediaProcessing, str | None
](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_contact_media_processing_contact_id",
)
"""Lens on :attr:`StartContactMediaProcessing.contact_id`."""


start_contact_media_processing_processor_arn = _rt.Lens[
    StartContactMediaProcessing, str | None
](
    lambda s: s.processor_arn,
    lambda s, v: _dc.replace(s, processor_arn=v),
    "start_contact_media_processing_processor_arn",
)
"""Lens on :attr:`StartContactMediaProcessing.processor_arn`."""


start_contact_media_processing_failure_mode = _rt.Lens[
    StartContactMediaProcessing, str | None
](
    lambda s: s.failure_mode,
    lambda s, v: _dc.replace(s, failure_mode=v),
    "start_contact_media_processing_failure_mode",
)
"""Lens on :attr:`StartContactMediaProcessing.failure_mode`."""


def new_start_contact_media_processing_response(
    http_status: int,
) -> StartContactMediaProcessingResponse:
    """Create a :class:`StartContactMediaProcessingResponse` with all optional fields omitted."""
    return StartContactMediaProcessingResponse(
        http_status=http_status,
    )


start_contact_media_processing_response_http_status = _rt.Lens[
    StartContactMediaProcessingResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_contact_media_processing_response_http_status",
)
"""Lens on :attr:`StartContactMediaProcessingResponse.http_status`."""


def _serialize(
    request: StartContactMediaProcessing, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/start-contact-media-processing"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.instance_id is not None:
        data["InstanceId"] = request.instance_id
    if request.contact_id is not None:
        data["ContactId"] = request.contact_id
    if request.processor_arn is not None:
        data["ProcessorArn"] = request.processor_arn
    if request.failure_mode is not None:
        data["FailureMode"] = request.failure_mode
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> StartContactMediaProcessingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _StartContactMediaProcessingResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, StartContactMediaProcessingResponse)


OPERATION: _rt.Operation[
    StartContactMediaProcessing, StartContactMediaProcessingResponse
] = _rt.Operation(
    "StartContactMediaProcessing",
    StartContactMediaProcessing,
    StartContactMediaProcessingResponse,
    (
        _errors.AccessDeniedException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.LimitExceededException,
        _errors.ServiceQuotaExceededException,
    ),
    _serialize,
    _deserialize,
)
"""The StartContactMediaProcessing operation: its types, errors and wire codec."""
