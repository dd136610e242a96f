"""The Endpoint shape."""

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
class Endpoint:
    """Information about the endpoint.

    Fields:

    - ``type``: Type of the endpoint.
    - ``address``: Address of the endpoint.
    """

    type: str | None = None
    """Type of the endpoint."""

    address: str | None = None
    """Address of the endpoint."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.address is not None:
            result["Address"] = self.address
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Endpoint:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Endpoint")
        return cls(
            type=data.get("Type"),
            address=data.get("Address"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.type is not None:
            data["Type"] = self.type
        if self.address is not None:
            data["Address"] = self.address
        return data


def new_endpoint() -> Endpoint:
    """Create a :class:`Endpoint` with all optional fields omitted."""
    return Endpoint()


endpoint_type = _rt.Lens[Endpoint, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "endpoint_type",
)
"""Lens on :attr:`Endpoint.type`."""


endpoint_address = _rt.Lens[Endpoint, str | None](
    lambda s: s.address,
    lambda s, v: _dc.replace(s, address=v),
    "endpoint_address",
)
"""Lens on :attr:`Endpoint.address`."""
