"""The EvaluationAnswerData shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationAnswerData:
    """Information about answer data for a contact evaluation. Answer data must
    be either string, numeric, or not applicable.

    Fields:

    - ``string_value``: The string value for an answer in a contact evaluation.
    - ``numeric_value``: The numeric value for an answer in a contact evaluation.
    - ``string_values``: String values provided as answers to evaluation questions.
    - ``date_time_value``: Date and time value provided as an answer to an evaluation question.
    - ``not_applicable``: The flag to mark the question as not applicable.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    string_value: str | None = None
    """The string value for an answer in a contact evaluation."""

    numeric_value: float | None = None
    """The numeric value for an answer in a contact evaluation."""

    string_values: list[str] | None = None
    """String values provided as answers to evaluation questions."""

    date_time_value: str | None = None
    """Date and time value provided as an answer to an evaluation question."""

    not_applicable: bool | None = None
    """The flag to mark the question as not applicable."""

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
        value = self.string_value
        if value is not None:
            path = prefix + "string_value"
            _rt.check_str(errors, path, value, min_len=0, max_len=300)
        value = self.numeric_value
        if value is not None:
            path = prefix + "numeric_value"
            _rt.check_number(errors, path, value, False)
        value = self.string_values
        if value is not None:
            path = prefix + "string_values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=300)
        value = self.date_time_value
        if value is not None:
            path = prefix + "date_time_value"
            _rt.check_str(errors, path, value)
        value = self.not_applicable
        if value is not None:
            path = prefix + "not_applicable"
            _rt.check_type(errors, path, value, bool, "bool")
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "EvaluationAnswerData")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "EvaluationAnswerData",
            (self.string_value is not None)
            + (self.numeric_value is not None)
            + (self.string_values is not None)
            + (self.date_time_value is not None)
            + (self.not_applicable is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.string_value is not None:
            result["StringValue"] = self.string_value
        if self.numeric_value is not None:
            result["NumericValue"] = self.numeric_value
        if self.string_values is not None:
            result["StringValues"] = list(self.string_values)
        if self.date_time_value is not None:
            result["DateTimeValue"] = self.date_time_value
        if self.not_applicable is not None:
            result["NotApplicable"] = self.not_applicable
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationAnswerData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationAnswerData")
        return cls(
            string_value=data.get("StringValue"),
            numeric_value=data.get("NumericValue"),
            string_values=(
                None
                if (value := data.get("StringValues")) is None
                else list(_rt.expect_sequence(value, path + "StringValues"))
            ),
            date_time_value=data.get("DateTimeValue"),
            not_applicable=data.get("NotApplicable"),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.string_value is not None:
            data["StringValue"] = self.string_value
        if self.numeric_value is not None:
            data["NumericValue"] = _rt.float_to_json(self.numeric_value)
        if self.string_values is not None:
            data["StringValues"] = self.string_values
        if self.date_time_value is not None:
            data["DateTimeValue"] = self.date_time_value
        if self.not_applicable is not None:
            data["NotApplicable"] = self.not_applicable
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationAnswerData:
        draft = _EvaluationAnswerDataDraft()
        try:
            draft.string_value = (
                None
                if (value := data.get("StringValue")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "StringValue")
                )
            )
            draft.numeric_value = (
                None
                if (value := data.get("NumericValue")) is None
                else _rt.expect_float(value, "NumericValue")
            )
            draft.string_values = (
                None
                if (value := data.get("StringValues")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "StringValues"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "StringValues")
                    )
                    if v1 is not None
                ]
            )
            draft.date_time_value = (
                None
                if (value := data.get("DateTimeValue")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DateTimeValue")
                )
            )
            draft.not_applicable = (
                None
                if (value := data.get("NotApplicable")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "NotApplicable")
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "StringValue",
                    "NumericValue",
                    "StringValues",
                    "DateTimeValue",
                    "NotApplicable",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationAnswerDataDraft:
    """A :class:`EvaluationAnswerData` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "string_value",
        "numeric_value",
        "string_values",
        "date_time_value",
        "not_applicable",
        "sdk_unknown_member",
    )
    string_value: str | None
    numeric_value: float | None
    string_values: list[str] | None
    date_time_value: str | None
    not_applicable: bool | None
    sdk_unknown_member: str | None


def new_evaluation_answer_data() -> EvaluationAnswerData:
    """Create a :class:`EvaluationAnswerData` with all optional fields omitted."""
    return EvaluationAnswerData()


evaluation_answer_data_sdk_unknown_member = _rt.Lens[EvaluationAnswerData, str | None](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "evaluation_answer_data_sdk_unknown_member",
)
"""Lens on :attr:`EvaluationAnswerData.sdk_unknown_member`."""


evaluation_answer_data_string_value = _rt.Lens[EvaluationAnswerData, str | None](
    lambda s: s.string_value,
    lambda s, v: _dc.replace(s, string_value=v),
    "evaluation_answer_data_string_value",
)
"""Lens on :attr:`EvaluationAnswerData.string_value`."""


evaluation_answer_data_numeric_value = _rt.Lens[EvaluationAnswerData, float | None](
    lambda s: s.numeric_value,
    lambda s, v: _dc.replace(s, numeric_value=v),
    "evaluation_answer_data_numeric_value",
)
"""Lens on :attr:`EvaluationAnswerData.numeric_value`."""


evaluation_answer_data_string_values = _rt.Lens[EvaluationAnswerData, list[str] | None](
    lambda s: s.string_values,
    lambda s, v: _dc.replace(s, string_values=v),
    "evaluation_answer_data_string_values",
)
"""Lens on :attr:`EvaluationAnswerData.string_values`."""


evaluation_answer_data_date_time_value = _rt.Lens[EvaluationAnswerData, str | None](
    lambda s: s.date_time_value,
    lambda s, v: _dc.replace(s, date_time_value=v),
    "evaluation_answer_data_date_time_value",
)
"""Lens on :attr:`EvaluationAnswerData.date_time_value`."""


evaluation_answer_data_not_applicable = _rt.Lens[EvaluationAnswerData, bool | None](
    lambda s: s.not_applicable,
    lambda s, v: _dc.replace(s, not_applicable=v),
    "evaluation_answer_data_not_applicable",
)
"""Lens on :attr:`EvaluationAnswerData.not_applicable`."""
