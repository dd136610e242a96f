"""The SearchableRoutingCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.searchable_routing_criteria_step import SearchableRoutingCriteriaStep


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchableRoutingCriteria:
    """Routing criteria of the contact to match on.

    Fields:

    - ``steps``: The list of Routing criteria steps of the contact routing.
    """

    steps: list[SearchableRoutingCriteriaStep] | None = None
    """The list of Routing criteria steps of the contact routing."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.steps
        if value is not None:
            path = prefix + "steps"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SearchableRoutingCriteriaStep):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SearchableRoutingCriteriaStep, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.steps is not None:
            result["Steps"] = [v1.to_dict() for v1 in self.steps]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchableRoutingCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchableRoutingCriteria")
        return cls(
            steps=(
                None
                if (value := data.get("Steps")) is None
                else [
                    SearchableRoutingCriteriaStep.from_dict(
                        v1, path=path + "Steps" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Steps"))
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.steps is not None:
            data["Steps"] = [v1._to_json() for v1 in self.steps]
        return data


def new_searchable_routing_criteria() -> SearchableRoutingCriteria:
    """Create a :class:`SearchableRoutingCriteria` with all optional fields omitted."""
    return SearchableRoutingCriteria()


searchable_routing_criteria_steps = _rt.Lens[
    SearchableRoutingCriteria, list[SearchableRoutingCriteriaStep] | None
](
    lambda s: s.steps,
    lambda s, v: _dc.replace(s, steps=v),
    "searchable_routing_criteria_steps",
)
"""Lens on :attr:`SearchableRoutingCriteria.steps`."""
