"""The HierarchyGroupSummaryReference shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HierarchyGroupSummaryReference:
    """Information about the hierarchy group.

    Fields:

    - ``id``: The unique identifier for the hierarchy group.
    - ``arn``: The Amazon Resource Name (ARN) for the hierarchy group.
    """

    id: str | None = None
    """The unique identifier for the hierarchy group."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) for the hierarchy group."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HierarchyGroupSummaryReference:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HierarchyGroupSummaryReference")
        return cls(
            id=data.get("Id"),
            arn=data.get("Arn"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> HierarchyGroupSummaryReference:
        draft = _HierarchyGroupSummaryReferenceDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _HierarchyGroupSummaryReferenceDraft:
    """A :class:`HierarchyGroupSummaryReference` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "arn")
    id: str | None
    arn: str | None


def new_hierarchy_group_summary_reference() -> HierarchyGroupSummaryReference:
    """Create a :class:`HierarchyGroupSummaryReference` with all optional fields omitted."""
    return HierarchyGroupSummaryReference()


hierarchy_group_summary_reference_id = _rt.Lens[
    HierarchyGroupSummaryReference, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "hierarchy_group_summary_reference_id",
)
"""Lens on :attr:`HierarchyGroupSummaryReference.id`."""


hierarchy_group_summary_reference_arn = _rt.Lens[
    HierarchyGroupSummaryReference, str | None
](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "hierarchy_group_summary_reference_arn",
)
"""Lens on :attr:`HierarchyGroupSummaryReference.arn`."""
