"""The AttributeCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.match_criteria import MatchCriteria
from ..shapes.range import Range


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AttributeCondition:
    """An object to specify the predefined attribute condition.

    Fields:

    - ``name``: The name of predefined attribute.
    - ``value``: The value of predefined attribute.
    - ``proficiency_level``: The proficiency level of the condition.
    - ``range``: An Object to define the minimum and maximum proficiency levels.
    - ``match_criteria``: An object to define ``AgentsCriteria``.
    - ``comparison_operator``: The operator of the condition.
    """

    name: str | None = None
    """The name of predefined attribute."""

    value: str | None = None
    """The value of predefined attribute."""

    proficiency_level: float | None = None
    """The proficiency level of the condition."""

    range: Range | None = None
    """An Object to define the minimum and maximum proficiency levels."""

    match_criteria: MatchCriteria | None = None
    """An object to define ``AgentsCriteria``."""

    comparison_operator: str | None = None
    """The operator of the condition."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)
        value = self.proficiency_level
        if value is not None:
            path = prefix + "proficiency_level"
            _rt.check_number(errors, path, value, False, minimum=1, maximum=5)
        value = self.range
        if value is not None:
            path = prefix + "range"
            if isinstance(value, Range):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Range, got {type(value).__name__}")
        value = self.match_criteria
        if value is not None:
            path = prefix + "match_criteria"
            if isinstance(value, MatchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected MatchCriteria, got {type(value).__name__}"
                )
        value = self.comparison_operator
        if value is not None:
            path = prefix + "comparison_operator"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.value is not None:
            result["Value"] = self.value
        if self.proficiency_level is not None:
            result["ProficiencyLevel"] = self.proficiency_level
        if self.range is not None:
            result["Range"] = self.range.to_dict()
        if self.match_criteria is not None:
            result["MatchCriteria"] = self.match_criteria.to_dict()
        if self.comparison_operator is not None:
            result["ComparisonOperator"] = self.comparison_operator
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AttributeCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AttributeCondition")
        return cls(
            name=data.get("Name"),
            value=data.get("Value"),
            proficiency_level=data.get("ProficiencyLevel"),
            range=(
                None
                if (value := data.get("Range")) is None
                else Range.from_dict(value, path=path + "Range" + ".")
            ),
            match_criteria=(
                None
                if (value := data.get("MatchCriteria")) is None
                else MatchCriteria.from_dict(value, path=path + "MatchCriteria" + ".")
            ),
            comparison_operator=data.get("ComparisonOperator"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.name is not None:
            data["Name"] = self.name
        if self.value is not None:
            data["Value"] = self.value
        if self.proficiency_level is not None:
            data["ProficiencyLevel"] = _rt.float_to_json(self.proficiency_level)
        if self.range is not None:
            data["Range"] = self.range._to_json()
        if self.match_criteria is not None:
            data["MatchCriteria"] = self.match_criteria._to_json()
        if self.comparison_operator is not None:
            data["ComparisonOperator"] = self.comparison_operator
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AttributeCondition:
        draft = _AttributeConditionDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Value"))
            )
            draft.proficiency_level = (
                None
                if (value := data.get("ProficiencyLevel")) is None
                else _rt.expect_float(value, "ProficiencyLevel")
            )
            draft.range = (
                None
                if (value := data.get("Range")) is None
                else Range._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Range")
                    )
                )
            )
            draft.match_criteria = (
                None
                if (value := data.get("MatchCriteria")) is None
                else MatchCriteria._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "MatchCriteria")
                    )
                )
            )
            draft.comparison_operator = (
                None
                if (value := data.get("ComparisonOperator")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ComparisonOperator")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AttributeConditionDraft:
    """A :class:`AttributeCondition` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "name",
        "value",
        "proficiency_level",
        "range",
        "match_criteria",
        "comparison_operator",
    )
    name: str | None
    value: str | None
    proficiency_level: float | None
    range: Range | None
    match_criteria: MatchCriteria | None
    comparison_operator: str | None


def new_attribute_condition() -> AttributeCondition:
    """Create a :class:`AttributeCondition` with all optional fields omitted."""
    return AttributeCondition()


attribute_condition_name = _rt.Lens[AttributeCondition, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "attribute_condition_name",
)
"""Lens on :attr:`AttributeCondition.name`."""


attribute_condition_value = _rt.Lens[AttributeCondition, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "attribute_condition_value",
)
"""Lens on :attr:`AttributeCondition.value`."""


attribute_condition_proficiency_level = _rt.Lens[AttributeCondition, float | None](
    lambda s: s.proficiency_level,
    lambda s, v: _dc.replace(s, proficiency_level=v),
    "attribute_condition_proficiency_level",
)
"""Lens on :attr:`AttributeCondition.proficiency_level`."""


attribute_condition_range = _rt.Lens[AttributeCondition, Range | None](
    lambda s: s.range,
    lambda s, v: _dc.replace(s, range=v),
    "attribute_condition_range",
)
"""Lens on :attr:`AttributeCondition.range`."""


attribute_condition_match_criteria = _rt.Lens[AttributeCondition, MatchCriteria | None](
    lambda s: s.match_criteria,
    lambda s, v: _dc.replace(s, match_criteria=v),
    "attribute_condition_match_criteria",
)
"""Lens on :attr:`AttributeCondition.match_criteria`."""


attribute_condition_comparison_operator = _rt.Lens[AttributeCondition, str | None](
    lambda s: s.comparison_operator,
    lambda s, v: _dc.replace(s, comparison_operator=v),
    "attribute_condition_comparison_operator",
)
"""Lens on :attr:`AttributeCondition.comparison_operator`."""
