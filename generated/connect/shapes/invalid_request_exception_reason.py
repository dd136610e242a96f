"""The InvalidRequestExceptionReason shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_ATTACHED_FILE_INVALID_REQUEST_EXCEPTION_REASON_VALUES = frozenset(
    (
        "INVALID_FILE_SIZE",
        "INVALID_FILE_TYPE",
        "INVALID_FILE_NAME",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class InvalidRequestExceptionReason:
    """Reason why the request was invalid.

    Fields:

    - ``attached_file_invalid_request_exception_reason``: Reason why the StartAttachedFiledUpload request was invalid.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    attached_file_invalid_request_exception_reason: str | None = None
    """Reason why the StartAttachedFiledUpload request was invalid."""

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
        value = self.attached_file_invalid_request_exception_reason
        if value is not None:
            path = prefix + "attached_file_invalid_request_exception_reason"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_ATTACHED_FILE_INVALID_REQUEST_EXCEPTION_REASON_VALUES,
            )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "InvalidRequestExceptionReason")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "InvalidRequestExceptionReason",
            (self.attached_file_invalid_request_exception_reason is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.attached_file_invalid_request_exception_reason is not None:
            result["AttachedFileInvalidRequestExceptionReason"] = (
                self.attached_file_invalid_request_exception_reason
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> InvalidRequestExceptionReason:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "InvalidRequestExceptionReason")
        return cls(
            attached_file_invalid_request_exception_reason=data.get(
                "AttachedFileInvalidRequestExceptionReason"
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> InvalidRequestExceptionReason:
        draft = _InvalidRequestExceptionReasonDraft()
        try:
            draft.attached_file_invalid_request_exception_reason = (
                None
                if (value := data.get("AttachedFileInvalidRequestExceptionReason"))
                is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(
                        value, "AttachedFileInvalidRequestExceptionReason"
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data, ("AttachedFileInvalidRequestExceptionReason",)
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _InvalidRequestExceptionReasonDraft:
    """A :class:`InvalidRequestExceptionReason` being decoded (see ``_rt.seal``)."""

    __slots__ = ("attached_file_invalid_request_exception_reason", "sdk_unknown_member")
    attached_file_invalid_request_exception_reason: str | None
    sdk_unknown_member: str | None


def new_invalid_request_exception_reason() -> InvalidRequestExceptionReason:
    """Create a :class:`InvalidRequestExceptionReason` with all optional fields omitted."""
    return InvalidRequestExceptionReason()


invalid_request_exception_reason_sdk_unknown_member = _rt.Lens[
    InvalidRequestExceptionReason, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "invalid_request_exception_reason_sdk_unknown_member",
)
"""Lens on :attr:`InvalidRequestExceptionReason.sdk_unknown_member`."""


invalid_request_exception_reason_attached_file_invalid_request_exception_reason = _rt.Lens[
    InvalidRequestExceptionReason, str | None
](
    lambda s: s.attached_file_invalid_request_exception_reason,
    lambda s, v: _dc.replace(s, attached_file_invalid_request_exception_reason=v),
    "invalid_request_exception_reason_attached_file_invalid_request_exception_reason",
)
"""Lens on :attr:`InvalidRequestExceptionReason.attached_file_invalid_request_exception_reason`."""
