"""Updates details about a contact evaluation in the specified Connect Customer instance."""

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
class UpdateContactEvaluation:
    """Updates details about a contact evaluation in the specified Connect
    Customer instance. A contact evaluation must be in draft state. Answers
    included in the request are merged with existing answers for the given
    evaluation. An answer or note can be deleted by passing an empty object
    (``{}``) to the question identifier.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``evaluation_id``: A unique identifier for the contact evaluation.
    - ``answers``: A map of question identifiers to answer value.
    - ``notes``: A map of question identifiers to note value.
    - ``updated_by``: The ID of the user who updated the contact evaluation.
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

    updated_by: EvaluatorUserUnion | None = None
    """The ID of the user who updated the contact evaluation."""

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
        value = self.updated_by
        if value is not None:
            path = prefix + "updated_by"
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
        if self.updated_by is not None:
            result["UpdatedBy"] = self.updated_by.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContactEvaluation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactEvaluation")
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
            updated_by=(
                None
                if (value := data.get("UpdatedBy")) is None
                else EvaluatorUserUnion.from_dict(value, path=path + "UpdatedBy" + ".")
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactEvaluationResponse:
    """The response of UpdateContactEvaluation.

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
    ) -> UpdateContactEvaluationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactEvaluationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation_id=data.get("EvaluationId"),
            evaluation_arn=data.get("EvaluationArn"),
        )


class _UpdateContactEvaluationResponseDraft:
    """A :class:`UpdateContactEvaluationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "evaluation_id", "evaluation_arn")
    http_status: int
    evaluation_id: str | None
    evaluation_arn: str | None


def new_update_contact_evaluation(
    instance_id: str,
    evaluation_id: str,
) -> UpdateContactEvaluation:
    """Create a :class:`UpdateContactEvaluation` with all optional fields omitted."""
    return UpdateContactEvaluation(
        instance_id=instance_id,
        evaluation_id=evaluation_id,
    )


update_contact_evaluation_instance_id = _rt.Lens[UpdateContactEvaluation, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_evaluation_instance_id",
)
"""Lens on :attr:`UpdateContactEvaluation.instance_id`."""


update_contact_evaluation_evaluation_id = _rt.Lens[UpdateContactEvaluation, str](
    lambda s: s.evaluation_id,
    lambda s, v: _dc.replace(s, evaluation_id=v),
    "update_contact_evaluation_evaluation_id",
)
"""Lens on :attr:`UpdateContactEvaluation.evaluation_id`."""


update_contact_evaluation_answers = _rt.Lens[
    UpdateContactEvaluation, dict[str, EvaluationAnswerInput] | None
](
    lambda s: s.answers,
    lambda s, v: _dc.replace(s, answers=v),
    "update_contact_evaluation_answers",
)
"""Lens on :attr:`UpdateContactEvaluation.answers`."""


update_contact_evaluation_notes = _rt.Lens[
    UpdateContactEvaluation, dict[str, EvaluationNote] | None
](
    lambda s: s.notes,
    lambda s, v: _dc.replace(s, notes=v),
    "update_contact_evaluation_notes",
)
"""Lens on :attr:`UpdateContactEvaluation.notes`."""


update_contact_evaluation_updated_by = _rt.Lens[
    UpdateContactEvaluation, EvaluatorUserUnion | None
](
    lambda s: s.updated_by,
    lambda s, v: _dc.replace(s, updated_by=v),
    "update_contact_evaluation_updated_by",
)
"""Lens on :attr:`UpdateContactEvaluation.updated_by`."""


def new_update_contact_evaluation_response(
    http_status: int,
    evaluation_id: str,
    evaluation_arn: str,
) -> UpdateContactEvaluationResponse:
    """Create a :class:`UpdateContactEvaluationResponse` with all optional fields omitted."""
    return UpdateContactEvaluationResponse(
        http_status=http_status,
        evaluation_id=evaluation_id,
        evaluation_arn=evaluation_arn,
    )


update_contact_evaluation_response_http_status = _rt.Lens[
    UpdateContactEvaluationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_evaluation_response_http_status",
)
"""Lens on :attr:`UpdateContactEvaluationResponse.http_status`."""


update_contact_evaluation_response_evaluation_id = _rt.Lens[
    UpdateContactEvaluationResponse, str | None
](
    lambda s: s.evaluation_id,
    lambda s, v: _dc.replace(s, evaluation_id=v),
    "update_contact_evaluation_response_evaluation_id",
)
"""Lens on :attr:`UpdateContactEvaluationResponse.evaluation_id`."""


update_contact_evaluation_response_evaluation_arn = _rt.Lens[
    UpdateContactEvaluationResponse, str | None
](
    lambda s: s.evaluation_arn,
    lambda s, v: _dc.replace(s, evaluation_arn=v),
    "update_contact_evaluation_response_evaluation_arn",
)
"""Lens on :attr:`UpdateContactEvaluationResponse.evaluation_arn`."""


def _serialize(
    request: UpdateContactEvaluation, validate: bool = True
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
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.answers is not None:
        data["Answers"] = {k1: v1._to_json() for k1, v1 in request.answers.items()}
    if request.notes is not None:
        data["Notes"] = {k1: v1._to_json() for k1, v1 in request.notes.items()}
    if request.updated_by is not None:
        data["UpdatedBy"] = request.updated_by._to_json()
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
) -> UpdateContactEvaluationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _UpdateContactEvaluationResponseDraft()
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
    return _rt.seal(draft, UpdateContactEvaluationResponse)


OPERATION: _rt.Operation[UpdateContactEvaluation, UpdateContactEvaluationResponse] = (
    _rt.Operation(
        "UpdateContactEvaluation",
        UpdateContactEvaluation,
        UpdateContactEvaluationResponse,
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
"""The UpdateContactEvaluation operation: its types, errors and wire codec."""
