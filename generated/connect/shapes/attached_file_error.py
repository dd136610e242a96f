"""The AttachedFileError shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AttachedFileError:
    """Error describing a failure to retrieve attached file metadata through
    BatchGetAttachedFileMetadata action.

    Fields:

    - ``error_code``: Status code describing the failure.
    - ``error_message``: Why the attached file couldn't be retrieved.
    - ``file_id``: The unique identifier of the attached file resource.
    """

    error_code: str | None = None
    """Status code describing the failure."""

    error_message: str | None = None
    """Why the attached file couldn't be retrieved."""

    file_id: str | None = None
    """The unique identifier of the attached file resource."""

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
        value = self.file_id
        if value is not None:
            path = prefix + "file_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.error_code is not None:
            result["ErrorCode"] = self.error_code
        if self.error_message is not None:
            result["ErrorMessage"] = self.error_message
        if self.file_id is not None:
            result["FileId"] = self.file_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AttachedFileError:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AttachedFileError")
        return cls(
            error_code=data.get("ErrorCode"),
            error_message=data.get("ErrorMessage"),
            file_id=data.get("FileId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AttachedFileError:
        draft = _AttachedFileErrorDraft()
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
            draft.file_id = (
                None
                if (value := data.get("FileId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "FileId"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AttachedFileErrorDraft:
    """A :class:`AttachedFileError` being decoded (see ``_rt.seal``)."""

    __slots__ = ("error_code", "error_message", "file_id")
    error_code: str | None
    error_message: str | None
    file_id: str | None


def new_attached_file_error() -> AttachedFileError:
    """Create a :class:`AttachedFileError` with all optional fields omitted."""
    return AttachedFileError()


attached_file_error_error_code = _rt.Lens[AttachedFileError, str | None](
    lambda s: s.error_code,
    lambda s, v: _dc.replace(s, error_code=v),
    "attached_file_error_error_code",
)
"""Lens on :attr:`AttachedFileError.error_code`."""


attached_file_error_error_message = _rt.Lens[AttachedFileError, str | None](
    lambda s: s.error_message,
    lambda s, v: _dc.replace(s, error_message=v),
    "attached_file_error_error_message",
)
"""Lens on :attr:`AttachedFileError.error_message`."""


attached_file_error_file_id = _rt.Lens[AttachedFileError, str | None](
    lambda s: s.file_id,
    lambda s, v: _dc.replace(s, file_id=v),
    "attached_file_error_file_id",
)
"""Lens on :attr:`AttachedFileError.file_id`."""
