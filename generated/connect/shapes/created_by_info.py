"""The CreatedByInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreatedByInfo:
    """Information on the identity that created the file.

    Fields:

    - ``connect_user_arn``: An agent ARN representing a `connect user <https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-resources-for-iam-policies>`__.
    - ``aws_identity_arn``: STS or IAM ARN representing the identity of API Caller.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    connect_user_arn: str | None = None
    """An agent ARN representing a `connect user
    <https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-resources-for-iam-policies>`__.
    """

    aws_identity_arn: str | None = None
    """STS or IAM ARN representing the identity of API Caller. SDK users cannot
    populate this and this value is calculated automatically if
    ``ConnectUserArn`` is not provided.
    """

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.connect_user_arn
        if value is not None:
            path = prefix + "connect_user_arn"
            _rt.check_str(errors, path, value)
        value = self.aws_identity_arn
        if value is not None:
            path = prefix + "aws_identity_arn"
            _rt.check_str(errors, path, value)
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "CreatedByInfo")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "CreatedByInfo",
            (self.connect_user_arn is not None) + (self.aws_identity_arn is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.connect_user_arn is not None:
            result["ConnectUserArn"] = self.connect_user_arn
        if self.aws_identity_arn is not None:
            result["AWSIdentityArn"] = self.aws_identity_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreatedByInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreatedByInfo")
        return cls(
            connect_user_arn=data.get("ConnectUserArn"),
            aws_identity_arn=data.get("AWSIdentityArn"),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.connect_user_arn is not None:
            data["ConnectUserArn"] = self.connect_user_arn
        if self.aws_identity_arn is not None:
            data["AWSIdentityArn"] = self.aws_identity_arn
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> CreatedByInfo:
        draft = _CreatedByInfoDraft()
        try:
            draft.connect_user_arn = (
                None
                if (value := data.get("ConnectUserArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ConnectUserArn")
                )
            )
            draft.aws_identity_arn = (
                None
                if (value := data.get("AWSIdentityArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AWSIdentityArn")
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "ConnectUserArn",
                    "AWSIdentityArn",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CreatedByInfoDraft:
    """A :class:`CreatedByInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("connect_user_arn", "aws_identity_arn", "sdk_unknown_member")
    connect_user_arn: str | None
    aws_identity_arn: str | None
    sdk_unknown_member: str | None


def new_created_by_info() -> CreatedByInfo:
    """Create a :class:`CreatedByInfo` with all optional fields omitted."""
    return CreatedByInfo()


created_by_info_sdk_unknown_member = _rt.Lens[CreatedByInfo, str | None](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "created_by_info_sdk_unknown_member",
)
"""Lens on :attr:`CreatedByInfo.sdk_unknown_member`."""


created_by_info_connect_user_arn = _rt.Lens[CreatedByInfo, str | None](
    lambda s: s.connect_user_arn,
    lambda s, v: _dc.replace(s, connect_user_arn=v),
    "created_by_info_connect_user_arn",
)
"""Lens on :attr:`CreatedByInfo.connect_user_arn`."""


created_by_info_aws_identity_arn = _rt.Lens[CreatedByInfo, str | None](
    lambda s: s.aws_identity_arn,
    lambda s, v: _dc.replace(s, aws_identity_arn=v),
    "created_by_info_aws_identity_arn",
)
"""Lens on :attr:`CreatedByInfo.aws_identity_arn`."""
