"""The ContactEvaluation shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_STATUS_VALUES = frozenset(
    (
        "COMPLETE",
        "IN_PROGRESS",
        "DELETED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactEvaluation:
    """Information about the contact evaluations where the key is the FormId,
    which is a unique identifier for the form.

    Fields:

    - ``form_id``: The ``FormId`` of the contact evaluation.
    - ``evaluation_arn``: The Amazon Resource Name for the evaluation form.
    - ``status``: The status of the evaluation.
    - ``start_timestamp``: The date and time when the evaluation was started, in UTC time.
    - ``end_timestamp``: The date and time when the evaluation was submitted, in UTC time.
    - ``delete_timestamp``: The date and time when the evaluation was deleted, in UTC time.
    - ``export_location``: The path where evaluation was exported.
    """

    form_id: str | None = None
    """The ``FormId`` of the contact evaluation."""

    evaluation_arn: str | None = None
    """The Amazon Resource Name for the evaluation form. It is always present."""

    status: str | None = None
    """The status of the evaluation."""

    start_timestamp: _dt.datetime | None = None
    """The date and time when the evaluation was started, in UTC time."""

    end_timestamp: _dt.datetime | None = None
    """The date and time when the evaluation was submitted, in UTC time."""

    delete_timestamp: _dt.datetime | None = None
    """The date and time when the evaluation was deleted, in UTC time."""

    export_location: str | None = None
    """The path where evaluation was exported."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.form_id
        if value is not None:
            path = prefix + "form_id"
            _rt.check_str(errors, path, value)
        value = self.evaluation_arn
        if value is not None:
            path = prefix + "evaluation_arn"
            _rt.check_str(errors, path, value)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_STATUS_VALUES)
        value = self.start_timestamp
        if value is not None:
            path = prefix + "start_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.end_timestamp
        if value is not None:
            path = prefix + "end_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.delete_timestamp
        if value is not None:
            path = prefix + "delete_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.export_location
        if value is not None:
            path = prefix + "export_location"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.form_id is not None:
            result["FormId"] = self.form_id
        if self.evaluation_arn is not None:
            result["EvaluationArn"] = self.evaluation_arn
        if self.status is not None:
            result["Status"] = self.status
        if self.start_timestamp is not None:
            result["StartTimestamp"] = self.start_timestamp
        if self.end_timestamp is not None:
            result["EndTimestamp"] = self.end_timestamp
        if self.delete_timestamp is not None:
            result["DeleteTimestamp"] = self.delete_timestamp
        if self.export_location is not None:
            result["ExportLocation"] = self.export_location
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactEvaluation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactEvaluation")
        return cls(
            form_id=data.get("FormId"),
            evaluation_arn=data.get("EvaluationArn"),
            status=data.get("Status"),
            start_timestamp=data.get("StartTimestamp"),
            end_timestamp=data.get("EndTimestamp"),
            delete_timestamp=data.get("DeleteTimestamp"),
            export_location=data.get("ExportLocation"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactEvaluation:
        draft = _ContactEvaluationDraft()
        try:
            draft.form_id = (
                None
                if (value := data.get("FormId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "FormId"))
            )
            draft.evaluation_arn = (
                None
                if (value := data.get("EvaluationArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EvaluationArn")
                )
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.start_timestamp = (
                None
                if (value := data.get("StartTimestamp")) is None
                else _rt.parse_timestamp(value, "StartTimestamp")
            )
            draft.end_timestamp = (
                None
                if (value := data.get("EndTimestamp")) is None
                else _rt.parse_timestamp(value, "EndTimestamp")
            )
            draft.delete_timestamp = (
                None
                if (value := data.get("DeleteTimestamp")) is None
                else _rt.parse_timestamp(value, "DeleteTimestamp")
            )
            draft.export_location = (
                None
                if (value := data.get("ExportLocation")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ExportLocation")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactEvaluationDraft:
    """A :class:`ContactEvaluation` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "form_id",
        "evaluation_arn",
        "status",
        "start_timestamp",
        "end_timestamp",
        "delete_timestamp",
        "export_location",
    )
    form_id: str | None
    evaluation_arn: str | None
    status: str | None
    start_timestamp: _dt.datetime | None
    end_timestamp: _dt.datetime | None
    delete_timestamp: _dt.datetime | None
    export_location: str | None


def new_contact_evaluation() -> ContactEvaluation:
    """Create a :class:`ContactEvaluation` with all optional fields omitted."""
    return ContactEvaluation()


contact_evaluation_form_id = _rt.Lens[ContactEvaluation, str | None](
    lambda s: s.form_id,
    lambda s, v: _dc.replace(s, form_id=v),
    "contact_evaluation_form_id",
)
"""Lens on :attr:`ContactEvaluation.form_id`."""


contact_evaluation_evaluation_arn = _rt.Lens[ContactEvaluation, str | None](
    lambda s: s.evaluation_arn,
    lambda s, v: _dc.replace(s, evaluation_arn=v),
    "contact_evaluation_evaluation_arn",
)
"""Lens on :attr:`ContactEvaluation.evaluation_arn`."""


contact_evaluation_status = _rt.Lens[ContactEvaluation, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "contact_evaluation_status",
)
"""Lens on :attr:`ContactEvaluation.status`."""


contact_evaluation_start_timestamp = _rt.Lens[ContactEvaluation, _dt.datetime | None](
    lambda s: s.start_timestamp,
    lambda s, v: _dc.replace(s, start_timestamp=v),
    "contact_evaluation_start_timestamp",
)
"""Lens on :attr:`ContactEvaluation.start_timestamp`."""


contact_evaluation_end_timestamp = _rt.Lens[ContactEvaluation, _dt.datetime | None](
    lambda s: s.end_timestamp,
    lambda s, v: _dc.replace(s, end_timestamp=v),
    "contact_evaluation_end_timestamp",
)
"""Lens on :attr:`ContactEvaluation.end_timestamp`."""


contact_evaluation_delete_timestamp = _rt.Lens[ContactEvaluation, _dt.datetime | None](
    lambda s: s.delete_timestamp,
    lambda s, v: _dc.replace(s, delete_timestamp=v),
    "contact_evaluation_delete_timestamp",
)
"""Lens on :attr:`ContactEvaluation.delete_timestamp`."""


contact_evaluation_export_location = _rt.Lens[ContactEvaluation, str | None](
    lambda s: s.export_location,
    lambda s, v: _dc.replace(s, export_location=v),
    "contact_evaluation_export_location",
)
"""Lens on :attr:`ContactEvaluation.export_location`."""
