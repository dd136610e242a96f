"""The ContactFlowTypeCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CONTACT_FLOW_TYPE_VALUES = frozenset(
    (
        "CONTACT_FLOW",
        "CUSTOMER_QUEUE",
        "CUSTOMER_HOLD",
        "CUSTOMER_WHISPER",
        "AGENT_HOLD",
        "AGENT_WHISPER",
        "OUTBOUND_WHISPER",
        "AGENT_TRANSFER",
        "QUEUE_TRANSFER",
        "CAMPAIGN",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactFlowTypeCondition:
    """The contact flow type condition.

    Fields:

    - ``contact_flow_type``: Contact flow type of the contact flow type condition.
    """

    contact_flow_type: str | None = None
    """Contact flow type of the contact flow type condition."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_flow_type
        if value is not None:
            path = prefix + "contact_flow_type"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.contact_flow_type is not None:
            result["ContactFlowType"] = self.contact_flow_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactFlowTypeCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactFlowTypeCondition")
        return cls(
            contact_flow_type=data.get("ContactFlowType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.contact_flow_type is not None:
            data["ContactFlowType"] = self.contact_flow_type
        return data


def new_contact_flow_type_condition() -> ContactFlowTypeCondition:
    """Create a :class:`ContactFlowTypeCondition` with all optional fields omitted."""
    return ContactFlowTypeCondition()


contact_flow_type_condition_contact_flow_type = _rt.Lens[
    ContactFlowTypeCondition, str | None
](
    lambda s: s.contact_flow_type,
    lambda s, v: _dc.replace(s, contact_flow_type=v),
    "contact_flow_type_condition_contact_flow_type",
)
"""Lens on :attr:`ContactFlowTypeCondition.contact_flow_type`."""
