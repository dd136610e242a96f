"""Searches tags used in an Connect Customer instance using optional search criteria."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.resource_tags_search_criteria import ResourceTagsSearchCriteria
from ..shapes.tag_set import TagSet

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchResourceTags:
    """Searches tags used in an Connect Customer instance using optional search
    criteria.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``resource_types``: The list of resource types to be used to search tags from.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_criteria``: The search criteria to be used to return tags.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instanceId in the Amazon Resource Name (ARN) of the instance.
    """

    resource_types: list[str] | None = None
    """The list of resource types to be used to search tags from. If not
    provided or if any empty list is provided, this API will search from all
    supported resource types. Note that lowercase and - are required.

    **Supported resource types**

    - agent
    - agent-state
    - routing-profile
    - standard-queue
    - security-profile
    - operating-hours
    - prompt
    - contact-flow
    - flow- module
    - transfer-destination (also known as quick connect)
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    search_criteria: ResourceTagsSearchCriteria | None = None
    """The search criteria to be used to return tags."""

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
            _rt.check_str(
                errors, path, value, min_len=1, max_len=250, pattern=_PATTERN_1
            )
        value = self.resource_types
        if value is not None:
            path = prefix + "resource_types"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, ResourceTagsSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ResourceTagsSearchCriteria, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.resource_types is not None:
            result["ResourceTypes"] = list(self.resource_types)
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.search_criteria is not None:
            result["SearchCriteria"] = self.search_criteria.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchResourceTags:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchResourceTags")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            resource_types=(
                None
                if (value := data.get("ResourceTypes")) is None
                else list(_rt.expect_sequence(value, path + "ResourceTypes"))
            ),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else ResourceTagsSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchResourceTagsResponse:
    """The response of SearchResourceTags.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``tags``: A list of tags used in the Connect Customer instance.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    tags: list[TagSet] | None = None
    """A list of tags used in the Connect Customer instance."""

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
        value = self.tags
        if value is not None:
            path = prefix + "tags"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TagSet):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TagSet, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.tags is not None:
            result["Tags"] = [v1.to_dict() for v1 in self.tags]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchResourceTagsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchResourceTagsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            tags=(
                None
                if (value := data.get("Tags")) is None
                else [
                    TagSet.from_dict(v1, path=path + "Tags" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Tags"))
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _SearchResourceTagsResponseDraft:
    """A :class:`SearchResourceTagsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "tags", "next_token")
    http_status: int
    tags: list[TagSet] | None
    next_token: str | None


def new_search_resource_tags(
    instance_id: str,
) -> SearchResourceTags:
    """Create a :class:`SearchResourceTags` with all optional fields omitted."""
    return SearchResourceTags(
        instance_id=instance_id,
    )


search_resource_tags_instance_id = _rt.Lens[SearchResourceTags, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_resource_tags_instance_id",
)
"""Lens on :attr:`SearchResourceTags.instance_id`."""


search_resource_tags_resource_types = _rt.Lens[SearchResourceTags, list[str] | None](
    lambda s: s.resource_types,
    lambda s, v: _dc.replace(s, resource_types=v),
    "search_resource_tags_resource_types",
)
"""Lens on :attr:`SearchResourceTags.resource_types`."""


search_resource_tags_next_token = _rt.Lens[SearchResourceTags, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_resource_tags_next_token",
)
"""Lens on :attr:`SearchResourceTags.next_token`."""


search_resource_tags_max_results = _rt.Lens[SearchResourceTags, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_resource_tags_max_results",
)
"""Lens on :attr:`SearchResourceTags.max_results`."""


search_resource_tags_search_criteria = _rt.Lens[
    SearchResourceTags, ResourceTagsSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_resource_tags_search_criteria",
)
"""Lens on :attr:`SearchResourceTags.search_criteria`."""


def new_search_resource_tags_response(
    http_status: int,
) -> SearchResourceTagsResponse:
    """Create a :class:`SearchResourceTagsResponse` with all optional fields omitted."""
    return SearchResourceTagsResponse(
        http_status=http_status,
    )


search_resource_tags_response_http_status = _rt.Lens[SearchResourceTagsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_resource_tags_response_http_status",
)
"""Lens on :attr:`SearchResourceTagsResponse.http_status`."""


search_resource_tags_response_tags = _rt.Lens[
    SearchResourceTagsResponse, list[TagSet] | None
](
    lambda s: s.tags,
    lambda s, v: _dc.replace(s, tags=v),
    "search_resource_tags_response_tags",
)
"""Lens on :attr:`SearchResourceTagsResponse.tags`."""


search_resource_tags_response_next_token = _rt.Lens[
    SearchResourceTagsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_resource_tags_response_next_token",
)
"""Lens on :attr:`SearchResourceTagsResponse.next_token`."""


def _serialize(request: SearchResourceTags, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-resource-tags"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    if request.resource_types is not None:
        data["ResourceTypes"] = request.resource_types
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.search_criteria is not None:
        data["SearchCriteria"] = request.search_criteria._to_json()
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
) -> SearchResourceTagsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchResourceTagsResponseDraft()
    draft.http_status = status
    try:
        draft.tags = (
            None
            if (value := data.get("Tags")) is None
            else [
                TagSet._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Tags")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Tags")
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
    return _rt.seal(draft, SearchResourceTagsResponse)


OPERATION: _rt.Operation[SearchResourceTags, SearchResourceTagsResponse] = (
    _rt.Operation(
        "SearchResourceTags",
        SearchResourceTags,
        SearchResourceTagsResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
            _errors.MaximumResultReturnedException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The SearchResourceTags operation: its types, errors and wire codec."""
