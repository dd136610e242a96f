"""The RuleTriggerEventSource shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

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
class RuleTriggerEventSource:
    """The name of the event source. This field is required if
    ``TriggerEventSource`` is one of the following values:
    ``OnZendeskTicketCreate`` | ``OnZendeskTicketStatusUpdate`` |
    ``OnSalesforceCaseCreate`` | ``OnContactEvaluationSubmit`` |
    ``OnMetricDataUpdate``.

    Fields:

    - ``event_source_name``: The name of the event source.
    - ``integration_association_id``: The identifier for the integration association.
    """

    event_source_name: str | None
    """The name of the event source."""

    integration_association_id: str | None = None
    """The identifier for the integration association."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.event_source_name
        if value is None:
            errors.append(prefix + "event_source_name: required but missing")
        else:
            path = prefix + "event_source_name"
            _rt.check_str(errors, path, value, enum=_EVENT_SOURCE_NAME_VALUES)
        value = self.integration_association_id
        if value is not None:
            path = prefix + "integration_association_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=200)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.event_source_name is not None:
            result["EventSourceName"] = self.event_source_name
        if self.integration_association_id is not None:
            result["IntegrationAssociationId"] = self.integration_association_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RuleTriggerEventSource:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RuleTriggerEventSource")
        return cls(
            event_source_name=data.get("EventSourceName"),
            integration_association_id=data.get("IntegrationAssociationId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.event_source_name is not None:
            data["EventSourceName"] = self.event_source_name
        if self.integration_association_id is not None:
            data["IntegrationAssociationId"] = self.integration_association_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RuleTriggerEventSource:
        draft = _RuleTriggerEventSourceDraft()
        try:
            draft.event_source_name = (
                None
                if (value := data.get("EventSourceName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EventSourceName")
                )
            )
            draft.integration_association_id = (
                None
                if (value := data.get("IntegrationAssociationId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "IntegrationAssociationId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RuleTriggerEventSourceDraft:
    """A :class:`RuleTriggerEventSource` being decoded (see ``_rt.seal``)."""

    __slots__ = ("event_source_name", "integration_association_id")
    event_source_name: str | None
    integration_association_id: str | None


def new_rule_trigger_event_source(
    event_source_name: str,
) -> RuleTriggerEventSource:
    """Create a :class:`RuleTriggerEventSource` with all optional fields omitted."""
    return RuleTriggerEventSource(
        event_source_name=event_source_name,
    )


rule_trigger_event_source_event_source_name = _rt.Lens[
    RuleTriggerEventSource, str | None
](
    lambda s: s.event_source_name,
    lambda s, v: _dc.replace(s, event_source_name=v),
    "rule_trigger_event_source_event_source_name",
)
"""Lens on :attr:`RuleTriggerEventSource.event_source_name`."""


rule_trigger_event_source_integration_association_id = _rt.Lens[
    RuleTriggerEventSource, str | None
](
    lambda s: s.integration_association_id,
    lambda s, v: _dc.replace(s, integration_association_id=v),
    "rule_trigger_event_source_integration_association_id",
)
"""Lens on :attr:`RuleTriggerEventSource.integration_association_id`."""
