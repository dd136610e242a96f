"""When a contact is being recorded, this API suspends recording whatever is selected in the flow configuration: call (IVR or agent), screen, or both."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_CONTACT_RECORDING_TYPE_VALUES = frozenset(
    (
        "AGENT",
        "IVR",
        "SCREEN",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SuspendContactRecording:
    """When a contact is being recorded, this API suspends recording whatever
    is selected in the flow configuration: call (IVR or agent), screen, or
    both. If only call recording or only screen recording is enabled, then
    it would be suspended. For example, you might suspend the screen
    recording while collecting sensitive information, such as a credit card
    number. Then use `ResumeContactRecording
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_ResumeContactRecording.html>`__
    to restart recording the screen.

    The period of time that the recording is suspended is filled with
    silence in the final recording.

    Voice (IVR, agent) and screen recordings are supported.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    - ``initial_contact_id``: The identifier of the contact.
    - ``contact_recording_type``: The type of recording being operated on.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact."""

    initial_contact_id: str
    """The identifier of the contact. This is the identifier of the contact
    associated with the first interaction with the contact center.
    """

    contact_recording_type: str | None = None
    """The type of recording being operated on."""

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
        value = self.initial_contact_id
        if value is None:
            errors.append(prefix + "initial_contact_id: required but missing")
        else:
            path = prefix + "initial_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.contact_recording_type
        if value is not None:
            path = prefix + "contact_recording_type"
            _rt.check_str(errors, path, value, enum=_CONTACT_RECORDING_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["InitialContactId"] = self.initial_contact_id
        if self.contact_recording_type is not None:
            result["ContactRecordingType"] = self.contact_recording_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SuspendContactRecording:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SuspendContactRecording")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            initial_contact_id=_rt.required(data, "InitialContactId", path),
            contact_recording_type=data.get("ContactRecordingType"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SuspendContactRecordingResponse:
    """The response of SuspendContactRecording.

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
    ) -> SuspendContactRecordingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SuspendContactRecordingResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _SuspendContactRecordingResponseDraft:
    """A :class:`SuspendContactRecordingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_suspend_contact_recording(
    instance_id: str,
    contact_id: str,
    initial_contact_id: str,
) -> SuspendContactRecording:
    """Create a :class:`SuspendContactRecording` with all optional fields omitted."""
    return SuspendContactRecording(
        instance_id=instance_id,
        contact_id=contact_id,
        initial_contact_id=initial_contact_id,
    )


suspend_contact_recording_instance_id = _rt.Lens[SuspendContactRecording, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "suspend_contact_recording_instance_id",
)
"""Lens on :attr:`SuspendContactRecording.instance_id`."""


suspend_contact_recording_contact_id = _rt.Lens[SuspendContactRecording, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "suspend_contact_recording_contact_id",
)
"""Lens on :attr:`SuspendContactRecording.contact_id`."""


suspend_contact_recording_initial_contact_id = _rt.Lens[SuspendContactRecording, str](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "suspend_contact_recording_initial_contact_id",
)
"""Lens on :attr:`SuspendContactRecording.initial_contact_id`."""


suspend_contact_recording_contact_recording_type = _rt.Lens[
    SuspendContactRecording, str | None
](
    lambda s: s.contact_recording_type,
    lambda s, v: _dc.replace(s, contact_recording_type=v),
    "suspend_contact_recording_contact_recording_type",
)
"""Lens on :attr:`SuspendContactRecording.contact_recording_type`."""


def new_suspend_contact_recording_response(
    http_status: int,
) -> SuspendContactRecordingResponse:
    """Create a :class:`SuspendContactRecordingResponse` with all optional fields omitted."""
    return SuspendContactRecordingResponse(
        http_status=http_status,
    )


suspend_contact_recording_response_http_status = _rt.Lens[
    SuspendContactRecordingResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "suspend_contact_recording_response_http_status",
)
"""Lens on :attr:`SuspendContactRecordingResponse.http_status`."""


def _serialize(
    request: SuspendContactRecording, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/suspend-recording"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["InitialContactId"] = request.initial_contact_id
    if request.contact_recording_type is not None:
        data["ContactRecordingType"] = request.contact_recording_type
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
) -> SuspendContactRecordingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _SuspendContactRecordingResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, SuspendContactRecordingResponse)


OPERATION: _rt.Operation[SuspendContactRecording, SuspendContactRecordingResponse] = (
    _rt.Operation(
        "SuspendContactRecording",
        SuspendContactRecording,
        SuspendContactRecordingResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.InvalidActiveRegionException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The SuspendContactRecording operation: its types, errors and wire codec."""
