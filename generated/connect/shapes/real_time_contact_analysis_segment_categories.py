"""The RealTimeContactAnalysisSegmentCategories shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_category_details import (
    RealTimeContactAnalysisCategoryDetails,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisSegmentCategories:
    """The matched category rules.

    Fields:

    - ``matched_details``: Map between the name of the matched rule and RealTimeContactAnalysisCategoryDetails.
    """

    matched_details: dict[str, RealTimeContactAnalysisCategoryDetails] | None
    """Map between the name of the matched rule and
    RealTimeContactAnalysisCategoryDetails.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.matched_details
        if value is None:
            errors.append(prefix + "matched_details: required but missing")
        else:
            path = prefix + "matched_details"
            if _rt.check_type(errors, path, value, dict, "dict"):
                _rt.check_length(errors, path, len(value), 0, 150)
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=256)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RealTimeContactAnalysisCategoryDetails):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RealTimeContactAnalysisCategoryDetails, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.matched_details is not None:
            result["MatchedDetails"] = {
                k1: v1.to_dict() for k1, v1 in self.matched_details.items()
            }
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisSegmentCategories:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisSegmentCategories"
        )
        return cls(
            matched_details=(
                None
                if (value := data.get("MatchedDetails")) is None
                else {
                    k1: RealTimeContactAnalysisCategoryDetails.from_dict(
                        v1, path=path + "MatchedDetails" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(
                        value, path + "MatchedDetails"
                    ).items()
                }
            ),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisSegmentCategories:
        draft = _RealTimeContactAnalysisSegmentCategoriesDraft()
        try:
            draft.matched_details = (
                None
                if (value := data.get("MatchedDetails")) is None
                else {
                    k1: RealTimeContactAnalysisCategoryDetails._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "MatchedDetails")
                        )
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "MatchedDetails")
                    ).items()
                    if v1 is not None
                }
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisSegmentCategoriesDraft:
    """A :class:`RealTimeContactAnalysisSegmentCategories` being decoded (see ``_rt.seal``)."""

    __slots__ = ("matched_details",)
    matched_details: dict[str, RealTimeContactAnalysisCategoryDetails] | None


def new_real_time_contact_analysis_segment_categories(
    matched_details: dict[str, RealTimeContactAnalysisCategoryDetails],
) -> RealTimeContactAnalysisSegmentCategories:
    """Create a :class:`RealTimeContactAnalysisSegmentCategories` with all optional fields omitted."""
    return RealTimeContactAnalysisSegmentCategories(
        matched_details=matched_details,
    )


real_time_contact_analysis_segment_categories_matched_details = _rt.Lens[
    RealTimeContactAnalysisSegmentCategories,
    dict[str, RealTimeContactAnalysisCategoryDetails] | None,
](
    lambda s: s.matched_details,
    lambda s, v: _dc.replace(s, matched_details=v),
    "real_time_contact_analysis_segment_categories_matched_details",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentCategories.matched_details`."""
