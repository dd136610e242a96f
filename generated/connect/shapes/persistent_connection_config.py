"""The PersistentConnectionConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PersistentConnectionConfig:
    """Configuration settings for persistent connection for a specific channel.

    Fields:

    - ``channel``: Configuration settings for persistent connection.
    - ``persistent_connection``: Indicates whether persistent connection is enabled.
    """

    channel: str | None
    """Configuration settings for persistent connection. **Only** ``VOICE``
    **is supported for this data type.**
    """

    persistent_connection: bool | None
    """Indicates whether persistent connection is enabled. When enabled, the
    agent's connection is maintained after a call ends, enabling subsequent
    calls to connect faster.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.channel
        if value is None:
            errors.append(prefix + "channel: required but missing")
        else:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)
        value = self.persistent_connection
        if value is None:
            errors.append(prefix + "persistent_connection: required but missing")
        else:
            path = prefix + "persistent_connection"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.persistent_connection is not None:
            result["PersistentConnection"] = self.persistent_connection
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PersistentConnectionConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PersistentConnectionConfig")
        return cls(
            channel=data.get("Channel"),
            persistent_connection=data.get("PersistentConnection"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.channel is not None:
            data["Channel"] = self.channel
        if self.persistent_connection is not None:
            data["PersistentConnection"] = self.persistent_connection
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PersistentConnectionConfig:
        draft = _PersistentConnectionConfigDraft()
        try:
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
            draft.persistent_connection = (
                None
                if (value := data.get("PersistentConnection")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "PersistentConnection")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PersistentConnectionConfigDraft:
    """A :class:`PersistentConnectionConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("channel", "persistent_connection")
    channel: str | None
    persistent_connection: bool | None


def new_persistent_connection_config(
    channel: str,
    persistent_connection: bool,
) -> PersistentConnectionConfig:
    """Create a :class:`PersistentConnectionConfig` with all optional fields omitted."""
    return PersistentConnectionConfig(
        channel=channel,
        persistent_connection=persistent_connection,
    )


persistent_connection_config_channel = _rt.Lens[PersistentConnectionConfig, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "persistent_connection_config_channel",
)
"""Lens on :attr:`PersistentConnectionConfig.channel`."""


persistent_connection_config_persistent_connection = _rt.Lens[
    PersistentConnectionConfig, bool | None
](
    lambda s: s.persistent_connection,
    lambda s, v: _dc.replace(s, persistent_connection=v),
    "persistent_connection_config_persistent_connection",
)
"""Lens on :attr:`PersistentConnectionConfig.persistent_connection`."""
