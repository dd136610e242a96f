"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListLambdaFunctions:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Returns a paginated list of all Lambda functions that display in the
    dropdown options in the relevant flow blocks.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=25)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListLambdaFunctions:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListLambdaFunctions")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListLambdaFunctionsResponse:
    """The response of ListLambdaFunctions.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``lambda_functions``: The Lambdafunction ARNs associated with the specified instance.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    lambda_functions: list[str] | None = None
    """The Lambdafunction ARNs associated with the specified instance."""

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
        value = self.lambda_functions
        if value is not None:
            path = prefix + "lambda_functions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=140)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.lambda_functions is not None:
            result["LambdaFunctions"] = list(self.lambda_functions)
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListLambdaFunctionsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListLambdaFunctionsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            lambda_functions=(
                None
                if (value := data.get("LambdaFunctions")) is None
                else list(_rt.expect_sequence(value, path + "LambdaFunctions"))
            ),
            next_token=data.get("NextToken"),
        )


class _ListLambdaFunctionsResponseDraft:
    """A :class:`ListLambdaFunctionsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "lambda_functions", "next_token")
    http_status: int
    lambda_functions: list[str] | None
    next_token: str | None


def new_list_lambda_functions(
    instance_id: str,
) -> ListLambdaFunctions:
    """Create a :class:`ListLambdaFunctions` with all optional fields omitted."""
    return ListLambdaFunctions(
        instance_id=instance_id,
    )


list_lambda_functions_instance_id = _rt.Lens[ListLambdaFunctions, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_lambda_functions_instance_id",
)
"""Lens on :attr:`ListLambdaFunctions.instance_id`."""


list_lambda_functions_next_token = _rt.Lens[ListLambdaFunctions, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_lambda_functions_next_token",
)
"""Lens on :attr:`ListLambdaFunctions.next_token`."""


list_lambda_functions_max_results = _rt.Lens[ListLambdaFunctions, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_lambda_functions_max_results",
)
"""Lens on :attr:`ListLambdaFunctions.max_results`."""


def new_list_lambda_functions_response(
    http_status: int,
) -> ListLambdaFunctionsResponse:
    """Create a :class:`ListLambdaFunctionsResponse` with all optional fields omitted."""
    return ListLambdaFunctionsResponse(
        http_status=http_status,
    )


list_lambda_functions_response_http_status = _rt.Lens[ListLambdaFunctionsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_lambda_functions_response_http_status",
)
"""Lens on :attr:`ListLambdaFunctionsResponse.http_status`."""


list_lambda_functions_response_lambda_functions = _rt.Lens[
    ListLambdaFunctionsResponse, list[str] | None
](
    lambda s: s.lambda_functions,
    lambda s, v: _dc.replace(s, lambda_functions=v),
    "list_lambda_functions_response_lambda_functions",
)
"""Lens on :attr:`ListLambdaFunctionsResponse.lambda_functions`."""


list_lambda_functions_response_next_token = _rt.Lens[
    ListLambdaFunctionsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_lambda_functions_response_next_token",
)
"""Lens on :attr:`ListLambdaFunctionsResponse.next_token`."""


def _serialize(request: ListLambdaFunctions, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/lambda-functions"
    )
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
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
) -> ListLambdaFunctionsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListLambdaFunctionsResponseDraft()
    draft.http_status = status
    try:
        draft.lambda_functions = (
            None
            if (value := data.get("LambdaFunctions")) is None
            else [
                (v1 if type(v1) is str else _rt.expect_str(v1, "LambdaFunctions"))
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "LambdaFunctions")
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
    return _rt.seal(draft, ListLambdaFunctionsResponse)


OPERATION: _rt.Operation[ListLambdaFunctions, ListLambdaFunctionsResponse] = (
    _rt.Operation(
        "ListLambdaFunctions",
        ListLambdaFunctions,
        ListLambdaFunctionsResponse,
        (
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ThrottlingException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The ListLambdaFunctions operation: its types, errors and wire codec."""
