"""Lists predefined attributes for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.predefined_attribute_summary import PredefinedAttributeSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListPredefinedAttributes:
    """Lists predefined attributes for the specified Connect Customer instance.
    A *predefined attribute* is made up of a name and a value. You can use
    predefined attributes for:

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
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListPredefinedAttributes:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListPredefinedAttributes")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListPredefinedAttributesResponse:
    """The response of ListPredefinedAttributes.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``predefined_attribute_summary_list``: Summary of the predefined attributes.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    predefined_attribute_summary_list: list[PredefinedAttributeSummary] | None = None
    """Summary of the predefined attributes."""

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
        value = self.predefined_attribute_summary_list
        if value is not None:
            path = prefix + "predefined_attribute_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PredefinedAttributeSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PredefinedAttributeSummary, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.predefined_attribute_summary_list is not None:
            result["PredefinedAttributeSummaryList"] = [
                v1.to_dict() for v1 in self.predefined_attribute_summary_list
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListPredefinedAttributesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListPredefinedAttributesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            predefined_attribute_summary_list=(
                None
                if (value := data.get("PredefinedAttributeSummaryList")) is None
                else [
                    PredefinedAttributeSummary.from_dict(
                        v1,
                        path=path + "PredefinedAttributeSummaryList" + f"[{i1}]" + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "PredefinedAttributeSummaryList"
                        )
                    )
                ]
            ),
        )


class _ListPredefinedAttributesResponseDraft:
    """A :class:`ListPredefinedAttributesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "next_token", "predefined_attribute_summary_list")
    http_status: int
    next_token: str | None
    predefined_attribute_summary_list: list[PredefinedAttributeSummary] | None


def new_list_predefined_attributes(
    instance_id: str,
) -> ListPredefinedAttributes:
    """Create a :class:`ListPredefinedAttributes` with all optional fields omitted."""
    return ListPredefinedAttributes(
        instance_id=instance_id,
    )


list_predefined_attributes_instance_id = _rt.Lens[ListPredefinedAttributes, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_predefined_attributes_instance_id",
)
"""Lens on :attr:`ListPredefinedAttributes.instance_id`."""


list_predefined_attributes_next_token = _rt.Lens[ListPredefinedAttributes, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_predefined_attributes_next_token",
)
"""Lens on :attr:`ListPredefinedAttributes.next_token`."""


list_predefined_attributes_max_results = _rt.Lens[ListPredefinedAttributes, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_predefined_attributes_max_results",
)
"""Lens on :attr:`ListPredefinedAttributes.max_results`."""


def new_list_predefined_attributes_response(
    http_status: int,
) -> ListPredefinedAttributesResponse:
    """Create a :class:`ListPredefinedAttributesResponse` with all optional fields omitted."""
    return ListPredefinedAttributesResponse(
        http_status=http_status,
    )


list_predefined_attributes_response_http_status = _rt.Lens[
    ListPredefinedAttributesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_predefined_attributes_response_http_status",
)
"""Lens on :attr:`ListPredefinedAttributesResponse.http_status`."""


list_predefined_attributes_response_next_token = _rt.Lens[
    ListPredefinedAttributesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_predefined_attributes_response_next_token",
)
"""Lens on :attr:`ListPredefinedAttributesResponse.next_token`."""


list_predefined_attributes_response_predefined_attribute_summary_list = _rt.Lens[
    ListPredefinedAttributesResponse, list[PredefinedAttributeSummary] | None
](
    lambda s: s.predefined_attribute_summary_list,
    lambda s, v: _dc.replace(s, predefined_attribute_summary_list=v),
    "list_predefined_attributes_response_predefined_attribute_summary_list",
)
"""Lens on :attr:`ListPredefinedAttributesResponse.predefined_attribute_summary_list`."""


def _serialize(
    request: ListPredefinedAttributes, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/predefined-attributes/" + _rt.quote_label(
        request.instance_id, "instance_id"
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
) -> ListPredefinedAttributesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListPredefinedAttributesResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.predefined_attribute_summary_list = (
            None
            if (value := data.get("PredefinedAttributeSummaryList")) is None
            else [
                PredefinedAttributeSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "PredefinedAttributeSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "PredefinedAttributeSummaryList")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListPredefinedAttributesResponse)


OPERATION: _rt.Operation[ListPredefinedAttributes, ListPredefinedAttributesResponse] = (
    _rt.Operation(
        "ListPredefinedAttributes",
        ListPredefinedAttributes,
        ListPredefinedAttributesResponse,
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
"""The ListPredefinedAttributes operation: its types, errors and wire codec."""
