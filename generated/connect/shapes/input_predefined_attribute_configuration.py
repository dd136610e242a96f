"""The InputPredefinedAttributeConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class InputPredefinedAttributeConfiguration:
    """Custom metadata that is associated to predefined attributes to control
    behavior in upstream services, such as controlling how a predefined
    attribute should be displayed in the Connect Customer admin website.

    Fields:

    - ``enable_value_validation_on_association``: When this parameter is set to true, Connect Customer enforces strict validation on the specific values, if the values are predefined in attributes.
    """

    enable_value_validation_on_association: bool | None = None
    """When this parameter is set to true, Connect Customer enforces strict
    validation on the specific values, if the values are predefined in
    attributes. The contact will store only valid and predefined values for
    the predefined attribute key.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.enable_value_validation_on_association
        if value is not None:
            path = prefix + "enable_value_validation_on_association"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.enable_value_validation_on_association is not None:
            result["EnableValueValidationOnAssociation"] = (
                self.enable_value_validation_on_association
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> InputPredefinedAttributeConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "InputPredefinedAttributeConfiguration"
        )
        return cls(
            enable_value_validation_on_association=data.get(
                "EnableValueValidationOnAssociation"
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.enable_value_validation_on_association is not None:
            data["EnableValueValidationOnAssociation"] = (
                self.enable_value_validation_on_association
            )
        return data


def new_input_predefined_attribute_configuration() -> (
    InputPredefinedAttributeConfiguration
):
    """Create a :class:`InputPredefinedAttributeConfiguration` with all optional fields omitted."""
    return InputPredefinedAttributeConfiguration()


input_predefined_attribute_configuration_enable_value_validation_on_association = _rt.Lens[
    InputPredefinedAttributeConfiguration, bool | None
](
    lambda s: s.enable_value_validation_on_association,
    lambda s, v: _dc.replace(s, enable_value_validation_on_association=v),
    "input_predefined_attribute_configuration_enable_value_validation_on_association",
)
"""Lens on :attr:`InputPredefinedAttributeConfiguration.enable_value_validation_on_association`."""
