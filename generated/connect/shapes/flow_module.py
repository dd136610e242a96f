"""The FlowModule shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_FLOW_MODULE_TYPE_VALUES = frozenset(("MCP",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class FlowModule:
    """A list of Flow Modules an AI Agent can invoke as a tool

    Fields:

    - ``type``: Only Type we support is MCP.
    - ``flow_module_id``: If of Flow Modules invocable as tool
    """

    type: str | None = None
    """Only Type we support is MCP."""

    flow_module_id: str | None = None
    """If of Flow Modules invocable as tool"""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_FLOW_MODULE_TYPE_VALUES)
        value = self.flow_module_id
        if value is not None:
            path = prefix + "flow_module_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.flow_module_id is not None:
            result["FlowModuleId"] = self.flow_module_id
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> FlowModule:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "FlowModule")
        return cls(
            type=data.get("Type"),
            flow_module_id=data.get("FlowModuleId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.type is not None:
            data["Type"] = self.type
        if self.flow_module_id is not None:
            data["FlowModuleId"] = self.flow_module_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> FlowModule:
        draft = _FlowModuleDraft()
        try:
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.flow_module_id = (
                None
                if (value := data.get("FlowModuleId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "FlowModuleId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _FlowModuleDraft:
    """A :class:`FlowModule` being decoded (see ``_rt.seal``)."""

    __slots__ = ("type", "flow_module_id")
    type: str | None
    flow_module_id: str | None


def new_flow_module() -> FlowModule:
    """Create a :class:`FlowModule` with all optional fields omitted."""
    return FlowModule()


flow_module_type = _rt.Lens[FlowModule, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "flow_module_type",
)
"""Lens on :attr:`FlowModule.type`."""


flow_module_flow_module_id = _rt.Lens[FlowModule, str | None](
    lambda s: s.flow_module_id,
    lambda s, v: _dc.replace(s, flow_module_id=v),
    "flow_module_flow_module_id",
)
"""Lens on :attr:`FlowModule.flow_module_id`."""
