"""The PrimaryAttributeAccessControlConfigurationItem shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.primary_attribute_value import PrimaryAttributeValue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PrimaryAttributeAccessControlConfigurationItem:
    """A primary attribute access control configuration item.

    Fields:

    - ``primary_attribute_values``: The item's primary attribute values.
    """

    primary_attribute_values: list[PrimaryAttributeValue] | None = None
    """The item's primary attribute values."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.primary_attribute_values
        if value is not None:
            path = prefix + "primary_attribute_values"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 5)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PrimaryAttributeValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PrimaryAttributeValue, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.primary_attribute_values is not None:
            result["PrimaryAttributeValues"] = [
                v1.to_dict() for v1 in self.primary_attribute_values
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PrimaryAttributeAccessControlConfigurationItem:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "PrimaryAttributeAccessControlConfigurationItem"
        )
        return cls(
            primary_attribute_values=(
                None
                if (value := data.get("PrimaryAttributeValues")) is None
                else [
                    PrimaryAttributeValue.from_dict(
                        v1, path=path + "PrimaryAttributeValues" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PrimaryAttributeValues")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.primary_attribute_values is not None:
            data["PrimaryAttributeValues"] = [
                v1._to_json() for v1 in self.primary_attribute_values
            ]
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> PrimaryAttributeAccessControlConfigurationItem:
        draft = _PrimaryAttributeAccessControlConfigurationItemDraft()
        try:
            draft.primary_attribute_values = (
                None
                if (value := data.get("PrimaryAttributeValues")) is None
                else [
                    PrimaryAttributeValue._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "PrimaryAttributeValues")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "PrimaryAttributeValues")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PrimaryAttributeAccessControlConfigurationItemDraft:
    """A :class:`PrimaryAttributeAccessControlConfigurationItem` being decoded (see ``_rt.seal``)."""

    __slots__ = ("primary_attribute_values",)
    primary_attribute_values: list[PrimaryAttributeValue] | None


def new_primary_attribute_access_control_configuration_item() -> (
    PrimaryAttributeAccessControlConfigurationItem
):
    """Create a :class:`PrimaryAttributeAccessControlConfigurationItem` with all optional fields omitted."""
    return PrimaryAttributeAccessControlConfigurationItem()


primary_attribute_access_control_configuration_item_primary_attribute_values = _rt.Lens[
    PrimaryAttributeAccessControlConfigurationItem, list[PrimaryAttributeValue] | None
](
    lambda s: s.primary_attribute_values,
    lambda s, v: _dc.replace(s, primary_attribute_values=v),
    "primary_attribute_access_control_configuration_item_primary_attribute_values",
)
"""Lens on :attr:`PrimaryAttributeAccessControlConfigurationItem.primary_attribute_values`."""
