"""Ends message streaming on a specified contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StopContactStreaming:
    """Ends message streaming on a specified contact. To restart message
    streaming on that contact, call the `StartContactStreaming
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_StartContactStreaming.html>`__
    API.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    - ``streaming_id``: The identifier of the streaming configuration enabled.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact. This is the identifier of the contact
    that is associated with the first interaction with the contact center.
    """

    streaming_id: str
    """The identifier of the streaming configuration enabled."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.streaming_id
        if value is None:
            errors.append(prefix + "streaming_id: required but missing")
        else:
            path = prefix + "streaming_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["StreamingId"] = self.streaming_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StopContactStreaming:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StopContactStreaming")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            streaming_id=_rt.required(data, "StreamingId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StopContactStreamingResponse:
    """The response of StopContactStreaming.

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
    ) -> StopContactStreamingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StopContactStreamingResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _StopContactStreamingResponseDraft:
    """A :class:`StopContactStreamingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_stop_contact_streaming(
    instance_id: str,
    contact_id: str,
    streaming_id: str,
) -> StopContactStreaming:
    """Create a :class:`StopContactStreaming` with all optional fields omitted."""
    return StopContactStreaming(
        instance_id=instance_id,
        contact_id=contact_id,
        streaming_id=streaming_id,
    )


stop_contact_streaming_instance_id = _rt.Lens[StopContactStreaming, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "stop_contact_streaming_instance_id",
)
"""Lens on :attr:`StopContactStreaming.instance_id`."""


stop_contact_streaming_contact_id = _rt.Lens[StopContactStreaming, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "stop_contact_streaming_contact_id",
)
"""Lens on :attr:`StopContactStreaming.contact_id`."""


stop_contact_streaming_streaming_id = _rt.Lens[StopContactStreaming, str](
    lambda s: s.streaming_id,
    lambda s, v: _dc.replace(s, streaming_id=v),
    "stop_contact_streaming_streaming_id",
)
"""Lens on :attr:`StopContactStreaming.streaming_id`."""


def new_stop_contact_streaming_response(
    http_status: int,
) -> StopContactStreamingResponse:
    """Create a :class:`StopContactStreamingResponse` with all optional fields omitted."""
    return StopContactStreamingResponse(
        http_status=http_status,
    )


stop_contact_streaming_response_http_status = _rt.Lens[
    StopContactStreamingResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "stop_contact_streaming_response_http_status",
)
"""Lens on :attr:`StopContactStreamingResponse.http_status`."""


def _serialize(request: StopContactStreaming, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/stop-streaming"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["StreamingId"] = request.streaming_id
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
) -> StopContactStreamingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _StopContactStreamingResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, StopContactStreamingResponse)


OPERATION: _rt.Operation[StopContactStreaming, StopContactStreamingResponse] = (
    _rt.Operation(
        "StopContactStreaming",
        StopContactStreaming,
        StopContactStreamingResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The StopContactStreaming operation: its types, errors and wire codec."""
