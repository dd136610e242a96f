"""The AutoEvaluationDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_AUTO_EVALUATION_STATUS_VALUES = frozenset(
    (
        "IN_PROGRESS",
        "FAILED",
        "SUCCEEDED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AutoEvaluationDetails:
    """Details about automated evaluations.

    Fields:

    - ``auto_evaluation_enabled``: Whether automated evaluation is enabled.
    - ``auto_evaluation_status``: The status of the contact auto-evaluation.
    """

    auto_evaluation_enabled: bool | None
    """Whether automated evaluation is enabled."""

    auto_evaluation_status: str | None = None
    """The status of the contact auto-evaluation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.auto_evaluation_enabled
        if value is None:
            errors.append(prefix + "auto_evaluation_enabled: required but missing")
        else:
            path = prefix + "auto_evaluation_enabled"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.auto_evaluation_status
        if value is not None:
            path = prefix + "auto_evaluation_status"
            _rt.check_str(errors, path, value, enum=_AUTO_EVALUATION_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.auto_evaluation_enabled is not None:
            result["AutoEvaluationEnabled"] = self.auto_evaluation_enabled
        if self.auto_evaluation_status is not None:
            result["AutoEvaluationStatus"] = self.auto_evaluation_status
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AutoEvaluationDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AutoEvaluationDetails")
        return cls(
            auto_evaluation_enabled=data.get("AutoEvaluationEnabled"),
            auto_evaluation_status=data.get("AutoEvaluationStatus"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AutoEvaluationDetails:
        draft = _AutoEvaluationDetailsDraft()
        try:
            draft.auto_evaluation_enabled = (
                None
                if (value := data.get("AutoEvaluationEnabled")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "AutoEvaluationEnabled")
                )
            )
            draft.auto_evaluation_status = (
                None
                if (value := data.get("AutoEvaluationStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AutoEvaluationStatus")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AutoEvaluationDetailsDraft:
    """A :class:`AutoEvaluationDetails` being decoded (see ``_rt.seal``)."""

    __slots__ = ("auto_evaluation_enabled", "auto_evaluation_status")
    auto_evaluation_enabled: bool | None
    auto_evaluation_status: str | None


def new_auto_evaluation_details(
    auto_evaluation_enabled: bool,
) -> AutoEvaluationDetails:
    """Create a :class:`AutoEvaluationDetails` with all optional fields omitted."""
    return AutoEvaluationDetails(
        auto_evaluation_enabled=auto_evaluation_enabled,
    )


auto_evaluation_details_auto_evaluation_enabled = _rt.Lens[
    AutoEvaluationDetails, bool | None
](
    lambda s: s.auto_evaluation_enabled,
    lambda s, v: _dc.replace(s, auto_evaluation_enabled=v),
    "auto_evaluation_details_auto_evaluation_enabled",
)
"""Lens on :attr:`AutoEvaluationDetails.auto_evaluation_enabled`."""


auto_evaluation_details_auto_evaluation_status = _rt.Lens[
    AutoEvaluationDetails, str | None
](
    lambda s: s.auto_evaluation_status,
    lambda s, v: _dc.replace(s, auto_evaluation_status=v),
    "auto_evaluation_details_auto_evaluation_status",
)
"""Lens on :attr:`AutoEvaluationDetails.auto_evaluation_status`."""
