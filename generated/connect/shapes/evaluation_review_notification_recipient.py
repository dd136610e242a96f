"""The EvaluationReviewNotificationRecipient shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_review_notification_recipient_value import (
    EvaluationReviewNotificationRecipientValue,
)

_EVALUATION_REVIEW_NOTIFICATION_RECIPIENT_TYPE_VALUES = frozenset(("USER_ID",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationReviewNotificationRecipient:
    """Information about a recipient who should be notified when an evaluation
    review is requested.

    Fields:

    - ``type``: The type of notification recipient.
    - ``value``: The value associated with the notification recipient type.
    """

    type: str | None
    """The type of notification recipient."""

    value: EvaluationReviewNotificationRecipientValue | None
    """The value associated with the notification recipient type."""

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
                enum=_EVALUATION_REVIEW_NOTIFICATION_RECIPIENT_TYPE_VALUES,
            )
        value = self.value
        if value is None:
            errors.append(prefix + "value: required but missing")
        else:
            path = prefix + "value"
            if isinstance(value, EvaluationReviewNotificationRecipientValue):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationReviewNotificationRecipientValue, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.value is not None:
            result["Value"] = self.value.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationReviewNotificationRecipient:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationReviewNotificationRecipient"
        )
        return cls(
            type=data.get("Type"),
            value=(
                None
                if (value := data.get("Value")) is None
                else EvaluationReviewNotificationRecipientValue.from_dict(
                    value, path=path + "Value" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.type is not None:
            data["Type"] = self.type
        if self.value is not None:
            data["Value"] = self.value._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationReviewNotificationRecipient:
        draft = _EvaluationReviewNotificationRecipientDraft()
        try:
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else EvaluationReviewNotificationRecipientValue._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Value")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationReviewNotificationRecipientDraft:
    """A :class:`EvaluationReviewNotificationRecipient` being decoded (see ``_rt.seal``)."""

    __slots__ = ("type", "value")
    type: str | None
    value: EvaluationReviewNotificationRecipientValue | None


def new_evaluation_review_notification_recipient(
    type: str,
    value: EvaluationReviewNotificationRecipientValue,
) -> EvaluationReviewNotificationRecipient:
    """Create a :class:`EvaluationReviewNotificationRecipient` with all optional fields omitted."""
    return EvaluationReviewNotificationRecipient(
        type=type,
        value=value,
    )


evaluation_review_notification_recipient_type = _rt.Lens[
    EvaluationReviewNotificationRecipient, str | None
](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "evaluation_review_notification_recipient_type",
)
"""Lens on :attr:`EvaluationReviewNotificationRecipient.type`."""


evaluation_review_notification_recipient_value = _rt.Lens[
    EvaluationReviewNotificationRecipient,
    EvaluationReviewNotificationRecipientValue | None,
](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "evaluation_review_notification_recipient_value",
)
"""Lens on :attr:`EvaluationReviewNotificationRecipient.value`."""
