"""The Preview shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.post_accept_timeout_config import PostAcceptTimeoutConfig

_ALLOWED_USER_ACTION_VALUES = frozenset(
    (
        "CALL",
        "DISCARD",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Preview:
    """Information about agent-first preview mode outbound strategy
    configuration.

    Fields:

    - ``post_accept_timeout_config``: Countdown timer configuration after the agent accepted the preview outbound contact.
    - ``allowed_user_actions``: The actions the agent can perform after accepting the preview outbound contact.
    """

    post_accept_timeout_config: PostAcceptTimeoutConfig | None
    """Countdown timer configuration after the agent accepted the preview
    outbound contact.
    """

    allowed_user_actions: list[str] | None
    """The actions the agent can perform after accepting the preview outbound
    contact.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.post_accept_timeout_config
        if value is None:
            errors.append(prefix + "post_accept_timeout_config: required but missing")
        else:
            path = prefix + "post_accept_timeout_config"
            if isinstance(value, PostAcceptTimeoutConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PostAcceptTimeoutConfig, got {type(value).__name__}"
                )
        value = self.allowed_user_actions
        if value is None:
            errors.append(prefix + "allowed_user_actions: required but missing")
        else:
            path = prefix + "allowed_user_actions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_ALLOWED_USER_ACTION_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.post_accept_timeout_config is not None:
            result["PostAcceptTimeoutConfig"] = (
                self.post_accept_timeout_config.to_dict()
            )
        if self.allowed_user_actions is not None:
            result["AllowedUserActions"] = list(self.allowed_user_actions)
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Preview:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Preview")
        return cls(
            post_accept_timeout_config=(
                None
                if (value := data.get("PostAcceptTimeoutConfig")) is None
                else PostAcceptTimeoutConfig.from_dict(
                    value, path=path + "PostAcceptTimeoutConfig" + "."
                )
            ),
            allowed_user_actions=(
                None
                if (value := data.get("AllowedUserActions")) is None
                else list(_rt.expect_sequence(value, path + "AllowedUserActions"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.post_accept_timeout_config is not None:
            data["PostAcceptTimeoutConfig"] = self.post_accept_timeout_config._to_json()
        if self.allowed_user_actions is not None:
            data["AllowedUserActions"] = self.allowed_user_actions
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Preview:
        draft = _PreviewDraft()
        try:
            draft.post_accept_timeout_config = (
                None
                if (value := data.get("PostAcceptTimeoutConfig")) is None
                else PostAcceptTimeoutConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "PostAcceptTimeoutConfig")
                    )
                )
            )
            draft.allowed_user_actions = (
                None
                if (value := data.get("AllowedUserActions")) is None
                else [
                    (
                        v1
                        if type(v1) is str
                        else _rt.expect_str(v1, "AllowedUserActions")
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "AllowedUserActions")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PreviewDraft:
    """A :class:`Preview` being decoded (see ``_rt.seal``)."""

    __slots__ = ("post_accept_timeout_config", "allowed_user_actions")
    post_accept_timeout_config: PostAcceptTimeoutConfig | None
    allowed_user_actions: list[str] | None


def new_preview(
    post_accept_timeout_config: PostAcceptTimeoutConfig,
    allowed_user_actions: list[str],
) -> Preview:
    """Create a :class:`Preview` with all optional fields omitted."""
    return Preview(
        post_accept_timeout_config=post_accept_timeout_config,
        allowed_user_actions=allowed_user_actions,
    )


preview_post_accept_timeout_config = _rt.Lens[Preview, PostAcceptTimeoutConfig | None](
    lambda s: s.post_accept_timeout_config,
    lambda s, v: _dc.replace(s, post_accept_timeout_config=v),
    "preview_post_accept_timeout_config",
)
"""Lens on :attr:`Preview.post_accept_timeout_config`."""


preview_allowed_user_actions = _rt.Lens[Preview, list[str] | None](
    lambda s: s.allowed_user_actions,
    lambda s, v: _dc.replace(s, allowed_user_actions=v),
    "preview_allowed_user_actions",
)
"""Lens on :attr:`Preview.allowed_user_actions`."""
