"""The EvaluatorUserUnion shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluatorUserUnion:
    """Represents the entity that performed the action on the evaluation.

    Fields:

    - ``connect_user_arn``: Represents the Connect Customer ARN of the user.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    connect_user_arn: str | None = None
    """Represents the Connect Customer ARN of the user."""

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
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "EvaluatorUserUnion")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "EvaluatorUserUnion",
            (self.connect_user_arn is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.connect_user_arn is not None:
            result["ConnectUserArn"] = self.connect_user_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluatorUserUnion:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluatorUserUnion")
        return cls(
            connect_user_arn=data.get("ConnectUserArn"),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.connect_user_arn is not None:
            data["ConnectUserArn"] = self.connect_user_arn
        return data


def new_evaluator_user_union() -> EvaluatorUserUnion:
    """Create a :class:`EvaluatorUserUnion` with all optional fields omitted."""
    return EvaluatorUserUnion()


evaluator_user_union_sdk_unknown_member = _rt.Lens[EvaluatorUserUnion, str | None](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "evaluator_user_union_sdk_unknown_member",
)
"""Lens on :attr:`EvaluatorUserUnion.sdk_unknown_member`."""


evaluator_user_union_connect_user_arn = _rt.Lens[EvaluatorUserUnion, str | None](
    lambda s: s.connect_user_arn,
    lambda s, v: _dc.replace(s, connect_user_arn=v),
    "evaluator_user_union_connect_user_arn",
)
"""Lens on :attr:`EvaluatorUserUnion.connect_user_arn`."""
