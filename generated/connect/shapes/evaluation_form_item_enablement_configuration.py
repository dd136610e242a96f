"""The EvaluationFormItemEnablementConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_item_enablement_condition import (
    EvaluationFormItemEnablementCondition,
)

_EVALUATION_FORM_ITEM_ENABLEMENT_ACTION_VALUES = frozenset(
    (
        "DISABLE",
        "ENABLE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormItemEnablementConfiguration:
    """An item enablement configuration.

    Fields:

    - ``condition``: A condition for item enablement configuration.
    - ``action``: An enablement action that if condition is satisfied.
    - ``default_action``: An enablement action that if condition is not satisfied.
    """

    condition: EvaluationFormItemEnablementCondition | None
    """A condition for item enablement configuration."""

    action: str | None
    """An enablement action that if condition is satisfied."""

    default_action: str | None = None
    """An enablement action that if condition is not satisfied."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.condition
        if value is None:
            errors.append(prefix + "condition: required but missing")
        else:
            path = prefix + "condition"
            if isinstance(value, EvaluationFormItemEnablementCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormItemEnablementCondition, got {type(value).__name__}"
                )
        value = self.action
        if value is None:
            errors.append(prefix + "action: required but missing")
        else:
            path = prefix + "action"
            _rt.check_str(
                errors, path, value, enum=_EVALUATION_FORM_ITEM_ENABLEMENT_ACTION_VALUES
            )
        value = self.default_action
        if value is not None:
            path = prefix + "default_action"
            _rt.check_str(
                errors, path, value, enum=_EVALUATION_FORM_ITEM_ENABLEMENT_ACTION_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.condition is not None:
            result["Condition"] = self.condition.to_dict()
        if self.action is not None:
            result["Action"] = self.action
        if self.default_action is not None:
            result["DefaultAction"] = self.default_action
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormItemEnablementConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormItemEnablementConfiguration"
        )
        return cls(
            condition=(
                None
                if (value := data.get("Condition")) is None
                else EvaluationFormItemEnablementCondition.from_dict(
                    value, path=path + "Condition" + "."
                )
            ),
            action=data.get("Action"),
            default_action=data.get("DefaultAction"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.condition is not None:
            data["Condition"] = self.condition._to_json()
        if self.action is not None:
            data["Action"] = self.action
        if self.default_action is not None:
            data["DefaultAction"] = self.default_action
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormItemEnablementConfiguration:
        draft = _EvaluationFormItemEnablementConfigurationDraft()
        try:
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
            draft.action = (
                None
                if (value := data.get("Action")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Action"))
            )
            draft.default_action = (
                None
                if (value := data.get("DefaultAction")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DefaultAction")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormItemEnablementConfigurationDraft:
    """A :class:`EvaluationFormItemEnablementConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("condition", "action", "default_action")
    condition: EvaluationFormItemEnablementCondition | None
    action: str | None
    default_action: str | None


def new_evaluation_form_item_enablement_configuration(
    condition: EvaluationFormItemEnablementCondition,
    action: str,
) -> EvaluationFormItemEnablementConfiguration:
    """Create a :class:`EvaluationFormItemEnablementConfiguration` with all optional fields omitted."""
    return EvaluationFormItemEnablementConfiguration(
        condition=condition,
        action=action,
    )


evaluation_form_item_enablement_configuration_condition = _rt.Lens[
    EvaluationFormItemEnablementConfiguration,
    EvaluationFormItemEnablementCondition | None,
](
    lambda s: s.condition,
    lambda s, v: _dc.replace(s, condition=v),
    "evaluation_form_item_enablement_configuration_condition",
)
"""Lens on :attr:`EvaluationFormItemEnablementConfiguration.condition`."""


evaluation_form_item_enablement_configuration_action = _rt.Lens[
    EvaluationFormItemEnablementConfiguration, str | None
](
    lambda s: s.action,
    lambda s, v: _dc.replace(s, action=v),
    "evaluation_form_item_enablement_configuration_action",
)
"""Lens on :attr:`EvaluationFormItemEnablementConfiguration.action`."""


evaluation_form_item_enablement_configuration_default_action = _rt.Lens[
    EvaluationFormItemEnablementConfiguration, str | None
](
    lambda s: s.default_action,
    lambda s, v: _dc.replace(s, default_action=v),
    "evaluation_form_item_enablement_configuration_default_action",
)
"""Lens on :attr:`EvaluationFormItemEnablementConfiguration.default_action`."""
