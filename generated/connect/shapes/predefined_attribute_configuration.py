"""The PredefinedAttributeConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PredefinedAttributeConfiguration:
    """Custom metadata that is associated to predefined attributes to control
    behavior in upstream services, such as controlling how a predefined
    attribute should be displayed in the Connect Customer admin website.

    Fields:

    - ``enable_value_validation_on_association``: When this parameter is set to true, Connect Customer enforces strict validation on the specific values, if the values are predefined in attributes.
    - ``is_read_only``: A boolean flag used to indicate whether a predefined attribute should be displayed in the Connect Customer admin website.
    """

    enable_value_validation_on_association: bool | None = None
    """When this parameter is set to true, Connect Customer enforces strict
    validation on the specific values, if the values are predefined in
    attributes. The contact will store only valid and predefined values for
    teh predefined attribute key.
    """

    is_read_only: bool | None = None
    """A boolean flag used to indicate whether a predefined attribute should be
    displayed in the Connect Customer admin website.
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
        value = self.is_read_only
        if value is not None:
            path = prefix + "is_read_only"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.enable_value_validation_on_association is not None:
            result["EnableValueValidationOnAssociation"] = (
                self.enable_value_validation_on_association
            )
        if self.is_read_only is not None:
            result["IsReadOnly"] = self.is_read_only
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PredefinedAttributeConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PredefinedAttributeConfiguration")
        return cls(
            enable_value_validation_on_association=data.get(
                "EnableValueValidationOnAssociation"
            ),
            is_read_only=data.get("IsReadOnly"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PredefinedAttributeConfiguration:
        draft = _PredefinedAttributeConfigurationDraft()
        try:
            draft.enable_value_validation_on_association = (
                None
                if (value := data.get("EnableValueValidationOnAssociation")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "EnableValueValidationOnAssociation")
                )
            )
            draft.is_read_only = (
                None
                if (value := data.get("IsReadOnly")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "IsReadOnly")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PredefinedAttributeConfigurationDraft:
    """A :class:`PredefinedAttributeConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("enable_value_validation_on_association", "is_read_only")
    enable_value_validation_on_association: bool | None
    is_read_only: bool | None


def new_predefined_attribute_configuration() -> PredefinedAttributeConfiguration:
    """Create a :class:`PredefinedAttributeConfiguration` with all optional fields omitted."""
    return PredefinedAttributeConfiguration()


predefined_attribute_configuration_enable_value_validation_on_association = _rt.Lens[
    PredefinedAttributeConfiguration, bool | None
](
    lambda s: s.enable_value_validation_on_association,
    lambda s, v: _dc.replace(s, enable_value_validation_on_association=v),
    "predefined_attribute_configuration_enable_value_validation_on_association",
)
"""Lens on :attr:`PredefinedAttributeConfiguration.enable_value_validation_on_association`."""


predefined_attribute_configuration_is_read_only = _rt.Lens[
    PredefinedAttributeConfiguration, bool | None
](
    lambda s: s.is_read_only,
    lambda s, v: _dc.replace(s, is_read_only=v),
    "predefined_attribute_configuration_is_read_only",
)
"""Lens on :attr:`PredefinedAttributeConfiguration.is_read_only`."""
