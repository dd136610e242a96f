"""The ContactMetricResult shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.contact_metric_value import ContactMetricValue

_CONTACT_METRIC_NAME_VALUES = frozenset(
    (
        "ESTIMATED_WAIT_TIME",
        "POSITION_IN_QUEUE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactMetricResult:
    """Contains the result of a requested metric for the contact. This object
    is returned as part of the GetContactMetrics response and includes both
    the metric name and its calculated value.

    Fields:

    - ``name``: The name of the metric that was retrieved.
    - ``value``: The calculated value for the requested metric.
    """

    name: str | None
    """The name of the metric that was retrieved. This corresponds to the
    metric name specified in the request, such as POSITION_IN_QUEUE or
    ESTIMATED_WAIT_TIME.
    """

    value: ContactMetricValue | None
    """The calculated value for the requested metric. This object contains the
    numeric result based on the contact's current state in the queue.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, enum=_CONTACT_METRIC_NAME_VALUES)
        value = self.value
        if value is None:
            errors.append(prefix + "value: required but missing")
        else:
            path = prefix + "value"
            if isinstance(value, ContactMetricValue):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactMetricValue, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.value is not None:
            result["Value"] = self.value.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactMetricResult:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactMetricResult")
        return cls(
            name=data.get("Name"),
            value=(
                None
                if (value := data.get("Value")) is None
                else ContactMetricValue.from_dict(value, path=path + "Value" + ".")
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactMetricResult:
        draft = _ContactMetricResultDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else ContactMetricValue._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Value")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactMetricResultDraft:
    """A :class:`ContactMetricResult` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "value")
    name: str | None
    value: ContactMetricValue | None


def new_contact_metric_result(
    name: str,
    value: ContactMetricValue,
) -> ContactMetricResult:
    """Create a :class:`ContactMetricResult` with all optional fields omitted."""
    return ContactMetricResult(
        name=name,
        value=value,
    )


contact_metric_result_name = _rt.Lens[ContactMetricResult, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "contact_metric_result_name",
)
"""Lens on :attr:`ContactMetricResult.name`."""


contact_metric_result_value = _rt.Lens[ContactMetricResult, ContactMetricValue | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "contact_metric_result_value",
)
"""Lens on :attr:`ContactMetricResult.value`."""
