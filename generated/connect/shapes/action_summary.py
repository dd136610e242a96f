"""The ActionSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_ACTION_TYPE_VALUES = frozenset(
    (
        "CREATE_TASK",
        "ASSIGN_CONTACT_CATEGORY",
        "GENERATE_EVENTBRIDGE_EVENT",
        "SEND_NOTIFICATION",
        "CREATE_CASE",
        "UPDATE_CASE",
        "ASSIGN_SLA",
        "END_ASSOCIATED_TASKS",
        "SUBMIT_AUTO_EVALUATION",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ActionSummary:
    """Information about an action.

    Fields:

    - ``action_type``: The action type.
    """

    action_type: str | None
    """The action type."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.action_type
        if value is None:
            errors.append(prefix + "action_type: required but missing")
        else:
            path = prefix + "action_type"
            _rt.check_str(errors, path, value, enum=_ACTION_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.action_type is not None:
            result["ActionType"] = self.action_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ActionSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ActionSummary")
        return cls(
            action_type=data.get("ActionType"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ActionSummary:
        draft = _ActionSummaryDraft()
        try:
            draft.action_type = (
                None
                if (value := data.get("ActionType")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ActionType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ActionSummaryDraft:
    """A :class:`ActionSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("action_type",)
    action_type: str | None


def new_action_summary(
    action_type: str,
) -> ActionSummary:
    """Create a :class:`ActionSummary` with all optional fields omitted."""
    return ActionSummary(
        action_type=action_type,
    )


action_summary_action_type = _rt.Lens[ActionSummary, str | None](
    lambda s: s.action_type,
    lambda s, v: _dc.replace(s, action_type=v),
    "action_summary_action_type",
)
"""Lens on :attr:`ActionSummary.action_type`."""
