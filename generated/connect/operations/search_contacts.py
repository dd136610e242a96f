"""Searches contacts in an Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_search_summary import ContactSearchSummary
from ..shapes.search_contacts_time_range import SearchContactsTimeRange
from ..shapes.search_criteria import SearchCriteria
from ..shapes.sort import Sort


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchContacts:
    """Searches contacts in an Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of Connect Customer instance.
    - ``time_range``: Time range that you want to search results.
    - ``search_criteria``: The search criteria to be used to return contacts.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    - ``sort``: Specifies a field to sort by and a sort order.
    """

    instance_id: str
    """The identifier of Connect Customer instance. You can find the instance
    ID in the Amazon Resource Name (ARN) of the instance.
    """

    time_range: SearchContactsTimeRange
    """Time range that you want to search results."""

    search_criteria: SearchCriteria | None = None
    """The search criteria to be used to return contacts."""

    max_results: int | None = None
    """The maximum number of results to return per page."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    sort: Sort | None = None
    """Specifies a field to sort by and a sort order."""

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
        value = self.time_range
        if value is None:
            errors.append(prefix + "time_range: required but missing")
        else:
            path = prefix + "time_range"
            if isinstance(value, SearchContactsTimeRange):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SearchContactsTimeRange, got {type(value).__name__}"
                )
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, SearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SearchCriteria, got {type(value).__name__}"
                )
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=100000)
        value = self.sort
        if value is not None:
            path = prefix + "sort"
            if isinstance(value, Sort):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Sort, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["TimeRange"] = self.time_range.to_dict()
        if self.search_criteria is not None:
            result["SearchCriteria"] = self.search_criteria.to_dict()
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.sort is not None:
            result["Sort"] = self.sort.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContacts:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchContacts")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            time_range=SearchContactsTimeRange.from_dict(
                _rt.required(data, "TimeRange", path), path=path + "TimeRange" + "."
            ),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else SearchCriteria.from_dict(value, path=path + "SearchCriteria" + ".")
            ),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
            sort=(
                None
                if (value := data.get("Sort")) is None
                else Sort.from_dict(value, path=path + "Sort" + ".")
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchContactsResponse:
    """The response of SearchContacts.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contacts``: Information about the contacts.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``total_count``: The total number of contacts which matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    contacts: list[ContactSearchSummary] | None
    """Information about the contacts."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    total_count: int | None = None
    """The total number of contacts which matched your search query."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contacts
        if value is None:
            errors.append(prefix + "contacts: required but missing")
        else:
            path = prefix + "contacts"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactSearchSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactSearchSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=100000)
        value = self.total_count
        if value is not None:
            path = prefix + "total_count"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contacts is not None:
            result["Contacts"] = [v1.to_dict() for v1 in self.contacts]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.total_count is not None:
            result["TotalCount"] = self.total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContactsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchContactsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contacts=(
                None
                if (value := data.get("Contacts")) is None
                else [
                    ContactSearchSummary.from_dict(
                        v1, path=path + "Contacts" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Contacts")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            total_count=data.get("TotalCount"),
        )


class _SearchContactsResponseDraft:
    """A :class:`SearchContactsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contacts", "next_token", "total_count")
    http_status: int
    contacts: list[ContactSearchSummary] | None
    next_token: str | None
    total_count: int | None


def new_search_contacts(
    instance_id: str,
    time_range: SearchContactsTimeRange,
) -> SearchContacts:
    """Create a :class:`SearchContacts` with all optional fields omitted."""
    return SearchContacts(
        instance_id=instance_id,
        time_range=time_range,
    )


search_contacts_instance_id = _rt.Lens[SearchContacts, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_contacts_instance_id",
)
"""Lens on :attr:`SearchContacts.instance_id`."""


search_contacts_time_range = _rt.Lens[SearchContacts, SearchContactsTimeRange](
    lambda s: s.time_range,
    lambda s, v: _dc.replace(s, time_range=v),
    "search_contacts_time_range",
)
"""Lens on :attr:`SearchContacts.time_range`."""


search_contacts_search_criteria = _rt.Lens[SearchContacts, SearchCriteria | None](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_contacts_search_criteria",
)
"""Lens on :attr:`SearchContacts.search_criteria`."""


search_contacts_max_results = _rt.Lens[SearchContacts, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_contacts_max_results",
)
"""Lens on :attr:`SearchContacts.max_results`."""


search_contacts_next_token = _rt.Lens[SearchContacts, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_contacts_next_token",
)
"""Lens on :attr:`SearchContacts.next_token`."""


search_contacts_sort = _rt.Lens[SearchContacts, Sort | None](
    lambda s: s.sort,
    lambda s, v: _dc.replace(s, sort=v),
    "search_contacts_sort",
)
"""Lens on :attr:`SearchContacts.sort`."""


def new_search_contacts_response(
    http_status: int,
    contacts: list[ContactSearchSummary],
) -> SearchContactsResponse:
    """Create a :class:`SearchContactsResponse` with all optional fields omitted."""
    return SearchContactsResponse(
        http_status=http_status,
        contacts=contacts,
    )


search_contacts_response_http_status = _rt.Lens[SearchContactsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_contacts_response_http_status",
)
"""Lens on :attr:`SearchContactsResponse.http_status`."""


search_contacts_response_contacts = _rt.Lens[
    SearchContactsResponse, list[ContactSearchSummary] | None
](
    lambda s: s.contacts,
    lambda s, v: _dc.replace(s, contacts=v),
    "search_contacts_response_contacts",
)
"""Lens on :attr:`SearchContactsResponse.contacts`."""


search_contacts_response_next_token = _rt.Lens[SearchContactsResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_contacts_response_next_token",
)
"""Lens on :attr:`SearchContactsResponse.next_token`."""


search_contacts_response_total_count = _rt.Lens[SearchContactsResponse, int | None](
    lambda s: s.total_count,
    lambda s, v: _dc.replace(s, total_count=v),
    "search_contacts_response_total_count",
)
"""Lens on :attr:`SearchContactsResponse.total_count`."""


def _serialize(request: SearchContacts, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-contacts"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["TimeRange"] = request.time_range._to_json()
    if request.search_criteria is not None:
        data["SearchCriteria"] = request.search_criteria._to_json()
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.sort is not None:
        data["Sort"] = request.sort._to_json()
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
) -> SearchContactsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _SearchContactsResponseDraft()
    draft.http_status = status
    try:
        draft.contacts = (
            None
            if (value := data.get("Contacts")) is None
            else [
                ContactSearchSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Contacts")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Contacts")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.total_count = (
            None
            if (value := data.get("TotalCount")) is None
            else (value if type(value) is int else _rt.expect_int(value, "TotalCount"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(redact=True),
            http_status=status,
            body=body,
            redact=True,
        ) from None
    except _rt.DeserializationError as exc:  # a payload that does not read: no excerpt
        raise exc.redacted() from None
    return _rt.seal(draft, SearchContactsResponse)


OPERATION: _rt.Operation[SearchContacts, SearchContactsResponse] = _rt.Operation(
    "SearchContacts",
    SearchContacts,
    SearchContactsResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The SearchContacts operation: its types, errors and wire codec."""
