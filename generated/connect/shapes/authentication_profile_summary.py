"""The AuthenticationProfileSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AuthenticationProfileSummary:
    """This API is in preview release for Connect Customer and is subject to
    change. To request access to this API, contact Amazon Web Services
    Support.

    A summary of a given authentication profile.

    Fields:

    - ``id``: The unique identifier of the authentication profile.
    - ``arn``: The Amazon Resource Name (ARN) of the authentication profile summary.
    - ``name``: The name of the authentication profile summary.
    - ``is_default``: Shows whether the authentication profile is the default authentication profile for the Connect Customer instance.
    - ``last_modified_time``: The timestamp when the authentication profile summary was last modified.
    - ``last_modified_region``: The Amazon Web Services Region when the authentication profile summary was last modified.
    """

    id: str | None = None
    """The unique identifier of the authentication profile."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the authentication profile summary."""

    name: str | None = None
    """The name of the authentication profile summary."""

    is_default: bool | None = None
    """Shows whether the authentication profile is the default authentication
    profile for the Connect Customer instance. The default authentication
    profile applies to all agents in an Connect Customer instance, unless
    overridden by another authentication profile.
    """

    last_modified_time: _dt.datetime | None = None
    """The timestamp when the authentication profile summary was last modified."""

    last_modified_region: str | None = None
    """The Amazon Web Services Region when the authentication profile summary
    was last modified.
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
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)
        value = self.is_default
        if value is not None:
            path = prefix + "is_default"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.name is not None:
            result["Name"] = self.name
        if self.is_default is not None:
            result["IsDefault"] = self.is_default
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AuthenticationProfileSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AuthenticationProfileSummary")
        return cls(
            id=data.get("Id"),
            arn=data.get("Arn"),
            name=data.get("Name"),
            is_default=data.get("IsDefault"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AuthenticationProfileSummary:
        draft = _AuthenticationProfileSummaryDraft()
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
            draft.is_default = (
                None
                if (value := data.get("IsDefault")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "IsDefault")
                )
            )
            draft.last_modified_time = (
                None
                if (value := data.get("LastModifiedTime")) is None
                else _rt.parse_timestamp(value, "LastModifiedTime")
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AuthenticationProfileSummaryDraft:
    """A :class:`AuthenticationProfileSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "id",
        "arn",
        "name",
        "is_default",
        "last_modified_time",
        "last_modified_region",
    )
    id: str | None
    arn: str | None
    name: str | None
    is_default: bool | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None


def new_authentication_profile_summary() -> AuthenticationProfileSummary:
    """Create a :class:`AuthenticationProfileSummary` with all optional fields omitted."""
    return AuthenticationProfileSummary()


authentication_profile_summary_id = _rt.Lens[AuthenticationProfileSummary, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "authentication_profile_summary_id",
)
"""Lens on :attr:`AuthenticationProfileSummary.id`."""


authentication_profile_summary_arn = _rt.Lens[AuthenticationProfileSummary, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "authentication_profile_summary_arn",
)
"""Lens on :attr:`AuthenticationProfileSummary.arn`."""


authentication_profile_summary_name = _rt.Lens[
    AuthenticationProfileSummary, str | None
](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "authentication_profile_summary_name",
)
"""Lens on :attr:`AuthenticationProfileSummary.name`."""


authentication_profile_summary_is_default = _rt.Lens[
    AuthenticationProfileSummary, bool | None
](
    lambda s: s.is_default,
    lambda s, v: _dc.replace(s, is_default=v),
    "authentication_profile_summary_is_default",
)
"""Lens on :attr:`AuthenticationProfileSummary.is_default`."""


authentication_profile_summary_last_modified_time = _rt.Lens[
    AuthenticationProfileSummary, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "authentication_profile_summary_last_modified_time",
)
"""Lens on :attr:`AuthenticationProfileSummary.last_modified_time`."""


authentication_profile_summary_last_modified_region = _rt.Lens[
    AuthenticationProfileSummary, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "authentication_profile_summary_last_modified_region",
)
"""Lens on :attr:`AuthenticationProfileSummary.last_modified_region`."""
