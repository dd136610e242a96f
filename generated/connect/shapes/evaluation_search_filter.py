"""The EvaluationSearchFilter shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.control_plane_attribute_filter import ControlPlaneAttributeFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationSearchFilter:
    """Filters to be applied to search results.

    Fields:

    - ``attribute_filter``: An object that can be used to specify Tag conditions inside the ``SearchFilter``.
    """

    attribute_filter: ControlPlaneAttributeFilter | None = None
    """An object that can be used to specify Tag conditions inside the
    ``SearchFilter``. This accepts an ``OR`` or ``AND`` (List of List) input
    where:

    - The top level list specifies conditions that need to be applied with
      ``OR`` operator.
    - The inner list specifies conditions that need to be applied with
      ``AND`` operator.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attribute_filter
        if value is not None:
            path = prefix + "attribute_filter"
            if isinstance(value, ControlPlaneAttributeFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ControlPlaneAttributeFilter, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.attribute_filter is not None:
            result["AttributeFilter"] = self.attribute_filter.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationSearchFilter:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationSearchFilter")
        return cls(
            attribute_filter=(
                None
                if (value := data.get("AttributeFilter")) is None
                else ControlPlaneAttributeFilter.from_dict(
                    value, path=path + "AttributeFilter" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.attribute_filter is not None:
            data["AttributeFilter"] = self.attribute_filter._to_json()
        return data


def new_evaluation_search_filter() -> EvaluationSearchFilter:
    """Create a :class:`EvaluationSearchFilter` with all optional fields omitted."""
    return EvaluationSearchFilter()


evaluation_search_filter_attribute_filter = _rt.Lens[
    EvaluationSearchFilter, ControlPlaneAttributeFilter | None
](
    lambda s: s.attribute_filter,
    lambda s, v: _dc.replace(s, attribute_filter=v),
    "evaluation_search_filter_attribute_filter",
)
"""Lens on :attr:`EvaluationSearchFilter.attribute_filter`."""
