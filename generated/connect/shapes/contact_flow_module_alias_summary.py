"""The ContactFlowModuleAliasSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactFlowModuleAliasSummary:
    """Contains information about an alias.

    Fields:

    - ``arn``: The Amazon Resource Name (ARN) of the flow module alias.
    - ``alias_id``: The identifier of the alias.
    - ``version``: The version of the flow module.
    - ``alias_name``: The name of the alias.
    - ``alias_description``: The description of the alias.
    - ``last_modified_time``: The timestamp when this resource was last modified.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the flow module alias."""

    alias_id: str | None = None
    """The identifier of the alias."""

    version: int | None = None
    """The version of the flow module."""

    alias_name: str | None = None
    """The name of the alias."""

    alias_description: str | None = None
    """The description of the alias."""

    last_modified_time: _dt.datetime | None = None
    """The timestamp when this resource was last modified."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
        value = self.alias_id
        if value is not None:
            path = prefix + "alias_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.version
        if value is not None:
            path = prefix + "version"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)
        value = self.alias_name
        if value is not None:
            path = prefix + "alias_name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.alias_description
        if value is not None:
            path = prefix + "alias_description"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=500, pattern=_PATTERN_1
            )
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.alias_id is not None:
            result["AliasId"] = self.alias_id
        if self.version is not None:
            result["Version"] = self.version
        if self.alias_name is not None:
            result["AliasName"] = self.alias_name
        if self.alias_description is not None:
            result["AliasDescription"] = self.alias_description
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactFlowModuleAliasSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactFlowModuleAliasSummary")
        return cls(
            arn=data.get("Arn"),
            alias_id=data.get("AliasId"),
            version=data.get("Version"),
            alias_name=data.get("AliasName"),
            alias_description=data.get("AliasDescription"),
            last_modified_time=data.get("LastModifiedTime"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactFlowModuleAliasSummary:
        draft = _ContactFlowModuleAliasSummaryDraft()
        try:
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
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
            draft.alias_name = (
                None
                if (value := data.get("AliasName")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "AliasName")
                )
            )
            draft.alias_description = (
                None
                if (value := data.get("AliasDescription")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AliasDescription")
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


class _ContactFlowModuleAliasSummaryDraft:
    """A :class:`ContactFlowModuleAliasSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "arn",
        "alias_id",
        "version",
        "alias_name",
        "alias_description",
        "last_modified_time",
    )
    arn: str | None
    alias_id: str | None
    version: int | None
    alias_name: str | None
    alias_description: str | None
    last_modified_time: _dt.datetime | None


def new_contact_flow_module_alias_summary() -> ContactFlowModuleAliasSummary:
    """Create a :class:`ContactFlowModuleAliasSummary` with all optional fields omitted."""
    return ContactFlowModuleAliasSummary()


contact_flow_module_alias_summary_arn = _rt.Lens[
    ContactFlowModuleAliasSummary, str | None
](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "contact_flow_module_alias_summary_arn",
)
"""Lens on :attr:`ContactFlowModuleAliasSummary.arn`."""


contact_flow_module_alias_summary_alias_id = _rt.Lens[
    ContactFlowModuleAliasSummary, str | None
](
    lambda s: s.alias_id,
    lambda s, v: _dc.replace(s, alias_id=v),
    "contact_flow_module_alias_summary_alias_id",
)
"""Lens on :attr:`ContactFlowModuleAliasSummary.alias_id`."""


contact_flow_module_alias_summary_version = _rt.Lens[
    ContactFlowModuleAliasSummary, int | None
](
    lambda s: s.version,
    lambda s, v: _dc.replace(s, version=v),
    "contact_flow_module_alias_summary_version",
)
"""Lens on :attr:`ContactFlowModuleAliasSummary.version`."""


contact_flow_module_alias_summary_alias_name = _rt.Lens[
    ContactFlowModuleAliasSummary, str | None
](
    lambda s: s.alias_name,
    lambda s, v: _dc.replace(s, alias_name=v),
    "contact_flow_module_alias_summary_alias_name",
)
"""Lens on :attr:`ContactFlowModuleAliasSummary.alias_name`."""


contact_flow_module_alias_summary_alias_description = _rt.Lens[
    ContactFlowModuleAliasSummary, str | None
](
    lambda s: s.alias_description,
    lambda s, v: _dc.replace(s, alias_description=v),
    "contact_flow_module_alias_summary_alias_description",
)
"""Lens on :attr:`ContactFlowModuleAliasSummary.alias_description`."""


contact_flow_module_alias_summary_last_modified_time = _rt.Lens[
    ContactFlowModuleAliasSummary, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "contact_flow_module_alias_summary_last_modified_time",
)
"""Lens on :attr:`ContactFlowModuleAliasSummary.last_modified_time`."""
