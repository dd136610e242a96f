"""Describes a rule for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.rule import Rule


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeRule:
    """Describes a rule for the specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``rule_id``: A unique identifier for the rule.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    rule_id: str
    """A unique identifier for the rule."""

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
        value = self.rule_id
        if value is None:
            errors.append(prefix + "rule_id: required but missing")
        else:
            path = prefix + "rule_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["RuleId"] = self.rule_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeRule:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeRule")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            rule_id=_rt.required(data, "RuleId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeRuleResponse:
    """The response of DescribeRule.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``rule``: Information about the rule.
    """

    http_status: int
    """The HTTP status code of the response."""

    rule: Rule | None
    """Information about the rule."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.rule
        if value is None:
            errors.append(prefix + "rule: required but missing")
        else:
            path = prefix + "rule"
            if isinstance(value, Rule):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Rule, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.rule is not None:
            result["Rule"] = self.rule.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeRuleResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeRuleResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            rule=(
                None
                if (value := data.get("Rule")) is None
                else Rule.from_dict(value, path=path + "Rule" + ".")
            ),
        )


class _DescribeRuleResponseDraft:
    """A :class:`DescribeRuleResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "rule")
    http_status: int
    rule: Rule | None


def new_describe_rule(
    instance_id: str,
    rule_id: str,
) -> DescribeRule:
    """Create a :class:`DescribeRule` with all optional fields omitted."""
    return DescribeRule(
        instance_id=instance_id,
        rule_id=rule_id,
    )


describe_rule_instance_id = _rt.Lens[DescribeRule, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_rule_instance_id",
)
"""Lens on :attr:`DescribeRule.instance_id`."""


describe_rule_rule_id = _rt.Lens[DescribeRule, str](
    lambda s: s.rule_id,
    lambda s, v: _dc.replace(s, rule_id=v),
    "describe_rule_rule_id",
)
"""Lens on :attr:`DescribeRule.rule_id`."""


def new_describe_rule_response(
    http_status: int,
    rule: Rule,
) -> DescribeRuleResponse:
    """Create a :class:`DescribeRuleResponse` with all optional fields omitted."""
    return DescribeRuleResponse(
        http_status=http_status,
        rule=rule,
    )


describe_rule_response_http_status = _rt.Lens[DescribeRuleResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_rule_response_http_status",
)
"""Lens on :attr:`DescribeRuleResponse.http_status`."""


describe_rule_response_rule = _rt.Lens[DescribeRuleResponse, Rule | None](
    lambda s: s.rule,
    lambda s, v: _dc.replace(s, rule=v),
    "describe_rule_response_rule",
)
"""Lens on :attr:`DescribeRuleResponse.rule`."""


def _serialize(request: DescribeRule, validate: bool = True) -> _rt.HttpRequest:
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
) -> DescribeRuleResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeRuleResponseDraft()
    draft.http_status = status
    try:
        draft.rule = (
            None
            if (value := data.get("Rule")) is None
            else Rule._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Rule")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeRuleResponse)


OPERATION: _rt.Operation[DescribeRule, DescribeRuleResponse] = _rt.Operation(
    "DescribeRule",
    DescribeRule,
    DescribeRuleResponse,
    (
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeRule operation: its types, errors and wire codec."""
