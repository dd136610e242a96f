"""The AssignContactCategoryActionDefinition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssignContactCategoryActionDefinition:
    """This action must be set if ``TriggerEventSource`` is one of the
    following values: ``OnPostCallAnalysisAvailable`` |
    ``OnRealTimeCallAnalysisAvailable`` |
    ``OnRealTimeChatAnalysisAvailable`` | ``OnPostChatAnalysisAvailable``.
    Contact is categorized using the rule name.

    ``RuleName`` is used as ``ContactCategory``.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssignContactCategoryActionDefinition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssignContactCategoryActionDefinition"
        )
        return cls()

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> AssignContactCategoryActionDefinition:
        return cls()


def new_assign_contact_category_action_definition() -> (
    AssignContactCategoryActionDefinition
):
    """Create a :class:`AssignContactCategoryActionDefinition` with all optional fields omitted."""
    return AssignContactCategoryActionDefinition()
