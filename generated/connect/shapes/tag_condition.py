"""The TagCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TagCondition:
    """A leaf node condition which can be used to specify a tag condition, for
    example, ``HAVE BPO = 123``.

    Fields:

    - ``tag_key``: The tag key in the tag condition.
    - ``tag_value``: The tag value in the tag condition.
    """

    tag_key: str | None = None
    """The tag key in the tag condition."""

    tag_value: str | None = None
    """The tag value in the tag condition."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.tag_key
        if value is not None:
            path = prefix + "tag_key"
            _rt.check_str(errors, path, value)
        value = self.tag_value
        if value is not None:
            path = prefix + "tag_value"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.tag_key is not None:
            result["TagKey"] = self.tag_key
        if self.tag_value is not None:
            result["TagValue"] = self.tag_value
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TagCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TagCondition")
        return cls(
            tag_key=data.get("TagKey"),
            tag_value=data.get("TagValue"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.tag_key is not None:
            data["TagKey"] = self.tag_key
        if self.tag_value is not None:
            data["TagValue"] = self.tag_value
        return data


def new_tag_condition() -> TagCondition:
    """Create a :class:`TagCondition` with all optional fields omitted."""
    return TagCondition()


tag_condition_tag_key = _rt.Lens[TagCondition, str | None](
    lambda s: s.tag_key,
    lambda s, v: _dc.replace(s, tag_key=v),
    "tag_condition_tag_key",
)
"""Lens on :attr:`TagCondition.tag_key`."""


tag_condition_tag_value = _rt.Lens[TagCondition, str | None](
    lambda s: s.tag_value,
    lambda s, v: _dc.replace(s, tag_value=v),
    "tag_condition_tag_value",
)
"""Lens on :attr:`TagCondition.tag_value`."""
