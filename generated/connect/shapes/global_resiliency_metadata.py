"""The GlobalResiliencyMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GlobalResiliencyMetadata:
    """Information about the global resiliency configuration for the contact,
    including traffic distribution details.

    Fields:

    - ``active_region``: The current AWS region in which the contact is active.
    - ``origin_region``: The AWS region where the contact was originally created and initiated.
    - ``traffic_distribution_group_id``: The identifier of the traffic distribution group.
    """

    active_region: str | None = None
    """The current AWS region in which the contact is active. This indicates
    where the contact is being processed in real-time.
    """

    origin_region: str | None = None
    """The AWS region where the contact was originally created and initiated.
    This may differ from the ActiveRegion if the contact has been
    transferred across regions.
    """

    traffic_distribution_group_id: str | None = None
    """The identifier of the traffic distribution group."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.active_region
        if value is not None:
            path = prefix + "active_region"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.origin_region
        if value is not None:
            path = prefix + "origin_region"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.traffic_distribution_group_id
        if value is not None:
            path = prefix + "traffic_distribution_group_id"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.active_region is not None:
            result["ActiveRegion"] = self.active_region
        if self.origin_region is not None:
            result["OriginRegion"] = self.origin_region
        if self.traffic_distribution_group_id is not None:
            result["TrafficDistributionGroupId"] = self.traffic_distribution_group_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GlobalResiliencyMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GlobalResiliencyMetadata")
        return cls(
            active_region=data.get("ActiveRegion"),
            origin_region=data.get("OriginRegion"),
            traffic_distribution_group_id=data.get("TrafficDistributionGroupId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> GlobalResiliencyMetadata:
        draft = _GlobalResiliencyMetadataDraft()
        try:
            draft.active_region = (
                None
                if (value := data.get("ActiveRegion")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ActiveRegion")
                )
            )
            draft.origin_region = (
                None
                if (value := data.get("OriginRegion")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "OriginRegion")
                )
            )
            draft.traffic_distribution_group_id = (
                None
                if (value := data.get("TrafficDistributionGroupId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "TrafficDistributionGroupId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _GlobalResiliencyMetadataDraft:
    """A :class:`GlobalResiliencyMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = ("active_region", "origin_region", "traffic_distribution_group_id")
    active_region: str | None
    origin_region: str | None
    traffic_distribution_group_id: str | None


def new_global_resiliency_metadata() -> GlobalResiliencyMetadata:
    """Create a :class:`GlobalResiliencyMetadata` with all optional fields omitted."""
    return GlobalResiliencyMetadata()


global_resiliency_metadata_active_region = _rt.Lens[
    GlobalResiliencyMetadata, str | None
](
    lambda s: s.active_region,
    lambda s, v: _dc.replace(s, active_region=v),
    "global_resiliency_metadata_active_region",
)
"""Lens on :attr:`GlobalResiliencyMetadata.active_region`."""


global_resiliency_metadata_origin_region = _rt.Lens[
    GlobalResiliencyMetadata, str | None
](
    lambda s: s.origin_region,
    lambda s, v: _dc.replace(s, origin_region=v),
    "global_resiliency_metadata_origin_region",
)
"""Lens on :attr:`GlobalResiliencyMetadata.origin_region`."""


global_resiliency_metadata_traffic_distribution_group_id = _rt.Lens[
    GlobalResiliencyMetadata, str | None
](
    lambda s: s.traffic_distribution_group_id,
    lambda s, v: _dc.replace(s, traffic_distribution_group_id=v),
    "global_resiliency_metadata_traffic_distribution_group_id",
)
"""Lens on :attr:`GlobalResiliencyMetadata.traffic_distribution_group_id`."""
