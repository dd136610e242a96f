"""Deletes a contact evaluation in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactEvaluation:
    """Deletes a contact evaluation in the specified Connect Customer instance.

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
    ) -> DeleteContactEvaluation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteContactEvaluation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            evaluation_id=_rt.required(data, "EvaluationId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactEvaluationResponse:
    """The response of DeleteContactEvaluation.

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
    ) -> DeleteContactEvaluationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteContactEvaluationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteContactEvaluationResponseDraft:
    """A :class:`DeleteContactEvaluationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_contact_evaluation(
    instance_id: str,
    evaluation_id: str,
) -> DeleteContactEvaluation:
    """Create a :class:`DeleteContactEvaluation` with all optional fields omitted."""
    return DeleteContactEvaluation(
        instance_id=instance_id,
        evaluation_id=evaluation_id,
    )


delete_contact_evaluation_instance_id = _rt.Lens[DeleteContactEvaluation, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_contact_evaluation_instance_id",
)
"""Lens on :attr:`DeleteContactEvaluation.instance_id`."""


delete_contact_evaluation_evaluation_id = _rt.Lens[DeleteContactEvaluation, str](
    lambda s: s.evaluation_id,
    lambda s, v: _dc.replace(s, evaluation_id=v),
    "delete_contact_evaluation_evaluation_id",
)
"""Lens on :attr:`DeleteContactEvaluation.evaluation_id`."""


def new_delete_contact_evaluation_response(
    http_status: int,
) -> DeleteContactEvaluationResponse:
    """Create a :class:`DeleteContactEvaluationResponse` with all optional fields omitted."""
    return DeleteContactEvaluationResponse(
        http_status=http_status,
    )


delete_contact_evaluation_response_http_status = _rt.Lens[
    DeleteContactEvaluationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_contact_evaluation_response_http_status",
)
"""Lens on :attr:`DeleteContactEvaluationResponse.http_status`."""


def _serialize(
    request: DeleteContactEvaluation, validate: bool = True
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
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteContactEvaluationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteContactEvaluationResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteContactEvaluationResponse)


OPERATION: _rt.Operation[DeleteContactEvaluation, DeleteContactEvaluationResponse] = (
    _rt.Operation(
        "DeleteContactEvaluation",
        DeleteContactEvaluation,
        DeleteContactEvaluationResponse,
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
"""The DeleteContactEvaluation operation: its types, errors and wire codec."""
