"""The AgentStatusReference shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AgentStatusReference:
    """Information about the agent's status.

    Fields:

    - ``status_start_timestamp``: The start timestamp of the agent's status.
    - ``status_arn``: The Amazon Resource Name (ARN) of the agent's status.
    - ``status_name``: The name of the agent status.
    """

    status_start_timestamp: _dt.datetime | None = None
    """The start timestamp of the agent's status."""

    status_arn: str | None = None
    """The Amazon Resource Name (ARN) of the agent's status."""

    status_name: str | None = None
    """The name of the agent status."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.status_start_timestamp
        if value is not None:
            path = prefix + "status_start_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.status_arn
        if value is not None:
            path = prefix + "status_arn"
            _rt.check_str(errors, path, value)
        value = self.status_name
        if value is not None:
            path = prefix + "status_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.status_start_timestamp is not None:
            result["StatusStartTimestamp"] = self.status_start_timestamp
        if self.status_arn is not None:
            result["StatusArn"] = self.status_arn
        if self.status_name is not None:
            result["StatusName"] = self.status_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AgentStatusReference:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AgentStatusReference")
        return cls(
            status_start_timestamp=data.get("StatusStartTimestamp"),
            status_arn=data.get("StatusArn"),
            status_name=data.get("StatusName"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AgentStatusReference:
        draft = _AgentStatusReferenceDraft()
        try:
            draft.status_start_timestamp = (
                None
                if (value := data.get("StatusStartTimestamp")) is None
                else _rt.parse_timestamp(value, "StatusStartTimestamp")
            )
            draft.status_arn = (
                None
                if (value := data.get("StatusArn")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "StatusArn")
                )
            )
            draft.status_name = (
                None
                if (value := data.get("StatusName")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "StatusName")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AgentStatusReferenceDraft:
    """A :class:`AgentStatusReference` being decoded (see ``_rt.seal``)."""

    __slots__ = ("status_start_timestamp", "status_arn", "status_name")
    status_start_timestamp: _dt.datetime | None
    status_arn: str | None
    status_name: str | None


def new_agent_status_reference() -> AgentStatusReference:
    """Create a :class:`AgentStatusReference` with all optional fields omitted."""
    return AgentStatusReference()


agent_status_reference_status_start_timestamp = _rt.Lens[
    AgentStatusReference, _dt.datetime | None
](
    lambda s: s.status_start_timestamp,
    lambda s, v: _dc.replace(s, status_start_timestamp=v),
    "agent_status_reference_status_start_timestamp",
)
"""Lens on :attr:`AgentStatusReference.status_start_timestamp`."""


agent_status_reference_status_arn = _rt.Lens[AgentStatusReference, str | None](
    lambda s: s.status_arn,
    lambda s, v: _dc.replace(s, status_arn=v),
    "agent_status_reference_status_arn",
)
"""Lens on :attr:`AgentStatusReference.status_arn`."""


agent_status_reference_status_name = _rt.Lens[AgentStatusReference, str | None](
    lambda s: s.status_name,
    lambda s, v: _dc.replace(s, status_name=v),
    "agent_status_reference_status_name",
)
"""Lens on :attr:`AgentStatusReference.status_name`."""
