"""Submits a contact evaluation in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.evaluation_answer_input import EvaluationAnswerInput
from ..shapes.evaluation_note import EvaluationNote
from ..shapes.evaluator_user_union import EvaluatorUserUnion


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SubmitContactEvaluation:
    """Submits a contact evaluation in the specified Connect Customer instance.
    Answers included in the request are merged with existing answers for the
    given evaluation. If no answers or notes are passed, the evaluation is
    submitted with the existing answers and notes. You can delete an answer
    or note by passing an empty object (``{}``) to the question identifier.

    If a contact evaluation is already in submitted state, this operation
    will trigger a resubmission.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``evaluation_id``: A unique identifier for the contact evaluation.
    - ``answers``: A map of question identifiers to answer value.
    - ``notes``: A map of question identifiers to note value.
    - ``submitted_by``: The ID of the user who submitted the contact evaluation.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    evaluation_id: str
    """A unique identifier for the contact evaluation."""

    answers: dict[str, EvaluationAnswerInput] | None = None
    """A map of question identifiers to answer value."""

    notes: dict[str, EvaluationNote] | None = None
    """A map of question identifiers to note value."""

    submitted_by: EvaluatorUserUnion | None = None
    """The ID of the user who submitted the contact evaluation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.evaluation_id
        if value is None:
            errors.append(prefix + "evaluation_id: required but missing")
        else:
            path = prefix + "evaluation_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.answers
        if value is not None:
            path = prefix + "answers"
            if _rt.check_type(errors, path, value, dict, "dict"):
                _rt.check_length(errors, path, len(value), None, 100)
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=500)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationAnswerInput):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationAnswerInput, got {type(v1).__name__}"
                            )
        value = self.notes
        if value is not None:
            path = prefix + "notes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                _rt.check_length(errors, path, len(value), None, 100)
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=500)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationNote):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationNote, got {type(v1).__name__}"
                            )
        value = self.submitted_by
        if value is not None:
            path = prefix + "submitted_by"
            if isinstance(value, EvaluatorUserUnion):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluatorUserUnion, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["EvaluationId"] = self.evaluation_id
        if self.answers is not None:
            result["Answers"] = {k1: v1.to_dict() for k1, v1 in self.answers.items()}
        if self.notes is not None:
            result["Notes"] = {k1: v1.to_dict() for k1, v1 in self.notes.items()}
        if self.submitted_by is not None:
            result["SubmittedBy"] = self.submitted_by.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SubmitContactEvaluation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SubmitContactEvaluation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            evaluation_id=_rt.required(data, "EvaluationId", path),
            answers=(
                None
                if (value := data.get("Answers")) is None
                else {
                    k1: EvaluationAnswerInput.from_dict(
                        v1, path=path + "Answers" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(value, path + "Answers").items()
                }
            ),
            notes=(
                None
                if (value := data.get("Notes")) is None
                else {
                    k1: EvaluationNote.from_dict(
                        v1, path=path + "Notes" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(value, path + "Notes").items()
                }
            ),
            submitted_by=(
                None
                if (value := data.get("SubmittedBy")) is None
                else EvaluatorUserUnion.from_dict(
                    value, path=path + "SubmittedBy" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SubmitContactEvaluationResponse:
    """The response of SubmitContactEvaluation.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``evaluation_id``: A unique identifier for the contact evaluation.
    - ``evaluation_arn``: The Amazon Resource Name (ARN) for the contact evaluation resource.
    """

    http_status: int
    """The HTTP status code of the response."""

    evaluation_id: str | None
    """A unique identifier for the contact evaluation."""

    evaluation_arn: str | None
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.evaluation_id is not None:
            result["EvaluationId"] = self.evaluation_id
        if self.evaluation_arn is not None:
            result["EvaluationArn"] = self.evaluation_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SubmitContactEvaluationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SubmitContactEvaluationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation_id=data.get("EvaluationId"),
            evaluation_arn=data.get("EvaluationArn"),
        )


class _SubmitContactEvaluationResponseDraft:
    """A :class:`SubmitContactEvaluationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "evaluation_id", "evaluation_arn")
    http_status: int
    evaluation_id: str | None
    evaluation_arn: str | None


def new_submit_contact_evaluation(
    instance_id: str,
    evaluation_id: str,
) -> SubmitContactEvaluation:
    """Create a :class:`SubmitContactEvaluation` with all optional fields omitted."""
    return SubmitContactEvaluation(
        instance_id=instance_id,
        evaluation_id=evaluation_id,
    )


submit_contact_evaluation_instance_id = _rt.Lens[SubmitContactEvaluation, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "submit_contact_evaluation_instance_id",
)
"""Lens on :attr:`SubmitContactEvaluation.instance_id`."""


submit_contact_evaluation_evaluation_id = _rt.Lens[SubmitContactEvaluation, str](
    lambda s: s.evaluation_id,
    lambda s, v: _dc.replace(s, evaluation_id=v),
    "submit_contact_evaluation_evaluation_id",
)
"""Lens on :attr:`SubmitContactEvaluation.evaluation_id`."""


submit_contact_evaluation_answers = _rt.Lens[
    SubmitContactEvaluation, dict[str, EvaluationAnswerInput] | None
](
    lambda s: s.answers,
    lambda s, v: _dc.replace(s, answers=v),
    "submit_contact_evaluation_answers",
)
"""Lens on :attr:`SubmitContactEvaluation.answers`."""


submit_contact_evaluation_notes = _rt.Lens[
    SubmitContactEvaluation, dict[str, EvaluationNote] | None
](
    lambda s: s.notes,
    lambda s, v: _dc.replace(s, notes=v),
    "submit_contact_evaluation_notes",
)
"""Lens on :attr:`SubmitContactEvaluation.notes`."""


submit_contact_evaluation_submitted_by = _rt.Lens[
    SubmitContactEvaluation, EvaluatorUserUnion | None
](
    lambda s: s.submitted_by,
    lambda s, v: _dc.replace(s, submitted_by=v),
    "submit_contact_evaluation_submitted_by",
)
"""Lens on :attr:`SubmitContactEvaluation.submitted_by`."""


def new_submit_contact_evaluation_response(
    http_status: int,
    evaluation_id: str,
    evaluation_arn: str,
) -> SubmitContactEvaluationResponse:
    """Create a :class:`SubmitContactEvaluationResponse` with all optional fields omitted."""
    return SubmitContactEvaluationResponse(
        http_status=http_status,
        evaluation_id=evaluation_id,
        evaluation_arn=evaluation_arn,
    )


submit_contact_evaluation_response_http_status = _rt.Lens[
    SubmitContactEvaluationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "submit_contact_evaluation_response_http_status",
)
"""Lens on :attr:`SubmitContactEvaluationResponse.http_status`."""


submit_contact_evaluation_response_evaluation_id = _rt.Lens[
    SubmitContactEvaluationResponse, str | None
](
    lambda s: s.evaluation_id,
    lambda s, v: _dc.replace(s, evaluation_id=v),
    "submit_contact_evaluation_response_evaluation_id",
)
"""Lens on :attr:`SubmitContactEvaluationResponse.evaluation_id`."""


submit_contact_evaluation_response_evaluation_arn = _rt.Lens[
    SubmitContactEvaluationResponse, str | None
](
    lambda s: s.evaluation_arn,
    lambda s, v: _dc.replace(s, evaluation_arn=v),
    "submit_contact_evaluation_response_evaluation_arn",
)
"""Lens on :attr:`SubmitContactEvaluationResponse.evaluation_arn`."""


def _serialize(
    request: SubmitContactEvaluation, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.evaluation_id == "":
        raise _rt.ValidationError(
            ["evaluation_id: a URI label must be set and not empty"]
        )
    path = (
        "/contact-evaluations/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.evaluation_id, "evaluation_id")
        + "/submit"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.answers is not None:
        data["Answers"] = {k1: v1._to_json() for k1, v1 in request.answers.items()}
    if request.notes is not None:
        data["Notes"] = {k1: v1._to_json() for k1, v1 in request.notes.items()}
    if request.submitted_by is not None:
        data["SubmittedBy"] = request.submitted_by._to_json()
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> SubmitContactEvaluationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SubmitContactEvaluationResponseDraft()
    draft.http_status = status
    try:
        draft.evaluation_id = (
            None
            if (value := data.get("EvaluationId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "EvaluationId")
            )
        )
        draft.evaluation_arn = (
            None
            if (value := data.get("EvaluationArn")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "EvaluationArn")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, SubmitContactEvaluationResponse)


OPERATION: _rt.Operation[SubmitContactEvaluation, SubmitContactEvaluationResponse] = (
    _rt.Operation(
        "SubmitContactEvaluation",
        SubmitContactEvaluation,
        SubmitContactEvaluationResponse,
        (
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
            _errors.ResourceConflictException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The SubmitContactEvaluation operation: its types, errors and wire codec."""
