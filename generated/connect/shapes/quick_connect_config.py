"""The QuickConnectConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.flow_quick_connect_config import FlowQuickConnectConfig
from ..shapes.phone_number_quick_connect_config import PhoneNumberQuickConnectConfig
from ..shapes.queue_quick_connect_config import QueueQuickConnectConfig
from ..shapes.user_quick_connect_config import UserQuickConnectConfig

_QUICK_CONNECT_TYPE_VALUES = frozenset(
    (
        "USER",
        "QUEUE",
        "PHONE_NUMBER",
        "FLOW",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class QuickConnectConfig:
    """Contains configuration settings for a quick connect.

    Fields:

    - ``quick_connect_type``: The type of quick connect.
    - ``user_config``: The user configuration.
    - ``queue_config``: The queue configuration.
    - ``phone_config``: The phone configuration.
    - ``flow_config``: Flow configuration for quick connect setup.
    """

    quick_connect_type: str | None
    """The type of quick connect. In the Connect Customer admin website, when
    you create a quick connect, you are prompted to assign one of the
    following types: Agent (USER), External (PHONE_NUMBER), or Queue
    (QUEUE).
    """

    user_config: UserQuickConnectConfig | None = None
    """The user configuration. This is required only if QuickConnectType is
    USER.
    """

    queue_config: QueueQuickConnectConfig | None = None
    """The queue configuration. This is required only if QuickConnectType is
    QUEUE.
    """

    phone_config: PhoneNumberQuickConnectConfig | None = None
    """The phone configuration. This is required only if QuickConnectType is
    PHONE_NUMBER.
    """

    flow_config: FlowQuickConnectConfig | None = None
    """Flow configuration for quick connect setup."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.quick_connect_type
        if value is None:
            errors.append(prefix + "quick_connect_type: required but missing")
        else:
            path = prefix + "quick_connect_type"
            _rt.check_str(errors, path, value, enum=_QUICK_CONNECT_TYPE_VALUES)
        value = self.user_config
        if value is not None:
            path = prefix + "user_config"
            if isinstance(value, UserQuickConnectConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected UserQuickConnectConfig, got {type(value).__name__}"
                )
        value = self.queue_config
        if value is not None:
            path = prefix + "queue_config"
            if isinstance(value, QueueQuickConnectConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QueueQuickConnectConfig, got {type(value).__name__}"
                )
        value = self.phone_config
        if value is not None:
            path = prefix + "phone_config"
            if isinstance(value, PhoneNumberQuickConnectConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PhoneNumberQuickConnectConfig, got {type(value).__name__}"
                )
        value = self.flow_config
        if value is not None:
            path = prefix + "flow_config"
            if isinstance(value, FlowQuickConnectConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected FlowQuickConnectConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.quick_connect_type is not None:
            result["QuickConnectType"] = self.quick_connect_type
        if self.user_config is not None:
            result["UserConfig"] = self.user_config.to_dict()
        if self.queue_config is not None:
            result["QueueConfig"] = self.queue_config.to_dict()
        if self.phone_config is not None:
            result["PhoneConfig"] = self.phone_config.to_dict()
        if self.flow_config is not None:
            result["FlowConfig"] = self.flow_config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> QuickConnectConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "QuickConnectConfig")
        return cls(
            quick_connect_type=data.get("QuickConnectType"),
            user_config=(
                None
                if (value := data.get("UserConfig")) is None
                else UserQuickConnectConfig.from_dict(
                    value, path=path + "UserConfig" + "."
                )
            ),
            queue_config=(
                None
                if (value := data.get("QueueConfig")) is None
                else QueueQuickConnectConfig.from_dict(
                    value, path=path + "QueueConfig" + "."
                )
            ),
            phone_config=(
                None
                if (value := data.get("PhoneConfig")) is None
                else PhoneNumberQuickConnectConfig.from_dict(
                    value, path=path + "PhoneConfig" + "."
                )
            ),
            flow_config=(
                None
                if (value := data.get("FlowConfig")) is None
                else FlowQuickConnectConfig.from_dict(
                    value, path=path + "FlowConfig" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.quick_connect_type is not None:
            data["QuickConnectType"] = self.quick_connect_type
        if self.user_config is not None:
            data["UserConfig"] = self.user_config._to_json()
        if self.queue_config is not None:
            data["QueueConfig"] = self.queue_config._to_json()
        if self.phone_config is not None:
            data["PhoneConfig"] = self.phone_config._to_json()
        if self.flow_config is not None:
            data["FlowConfig"] = self.flow_config._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> QuickConnectConfig:
        draft = _QuickConnectConfigDraft()
        try:
            draft.quick_connect_type = (
                None
                if (value := data.get("QuickConnectType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "QuickConnectType")
                )
            )
            draft.user_config = (
                None
                if (value := data.get("UserConfig")) is None
                else UserQuickConnectConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "UserConfig")
                    )
                )
            )
            draft.queue_config = (
                None
                if (value := data.get("QueueConfig")) is None
                else QueueQuickConnectConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "QueueConfig")
                    )
                )
            )
            draft.phone_config = (
                None
                if (value := data.get("PhoneConfig")) is None
                else PhoneNumberQuickConnectConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "PhoneConfig")
                    )
                )
            )
            draft.flow_config = (
                None
                if (value := data.get("FlowConfig")) is None
                else FlowQuickConnectConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "FlowConfig")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _QuickConnectConfigDraft:
    """A :class:`QuickConnectConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "quick_connect_type",
        "user_config",
        "queue_config",
        "phone_config",
        "flow_config",
    )
    quick_connect_type: str | None
    user_config: UserQuickConnectConfig | None
    queue_config: QueueQuickConnectConfig | None
    phone_config: PhoneNumberQuickConnectConfig | None
    flow_config: FlowQuickConnectConfig | None


def new_quick_connect_config(
    quick_connect_type: str,
) -> QuickConnectConfig:
    """Create a :class:`QuickConnectConfig` with all optional fields omitted."""
    return QuickConnectConfig(
        quick_connect_type=quick_connect_type,
    )


quick_connect_config_quick_connect_type = _rt.Lens[QuickConnectConfig, str | None](
    lambda s: s.quick_connect_type,
    lambda s, v: _dc.replace(s, quick_connect_type=v),
    "quick_connect_config_quick_connect_type",
)
"""Lens on :attr:`QuickConnectConfig.quick_connect_type`."""


quick_connect_config_user_config = _rt.Lens[
    QuickConnectConfig, UserQuickConnectConfig | None
](
    lambda s: s.user_config,
    lambda s, v: _dc.replace(s, user_config=v),
    "quick_connect_config_user_config",
)
"""Lens on :attr:`QuickConnectConfig.user_config`."""


quick_connect_config_queue_config = _rt.Lens[
    QuickConnectConfig, QueueQuickConnectConfig | None
](
    lambda s: s.queue_config,
    lambda s, v: _dc.replace(s, queue_config=v),
    "quick_connect_config_queue_config",
)
"""Lens on :attr:`QuickConnectConfig.queue_config`."""


quick_connect_config_phone_config = _rt.Lens[
    QuickConnectConfig, PhoneNumberQuickConnectConfig | None
](
    lambda s: s.phone_config,
    lambda s, v: _dc.replace(s, phone_config=v),
    "quick_connect_config_phone_config",
)
"""Lens on :attr:`QuickConnectConfig.phone_config`."""


quick_connect_config_flow_config = _rt.Lens[
    QuickConnectConfig, FlowQuickConnectConfig | None
](
    lambda s: s.flow_config,
    lambda s, v: _dc.replace(s, flow_config=v),
    "quick_connect_config_flow_config",
)
"""Lens on :attr:`QuickConnectConfig.flow_config`."""
