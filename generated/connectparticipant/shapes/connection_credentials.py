"""The ConnectionCredentials shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ConnectionCredentials:
    """Connection credentials.

    Fields:

    - ``connection_token``: The connection token.
    - ``expiry``: The expiration of the token.
    """

    connection_token: str | None = None
    """The connection token."""

    expiry: str | None = None
    """The expiration of the token.

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
        value = self.connection_token
        if value is not None:
            path = prefix + "connection_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.expiry
        if value is not None:
            path = prefix + "expiry"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.connection_token is not None:
            result["ConnectionToken"] = self.connection_token
        if self.expiry is not None:
            result["Expiry"] = self.expiry
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ConnectionCredentials:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ConnectionCredentials")
        return cls(
            connection_token=data.get("ConnectionToken"),
            expiry=data.get("Expiry"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ConnectionCredentials:
        draft = _ConnectionCredentialsDraft()
        try:
            draft.connection_token = (
                None
                if (value := data.get("ConnectionToken")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ConnectionToken")
                )
            )
            draft.expiry = (
                None
                if (value := data.get("Expiry")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Expiry"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ConnectionCredentialsDraft:
    """A :class:`ConnectionCredentials` being decoded (see ``_rt.seal``)."""

    __slots__ = ("connection_token", "expiry")
    connection_token: str | None
    expiry: str | None


def new_connection_credentials() -> ConnectionCredentials:
    """Create a :class:`ConnectionCredentials` with all optional fields omitted."""
    return ConnectionCredentials()


connection_credentials_connection_token = _rt.Lens[ConnectionCredentials, str | None](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "connection_credentials_connection_token",
)
"""Lens on :attr:`ConnectionCredentials.connection_token`."""


connection_credentials_expiry = _rt.Lens[ConnectionCredentials, str | None](
    lambda s: s.expiry,
    lambda s, v: _dc.replace(s, expiry=v),
    "connection_credentials_expiry",
)
"""Lens on :attr:`ConnectionCredentials.expiry`."""
