"""The UserQuickConnectConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserQuickConnectConfig:
    """Contains information about the quick connect configuration settings for
    a user. The contact flow must be of type Transfer to Agent.

    Fields:

    - ``user_id``: The identifier of the user.
    - ``contact_flow_id``: The identifier of the flow.
    """

    user_id: str | None
    """The identifier of the user."""

    contact_flow_id: str | None
    """The identifier of the flow."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value)
        value = self.contact_flow_id
        if value is None:
            errors.append(prefix + "contact_flow_id: required but missing")
        else:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.user_id is not None:
            result["UserId"] = self.user_id
        if self.contact_flow_id is not None:
            result["ContactFlowId"] = self.contact_flow_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UserQuickConnectConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserQuickConnectConfig")
        return cls(
            user_id=data.get("UserId"),
            contact_flow_id=data.get("ContactFlowId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.user_id is not None:
            data["UserId"] = self.user_id
        if self.contact_flow_id is not None:
            data["ContactFlowId"] = self.contact_flow_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UserQuickConnectConfig:
        draft = _UserQuickConnectConfigDraft()
        try:
            draft.user_id = (
                None
                if (value := data.get("UserId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "UserId"))
            )
            draft.contact_flow_id = (
                None
                if (value := data.get("ContactFlowId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactFlowId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UserQuickConnectConfigDraft:
    """A :class:`UserQuickConnectConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("user_id", "contact_flow_id")
    user_id: str | None
    contact_flow_id: str | None


def new_user_quick_connect_config(
    user_id: str,
    contact_flow_id: str,
) -> UserQuickConnectConfig:
    """Create a :class:`UserQuickConnectConfig` with all optional fields omitted."""
    return UserQuickConnectConfig(
        user_id=user_id,
        contact_flow_id=contact_flow_id,
    )


user_quick_connect_config_user_id = _rt.Lens[UserQuickConnectConfig, str | None](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "user_quick_connect_config_user_id",
)
"""Lens on :attr:`UserQuickConnectConfig.user_id`."""


user_quick_connect_config_contact_flow_id = _rt.Lens[
    UserQuickConnectConfig, str | None
](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "user_quick_connect_config_contact_flow_id",
)
"""Lens on :attr:`UserQuickConnectConfig.contact_flow_id`."""
