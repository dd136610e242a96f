"""Searches email address in an instance, with optional filtering."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.email_address_metadata import EmailAddressMetadata
from ..shapes.email_address_search_criteria import EmailAddressSearchCriteria
from ..shapes.email_address_search_filter import EmailAddressSearchFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchEmailAddresses:
    """Searches email address in an instance, with optional filtering.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    - ``search_criteria``: The search criteria to be used to return email addresses.
    - ``search_filter``: Filters to be applied to search results.
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

    search_criteria: EmailAddressSearchCriteria | None = None
    """The search criteria to be used to return email addresses."""

    search_filter: EmailAddressSearchFilter | None = None
    """Filters to be applied to search results."""

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
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, EmailAddressSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailAddressSearchCriteria, got {type(value).__name__}"
                )
        value = self.search_filter
        if value is not None:
            path = prefix + "search_filter"
            if isinstance(value, EmailAddressSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailAddressSearchFilter, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.search_criteria is not None:
            result["SearchCriteria"] = self.search_criteria.to_dict()
        if self.search_filter is not None:
            result["SearchFilter"] = self.search_filter.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchEmailAddresses:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchEmailAddresses")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else EmailAddressSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else EmailAddressSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchEmailAddressesResponse:
    """The response of SearchEmailAddresses.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``email_addresses``: List of email addresses matching SearchFilter and SearchCriteria
    - ``approximate_total_count``: The total number of email addresses which matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    email_addresses: list[EmailAddressMetadata] | None = None
    """List of email addresses matching SearchFilter and SearchCriteria"""

    approximate_total_count: int | None = None
    """The total number of email addresses which matched your search query."""

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
        value = self.email_addresses
        if value is not None:
            path = prefix + "email_addresses"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EmailAddressMetadata):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EmailAddressMetadata, got {type(v1).__name__}"
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
        if self.email_addresses is not None:
            result["EmailAddresses"] = [v1.to_dict() for v1 in self.email_addresses]
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchEmailAddressesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchEmailAddressesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            email_addresses=(
                None
                if (value := data.get("EmailAddresses")) is None
                else [
                    EmailAddressMetadata.from_dict(
                        v1, path=path + "EmailAddresses" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "EmailAddresses")
                    )
                ]
            ),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchEmailAddressesResponseDraft:
    """A :class:`SearchEmailAddressesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "next_token",
        "email_addresses",
        "approximate_total_count",
    )
    http_status: int
    next_token: str | None
    email_addresses: list[EmailAddressMetadata] | None
    approximate_total_count: int | None


def new_search_email_addresses(
    instance_id: str,
) -> SearchEmailAddresses:
    """Create a :class:`SearchEmailAddresses` with all optional fields omitted."""
    return SearchEmailAddresses(
        instance_id=instance_id,
    )


search_email_addresses_instance_id = _rt.Lens[SearchEmailAddresses, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_email_addresses_instance_id",
)
"""Lens on :attr:`SearchEmailAddresses.instance_id`."""


search_email_addresses_max_results = _rt.Lens[SearchEmailAddresses, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_email_addresses_max_results",
)
"""Lens on :attr:`SearchEmailAddresses.max_results`."""


search_email_addresses_next_token = _rt.Lens[SearchEmailAddresses, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_email_addresses_next_token",
)
"""Lens on :attr:`SearchEmailAddresses.next_token`."""


search_email_addresses_search_criteria = _rt.Lens[
    SearchEmailAddresses, EmailAddressSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_email_addresses_search_criteria",
)
"""Lens on :attr:`SearchEmailAddresses.search_criteria`."""


search_email_addresses_search_filter = _rt.Lens[
    SearchEmailAddresses, EmailAddressSearchFilter | None
](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_email_addresses_search_filter",
)
"""Lens on :attr:`SearchEmailAddresses.search_filter`."""


def new_search_email_addresses_response(
    http_status: int,
) -> SearchEmailAddressesResponse:
    """Create a :class:`SearchEmailAddressesResponse` with all optional fields omitted."""
    return SearchEmailAddressesResponse(
        http_status=http_status,
    )


search_email_addresses_response_http_status = _rt.Lens[
    SearchEmailAddressesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_email_addresses_response_http_status",
)
"""Lens on :attr:`SearchEmailAddressesResponse.http_status`."""


search_email_addresses_response_next_token = _rt.Lens[
    SearchEmailAddressesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_email_addresses_response_next_token",
)
"""Lens on :attr:`SearchEmailAddressesResponse.next_token`."""


search_email_addresses_response_email_addresses = _rt.Lens[
    SearchEmailAddressesResponse, list[EmailAddressMetadata] | None
](
    lambda s: s.email_addresses,
    lambda s, v: _dc.replace(s, email_addresses=v),
    "search_email_addresses_response_email_addresses",
)
"""Lens on :attr:`SearchEmailAddressesResponse.email_addresses`."""


search_email_addresses_response_approximate_total_count = _rt.Lens[
    SearchEmailAddressesResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_email_addresses_response_approximate_total_count",
)
"""Lens on :attr:`SearchEmailAddressesResponse.approximate_total_count`."""


def _serialize(request: SearchEmailAddresses, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-email-addresses"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.search_criteria is not None:
        data["SearchCriteria"] = request.search_criteria._to_json()
    if request.search_filter is not None:
        data["SearchFilter"] = request.search_filter._to_json()
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
) -> SearchEmailAddressesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _SearchEmailAddressesResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.email_addresses = (
            None
            if (value := data.get("EmailAddresses")) is None
            else [
                EmailAddressMetadata._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "EmailAddresses")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "EmailAddresses")
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
            exc.inside(data).message(redact=True),
            http_status=status,
            body=body,
            redact=True,
        ) from None
    except _rt.DeserializationError as exc:  # a payload that does not read: no excerpt
        raise exc.redacted() from None
    return _rt.seal(draft, SearchEmailAddressesResponse)


OPERATION: _rt.Operation[SearchEmailAddresses, SearchEmailAddressesResponse] = (
    _rt.Operation(
        "SearchEmailAddresses",
        SearchEmailAddresses,
        SearchEmailAddressesResponse,
        (
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
            _errors.InvalidRequestException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The SearchEmailAddresses operation: its types, errors and wire codec."""
