"""The ChatMetrics shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.chat_contact_metrics import ChatContactMetrics
from ..shapes.participant_metrics import ParticipantMetrics


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ChatMetrics:
    """Information about how agent, bot, and customer interact in a chat
    contact.

    Fields:

    - ``chat_contact_metrics``: Information about the overall participant interactions at the contact level.
    - ``agent_metrics``: Information about agent interactions in a contact.
    - ``customer_metrics``: Information about customer interactions in a contact.
    """

    chat_contact_metrics: ChatContactMetrics | None = None
    """Information about the overall participant interactions at the contact
    level.
    """

    agent_metrics: ParticipantMetrics | None = None
    """Information about agent interactions in a contact."""

    customer_metrics: ParticipantMetrics | None = None
    """Information about customer interactions in a contact."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.chat_contact_metrics
        if value is not None:
            path = prefix + "chat_contact_metrics"
            if isinstance(value, ChatContactMetrics):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ChatContactMetrics, got {type(value).__name__}"
                )
        value = self.agent_metrics
        if value is not None:
            path = prefix + "agent_metrics"
            if isinstance(value, ParticipantMetrics):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantMetrics, got {type(value).__name__}"
                )
        value = self.customer_metrics
        if value is not None:
            path = prefix + "customer_metrics"
            if isinstance(value, ParticipantMetrics):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantMetrics, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.chat_contact_metrics is not None:
            result["ChatContactMetrics"] = self.chat_contact_metrics.to_dict()
        if self.agent_metrics is not None:
            result["AgentMetrics"] = self.agent_metrics.to_dict()
        if self.customer_metrics is not None:
            result["CustomerMetrics"] = self.customer_metrics.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ChatMetrics:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ChatMetrics")
        return cls(
            chat_contact_metrics=(
                None
                if (value := data.get("ChatContactMetrics")) is None
                else ChatContactMetrics.from_dict(
                    value, path=path + "ChatContactMetrics" + "."
                )
            ),
            agent_metrics=(
                None
                if (value := data.get("AgentMetrics")) is None
                else ParticipantMetrics.from_dict(
                    value, path=path + "AgentMetrics" + "."
                )
            ),
            customer_metrics=(
                None
                if (value := data.get("CustomerMetrics")) is None
                else ParticipantMetrics.from_dict(
                    value, path=path + "CustomerMetrics" + "."
                )
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ChatMetrics:
        draft = _ChatMetricsDraft()
        try:
            draft.chat_contact_metrics = (
                None
                if (value := data.get("ChatContactMetrics")) is None
                else ChatContactMetrics._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ChatContactMetrics")
                    )
                )
            )
            draft.agent_metrics = (
                None
                if (value := data.get("AgentMetrics")) is None
                else ParticipantMetrics._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AgentMetrics")
                    )
                )
            )
            draft.customer_metrics = (
                None
                if (value := data.get("CustomerMetrics")) is None
                else ParticipantMetrics._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "CustomerMetrics")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ChatMetricsDraft:
    """A :class:`ChatMetrics` being decoded (see ``_rt.seal``)."""

    __slots__ = ("chat_contact_metrics", "agent_metrics", "customer_metrics")
    chat_contact_metrics: ChatContactMetrics | None
    agent_metrics: ParticipantMetrics | None
    customer_metrics: ParticipantMetrics | None


def new_chat_metrics() -> ChatMetrics:
    """Create a :class:`ChatMetrics` with all optional fields omitted."""
    return ChatMetrics()


chat_metrics_chat_contact_metrics = _rt.Lens[ChatMetrics, ChatContactMetrics | None](
    lambda s: s.chat_contact_metrics,
    lambda s, v: _dc.replace(s, chat_contact_metrics=v),
    "chat_metrics_chat_contact_metrics",
)
"""Lens on :attr:`ChatMetrics.chat_contact_metrics`."""


chat_metrics_agent_metrics = _rt.Lens[ChatMetrics, ParticipantMetrics | None](
    lambda s: s.agent_metrics,
    lambda s, v: _dc.replace(s, agent_metrics=v),
    "chat_metrics_agent_metrics",
)
"""Lens on :attr:`ChatMetrics.agent_metrics`."""


chat_metrics_customer_metrics = _rt.Lens[ChatMetrics, ParticipantMetrics | None](
    lambda s: s.customer_metrics,
    lambda s, v: _dc.replace(s, customer_metrics=v),
    "chat_metrics_customer_metrics",
)
"""Lens on :attr:`ChatMetrics.customer_metrics`."""
