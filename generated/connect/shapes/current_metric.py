"""The CurrentMetric shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CURRENT_METRIC_NAME_VALUES = frozenset(
    (
        "AGENTS_ONLINE",
        "AGENTS_AVAILABLE",
        "AGENTS_ON_CALL",
        "AGENTS_NON_PRODUCTIVE",
        "AGENTS_AFTER_CONTACT_WORK",
        "AGENTS_ERROR",
        "AGENTS_STAFFED",
        "CONTACTS_IN_QUEUE",
        "OLDEST_CONTACT_AGE",
        "CONTACTS_SCHEDULED",
        "AGENTS_ON_CONTACT",
        "SLOTS_ACTIVE",
        "SLOTS_AVAILABLE",
        "ESTIMATED_WAIT_TIME",
    )
)
_PATTERN_1 = _rt.Pattern(
    "^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(arn:[a-z0-9-]+:connect:[a-z0-9-]+:(?:([0-9]{12}):instance/[a-z0-9-]+/metric/[a-z0-9-]+(?::[a-z0-9-]+)?|aws:metric/[A-Z_]+))$",
    "^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(arn:[a-z0-9-]+:connect:[a-z0-9-]+:(?:([0-9]{12}):instance/[a-z0-9-]+/metric/[a-z0-9-]+(?::[a-z0-9-]+)?|aws:metric/[A-Z_]+))(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_UNIT_VALUES = frozenset(
    (
        "SECONDS",
        "COUNT",
        "PERCENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CurrentMetric:
    """Contains information about a real-time metric. For a description of each
    metric, see `Metrics definitions
    <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html>`__
    in the *Connect Customer Administrator Guide*.

    .. important::

       Only one of either the Name or MetricId is required.

    Fields:

    - ``name``: The name of the metric.
    - ``metric_id``: Out of the box current metrics or custom metrics can be referenced via this field.
    - ``unit``: The Unit parameter is not supported for custom metrics.
    """

    name: str | None = None
    """The name of the metric."""

    metric_id: str | None = None
    """Out of the box current metrics or custom metrics can be referenced via
    this field. This field is a valid AWS Connect Arn or a UUID.
    """

    unit: str | None = None
    """.. note::

       The Unit parameter is not supported for custom metrics.

    The unit for the metric.
    """

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
            _rt.check_str(errors, path, value, enum=_CURRENT_METRIC_NAME_VALUES)
        value = self.metric_id
        if value is not None:
            path = prefix + "metric_id"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.unit
        if value is not None:
            path = prefix + "unit"
            _rt.check_str(errors, path, value, enum=_UNIT_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.metric_id is not None:
            result["MetricId"] = self.metric_id
        if self.unit is not None:
            result["Unit"] = self.unit
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CurrentMetric:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CurrentMetric")
        return cls(
            name=data.get("Name"),
            metric_id=data.get("MetricId"),
            unit=data.get("Unit"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.name is not None:
            data["Name"] = self.name
        if self.metric_id is not None:
            data["MetricId"] = self.metric_id
        if self.unit is not None:
            data["Unit"] = self.unit
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> CurrentMetric:
        draft = _CurrentMetricDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.metric_id = (
                None
                if (value := data.get("MetricId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "MetricId")
                )
            )
            draft.unit = (
                None
                if (value := data.get("Unit")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Unit"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CurrentMetricDraft:
    """A :class:`CurrentMetric` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "metric_id", "unit")
    name: str | None
    metric_id: str | None
    unit: str | None


def new_current_metric() -> CurrentMetric:
    """Create a :class:`CurrentMetric` with all optional fields omitted."""
    return CurrentMetric()


current_metric_name = _rt.Lens[CurrentMetric, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "current_metric_name",
)
"""Lens on :attr:`CurrentMetric.name`."""


current_metric_metric_id = _rt.Lens[CurrentMetric, str | None](
    lambda s: s.metric_id,
    lambda s, v: _dc.replace(s, metric_id=v),
    "current_metric_metric_id",
)
"""Lens on :attr:`CurrentMetric.metric_id`."""


current_metric_unit = _rt.Lens[CurrentMetric, str | None](
    lambda s: s.unit,
    lambda s, v: _dc.replace(s, unit=v),
    "current_metric_unit",
)
"""Lens on :attr:`CurrentMetric.unit`."""
