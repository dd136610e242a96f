"""Updates a rule for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.rule_action import RuleAction

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
class UpdateRule:
    """Updates a rule for the specified Connect Customer instance.

    Use the `Rules Function language
    <https://docs.aws.amazon.com/connect/latest/APIReference/connect-rules-language.html>`__
    to code conditions for the rule.

    Fields:

    - ``rule_id``: A unique identifier for the rule.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: The name of the rule.
    - ``function``: The conditions of the rule.
    - ``actions``: A list of actions to be run when the rule is triggered.
    - ``publish_status``: The publish status of the rule.
    """

    rule_id: str
    """A unique identifier for the rule."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    name: str
    """The name of the rule. You can change the name only if
    ``TriggerEventSource`` is one of the following values:
    ``OnZendeskTicketCreate`` | ``OnZendeskTicketStatusUpdate`` |
    ``OnSalesforceCaseCreate``
    """

    function: str
    """The conditions of the rule."""

    actions: list[RuleAction]
    """A list of actions to be run when the rule is triggered."""

    publish_status: str
    """The publish status of the rule."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.rule_id
        if value is None:
            errors.append(prefix + "rule_id: required but missing")
        else:
            path = prefix + "rule_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["RuleId"] = self.rule_id
        result["InstanceId"] = self.instance_id
        result["Name"] = self.name
        result["Function"] = self.function
        result["Actions"] = [v1.to_dict() for v1 in self.actions]
        result["PublishStatus"] = self.publish_status
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> UpdateRule:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateRule")
        return cls(
            rule_id=_rt.required(data, "RuleId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            name=_rt.required(data, "Name", path),
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
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRuleResponse:
    """The response of UpdateRule.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateRuleResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateRuleResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateRuleResponseDraft:
    """A :class:`UpdateRuleResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_rule(
    rule_id: str,
    instance_id: str,
    name: str,
    function: str,
    actions: list[RuleAction],
    publish_status: str,
) -> UpdateRule:
    """Create a :class:`UpdateRule` with all optional fields omitted."""
    return UpdateRule(
        rule_id=rule_id,
        instance_id=instance_id,
        name=name,
        function=function,
        actions=actions,
        publish_status=publish_status,
    )


update_rule_rule_id = _rt.Lens[UpdateRule, str](
    lambda s: s.rule_id,
    lambda s, v: _dc.replace(s, rule_id=v),
    "update_rule_rule_id",
)
"""Lens on :attr:`UpdateRule.rule_id`."""


update_rule_instance_id = _rt.Lens[UpdateRule, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_rule_instance_id",
)
"""Lens on :attr:`UpdateRule.instance_id`."""


update_rule_name = _rt.Lens[UpdateRule, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_rule_name",
)
"""Lens on :attr:`UpdateRule.name`."""


update_rule_function = _rt.Lens[UpdateRule, str](
    lambda s: s.function,
    lambda s, v: _dc.replace(s, function=v),
    "update_rule_function",
)
"""Lens on :attr:`UpdateRule.function`."""


update_rule_actions = _rt.Lens[UpdateRule, list[RuleAction]](
    lambda s: s.actions,
    lambda s, v: _dc.replace(s, actions=v),
    "update_rule_actions",
)
"""Lens on :attr:`UpdateRule.actions`."""


update_rule_publish_status = _rt.Lens[UpdateRule, str](
    lambda s: s.publish_status,
    lambda s, v: _dc.replace(s, publish_status=v),
    "update_rule_publish_status",
)
"""Lens on :attr:`UpdateRule.publish_status`."""


def new_update_rule_response(
    http_status: int,
) -> UpdateRuleResponse:
    """Create a :class:`UpdateRuleResponse` with all optional fields omitted."""
    return UpdateRuleResponse(
        http_status=http_status,
    )


update_rule_response_http_status = _rt.Lens[UpdateRuleResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_rule_response_http_status",
)
"""Lens on :attr:`UpdateRuleResponse.http_status`."""


def _serialize(request: UpdateRule, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.rule_id == "":
        raise _rt.ValidationError(["rule_id: a URI label must be set and not empty"])
    path = (
        "/rules/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.rule_id, "rule_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Name"] = request.name
    data["Function"] = request.function
    data["Actions"] = [v1._to_json() for v1 in request.actions]
    data["PublishStatus"] = request.publish_status
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> UpdateRuleResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateRuleResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateRuleResponse)


OPERATION: _rt.Operation[UpdateRule, UpdateRuleResponse] = _rt.Operation(
    "UpdateRule",
    UpdateRule,
    UpdateRuleResponse,
    (
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.ResourceConflictException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateRule operation: its types, errors and wire codec."""
