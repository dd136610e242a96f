"""The ParticipantDetailsToAdd shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.participant_capabilities import ParticipantCapabilities

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
class ParticipantDetailsToAdd:
    """The details to add for the participant.

    Fields:

    - ``participant_role``: The role of the participant being added.
    - ``display_name``: The display name of the participant.
    - ``participant_capabilities``: The configuration for the allowed video and screen sharing capabilities for participants present over the call.
    """

    participant_role: str | None = None
    """The role of the participant being added."""

    display_name: str | None = None
    """The display name of the participant."""

    participant_capabilities: ParticipantCapabilities | None = None
    """The configuration for the allowed video and screen sharing capabilities
    for participants present over the call. For more information, see `Set
    up in-app, web, video calling, and screen sharing capabilities
    <https://docs.aws.amazon.com/connect/latest/adminguide/inapp-calling.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.participant_role
        if value is not None:
            path = prefix + "participant_role"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_ROLE_VALUES)
        value = self.display_name
        if value is not None:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_capabilities
        if value is not None:
            path = prefix + "participant_capabilities"
            if isinstance(value, ParticipantCapabilities):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantCapabilities, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.participant_role is not None:
            result["ParticipantRole"] = self.participant_role
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        if self.participant_capabilities is not None:
            result["ParticipantCapabilities"] = self.participant_capabilities.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ParticipantDetailsToAdd:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ParticipantDetailsToAdd")
        return cls(
            participant_role=data.get("ParticipantRole"),
            display_name=data.get("DisplayName"),
            participant_capabilities=(
                None
                if (value := data.get("ParticipantCapabilities")) is None
                else ParticipantCapabilities.from_dict(
                    value, path=path + "ParticipantCapabilities" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.participant_role is not None:
            data["ParticipantRole"] = self.participant_role
        if self.display_name is not None:
            data["DisplayName"] = self.display_name
        if self.participant_capabilities is not None:
            data["ParticipantCapabilities"] = self.participant_capabilities._to_json()
        return data


def new_participant_details_to_add() -> ParticipantDetailsToAdd:
    """Create a :class:`ParticipantDetailsToAdd` with all optional fields omitted."""
    return ParticipantDetailsToAdd()


participant_details_to_add_participant_role = _rt.Lens[
    ParticipantDetailsToAdd, str | None
](
    lambda s: s.participant_role,
    lambda s, v: _dc.replace(s, participant_role=v),
    "participant_details_to_add_participant_role",
)
"""Lens on :attr:`ParticipantDetailsToAdd.participant_role`."""


participant_details_to_add_display_name = _rt.Lens[ParticipantDetailsToAdd, str | None](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "participant_details_to_add_display_name",
)
"""Lens on :attr:`ParticipantDetailsToAdd.display_name`."""


participant_details_to_add_participant_capabilities = _rt.Lens[
    ParticipantDetailsToAdd, ParticipantCapabilities | None
](
    lambda s: s.participant_capabilities,
    lambda s, v: _dc.replace(s, participant_capabilities=v),
    "participant_details_to_add_participant_capabilities",
)
"""Lens on :attr:`ParticipantDetailsToAdd.participant_capabilities`."""
