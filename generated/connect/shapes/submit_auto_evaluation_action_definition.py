"""The SubmitAutoEvaluationActionDefinition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SubmitAutoEvaluationActionDefinition:
    """Information about the submit automated evaluation action.

    Fields:

    - ``evaluation_form_id``: The identifier of the auto-evaluation enabled form.
    """

    evaluation_form_id: str | None
    """The identifier of the auto-evaluation enabled form."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_form_id
        if value is None:
            errors.append(prefix + "evaluation_form_id: required but missing")
        else:
            path = prefix + "evaluation_form_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.evaluation_form_id is not None:
            result["EvaluationFormId"] = self.evaluation_form_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SubmitAutoEvaluationActionDefinition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "SubmitAutoEvaluationActionDefinition"
        )
        return cls(
            evaluation_form_id=data.get("EvaluationFormId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.evaluation_form_id is not None:
            data["EvaluationFormId"] = self.evaluation_form_id
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> SubmitAutoEvaluationActionDefinition:
        draft = _SubmitAutoEvaluationActionDefinitionDraft()
        try:
            draft.evaluation_form_id = (
                None
                if (value := data.get("EvaluationFormId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationFormId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SubmitAutoEvaluationActionDefinitionDraft:
    """A :class:`SubmitAutoEvaluationActionDefinition` being decoded (see ``_rt.seal``)."""

    __slots__ = ("evaluation_form_id",)
    evaluation_form_id: str | None


def new_submit_auto_evaluation_action_definition(
    evaluation_form_id: str,
) -> SubmitAutoEvaluationActionDefinition:
    """Create a :class:`SubmitAutoEvaluationActionDefinition` with all optional fields omitted."""
    return SubmitAutoEvaluationActionDefinition(
        evaluation_form_id=evaluation_form_id,
    )


submit_auto_evaluation_action_definition_evaluation_form_id = _rt.Lens[
    SubmitAutoEvaluationActionDefinition, str | None
](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "submit_auto_evaluation_action_definition_evaluation_form_id",
)
"""Lens on :attr:`SubmitAutoEvaluationActionDefinition.evaluation_form_id`."""
