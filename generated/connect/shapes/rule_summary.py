"""The RuleSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.action_summary import ActionSummary

_PATTERN_1 = _rt.Pattern(
    "^[0-9a-zA-Z._-]+",
    "^[0-9a-zA-Z._-]+",
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
_RULE_PUBLISH_STATUS_VALUES = frozenset(
    (
        "DRAFT",
        "PUBLISHED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RuleSummary:
    """A list of ``ActionTypes`` associated with a rule.

    Fields:

    - ``name``: The name of the rule.
    - ``rule_id``: A unique identifier for the rule.
    - ``rule_arn``: The Amazon Resource Name (ARN) of the rule.
    - ``event_source_name``: The name of the event source.
    - ``publish_status``: The publish status of the rule.
    - ``action_summaries``: A list of ActionTypes associated with a rule.
    - ``created_time``: The timestamp for when the rule was created.
    - ``last_updated_time``: The timestamp for when the rule was last updated.
    """

    name: str | None
    """The name of the rule."""

    rule_id: str | None
    """A unique identifier for the rule."""

    rule_arn: str | None
    """The Amazon Resource Name (ARN) of the rule."""

    event_source_name: str | None
    """The name of the event source."""

    publish_status: str | None
    """The publish status of the rule."""

    action_summaries: list[ActionSummary] | None
    """A list of ActionTypes associated with a rule."""

    created_time: _dt.datetime | None
    """The timestamp for when the rule was created."""

    last_updated_time: _dt.datetime | None
    """The timestamp for when the rule was last updated."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=200, pattern=_PATTERN_1
            )
        value = self.rule_id
        if value is None:
            errors.append(prefix + "rule_id: required but missing")
        else:
            path = prefix + "rule_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.rule_arn
        if value is None:
            errors.append(prefix + "rule_arn: required but missing")
        else:
            path = prefix + "rule_arn"
            _rt.check_str(errors, path, value)
        value = self.event_source_name
        if value is None:
            errors.append(prefix + "event_source_name: required but missing")
        else:
            path = prefix + "event_source_name"
            _rt.check_str(errors, path, value, enum=_EVENT_SOURCE_NAME_VALUES)
        value = self.publish_status
        if value is None:
            errors.append(prefix + "publish_status: required but missing")
        else:
            path = prefix + "publish_status"
            _rt.check_str(errors, path, value, enum=_RULE_PUBLISH_STATUS_VALUES)
        value = self.action_summaries
        if value is None:
            errors.append(prefix + "action_summaries: required but missing")
        else:
            path = prefix + "action_summaries"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ActionSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ActionSummary, got {type(v1).__name__}"
                            )
        value = self.created_time
        if value is None:
            errors.append(prefix + "created_time: required but missing")
        else:
            path = prefix + "created_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_updated_time
        if value is None:
            errors.append(prefix + "last_updated_time: required but missing")
        else:
            path = prefix + "last_updated_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.rule_id is not None:
            result["RuleId"] = self.rule_id
        if self.rule_arn is not None:
            result["RuleArn"] = self.rule_arn
        if self.event_source_name is not None:
            result["EventSourceName"] = self.event_source_name
        if self.publish_status is not None:
            result["PublishStatus"] = self.publish_status
        if self.action_summaries is not None:
            result["ActionSummaries"] = [v1.to_dict() for v1 in self.action_summaries]
        if self.created_time is not None:
            result["CreatedTime"] = self.created_time
        if self.last_updated_time is not None:
            result["LastUpdatedTime"] = self.last_updated_time
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> RuleSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RuleSummary")
        return cls(
            name=data.get("Name"),
            rule_id=data.get("RuleId"),
            rule_arn=data.get("RuleArn"),
            event_source_name=data.get("EventSourceName"),
            publish_status=data.get("PublishStatus"),
            action_summaries=(
                None
                if (value := data.get("ActionSummaries")) is None
                else [
                    ActionSummary.from_dict(
                        v1, path=path + "ActionSummaries" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ActionSummaries")
                    )
                ]
            ),
            created_time=data.get("CreatedTime"),
            last_updated_time=data.get("LastUpdatedTime"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RuleSummary:
        draft = _RuleSummaryDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.rule_id = (
                None
                if (value := data.get("RuleId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "RuleId"))
            )
            draft.rule_arn = (
                None
                if (value := data.get("RuleArn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "RuleArn"))
            )
            draft.event_source_name = (
                None
                if (value := data.get("EventSourceName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EventSourceName")
                )
            )
            draft.publish_status = (
                None
                if (value := data.get("PublishStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PublishStatus")
                )
            )
            draft.action_summaries = (
                None
                if (value := data.get("ActionSummaries")) is None
                else [
                    ActionSummary._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "ActionSummaries")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ActionSummaries")
                    )
                    if v1 is not None
                ]
            )
            draft.created_time = (
                None
                if (value := data.get("CreatedTime")) is None
                else _rt.parse_timestamp(value, "CreatedTime")
            )
            draft.last_updated_time = (
                None
                if (value := data.get("LastUpdatedTime")) is None
                else _rt.parse_timestamp(value, "LastUpdatedTime")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RuleSummaryDraft:
    """A :class:`RuleSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "name",
        "rule_id",
        "rule_arn",
        "event_source_name",
        "publish_status",
        "action_summaries",
        "created_time",
        "last_updated_time",
    )
    name: str | None
    rule_id: str | None
    rule_arn: str | None
    event_source_name: str | None
    publish_status: str | None
    action_summaries: list[ActionSummary] | None
    created_time: _dt.datetime | None
    last_updated_time: _dt.datetime | None


def new_rule_summary(
    name: str,
    rule_id: str,
    rule_arn: str,
    event_source_name: str,
    publish_status: str,
    action_summaries: list[ActionSummary],
    created_time: _dt.datetime,
    last_updated_time: _dt.datetime,
) -> RuleSummary:
    """Create a :class:`RuleSummary` with all optional fields omitted."""
    return RuleSummary(
        name=name,
        rule_id=rule_id,
        rule_arn=rule_arn,
        event_source_name=event_source_name,
        publish_status=publish_status,
        action_summaries=action_summaries,
        created_time=created_time,
        last_updated_time=last_updated_time,
    )


rule_summary_name = _rt.Lens[RuleSummary, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "rule_summary_name",
)
"""Lens on :attr:`RuleSummary.name`."""


rule_summary_rule_id = _rt.Lens[RuleSummary, str | None](
    lambda s: s.rule_id,
    lambda s, v: _dc.replace(s, rule_id=v),
    "rule_summary_rule_id",
)
"""Lens on :attr:`RuleSummary.rule_id`."""


rule_summary_rule_arn = _rt.Lens[RuleSummary, str | None](
    lambda s: s.rule_arn,
    lambda s, v: _dc.replace(s, rule_arn=v),
    "rule_summary_rule_arn",
)
"""Lens on :attr:`RuleSummary.rule_arn`."""


rule_summary_event_source_name = _rt.Lens[RuleSummary, str | None](
    lambda s: s.event_source_name,
    lambda s, v: _dc.replace(s, event_source_name=v),
    "rule_summary_event_source_name",
)
"""Lens on :attr:`RuleSummary.event_source_name`."""


rule_summary_publish_status = _rt.Lens[RuleSummary, str | None](
    lambda s: s.publish_status,
    lambda s, v: _dc.replace(s, publish_status=v),
    "rule_summary_publish_status",
)
"""Lens on :attr:`RuleSummary.publish_status`."""


rule_summary_action_summaries = _rt.Lens[RuleSummary, list[ActionSummary] | None](
    lambda s: s.action_summaries,
    lambda s, v: _dc.replace(s, action_summaries=v),
    "rule_summary_action_summaries",
)
"""Lens on :attr:`RuleSummary.action_summaries`."""


rule_summary_created_time = _rt.Lens[RuleSummary, _dt.datetime | None](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "rule_summary_created_time",
)
"""Lens on :attr:`RuleSummary.created_time`."""


rule_summary_last_updated_time = _rt.Lens[RuleSummary, _dt.datetime | None](
    lambda s: s.last_updated_time,
    lambda s, v: _dc.replace(s, last_updated_time=v),
    "rule_summary_last_updated_time",
)
"""Lens on :attr:`RuleSummary.last_updated_time`."""
