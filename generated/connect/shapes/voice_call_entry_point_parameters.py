"""The VoiceCallEntryPointParameters shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "\\+[1-9]\\d{1,14}$",
    "(?a)\\+[1-9]\\d{1,14}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class VoiceCallEntryPointParameters:
    """Parameters for initiating a voice call test.

    Fields:

    - ``source_phone_number``: The source phone number for the test.
    - ``destination_phone_number``: The destination phone number for the test.
    - ``flow_id``: The flow identifier for the test.
    """

    source_phone_number: str | None = None
    """The source phone number for the test."""

    destination_phone_number: str | None = None
    """The destination phone number for the test."""

    flow_id: str | None = None
    """The flow identifier for the test."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.source_phone_number
        if value is not None:
            path = prefix + "source_phone_number"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.destination_phone_number
        if value is not None:
            path = prefix + "destination_phone_number"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.flow_id
        if value is not None:
            path = prefix + "flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.source_phone_number is not None:
            result["SourcePhoneNumber"] = self.source_phone_number
        if self.destination_phone_number is not None:
            result["DestinationPhoneNumber"] = self.destination_phone_number
        if self.flow_id is not None:
            result["FlowId"] = self.flow_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> VoiceCallEntryPointParameters:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "VoiceCallEntryPointParameters")
        return cls(
            source_phone_number=data.get("SourcePhoneNumber"),
            destination_phone_number=data.get("DestinationPhoneNumber"),
            flow_id=data.get("FlowId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.source_phone_number is not None:
            data["SourcePhoneNumber"] = self.source_phone_number
        if self.destination_phone_number is not None:
            data["DestinationPhoneNumber"] = self.destination_phone_number
        if self.flow_id is not None:
            data["FlowId"] = self.flow_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> VoiceCallEntryPointParameters:
        draft = _VoiceCallEntryPointParametersDraft()
        try:
            draft.source_phone_number = (
                None
                if (value := data.get("SourcePhoneNumber")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "SourcePhoneNumber")
                )
            )
            draft.destination_phone_number = (
                None
                if (value := data.get("DestinationPhoneNumber")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DestinationPhoneNumber")
                )
            )
            draft.flow_id = (
                None
                if (value := data.get("FlowId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "FlowId"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _VoiceCallEntryPointParametersDraft:
    """A :class:`VoiceCallEntryPointParameters` being decoded (see ``_rt.seal``)."""

    __slots__ = ("source_phone_number", "destination_phone_number", "flow_id")
    source_phone_number: str | None
    destination_phone_number: str | None
    flow_id: str | None


def new_voice_call_entry_point_parameters() -> VoiceCallEntryPointParameters:
    """Create a :class:`VoiceCallEntryPointParameters` with all optional fields omitted."""
    return VoiceCallEntryPointParameters()


voice_call_entry_point_parameters_source_phone_number = _rt.Lens[
    VoiceCallEntryPointParameters, str | None
](
    lambda s: s.source_phone_number,
    lambda s, v: _dc.replace(s, source_phone_number=v),
    "voice_call_entry_point_parameters_source_phone_number",
)
"""Lens on :attr:`VoiceCallEntryPointParameters.source_phone_number`."""


voice_call_entry_point_parameters_destination_phone_number = _rt.Lens[
    VoiceCallEntryPointParameters, str | None
](
    lambda s: s.destination_phone_number,
    lambda s, v: _dc.replace(s, destination_phone_number=v),
    "voice_call_entry_point_parameters_destination_phone_number",
)
"""Lens on :attr:`VoiceCallEntryPointParameters.destination_phone_number`."""


voice_call_entry_point_parameters_flow_id = _rt.Lens[
    VoiceCallEntryPointParameters, str | None
](
    lambda s: s.flow_id,
    lambda s, v: _dc.replace(s, flow_id=v),
    "voice_call_entry_point_parameters_flow_id",
)
"""Lens on :attr:`VoiceCallEntryPointParameters.flow_id`."""
