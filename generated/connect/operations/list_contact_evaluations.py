"""Lists contact evaluations in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.evaluation_summary import EvaluationSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListContactEvaluations:
    """Lists contact evaluations in the specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``next_token``: The token for the next set of results.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.

    .. important::

       This is not expected to be set because the value returned in the
       previous response is always null.
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
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListContactEvaluations:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListContactEvaluations")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListContactEvaluationsResponse:
    """The response of ListContactEvaluations.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``evaluation_summary_list``: Provides details about a list of contact evaluations belonging to an instance.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    evaluation_summary_list: list[EvaluationSummary] | None
    """Provides details about a list of contact evaluations belonging to an
    instance.
    """

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.

    .. important::

       This is always returned as null in the response.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_summary_list
        if value is None:
            errors.append(prefix + "evaluation_summary_list: required but missing")
        else:
            path = prefix + "evaluation_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.evaluation_summary_list is not None:
            result["EvaluationSummaryList"] = [
                v1.to_dict() for v1 in self.evaluation_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListContactEvaluationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListContactEvaluationsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation_summary_list=(
                None
                if (value := data.get("EvaluationSummaryList")) is None
                else [
                    EvaluationSummary.from_dict(
                        v1, path=path + "EvaluationSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "EvaluationSummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListContactEvaluationsResponseDraft:
    """A :class:`ListContactEvaluationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "evaluation_summary_list", "next_token")
    http_status: int
    evaluation_summary_list: list[EvaluationSummary] | None
    next_token: str | None


def new_list_contact_evaluations(
    instance_id: str,
    contact_id: str,
) -> ListContactEvaluations:
    """Create a :class:`ListContactEvaluations` with all optional fields omitted."""
    return ListContactEvaluations(
        instance_id=instance_id,
        contact_id=contact_id,
    )


list_contact_evaluations_instance_id = _rt.Lens[ListContactEvaluations, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_contact_evaluations_instance_id",
)
"""Lens on :attr:`ListContactEvaluations.instance_id`."""


list_contact_evaluations_contact_id = _rt.Lens[ListContactEvaluations, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "list_contact_evaluations_contact_id",
)
"""Lens on :attr:`ListContactEvaluations.contact_id`."""


list_contact_evaluations_next_token = _rt.Lens[ListContactEvaluations, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_contact_evaluations_next_token",
)
"""Lens on :attr:`ListContactEvaluations.next_token`."""


def new_list_contact_evaluations_response(
    http_status: int,
    evaluation_summary_list: list[EvaluationSummary],
) -> ListContactEvaluationsResponse:
    """Create a :class:`ListContactEvaluationsResponse` with all optional fields omitted."""
    return ListContactEvaluationsResponse(
        http_status=http_status,
        evaluation_summary_list=evaluation_summary_list,
    )


list_contact_evaluations_response_http_status = _rt.Lens[
    ListContactEvaluationsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_contact_evaluations_response_http_status",
)
"""Lens on :attr:`ListContactEvaluationsResponse.http_status`."""


list_contact_evaluations_response_evaluation_summary_list = _rt.Lens[
    ListContactEvaluationsResponse, list[EvaluationSummary] | None
](
    lambda s: s.evaluation_summary_list,
    lambda s, v: _dc.replace(s, evaluation_summary_list=v),
    "list_contact_evaluations_response_evaluation_summary_list",
)
"""Lens on :attr:`ListContactEvaluationsResponse.evaluation_summary_list`."""


list_contact_evaluations_response_next_token = _rt.Lens[
    ListContactEvaluationsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_contact_evaluations_response_next_token",
)
"""Lens on :attr:`ListContactEvaluationsResponse.next_token`."""


def _serialize(
    request: ListContactEvaluations, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/contact-evaluations/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    query.append(("contactId", request.contact_id))
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
) -> ListContactEvaluationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListContactEvaluationsResponseDraft()
    draft.http_status = status
    try:
        draft.evaluation_summary_list = (
            None
            if (value := data.get("EvaluationSummaryList")) is None
            else [
                EvaluationSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "EvaluationSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "EvaluationSummaryList")
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
    return _rt.seal(draft, ListContactEvaluationsResponse)


OPERATION: _rt.Operation[ListContactEvaluations, ListContactEvaluationsResponse] = (
    _rt.Operation(
        "ListContactEvaluations",
        ListContactEvaluations,
        ListContactEvaluationsResponse,
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
"""The ListContactEvaluations operation: its types, errors and wire codec."""
