"""The Filters shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """Contains the filter to apply when retrieving metrics.

    Fields:

    - ``queues``: The queues to use to filter the metrics.
    - ``channels``: The channel to use to filter the metrics.
    - ``routing_profiles``: A list of up to 100 routing profile IDs or ARNs.
    - ``routing_step_expressions``: A list of expressions as a filter, in which an expression is an object of a step in a routing criteria.
    - ``agent_statuses``: A list of up to 50 agent status IDs or ARNs.
    - ``subtypes``: A list of up to 10 subtypes can be provided.
    - ``validation_test_types``: A list of up to 10 validationTestTypes can be provided.
    """

    queues: list[str] | None = None
    """The queues to use to filter the metrics. You should specify at least one
    queue, and can specify up to 100 queues per request. The
    ``GetCurrentMetricsData`` API in particular requires a queue when you
    include a ``Filter`` in your request.
    """

    channels: list[str] | None = None
    """The channel to use to filter the metrics."""

    routing_profiles: list[str] | None = None
    """A list of up to 100 routing profile IDs or ARNs."""

    routing_step_expressions: list[str] | None = None
    """A list of expressions as a filter, in which an expression is an object
    of a step in a routing criteria.
    """

    agent_statuses: list[str] | None = None
    """A list of up to 50 agent status IDs or ARNs."""

    subtypes: list[str] | None = None
    """A list of up to 10 subtypes can be provided."""

    validation_test_types: list[str] | None = None
    """A list of up to 10 validationTestTypes can be provided."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.queues
        if value is not None:
            path = prefix + "queues"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.channels
        if value is not None:
            path = prefix + "channels"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 4)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_CHANNEL_VALUES)
        value = self.routing_profiles
        if value is not None:
            path = prefix + "routing_profiles"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.routing_step_expressions
        if value is not None:
            path = prefix + "routing_step_expressions"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 50)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=3000)
        value = self.agent_statuses
        if value is not None:
            path = prefix + "agent_statuses"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.subtypes
        if value is not None:
            path = prefix + "subtypes"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=100)
        value = self.validation_test_types
        if value is not None:
            path = prefix + "validation_test_types"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.queues is not None:
            result["Queues"] = list(self.queues)
        if self.channels is not None:
            result["Channels"] = list(self.channels)
        if self.routing_profiles is not None:
            result["RoutingProfiles"] = list(self.routing_profiles)
        if self.routing_step_expressions is not None:
            result["RoutingStepExpressions"] = list(self.routing_step_expressions)
        if self.agent_statuses is not None:
            result["AgentStatuses"] = list(self.agent_statuses)
        if self.subtypes is not None:
            result["Subtypes"] = list(self.subtypes)
        if self.validation_test_types is not None:
            result["ValidationTestTypes"] = list(self.validation_test_types)
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Filters:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Filters")
        return cls(
            queues=(
                None
                if (value := data.get("Queues")) is None
                else list(_rt.expect_sequence(value, path + "Queues"))
            ),
            channels=(
                None
                if (value := data.get("Channels")) is None
                else list(_rt.expect_sequence(value, path + "Channels"))
            ),
            routing_profiles=(
                None
                if (value := data.get("RoutingProfiles")) is None
                else list(_rt.expect_sequence(value, path + "RoutingProfiles"))
            ),
            routing_step_expressions=(
                None
                if (value := data.get("RoutingStepExpressions")) is None
                else list(_rt.expect_sequence(value, path + "RoutingStepExpressions"))
            ),
            agent_statuses=(
                None
                if (value := data.get("AgentStatuses")) is None
                else list(_rt.expect_sequence(value, path + "AgentStatuses"))
            ),
            subtypes=(
                None
                if (value := data.get("Subtypes")) is None
                else list(_rt.expect_sequence(value, path + "Subtypes"))
            ),
            validation_test_types=(
                None
                if (value := data.get("ValidationTestTypes")) is None
                else list(_rt.expect_sequence(value, path + "ValidationTestTypes"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.queues is not None:
            data["Queues"] = self.queues
        if self.channels is not None:
            data["Channels"] = self.channels
        if self.routing_profiles is not None:
            data["RoutingProfiles"] = self.routing_profiles
        if self.routing_step_expressions is not None:
            data["RoutingStepExpressions"] = self.routing_step_expressions
        if self.agent_statuses is not None:
            data["AgentStatuses"] = self.agent_statuses
        if self.subtypes is not None:
            data["Subtypes"] = self.subtypes
        if self.validation_test_types is not None:
            data["ValidationTestTypes"] = self.validation_test_types
        return data


def new_filters() -> Filters:
    """Create a :class:`Filters` with all optional fields omitted."""
    return Filters()


filters_queues = _rt.Lens[Filters, list[str] | None](
    lambda s: s.queues,
    lambda s, v: _dc.replace(s, queues=v),
    "filters_queues",
)
"""Lens on :attr:`Filters.queues`."""


filters_channels = _rt.Lens[Filters, list[str] | None](
    lambda s: s.channels,
    lambda s, v: _dc.replace(s, channels=v),
    "filters_channels",
)
"""Lens on :attr:`Filters.channels`."""


filters_routing_profiles = _rt.Lens[Filters, list[str] | None](
    lambda s: s.routing_profiles,
    lambda s, v: _dc.replace(s, routing_profiles=v),
    "filters_routing_profiles",
)
"""Lens on :attr:`Filters.routing_profiles`."""


filters_routing_step_expressions = _rt.Lens[Filters, list[str] | None](
    lambda s: s.routing_step_expressions,
    lambda s, v: _dc.replace(s, routing_step_expressions=v),
    "filters_routing_step_expressions",
)
"""Lens on :attr:`Filters.routing_step_expressions`."""


filters_agent_statuses = _rt.Lens[Filters, list[str] | None](
    lambda s: s.agent_statuses,
    lambda s, v: _dc.replace(s, agent_statuses=v),
    "filters_agent_statuses",
)
"""Lens on :attr:`Filters.agent_statuses`."""


filters_subtypes = _rt.Lens[Filters, list[str] | None](
    lambda s: s.subtypes,
    lambda s, v: _dc.replace(s, subtypes=v),
    "filters_subtypes",
)
"""Lens on :attr:`Filters.subtypes`."""


filters_validation_test_types = _rt.Lens[Filters, list[str] | None](
    lambda s: s.validation_test_types,
    lambda s, v: _dc.replace(s, validation_test_types=v),
    "filters_validation_test_types",
)
"""Lens on :attr:`Filters.validation_test_types`."""
