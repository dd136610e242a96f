"""The ContactFlowModuleVersionSummary shape."""

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
class ContactFlowModuleVersionSummary:
    """Contains information about a version.

    Fields:

    - ``arn``: The Amazon Resource Name (ARN) of the flow module version.
    - ``version_description``: The description of the flow module version.
    - ``version``: The version of the flow module.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the flow module version."""

    version_description: str | None = None
    """The description of the flow module version."""

    version: int | None = None
    """The version of the flow module."""

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
        value = self.version_description
        if value is not None:
            path = prefix + "version_description"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=500, pattern=_PATTERN_1
            )
        value = self.version
        if value is not None:
            path = prefix + "version"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.version_description is not None:
            result["VersionDescription"] = self.version_description
        if self.version is not None:
            result["Version"] = self.version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactFlowModuleVersionSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactFlowModuleVersionSummary")
        return cls(
            arn=data.get("Arn"),
            version_description=data.get("VersionDescription"),
            version=data.get("Version"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactFlowModuleVersionSummary:
        draft = _ContactFlowModuleVersionSummaryDraft()
        try:
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.version_description = (
                None
                if (value := data.get("VersionDescription")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "VersionDescription")
                )
            )
            draft.version = (
                None
                if (value := data.get("Version")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Version"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactFlowModuleVersionSummaryDraft:
    """A :class:`ContactFlowModuleVersionSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("arn", "version_description", "version")
    arn: str | None
    version_description: str | None
    version: int | None


def new_contact_flow_module_version_summary() -> ContactFlowModuleVersionSummary:
    """Create a :class:`ContactFlowModuleVersionSummary` with all optional fields omitted."""
    return ContactFlowModuleVersionSummary()


contact_flow_module_version_summary_arn = _rt.Lens[
    ContactFlowModuleVersionSummary, str | None
](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "contact_flow_module_version_summary_arn",
)
"""Lens on :attr:`ContactFlowModuleVersionSummary.arn`."""


contact_flow_module_version_summary_version_description = _rt.Lens[
    ContactFlowModuleVersionSummary, str | None
](
    lambda s: s.version_description,
    lambda s, v: _dc.replace(s, version_description=v),
    "contact_flow_module_version_summary_version_description",
)
"""Lens on :attr:`ContactFlowModuleVersionSummary.version_description`."""


contact_flow_module_version_summary_version = _rt.Lens[
    ContactFlowModuleVersionSummary, int | None
](
    lambda s: s.version,
    lambda s, v: _dc.replace(s, version=v),
    "contact_flow_module_version_summary_version",
)
"""Lens on :attr:`ContactFlowModuleVersionSummary.version`."""
