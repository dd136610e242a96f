"""The FailedBatchAssociationSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[1-5][0-9]{2}$",
    "^[1-5][0-9]{2}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class FailedBatchAssociationSummary:
    """Contains information about a resource that failed to be associated with
    a workspace in a batch operation.

    Fields:

    - ``resource_arn``: The Amazon Resource Name (ARN) of the resource that failed to be associated.
    - ``error_code``: The error code indicating why the association failed.
    - ``error_message``: An error message describing why the association failed.
    """

    resource_arn: str | None = None
    """The Amazon Resource Name (ARN) of the resource that failed to be
    associated.
    """

    error_code: str | None = None
    """The error code indicating why the association failed."""

    error_message: str | None = None
    """An error message describing why the association failed."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.resource_arn
        if value is not None:
            path = prefix + "resource_arn"
            _rt.check_str(errors, path, value)
        value = self.error_code
        if value is not None:
            path = prefix + "error_code"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.error_message
        if value is not None:
            path = prefix + "error_message"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.resource_arn is not None:
            result["ResourceArn"] = self.resource_arn
        if self.error_code is not None:
            result["ErrorCode"] = self.error_code
        if self.error_message is not None:
            result["ErrorMessage"] = self.error_message
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> FailedBatchAssociationSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "FailedBatchAssociationSummary")
        return cls(
            resource_arn=data.get("ResourceArn"),
            error_code=data.get("ErrorCode"),
            error_message=data.get("ErrorMessage"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> FailedBatchAssociationSummary:
        draft = _FailedBatchAssociationSummaryDraft()
        try:
            draft.resource_arn = (
                None
                if (value := data.get("ResourceArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceArn")
                )
            )
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


class _FailedBatchAssociationSummaryDraft:
    """A :class:`FailedBatchAssociationSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("resource_arn", "error_code", "error_message")
    resource_arn: str | None
    error_code: str | None
    error_message: str | None


def new_failed_batch_association_summary() -> FailedBatchAssociationSummary:
    """Create a :class:`FailedBatchAssociationSummary` with all optional fields omitted."""
    return FailedBatchAssociationSummary()


failed_batch_association_summary_resource_arn = _rt.Lens[
    FailedBatchAssociationSummary, str | None
](
    lambda s: s.resource_arn,
    lambda s, v: _dc.replace(s, resource_arn=v),
    "failed_batch_association_summary_resource_arn",
)
"""Lens on :attr:`FailedBatchAssociationSummary.resource_arn`."""


failed_batch_association_summary_error_code = _rt.Lens[
    FailedBatchAssociationSummary, str | None
](
    lambda s: s.error_code,
    lambda s, v: _dc.replace(s, error_code=v),
    "failed_batch_association_summary_error_code",
)
"""Lens on :attr:`FailedBatchAssociationSummary.error_code`."""


failed_batch_association_summary_error_message = _rt.Lens[
    FailedBatchAssociationSummary, str | None
](
    lambda s: s.error_message,
    lambda s, v: _dc.replace(s, error_message=v),
    "failed_batch_association_summary_error_message",
)
"""Lens on :attr:`FailedBatchAssociationSummary.error_message`."""
