"""The EvaluationFormItem, EvaluationFormSection shapes."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_question import EvaluationFormQuestion


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormItem:
    """Information about an item from an evaluation form. The item must be
    either a section or a question.

    Fields:

    - ``section``: The information of the section.
    - ``question``: The information of the question.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    section: EvaluationFormSection | None = None
    """The information of the section."""

    question: EvaluationFormQuestion | None = None
    """The information of the question."""

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
        value = self.section
        if value is not None:
            path = prefix + "section"
            if isinstance(value, EvaluationFormSection):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormSection, got {type(value).__name__}"
                )
        value = self.question
        if value is not None:
            path = prefix + "question"
            if isinstance(value, EvaluationFormQuestion):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormQuestion, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "EvaluationFormItem")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "EvaluationFormItem",
            (self.section is not None) + (self.question is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.section is not None:
            result["Section"] = self.section.to_dict()
        if self.question is not None:
            result["Question"] = self.question.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormItem:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationFormItem")
        return cls(
            section=(
                None
                if (value := data.get("Section")) is None
                else EvaluationFormSection.from_dict(value, path=path + "Section" + ".")
            ),
            question=(
                None
                if (value := data.get("Question")) is None
                else EvaluationFormQuestion.from_dict(
                    value, path=path + "Question" + "."
                )
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.section is not None:
            data["Section"] = self.section._to_json()
        if self.question is not None:
            data["Question"] = self.question._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormItem:
        draft = _EvaluationFormItemDraft()
        try:
            draft.section = (
                None
                if (value := data.get("Section")) is None
                else EvaluationFormSection._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Section")
                    )
                )
            )
            draft.question = (
                None
                if (value := data.get("Question")) is None
                else EvaluationFormQuestion._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Question")
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "Section",
                    "Question",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormItemDraft:
    """A :class:`EvaluationFormItem` being decoded (see ``_rt.seal``)."""

    __slots__ = ("section", "question", "sdk_unknown_member")
    section: EvaluationFormSection | None
    question: EvaluationFormQuestion | None
    sdk_unknown_member: str | None


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormSection:
    """Information about a section from an evaluation form. A section can
    contain sections and/or questions. Evaluation forms can only contain
    sections and subsections (two level nesting).

    Fields:

    - ``title``: The title of the section.
    - ``ref_id``: The identifier of the section.
    - ``items``: The items of the section.
    - ``instructions``: The instructions of the section.
    - ``weight``: The scoring weight of the section.
    """

    title: str | None
    """The title of the section."""

    ref_id: str | None
    """The identifier of the section. An identifier must be unique within the
    evaluation form.
    """

    items: list[EvaluationFormItem] | None
    """The items of the section."""

    instructions: str | None = None
    """The instructions of the section."""

    weight: float | None = None
    """The scoring weight of the section."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.title
        if value is None:
            errors.append(prefix + "title: required but missing")
        else:
            path = prefix + "title"
            _rt.check_str(errors, path, value)
        value = self.ref_id
        if value is None:
            errors.append(prefix + "ref_id: required but missing")
        else:
            path = prefix + "ref_id"
            _rt.check_str(errors, path, value)
        value = self.items
        if value is None:
            errors.append(prefix + "items: required but missing")
        else:
            path = prefix + "items"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationFormItem):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormItem, got {type(v1).__name__}"
                            )
        value = self.instructions
        if value is not None:
            path = prefix + "instructions"
            _rt.check_str(errors, path, value)
        value = self.weight
        if value is not None:
            path = prefix + "weight"
            _rt.check_number(errors, path, value, False)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.title is not None:
            result["Title"] = self.title
        if self.ref_id is not None:
            result["RefId"] = self.ref_id
        if self.items is not None:
            result["Items"] = [v1.to_dict() for v1 in self.items]
        if self.instructions is not None:
            result["Instructions"] = self.instructions
        if self.weight is not None:
            result["Weight"] = self.weight
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormSection:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationFormSection")
        return cls(
            title=data.get("Title"),
            ref_id=data.get("RefId"),
            items=(
                None
                if (value := data.get("Items")) is None
                else [
                    EvaluationFormItem.from_dict(
                        v1, path=path + "Items" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Items"))
                ]
            ),
            instructions=data.get("Instructions"),
            weight=data.get("Weight"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.title is not None:
            data["Title"] = self.title
        if self.ref_id is not None:
            data["RefId"] = self.ref_id
        if self.items is not None:
            data["Items"] = [v1._to_json() for v1 in self.items]
        if self.instructions is not None:
            data["Instructions"] = self.instructions
        if self.weight is not None:
            data["Weight"] = _rt.float_to_json(self.weight)
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormSection:
        draft = _EvaluationFormSectionDraft()
        try:
            draft.title = (
                None
                if (value := data.get("Title")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Title"))
            )
            draft.ref_id = (
                None
                if (value := data.get("RefId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "RefId"))
            )
            draft.items = (
                None
                if (value := data.get("Items")) is None
                else [
                    EvaluationFormItem._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Items")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Items")
                    )
                    if v1 is not None
                ]
            )
            draft.instructions = (
                None
                if (value := data.get("Instructions")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Instructions")
                )
            )
            draft.weight = (
                None
                if (value := data.get("Weight")) is None
                else _rt.expect_float(value, "Weight")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormSectionDraft:
    """A :class:`EvaluationFormSection` being decoded (see ``_rt.seal``)."""

    __slots__ = ("title", "ref_id", "items", "instructions", "weight")
    title: str | None
    ref_id: str | None
    items: list[EvaluationFormItem] | None
    instructions: str | None
    weight: float | None


def new_evaluation_form_item() -> EvaluationFormItem:
    """Create a :class:`EvaluationFormItem` with all optional fields omitted."""
    return EvaluationFormItem()


evaluation_form_item_sdk_unknown_member = _rt.Lens[EvaluationFormItem, str | None](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "evaluation_form_item_sdk_unknown_member",
)
"""Lens on :attr:`EvaluationFormItem.sdk_unknown_member`."""


evaluation_form_item_section = _rt.Lens[
    EvaluationFormItem, EvaluationFormSection | None
](
    lambda s: s.section,
    lambda s, v: _dc.replace(s, section=v),
    "evaluation_form_item_section",
)
"""Lens on :attr:`EvaluationFormItem.section`."""


evaluation_form_item_question = _rt.Lens[
    EvaluationFormItem, EvaluationFormQuestion | None
](
    lambda s: s.question,
    lambda s, v: _dc.replace(s, question=v),
    "evaluation_form_item_question",
)
"""Lens on :attr:`EvaluationFormItem.question`."""


def new_evaluation_form_section(
    title: str,
    ref_id: str,
    items: list[EvaluationFormItem],
) -> EvaluationFormSection:
    """Create a :class:`EvaluationFormSection` with all optional fields omitted."""
    return EvaluationFormSection(
        title=title,
        ref_id=ref_id,
        items=items,
    )


evaluation_form_section_title = _rt.Lens[EvaluationFormSection, str | None](
    lambda s: s.title,
    lambda s, v: _dc.replace(s, title=v),
    "evaluation_form_section_title",
)
"""Lens on :attr:`EvaluationFormSection.title`."""


evaluation_form_section_ref_id = _rt.Lens[EvaluationFormSection, str | None](
    lambda s: s.ref_id,
    lambda s, v: _dc.replace(s, ref_id=v),
    "evaluation_form_section_ref_id",
)
"""Lens on :attr:`EvaluationFormSection.ref_id`."""


evaluation_form_section_items = _rt.Lens[
    EvaluationFormSection, list[EvaluationFormItem] | None
](
    lambda s: s.items,
    lambda s, v: _dc.replace(s, items=v),
    "evaluation_form_section_items",
)
"""Lens on :attr:`EvaluationFormSection.items`."""


evaluation_form_section_instructions = _rt.Lens[EvaluationFormSection, str | None](
    lambda s: s.instructions,
    lambda s, v: _dc.replace(s, instructions=v),
    "evaluation_form_section_instructions",
)
"""Lens on :attr:`EvaluationFormSection.instructions`."""


evaluation_form_section_weight = _rt.Lens[EvaluationFormSection, float | None](
    lambda s: s.weight,
    lambda s, v: _dc.replace(s, weight=v),
    "evaluation_form_section_weight",
)
"""Lens on :attr:`EvaluationFormSection.weight`."""
