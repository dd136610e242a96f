"""The ReplicationStatusSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)
_INSTANCE_REPLICATION_STATUS_VALUES = frozenset(
    (
        "INSTANCE_REPLICATION_COMPLETE",
        "INSTANCE_REPLICATION_IN_PROGRESS",
        "INSTANCE_REPLICATION_FAILED",
        "INSTANCE_REPLICA_DELETING",
        "INSTANCE_REPLICATION_DELETION_FAILED",
        "RESOURCE_REPLICATION_NOT_STARTED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ReplicationStatusSummary:
    """Status information about the replication process, where you use the
    `ReplicateInstance
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_ReplicateInstance.html>`__
    API to create a replica of your Connect Customer instance in another
    Amazon Web Services Region. For more information, see `Set up Connect
    Customer Global Resiliency
    <https://docs.aws.amazon.com/connect/latest/adminguide/setup-connect-global-resiliency.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``region``: The Amazon Web Services Region.
    - ``replication_status``: The state of the replication.
    - ``replication_status_reason``: A description of the replication status.
    """

    region: str | None = None
    """The Amazon Web Services Region. This can be either the source or the
    replica Region, depending where it appears in the summary list.
    """

    replication_status: str | None = None
    """The state of the replication."""

    replication_status_reason: str | None = None
    """A description of the replication status. Use this information to resolve
    any issues that are preventing the successful replication of your
    Connect Customer instance to another Region.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.region
        if value is not None:
            path = prefix + "region"
            _rt.check_str(
                errors, path, value, min_len=8, max_len=31, pattern=_PATTERN_1
            )
        value = self.replication_status
        if value is not None:
            path = prefix + "replication_status"
            _rt.check_str(errors, path, value, enum=_INSTANCE_REPLICATION_STATUS_VALUES)
        value = self.replication_status_reason
        if value is not None:
            path = prefix + "replication_status_reason"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.region is not None:
            result["Region"] = self.region
        if self.replication_status is not None:
            result["ReplicationStatus"] = self.replication_status
        if self.replication_status_reason is not None:
            result["ReplicationStatusReason"] = self.replication_status_reason
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ReplicationStatusSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ReplicationStatusSummary")
        return cls(
            region=data.get("Region"),
            replication_status=data.get("ReplicationStatus"),
            replication_status_reason=data.get("ReplicationStatusReason"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ReplicationStatusSummary:
        draft = _ReplicationStatusSummaryDraft()
        try:
            draft.region = (
                None
                if (value := data.get("Region")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Region"))
            )
            draft.replication_status = (
                None
                if (value := data.get("ReplicationStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ReplicationStatus")
                )
            )
            draft.replication_status_reason = (
                None
                if (value := data.get("ReplicationStatusReason")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ReplicationStatusReason")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ReplicationStatusSummaryDraft:
    """A :class:`ReplicationStatusSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("region", "replication_status", "replication_status_reason")
    region: str | None
    replication_status: str | None
    replication_status_reason: str | None


def new_replication_status_summary() -> ReplicationStatusSummary:
    """Create a :class:`ReplicationStatusSummary` with all optional fields omitted."""
    return ReplicationStatusSummary()


replication_status_summary_region = _rt.Lens[ReplicationStatusSummary, str | None](
    lambda s: s.region,
    lambda s, v: _dc.replace(s, region=v),
    "replication_status_summary_region",
)
"""Lens on :attr:`ReplicationStatusSummary.region`."""


replication_status_summary_replication_status = _rt.Lens[
    ReplicationStatusSummary, str | None
](
    lambda s: s.replication_status,
    lambda s, v: _dc.replace(s, replication_status=v),
    "replication_status_summary_replication_status",
)
"""Lens on :attr:`ReplicationStatusSummary.replication_status`."""


replication_status_summary_replication_status_reason = _rt.Lens[
    ReplicationStatusSummary, str | None
](
    lambda s: s.replication_status_reason,
    lambda s, v: _dc.replace(s, replication_status_reason=v),
    "replication_status_summary_replication_status_reason",
)
"""Lens on :attr:`ReplicationStatusSummary.replication_status_reason`."""
