"""The OutboundCallerConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class OutboundCallerConfig:
    """The outbound caller ID name, number, and outbound whisper flow.

    Fields:

    - ``outbound_caller_id_name``: The caller ID name.
    - ``outbound_caller_id_number_id``: The caller ID number.
    - ``outbound_flow_id``: The outbound whisper flow to be used during an outbound call.
    """

    outbound_caller_id_name: str | None = None
    """The caller ID name."""

    outbound_caller_id_number_id: str | None = None
    """The caller ID number."""

    outbound_flow_id: str | None = None
    """The outbound whisper flow to be used during an outbound call."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.outbound_caller_id_name
        if value is not None:
            path = prefix + "outbound_caller_id_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.outbound_caller_id_number_id
        if value is not None:
            path = prefix + "outbound_caller_id_number_id"
            _rt.check_str(errors, path, value)
        value = self.outbound_flow_id
        if value is not None:
            path = prefix + "outbound_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.outbound_caller_id_name is not None:
            result["OutboundCallerIdName"] = self.outbound_caller_id_name
        if self.outbound_caller_id_number_id is not None:
            result["OutboundCallerIdNumberId"] = self.outbound_caller_id_number_id
        if self.outbound_flow_id is not None:
            result["OutboundFlowId"] = self.outbound_flow_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> OutboundCallerConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "OutboundCallerConfig")
        return cls(
            outbound_caller_id_name=data.get("OutboundCallerIdName"),
            outbound_caller_id_number_id=data.get("OutboundCallerIdNumberId"),
            outbound_flow_id=data.get("OutboundFlowId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.outbound_caller_id_name is not None:
            data["OutboundCallerIdName"] = self.outbound_caller_id_name
        if self.outbound_caller_id_number_id is not None:
            data["OutboundCallerIdNumberId"] = self.outbound_caller_id_number_id
        if self.outbound_flow_id is not None:
            data["OutboundFlowId"] = self.outbound_flow_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> OutboundCallerConfig:
        draft = _OutboundCallerConfigDraft()
        try:
            draft.outbound_caller_id_name = (
                None
                if (value := data.get("OutboundCallerIdName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "OutboundCallerIdName")
                )
            )
            draft.outbound_caller_id_number_id = (
                None
                if (value := data.get("OutboundCallerIdNumberId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "OutboundCallerIdNumberId")
                )
            )
            draft.outbound_flow_id = (
                None
                if (value := data.get("OutboundFlowId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "OutboundFlowId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _OutboundCallerConfigDraft:
    """A :class:`OutboundCallerConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "outbound_caller_id_name",
        "outbound_caller_id_number_id",
        "outbound_flow_id",
    )
    outbound_caller_id_name: str | None
    outbound_caller_id_number_id: str | None
    outbound_flow_id: str | None


def new_outbound_caller_config() -> OutboundCallerConfig:
    """Create a :class:`OutboundCallerConfig` with all optional fields omitted."""
    return OutboundCallerConfig()


outbound_caller_config_outbound_caller_id_name = _rt.Lens[
    OutboundCallerConfig, str | None
](
    lambda s: s.outbound_caller_id_name,
    lambda s, v: _dc.replace(s, outbound_caller_id_name=v),
    "outbound_caller_config_outbound_caller_id_name",
)
"""Lens on :attr:`OutboundCallerConfig.outbound_caller_id_name`."""


outbound_caller_config_outbound_caller_id_number_id = _rt.Lens[
    OutboundCallerConfig, str | None
](
    lambda s: s.outbound_caller_id_number_id,
    lambda s, v: _dc.replace(s, outbound_caller_id_number_id=v),
    "outbound_caller_config_outbound_caller_id_number_id",
)
"""Lens on :attr:`OutboundCallerConfig.outbound_caller_id_number_id`."""


outbound_caller_config_outbound_flow_id = _rt.Lens[OutboundCallerConfig, str | None](
    lambda s: s.outbound_flow_id,
    lambda s, v: _dc.replace(s, outbound_flow_id=v),
    "outbound_caller_config_outbound_flow_id",
)
"""Lens on :attr:`OutboundCallerConfig.outbound_flow_id`."""
