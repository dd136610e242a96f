"""The ChatEntryPointParameters shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ChatEntryPointParameters:
    """Parameters for initiating a chat test.

    Fields:

    - ``flow_id``: The flow identifier for the test.
    """

    flow_id: str | None = None
    """The flow identifier for the test."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.flow_id
        if value is not None:
            path = prefix + "flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.flow_id is not None:
            result["FlowId"] = self.flow_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ChatEntryPointParameters:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ChatEntryPointParameters")
        return cls(
            flow_id=data.get("FlowId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.flow_id is not None:
            data["FlowId"] = self.flow_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ChatEntryPointParameters:
        draft = _ChatEntryPointParametersDraft()
        try:
            draft.flow_id = (
                None
                if (value := data.get("FlowId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "FlowId"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ChatEntryPointParametersDraft:
    """A :class:`ChatEntryPointParameters` being decoded (see ``_rt.seal``)."""

    __slots__ = ("flow_id",)
    flow_id: str | None


def new_chat_entry_point_parameters() -> ChatEntryPointParameters:
    """Create a :class:`ChatEntryPointParameters` with all optional fields omitted."""
    return ChatEntryPointParameters()


chat_entry_point_parameters_flow_id = _rt.Lens[ChatEntryPointParameters, str | None](
    lambda s: s.flow_id,
    lambda s, v: _dc.replace(s, flow_id=v),
    "chat_entry_point_parameters_flow_id",
)
"""Lens on :attr:`ChatEntryPointParameters.flow_id`."""
