"""The EvaluationSearchMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_AUTO_EVALUATION_STATUS_VALUES = frozenset(
    (
        "IN_PROGRESS",
        "FAILED",
        "SUCCEEDED",
    )
)
_CONTACT_PARTICIPANT_ROLE_VALUES = frozenset(
    (
        "AGENT",
        "SYSTEM",
        "CUSTOM_BOT",
        "CUSTOMER",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationSearchMetadata:
    """Metadata information about an evaluation search.

    Fields:

    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``evaluator_arn``: The Amazon Resource Name (ARN) of the person who evaluated the contact.
    - ``contact_agent_id``: The unique ID of the agent who handled the contact.
    - ``calibration_session_id``: The calibration session ID that this evaluation belongs to.
    - ``score_percentage``: The total evaluation score expressed as a percentage.
    - ``score_automatic_fail``: The flag that marks the item as automatic fail.
    - ``score_not_applicable``: The flag to mark the item as not applicable for scoring.
    - ``auto_evaluation_enabled``: Whether auto-evaluation is enabled.
    - ``auto_evaluation_status``: The status of the contact auto evaluation.
    - ``acknowledged_time``: When the evaluation was acknowledged by the agent.
    - ``acknowledged_by``: The agent who acknowledged the evaluation.
    - ``acknowledger_comment``: The comment from the agent when they acknowledged the evaluation.
    - ``sampling_job_id``: Identifier of the sampling job.
    - ``review_id``: Identifier for the review.
    - ``contact_participant_role``: Role of a contact participant in the evaluation.
    - ``contact_participant_id``: Identifier for a contact participant in the evaluation.
    """

    contact_id: str | None
    """The identifier of the contact in this instance of Connect Customer."""

    evaluator_arn: str | None
    """The Amazon Resource Name (ARN) of the person who evaluated the contact."""

    contact_agent_id: str | None = None
    """The unique ID of the agent who handled the contact."""

    calibration_session_id: str | None = None
    """The calibration session ID that this evaluation belongs to."""

    score_percentage: float | None = None
    """The total evaluation score expressed as a percentage."""

    score_automatic_fail: bool | None = None
    """The flag that marks the item as automatic fail. If the item or a child
    item gets an automatic fail answer, this flag is true.
    """

    score_not_applicable: bool | None = None
    """The flag to mark the item as not applicable for scoring."""

    auto_evaluation_enabled: bool | None = None
    """Whether auto-evaluation is enabled."""

    auto_evaluation_status: str | None = None
    """The status of the contact auto evaluation."""

    acknowledged_time: _dt.datetime | None = None
    """When the evaluation was acknowledged by the agent."""

    acknowledged_by: str | None = None
    """The agent who acknowledged the evaluation."""

    acknowledger_comment: str | None = None
    """The comment from the agent when they acknowledged the evaluation."""

    sampling_job_id: str | None = None
    """Identifier of the sampling job."""

    review_id: str | None = None
    """Identifier for the review."""

    contact_participant_role: str | None = None
    """Role of a contact participant in the evaluation."""

    contact_participant_id: str | None = None
    """Identifier for a contact participant in the evaluation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.evaluator_arn
        if value is None:
            errors.append(prefix + "evaluator_arn: required but missing")
        else:
            path = prefix + "evaluator_arn"
            _rt.check_str(errors, path, value)
        value = self.contact_agent_id
        if value is not None:
            path = prefix + "contact_agent_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.calibration_session_id
        if value is not None:
            path = prefix + "calibration_session_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.score_percentage
        if value is not None:
            path = prefix + "score_percentage"
            _rt.check_number(errors, path, value, False, minimum=0, maximum=100)
        value = self.score_automatic_fail
        if value is not None:
            path = prefix + "score_automatic_fail"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.score_not_applicable
        if value is not None:
            path = prefix + "score_not_applicable"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.auto_evaluation_enabled
        if value is not None:
            path = prefix + "auto_evaluation_enabled"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.auto_evaluation_status
        if value is not None:
            path = prefix + "auto_evaluation_status"
            _rt.check_str(errors, path, value, enum=_AUTO_EVALUATION_STATUS_VALUES)
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
        value = self.sampling_job_id
        if value is not None:
            path = prefix + "sampling_job_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.review_id
        if value is not None:
            path = prefix + "review_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.contact_participant_role
        if value is not None:
            path = prefix + "contact_participant_role"
            _rt.check_str(errors, path, value, enum=_CONTACT_PARTICIPANT_ROLE_VALUES)
        value = self.contact_participant_id
        if value is not None:
            path = prefix + "contact_participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.evaluator_arn is not None:
            result["EvaluatorArn"] = self.evaluator_arn
        if self.contact_agent_id is not None:
            result["ContactAgentId"] = self.contact_agent_id
        if self.calibration_session_id is not None:
            result["CalibrationSessionId"] = self.calibration_session_id
        if self.score_percentage is not None:
            result["ScorePercentage"] = self.score_percentage
        if self.score_automatic_fail is not None:
            result["ScoreAutomaticFail"] = self.score_automatic_fail
        if self.score_not_applicable is not None:
            result["ScoreNotApplicable"] = self.score_not_applicable
        if self.auto_evaluation_enabled is not None:
            result["AutoEvaluationEnabled"] = self.auto_evaluation_enabled
        if self.auto_evaluation_status is not None:
            result["AutoEvaluationStatus"] = self.auto_evaluation_status
        if self.acknowledged_time is not None:
            result["AcknowledgedTime"] = self.acknowledged_time
        if self.acknowledged_by is not None:
            result["AcknowledgedBy"] = self.acknowledged_by
        if self.acknowledger_comment is not None:
            result["AcknowledgerComment"] = self.acknowledger_comment
        if self.sampling_job_id is not None:
            result["SamplingJobId"] = self.sampling_job_id
        if self.review_id is not None:
            result["ReviewId"] = self.review_id
        if self.contact_participant_role is not None:
            result["ContactParticipantRole"] = self.contact_participant_role
        if self.contact_participant_id is not None:
            result["ContactParticipantId"] = self.contact_participant_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationSearchMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationSearchMetadata")
        return cls(
            contact_id=data.get("ContactId"),
            evaluator_arn=data.get("EvaluatorArn"),
            contact_agent_id=data.get("ContactAgentId"),
            calibration_session_id=data.get("CalibrationSessionId"),
            score_percentage=data.get("ScorePercentage"),
            score_automatic_fail=data.get("ScoreAutomaticFail"),
            score_not_applicable=data.get("ScoreNotApplicable"),
            auto_evaluation_enabled=data.get("AutoEvaluationEnabled"),
            auto_evaluation_status=data.get("AutoEvaluationStatus"),
            acknowledged_time=data.get("AcknowledgedTime"),
            acknowledged_by=data.get("AcknowledgedBy"),
            acknowledger_comment=data.get("AcknowledgerComment"),
            sampling_job_id=data.get("SamplingJobId"),
            review_id=data.get("ReviewId"),
            contact_participant_role=data.get("ContactParticipantRole"),
            contact_participant_id=data.get("ContactParticipantId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationSearchMetadata:
        draft = _EvaluationSearchMetadataDraft()
        try:
            draft.contact_id = (
                None
                if (value := data.get("ContactId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ContactId")
                )
            )
            draft.evaluator_arn = (
                None
                if (value := data.get("EvaluatorArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluatorArn")
                )
            )
            draft.contact_agent_id = (
                None
                if (value := data.get("ContactAgentId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactAgentId")
                )
            )
            draft.calibration_session_id = (
                None
                if (value := data.get("CalibrationSessionId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "CalibrationSessionId")
                )
            )
            draft.score_percentage = (
                None
                if (value := data.get("ScorePercentage")) is None
                else _rt.expect_float(value, "ScorePercentage")
            )
            draft.score_automatic_fail = (
                None
                if (value := data.get("ScoreAutomaticFail")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "ScoreAutomaticFail")
                )
            )
            draft.score_not_applicable = (
                None
                if (value := data.get("ScoreNotApplicable")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "ScoreNotApplicable")
                )
            )
            draft.auto_evaluation_enabled = (
                None
                if (value := data.get("AutoEvaluationEnabled")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "AutoEvaluationEnabled")
                )
            )
            draft.auto_evaluation_status = (
                None
                if (value := data.get("AutoEvaluationStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AutoEvaluationStatus")
                )
            )
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
            draft.sampling_job_id = (
                None
                if (value := data.get("SamplingJobId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "SamplingJobId")
                )
            )
            draft.review_id = (
                None
                if (value := data.get("ReviewId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ReviewId")
                )
            )
            draft.contact_participant_role = (
                None
                if (value := data.get("ContactParticipantRole")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactParticipantRole")
                )
            )
            draft.contact_participant_id = (
                None
                if (value := data.get("ContactParticipantId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactParticipantId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationSearchMetadataDraft:
    """A :class:`EvaluationSearchMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "contact_id",
        "evaluator_arn",
        "contact_agent_id",
        "calibration_session_id",
        "score_percentage",
        "score_automatic_fail",
        "score_not_applicable",
        "auto_evaluation_enabled",
        "auto_evaluation_status",
        "acknowledged_time",
        "acknowledged_by",
        "acknowledger_comment",
        "sampling_job_id",
        "review_id",
        "contact_participant_role",
        "contact_participant_id",
    )
    contact_id: str | None
    evaluator_arn: str | None
    contact_agent_id: str | None
    calibration_session_id: str | None
    score_percentage: float | None
    score_automatic_fail: bool | None
    score_not_applicable: bool | None
    auto_evaluation_enabled: bool | None
    auto_evaluation_status: str | None
    acknowledged_time: _dt.datetime | None
    acknowledged_by: str | None
    acknowledger_comment: str | None
    sampling_job_id: str | None
    review_id: str | None
    contact_participant_role: str | None
    contact_participant_id: str | None


def new_evaluation_search_metadata(
    contact_id: str,
    evaluator_arn: str,
) -> EvaluationSearchMetadata:
    """Create a :class:`EvaluationSearchMetadata` with all optional fields omitted."""
    return EvaluationSearchMetadata(
        contact_id=contact_id,
        evaluator_arn=evaluator_arn,
    )


evaluation_search_metadata_contact_id = _rt.Lens[EvaluationSearchMetadata, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "evaluation_search_metadata_contact_id",
)
"""Lens on :attr:`EvaluationSearchMetadata.contact_id`."""


evaluation_search_metadata_evaluator_arn = _rt.Lens[
    EvaluationSearchMetadata, str | None
](
    lambda s: s.evaluator_arn,
    lambda s, v: _dc.replace(s, evaluator_arn=v),
    "evaluation_search_metadata_evaluator_arn",
)
"""Lens on :attr:`EvaluationSearchMetadata.evaluator_arn`."""


evaluation_search_metadata_contact_agent_id = _rt.Lens[
    EvaluationSearchMetadata, str | None
](
    lambda s: s.contact_agent_id,
    lambda s, v: _dc.replace(s, contact_agent_id=v),
    "evaluation_search_metadata_contact_agent_id",
)
"""Lens on :attr:`EvaluationSearchMetadata.contact_agent_id`."""


evaluation_search_metadata_calibration_session_id = _rt.Lens[
    EvaluationSearchMetadata, str | None
](
    lambda s: s.calibration_session_id,
    lambda s, v: _dc.replace(s, calibration_session_id=v),
    "evaluation_search_metadata_calibration_session_id",
)
"""Lens on :attr:`EvaluationSearchMetadata.calibration_session_id`."""


evaluation_search_metadata_score_percentage = _rt.Lens[
    EvaluationSearchMetadata, float | None
](
    lambda s: s.score_percentage,
    lambda s, v: _dc.replace(s, score_percentage=v),
    "evaluation_search_metadata_score_percentage",
)
"""Lens on :attr:`EvaluationSearchMetadata.score_percentage`."""


evaluation_search_metadata_score_automatic_fail = _rt.Lens[
    EvaluationSearchMetadata, bool | None
](
    lambda s: s.score_automatic_fail,
    lambda s, v: _dc.replace(s, score_automatic_fail=v),
    "evaluation_search_metadata_score_automatic_fail",
)
"""Lens on :attr:`EvaluationSearchMetadata.score_automatic_fail`."""


evaluation_search_metadata_score_not_applicable = _rt.Lens[
    EvaluationSearchMetadata, bool | None
](
    lambda s: s.score_not_applicable,
    lambda s, v: _dc.replace(s, score_not_applicable=v),
    "evaluation_search_metadata_score_not_applicable",
)
"""Lens on :attr:`EvaluationSearchMetadata.score_not_applicable`."""


evaluation_search_metadata_auto_evaluation_enabled = _rt.Lens[
    EvaluationSearchMetadata, bool | None
](
    lambda s: s.auto_evaluation_enabled,
    lambda s, v: _dc.replace(s, auto_evaluation_enabled=v),
    "evaluation_search_metadata_auto_evaluation_enabled",
)
"""Lens on :attr:`EvaluationSearchMetadata.auto_evaluation_enabled`."""


evaluation_search_metadata_auto_evaluation_status = _rt.Lens[
    EvaluationSearchMetadata, str | None
](
    lambda s: s.auto_evaluation_status,
    lambda s, v: _dc.replace(s, auto_evaluation_status=v),
    "evaluation_search_metadata_auto_evaluation_status",
)
"""Lens on :attr:`EvaluationSearchMetadata.auto_evaluation_status`."""


evaluation_search_metadata_acknowledged_time = _rt.Lens[
    EvaluationSearchMetadata, _dt.datetime | None
](
    lambda s: s.acknowledged_time,
    lambda s, v: _dc.replace(s, acknowledged_time=v),
    "evaluation_search_metadata_acknowledged_time",
)
"""Lens on :attr:`EvaluationSearchMetadata.acknowledged_time`."""


evaluation_search_metadata_acknowledged_by = _rt.Lens[
    EvaluationSearchMetadata, str | None
](
    lambda s: s.acknowledged_by,
    lambda s, v: _dc.replace(s, acknowledged_by=v),
    "evaluation_search_metadata_acknowledged_by",
)
"""Lens on :attr:`EvaluationSearchMetadata.acknowledged_by`."""


evaluation_search_metadata_acknowledger_comment = _rt.Lens[
    EvaluationSearchMetadata, str | None
](
    lambda s: s.acknowledger_comment,
    lambda s, v: _dc.replace(s, acknowledger_comment=v),
    "evaluation_search_metadata_acknowledger_comment",
)
"""Lens on :attr:`EvaluationSearchMetadata.acknowledger_comment`."""


evaluation_search_metadata_sampling_job_id = _rt.Lens[
    EvaluationSearchMetadata, str | None
](
    lambda s: s.sampling_job_id,
    lambda s, v: _dc.replace(s, sampling_job_id=v),
    "evaluation_search_metadata_sampling_job_id",
)
"""Lens on :attr:`EvaluationSearchMetadata.sampling_job_id`."""


evaluation_search_metadata_review_id = _rt.Lens[EvaluationSearchMetadata, str | None](
    lambda s: s.review_id,
    lambda s, v: _dc.replace(s, review_id=v),
    "evaluation_search_metadata_review_id",
)
"""Lens on :attr:`EvaluationSearchMetadata.review_id`."""


evaluation_search_metadata_contact_participant_role = _rt.Lens[
    EvaluationSearchMetadata, str | None
](
    lambda s: s.contact_participant_role,
    lambda s, v: _dc.replace(s, contact_participant_role=v),
    "evaluation_search_metadata_contact_participant_role",
)
"""Lens on :attr:`EvaluationSearchMetadata.contact_participant_role`."""


evaluation_search_metadata_contact_participant_id = _rt.Lens[
    EvaluationSearchMetadata, str | None
](
    lambda s: s.contact_participant_id,
    lambda s, v: _dc.replace(s, contact_participant_id=v),
    "evaluation_search_metadata_contact_participant_id",
)
"""Lens on :attr:`EvaluationSearchMetadata.contact_participant_id`."""
