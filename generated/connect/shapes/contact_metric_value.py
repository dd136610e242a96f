"""The ContactMetricValue shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactMetricValue:
    """Contains the numeric value of a contact metric result.

    Fields:

    - ``number``: The numeric value of the metric result.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    number: float | None = None
    """The numeric value of the metric result. For POSITION_IN_QUEUE, this
    represents the contact's current position in the queue (e.g., 3.00 means
    third in line). For ESTIMATED_WAIT_TIME, this represents the predicted
    wait time in seconds (e.g., 120.00 means approximately 2 minutes).
    """

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.number
        if value is not None:
            path = prefix + "number"
            _rt.check_number(errors, path, value, False)
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "ContactMetricValue")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "ContactMetricValue",
            (self.number is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.number is not None:
            result["Number"] = self.number
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactMetricValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactMetricValue")
        return cls(
            number=data.get("Number"),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactMetricValue:
        draft = _ContactMetricValueDraft()
        try:
            draft.number = (
                None
                if (value := data.get("Number")) is None
                else _rt.expect_float(value, "Number")
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(data, ("Number",))
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactMetricValueDraft:
    """A :class:`ContactMetricValue` being decoded (see ``_rt.seal``)."""

    __slots__ = ("number", "sdk_unknown_member")
    number: float | None
    sdk_unknown_member: str | None


def new_contact_metric_value() -> ContactMetricValue:
    """Create a :class:`ContactMetricValue` with all optional fields omitted."""
    return ContactMetricValue()


contact_metric_value_sdk_unknown_member = _rt.Lens[ContactMetricValue, str | None](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "contact_metric_value_sdk_unknown_member",
)
"""Lens on :attr:`ContactMetricValue.sdk_unknown_member`."""


contact_metric_value_number = _rt.Lens[ContactMetricValue, float | None](
    lambda s: s.number,
    lambda s, v: _dc.replace(s, number=v),
    "contact_metric_value_number",
)
"""Lens on :attr:`ContactMetricValue.number`."""
