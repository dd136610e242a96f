"""The OutboundEmailConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class OutboundEmailConfig:
    """The outbound email address ID.

    Fields:

    - ``outbound_email_address_id``: The identifier of the email address.
    """

    outbound_email_address_id: str | None = None
    """The identifier of the email address."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.outbound_email_address_id
        if value is not None:
            path = prefix + "outbound_email_address_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.outbound_email_address_id is not None:
            result["OutboundEmailAddressId"] = self.outbound_email_address_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> OutboundEmailConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "OutboundEmailConfig")
        return cls(
            outbound_email_address_id=data.get("OutboundEmailAddressId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.outbound_email_address_id is not None:
            data["OutboundEmailAddressId"] = self.outbound_email_address_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> OutboundEmailConfig:
        draft = _OutboundEmailConfigDraft()
        try:
            draft.outbound_email_address_id = (
                None
                if (value := data.get("OutboundEmailAddressId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "OutboundEmailAddressId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _OutboundEmailConfigDraft:
    """A :class:`OutboundEmailConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("outbound_email_address_id",)
    outbound_email_address_id: str | None


def new_outbound_email_config() -> OutboundEmailConfig:
    """Create a :class:`OutboundEmailConfig` with all optional fields omitted."""
    return OutboundEmailConfig()


outbound_email_config_outbound_email_address_id = _rt.Lens[
    OutboundEmailConfig, str | None
](
    lambda s: s.outbound_email_address_id,
    lambda s, v: _dc.replace(s, outbound_email_address_id=v),
    "outbound_email_config_outbound_email_address_id",
)
"""Lens on :attr:`OutboundEmailConfig.outbound_email_address_id`."""
