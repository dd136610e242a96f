"""The RealTimeContactAnalysisCategoryDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_point_of_interest import (
    RealTimeContactAnalysisPointOfInterest,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisCategoryDetails:
    """Provides information about the category rule that was matched.

    Fields:

    - ``points_of_interest``: List of PointOfInterest - objects describing a single match of a rule.
    """

    points_of_interest: list[RealTimeContactAnalysisPointOfInterest] | None
    """List of PointOfInterest - objects describing a single match of a rule."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.points_of_interest
        if value is None:
            errors.append(prefix + "points_of_interest: required but missing")
        else:
            path = prefix + "points_of_interest"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 5)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RealTimeContactAnalysisPointOfInterest):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RealTimeContactAnalysisPointOfInterest, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.points_of_interest is not None:
            result["PointsOfInterest"] = [
                v1.to_dict() for v1 in self.points_of_interest
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisCategoryDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisCategoryDetails"
        )
        return cls(
            points_of_interest=(
                None
                if (value := data.get("PointsOfInterest")) is None
                else [
                    RealTimeContactAnalysisPointOfInterest.from_dict(
                        v1, path=path + "PointsOfInterest" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PointsOfInterest")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisCategoryDetails:
        draft = _RealTimeContactAnalysisCategoryDetailsDraft()
        try:
            draft.points_of_interest = (
                None
                if (value := data.get("PointsOfInterest")) is None
                else [
                    RealTimeContactAnalysisPointOfInterest._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "PointsOfInterest")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "PointsOfInterest")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisCategoryDetailsDraft:
    """A :class:`RealTimeContactAnalysisCategoryDetails` being decoded (see ``_rt.seal``)."""

    __slots__ = ("points_of_interest",)
    points_of_interest: list[RealTimeContactAnalysisPointOfInterest] | None


def new_real_time_contact_analysis_category_details(
    points_of_interest: list[RealTimeContactAnalysisPointOfInterest],
) -> RealTimeContactAnalysisCategoryDetails:
    """Create a :class:`RealTimeContactAnalysisCategoryDetails` with all optional fields omitted."""
    return RealTimeContactAnalysisCategoryDetails(
        points_of_interest=points_of_interest,
    )


real_time_contact_analysis_category_details_points_of_interest = _rt.Lens[
    RealTimeContactAnalysisCategoryDetails,
    list[RealTimeContactAnalysisPointOfInterest] | None,
](
    lambda s: s.points_of_interest,
    lambda s, v: _dc.replace(s, points_of_interest=v),
    "real_time_contact_analysis_category_details_points_of_interest",
)
"""Lens on :attr:`RealTimeContactAnalysisCategoryDetails.points_of_interest`."""
