"""Updates details about a specific evaluation form version in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
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
class UpdateEvaluationForm:
    """Updates details about a specific evaluation form version in the
    specified Connect Customer instance. Question and section identifiers
    cannot be duplicated within the same evaluation form.

    This operation does not support partial updates. Instead it does a full
    update of evaluation form content.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``evaluation_form_version``: A version of the evaluation form to update.
    - ``title``: A title of the evaluation form.
    - ``items``: Items that are part of the evaluation form.
    - ``create_new_version``: A flag indicating whether the operation must create a new version.
    - ``description``: The description of the evaluation form.
    - ``scoring_strategy``: A scoring strategy of the evaluation form.
    - ``auto_evaluation_configuration``: Whether automated evaluations are enabled.
    - ``review_configuration``: Configuration for evaluation review settings of the evaluation form.
    - ``as_draft``: A boolean flag indicating whether to update evaluation form to draft state.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    - ``target_configuration``: Configuration that specifies the target for the evaluation form.
    - ``language_configuration``: Configuration for language settings of the evaluation form.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    evaluation_form_id: str
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int
    """A version of the evaluation form to update."""

    title: str
    """A title of the evaluation form."""

    items: list[EvaluationFormItem]
    """Items that are part of the evaluation form. The total number of sections
    and questions must not exceed 100 each. Questions must be contained in a
    section.
    """

    create_new_version: bool | None = None
    """A flag indicating whether the operation must create a new version."""

    description: str | None = None
    """The description of the evaluation form."""

    scoring_strategy: EvaluationFormScoringStrategy | None = None
    """A scoring strategy of the evaluation form."""

    auto_evaluation_configuration: EvaluationFormAutoEvaluationConfiguration | None = (
        None
    )
    """Whether automated evaluations are enabled."""

    review_configuration: EvaluationReviewConfiguration | None = None
    """Configuration for evaluation review settings of the evaluation form."""

    as_draft: bool | None = None
    """A boolean flag indicating whether to update evaluation form to draft
    state.
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

    target_configuration: EvaluationFormTargetConfiguration | None = None
    """Configuration that specifies the target for the evaluation form."""

    language_configuration: EvaluationFormLanguageConfiguration | None = None
    """Configuration for language settings of the evaluation form."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.evaluation_form_id
        if value is None:
            errors.append(prefix + "evaluation_form_id: required but missing")
        else:
            path = prefix + "evaluation_form_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.evaluation_form_version
        if value is None:
            errors.append(prefix + "evaluation_form_version: required but missing")
        else:
            path = prefix + "evaluation_form_version"
            _rt.check_number(errors, path, value, True)
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
        value = self.create_new_version
        if value is not None:
            path = prefix + "create_new_version"
            _rt.check_type(errors, path, value, bool, "bool")
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
        value = self.review_configuration
        if value is not None:
            path = prefix + "review_configuration"
            if isinstance(value, EvaluationReviewConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationReviewConfiguration, got {type(value).__name__}"
                )
        value = self.as_draft
        if value is not None:
            path = prefix + "as_draft"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["EvaluationFormId"] = self.evaluation_form_id
        result["EvaluationFormVersion"] = self.evaluation_form_version
        result["Title"] = self.title
        result["Items"] = [v1.to_dict() for v1 in self.items]
        if self.create_new_version is not None:
            result["CreateNewVersion"] = self.create_new_version
        if self.description is not None:
            result["Description"] = self.description
        if self.scoring_strategy is not None:
            result["ScoringStrategy"] = self.scoring_strategy.to_dict()
        if self.auto_evaluation_configuration is not None:
            result["AutoEvaluationConfiguration"] = (
                self.auto_evaluation_configuration.to_dict()
            )
        if self.review_configuration is not None:
            result["ReviewConfiguration"] = self.review_configuration.to_dict()
        if self.as_draft is not None:
            result["AsDraft"] = self.as_draft
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        if self.target_configuration is not None:
            result["TargetConfiguration"] = self.target_configuration.to_dict()
        if self.language_configuration is not None:
            result["LanguageConfiguration"] = self.language_configuration.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateEvaluationForm:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateEvaluationForm")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            evaluation_form_id=_rt.required(data, "EvaluationFormId", path),
            evaluation_form_version=_rt.required(data, "EvaluationFormVersion", path),
            title=_rt.required(data, "Title", path),
            items=[
                EvaluationFormItem.from_dict(v1, path=path + "Items" + f"[{i1}]" + ".")
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Items", path), path + "Items"
                    )
                )
            ],
            create_new_version=data.get("CreateNewVersion"),
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
            review_configuration=(
                None
                if (value := data.get("ReviewConfiguration")) is None
                else EvaluationReviewConfiguration.from_dict(
                    value, path=path + "ReviewConfiguration" + "."
                )
            ),
            as_draft=data.get("AsDraft"),
            client_token=data.get("ClientToken"),
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
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateEvaluationFormResponse:
    """The response of UpdateEvaluationForm.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``evaluation_form_arn``: The Amazon Resource Name (ARN) for the contact evaluation resource.
    - ``evaluation_form_version``: The version of the updated evaluation form resource.
    """

    http_status: int
    """The HTTP status code of the response."""

    evaluation_form_id: str | None
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str | None
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

    evaluation_form_version: int | None
    """The version of the updated evaluation form resource."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.evaluation_form_arn
        if value is None:
            errors.append(prefix + "evaluation_form_arn: required but missing")
        else:
            path = prefix + "evaluation_form_arn"
            _rt.check_str(errors, path, value)
        value = self.evaluation_form_version
        if value is None:
            errors.append(prefix + "evaluation_form_version: required but missing")
        else:
            path = prefix + "evaluation_form_version"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.evaluation_form_id is not None:
            result["EvaluationFormId"] = self.evaluation_form_id
        if self.evaluation_form_arn is not None:
            result["EvaluationFormArn"] = self.evaluation_form_arn
        if self.evaluation_form_version is not None:
            result["EvaluationFormVersion"] = self.evaluation_form_version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateEvaluationFormResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateEvaluationFormResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation_form_id=data.get("EvaluationFormId"),
            evaluation_form_arn=data.get("EvaluationFormArn"),
            evaluation_form_version=data.get("EvaluationFormVersion"),
        )


class _UpdateEvaluationFormResponseDraft:
    """A :class:`UpdateEvaluationFormResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "evaluation_form_id",
        "evaluation_form_arn",
        "evaluation_form_version",
    )
    http_status: int
    evaluation_form_id: str | None
    evaluation_form_arn: str | None
    evaluation_form_version: int | None


def new_update_evaluation_form(
    instance_id: str,
    evaluation_form_id: str,
    evaluation_form_version: int,
    title: str,
    items: list[EvaluationFormItem],
) -> UpdateEvaluationForm:
    """Create a :class:`UpdateEvaluationForm` with all optional fields omitted."""
    return UpdateEvaluationForm(
        instance_id=instance_id,
        evaluation_form_id=evaluation_form_id,
        evaluation_form_version=evaluation_form_version,
        title=title,
        items=items,
    )


update_evaluation_form_instance_id = _rt.Lens[UpdateEvaluationForm, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_evaluation_form_instance_id",
)
"""Lens on :attr:`UpdateEvaluationForm.instance_id`."""


update_evaluation_form_evaluation_form_id = _rt.Lens[UpdateEvaluationForm, str](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "update_evaluation_form_evaluation_form_id",
)
"""Lens on :attr:`UpdateEvaluationForm.evaluation_form_id`."""


update_evaluation_form_evaluation_form_version = _rt.Lens[UpdateEvaluationForm, int](
    lambda s: s.evaluation_form_version,
    lambda s, v: _dc.replace(s, evaluation_form_version=v),
    "update_evaluation_form_evaluation_form_version",
)
"""Lens on :attr:`UpdateEvaluationForm.evaluation_form_version`."""


update_evaluation_form_title = _rt.Lens[UpdateEvaluationForm, str](
    lambda s: s.title,
    lambda s, v: _dc.replace(s, title=v),
    "update_evaluation_form_title",
)
"""Lens on :attr:`UpdateEvaluationForm.title`."""


update_evaluation_form_items = _rt.Lens[UpdateEvaluationForm, list[EvaluationFormItem]](
    lambda s: s.items,
    lambda s, v: _dc.replace(s, items=v),
    "update_evaluation_form_items",
)
"""Lens on :attr:`UpdateEvaluationForm.items`."""


update_evaluation_form_create_new_version = _rt.Lens[UpdateEvaluationForm, bool | None](
    lambda s: s.create_new_version,
    lambda s, v: _dc.replace(s, create_new_version=v),
    "update_evaluation_form_create_new_version",
)
"""Lens on :attr:`UpdateEvaluationForm.create_new_version`."""


update_evaluation_form_description = _rt.Lens[UpdateEvaluationForm, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_evaluation_form_description",
)
"""Lens on :attr:`UpdateEvaluationForm.description`."""


update_evaluation_form_scoring_strategy = _rt.Lens[
    UpdateEvaluationForm, EvaluationFormScoringStrategy | None
](
    lambda s: s.scoring_strategy,
    lambda s, v: _dc.replace(s, scoring_strategy=v),
    "update_evaluation_form_scoring_strategy",
)
"""Lens on :attr:`UpdateEvaluationForm.scoring_strategy`."""


update_evaluation_form_auto_evaluation_configuration = _rt.Lens[
    UpdateEvaluationForm, EvaluationFormAutoEvaluationConfiguration | None
](
    lambda s: s.auto_evaluation_configuration,
    lambda s, v: _dc.replace(s, auto_evaluation_configuration=v),
    "update_evaluation_form_auto_evaluation_configuration",
)
"""Lens on :attr:`UpdateEvaluationForm.auto_evaluation_configuration`."""


update_evaluation_form_review_configuration = _rt.Lens[
    UpdateEvaluationForm, EvaluationReviewConfiguration | None
](
    lambda s: s.review_configuration,
    lambda s, v: _dc.replace(s, review_configuration=v),
    "update_evaluation_form_review_configuration",
)
"""Lens on :attr:`UpdateEvaluationForm.review_configuration`."""


update_evaluation_form_as_draft = _rt.Lens[UpdateEvaluationForm, bool | None](
    lambda s: s.as_draft,
    lambda s, v: _dc.replace(s, as_draft=v),
    "update_evaluation_form_as_draft",
)
"""Lens on :attr:`UpdateEvaluationForm.as_draft`."""


update_evaluation_form_client_token = _rt.Lens[UpdateEvaluationForm, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "update_evaluation_form_client_token",
)
"""Lens on :attr:`UpdateEvaluationForm.client_token`."""


update_evaluation_form_target_configuration = _rt.Lens[
    UpdateEvaluationForm, EvaluationFormTargetConfiguration | None
](
    lambda s: s.target_configuration,
    lambda s, v: _dc.replace(s, target_configuration=v),
    "update_evaluation_form_target_configuration",
)
"""Lens on :attr:`UpdateEvaluationForm.target_configuration`."""


update_evaluation_form_language_configuration = _rt.Lens[
    UpdateEvaluationForm, EvaluationFormLanguageConfiguration | None
](
    lambda s: s.language_configuration,
    lambda s, v: _dc.replace(s, language_configuration=v),
    "update_evaluation_form_language_configuration",
)
"""Lens on :attr:`UpdateEvaluationForm.language_configuration`."""


def new_update_evaluation_form_response(
    http_status: int,
    evaluation_form_id: str,
    evaluation_form_arn: str,
    evaluation_form_version: int,
) -> UpdateEvaluationFormResponse:
    """Create a :class:`UpdateEvaluationFormResponse` with all optional fields omitted."""
    return UpdateEvaluationFormResponse(
        http_status=http_status,
        evaluation_form_id=evaluation_form_id,
        evaluation_form_arn=evaluation_form_arn,
        evaluation_form_version=evaluation_form_version,
    )


update_evaluation_form_response_http_status = _rt.Lens[
    UpdateEvaluationFormResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_evaluation_form_response_http_status",
)
"""Lens on :attr:`UpdateEvaluationFormResponse.http_status`."""


update_evaluation_form_response_evaluation_form_id = _rt.Lens[
    UpdateEvaluationFormResponse, str | None
](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "update_evaluation_form_response_evaluation_form_id",
)
"""Lens on :attr:`UpdateEvaluationFormResponse.evaluation_form_id`."""


update_evaluation_form_response_evaluation_form_arn = _rt.Lens[
    UpdateEvaluationFormResponse, str | None
](
    lambda s: s.evaluation_form_arn,
    lambda s, v: _dc.replace(s, evaluation_form_arn=v),
    "update_evaluation_form_response_evaluation_form_arn",
)
"""Lens on :attr:`UpdateEvaluationFormResponse.evaluation_form_arn`."""


update_evaluation_form_response_evaluation_form_version = _rt.Lens[
    UpdateEvaluationFormResponse, int | None
](
    lambda s: s.evaluation_form_version,
    lambda s, v: _dc.replace(s, evaluation_form_version=v),
    "update_evaluation_form_response_evaluation_form_version",
)
"""Lens on :attr:`UpdateEvaluationFormResponse.evaluation_form_version`."""


def _serialize(request: UpdateEvaluationForm, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.evaluation_form_id == "":
        raise _rt.ValidationError(
            ["evaluation_form_id: a URI label must be set and not empty"]
        )
    path = (
        "/evaluation-forms/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.evaluation_form_id, "evaluation_form_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["EvaluationFormVersion"] = request.evaluation_form_version
    data["Title"] = request.title
    data["Items"] = [v1._to_json() for v1 in request.items]
    if request.create_new_version is not None:
        data["CreateNewVersion"] = request.create_new_version
    if request.description is not None:
        data["Description"] = request.description
    if request.scoring_strategy is not None:
        data["ScoringStrategy"] = request.scoring_strategy._to_json()
    if request.auto_evaluation_configuration is not None:
        data["AutoEvaluationConfiguration"] = (
            request.auto_evaluation_configuration._to_json()
        )
    if request.review_configuration is not None:
        data["ReviewConfiguration"] = request.review_configuration._to_json()
    if request.as_draft is not None:
        data["AsDraft"] = request.as_draft
    data["ClientToken"] = idempotency_client_token
    if request.target_configuration is not None:
        data["TargetConfiguration"] = request.target_configuration._to_json()
    if request.language_configuration is not None:
        data["LanguageConfiguration"] = request.language_configuration._to_json()
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> UpdateEvaluationFormResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _UpdateEvaluationFormResponseDraft()
    draft.http_status = status
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
        draft.evaluation_form_arn = (
            None
            if (value := data.get("EvaluationFormArn")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "EvaluationFormArn")
            )
        )
        draft.evaluation_form_version = (
            None
            if (value := data.get("EvaluationFormVersion")) is None
            else (
                value
                if type(value) is int
                else _rt.expect_int(value, "EvaluationFormVersion")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, UpdateEvaluationFormResponse)


OPERATION: _rt.Operation[UpdateEvaluationForm, UpdateEvaluationFormResponse] = (
    _rt.Operation(
        "UpdateEvaluationForm",
        UpdateEvaluationForm,
        UpdateEvaluationFormResponse,
        (
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
            _errors.ServiceQuotaExceededException,
            _errors.ResourceConflictException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateEvaluationForm operation: its types, errors and wire codec."""
