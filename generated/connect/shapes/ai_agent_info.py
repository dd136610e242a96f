"""The AiAgentInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_AI_USE_CASE_VALUES = frozenset(
    (
        "AgentAssistance",
        "SelfService",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AiAgentInfo:
    """Information of the AI agent involved in the contact.

    Fields:

    - ``ai_use_case``: The use case or scenario for which the AI agent is involved in the contact
    - ``ai_agent_version_id``: The unique identifier that specifies both the AI agent ID and its version number that was involved in the contact
    - ``ai_agent_escalated``: A boolean flag indicating whether the contact initially handled by this AI agent was escalated to a human agent.
    """

    ai_use_case: str | None = None
    """The use case or scenario for which the AI agent is involved in the
    contact
    """

    ai_agent_version_id: str | None = None
    """The unique identifier that specifies both the AI agent ID and its
    version number that was involved in the contact
    """

    ai_agent_escalated: bool | None = None
    """A boolean flag indicating whether the contact initially handled by this
    AI agent was escalated to a human agent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.ai_use_case
        if value is not None:
            path = prefix + "ai_use_case"
            _rt.check_str(errors, path, value, enum=_AI_USE_CASE_VALUES)
        value = self.ai_agent_version_id
        if value is not None:
            path = prefix + "ai_agent_version_id"
            _rt.check_str(errors, path, value, min_len=0, max_len=128)
        value = self.ai_agent_escalated
        if value is not None:
            path = prefix + "ai_agent_escalated"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.ai_use_case is not None:
            result["AiUseCase"] = self.ai_use_case
        if self.ai_agent_version_id is not None:
            result["AiAgentVersionId"] = self.ai_agent_version_id
        if self.ai_agent_escalated is not None:
            result["AiAgentEscalated"] = self.ai_agent_escalated
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> AiAgentInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AiAgentInfo")
        return cls(
            ai_use_case=data.get("AiUseCase"),
            ai_agent_version_id=data.get("AiAgentVersionId"),
            ai_agent_escalated=data.get("AiAgentEscalated"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AiAgentInfo:
        draft = _AiAgentInfoDraft()
        try:
            draft.ai_use_case = (
                None
                if (value := data.get("AiUseCase")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "AiUseCase")
                )
            )
            draft.ai_agent_version_id = (
                None
                if (value := data.get("AiAgentVersionId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AiAgentVersionId")
                )
            )
            draft.ai_agent_escalated = (
                None
                if (value := data.get("AiAgentEscalated")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "AiAgentEscalated")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AiAgentInfoDraft:
    """A :class:`AiAgentInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("ai_use_case", "ai_agent_version_id", "ai_agent_escalated")
    ai_use_case: str | None
    ai_agent_version_id: str | None
    ai_agent_escalated: bool | None


def new_ai_agent_info() -> AiAgentInfo:
    """Create a :class:`AiAgentInfo` with all optional fields omitted."""
    return AiAgentInfo()


ai_agent_info_ai_use_case = _rt.Lens[AiAgentInfo, str | None](
    lambda s: s.ai_use_case,
    lambda s, v: _dc.replace(s, ai_use_case=v),
    "ai_agent_info_ai_use_case",
)
"""Lens on :attr:`AiAgentInfo.ai_use_case`."""


ai_agent_info_ai_agent_version_id = _rt.Lens[AiAgentInfo, str | None](
    lambda s: s.ai_agent_version_id,
    lambda s, v: _dc.replace(s, ai_agent_version_id=v),
    "ai_agent_info_ai_agent_version_id",
)
"""Lens on :attr:`AiAgentInfo.ai_agent_version_id`."""


ai_agent_info_ai_agent_escalated = _rt.Lens[AiAgentInfo, bool | None](
    lambda s: s.ai_agent_escalated,
    lambda s, v: _dc.replace(s, ai_agent_escalated=v),
    "ai_agent_info_ai_agent_escalated",
)
"""Lens on :attr:`AiAgentInfo.ai_agent_escalated`."""
