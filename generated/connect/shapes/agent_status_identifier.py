"""The AgentStatusIdentifier shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AgentStatusIdentifier:
    """Information about the agent status assigned to the user.

    Fields:

    - ``arn``: The Amazon Resource Name (ARN) of the agent status.
    - ``id``: The identifier of the agent status.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the agent status."""

    id: str | None = None
    """The identifier of the agent status."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.id is not None:
            result["Id"] = self.id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AgentStatusIdentifier:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AgentStatusIdentifier")
        return cls(
            arn=data.get("Arn"),
            id=data.get("Id"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AgentStatusIdentifier:
        draft = _AgentStatusIdentifierDraft()
        try:
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AgentStatusIdentifierDraft:
    """A :class:`AgentStatusIdentifier` being decoded (see ``_rt.seal``)."""

    __slots__ = ("arn", "id")
    arn: str | None
    id: str | None


def new_agent_status_identifier() -> AgentStatusIdentifier:
    """Create a :class:`AgentStatusIdentifier` with all optional fields omitted."""
    return AgentStatusIdentifier()


agent_status_identifier_arn = _rt.Lens[AgentStatusIdentifier, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "agent_status_identifier_arn",
)
"""Lens on :attr:`AgentStatusIdentifier.arn`."""


agent_status_identifier_id = _rt.Lens[AgentStatusIdentifier, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "agent_status_identifier_id",
)
"""Lens on :attr:`AgentStatusIdentifier.id`."""
