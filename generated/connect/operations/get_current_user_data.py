"""Gets the real-time active user data from the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.user_data import UserData
from ..shapes.user_data_filters import UserDataFilters


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetCurrentUserData:
    """Gets the real-time active user data from the specified Connect Customer
    instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``filters``: The filters to apply to returned user data.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    filters: UserDataFilters
    """The filters to apply to returned user data. You can filter up to the
    following limits:

    - Queues: 100
    - Routing profiles: 100
    - Agents: 100
    - Contact states: 9
    - User hierarchy groups: 1

    The user data is retrieved for only the specified values/resources in
    the filter. A maximum of one filter can be passed from queues, routing
    profiles, agents, and user hierarchy groups.

    Currently tagging is only supported on the resources that are passed in
    the filter.
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
        value = self.filters
        if value is None:
            errors.append(prefix + "filters: required but missing")
        else:
            path = prefix + "filters"
            if isinstance(value, UserDataFilters):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected UserDataFilters, got {type(value).__name__}"
                )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Filters"] = self.filters.to_dict()
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetCurrentUserData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetCurrentUserData")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            filters=UserDataFilters.from_dict(
                _rt.required(data, "Filters", path), path=path + "Filters" + "."
            ),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetCurrentUserDataResponse:
    """The response of GetCurrentUserData.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``user_data_list``: A list of the user data that is returned.
    - ``approximate_total_count``: The total count of the result, regardless of the current page size.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    user_data_list: list[UserData] | None = None
    """A list of the user data that is returned."""

    approximate_total_count: int | None = None
    """The total count of the result, regardless of the current page size."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.user_data_list
        if value is not None:
            path = prefix + "user_data_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, UserData):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected UserData, got {type(v1).__name__}"
                            )
        value = self.approximate_total_count
        if value is not None:
            path = prefix + "approximate_total_count"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.user_data_list is not None:
            result["UserDataList"] = [v1.to_dict() for v1 in self.user_data_list]
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetCurrentUserDataResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetCurrentUserDataResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            user_data_list=(
                None
                if (value := data.get("UserDataList")) is None
                else [
                    UserData.from_dict(v1, path=path + "UserDataList" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "UserDataList")
                    )
                ]
            ),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _GetCurrentUserDataResponseDraft:
    """A :class:`GetCurrentUserDataResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "next_token",
        "user_data_list",
        "approximate_total_count",
    )
    http_status: int
    next_token: str | None
    user_data_list: list[UserData] | None
    approximate_total_count: int | None


def new_get_current_user_data(
    instance_id: str,
    filters: UserDataFilters,
) -> GetCurrentUserData:
    """Create a :class:`GetCurrentUserData` with all optional fields omitted."""
    return GetCurrentUserData(
        instance_id=instance_id,
        filters=filters,
    )


get_current_user_data_instance_id = _rt.Lens[GetCurrentUserData, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_current_user_data_instance_id",
)
"""Lens on :attr:`GetCurrentUserData.instance_id`."""


get_current_user_data_filters = _rt.Lens[GetCurrentUserData, UserDataFilters](
    lambda s: s.filters,
    lambda s, v: _dc.replace(s, filters=v),
    "get_current_user_data_filters",
)
"""Lens on :attr:`GetCurrentUserData.filters`."""


get_current_user_data_next_token = _rt.Lens[GetCurrentUserData, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_current_user_data_next_token",
)
"""Lens on :attr:`GetCurrentUserData.next_token`."""


get_current_user_data_max_results = _rt.Lens[GetCurrentUserData, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "get_current_user_data_max_results",
)
"""Lens on :attr:`GetCurrentUserData.max_results`."""


def new_get_current_user_data_response(
    http_status: int,
) -> GetCurrentUserDataResponse:
    """Create a :class:`GetCurrentUserDataResponse` with all optional fields omitted."""
    return GetCurrentUserDataResponse(
        http_status=http_status,
    )


get_current_user_data_response_http_status = _rt.Lens[GetCurrentUserDataResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_current_user_data_response_http_status",
)
"""Lens on :attr:`GetCurrentUserDataResponse.http_status`."""


get_current_user_data_response_next_token = _rt.Lens[
    GetCurrentUserDataResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_current_user_data_response_next_token",
)
"""Lens on :attr:`GetCurrentUserDataResponse.next_token`."""


get_current_user_data_response_user_data_list = _rt.Lens[
    GetCurrentUserDataResponse, list[UserData] | None
](
    lambda s: s.user_data_list,
    lambda s, v: _dc.replace(s, user_data_list=v),
    "get_current_user_data_response_user_data_list",
)
"""Lens on :attr:`GetCurrentUserDataResponse.user_data_list`."""


get_current_user_data_response_approximate_total_count = _rt.Lens[
    GetCurrentUserDataResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "get_current_user_data_response_approximate_total_count",
)
"""Lens on :attr:`GetCurrentUserDataResponse.approximate_total_count`."""


def _serialize(request: GetCurrentUserData, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/metrics/userdata/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Filters"] = request.filters._to_json()
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
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
) -> GetCurrentUserDataResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetCurrentUserDataResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.user_data_list = (
            None
            if (value := data.get("UserDataList")) is None
            else [
                UserData._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "UserDataList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "UserDataList")
                )
                if v1 is not None
            ]
        )
        draft.approximate_total_count = (
            None
            if (value := data.get("ApproximateTotalCount")) is None
            else (
                value
                if type(value) is int
                else _rt.expect_int(value, "ApproximateTotalCount")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetCurrentUserDataResponse)


OPERATION: _rt.Operation[GetCurrentUserData, GetCurrentUserDataResponse] = (
    _rt.Operation(
        "GetCurrentUserData",
        GetCurrentUserData,
        GetCurrentUserDataResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.ResourceNotFoundException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The GetCurrentUserData operation: its types, errors and wire codec."""
