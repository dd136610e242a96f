"""The ErrorResult shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ErrorResult:
    """This API is in preview release for Connect Customer and is subject to
    change.

    List of errors for dataset association failures.

    Fields:

    - ``error_code``: The error code.
    - ``error_message``: The corresponding error message for the error code.
    """

    error_code: str | None = None
    """The error code."""

    error_message: str | None = None
    """The corresponding error message for the error code."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.error_code
        if value is not None:
            path = prefix + "error_code"
            _rt.check_str(errors, path, value)
        value = self.error_message
        if value is not None:
            path = prefix + "error_message"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.error_code is not None:
            result["ErrorCode"] = self.error_code
        if self.error_message is not None:
            result["ErrorMessage"] = self.error_message
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ErrorResult:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ErrorResult")
        return cls(
            error_code=data.get("ErrorCode"),
            error_message=data.get("ErrorMessage"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ErrorResult:
        draft = _ErrorResultDraft()
        try:
            draft.error_code = (
                None
                if (value := data.get("ErrorCode")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ErrorCode")
                )
            )
            draft.error_message = (
                None
                if (value := data.get("ErrorMessage")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ErrorMessage")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ErrorResultDraft:
    """A :class:`ErrorResult` being decoded (see ``_rt.seal``)."""

    __slots__ = ("error_code", "error_message")
    error_code: str | None
    error_message: str | None


def new_error_result() -> ErrorResult:
    """Create a :class:`ErrorResult` with all optional fields omitted."""
    return ErrorResult()


error_result_error_code = _rt.Lens[ErrorResult, str | None](
    lambda s: s.error_code,
    lambda s, v: _dc.replace(s, error_code=v),
    "error_result_error_code",
)
"""Lens on :attr:`ErrorResult.error_code`."""


error_result_error_message = _rt.Lens[ErrorResult, str | None](
    lambda s: s.error_message,
    lambda s, v: _dc.replace(s, error_message=v),
    "error_result_error_message",
)
"""Lens on :attr:`ErrorResult.error_message`."""
