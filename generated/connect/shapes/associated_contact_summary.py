"""The AssociatedContactSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

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
_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociatedContactSummary:
    """Contact summary of a contact in contact tree associated with unique
    identifier.

    Fields:

    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``contact_arn``: The Amazon Resource Name (ARN) of the contact
    - ``initiation_timestamp``: The date and time this contact was initiated, in UTC time.
    - ``disconnect_timestamp``: The date and time that the customer endpoint disconnected from the current contact, in UTC time.
    - ``initial_contact_id``: If this contact is related to other contacts, this is the ID of the initial contact.
    - ``previous_contact_id``: If this contact is not the first contact, this is the ID of the previous contact.
    - ``related_contact_id``: The contactId that is related to this contact.
    - ``initiation_method``: Indicates how the contact was initiated.
    - ``channel``: How the contact reached your contact center.
    """

    contact_id: str | None = None
    """The identifier of the contact in this instance of Connect Customer."""

    contact_arn: str | None = None
    """The Amazon Resource Name (ARN) of the contact"""

    initiation_timestamp: _dt.datetime | None = None
    """The date and time this contact was initiated, in UTC time."""

    disconnect_timestamp: _dt.datetime | None = None
    """The date and time that the customer endpoint disconnected from the
    current contact, in UTC time. In transfer scenarios, the
    DisconnectTimestamp of the previous contact indicates the date and time
    when that contact ended.
    """

    initial_contact_id: str | None = None
    """If this contact is related to other contacts, this is the ID of the
    initial contact.
    """

    previous_contact_id: str | None = None
    """If this contact is not the first contact, this is the ID of the previous
    contact.
    """

    related_contact_id: str | None = None
    """The contactId that is related to this contact."""

    initiation_method: str | None = None
    """Indicates how the contact was initiated."""

    channel: str | None = None
    """How the contact reached your contact center."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.contact_arn
        if value is not None:
            path = prefix + "contact_arn"
            _rt.check_str(errors, path, value)
        value = self.initiation_timestamp
        if value is not None:
            path = prefix + "initiation_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.disconnect_timestamp
        if value is not None:
            path = prefix + "disconnect_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.initial_contact_id
        if value is not None:
            path = prefix + "initial_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.previous_contact_id
        if value is not None:
            path = prefix + "previous_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.initiation_method
        if value is not None:
            path = prefix + "initiation_method"
            _rt.check_str(errors, path, value, enum=_CONTACT_INITIATION_METHOD_VALUES)
        value = self.channel
        if value is not None:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.contact_arn is not None:
            result["ContactArn"] = self.contact_arn
        if self.initiation_timestamp is not None:
            result["InitiationTimestamp"] = self.initiation_timestamp
        if self.disconnect_timestamp is not None:
            result["DisconnectTimestamp"] = self.disconnect_timestamp
        if self.initial_contact_id is not None:
            result["InitialContactId"] = self.initial_contact_id
        if self.previous_contact_id is not None:
            result["PreviousContactId"] = self.previous_contact_id
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.initiation_method is not None:
            result["InitiationMethod"] = self.initiation_method
        if self.channel is not None:
            result["Channel"] = self.channel
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociatedContactSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociatedContactSummary")
        return cls(
            contact_id=data.get("ContactId"),
            contact_arn=data.get("ContactArn"),
            initiation_timestamp=data.get("InitiationTimestamp"),
            disconnect_timestamp=data.get("DisconnectTimestamp"),
            initial_contact_id=data.get("InitialContactId"),
            previous_contact_id=data.get("PreviousContactId"),
            related_contact_id=data.get("RelatedContactId"),
            initiation_method=data.get("InitiationMethod"),
            channel=data.get("Channel"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AssociatedContactSummary:
        draft = _AssociatedContactSummaryDraft()
        try:
            draft.contact_id = (
                None
                if (value := data.get("ContactId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ContactId")
                )
            )
            draft.contact_arn = (
                None
                if (value := data.get("ContactArn")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ContactArn")
                )
            )
            draft.initiation_timestamp = (
                None
                if (value := data.get("InitiationTimestamp")) is None
                else _rt.parse_timestamp(value, "InitiationTimestamp")
            )
            draft.disconnect_timestamp = (
                None
                if (value := data.get("DisconnectTimestamp")) is None
                else _rt.parse_timestamp(value, "DisconnectTimestamp")
            )
            draft.initial_contact_id = (
                None
                if (value := data.get("InitialContactId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "InitialContactId")
                )
            )
            draft.previous_contact_id = (
                None
                if (value := data.get("PreviousContactId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PreviousContactId")
                )
            )
            draft.related_contact_id = (
                None
                if (value := data.get("RelatedContactId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RelatedContactId")
                )
            )
            draft.initiation_method = (
                None
                if (value := data.get("InitiationMethod")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "InitiationMethod")
                )
            )
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AssociatedContactSummaryDraft:
    """A :class:`AssociatedContactSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "contact_id",
        "contact_arn",
        "initiation_timestamp",
        "disconnect_timestamp",
        "initial_contact_id",
        "previous_contact_id",
        "related_contact_id",
        "initiation_method",
        "channel",
    )
    contact_id: str | None
    contact_arn: str | None
    initiation_timestamp: _dt.datetime | None
    disconnect_timestamp: _dt.datetime | None
    initial_contact_id: str | None
    previous_contact_id: str | None
    related_contact_id: str | None
    initiation_method: str | None
    channel: str | None


def new_associated_contact_summary() -> AssociatedContactSummary:
    """Create a :class:`AssociatedContactSummary` with all optional fields omitted."""
    return AssociatedContactSummary()


associated_contact_summary_contact_id = _rt.Lens[AssociatedContactSummary, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "associated_contact_summary_contact_id",
)
"""Lens on :attr:`AssociatedContactSummary.contact_id`."""


associated_contact_summary_contact_arn = _rt.Lens[AssociatedContactSummary, str | None](
    lambda s: s.contact_arn,
    lambda s, v: _dc.replace(s, contact_arn=v),
    "associated_contact_summary_contact_arn",
)
"""Lens on :attr:`AssociatedContactSummary.contact_arn`."""


associated_contact_summary_initiation_timestamp = _rt.Lens[
    AssociatedContactSummary, _dt.datetime | None
](
    lambda s: s.initiation_timestamp,
    lambda s, v: _dc.replace(s, initiation_timestamp=v),
    "associated_contact_summary_initiation_timestamp",
)
"""Lens on :attr:`AssociatedContactSummary.initiation_timestamp`."""


associated_contact_summary_disconnect_timestamp = _rt.Lens[
    AssociatedContactSummary, _dt.datetime | None
](
    lambda s: s.disconnect_timestamp,
    lambda s, v: _dc.replace(s, disconnect_timestamp=v),
    "associated_contact_summary_disconnect_timestamp",
)
"""Lens on :attr:`AssociatedContactSummary.disconnect_timestamp`."""


associated_contact_summary_initial_contact_id = _rt.Lens[
    AssociatedContactSummary, str | None
](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "associated_contact_summary_initial_contact_id",
)
"""Lens on :attr:`AssociatedContactSummary.initial_contact_id`."""


associated_contact_summary_previous_contact_id = _rt.Lens[
    AssociatedContactSummary, str | None
](
    lambda s: s.previous_contact_id,
    lambda s, v: _dc.replace(s, previous_contact_id=v),
    "associated_contact_summary_previous_contact_id",
)
"""Lens on :attr:`AssociatedContactSummary.previous_contact_id`."""


associated_contact_summary_related_contact_id = _rt.Lens[
    AssociatedContactSummary, str | None
](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "associated_contact_summary_related_contact_id",
)
"""Lens on :attr:`AssociatedContactSummary.related_contact_id`."""


associated_contact_summary_initiation_method = _rt.Lens[
    AssociatedContactSummary, str | None
](
    lambda s: s.initiation_method,
    lambda s, v: _dc.replace(s, initiation_method=v),
    "associated_contact_summary_initiation_method",
)
"""Lens on :attr:`AssociatedContactSummary.initiation_method`."""


associated_contact_summary_channel = _rt.Lens[AssociatedContactSummary, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "associated_contact_summary_channel",
)
"""Lens on :attr:`AssociatedContactSummary.channel`."""
