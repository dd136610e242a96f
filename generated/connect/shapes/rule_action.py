"""The RuleAction shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.assign_contact_category_action_definition import (
    AssignContactCategoryActionDefinition,
)
from ..shapes.assign_sla_action_definition import AssignSlaActionDefinition
from ..shapes.create_case_action_definition import CreateCaseActionDefinition
from ..shapes.end_associated_tasks_action_definition import (
    EndAssociatedTasksActionDefinition,
)
from ..shapes.event_bridge_action_definition import EventBridgeActionDefinition
from ..shapes.send_notification_action_definition import (
    SendNotificationActionDefinition,
)
from ..shapes.submit_auto_evaluation_action_definition import (
    SubmitAutoEvaluationActionDefinition,
)
from ..shapes.task_action_definition import TaskActionDefinition
from ..shapes.update_case_action_definition import UpdateCaseActionDefinition

_ACTION_TYPE_VALUES = frozenset(
    (
        "CREATE_TASK",
        "ASSIGN_CONTACT_CATEGORY",
        "GENERATE_EVENTBRIDGE_EVENT",
        "SEND_NOTIFICATION",
        "CREATE_CASE",
        "UPDATE_CASE",
        "ASSIGN_SLA",
        "END_ASSOCIATED_TASKS",
        "SUBMIT_AUTO_EVALUATION",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RuleAction:
    """Information about the action to be performed when a rule is triggered.

    Fields:

    - ``action_type``: The type of action that creates a rule.
    - ``task_action``: Information about the task action.
    - ``event_bridge_action``: Information about the EventBridge action.
    - ``assign_contact_category_action``: Information about the contact category action.
    - ``send_notification_action``: Information about the send notification action.
    - ``create_case_action``: Information about the create case action.
    - ``update_case_action``: Information about the update case action.
    - ``assign_sla_action``: Information about the assign SLA action.
    - ``end_associated_tasks_action``: Information about the end associated tasks action.
    - ``submit_auto_evaluation_action``: Information about the submit automated evaluation action.
    """

    action_type: str | None
    """The type of action that creates a rule."""

    task_action: TaskActionDefinition | None = None
    """Information about the task action. This field is required if
    ``TriggerEventSource`` is one of the following values:
    ``OnZendeskTicketCreate`` | ``OnZendeskTicketStatusUpdate`` |
    ``OnSalesforceCaseCreate``
    """

    event_bridge_action: EventBridgeActionDefinition | None = None
    """Information about the EventBridge action.

    Supported only for ``TriggerEventSource`` values:
    ``OnPostCallAnalysisAvailable`` | ``OnRealTimeCallAnalysisAvailable`` |
    ``OnRealTimeChatAnalysisAvailable`` | ``OnPostChatAnalysisAvailable`` |
    ``OnContactEvaluationSubmit`` | ``OnMetricDataUpdate``
    """

    assign_contact_category_action: AssignContactCategoryActionDefinition | None = None
    """Information about the contact category action.

    Supported only for ``TriggerEventSource`` values:
    ``OnPostCallAnalysisAvailable`` | ``OnRealTimeCallAnalysisAvailable`` |
    ``OnRealTimeChatAnalysisAvailable`` | ``OnPostChatAnalysisAvailable`` |
    ``OnZendeskTicketCreate`` | ``OnZendeskTicketStatusUpdate`` |
    ``OnSalesforceCaseCreate``
    """

    send_notification_action: SendNotificationActionDefinition | None = None
    """Information about the send notification action.

    Supported only for ``TriggerEventSource`` values:
    ``OnPostCallAnalysisAvailable`` | ``OnRealTimeCallAnalysisAvailable`` |
    ``OnRealTimeChatAnalysisAvailable`` | ``OnPostChatAnalysisAvailable`` |
    ``OnContactEvaluationSubmit`` | ``OnMetricDataUpdate``
    """

    create_case_action: CreateCaseActionDefinition | None = None
    """Information about the create case action.

    Supported only for ``TriggerEventSource`` values:
    ``OnPostCallAnalysisAvailable`` | ``OnPostChatAnalysisAvailable``.
    """

    update_case_action: UpdateCaseActionDefinition | None = None
    """Information about the update case action.

    Supported only for ``TriggerEventSource`` values: ``OnCaseCreate`` |
    ``OnCaseUpdate``.
    """

    assign_sla_action: AssignSlaActionDefinition | None = None
    """Information about the assign SLA action."""

    end_associated_tasks_action: EndAssociatedTasksActionDefinition | None = None
    """Information about the end associated tasks action.

    Supported only for ``TriggerEventSource`` values: ``OnCaseUpdate``.
    """

    submit_auto_evaluation_action: SubmitAutoEvaluationActionDefinition | None = None
    """Information about the submit automated evaluation action."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.action_type
        if value is None:
            errors.append(prefix + "action_type: required but missing")
        else:
            path = prefix + "action_type"
            _rt.check_str(errors, path, value, enum=_ACTION_TYPE_VALUES)
        value = self.task_action
        if value is not None:
            path = prefix + "task_action"
            if isinstance(value, TaskActionDefinition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TaskActionDefinition, got {type(value).__name__}"
                )
        value = self.event_bridge_action
        if value is not None:
            path = prefix + "event_bridge_action"
            if isinstance(value, EventBridgeActionDefinition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EventBridgeActionDefinition, got {type(value).__name__}"
                )
        value = self.assign_contact_category_action
        if value is not None:
            path = prefix + "assign_contact_category_action"
            if isinstance(value, AssignContactCategoryActionDefinition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AssignContactCategoryActionDefinition, got {type(value).__name__}"
                )
        value = self.send_notification_action
        if value is not None:
            path = prefix + "send_notification_action"
            if isinstance(value, SendNotificationActionDefinition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SendNotificationActionDefinition, got {type(value).__name__}"
                )
        value = self.create_case_action
        if value is not None:
            path = prefix + "create_case_action"
            if isinstance(value, CreateCaseActionDefinition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected CreateCaseActionDefinition, got {type(value).__name__}"
                )
        value = self.update_case_action
        if value is not None:
            path = prefix + "update_case_action"
            if isinstance(value, UpdateCaseActionDefinition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected UpdateCaseActionDefinition, got {type(value).__name__}"
                )
        value = self.assign_sla_action
        if value is not None:
            path = prefix + "assign_sla_action"
            if isinstance(value, AssignSlaActionDefinition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AssignSlaActionDefinition, got {type(value).__name__}"
                )
        value = self.end_associated_tasks_action
        if value is not None:
            path = prefix + "end_associated_tasks_action"
            if isinstance(value, EndAssociatedTasksActionDefinition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EndAssociatedTasksActionDefinition, got {type(value).__name__}"
                )
        value = self.submit_auto_evaluation_action
        if value is not None:
            path = prefix + "submit_auto_evaluation_action"
            if isinstance(value, SubmitAutoEvaluationActionDefinition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SubmitAutoEvaluationActionDefinition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.action_type is not None:
            result["ActionType"] = self.action_type
        if self.task_action is not None:
            result["TaskAction"] = self.task_action.to_dict()
        if self.event_bridge_action is not None:
            result["EventBridgeAction"] = self.event_bridge_action.to_dict()
        if self.assign_contact_category_action is not None:
            result["AssignContactCategoryAction"] = (
                self.assign_contact_category_action.to_dict()
            )
        if self.send_notification_action is not None:
            result["SendNotificationAction"] = self.send_notification_action.to_dict()
        if self.create_case_action is not None:
            result["CreateCaseAction"] = self.create_case_action.to_dict()
        if self.update_case_action is not None:
            result["UpdateCaseAction"] = self.update_case_action.to_dict()
        if self.assign_sla_action is not None:
            result["AssignSlaAction"] = self.assign_sla_action.to_dict()
        if self.end_associated_tasks_action is not None:
            result["EndAssociatedTasksAction"] = (
                self.end_associated_tasks_action.to_dict()
            )
        if self.submit_auto_evaluation_action is not None:
            result["SubmitAutoEvaluationAction"] = (
                self.submit_auto_evaluation_action.to_dict()
            )
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> RuleAction:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RuleAction")
        return cls(
            action_type=data.get("ActionType"),
            task_action=(
                None
                if (value := data.get("TaskAction")) is None
                else TaskActionDefinition.from_dict(
                    value, path=path + "TaskAction" + "."
                )
            ),
            event_bridge_action=(
                None
                if (value := data.get("EventBridgeAction")) is None
                else EventBridgeActionDefinition.from_dict(
                    value, path=path + "EventBridgeAction" + "."
                )
            ),
            assign_contact_category_action=(
                None
                if (value := data.get("AssignContactCategoryAction")) is None
                else AssignContactCategoryActionDefinition.from_dict(
                    value, path=path + "AssignContactCategoryAction" + "."
                )
            ),
            send_notification_action=(
                None
                if (value := data.get("SendNotificationAction")) is None
                else SendNotificationActionDefinition.from_dict(
                    value, path=path + "SendNotificationAction" + "."
                )
            ),
            create_case_action=(
                None
                if (value := data.get("CreateCaseAction")) is None
                else CreateCaseActionDefinition.from_dict(
                    value, path=path + "CreateCaseAction" + "."
                )
            ),
            update_case_action=(
                None
                if (value := data.get("UpdateCaseAction")) is None
                else UpdateCaseActionDefinition.from_dict(
                    value, path=path + "UpdateCaseAction" + "."
                )
            ),
            assign_sla_action=(
                None
                if (value := data.get("AssignSlaAction")) is None
                else AssignSlaActionDefinition.from_dict(
                    value, path=path + "AssignSlaAction" + "."
                )
            ),
            end_associated_tasks_action=(
                None
                if (value := data.get("EndAssociatedTasksAction")) is None
                else EndAssociatedTasksActionDefinition.from_dict(
                    value, path=path + "EndAssociatedTasksAction" + "."
                )
            ),
            submit_auto_evaluation_action=(
                None
                if (value := data.get("SubmitAutoEvaluationAction")) is None
                else SubmitAutoEvaluationActionDefinition.from_dict(
                    value, path=path + "SubmitAutoEvaluationAction" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.action_type is not None:
            data["ActionType"] = self.action_type
        if self.task_action is not None:
            data["TaskAction"] = self.task_action._to_json()
        if self.event_bridge_action is not None:
            data["EventBridgeAction"] = self.event_bridge_action._to_json()
        if self.assign_contact_category_action is not None:
            data["AssignContactCategoryAction"] = (
                self.assign_contact_category_action._to_json()
            )
        if self.send_notification_action is not None:
            data["SendNotificationAction"] = self.send_notification_action._to_json()
        if self.create_case_action is not None:
            data["CreateCaseAction"] = self.create_case_action._to_json()
        if self.update_case_action is not None:
            data["UpdateCaseAction"] = self.update_case_action._to_json()
        if self.assign_sla_action is not None:
            data["AssignSlaAction"] = self.assign_sla_action._to_json()
        if self.end_associated_tasks_action is not None:
            data["EndAssociatedTasksAction"] = (
                self.end_associated_tasks_action._to_json()
            )
        if self.submit_auto_evaluation_action is not None:
            data["SubmitAutoEvaluationAction"] = (
                self.submit_auto_evaluation_action._to_json()
            )
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RuleAction:
        draft = _RuleActionDraft()
        try:
            draft.action_type = (
                None
                if (value := data.get("ActionType")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ActionType")
                )
            )
            draft.task_action = (
                None
                if (value := data.get("TaskAction")) is None
                else TaskActionDefinition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "TaskAction")
                    )
                )
            )
            draft.event_bridge_action = (
                None
                if (value := data.get("EventBridgeAction")) is None
                else EventBridgeActionDefinition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "EventBridgeAction")
                    )
                )
            )
            draft.assign_contact_category_action = (
                None
                if (value := data.get("AssignContactCategoryAction")) is None
                else AssignContactCategoryActionDefinition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AssignContactCategoryAction")
                    )
                )
            )
            draft.send_notification_action = (
                None
                if (value := data.get("SendNotificationAction")) is None
                else SendNotificationActionDefinition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "SendNotificationAction")
                    )
                )
            )
            draft.create_case_action = (
                None
                if (value := data.get("CreateCaseAction")) is None
                else CreateCaseActionDefinition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "CreateCaseAction")
                    )
                )
            )
            draft.update_case_action = (
                None
                if (value := data.get("UpdateCaseAction")) is None
                else UpdateCaseActionDefinition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "UpdateCaseAction")
                    )
                )
            )
            draft.assign_sla_action = (
                None
                if (value := data.get("AssignSlaAction")) is None
                else AssignSlaActionDefinition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AssignSlaAction")
                    )
                )
            )
            draft.end_associated_tasks_action = (
                None
                if (value := data.get("EndAssociatedTasksAction")) is None
                else EndAssociatedTasksActionDefinition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "EndAssociatedTasksAction")
                    )
                )
            )
            draft.submit_auto_evaluation_action = (
                None
                if (value := data.get("SubmitAutoEvaluationAction")) is None
                else SubmitAutoEvaluationActionDefinition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "SubmitAutoEvaluationAction")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RuleActionDraft:
    """A :class:`RuleAction` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "action_type",
        "task_action",
        "event_bridge_action",
        "assign_contact_category_action",
        "send_notification_action",
        "create_case_action",
        "update_case_action",
        "assign_sla_action",
        "end_associated_tasks_action",
        "submit_auto_evaluation_action",
    )
    action_type: str | None
    task_action: TaskActionDefinition | None
    event_bridge_action: EventBridgeActionDefinition | None
    assign_contact_category_action: AssignContactCategoryActionDefinition | None
    send_notification_action: SendNotificationActionDefinition | None
    create_case_action: CreateCaseActionDefinition | None
    update_case_action: UpdateCaseActionDefinition | None
    assign_sla_action: AssignSlaActionDefinition | None
    end_associated_tasks_action: EndAssociatedTasksActionDefinition | None
    submit_auto_evaluation_action: SubmitAutoEvaluationActionDefinition | None


def new_rule_action(
    action_type: str,
) -> RuleAction:
    """Create a :class:`RuleAction` with all optional fields omitted."""
    return RuleAction(
        action_type=action_type,
    )


rule_action_action_type = _rt.Lens[RuleAction, str | None](
    lambda s: s.action_type,
    lambda s, v: _dc.replace(s, action_type=v),
    "rule_action_action_type",
)
"""Lens on :attr:`RuleAction.action_type`."""


rule_action_task_action = _rt.Lens[RuleAction, TaskActionDefinition | None](
    lambda s: s.task_action,
    lambda s, v: _dc.replace(s, task_action=v),
    "rule_action_task_action",
)
"""Lens on :attr:`RuleAction.task_action`."""


rule_action_event_bridge_action = _rt.Lens[
    RuleAction, EventBridgeActionDefinition | None
](
    lambda s: s.event_bridge_action,
    lambda s, v: _dc.replace(s, event_bridge_action=v),
    "rule_action_event_bridge_action",
)
"""Lens on :attr:`RuleAction.event_bridge_action`."""


rule_action_assign_contact_category_action = _rt.Lens[
    RuleAction, AssignContactCategoryActionDefinition | None
](
    lambda s: s.assign_contact_category_action,
    lambda s, v: _dc.replace(s, assign_contact_category_action=v),
    "rule_action_assign_contact_category_action",
)
"""Lens on :attr:`RuleAction.assign_contact_category_action`."""


rule_action_send_notification_action = _rt.Lens[
    RuleAction, SendNotificationActionDefinition | None
](
    lambda s: s.send_notification_action,
    lambda s, v: _dc.replace(s, send_notification_action=v),
    "rule_action_send_notification_action",
)
"""Lens on :attr:`RuleAction.send_notification_action`."""


rule_action_create_case_action = _rt.Lens[
    RuleAction, CreateCaseActionDefinition | None
](
    lambda s: s.create_case_action,
    lambda s, v: _dc.replace(s, create_case_action=v),
    "rule_action_create_case_action",
)
"""Lens on :attr:`RuleAction.create_case_action`."""


rule_action_update_case_action = _rt.Lens[
    RuleAction, UpdateCaseActionDefinition | None
](
    lambda s: s.update_case_action,
    lambda s, v: _dc.replace(s, update_case_action=v),
    "rule_action_update_case_action",
)
"""Lens on :attr:`RuleAction.update_case_action`."""


rule_action_assign_sla_action = _rt.Lens[RuleAction, AssignSlaActionDefinition | None](
    lambda s: s.assign_sla_action,
    lambda s, v: _dc.replace(s, assign_sla_action=v),
    "rule_action_assign_sla_action",
)
"""Lens on :attr:`RuleAction.assign_sla_action`."""


rule_action_end_associated_tasks_action = _rt.Lens[
    RuleAction, EndAssociatedTasksActionDefinition | None
](
    lambda s: s.end_associated_tasks_action,
    lambda s, v: _dc.replace(s, end_associated_tasks_action=v),
    "rule_action_end_associated_tasks_action",
)
"""Lens on :attr:`RuleAction.end_associated_tasks_action`."""


rule_action_submit_auto_evaluation_action = _rt.Lens[
    RuleAction, SubmitAutoEvaluationActionDefinition | None
](
    lambda s: s.submit_auto_evaluation_action,
    lambda s, v: _dc.replace(s, submit_auto_evaluation_action=v),
    "rule_action_submit_auto_evaluation_action",
)
"""Lens on :attr:`RuleAction.submit_auto_evaluation_action`."""
