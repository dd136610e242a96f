"""The WisdomInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.ai_agent_info import AiAgentInfo


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class WisdomInfo:
    """Information about Connect Customer Wisdom.

    Fields:

    - ``session_arn``: The Amazon Resource Name (ARN) of the Wisdom session.
    - ``ai_agents``: The array of AI agents involved in the contact.
    """

    session_arn: str | None = None
    """The Amazon Resource Name (ARN) of the Wisdom session."""

    ai_agents: list[AiAgentInfo] | None = None
    """The array of AI agents involved in the contact."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.session_arn
        if value is not None:
            path = prefix + "session_arn"
            _rt.check_str(errors, path, value)
        value = self.ai_agents
        if value is not None:
            path = prefix + "ai_agents"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AiAgentInfo):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AiAgentInfo, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.session_arn is not None:
            result["SessionArn"] = self.session_arn
        if self.ai_agents is not None:
            result["AiAgents"] = [v1.to_dict() for v1 in self.ai_agents]
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> WisdomInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "WisdomInfo")
        return cls(
            session_arn=data.get("SessionArn"),
            ai_agents=(
                None
                if (value := data.get("AiAgents")) is None
                else [
                    AiAgentInfo.from_dict(v1, path=path + "AiAgents" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AiAgents")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> WisdomInfo:
        draft = _WisdomInfoDraft()
        try:
            draft.session_arn = (
                None
                if (value := data.get("SessionArn")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "SessionArn")
                )
            )
            draft.ai_agents = (
                None
                if (value := data.get("AiAgents")) is None
                else [
                    AiAgentInfo._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "AiAgents")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "AiAgents")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _WisdomInfoDraft:
    """A :class:`WisdomInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("session_arn", "ai_agents")
    session_arn: str | None
    ai_agents: list[AiAgentInfo] | None


def new_wisdom_info() -> WisdomInfo:
    """Create a :class:`WisdomInfo` with all optional fields omitted."""
    return WisdomInfo()


wisdom_info_session_arn = _rt.Lens[WisdomInfo, str | None](
    lambda s: s.session_arn,
    lambda s, v: _dc.replace(s, session_arn=v),
    "wisdom_info_session_arn",
)
"""Lens on :attr:`WisdomInfo.session_arn`."""


wisdom_info_ai_agents = _rt.Lens[WisdomInfo, list[AiAgentInfo] | None](
    lambda s: s.ai_agents,
    lambda s, v: _dc.replace(s, ai_agents=v),
    "wisdom_info_ai_agents",
)
"""Lens on :attr:`WisdomInfo.ai_agents`."""
