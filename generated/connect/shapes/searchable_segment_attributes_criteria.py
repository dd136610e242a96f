"""The SearchableSegmentAttributesCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchableSegmentAttributesCriteria:
    """The search criteria based on searchable segment attribute key and values
    to search on.

    Fields:

    - ``key``: The key containing a searchable segment attribute.
    - ``values``: The list of values to search for within a searchable segment attribute.
    """

    key: str
    """The key containing a searchable segment attribute."""

    values: list[str]
    """The list of values to search for within a searchable segment attribute."""

    def __repr__(self) -> str:
        fields = [
            "key=<sensitive>",
            "values=<sensitive>",
        ]
        return f"SearchableSegmentAttributesCriteria({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.key
        if value is None:
            errors.append(prefix + "key: required but missing")
        else:
            path = prefix + "key"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)
        value = self.values
        if value is None:
            errors.append(prefix + "values: required but missing")
        else:
            path = prefix + "values"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 20)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=128)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Key"] = self.key
        result["Values"] = list(self.values)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchableSegmentAttributesCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "SearchableSegmentAttributesCriteria"
        )
        return cls(
            key=_rt.required(data, "Key", path),
            values=list(
                _rt.expect_sequence(_rt.required(data, "Values", path), path + "Values")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Key"] = self.key
        data["Values"] = self.values
        return data


def new_searchable_segment_attributes_criteria(
    key: str,
    values: list[str],
) -> SearchableSegmentAttributesCriteria:
    """Create a :class:`SearchableSegmentAttributesCriteria` with all optional fields omitted."""
    return SearchableSegmentAttributesCriteria(
        key=key,
        values=values,
    )


searchable_segment_attributes_criteria_key = _rt.Lens[
    SearchableSegmentAttributesCriteria, str
](
    lambda s: s.key,
    lambda s, v: _dc.replace(s, key=v),
    "searchable_segment_attributes_criteria_key",
)
"""Lens on :attr:`SearchableSegmentAttributesCriteria.key`."""


searchable_segment_attributes_criteria_values = _rt.Lens[
    SearchableSegmentAttributesCriteria, list[str]
](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "searchable_segment_attributes_criteria_values",
)
"""Lens on :attr:`SearchableSegmentAttributesCriteria.values`."""
