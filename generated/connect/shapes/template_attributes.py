"""The TemplateAttributes shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TemplateAttributes:
    """Information about the template attributes.

    Fields:

    - ``custom_attributes``: An object that specifies the custom attributes values to use for variables in the message template.
    - ``customer_profile_attributes``: An object that specifies the customer profile attributes values to use for variables in the message template.
    """

    custom_attributes: dict[str, str] | None = None
    """An object that specifies the custom attributes values to use for
    variables in the message template. This object contains different
    categories of key-value pairs. Each key defines a variable or
    placeholder in the message template.
    """

    customer_profile_attributes: str | None = None
    """An object that specifies the customer profile attributes values to use
    for variables in the message template. This object contains different
    categories of key-value pairs. Each key defines a variable or
    placeholder in the message template.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.custom_attributes
        if value is not None:
            path = prefix + "custom_attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=32767)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=32767)
        value = self.customer_profile_attributes
        if value is not None:
            path = prefix + "customer_profile_attributes"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.custom_attributes is not None:
            result["CustomAttributes"] = dict(self.custom_attributes)
        if self.customer_profile_attributes is not None:
            result["CustomerProfileAttributes"] = self.customer_profile_attributes
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TemplateAttributes:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TemplateAttributes")
        return cls(
            custom_attributes=(
                None
                if (value := data.get("CustomAttributes")) is None
                else dict(_rt.expect_mapping(value, path + "CustomAttributes"))
            ),
            customer_profile_attributes=data.get("CustomerProfileAttributes"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.custom_attributes is not None:
            data["CustomAttributes"] = self.custom_attributes
        if self.customer_profile_attributes is not None:
            data["CustomerProfileAttributes"] = self.customer_profile_attributes
        return data


def new_template_attributes() -> TemplateAttributes:
    """Create a :class:`TemplateAttributes` with all optional fields omitted."""
    return TemplateAttributes()


template_attributes_custom_attributes = _rt.Lens[
    TemplateAttributes, dict[str, str] | None
](
    lambda s: s.custom_attributes,
    lambda s, v: _dc.replace(s, custom_attributes=v),
    "template_attributes_custom_attributes",
)
"""Lens on :attr:`TemplateAttributes.custom_attributes`."""


template_attributes_customer_profile_attributes = _rt.Lens[
    TemplateAttributes, str | None
](
    lambda s: s.customer_profile_attributes,
    lambda s, v: _dc.replace(s, customer_profile_attributes=v),
    "template_attributes_customer_profile_attributes",
)
"""Lens on :attr:`TemplateAttributes.customer_profile_attributes`."""
