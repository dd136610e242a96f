"""The AgentInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.device_info import DeviceInfo
from ..shapes.hierarchy_groups import HierarchyGroups
from ..shapes.participant_capabilities import ParticipantCapabilities
from ..shapes.state_transition import StateTransition

_VOICE_ENHANCEMENT_MODE_VALUES = frozenset(
    (
        "VOICE_ISOLATION",
        "NOISE_SUPPRESSION",
        "NONE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AgentInfo:
    """Information about the agent who accepted the contact.

    Fields:

    - ``id``: The identifier of the agent who accepted the contact.
    - ``accepted_by_agent_timestamp``: The timestamp when the contact was accepted by the agent.
    - ``preview_end_timestamp``: The timestamp when the agent finished previewing the contact.
    - ``connected_to_agent_timestamp``: The timestamp when the contact was connected to the agent.
    - ``agent_pause_duration_in_seconds``: Agent pause duration for a contact in seconds.
    - ``hierarchy_groups``: The agent hierarchy groups for the agent.
    - ``device_info``: Information regarding Agent’s device.
    - ``capabilities``: The configuration for the allowed video and screen sharing capabilities for participants present over the call.
    - ``after_contact_work_duration``: The difference in time, in whole seconds, between ``AfterContactWorkStartTimestamp`` and ``AfterContactWorkEndTimestamp``.
    - ``after_contact_work_start_timestamp``: The date and time when the agent started doing After Contact Work for the contact, in UTC time.
    - ``after_contact_work_end_timestamp``: The date and time when the agent ended After Contact Work for the contact, in UTC time.
    - ``agent_initiated_hold_duration``: The total hold duration in seconds initiated by the agent.
    - ``state_transitions``: List of ``StateTransition`` for a supervisor.
    - ``voice_enhancement_mode``: The voice enhancement mode used by the agent as the call is ending.
    """

    id: str | None = None
    """The identifier of the agent who accepted the contact."""

    accepted_by_agent_timestamp: _dt.datetime | None = None
    """The timestamp when the contact was accepted by the agent."""

    preview_end_timestamp: _dt.datetime | None = None
    """The timestamp when the agent finished previewing the contact."""

    connected_to_agent_timestamp: _dt.datetime | None = None
    """The timestamp when the contact was connected to the agent."""

    agent_pause_duration_in_seconds: int | None = None
    """Agent pause duration for a contact in seconds."""

    hierarchy_groups: HierarchyGroups | None = None
    """The agent hierarchy groups for the agent."""

    device_info: DeviceInfo | None = None
    """Information regarding Agent’s device."""

    capabilities: ParticipantCapabilities | None = None
    """The configuration for the allowed video and screen sharing capabilities
    for participants present over the call. For more information, see `Set
    up in-app, web, video calling, and screen sharing capabilities
    <https://docs.aws.amazon.com/connect/latest/adminguide/inapp-calling.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    after_contact_work_duration: int | None = None
    """The difference in time, in whole seconds, between
    ``AfterContactWorkStartTimestamp`` and ``AfterContactWorkEndTimestamp``.
    """

    after_contact_work_start_timestamp: _dt.datetime | None = None
    """The date and time when the agent started doing After Contact Work for
    the contact, in UTC time.
    """

    after_contact_work_end_timestamp: _dt.datetime | None = None
    """The date and time when the agent ended After Contact Work for the
    contact, in UTC time. In cases when agent finishes doing
    ``AfterContactWork`` for chat contacts and switches their activity
    status to offline or equivalent without clearing the contact in CCP,
    discrepancies may be noticed for ``AfterContactWorkEndTimestamp``.
    """

    agent_initiated_hold_duration: int | None = None
    """The total hold duration in seconds initiated by the agent."""

    state_transitions: list[StateTransition] | None = None
    """List of ``StateTransition`` for a supervisor."""

    voice_enhancement_mode: str | None = None
    """The voice enhancement mode used by the agent as the call is ending.
    Valid values: VOICE_ISOLATION | NOISE_SUPPRESSION | NONE. A value of
    null indicates this mode has not yet been set for this user.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.accepted_by_agent_timestamp
        if value is not None:
            path = prefix + "accepted_by_agent_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.preview_end_timestamp
        if value is not None:
            path = prefix + "preview_end_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.connected_to_agent_timestamp
        if value is not None:
            path = prefix + "connected_to_agent_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.agent_pause_duration_in_seconds
        if value is not None:
            path = prefix + "agent_pause_duration_in_seconds"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.hierarchy_groups
        if value is not None:
            path = prefix + "hierarchy_groups"
            if isinstance(value, HierarchyGroups):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyGroups, got {type(value).__name__}"
                )
        value = self.device_info
        if value is not None:
            path = prefix + "device_info"
            if isinstance(value, DeviceInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DeviceInfo, got {type(value).__name__}"
                )
        value = self.capabilities
        if value is not None:
            path = prefix + "capabilities"
            if isinstance(value, ParticipantCapabilities):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantCapabilities, got {type(value).__name__}"
                )
        value = self.after_contact_work_duration
        if value is not None:
            path = prefix + "after_contact_work_duration"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.after_contact_work_start_timestamp
        if value is not None:
            path = prefix + "after_contact_work_start_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.after_contact_work_end_timestamp
        if value is not None:
            path = prefix + "after_contact_work_end_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.agent_initiated_hold_duration
        if value is not None:
            path = prefix + "agent_initiated_hold_duration"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.state_transitions
        if value is not None:
            path = prefix + "state_transitions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, StateTransition):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected StateTransition, got {type(v1).__name__}"
                            )
        value = self.voice_enhancement_mode
        if value is not None:
            path = prefix + "voice_enhancement_mode"
            _rt.check_str(errors, path, value, enum=_VOICE_ENHANCEMENT_MODE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.accepted_by_agent_timestamp is not None:
            result["AcceptedByAgentTimestamp"] = self.accepted_by_agent_timestamp
        if self.preview_end_timestamp is not None:
            result["PreviewEndTimestamp"] = self.preview_end_timestamp
        if self.connected_to_agent_timestamp is not None:
            result["ConnectedToAgentTimestamp"] = self.connected_to_agent_timestamp
        if self.agent_pause_duration_in_seconds is not None:
            result["AgentPauseDurationInSeconds"] = self.agent_pause_duration_in_seconds
        if self.hierarchy_groups is not None:
            result["HierarchyGroups"] = self.hierarchy_groups.to_dict()
        if self.device_info is not None:
            result["DeviceInfo"] = self.device_info.to_dict()
        if self.capabilities is not None:
            result["Capabilities"] = self.capabilities.to_dict()
        if self.after_contact_work_duration is not None:
            result["AfterContactWorkDuration"] = self.after_contact_work_duration
        if self.after_contact_work_start_timestamp is not None:
            result["AfterContactWorkStartTimestamp"] = (
                self.after_contact_work_start_timestamp
            )
        if self.after_contact_work_end_timestamp is not None:
            result["AfterContactWorkEndTimestamp"] = (
                self.after_contact_work_end_timestamp
            )
        if self.agent_initiated_hold_duration is not None:
            result["AgentInitiatedHoldDuration"] = self.agent_initiated_hold_duration
        if self.state_transitions is not None:
            result["StateTransitions"] = [v1.to_dict() for v1 in self.state_transitions]
        if self.voice_enhancement_mode is not None:
            result["VoiceEnhancementMode"] = self.voice_enhancement_mode
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> AgentInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AgentInfo")
        return cls(
            id=data.get("Id"),
            accepted_by_agent_timestamp=data.get("AcceptedByAgentTimestamp"),
            preview_end_timestamp=data.get("PreviewEndTimestamp"),
            connected_to_agent_timestamp=data.get("ConnectedToAgentTimestamp"),
            agent_pause_duration_in_seconds=data.get("AgentPauseDurationInSeconds"),
            hierarchy_groups=(
                None
                if (value := data.get("HierarchyGroups")) is None
                else HierarchyGroups.from_dict(
                    value, path=path + "HierarchyGroups" + "."
                )
            ),
            device_info=(
                None
                if (value := data.get("DeviceInfo")) is None
                else DeviceInfo.from_dict(value, path=path + "DeviceInfo" + ".")
            ),
            capabilities=(
                None
                if (value := data.get("Capabilities")) is None
                else ParticipantCapabilities.from_dict(
                    value, path=path + "Capabilities" + "."
                )
            ),
            after_contact_work_duration=data.get("AfterContactWorkDuration"),
            after_contact_work_start_timestamp=data.get(
                "AfterContactWorkStartTimestamp"
            ),
            after_contact_work_end_timestamp=data.get("AfterContactWorkEndTimestamp"),
            agent_initiated_hold_duration=data.get("AgentInitiatedHoldDuration"),
            state_transitions=(
                None
                if (value := data.get("StateTransitions")) is None
                else [
                    StateTransition.from_dict(
                        v1, path=path + "StateTransitions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "StateTransitions")
                    )
                ]
            ),
            voice_enhancement_mode=data.get("VoiceEnhancementMode"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AgentInfo:
        draft = _AgentInfoDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.accepted_by_agent_timestamp = (
                None
                if (value := data.get("AcceptedByAgentTimestamp")) is None
                else _rt.parse_timestamp(value, "AcceptedByAgentTimestamp")
            )
            draft.preview_end_timestamp = (
                None
                if (value := data.get("PreviewEndTimestamp")) is None
                else _rt.parse_timestamp(value, "PreviewEndTimestamp")
            )
            draft.connected_to_agent_timestamp = (
                None
                if (value := data.get("ConnectedToAgentTimestamp")) is None
                else _rt.parse_timestamp(value, "ConnectedToAgentTimestamp")
            )
            draft.agent_pause_duration_in_seconds = (
                None
                if (value := data.get("AgentPauseDurationInSeconds")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "AgentPauseDurationInSeconds")
                )
            )
            draft.hierarchy_groups = (
                None
                if (value := data.get("HierarchyGroups")) is None
                else HierarchyGroups._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "HierarchyGroups")
                    )
                )
            )
            draft.device_info = (
                None
                if (value := data.get("DeviceInfo")) is None
                else DeviceInfo._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "DeviceInfo")
                    )
                )
            )
            draft.capabilities = (
                None
                if (value := data.get("Capabilities")) is None
                else ParticipantCapabilities._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Capabilities")
                    )
                )
            )
            draft.after_contact_work_duration = (
                None
                if (value := data.get("AfterContactWorkDuration")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "AfterContactWorkDuration")
                )
            )
            draft.after_contact_work_start_timestamp = (
                None
                if (value := data.get("AfterContactWorkStartTimestamp")) is None
                else _rt.parse_timestamp(value, "AfterContactWorkStartTimestamp")
            )
            draft.after_contact_work_end_timestamp = (
                None
                if (value := data.get("AfterContactWorkEndTimestamp")) is None
                else _rt.parse_timestamp(value, "AfterContactWorkEndTimestamp")
            )
            draft.agent_initiated_hold_duration = (
                None
                if (value := data.get("AgentInitiatedHoldDuration")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "AgentInitiatedHoldDuration")
                )
            )
            draft.state_transitions = (
                None
                if (value := data.get("StateTransitions")) is None
                else [
                    StateTransition._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "StateTransitions")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "StateTransitions")
                    )
                    if v1 is not None
                ]
            )
            draft.voice_enhancement_mode = (
                None
                if (value := data.get("VoiceEnhancementMode")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "VoiceEnhancementMode")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AgentInfoDraft:
    """A :class:`AgentInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "id",
        "accepted_by_agent_timestamp",
        "preview_end_timestamp",
        "connected_to_agent_timestamp",
        "agent_pause_duration_in_seconds",
        "hierarchy_groups",
        "device_info",
        "capabilities",
        "after_contact_work_duration",
        "after_contact_work_start_timestamp",
        "after_contact_work_end_timestamp",
        "agent_initiated_hold_duration",
        "state_transitions",
        "voice_enhancement_mode",
    )
    id: str | None
    accepted_by_agent_timestamp: _dt.datetime | None
    preview_end_timestamp: _dt.datetime | None
    connected_to_agent_timestamp: _dt.datetime | None
    agent_pause_duration_in_seconds: int | None
    hierarchy_groups: HierarchyGroups | None
    device_info: DeviceInfo | None
    capabilities: ParticipantCapabilities | None
    after_contact_work_duration: int | None
    after_contact_work_start_timestamp: _dt.datetime | None
    after_contact_work_end_timestamp: _dt.datetime | None
    agent_initiated_hold_duration: int | None
    state_transitions: list[StateTransition] | None
    voice_enhancement_mode: str | None


def new_agent_info() -> AgentInfo:
    """Create a :class:`AgentInfo` with all optional fields omitted."""
    return AgentInfo()


agent_info_id = _rt.Lens[AgentInfo, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "agent_info_id",
)
"""Lens on :attr:`AgentInfo.id`."""


agent_info_accepted_by_agent_timestamp = _rt.Lens[AgentInfo, _dt.datetime | None](
    lambda s: s.accepted_by_agent_timestamp,
    lambda s, v: _dc.replace(s, accepted_by_agent_timestamp=v),
    "agent_info_accepted_by_agent_timestamp",
)
"""Lens on :attr:`AgentInfo.accepted_by_agent_timestamp`."""


agent_info_preview_end_timestamp = _rt.Lens[AgentInfo, _dt.datetime | None](
    lambda s: s.preview_end_timestamp,
    lambda s, v: _dc.replace(s, preview_end_timestamp=v),
    "agent_info_preview_end_timestamp",
)
"""Lens on :attr:`AgentInfo.preview_end_timestamp`."""


agent_info_connected_to_agent_timestamp = _rt.Lens[AgentInfo, _dt.datetime | None](
    lambda s: s.connected_to_agent_timestamp,
    lambda s, v: _dc.replace(s, connected_to_agent_timestamp=v),
    "agent_info_connected_to_agent_timestamp",
)
"""Lens on :attr:`AgentInfo.connected_to_agent_timestamp`."""


agent_info_agent_pause_duration_in_seconds = _rt.Lens[AgentInfo, int | None](
    lambda s: s.agent_pause_duration_in_seconds,
    lambda s, v: _dc.replace(s, agent_pause_duration_in_seconds=v),
    "agent_info_agent_pause_duration_in_seconds",
)
"""Lens on :attr:`AgentInfo.agent_pause_duration_in_seconds`."""


agent_info_hierarchy_groups = _rt.Lens[AgentInfo, HierarchyGroups | None](
    lambda s: s.hierarchy_groups,
    lambda s, v: _dc.replace(s, hierarchy_groups=v),
    "agent_info_hierarchy_groups",
)
"""Lens on :attr:`AgentInfo.hierarchy_groups`."""


agent_info_device_info = _rt.Lens[AgentInfo, DeviceInfo | None](
    lambda s: s.device_info,
    lambda s, v: _dc.replace(s, device_info=v),
    "agent_info_device_info",
)
"""Lens on :attr:`AgentInfo.device_info`."""


agent_info_capabilities = _rt.Lens[AgentInfo, ParticipantCapabilities | None](
    lambda s: s.capabilities,
    lambda s, v: _dc.replace(s, capabilities=v),
    "agent_info_capabilities",
)
"""Lens on :attr:`AgentInfo.capabilities`."""


agent_info_after_contact_work_duration = _rt.Lens[AgentInfo, int | None](
    lambda s: s.after_contact_work_duration,
    lambda s, v: _dc.replace(s, after_contact_work_duration=v),
    "agent_info_after_contact_work_duration",
)
"""Lens on :attr:`AgentInfo.after_contact_work_duration`."""


agent_info_after_contact_work_start_timestamp = _rt.Lens[
    AgentInfo, _dt.datetime | None
](
    lambda s: s.after_contact_work_start_timestamp,
    lambda s, v: _dc.replace(s, after_contact_work_start_timestamp=v),
    "agent_info_after_contact_work_start_timestamp",
)
"""Lens on :attr:`AgentInfo.after_contact_work_start_timestamp`."""


agent_info_after_contact_work_end_timestamp = _rt.Lens[AgentInfo, _dt.datetime | None](
    lambda s: s.after_contact_work_end_timestamp,
    lambda s, v: _dc.replace(s, after_contact_work_end_timestamp=v),
    "agent_info_after_contact_work_end_timestamp",
)
"""Lens on :attr:`AgentInfo.after_contact_work_end_timestamp`."""


agent_info_agent_initiated_hold_duration = _rt.Lens[AgentInfo, int | None](
    lambda s: s.agent_initiated_hold_duration,
    lambda s, v: _dc.replace(s, agent_initiated_hold_duration=v),
    "agent_info_agent_initiated_hold_duration",
)
"""Lens on :attr:`AgentInfo.agent_initiated_hold_duration`."""


agent_info_state_transitions = _rt.Lens[AgentInfo, list[StateTransition] | None](
    lambda s: s.state_transitions,
    lambda s, v: _dc.replace(s, state_transitions=v),
    "agent_info_state_transitions",
)
"""Lens on :attr:`AgentInfo.state_transitions`."""


agent_info_voice_enhancement_mode = _rt.Lens[AgentInfo, str | None](
    lambda s: s.voice_enhancement_mode,
    lambda s, v: _dc.replace(s, voice_enhancement_mode=v),
    "agent_info_voice_enhancement_mode",
)
"""Lens on :attr:`AgentInfo.voice_enhancement_mode`."""
