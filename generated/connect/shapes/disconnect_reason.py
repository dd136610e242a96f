"""The DisconnectReason shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisconnectReason:
    """Contains details about why a contact was disconnected. Only Connect
    Customer outbound campaigns can provide this field.

    Fields:

    - ``code``: A code that indicates how the contact was terminated.
    """

    code: str | None = None
    """A code that indicates how the contact was terminated."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.code
        if value is not None:
            path = prefix + "code"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.code is not None:
            result["Code"] = self.code
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisconnectReason:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisconnectReason")
        return cls(
            code=data.get("Code"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.code is not None:
            data["Code"] = self.code
        return data


def new_disconnect_reason() -> DisconnectReason:
    """Create a :class:`DisconnectReason` with all optional fields omitted."""
    return DisconnectReason()


disconnect_reason_code = _rt.Lens[DisconnectReason, str | None](
    lambda s: s.code,
    lambda s, v: _dc.replace(s, code=v),
    "disconnect_reason_code",
)
"""Lens on :attr:`DisconnectReason.code`."""
