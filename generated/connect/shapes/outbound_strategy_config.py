"""The OutboundStrategyConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.agent_first import AgentFirst


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class OutboundStrategyConfig:
    """The config of the outbound strategy.

    Fields:

    - ``agent_first``: The config of agent first outbound strategy.
    """

    agent_first: AgentFirst | None = None
    """The config of agent first outbound strategy."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.agent_first
        if value is not None:
            path = prefix + "agent_first"
            if isinstance(value, AgentFirst):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentFirst, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.agent_first is not None:
            result["AgentFirst"] = self.agent_first.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> OutboundStrategyConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "OutboundStrategyConfig")
        return cls(
            agent_first=(
                None
                if (value := data.get("AgentFirst")) is None
                else AgentFirst.from_dict(value, path=path + "AgentFirst" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.agent_first is not None:
            data["AgentFirst"] = self.agent_first._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> OutboundStrategyConfig:
        draft = _OutboundStrategyConfigDraft()
        try:
            draft.agent_first = (
                None
                if (value := data.get("AgentFirst")) is None
                else AgentFirst._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AgentFirst")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _OutboundStrategyConfigDraft:
    """A :class:`OutboundStrategyConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("agent_first",)
    agent_first: AgentFirst | None


def new_outbound_strategy_config() -> OutboundStrategyConfig:
    """Create a :class:`OutboundStrategyConfig` with all optional fields omitted."""
    return OutboundStrategyConfig()


outbound_strategy_config_agent_first = _rt.Lens[
    OutboundStrategyConfig, AgentFirst | None
](
    lambda s: s.agent_first,
    lambda s, v: _dc.replace(s, agent_first=v),
    "outbound_strategy_config_agent_first",
)
"""Lens on :attr:`OutboundStrategyConfig.agent_first`."""
