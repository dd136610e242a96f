"""The EvaluationSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_acknowledgement_summary import EvaluationAcknowledgementSummary
from ..shapes.evaluation_contact_participant import EvaluationContactParticipant
from ..shapes.evaluation_score import EvaluationScore

_EVALUATION_STATUS_VALUES = frozenset(
    (
        "DRAFT",
        "SUBMITTED",
        "REVIEW_REQUESTED",
        "UNDER_REVIEW",
    )
)
_AUTO_EVALUATION_STATUS_VALUES = frozenset(
    (
        "IN_PROGRESS",
        "FAILED",
        "SUCCEEDED",
    )
)
_EVALUATION_TYPE_VALUES = frozenset(
    (
        "STANDARD",
        "CALIBRATION",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationSummary:
    """Summary information about a contact evaluation.

    Fields:

    - ``evaluation_id``: A unique identifier for the contact evaluation.
    - ``evaluation_arn``: The Amazon Resource Name (ARN) for the contact evaluation resource.
    - ``evaluation_form_title``: A title of the evaluation form.
    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``status``: The status of the contact evaluation.
    - ``evaluator_arn``: The Amazon Resource Name (ARN) of the user who last updated the evaluation.
    - ``created_time``: The timestamp for when the evaluation was created.
    - ``last_modified_time``: The timestamp for when the evaluation was last updated.
    - ``calibration_session_id``: The calibration session ID that this evaluation belongs to.
    - ``auto_evaluation_enabled``: Whether automated evaluation is enabled.
    - ``auto_evaluation_status``: The status of the contact auto evaluation.
    - ``score``: The overall score of the contact evaluation.
    - ``acknowledgement``: Information related to evaluation acknowledgement.
    - ``evaluation_type``: Type of the evaluation.
    - ``contact_participant``: Information about a contact participant in the evaluation.
    """

    evaluation_id: str | None
    """A unique identifier for the contact evaluation."""

    evaluation_arn: str | None
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

    evaluation_form_title: str | None
    """A title of the evaluation form."""

    evaluation_form_id: str | None
    """The unique identifier for the evaluation form."""

    status: str | None
    """The status of the contact evaluation."""

    evaluator_arn: str | None
    """The Amazon Resource Name (ARN) of the user who last updated the
    evaluation.
    """

    created_time: _dt.datetime | None
    """The timestamp for when the evaluation was created."""

    last_modified_time: _dt.datetime | None
    """The timestamp for when the evaluation was last updated."""

    calibration_session_id: str | None = None
    """The calibration session ID that this evaluation belongs to."""

    auto_evaluation_enabled: bool | None = None
    """Whether automated evaluation is enabled."""

    auto_evaluation_status: str | None = None
    """The status of the contact auto evaluation."""

    score: EvaluationScore | None = None
    """The overall score of the contact evaluation."""

    acknowledgement: EvaluationAcknowledgementSummary | None = None
    """Information related to evaluation acknowledgement."""

    evaluation_type: str | None = None
    """Type of the evaluation."""

    contact_participant: EvaluationContactParticipant | None = None
    """Information about a contact participant in the evaluation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_id
        if value is None:
            errors.append(prefix + "evaluation_id: required but missing")
        else:
            path = prefix + "evaluation_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.evaluation_arn
        if value is None:
            errors.append(prefix + "evaluation_arn: required but missing")
        else:
            path = prefix + "evaluation_arn"
            _rt.check_str(errors, path, value)
        value = self.evaluation_form_title
        if value is None:
            errors.append(prefix + "evaluation_form_title: required but missing")
        else:
            path = prefix + "evaluation_form_title"
            _rt.check_str(errors, path, value)
        value = self.evaluation_form_id
        if value is None:
            errors.append(prefix + "evaluation_form_id: required but missing")
        else:
            path = prefix + "evaluation_form_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.status
        if value is None:
            errors.append(prefix + "status: required but missing")
        else:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_EVALUATION_STATUS_VALUES)
        value = self.evaluator_arn
        if value is None:
            errors.append(prefix + "evaluator_arn: required but missing")
        else:
            path = prefix + "evaluator_arn"
            _rt.check_str(errors, path, value)
        value = self.created_time
        if value is None:
            errors.append(prefix + "created_time: required but missing")
        else:
            path = prefix + "created_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_time
        if value is None:
            errors.append(prefix + "last_modified_time: required but missing")
        else:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.calibration_session_id
        if value is not None:
            path = prefix + "calibration_session_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.auto_evaluation_enabled
        if value is not None:
            path = prefix + "auto_evaluation_enabled"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.auto_evaluation_status
        if value is not None:
            path = prefix + "auto_evaluation_status"
            _rt.check_str(errors, path, value, enum=_AUTO_EVALUATION_STATUS_VALUES)
        value = self.score
        if value is not None:
            path = prefix + "score"
            if isinstance(value, EvaluationScore):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationScore, got {type(value).__name__}"
                )
        value = self.acknowledgement
        if value is not None:
            path = prefix + "acknowledgement"
            if isinstance(value, EvaluationAcknowledgementSummary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationAcknowledgementSummary, got {type(value).__name__}"
                )
        value = self.evaluation_type
        if value is not None:
            path = prefix + "evaluation_type"
            _rt.check_str(errors, path, value, enum=_EVALUATION_TYPE_VALUES)
        value = self.contact_participant
        if value is not None:
            path = prefix + "contact_participant"
            if isinstance(value, EvaluationContactParticipant):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationContactParticipant, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.evaluation_id is not None:
            result["EvaluationId"] = self.evaluation_id
        if self.evaluation_arn is not None:
            result["EvaluationArn"] = self.evaluation_arn
        if self.evaluation_form_title is not None:
            result["EvaluationFormTitle"] = self.evaluation_form_title
        if self.evaluation_form_id is not None:
            result["EvaluationFormId"] = self.evaluation_form_id
        if self.status is not None:
            result["Status"] = self.status
        if self.evaluator_arn is not None:
            result["EvaluatorArn"] = self.evaluator_arn
        if self.created_time is not None:
            result["CreatedTime"] = self.created_time
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.calibration_session_id is not None:
            result["CalibrationSessionId"] = self.calibration_session_id
        if self.auto_evaluation_enabled is not None:
            result["AutoEvaluationEnabled"] = self.auto_evaluation_enabled
        if self.auto_evaluation_status is not None:
            result["AutoEvaluationStatus"] = self.auto_evaluation_status
        if self.score is not None:
            result["Score"] = self.score.to_dict()
        if self.acknowledgement is not None:
            result["Acknowledgement"] = self.acknowledgement.to_dict()
        if self.evaluation_type is not None:
            result["EvaluationType"] = self.evaluation_type
        if self.contact_participant is not None:
            result["ContactParticipant"] = self.contact_participant.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationSummary")
        return cls(
            evaluation_id=data.get("EvaluationId"),
            evaluation_arn=data.get("EvaluationArn"),
            evaluation_form_title=data.get("EvaluationFormTitle"),
            evaluation_form_id=data.get("EvaluationFormId"),
            status=data.get("Status"),
            evaluator_arn=data.get("EvaluatorArn"),
            created_time=data.get("CreatedTime"),
            last_modified_time=data.get("LastModifiedTime"),
            calibration_session_id=data.get("CalibrationSessionId"),
            auto_evaluation_enabled=data.get("AutoEvaluationEnabled"),
            auto_evaluation_status=data.get("AutoEvaluationStatus"),
            score=(
                None
                if (value := data.get("Score")) is None
                else EvaluationScore.from_dict(value, path=path + "Score" + ".")
            ),
            acknowledgement=(
                None
                if (value := data.get("Acknowledgement")) is None
                else EvaluationAcknowledgementSummary.from_dict(
                    value, path=path + "Acknowledgement" + "."
                )
            ),
            evaluation_type=data.get("EvaluationType"),
            contact_participant=(
                None
                if (value := data.get("ContactParticipant")) is None
                else EvaluationContactParticipant.from_dict(
                    value, path=path + "ContactParticipant" + "."
                )
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationSummary:
        draft = _EvaluationSummaryDraft()
        try:
            draft.evaluation_id = (
                None
                if (value := data.get("EvaluationId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationId")
                )
            )
            draft.evaluation_arn = (
                None
                if (value := data.get("EvaluationArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationArn")
                )
            )
            draft.evaluation_form_title = (
                None
                if (value := data.get("EvaluationFormTitle")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationFormTitle")
                )
            )
            draft.evaluation_form_id = (
                None
                if (value := data.get("EvaluationFormId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationFormId")
                )
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
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
            draft.created_time = (
                None
                if (value := data.get("CreatedTime")) is None
                else _rt.parse_timestamp(value, "CreatedTime")
            )
            draft.last_modified_time = (
                None
                if (value := data.get("LastModifiedTime")) is None
                else _rt.parse_timestamp(value, "LastModifiedTime")
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
            draft.acknowledgement = (
                None
                if (value := data.get("Acknowledgement")) is None
                else EvaluationAcknowledgementSummary._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Acknowledgement")
                    )
                )
            )
            draft.evaluation_type = (
                None
                if (value := data.get("EvaluationType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationType")
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationSummaryDraft:
    """A :class:`EvaluationSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "evaluation_id",
        "evaluation_arn",
        "evaluation_form_title",
        "evaluation_form_id",
        "status",
        "evaluator_arn",
        "created_time",
        "last_modified_time",
        "calibration_session_id",
        "auto_evaluation_enabled",
        "auto_evaluation_status",
        "score",
        "acknowledgement",
        "evaluation_type",
        "contact_participant",
    )
    evaluation_id: str | None
    evaluation_arn: str | None
    evaluation_form_title: str | None
    evaluation_form_id: str | None
    status: str | None
    evaluator_arn: str | None
    created_time: _dt.datetime | None
    last_modified_time: _dt.datetime | None
    calibration_session_id: str | None
    auto_evaluation_enabled: bool | None
    auto_evaluation_status: str | None
    score: EvaluationScore | None
    acknowledgement: EvaluationAcknowledgementSummary | None
    evaluation_type: str | None
    contact_participant: EvaluationContactParticipant | None


def new_evaluation_summary(
    evaluation_id: str,
    evaluation_arn: str,
    evaluation_form_title: str,
    evaluation_form_id: str,
    status: str,
    evaluator_arn: str,
    created_time: _dt.datetime,
    last_modified_time: _dt.datetime,
) -> EvaluationSummary:
    """Create a :class:`EvaluationSummary` with all optional fields omitted."""
    return EvaluationSummary(
        evaluation_id=evaluation_id,
        evaluation_arn=evaluation_arn,
        evaluation_form_title=evaluation_form_title,
        evaluation_form_id=evaluation_form_id,
        status=status,
        evaluator_arn=evaluator_arn,
        created_time=created_time,
        last_modified_time=last_modified_time,
    )


evaluation_summary_evaluation_id = _rt.Lens[EvaluationSummary, str | None](
    lambda s: s.evaluation_id,
    lambda s, v: _dc.replace(s, evaluation_id=v),
    "evaluation_summary_evaluation_id",
)
"""Lens on :attr:`EvaluationSummary.evaluation_id`."""


evaluation_summary_evaluation_arn = _rt.Lens[EvaluationSummary, str | None](
    lambda s: s.evaluation_arn,
    lambda s, v: _dc.replace(s, evaluation_arn=v),
    "evaluation_summary_evaluation_arn",
)
"""Lens on :attr:`EvaluationSummary.evaluation_arn`."""


evaluation_summary_evaluation_form_title = _rt.Lens[EvaluationSummary, str | None](
    lambda s: s.evaluation_form_title,
    lambda s, v: _dc.replace(s, evaluation_form_title=v),
    "evaluation_summary_evaluation_form_title",
)
"""Lens on :attr:`EvaluationSummary.evaluation_form_title`."""


evaluation_summary_evaluation_form_id = _rt.Lens[EvaluationSummary, str | None](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "evaluation_summary_evaluation_form_id",
)
"""Lens on :attr:`EvaluationSummary.evaluation_form_id`."""


evaluation_summary_status = _rt.Lens[EvaluationSummary, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "evaluation_summary_status",
)
"""Lens on :attr:`EvaluationSummary.status`."""


evaluation_summary_evaluator_arn = _rt.Lens[EvaluationSummary, str | None](
    lambda s: s.evaluator_arn,
    lambda s, v: _dc.replace(s, evaluator_arn=v),
    "evaluation_summary_evaluator_arn",
)
"""Lens on :attr:`EvaluationSummary.evaluator_arn`."""


evaluation_summary_created_time = _rt.Lens[EvaluationSummary, _dt.datetime | None](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "evaluation_summary_created_time",
)
"""Lens on :attr:`EvaluationSummary.created_time`."""


evaluation_summary_last_modified_time = _rt.Lens[
    EvaluationSummary, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "evaluation_summary_last_modified_time",
)
"""Lens on :attr:`EvaluationSummary.last_modified_time`."""


evaluation_summary_calibration_session_id = _rt.Lens[EvaluationSummary, str | None](
    lambda s: s.calibration_session_id,
    lambda s, v: _dc.replace(s, calibration_session_id=v),
    "evaluation_summary_calibration_session_id",
)
"""Lens on :attr:`EvaluationSummary.calibration_session_id`."""


evaluation_summary_auto_evaluation_enabled = _rt.Lens[EvaluationSummary, bool | None](
    lambda s: s.auto_evaluation_enabled,
    lambda s, v: _dc.replace(s, auto_evaluation_enabled=v),
    "evaluation_summary_auto_evaluation_enabled",
)
"""Lens on :attr:`EvaluationSummary.auto_evaluation_enabled`."""


evaluation_summary_auto_evaluation_status = _rt.Lens[EvaluationSummary, str | None](
    lambda s: s.auto_evaluation_status,
    lambda s, v: _dc.replace(s, auto_evaluation_status=v),
    "evaluation_summary_auto_evaluation_status",
)
"""Lens on :attr:`EvaluationSummary.auto_evaluation_status`."""


evaluation_summary_score = _rt.Lens[EvaluationSummary, EvaluationScore | None](
    lambda s: s.score,
    lambda s, v: _dc.replace(s, score=v),
    "evaluation_summary_score",
)
"""Lens on :attr:`EvaluationSummary.score`."""


evaluation_summary_acknowledgement = _rt.Lens[
    EvaluationSummary, EvaluationAcknowledgementSummary | None
](
    lambda s: s.acknowledgement,
    lambda s, v: _dc.replace(s, acknowledgement=v),
    "evaluation_summary_acknowledgement",
)
"""Lens on :attr:`EvaluationSummary.acknowledgement`."""


evaluation_summary_evaluation_type = _rt.Lens[EvaluationSummary, str | None](
    lambda s: s.evaluation_type,
    lambda s, v: _dc.replace(s, evaluation_type=v),
    "evaluation_summary_evaluation_type",
)
"""Lens on :attr:`EvaluationSummary.evaluation_type`."""


evaluation_summary_contact_participant = _rt.Lens[
    EvaluationSummary, EvaluationContactParticipant | None
](
    lambda s: s.contact_participant,
    lambda s, v: _dc.replace(s, contact_participant=v),
    "evaluation_summary_contact_participant",
)
"""Lens on :attr:`EvaluationSummary.contact_participant`."""
