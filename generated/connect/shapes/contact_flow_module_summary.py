"""The ContactFlowModuleSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)
_CONTACT_FLOW_MODULE_STATE_VALUES = frozenset(
    (
        "ACTIVE",
        "ARCHIVED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactFlowModuleSummary:
    """Contains summary information about a flow.

    Fields:

    - ``id``: The identifier of the flow module.
    - ``arn``: The Amazon Resource Name (ARN) of the flow module.
    - ``name``: The name of the flow module.
    - ``state``: The type of flow module.
    """

    id: str | None = None
    """The identifier of the flow module."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the flow module."""

    name: str | None = None
    """The name of the flow module."""

    state: str | None = None
    """The type of flow module."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.state
        if value is not None:
            path = prefix + "state"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_MODULE_STATE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.name is not None:
            result["Name"] = self.name
        if self.state is not None:
            result["State"] = self.state
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactFlowModuleSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactFlowModuleSummary")
        return cls(
            id=data.get("Id"),
            arn=data.get("Arn"),
            name=data.get("Name"),
            state=data.get("State"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactFlowModuleSummary:
        draft = _ContactFlowModuleSummaryDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.state = (
                None
                if (value := data.get("State")) is None
                else (value if type(value) is str else _rt.expect_str(value, "State"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactFlowModuleSummaryDraft:
    """A :class:`ContactFlowModuleSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "arn", "name", "state")
    id: str | None
    arn: str | None
    name: str | None
    state: str | None


def new_contact_flow_module_summary() -> ContactFlowModuleSummary:
    """Create a :class:`ContactFlowModuleSummary` with all optional fields omitted."""
    return ContactFlowModuleSummary()


contact_flow_module_summary_id = _rt.Lens[ContactFlowModuleSummary, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "contact_flow_module_summary_id",
)
"""Lens on :attr:`ContactFlowModuleSummary.id`."""


contact_flow_module_summary_arn = _rt.Lens[ContactFlowModuleSummary, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "contact_flow_module_summary_arn",
)
"""Lens on :attr:`ContactFlowModuleSummary.arn`."""


contact_flow_module_summary_name = _rt.Lens[ContactFlowModuleSummary, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "contact_flow_module_summary_name",
)
"""Lens on :attr:`ContactFlowModuleSummary.name`."""


contact_flow_module_summary_state = _rt.Lens[ContactFlowModuleSummary, str | None](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "contact_flow_module_summary_state",
)
"""Lens on :attr:`ContactFlowModuleSummary.state`."""
