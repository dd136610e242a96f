"""Lists the data lake datasets available to associate with for a given Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.analytics_data_sets_result import AnalyticsDataSetsResult


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListAnalyticsDataLakeDataSets:
    """Lists the data lake datasets available to associate with for a given
    Connect Customer instance.

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
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)

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
    ) -> ListAnalyticsDataLakeDataSets:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListAnalyticsDataLakeDataSets")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListAnalyticsDataLakeDataSetsResponse:
    """The response of ListAnalyticsDataLakeDataSets.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``results``: An array of successful results: ``DataSetId``, ``DataSetName``.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    results: list[AnalyticsDataSetsResult] | None = None
    """An array of successful results: ``DataSetId``, ``DataSetName``. This is
    a paginated API, so ``nextToken`` is given if there are more results to
    be returned.
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
        value = self.results
        if value is not None:
            path = prefix + "results"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AnalyticsDataSetsResult):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AnalyticsDataSetsResult, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.results is not None:
            result["Results"] = [v1.to_dict() for v1 in self.results]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListAnalyticsDataLakeDataSetsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListAnalyticsDataLakeDataSetsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            results=(
                None
                if (value := data.get("Results")) is None
                else [
                    AnalyticsDataSetsResult.from_dict(
                        v1, path=path + "Results" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Results")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListAnalyticsDataLakeDataSetsResponseDraft:
    """A :class:`ListAnalyticsDataLakeDataSetsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "results", "next_token")
    http_status: int
    results: list[AnalyticsDataSetsResult] | None
    next_token: str | None


def new_list_analytics_data_lake_data_sets(
    instance_id: str,
) -> ListAnalyticsDataLakeDataSets:
    """Create a :class:`ListAnalyticsDataLakeDataSets` with all optional fields omitted."""
    return ListAnalyticsDataLakeDataSets(
        instance_id=instance_id,
    )


list_analytics_data_lake_data_sets_instance_id = _rt.Lens[
    ListAnalyticsDataLakeDataSets, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_analytics_data_lake_data_sets_instance_id",
)
"""Lens on :attr:`ListAnalyticsDataLakeDataSets.instance_id`."""


list_analytics_data_lake_data_sets_next_token = _rt.Lens[
    ListAnalyticsDataLakeDataSets, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_analytics_data_lake_data_sets_next_token",
)
"""Lens on :attr:`ListAnalyticsDataLakeDataSets.next_token`."""


list_analytics_data_lake_data_sets_max_results = _rt.Lens[
    ListAnalyticsDataLakeDataSets, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_analytics_data_lake_data_sets_max_results",
)
"""Lens on :attr:`ListAnalyticsDataLakeDataSets.max_results`."""


def new_list_analytics_data_lake_data_sets_response(
    http_status: int,
) -> ListAnalyticsDataLakeDataSetsResponse:
    """Create a :class:`ListAnalyticsDataLakeDataSetsResponse` with all optional fields omitted."""
    return ListAnalyticsDataLakeDataSetsResponse(
        http_status=http_status,
    )


list_analytics_data_lake_data_sets_response_http_status = _rt.Lens[
    ListAnalyticsDataLakeDataSetsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_analytics_data_lake_data_sets_response_http_status",
)
"""Lens on :attr:`ListAnalyticsDataLakeDataSetsResponse.http_status`."""


list_analytics_data_lake_data_sets_response_results = _rt.Lens[
    ListAnalyticsDataLakeDataSetsResponse, list[AnalyticsDataSetsResult] | None
](
    lambda s: s.results,
    lambda s, v: _dc.replace(s, results=v),
    "list_analytics_data_lake_data_sets_response_results",
)
"""Lens on :attr:`ListAnalyticsDataLakeDataSetsResponse.results`."""


list_analytics_data_lake_data_sets_response_next_token = _rt.Lens[
    ListAnalyticsDataLakeDataSetsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_analytics_data_lake_data_sets_response_next_token",
)
"""Lens on :attr:`ListAnalyticsDataLakeDataSetsResponse.next_token`."""


def _serialize(
    request: ListAnalyticsDataLakeDataSets, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/analytics-data/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/datasets"
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
) -> ListAnalyticsDataLakeDataSetsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListAnalyticsDataLakeDataSetsResponseDraft()
    draft.http_status = status
    try:
        draft.results = (
            None
            if (value := data.get("Results")) is None
            else [
                AnalyticsDataSetsResult._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Results")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Results")
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
    return _rt.seal(draft, ListAnalyticsDataLakeDataSetsResponse)


OPERATION: _rt.Operation[
    ListAnalyticsDataLakeDataSets, ListAnalyticsDataLakeDataSetsResponse
] = _rt.Operation(
    "ListAnalyticsDataLakeDataSets",
    ListAnalyticsDataLakeDataSets,
    ListAnalyticsDataLakeDataSetsResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The ListAnalyticsDataLakeDataSets operation: its types, errors and wire codec."""
