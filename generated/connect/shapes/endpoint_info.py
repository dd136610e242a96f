"""The EndpointInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_ENDPOINT_TYPE_VALUES = frozenset(
    (
        "TELEPHONE_NUMBER",
        "VOIP",
        "CONTACT_FLOW",
        "CONNECT_PHONENUMBER_ARN",
        "EMAIL_ADDRESS",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EndpointInfo:
    """Information about the endpoint.

    Fields:

    - ``type``: Type of endpoint.
    - ``address``: Address of the endpoint.
    - ``display_name``: Display name of the endpoint.
    """

    type: str | None = None
    """Type of endpoint."""

    address: str | None = None
    """Address of the endpoint."""

    display_name: str | None = None
    """Display name of the endpoint."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_ENDPOINT_TYPE_VALUES)
        value = self.address
        if value is not None:
            path = prefix + "address"
            _rt.check_str(errors, path, value, min_len=0, max_len=256)
        value = self.display_name
        if value is not None:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=0, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.address is not None:
            result["Address"] = self.address
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EndpointInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EndpointInfo")
        return cls(
            type=data.get("Type"),
            address=data.get("Address"),
            display_name=data.get("DisplayName"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EndpointInfo:
        draft = _EndpointInfoDraft()
        try:
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.address = (
                None
                if (value := data.get("Address")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Address"))
            )
            draft.display_name = (
                None
                if (value := data.get("DisplayName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DisplayName")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EndpointInfoDraft:
    """A :class:`EndpointInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("type", "address", "display_name")
    type: str | None
    address: str | None
    display_name: str | None


def new_endpoint_info() -> EndpointInfo:
    """Create a :class:`EndpointInfo` with all optional fields omitted."""
    return EndpointInfo()


endpoint_info_type = _rt.Lens[EndpointInfo, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "endpoint_info_type",
)
"""Lens on :attr:`EndpointInfo.type`."""


endpoint_info_address = _rt.Lens[EndpointInfo, str | None](
    lambda s: s.address,
    lambda s, v: _dc.replace(s, address=v),
    "endpoint_info_address",
)
"""Lens on :attr:`EndpointInfo.address`."""


endpoint_info_display_name = _rt.Lens[EndpointInfo, str | None](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "endpoint_info_display_name",
)
"""Lens on :attr:`EndpointInfo.display_name`."""
