"""Starts recording the contact:"""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.voice_recording_configuration import VoiceRecordingConfiguration


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartContactRecording:
    """Starts recording the contact:

    - If the API is called *before* the agent joins the call, recording
      starts when the agent joins the call.
    - If the API is called *after* the agent joins the call, recording
      starts at the time of the API call.

    StartContactRecording is a one-time action. For example, if you use
    StopContactRecording to stop recording an ongoing call, you can't use
    StartContactRecording to restart it. For scenarios where the recording
    has started and you want to suspend and resume it, such as when
    collecting sensitive information (for example, a credit card number),
    use SuspendContactRecording and ResumeContactRecording.

    You can use this API to override the recording behavior configured in
    the `Set recording behavior
    <https://docs.aws.amazon.com/connect/latest/adminguide/set-recording-behavior.html>`__
    block.

    Only voice recordings are supported at this time.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    - ``initial_contact_id``: The identifier of the contact.
    - ``voice_recording_configuration``: The person being recorded.
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

    voice_recording_configuration: VoiceRecordingConfiguration
    """The person being recorded."""

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
        value = self.voice_recording_configuration
        if value is None:
            errors.append(
                prefix + "voice_recording_configuration: required but missing"
            )
        else:
            path = prefix + "voice_recording_configuration"
            if isinstance(value, VoiceRecordingConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected VoiceRecordingConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["InitialContactId"] = self.initial_contact_id
        result["VoiceRecordingConfiguration"] = (
            self.voice_recording_configuration.to_dict()
        )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartContactRecording:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartContactRecording")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            initial_contact_id=_rt.required(data, "InitialContactId", path),
            voice_recording_configuration=VoiceRecordingConfiguration.from_dict(
                _rt.required(data, "VoiceRecordingConfiguration", path),
                path=path + "VoiceRecordingConfiguration" + ".",
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartContactRecordingResponse:
    """The response of StartContactRecording.

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
    ) -> StartContactRecordingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartContactRecordingResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _StartContactRecordingResponseDraft:
    """A :class:`StartContactRecordingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_start_contact_recording(
    instance_id: str,
    contact_id: str,
    initial_contact_id: str,
    voice_recording_configuration: VoiceRecordingConfiguration,
) -> StartContactRecording:
    """Create a :class:`StartContactRecording` with all optional fields omitted."""
    return StartContactRecording(
        instance_id=instance_id,
        contact_id=contact_id,
        initial_contact_id=initial_contact_id,
        voice_recording_configuration=voice_recording_configuration,
    )


start_contact_recording_instance_id = _rt.Lens[StartContactRecording, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_contact_recording_instance_id",
)
"""Lens on :attr:`StartContactRecording.instance_id`."""


start_contact_recording_contact_id = _rt.Lens[StartContactRecording, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_contact_recording_contact_id",
)
"""Lens on :attr:`StartContactRecording.contact_id`."""


start_contact_recording_initial_contact_id = _rt.Lens[StartContactRecording, str](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "start_contact_recording_initial_contact_id",
)
"""Lens on :attr:`StartContactRecording.initial_contact_id`."""


start_contact_recording_voice_recording_configuration = _rt.Lens[
    StartContactRecording, VoiceRecordingConfiguration
](
    lambda s: s.voice_recording_configuration,
    lambda s, v: _dc.replace(s, voice_recording_configuration=v),
    "start_contact_recording_voice_recording_configuration",
)
"""Lens on :attr:`StartContactRecording.voice_recording_configuration`."""


def new_start_contact_recording_response(
    http_status: int,
) -> StartContactRecordingResponse:
    """Create a :class:`StartContactRecordingResponse` with all optional fields omitted."""
    return StartContactRecordingResponse(
        http_status=http_status,
    )


start_contact_recording_response_http_status = _rt.Lens[
    StartContactRecordingResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_contact_recording_response_http_status",
)
"""Lens on :attr:`StartContactRecordingResponse.http_status`."""


def _serialize(
    request: StartContactRecording, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/start-recording"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["InitialContactId"] = request.initial_contact_id
    data["VoiceRecordingConfiguration"] = (
        request.voice_recording_configuration._to_json()
    )
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
) -> StartContactRecordingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _StartContactRecordingResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, StartContactRecordingResponse)


OPERATION: _rt.Operation[StartContactRecording, StartContactRecordingResponse] = (
    _rt.Operation(
        "StartContactRecording",
        StartContactRecording,
        StartContactRecordingResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.InvalidActiveRegionException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The StartContactRecording operation: its types, errors and wire codec."""
