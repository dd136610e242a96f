"""The QuickConnectContactData shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_QUICK_CONNECT_TYPE_VALUES = frozenset(
    (
        "USER",
        "QUEUE",
        "PHONE_NUMBER",
        "FLOW",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class QuickConnectContactData:
    """Contact data associated with quick connect operations.

    Fields:

    - ``contact_id``: The contact ID for quick connect contact data.
    - ``initiation_timestamp``: Timestamp when the quick connect contact was initiated.
    - ``quick_connect_id``: The quick connect ID.
    - ``quick_connect_name``: The name of the quick connect.
    - ``quick_connect_type``: The type of the quick connect.
    """

    contact_id: str | None = None
    """The contact ID for quick connect contact data."""

    initiation_timestamp: _dt.datetime | None = None
    """Timestamp when the quick connect contact was initiated."""

    quick_connect_id: str | None = None
    """The quick connect ID."""

    quick_connect_name: str | None = None
    """The name of the quick connect."""

    quick_connect_type: str | None = None
    """The type of the quick connect."""

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
        value = self.initiation_timestamp
        if value is not None:
            path = prefix + "initiation_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.quick_connect_id
        if value is not None:
            path = prefix + "quick_connect_id"
            _rt.check_str(errors, path, value)
        value = self.quick_connect_name
        if value is not None:
            path = prefix + "quick_connect_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)
        value = self.quick_connect_type
        if value is not None:
            path = prefix + "quick_connect_type"
            _rt.check_str(errors, path, value, enum=_QUICK_CONNECT_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.initiation_timestamp is not None:
            result["InitiationTimestamp"] = self.initiation_timestamp
        if self.quick_connect_id is not None:
            result["QuickConnectId"] = self.quick_connect_id
        if self.quick_connect_name is not None:
            result["QuickConnectName"] = self.quick_connect_name
        if self.quick_connect_type is not None:
            result["QuickConnectType"] = self.quick_connect_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> QuickConnectContactData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "QuickConnectContactData")
        return cls(
            contact_id=data.get("ContactId"),
            initiation_timestamp=data.get("InitiationTimestamp"),
            quick_connect_id=data.get("QuickConnectId"),
            quick_connect_name=data.get("QuickConnectName"),
            quick_connect_type=data.get("QuickConnectType"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> QuickConnectContactData:
        draft = _QuickConnectContactDataDraft()
        try:
            draft.contact_id = (
                None
                if (value := data.get("ContactId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ContactId")
                )
            )
            draft.initiation_timestamp = (
                None
                if (value := data.get("InitiationTimestamp")) is None
                else _rt.parse_timestamp(value, "InitiationTimestamp")
            )
            draft.quick_connect_id = (
                None
                if (value := data.get("QuickConnectId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "QuickConnectId")
                )
            )
            draft.quick_connect_name = (
                None
                if (value := data.get("QuickConnectName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "QuickConnectName")
                )
            )
            draft.quick_connect_type = (
                None
                if (value := data.get("QuickConnectType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "QuickConnectType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _QuickConnectContactDataDraft:
    """A :class:`QuickConnectContactData` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "contact_id",
        "initiation_timestamp",
        "quick_connect_id",
        "quick_connect_name",
        "quick_connect_type",
    )
    contact_id: str | None
    initiation_timestamp: _dt.datetime | None
    quick_connect_id: str | None
    quick_connect_name: str | None
    quick_connect_type: str | None


def new_quick_connect_contact_data() -> QuickConnectContactData:
    """Create a :class:`QuickConnectContactData` with all optional fields omitted."""
    return QuickConnectContactData()


quick_connect_contact_data_contact_id = _rt.Lens[QuickConnectContactData, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "quick_connect_contact_data_contact_id",
)
"""Lens on :attr:`QuickConnectContactData.contact_id`."""


quick_connect_contact_data_initiation_timestamp = _rt.Lens[
    QuickConnectContactData, _dt.datetime | None
](
    lambda s: s.initiation_timestamp,
    lambda s, v: _dc.replace(s, initiation_timestamp=v),
    "quick_connect_contact_data_initiation_timestamp",
)
"""Lens on :attr:`QuickConnectContactData.initiation_timestamp`."""


quick_connect_contact_data_quick_connect_id = _rt.Lens[
    QuickConnectContactData, str | None
](
    lambda s: s.quick_connect_id,
    lambda s, v: _dc.replace(s, quick_connect_id=v),
    "quick_connect_contact_data_quick_connect_id",
)
"""Lens on :attr:`QuickConnectContactData.quick_connect_id`."""


quick_connect_contact_data_quick_connect_name = _rt.Lens[
    QuickConnectContactData, str | None
](
    lambda s: s.quick_connect_name,
    lambda s, v: _dc.replace(s, quick_connect_name=v),
    "quick_connect_contact_data_quick_connect_name",
)
"""Lens on :attr:`QuickConnectContactData.quick_connect_name`."""


quick_connect_contact_data_quick_connect_type = _rt.Lens[
    QuickConnectContactData, str | None
](
    lambda s: s.quick_connect_type,
    lambda s, v: _dc.replace(s, quick_connect_type=v),
    "quick_connect_contact_data_quick_connect_type",
)
"""Lens on :attr:`QuickConnectContactData.quick_connect_type`."""
