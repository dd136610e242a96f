"""The StartPosition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartPosition:
    """A filtering option for where to start. For example, if you sent 100
    messages, start with message 50.

    Fields:

    - ``id``: The ID of the message or event where to start.
    - ``absolute_time``: The time in ISO format where to start.
    - ``most_recent``: The start position of the most recent message where you want to start.
    """

    id: str | None = None
    """The ID of the message or event where to start."""

    absolute_time: str | None = None
    """The time in ISO format where to start.

    It's specified in ISO 8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For
    example, 2019-11-08T02:41:28.172Z.
    """

    most_recent: int | None = None
    """The start position of the most recent message where you want to start."""

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
        value = self.absolute_time
        if value is not None:
            path = prefix + "absolute_time"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.most_recent
        if value is not None:
            path = prefix + "most_recent"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.absolute_time is not None:
            result["AbsoluteTime"] = self.absolute_time
        if self.most_recent is not None:
            result["MostRecent"] = self.most_recent
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartPosition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartPosition")
        return cls(
            id=data.get("Id"),
            absolute_time=data.get("AbsoluteTime"),
            most_recent=data.get("MostRecent"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.id is not None:
            data["Id"] = self.id
        if self.absolute_time is not None:
            data["AbsoluteTime"] = self.absolute_time
        if self.most_recent is not None:
            data["MostRecent"] = self.most_recent
        return data


def new_start_position() -> StartPosition:
    """Create a :class:`StartPosition` with all optional fields omitted."""
    return StartPosition()


start_position_id = _rt.Lens[StartPosition, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "start_position_id",
)
"""Lens on :attr:`StartPosition.id`."""


start_position_absolute_time = _rt.Lens[StartPosition, str | None](
    lambda s: s.absolute_time,
    lambda s, v: _dc.replace(s, absolute_time=v),
    "start_position_absolute_time",
)
"""Lens on :attr:`StartPosition.absolute_time`."""


start_position_most_recent = _rt.Lens[StartPosition, int | None](
    lambda s: s.most_recent,
    lambda s, v: _dc.replace(s, most_recent=v),
    "start_position_most_recent",
)
"""Lens on :attr:`StartPosition.most_recent`."""
