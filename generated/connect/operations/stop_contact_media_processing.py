"""Stops in-flight message processing for an ongoing chat session."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StopContactMediaProcessing:
    """Stops in-flight message processing for an ongoing chat session.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    """

    instance_id: str | None = None
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str | None = None
    """The identifier of the contact."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StopContactMediaProcessing:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StopContactMediaProcessing")
        return cls(
            instance_id=data.get("InstanceId"),
            contact_id=data.get("ContactId"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StopContactMediaProcessingResponse:
    """The response of StopContactMediaProcessing.

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
    ) -> StopContactMediaProcessingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "StopContactMediaProcessingResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _StopContactMediaProcessingResponseDraft:
    """A :class:`StopContactMediaProcessingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_stop_contact_media_processing() -> StopContactMediaProcessing:
    """Create a :class:`StopContactMediaProcessing` with all optional fields omitted."""
    return StopContactMediaProcessing()


stop_contact_media_processing_instance_id = _rt.Lens[
    StopContactMediaProcessing, str | None
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "stop_contact_media_processing_instance_id",
)
"""Lens on :attr:`StopContactMediaProcessing.instance_id`."""


stop_contact_media_processing_contact_id = _rt.Lens[
    StopContactMediaProcessing, str | None
](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "stop_contact_media_processing_contact_id",
)
"""Lens on :attr:`StopContactMediaProcessing.contact_id`."""


def new_stop_contact_media_processing_response(
    http_status: int,
) -> StopContactMediaProcessingResponse:
    """Create a :class:`StopContactMediaProcessingResponse` with all optional fields omitted."""
    return StopContactMediaProcessingResponse(
        http_status=http_status,
    )


stop_contact_media_processing_response_http_status = _rt.Lens[
    StopContactMediaProcessingResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "stop_contact_media_processing_response_http_status",
)
"""Lens on :attr:`StopContactMediaProcessingResponse.http_status`."""


def _serialize(
    request: StopContactMediaProcessing, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/stop-contact-media-processing"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.instance_id is not None:
        data["InstanceId"] = request.instance_id
    if request.contact_id is not None:
        data["ContactId"] = request.contact_id
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
) -> StopContactMediaProcessingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _StopContactMediaProcessingResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, StopContactMediaProcessingResponse)


OPERATION: _rt.Operation[
    StopContactMediaProcessing, StopContactMediaProcessingResponse
] = _rt.Operation(
    "StopContactMediaProcessing",
    StopContactMediaProcessing,
    StopContactMediaProcessingResponse,
    (
        _errors.AccessDeniedException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.LimitExceededException,
    ),
    _serialize,
    _deserialize,
)
"""The StopContactMediaProcessing operation: its types, errors and wire codec."""
