"""The ConnectionData shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.attendee import Attendee
from ..shapes.meeting import Meeting


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ConnectionData:
    """Information required to join the call.

    Fields:

    - ``attendee``: The attendee information, including attendee ID and join token.
    - ``meeting``: A meeting created using the Amazon Chime SDK.
    """

    attendee: Attendee | None = None
    """The attendee information, including attendee ID and join token."""

    meeting: Meeting | None = None
    """A meeting created using the Amazon Chime SDK."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attendee
        if value is not None:
            path = prefix + "attendee"
            if isinstance(value, Attendee):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Attendee, got {type(value).__name__}")
        value = self.meeting
        if value is not None:
            path = prefix + "meeting"
            if isinstance(value, Meeting):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Meeting, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.attendee is not None:
            result["Attendee"] = self.attendee.to_dict()
        if self.meeting is not None:
            result["Meeting"] = self.meeting.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ConnectionData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ConnectionData")
        return cls(
            attendee=(
                None
                if (value := data.get("Attendee")) is None
                else Attendee.from_dict(value, path=path + "Attendee" + ".")
            ),
            meeting=(
                None
                if (value := data.get("Meeting")) is None
                else Meeting.from_dict(value, path=path + "Meeting" + ".")
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ConnectionData:
        draft = _ConnectionDataDraft()
        try:
            draft.attendee = (
                None
                if (value := data.get("Attendee")) is None
                else Attendee._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Attendee")
                    )
                )
            )
            draft.meeting = (
                None
                if (value := data.get("Meeting")) is None
                else Meeting._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Meeting")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ConnectionDataDraft:
    """A :class:`ConnectionData` being decoded (see ``_rt.seal``)."""

    __slots__ = ("attendee", "meeting")
    attendee: Attendee | None
    meeting: Meeting | None


def new_connection_data() -> ConnectionData:
    """Create a :class:`ConnectionData` with all optional fields omitted."""
    return ConnectionData()


connection_data_attendee = _rt.Lens[ConnectionData, Attendee | None](
    lambda s: s.attendee,
    lambda s, v: _dc.replace(s, attendee=v),
    "connection_data_attendee",
)
"""Lens on :attr:`ConnectionData.attendee`."""


connection_data_meeting = _rt.Lens[ConnectionData, Meeting | None](
    lambda s: s.meeting,
    lambda s, v: _dc.replace(s, meeting=v),
    "connection_data_meeting",
)
"""Lens on :attr:`ConnectionData.meeting`."""
