"""The Expiry shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Expiry:
    """An object to specify the expiration of a routing step.

    Fields:

    - ``duration_in_seconds``: The number of seconds to wait before expiring the routing step.
    - ``expiry_timestamp``: The timestamp indicating when the routing step expires.
    """

    duration_in_seconds: int | None = None
    """The number of seconds to wait before expiring the routing step."""

    expiry_timestamp: _dt.datetime | None = None
    """The timestamp indicating when the routing step expires."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.duration_in_seconds
        if value is not None:
            path = prefix + "duration_in_seconds"
            _rt.check_number(errors, path, value, True)
        value = self.expiry_timestamp
        if value is not None:
            path = prefix + "expiry_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.duration_in_seconds is not None:
            result["DurationInSeconds"] = self.duration_in_seconds
        if self.expiry_timestamp is not None:
            result["ExpiryTimestamp"] = self.expiry_timestamp
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Expiry:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Expiry")
        return cls(
            duration_in_seconds=data.get("DurationInSeconds"),
            expiry_timestamp=data.get("ExpiryTimestamp"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Expiry:
        draft = _ExpiryDraft()
        try:
            draft.duration_in_seconds = (
                None
                if (value := data.get("DurationInSeconds")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "DurationInSeconds")
                )
            )
            draft.expiry_timestamp = (
                None
                if (value := data.get("ExpiryTimestamp")) is None
                else _rt.parse_timestamp(value, "ExpiryTimestamp")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ExpiryDraft:
    """A :class:`Expiry` being decoded (see ``_rt.seal``)."""

    __slots__ = ("duration_in_seconds", "expiry_timestamp")
    duration_in_seconds: int | None
    expiry_timestamp: _dt.datetime | None


def new_expiry() -> Expiry:
    """Create a :class:`Expiry` with all optional fields omitted."""
    return Expiry()


expiry_duration_in_seconds = _rt.Lens[Expiry, int | None](
    lambda s: s.duration_in_seconds,
    lambda s, v: _dc.replace(s, duration_in_seconds=v),
    "expiry_duration_in_seconds",
)
"""Lens on :attr:`Expiry.duration_in_seconds`."""


expiry_expiry_timestamp = _rt.Lens[Expiry, _dt.datetime | None](
    lambda s: s.expiry_timestamp,
    lambda s, v: _dc.replace(s, expiry_timestamp=v),
    "expiry_expiry_timestamp",
)
"""Lens on :attr:`Expiry.expiry_timestamp`."""
