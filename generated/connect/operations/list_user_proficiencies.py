"""Lists proficiencies associated with a user."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.user_proficiency import UserProficiency

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListUserProficiencies:
    """Lists proficiencies associated with a user.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``user_id``: The identifier of the user account.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instance ID in the Amazon Resource Name (ARN) of the instance.
    """

    user_id: str
    """The identifier of the user account."""

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
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value)
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
        result["UserId"] = self.user_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListUserProficiencies:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListUserProficiencies")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            user_id=_rt.required(data, "UserId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListUserProficienciesResponse:
    """The response of ListUserProficiencies.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``user_proficiency_list``: Information about the user proficiencies.
    - ``last_modified_time``: The last time that the user's proficiencies are were modified.
    - ``last_modified_region``: The region in which a user's proficiencies were last modified.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    user_proficiency_list: list[UserProficiency] | None = None
    """Information about the user proficiencies."""

    last_modified_time: _dt.datetime | None = None
    """The last time that the user's proficiencies are were modified."""

    last_modified_region: str | None = None
    """The region in which a user's proficiencies were last modified."""

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
        value = self.user_proficiency_list
        if value is not None:
            path = prefix + "user_proficiency_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, UserProficiency):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected UserProficiency, got {type(v1).__name__}"
                            )
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.user_proficiency_list is not None:
            result["UserProficiencyList"] = [
                v1.to_dict() for v1 in self.user_proficiency_list
            ]
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListUserProficienciesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListUserProficienciesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            user_proficiency_list=(
                None
                if (value := data.get("UserProficiencyList")) is None
                else [
                    UserProficiency.from_dict(
                        v1, path=path + "UserProficiencyList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "UserProficiencyList")
                    )
                ]
            ),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )


class _ListUserProficienciesResponseDraft:
    """A :class:`ListUserProficienciesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "next_token",
        "user_proficiency_list",
        "last_modified_time",
        "last_modified_region",
    )
    http_status: int
    next_token: str | None
    user_proficiency_list: list[UserProficiency] | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None


def new_list_user_proficiencies(
    instance_id: str,
    user_id: str,
) -> ListUserProficiencies:
    """Create a :class:`ListUserProficiencies` with all optional fields omitted."""
    return ListUserProficiencies(
        instance_id=instance_id,
        user_id=user_id,
    )


list_user_proficiencies_instance_id = _rt.Lens[ListUserProficiencies, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_user_proficiencies_instance_id",
)
"""Lens on :attr:`ListUserProficiencies.instance_id`."""


list_user_proficiencies_user_id = _rt.Lens[ListUserProficiencies, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "list_user_proficiencies_user_id",
)
"""Lens on :attr:`ListUserProficiencies.user_id`."""


list_user_proficiencies_next_token = _rt.Lens[ListUserProficiencies, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_user_proficiencies_next_token",
)
"""Lens on :attr:`ListUserProficiencies.next_token`."""


list_user_proficiencies_max_results = _rt.Lens[ListUserProficiencies, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_user_proficiencies_max_results",
)
"""Lens on :attr:`ListUserProficiencies.max_results`."""


def new_list_user_proficiencies_response(
    http_status: int,
) -> ListUserProficienciesResponse:
    """Create a :class:`ListUserProficienciesResponse` with all optional fields omitted."""
    return ListUserProficienciesResponse(
        http_status=http_status,
    )


list_user_proficiencies_response_http_status = _rt.Lens[
    ListUserProficienciesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_user_proficiencies_response_http_status",
)
"""Lens on :attr:`ListUserProficienciesResponse.http_status`."""


list_user_proficiencies_response_next_token = _rt.Lens[
    ListUserProficienciesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_user_proficiencies_response_next_token",
)
"""Lens on :attr:`ListUserProficienciesResponse.next_token`."""


list_user_proficiencies_response_user_proficiency_list = _rt.Lens[
    ListUserProficienciesResponse, list[UserProficiency] | None
](
    lambda s: s.user_proficiency_list,
    lambda s, v: _dc.replace(s, user_proficiency_list=v),
    "list_user_proficiencies_response_user_proficiency_list",
)
"""Lens on :attr:`ListUserProficienciesResponse.user_proficiency_list`."""


list_user_proficiencies_response_last_modified_time = _rt.Lens[
    ListUserProficienciesResponse, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "list_user_proficiencies_response_last_modified_time",
)
"""Lens on :attr:`ListUserProficienciesResponse.last_modified_time`."""


list_user_proficiencies_response_last_modified_region = _rt.Lens[
    ListUserProficienciesResponse, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "list_user_proficiencies_response_last_modified_region",
)
"""Lens on :attr:`ListUserProficienciesResponse.last_modified_region`."""


def _serialize(
    request: ListUserProficiencies, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.user_id == "":
        raise _rt.ValidationError(["user_id: a URI label must be set and not empty"])
    path = (
        "/users/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.user_id, "user_id")
        + "/proficiencies"
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
) -> ListUserProficienciesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListUserProficienciesResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.user_proficiency_list = (
            None
            if (value := data.get("UserProficiencyList")) is None
            else [
                UserProficiency._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "UserProficiencyList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "UserProficiencyList")
                )
                if v1 is not None
            ]
        )
        draft.last_modified_time = (
            None
            if (value := data.get("LastModifiedTime")) is None
            else _rt.parse_timestamp(value, "LastModifiedTime")
        )
        draft.last_modified_region = (
            None
            if (value := data.get("LastModifiedRegion")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "LastModifiedRegion")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListUserProficienciesResponse)


OPERATION: _rt.Operation[ListUserProficiencies, ListUserProficienciesResponse] = (
    _rt.Operation(
        "ListUserProficiencies",
        ListUserProficiencies,
        ListUserProficienciesResponse,
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
)
"""The ListUserProficiencies operation: its types, errors and wire codec."""
