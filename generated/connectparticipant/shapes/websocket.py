"""The Websocket shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Websocket:
    """The websocket for the participant's connection.

    Fields:

    - ``url``: The URL of the websocket.
    - ``connection_expiry``: The URL expiration timestamp in ISO date format.
    """

    url: str | None = None
    """The URL of the websocket."""

    connection_expiry: str | None = None
    """The URL expiration timestamp in ISO date format.

    It's specified in ISO 8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For
    example, 2019-11-08T02:41:28.172Z.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.url
        if value is not None:
            path = prefix + "url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)
        value = self.connection_expiry
        if value is not None:
            path = prefix + "connection_expiry"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.url is not None:
            result["Url"] = self.url
        if self.connection_expiry is not None:
            result["ConnectionExpiry"] = self.connection_expiry
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Websocket:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Websocket")
        return cls(
            url=data.get("Url"),
            connection_expiry=data.get("ConnectionExpiry"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Websocket:
        draft = _WebsocketDraft()
        try:
            draft.url = (
                None
                if (value := data.get("Url")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Url"))
            )
            draft.connection_expiry = (
                None
                if (value := data.get("ConnectionExpiry")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ConnectionExpiry")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _WebsocketDraft:
    """A :class:`Websocket` being decoded (see ``_rt.seal``)."""

    __slots__ = ("url", "connection_expiry")
    url: str | None
    connection_expiry: str | None


def new_websocket() -> Websocket:
    """Create a :class:`Websocket` with all optional fields omitted."""
    return Websocket()


websocket_url = _rt.Lens[Websocket, str | None](
    lambda s: s.url,
    lambda s, v: _dc.replace(s, url=v),
    "websocket_url",
)
"""Lens on :attr:`Websocket.url`."""


websocket_connection_expiry = _rt.Lens[Websocket, str | None](
    lambda s: s.connection_expiry,
    lambda s, v: _dc.replace(s, connection_expiry=v),
    "websocket_connection_expiry",
)
"""Lens on :attr:`Websocket.connection_expiry`."""
