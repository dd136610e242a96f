"""The RealTimeContactAnalysisSegmentIssues shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_issue_detected import (
    RealTimeContactAnalysisIssueDetected,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisSegmentIssues:
    """Segment type containing a list of detected issues.

    Fields:

    - ``issues_detected``: List of the issues detected.
    """

    issues_detected: list[RealTimeContactAnalysisIssueDetected] | None
    """List of the issues detected."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.issues_detected
        if value is None:
            errors.append(prefix + "issues_detected: required but missing")
        else:
            path = prefix + "issues_detected"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RealTimeContactAnalysisIssueDetected):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RealTimeContactAnalysisIssueDetected, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.issues_detected is not None:
            result["IssuesDetected"] = [v1.to_dict() for v1 in self.issues_detected]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisSegmentIssues:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisSegmentIssues"
        )
        return cls(
            issues_detected=(
                None
                if (value := data.get("IssuesDetected")) is None
                else [
                    RealTimeContactAnalysisIssueDetected.from_dict(
                        v1, path=path + "IssuesDetected" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "IssuesDetected")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisSegmentIssues:
        draft = _RealTimeContactAnalysisSegmentIssuesDraft()
        try:
            draft.issues_detected = (
                None
                if (value := data.get("IssuesDetected")) is None
                else [
                    RealTimeContactAnalysisIssueDetected._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "IssuesDetected")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "IssuesDetected")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisSegmentIssuesDraft:
    """A :class:`RealTimeContactAnalysisSegmentIssues` being decoded (see ``_rt.seal``)."""

    __slots__ = ("issues_detected",)
    issues_detected: list[RealTimeContactAnalysisIssueDetected] | None


def new_real_time_contact_analysis_segment_issues(
    issues_detected: list[RealTimeContactAnalysisIssueDetected],
) -> RealTimeContactAnalysisSegmentIssues:
    """Create a :class:`RealTimeContactAnalysisSegmentIssues` with all optional fields omitted."""
    return RealTimeContactAnalysisSegmentIssues(
        issues_detected=issues_detected,
    )


real_time_contact_analysis_segment_issues_issues_detected = _rt.Lens[
    RealTimeContactAnalysisSegmentIssues,
    list[RealTimeContactAnalysisIssueDetected] | None,
](
    lambda s: s.issues_detected,
    lambda s, v: _dc.replace(s, issues_detected=v),
    "real_time_contact_analysis_segment_issues_issues_detected",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentIssues.issues_detected`."""
