"""The EvaluationSearchCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.boolean_condition import BooleanCondition
from ..shapes.date_time_condition import DateTimeCondition
from ..shapes.decimal_condition import DecimalCondition
from ..shapes.number_condition import NumberCondition
from ..shapes.string_condition import StringCondition


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationSearchCriteria:
    """The search criteria to be used to return evaluations.

    Fields:

    - ``or_conditions``: A list of conditions which would be applied together with an OR condition.
    - ``and_conditions``: A list of conditions which would be applied together with an AND condition.
    - ``string_condition``: A leaf node condition which can be used to specify a string condition.
    - ``number_condition``: A leaf node condition which can be used to specify a numeric condition.
    - ``boolean_condition``: The boolean condition search criteria for searching evaluations.
    - ``date_time_condition``: The datetime condition search criteria for searching evaluations.
    - ``decimal_condition``: The decimal condition search criteria for searching evaluations.
    """

    or_conditions: list[EvaluationSearchCriteria] | None = None
    """A list of conditions which would be applied together with an OR
    condition.
    """

    and_conditions: list[EvaluationSearchCriteria] | None = None
    """A list of conditions which would be applied together with an AND
    condition.
    """

    string_condition: StringCondition | None = None
    """A leaf node condition which can be used to specify a string condition."""

    number_condition: NumberCondition | None = None
    """A leaf node condition which can be used to specify a numeric condition.

    .. note::

       The currently supported value for ``FieldName`` is ``limit``.
    """

    boolean_condition: BooleanCondition | None = None
    """The boolean condition search criteria for searching evaluations."""

    date_time_condition: DateTimeCondition | None = None
    """The datetime condition search criteria for searching evaluations."""

    decimal_condition: DecimalCondition | None = None
    """The decimal condition search criteria for searching evaluations."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.or_conditions
        if value is not None:
            path = prefix + "or_conditions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationSearchCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationSearchCriteria, got {type(v1).__name__}"
                            )
        value = self.and_conditions
        if value is not None:
            path = prefix + "and_conditions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationSearchCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationSearchCriteria, got {type(v1).__name__}"
                            )
        value = self.string_condition
        if value is not None:
            path = prefix + "string_condition"
            if isinstance(value, StringCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected StringCondition, got {type(value).__name__}"
                )
        value = self.number_condition
        if value is not None:
            path = prefix + "number_condition"
            if isinstance(value, NumberCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NumberCondition, got {type(value).__name__}"
                )
        value = self.boolean_condition
        if value is not None:
            path = prefix + "boolean_condition"
            if isinstance(value, BooleanCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected BooleanCondition, got {type(value).__name__}"
                )
        value = self.date_time_condition
        if value is not None:
            path = prefix + "date_time_condition"
            if isinstance(value, DateTimeCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DateTimeCondition, got {type(value).__name__}"
                )
        value = self.decimal_condition
        if value is not None:
            path = prefix + "decimal_condition"
            if isinstance(value, DecimalCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DecimalCondition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            result["OrConditions"] = [v1.to_dict() for v1 in self.or_conditions]
        if self.and_conditions is not None:
            result["AndConditions"] = [v1.to_dict() for v1 in self.and_conditions]
        if self.string_condition is not None:
            result["StringCondition"] = self.string_condition.to_dict()
        if self.number_condition is not None:
            result["NumberCondition"] = self.number_condition.to_dict()
        if self.boolean_condition is not None:
            result["BooleanCondition"] = self.boolean_condition.to_dict()
        if self.date_time_condition is not None:
            result["DateTimeCondition"] = self.date_time_condition.to_dict()
        if self.decimal_condition is not None:
            result["DecimalCondition"] = self.decimal_condition.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationSearchCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationSearchCriteria")
        return cls(
            or_conditions=(
                None
                if (value := data.get("OrConditions")) is None
                else [
                    EvaluationSearchCriteria.from_dict(
                        v1, path=path + "OrConditions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "OrConditions")
                    )
                ]
            ),
            and_conditions=(
                None
                if (value := data.get("AndConditions")) is None
                else [
                    EvaluationSearchCriteria.from_dict(
                        v1, path=path + "AndConditions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AndConditions")
                    )
                ]
            ),
            string_condition=(
                None
                if (value := data.get("StringCondition")) is None
                else StringCondition.from_dict(
                    value, path=path + "StringCondition" + "."
                )
            ),
            number_condition=(
                None
                if (value := data.get("NumberCondition")) is None
                else NumberCondition.from_dict(
                    value, path=path + "NumberCondition" + "."
                )
            ),
            boolean_condition=(
                None
                if (value := data.get("BooleanCondition")) is None
                else BooleanCondition.from_dict(
                    value, path=path + "BooleanCondition" + "."
                )
            ),
            date_time_condition=(
                None
                if (value := data.get("DateTimeCondition")) is None
                else DateTimeCondition.from_dict(
                    value, path=path + "DateTimeCondition" + "."
                )
            ),
            decimal_condition=(
                None
                if (value := data.get("DecimalCondition")) is None
                else DecimalCondition.from_dict(
                    value, path=path + "DecimalCondition" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            data["OrConditions"] = [v1._to_json() for v1 in self.or_conditions]
        if self.and_conditions is not None:
            data["AndConditions"] = [v1._to_json() for v1 in self.and_conditions]
        if self.string_condition is not None:
            data["StringCondition"] = self.string_condition._to_json()
        if self.number_condition is not None:
            data["NumberCondition"] = self.number_condition._to_json()
        if self.boolean_condition is not None:
            data["BooleanCondition"] = self.boolean_condition._to_json()
        if self.date_time_condition is not None:
            data["DateTimeCondition"] = self.date_time_condition._to_json()
        if self.decimal_condition is not None:
            data["DecimalCondition"] = self.decimal_condition._to_json()
        return data


def new_evaluation_search_criteria() -> EvaluationSearchCriteria:
    """Create a :class:`EvaluationSearchCriteria` with all optional fields omitted."""
    return EvaluationSearchCriteria()


evaluation_search_criteria_or_conditions = _rt.Lens[
    EvaluationSearchCriteria, list[EvaluationSearchCriteria] | None
](
    lambda s: s.or_conditions,
    lambda s, v: _dc.replace(s, or_conditions=v),
    "evaluation_search_criteria_or_conditions",
)
"""Lens on :attr:`EvaluationSearchCriteria.or_conditions`."""


evaluation_search_criteria_and_conditions = _rt.Lens[
    EvaluationSearchCriteria, list[EvaluationSearchCriteria] | None
](
    lambda s: s.and_conditions,
    lambda s, v: _dc.replace(s, and_conditions=v),
    "evaluation_search_criteria_and_conditions",
)
"""Lens on :attr:`EvaluationSearchCriteria.and_conditions`."""


evaluation_search_criteria_string_condition = _rt.Lens[
    EvaluationSearchCriteria, StringCondition | None
](
    lambda s: s.string_condition,
    lambda s, v: _dc.replace(s, string_condition=v),
    "evaluation_search_criteria_string_condition",
)
"""Lens on :attr:`EvaluationSearchCriteria.string_condition`."""


evaluation_search_criteria_number_condition = _rt.Lens[
    EvaluationSearchCriteria, NumberCondition | None
](
    lambda s: s.number_condition,
    lambda s, v: _dc.replace(s, number_condition=v),
    "evaluation_search_criteria_number_condition",
)
"""Lens on :attr:`EvaluationSearchCriteria.number_condition`."""


evaluation_search_criteria_boolean_condition = _rt.Lens[
    EvaluationSearchCriteria, BooleanCondition | None
](
    lambda s: s.boolean_condition,
    lambda s, v: _dc.replace(s, boolean_condition=v),
    "evaluation_search_criteria_boolean_condition",
)
"""Lens on :attr:`EvaluationSearchCriteria.boolean_condition`."""


evaluation_search_criteria_date_time_condition = _rt.Lens[
    EvaluationSearchCriteria, DateTimeCondition | None
](
    lambda s: s.date_time_condition,
    lambda s, v: _dc.replace(s, date_time_condition=v),
    "evaluation_search_criteria_date_time_condition",
)
"""Lens on :attr:`EvaluationSearchCriteria.date_time_condition`."""


evaluation_search_criteria_decimal_condition = _rt.Lens[
    EvaluationSearchCriteria, DecimalCondition | None
](
    lambda s: s.decimal_condition,
    lambda s, v: _dc.replace(s, decimal_condition=v),
    "evaluation_search_criteria_decimal_condition",
)
"""Lens on :attr:`EvaluationSearchCriteria.decimal_condition`."""
