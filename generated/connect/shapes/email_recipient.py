"""The EmailRecipient shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EmailRecipient:
    """Information about the email recipient

    Fields:

    - ``address``: Address of the email recipient.
    - ``display_name``: Display name of the email recipient.
    """

    address: str | None = None
    """Address of the email recipient."""

    display_name: str | None = None
    """Display name of the email recipient."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
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
        if self.address is not None:
            result["Address"] = self.address
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EmailRecipient:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EmailRecipient")
        return cls(
            address=data.get("Address"),
            display_name=data.get("DisplayName"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EmailRecipient:
        draft = _EmailRecipientDraft()
        try:
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


class _EmailRecipientDraft:
    """A :class:`EmailRecipient` being decoded (see ``_rt.seal``)."""

    __slots__ = ("address", "display_name")
    address: str | None
    display_name: str | None


def new_email_recipient() -> EmailRecipient:
    """Create a :class:`EmailRecipient` with all optional fields omitted."""
    return EmailRecipient()


email_recipient_address = _rt.Lens[EmailRecipient, str | None](
    lambda s: s.address,
    lambda s, v: _dc.replace(s, address=v),
    "email_recipient_address",
)
"""Lens on :attr:`EmailRecipient.address`."""


email_recipient_display_name = _rt.Lens[EmailRecipient, str | None](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "email_recipient_display_name",
)
"""Lens on :attr:`EmailRecipient.display_name`."""
