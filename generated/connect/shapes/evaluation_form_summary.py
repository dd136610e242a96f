"""The EvaluationFormSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormSummary:
    """Summary information about an evaluation form.

    Fields:

    - ``evaluation_form_id``: The unique identifier for the evaluation form.
    - ``evaluation_form_arn``: The Amazon Resource Name (ARN) for the evaluation form resource.
    - ``title``: A title of the evaluation form.
    - ``created_time``: The timestamp for when the evaluation form was created.
    - ``created_by``: The Amazon Resource Name (ARN) of the user who created the evaluation form.
    - ``last_modified_time``: The timestamp for when the evaluation form was last updated.
    - ``last_modified_by``: The Amazon Resource Name (ARN) of the user who last updated the evaluation form.
    - ``latest_version``: The version number of the latest evaluation form version.
    - ``last_activated_time``: The timestamp for when the evaluation form was last activated.
    - ``last_activated_by``: The Amazon Resource Name (ARN) of the user who last activated the evaluation form.
    - ``active_version``: The version of the active evaluation form version.
    """

    evaluation_form_id: str | None
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str | None
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    title: str | None
    """A title of the evaluation form."""

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

    latest_version: int | None
    """The version number of the latest evaluation form version."""

    last_activated_time: _dt.datetime | None = None
    """The timestamp for when the evaluation form was last activated."""

    last_activated_by: str | None = None
    """The Amazon Resource Name (ARN) of the user who last activated the
    evaluation form.
    """

    active_version: int | None = None
    """The version of the active evaluation form version."""

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
        value = self.title
        if value is None:
            errors.append(prefix + "title: required but missing")
        else:
            path = prefix + "title"
            _rt.check_str(errors, path, value)
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
        value = self.latest_version
        if value is None:
            errors.append(prefix + "latest_version: required but missing")
        else:
            path = prefix + "latest_version"
            _rt.check_number(errors, path, value, True)
        value = self.last_activated_time
        if value is not None:
            path = prefix + "last_activated_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_activated_by
        if value is not None:
            path = prefix + "last_activated_by"
            _rt.check_str(errors, path, value)
        value = self.active_version
        if value is not None:
            path = prefix + "active_version"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.evaluation_form_id is not None:
            result["EvaluationFormId"] = self.evaluation_form_id
        if self.evaluation_form_arn is not None:
            result["EvaluationFormArn"] = self.evaluation_form_arn
        if self.title is not None:
            result["Title"] = self.title
        if self.created_time is not None:
            result["CreatedTime"] = self.created_time
        if self.created_by is not None:
            result["CreatedBy"] = self.created_by
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_by is not None:
            result["LastModifiedBy"] = self.last_modified_by
        if self.latest_version is not None:
            result["LatestVersion"] = self.latest_version
        if self.last_activated_time is not None:
            result["LastActivatedTime"] = self.last_activated_time
        if self.last_activated_by is not None:
            result["LastActivatedBy"] = self.last_activated_by
        if self.active_version is not None:
            result["ActiveVersion"] = self.active_version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationFormSummary")
        return cls(
            evaluation_form_id=data.get("EvaluationFormId"),
            evaluation_form_arn=data.get("EvaluationFormArn"),
            title=data.get("Title"),
            created_time=data.get("CreatedTime"),
            created_by=data.get("CreatedBy"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_by=data.get("LastModifiedBy"),
            latest_version=data.get("LatestVersion"),
            last_activated_time=data.get("LastActivatedTime"),
            last_activated_by=data.get("LastActivatedBy"),
            active_version=data.get("ActiveVersion"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormSummary:
        draft = _EvaluationFormSummaryDraft()
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
            draft.title = (
                None
                if (value := data.get("Title")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Title"))
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
            draft.latest_version = (
                None
                if (value := data.get("LatestVersion")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "LatestVersion")
                )
            )
            draft.last_activated_time = (
                None
                if (value := data.get("LastActivatedTime")) is None
                else _rt.parse_timestamp(value, "LastActivatedTime")
            )
            draft.last_activated_by = (
                None
                if (value := data.get("LastActivatedBy")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "LastActivatedBy")
                )
            )
            draft.active_version = (
                None
                if (value := data.get("ActiveVersion")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "ActiveVersion")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormSummaryDraft:
    """A :class:`EvaluationFormSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "evaluation_form_id",
        "evaluation_form_arn",
        "title",
        "created_time",
        "created_by",
        "last_modified_time",
        "last_modified_by",
        "latest_version",
        "last_activated_time",
        "last_activated_by",
        "active_version",
    )
    evaluation_form_id: str | None
    evaluation_form_arn: str | None
    title: str | None
    created_time: _dt.datetime | None
    created_by: str | None
    last_modified_time: _dt.datetime | None
    last_modified_by: str | None
    latest_version: int | None
    last_activated_time: _dt.datetime | None
    last_activated_by: str | None
    active_version: int | None


def new_evaluation_form_summary(
    evaluation_form_id: str,
    evaluation_form_arn: str,
    title: str,
    created_time: _dt.datetime,
    created_by: str,
    last_modified_time: _dt.datetime,
    last_modified_by: str,
    latest_version: int,
) -> EvaluationFormSummary:
    """Create a :class:`EvaluationFormSummary` with all optional fields omitted."""
    return EvaluationFormSummary(
        evaluation_form_id=evaluation_form_id,
        evaluation_form_arn=evaluation_form_arn,
        title=title,
        created_time=created_time,
        created_by=created_by,
        last_modified_time=last_modified_time,
        last_modified_by=last_modified_by,
        latest_version=latest_version,
    )


evaluation_form_summary_evaluation_form_id = _rt.Lens[
    EvaluationFormSummary, str | None
](
    lambda s: s.evaluation_form_id,
    lambda s, v: _dc.replace(s, evaluation_form_id=v),
    "evaluation_form_summary_evaluation_form_id",
)
"""Lens on :attr:`EvaluationFormSummary.evaluation_form_id`."""


evaluation_form_summary_evaluation_form_arn = _rt.Lens[
    EvaluationFormSummary, str | None
](
    lambda s: s.evaluation_form_arn,
    lambda s, v: _dc.replace(s, evaluation_form_arn=v),
    "evaluation_form_summary_evaluation_form_arn",
)
"""Lens on :attr:`EvaluationFormSummary.evaluation_form_arn`."""


evaluation_form_summary_title = _rt.Lens[EvaluationFormSummary, str | None](
    lambda s: s.title,
    lambda s, v: _dc.replace(s, title=v),
    "evaluation_form_summary_title",
)
"""Lens on :attr:`EvaluationFormSummary.title`."""


evaluation_form_summary_created_time = _rt.Lens[
    EvaluationFormSummary, _dt.datetime | None
](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "evaluation_form_summary_created_time",
)
"""Lens on :attr:`EvaluationFormSummary.created_time`."""


evaluation_form_summary_created_by = _rt.Lens[EvaluationFormSummary, str | None](
    lambda s: s.created_by,
    lambda s, v: _dc.replace(s, created_by=v),
    "evaluation_form_summary_created_by",
)
"""Lens on :attr:`EvaluationFormSummary.created_by`."""


evaluation_form_summary_last_modified_time = _rt.Lens[
    EvaluationFormSummary, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "evaluation_form_summary_last_modified_time",
)
"""Lens on :attr:`EvaluationFormSummary.last_modified_time`."""


evaluation_form_summary_last_modified_by = _rt.Lens[EvaluationFormSummary, str | None](
    lambda s: s.last_modified_by,
    lambda s, v: _dc.replace(s, last_modified_by=v),
    "evaluation_form_summary_last_modified_by",
)
"""Lens on :attr:`EvaluationFormSummary.last_modified_by`."""


evaluation_form_summary_latest_version = _rt.Lens[EvaluationFormSummary, int | None](
    lambda s: s.latest_version,
    lambda s, v: _dc.replace(s, latest_version=v),
    "evaluation_form_summary_latest_version",
)
"""Lens on :attr:`EvaluationFormSummary.latest_version`."""


evaluation_form_summary_last_activated_time = _rt.Lens[
    EvaluationFormSummary, _dt.datetime | None
](
    lambda s: s.last_activated_time,
    lambda s, v: _dc.replace(s, last_activated_time=v),
    "evaluation_form_summary_last_activated_time",
)
"""Lens on :attr:`EvaluationFormSummary.last_activated_time`."""


evaluation_form_summary_last_activated_by = _rt.Lens[EvaluationFormSummary, str | None](
    lambda s: s.last_activated_by,
    lambda s, v: _dc.replace(s, last_activated_by=v),
    "evaluation_form_summary_last_activated_by",
)
"""Lens on :attr:`EvaluationFormSummary.last_activated_by`."""


evaluation_form_summary_active_version = _rt.Lens[EvaluationFormSummary, int | None](
    lambda s: s.active_version,
    lambda s, v: _dc.replace(s, active_version=v),
    "evaluation_form_summary_active_version",
)
"""Lens on :attr:`EvaluationFormSummary.active_version`."""
