"""The InboundAdditionalRecipients shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.email_address_info import EmailAddressInfo


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class InboundAdditionalRecipients:
    """Information about the additional TO and CC recipients of an inbound
    email contact.

    .. note::

       You can include up to 50 email addresses in total, distributed across
       `DestinationEmailAddress
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_StartEmailContact.html#API_StartEmailContact_RequestBody>`__,
       ``ToAddresses``, and ``CcAddresses``. This total must include one
       required ``DestinationEmailAddress``. You can then specify up to 49
       addresses allocated across ``ToAddresses`` and ``CcAddresses`` as
       needed.

    Fields:

    - ``to_addresses``: The **additional** recipients information present in to list.
    - ``cc_addresses``: The **additional** recipients information present in cc list.
    """

    to_addresses: list[EmailAddressInfo] | None = None
    """The **additional** recipients information present in to list. You must
    have 1 required recipient (``DestinationEmailAddress``). You can then
    specify up to 49 additional recipients (across ``ToAddresses`` and
    ``CcAddresses``), for a total of 50 recipients.
    """

    cc_addresses: list[EmailAddressInfo] | None = None
    """The **additional** recipients information present in cc list. You must
    have 1 required recipient (``DestinationEmailAddress``). You can then
    specify up to 49 additional recipients (across ``ToAddresses`` and
    ``CcAddresses``), for a total of 50 recipients.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.to_addresses
        if value is not None:
            path = prefix + "to_addresses"
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
        value = self.cc_addresses
        if value is not None:
            path = prefix + "cc_addresses"
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
        if self.to_addresses is not None:
            result["ToAddresses"] = [v1.to_dict() for v1 in self.to_addresses]
        if self.cc_addresses is not None:
            result["CcAddresses"] = [v1.to_dict() for v1 in self.cc_addresses]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> InboundAdditionalRecipients:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "InboundAdditionalRecipients")
        return cls(
            to_addresses=(
                None
                if (value := data.get("ToAddresses")) is None
                else [
                    EmailAddressInfo.from_dict(
                        v1, path=path + "ToAddresses" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ToAddresses")
                    )
                ]
            ),
            cc_addresses=(
                None
                if (value := data.get("CcAddresses")) is None
                else [
                    EmailAddressInfo.from_dict(
                        v1, path=path + "CcAddresses" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "CcAddresses")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.to_addresses is not None:
            data["ToAddresses"] = [v1._to_json() for v1 in self.to_addresses]
        if self.cc_addresses is not None:
            data["CcAddresses"] = [v1._to_json() for v1 in self.cc_addresses]
        return data


def new_inbound_additional_recipients() -> InboundAdditionalRecipients:
    """Create a :class:`InboundAdditionalRecipients` with all optional fields omitted."""
    return InboundAdditionalRecipients()


inbound_additional_recipients_to_addresses = _rt.Lens[
    InboundAdditionalRecipients, list[EmailAddressInfo] | None
](
    lambda s: s.to_addresses,
    lambda s, v: _dc.replace(s, to_addresses=v),
    "inbound_additional_recipients_to_addresses",
)
"""Lens on :attr:`InboundAdditionalRecipients.to_addresses`."""


inbound_additional_recipients_cc_addresses = _rt.Lens[
    InboundAdditionalRecipients, list[EmailAddressInfo] | None
](
    lambda s: s.cc_addresses,
    lambda s, v: _dc.replace(s, cc_addresses=v),
    "inbound_additional_recipients_cc_addresses",
)
"""Lens on :attr:`InboundAdditionalRecipients.cc_addresses`."""
