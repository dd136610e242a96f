"""The Campaign shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Campaign:
    """Information associated with a campaign.

    Fields:

    - ``campaign_id``: A unique identifier for a campaign.
    """

    campaign_id: str | None = None
    """A unique identifier for a campaign."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.campaign_id
        if value is not None:
            path = prefix + "campaign_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.campaign_id is not None:
            result["CampaignId"] = self.campaign_id
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Campaign:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Campaign")
        return cls(
            campaign_id=data.get("CampaignId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.campaign_id is not None:
            data["CampaignId"] = self.campaign_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Campaign:
        draft = _CampaignDraft()
        try:
            draft.campaign_id = (
                None
                if (value := data.get("CampaignId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "CampaignId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CampaignDraft:
    """A :class:`Campaign` being decoded (see ``_rt.seal``)."""

    __slots__ = ("campaign_id",)
    campaign_id: str | None


def new_campaign() -> Campaign:
    """Create a :class:`Campaign` with all optional fields omitted."""
    return Campaign()


campaign_campaign_id = _rt.Lens[Campaign, str | None](
    lambda s: s.campaign_id,
    lambda s, v: _dc.replace(s, campaign_id=v),
    "campaign_campaign_id",
)
"""Lens on :attr:`Campaign.campaign_id`."""
