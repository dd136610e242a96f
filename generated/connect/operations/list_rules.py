"""List all rules for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.rule_summary import RuleSummary

_RULE_PUBLISH_STATUS_VALUES = frozenset(
    (
        "DRAFT",
        "PUBLISHED",
    )
)
_EVENT_SOURCE_NAME_VALUES = frozenset(
    (
        "OnPostCallAnalysisAvailable",
        "OnRealTimeCallAnalysisAvailable",
        "OnRealTimeChatAnalysisAvailable",
        "OnPostChatAnalysisAvailable",
        "OnEmailAnalysisAvailable",
        "OnZendeskTicketCreate",
        "OnZendeskTicketStatusUpdate",
        "OnSalesforceCaseCreate",
        "OnContactEvaluationSubmit",
        "OnMetricDataUpdate",
        "OnCaseCreate",
        "OnCaseUpdate",
        "OnSlaBreach",
        "OnAlertUpdate",
        "OnSchedulePublish",
        "OnScheduleUpdate",
        "OnScheduleTimeOffRequestActivity",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListRules:
    """List all rules for the specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``publish_status``: The publish status of the rule.
    - ``event_source_name``: The name of the event source.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    publish_status: str | None = None
    """The publish status of the rule."""

    event_source_name: str | None = None
    """The name of the event source."""

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
        value = self.publish_status
        if value is not None:
            path = prefix + "publish_status"
            _rt.check_str(errors, path, value, enum=_RULE_PUBLISH_STATUS_VALUES)
        value = self.event_source_name
        if value is not None:
            path = prefix + "event_source_name"
            _rt.check_str(errors, path, value, enum=_EVENT_SOURCE_NAME_VALUES)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=200)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.publish_status is not None:
            result["PublishStatus"] = self.publish_status
        if self.event_source_name is not None:
            result["EventSourceName"] = self.event_source_name
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ListRules:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListRules")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            publish_status=data.get("PublishStatus"),
            event_source_name=data.get("EventSourceName"),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListRulesResponse:
    """The response of ListRules.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``rule_summary_list``: Summary information about a rule.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    rule_summary_list: list[RuleSummary] | None
    """Summary information about a rule."""

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
        value = self.rule_summary_list
        if value is None:
            errors.append(prefix + "rule_summary_list: required but missing")
        else:
            path = prefix + "rule_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RuleSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RuleSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.rule_summary_list is not None:
            result["RuleSummaryList"] = [v1.to_dict() for v1 in self.rule_summary_list]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListRulesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListRulesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            rule_summary_list=(
                None
                if (value := data.get("RuleSummaryList")) is None
                else [
                    RuleSummary.from_dict(
                        v1, path=path + "RuleSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "RuleSummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListRulesResponseDraft:
    """A :class:`ListRulesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "rule_summary_list", "next_token")
    http_status: int
    rule_summary_list: list[RuleSummary] | None
    next_token: str | None


def new_list_rules(
    instance_id: str,
) -> ListRules:
    """Create a :class:`ListRules` with all optional fields omitted."""
    return ListRules(
        instance_id=instance_id,
    )


list_rules_instance_id = _rt.Lens[ListRules, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_rules_instance_id",
)
"""Lens on :attr:`ListRules.instance_id`."""


list_rules_publish_status = _rt.Lens[ListRules, str | None](
    lambda s: s.publish_status,
    lambda s, v: _dc.replace(s, publish_status=v),
    "list_rules_publish_status",
)
"""Lens on :attr:`ListRules.publish_status`."""


list_rules_event_source_name = _rt.Lens[ListRules, str | None](
    lambda s: s.event_source_name,
    lambda s, v: _dc.replace(s, event_source_name=v),
    "list_rules_event_source_name",
)
"""Lens on :attr:`ListRules.event_source_name`."""


list_rules_max_results = _rt.Lens[ListRules, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_rules_max_results",
)
"""Lens on :attr:`ListRules.max_results`."""


list_rules_next_token = _rt.Lens[ListRules, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_rules_next_token",
)
"""Lens on :attr:`ListRules.next_token`."""


def new_list_rules_response(
    http_status: int,
    rule_summary_list: list[RuleSummary],
) -> ListRulesResponse:
    """Create a :class:`ListRulesResponse` with all optional fields omitted."""
    return ListRulesResponse(
        http_status=http_status,
        rule_summary_list=rule_summary_list,
    )


list_rules_response_http_status = _rt.Lens[ListRulesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_rules_response_http_status",
)
"""Lens on :attr:`ListRulesResponse.http_status`."""


list_rules_response_rule_summary_list = _rt.Lens[
    ListRulesResponse, list[RuleSummary] | None
](
    lambda s: s.rule_summary_list,
    lambda s, v: _dc.replace(s, rule_summary_list=v),
    "list_rules_response_rule_summary_list",
)
"""Lens on :attr:`ListRulesResponse.rule_summary_list`."""


list_rules_response_next_token = _rt.Lens[ListRulesResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_rules_response_next_token",
)
"""Lens on :attr:`ListRulesResponse.next_token`."""


def _serialize(request: ListRules, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/rules/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    if request.publish_status is not None:
        query.append(("publishStatus", request.publish_status))
    if request.event_source_name is not None:
        query.append(("eventSourceName", request.event_source_name))
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
) -> ListRulesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListRulesResponseDraft()
    draft.http_status = status
    try:
        draft.rule_summary_list = (
            None
            if (value := data.get("RuleSummaryList")) is None
            else [
                RuleSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "RuleSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "RuleSummaryList")
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
    return _rt.seal(draft, ListRulesResponse)


OPERATION: _rt.Operation[ListRules, ListRulesResponse] = _rt.Operation(
    "ListRules",
    ListRules,
    ListRulesResponse,
    (
        _errors.InvalidRequestException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.ResourceNotFoundException,
    ),
    _serialize,
    _deserialize,
)
"""The ListRules operation: its types, errors and wire codec."""
