"""The ContactFlowModuleAliasInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^([$0-9a-zA-Z][_-]?)+$",
    "^([$0-9a-zA-Z][_-]?)+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)
_PATTERN_3 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactFlowModuleAliasInfo:
    """Contains information about an alias.

    Fields:

    - ``contact_flow_module_id``: The identifier of the flow module.
    - ``contact_flow_module_arn``: The Amazon Resource Name (ARN) of the flow module.
    - ``alias_id``: The identifier of the alias.
    - ``version``: The version of the flow module.
    - ``name``: The name of the alias.
    - ``description``: The description of the alias.
    - ``last_modified_region``: The Amazon Web Services Region where this resource was last modified.
    - ``last_modified_time``: The timestamp when this resource was last modified.
    """

    contact_flow_module_id: str | None = None
    """The identifier of the flow module."""

    contact_flow_module_arn: str | None = None
    """The Amazon Resource Name (ARN) of the flow module."""

    alias_id: str | None = None
    """The identifier of the alias."""

    version: int | None = None
    """The version of the flow module."""

    name: str | None = None
    """The name of the alias."""

    description: str | None = None
    """The description of the alias."""

    last_modified_region: str | None = None
    """The Amazon Web Services Region where this resource was last modified."""

    last_modified_time: _dt.datetime | None = None
    """The timestamp when this resource was last modified."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_flow_module_id
        if value is not None:
            path = prefix + "contact_flow_module_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.contact_flow_module_arn
        if value is not None:
            path = prefix + "contact_flow_module_arn"
            _rt.check_str(errors, path, value)
        value = self.alias_id
        if value is not None:
            path = prefix + "alias_id"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=100, pattern=_PATTERN_1
            )
        value = self.version
        if value is not None:
            path = prefix + "version"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=100, pattern=_PATTERN_1
            )
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=500, pattern=_PATTERN_2
            )
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_3)
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.contact_flow_module_id is not None:
            result["ContactFlowModuleId"] = self.contact_flow_module_id
        if self.contact_flow_module_arn is not None:
            result["ContactFlowModuleArn"] = self.contact_flow_module_arn
        if self.alias_id is not None:
            result["AliasId"] = self.alias_id
        if self.version is not None:
            result["Version"] = self.version
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactFlowModuleAliasInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactFlowModuleAliasInfo")
        return cls(
            contact_flow_module_id=data.get("ContactFlowModuleId"),
            contact_flow_module_arn=data.get("ContactFlowModuleArn"),
            alias_id=data.get("AliasId"),
            version=data.get("Version"),
            name=data.get("Name"),
            description=data.get("Description"),
            last_modified_region=data.get("LastModifiedRegion"),
            last_modified_time=data.get("LastModifiedTime"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactFlowModuleAliasInfo:
        draft = _ContactFlowModuleAliasInfoDraft()
        try:
            draft.contact_flow_module_id = (
                None
                if (value := data.get("ContactFlowModuleId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactFlowModuleId")
                )
            )
            draft.contact_flow_module_arn = (
                None
                if (value := data.get("ContactFlowModuleArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactFlowModuleArn")
                )
            )
            draft.alias_id = (
                None
                if (value := data.get("AliasId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "AliasId"))
            )
            draft.version = (
                None
                if (value := data.get("Version")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Version"))
            )
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.description = (
                None
                if (value := data.get("Description")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Description")
                )
            )
            draft.last_modified_region = (
                None
                if (value := data.get("LastModifiedRegion")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "LastModifiedRegion")
                )
            )
            draft.last_modified_time = (
                None
                if (value := data.get("LastModifiedTime")) is None
                else _rt.parse_timestamp(value, "LastModifiedTime")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactFlowModuleAliasInfoDraft:
    """A :class:`ContactFlowModuleAliasInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "contact_flow_module_id",
        "contact_flow_module_arn",
        "alias_id",
        "version",
        "name",
        "description",
        "last_modified_region",
        "last_modified_time",
    )
    contact_flow_module_id: str | None
    contact_flow_module_arn: str | None
    alias_id: str | None
    version: int | None
    name: str | None
    description: str | None
    last_modified_region: str | None
    last_modified_time: _dt.datetime | None


def new_contact_flow_module_alias_info() -> ContactFlowModuleAliasInfo:
    """Create a :class:`ContactFlowModuleAliasInfo` with all optional fields omitted."""
    return ContactFlowModuleAliasInfo()


contact_flow_module_alias_info_contact_flow_module_id = _rt.Lens[
    ContactFlowModuleAliasInfo, str | None
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "contact_flow_module_alias_info_contact_flow_module_id",
)
"""Lens on :attr:`ContactFlowModuleAliasInfo.contact_flow_module_id`."""


contact_flow_module_alias_info_contact_flow_module_arn = _rt.Lens[
    ContactFlowModuleAliasInfo, str | None
](
    lambda s: s.contact_flow_module_arn,
    lambda s, v: _dc.replace(s, contact_flow_module_arn=v),
    "contact_flow_module_alias_info_contact_flow_module_arn",
)
"""Lens on :attr:`ContactFlowModuleAliasInfo.contact_flow_module_arn`."""


contact_flow_module_alias_info_alias_id = _rt.Lens[
    ContactFlowModuleAliasInfo, str | None
](
    lambda s: s.alias_id,
    lambda s, v: _dc.replace(s, alias_id=v),
    "contact_flow_module_alias_info_alias_id",
)
"""Lens on :attr:`ContactFlowModuleAliasInfo.alias_id`."""


contact_flow_module_alias_info_version = _rt.Lens[
    ContactFlowModuleAliasInfo, int | None
](
    lambda s: s.version,
    lambda s, v: _dc.replace(s, version=v),
    "contact_flow_module_alias_info_version",
)
"""Lens on :attr:`ContactFlowModuleAliasInfo.version`."""


contact_flow_module_alias_info_name = _rt.Lens[ContactFlowModuleAliasInfo, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "contact_flow_module_alias_info_name",
)
"""Lens on :attr:`ContactFlowModuleAliasInfo.name`."""


contact_flow_module_alias_info_description = _rt.Lens[
    ContactFlowModuleAliasInfo, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "contact_flow_module_alias_info_description",
)
"""Lens on :attr:`ContactFlowModuleAliasInfo.description`."""


contact_flow_module_alias_info_last_modified_region = _rt.Lens[
    ContactFlowModuleAliasInfo, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "contact_flow_module_alias_info_last_modified_region",
)
"""Lens on :attr:`ContactFlowModuleAliasInfo.last_modified_region`."""


contact_flow_module_alias_info_last_modified_time = _rt.Lens[
    ContactFlowModuleAliasInfo, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "contact_flow_module_alias_info_last_modified_time",
)
"""Lens on :attr:`ContactFlowModuleAliasInfo.last_modified_time`."""
