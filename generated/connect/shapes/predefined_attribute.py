"""The PredefinedAttribute shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.predefined_attribute_configuration import PredefinedAttributeConfiguration
from ..shapes.predefined_attribute_values import PredefinedAttributeValues

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PredefinedAttribute:
    """Information about a predefined attribute.

    Fields:

    - ``name``: The name of the predefined attribute.
    - ``values``: The values of the predefined attribute.
    - ``purposes``: Values that enable you to categorize your predefined attributes.
    - ``attribute_configuration``: Custom metadata that is associated to predefined attributes to control behavior in upstream services, such as controlling how a predefined attribute should be displayed in the Connect Customer admin website.
    - ``last_modified_time``: Last modified time.
    - ``last_modified_region``: Last modified region.
    """

    name: str | None = None
    """The name of the predefined attribute."""

    values: PredefinedAttributeValues | None = None
    """The values of the predefined attribute."""

    purposes: list[str] | None = None
    """Values that enable you to categorize your predefined attributes. You can
    use them in custom UI elements across the Connect Customer admin
    website.
    """

    attribute_configuration: PredefinedAttributeConfiguration | None = None
    """Custom metadata that is associated to predefined attributes to control
    behavior in upstream services, such as controlling how a predefined
    attribute should be displayed in the Connect Customer admin website.
    """

    last_modified_time: _dt.datetime | None = None
    """Last modified time."""

    last_modified_region: str | None = None
    """Last modified region."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.values
        if value is not None:
            path = prefix + "values"
            if isinstance(value, PredefinedAttributeValues):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PredefinedAttributeValues, got {type(value).__name__}"
                )
        value = self.purposes
        if value is not None:
            path = prefix + "purposes"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=100)
        value = self.attribute_configuration
        if value is not None:
            path = prefix + "attribute_configuration"
            if isinstance(value, PredefinedAttributeConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PredefinedAttributeConfiguration, got {type(value).__name__}"
                )
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.values is not None:
            result["Values"] = self.values.to_dict()
        if self.purposes is not None:
            result["Purposes"] = list(self.purposes)
        if self.attribute_configuration is not None:
            result["AttributeConfiguration"] = self.attribute_configuration.to_dict()
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PredefinedAttribute:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PredefinedAttribute")
        return cls(
            name=data.get("Name"),
            values=(
                None
                if (value := data.get("Values")) is None
                else PredefinedAttributeValues.from_dict(
                    value, path=path + "Values" + "."
                )
            ),
            purposes=(
                None
                if (value := data.get("Purposes")) is None
                else list(_rt.expect_sequence(value, path + "Purposes"))
            ),
            attribute_configuration=(
                None
                if (value := data.get("AttributeConfiguration")) is None
                else PredefinedAttributeConfiguration.from_dict(
                    value, path=path + "AttributeConfiguration" + "."
                )
            ),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PredefinedAttribute:
        draft = _PredefinedAttributeDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.values = (
                None
                if (value := data.get("Values")) is None
                else PredefinedAttributeValues._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Values")
                    )
                )
            )
            draft.purposes = (
                None
                if (value := data.get("Purposes")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "Purposes"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Purposes")
                    )
                    if v1 is not None
                ]
            )
            draft.attribute_configuration = (
                None
                if (value := data.get("AttributeConfiguration")) is None
                else PredefinedAttributeConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AttributeConfiguration")
                    )
                )
            )
            draft.last_modified_time = (
                None
                if (value := data.get("LastModifiedTime")) is None
                else _rt.parse_timestamp(value, "LastModifiedTime")
            )
            draft.last_modified_region = (
                None
                if (value := data.get("LastModifiedRegion")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "LastModifiedRegion")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PredefinedAttributeDraft:
    """A :class:`PredefinedAttribute` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "name",
        "values",
        "purposes",
        "attribute_configuration",
        "last_modified_time",
        "last_modified_region",
    )
    name: str | None
    values: PredefinedAttributeValues | None
    purposes: list[str] | None
    attribute_configuration: PredefinedAttributeConfiguration | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None


def new_predefined_attribute() -> PredefinedAttribute:
    """Create a :class:`PredefinedAttribute` with all optional fields omitted."""
    return PredefinedAttribute()


predefined_attribute_name = _rt.Lens[PredefinedAttribute, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "predefined_attribute_name",
)
"""Lens on :attr:`PredefinedAttribute.name`."""


predefined_attribute_values = _rt.Lens[
    PredefinedAttribute, PredefinedAttributeValues | None
](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "predefined_attribute_values",
)
"""Lens on :attr:`PredefinedAttribute.values`."""


predefined_attribute_purposes = _rt.Lens[PredefinedAttribute, list[str] | None](
    lambda s: s.purposes,
    lambda s, v: _dc.replace(s, purposes=v),
    "predefined_attribute_purposes",
)
"""Lens on :attr:`PredefinedAttribute.purposes`."""


predefined_attribute_attribute_configuration = _rt.Lens[
    PredefinedAttribute, PredefinedAttributeConfiguration | None
](
    lambda s: s.attribute_configuration,
    lambda s, v: _dc.replace(s, attribute_configuration=v),
    "predefined_attribute_attribute_configuration",
)
"""Lens on :attr:`PredefinedAttribute.attribute_configuration`."""


predefined_attribute_last_modified_time = _rt.Lens[
    PredefinedAttribute, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "predefined_attribute_last_modified_time",
)
"""Lens on :attr:`PredefinedAttribute.last_modified_time`."""


predefined_attribute_last_modified_region = _rt.Lens[PredefinedAttribute, str | None](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "predefined_attribute_last_modified_region",
)
"""Lens on :attr:`PredefinedAttribute.last_modified_region`."""
