"""Returns all attributes for a specified data table."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.data_table_attribute import DataTableAttribute


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListDataTableAttributes:
    """Returns all attributes for a specified data table. A maximum of 100
    attributes per data table is allowed. Customers can request an increase
    by using Amazon Web Services Service Quotas. The response can be
    filtered by specific attribute IDs for CloudFormation integration.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance.
    - ``data_table_id``: The unique identifier for the data table whose attributes should be listed.
    - ``attribute_ids``: Optional list of specific attribute IDs to retrieve.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    - ``max_results``: The maximum number of data table attributes to return in one page of results.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str
    """The unique identifier for the data table whose attributes should be
    listed.
    """

    attribute_ids: list[str] | None = None
    """Optional list of specific attribute IDs to retrieve. Used for
    CloudFormation to effectively describe attributes by ID. If NextToken is
    provided, this parameter is ignored.
    """

    next_token: str | None = None
    """Specify the pagination token from a previous request to retrieve the
    next page of results.
    """

    max_results: int | None = None
    """The maximum number of data table attributes to return in one page of
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
        value = self.data_table_id
        if value is None:
            errors.append(prefix + "data_table_id: required but missing")
        else:
            path = prefix + "data_table_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.attribute_ids
        if value is not None:
            path = prefix + "attribute_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=256)
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
        result["DataTableId"] = self.data_table_id
        if self.attribute_ids is not None:
            result["AttributeIds"] = list(self.attribute_ids)
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListDataTableAttributes:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListDataTableAttributes")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_table_id=_rt.required(data, "DataTableId", path),
            attribute_ids=(
                None
                if (value := data.get("AttributeIds")) is None
                else list(_rt.expect_sequence(value, path + "AttributeIds"))
            ),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListDataTableAttributesResponse:
    """The response of ListDataTableAttributes.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``attributes``: A list of data table attributes with their complete configuration and metadata.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    attributes: list[DataTableAttribute] | None
    """A list of data table attributes with their complete configuration and
    metadata.
    """

    next_token: str | None = None
    """Specify the pagination token from a previous request to retrieve the
    next page of results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attributes
        if value is None:
            errors.append(prefix + "attributes: required but missing")
        else:
            path = prefix + "attributes"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, DataTableAttribute):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected DataTableAttribute, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.attributes is not None:
            result["Attributes"] = [v1.to_dict() for v1 in self.attributes]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListDataTableAttributesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListDataTableAttributesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else [
                    DataTableAttribute.from_dict(
                        v1, path=path + "Attributes" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Attributes")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListDataTableAttributesResponseDraft:
    """A :class:`ListDataTableAttributesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "attributes", "next_token")
    http_status: int
    attributes: list[DataTableAttribute] | None
    next_token: str | None


def new_list_data_table_attributes(
    instance_id: str,
    data_table_id: str,
) -> ListDataTableAttributes:
    """Create a :class:`ListDataTableAttributes` with all optional fields omitted."""
    return ListDataTableAttributes(
        instance_id=instance_id,
        data_table_id=data_table_id,
    )


list_data_table_attributes_instance_id = _rt.Lens[ListDataTableAttributes, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_data_table_attributes_instance_id",
)
"""Lens on :attr:`ListDataTableAttributes.instance_id`."""


list_data_table_attributes_data_table_id = _rt.Lens[ListDataTableAttributes, str](
    lambda s: s.data_table_id,
    lambda s, v: _dc.replace(s, data_table_id=v),
    "list_data_table_attributes_data_table_id",
)
"""Lens on :attr:`ListDataTableAttributes.data_table_id`."""


list_data_table_attributes_attribute_ids = _rt.Lens[
    ListDataTableAttributes, list[str] | None
](
    lambda s: s.attribute_ids,
    lambda s, v: _dc.replace(s, attribute_ids=v),
    "list_data_table_attributes_attribute_ids",
)
"""Lens on :attr:`ListDataTableAttributes.attribute_ids`."""


list_data_table_attributes_next_token = _rt.Lens[ListDataTableAttributes, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_data_table_attributes_next_token",
)
"""Lens on :attr:`ListDataTableAttributes.next_token`."""


list_data_table_attributes_max_results = _rt.Lens[ListDataTableAttributes, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_data_table_attributes_max_results",
)
"""Lens on :attr:`ListDataTableAttributes.max_results`."""


def new_list_data_table_attributes_response(
    http_status: int,
    attributes: list[DataTableAttribute],
) -> ListDataTableAttributesResponse:
    """Create a :class:`ListDataTableAttributesResponse` with all optional fields omitted."""
    return ListDataTableAttributesResponse(
        http_status=http_status,
        attributes=attributes,
    )


list_data_table_attributes_response_http_status = _rt.Lens[
    ListDataTableAttributesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_data_table_attributes_response_http_status",
)
"""Lens on :attr:`ListDataTableAttributesResponse.http_status`."""


list_data_table_attributes_response_attributes = _rt.Lens[
    ListDataTableAttributesResponse, list[DataTableAttribute] | None
](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "list_data_table_attributes_response_attributes",
)
"""Lens on :attr:`ListDataTableAttributesResponse.attributes`."""


list_data_table_attributes_response_next_token = _rt.Lens[
    ListDataTableAttributesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_data_table_attributes_response_next_token",
)
"""Lens on :attr:`ListDataTableAttributesResponse.next_token`."""


def _serialize(
    request: ListDataTableAttributes, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.data_table_id == "":
        raise _rt.ValidationError(
            ["data_table_id: a URI label must be set and not empty"]
        )
    path = (
        "/data-tables/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.data_table_id, "data_table_id")
        + "/attributes"
    )
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    data: dict[str, _t.Any] = {}
    if request.attribute_ids is not None:
        data["AttributeIds"] = request.attribute_ids
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
) -> ListDataTableAttributesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListDataTableAttributesResponseDraft()
    draft.http_status = status
    try:
        draft.attributes = (
            None
            if (value := data.get("Attributes")) is None
            else [
                DataTableAttribute._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Attributes")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Attributes")
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
    return _rt.seal(draft, ListDataTableAttributesResponse)


OPERATION: _rt.Operation[ListDataTableAttributes, ListDataTableAttributesResponse] = (
    _rt.Operation(
        "ListDataTableAttributes",
        ListDataTableAttributes,
        ListDataTableAttributesResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The ListDataTableAttributes operation: its types, errors and wire codec."""
