"""The GranularAccessControlConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.data_table_access_control_configuration import (
    DataTableAccessControlConfiguration,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GranularAccessControlConfiguration:
    """Contains granular access control configuration for security profiles,
    including data table access permissions.

    Fields:

    - ``data_table_access_control_configuration``: The access control configuration for data tables.
    """

    data_table_access_control_configuration: (
        DataTableAccessControlConfiguration | None
    ) = None
    """The access control configuration for data tables."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.data_table_access_control_configuration
        if value is not None:
            path = prefix + "data_table_access_control_configuration"
            if isinstance(value, DataTableAccessControlConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DataTableAccessControlConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.data_table_access_control_configuration is not None:
            result["DataTableAccessControlConfiguration"] = (
                self.data_table_access_control_configuration.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GranularAccessControlConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "GranularAccessControlConfiguration"
        )
        return cls(
            data_table_access_control_configuration=(
                None
                if (value := data.get("DataTableAccessControlConfiguration")) is None
                else DataTableAccessControlConfiguration.from_dict(
                    value, path=path + "DataTableAccessControlConfiguration" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.data_table_access_control_configuration is not None:
            data["DataTableAccessControlConfiguration"] = (
                self.data_table_access_control_configuration._to_json()
            )
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> GranularAccessControlConfiguration:
        draft = _GranularAccessControlConfigurationDraft()
        try:
            draft.data_table_access_control_configuration = (
                None
                if (value := data.get("DataTableAccessControlConfiguration")) is None
                else DataTableAccessControlConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(
                            value, "DataTableAccessControlConfiguration"
                        )
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _GranularAccessControlConfigurationDraft:
    """A :class:`GranularAccessControlConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("data_table_access_control_configuration",)
    data_table_access_control_configuration: DataTableAccessControlConfiguration | None


def new_granular_access_control_configuration() -> GranularAccessControlConfiguration:
    """Create a :class:`GranularAccessControlConfiguration` with all optional fields omitted."""
    return GranularAccessControlConfiguration()


granular_access_control_configuration_data_table_access_control_configuration = (
    _rt.Lens[
        GranularAccessControlConfiguration, DataTableAccessControlConfiguration | None
    ](
        lambda s: s.data_table_access_control_configuration,
        lambda s, v: _dc.replace(s, data_table_access_control_configuration=v),
        "granular_access_control_configuration_data_table_access_control_configuration",
    )
)
"""Lens on :attr:`GranularAccessControlConfiguration.data_table_access_control_configuration`."""
