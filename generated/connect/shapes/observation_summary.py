"""The ObservationSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ObservationSummary:
    """Contains summary statistics about a test case execution.

    Fields:

    - ``total_observations``: The total number of observations in the test case.
    - ``observations_passed``: The number of observations that passed during execution.
    - ``observations_failed``: The number of observations that failed during execution.
    """

    total_observations: int | None = None
    """The total number of observations in the test case."""

    observations_passed: int | None = None
    """The number of observations that passed during execution."""

    observations_failed: int | None = None
    """The number of observations that failed during execution."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.total_observations
        if value is not None:
            path = prefix + "total_observations"
            _rt.check_number(errors, path, value, True)
        value = self.observations_passed
        if value is not None:
            path = prefix + "observations_passed"
            _rt.check_number(errors, path, value, True)
        value = self.observations_failed
        if value is not None:
            path = prefix + "observations_failed"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.total_observations is not None:
            result["TotalObservations"] = self.total_observations
        if self.observations_passed is not None:
            result["ObservationsPassed"] = self.observations_passed
        if self.observations_failed is not None:
            result["ObservationsFailed"] = self.observations_failed
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ObservationSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ObservationSummary")
        return cls(
            total_observations=data.get("TotalObservations"),
            observations_passed=data.get("ObservationsPassed"),
            observations_failed=data.get("ObservationsFailed"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ObservationSummary:
        draft = _ObservationSummaryDraft()
        try:
            draft.total_observations = (
                None
                if (value := data.get("TotalObservations")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "TotalObservations")
                )
            )
            draft.observations_passed = (
                None
                if (value := data.get("ObservationsPassed")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "ObservationsPassed")
                )
            )
            draft.observations_failed = (
                None
                if (value := data.get("ObservationsFailed")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "ObservationsFailed")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ObservationSummaryDraft:
    """A :class:`ObservationSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("total_observations", "observations_passed", "observations_failed")
    total_observations: int | None
    observations_passed: int | None
    observations_failed: int | None


def new_observation_summary() -> ObservationSummary:
    """Create a :class:`ObservationSummary` with all optional fields omitted."""
    return ObservationSummary()


observation_summary_total_observations = _rt.Lens[ObservationSummary, int | None](
    lambda s: s.total_observations,
    lambda s, v: _dc.replace(s, total_observations=v),
    "observation_summary_total_observations",
)
"""Lens on :attr:`ObservationSummary.total_observations`."""


observation_summary_observations_passed = _rt.Lens[ObservationSummary, int | None](
    lambda s: s.observations_passed,
    lambda s, v: _dc.replace(s, observations_passed=v),
    "observation_summary_observations_passed",
)
"""Lens on :attr:`ObservationSummary.observations_passed`."""


observation_summary_observations_failed = _rt.Lens[ObservationSummary, int | None](
    lambda s: s.observations_failed,
    lambda s, v: _dc.replace(s, observations_failed=v),
    "observation_summary_observations_failed",
)
"""Lens on :attr:`ObservationSummary.observations_failed`."""
