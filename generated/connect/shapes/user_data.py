"""The UserData shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.agent_contact_reference import AgentContactReference
from ..shapes.agent_status_reference import AgentStatusReference
from ..shapes.hierarchy_path_reference import HierarchyPathReference
from ..shapes.routing_profile_reference import RoutingProfileReference
from ..shapes.user_reference import UserReference

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserData:
    """Data for a user.

    Fields:

    - ``user``: Information about the user for the data that is returned.
    - ``routing_profile``: Information about the routing profile that is assigned to the user.
    - ``hierarchy_path``: Contains information about the levels of a hierarchy group assigned to a user.
    - ``status``: The status of the agent that they manually set in their Contact Control Panel (CCP), or that the supervisor manually changes in the real-time metrics report.
    - ``available_slots_by_channel``: A map of available slots by channel.
    - ``max_slots_by_channel``: A map of maximum slots by channel.
    - ``active_slots_by_channel``: A map of active slots by channel.
    - ``contacts``: A list of contact reference information.
    - ``next_status``: The Next status of the agent.
    """

    user: UserReference | None = None
    """Information about the user for the data that is returned. It contains
    the ``resourceId`` and ARN of the user.
    """

    routing_profile: RoutingProfileReference | None = None
    """Information about the routing profile that is assigned to the user."""

    hierarchy_path: HierarchyPathReference | None = None
    """Contains information about the levels of a hierarchy group assigned to a
    user.
    """

    status: AgentStatusReference | None = None
    """The status of the agent that they manually set in their Contact Control
    Panel (CCP), or that the supervisor manually changes in the real-time
    metrics report.
    """

    available_slots_by_channel: dict[str, int] | None = None
    """A map of available slots by channel. The key is a channel name. The
    value is an integer: the available number of slots.
    """

    max_slots_by_channel: dict[str, int] | None = None
    """A map of maximum slots by channel. The key is a channel name. The value
    is an integer: the maximum number of slots. This is calculated from
    `MediaConcurrency
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html>`__
    of the ``RoutingProfile`` assigned to the agent.
    """

    active_slots_by_channel: dict[str, int] | None = None
    """A map of active slots by channel. The key is a channel name. The value
    is an integer: the number of active slots.
    """

    contacts: list[AgentContactReference] | None = None
    """A list of contact reference information."""

    next_status: str | None = None
    """The Next status of the agent."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.user
        if value is not None:
            path = prefix + "user"
            if isinstance(value, UserReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected UserReference, got {type(value).__name__}"
                )
        value = self.routing_profile
        if value is not None:
            path = prefix + "routing_profile"
            if isinstance(value, RoutingProfileReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingProfileReference, got {type(value).__name__}"
                )
        value = self.hierarchy_path
        if value is not None:
            path = prefix + "hierarchy_path"
            if isinstance(value, HierarchyPathReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyPathReference, got {type(value).__name__}"
                )
        value = self.status
        if value is not None:
            path = prefix + "status"
            if isinstance(value, AgentStatusReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentStatusReference, got {type(value).__name__}"
                )
        value = self.available_slots_by_channel
        if value is not None:
            path = prefix + "available_slots_by_channel"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, enum=_CHANNEL_VALUES)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_number(errors, p1, v1, True, minimum=0, maximum=None)
        value = self.max_slots_by_channel
        if value is not None:
            path = prefix + "max_slots_by_channel"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, enum=_CHANNEL_VALUES)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_number(errors, p1, v1, True, minimum=0, maximum=None)
        value = self.active_slots_by_channel
        if value is not None:
            path = prefix + "active_slots_by_channel"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, enum=_CHANNEL_VALUES)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_number(errors, p1, v1, True, minimum=0, maximum=None)
        value = self.contacts
        if value is not None:
            path = prefix + "contacts"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AgentContactReference):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AgentContactReference, got {type(v1).__name__}"
                            )
        value = self.next_status
        if value is not None:
            path = prefix + "next_status"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.user is not None:
            result["User"] = self.user.to_dict()
        if self.routing_profile is not None:
            result["RoutingProfile"] = self.routing_profile.to_dict()
        if self.hierarchy_path is not None:
            result["HierarchyPath"] = self.hierarchy_path.to_dict()
        if self.status is not None:
            result["Status"] = self.status.to_dict()
        if self.available_slots_by_channel is not None:
            result["AvailableSlotsByChannel"] = dict(self.available_slots_by_channel)
        if self.max_slots_by_channel is not None:
            result["MaxSlotsByChannel"] = dict(self.max_slots_by_channel)
        if self.active_slots_by_channel is not None:
            result["ActiveSlotsByChannel"] = dict(self.active_slots_by_channel)
        if self.contacts is not None:
            result["Contacts"] = [v1.to_dict() for v1 in self.contacts]
        if self.next_status is not None:
            result["NextStatus"] = self.next_status
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> UserData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserData")
        return cls(
            user=(
                None
                if (value := data.get("User")) is None
                else UserReference.from_dict(value, path=path + "User" + ".")
            ),
            routing_profile=(
                None
                if (value := data.get("RoutingProfile")) is None
                else RoutingProfileReference.from_dict(
                    value, path=path + "RoutingProfile" + "."
                )
            ),
            hierarchy_path=(
                None
                if (value := data.get("HierarchyPath")) is None
                else HierarchyPathReference.from_dict(
                    value, path=path + "HierarchyPath" + "."
                )
            ),
            status=(
                None
                if (value := data.get("Status")) is None
                else AgentStatusReference.from_dict(value, path=path + "Status" + ".")
            ),
            available_slots_by_channel=(
                None
                if (value := data.get("AvailableSlotsByChannel")) is None
                else dict(_rt.expect_mapping(value, path + "AvailableSlotsByChannel"))
            ),
            max_slots_by_channel=(
                None
                if (value := data.get("MaxSlotsByChannel")) is None
                else dict(_rt.expect_mapping(value, path + "MaxSlotsByChannel"))
            ),
            active_slots_by_channel=(
                None
                if (value := data.get("ActiveSlotsByChannel")) is None
                else dict(_rt.expect_mapping(value, path + "ActiveSlotsByChannel"))
            ),
            contacts=(
                None
                if (value := data.get("Contacts")) is None
                else [
                    AgentContactReference.from_dict(
                        v1, path=path + "Contacts" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Contacts")
                    )
                ]
            ),
            next_status=data.get("NextStatus"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UserData:
        draft = _UserDataDraft()
        try:
            draft.user = (
                None
                if (value := data.get("User")) is None
                else UserReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "User")
                    )
                )
            )
            draft.routing_profile = (
                None
                if (value := data.get("RoutingProfile")) is None
                else RoutingProfileReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "RoutingProfile")
                    )
                )
            )
            draft.hierarchy_path = (
                None
                if (value := data.get("HierarchyPath")) is None
                else HierarchyPathReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "HierarchyPath")
                    )
                )
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else AgentStatusReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Status")
                    )
                )
            )
            draft.available_slots_by_channel = (
                None
                if (value := data.get("AvailableSlotsByChannel")) is None
                else {
                    k1: (
                        v1
                        if type(v1) is int
                        else _rt.expect_int(v1, "AvailableSlotsByChannel")
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AvailableSlotsByChannel")
                    ).items()
                    if v1 is not None
                }
            )
            draft.max_slots_by_channel = (
                None
                if (value := data.get("MaxSlotsByChannel")) is None
                else {
                    k1: (
                        v1
                        if type(v1) is int
                        else _rt.expect_int(v1, "MaxSlotsByChannel")
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "MaxSlotsByChannel")
                    ).items()
                    if v1 is not None
                }
            )
            draft.active_slots_by_channel = (
                None
                if (value := data.get("ActiveSlotsByChannel")) is None
                else {
                    k1: (
                        v1
                        if type(v1) is int
                        else _rt.expect_int(v1, "ActiveSlotsByChannel")
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ActiveSlotsByChannel")
                    ).items()
                    if v1 is not None
                }
            )
            draft.contacts = (
                None
                if (value := data.get("Contacts")) is None
                else [
                    AgentContactReference._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Contacts")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Contacts")
                    )
                    if v1 is not None
                ]
            )
            draft.next_status = (
                None
                if (value := data.get("NextStatus")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "NextStatus")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UserDataDraft:
    """A :class:`UserData` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "user",
        "routing_profile",
        "hierarchy_path",
        "status",
        "available_slots_by_channel",
        "max_slots_by_channel",
        "active_slots_by_channel",
        "contacts",
        "next_status",
    )
    user: UserReference | None
    routing_profile: RoutingProfileReference | None
    hierarchy_path: HierarchyPathReference | None
    status: AgentStatusReference | None
    available_slots_by_channel: dict[str, int] | None
    max_slots_by_channel: dict[str, int] | None
    active_slots_by_channel: dict[str, int] | None
    contacts: list[AgentContactReference] | None
    next_status: str | None


def new_user_data() -> UserData:
    """Create a :class:`UserData` with all optional fields omitted."""
    return UserData()


user_data_user = _rt.Lens[UserData, UserReference | None](
    lambda s: s.user,
    lambda s, v: _dc.replace(s, user=v),
    "user_data_user",
)
"""Lens on :attr:`UserData.user`."""


user_data_routing_profile = _rt.Lens[UserData, RoutingProfileReference | None](
    lambda s: s.routing_profile,
    lambda s, v: _dc.replace(s, routing_profile=v),
    "user_data_routing_profile",
)
"""Lens on :attr:`UserData.routing_profile`."""


user_data_hierarchy_path = _rt.Lens[UserData, HierarchyPathReference | None](
    lambda s: s.hierarchy_path,
    lambda s, v: _dc.replace(s, hierarchy_path=v),
    "user_data_hierarchy_path",
)
"""Lens on :attr:`UserData.hierarchy_path`."""


user_data_status = _rt.Lens[UserData, AgentStatusReference | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "user_data_status",
)
"""Lens on :attr:`UserData.status`."""


user_data_available_slots_by_channel = _rt.Lens[UserData, dict[str, int] | None](
    lambda s: s.available_slots_by_channel,
    lambda s, v: _dc.replace(s, available_slots_by_channel=v),
    "user_data_available_slots_by_channel",
)
"""Lens on :attr:`UserData.available_slots_by_channel`."""


user_data_max_slots_by_channel = _rt.Lens[UserData, dict[str, int] | None](
    lambda s: s.max_slots_by_channel,
    lambda s, v: _dc.replace(s, max_slots_by_channel=v),
    "user_data_max_slots_by_channel",
)
"""Lens on :attr:`UserData.max_slots_by_channel`."""


user_data_active_slots_by_channel = _rt.Lens[UserData, dict[str, int] | None](
    lambda s: s.active_slots_by_channel,
    lambda s, v: _dc.replace(s, active_slots_by_channel=v),
    "user_data_active_slots_by_channel",
)
"""Lens on :attr:`UserData.active_slots_by_channel`."""


user_data_contacts = _rt.Lens[UserData, list[AgentContactReference] | None](
    lambda s: s.contacts,
    lambda s, v: _dc.replace(s, contacts=v),
    "user_data_contacts",
)
"""Lens on :attr:`UserData.contacts`."""


user_data_next_status = _rt.Lens[UserData, str | None](
    lambda s: s.next_status,
    lambda s, v: _dc.replace(s, next_status=v),
    "user_data_next_status",
)
"""Lens on :attr:`UserData.next_status`."""
