"""Searches the flow modules in an Connect Customer instance, with optional filtering."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_flow_module import ContactFlowModule
from ..shapes.contact_flow_module_search_criteria import ContactFlowModuleSearchCriteria
from ..shapes.contact_flow_module_search_filter import ContactFlowModuleSearchFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchContactFlowModules:
    """Searches the flow modules in an Connect Customer instance, with optional
    filtering.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_filter``: Filters to be applied to search results.
    - ``search_criteria``: The search criteria to be used to return flow modules.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instance ID in the Amazon Resource Name (ARN) of the instance.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    search_filter: ContactFlowModuleSearchFilter | None = None
    """Filters to be applied to search results."""

    search_criteria: ContactFlowModuleSearchCriteria | None = None
    """The search criteria to be used to return flow modules.

    .. note::

       The ``name`` and ``description`` fields support "contains" queries
       with a minimum of 2 characters and a maximum of 25 characters. Any
       queries with character lengths outside of this range will result in
       invalid results.
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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.search_filter
        if value is not None:
            path = prefix + "search_filter"
            if isinstance(value, ContactFlowModuleSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactFlowModuleSearchFilter, got {type(value).__name__}"
                )
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, ContactFlowModuleSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactFlowModuleSearchCriteria, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.search_filter is not None:
            result["SearchFilter"] = self.search_filter.to_dict()
        if self.search_criteria is not None:
            result["SearchCriteria"] = self.search_criteria.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContactFlowModules:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchContactFlowModules")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else ContactFlowModuleSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else ContactFlowModuleSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchContactFlowModulesResponse:
    """The response of SearchContactFlowModules.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_flow_modules``: The search criteria to be used to return flow modules.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``approximate_total_count``: The total number of flows which matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_flow_modules: list[ContactFlowModule] | None = None
    """The search criteria to be used to return flow modules."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    approximate_total_count: int | None = None
    """The total number of flows which matched your search query."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_flow_modules
        if value is not None:
            path = prefix + "contact_flow_modules"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactFlowModule):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactFlowModule, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)
        value = self.approximate_total_count
        if value is not None:
            path = prefix + "approximate_total_count"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_flow_modules is not None:
            result["ContactFlowModules"] = [
                v1.to_dict() for v1 in self.contact_flow_modules
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContactFlowModulesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchContactFlowModulesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_flow_modules=(
                None
                if (value := data.get("ContactFlowModules")) is None
                else [
                    ContactFlowModule.from_dict(
                        v1, path=path + "ContactFlowModules" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ContactFlowModules")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchContactFlowModulesResponseDraft:
    """A :class:`SearchContactFlowModulesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "contact_flow_modules",
        "next_token",
        "approximate_total_count",
    )
    http_status: int
    contact_flow_modules: list[ContactFlowModule] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_contact_flow_modules(
    instance_id: str,
) -> SearchContactFlowModules:
    """Create a :class:`SearchContactFlowModules` with all optional fields omitted."""
    return SearchContactFlowModules(
        instance_id=instance_id,
    )


search_contact_flow_modules_instance_id = _rt.Lens[SearchContactFlowModules, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_contact_flow_modules_instance_id",
)
"""Lens on :attr:`SearchContactFlowModules.instance_id`."""


search_contact_flow_modules_next_token = _rt.Lens[SearchContactFlowModules, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_contact_flow_modules_next_token",
)
"""Lens on :attr:`SearchContactFlowModules.next_token`."""


search_contact_flow_modules_max_results = _rt.Lens[
    SearchContactFlowModules, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_contact_flow_modules_max_results",
)
"""Lens on :attr:`SearchContactFlowModules.max_results`."""


search_contact_flow_modules_search_filter = _rt.Lens[
    SearchContactFlowModules, ContactFlowModuleSearchFilter | None
](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_contact_flow_modules_search_filter",
)
"""Lens on :attr:`SearchContactFlowModules.search_filter`."""


search_contact_flow_modules_search_criteria = _rt.Lens[
    SearchContactFlowModules, ContactFlowModuleSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_contact_flow_modules_search_criteria",
)
"""Lens on :attr:`SearchContactFlowModules.search_criteria`."""


def new_search_contact_flow_modules_response(
    http_status: int,
) -> SearchContactFlowModulesResponse:
    """Create a :class:`SearchContactFlowModulesResponse` with all optional fields omitted."""
    return SearchContactFlowModulesResponse(
        http_status=http_status,
    )


search_contact_flow_modules_response_http_status = _rt.Lens[
    SearchContactFlowModulesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_contact_flow_modules_response_http_status",
)
"""Lens on :attr:`SearchContactFlowModulesResponse.http_status`."""


search_contact_flow_modules_response_contact_flow_modules = _rt.Lens[
    SearchContactFlowModulesResponse, list[ContactFlowModule] | None
](
    lambda s: s.contact_flow_modules,
    lambda s, v: _dc.replace(s, contact_flow_modules=v),
    "search_contact_flow_modules_response_contact_flow_modules",
)
"""Lens on :attr:`SearchContactFlowModulesResponse.contact_flow_modules`."""


search_contact_flow_modules_response_next_token = _rt.Lens[
    SearchContactFlowModulesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_contact_flow_modules_response_next_token",
)
"""Lens on :attr:`SearchContactFlowModulesResponse.next_token`."""


search_contact_flow_modules_response_approximate_total_count = _rt.Lens[
    SearchContactFlowModulesResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_contact_flow_modules_response_approximate_total_count",
)
"""Lens on :attr:`SearchContactFlowModulesResponse.approximate_total_count`."""


def _serialize(
    request: SearchContactFlowModules, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-contact-flow-modules"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.search_filter is not None:
        data["SearchFilter"] = request.search_filter._to_json()
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
) -> SearchContactFlowModulesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchContactFlowModulesResponseDraft()
    draft.http_status = status
    try:
        draft.contact_flow_modules = (
            None
            if (value := data.get("ContactFlowModules")) is None
            else [
                ContactFlowModule._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "ContactFlowModules")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "ContactFlowModules")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
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
    return _rt.seal(draft, SearchContactFlowModulesResponse)


OPERATION: _rt.Operation[SearchContactFlowModules, SearchContactFlowModulesResponse] = (
    _rt.Operation(
        "SearchContactFlowModules",
        SearchContactFlowModules,
        SearchContactFlowModulesResponse,
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
"""The SearchContactFlowModules operation: its types, errors and wire codec."""
