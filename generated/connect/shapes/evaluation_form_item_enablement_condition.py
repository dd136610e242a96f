"""The EvaluationFormItemEnablementCondition, EvaluationFormItemEnablementConditionOperand shapes."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_item_enablement_expression import (
    EvaluationFormItemEnablementExpression,
)

_EVALUATION_FORM_ITEM_ENABLEMENT_OPERATOR_VALUES = frozenset(
    (
        "OR",
        "AND",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormItemEnablementCondition:
    """A condition for item enablement.

    Fields:

    - ``operands``: Operands of the enablement condition.
    - ``operator``: The operator to be used to be applied to operands if more than one provided.
    """

    operands: list[EvaluationFormItemEnablementConditionOperand] | None
    """Operands of the enablement condition."""

    operator: str | None = None
    """The operator to be used to be applied to operands if more than one
    provided.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.operands
        if value is None:
            errors.append(prefix + "operands: required but missing")
        else:
            path = prefix + "operands"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationFormItemEnablementConditionOperand):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormItemEnablementConditionOperand, got {type(v1).__name__}"
                            )
        value = self.operator
        if value is not None:
            path = prefix + "operator"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_EVALUATION_FORM_ITEM_ENABLEMENT_OPERATOR_VALUES,
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.operands is not None:
            result["Operands"] = [v1.to_dict() for v1 in self.operands]
        if self.operator is not None:
            result["Operator"] = self.operator
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormItemEnablementCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormItemEnablementCondition"
        )
        return cls(
            operands=(
                None
                if (value := data.get("Operands")) is None
                else [
                    EvaluationFormItemEnablementConditionOperand.from_dict(
                        v1, path=path + "Operands" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Operands")
                    )
                ]
            ),
            operator=data.get("Operator"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.operands is not None:
            data["Operands"] = [v1._to_json() for v1 in self.operands]
        if self.operator is not None:
            data["Operator"] = self.operator
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormItemEnablementCondition:
        draft = _EvaluationFormItemEnablementConditionDraft()
        try:
            draft.operands = (
                None
                if (value := data.get("Operands")) is None
                else [
                    EvaluationFormItemEnablementConditionOperand._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Operands")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Operands")
                    )
                    if v1 is not None
                ]
            )
            draft.operator = (
                None
                if (value := data.get("Operator")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Operator")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormItemEnablementConditionDraft:
    """A :class:`EvaluationFormItemEnablementCondition` being decoded (see ``_rt.seal``)."""

    __slots__ = ("operands", "operator")
    operands: list[EvaluationFormItemEnablementConditionOperand] | None
    operator: str | None


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormItemEnablementConditionOperand:
    """An operand of the enablement condition.

    Fields:

    - ``expression``: An expression of the enablement condition.
    - ``condition``: A condition for item enablement.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    expression: EvaluationFormItemEnablementExpression | None = None
    """An expression of the enablement condition."""

    condition: EvaluationFormItemEnablementCondition | None = None
    """A condition for item enablement."""

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.expression
        if value is not None:
            path = prefix + "expression"
            if isinstance(value, EvaluationFormItemEnablementExpression):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormItemEnablementExpression, got {type(value).__name__}"
                )
        value = self.condition
        if value is not None:
            path = prefix + "condition"
            if isinstance(value, EvaluationFormItemEnablementCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormItemEnablementCondition, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "EvaluationFormItemEnablementConditionOperand")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "EvaluationFormItemEnablementConditionOperand",
            (self.expression is not None) + (self.condition is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.expression is not None:
            result["Expression"] = self.expression.to_dict()
        if self.condition is not None:
            result["Condition"] = self.condition.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormItemEnablementConditionOperand:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormItemEnablementConditionOperand"
        )
        return cls(
            expression=(
                None
                if (value := data.get("Expression")) is None
                else EvaluationFormItemEnablementExpression.from_dict(
                    value, path=path + "Expression" + "."
                )
            ),
            condition=(
                None
                if (value := data.get("Condition")) is None
                else EvaluationFormItemEnablementCondition.from_dict(
                    value, path=path + "Condition" + "."
                )
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.expression is not None:
            data["Expression"] = self.expression._to_json()
        if self.condition is not None:
            data["Condition"] = self.condition._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormItemEnablementConditionOperand:
        draft = _EvaluationFormItemEnablementConditionOperandDraft()
        try:
            draft.expression = (
                None
                if (value := data.get("Expression")) is None
                else EvaluationFormItemEnablementExpression._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Expression")
                    )
                )
            )
            draft.condition = (
                None
                if (value := data.get("Condition")) is None
                else EvaluationFormItemEnablementCondition._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Condition")
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "Expression",
                    "Condition",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormItemEnablementConditionOperandDraft:
    """A :class:`EvaluationFormItemEnablementConditionOperand` being decoded (see ``_rt.seal``)."""

    __slots__ = ("expression", "condition", "sdk_unknown_member")
    expression: EvaluationFormItemEnablementExpression | None
    condition: EvaluationFormItemEnablementCondition | None
    sdk_unknown_member: str | None


def new_evaluation_form_item_enablement_condition(
    operands: list[EvaluationFormItemEnablementConditionOperand],
) -> EvaluationFormItemEnablementCondition:
    """Create a :class:`EvaluationFormItemEnablementCondition` with all optional fields omitted."""
    return EvaluationFormItemEnablementCondition(
        operands=operands,
    )


evaluation_form_item_enablement_condition_operands = _rt.Lens[
    EvaluationFormItemEnablementCondition,
    list[EvaluationFormItemEnablementConditionOperand] | None,
](
    lambda s: s.operands,
    lambda s, v: _dc.replace(s, operands=v),
    "evaluation_form_item_enablement_condition_operands",
)
"""Lens on :attr:`EvaluationFormItemEnablementCondition.operands`."""


evaluation_form_item_enablement_condition_operator = _rt.Lens[
    EvaluationFormItemEnablementCondition, str | None
](
    lambda s: s.operator,
    lambda s, v: _dc.replace(s, operator=v),
    "evaluation_form_item_enablement_condition_operator",
)
"""Lens on :attr:`EvaluationFormItemEnablementCondition.operator`."""


def new_evaluation_form_item_enablement_condition_operand() -> (
    EvaluationFormItemEnablementConditionOperand
):
    """Create a :class:`EvaluationFormItemEnablementConditionOperand` with all optional fields omitted."""
    return EvaluationFormItemEnablementConditionOperand()


evaluation_form_item_enablement_condition_operand_sdk_unknown_member = _rt.Lens[
    EvaluationFormItemEnablementConditionOperand, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "evaluation_form_item_enablement_condition_operand_sdk_unknown_member",
)
"""Lens on :attr:`EvaluationFormItemEnablementConditionOperand.sdk_unknown_member`."""


evaluation_form_item_enablement_condition_operand_expression = _rt.Lens[
    EvaluationFormItemEnablementConditionOperand,
    EvaluationFormItemEnablementExpression | None,
](
    lambda s: s.expression,
    lambda s, v: _dc.replace(s, expression=v),
    "evaluation_form_item_enablement_condition_operand_expression",
)
"""Lens on :attr:`EvaluationFormItemEnablementConditionOperand.expression`."""


evaluation_form_item_enablement_condition_operand_condition = _rt.Lens[
    EvaluationFormItemEnablementConditionOperand,
    EvaluationFormItemEnablementCondition | None,
](
    lambda s: s.condition,
    lambda s, v: _dc.replace(s, condition=v),
    "evaluation_form_item_enablement_condition_operand_condition",
)
"""Lens on :attr:`EvaluationFormItemEnablementConditionOperand.condition`."""
