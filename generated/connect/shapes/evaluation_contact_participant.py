"""The EvaluationContactParticipant shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CONTACT_PARTICIPANT_ROLE_VALUES = frozenset(
    (
        "AGENT",
        "SYSTEM",
        "CUSTOM_BOT",
        "CUSTOMER",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationContactParticipant:
    """Information about a contact participant in the evaluation.

    Fields:

    - ``contact_participant_role``: The role of the contact participant.
    - ``contact_participant_id``: The identifier for the contact participant.
    """

    contact_participant_role: str | None = None
    """The role of the contact participant."""

    contact_participant_id: str | None = None
    """The identifier for the contact participant."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_participant_role
        if value is not None:
            path = prefix + "contact_participant_role"
            _rt.check_str(errors, path, value, enum=_CONTACT_PARTICIPANT_ROLE_VALUES)
        value = self.contact_participant_id
        if value is not None:
            path = prefix + "contact_participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.contact_participant_role is not None:
            result["ContactParticipantRole"] = self.contact_participant_role
        if self.contact_participant_id is not None:
            result["ContactParticipantId"] = self.contact_participant_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationContactParticipant:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationContactParticipant")
        return cls(
            contact_participant_role=data.get("ContactParticipantRole"),
            contact_participant_id=data.get("ContactParticipantId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationContactParticipant:
        draft = _EvaluationContactParticipantDraft()
        try:
            draft.contact_participant_role = (
                None
                if (value := data.get("ContactParticipantRole")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactParticipantRole")
                )
            )
            draft.contact_participant_id = (
                None
                if (value := data.get("ContactParticipantId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactParticipantId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationContactParticipantDraft:
    """A :class:`EvaluationContactParticipant` being decoded (see ``_rt.seal``)."""

    __slots__ = ("contact_participant_role", "contact_participant_id")
    contact_participant_role: str | None
    contact_participant_id: str | None


def new_evaluation_contact_participant() -> EvaluationContactParticipant:
    """Create a :class:`EvaluationContactParticipant` with all optional fields omitted."""
    return EvaluationContactParticipant()


evaluation_contact_participant_contact_participant_role = _rt.Lens[
    EvaluationContactParticipant, str | None
](
    lambda s: s.contact_participant_role,
    lambda s, v: _dc.replace(s, contact_participant_role=v),
    "evaluation_contact_participant_contact_participant_role",
)
"""Lens on :attr:`EvaluationContactParticipant.contact_participant_role`."""


evaluation_contact_participant_contact_participant_id = _rt.Lens[
    EvaluationContactParticipant, str | None
](
    lambda s: s.contact_participant_id,
    lambda s, v: _dc.replace(s, contact_participant_id=v),
    "evaluation_contact_participant_contact_participant_id",
)
"""Lens on :attr:`EvaluationContactParticipant.contact_participant_id`."""
