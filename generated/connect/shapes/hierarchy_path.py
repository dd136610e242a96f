"""The HierarchyPath shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.hierarchy_group_summary import HierarchyGroupSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HierarchyPath:
    """Contains information about the levels of a hierarchy group.

    Fields:

    - ``level_one``: Information about level one.
    - ``level_two``: Information about level two.
    - ``level_three``: Information about level three.
    - ``level_four``: Information about level four.
    - ``level_five``: Information about level five.
    """

    level_one: HierarchyGroupSummary | None = None
    """Information about level one."""

    level_two: HierarchyGroupSummary | None = None
    """Information about level two."""

    level_three: HierarchyGroupSummary | None = None
    """Information about level three."""

    level_four: HierarchyGroupSummary | None = None
    """Information about level four."""

    level_five: HierarchyGroupSummary | None = None
    """Information about level five."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.level_one
        if value is not None:
            path = prefix + "level_one"
            if isinstance(value, HierarchyGroupSummary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyGroupSummary, got {type(value).__name__}"
                )
        value = self.level_two
        if value is not None:
            path = prefix + "level_two"
            if isinstance(value, HierarchyGroupSummary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyGroupSummary, got {type(value).__name__}"
                )
        value = self.level_three
        if value is not None:
            path = prefix + "level_three"
            if isinstance(value, HierarchyGroupSummary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyGroupSummary, got {type(value).__name__}"
                )
        value = self.level_four
        if value is not None:
            path = prefix + "level_four"
            if isinstance(value, HierarchyGroupSummary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyGroupSummary, got {type(value).__name__}"
                )
        value = self.level_five
        if value is not None:
            path = prefix + "level_five"
            if isinstance(value, HierarchyGroupSummary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyGroupSummary, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.level_one is not None:
            result["LevelOne"] = self.level_one.to_dict()
        if self.level_two is not None:
            result["LevelTwo"] = self.level_two.to_dict()
        if self.level_three is not None:
            result["LevelThree"] = self.level_three.to_dict()
        if self.level_four is not None:
            result["LevelFour"] = self.level_four.to_dict()
        if self.level_five is not None:
            result["LevelFive"] = self.level_five.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HierarchyPath:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HierarchyPath")
        return cls(
            level_one=(
                None
                if (value := data.get("LevelOne")) is None
                else HierarchyGroupSummary.from_dict(
                    value, path=path + "LevelOne" + "."
                )
            ),
            level_two=(
                None
                if (value := data.get("LevelTwo")) is None
                else HierarchyGroupSummary.from_dict(
                    value, path=path + "LevelTwo" + "."
                )
            ),
            level_three=(
                None
                if (value := data.get("LevelThree")) is None
                else HierarchyGroupSummary.from_dict(
                    value, path=path + "LevelThree" + "."
                )
            ),
            level_four=(
                None
                if (value := data.get("LevelFour")) is None
                else HierarchyGroupSummary.from_dict(
                    value, path=path + "LevelFour" + "."
                )
            ),
            level_five=(
                None
                if (value := data.get("LevelFive")) is None
                else HierarchyGroupSummary.from_dict(
                    value, path=path + "LevelFive" + "."
                )
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> HierarchyPath:
        draft = _HierarchyPathDraft()
        try:
            draft.level_one = (
                None
                if (value := data.get("LevelOne")) is None
                else HierarchyGroupSummary._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "LevelOne")
                    )
                )
            )
            draft.level_two = (
                None
                if (value := data.get("LevelTwo")) is None
                else HierarchyGroupSummary._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "LevelTwo")
                    )
                )
            )
            draft.level_three = (
                None
                if (value := data.get("LevelThree")) is None
                else HierarchyGroupSummary._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "LevelThree")
                    )
                )
            )
            draft.level_four = (
                None
                if (value := data.get("LevelFour")) is None
                else HierarchyGroupSummary._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "LevelFour")
                    )
                )
            )
            draft.level_five = (
                None
                if (value := data.get("LevelFive")) is None
                else HierarchyGroupSummary._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "LevelFive")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _HierarchyPathDraft:
    """A :class:`HierarchyPath` being decoded (see ``_rt.seal``)."""

    __slots__ = ("level_one", "level_two", "level_three", "level_four", "level_five")
    level_one: HierarchyGroupSummary | None
    level_two: HierarchyGroupSummary | None
    level_three: HierarchyGroupSummary | None
    level_four: HierarchyGroupSummary | None
    level_five: HierarchyGroupSummary | None


def new_hierarchy_path() -> HierarchyPath:
    """Create a :class:`HierarchyPath` with all optional fields omitted."""
    return HierarchyPath()


hierarchy_path_level_one = _rt.Lens[HierarchyPath, HierarchyGroupSummary | None](
    lambda s: s.level_one,
    lambda s, v: _dc.replace(s, level_one=v),
    "hierarchy_path_level_one",
)
"""Lens on :attr:`HierarchyPath.level_one`."""


hierarchy_path_level_two = _rt.Lens[HierarchyPath, HierarchyGroupSummary | None](
    lambda s: s.level_two,
    lambda s, v: _dc.replace(s, level_two=v),
    "hierarchy_path_level_two",
)
"""Lens on :attr:`HierarchyPath.level_two`."""


hierarchy_path_level_three = _rt.Lens[HierarchyPath, HierarchyGroupSummary | None](
    lambda s: s.level_three,
    lambda s, v: _dc.replace(s, level_three=v),
    "hierarchy_path_level_three",
)
"""Lens on :attr:`HierarchyPath.level_three`."""


hierarchy_path_level_four = _rt.Lens[HierarchyPath, HierarchyGroupSummary | None](
    lambda s: s.level_four,
    lambda s, v: _dc.replace(s, level_four=v),
    "hierarchy_path_level_four",
)
"""Lens on :attr:`HierarchyPath.level_four`."""


hierarchy_path_level_five = _rt.Lens[HierarchyPath, HierarchyGroupSummary | None](
    lambda s: s.level_five,
    lambda s, v: _dc.replace(s, level_five=v),
    "hierarchy_path_level_five",
)
"""Lens on :attr:`HierarchyPath.level_five`."""
