"""Activates an evaluation form in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ActivateEvaluationForm:
    """Activates an evaluation form in the specified Connect Customer instance.
    After the evaluation form is activated, it is available to start new
    evaluations based on the form.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``evaluation_form_version``: The version of the evaluation form to activate.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    evaluation_form_id: str
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int
    """The version of the evaluation form to activate. If the version property
    is not provided, the latest version of the evaluation form is activated.
    """

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
        if value is None:
            errors.append(prefix + "evaluation_form_version: required but missing")
        else:
            path = prefix + "evaluation_form_version"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["EvaluationFormId"] = self.evaluation_form_id
        result["EvaluationFormVersion"] = self.evaluation_form_version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ActivateEvaluationForm:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ActivateEvaluationForm")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            evaluation_form_id=_rt.required(data, "EvaluationFormId", path),
            evaluation_form_version=_rt.required(data, "EvaluationFormVersion", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ActivateEvaluationFormResponse:
    """The response of ActivateEvaluationForm.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``evaluation_form_arn``: The Amazon Resource Name (ARN) for the evaluation form resource.
    - ``evaluation_form_version``: A version of the evaluation form.
    """

    http_status: int
    """The HTTP status code of the response."""

    evaluation_form_id: str | None
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str | None
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    evaluation_form_version: int | None
    """A version of the evaluation form."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_form_id
        if value is None:
            errors.append(prefix + "evaluation_form_id: required but missing")
        else:
            path = prefix + "evaluation_form_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.evaluation_form_arn
        if value is None:
            errors.append(prefix + "evaluation_form_arn: required but missing")
        else:
            path = prefix + "evaluation_form_arn"
            _rt.check_str(errors, path, value)
        value = self.evaluation_form_version
        if value is None:
            errors.append(prefix + "evaluation_form_version: required but missing")
        else:
            path = prefix + "evaluation_form_version"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.evaluation_form_id is not None:
            result["EvaluationFormId"] = self.evaluation_form_id
        if self.evaluation_form_arn is not None:
            result["EvaluationFormArn"] = self.evaluation_form_arn
        if self.evaluation_form_version is not None:
            result["EvaluationFormVersion"] = self.evaluation_form_version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ActivateEvaluationFormResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ActivateEvaluationFormResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation_form_id=data.get("EvaluationFormId"),
            evaluation_form_arn=data.get("EvaluationFormArn"),
            evaluation_form_version=data.get("EvaluationFormVersion"),
        )


class _ActivateEvaluationFormResponseDraft:
    """A :class:`ActivateEvaluationFormResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "evaluation_form_id",
        "evaluation_form_arn",
        "evaluation_form_version",
    )
    http_status: int
    evaluation_form_id: str | None
    evaluation_form_arn: str | None
    evaluation_form_version: int | None


def new_activate_evaluation_form(
    instance_id: str,
    evaluation_form_id: str,
    evaluation_form_version: int,
) -> ActivateEvaluationForm:
    """Create a :class:`ActivateEvaluationForm` with all optional fields omitted."""
    return ActivateEvaluationForm(
        instance_id=instance_id,
        evaluation_form_id=evaluation_form_id,
        evaluation_form_version=evaluation_form_version,
    )


activate_evaluation_form_instance_id = _rt.Lens[ActivateEvaluationForm, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "activate_evaluation_form_instance_id",
)
"""Lens on :attr:`ActivateEvaluationForm.instance_id`."""


activate_evaluation_form_evaluation_form_id = _rt.Lens[ActivateEvaluationForm, str](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "activate_evaluation_form_evaluation_form_id",
)
"""Lens on :attr:`ActivateEvaluationForm.evaluation_form_id`."""


activate_evaluation_form_evaluation_form_version = _rt.Lens[
    ActivateEvaluationForm, int
](
    lambda s: s.evaluation_form_version,
    lambda s, v: _dc.replace(s, evaluation_form_version=v),
    "activate_evaluation_form_evaluation_form_version",
)
"""Lens on :attr:`ActivateEvaluationForm.evaluation_form_version`."""


def new_activate_evaluation_form_response(
    http_status: int,
    evaluation_form_id: str,
    evaluation_form_arn: str,
    evaluation_form_version: int,
) -> ActivateEvaluationFormResponse:
    """Create a :class:`ActivateEvaluationFormResponse` with all optional fields omitted."""
    return ActivateEvaluationFormResponse(
        http_status=http_status,
        evaluation_form_id=evaluation_form_id,
        evaluation_form_arn=evaluation_form_arn,
        evaluation_form_version=evaluation_form_version,
    )


activate_evaluation_form_response_http_status = _rt.Lens[
    ActivateEvaluationFormResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "activate_evaluation_form_response_http_status",
)
"""Lens on :attr:`ActivateEvaluationFormResponse.http_status`."""


activate_evaluation_form_response_evaluation_form_id = _rt.Lens[
    ActivateEvaluationFormResponse, str | None
](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "activate_evaluation_form_response_evaluation_form_id",
)
"""Lens on :attr:`ActivateEvaluationFormResponse.evaluation_form_id`."""


activate_evaluation_form_response_evaluation_form_arn = _rt.Lens[
    ActivateEvaluationFormResponse, str | None
](
    lambda s: s.evaluation_form_arn,
    lambda s, v: _dc.replace(s, evaluation_form_arn=v),
    "activate_evaluation_form_response_evaluation_form_arn",
)
"""Lens on :attr:`ActivateEvaluationFormResponse.evaluation_form_arn`."""


activate_evaluation_form_response_evaluation_form_version = _rt.Lens[
    ActivateEvaluationFormResponse, int | None
](
    lambda s: s.evaluation_form_version,
    lambda s, v: _dc.replace(s, evaluation_form_version=v),
    "activate_evaluation_form_response_evaluation_form_version",
)
"""Lens on :attr:`ActivateEvaluationFormResponse.evaluation_form_version`."""


def _serialize(
    request: ActivateEvaluationForm, validate: bool = True
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
        + "/activate"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["EvaluationFormVersion"] = request.evaluation_form_version
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
) -> ActivateEvaluationFormResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ActivateEvaluationFormResponseDraft()
    draft.http_status = status
    try:
        draft.evaluation_form_id = (
            None
            if (value := data.get("EvaluationFormId")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "EvaluationFormId")
            )
        )
        draft.evaluation_form_arn = (
            None
            if (value := data.get("EvaluationFormArn")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "EvaluationFormArn")
            )
        )
        draft.evaluation_form_version = (
            None
            if (value := data.get("EvaluationFormVersion")) is None
            else (
                value
                if type(value) is int
                else _rt.expect_int(value, "EvaluationFormVersion")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ActivateEvaluationFormResponse)


OPERATION: _rt.Operation[ActivateEvaluationForm, ActivateEvaluationFormResponse] = (
    _rt.Operation(
        "ActivateEvaluationForm",
        ActivateEvaluationForm,
        ActivateEvaluationFormResponse,
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
"""The ActivateEvaluationForm operation: its types, errors and wire codec."""
