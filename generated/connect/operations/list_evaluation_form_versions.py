"""Lists versions of an evaluation form in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_version_summary import EvaluationFormVersionSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListEvaluationFormVersions:
    """Lists versions of an evaluation form in the specified Connect Customer
    instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    evaluation_form_id: str
    """The unique identifier for the evaluation form."""

    max_results: int | None = None
    """The maximum number of results to return per page."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
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
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["EvaluationFormId"] = self.evaluation_form_id
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListEvaluationFormVersions:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListEvaluationFormVersions")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            evaluation_form_id=_rt.required(data, "EvaluationFormId", path),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListEvaluationFormVersionsResponse:
    """The response of ListEvaluationFormVersions.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``evaluation_form_version_summary_list``: Provides details about a list of evaluation forms belonging to an instance.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    evaluation_form_version_summary_list: list[EvaluationFormVersionSummary] | None
    """Provides details about a list of evaluation forms belonging to an
    instance.
    """

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_form_version_summary_list
        if value is None:
            errors.append(
                prefix + "evaluation_form_version_summary_list: required but missing"
            )
        else:
            path = prefix + "evaluation_form_version_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationFormVersionSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormVersionSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.evaluation_form_version_summary_list is not None:
            result["EvaluationFormVersionSummaryList"] = [
                v1.to_dict() for v1 in self.evaluation_form_version_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListEvaluationFormVersionsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListEvaluationFormVersionsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation_form_version_summary_list=(
                None
                if (value := data.get("EvaluationFormVersionSummaryList")) is None
                else [
                    EvaluationFormVersionSummary.from_dict(
                        v1,
                        path=path
                        + "EvaluationFormVersionSummaryList"
                        + f"[{i1}]"
                        + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "EvaluationFormVersionSummaryList"
                        )
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListEvaluationFormVersionsResponseDraft:
    """A :class:`ListEvaluationFormVersionsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "evaluation_form_version_summary_list", "next_token")
    http_status: int
    evaluation_form_version_summary_list: list[EvaluationFormVersionSummary] | None
    next_token: str | None


def new_list_evaluation_form_versions(
    instance_id: str,
    evaluation_form_id: str,
) -> ListEvaluationFormVersions:
    """Create a :class:`ListEvaluationFormVersions` with all optional fields omitted."""
    return ListEvaluationFormVersions(
        instance_id=instance_id,
        evaluation_form_id=evaluation_form_id,
    )


list_evaluation_form_versions_instance_id = _rt.Lens[ListEvaluationFormVersions, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_evaluation_form_versions_instance_id",
)
"""Lens on :attr:`ListEvaluationFormVersions.instance_id`."""


list_evaluation_form_versions_evaluation_form_id = _rt.Lens[
    ListEvaluationFormVersions, str
](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "list_evaluation_form_versions_evaluation_form_id",
)
"""Lens on :attr:`ListEvaluationFormVersions.evaluation_form_id`."""


list_evaluation_form_versions_max_results = _rt.Lens[
    ListEvaluationFormVersions, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_evaluation_form_versions_max_results",
)
"""Lens on :attr:`ListEvaluationFormVersions.max_results`."""


list_evaluation_form_versions_next_token = _rt.Lens[
    ListEvaluationFormVersions, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_evaluation_form_versions_next_token",
)
"""Lens on :attr:`ListEvaluationFormVersions.next_token`."""


def new_list_evaluation_form_versions_response(
    http_status: int,
    evaluation_form_version_summary_list: list[EvaluationFormVersionSummary],
) -> ListEvaluationFormVersionsResponse:
    """Create a :class:`ListEvaluationFormVersionsResponse` with all optional fields omitted."""
    return ListEvaluationFormVersionsResponse(
        http_status=http_status,
        evaluation_form_version_summary_list=evaluation_form_version_summary_list,
    )


list_evaluation_form_versions_response_http_status = _rt.Lens[
    ListEvaluationFormVersionsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_evaluation_form_versions_response_http_status",
)
"""Lens on :attr:`ListEvaluationFormVersionsResponse.http_status`."""


list_evaluation_form_versions_response_evaluation_form_version_summary_list = _rt.Lens[
    ListEvaluationFormVersionsResponse, list[EvaluationFormVersionSummary] | None
](
    lambda s: s.evaluation_form_version_summary_list,
    lambda s, v: _dc.replace(s, evaluation_form_version_summary_list=v),
    "list_evaluation_form_versions_response_evaluation_form_version_summary_list",
)
"""Lens on :attr:`ListEvaluationFormVersionsResponse.evaluation_form_version_summary_list`."""


list_evaluation_form_versions_response_next_token = _rt.Lens[
    ListEvaluationFormVersionsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_evaluation_form_versions_response_next_token",
)
"""Lens on :attr:`ListEvaluationFormVersionsResponse.next_token`."""


def _serialize(
    request: ListEvaluationFormVersions, validate: bool = True
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
        + "/versions"
    )
    query: list[tuple[str, str | None]] = []
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
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
) -> ListEvaluationFormVersionsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListEvaluationFormVersionsResponseDraft()
    draft.http_status = status
    try:
        draft.evaluation_form_version_summary_list = (
            None
            if (value := data.get("EvaluationFormVersionSummaryList")) is None
            else [
                EvaluationFormVersionSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "EvaluationFormVersionSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "EvaluationFormVersionSummaryList")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListEvaluationFormVersionsResponse)


OPERATION: _rt.Operation[
    ListEvaluationFormVersions, ListEvaluationFormVersionsResponse
] = _rt.Operation(
    "ListEvaluationFormVersions",
    ListEvaluationFormVersions,
    ListEvaluationFormVersionsResponse,
    (
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The ListEvaluationFormVersions operation: its types, errors and wire codec."""
