"""The ExecutionRecord shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_EXECUTION_RECORD_STATUS_VALUES = frozenset(
    (
        "PASSED",
        "FAILED",
        "IN_PROGRESS",
        "STOPPED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ExecutionRecord:
    """Contains information about a test case execution record.

    Fields:

    - ``observation_id``: The identifier of the execution record.
    - ``status``: The status of the action execution.
    - ``timestamp``: The timestamp when the action was executed.
    - ``record``: The details of the executed record.
    """

    observation_id: str | None = None
    """The identifier of the execution record."""

    status: str | None = None
    """The status of the action execution."""

    timestamp: _dt.datetime | None = None
    """The timestamp when the action was executed."""

    record: str | None = None
    """The details of the executed record."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.observation_id
        if value is not None:
            path = prefix + "observation_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_EXECUTION_RECORD_STATUS_VALUES)
        value = self.timestamp
        if value is not None:
            path = prefix + "timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.record
        if value is not None:
            path = prefix + "record"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.observation_id is not None:
            result["ObservationId"] = self.observation_id
        if self.status is not None:
            result["Status"] = self.status
        if self.timestamp is not None:
            result["Timestamp"] = self.timestamp
        if self.record is not None:
            result["Record"] = self.record
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ExecutionRecord:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ExecutionRecord")
        return cls(
            observation_id=data.get("ObservationId"),
            status=data.get("Status"),
            timestamp=data.get("Timestamp"),
            record=data.get("Record"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ExecutionRecord:
        draft = _ExecutionRecordDraft()
        try:
            draft.observation_id = (
                None
                if (value := data.get("ObservationId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ObservationId")
                )
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.timestamp = (
                None
                if (value := data.get("Timestamp")) is None
                else _rt.parse_timestamp(value, "Timestamp")
            )
            draft.record = (
                None
                if (value := data.get("Record")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Record"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ExecutionRecordDraft:
    """A :class:`ExecutionRecord` being decoded (see ``_rt.seal``)."""

    __slots__ = ("observation_id", "status", "timestamp", "record")
    observation_id: str | None
    status: str | None
    timestamp: _dt.datetime | None
    record: str | None


def new_execution_record() -> ExecutionRecord:
    """Create a :class:`ExecutionRecord` with all optional fields omitted."""
    return ExecutionRecord()


execution_record_observation_id = _rt.Lens[ExecutionRecord, str | None](
    lambda s: s.observation_id,
    lambda s, v: _dc.replace(s, observation_id=v),
    "execution_record_observation_id",
)
"""Lens on :attr:`ExecutionRecord.observation_id`."""


execution_record_status = _rt.Lens[ExecutionRecord, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "execution_record_status",
)
"""Lens on :attr:`ExecutionRecord.status`."""


execution_record_timestamp = _rt.Lens[ExecutionRecord, _dt.datetime | None](
    lambda s: s.timestamp,
    lambda s, v: _dc.replace(s, timestamp=v),
    "execution_record_timestamp",
)
"""Lens on :attr:`ExecutionRecord.timestamp`."""


execution_record_record = _rt.Lens[ExecutionRecord, str | None](
    lambda s: s.record,
    lambda s, v: _dc.replace(s, record=v),
    "execution_record_record",
)
"""Lens on :attr:`ExecutionRecord.record`."""
