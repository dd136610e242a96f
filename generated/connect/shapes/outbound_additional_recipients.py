"""The OutboundAdditionalRecipients shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.email_address_info import EmailAddressInfo


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class OutboundAdditionalRecipients:
    """Information about the additional recipients of outbound email.

    Fields:

    - ``cc_email_addresses``: Information about the **additional** CC email address recipients.
    """

    cc_email_addresses: list[EmailAddressInfo] | None = None
    """Information about the **additional** CC email address recipients. Email
    recipients are limited to 50 total addresses: 1 required recipient in
    the `DestinationEmailAddress
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_SendOutboundEmail.html#API_SendOutboundEmail_RequestBody>`__
    field and up to 49 recipients in the 'CcEmailAddresses' field.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.cc_email_addresses
        if value is not None:
            path = prefix + "cc_email_addresses"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 50)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EmailAddressInfo):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EmailAddressInfo, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.cc_email_addresses is not None:
            result["CcEmailAddresses"] = [
                v1.to_dict() for v1 in self.cc_email_addresses
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> OutboundAdditionalRecipients:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "OutboundAdditionalRecipients")
        return cls(
            cc_email_addresses=(
                None
                if (value := data.get("CcEmailAddresses")) is None
                else [
                    EmailAddressInfo.from_dict(
                        v1, path=path + "CcEmailAddresses" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "CcEmailAddresses")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.cc_email_addresses is not None:
            data["CcEmailAddresses"] = [v1._to_json() for v1 in self.cc_email_addresses]
        return data


def new_outbound_additional_recipients() -> OutboundAdditionalRecipients:
    """Create a :class:`OutboundAdditionalRecipients` with all optional fields omitted."""
    return OutboundAdditionalRecipients()


outbound_additional_recipients_cc_email_addresses = _rt.Lens[
    OutboundAdditionalRecipients, list[EmailAddressInfo] | None
](
    lambda s: s.cc_email_addresses,
    lambda s, v: _dc.replace(s, cc_email_addresses=v),
    "outbound_additional_recipients_cc_email_addresses",
)
"""Lens on :attr:`OutboundAdditionalRecipients.cc_email_addresses`."""
