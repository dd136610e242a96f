"""The EvaluationFormQuestionTypeProperties shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_multi_select_question_properties import (
    EvaluationFormMultiSelectQuestionProperties,
)
from ..shapes.evaluation_form_numeric_question_properties import (
    EvaluationFormNumericQuestionProperties,
)
from ..shapes.evaluation_form_single_select_question_properties import (
    EvaluationFormSingleSelectQuestionProperties,
)
from ..shapes.evaluation_form_text_question_properties import (
    EvaluationFormTextQuestionProperties,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormQuestionTypeProperties:
    """Information about properties for a question in an evaluation form. The
    question type properties must be either for a numeric question or a
    single select question.

    Fields:

    - ``numeric``: The properties of the numeric question.
    - ``single_select``: The properties of the numeric question.
    - ``text``: The properties of the text question.
    - ``multi_select``: Properties for multi-select question types.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    numeric: EvaluationFormNumericQuestionProperties | None = None
    """The properties of the numeric question."""

    single_select: EvaluationFormSingleSelectQuestionProperties | None = None
    """The properties of the numeric question."""

    text: EvaluationFormTextQuestionProperties | None = None
    """The properties of the text question."""

    multi_select: EvaluationFormMultiSelectQuestionProperties | None = None
    """Properties for multi-select question types."""

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.numeric
        if value is not None:
            path = prefix + "numeric"
            if isinstance(value, EvaluationFormNumericQuestionProperties):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormNumericQuestionProperties, got {type(value).__name__}"
                )
        value = self.single_select
        if value is not None:
            path = prefix + "single_select"
            if isinstance(value, EvaluationFormSingleSelectQuestionProperties):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormSingleSelectQuestionProperties, got {type(value).__name__}"
                )
        value = self.text
        if value is not None:
            path = prefix + "text"
            if isinstance(value, EvaluationFormTextQuestionProperties):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormTextQuestionProperties, got {type(value).__name__}"
                )
        value = self.multi_select
        if value is not None:
            path = prefix + "multi_select"
            if isinstance(value, EvaluationFormMultiSelectQuestionProperties):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormMultiSelectQuestionProperties, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "EvaluationFormQuestionTypeProperties")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "EvaluationFormQuestionTypeProperties",
            (self.numeric is not None)
            + (self.single_select is not None)
            + (self.text is not None)
            + (self.multi_select is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.numeric is not None:
            result["Numeric"] = self.numeric.to_dict()
        if self.single_select is not None:
            result["SingleSelect"] = self.single_select.to_dict()
        if self.text is not None:
            result["Text"] = self.text.to_dict()
        if self.multi_select is not None:
            result["MultiSelect"] = self.multi_select.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormQuestionTypeProperties:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormQuestionTypeProperties"
        )
        return cls(
            numeric=(
                None
                if (value := data.get("Numeric")) is None
                else EvaluationFormNumericQuestionProperties.from_dict(
                    value, path=path + "Numeric" + "."
                )
            ),
            single_select=(
                None
                if (value := data.get("SingleSelect")) is None
                else EvaluationFormSingleSelectQuestionProperties.from_dict(
                    value, path=path + "SingleSelect" + "."
                )
            ),
            text=(
                None
                if (value := data.get("Text")) is None
                else EvaluationFormTextQuestionProperties.from_dict(
                    value, path=path + "Text" + "."
                )
            ),
            multi_select=(
                None
                if (value := data.get("MultiSelect")) is None
                else EvaluationFormMultiSelectQuestionProperties.from_dict(
                    value, path=path + "MultiSelect" + "."
                )
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.numeric is not None:
            data["Numeric"] = self.numeric._to_json()
        if self.single_select is not None:
            data["SingleSelect"] = self.single_select._to_json()
        if self.text is not None:
            data["Text"] = self.text._to_json()
        if self.multi_select is not None:
            data["MultiSelect"] = self.multi_select._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormQuestionTypeProperties:
        draft = _EvaluationFormQuestionTypePropertiesDraft()
        try:
            draft.numeric = (
                None
                if (value := data.get("Numeric")) is None
                else EvaluationFormNumericQuestionProperties._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Numeric")
                    )
                )
            )
            draft.single_select = (
                None
                if (value := data.get("SingleSelect")) is None
                else EvaluationFormSingleSelectQuestionProperties._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "SingleSelect")
                    )
                )
            )
            draft.text = (
                None
                if (value := data.get("Text")) is None
                else EvaluationFormTextQuestionProperties._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Text")
                    )
                )
            )
            draft.multi_select = (
                None
                if (value := data.get("MultiSelect")) is None
                else EvaluationFormMultiSelectQuestionProperties._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "MultiSelect")
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "Numeric",
                    "SingleSelect",
                    "Text",
                    "MultiSelect",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormQuestionTypePropertiesDraft:
    """A :class:`EvaluationFormQuestionTypeProperties` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "numeric",
        "single_select",
        "text",
        "multi_select",
        "sdk_unknown_member",
    )
    numeric: EvaluationFormNumericQuestionProperties | None
    single_select: EvaluationFormSingleSelectQuestionProperties | None
    text: EvaluationFormTextQuestionProperties | None
    multi_select: EvaluationFormMultiSelectQuestionProperties | None
    sdk_unknown_member: str | None


def new_evaluation_form_question_type_properties() -> (
    EvaluationFormQuestionTypeProperties
):
    """Create a :class:`EvaluationFormQuestionTypeProperties` with all optional fields omitted."""
    return EvaluationFormQuestionTypeProperties()


evaluation_form_question_type_properties_sdk_unknown_member = _rt.Lens[
    EvaluationFormQuestionTypeProperties, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "evaluation_form_question_type_properties_sdk_unknown_member",
)
"""Lens on :attr:`EvaluationFormQuestionTypeProperties.sdk_unknown_member`."""


evaluation_form_question_type_properties_numeric = _rt.Lens[
    EvaluationFormQuestionTypeProperties, EvaluationFormNumericQuestionProperties | None
](
    lambda s: s.numeric,
    lambda s, v: _dc.replace(s, numeric=v),
    "evaluation_form_question_type_properties_numeric",
)
"""Lens on :attr:`EvaluationFormQuestionTypeProperties.numeric`."""


evaluation_form_question_type_properties_single_select = _rt.Lens[
    EvaluationFormQuestionTypeProperties,
    EvaluationFormSingleSelectQuestionProperties | None,
](
    lambda s: s.single_select,
    lambda s, v: _dc.replace(s, single_select=v),
    "evaluation_form_question_type_properties_single_select",
)
"""Lens on :attr:`EvaluationFormQuestionTypeProperties.single_select`."""


evaluation_form_question_type_properties_text = _rt.Lens[
    EvaluationFormQuestionTypeProperties, EvaluationFormTextQuestionProperties | None
](
    lambda s: s.text,
    lambda s, v: _dc.replace(s, text=v),
    "evaluation_form_question_type_properties_text",
)
"""Lens on :attr:`EvaluationFormQuestionTypeProperties.text`."""


evaluation_form_question_type_properties_multi_select = _rt.Lens[
    EvaluationFormQuestionTypeProperties,
    EvaluationFormMultiSelectQuestionProperties | None,
](
    lambda s: s.multi_select,
    lambda s, v: _dc.replace(s, multi_select=v),
    "evaluation_form_question_type_properties_multi_select",
)
"""Lens on :attr:`EvaluationFormQuestionTypeProperties.multi_select`."""
