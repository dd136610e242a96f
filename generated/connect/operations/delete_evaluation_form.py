"""Deletes an evaluation form in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteEvaluationForm:
    """Deletes an evaluation form in the specified Connect Customer instance.

    - If the version property is provided, only the specified version of the
      evaluation form is deleted.
    - If no version is provided, then the full form (all versions) is
      deleted.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``evaluation_form_version``: The unique identifier for the evaluation form.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    evaluation_form_id: str
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int | None = None
    """The unique identifier for the evaluation form."""

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
    ) -> DeleteEvaluationForm:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteEvaluationForm")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            evaluation_form_id=_rt.required(data, "EvaluationFormId", path),
            evaluation_form_version=data.get("EvaluationFormVersion"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteEvaluationFormResponse:
    """The response of DeleteEvaluationForm.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteEvaluationFormResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteEvaluationFormResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteEvaluationFormResponseDraft:
    """A :class:`DeleteEvaluationFormResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_evaluation_form(
    instance_id: str,
    evaluation_form_id: str,
) -> DeleteEvaluationForm:
    """Create a :class:`DeleteEvaluationForm` with all optional fields omitted."""
    return DeleteEvaluationForm(
        instance_id=instance_id,
        evaluation_form_id=evaluation_form_id,
    )


delete_evaluation_form_instance_id = _rt.Lens[DeleteEvaluationForm, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_evaluation_form_instance_id",
)
"""Lens on :attr:`DeleteEvaluationForm.instance_id`."""


delete_evaluation_form_evaluation_form_id = _rt.Lens[DeleteEvaluationForm, str](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "delete_evaluation_form_evaluation_form_id",
)
"""Lens on :attr:`DeleteEvaluationForm.evaluation_form_id`."""


delete_evaluation_form_evaluation_form_version = _rt.Lens[
    DeleteEvaluationForm, int | None
](
    lambda s: s.evaluation_form_version,
    lambda s, v: _dc.replace(s, evaluation_form_version=v),
    "delete_evaluation_form_evaluation_form_version",
)
"""Lens on :attr:`DeleteEvaluationForm.evaluation_form_version`."""


def new_delete_evaluation_form_response(
    http_status: int,
) -> DeleteEvaluationFormResponse:
    """Create a :class:`DeleteEvaluationFormResponse` with all optional fields omitted."""
    return DeleteEvaluationFormResponse(
        http_status=http_status,
    )


delete_evaluation_form_response_http_status = _rt.Lens[
    DeleteEvaluationFormResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_evaluation_form_response_http_status",
)
"""Lens on :attr:`DeleteEvaluationFormResponse.http_status`."""


def _serialize(request: DeleteEvaluationForm, validate: bool = True) -> _rt.HttpRequest:
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
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteEvaluationFormResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteEvaluationFormResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteEvaluationFormResponse)


OPERATION: _rt.Operation[DeleteEvaluationForm, DeleteEvaluationFormResponse] = (
    _rt.Operation(
        "DeleteEvaluationForm",
        DeleteEvaluationForm,
        DeleteEvaluationFormResponse,
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
"""The DeleteEvaluationForm operation: its types, errors and wire codec."""
