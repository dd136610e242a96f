"""The CrossChannelBehavior shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_BEHAVIOR_TYPE_VALUES = frozenset(
    (
        "ROUTE_CURRENT_CHANNEL_ONLY",
        "ROUTE_ANY_CHANNEL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CrossChannelBehavior:
    """Defines the cross-channel routing behavior that allows an agent working
    on a contact in one channel to be offered a contact from a different
    channel.

    Fields:

    - ``behavior_type``: Specifies the other channels that can be routed to an agent handling their current channel.
    """

    behavior_type: str | None
    """Specifies the other channels that can be routed to an agent handling
    their current channel.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.behavior_type
        if value is None:
            errors.append(prefix + "behavior_type: required but missing")
        else:
            path = prefix + "behavior_type"
            _rt.check_str(errors, path, value, enum=_BEHAVIOR_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.behavior_type is not None:
            result["BehaviorType"] = self.behavior_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CrossChannelBehavior:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CrossChannelBehavior")
        return cls(
            behavior_type=data.get("BehaviorType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.behavior_type is not None:
            data["BehaviorType"] = self.behavior_type
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> CrossChannelBehavior:
        draft = _CrossChannelBehaviorDraft()
        try:
            draft.behavior_type = (
                None
                if (value := data.get("BehaviorType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "BehaviorType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CrossChannelBehaviorDraft:
    """A :class:`CrossChannelBehavior` being decoded (see ``_rt.seal``)."""

    __slots__ = ("behavior_type",)
    behavior_type: str | None


def new_cross_channel_behavior(
    behavior_type: str,
) -> CrossChannelBehavior:
    """Create a :class:`CrossChannelBehavior` with all optional fields omitted."""
    return CrossChannelBehavior(
        behavior_type=behavior_type,
    )


cross_channel_behavior_behavior_type = _rt.Lens[CrossChannelBehavior, str | None](
    lambda s: s.behavior_type,
    lambda s, v: _dc.replace(s, behavior_type=v),
    "cross_channel_behavior_behavior_type",
)
"""Lens on :attr:`CrossChannelBehavior.behavior_type`."""
