"""The Expression shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.attribute_condition import AttributeCondition


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Expression:
    """A tagged union to specify expression for a routing step.

    Fields:

    - ``attribute_condition``: An object to specify the predefined attribute condition.
    - ``and_expression``: List of routing expressions which will be AND-ed together.
    - ``or_expression``: List of routing expressions which will be OR-ed together.
    - ``not_attribute_condition``: An object to specify the predefined attribute condition.
    """

    attribute_condition: AttributeCondition | None = None
    """An object to specify the predefined attribute condition."""

    and_expression: list[Expression] | None = None
    """List of routing expressions which will be AND-ed together."""

    or_expression: list[Expression] | None = None
    """List of routing expressions which will be OR-ed together."""

    not_attribute_condition: AttributeCondition | None = None
    """An object to specify the predefined attribute condition."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attribute_condition
        if value is not None:
            path = prefix + "attribute_condition"
            if isinstance(value, AttributeCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AttributeCondition, got {type(value).__name__}"
                )
        value = self.and_expression
        if value is not None:
            path = prefix + "and_expression"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Expression):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Expression, got {type(v1).__name__}"
                            )
        value = self.or_expression
        if value is not None:
            path = prefix + "or_expression"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Expression):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Expression, got {type(v1).__name__}"
                            )
        value = self.not_attribute_condition
        if value is not None:
            path = prefix + "not_attribute_condition"
            if isinstance(value, AttributeCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AttributeCondition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.attribute_condition is not None:
            result["AttributeCondition"] = self.attribute_condition.to_dict()
        if self.and_expression is not None:
            result["AndExpression"] = [v1.to_dict() for v1 in self.and_expression]
        if self.or_expression is not None:
            result["OrExpression"] = [v1.to_dict() for v1 in self.or_expression]
        if self.not_attribute_condition is not None:
            result["NotAttributeCondition"] = self.not_attribute_condition.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Expression:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Expression")
        return cls(
            attribute_condition=(
                None
                if (value := data.get("AttributeCondition")) is None
                else AttributeCondition.from_dict(
                    value, path=path + "AttributeCondition" + "."
                )
            ),
            and_expression=(
                None
                if (value := data.get("AndExpression")) is None
                else [
                    Expression.from_dict(
                        v1, path=path + "AndExpression" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AndExpression")
                    )
                ]
            ),
            or_expression=(
                None
                if (value := data.get("OrExpression")) is None
                else [
                    Expression.from_dict(
                        v1, path=path + "OrExpression" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "OrExpression")
                    )
                ]
            ),
            not_attribute_condition=(
                None
                if (value := data.get("NotAttributeCondition")) is None
                else AttributeCondition.from_dict(
                    value, path=path + "NotAttributeCondition" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.attribute_condition is not None:
            data["AttributeCondition"] = self.attribute_condition._to_json()
        if self.and_expression is not None:
            data["AndExpression"] = [v1._to_json() for v1 in self.and_expression]
        if self.or_expression is not None:
            data["OrExpression"] = [v1._to_json() for v1 in self.or_expression]
        if self.not_attribute_condition is not None:
            data["NotAttributeCondition"] = self.not_attribute_condition._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Expression:
        draft = _ExpressionDraft()
        try:
            draft.attribute_condition = (
                None
                if (value := data.get("AttributeCondition")) is None
                else AttributeCondition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AttributeCondition")
                    )
                )
            )
            draft.and_expression = (
                None
                if (value := data.get("AndExpression")) is None
                else [
                    Expression._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "AndExpression")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "AndExpression")
                    )
                    if v1 is not None
                ]
            )
            draft.or_expression = (
                None
                if (value := data.get("OrExpression")) is None
                else [
                    Expression._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "OrExpression")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "OrExpression")
                    )
                    if v1 is not None
                ]
            )
            draft.not_attribute_condition = (
                None
                if (value := data.get("NotAttributeCondition")) is None
                else AttributeCondition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "NotAttributeCondition")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ExpressionDraft:
    """A :class:`Expression` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "attribute_condition",
        "and_expression",
        "or_expression",
        "not_attribute_condition",
    )
    attribute_condition: AttributeCondition | None
    and_expression: list[Expression] | None
    or_expression: list[Expression] | None
    not_attribute_condition: AttributeCondition | None


def new_expression() -> Expression:
    """Create a :class:`Expression` with all optional fields omitted."""
    return Expression()


expression_attribute_condition = _rt.Lens[Expression, AttributeCondition | None](
    lambda s: s.attribute_condition,
    lambda s, v: _dc.replace(s, attribute_condition=v),
    "expression_attribute_condition",
)
"""Lens on :attr:`Expression.attribute_condition`."""


expression_and_expression = _rt.Lens[Expression, list[Expression] | None](
    lambda s: s.and_expression,
    lambda s, v: _dc.replace(s, and_expression=v),
    "expression_and_expression",
)
"""Lens on :attr:`Expression.and_expression`."""


expression_or_expression = _rt.Lens[Expression, list[Expression] | None](
    lambda s: s.or_expression,
    lambda s, v: _dc.replace(s, or_expression=v),
    "expression_or_expression",
)
"""Lens on :attr:`Expression.or_expression`."""


expression_not_attribute_condition = _rt.Lens[Expression, AttributeCondition | None](
    lambda s: s.not_attribute_condition,
    lambda s, v: _dc.replace(s, not_attribute_condition=v),
    "expression_not_attribute_condition",
)
"""Lens on :attr:`Expression.not_attribute_condition`."""
