"""The ContactFlowSummary shape."""

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
_CONTACT_FLOW_STATE_VALUES = frozenset(
    (
        "ACTIVE",
        "ARCHIVED",
    )
)
_CONTACT_FLOW_STATUS_VALUES = frozenset(
    (
        "PUBLISHED",
        "SAVED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactFlowSummary:
    """Contains summary information about a flow.

    You can also create and update flows using the `Connect Customer Flow
    language
    <https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html>`__.

    Fields:

    - ``id``: The identifier of the flow.
    - ``arn``: The Amazon Resource Name (ARN) of the flow.
    - ``name``: The name of the flow.
    - ``contact_flow_type``: The type of flow.
    - ``contact_flow_state``: The type of flow.
    - ``contact_flow_status``: The status of the flow.
    """

    id: str | None = None
    """The identifier of the flow."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the flow."""

    name: str | None = None
    """The name of the flow."""

    contact_flow_type: str | None = None
    """The type of flow."""

    contact_flow_state: str | None = None
    """The type of flow."""

    contact_flow_status: str | None = None
    """The status of the flow."""

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
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=None)
        value = self.contact_flow_type
        if value is not None:
            path = prefix + "contact_flow_type"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_TYPE_VALUES)
        value = self.contact_flow_state
        if value is not None:
            path = prefix + "contact_flow_state"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_STATE_VALUES)
        value = self.contact_flow_status
        if value is not None:
            path = prefix + "contact_flow_status"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.name is not None:
            result["Name"] = self.name
        if self.contact_flow_type is not None:
            result["ContactFlowType"] = self.contact_flow_type
        if self.contact_flow_state is not None:
            result["ContactFlowState"] = self.contact_flow_state
        if self.contact_flow_status is not None:
            result["ContactFlowStatus"] = self.contact_flow_status
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactFlowSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactFlowSummary")
        return cls(
            id=data.get("Id"),
            arn=data.get("Arn"),
            name=data.get("Name"),
            contact_flow_type=data.get("ContactFlowType"),
            contact_flow_state=data.get("ContactFlowState"),
            contact_flow_status=data.get("ContactFlowStatus"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactFlowSummary:
        draft = _ContactFlowSummaryDraft()
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
            draft.contact_flow_type = (
                None
                if (value := data.get("ContactFlowType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactFlowType")
                )
            )
            draft.contact_flow_state = (
                None
                if (value := data.get("ContactFlowState")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactFlowState")
                )
            )
            draft.contact_flow_status = (
                None
                if (value := data.get("ContactFlowStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactFlowStatus")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactFlowSummaryDraft:
    """A :class:`ContactFlowSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "id",
        "arn",
        "name",
        "contact_flow_type",
        "contact_flow_state",
        "contact_flow_status",
    )
    id: str | None
    arn: str | None
    name: str | None
    contact_flow_type: str | None
    contact_flow_state: str | None
    contact_flow_status: str | None


def new_contact_flow_summary() -> ContactFlowSummary:
    """Create a :class:`ContactFlowSummary` with all optional fields omitted."""
    return ContactFlowSummary()


contact_flow_summary_id = _rt.Lens[ContactFlowSummary, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "contact_flow_summary_id",
)
"""Lens on :attr:`ContactFlowSummary.id`."""


contact_flow_summary_arn = _rt.Lens[ContactFlowSummary, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "contact_flow_summary_arn",
)
"""Lens on :attr:`ContactFlowSummary.arn`."""


contact_flow_summary_name = _rt.Lens[ContactFlowSummary, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "contact_flow_summary_name",
)
"""Lens on :attr:`ContactFlowSummary.name`."""


contact_flow_summary_contact_flow_type = _rt.Lens[ContactFlowSummary, str | None](
    lambda s: s.contact_flow_type,
    lambda s, v: _dc.replace(s, contact_flow_type=v),
    "contact_flow_summary_contact_flow_type",
)
"""Lens on :attr:`ContactFlowSummary.contact_flow_type`."""


contact_flow_summary_contact_flow_state = _rt.Lens[ContactFlowSummary, str | None](
    lambda s: s.contact_flow_state,
    lambda s, v: _dc.replace(s, contact_flow_state=v),
    "contact_flow_summary_contact_flow_state",
)
"""Lens on :attr:`ContactFlowSummary.contact_flow_state`."""


contact_flow_summary_contact_flow_status = _rt.Lens[ContactFlowSummary, str | None](
    lambda s: s.contact_flow_status,
    lambda s, v: _dc.replace(s, contact_flow_status=v),
    "contact_flow_summary_contact_flow_status",
)
"""Lens on :attr:`ContactFlowSummary.contact_flow_status`."""
