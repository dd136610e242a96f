"""The FailedRequest shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_FAILURE_REASON_CODE_VALUES = frozenset(
    (
        "INVALID_ATTRIBUTE_KEY",
        "INVALID_CUSTOMER_ENDPOINT",
        "INVALID_SYSTEM_ENDPOINT",
        "INVALID_QUEUE",
        "INVALID_OUTBOUND_STRATEGY",
        "MISSING_CAMPAIGN",
        "MISSING_CUSTOMER_ENDPOINT",
        "MISSING_QUEUE_ID_AND_SYSTEM_ENDPOINT",
        "REQUEST_THROTTLED",
        "IDEMPOTENCY_EXCEPTION",
        "INTERNAL_ERROR",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class FailedRequest:
    """Request for which contact failed to be generated.

    Fields:

    - ``request_identifier``: Request identifier provided in the API call in the ContactDataRequest to create a contact.
    - ``failure_reason_code``: Reason code for the failure.
    - ``failure_reason_message``: Why the request to create a contact failed.
    """

    request_identifier: str | None = None
    """Request identifier provided in the API call in the ContactDataRequest to
    create a contact.
    """

    failure_reason_code: str | None = None
    """Reason code for the failure."""

    failure_reason_message: str | None = None
    """Why the request to create a contact failed."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.request_identifier
        if value is not None:
            path = prefix + "request_identifier"
            _rt.check_str(errors, path, value, min_len=None, max_len=80)
        value = self.failure_reason_code
        if value is not None:
            path = prefix + "failure_reason_code"
            _rt.check_str(errors, path, value, enum=_FAILURE_REASON_CODE_VALUES)
        value = self.failure_reason_message
        if value is not None:
            path = prefix + "failure_reason_message"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.request_identifier is not None:
            result["RequestIdentifier"] = self.request_identifier
        if self.failure_reason_code is not None:
            result["FailureReasonCode"] = self.failure_reason_code
        if self.failure_reason_message is not None:
            result["FailureReasonMessage"] = self.failure_reason_message
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> FailedRequest:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "FailedRequest")
        return cls(
            request_identifier=data.get("RequestIdentifier"),
            failure_reason_code=data.get("FailureReasonCode"),
            failure_reason_message=data.get("FailureReasonMessage"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> FailedRequest:
        draft = _FailedRequestDraft()
        try:
            draft.request_identifier = (
                None
                if (value := data.get("RequestIdentifier")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RequestIdentifier")
                )
            )
            draft.failure_reason_code = (
                None
                if (value := data.get("FailureReasonCode")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "FailureReasonCode")
                )
            )
            draft.failure_reason_message = (
                None
                if (value := data.get("FailureReasonMessage")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "FailureReasonMessage")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _FailedRequestDraft:
    """A :class:`FailedRequest` being decoded (see ``_rt.seal``)."""

    __slots__ = ("request_identifier", "failure_reason_code", "failure_reason_message")
    request_identifier: str | None
    failure_reason_code: str | None
    failure_reason_message: str | None


def new_failed_request() -> FailedRequest:
    """Create a :class:`FailedRequest` with all optional fields omitted."""
    return FailedRequest()


failed_request_request_identifier = _rt.Lens[FailedRequest, str | None](
    lambda s: s.request_identifier,
    lambda s, v: _dc.replace(s, request_identifier=v),
    "failed_request_request_identifier",
)
"""Lens on :attr:`FailedRequest.request_identifier`."""


failed_request_failure_reason_code = _rt.Lens[FailedRequest, str | None](
    lambda s: s.failure_reason_code,
    lambda s, v: _dc.replace(s, failure_reason_code=v),
    "failed_request_failure_reason_code",
)
"""Lens on :attr:`FailedRequest.failure_reason_code`."""


failed_request_failure_reason_message = _rt.Lens[FailedRequest, str | None](
    lambda s: s.failure_reason_message,
    lambda s, v: _dc.replace(s, failure_reason_message=v),
    "failed_request_failure_reason_message",
)
"""Lens on :attr:`FailedRequest.failure_reason_message`."""
