"""The EvaluationMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.auto_evaluation_details import AutoEvaluationDetails
from ..shapes.evaluation_acknowledgement import EvaluationAcknowledgement
from ..shapes.evaluation_contact_participant import EvaluationContactParticipant
from ..shapes.evaluation_review_metadata import EvaluationReviewMetadata
from ..shapes.evaluation_score import EvaluationScore


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationMetadata:
    """Metadata information about a contact evaluation.

    Fields:

    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``evaluator_arn``: The Amazon Resource Name (ARN) of the user who last updated the evaluation.
    - ``contact_agent_id``: The identifier of the agent who performed the contact.
    - ``calibration_session_id``: The calibration session ID that this evaluation belongs to.
    - ``score``: The overall score of the contact evaluation.
    - ``auto_evaluation``: Information related to automated evaluation.
    - ``acknowledgement``: Information related to evaluation acknowledgement.
    - ``review``: Information about reviews of this evaluation.
    - ``contact_participant``: Information about a contact participant in this evaluation.
    - ``sampling_job_id``: Identifier of the sampling job.
    """

    contact_id: str | None
    """The identifier of the contact in this instance of Connect Customer."""

    evaluator_arn: str | None
    """The Amazon Resource Name (ARN) of the user who last updated the
    evaluation.
    """

    contact_agent_id: str | None = None
    """The identifier of the agent who performed the contact."""

    calibration_session_id: str | None = None
    """The calibration session ID that this evaluation belongs to."""

    score: EvaluationScore | None = None
    """The overall score of the contact evaluation."""

    auto_evaluation: AutoEvaluationDetails | None = None
    """Information related to automated evaluation."""

    acknowledgement: EvaluationAcknowledgement | None = None
    """Information related to evaluation acknowledgement."""

    review: EvaluationReviewMetadata | None = None
    """Information about reviews of this evaluation."""

    contact_participant: EvaluationContactParticipant | None = None
    """Information about a contact participant in this evaluation."""

    sampling_job_id: str | None = None
    """Identifier of the sampling job."""

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
        value = self.score
        if value is not None:
            path = prefix + "score"
            if isinstance(value, EvaluationScore):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationScore, got {type(value).__name__}"
                )
        value = self.auto_evaluation
        if value is not None:
            path = prefix + "auto_evaluation"
            if isinstance(value, AutoEvaluationDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AutoEvaluationDetails, got {type(value).__name__}"
                )
        value = self.acknowledgement
        if value is not None:
            path = prefix + "acknowledgement"
            if isinstance(value, EvaluationAcknowledgement):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationAcknowledgement, got {type(value).__name__}"
                )
        value = self.review
        if value is not None:
            path = prefix + "review"
            if isinstance(value, EvaluationReviewMetadata):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationReviewMetadata, got {type(value).__name__}"
                )
        value = self.contact_participant
        if value is not None:
            path = prefix + "contact_participant"
            if isinstance(value, EvaluationContactParticipant):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationContactParticipant, got {type(value).__name__}"
                )
        value = self.sampling_job_id
        if value is not None:
            path = prefix + "sampling_job_id"
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
        if self.score is not None:
            result["Score"] = self.score.to_dict()
        if self.auto_evaluation is not None:
            result["AutoEvaluation"] = self.auto_evaluation.to_dict()
        if self.acknowledgement is not None:
            result["Acknowledgement"] = self.acknowledgement.to_dict()
        if self.review is not None:
            result["Review"] = self.review.to_dict()
        if self.contact_participant is not None:
            result["ContactParticipant"] = self.contact_participant.to_dict()
        if self.sampling_job_id is not None:
            result["SamplingJobId"] = self.sampling_job_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationMetadata")
        return cls(
            contact_id=data.get("ContactId"),
            evaluator_arn=data.get("EvaluatorArn"),
            contact_agent_id=data.get("ContactAgentId"),
            calibration_session_id=data.get("CalibrationSessionId"),
            score=(
                None
                if (value := data.get("Score")) is None
                else EvaluationScore.from_dict(value, path=path + "Score" + ".")
            ),
            auto_evaluation=(
                None
                if (value := data.get("AutoEvaluation")) is None
                else AutoEvaluationDetails.from_dict(
                    value, path=path + "AutoEvaluation" + "."
                )
            ),
            acknowledgement=(
                None
                if (value := data.get("Acknowledgement")) is None
                else EvaluationAcknowledgement.from_dict(
                    value, path=path + "Acknowledgement" + "."
                )
            ),
            review=(
                None
                if (value := data.get("Review")) is None
                else EvaluationReviewMetadata.from_dict(
                    value, path=path + "Review" + "."
                )
            ),
            contact_participant=(
                None
                if (value := data.get("ContactParticipant")) is None
                else EvaluationContactParticipant.from_dict(
                    value, path=path + "ContactParticipant" + "."
                )
            ),
            sampling_job_id=data.get("SamplingJobId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationMetadata:
        draft = _EvaluationMetadataDraft()
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
            draft.score = (
                None
                if (value := data.get("Score")) is None
                else EvaluationScore._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Score")
                    )
                )
            )
            draft.auto_evaluation = (
                None
                if (value := data.get("AutoEvaluation")) is None
                else AutoEvaluationDetails._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AutoEvaluation")
                    )
                )
            )
            draft.acknowledgement = (
                None
                if (value := data.get("Acknowledgement")) is None
                else EvaluationAcknowledgement._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Acknowledgement")
                    )
                )
            )
            draft.review = (
                None
                if (value := data.get("Review")) is None
                else EvaluationReviewMetadata._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Review")
                    )
                )
            )
            draft.contact_participant = (
                None
                if (value := data.get("ContactParticipant")) is None
                else EvaluationContactParticipant._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ContactParticipant")
                    )
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationMetadataDraft:
    """A :class:`EvaluationMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "contact_id",
        "evaluator_arn",
        "contact_agent_id",
        "calibration_session_id",
        "score",
        "auto_evaluation",
        "acknowledgement",
        "review",
        "contact_participant",
        "sampling_job_id",
    )
    contact_id: str | None
    evaluator_arn: str | None
    contact_agent_id: str | None
    calibration_session_id: str | None
    score: EvaluationScore | None
    auto_evaluation: AutoEvaluationDetails | None
    acknowledgement: EvaluationAcknowledgement | None
    review: EvaluationReviewMetadata | None
    contact_participant: EvaluationContactParticipant | None
    sampling_job_id: str | None


def new_evaluation_metadata(
    contact_id: str,
    evaluator_arn: str,
) -> EvaluationMetadata:
    """Create a :class:`EvaluationMetadata` with all optional fields omitted."""
    return EvaluationMetadata(
        contact_id=contact_id,
        evaluator_arn=evaluator_arn,
    )


evaluation_metadata_contact_id = _rt.Lens[EvaluationMetadata, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "evaluation_metadata_contact_id",
)
"""Lens on :attr:`EvaluationMetadata.contact_id`."""


evaluation_metadata_evaluator_arn = _rt.Lens[EvaluationMetadata, str | None](
    lambda s: s.evaluator_arn,
    lambda s, v: _dc.replace(s, evaluator_arn=v),
    "evaluation_metadata_evaluator_arn",
)
"""Lens on :attr:`EvaluationMetadata.evaluator_arn`."""


evaluation_metadata_contact_agent_id = _rt.Lens[EvaluationMetadata, str | None](
    lambda s: s.contact_agent_id,
    lambda s, v: _dc.replace(s, contact_agent_id=v),
    "evaluation_metadata_contact_agent_id",
)
"""Lens on :attr:`EvaluationMetadata.contact_agent_id`."""


evaluation_metadata_calibration_session_id = _rt.Lens[EvaluationMetadata, str | None](
    lambda s: s.calibration_session_id,
    lambda s, v: _dc.replace(s, calibration_session_id=v),
    "evaluation_metadata_calibration_session_id",
)
"""Lens on :attr:`EvaluationMetadata.calibration_session_id`."""


evaluation_metadata_score = _rt.Lens[EvaluationMetadata, EvaluationScore | None](
    lambda s: s.score,
    lambda s, v: _dc.replace(s, score=v),
    "evaluation_metadata_score",
)
"""Lens on :attr:`EvaluationMetadata.score`."""


evaluation_metadata_auto_evaluation = _rt.Lens[
    EvaluationMetadata, AutoEvaluationDetails | None
](
    lambda s: s.auto_evaluation,
    lambda s, v: _dc.replace(s, auto_evaluation=v),
    "evaluation_metadata_auto_evaluation",
)
"""Lens on :attr:`EvaluationMetadata.auto_evaluation`."""


evaluation_metadata_acknowledgement = _rt.Lens[
    EvaluationMetadata, EvaluationAcknowledgement | None
](
    lambda s: s.acknowledgement,
    lambda s, v: _dc.replace(s, acknowledgement=v),
    "evaluation_metadata_acknowledgement",
)
"""Lens on :attr:`EvaluationMetadata.acknowledgement`."""


evaluation_metadata_review = _rt.Lens[
    EvaluationMetadata, EvaluationReviewMetadata | None
](
    lambda s: s.review,
    lambda s, v: _dc.replace(s, review=v),
    "evaluation_metadata_review",
)
"""Lens on :attr:`EvaluationMetadata.review`."""


evaluation_metadata_contact_participant = _rt.Lens[
    EvaluationMetadata, EvaluationContactParticipant | None
](
    lambda s: s.contact_participant,
    lambda s, v: _dc.replace(s, contact_participant=v),
    "evaluation_metadata_contact_participant",
)
"""Lens on :attr:`EvaluationMetadata.contact_participant`."""


evaluation_metadata_sampling_job_id = _rt.Lens[EvaluationMetadata, str | None](
    lambda s: s.sampling_job_id,
    lambda s, v: _dc.replace(s, sampling_job_id=v),
    "evaluation_metadata_sampling_job_id",
)
"""Lens on :attr:`EvaluationMetadata.sampling_job_id`."""
