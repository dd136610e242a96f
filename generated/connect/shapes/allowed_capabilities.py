"""The AllowedCapabilities shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.participant_capabilities import ParticipantCapabilities


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AllowedCapabilities:
    """Information about the capabilities enabled for participants of the
    contact.

    Fields:

    - ``customer``: Information about the customer's video sharing capabilities.
    - ``agent``: Information about the agent's video sharing capabilities.
    """

    customer: ParticipantCapabilities | None = None
    """Information about the customer's video sharing capabilities."""

    agent: ParticipantCapabilities | None = None
    """Information about the agent's video sharing capabilities."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.customer
        if value is not None:
            path = prefix + "customer"
            if isinstance(value, ParticipantCapabilities):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantCapabilities, got {type(value).__name__}"
                )
        value = self.agent
        if value is not None:
            path = prefix + "agent"
            if isinstance(value, ParticipantCapabilities):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantCapabilities, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.customer is not None:
            result["Customer"] = self.customer.to_dict()
        if self.agent is not None:
            result["Agent"] = self.agent.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AllowedCapabilities:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AllowedCapabilities")
        return cls(
            customer=(
                None
                if (value := data.get("Customer")) is None
                else ParticipantCapabilities.from_dict(
                    value, path=path + "Customer" + "."
                )
            ),
            agent=(
                None
                if (value := data.get("Agent")) is None
                else ParticipantCapabilities.from_dict(value, path=path + "Agent" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.customer is not None:
            data["Customer"] = self.customer._to_json()
        if self.agent is not None:
            data["Agent"] = self.agent._to_json()
        return data


def new_allowed_capabilities() -> AllowedCapabilities:
    """Create a :class:`AllowedCapabilities` with all optional fields omitted."""
    return AllowedCapabilities()


allowed_capabilities_customer = _rt.Lens[
    AllowedCapabilities, ParticipantCapabilities | None
](
    lambda s: s.customer,
    lambda s, v: _dc.replace(s, customer=v),
    "allowed_capabilities_customer",
)
"""Lens on :attr:`AllowedCapabilities.customer`."""


allowed_capabilities_agent = _rt.Lens[
    AllowedCapabilities, ParticipantCapabilities | None
](
    lambda s: s.agent,
    lambda s, v: _dc.replace(s, agent=v),
    "allowed_capabilities_agent",
)
"""Lens on :attr:`AllowedCapabilities.agent`."""
