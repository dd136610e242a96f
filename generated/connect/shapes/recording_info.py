"""The RecordingInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_STORAGE_TYPE_VALUES = frozenset(
    (
        "S3",
        "KINESIS_VIDEO_STREAM",
        "KINESIS_STREAM",
        "KINESIS_FIREHOSE",
    )
)
_MEDIA_STREAM_TYPE_VALUES = frozenset(
    (
        "AUDIO",
        "VIDEO",
    )
)
_PARTICIPANT_TYPE_VALUES = frozenset(
    (
        "ALL",
        "MANAGER",
        "AGENT",
        "CUSTOMER",
        "THIRDPARTY",
    )
)
_RECORDING_STATUS_VALUES = frozenset(
    (
        "AVAILABLE",
        "DELETED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RecordingInfo:
    """Information about a voice recording, chat transcript, or screen
    recording.

    Fields:

    - ``storage_type``: Where the recording/transcript is stored.
    - ``location``: The location, in Amazon S3, for the recording/transcript.
    - ``media_stream_type``: Information about the media stream used during the conversation.
    - ``participant_type``: Information about the conversation participant, whether they are an agent or contact.
    - ``fragment_start_number``: The number that identifies the Kinesis Video Streams fragment where the customer audio stream started.
    - ``fragment_stop_number``: The number that identifies the Kinesis Video Streams fragment where the customer audio stream stopped.
    - ``start_timestamp``: When the conversation of the last leg of the recording started in UTC time.
    - ``stop_timestamp``: When the conversation of the last leg of recording stopped in UTC time.
    - ``status``: The status of the recording/transcript.
    - ``deletion_reason``: If the recording/transcript was deleted, this is the reason entered for the deletion.
    - ``unprocessed_transcript_location``: The location, in Amazon S3, for the unprocessed transcript if any media processing was performed.
    """

    storage_type: str | None = None
    """Where the recording/transcript is stored."""

    location: str | None = None
    """The location, in Amazon S3, for the recording/transcript."""

    media_stream_type: str | None = None
    """Information about the media stream used during the conversation."""

    participant_type: str | None = None
    """Information about the conversation participant, whether they are an
    agent or contact. The participant types are as follows:

    - All
    - Manager
    - Agent
    - Customer
    - Thirdparty
    - Supervisor
    """

    fragment_start_number: str | None = None
    """The number that identifies the Kinesis Video Streams fragment where the
    customer audio stream started.
    """

    fragment_stop_number: str | None = None
    """The number that identifies the Kinesis Video Streams fragment where the
    customer audio stream stopped.
    """

    start_timestamp: _dt.datetime | None = None
    """When the conversation of the last leg of the recording started in UTC
    time.
    """

    stop_timestamp: _dt.datetime | None = None
    """When the conversation of the last leg of recording stopped in UTC time."""

    status: str | None = None
    """The status of the recording/transcript."""

    deletion_reason: str | None = None
    """If the recording/transcript was deleted, this is the reason entered for
    the deletion.
    """

    unprocessed_transcript_location: str | None = None
    """The location, in Amazon S3, for the unprocessed transcript if any media
    processing was performed.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.storage_type
        if value is not None:
            path = prefix + "storage_type"
            _rt.check_str(errors, path, value, enum=_STORAGE_TYPE_VALUES)
        value = self.location
        if value is not None:
            path = prefix + "location"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.media_stream_type
        if value is not None:
            path = prefix + "media_stream_type"
            _rt.check_str(errors, path, value, enum=_MEDIA_STREAM_TYPE_VALUES)
        value = self.participant_type
        if value is not None:
            path = prefix + "participant_type"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_TYPE_VALUES)
        value = self.fragment_start_number
        if value is not None:
            path = prefix + "fragment_start_number"
            _rt.check_str(errors, path, value, min_len=0, max_len=128)
        value = self.fragment_stop_number
        if value is not None:
            path = prefix + "fragment_stop_number"
            _rt.check_str(errors, path, value, min_len=0, max_len=128)
        value = self.start_timestamp
        if value is not None:
            path = prefix + "start_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.stop_timestamp
        if value is not None:
            path = prefix + "stop_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_RECORDING_STATUS_VALUES)
        value = self.deletion_reason
        if value is not None:
            path = prefix + "deletion_reason"
            _rt.check_str(errors, path, value)
        value = self.unprocessed_transcript_location
        if value is not None:
            path = prefix + "unprocessed_transcript_location"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.storage_type is not None:
            result["StorageType"] = self.storage_type
        if self.location is not None:
            result["Location"] = self.location
        if self.media_stream_type is not None:
            result["MediaStreamType"] = self.media_stream_type
        if self.participant_type is not None:
            result["ParticipantType"] = self.participant_type
        if self.fragment_start_number is not None:
            result["FragmentStartNumber"] = self.fragment_start_number
        if self.fragment_stop_number is not None:
            result["FragmentStopNumber"] = self.fragment_stop_number
        if self.start_timestamp is not None:
            result["StartTimestamp"] = self.start_timestamp
        if self.stop_timestamp is not None:
            result["StopTimestamp"] = self.stop_timestamp
        if self.status is not None:
            result["Status"] = self.status
        if self.deletion_reason is not None:
            result["DeletionReason"] = self.deletion_reason
        if self.unprocessed_transcript_location is not None:
            result["UnprocessedTranscriptLocation"] = (
                self.unprocessed_transcript_location
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RecordingInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RecordingInfo")
        return cls(
            storage_type=data.get("StorageType"),
            location=data.get("Location"),
            media_stream_type=data.get("MediaStreamType"),
            participant_type=data.get("ParticipantType"),
            fragment_start_number=data.get("FragmentStartNumber"),
            fragment_stop_number=data.get("FragmentStopNumber"),
            start_timestamp=data.get("StartTimestamp"),
            stop_timestamp=data.get("StopTimestamp"),
            status=data.get("Status"),
            deletion_reason=data.get("DeletionReason"),
            unprocessed_transcript_location=data.get("UnprocessedTranscriptLocation"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RecordingInfo:
        draft = _RecordingInfoDraft()
        try:
            draft.storage_type = (
                None
                if (value := data.get("StorageType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "StorageType")
                )
            )
            draft.location = (
                None
                if (value := data.get("Location")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Location")
                )
            )
            draft.media_stream_type = (
                None
                if (value := data.get("MediaStreamType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "MediaStreamType")
                )
            )
            draft.participant_type = (
                None
                if (value := data.get("ParticipantType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ParticipantType")
                )
            )
            draft.fragment_start_number = (
                None
                if (value := data.get("FragmentStartNumber")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "FragmentStartNumber")
                )
            )
            draft.fragment_stop_number = (
                None
                if (value := data.get("FragmentStopNumber")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "FragmentStopNumber")
                )
            )
            draft.start_timestamp = (
                None
                if (value := data.get("StartTimestamp")) is None
                else _rt.parse_timestamp(value, "StartTimestamp")
            )
            draft.stop_timestamp = (
                None
                if (value := data.get("StopTimestamp")) is None
                else _rt.parse_timestamp(value, "StopTimestamp")
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.deletion_reason = (
                None
                if (value := data.get("DeletionReason")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DeletionReason")
                )
            )
            draft.unprocessed_transcript_location = (
                None
                if (value := data.get("UnprocessedTranscriptLocation")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "UnprocessedTranscriptLocation")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RecordingInfoDraft:
    """A :class:`RecordingInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "storage_type",
        "location",
        "media_stream_type",
        "participant_type",
        "fragment_start_number",
        "fragment_stop_number",
        "start_timestamp",
        "stop_timestamp",
        "status",
        "deletion_reason",
        "unprocessed_transcript_location",
    )
    storage_type: str | None
    location: str | None
    media_stream_type: str | None
    participant_type: str | None
    fragment_start_number: str | None
    fragment_stop_number: str | None
    start_timestamp: _dt.datetime | None
    stop_timestamp: _dt.datetime | None
    status: str | None
    deletion_reason: str | None
    unprocessed_transcript_location: str | None


def new_recording_info() -> RecordingInfo:
    """Create a :class:`RecordingInfo` with all optional fields omitted."""
    return RecordingInfo()


recording_info_storage_type = _rt.Lens[RecordingInfo, str | None](
    lambda s: s.storage_type,
    lambda s, v: _dc.replace(s, storage_type=v),
    "recording_info_storage_type",
)
"""Lens on :attr:`RecordingInfo.storage_type`."""


recording_info_location = _rt.Lens[RecordingInfo, str | None](
    lambda s: s.location,
    lambda s, v: _dc.replace(s, location=v),
    "recording_info_location",
)
"""Lens on :attr:`RecordingInfo.location`."""


recording_info_media_stream_type = _rt.Lens[RecordingInfo, str | None](
    lambda s: s.media_stream_type,
    lambda s, v: _dc.replace(s, media_stream_type=v),
    "recording_info_media_stream_type",
)
"""Lens on :attr:`RecordingInfo.media_stream_type`."""


recording_info_participant_type = _rt.Lens[RecordingInfo, str | None](
    lambda s: s.participant_type,
    lambda s, v: _dc.replace(s, participant_type=v),
    "recording_info_participant_type",
)
"""Lens on :attr:`RecordingInfo.participant_type`."""


recording_info_fragment_start_number = _rt.Lens[RecordingInfo, str | None](
    lambda s: s.fragment_start_number,
    lambda s, v: _dc.replace(s, fragment_start_number=v),
    "recording_info_fragment_start_number",
)
"""Lens on :attr:`RecordingInfo.fragment_start_number`."""


recording_info_fragment_stop_number = _rt.Lens[RecordingInfo, str | None](
    lambda s: s.fragment_stop_number,
    lambda s, v: _dc.replace(s, fragment_stop_number=v),
    "recording_info_fragment_stop_number",
)
"""Lens on :attr:`RecordingInfo.fragment_stop_number`."""


recording_info_start_timestamp = _rt.Lens[RecordingInfo, _dt.datetime | None](
    lambda s: s.start_timestamp,
    lambda s, v: _dc.replace(s, start_timestamp=v),
    "recording_info_start_timestamp",
)
"""Lens on :attr:`RecordingInfo.start_timestamp`."""


recording_info_stop_timestamp = _rt.Lens[RecordingInfo, _dt.datetime | None](
    lambda s: s.stop_timestamp,
    lambda s, v: _dc.replace(s, stop_timestamp=v),
    "recording_info_stop_timestamp",
)
"""Lens on :attr:`RecordingInfo.stop_timestamp`."""


recording_info_status = _rt.Lens[RecordingInfo, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "recording_info_status",
)
"""Lens on :attr:`RecordingInfo.status`."""


recording_info_deletion_reason = _rt.Lens[RecordingInfo, str | None](
    lambda s: s.deletion_reason,
    lambda s, v: _dc.replace(s, deletion_reason=v),
    "recording_info_deletion_reason",
)
"""Lens on :attr:`RecordingInfo.deletion_reason`."""


recording_info_unprocessed_transcript_location = _rt.Lens[RecordingInfo, str | None](
    lambda s: s.unprocessed_transcript_location,
    lambda s, v: _dc.replace(s, unprocessed_transcript_location=v),
    "recording_info_unprocessed_transcript_location",
)
"""Lens on :attr:`RecordingInfo.unprocessed_transcript_location`."""
