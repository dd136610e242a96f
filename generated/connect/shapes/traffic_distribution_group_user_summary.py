"""The TrafficDistributionGroupUserSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TrafficDistributionGroupUserSummary:
    """Summary information about a traffic distribution group user.

    Fields:

    - ``user_id``: The identifier for the user.
    """

    user_id: str | None = None
    """The identifier for the user. This can be the ID or the ARN of the user."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.user_id
        if value is not None:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.user_id is not None:
            result["UserId"] = self.user_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TrafficDistributionGroupUserSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "TrafficDistributionGroupUserSummary"
        )
        return cls(
            user_id=data.get("UserId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TrafficDistributionGroupUserSummary:
        draft = _TrafficDistributionGroupUserSummaryDraft()
        try:
            draft.user_id = (
                None
                if (value := data.get("UserId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "UserId"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TrafficDistributionGroupUserSummaryDraft:
    """A :class:`TrafficDistributionGroupUserSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("user_id",)
    user_id: str | None


def new_traffic_distribution_group_user_summary() -> (
    TrafficDistributionGroupUserSummary
):
    """Create a :class:`TrafficDistributionGroupUserSummary` with all optional fields omitted."""
    return TrafficDistributionGroupUserSummary()


traffic_distribution_group_user_summary_user_id = _rt.Lens[
    TrafficDistributionGroupUserSummary, str | None
](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "traffic_distribution_group_user_summary_user_id",
)
"""Lens on :attr:`TrafficDistributionGroupUserSummary.user_id`."""
