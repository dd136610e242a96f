"""The RealTimeContactAnalysisSegmentAttachments shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_attachment import (
    RealTimeContactAnalysisAttachment,
)
from ..shapes.real_time_contact_analysis_time_data import (
    RealTimeContactAnalysisTimeData,
)

_PARTICIPANT_ROLE_VALUES = frozenset(
    (
        "AGENT",
        "CUSTOMER",
        "SYSTEM",
        "CUSTOM_BOT",
        "SUPERVISOR",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisSegmentAttachments:
    """Segment containing list of attachments.

    Fields:

    - ``id``: The identifier of the segment.
    - ``participant_id``: The identifier of the participant.
    - ``participant_role``: The role of the participant.
    - ``attachments``: List of objects describing an individual attachment.
    - ``time``: Field describing the time of the event.
    - ``display_name``: The display name of the participant.
    """

    id: str | None
    """The identifier of the segment."""

    participant_id: str | None
    """The identifier of the participant."""

    participant_role: str | None
    """The role of the participant. For example, is it a customer, agent, or
    system.
    """

    attachments: list[RealTimeContactAnalysisAttachment] | None
    """List of objects describing an individual attachment."""

    time: RealTimeContactAnalysisTimeData | None
    """Field describing the time of the event. It can have different
    representations of time.
    """

    display_name: str | None = None
    """The display name of the participant. Can be redacted."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_id
        if value is None:
            errors.append(prefix + "participant_id: required but missing")
        else:
            path = prefix + "participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_role
        if value is None:
            errors.append(prefix + "participant_role: required but missing")
        else:
            path = prefix + "participant_role"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_ROLE_VALUES)
        value = self.attachments
        if value is None:
            errors.append(prefix + "attachments: required but missing")
        else:
            path = prefix + "attachments"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RealTimeContactAnalysisAttachment):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RealTimeContactAnalysisAttachment, got {type(v1).__name__}"
                            )
        value = self.time
        if value is None:
            errors.append(prefix + "time: required but missing")
        else:
            path = prefix + "time"
            if isinstance(value, RealTimeContactAnalysisTimeData):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisTimeData, got {type(value).__name__}"
                )
        value = self.display_name
        if value is not None:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.participant_id is not None:
            result["ParticipantId"] = self.participant_id
        if self.participant_role is not None:
            result["ParticipantRole"] = self.participant_role
        if self.attachments is not None:
            result["Attachments"] = [v1.to_dict() for v1 in self.attachments]
        if self.time is not None:
            result["Time"] = self.time.to_dict()
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisSegmentAttachments:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisSegmentAttachments"
        )
        return cls(
            id=data.get("Id"),
            participant_id=data.get("ParticipantId"),
            participant_role=data.get("ParticipantRole"),
            attachments=(
                None
                if (value := data.get("Attachments")) is None
                else [
                    RealTimeContactAnalysisAttachment.from_dict(
                        v1, path=path + "Attachments" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Attachments")
                    )
                ]
            ),
            time=(
                None
                if (value := data.get("Time")) is None
                else RealTimeContactAnalysisTimeData.from_dict(
                    value, path=path + "Time" + "."
                )
            ),
            display_name=data.get("DisplayName"),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisSegmentAttachments:
        draft = _RealTimeContactAnalysisSegmentAttachmentsDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.participant_id = (
                None
                if (value := data.get("ParticipantId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ParticipantId")
                )
            )
            draft.participant_role = (
                None
                if (value := data.get("ParticipantRole")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ParticipantRole")
                )
            )
            draft.attachments = (
                None
                if (value := data.get("Attachments")) is None
                else [
                    RealTimeContactAnalysisAttachment._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Attachments")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Attachments")
                    )
                    if v1 is not None
                ]
            )
            draft.time = (
                None
                if (value := data.get("Time")) is None
                else RealTimeContactAnalysisTimeData._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Time")
                    )
                )
            )
            draft.display_name = (
                None
                if (value := data.get("DisplayName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DisplayName")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisSegmentAttachmentsDraft:
    """A :class:`RealTimeContactAnalysisSegmentAttachments` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "id",
        "participant_id",
        "participant_role",
        "attachments",
        "time",
        "display_name",
    )
    id: str | None
    participant_id: str | None
    participant_role: str | None
    attachments: list[RealTimeContactAnalysisAttachment] | None
    time: RealTimeContactAnalysisTimeData | None
    display_name: str | None


def new_real_time_contact_analysis_segment_attachments(
    id: str,
    participant_id: str,
    participant_role: str,
    attachments: list[RealTimeContactAnalysisAttachment],
    time: RealTimeContactAnalysisTimeData,
) -> RealTimeContactAnalysisSegmentAttachments:
    """Create a :class:`RealTimeContactAnalysisSegmentAttachments` with all optional fields omitted."""
    return RealTimeContactAnalysisSegmentAttachments(
        id=id,
        participant_id=participant_id,
        participant_role=participant_role,
        attachments=attachments,
        time=time,
    )


real_time_contact_analysis_segment_attachments_id = _rt.Lens[
    RealTimeContactAnalysisSegmentAttachments, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "real_time_contact_analysis_segment_attachments_id",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentAttachments.id`."""


real_time_contact_analysis_segment_attachments_participant_id = _rt.Lens[
    RealTimeContactAnalysisSegmentAttachments, str | None
](
    lambda s: s.participant_id,
    lambda s, v: _dc.replace(s, participant_id=v),
    "real_time_contact_analysis_segment_attachments_participant_id",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentAttachments.participant_id`."""


real_time_contact_analysis_segment_attachments_participant_role = _rt.Lens[
    RealTimeContactAnalysisSegmentAttachments, str | None
](
    lambda s: s.participant_role,
    lambda s, v: _dc.replace(s, participant_role=v),
    "real_time_contact_analysis_segment_attachments_participant_role",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentAttachments.participant_role`."""


real_time_contact_analysis_segment_attachments_attachments = _rt.Lens[
    RealTimeContactAnalysisSegmentAttachments,
    list[RealTimeContactAnalysisAttachment] | None,
](
    lambda s: s.attachments,
    lambda s, v: _dc.replace(s, attachments=v),
    "real_time_contact_analysis_segment_attachments_attachments",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentAttachments.attachments`."""


real_time_contact_analysis_segment_attachments_time = _rt.Lens[
    RealTimeContactAnalysisSegmentAttachments, RealTimeContactAnalysisTimeData | None
](
    lambda s: s.time,
    lambda s, v: _dc.replace(s, time=v),
    "real_time_contact_analysis_segment_attachments_time",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentAttachments.time`."""


real_time_contact_analysis_segment_attachments_display_name = _rt.Lens[
    RealTimeContactAnalysisSegmentAttachments, str | None
](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "real_time_contact_analysis_segment_attachments_display_name",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentAttachments.display_name`."""
