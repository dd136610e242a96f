"""The EvaluationFormContent shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_auto_evaluation_configuration import (
    EvaluationFormAutoEvaluationConfiguration,
)
from ..shapes.evaluation_form_item import EvaluationFormItem
from ..shapes.evaluation_form_language_configuration import (
    EvaluationFormLanguageConfiguration,
)
from ..shapes.evaluation_form_scoring_strategy import EvaluationFormScoringStrategy
from ..shapes.evaluation_form_target_configuration import (
    EvaluationFormTargetConfiguration,
)
from ..shapes.evaluation_review_configuration import EvaluationReviewConfiguration


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormContent:
    """Information about an evaluation form used in a contact evaluation.

    Fields:

    - ``evaluation_form_version``: A version of the evaluation form.
    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``evaluation_form_arn``: The Amazon Resource Name (ARN) for the evaluation form resource.
    - ``title``: A title of the evaluation form.
    - ``items``: Items that are part of the evaluation form.
    - ``description``: The description of the evaluation form.
    - ``scoring_strategy``: A scoring strategy of the evaluation form.
    - ``auto_evaluation_configuration``: The configuration of the automated evaluation.
    - ``target_configuration``: Configuration that specifies the target for this evaluation form content.
    - ``language_configuration``: Configuration for language settings of this evaluation form content.
    - ``review_configuration``: Configuration for evaluation review settings of this evaluation form content.
    """

    evaluation_form_version: int | None
    """A version of the evaluation form."""

    evaluation_form_id: str | None
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str | None
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    title: str | None
    """A title of the evaluation form."""

    items: list[EvaluationFormItem] | None
    """Items that are part of the evaluation form. The total number of sections
    and questions must not exceed 100 each. Questions must be contained in a
    section.
    """

    description: str | None = None
    """The description of the evaluation form."""

    scoring_strategy: EvaluationFormScoringStrategy | None = None
    """A scoring strategy of the evaluation form."""

    auto_evaluation_configuration: EvaluationFormAutoEvaluationConfiguration | None = (
        None
    )
    """The configuration of the automated evaluation."""

    target_configuration: EvaluationFormTargetConfiguration | None = None
    """Configuration that specifies the target for this evaluation form
    content.
    """

    language_configuration: EvaluationFormLanguageConfiguration | None = None
    """Configuration for language settings of this evaluation form content."""

    review_configuration: EvaluationReviewConfiguration | None = None
    """Configuration for evaluation review settings of this evaluation form
    content.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_form_version
        if value is None:
            errors.append(prefix + "evaluation_form_version: required but missing")
        else:
            path = prefix + "evaluation_form_version"
            _rt.check_number(errors, path, value, True)
        value = self.evaluation_form_id
        if value is None:
            errors.append(prefix + "evaluation_form_id: required but missing")
        else:
            path = prefix + "evaluation_form_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.evaluation_form_arn
        if value is None:
            errors.append(prefix + "evaluation_form_arn: required but missing")
        else:
            path = prefix + "evaluation_form_arn"
            _rt.check_str(errors, path, value)
        value = self.title
        if value is None:
            errors.append(prefix + "title: required but missing")
        else:
            path = prefix + "title"
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
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value)
        value = self.scoring_strategy
        if value is not None:
            path = prefix + "scoring_strategy"
            if isinstance(value, EvaluationFormScoringStrategy):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormScoringStrategy, got {type(value).__name__}"
                )
        value = self.auto_evaluation_configuration
        if value is not None:
            path = prefix + "auto_evaluation_configuration"
            if isinstance(value, EvaluationFormAutoEvaluationConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormAutoEvaluationConfiguration, got {type(value).__name__}"
                )
        value = self.target_configuration
        if value is not None:
            path = prefix + "target_configuration"
            if isinstance(value, EvaluationFormTargetConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormTargetConfiguration, got {type(value).__name__}"
                )
        value = self.language_configuration
        if value is not None:
            path = prefix + "language_configuration"
            if isinstance(value, EvaluationFormLanguageConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormLanguageConfiguration, got {type(value).__name__}"
                )
        value = self.review_configuration
        if value is not None:
            path = prefix + "review_configuration"
            if isinstance(value, EvaluationReviewConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationReviewConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.evaluation_form_version is not None:
            result["EvaluationFormVersion"] = self.evaluation_form_version
        if self.evaluation_form_id is not None:
            result["EvaluationFormId"] = self.evaluation_form_id
        if self.evaluation_form_arn is not None:
            result["EvaluationFormArn"] = self.evaluation_form_arn
        if self.title is not None:
            result["Title"] = self.title
        if self.items is not None:
            result["Items"] = [v1.to_dict() for v1 in self.items]
        if self.description is not None:
            result["Description"] = self.description
        if self.scoring_strategy is not None:
            result["ScoringStrategy"] = self.scoring_strategy.to_dict()
        if self.auto_evaluation_configuration is not None:
            result["AutoEvaluationConfiguration"] = (
                self.auto_evaluation_configuration.to_dict()
            )
        if self.target_configuration is not None:
            result["TargetConfiguration"] = self.target_configuration.to_dict()
        if self.language_configuration is not None:
            result["LanguageConfiguration"] = self.language_configuration.to_dict()
        if self.review_configuration is not None:
            result["ReviewConfiguration"] = self.review_configuration.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormContent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationFormContent")
        return cls(
            evaluation_form_version=data.get("EvaluationFormVersion"),
            evaluation_form_id=data.get("EvaluationFormId"),
            evaluation_form_arn=data.get("EvaluationFormArn"),
            title=data.get("Title"),
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
            description=data.get("Description"),
            scoring_strategy=(
                None
                if (value := data.get("ScoringStrategy")) is None
                else EvaluationFormScoringStrategy.from_dict(
                    value, path=path + "ScoringStrategy" + "."
                )
            ),
            auto_evaluation_configuration=(
                None
                if (value := data.get("AutoEvaluationConfiguration")) is None
                else EvaluationFormAutoEvaluationConfiguration.from_dict(
                    value, path=path + "AutoEvaluationConfiguration" + "."
                )
            ),
            target_configuration=(
                None
                if (value := data.get("TargetConfiguration")) is None
                else EvaluationFormTargetConfiguration.from_dict(
                    value, path=path + "TargetConfiguration" + "."
                )
            ),
            language_configuration=(
                None
                if (value := data.get("LanguageConfiguration")) is None
                else EvaluationFormLanguageConfiguration.from_dict(
                    value, path=path + "LanguageConfiguration" + "."
                )
            ),
            review_configuration=(
                None
                if (value := data.get("ReviewConfiguration")) is None
                else EvaluationReviewConfiguration.from_dict(
                    value, path=path + "ReviewConfiguration" + "."
                )
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormContent:
        draft = _EvaluationFormContentDraft()
        try:
            draft.evaluation_form_version = (
                None
                if (value := data.get("EvaluationFormVersion")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "EvaluationFormVersion")
                )
            )
            draft.evaluation_form_id = (
                None
                if (value := data.get("EvaluationFormId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationFormId")
                )
            )
            draft.evaluation_form_arn = (
                None
                if (value := data.get("EvaluationFormArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationFormArn")
                )
            )
            draft.title = (
                None
                if (value := data.get("Title")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Title"))
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
            draft.description = (
                None
                if (value := data.get("Description")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Description")
                )
            )
            draft.scoring_strategy = (
                None
                if (value := data.get("ScoringStrategy")) is None
                else EvaluationFormScoringStrategy._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ScoringStrategy")
                    )
                )
            )
            draft.auto_evaluation_configuration = (
                None
                if (value := data.get("AutoEvaluationConfiguration")) is None
                else EvaluationFormAutoEvaluationConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AutoEvaluationConfiguration")
                    )
                )
            )
            draft.target_configuration = (
                None
                if (value := data.get("TargetConfiguration")) is None
                else EvaluationFormTargetConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "TargetConfiguration")
                    )
                )
            )
            draft.language_configuration = (
                None
                if (value := data.get("LanguageConfiguration")) is None
                else EvaluationFormLanguageConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "LanguageConfiguration")
                    )
                )
            )
            draft.review_configuration = (
                None
                if (value := data.get("ReviewConfiguration")) is None
                else EvaluationReviewConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ReviewConfiguration")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormContentDraft:
    """A :class:`EvaluationFormContent` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "evaluation_form_version",
        "evaluation_form_id",
        "evaluation_form_arn",
        "title",
        "items",
        "description",
        "scoring_strategy",
        "auto_evaluation_configuration",
        "target_configuration",
        "language_configuration",
        "review_configuration",
    )
    evaluation_form_version: int | None
    evaluation_form_id: str | None
    evaluation_form_arn: str | None
    title: str | None
    items: list[EvaluationFormItem] | None
    description: str | None
    scoring_strategy: EvaluationFormScoringStrategy | None
    auto_evaluation_configuration: EvaluationFormAutoEvaluationConfiguration | None
    target_configuration: EvaluationFormTargetConfiguration | None
    language_configuration: EvaluationFormLanguageConfiguration | None
    review_configuration: EvaluationReviewConfiguration | None


def new_evaluation_form_content(
    evaluation_form_version: int,
    evaluation_form_id: str,
    evaluation_form_arn: str,
    title: str,
    items: list[EvaluationFormItem],
) -> EvaluationFormContent:
    """Create a :class:`EvaluationFormContent` with all optional fields omitted."""
    return EvaluationFormContent(
        evaluation_form_version=evaluation_form_version,
        evaluation_form_id=evaluation_form_id,
        evaluation_form_arn=evaluation_form_arn,
        title=title,
        items=items,
    )


evaluation_form_content_evaluation_form_version = _rt.Lens[
    EvaluationFormContent, int | None
](
    lambda s: s.evaluation_form_version,
    lambda s, v: _dc.replace(s, evaluation_form_version=v),
    "evaluation_form_content_evaluation_form_version",
)
"""Lens on :attr:`EvaluationFormContent.evaluation_form_version`."""


evaluation_form_content_evaluation_form_id = _rt.Lens[
    EvaluationFormContent, str | None
](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "evaluation_form_content_evaluation_form_id",
)
"""Lens on :attr:`EvaluationFormContent.evaluation_form_id`."""


evaluation_form_content_evaluation_form_arn = _rt.Lens[
    EvaluationFormContent, str | None
](
    lambda s: s.evaluation_form_arn,
    lambda s, v: _dc.replace(s, evaluation_form_arn=v),
    "evaluation_form_content_evaluation_form_arn",
)
"""Lens on :attr:`EvaluationFormContent.evaluation_form_arn`."""


evaluation_form_content_title = _rt.Lens[EvaluationFormContent, str | None](
    lambda s: s.title,
    lambda s, v: _dc.replace(s, title=v),
    "evaluation_form_content_title",
)
"""Lens on :attr:`EvaluationFormContent.title`."""


evaluation_form_content_items = _rt.Lens[
    EvaluationFormContent, list[EvaluationFormItem] | None
](
    lambda s: s.items,
    lambda s, v: _dc.replace(s, items=v),
    "evaluation_form_content_items",
)
"""Lens on :attr:`EvaluationFormContent.items`."""


evaluation_form_content_description = _rt.Lens[EvaluationFormContent, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "evaluation_form_content_description",
)
"""Lens on :attr:`EvaluationFormContent.description`."""


evaluation_form_content_scoring_strategy = _rt.Lens[
    EvaluationFormContent, EvaluationFormScoringStrategy | None
](
    lambda s: s.scoring_strategy,
    lambda s, v: _dc.replace(s, scoring_strategy=v),
    "evaluation_form_content_scoring_strategy",
)
"""Lens on :attr:`EvaluationFormContent.scoring_strategy`."""


evaluation_form_content_auto_evaluation_configuration = _rt.Lens[
    EvaluationFormContent, EvaluationFormAutoEvaluationConfiguration | None
](
    lambda s: s.auto_evaluation_configuration,
    lambda s, v: _dc.replace(s, auto_evaluation_configuration=v),
    "evaluation_form_content_auto_evaluation_configuration",
)
"""Lens on :attr:`EvaluationFormContent.auto_evaluation_configuration`."""


evaluation_form_content_target_configuration = _rt.Lens[
    EvaluationFormContent, EvaluationFormTargetConfiguration | None
](
    lambda s: s.target_configuration,
    lambda s, v: _dc.replace(s, target_configuration=v),
    "evaluation_form_content_target_configuration",
)
"""Lens on :attr:`EvaluationFormContent.target_configuration`."""


evaluation_form_content_language_configuration = _rt.Lens[
    EvaluationFormContent, EvaluationFormLanguageConfiguration | None
](
    lambda s: s.language_configuration,
    lambda s, v: _dc.replace(s, language_configuration=v),
    "evaluation_form_content_language_configuration",
)
"""Lens on :attr:`EvaluationFormContent.language_configuration`."""


evaluation_form_content_review_configuration = _rt.Lens[
    EvaluationFormContent, EvaluationReviewConfiguration | None
](
    lambda s: s.review_configuration,
    lambda s, v: _dc.replace(s, review_configuration=v),
    "evaluation_form_content_review_configuration",
)
"""Lens on :attr:`EvaluationFormContent.review_configuration`."""
