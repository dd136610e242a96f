"""The Sort shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_SORTABLE_FIELD_NAME_VALUES = frozenset(
    (
        "INITIATION_TIMESTAMP",
        "SCHEDULED_TIMESTAMP",
        "CONNECTED_TO_AGENT_TIMESTAMP",
        "DISCONNECT_TIMESTAMP",
        "INITIATION_METHOD",
        "CHANNEL",
        "EXPIRY_TIMESTAMP",
    )
)
_SORT_ORDER_VALUES = frozenset(
    (
        "ASCENDING",
        "DESCENDING",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Sort:
    """A structure that defines the field name to sort by and a sort order.

    Fields:

    - ``field_name``: The name of the field on which to sort.
    - ``order``: An ascending or descending sort.
    """

    field_name: str
    """The name of the field on which to sort."""

    order: str
    """An ascending or descending sort."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.field_name
        if value is None:
            errors.append(prefix + "field_name: required but missing")
        else:
            path = prefix + "field_name"
            _rt.check_str(errors, path, value, enum=_SORTABLE_FIELD_NAME_VALUES)
        value = self.order
        if value is None:
            errors.append(prefix + "order: required but missing")
        else:
            path = prefix + "order"
            _rt.check_str(errors, path, value, enum=_SORT_ORDER_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["FieldName"] = self.field_name
        result["Order"] = self.order
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Sort:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Sort")
        return cls(
            field_name=_rt.required(data, "FieldName", path),
            order=_rt.required(data, "Order", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["FieldName"] = self.field_name
        data["Order"] = self.order
        return data


def new_sort(
    field_name: str,
    order: str,
) -> Sort:
    """Create a :class:`Sort` with all optional fields omitted."""
    return Sort(
        field_name=field_name,
        order=order,
    )


sort_field_name = _rt.Lens[Sort, str](
    lambda s: s.field_name,
    lambda s, v: _dc.replace(s, field_name=v),
    "sort_field_name",
)
"""Lens on :attr:`Sort.field_name`."""


sort_order = _rt.Lens[Sort, str](
    lambda s: s.order,
    lambda s, v: _dc.replace(s, order=v),
    "sort_order",
)
"""Lens on :attr:`Sort.order`."""
