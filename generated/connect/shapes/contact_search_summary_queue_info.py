"""The ContactSearchSummaryQueueInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactSearchSummaryQueueInfo:
    """If this contact was queued, this contains information about the queue.

    Fields:

    - ``id``: The unique identifier for the queue.
    - ``enqueue_timestamp``: The timestamp when the contact was added to the queue.
    """

    id: str | None = None
    """The unique identifier for the queue."""

    enqueue_timestamp: _dt.datetime | None = None
    """The timestamp when the contact was added to the queue."""

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
            _rt.check_str(errors, path, value)
        value = self.enqueue_timestamp
        if value is not None:
            path = prefix + "enqueue_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.enqueue_timestamp is not None:
            result["EnqueueTimestamp"] = self.enqueue_timestamp
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactSearchSummaryQueueInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactSearchSummaryQueueInfo")
        return cls(
            id=data.get("Id"),
            enqueue_timestamp=data.get("EnqueueTimestamp"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactSearchSummaryQueueInfo:
        draft = _ContactSearchSummaryQueueInfoDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.enqueue_timestamp = (
                None
                if (value := data.get("EnqueueTimestamp")) is None
                else _rt.parse_timestamp(value, "EnqueueTimestamp")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactSearchSummaryQueueInfoDraft:
    """A :class:`ContactSearchSummaryQueueInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "enqueue_timestamp")
    id: str | None
    enqueue_timestamp: _dt.datetime | None


def new_contact_search_summary_queue_info() -> ContactSearchSummaryQueueInfo:
    """Create a :class:`ContactSearchSummaryQueueInfo` with all optional fields omitted."""
    return ContactSearchSummaryQueueInfo()


contact_search_summary_queue_info_id = _rt.Lens[
    ContactSearchSummaryQueueInfo, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "contact_search_summary_queue_info_id",
)
"""Lens on :attr:`ContactSearchSummaryQueueInfo.id`."""


contact_search_summary_queue_info_enqueue_timestamp = _rt.Lens[
    ContactSearchSummaryQueueInfo, _dt.datetime | None
](
    lambda s: s.enqueue_timestamp,
    lambda s, v: _dc.replace(s, enqueue_timestamp=v),
    "contact_search_summary_queue_info_enqueue_timestamp",
)
"""Lens on :attr:`ContactSearchSummaryQueueInfo.enqueue_timestamp`."""
