"""The MediaConcurrency shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.cross_channel_behavior import CrossChannelBehavior

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MediaConcurrency:
    """Contains information about which channels are supported, and how many
    contacts an agent can have on a channel simultaneously.

    Fields:

    - ``channel``: The channels that agents can handle in the Contact Control Panel (CCP).
    - ``concurrency``: The number of contacts an agent can have on a channel simultaneously.
    - ``cross_channel_behavior``: Defines the cross-channel routing behavior for each channel that is enabled for this Routing Profile.
    """

    channel: str | None
    """The channels that agents can handle in the Contact Control Panel (CCP)."""

    concurrency: int | None
    """The number of contacts an agent can have on a channel simultaneously.

    Valid Range for ``VOICE``: Minimum value of 1. Maximum value of 1.

    Valid Range for ``CHAT``: Minimum value of 1. Maximum value of 10.

    Valid Range for ``TASK``: Minimum value of 1. Maximum value of 10.
    """

    cross_channel_behavior: CrossChannelBehavior | None = None
    """Defines the cross-channel routing behavior for each channel that is
    enabled for this Routing Profile. For example, this allows you to offer
    an agent a different contact from another channel when they are
    currently working with a contact from a Voice channel.
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
        value = self.concurrency
        if value is None:
            errors.append(prefix + "concurrency: required but missing")
        else:
            path = prefix + "concurrency"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=10)
        value = self.cross_channel_behavior
        if value is not None:
            path = prefix + "cross_channel_behavior"
            if isinstance(value, CrossChannelBehavior):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected CrossChannelBehavior, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.concurrency is not None:
            result["Concurrency"] = self.concurrency
        if self.cross_channel_behavior is not None:
            result["CrossChannelBehavior"] = self.cross_channel_behavior.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MediaConcurrency:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MediaConcurrency")
        return cls(
            channel=data.get("Channel"),
            concurrency=data.get("Concurrency"),
            cross_channel_behavior=(
                None
                if (value := data.get("CrossChannelBehavior")) is None
                else CrossChannelBehavior.from_dict(
                    value, path=path + "CrossChannelBehavior" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.channel is not None:
            data["Channel"] = self.channel
        if self.concurrency is not None:
            data["Concurrency"] = self.concurrency
        if self.cross_channel_behavior is not None:
            data["CrossChannelBehavior"] = self.cross_channel_behavior._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MediaConcurrency:
        draft = _MediaConcurrencyDraft()
        try:
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
            draft.concurrency = (
                None
                if (value := data.get("Concurrency")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "Concurrency")
                )
            )
            draft.cross_channel_behavior = (
                None
                if (value := data.get("CrossChannelBehavior")) is None
                else CrossChannelBehavior._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "CrossChannelBehavior")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MediaConcurrencyDraft:
    """A :class:`MediaConcurrency` being decoded (see ``_rt.seal``)."""

    __slots__ = ("channel", "concurrency", "cross_channel_behavior")
    channel: str | None
    concurrency: int | None
    cross_channel_behavior: CrossChannelBehavior | None


def new_media_concurrency(
    channel: str,
    concurrency: int,
) -> MediaConcurrency:
    """Create a :class:`MediaConcurrency` with all optional fields omitted."""
    return MediaConcurrency(
        channel=channel,
        concurrency=concurrency,
    )


media_concurrency_channel = _rt.Lens[MediaConcurrency, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "media_concurrency_channel",
)
"""Lens on :attr:`MediaConcurrency.channel`."""


media_concurrency_concurrency = _rt.Lens[MediaConcurrency, int | None](
    lambda s: s.concurrency,
    lambda s, v: _dc.replace(s, concurrency=v),
    "media_concurrency_concurrency",
)
"""Lens on :attr:`MediaConcurrency.concurrency`."""


media_concurrency_cross_channel_behavior = _rt.Lens[
    MediaConcurrency, CrossChannelBehavior | None
](
    lambda s: s.cross_channel_behavior,
    lambda s, v: _dc.replace(s, cross_channel_behavior=v),
    "media_concurrency_cross_channel_behavior",
)
"""Lens on :attr:`MediaConcurrency.cross_channel_behavior`."""
