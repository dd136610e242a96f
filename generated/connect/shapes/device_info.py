"""The DeviceInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeviceInfo:
    """Information regarding the device.

    Fields:

    - ``platform_name``: Name of the platform that the participant used for the call.
    - ``platform_version``: Version of the platform that the participant used for the call.
    - ``operating_system``: Operating system that the participant used for the call.
    """

    platform_name: str | None = None
    """Name of the platform that the participant used for the call."""

    platform_version: str | None = None
    """Version of the platform that the participant used for the call."""

    operating_system: str | None = None
    """Operating system that the participant used for the call."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.platform_name
        if value is not None:
            path = prefix + "platform_name"
            _rt.check_str(errors, path, value, min_len=0, max_len=128)
        value = self.platform_version
        if value is not None:
            path = prefix + "platform_version"
            _rt.check_str(errors, path, value, min_len=0, max_len=128)
        value = self.operating_system
        if value is not None:
            path = prefix + "operating_system"
            _rt.check_str(errors, path, value, min_len=0, max_len=128)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.platform_name is not None:
            result["PlatformName"] = self.platform_name
        if self.platform_version is not None:
            result["PlatformVersion"] = self.platform_version
        if self.operating_system is not None:
            result["OperatingSystem"] = self.operating_system
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> DeviceInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeviceInfo")
        return cls(
            platform_name=data.get("PlatformName"),
            platform_version=data.get("PlatformVersion"),
            operating_system=data.get("OperatingSystem"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> DeviceInfo:
        draft = _DeviceInfoDraft()
        try:
            draft.platform_name = (
                None
                if (value := data.get("PlatformName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PlatformName")
                )
            )
            draft.platform_version = (
                None
                if (value := data.get("PlatformVersion")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PlatformVersion")
                )
            )
            draft.operating_system = (
                None
                if (value := data.get("OperatingSystem")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "OperatingSystem")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _DeviceInfoDraft:
    """A :class:`DeviceInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("platform_name", "platform_version", "operating_system")
    platform_name: str | None
    platform_version: str | None
    operating_system: str | None


def new_device_info() -> DeviceInfo:
    """Create a :class:`DeviceInfo` with all optional fields omitted."""
    return DeviceInfo()


device_info_platform_name = _rt.Lens[DeviceInfo, str | None](
    lambda s: s.platform_name,
    lambda s, v: _dc.replace(s, platform_name=v),
    "device_info_platform_name",
)
"""Lens on :attr:`DeviceInfo.platform_name`."""


device_info_platform_version = _rt.Lens[DeviceInfo, str | None](
    lambda s: s.platform_version,
    lambda s, v: _dc.replace(s, platform_version=v),
    "device_info_platform_version",
)
"""Lens on :attr:`DeviceInfo.platform_version`."""


device_info_operating_system = _rt.Lens[DeviceInfo, str | None](
    lambda s: s.operating_system,
    lambda s, v: _dc.replace(s, operating_system=v),
    "device_info_operating_system",
)
"""Lens on :attr:`DeviceInfo.operating_system`."""
