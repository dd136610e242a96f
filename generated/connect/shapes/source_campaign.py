"""The SourceCampaign shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SourceCampaign:
    """Information about the campaign.

    Fields:

    - ``campaign_id``: A unique identifier for a campaign.
    - ``outbound_request_id``: A unique identifier for a each request part of same campaign.
    """

    campaign_id: str | None = None
    """A unique identifier for a campaign."""

    outbound_request_id: str | None = None
    """A unique identifier for a each request part of same campaign."""

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
        value = self.outbound_request_id
        if value is not None:
            path = prefix + "outbound_request_id"
            _rt.check_str(errors, path, value, min_len=36, max_len=36)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.campaign_id is not None:
            result["CampaignId"] = self.campaign_id
        if self.outbound_request_id is not None:
            result["OutboundRequestId"] = self.outbound_request_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SourceCampaign:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SourceCampaign")
        return cls(
            campaign_id=data.get("CampaignId"),
            outbound_request_id=data.get("OutboundRequestId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.campaign_id is not None:
            data["CampaignId"] = self.campaign_id
        if self.outbound_request_id is not None:
            data["OutboundRequestId"] = self.outbound_request_id
        return data


def new_source_campaign() -> SourceCampaign:
    """Create a :class:`SourceCampaign` with all optional fields omitted."""
    return SourceCampaign()


source_campaign_campaign_id = _rt.Lens[SourceCampaign, str | None](
    lambda s: s.campaign_id,
    lambda s, v: _dc.replace(s, campaign_id=v),
    "source_campaign_campaign_id",
)
"""Lens on :attr:`SourceCampaign.campaign_id`."""


source_campaign_outbound_request_id = _rt.Lens[SourceCampaign, str | None](
    lambda s: s.outbound_request_id,
    lambda s, v: _dc.replace(s, outbound_request_id=v),
    "source_campaign_outbound_request_id",
)
"""Lens on :attr:`SourceCampaign.outbound_request_id`."""
