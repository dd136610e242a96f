"""Searches predefined attributes that meet certain criteria."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.predefined_attribute import PredefinedAttribute
from ..shapes.predefined_attribute_search_criteria import (
    PredefinedAttributeSearchCriteria,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchPredefinedAttributes:
    """Searches predefined attributes that meet certain criteria. A *predefined
    attribute* is made up of a name and a value. You can use predefined
    attributes for:

    - Routing proficiency (for example, agent certification) that has
      predefined values (for example, a list of possible certifications).
      For more information, see `Create predefined attributes for routing
      contacts to agents
      <https://docs.aws.amazon.com/connect/latest/adminguide/predefined-attributes.html>`__.
    - Contact information that varies between transfers or conferences, such
      as the name of the business unit handling the contact. For more
      information, see `Use contact segment attributes
      <https://docs.aws.amazon.com/connect/latest/adminguide/use-contact-segment-attributes.html>`__.

    For the predefined attributes per instance quota, see `Connect Customer
    quotas
    <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#connect-quotas>`__.

    **Endpoints**: See `Connect Customer endpoints and quotas
    <https://docs.aws.amazon.com/general/latest/gr/connect_region.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_criteria``: The search criteria to be used to return predefined attributes.
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

    search_criteria: PredefinedAttributeSearchCriteria | None = None
    """The search criteria to be used to return predefined attributes."""

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
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, PredefinedAttributeSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PredefinedAttributeSearchCriteria, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
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
    ) -> SearchPredefinedAttributes:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchPredefinedAttributes")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else PredefinedAttributeSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchPredefinedAttributesResponse:
    """The response of SearchPredefinedAttributes.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``predefined_attributes``: Predefined attributes matched by the search criteria.
    - ``next_token``: The token for the next set of results.
    - ``approximate_total_count``: The approximate number of predefined attributes which matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    predefined_attributes: list[PredefinedAttribute] | None = None
    """Predefined attributes matched by the search criteria."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    approximate_total_count: int | None = None
    """The approximate number of predefined attributes which matched your
    search query.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.predefined_attributes
        if value is not None:
            path = prefix + "predefined_attributes"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PredefinedAttribute):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PredefinedAttribute, got {type(v1).__name__}"
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
        if self.predefined_attributes is not None:
            result["PredefinedAttributes"] = [
                v1.to_dict() for v1 in self.predefined_attributes
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchPredefinedAttributesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "SearchPredefinedAttributesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            predefined_attributes=(
                None
                if (value := data.get("PredefinedAttributes")) is None
                else [
                    PredefinedAttribute.from_dict(
                        v1, path=path + "PredefinedAttributes" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PredefinedAttributes")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchPredefinedAttributesResponseDraft:
    """A :class:`SearchPredefinedAttributesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "predefined_attributes",
        "next_token",
        "approximate_total_count",
    )
    http_status: int
    predefined_attributes: list[PredefinedAttribute] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_predefined_attributes(
    instance_id: str,
) -> SearchPredefinedAttributes:
    """Create a :class:`SearchPredefinedAttributes` with all optional fields omitted."""
    return SearchPredefinedAttributes(
        instance_id=instance_id,
    )


search_predefined_attributes_instance_id = _rt.Lens[SearchPredefinedAttributes, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_predefined_attributes_instance_id",
)
"""Lens on :attr:`SearchPredefinedAttributes.instance_id`."""


search_predefined_attributes_next_token = _rt.Lens[
    SearchPredefinedAttributes, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_predefined_attributes_next_token",
)
"""Lens on :attr:`SearchPredefinedAttributes.next_token`."""


search_predefined_attributes_max_results = _rt.Lens[
    SearchPredefinedAttributes, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_predefined_attributes_max_results",
)
"""Lens on :attr:`SearchPredefinedAttributes.max_results`."""


search_predefined_attributes_search_criteria = _rt.Lens[
    SearchPredefinedAttributes, PredefinedAttributeSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_predefined_attributes_search_criteria",
)
"""Lens on :attr:`SearchPredefinedAttributes.search_criteria`."""


def new_search_predefined_attributes_response(
    http_status: int,
) -> SearchPredefinedAttributesResponse:
    """Create a :class:`SearchPredefinedAttributesResponse` with all optional fields omitted."""
    return SearchPredefinedAttributesResponse(
        http_status=http_status,
    )


search_predefined_attributes_response_http_status = _rt.Lens[
    SearchPredefinedAttributesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_predefined_attributes_response_http_status",
)
"""Lens on :attr:`SearchPredefinedAttributesResponse.http_status`."""


search_predefined_attributes_response_predefined_attributes = _rt.Lens[
    SearchPredefinedAttributesResponse, list[PredefinedAttribute] | None
](
    lambda s: s.predefined_attributes,
    lambda s, v: _dc.replace(s, predefined_attributes=v),
    "search_predefined_attributes_response_predefined_attributes",
)
"""Lens on :attr:`SearchPredefinedAttributesResponse.predefined_attributes`."""


search_predefined_attributes_response_next_token = _rt.Lens[
    SearchPredefinedAttributesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_predefined_attributes_response_next_token",
)
"""Lens on :attr:`SearchPredefinedAttributesResponse.next_token`."""


search_predefined_attributes_response_approximate_total_count = _rt.Lens[
    SearchPredefinedAttributesResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_predefined_attributes_response_approximate_total_count",
)
"""Lens on :attr:`SearchPredefinedAttributesResponse.approximate_total_count`."""


def _serialize(
    request: SearchPredefinedAttributes, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-predefined-attributes"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
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
) -> SearchPredefinedAttributesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchPredefinedAttributesResponseDraft()
    draft.http_status = status
    try:
        draft.predefined_attributes = (
            None
            if (value := data.get("PredefinedAttributes")) is None
            else [
                PredefinedAttribute._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "PredefinedAttributes")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "PredefinedAttributes")
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
    return _rt.seal(draft, SearchPredefinedAttributesResponse)


OPERATION: _rt.Operation[
    SearchPredefinedAttributes, SearchPredefinedAttributesResponse
] = _rt.Operation(
    "SearchPredefinedAttributes",
    SearchPredefinedAttributes,
    SearchPredefinedAttributesResponse,
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
"""The SearchPredefinedAttributes operation: its types, errors and wire codec."""
