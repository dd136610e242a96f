"""Describes an evaluation form in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.evaluation_form import EvaluationForm


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeEvaluationForm:
    """Describes an evaluation form in the specified Connect Customer instance.
    If the version property is not provided, the latest version of the
    evaluation form is described.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``evaluation_form_id``: A unique identifier for the contact evaluation.
    - ``evaluation_form_version``: A version of the evaluation form.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    evaluation_form_id: str
    """A unique identifier for the contact evaluation."""

    evaluation_form_version: int | None = None
    """A version of the evaluation form."""

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
        value = self.evaluation_form_id
        if value is None:
            errors.append(prefix + "evaluation_form_id: required but missing")
        else:
            path = prefix + "evaluation_form_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.evaluation_form_version
        if value is not None:
            path = prefix + "evaluation_form_version"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["EvaluationFormId"] = self.evaluation_form_id
        if self.evaluation_form_version is not None:
            result["EvaluationFormVersion"] = self.evaluation_form_version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeEvaluationForm:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeEvaluationForm")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            evaluation_form_id=_rt.required(data, "EvaluationFormId", path),
            evaluation_form_version=data.get("EvaluationFormVersion"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeEvaluationFormResponse:
    """The response of DescribeEvaluationForm.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``evaluation_form``: Information about the evaluation form.
    """

    http_status: int
    """The HTTP status code of the response."""

    evaluation_form: EvaluationForm | None
    """Information about the evaluation form."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_form
        if value is None:
            errors.append(prefix + "evaluation_form: required but missing")
        else:
            path = prefix + "evaluation_form"
            if isinstance(value, EvaluationForm):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationForm, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.evaluation_form is not None:
            result["EvaluationForm"] = self.evaluation_form.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeEvaluationFormResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeEvaluationFormResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation_form=(
                None
                if (value := data.get("EvaluationForm")) is None
                else EvaluationForm.from_dict(value, path=path + "EvaluationForm" + ".")
            ),
        )


class _DescribeEvaluationFormResponseDraft:
    """A :class:`DescribeEvaluationFormResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "evaluation_form")
    http_status: int
    evaluation_form: EvaluationForm | None


def new_describe_evaluation_form(
    instance_id: str,
    evaluation_form_id: str,
) -> DescribeEvaluationForm:
    """Create a :class:`DescribeEvaluationForm` with all optional fields omitted."""
    return DescribeEvaluationForm(
        instance_id=instance_id,
        evaluation_form_id=evaluation_form_id,
    )


describe_evaluation_form_instance_id = _rt.Lens[DescribeEvaluationForm, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_evaluation_form_instance_id",
)
"""Lens on :attr:`DescribeEvaluationForm.instance_id`."""


describe_evaluation_form_evaluation_form_id = _rt.Lens[DescribeEvaluationForm, str](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "describe_evaluation_form_evaluation_form_id",
)
"""Lens on :attr:`DescribeEvaluationForm.evaluation_form_id`."""


describe_evaluation_form_evaluation_form_version = _rt.Lens[
    DescribeEvaluationForm, int | None
](
    lambda s: s.evaluation_form_version,
    lambda s, v: _dc.replace(s, evaluation_form_version=v),
    "describe_evaluation_form_evaluation_form_version",
)
"""Lens on :attr:`DescribeEvaluationForm.evaluation_form_version`."""


def new_describe_evaluation_form_response(
    http_status: int,
    evaluation_form: EvaluationForm,
) -> DescribeEvaluationFormResponse:
    """Create a :class:`DescribeEvaluationFormResponse` with all optional fields omitted."""
    return DescribeEvaluationFormResponse(
        http_status=http_status,
        evaluation_form=evaluation_form,
    )


describe_evaluation_form_response_http_status = _rt.Lens[
    DescribeEvaluationFormResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_evaluation_form_response_http_status",
)
"""Lens on :attr:`DescribeEvaluationFormResponse.http_status`."""


describe_evaluation_form_response_evaluation_form = _rt.Lens[
    DescribeEvaluationFormResponse, EvaluationForm | None
](
    lambda s: s.evaluation_form,
    lambda s, v: _dc.replace(s, evaluation_form=v),
    "describe_evaluation_form_response_evaluation_form",
)
"""Lens on :attr:`DescribeEvaluationFormResponse.evaluation_form`."""


def _serialize(
    request: DescribeEvaluationForm, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.evaluation_form_id == "":
        raise _rt.ValidationError(
            ["evaluation_form_id: a URI label must be set and not empty"]
        )
    path = (
        "/evaluation-forms/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.evaluation_form_id, "evaluation_form_id")
    )
    query: list[tuple[str, str | None]] = []
    if request.evaluation_form_version is not None:
        query.append(("version", str(request.evaluation_form_version)))
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
) -> DescribeEvaluationFormResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeEvaluationFormResponseDraft()
    draft.http_status = status
    try:
        draft.evaluation_form = (
            None
            if (value := data.get("EvaluationForm")) is None
            else EvaluationForm._from_json(
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
    return _rt.seal(draft, DescribeEvaluationFormResponse)


OPERATION: _rt.Operation[DescribeEvaluationForm, DescribeEvaluationFormResponse] = (
    _rt.Operation(
        "DescribeEvaluationForm",
        DescribeEvaluationForm,
        DescribeEvaluationFormResponse,
        (
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DescribeEvaluationForm operation: its types, errors and wire codec."""
