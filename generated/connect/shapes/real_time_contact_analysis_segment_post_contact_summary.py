"""The RealTimeContactAnalysisSegmentPostContactSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_REAL_TIME_CONTACT_ANALYSIS_POST_CONTACT_SUMMARY_STATUS_VALUES = frozenset(
    (
        "FAILED",
        "COMPLETED",
    )
)
_REAL_TIME_CONTACT_ANALYSIS_POST_CONTACT_SUMMARY_FAILURE_CODE_VALUES = frozenset(
    (
        "QUOTA_EXCEEDED",
        "INSUFFICIENT_CONVERSATION_CONTENT",
        "FAILED_SAFETY_GUIDELINES",
        "INVALID_ANALYSIS_CONFIGURATION",
        "INTERNAL_ERROR",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisSegmentPostContactSummary:
    """Information about the post-contact summary for a real-time contact
    segment.

    Fields:

    - ``status``: Whether the summary was successfully COMPLETED or FAILED to be generated.
    - ``content``: The content of the summary.
    - ``failure_code``: If the summary failed to be generated, one of the following failure codes occurs:
    """

    status: str | None
    """Whether the summary was successfully COMPLETED or FAILED to be
    generated.
    """

    content: str | None = None
    """The content of the summary."""

    failure_code: str | None = None
    """If the summary failed to be generated, one of the following failure
    codes occurs:

    - ``QUOTA_EXCEEDED``: The number of concurrent analytics jobs reached
      your service quota.
    - ``INSUFFICIENT_CONVERSATION_CONTENT``: The conversation needs to have
      at least one turn from both the participants in order to generate the
      summary.
    - ``FAILED_SAFETY_GUIDELINES``: The generated summary cannot be provided
      because it failed to meet system safety guidelines.
    - ``INVALID_ANALYSIS_CONFIGURATION``: This code occurs when, for
      example, you're using a `language
      <https://docs.aws.amazon.com/connect/latest/adminguide/supported-languages.html#supported-languages-contact-lens>`__
      that isn't supported by generative AI-powered post-contact summaries.
    - ``INTERNAL_ERROR``: Internal system error.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.status
        if value is None:
            errors.append(prefix + "status: required but missing")
        else:
            path = prefix + "status"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_REAL_TIME_CONTACT_ANALYSIS_POST_CONTACT_SUMMARY_STATUS_VALUES,
            )
        value = self.content
        if value is not None:
            path = prefix + "content"
            _rt.check_str(errors, path, value, min_len=1, max_len=1270)
        value = self.failure_code
        if value is not None:
            path = prefix + "failure_code"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_REAL_TIME_CONTACT_ANALYSIS_POST_CONTACT_SUMMARY_FAILURE_CODE_VALUES,
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.status is not None:
            result["Status"] = self.status
        if self.content is not None:
            result["Content"] = self.content
        if self.failure_code is not None:
            result["FailureCode"] = self.failure_code
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisSegmentPostContactSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisSegmentPostContactSummary"
        )
        return cls(
            status=data.get("Status"),
            content=data.get("Content"),
            failure_code=data.get("FailureCode"),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisSegmentPostContactSummary:
        draft = _RealTimeContactAnalysisSegmentPostContactSummaryDraft()
        try:
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.content = (
                None
                if (value := data.get("Content")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Content"))
            )
            draft.failure_code = (
                None
                if (value := data.get("FailureCode")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "FailureCode")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisSegmentPostContactSummaryDraft:
    """A :class:`RealTimeContactAnalysisSegmentPostContactSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("status", "content", "failure_code")
    status: str | None
    content: str | None
    failure_code: str | None


def new_real_time_contact_analysis_segment_post_contact_summary(
    status: str,
) -> RealTimeContactAnalysisSegmentPostContactSummary:
    """Create a :class:`RealTimeContactAnalysisSegmentPostContactSummary` with all optional fields omitted."""
    return RealTimeContactAnalysisSegmentPostContactSummary(
        status=status,
    )


real_time_contact_analysis_segment_post_contact_summary_status = _rt.Lens[
    RealTimeContactAnalysisSegmentPostContactSummary, str | None
](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "real_time_contact_analysis_segment_post_contact_summary_status",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentPostContactSummary.status`."""


real_time_contact_analysis_segment_post_contact_summary_content = _rt.Lens[
    RealTimeContactAnalysisSegmentPostContactSummary, str | None
](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "real_time_contact_analysis_segment_post_contact_summary_content",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentPostContactSummary.content`."""


real_time_contact_analysis_segment_post_contact_summary_failure_code = _rt.Lens[
    RealTimeContactAnalysisSegmentPostContactSummary, str | None
](
    lambda s: s.failure_code,
    lambda s, v: _dc.replace(s, failure_code=v),
    "real_time_contact_analysis_segment_post_contact_summary_failure_code",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentPostContactSummary.failure_code`."""
