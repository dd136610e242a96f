"""The EvaluationAcknowledgementSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationAcknowledgementSummary:
    """Summary information about an evaluation acknowledgement.

    Fields:

    - ``acknowledged_time``: The time when an agent acknowledged the evaluation.
    - ``acknowledged_by``: The agent who acknowledged the evaluation.
    - ``acknowledger_comment``: A comment from the agent when they confirmed they acknowledged the evaluation.
    """

    acknowledged_time: _dt.datetime | None = None
    """The time when an agent acknowledged the evaluation."""

    acknowledged_by: str | None = None
    """The agent who acknowledged the evaluation."""

    acknowledger_comment: str | None = None
    """A comment from the agent when they confirmed they acknowledged the
    evaluation.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.acknowledged_time
        if value is not None:
            path = prefix + "acknowledged_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.acknowledged_by
        if value is not None:
            path = prefix + "acknowledged_by"
            _rt.check_str(errors, path, value)
        value = self.acknowledger_comment
        if value is not None:
            path = prefix + "acknowledger_comment"
            _rt.check_str(errors, path, value, min_len=0, max_len=3072)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.acknowledged_time is not None:
            result["AcknowledgedTime"] = self.acknowledged_time
        if self.acknowledged_by is not None:
            result["AcknowledgedBy"] = self.acknowledged_by
        if self.acknowledger_comment is not None:
            result["AcknowledgerComment"] = self.acknowledger_comment
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationAcknowledgementSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationAcknowledgementSummary")
        return cls(
            acknowledged_time=data.get("AcknowledgedTime"),
            acknowledged_by=data.get("AcknowledgedBy"),
            acknowledger_comment=data.get("AcknowledgerComment"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationAcknowledgementSummary:
        draft = _EvaluationAcknowledgementSummaryDraft()
        try:
            draft.acknowledged_time = (
                None
                if (value := data.get("AcknowledgedTime")) is None
                else _rt.parse_timestamp(value, "AcknowledgedTime")
            )
            draft.acknowledged_by = (
                None
                if (value := data.get("AcknowledgedBy")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AcknowledgedBy")
                )
            )
            draft.acknowledger_comment = (
                None
                if (value := data.get("AcknowledgerComment")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AcknowledgerComment")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationAcknowledgementSummaryDraft:
    """A :class:`EvaluationAcknowledgementSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("acknowledged_time", "acknowledged_by", "acknowledger_comment")
    acknowledged_time: _dt.datetime | None
    acknowledged_by: str | None
    acknowledger_comment: str | None


def new_evaluation_acknowledgement_summary() -> EvaluationAcknowledgementSummary:
    """Create a :class:`EvaluationAcknowledgementSummary` with all optional fields omitted."""
    return EvaluationAcknowledgementSummary()


evaluation_acknowledgement_summary_acknowledged_time = _rt.Lens[
    EvaluationAcknowledgementSummary, _dt.datetime | None
](
    lambda s: s.acknowledged_time,
    lambda s, v: _dc.replace(s, acknowledged_time=v),
    "evaluation_acknowledgement_summary_acknowledged_time",
)
"""Lens on :attr:`EvaluationAcknowledgementSummary.acknowledged_time`."""


evaluation_acknowledgement_summary_acknowledged_by = _rt.Lens[
    EvaluationAcknowledgementSummary, str | None
](
    lambda s: s.acknowledged_by,
    lambda s, v: _dc.replace(s, acknowledged_by=v),
    "evaluation_acknowledgement_summary_acknowledged_by",
)
"""Lens on :attr:`EvaluationAcknowledgementSummary.acknowledged_by`."""


evaluation_acknowledgement_summary_acknowledger_comment = _rt.Lens[
    EvaluationAcknowledgementSummary, str | None
](
    lambda s: s.acknowledger_comment,
    lambda s, v: _dc.replace(s, acknowledger_comment=v),
    "evaluation_acknowledgement_summary_acknowledger_comment",
)
"""Lens on :attr:`EvaluationAcknowledgementSummary.acknowledger_comment`."""
