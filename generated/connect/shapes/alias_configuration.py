"""The AliasConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AliasConfiguration:
    """Configuration information of an email alias.

    Fields:

    - ``email_address_id``: The email address ID.
    """

    email_address_id: str | None
    """The email address ID."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.email_address_id
        if value is None:
            errors.append(prefix + "email_address_id: required but missing")
        else:
            path = prefix + "email_address_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.email_address_id is not None:
            result["EmailAddressId"] = self.email_address_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AliasConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AliasConfiguration")
        return cls(
            email_address_id=data.get("EmailAddressId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.email_address_id is not None:
            data["EmailAddressId"] = self.email_address_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AliasConfiguration:
        draft = _AliasConfigurationDraft()
        try:
            draft.email_address_id = (
                None
                if (value := data.get("EmailAddressId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EmailAddressId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AliasConfigurationDraft:
    """A :class:`AliasConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("email_address_id",)
    email_address_id: str | None


def new_alias_configuration(
    email_address_id: str,
) -> AliasConfiguration:
    """Create a :class:`AliasConfiguration` with all optional fields omitted."""
    return AliasConfiguration(
        email_address_id=email_address_id,
    )


alias_configuration_email_address_id = _rt.Lens[AliasConfiguration, str | None](
    lambda s: s.email_address_id,
    lambda s, v: _dc.replace(s, email_address_id=v),
    "alias_configuration_email_address_id",
)
"""Lens on :attr:`AliasConfiguration.email_address_id`."""
