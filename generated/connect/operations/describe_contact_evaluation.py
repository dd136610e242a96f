"""Describes a contact evaluation in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.evaluation import Evaluation
from ..shapes.evaluation_form_content import EvaluationFormContent


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContactEvaluation:
    """Describes a contact evaluation in the specified Connect Customer
    instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``evaluation_id``: A unique identifier for the contact evaluation.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    evaluation_id: str
    """A unique identifier for the contact evaluation."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["EvaluationId"] = self.evaluation_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeContactEvaluation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeContactEvaluation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            evaluation_id=_rt.required(data, "EvaluationId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContactEvaluationResponse:
    """The response of DescribeContactEvaluation.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``evaluation``: Information about the evaluation form completed for a specific contact.
    - ``evaluation_form``: Information about the evaluation form.
    """

    http_status: int
    """The HTTP status code of the response."""

    evaluation: Evaluation | None
    """Information about the evaluation form completed for a specific contact."""

    evaluation_form: EvaluationFormContent | None
    """Information about the evaluation form."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation
        if value is None:
            errors.append(prefix + "evaluation: required but missing")
        else:
            path = prefix + "evaluation"
            if isinstance(value, Evaluation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected Evaluation, got {type(value).__name__}"
                )
        value = self.evaluation_form
        if value is None:
            errors.append(prefix + "evaluation_form: required but missing")
        else:
            path = prefix + "evaluation_form"
            if isinstance(value, EvaluationFormContent):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormContent, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.evaluation is not None:
            result["Evaluation"] = self.evaluation.to_dict()
        if self.evaluation_form is not None:
            result["EvaluationForm"] = self.evaluation_form.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeContactEvaluationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeContactEvaluationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation=(
                None
                if (value := data.get("Evaluation")) is None
                else Evaluation.from_dict(value, path=path + "Evaluation" + ".")
            ),
            evaluation_form=(
                None
                if (value := data.get("EvaluationForm")) is None
                else EvaluationFormContent.from_dict(
                    value, path=path + "EvaluationForm" + "."
                )
            ),
        )


class _DescribeContactEvaluationResponseDraft:
    """A :class:`DescribeContactEvaluationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "evaluation", "evaluation_form")
    http_status: int
    evaluation: Evaluation | None
    evaluation_form: EvaluationFormContent | None


def new_describe_contact_evaluation(
    instance_id: str,
    evaluation_id: str,
) -> DescribeContactEvaluation:
    """Create a :class:`DescribeContactEvaluation` with all optional fields omitted."""
    return DescribeContactEvaluation(
        instance_id=instance_id,
        evaluation_id=evaluation_id,
    )


describe_contact_evaluation_instance_id = _rt.Lens[DescribeContactEvaluation, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_contact_evaluation_instance_id",
)
"""Lens on :attr:`DescribeContactEvaluation.instance_id`."""


describe_contact_evaluation_evaluation_id = _rt.Lens[DescribeContactEvaluation, str](
    lambda s: s.evaluation_id,
    lambda s, v: _dc.replace(s, evaluation_id=v),
    "describe_contact_evaluation_evaluation_id",
)
"""Lens on :attr:`DescribeContactEvaluation.evaluation_id`."""


def new_describe_contact_evaluation_response(
    http_status: int,
    evaluation: Evaluation,
    evaluation_form: EvaluationFormContent,
) -> DescribeContactEvaluationResponse:
    """Create a :class:`DescribeContactEvaluationResponse` with all optional fields omitted."""
    return DescribeContactEvaluationResponse(
        http_status=http_status,
        evaluation=evaluation,
        evaluation_form=evaluation_form,
    )


describe_contact_evaluation_response_http_status = _rt.Lens[
    DescribeContactEvaluationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_contact_evaluation_response_http_status",
)
"""Lens on :attr:`DescribeContactEvaluationResponse.http_status`."""


describe_contact_evaluation_response_evaluation = _rt.Lens[
    DescribeContactEvaluationResponse, Evaluation | None
](
    lambda s: s.evaluation,
    lambda s, v: _dc.replace(s, evaluation=v),
    "describe_contact_evaluation_response_evaluation",
)
"""Lens on :attr:`DescribeContactEvaluationResponse.evaluation`."""


describe_contact_evaluation_response_evaluation_form = _rt.Lens[
    DescribeContactEvaluationResponse, EvaluationFormContent | None
](
    lambda s: s.evaluation_form,
    lambda s, v: _dc.replace(s, evaluation_form=v),
    "describe_contact_evaluation_response_evaluation_form",
)
"""Lens on :attr:`DescribeContactEvaluationResponse.evaluation_form`."""


def _serialize(
    request: DescribeContactEvaluation, validate: bool = True
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
    body = b""
    return _rt.HttpRequest(
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeContactEvaluationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeContactEvaluationResponseDraft()
    draft.http_status = status
    try:
        draft.evaluation = (
            None
            if (value := data.get("Evaluation")) is None
            else Evaluation._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Evaluation")
                )
            )
        )
        draft.evaluation_form = (
            None
            if (value := data.get("EvaluationForm")) is None
            else EvaluationFormContent._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "EvaluationForm")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeContactEvaluationResponse)


OPERATION: _rt.Operation[
    DescribeContactEvaluation, DescribeContactEvaluationResponse
] = _rt.Operation(
    "DescribeContactEvaluation",
    DescribeContactEvaluation,
    DescribeContactEvaluationResponse,
    (
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeContactEvaluation operation: its types, errors and wire codec."""
