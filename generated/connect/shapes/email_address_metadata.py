"""The EmailAddressMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.alias_configuration import AliasConfiguration

_PATTERN_1 = _rt.Pattern(
    "[^\\s@]+@[^\\s@]+\\.[^\\s@]+",
    "(?a)[^\\s@]+@[^\\s@]+\\.[^\\s@]+",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EmailAddressMetadata:
    """Contains information about an email address for a contact center.

    Fields:

    - ``email_address_id``: The identifier of the email address.
    - ``email_address_arn``: The Amazon Resource Name (ARN) of the email address.
    - ``email_address``: The email address, including the domain.
    - ``description``: The description of the email address.
    - ``display_name``: The display name of email address.
    - ``alias_configurations``: A list of alias configurations for this email address, showing which email addresses forward to this primary address.
    """

    email_address_id: str | None = None
    """The identifier of the email address."""

    email_address_arn: str | None = None
    """The Amazon Resource Name (ARN) of the email address."""

    email_address: str | None = None
    """The email address, including the domain."""

    description: str | None = None
    """The description of the email address."""

    display_name: str | None = None
    """The display name of email address."""

    alias_configurations: list[AliasConfiguration] | None = None
    """A list of alias configurations for this email address, showing which
    email addresses forward to this primary address. Each configuration
    contains the email address ID of an alias that forwards emails to this
    address.
    """

    def __repr__(self) -> str:
        fields = [
            f"email_address_id={self.email_address_id!r}",
            f"email_address_arn={self.email_address_arn!r}",
            "email_address=<sensitive>",
            "description=<sensitive>",
            "display_name=<sensitive>",
            f"alias_configurations={self.alias_configurations!r}",
        ]
        return f"EmailAddressMetadata({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.email_address_id
        if value is not None:
            path = prefix + "email_address_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.email_address_arn
        if value is not None:
            path = prefix + "email_address_arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.email_address
        if value is not None:
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
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
        value = self.display_name
        if value is not None:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=0, max_len=256)
        value = self.alias_configurations
        if value is not None:
            path = prefix + "alias_configurations"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 1)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AliasConfiguration):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AliasConfiguration, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.email_address_id is not None:
            result["EmailAddressId"] = self.email_address_id
        if self.email_address_arn is not None:
            result["EmailAddressArn"] = self.email_address_arn
        if self.email_address is not None:
            result["EmailAddress"] = self.email_address
        if self.description is not None:
            result["Description"] = self.description
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        if self.alias_configurations is not None:
            result["AliasConfigurations"] = [
                v1.to_dict() for v1 in self.alias_configurations
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EmailAddressMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EmailAddressMetadata")
        return cls(
            email_address_id=data.get("EmailAddressId"),
            email_address_arn=data.get("EmailAddressArn"),
            email_address=data.get("EmailAddress"),
            description=data.get("Description"),
            display_name=data.get("DisplayName"),
            alias_configurations=(
                None
                if (value := data.get("AliasConfigurations")) is None
                else [
                    AliasConfiguration.from_dict(
                        v1, path=path + "AliasConfigurations" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AliasConfigurations")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EmailAddressMetadata:
        draft = _EmailAddressMetadataDraft()
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
            draft.email_address_arn = (
                None
                if (value := data.get("EmailAddressArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EmailAddressArn")
                )
            )
            draft.email_address = (
                None
                if (value := data.get("EmailAddress")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EmailAddress")
                )
            )
            draft.description = (
                None
                if (value := data.get("Description")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Description")
                )
            )
            draft.display_name = (
                None
                if (value := data.get("DisplayName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DisplayName")
                )
            )
            draft.alias_configurations = (
                None
                if (value := data.get("AliasConfigurations")) is None
                else [
                    AliasConfiguration._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "AliasConfigurations")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "AliasConfigurations")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EmailAddressMetadataDraft:
    """A :class:`EmailAddressMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "email_address_id",
        "email_address_arn",
        "email_address",
        "description",
        "display_name",
        "alias_configurations",
    )
    email_address_id: str | None
    email_address_arn: str | None
    email_address: str | None
    description: str | None
    display_name: str | None
    alias_configurations: list[AliasConfiguration] | None


def new_email_address_metadata() -> EmailAddressMetadata:
    """Create a :class:`EmailAddressMetadata` with all optional fields omitted."""
    return EmailAddressMetadata()


email_address_metadata_email_address_id = _rt.Lens[EmailAddressMetadata, str | None](
    lambda s: s.email_address_id,
    lambda s, v: _dc.replace(s, email_address_id=v),
    "email_address_metadata_email_address_id",
)
"""Lens on :attr:`EmailAddressMetadata.email_address_id`."""


email_address_metadata_email_address_arn = _rt.Lens[EmailAddressMetadata, str | None](
    lambda s: s.email_address_arn,
    lambda s, v: _dc.replace(s, email_address_arn=v),
    "email_address_metadata_email_address_arn",
)
"""Lens on :attr:`EmailAddressMetadata.email_address_arn`."""


email_address_metadata_email_address = _rt.Lens[EmailAddressMetadata, str | None](
    lambda s: s.email_address,
    lambda s, v: _dc.replace(s, email_address=v),
    "email_address_metadata_email_address",
)
"""Lens on :attr:`EmailAddressMetadata.email_address`."""


email_address_metadata_description = _rt.Lens[EmailAddressMetadata, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "email_address_metadata_description",
)
"""Lens on :attr:`EmailAddressMetadata.description`."""


email_address_metadata_display_name = _rt.Lens[EmailAddressMetadata, str | None](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "email_address_metadata_display_name",
)
"""Lens on :attr:`EmailAddressMetadata.display_name`."""


email_address_metadata_alias_configurations = _rt.Lens[
    EmailAddressMetadata, list[AliasConfiguration] | None
](
    lambda s: s.alias_configurations,
    lambda s, v: _dc.replace(s, alias_configurations=v),
    "email_address_metadata_alias_configurations",
)
"""Lens on :attr:`EmailAddressMetadata.alias_configurations`."""
