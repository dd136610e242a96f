"""The DataTableAccessControlConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.primary_attribute_access_control_configuration_item import (
    PrimaryAttributeAccessControlConfigurationItem,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DataTableAccessControlConfiguration:
    """A data table access control configuration.

    Fields:

    - ``primary_attribute_access_control_configuration``: The configuration's primary attribute access control configuration.
    """

    primary_attribute_access_control_configuration: (
        PrimaryAttributeAccessControlConfigurationItem | None
    ) = None
    """The configuration's primary attribute access control configuration."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.primary_attribute_access_control_configuration
        if value is not None:
            path = prefix + "primary_attribute_access_control_configuration"
            if isinstance(value, PrimaryAttributeAccessControlConfigurationItem):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PrimaryAttributeAccessControlConfigurationItem, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.primary_attribute_access_control_configuration is not None:
            result["PrimaryAttributeAccessControlConfiguration"] = (
                self.primary_attribute_access_control_configuration.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DataTableAccessControlConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DataTableAccessControlConfiguration"
        )
        return cls(
            primary_attribute_access_control_configuration=(
                None
                if (value := data.get("PrimaryAttributeAccessControlConfiguration"))
                is None
                else PrimaryAttributeAccessControlConfigurationItem.from_dict(
                    value,
                    path=path + "PrimaryAttributeAccessControlConfiguration" + ".",
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.primary_attribute_access_control_configuration is not None:
            data["PrimaryAttributeAccessControlConfiguration"] = (
                self.primary_attribute_access_control_configuration._to_json()
            )
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> DataTableAccessControlConfiguration:
        draft = _DataTableAccessControlConfigurationDraft()
        try:
            draft.primary_attribute_access_control_configuration = (
                None
                if (value := data.get("PrimaryAttributeAccessControlConfiguration"))
                is None
                else PrimaryAttributeAccessControlConfigurationItem._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(
                            value, "PrimaryAttributeAccessControlConfiguration"
                        )
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _DataTableAccessControlConfigurationDraft:
    """A :class:`DataTableAccessControlConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("primary_attribute_access_control_configuration",)
    primary_attribute_access_control_configuration: (
        PrimaryAttributeAccessControlConfigurationItem | None
    )


def new_data_table_access_control_configuration() -> (
    DataTableAccessControlConfiguration
):
    """Create a :class:`DataTableAccessControlConfiguration` with all optional fields omitted."""
    return DataTableAccessControlConfiguration()


data_table_access_control_configuration_primary_attribute_access_control_configuration = _rt.Lens[
    DataTableAccessControlConfiguration,
    PrimaryAttributeAccessControlConfigurationItem | None,
](
    lambda s: s.primary_attribute_access_control_configuration,
    lambda s, v: _dc.replace(s, primary_attribute_access_control_configuration=v),
    "data_table_access_control_configuration_primary_attribute_access_control_configuration",
)
"""Lens on :attr:`DataTableAccessControlConfiguration.primary_attribute_access_control_configuration`."""
