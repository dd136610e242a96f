"""The SearchCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.agent_hierarchy_groups import AgentHierarchyGroups
from ..shapes.contact_analysis import ContactAnalysis
from ..shapes.control_plane_tag_filter import ControlPlaneTagFilter
from ..shapes.name_criteria import NameCriteria
from ..shapes.search_contacts_additional_time_range import (
    SearchContactsAdditionalTimeRange,
)
from ..shapes.searchable_contact_attributes import SearchableContactAttributes
from ..shapes.searchable_routing_criteria import SearchableRoutingCriteria
from ..shapes.searchable_segment_attributes import SearchableSegmentAttributes

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)
_CONTACT_INITIATION_METHOD_VALUES = frozenset(
    (
        "INBOUND",
        "OUTBOUND",
        "TRANSFER",
        "QUEUE_TRANSFER",
        "CALLBACK",
        "API",
        "DISCONNECT",
        "MONITOR",
        "EXTERNAL_OUTBOUND",
        "WEBRTC_API",
        "AGENT_REPLY",
        "FLOW",
    )
)
_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchCriteria:
    """A structure of search criteria to be used to return contacts.

    Fields:

    - ``name``: Name of the contact.
    - ``agent_ids``: The identifiers of agents who handled the contacts.
    - ``agent_hierarchy_groups``: The agent hierarchy groups of the agent at the time of handling the contact.
    - ``channels``: The list of channels associated with contacts.
    - ``contact_analysis``: Search criteria based on analysis outputs from Connect Customer Contact Lens.
    - ``initiation_methods``: The list of initiation methods associated with contacts.
    - ``queue_ids``: The list of queue IDs associated with contacts.
    - ``routing_criteria``: Routing criteria for the contact.
    - ``additional_time_range``: Additional TimeRange used to filter contacts.
    - ``searchable_contact_attributes``: The search criteria based on user-defined contact attributes that have been configured for contact search.
    - ``searchable_segment_attributes``: The search criteria based on searchable segment attributes of a contact.
    - ``active_regions``: The list of active regions for contacts in ACGR instances.
    - ``contact_tags``: An object that can be used to specify Tag conditions inside the ``SearchFilter``.
    """

    name: NameCriteria | None = None
    """Name of the contact."""

    agent_ids: list[str] | None = None
    """The identifiers of agents who handled the contacts."""

    agent_hierarchy_groups: AgentHierarchyGroups | None = None
    """The agent hierarchy groups of the agent at the time of handling the
    contact.
    """

    channels: list[str] | None = None
    """The list of channels associated with contacts."""

    contact_analysis: ContactAnalysis | None = None
    """Search criteria based on analysis outputs from Connect Customer Contact
    Lens.
    """

    initiation_methods: list[str] | None = None
    """The list of initiation methods associated with contacts."""

    queue_ids: list[str] | None = None
    """The list of queue IDs associated with contacts."""

    routing_criteria: SearchableRoutingCriteria | None = None
    """Routing criteria for the contact."""

    additional_time_range: SearchContactsAdditionalTimeRange | None = None
    """Additional TimeRange used to filter contacts."""

    searchable_contact_attributes: SearchableContactAttributes | None = None
    """The search criteria based on user-defined contact attributes that have
    been configured for contact search. For more information, see `Search by
    custom contact attributes
    <https://docs.aws.amazon.com/connect/latest/adminguide/search-custom-attributes.html>`__
    in the *Connect Customer Administrator Guide*.

    .. important::

       To use ``SearchableContactAttributes`` in a search request, the
       ``GetContactAttributes`` action is required to perform an API
       request. For more information, see
       https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-actions-as-permissionsActions
       defined by Connect Customer.
    """

    searchable_segment_attributes: SearchableSegmentAttributes | None = None
    """The search criteria based on searchable segment attributes of a contact."""

    active_regions: list[str] | None = None
    """The list of active regions for contacts in ACGR instances."""

    contact_tags: ControlPlaneTagFilter | None = None
    """An object that can be used to specify Tag conditions inside the
    ``SearchFilter``. This accepts an ``OR`` of ``AND`` (List of List) input
    where:

    - Top level list specifies conditions that need to be applied with
      ``OR`` operator
    - Inner list specifies conditions that need to be applied with ``AND``
      operator.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is not None:
            path = prefix + "name"
            if isinstance(value, NameCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NameCriteria, got {type(value).__name__}"
                )
        value = self.agent_ids
        if value is not None:
            path = prefix + "agent_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=256)
        value = self.agent_hierarchy_groups
        if value is not None:
            path = prefix + "agent_hierarchy_groups"
            if isinstance(value, AgentHierarchyGroups):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentHierarchyGroups, got {type(value).__name__}"
                )
        value = self.channels
        if value is not None:
            path = prefix + "channels"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_CHANNEL_VALUES)
        value = self.contact_analysis
        if value is not None:
            path = prefix + "contact_analysis"
            if isinstance(value, ContactAnalysis):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactAnalysis, got {type(value).__name__}"
                )
        value = self.initiation_methods
        if value is not None:
            path = prefix + "initiation_methods"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(
                            errors, p1, v1, enum=_CONTACT_INITIATION_METHOD_VALUES
                        )
        value = self.queue_ids
        if value is not None:
            path = prefix + "queue_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.routing_criteria
        if value is not None:
            path = prefix + "routing_criteria"
            if isinstance(value, SearchableRoutingCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SearchableRoutingCriteria, got {type(value).__name__}"
                )
        value = self.additional_time_range
        if value is not None:
            path = prefix + "additional_time_range"
            if isinstance(value, SearchContactsAdditionalTimeRange):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SearchContactsAdditionalTimeRange, got {type(value).__name__}"
                )
        value = self.searchable_contact_attributes
        if value is not None:
            path = prefix + "searchable_contact_attributes"
            if isinstance(value, SearchableContactAttributes):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SearchableContactAttributes, got {type(value).__name__}"
                )
        value = self.searchable_segment_attributes
        if value is not None:
            path = prefix + "searchable_segment_attributes"
            if isinstance(value, SearchableSegmentAttributes):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SearchableSegmentAttributes, got {type(value).__name__}"
                )
        value = self.active_regions
        if value is not None:
            path = prefix + "active_regions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, pattern=_PATTERN_1)
        value = self.contact_tags
        if value is not None:
            path = prefix + "contact_tags"
            if isinstance(value, ControlPlaneTagFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ControlPlaneTagFilter, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name.to_dict()
        if self.agent_ids is not None:
            result["AgentIds"] = list(self.agent_ids)
        if self.agent_hierarchy_groups is not None:
            result["AgentHierarchyGroups"] = self.agent_hierarchy_groups.to_dict()
        if self.channels is not None:
            result["Channels"] = list(self.channels)
        if self.contact_analysis is not None:
            result["ContactAnalysis"] = self.contact_analysis.to_dict()
        if self.initiation_methods is not None:
            result["InitiationMethods"] = list(self.initiation_methods)
        if self.queue_ids is not None:
            result["QueueIds"] = list(self.queue_ids)
        if self.routing_criteria is not None:
            result["RoutingCriteria"] = self.routing_criteria.to_dict()
        if self.additional_time_range is not None:
            result["AdditionalTimeRange"] = self.additional_time_range.to_dict()
        if self.searchable_contact_attributes is not None:
            result["SearchableContactAttributes"] = (
                self.searchable_contact_attributes.to_dict()
            )
        if self.searchable_segment_attributes is not None:
            result["SearchableSegmentAttributes"] = (
                self.searchable_segment_attributes.to_dict()
            )
        if self.active_regions is not None:
            result["ActiveRegions"] = list(self.active_regions)
        if self.contact_tags is not None:
            result["ContactTags"] = self.contact_tags.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchCriteria")
        return cls(
            name=(
                None
                if (value := data.get("Name")) is None
                else NameCriteria.from_dict(value, path=path + "Name" + ".")
            ),
            agent_ids=(
                None
                if (value := data.get("AgentIds")) is None
                else list(_rt.expect_sequence(value, path + "AgentIds"))
            ),
            agent_hierarchy_groups=(
                None
                if (value := data.get("AgentHierarchyGroups")) is None
                else AgentHierarchyGroups.from_dict(
                    value, path=path + "AgentHierarchyGroups" + "."
                )
            ),
            channels=(
                None
                if (value := data.get("Channels")) is None
                else list(_rt.expect_sequence(value, path + "Channels"))
            ),
            contact_analysis=(
                None
                if (value := data.get("ContactAnalysis")) is None
                else ContactAnalysis.from_dict(
                    value, path=path + "ContactAnalysis" + "."
                )
            ),
            initiation_methods=(
                None
                if (value := data.get("InitiationMethods")) is None
                else list(_rt.expect_sequence(value, path + "InitiationMethods"))
            ),
            queue_ids=(
                None
                if (value := data.get("QueueIds")) is None
                else list(_rt.expect_sequence(value, path + "QueueIds"))
            ),
            routing_criteria=(
                None
                if (value := data.get("RoutingCriteria")) is None
                else SearchableRoutingCriteria.from_dict(
                    value, path=path + "RoutingCriteria" + "."
                )
            ),
            additional_time_range=(
                None
                if (value := data.get("AdditionalTimeRange")) is None
                else SearchContactsAdditionalTimeRange.from_dict(
                    value, path=path + "AdditionalTimeRange" + "."
                )
            ),
            searchable_contact_attributes=(
                None
                if (value := data.get("SearchableContactAttributes")) is None
                else SearchableContactAttributes.from_dict(
                    value, path=path + "SearchableContactAttributes" + "."
                )
            ),
            searchable_segment_attributes=(
                None
                if (value := data.get("SearchableSegmentAttributes")) is None
                else SearchableSegmentAttributes.from_dict(
                    value, path=path + "SearchableSegmentAttributes" + "."
                )
            ),
            active_regions=(
                None
                if (value := data.get("ActiveRegions")) is None
                else list(_rt.expect_sequence(value, path + "ActiveRegions"))
            ),
            contact_tags=(
                None
                if (value := data.get("ContactTags")) is None
                else ControlPlaneTagFilter.from_dict(
                    value, path=path + "ContactTags" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.name is not None:
            data["Name"] = self.name._to_json()
        if self.agent_ids is not None:
            data["AgentIds"] = self.agent_ids
        if self.agent_hierarchy_groups is not None:
            data["AgentHierarchyGroups"] = self.agent_hierarchy_groups._to_json()
        if self.channels is not None:
            data["Channels"] = self.channels
        if self.contact_analysis is not None:
            data["ContactAnalysis"] = self.contact_analysis._to_json()
        if self.initiation_methods is not None:
            data["InitiationMethods"] = self.initiation_methods
        if self.queue_ids is not None:
            data["QueueIds"] = self.queue_ids
        if self.routing_criteria is not None:
            data["RoutingCriteria"] = self.routing_criteria._to_json()
        if self.additional_time_range is not None:
            data["AdditionalTimeRange"] = self.additional_time_range._to_json()
        if self.searchable_contact_attributes is not None:
            data["SearchableContactAttributes"] = (
                self.searchable_contact_attributes._to_json()
            )
        if self.searchable_segment_attributes is not None:
            data["SearchableSegmentAttributes"] = (
                self.searchable_segment_attributes._to_json()
            )
        if self.active_regions is not None:
            data["ActiveRegions"] = self.active_regions
        if self.contact_tags is not None:
            data["ContactTags"] = self.contact_tags._to_json()
        return data


def new_search_criteria() -> SearchCriteria:
    """Create a :class:`SearchCriteria` with all optional fields omitted."""
    return SearchCriteria()


search_criteria_name = _rt.Lens[SearchCriteria, NameCriteria | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "search_criteria_name",
)
"""Lens on :attr:`SearchCriteria.name`."""


search_criteria_agent_ids = _rt.Lens[SearchCriteria, list[str] | None](
    lambda s: s.agent_ids,
    lambda s, v: _dc.replace(s, agent_ids=v),
    "search_criteria_agent_ids",
)
"""Lens on :attr:`SearchCriteria.agent_ids`."""


search_criteria_agent_hierarchy_groups = _rt.Lens[
    SearchCriteria, AgentHierarchyGroups | None
](
    lambda s: s.agent_hierarchy_groups,
    lambda s, v: _dc.replace(s, agent_hierarchy_groups=v),
    "search_criteria_agent_hierarchy_groups",
)
"""Lens on :attr:`SearchCriteria.agent_hierarchy_groups`."""


search_criteria_channels = _rt.Lens[SearchCriteria, list[str] | None](
    lambda s: s.channels,
    lambda s, v: _dc.replace(s, channels=v),
    "search_criteria_channels",
)
"""Lens on :attr:`SearchCriteria.channels`."""


search_criteria_contact_analysis = _rt.Lens[SearchCriteria, ContactAnalysis | None](
    lambda s: s.contact_analysis,
    lambda s, v: _dc.replace(s, contact_analysis=v),
    "search_criteria_contact_analysis",
)
"""Lens on :attr:`SearchCriteria.contact_analysis`."""


search_criteria_initiation_methods = _rt.Lens[SearchCriteria, list[str] | None](
    lambda s: s.initiation_methods,
    lambda s, v: _dc.replace(s, initiation_methods=v),
    "search_criteria_initiation_methods",
)
"""Lens on :attr:`SearchCriteria.initiation_methods`."""


search_criteria_queue_ids = _rt.Lens[SearchCriteria, list[str] | None](
    lambda s: s.queue_ids,
    lambda s, v: _dc.replace(s, queue_ids=v),
    "search_criteria_queue_ids",
)
"""Lens on :attr:`SearchCriteria.queue_ids`."""


search_criteria_routing_criteria = _rt.Lens[
    SearchCriteria, SearchableRoutingCriteria | None
](
    lambda s: s.routing_criteria,
    lambda s, v: _dc.replace(s, routing_criteria=v),
    "search_criteria_routing_criteria",
)
"""Lens on :attr:`SearchCriteria.routing_criteria`."""


search_criteria_additional_time_range = _rt.Lens[
    SearchCriteria, SearchContactsAdditionalTimeRange | None
](
    lambda s: s.additional_time_range,
    lambda s, v: _dc.replace(s, additional_time_range=v),
    "search_criteria_additional_time_range",
)
"""Lens on :attr:`SearchCriteria.additional_time_range`."""


search_criteria_searchable_contact_attributes = _rt.Lens[
    SearchCriteria, SearchableContactAttributes | None
](
    lambda s: s.searchable_contact_attributes,
    lambda s, v: _dc.replace(s, searchable_contact_attributes=v),
    "search_criteria_searchable_contact_attributes",
)
"""Lens on :attr:`SearchCriteria.searchable_contact_attributes`."""


search_criteria_searchable_segment_attributes = _rt.Lens[
    SearchCriteria, SearchableSegmentAttributes | None
](
    lambda s: s.searchable_segment_attributes,
    lambda s, v: _dc.replace(s, searchable_segment_attributes=v),
    "search_criteria_searchable_segment_attributes",
)
"""Lens on :attr:`SearchCriteria.searchable_segment_attributes`."""


search_criteria_active_regions = _rt.Lens[SearchCriteria, list[str] | None](
    lambda s: s.active_regions,
    lambda s, v: _dc.replace(s, active_regions=v),
    "search_criteria_active_regions",
)
"""Lens on :attr:`SearchCriteria.active_regions`."""


search_criteria_contact_tags = _rt.Lens[SearchCriteria, ControlPlaneTagFilter | None](
    lambda s: s.contact_tags,
    lambda s, v: _dc.replace(s, contact_tags=v),
    "search_criteria_contact_tags",
)
"""Lens on :attr:`SearchCriteria.contact_tags`."""
