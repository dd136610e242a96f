"""The Customer shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.device_info import DeviceInfo
from ..shapes.participant_capabilities import ParticipantCapabilities


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Customer:
    """Information about the Customer on the contact.

    Fields:

    - ``device_info``: Information regarding Customer’s device.
    - ``capabilities``: The configuration for the allowed video and screen sharing capabilities for participants present over the call.
    """

    device_info: DeviceInfo | None = None
    """Information regarding Customer’s device."""

    capabilities: ParticipantCapabilities | None = None
    """The configuration for the allowed video and screen sharing capabilities
    for participants present over the call. For more information, see `Set
    up in-app, web, video calling, and screen sharing capabilities
    <https://docs.aws.amazon.com/connect/latest/adminguide/inapp-calling.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.device_info
        if value is not None:
            path = prefix + "device_info"
            if isinstance(value, DeviceInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DeviceInfo, got {type(value).__name__}"
                )
        value = self.capabilities
        if value is not None:
            path = prefix + "capabilities"
            if isinstance(value, ParticipantCapabilities):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantCapabilities, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.device_info is not None:
            result["DeviceInfo"] = self.device_info.to_dict()
        if self.capabilities is not None:
            result["Capabilities"] = self.capabilities.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Customer:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Customer")
        return cls(
            device_info=(
                None
                if (value := data.get("DeviceInfo")) is None
                else DeviceInfo.from_dict(value, path=path + "DeviceInfo" + ".")
            ),
            capabilities=(
                None
                if (value := data.get("Capabilities")) is None
                else ParticipantCapabilities.from_dict(
                    value, path=path + "Capabilities" + "."
                )
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Customer:
        draft = _CustomerDraft()
        try:
            draft.device_info = (
                None
                if (value := data.get("DeviceInfo")) is None
                else DeviceInfo._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "DeviceInfo")
                    )
                )
            )
            draft.capabilities = (
                None
                if (value := data.get("Capabilities")) is None
                else ParticipantCapabilities._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Capabilities")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CustomerDraft:
    """A :class:`Customer` being decoded (see ``_rt.seal``)."""

    __slots__ = ("device_info", "capabilities")
    device_info: DeviceInfo | None
    capabilities: ParticipantCapabilities | None


def new_customer() -> Customer:
    """Create a :class:`Customer` with all optional fields omitted."""
    return Customer()


customer_device_info = _rt.Lens[Customer, DeviceInfo | None](
    lambda s: s.device_info,
    lambda s, v: _dc.replace(s, device_info=v),
    "customer_device_info",
)
"""Lens on :attr:`Customer.device_info`."""


customer_capabilities = _rt.Lens[Customer, ParticipantCapabilities | None](
    lambda s: s.capabilities,
    lambda s, v: _dc.replace(s, capabilities=v),
    "customer_capabilities",
)
"""Lens on :attr:`Customer.capabilities`."""
