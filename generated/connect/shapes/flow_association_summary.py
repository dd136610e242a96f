"""The FlowAssociationSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_LIST_FLOW_ASSOCIATION_RESOURCE_TYPE_VALUES = frozenset(
    (
        "WHATSAPP_MESSAGING_PHONE_NUMBER",
        "VOICE_PHONE_NUMBER",
        "INBOUND_EMAIL",
        "OUTBOUND_EMAIL",
        "ANALYTICS_CONNECTOR",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class FlowAssociationSummary:
    """Information about flow associations.

    Fields:

    - ``resource_id``: The identifier of the resource.
    - ``flow_id``: The identifier of the flow.
    - ``resource_type``: The type of resource association.
    """

    resource_id: str | None = None
    """The identifier of the resource."""

    flow_id: str | None = None
    """The identifier of the flow."""

    resource_type: str | None = None
    """The type of resource association."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.resource_id
        if value is not None:
            path = prefix + "resource_id"
            _rt.check_str(errors, path, value)
        value = self.flow_id
        if value is not None:
            path = prefix + "flow_id"
            _rt.check_str(errors, path, value)
        value = self.resource_type
        if value is not None:
            path = prefix + "resource_type"
            _rt.check_str(
                errors, path, value, enum=_LIST_FLOW_ASSOCIATION_RESOURCE_TYPE_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.resource_id is not None:
            result["ResourceId"] = self.resource_id
        if self.flow_id is not None:
            result["FlowId"] = self.flow_id
        if self.resource_type is not None:
            result["ResourceType"] = self.resource_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> FlowAssociationSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "FlowAssociationSummary")
        return cls(
            resource_id=data.get("ResourceId"),
            flow_id=data.get("FlowId"),
            resource_type=data.get("ResourceType"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> FlowAssociationSummary:
        draft = _FlowAssociationSummaryDraft()
        try:
            draft.resource_id = (
                None
                if (value := data.get("ResourceId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ResourceId")
                )
            )
            draft.flow_id = (
                None
                if (value := data.get("FlowId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "FlowId"))
            )
            draft.resource_type = (
                None
                if (value := data.get("ResourceType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _FlowAssociationSummaryDraft:
    """A :class:`FlowAssociationSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("resource_id", "flow_id", "resource_type")
    resource_id: str | None
    flow_id: str | None
    resource_type: str | None


def new_flow_association_summary() -> FlowAssociationSummary:
    """Create a :class:`FlowAssociationSummary` with all optional fields omitted."""
    return FlowAssociationSummary()


flow_association_summary_resource_id = _rt.Lens[FlowAssociationSummary, str | None](
    lambda s: s.resource_id,
    lambda s, v: _dc.replace(s, resource_id=v),
    "flow_association_summary_resource_id",
)
"""Lens on :attr:`FlowAssociationSummary.resource_id`."""


flow_association_summary_flow_id = _rt.Lens[FlowAssociationSummary, str | None](
    lambda s: s.flow_id,
    lambda s, v: _dc.replace(s, flow_id=v),
    "flow_association_summary_flow_id",
)
"""Lens on :attr:`FlowAssociationSummary.flow_id`."""


flow_association_summary_resource_type = _rt.Lens[FlowAssociationSummary, str | None](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "flow_association_summary_resource_type",
)
"""Lens on :attr:`FlowAssociationSummary.resource_type`."""
