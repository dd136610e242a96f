"""The Attribute shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_INSTANCE_ATTRIBUTE_TYPE_VALUES = frozenset(
    (
        "INBOUND_CALLS",
        "OUTBOUND_CALLS",
        "CONTACTFLOW_LOGS",
        "CONTACT_LENS",
        "AUTO_RESOLVE_BEST_VOICES",
        "USE_CUSTOM_TTS_VOICES",
        "EARLY_MEDIA",
        "MULTI_PARTY_CONFERENCE",
        "HIGH_VOLUME_OUTBOUND",
        "ENHANCED_CONTACT_MONITORING",
        "ENHANCED_CHAT_MONITORING",
        "MULTI_PARTY_CHAT_CONFERENCE",
        "MESSAGE_STREAMING",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Attribute:
    """A toggle for an individual feature at the instance level.

    Fields:

    - ``attribute_type``: The type of attribute.
    - ``value``: The value of the attribute.
    """

    attribute_type: str | None = None
    """The type of attribute."""

    value: str | None = None
    """The value of the attribute."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attribute_type
        if value is not None:
            path = prefix + "attribute_type"
            _rt.check_str(errors, path, value, enum=_INSTANCE_ATTRIBUTE_TYPE_VALUES)
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.attribute_type is not None:
            result["AttributeType"] = self.attribute_type
        if self.value is not None:
            result["Value"] = self.value
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Attribute:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Attribute")
        return cls(
            attribute_type=data.get("AttributeType"),
            value=data.get("Value"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Attribute:
        draft = _AttributeDraft()
        try:
            draft.attribute_type = (
                None
                if (value := data.get("AttributeType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AttributeType")
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


class _AttributeDraft:
    """A :class:`Attribute` being decoded (see ``_rt.seal``)."""

    __slots__ = ("attribute_type", "value")
    attribute_type: str | None
    value: str | None


def new_attribute() -> Attribute:
    """Create a :class:`Attribute` with all optional fields omitted."""
    return Attribute()


attribute_attribute_type = _rt.Lens[Attribute, str | None](
    lambda s: s.attribute_type,
    lambda s, v: _dc.replace(s, attribute_type=v),
    "attribute_attribute_type",
)
"""Lens on :attr:`Attribute.attribute_type`."""


attribute_value = _rt.Lens[Attribute, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "attribute_value",
)
"""Lens on :attr:`Attribute.value`."""
