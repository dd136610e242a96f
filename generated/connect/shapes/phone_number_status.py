"""The PhoneNumberStatus shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PHONE_NUMBER_WORKFLOW_STATUS_VALUES = frozenset(
    (
        "CLAIMED",
        "IN_PROGRESS",
        "FAILED",
    )
)
_PATTERN_1 = _rt.Pattern(
    "^[\\W\\S_]*",
    "(?a)^[\\W\\S_]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PhoneNumberStatus:
    """The status of the phone number.

    - ``CLAIMED`` means the previous `ClaimPhoneNumber
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html>`__
      or `UpdatePhoneNumber
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html>`__
      operation succeeded.
    - ``IN_PROGRESS`` means a `ClaimPhoneNumber
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html>`__,
      `UpdatePhoneNumber
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html>`__,
      or `UpdatePhoneNumberMetadata
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumberMetadata.html>`__
      operation is still in progress and has not yet completed. You can call
      `DescribePhoneNumber
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePhoneNumber.html>`__
      at a later time to verify if the previous operation has completed.
    - ``FAILED`` indicates that the previous `ClaimPhoneNumber
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html>`__
      or `UpdatePhoneNumber
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html>`__
      operation has failed. It will include a message indicating the failure
      reason. A common reason for a failure may be that the ``TargetArn``
      value you are claiming or updating a phone number to has reached its
      limit of total claimed numbers. If you received a ``FAILED`` status
      from a ``ClaimPhoneNumber`` API call, you have one day to retry
      claiming the phone number before the number is released back to the
      inventory for other customers to claim.

    Fields:

    - ``status``: The status.
    - ``message``: The status message.
    """

    status: str | None = None
    """The status."""

    message: str | None = None
    """The status message."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(
                errors, path, value, enum=_PHONE_NUMBER_WORKFLOW_STATUS_VALUES
            )
        value = self.message
        if value is not None:
            path = prefix + "message"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=255, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.status is not None:
            result["Status"] = self.status
        if self.message is not None:
            result["Message"] = self.message
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PhoneNumberStatus:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PhoneNumberStatus")
        return cls(
            status=data.get("Status"),
            message=data.get("Message"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PhoneNumberStatus:
        draft = _PhoneNumberStatusDraft()
        try:
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.message = (
                None
                if (value := data.get("Message")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Message"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PhoneNumberStatusDraft:
    """A :class:`PhoneNumberStatus` being decoded (see ``_rt.seal``)."""

    __slots__ = ("status", "message")
    status: str | None
    message: str | None


def new_phone_number_status() -> PhoneNumberStatus:
    """Create a :class:`PhoneNumberStatus` with all optional fields omitted."""
    return PhoneNumberStatus()


phone_number_status_status = _rt.Lens[PhoneNumberStatus, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "phone_number_status_status",
)
"""Lens on :attr:`PhoneNumberStatus.status`."""


phone_number_status_message = _rt.Lens[PhoneNumberStatus, str | None](
    lambda s: s.message,
    lambda s, v: _dc.replace(s, message=v),
    "phone_number_status_message",
)
"""Lens on :attr:`PhoneNumberStatus.message`."""
