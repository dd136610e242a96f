"""The EvaluationReviewConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_review_notification_recipient import (
    EvaluationReviewNotificationRecipient,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationReviewConfiguration:
    """Configuration settings for evaluation reviews.

    Fields:

    - ``review_notification_recipients``: List of recipients who should be notified when a review is requested.
    - ``eligibility_days``: Number of days during which a request for review can be submitted for evaluations created from this form.
    """

    review_notification_recipients: list[EvaluationReviewNotificationRecipient] | None
    """List of recipients who should be notified when a review is requested."""

    eligibility_days: int | None = None
    """Number of days during which a request for review can be submitted for
    evaluations created from this form.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.review_notification_recipients
        if value is None:
            errors.append(
                prefix + "review_notification_recipients: required but missing"
            )
        else:
            path = prefix + "review_notification_recipients"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, None)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationReviewNotificationRecipient):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationReviewNotificationRecipient, got {type(v1).__name__}"
                            )
        value = self.eligibility_days
        if value is not None:
            path = prefix + "eligibility_days"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.review_notification_recipients is not None:
            result["ReviewNotificationRecipients"] = [
                v1.to_dict() for v1 in self.review_notification_recipients
            ]
        if self.eligibility_days is not None:
            result["EligibilityDays"] = self.eligibility_days
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationReviewConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationReviewConfiguration")
        return cls(
            review_notification_recipients=(
                None
                if (value := data.get("ReviewNotificationRecipients")) is None
                else [
                    EvaluationReviewNotificationRecipient.from_dict(
                        v1, path=path + "ReviewNotificationRecipients" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "ReviewNotificationRecipients"
                        )
                    )
                ]
            ),
            eligibility_days=data.get("EligibilityDays"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.review_notification_recipients is not None:
            data["ReviewNotificationRecipients"] = [
                v1._to_json() for v1 in self.review_notification_recipients
            ]
        if self.eligibility_days is not None:
            data["EligibilityDays"] = self.eligibility_days
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationReviewConfiguration:
        draft = _EvaluationReviewConfigurationDraft()
        try:
            draft.review_notification_recipients = (
                None
                if (value := data.get("ReviewNotificationRecipients")) is None
                else [
                    EvaluationReviewNotificationRecipient._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "ReviewNotificationRecipients")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ReviewNotificationRecipients")
                    )
                    if v1 is not None
                ]
            )
            draft.eligibility_days = (
                None
                if (value := data.get("EligibilityDays")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "EligibilityDays")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationReviewConfigurationDraft:
    """A :class:`EvaluationReviewConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("review_notification_recipients", "eligibility_days")
    review_notification_recipients: list[EvaluationReviewNotificationRecipient] | None
    eligibility_days: int | None


def new_evaluation_review_configuration(
    review_notification_recipients: list[EvaluationReviewNotificationRecipient],
) -> EvaluationReviewConfiguration:
    """Create a :class:`EvaluationReviewConfiguration` with all optional fields omitted."""
    return EvaluationReviewConfiguration(
        review_notification_recipients=review_notification_recipients,
    )


evaluation_review_configuration_review_notification_recipients = _rt.Lens[
    EvaluationReviewConfiguration, list[EvaluationReviewNotificationRecipient] | None
](
    lambda s: s.review_notification_recipients,
    lambda s, v: _dc.replace(s, review_notification_recipients=v),
    "evaluation_review_configuration_review_notification_recipients",
)
"""Lens on :attr:`EvaluationReviewConfiguration.review_notification_recipients`."""


evaluation_review_configuration_eligibility_days = _rt.Lens[
    EvaluationReviewConfiguration, int | None
](
    lambda s: s.eligibility_days,
    lambda s, v: _dc.replace(s, eligibility_days=v),
    "evaluation_review_configuration_eligibility_days",
)
"""Lens on :attr:`EvaluationReviewConfiguration.eligibility_days`."""
