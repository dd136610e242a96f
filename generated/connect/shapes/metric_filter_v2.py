"""The MetricFilterV2 shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MetricFilterV2:
    """Contains information about the filter used when retrieving metrics.
    ``MetricFiltersV2`` can be used on the following metrics:
    ``AVG_AGENT_CONNECTING_TIME``, ``CONTACTS_CREATED``,
    ``CONTACTS_HANDLED``, ``SUM_CONTACTS_DISCONNECTED``.

    Fields:

    - ``metric_filter_key``: The key to use for filtering data.
    - ``metric_filter_values``: The values to use for filtering data.
    - ``negate``: If set to ``true``, the API response contains results that filter out the results matched by the metric-level filters condition.
    """

    metric_filter_key: str | None = None
    """The key to use for filtering data.

    Valid metric filter keys:

    - ANSWERING_MACHINE_DETECTION_STATUS
    - CASE_STATUS
    - DISCONNECT_REASON
    - FLOWS_ACTION_IDENTIFIER
    - FLOWS_NEXT_ACTION_IDENTIFIER
    - FLOWS_OUTCOME_TYPE
    - FLOWS_RESOURCE_TYPE
    - INITIATION_METHOD
    """

    metric_filter_values: list[str] | None = None
    """The values to use for filtering data. Values for metric-level filters
    can be either a fixed set of values or a customized list, depending on
    the use case.

    For valid values of metric-level filters ``INITIATION_METHOD``,
    ``DISCONNECT_REASON``, and ``ANSWERING_MACHINE_DETECTION_STATUS``, see
    `ContactTraceRecord
    <https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html#ctr-ContactTraceRecord>`__
    in the *Connect Customer Administrator Guide*.

    For valid values of the metric-level filter ``FLOWS_OUTCOME_TYPE``, see
    the description for the `Flow outcome
    <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#flows-outcome>`__
    metric in the *Connect Customer Administrator Guide*.

    For valid values of the metric-level filter
    ``BOT_CONVERSATION_OUTCOME_TYPE``, see the description for the `Bot
    conversations completed
    <https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#bot-conversations-completed-metric>`__
    in the *Connect Customer Administrator Guide*.

    For valid values of the metric-level filter ``BOT_INTENT_OUTCOME_TYPE``,
    see the description for the `Bot intents completed
    <https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#bot-intents-completed-metric>`__
    metric in the *Connect Customer Administrator Guide*.
    """

    negate: bool | None = None
    """If set to ``true``, the API response contains results that filter out
    the results matched by the metric-level filters condition. By default,
    ``Negate`` is set to ``false``.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.metric_filter_key
        if value is not None:
            path = prefix + "metric_filter_key"
            _rt.check_str(errors, path, value)
        value = self.metric_filter_values
        if value is not None:
            path = prefix + "metric_filter_values"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.negate
        if value is not None:
            path = prefix + "negate"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.metric_filter_key is not None:
            result["MetricFilterKey"] = self.metric_filter_key
        if self.metric_filter_values is not None:
            result["MetricFilterValues"] = list(self.metric_filter_values)
        if self.negate is not None:
            result["Negate"] = self.negate
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MetricFilterV2:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MetricFilterV2")
        return cls(
            metric_filter_key=data.get("MetricFilterKey"),
            metric_filter_values=(
                None
                if (value := data.get("MetricFilterValues")) is None
                else list(_rt.expect_sequence(value, path + "MetricFilterValues"))
            ),
            negate=data.get("Negate"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.metric_filter_key is not None:
            data["MetricFilterKey"] = self.metric_filter_key
        if self.metric_filter_values is not None:
            data["MetricFilterValues"] = self.metric_filter_values
        if self.negate is not None:
            data["Negate"] = self.negate
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MetricFilterV2:
        draft = _MetricFilterV2Draft()
        try:
            draft.metric_filter_key = (
                None
                if (value := data.get("MetricFilterKey")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "MetricFilterKey")
                )
            )
            draft.metric_filter_values = (
                None
                if (value := data.get("MetricFilterValues")) is None
                else [
                    (
                        v1
                        if type(v1) is str
                        else _rt.expect_str(v1, "MetricFilterValues")
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "MetricFilterValues")
                    )
                    if v1 is not None
                ]
            )
            draft.negate = (
                None
                if (value := data.get("Negate")) is None
                else (
                    value if type(value) is bool else _rt.expect_bool(value, "Negate")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MetricFilterV2Draft:
    """A :class:`MetricFilterV2` being decoded (see ``_rt.seal``)."""

    __slots__ = ("metric_filter_key", "metric_filter_values", "negate")
    metric_filter_key: str | None
    metric_filter_values: list[str] | None
    negate: bool | None


def new_metric_filter_v2() -> MetricFilterV2:
    """Create a :class:`MetricFilterV2` with all optional fields omitted."""
    return MetricFilterV2()


metric_filter_v2_metric_filter_key = _rt.Lens[MetricFilterV2, str | None](
    lambda s: s.metric_filter_key,
    lambda s, v: _dc.replace(s, metric_filter_key=v),
    "metric_filter_v2_metric_filter_key",
)
"""Lens on :attr:`MetricFilterV2.metric_filter_key`."""


metric_filter_v2_metric_filter_values = _rt.Lens[MetricFilterV2, list[str] | None](
    lambda s: s.metric_filter_values,
    lambda s, v: _dc.replace(s, metric_filter_values=v),
    "metric_filter_v2_metric_filter_values",
)
"""Lens on :attr:`MetricFilterV2.metric_filter_values`."""


metric_filter_v2_negate = _rt.Lens[MetricFilterV2, bool | None](
    lambda s: s.negate,
    lambda s, v: _dc.replace(s, negate=v),
    "metric_filter_v2_negate",
)
"""Lens on :attr:`MetricFilterV2.negate`."""
