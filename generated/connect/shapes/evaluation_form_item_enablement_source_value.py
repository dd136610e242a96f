"""The EvaluationFormItemEnablementSourceValue shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_EVALUATION_FORM_ITEM_ENABLEMENT_SOURCE_VALUE_TYPE_VALUES = frozenset(
    ("OPTION_REF_ID",)
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormItemEnablementSourceValue:
    """An enablement expression source value.

    Fields:

    - ``type``: A type of source item value.
    - ``ref_id``: A referenceId of the source value.
    """

    type: str | None
    """A type of source item value."""

    ref_id: str | None = None
    """A referenceId of the source value."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is None:
            errors.append(prefix + "type: required but missing")
        else:
            path = prefix + "type"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_EVALUATION_FORM_ITEM_ENABLEMENT_SOURCE_VALUE_TYPE_VALUES,
            )
        value = self.ref_id
        if value is not None:
            path = prefix + "ref_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.ref_id is not None:
            result["RefId"] = self.ref_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormItemEnablementSourceValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormItemEnablementSourceValue"
        )
        return cls(
            type=data.get("Type"),
            ref_id=data.get("RefId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.type is not None:
            data["Type"] = self.type
        if self.ref_id is not None:
            data["RefId"] = self.ref_id
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormItemEnablementSourceValue:
        draft = _EvaluationFormItemEnablementSourceValueDraft()
        try:
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.ref_id = (
                None
                if (value := data.get("RefId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "RefId"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormItemEnablementSourceValueDraft:
    """A :class:`EvaluationFormItemEnablementSourceValue` being decoded (see ``_rt.seal``)."""

    __slots__ = ("type", "ref_id")
    type: str | None
    ref_id: str | None


def new_evaluation_form_item_enablement_source_value(
    type: str,
) -> EvaluationFormItemEnablementSourceValue:
    """Create a :class:`EvaluationFormItemEnablementSourceValue` with all optional fields omitted."""
    return EvaluationFormItemEnablementSourceValue(
        type=type,
    )


evaluation_form_item_enablement_source_value_type = _rt.Lens[
    EvaluationFormItemEnablementSourceValue, str | None
](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "evaluation_form_item_enablement_source_value_type",
)
"""Lens on :attr:`EvaluationFormItemEnablementSourceValue.type`."""


evaluation_form_item_enablement_source_value_ref_id = _rt.Lens[
    EvaluationFormItemEnablementSourceValue, str | None
](
    lambda s: s.ref_id,
    lambda s, v: _dc.replace(s, ref_id=v),
    "evaluation_form_item_enablement_source_value_ref_id",
)
"""Lens on :attr:`EvaluationFormItemEnablementSourceValue.ref_id`."""
