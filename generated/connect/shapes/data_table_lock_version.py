"""The DataTableLockVersion shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DataTableLockVersion:
    """Contains lock version information for different levels of a data table
    hierarchy. Used for optimistic locking to prevent concurrent
    modification conflicts. Each component has its own lock version that
    changes when that component is modified.

    Fields:

    - ``data_table``: The lock version for the data table itself.
    - ``attribute``: The lock version for a specific attribute.
    - ``primary_values``: The lock version for a specific set of primary values (record).
    - ``value``: The lock version for a specific value.
    """

    data_table: str | None = None
    """The lock version for the data table itself. Used for optimistic locking
    and table versioning. Changes with each update to the table's metadata
    or structure.
    """

    attribute: str | None = None
    """The lock version for a specific attribute. When the ValueLockLevel is
    ATTRIBUTE, this version changes when any value for the attribute
    changes. For other lock levels, it only changes when the attribute's
    properties are directly updated.
    """

    primary_values: str | None = None
    """The lock version for a specific set of primary values (record). This
    includes the default record even if the table does not have any primary
    attributes. Used for record-level locking.
    """

    value: str | None = None
    """The lock version for a specific value. Changes each time the individual
    value is modified. Used for the finest-grained locking control.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.data_table
        if value is not None:
            path = prefix + "data_table"
            _rt.check_str(errors, path, value)
        value = self.attribute
        if value is not None:
            path = prefix + "attribute"
            _rt.check_str(errors, path, value)
        value = self.primary_values
        if value is not None:
            path = prefix + "primary_values"
            _rt.check_str(errors, path, value)
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.data_table is not None:
            result["DataTable"] = self.data_table
        if self.attribute is not None:
            result["Attribute"] = self.attribute
        if self.primary_values is not None:
            result["PrimaryValues"] = self.primary_values
        if self.value is not None:
            result["Value"] = self.value
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DataTableLockVersion:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DataTableLockVersion")
        return cls(
            data_table=data.get("DataTable"),
            attribute=data.get("Attribute"),
            primary_values=data.get("PrimaryValues"),
            value=data.get("Value"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.data_table is not None:
            data["DataTable"] = self.data_table
        if self.attribute is not None:
            data["Attribute"] = self.attribute
        if self.primary_values is not None:
            data["PrimaryValues"] = self.primary_values
        if self.value is not None:
            data["Value"] = self.value
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> DataTableLockVersion:
        draft = _DataTableLockVersionDraft()
        try:
            draft.data_table = (
                None
                if (value := data.get("DataTable")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "DataTable")
                )
            )
            draft.attribute = (
                None
                if (value := data.get("Attribute")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Attribute")
                )
            )
            draft.primary_values = (
                None
                if (value := data.get("PrimaryValues")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PrimaryValues")
                )
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Value"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _DataTableLockVersionDraft:
    """A :class:`DataTableLockVersion` being decoded (see ``_rt.seal``)."""

    __slots__ = ("data_table", "attribute", "primary_values", "value")
    data_table: str | None
    attribute: str | None
    primary_values: str | None
    value: str | None


def new_data_table_lock_version() -> DataTableLockVersion:
    """Create a :class:`DataTableLockVersion` with all optional fields omitted."""
    return DataTableLockVersion()


data_table_lock_version_data_table = _rt.Lens[DataTableLockVersion, str | None](
    lambda s: s.data_table,
    lambda s, v: _dc.replace(s, data_table=v),
    "data_table_lock_version_data_table",
)
"""Lens on :attr:`DataTableLockVersion.data_table`."""


data_table_lock_version_attribute = _rt.Lens[DataTableLockVersion, str | None](
    lambda s: s.attribute,
    lambda s, v: _dc.replace(s, attribute=v),
    "data_table_lock_version_attribute",
)
"""Lens on :attr:`DataTableLockVersion.attribute`."""


data_table_lock_version_primary_values = _rt.Lens[DataTableLockVersion, str | None](
    lambda s: s.primary_values,
    lambda s, v: _dc.replace(s, primary_values=v),
    "data_table_lock_version_primary_values",
)
"""Lens on :attr:`DataTableLockVersion.primary_values`."""


data_table_lock_version_value = _rt.Lens[DataTableLockVersion, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "data_table_lock_version_value",
)
"""Lens on :attr:`DataTableLockVersion.value`."""
