"""Lists all security profiles attached to a Q in Connect AIAgent Entity in an Amazon Connect instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.security_profile_item import SecurityProfileItem

_ENTITY_TYPE_VALUES = frozenset(
    (
        "USER",
        "AI_AGENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListEntitySecurityProfiles:
    """Lists all security profiles attached to a Q in Connect AIAgent Entity in
    an Amazon Connect instance.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``entity_type``: Only supported type is AI_AGENT.
    - ``entity_arn``: ARN of a Q in Connect AI Agent.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can find the instance
    ID in the Amazon Resource Name (ARN) of the instance.
    """

    entity_type: str
    """Only supported type is AI_AGENT."""

    entity_arn: str
    """ARN of a Q in Connect AI Agent."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page. The default MaxResult
    size is 100.
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
        value = self.entity_type
        if value is None:
            errors.append(prefix + "entity_type: required but missing")
        else:
            path = prefix + "entity_type"
            _rt.check_str(errors, path, value, enum=_ENTITY_TYPE_VALUES)
        value = self.entity_arn
        if value is None:
            errors.append(prefix + "entity_arn: required but missing")
        else:
            path = prefix + "entity_arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=None)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["EntityType"] = self.entity_type
        result["EntityArn"] = self.entity_arn
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListEntitySecurityProfiles:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListEntitySecurityProfiles")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            entity_type=_rt.required(data, "EntityType", path),
            entity_arn=_rt.required(data, "EntityArn", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListEntitySecurityProfilesResponse:
    """The response of ListEntitySecurityProfiles.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``security_profiles``: List of Security Profile Object.
    - ``next_token``: The token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    security_profiles: list[SecurityProfileItem] | None = None
    """List of Security Profile Object."""

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
        value = self.security_profiles
        if value is not None:
            path = prefix + "security_profiles"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SecurityProfileItem):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SecurityProfileItem, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.security_profiles is not None:
            result["SecurityProfiles"] = [v1.to_dict() for v1 in self.security_profiles]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListEntitySecurityProfilesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListEntitySecurityProfilesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            security_profiles=(
                None
                if (value := data.get("SecurityProfiles")) is None
                else [
                    SecurityProfileItem.from_dict(
                        v1, path=path + "SecurityProfiles" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "SecurityProfiles")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListEntitySecurityProfilesResponseDraft:
    """A :class:`ListEntitySecurityProfilesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "security_profiles", "next_token")
    http_status: int
    security_profiles: list[SecurityProfileItem] | None
    next_token: str | None


def new_list_entity_security_profiles(
    instance_id: str,
    entity_type: str,
    entity_arn: str,
) -> ListEntitySecurityProfiles:
    """Create a :class:`ListEntitySecurityProfiles` with all optional fields omitted."""
    return ListEntitySecurityProfiles(
        instance_id=instance_id,
        entity_type=entity_type,
        entity_arn=entity_arn,
    )


list_entity_security_profiles_instance_id = _rt.Lens[ListEntitySecurityProfiles, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_entity_security_profiles_instance_id",
)
"""Lens on :attr:`ListEntitySecurityProfiles.instance_id`."""


list_entity_security_profiles_entity_type = _rt.Lens[ListEntitySecurityProfiles, str](
    lambda s: s.entity_type,
    lambda s, v: _dc.replace(s, entity_type=v),
    "list_entity_security_profiles_entity_type",
)
"""Lens on :attr:`ListEntitySecurityProfiles.entity_type`."""


list_entity_security_profiles_entity_arn = _rt.Lens[ListEntitySecurityProfiles, str](
    lambda s: s.entity_arn,
    lambda s, v: _dc.replace(s, entity_arn=v),
    "list_entity_security_profiles_entity_arn",
)
"""Lens on :attr:`ListEntitySecurityProfiles.entity_arn`."""


list_entity_security_profiles_next_token = _rt.Lens[
    ListEntitySecurityProfiles, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_entity_security_profiles_next_token",
)
"""Lens on :attr:`ListEntitySecurityProfiles.next_token`."""


list_entity_security_profiles_max_results = _rt.Lens[
    ListEntitySecurityProfiles, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_entity_security_profiles_max_results",
)
"""Lens on :attr:`ListEntitySecurityProfiles.max_results`."""


def new_list_entity_security_profiles_response(
    http_status: int,
) -> ListEntitySecurityProfilesResponse:
    """Create a :class:`ListEntitySecurityProfilesResponse` with all optional fields omitted."""
    return ListEntitySecurityProfilesResponse(
        http_status=http_status,
    )


list_entity_security_profiles_response_http_status = _rt.Lens[
    ListEntitySecurityProfilesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_entity_security_profiles_response_http_status",
)
"""Lens on :attr:`ListEntitySecurityProfilesResponse.http_status`."""


list_entity_security_profiles_response_security_profiles = _rt.Lens[
    ListEntitySecurityProfilesResponse, list[SecurityProfileItem] | None
](
    lambda s: s.security_profiles,
    lambda s, v: _dc.replace(s, security_profiles=v),
    "list_entity_security_profiles_response_security_profiles",
)
"""Lens on :attr:`ListEntitySecurityProfilesResponse.security_profiles`."""


list_entity_security_profiles_response_next_token = _rt.Lens[
    ListEntitySecurityProfilesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_entity_security_profiles_response_next_token",
)
"""Lens on :attr:`ListEntitySecurityProfilesResponse.next_token`."""


def _serialize(
    request: ListEntitySecurityProfiles, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/entity-security-profiles-summary/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["EntityType"] = request.entity_type
    data["EntityArn"] = request.entity_arn
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
) -> ListEntitySecurityProfilesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListEntitySecurityProfilesResponseDraft()
    draft.http_status = status
    try:
        draft.security_profiles = (
            None
            if (value := data.get("SecurityProfiles")) is None
            else [
                SecurityProfileItem._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "SecurityProfiles")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "SecurityProfiles")
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
    return _rt.seal(draft, ListEntitySecurityProfilesResponse)


OPERATION: _rt.Operation[
    ListEntitySecurityProfiles, ListEntitySecurityProfilesResponse
] = _rt.Operation(
    "ListEntitySecurityProfiles",
    ListEntitySecurityProfiles,
    ListEntitySecurityProfilesResponse,
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
"""The ListEntitySecurityProfiles operation: its types, errors and wire codec."""
