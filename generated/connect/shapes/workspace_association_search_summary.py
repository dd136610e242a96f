"""The WorkspaceAssociationSearchSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class WorkspaceAssociationSearchSummary:
    """Contains summary information about a workspace association with a user
    or routing profile.

    Fields:

    - ``workspace_id``: The identifier of the workspace.
    - ``workspace_arn``: The Amazon Resource Name (ARN) of the workspace.
    - ``resource_id``: The identifier of the associated resource (user or routing profile).
    - ``resource_arn``: The Amazon Resource Name (ARN) of the associated resource.
    - ``resource_type``: The type of resource associated with the workspace.
    - ``resource_name``: The name of the associated resource.
    """

    workspace_id: str | None = None
    """The identifier of the workspace."""

    workspace_arn: str | None = None
    """The Amazon Resource Name (ARN) of the workspace."""

    resource_id: str | None = None
    """The identifier of the associated resource (user or routing profile)."""

    resource_arn: str | None = None
    """The Amazon Resource Name (ARN) of the associated resource."""

    resource_type: str | None = None
    """The type of resource associated with the workspace. Valid values are:
    ``USER`` and ``ROUTING_PROFILE``.
    """

    resource_name: str | None = None
    """The name of the associated resource."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.workspace_id
        if value is not None:
            path = prefix + "workspace_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.workspace_arn
        if value is not None:
            path = prefix + "workspace_arn"
            _rt.check_str(errors, path, value)
        value = self.resource_id
        if value is not None:
            path = prefix + "resource_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.resource_arn
        if value is not None:
            path = prefix + "resource_arn"
            _rt.check_str(errors, path, value)
        value = self.resource_type
        if value is not None:
            path = prefix + "resource_type"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.resource_name
        if value is not None:
            path = prefix + "resource_name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.workspace_id is not None:
            result["WorkspaceId"] = self.workspace_id
        if self.workspace_arn is not None:
            result["WorkspaceArn"] = self.workspace_arn
        if self.resource_id is not None:
            result["ResourceId"] = self.resource_id
        if self.resource_arn is not None:
            result["ResourceArn"] = self.resource_arn
        if self.resource_type is not None:
            result["ResourceType"] = self.resource_type
        if self.resource_name is not None:
            result["ResourceName"] = self.resource_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> WorkspaceAssociationSearchSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "WorkspaceAssociationSearchSummary"
        )
        return cls(
            workspace_id=data.get("WorkspaceId"),
            workspace_arn=data.get("WorkspaceArn"),
            resource_id=data.get("ResourceId"),
            resource_arn=data.get("ResourceArn"),
            resource_type=data.get("ResourceType"),
            resource_name=data.get("ResourceName"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> WorkspaceAssociationSearchSummary:
        draft = _WorkspaceAssociationSearchSummaryDraft()
        try:
            draft.workspace_id = (
                None
                if (value := data.get("WorkspaceId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "WorkspaceId")
                )
            )
            draft.workspace_arn = (
                None
                if (value := data.get("WorkspaceArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "WorkspaceArn")
                )
            )
            draft.resource_id = (
                None
                if (value := data.get("ResourceId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ResourceId")
                )
            )
            draft.resource_arn = (
                None
                if (value := data.get("ResourceArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceArn")
                )
            )
            draft.resource_type = (
                None
                if (value := data.get("ResourceType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceType")
                )
            )
            draft.resource_name = (
                None
                if (value := data.get("ResourceName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ResourceName")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _WorkspaceAssociationSearchSummaryDraft:
    """A :class:`WorkspaceAssociationSearchSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "workspace_id",
        "workspace_arn",
        "resource_id",
        "resource_arn",
        "resource_type",
        "resource_name",
    )
    workspace_id: str | None
    workspace_arn: str | None
    resource_id: str | None
    resource_arn: str | None
    resource_type: str | None
    resource_name: str | None


def new_workspace_association_search_summary() -> WorkspaceAssociationSearchSummary:
    """Create a :class:`WorkspaceAssociationSearchSummary` with all optional fields omitted."""
    return WorkspaceAssociationSearchSummary()


workspace_association_search_summary_workspace_id = _rt.Lens[
    WorkspaceAssociationSearchSummary, str | None
](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "workspace_association_search_summary_workspace_id",
)
"""Lens on :attr:`WorkspaceAssociationSearchSummary.workspace_id`."""


workspace_association_search_summary_workspace_arn = _rt.Lens[
    WorkspaceAssociationSearchSummary, str | None
](
    lambda s: s.workspace_arn,
    lambda s, v: _dc.replace(s, workspace_arn=v),
    "workspace_association_search_summary_workspace_arn",
)
"""Lens on :attr:`WorkspaceAssociationSearchSummary.workspace_arn`."""


workspace_association_search_summary_resource_id = _rt.Lens[
    WorkspaceAssociationSearchSummary, str | None
](
    lambda s: s.resource_id,
    lambda s, v: _dc.replace(s, resource_id=v),
    "workspace_association_search_summary_resource_id",
)
"""Lens on :attr:`WorkspaceAssociationSearchSummary.resource_id`."""


workspace_association_search_summary_resource_arn = _rt.Lens[
    WorkspaceAssociationSearchSummary, str | None
](
    lambda s: s.resource_arn,
    lambda s, v: _dc.replace(s, resource_arn=v),
    "workspace_association_search_summary_resource_arn",
)
"""Lens on :attr:`WorkspaceAssociationSearchSummary.resource_arn`."""


workspace_association_search_summary_resource_type = _rt.Lens[
    WorkspaceAssociationSearchSummary, str | None
](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "workspace_association_search_summary_resource_type",
)
"""Lens on :attr:`WorkspaceAssociationSearchSummary.resource_type`."""


workspace_association_search_summary_resource_name = _rt.Lens[
    WorkspaceAssociationSearchSummary, str | None
](
    lambda s: s.resource_name,
    lambda s, v: _dc.replace(s, resource_name=v),
    "workspace_association_search_summary_resource_name",
)
"""Lens on :attr:`WorkspaceAssociationSearchSummary.resource_name`."""
