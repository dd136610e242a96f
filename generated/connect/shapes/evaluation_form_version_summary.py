"""The EvaluationFormVersionSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_EVALUATION_FORM_VERSION_STATUS_VALUES = frozenset(
    (
        "DRAFT",
        "ACTIVE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormVersionSummary:
    """Summary information about an evaluation form.

    Fields:

    - ``evaluation_form_arn``: The Amazon Resource Name (ARN) for the evaluation form resource.
    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``evaluation_form_version``: A version of the evaluation form.
    - ``locked``: The flag indicating whether the evaluation form is locked for changes.
    - ``status``: The status of the evaluation form.
    - ``created_time``: The timestamp for when the evaluation form was created.
    - ``created_by``: The Amazon Resource Name (ARN) of the user who created the evaluation form.
    - ``last_modified_time``: The timestamp for when the evaluation form was last updated.
    - ``last_modified_by``: The Amazon Resource Name (ARN) of the user who last updated the evaluation form.
    """

    evaluation_form_arn: str | None
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    evaluation_form_id: str | None
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int | None
    """A version of the evaluation form."""

    locked: bool | None
    """The flag indicating whether the evaluation form is locked for changes."""

    status: str | None
    """The status of the evaluation form."""

    created_time: _dt.datetime | None
    """The timestamp for when the evaluation form was created."""

    created_by: str | None
    """The Amazon Resource Name (ARN) of the user who created the evaluation
    form.
    """

    last_modified_time: _dt.datetime | None
    """The timestamp for when the evaluation form was last updated."""

    last_modified_by: str | None
    """The Amazon Resource Name (ARN) of the user who last updated the
    evaluation form.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_form_arn
        if value is None:
            errors.append(prefix + "evaluation_form_arn: required but missing")
        else:
            path = prefix + "evaluation_form_arn"
            _rt.check_str(errors, path, value)
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
        value = self.locked
        if value is None:
            errors.append(prefix + "locked: required but missing")
        else:
            path = prefix + "locked"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.status
        if value is None:
            errors.append(prefix + "status: required but missing")
        else:
            path = prefix + "status"
            _rt.check_str(
                errors, path, value, enum=_EVALUATION_FORM_VERSION_STATUS_VALUES
            )
        value = self.created_time
        if value is None:
            errors.append(prefix + "created_time: required but missing")
        else:
            path = prefix + "created_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.created_by
        if value is None:
            errors.append(prefix + "created_by: required but missing")
        else:
            path = prefix + "created_by"
            _rt.check_str(errors, path, value)
        value = self.last_modified_time
        if value is None:
            errors.append(prefix + "last_modified_time: required but missing")
        else:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_by
        if value is None:
            errors.append(prefix + "last_modified_by: required but missing")
        else:
            path = prefix + "last_modified_by"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.evaluation_form_arn is not None:
            result["EvaluationFormArn"] = self.evaluation_form_arn
        if self.evaluation_form_id is not None:
            result["EvaluationFormId"] = self.evaluation_form_id
        if self.evaluation_form_version is not None:
            result["EvaluationFormVersion"] = self.evaluation_form_version
        if self.locked is not None:
            result["Locked"] = self.locked
        if self.status is not None:
            result["Status"] = self.status
        if self.created_time is not None:
            result["CreatedTime"] = self.created_time
        if self.created_by is not None:
            result["CreatedBy"] = self.created_by
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_by is not None:
            result["LastModifiedBy"] = self.last_modified_by
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormVersionSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationFormVersionSummary")
        return cls(
            evaluation_form_arn=data.get("EvaluationFormArn"),
            evaluation_form_id=data.get("EvaluationFormId"),
            evaluation_form_version=data.get("EvaluationFormVersion"),
            locked=data.get("Locked"),
            status=data.get("Status"),
            created_time=data.get("CreatedTime"),
            created_by=data.get("CreatedBy"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_by=data.get("LastModifiedBy"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormVersionSummary:
        draft = _EvaluationFormVersionSummaryDraft()
        try:
            draft.evaluation_form_arn = (
                None
                if (value := data.get("EvaluationFormArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationFormArn")
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
            draft.evaluation_form_version = (
                None
                if (value := data.get("EvaluationFormVersion")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "EvaluationFormVersion")
                )
            )
            draft.locked = (
                None
                if (value := data.get("Locked")) is None
                else (
                    value if type(value) is bool else _rt.expect_bool(value, "Locked")
                )
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.created_time = (
                None
                if (value := data.get("CreatedTime")) is None
                else _rt.parse_timestamp(value, "CreatedTime")
            )
            draft.created_by = (
                None
                if (value := data.get("CreatedBy")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "CreatedBy")
                )
            )
            draft.last_modified_time = (
                None
                if (value := data.get("LastModifiedTime")) is None
                else _rt.parse_timestamp(value, "LastModifiedTime")
            )
            draft.last_modified_by = (
                None
                if (value := data.get("LastModifiedBy")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "LastModifiedBy")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormVersionSummaryDraft:
    """A :class:`EvaluationFormVersionSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "evaluation_form_arn",
        "evaluation_form_id",
        "evaluation_form_version",
        "locked",
        "status",
        "created_time",
        "created_by",
        "last_modified_time",
        "last_modified_by",
    )
    evaluation_form_arn: str | None
    evaluation_form_id: str | None
    evaluation_form_version: int | None
    locked: bool | None
    status: str | None
    created_time: _dt.datetime | None
    created_by: str | None
    last_modified_time: _dt.datetime | None
    last_modified_by: str | None


def new_evaluation_form_version_summary(
    evaluation_form_arn: str,
    evaluation_form_id: str,
    evaluation_form_version: int,
    locked: bool,
    status: str,
    created_time: _dt.datetime,
    created_by: str,
    last_modified_time: _dt.datetime,
    last_modified_by: str,
) -> EvaluationFormVersionSummary:
    """Create a :class:`EvaluationFormVersionSummary` with all optional fields omitted."""
    return EvaluationFormVersionSummary(
        evaluation_form_arn=evaluation_form_arn,
        evaluation_form_id=evaluation_form_id,
        evaluation_form_version=evaluation_form_version,
        locked=locked,
        status=status,
        created_time=created_time,
        created_by=created_by,
        last_modified_time=last_modified_time,
        last_modified_by=last_modified_by,
    )


evaluation_form_version_summary_evaluation_form_arn = _rt.Lens[
    EvaluationFormVersionSummary, str | None
](
    lambda s: s.evaluation_form_arn,
    lambda s, v: _dc.replace(s, evaluation_form_arn=v),
    "evaluation_form_version_summary_evaluation_form_arn",
)
"""Lens on :attr:`EvaluationFormVersionSummary.evaluation_form_arn`."""


evaluation_form_version_summary_evaluation_form_id = _rt.Lens[
    EvaluationFormVersionSummary, str | None
](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "evaluation_form_version_summary_evaluation_form_id",
)
"""Lens on :attr:`EvaluationFormVersionSummary.evaluation_form_id`."""


evaluation_form_version_summary_evaluation_form_version = _rt.Lens[
    EvaluationFormVersionSummary, int | None
](
    lambda s: s.evaluation_form_version,
    lambda s, v: _dc.replace(s, evaluation_form_version=v),
    "evaluation_form_version_summary_evaluation_form_version",
)
"""Lens on :attr:`EvaluationFormVersionSummary.evaluation_form_version`."""


evaluation_form_version_summary_locked = _rt.Lens[
    EvaluationFormVersionSummary, bool | None
](
    lambda s: s.locked,
    lambda s, v: _dc.replace(s, locked=v),
    "evaluation_form_version_summary_locked",
)
"""Lens on :attr:`EvaluationFormVersionSummary.locked`."""


evaluation_form_version_summary_status = _rt.Lens[
    EvaluationFormVersionSummary, str | None
](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "evaluation_form_version_summary_status",
)
"""Lens on :attr:`EvaluationFormVersionSummary.status`."""


evaluation_form_version_summary_created_time = _rt.Lens[
    EvaluationFormVersionSummary, _dt.datetime | None
](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "evaluation_form_version_summary_created_time",
)
"""Lens on :attr:`EvaluationFormVersionSummary.created_time`."""


evaluation_form_version_summary_created_by = _rt.Lens[
    EvaluationFormVersionSummary, str | None
](
    lambda s: s.created_by,
    lambda s, v: _dc.replace(s, created_by=v),
    "evaluation_form_version_summary_created_by",
)
"""Lens on :attr:`EvaluationFormVersionSummary.created_by`."""


evaluation_form_version_summary_last_modified_time = _rt.Lens[
    EvaluationFormVersionSummary, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "evaluation_form_version_summary_last_modified_time",
)
"""Lens on :attr:`EvaluationFormVersionSummary.last_modified_time`."""


evaluation_form_version_summary_last_modified_by = _rt.Lens[
    EvaluationFormVersionSummary, str | None
](
    lambda s: s.last_modified_by,
    lambda s, v: _dc.replace(s, last_modified_by=v),
    "evaluation_form_version_summary_last_modified_by",
)
"""Lens on :attr:`EvaluationFormVersionSummary.last_modified_by`."""
