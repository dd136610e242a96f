"""The ContactConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

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
class ContactConfiguration:
    """The contact configuration for push notification registration.

    Fields:

    - ``contact_id``: The identifier of the contact within the Amazon Connect instance.
    - ``participant_role``: The role of the participant in the chat conversation.
    - ``include_raw_message``: Whether to include raw connect message in the push notification payload.
    """

    contact_id: str
    """The identifier of the contact within the Amazon Connect instance."""

    participant_role: str | None = None
    """The role of the participant in the chat conversation.

    .. note::

       Only ``CUSTOMER`` is currently supported. Any other values other than
       ``CUSTOMER`` will result in an exception (4xx error).
    """

    include_raw_message: bool | None = None
    """Whether to include raw connect message in the push notification payload.
    Default is ``False``.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_role
        if value is not None:
            path = prefix + "participant_role"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_ROLE_VALUES)
        value = self.include_raw_message
        if value is not None:
            path = prefix + "include_raw_message"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContactId"] = self.contact_id
        if self.participant_role is not None:
            result["ParticipantRole"] = self.participant_role
        if self.include_raw_message is not None:
            result["IncludeRawMessage"] = self.include_raw_message
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactConfiguration")
        return cls(
            contact_id=_rt.required(data, "ContactId", path),
            participant_role=data.get("ParticipantRole"),
            include_raw_message=data.get("IncludeRawMessage"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["ContactId"] = self.contact_id
        if self.participant_role is not None:
            data["ParticipantRole"] = self.participant_role
        if self.include_raw_message is not None:
            data["IncludeRawMessage"] = self.include_raw_message
        return data


def new_contact_configuration(
    contact_id: str,
) -> ContactConfiguration:
    """Create a :class:`ContactConfiguration` with all optional fields omitted."""
    return ContactConfiguration(
        contact_id=contact_id,
    )


contact_configuration_contact_id = _rt.Lens[ContactConfiguration, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "contact_configuration_contact_id",
)
"""Lens on :attr:`ContactConfiguration.contact_id`."""


contact_configuration_participant_role = _rt.Lens[ContactConfiguration, str | None](
    lambda s: s.participant_role,
    lambda s, v: _dc.replace(s, participant_role=v),
    "contact_configuration_participant_role",
)
"""Lens on :attr:`ContactConfiguration.participant_role`."""


contact_configuration_include_raw_message = _rt.Lens[ContactConfiguration, bool | None](
    lambda s: s.include_raw_message,
    lambda s, v: _dc.replace(s, include_raw_message=v),
    "contact_configuration_include_raw_message",
)
"""Lens on :attr:`ContactConfiguration.include_raw_message`."""
