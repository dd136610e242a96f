"""The EvaluationFormTargetConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CONTACT_INTERACTION_TYPE_VALUES = frozenset(
    (
        "AGENT",
        "AUTOMATED",
        "CUSTOMER",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormTargetConfiguration:
    """Configuration that specifies the target for an evaluation form.

    Fields:

    - ``contact_interaction_type``: The contact interaction type for this evaluation form.
    """

    contact_interaction_type: str | None
    """The contact interaction type for this evaluation form."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_interaction_type
        if value is None:
            errors.append(prefix + "contact_interaction_type: required but missing")
        else:
            path = prefix + "contact_interaction_type"
            _rt.check_str(errors, path, value, enum=_CONTACT_INTERACTION_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.contact_interaction_type is not None:
            result["ContactInteractionType"] = self.contact_interaction_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormTargetConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormTargetConfiguration"
        )
        return cls(
            contact_interaction_type=data.get("ContactInteractionType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.contact_interaction_type is not None:
            data["ContactInteractionType"] = self.contact_interaction_type
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormTargetConfiguration:
        draft = _EvaluationFormTargetConfigurationDraft()
        try:
            draft.contact_interaction_type = (
                None
                if (value := data.get("ContactInteractionType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactInteractionType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormTargetConfigurationDraft:
    """A :class:`EvaluationFormTargetConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("contact_interaction_type",)
    contact_interaction_type: str | None


def new_evaluation_form_target_configuration(
    contact_interaction_type: str,
) -> EvaluationFormTargetConfiguration:
    """Create a :class:`EvaluationFormTargetConfiguration` with all optional fields omitted."""
    return EvaluationFormTargetConfiguration(
        contact_interaction_type=contact_interaction_type,
    )


evaluation_form_target_configuration_contact_interaction_type = _rt.Lens[
    EvaluationFormTargetConfiguration, str | None
](
    lambda s: s.contact_interaction_type,
    lambda s, v: _dc.replace(s, contact_interaction_type=v),
    "evaluation_form_target_configuration_contact_interaction_type",
)
"""Lens on :attr:`EvaluationFormTargetConfiguration.contact_interaction_type`."""
