"""The AnalyticsDataAssociationResult shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AnalyticsDataAssociationResult:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Information about associations that are successfully created:
    ``DataSetId``, ``TargetAccountId``, ``ResourceShareId``,
    ``ResourceShareArn``.

    Fields:

    - ``data_set_id``: The identifier of the dataset.
    - ``target_account_id``: The identifier of the target account.
    - ``resource_share_id``: The Resource Access Manager share ID.
    - ``resource_share_arn``: The Amazon Resource Name (ARN) of the Resource Access Manager share.
    - ``resource_share_status``: The Amazon Web Services Resource Access Manager status of association.
    """

    data_set_id: str | None = None
    """The identifier of the dataset."""

    target_account_id: str | None = None
    """The identifier of the target account."""

    resource_share_id: str | None = None
    """The Resource Access Manager share ID."""

    resource_share_arn: str | None = None
    """The Amazon Resource Name (ARN) of the Resource Access Manager share."""

    resource_share_status: str | None = None
    """The Amazon Web Services Resource Access Manager status of association."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.data_set_id
        if value is not None:
            path = prefix + "data_set_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.target_account_id
        if value is not None:
            path = prefix + "target_account_id"
            _rt.check_str(errors, path, value)
        value = self.resource_share_id
        if value is not None:
            path = prefix + "resource_share_id"
            _rt.check_str(errors, path, value)
        value = self.resource_share_arn
        if value is not None:
            path = prefix + "resource_share_arn"
            _rt.check_str(errors, path, value)
        value = self.resource_share_status
        if value is not None:
            path = prefix + "resource_share_status"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.data_set_id is not None:
            result["DataSetId"] = self.data_set_id
        if self.target_account_id is not None:
            result["TargetAccountId"] = self.target_account_id
        if self.resource_share_id is not None:
            result["ResourceShareId"] = self.resource_share_id
        if self.resource_share_arn is not None:
            result["ResourceShareArn"] = self.resource_share_arn
        if self.resource_share_status is not None:
            result["ResourceShareStatus"] = self.resource_share_status
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AnalyticsDataAssociationResult:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AnalyticsDataAssociationResult")
        return cls(
            data_set_id=data.get("DataSetId"),
            target_account_id=data.get("TargetAccountId"),
            resource_share_id=data.get("ResourceShareId"),
            resource_share_arn=data.get("ResourceShareArn"),
            resource_share_status=data.get("ResourceShareStatus"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AnalyticsDataAssociationResult:
        draft = _AnalyticsDataAssociationResultDraft()
        try:
            draft.data_set_id = (
                None
                if (value := data.get("DataSetId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "DataSetId")
                )
            )
            draft.target_account_id = (
                None
                if (value := data.get("TargetAccountId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "TargetAccountId")
                )
            )
            draft.resource_share_id = (
                None
                if (value := data.get("ResourceShareId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceShareId")
                )
            )
            draft.resource_share_arn = (
                None
                if (value := data.get("ResourceShareArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceShareArn")
                )
            )
            draft.resource_share_status = (
                None
                if (value := data.get("ResourceShareStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceShareStatus")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AnalyticsDataAssociationResultDraft:
    """A :class:`AnalyticsDataAssociationResult` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "data_set_id",
        "target_account_id",
        "resource_share_id",
        "resource_share_arn",
        "resource_share_status",
    )
    data_set_id: str | None
    target_account_id: str | None
    resource_share_id: str | None
    resource_share_arn: str | None
    resource_share_status: str | None


def new_analytics_data_association_result() -> AnalyticsDataAssociationResult:
    """Create a :class:`AnalyticsDataAssociationResult` with all optional fields omitted."""
    return AnalyticsDataAssociationResult()


analytics_data_association_result_data_set_id = _rt.Lens[
    AnalyticsDataAssociationResult, str | None
](
    lambda s: s.data_set_id,
    lambda s, v: _dc.replace(s, data_set_id=v),
    "analytics_data_association_result_data_set_id",
)
"""Lens on :attr:`AnalyticsDataAssociationResult.data_set_id`."""


analytics_data_association_result_target_account_id = _rt.Lens[
    AnalyticsDataAssociationResult, str | None
](
    lambda s: s.target_account_id,
    lambda s, v: _dc.replace(s, target_account_id=v),
    "analytics_data_association_result_target_account_id",
)
"""Lens on :attr:`AnalyticsDataAssociationResult.target_account_id`."""


analytics_data_association_result_resource_share_id = _rt.Lens[
    AnalyticsDataAssociationResult, str | None
](
    lambda s: s.resource_share_id,
    lambda s, v: _dc.replace(s, resource_share_id=v),
    "analytics_data_association_result_resource_share_id",
)
"""Lens on :attr:`AnalyticsDataAssociationResult.resource_share_id`."""


analytics_data_association_result_resource_share_arn = _rt.Lens[
    AnalyticsDataAssociationResult, str | None
](
    lambda s: s.resource_share_arn,
    lambda s, v: _dc.replace(s, resource_share_arn=v),
    "analytics_data_association_result_resource_share_arn",
)
"""Lens on :attr:`AnalyticsDataAssociationResult.resource_share_arn`."""


analytics_data_association_result_resource_share_status = _rt.Lens[
    AnalyticsDataAssociationResult, str | None
](
    lambda s: s.resource_share_status,
    lambda s, v: _dc.replace(s, resource_share_status=v),
    "analytics_data_association_result_resource_share_status",
)
"""Lens on :attr:`AnalyticsDataAssociationResult.resource_share_status`."""
