"""The TrafficDistributionGroupSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    "^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_3 = _rt.Pattern(
    "(^[\\S].*[\\S]$)|(^[\\S]$)",
    "(?a)(^[\\S][^\\n\\r\\x85\\u2028\\u2029]*[\\S](?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z))|(^[\\S](?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z))",
)
_PATTERN_4 = _rt.Pattern(
    "arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9-]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
    "arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9-]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
)
_TRAFFIC_DISTRIBUTION_GROUP_STATUS_VALUES = frozenset(
    (
        "CREATION_IN_PROGRESS",
        "ACTIVE",
        "CREATION_FAILED",
        "PENDING_DELETION",
        "DELETION_FAILED",
        "UPDATE_IN_PROGRESS",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TrafficDistributionGroupSummary:
    """Information about traffic distribution groups.

    Fields:

    - ``id``: The identifier of the traffic distribution group.
    - ``arn``: The Amazon Resource Name (ARN) of the traffic distribution group.
    - ``name``: The name of the traffic distribution group.
    - ``instance_arn``: The Amazon Resource Name (ARN) of the traffic distribution group.
    - ``status``: The status of the traffic distribution group.
    - ``is_default``: Whether this is the default traffic distribution group created during instance replication.
    """

    id: str | None = None
    """The identifier of the traffic distribution group. This can be the ID or
    the ARN if the API is being called in the Region where the traffic
    distribution group was created. The ARN must be provided if the call is
    from the replicated Region.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the traffic distribution group."""

    name: str | None = None
    """The name of the traffic distribution group."""

    instance_arn: str | None = None
    """The Amazon Resource Name (ARN) of the traffic distribution group."""

    status: str | None = None
    """The status of the traffic distribution group.

    - ``CREATION_IN_PROGRESS`` means the previous
      `CreateTrafficDistributionGroup
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html>`__
      operation is still in progress and has not yet completed.
    - ``ACTIVE`` means the previous `CreateTrafficDistributionGroup
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html>`__
      operation has succeeded.
    - ``CREATION_FAILED`` indicates that the previous
      `CreateTrafficDistributionGroup
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html>`__
      operation has failed.
    - ``PENDING_DELETION`` means the previous
      `DeleteTrafficDistributionGroup
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteTrafficDistributionGroup.html>`__
      operation is still in progress and has not yet completed.
    - ``DELETION_FAILED`` means the previous `DeleteTrafficDistributionGroup
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteTrafficDistributionGroup.html>`__
      operation has failed.
    - ``UPDATE_IN_PROGRESS`` means the previous
      `UpdateTrafficDistributionGroup
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateTrafficDistributionGroup.html>`__
      operation is still in progress and has not yet completed.
    """

    is_default: bool | None = None
    """Whether this is the default traffic distribution group created during
    instance replication. The default traffic distribution group cannot be
    deleted by the ``DeleteTrafficDistributionGroup`` API. The default
    traffic distribution group is deleted as part of the process for
    deleting a replica.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value, pattern=_PATTERN_2)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=128, pattern=_PATTERN_3
            )
        value = self.instance_arn
        if value is not None:
            path = prefix + "instance_arn"
            _rt.check_str(errors, path, value, pattern=_PATTERN_4)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(
                errors, path, value, enum=_TRAFFIC_DISTRIBUTION_GROUP_STATUS_VALUES
            )
        value = self.is_default
        if value is not None:
            path = prefix + "is_default"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.name is not None:
            result["Name"] = self.name
        if self.instance_arn is not None:
            result["InstanceArn"] = self.instance_arn
        if self.status is not None:
            result["Status"] = self.status
        if self.is_default is not None:
            result["IsDefault"] = self.is_default
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TrafficDistributionGroupSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TrafficDistributionGroupSummary")
        return cls(
            id=data.get("Id"),
            arn=data.get("Arn"),
            name=data.get("Name"),
            instance_arn=data.get("InstanceArn"),
            status=data.get("Status"),
            is_default=data.get("IsDefault"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TrafficDistributionGroupSummary:
        draft = _TrafficDistributionGroupSummaryDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.instance_arn = (
                None
                if (value := data.get("InstanceArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "InstanceArn")
                )
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.is_default = (
                None
                if (value := data.get("IsDefault")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "IsDefault")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TrafficDistributionGroupSummaryDraft:
    """A :class:`TrafficDistributionGroupSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "arn", "name", "instance_arn", "status", "is_default")
    id: str | None
    arn: str | None
    name: str | None
    instance_arn: str | None
    status: str | None
    is_default: bool | None


def new_traffic_distribution_group_summary() -> TrafficDistributionGroupSummary:
    """Create a :class:`TrafficDistributionGroupSummary` with all optional fields omitted."""
    return TrafficDistributionGroupSummary()


traffic_distribution_group_summary_id = _rt.Lens[
    TrafficDistributionGroupSummary, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "traffic_distribution_group_summary_id",
)
"""Lens on :attr:`TrafficDistributionGroupSummary.id`."""


traffic_distribution_group_summary_arn = _rt.Lens[
    TrafficDistributionGroupSummary, str | None
](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "traffic_distribution_group_summary_arn",
)
"""Lens on :attr:`TrafficDistributionGroupSummary.arn`."""


traffic_distribution_group_summary_name = _rt.Lens[
    TrafficDistributionGroupSummary, str | None
](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "traffic_distribution_group_summary_name",
)
"""Lens on :attr:`TrafficDistributionGroupSummary.name`."""


traffic_distribution_group_summary_instance_arn = _rt.Lens[
    TrafficDistributionGroupSummary, str | None
](
    lambda s: s.instance_arn,
    lambda s, v: _dc.replace(s, instance_arn=v),
    "traffic_distribution_group_summary_instance_arn",
)
"""Lens on :attr:`TrafficDistributionGroupSummary.instance_arn`."""


traffic_distribution_group_summary_status = _rt.Lens[
    TrafficDistributionGroupSummary, str | None
](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "traffic_distribution_group_summary_status",
)
"""Lens on :attr:`TrafficDistributionGroupSummary.status`."""


traffic_distribution_group_summary_is_default = _rt.Lens[
    TrafficDistributionGroupSummary, bool | None
](
    lambda s: s.is_default,
    lambda s, v: _dc.replace(s, is_default=v),
    "traffic_distribution_group_summary_is_default",
)
"""Lens on :attr:`TrafficDistributionGroupSummary.is_default`."""
