"""The SuccessfulBatchAssociationSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SuccessfulBatchAssociationSummary:
    """Contains information about a resource that was successfully associated
    with a workspace in a batch operation.

    Fields:

    - ``resource_arn``: The Amazon Resource Name (ARN) of the resource that was successfully associated.
    """

    resource_arn: str | None = None
    """The Amazon Resource Name (ARN) of the resource that was successfully
    associated.
    """

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.resource_arn is not None:
            result["ResourceArn"] = self.resource_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SuccessfulBatchAssociationSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "SuccessfulBatchAssociationSummary"
        )
        return cls(
            resource_arn=data.get("ResourceArn"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> SuccessfulBatchAssociationSummary:
        draft = _SuccessfulBatchAssociationSummaryDraft()
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SuccessfulBatchAssociationSummaryDraft:
    """A :class:`SuccessfulBatchAssociationSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("resource_arn",)
    resource_arn: str | None


def new_successful_batch_association_summary() -> SuccessfulBatchAssociationSummary:
    """Create a :class:`SuccessfulBatchAssociationSummary` with all optional fields omitted."""
    return SuccessfulBatchAssociationSummary()


successful_batch_association_summary_resource_arn = _rt.Lens[
    SuccessfulBatchAssociationSummary, str | None
](
    lambda s: s.resource_arn,
    lambda s, v: _dc.replace(s, resource_arn=v),
    "successful_batch_association_summary_resource_arn",
)
"""Lens on :attr:`SuccessfulBatchAssociationSummary.resource_arn`."""
