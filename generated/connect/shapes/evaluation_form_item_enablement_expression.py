"""The EvaluationFormItemEnablementExpression shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_item_enablement_source import (
    EvaluationFormItemEnablementSource,
)
from ..shapes.evaluation_form_item_enablement_source_value import (
    EvaluationFormItemEnablementSourceValue,
)

_EVALUATION_FORM_ITEM_SOURCE_VALUES_COMPARATOR_VALUES = frozenset(
    (
        "IN",
        "NOT_IN",
        "ALL_IN",
        "EXACT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormItemEnablementExpression:
    """An expression that defines a basic building block of conditional
    enablement.

    Fields:

    - ``source``: A source item of enablement expression.
    - ``values``: A list of values from source item.
    - ``comparator``: A comparator to be used against list of values.
    """

    source: EvaluationFormItemEnablementSource | None
    """A source item of enablement expression."""

    values: list[EvaluationFormItemEnablementSourceValue] | None
    """A list of values from source item."""

    comparator: str | None
    """A comparator to be used against list of values."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.source
        if value is None:
            errors.append(prefix + "source: required but missing")
        else:
            path = prefix + "source"
            if isinstance(value, EvaluationFormItemEnablementSource):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormItemEnablementSource, got {type(value).__name__}"
                )
        value = self.values
        if value is None:
            errors.append(prefix + "values: required but missing")
        else:
            path = prefix + "values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationFormItemEnablementSourceValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormItemEnablementSourceValue, got {type(v1).__name__}"
                            )
        value = self.comparator
        if value is None:
            errors.append(prefix + "comparator: required but missing")
        else:
            path = prefix + "comparator"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_EVALUATION_FORM_ITEM_SOURCE_VALUES_COMPARATOR_VALUES,
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.source is not None:
            result["Source"] = self.source.to_dict()
        if self.values is not None:
            result["Values"] = [v1.to_dict() for v1 in self.values]
        if self.comparator is not None:
            result["Comparator"] = self.comparator
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormItemEnablementExpression:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormItemEnablementExpression"
        )
        return cls(
            source=(
                None
                if (value := data.get("Source")) is None
                else EvaluationFormItemEnablementSource.from_dict(
                    value, path=path + "Source" + "."
                )
            ),
            values=(
                None
                if (value := data.get("Values")) is None
                else [
                    EvaluationFormItemEnablementSourceValue.from_dict(
                        v1, path=path + "Values" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Values"))
                ]
            ),
            comparator=data.get("Comparator"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.source is not None:
            data["Source"] = self.source._to_json()
        if self.values is not None:
            data["Values"] = [v1._to_json() for v1 in self.values]
        if self.comparator is not None:
            data["Comparator"] = self.comparator
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormItemEnablementExpression:
        draft = _EvaluationFormItemEnablementExpressionDraft()
        try:
            draft.source = (
                None
                if (value := data.get("Source")) is None
                else EvaluationFormItemEnablementSource._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Source")
                    )
                )
            )
            draft.values = (
                None
                if (value := data.get("Values")) is None
                else [
                    EvaluationFormItemEnablementSourceValue._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Values")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Values")
                    )
                    if v1 is not None
                ]
            )
            draft.comparator = (
                None
                if (value := data.get("Comparator")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Comparator")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormItemEnablementExpressionDraft:
    """A :class:`EvaluationFormItemEnablementExpression` being decoded (see ``_rt.seal``)."""

    __slots__ = ("source", "values", "comparator")
    source: EvaluationFormItemEnablementSource | None
    values: list[EvaluationFormItemEnablementSourceValue] | None
    comparator: str | None


def new_evaluation_form_item_enablement_expression(
    source: EvaluationFormItemEnablementSource,
    values: list[EvaluationFormItemEnablementSourceValue],
    comparator: str,
) -> EvaluationFormItemEnablementExpression:
    """Create a :class:`EvaluationFormItemEnablementExpression` with all optional fields omitted."""
    return EvaluationFormItemEnablementExpression(
        source=source,
        values=values,
        comparator=comparator,
    )


evaluation_form_item_enablement_expression_source = _rt.Lens[
    EvaluationFormItemEnablementExpression, EvaluationFormItemEnablementSource | None
](
    lambda s: s.source,
    lambda s, v: _dc.replace(s, source=v),
    "evaluation_form_item_enablement_expression_source",
)
"""Lens on :attr:`EvaluationFormItemEnablementExpression.source`."""


evaluation_form_item_enablement_expression_values = _rt.Lens[
    EvaluationFormItemEnablementExpression,
    list[EvaluationFormItemEnablementSourceValue] | None,
](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "evaluation_form_item_enablement_expression_values",
)
"""Lens on :attr:`EvaluationFormItemEnablementExpression.values`."""


evaluation_form_item_enablement_expression_comparator = _rt.Lens[
    EvaluationFormItemEnablementExpression, str | None
](
    lambda s: s.comparator,
    lambda s, v: _dc.replace(s, comparator=v),
    "evaluation_form_item_enablement_expression_comparator",
)
"""Lens on :attr:`EvaluationFormItemEnablementExpression.comparator`."""
