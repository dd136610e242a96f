"""The InstanceSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_DIRECTORY_TYPE_VALUES = frozenset(
    (
        "SAML",
        "CONNECT_MANAGED",
        "EXISTING_DIRECTORY",
    )
)
_PATTERN_1 = _rt.Pattern(
    "^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*$",
    "(?a)^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_INSTANCE_STATUS_VALUES = frozenset(
    (
        "CREATION_IN_PROGRESS",
        "ACTIVE",
        "CREATION_FAILED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class InstanceSummary:
    """Information about the instance.

    Fields:

    - ``id``: The identifier of the instance.
    - ``arn``: The Amazon Resource Name (ARN) of the instance.
    - ``identity_management_type``: The identity management type of the instance.
    - ``instance_alias``: The alias of the instance.
    - ``created_time``: When the instance was created.
    - ``service_role``: The service role of the instance.
    - ``instance_status``: The state of the instance.
    - ``inbound_calls_enabled``: Whether inbound calls are enabled.
    - ``outbound_calls_enabled``: Whether outbound calls are enabled.
    - ``instance_access_url``: This URL allows contact center users to access the Connect Customer admin website.
    """

    id: str | None = None
    """The identifier of the instance."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the instance."""

    identity_management_type: str | None = None
    """The identity management type of the instance."""

    instance_alias: str | None = None
    """The alias of the instance."""

    created_time: _dt.datetime | None = None
    """When the instance was created."""

    service_role: str | None = None
    """The service role of the instance."""

    instance_status: str | None = None
    """The state of the instance."""

    inbound_calls_enabled: bool | None = None
    """Whether inbound calls are enabled."""

    outbound_calls_enabled: bool | None = None
    """Whether outbound calls are enabled."""

    instance_access_url: str | None = None
    """This URL allows contact center users to access the Connect Customer
    admin website.
    """

    def __repr__(self) -> str:
        fields = [
            f"id={self.id!r}",
            f"arn={self.arn!r}",
            f"identity_management_type={self.identity_management_type!r}",
            "instance_alias=<sensitive>",
            f"created_time={self.created_time!r}",
            f"service_role={self.service_role!r}",
            f"instance_status={self.instance_status!r}",
            f"inbound_calls_enabled={self.inbound_calls_enabled!r}",
            f"outbound_calls_enabled={self.outbound_calls_enabled!r}",
            f"instance_access_url={self.instance_access_url!r}",
        ]
        return f"InstanceSummary({', '.join(fields)})"

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
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
        value = self.identity_management_type
        if value is not None:
            path = prefix + "identity_management_type"
            _rt.check_str(errors, path, value, enum=_DIRECTORY_TYPE_VALUES)
        value = self.instance_alias
        if value is not None:
            path = prefix + "instance_alias"
            _rt.check_str(
                errors,
                path,
                value,
                min_len=1,
                max_len=45,
                pattern=_PATTERN_1,
                secret=True,
            )
        value = self.created_time
        if value is not None:
            path = prefix + "created_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.service_role
        if value is not None:
            path = prefix + "service_role"
            _rt.check_str(errors, path, value)
        value = self.instance_status
        if value is not None:
            path = prefix + "instance_status"
            _rt.check_str(errors, path, value, enum=_INSTANCE_STATUS_VALUES)
        value = self.inbound_calls_enabled
        if value is not None:
            path = prefix + "inbound_calls_enabled"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.outbound_calls_enabled
        if value is not None:
            path = prefix + "outbound_calls_enabled"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.instance_access_url
        if value is not None:
            path = prefix + "instance_access_url"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.identity_management_type is not None:
            result["IdentityManagementType"] = self.identity_management_type
        if self.instance_alias is not None:
            result["InstanceAlias"] = self.instance_alias
        if self.created_time is not None:
            result["CreatedTime"] = self.created_time
        if self.service_role is not None:
            result["ServiceRole"] = self.service_role
        if self.instance_status is not None:
            result["InstanceStatus"] = self.instance_status
        if self.inbound_calls_enabled is not None:
            result["InboundCallsEnabled"] = self.inbound_calls_enabled
        if self.outbound_calls_enabled is not None:
            result["OutboundCallsEnabled"] = self.outbound_calls_enabled
        if self.instance_access_url is not None:
            result["InstanceAccessUrl"] = self.instance_access_url
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> InstanceSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "InstanceSummary")
        return cls(
            id=data.get("Id"),
            arn=data.get("Arn"),
            identity_management_type=data.get("IdentityManagementType"),
            instance_alias=data.get("InstanceAlias"),
            created_time=data.get("CreatedTime"),
            service_role=data.get("ServiceRole"),
            instance_status=data.get("InstanceStatus"),
            inbound_calls_enabled=data.get("InboundCallsEnabled"),
            outbound_calls_enabled=data.get("OutboundCallsEnabled"),
            instance_access_url=data.get("InstanceAccessUrl"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> InstanceSummary:
        draft = _InstanceSummaryDraft()
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
            draft.identity_management_type = (
                None
                if (value := data.get("IdentityManagementType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "IdentityManagementType")
                )
            )
            draft.instance_alias = (
                None
                if (value := data.get("InstanceAlias")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "InstanceAlias")
                )
            )
            draft.created_time = (
                None
                if (value := data.get("CreatedTime")) is None
                else _rt.parse_timestamp(value, "CreatedTime")
            )
            draft.service_role = (
                None
                if (value := data.get("ServiceRole")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ServiceRole")
                )
            )
            draft.instance_status = (
                None
                if (value := data.get("InstanceStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "InstanceStatus")
                )
            )
            draft.inbound_calls_enabled = (
                None
                if (value := data.get("InboundCallsEnabled")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "InboundCallsEnabled")
                )
            )
            draft.outbound_calls_enabled = (
                None
                if (value := data.get("OutboundCallsEnabled")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "OutboundCallsEnabled")
                )
            )
            draft.instance_access_url = (
                None
                if (value := data.get("InstanceAccessUrl")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "InstanceAccessUrl")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _InstanceSummaryDraft:
    """A :class:`InstanceSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "id",
        "arn",
        "identity_management_type",
        "instance_alias",
        "created_time",
        "service_role",
        "instance_status",
        "inbound_calls_enabled",
        "outbound_calls_enabled",
        "instance_access_url",
    )
    id: str | None
    arn: str | None
    identity_management_type: str | None
    instance_alias: str | None
    created_time: _dt.datetime | None
    service_role: str | None
    instance_status: str | None
    inbound_calls_enabled: bool | None
    outbound_calls_enabled: bool | None
    instance_access_url: str | None


def new_instance_summary() -> InstanceSummary:
    """Create a :class:`InstanceSummary` with all optional fields omitted."""
    return InstanceSummary()


instance_summary_id = _rt.Lens[InstanceSummary, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "instance_summary_id",
)
"""Lens on :attr:`InstanceSummary.id`."""


instance_summary_arn = _rt.Lens[InstanceSummary, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "instance_summary_arn",
)
"""Lens on :attr:`InstanceSummary.arn`."""


instance_summary_identity_management_type = _rt.Lens[InstanceSummary, str | None](
    lambda s: s.identity_management_type,
    lambda s, v: _dc.replace(s, identity_management_type=v),
    "instance_summary_identity_management_type",
)
"""Lens on :attr:`InstanceSummary.identity_management_type`."""


instance_summary_instance_alias = _rt.Lens[InstanceSummary, str | None](
    lambda s: s.instance_alias,
    lambda s, v: _dc.replace(s, instance_alias=v),
    "instance_summary_instance_alias",
)
"""Lens on :attr:`InstanceSummary.instance_alias`."""


instance_summary_created_time = _rt.Lens[InstanceSummary, _dt.datetime | None](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "instance_summary_created_time",
)
"""Lens on :attr:`InstanceSummary.created_time`."""


instance_summary_service_role = _rt.Lens[InstanceSummary, str | None](
    lambda s: s.service_role,
    lambda s, v: _dc.replace(s, service_role=v),
    "instance_summary_service_role",
)
"""Lens on :attr:`InstanceSummary.service_role`."""


instance_summary_instance_status = _rt.Lens[InstanceSummary, str | None](
    lambda s: s.instance_status,
    lambda s, v: _dc.replace(s, instance_status=v),
    "instance_summary_instance_status",
)
"""Lens on :attr:`InstanceSummary.instance_status`."""


instance_summary_inbound_calls_enabled = _rt.Lens[InstanceSummary, bool | None](
    lambda s: s.inbound_calls_enabled,
    lambda s, v: _dc.replace(s, inbound_calls_enabled=v),
    "instance_summary_inbound_calls_enabled",
)
"""Lens on :attr:`InstanceSummary.inbound_calls_enabled`."""


instance_summary_outbound_calls_enabled = _rt.Lens[InstanceSummary, bool | None](
    lambda s: s.outbound_calls_enabled,
    lambda s, v: _dc.replace(s, outbound_calls_enabled=v),
    "instance_summary_outbound_calls_enabled",
)
"""Lens on :attr:`InstanceSummary.outbound_calls_enabled`."""


instance_summary_instance_access_url = _rt.Lens[InstanceSummary, str | None](
    lambda s: s.instance_access_url,
    lambda s, v: _dc.replace(s, instance_access_url=v),
    "instance_summary_instance_access_url",
)
"""Lens on :attr:`InstanceSummary.instance_access_url`."""
