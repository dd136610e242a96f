"""The ContactSearchSummaryAgentInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactSearchSummaryAgentInfo:
    """Information about the agent who accepted the contact.

    Fields:

    - ``id``: The identifier of the agent who accepted the contact.
    - ``connected_to_agent_timestamp``: The timestamp when the contact was connected to the agent.
    """

    id: str | None = None
    """The identifier of the agent who accepted the contact."""

    connected_to_agent_timestamp: _dt.datetime | None = None
    """The timestamp when the contact was connected to the agent."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.connected_to_agent_timestamp
        if value is not None:
            path = prefix + "connected_to_agent_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.connected_to_agent_timestamp is not None:
            result["ConnectedToAgentTimestamp"] = self.connected_to_agent_timestamp
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactSearchSummaryAgentInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactSearchSummaryAgentInfo")
        return cls(
            id=data.get("Id"),
            connected_to_agent_timestamp=data.get("ConnectedToAgentTimestamp"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactSearchSummaryAgentInfo:
        draft = _ContactSearchSummaryAgentInfoDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.connected_to_agent_timestamp = (
                None
                if (value := data.get("ConnectedToAgentTimestamp")) is None
                else _rt.parse_timestamp(value, "ConnectedToAgentTimestamp")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactSearchSummaryAgentInfoDraft:
    """A :class:`ContactSearchSummaryAgentInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "connected_to_agent_timestamp")
    id: str | None
    connected_to_agent_timestamp: _dt.datetime | None


def new_contact_search_summary_agent_info() -> ContactSearchSummaryAgentInfo:
    """Create a :class:`ContactSearchSummaryAgentInfo` with all optional fields omitted."""
    return ContactSearchSummaryAgentInfo()


contact_search_summary_agent_info_id = _rt.Lens[
    ContactSearchSummaryAgentInfo, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "contact_search_summary_agent_info_id",
)
"""Lens on :attr:`ContactSearchSummaryAgentInfo.id`."""


contact_search_summary_agent_info_connected_to_agent_timestamp = _rt.Lens[
    ContactSearchSummaryAgentInfo, _dt.datetime | None
](
    lambda s: s.connected_to_agent_timestamp,
    lambda s, v: _dc.replace(s, connected_to_agent_timestamp=v),
    "contact_search_summary_agent_info_connected_to_agent_timestamp",
)
"""Lens on :attr:`ContactSearchSummaryAgentInfo.connected_to_agent_timestamp`."""
