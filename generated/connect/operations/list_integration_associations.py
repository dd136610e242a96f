"""Provides summary information about the Amazon Web Services resource associations for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.integration_association_summary import IntegrationAssociationSummary

_INTEGRATION_TYPE_VALUES = frozenset(
    (
        "EVENT",
        "VOICE_ID",
        "PINPOINT_APP",
        "WISDOM_ASSISTANT",
        "WISDOM_KNOWLEDGE_BASE",
        "WISDOM_QUICK_RESPONSES",
        "Q_MESSAGE_TEMPLATES",
        "CASES_DOMAIN",
        "APPLICATION",
        "FILE_SCANNER",
        "SES_IDENTITY",
        "ANALYTICS_CONNECTOR",
        "CALL_TRANSFER_CONNECTOR",
        "COGNITO_USER_POOL",
        "MESSAGE_PROCESSOR",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListIntegrationAssociations:
    """Provides summary information about the Amazon Web Services resource
    associations for the specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``integration_type``: The integration type.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``integration_arn``: The Amazon Resource Name (ARN) of the integration.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    integration_type: str | None = None
    """The integration type."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    integration_arn: str | None = None
    """The Amazon Resource Name (ARN) of the integration."""

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
        value = self.integration_type
        if value is not None:
            path = prefix + "integration_type"
            _rt.check_str(errors, path, value, enum=_INTEGRATION_TYPE_VALUES)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.integration_arn
        if value is not None:
            path = prefix + "integration_arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.integration_type is not None:
            result["IntegrationType"] = self.integration_type
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.integration_arn is not None:
            result["IntegrationArn"] = self.integration_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListIntegrationAssociations:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListIntegrationAssociations")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            integration_type=data.get("IntegrationType"),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            integration_arn=data.get("IntegrationArn"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListIntegrationAssociationsResponse:
    """The response of ListIntegrationAssociations.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``integration_association_summary_list``: The associations.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    integration_association_summary_list: list[IntegrationAssociationSummary] | None = (
        None
    )
    """The associations."""

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
        value = self.integration_association_summary_list
        if value is not None:
            path = prefix + "integration_association_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, IntegrationAssociationSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected IntegrationAssociationSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.integration_association_summary_list is not None:
            result["IntegrationAssociationSummaryList"] = [
                v1.to_dict() for v1 in self.integration_association_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListIntegrationAssociationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListIntegrationAssociationsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            integration_association_summary_list=(
                None
                if (value := data.get("IntegrationAssociationSummaryList")) is None
                else [
                    IntegrationAssociationSummary.from_dict(
                        v1,
                        path=path
                        + "IntegrationAssociationSummaryList"
                        + f"[{i1}]"
                        + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "IntegrationAssociationSummaryList"
                        )
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListIntegrationAssociationsResponseDraft:
    """A :class:`ListIntegrationAssociationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "integration_association_summary_list", "next_token")
    http_status: int
    integration_association_summary_list: list[IntegrationAssociationSummary] | None
    next_token: str | None


def new_list_integration_associations(
    instance_id: str,
) -> ListIntegrationAssociations:
    """Create a :class:`ListIntegrationAssociations` with all optional fields omitted."""
    return ListIntegrationAssociations(
        instance_id=instance_id,
    )


list_integration_associations_instance_id = _rt.Lens[ListIntegrationAssociations, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_integration_associations_instance_id",
)
"""Lens on :attr:`ListIntegrationAssociations.instance_id`."""


list_integration_associations_integration_type = _rt.Lens[
    ListIntegrationAssociations, str | None
](
    lambda s: s.integration_type,
    lambda s, v: _dc.replace(s, integration_type=v),
    "list_integration_associations_integration_type",
)
"""Lens on :attr:`ListIntegrationAssociations.integration_type`."""


list_integration_associations_next_token = _rt.Lens[
    ListIntegrationAssociations, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_integration_associations_next_token",
)
"""Lens on :attr:`ListIntegrationAssociations.next_token`."""


list_integration_associations_max_results = _rt.Lens[
    ListIntegrationAssociations, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_integration_associations_max_results",
)
"""Lens on :attr:`ListIntegrationAssociations.max_results`."""


list_integration_associations_integration_arn = _rt.Lens[
    ListIntegrationAssociations, str | None
](
    lambda s: s.integration_arn,
    lambda s, v: _dc.replace(s, integration_arn=v),
    "list_integration_associations_integration_arn",
)
"""Lens on :attr:`ListIntegrationAssociations.integration_arn`."""


def new_list_integration_associations_response(
    http_status: int,
) -> ListIntegrationAssociationsResponse:
    """Create a :class:`ListIntegrationAssociationsResponse` with all optional fields omitted."""
    return ListIntegrationAssociationsResponse(
        http_status=http_status,
    )


list_integration_associations_response_http_status = _rt.Lens[
    ListIntegrationAssociationsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_integration_associations_response_http_status",
)
"""Lens on :attr:`ListIntegrationAssociationsResponse.http_status`."""


list_integration_associations_response_integration_association_summary_list = _rt.Lens[
    ListIntegrationAssociationsResponse, list[IntegrationAssociationSummary] | None
](
    lambda s: s.integration_association_summary_list,
    lambda s, v: _dc.replace(s, integration_association_summary_list=v),
    "list_integration_associations_response_integration_association_summary_list",
)
"""Lens on :attr:`ListIntegrationAssociationsResponse.integration_association_summary_list`."""


list_integration_associations_response_next_token = _rt.Lens[
    ListIntegrationAssociationsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_integration_associations_response_next_token",
)
"""Lens on :attr:`ListIntegrationAssociationsResponse.next_token`."""


def _serialize(
    request: ListIntegrationAssociations, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/integration-associations"
    )
    query: list[tuple[str, str | None]] = []
    if request.integration_type is not None:
        query.append(("integrationType", request.integration_type))
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    if request.integration_arn is not None:
        query.append(("integrationArn", request.integration_arn))
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
) -> ListIntegrationAssociationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListIntegrationAssociationsResponseDraft()
    draft.http_status = status
    try:
        draft.integration_association_summary_list = (
            None
            if (value := data.get("IntegrationAssociationSummaryList")) is None
            else [
                IntegrationAssociationSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "IntegrationAssociationSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "IntegrationAssociationSummaryList")
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
    return _rt.seal(draft, ListIntegrationAssociationsResponse)


OPERATION: _rt.Operation[
    ListIntegrationAssociations, ListIntegrationAssociationsResponse
] = _rt.Operation(
    "ListIntegrationAssociations",
    ListIntegrationAssociations,
    ListIntegrationAssociationsResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The ListIntegrationAssociations operation: its types, errors and wire codec."""
