"""The EmailAddressInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "[^\\s@]+@[^\\s@]+\\.[^\\s@]+",
    "(?a)[^\\s@]+@[^\\s@]+\\.[^\\s@]+",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EmailAddressInfo:
    """Contains information about a source or destination email address.

    Fields:

    - ``email_address``: The email address, including the domain.
    - ``display_name``: The display name of email address.
    """

    email_address: str
    """The email address, including the domain."""

    display_name: str | None = None
    """The display name of email address."""

    def __repr__(self) -> str:
        fields = [
            "email_address=<sensitive>",
            "display_name=<sensitive>",
        ]
        return f"EmailAddressInfo({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.email_address
        if value is None:
            errors.append(prefix + "email_address: required but missing")
        else:
            path = prefix + "email_address"
            _rt.check_str(
                errors,
                path,
                value,
                min_len=1,
                max_len=255,
                pattern=_PATTERN_1,
                secret=True,
            )
        value = self.display_name
        if value is not None:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=0, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["EmailAddress"] = self.email_address
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EmailAddressInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EmailAddressInfo")
        return cls(
            email_address=_rt.required(data, "EmailAddress", path),
            display_name=data.get("DisplayName"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["EmailAddress"] = self.email_address
        if self.display_name is not None:
            data["DisplayName"] = self.display_name
        return data


def new_email_address_info(
    email_address: str,
) -> EmailAddressInfo:
    """Create a :class:`EmailAddressInfo` with all optional fields omitted."""
    return EmailAddressInfo(
        email_address=email_address,
    )


email_address_info_email_address = _rt.Lens[EmailAddressInfo, str](
    lambda s: s.email_address,
    lambda s, v: _dc.replace(s, email_address=v),
    "email_address_info_email_address",
)
"""Lens on :attr:`EmailAddressInfo.email_address`."""


email_address_info_display_name = _rt.Lens[EmailAddressInfo, str | None](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "email_address_info_display_name",
)
"""Lens on :attr:`EmailAddressInfo.display_name`."""
