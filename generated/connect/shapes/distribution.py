"""The Distribution shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Distribution:
    """Information about a traffic distribution.

    Fields:

    - ``region``: The Amazon Web Services Region where the traffic is distributed.
    - ``percentage``: The percentage of the traffic that is distributed, in increments of 10.
    """

    region: str | None
    """The Amazon Web Services Region where the traffic is distributed."""

    percentage: int | None
    """The percentage of the traffic that is distributed, in increments of 10."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.region
        if value is None:
            errors.append(prefix + "region: required but missing")
        else:
            path = prefix + "region"
            _rt.check_str(
                errors, path, value, min_len=8, max_len=31, pattern=_PATTERN_1
            )
        value = self.percentage
        if value is None:
            errors.append(prefix + "percentage: required but missing")
        else:
            path = prefix + "percentage"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.region is not None:
            result["Region"] = self.region
        if self.percentage is not None:
            result["Percentage"] = self.percentage
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> Distribution:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Distribution")
        return cls(
            region=data.get("Region"),
            percentage=data.get("Percentage"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.region is not None:
            data["Region"] = self.region
        if self.percentage is not None:
            data["Percentage"] = self.percentage
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Distribution:
        draft = _DistributionDraft()
        try:
            draft.region = (
                None
                if (value := data.get("Region")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Region"))
            )
            draft.percentage = (
                None
                if (value := data.get("Percentage")) is None
                else (
                    value if type(value) is int else _rt.expect_int(value, "Percentage")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _DistributionDraft:
    """A :class:`Distribution` being decoded (see ``_rt.seal``)."""

    __slots__ = ("region", "percentage")
    region: str | None
    percentage: int | None


def new_distribution(
    region: str,
    percentage: int,
) -> Distribution:
    """Create a :class:`Distribution` with all optional fields omitted."""
    return Distribution(
        region=region,
        percentage=percentage,
    )


distribution_region = _rt.Lens[Distribution, str | None](
    lambda s: s.region,
    lambda s, v: _dc.replace(s, region=v),
    "distribution_region",
)
"""Lens on :attr:`Distribution.region`."""


distribution_percentage = _rt.Lens[Distribution, int | None](
    lambda s: s.percentage,
    lambda s, v: _dc.replace(s, percentage=v),
    "distribution_percentage",
)
"""Lens on :attr:`Distribution.percentage`."""
