"""The OutboundStrategy shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.outbound_strategy_config import OutboundStrategyConfig

_OUTBOUND_STRATEGY_TYPE_VALUES = frozenset(("AGENT_FIRST",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class OutboundStrategy:
    """Information about the outbound strategy.

    Fields:

    - ``type``: Type of the outbound strategy.
    - ``config``: Config of the outbound strategy.
    """

    type: str | None
    """Type of the outbound strategy."""

    config: OutboundStrategyConfig | None = None
    """Config of the outbound strategy."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is None:
            errors.append(prefix + "type: required but missing")
        else:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_OUTBOUND_STRATEGY_TYPE_VALUES)
        value = self.config
        if value is not None:
            path = prefix + "config"
            if isinstance(value, OutboundStrategyConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundStrategyConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.config is not None:
            result["Config"] = self.config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> OutboundStrategy:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "OutboundStrategy")
        return cls(
            type=data.get("Type"),
            config=(
                None
                if (value := data.get("Config")) is None
                else OutboundStrategyConfig.from_dict(value, path=path + "Config" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.type is not None:
            data["Type"] = self.type
        if self.config is not None:
            data["Config"] = self.config._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> OutboundStrategy:
        draft = _OutboundStrategyDraft()
        try:
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.config = (
                None
                if (value := data.get("Config")) is None
                else OutboundStrategyConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Config")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _OutboundStrategyDraft:
    """A :class:`OutboundStrategy` being decoded (see ``_rt.seal``)."""

    __slots__ = ("type", "config")
    type: str | None
    config: OutboundStrategyConfig | None


def new_outbound_strategy(
    type: str,
) -> OutboundStrategy:
    """Create a :class:`OutboundStrategy` with all optional fields omitted."""
    return OutboundStrategy(
        type=type,
    )


outbound_strategy_type = _rt.Lens[OutboundStrategy, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "outbound_strategy_type",
)
"""Lens on :attr:`OutboundStrategy.type`."""


outbound_strategy_config = _rt.Lens[OutboundStrategy, OutboundStrategyConfig | None](
    lambda s: s.config,
    lambda s, v: _dc.replace(s, config=v),
    "outbound_strategy_config",
)
"""Lens on :attr:`OutboundStrategy.config`."""
