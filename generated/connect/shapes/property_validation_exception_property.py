"""The PropertyValidationExceptionProperty shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PROPERTY_VALIDATION_EXCEPTION_REASON_VALUES = frozenset(
    (
        "INVALID_FORMAT",
        "UNIQUE_CONSTRAINT_VIOLATED",
        "REFERENCED_RESOURCE_NOT_FOUND",
        "RESOURCE_NAME_ALREADY_EXISTS",
        "REQUIRED_PROPERTY_MISSING",
        "NOT_SUPPORTED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PropertyValidationExceptionProperty:
    """Contains information about why a property is not valid.

    Fields:

    - ``property_path``: The full property path.
    - ``reason``: Why the property is not valid.
    - ``message``: A message describing why the property is not valid.
    """

    property_path: str | None
    """The full property path."""

    reason: str | None
    """Why the property is not valid."""

    message: str | None
    """A message describing why the property is not valid."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.property_path
        if value is None:
            errors.append(prefix + "property_path: required but missing")
        else:
            path = prefix + "property_path"
            _rt.check_str(errors, path, value)
        value = self.reason
        if value is None:
            errors.append(prefix + "reason: required but missing")
        else:
            path = prefix + "reason"
            _rt.check_str(
                errors, path, value, enum=_PROPERTY_VALIDATION_EXCEPTION_REASON_VALUES
            )
        value = self.message
        if value is None:
            errors.append(prefix + "message: required but missing")
        else:
            path = prefix + "message"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.property_path is not None:
            result["PropertyPath"] = self.property_path
        if self.reason is not None:
            result["Reason"] = self.reason
        if self.message is not None:
            result["Message"] = self.message
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PropertyValidationExceptionProperty:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "PropertyValidationExceptionProperty"
        )
        return cls(
            property_path=data.get("PropertyPath"),
            reason=data.get("Reason"),
            message=data.get("Message"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PropertyValidationExceptionProperty:
        draft = _PropertyValidationExceptionPropertyDraft()
        try:
            draft.property_path = (
                None
                if (value := data.get("PropertyPath")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PropertyPath")
                )
            )
            draft.reason = (
                None
                if (value := data.get("Reason")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Reason"))
            )
            draft.message = (
                None
                if (value := data.get("Message")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Message"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PropertyValidationExceptionPropertyDraft:
    """A :class:`PropertyValidationExceptionProperty` being decoded (see ``_rt.seal``)."""

    __slots__ = ("property_path", "reason", "message")
    property_path: str | None
    reason: str | None
    message: str | None


def new_property_validation_exception_property(
    property_path: str,
    reason: str,
    message: str,
) -> PropertyValidationExceptionProperty:
    """Create a :class:`PropertyValidationExceptionProperty` with all optional fields omitted."""
    return PropertyValidationExceptionProperty(
        property_path=property_path,
        reason=reason,
        message=message,
    )


property_validation_exception_property_property_path = _rt.Lens[
    PropertyValidationExceptionProperty, str | None
](
    lambda s: s.property_path,
    lambda s, v: _dc.replace(s, property_path=v),
    "property_validation_exception_property_property_path",
)
"""Lens on :attr:`PropertyValidationExceptionProperty.property_path`."""


property_validation_exception_property_reason = _rt.Lens[
    PropertyValidationExceptionProperty, str | None
](
    lambda s: s.reason,
    lambda s, v: _dc.replace(s, reason=v),
    "property_validation_exception_property_reason",
)
"""Lens on :attr:`PropertyValidationExceptionProperty.reason`."""


property_validation_exception_property_message = _rt.Lens[
    PropertyValidationExceptionProperty, str | None
](
    lambda s: s.message,
    lambda s, v: _dc.replace(s, message=v),
    "property_validation_exception_property_message",
)
"""Lens on :attr:`PropertyValidationExceptionProperty.message`."""
