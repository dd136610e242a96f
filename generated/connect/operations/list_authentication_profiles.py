"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.authentication_profile_summary import AuthenticationProfileSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListAuthenticationProfiles:
    """This API is in preview release for Connect Customer and is subject to
    change. To request access to this API, contact Amazon Web Services
    Support.

    Provides summary information about the authentication profiles in a
    specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

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
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListAuthenticationProfiles:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListAuthenticationProfiles")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListAuthenticationProfilesResponse:
    """The response of ListAuthenticationProfiles.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``authentication_profile_summary_list``: A summary of a given authentication profile.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    authentication_profile_summary_list: list[AuthenticationProfileSummary] | None = (
        None
    )
    """A summary of a given authentication profile."""

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
        value = self.authentication_profile_summary_list
        if value is not None:
            path = prefix + "authentication_profile_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AuthenticationProfileSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AuthenticationProfileSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.authentication_profile_summary_list is not None:
            result["AuthenticationProfileSummaryList"] = [
                v1.to_dict() for v1 in self.authentication_profile_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListAuthenticationProfilesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListAuthenticationProfilesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            authentication_profile_summary_list=(
                None
                if (value := data.get("AuthenticationProfileSummaryList")) is None
                else [
                    AuthenticationProfileSummary.from_dict(
                        v1,
                        path=path
                        + "AuthenticationProfileSummaryList"
                        + f"[{i1}]"
                        + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "AuthenticationProfileSummaryList"
                        )
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListAuthenticationProfilesResponseDraft:
    """A :class:`ListAuthenticationProfilesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "authentication_profile_summary_list", "next_token")
    http_status: int
    authentication_profile_summary_list: list[AuthenticationProfileSummary] | None
    next_token: str | None


def new_list_authentication_profiles(
    instance_id: str,
) -> ListAuthenticationProfiles:
    """Create a :class:`ListAuthenticationProfiles` with all optional fields omitted."""
    return ListAuthenticationProfiles(
        instance_id=instance_id,
    )


list_authentication_profiles_instance_id = _rt.Lens[ListAuthenticationProfiles, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_authentication_profiles_instance_id",
)
"""Lens on :attr:`ListAuthenticationProfiles.instance_id`."""


list_authentication_profiles_max_results = _rt.Lens[
    ListAuthenticationProfiles, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_authentication_profiles_max_results",
)
"""Lens on :attr:`ListAuthenticationProfiles.max_results`."""


list_authentication_profiles_next_token = _rt.Lens[
    ListAuthenticationProfiles, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_authentication_profiles_next_token",
)
"""Lens on :attr:`ListAuthenticationProfiles.next_token`."""


def new_list_authentication_profiles_response(
    http_status: int,
) -> ListAuthenticationProfilesResponse:
    """Create a :class:`ListAuthenticationProfilesResponse` with all optional fields omitted."""
    return ListAuthenticationProfilesResponse(
        http_status=http_status,
    )


list_authentication_profiles_response_http_status = _rt.Lens[
    ListAuthenticationProfilesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_authentication_profiles_response_http_status",
)
"""Lens on :attr:`ListAuthenticationProfilesResponse.http_status`."""


list_authentication_profiles_response_authentication_profile_summary_list = _rt.Lens[
    ListAuthenticationProfilesResponse, list[AuthenticationProfileSummary] | None
](
    lambda s: s.authentication_profile_summary_list,
    lambda s, v: _dc.replace(s, authentication_profile_summary_list=v),
    "list_authentication_profiles_response_authentication_profile_summary_list",
)
"""Lens on :attr:`ListAuthenticationProfilesResponse.authentication_profile_summary_list`."""


list_authentication_profiles_response_next_token = _rt.Lens[
    ListAuthenticationProfilesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_authentication_profiles_response_next_token",
)
"""Lens on :attr:`ListAuthenticationProfilesResponse.next_token`."""


def _serialize(
    request: ListAuthenticationProfiles, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/authentication-profiles-summary/" + _rt.quote_label(
        request.instance_id, "instance_id"
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
) -> ListAuthenticationProfilesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListAuthenticationProfilesResponseDraft()
    draft.http_status = status
    try:
        draft.authentication_profile_summary_list = (
            None
            if (value := data.get("AuthenticationProfileSummaryList")) is None
            else [
                AuthenticationProfileSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "AuthenticationProfileSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "AuthenticationProfileSummaryList")
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
    return _rt.seal(draft, ListAuthenticationProfilesResponse)


OPERATION: _rt.Operation[
    ListAuthenticationProfiles, ListAuthenticationProfilesResponse
] = _rt.Operation(
    "ListAuthenticationProfiles",
    ListAuthenticationProfiles,
    ListAuthenticationProfilesResponse,
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
"""The ListAuthenticationProfiles operation: its types, errors and wire codec."""
