"""The EvaluationFormMultiSelectQuestionOption shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormMultiSelectQuestionOption:
    """An option for a multi-select question in an evaluation form.

    Fields:

    - ``ref_id``: Reference identifier for this option.
    - ``text``: Display text for this option.
    """

    ref_id: str | None
    """Reference identifier for this option."""

    text: str | None
    """Display text for this option."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.ref_id
        if value is None:
            errors.append(prefix + "ref_id: required but missing")
        else:
            path = prefix + "ref_id"
            _rt.check_str(errors, path, value)
        value = self.text
        if value is None:
            errors.append(prefix + "text: required but missing")
        else:
            path = prefix + "text"
            _rt.check_str(errors, path, value, min_len=0, max_len=128)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.ref_id is not None:
            result["RefId"] = self.ref_id
        if self.text is not None:
            result["Text"] = self.text
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormMultiSelectQuestionOption:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormMultiSelectQuestionOption"
        )
        return cls(
            ref_id=data.get("RefId"),
            text=data.get("Text"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.ref_id is not None:
            data["RefId"] = self.ref_id
        if self.text is not None:
            data["Text"] = self.text
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormMultiSelectQuestionOption:
        draft = _EvaluationFormMultiSelectQuestionOptionDraft()
        try:
            draft.ref_id = (
                None
                if (value := data.get("RefId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "RefId"))
            )
            draft.text = (
                None
                if (value := data.get("Text")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Text"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormMultiSelectQuestionOptionDraft:
    """A :class:`EvaluationFormMultiSelectQuestionOption` being decoded (see ``_rt.seal``)."""

    __slots__ = ("ref_id", "text")
    ref_id: str | None
    text: str | None


def new_evaluation_form_multi_select_question_option(
    ref_id: str,
    text: str,
) -> EvaluationFormMultiSelectQuestionOption:
    """Create a :class:`EvaluationFormMultiSelectQuestionOption` with all optional fields omitted."""
    return EvaluationFormMultiSelectQuestionOption(
        ref_id=ref_id,
        text=text,
    )


evaluation_form_multi_select_question_option_ref_id = _rt.Lens[
    EvaluationFormMultiSelectQuestionOption, str | None
](
    lambda s: s.ref_id,
    lambda s, v: _dc.replace(s, ref_id=v),
    "evaluation_form_multi_select_question_option_ref_id",
)
"""Lens on :attr:`EvaluationFormMultiSelectQuestionOption.ref_id`."""


evaluation_form_multi_select_question_option_text = _rt.Lens[
    EvaluationFormMultiSelectQuestionOption, str | None
](
    lambda s: s.text,
    lambda s, v: _dc.replace(s, text=v),
    "evaluation_form_multi_select_question_option_text",
)
"""Lens on :attr:`EvaluationFormMultiSelectQuestionOption.text`."""
