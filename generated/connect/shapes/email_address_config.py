"""The EmailAddressConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EmailAddressConfig:
    """Configuration object that specifies an email address to be associated
    with a queue. This configuration contains the identifier of the email
    address that should be linked to the queue for routing email contacts.

    Fields:

    - ``email_address_id``: The identifier of the email address that should be associated with the queue.
    """

    email_address_id: str
    """The identifier of the email address that should be associated with the
    queue. This email address must already exist in the Connect Customer
    instance and will be used to route incoming email contacts to the
    specified queue.
    """

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
        result["EmailAddressId"] = self.email_address_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EmailAddressConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EmailAddressConfig")
        return cls(
            email_address_id=_rt.required(data, "EmailAddressId", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["EmailAddressId"] = self.email_address_id
        return data


def new_email_address_config(
    email_address_id: str,
) -> EmailAddressConfig:
    """Create a :class:`EmailAddressConfig` with all optional fields omitted."""
    return EmailAddressConfig(
        email_address_id=email_address_id,
    )


email_address_config_email_address_id = _rt.Lens[EmailAddressConfig, str](
    lambda s: s.email_address_id,
    lambda s, v: _dc.replace(s, email_address_id=v),
    "email_address_config_email_address_id",
)
"""Lens on :attr:`EmailAddressConfig.email_address_id`."""
