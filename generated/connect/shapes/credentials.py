"""The Credentials shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Credentials:
    """Contains credentials to use for federation.

    Fields:

    - ``access_token``: An access token generated for a federated user to access Connect Customer.
    - ``access_token_expiration``: A token generated with an expiration time for the session a user is logged in to Connect Customer.
    - ``refresh_token``: Renews a token generated for a user to access the Connect Customer instance.
    - ``refresh_token_expiration``: Renews the expiration timer for a generated token.
    """

    access_token: str | None = None
    """An access token generated for a federated user to access Connect
    Customer.
    """

    access_token_expiration: _dt.datetime | None = None
    """A token generated with an expiration time for the session a user is
    logged in to Connect Customer.
    """

    refresh_token: str | None = None
    """Renews a token generated for a user to access the Connect Customer
    instance.
    """

    refresh_token_expiration: _dt.datetime | None = None
    """Renews the expiration timer for a generated token."""

    def __repr__(self) -> str:
        fields = [
            "access_token=<sensitive>",
            f"access_token_expiration={self.access_token_expiration!r}",
            "refresh_token=<sensitive>",
            f"refresh_token_expiration={self.refresh_token_expiration!r}",
        ]
        return f"Credentials({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.access_token
        if value is not None:
            path = prefix + "access_token"
            _rt.check_str(errors, path, value)
        value = self.access_token_expiration
        if value is not None:
            path = prefix + "access_token_expiration"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.refresh_token
        if value is not None:
            path = prefix + "refresh_token"
            _rt.check_str(errors, path, value)
        value = self.refresh_token_expiration
        if value is not None:
            path = prefix + "refresh_token_expiration"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.access_token is not None:
            result["AccessToken"] = self.access_token
        if self.access_token_expiration is not None:
            result["AccessTokenExpiration"] = self.access_token_expiration
        if self.refresh_token is not None:
            result["RefreshToken"] = self.refresh_token
        if self.refresh_token_expiration is not None:
            result["RefreshTokenExpiration"] = self.refresh_token_expiration
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Credentials:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Credentials")
        return cls(
            access_token=data.get("AccessToken"),
            access_token_expiration=data.get("AccessTokenExpiration"),
            refresh_token=data.get("RefreshToken"),
            refresh_token_expiration=data.get("RefreshTokenExpiration"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Credentials:
        draft = _CredentialsDraft()
        try:
            draft.access_token = (
                None
                if (value := data.get("AccessToken")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AccessToken")
                )
            )
            draft.access_token_expiration = (
                None
                if (value := data.get("AccessTokenExpiration")) is None
                else _rt.parse_timestamp(value, "AccessTokenExpiration")
            )
            draft.refresh_token = (
                None
                if (value := data.get("RefreshToken")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RefreshToken")
                )
            )
            draft.refresh_token_expiration = (
                None
                if (value := data.get("RefreshTokenExpiration")) is None
                else _rt.parse_timestamp(value, "RefreshTokenExpiration")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CredentialsDraft:
    """A :class:`Credentials` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "access_token",
        "access_token_expiration",
        "refresh_token",
        "refresh_token_expiration",
    )
    access_token: str | None
    access_token_expiration: _dt.datetime | None
    refresh_token: str | None
    refresh_token_expiration: _dt.datetime | None


def new_credentials() -> Credentials:
    """Create a :class:`Credentials` with all optional fields omitted."""
    return Credentials()


credentials_access_token = _rt.Lens[Credentials, str | None](
    lambda s: s.access_token,
    lambda s, v: _dc.replace(s, access_token=v),
    "credentials_access_token",
)
"""Lens on :attr:`Credentials.access_token`."""


credentials_access_token_expiration = _rt.Lens[Credentials, _dt.datetime | None](
    lambda s: s.access_token_expiration,
    lambda s, v: _dc.replace(s, access_token_expiration=v),
    "credentials_access_token_expiration",
)
"""Lens on :attr:`Credentials.access_token_expiration`."""


credentials_refresh_token = _rt.Lens[Credentials, str | None](
    lambda s: s.refresh_token,
    lambda s, v: _dc.replace(s, refresh_token=v),
    "credentials_refresh_token",
)
"""Lens on :attr:`Credentials.refresh_token`."""


credentials_refresh_token_expiration = _rt.Lens[Credentials, _dt.datetime | None](
    lambda s: s.refresh_token_expiration,
    lambda s, v: _dc.replace(s, refresh_token_expiration=v),
    "credentials_refresh_token_expiration",
)
"""Lens on :attr:`Credentials.refresh_token_expiration`."""
