"""The QualityMetrics shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.agent_quality_metrics import AgentQualityMetrics
from ..shapes.customer_quality_metrics import CustomerQualityMetrics


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class QualityMetrics:
    """Information about the quality of the participant's media connection.

    Fields:

    - ``agent``: Information about the quality of Agent media connection.
    - ``customer``: Information about the quality of Customer media connection.
    """

    agent: AgentQualityMetrics | None = None
    """Information about the quality of Agent media connection."""

    customer: CustomerQualityMetrics | None = None
    """Information about the quality of Customer media connection."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.agent
        if value is not None:
            path = prefix + "agent"
            if isinstance(value, AgentQualityMetrics):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentQualityMetrics, got {type(value).__name__}"
                )
        value = self.customer
        if value is not None:
            path = prefix + "customer"
            if isinstance(value, CustomerQualityMetrics):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected CustomerQualityMetrics, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.agent is not None:
            result["Agent"] = self.agent.to_dict()
        if self.customer is not None:
            result["Customer"] = self.customer.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> QualityMetrics:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "QualityMetrics")
        return cls(
            agent=(
                None
                if (value := data.get("Agent")) is None
                else AgentQualityMetrics.from_dict(value, path=path + "Agent" + ".")
            ),
            customer=(
                None
                if (value := data.get("Customer")) is None
                else CustomerQualityMetrics.from_dict(
                    value, path=path + "Customer" + "."
                )
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> QualityMetrics:
        draft = _QualityMetricsDraft()
        try:
            draft.agent = (
                None
                if (value := data.get("Agent")) is None
                else AgentQualityMetrics._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Agent")
                    )
                )
            )
            draft.customer = (
                None
                if (value := data.get("Customer")) is None
                else CustomerQualityMetrics._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Customer")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _QualityMetricsDraft:
    """A :class:`QualityMetrics` being decoded (see ``_rt.seal``)."""

    __slots__ = ("agent", "customer")
    agent: AgentQualityMetrics | None
    customer: CustomerQualityMetrics | None


def new_quality_metrics() -> QualityMetrics:
    """Create a :class:`QualityMetrics` with all optional fields omitted."""
    return QualityMetrics()


quality_metrics_agent = _rt.Lens[QualityMetrics, AgentQualityMetrics | None](
    lambda s: s.agent,
    lambda s, v: _dc.replace(s, agent=v),
    "quality_metrics_agent",
)
"""Lens on :attr:`QualityMetrics.agent`."""


quality_metrics_customer = _rt.Lens[QualityMetrics, CustomerQualityMetrics | None](
    lambda s: s.customer,
    lambda s, v: _dc.replace(s, customer=v),
    "quality_metrics_customer",
)
"""Lens on :attr:`QualityMetrics.customer`."""
