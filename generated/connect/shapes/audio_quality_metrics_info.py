"""The AudioQualityMetricsInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AudioQualityMetricsInfo:
    """Contains information for score and potential quality issues for Audio

    Fields:

    - ``quality_score``: Number measuring the estimated quality of the media connection.
    - ``potential_quality_issues``: List of potential issues causing degradation of quality on a media connection.
    """

    quality_score: float | None = None
    """Number measuring the estimated quality of the media connection."""

    potential_quality_issues: list[str] | None = None
    """List of potential issues causing degradation of quality on a media
    connection. If the service did not detect any potential quality issues
    the list is empty.

    Valid values: ``HighPacketLoss`` | ``HighRoundTripTime`` |
    ``HighJitterBuffer``
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.quality_score
        if value is not None:
            path = prefix + "quality_score"
            _rt.check_number(errors, path, value, False)
        value = self.potential_quality_issues
        if value is not None:
            path = prefix + "potential_quality_issues"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 3)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=128)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.quality_score is not None:
            result["QualityScore"] = self.quality_score
        if self.potential_quality_issues is not None:
            result["PotentialQualityIssues"] = list(self.potential_quality_issues)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AudioQualityMetricsInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AudioQualityMetricsInfo")
        return cls(
            quality_score=data.get("QualityScore"),
            potential_quality_issues=(
                None
                if (value := data.get("PotentialQualityIssues")) is None
                else list(_rt.expect_sequence(value, path + "PotentialQualityIssues"))
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AudioQualityMetricsInfo:
        draft = _AudioQualityMetricsInfoDraft()
        try:
            draft.quality_score = (
                None
                if (value := data.get("QualityScore")) is None
                else _rt.expect_float(value, "QualityScore")
            )
            draft.potential_quality_issues = (
                None
                if (value := data.get("PotentialQualityIssues")) is None
                else [
                    (
                        v1
                        if type(v1) is str
                        else _rt.expect_str(v1, "PotentialQualityIssues")
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "PotentialQualityIssues")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AudioQualityMetricsInfoDraft:
    """A :class:`AudioQualityMetricsInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("quality_score", "potential_quality_issues")
    quality_score: float | None
    potential_quality_issues: list[str] | None


def new_audio_quality_metrics_info() -> AudioQualityMetricsInfo:
    """Create a :class:`AudioQualityMetricsInfo` with all optional fields omitted."""
    return AudioQualityMetricsInfo()


audio_quality_metrics_info_quality_score = _rt.Lens[
    AudioQualityMetricsInfo, float | None
](
    lambda s: s.quality_score,
    lambda s, v: _dc.replace(s, quality_score=v),
    "audio_quality_metrics_info_quality_score",
)
"""Lens on :attr:`AudioQualityMetricsInfo.quality_score`."""


audio_quality_metrics_info_potential_quality_issues = _rt.Lens[
    AudioQualityMetricsInfo, list[str] | None
](
    lambda s: s.potential_quality_issues,
    lambda s, v: _dc.replace(s, potential_quality_issues=v),
    "audio_quality_metrics_info_potential_quality_issues",
)
"""Lens on :attr:`AudioQualityMetricsInfo.potential_quality_issues`."""
