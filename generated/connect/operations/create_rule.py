"""Creates a rule for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.rule_action import RuleAction
from ..shapes.rule_trigger_event_source import RuleTriggerEventSource

_PATTERN_1 = _rt.Pattern(
    "^[0-9a-zA-Z._-]+",
    "^[0-9a-zA-Z._-]+",
)
_RULE_PUBLISH_STATUS_VALUES = frozenset(
    (
        "DRAFT",
        "PUBLISHED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateRule:
    """Creates a rule for the specified Connect Customer instance.

    Use the `Rules Function language
    <https://docs.aws.amazon.com/connect/latest/APIReference/connect-rules-language.html>`__
    to code conditions for the rule.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: A unique name for the rule.
    - ``trigger_event_source``: The event source to trigger the rule.
    - ``function``: The conditions of the rule.
    - ``actions``: A list of actions to be run when the rule is triggered.
    - ``publish_status``: The publish status of the rule.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    name: str
    """A unique name for the rule."""

    trigger_event_source: RuleTriggerEventSource
    """The event source to trigger the rule."""

    function: str
    """The conditions of the rule."""

    actions: list[RuleAction]
    """A list of actions to be run when the rule is triggered."""

    publish_status: str
    """The publish status of the rule."""

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
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
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=200, pattern=_PATTERN_1
            )
        value = self.trigger_event_source
        if value is None:
            errors.append(prefix + "trigger_event_source: required but missing")
        else:
            path = prefix + "trigger_event_source"
            if isinstance(value, RuleTriggerEventSource):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RuleTriggerEventSource, got {type(value).__name__}"
                )
        value = self.function
        if value is None:
            errors.append(prefix + "function: required but missing")
        else:
            path = prefix + "function"
            _rt.check_str(errors, path, value)
        value = self.actions
        if value is None:
            errors.append(prefix + "actions: required but missing")
        else:
            path = prefix + "actions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RuleAction):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RuleAction, got {type(v1).__name__}"
                            )
        value = self.publish_status
        if value is None:
            errors.append(prefix + "publish_status: required but missing")
        else:
            path = prefix + "publish_status"
            _rt.check_str(errors, path, value, enum=_RULE_PUBLISH_STATUS_VALUES)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Name"] = self.name
        result["TriggerEventSource"] = self.trigger_event_source.to_dict()
        result["Function"] = self.function
        result["Actions"] = [v1.to_dict() for v1 in self.actions]
        result["PublishStatus"] = self.publish_status
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> CreateRule:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateRule")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            name=_rt.required(data, "Name", path),
            trigger_event_source=RuleTriggerEventSource.from_dict(
                _rt.required(data, "TriggerEventSource", path),
                path=path + "TriggerEventSource" + ".",
            ),
            function=_rt.required(data, "Function", path),
            actions=[
                RuleAction.from_dict(v1, path=path + "Actions" + f"[{i1}]" + ".")
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Actions", path), path + "Actions"
                    )
                )
            ],
            publish_status=_rt.required(data, "PublishStatus", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateRuleResponse:
    """The response of CreateRule.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``rule_arn``: The Amazon Resource Name (ARN) of the rule.
    - ``rule_id``: A unique identifier for the rule.
    """

    http_status: int
    """The HTTP status code of the response."""

    rule_arn: str | None
    """The Amazon Resource Name (ARN) of the rule."""

    rule_id: str | None
    """A unique identifier for the rule."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.rule_arn
        if value is None:
            errors.append(prefix + "rule_arn: required but missing")
        else:
            path = prefix + "rule_arn"
            _rt.check_str(errors, path, value)
        value = self.rule_id
        if value is None:
            errors.append(prefix + "rule_id: required but missing")
        else:
            path = prefix + "rule_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.rule_arn is not None:
            result["RuleArn"] = self.rule_arn
        if self.rule_id is not None:
            result["RuleId"] = self.rule_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateRuleResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateRuleResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            rule_arn=data.get("RuleArn"),
            rule_id=data.get("RuleId"),
        )


class _CreateRuleResponseDraft:
    """A :class:`CreateRuleResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "rule_arn", "rule_id")
    http_status: int
    rule_arn: str | None
    rule_id: str | None


def new_create_rule(
    instance_id: str,
    name: str,
    trigger_event_source: RuleTriggerEventSource,
    function: str,
    actions: list[RuleAction],
    publish_status: str,
) -> CreateRule:
    """Create a :class:`CreateRule` with all optional fields omitted."""
    return CreateRule(
        instance_id=instance_id,
        name=name,
        trigger_event_source=trigger_event_source,
        function=function,
        actions=actions,
        publish_status=publish_status,
    )


create_rule_instance_id = _rt.Lens[CreateRule, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_rule_instance_id",
)
"""Lens on :attr:`CreateRule.instance_id`."""


create_rule_name = _rt.Lens[CreateRule, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "create_rule_name",
)
"""Lens on :attr:`CreateRule.name`."""


create_rule_trigger_event_source = _rt.Lens[CreateRule, RuleTriggerEventSource](
    lambda s: s.trigger_event_source,
    lambda s, v: _dc.replace(s, trigger_event_source=v),
    "create_rule_trigger_event_source",
)
"""Lens on :attr:`CreateRule.trigger_event_source`."""


create_rule_function = _rt.Lens[CreateRule, str](
    lambda s: s.function,
    lambda s, v: _dc.replace(s, function=v),
    "create_rule_function",
)
"""Lens on :attr:`CreateRule.function`."""


create_rule_actions = _rt.Lens[CreateRule, list[RuleAction]](
    lambda s: s.actions,
    lambda s, v: _dc.replace(s, actions=v),
    "create_rule_actions",
)
"""Lens on :attr:`CreateRule.actions`."""


create_rule_publish_status = _rt.Lens[CreateRule, str](
    lambda s: s.publish_status,
    lambda s, v: _dc.replace(s, publish_status=v),
    "create_rule_publish_status",
)
"""Lens on :attr:`CreateRule.publish_status`."""


create_rule_client_token = _rt.Lens[CreateRule, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "create_rule_client_token",
)
"""Lens on :attr:`CreateRule.client_token`."""


def new_create_rule_response(
    http_status: int,
    rule_arn: str,
    rule_id: str,
) -> CreateRuleResponse:
    """Create a :class:`CreateRuleResponse` with all optional fields omitted."""
    return CreateRuleResponse(
        http_status=http_status,
        rule_arn=rule_arn,
        rule_id=rule_id,
    )


create_rule_response_http_status = _rt.Lens[CreateRuleResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_rule_response_http_status",
)
"""Lens on :attr:`CreateRuleResponse.http_status`."""


create_rule_response_rule_arn = _rt.Lens[CreateRuleResponse, str | None](
    lambda s: s.rule_arn,
    lambda s, v: _dc.replace(s, rule_arn=v),
    "create_rule_response_rule_arn",
)
"""Lens on :attr:`CreateRuleResponse.rule_arn`."""


create_rule_response_rule_id = _rt.Lens[CreateRuleResponse, str | None](
    lambda s: s.rule_id,
    lambda s, v: _dc.replace(s, rule_id=v),
    "create_rule_response_rule_id",
)
"""Lens on :attr:`CreateRuleResponse.rule_id`."""


def _serialize(request: CreateRule, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/rules/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Name"] = request.name
    data["TriggerEventSource"] = request.trigger_event_source._to_json()
    data["Function"] = request.function
    data["Actions"] = [v1._to_json() for v1 in request.actions]
    data["PublishStatus"] = request.publish_status
    data["ClientToken"] = idempotency_client_token
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
) -> CreateRuleResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreateRuleResponseDraft()
    draft.http_status = status
    try:
        draft.rule_arn = (
            None
            if (value := data.get("RuleArn")) is None
            else (value if type(value) is str else _rt.expect_str(value, "RuleArn"))
        )
        draft.rule_id = (
            None
            if (value := data.get("RuleId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "RuleId"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, CreateRuleResponse)


OPERATION: _rt.Operation[CreateRule, CreateRuleResponse] = _rt.Operation(
    "CreateRule",
    CreateRule,
    CreateRuleResponse,
    (
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.ResourceConflictException,
        _errors.ServiceQuotaExceededException,
    ),
    _serialize,
    _deserialize,
)
"""The CreateRule operation: its types, errors and wire codec."""
