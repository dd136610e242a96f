"""The EmailAddressSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EmailAddressSummary:
    """Summary information about an email address associated with a queue.
    Contains the essential details needed to identify and manage the email
    address routing configuration.

    Fields:

    - ``id``: The unique identifier of the email address associated with the queue.
    - ``arn``: The Amazon Resource Name (ARN) of the email address associated with the queue.
    - ``is_default_outbound_email``: Indicates whether this email address is configured as the default outbound email address for the queue.
    """

    id: str | None = None
    """The unique identifier of the email address associated with the queue."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the email address associated with the
    queue.
    """

    is_default_outbound_email: bool | None = None
    """Indicates whether this email address is configured as the default
    outbound email address for the queue. When set to true, this email
    address is used as the default sender for outbound email contacts from
    this queue.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.is_default_outbound_email
        if value is not None:
            path = prefix + "is_default_outbound_email"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.is_default_outbound_email is not None:
            result["IsDefaultOutboundEmail"] = self.is_default_outbound_email
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EmailAddressSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EmailAddressSummary")
        return cls(
            id=data.get("Id"),
            arn=data.get("Arn"),
            is_default_outbound_email=data.get("IsDefaultOutboundEmail"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EmailAddressSummary:
        draft = _EmailAddressSummaryDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.is_default_outbound_email = (
                None
                if (value := data.get("IsDefaultOutboundEmail")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "IsDefaultOutboundEmail")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EmailAddressSummaryDraft:
    """A :class:`EmailAddressSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "arn", "is_default_outbound_email")
    id: str | None
    arn: str | None
    is_default_outbound_email: bool | None


def new_email_address_summary() -> EmailAddressSummary:
    """Create a :class:`EmailAddressSummary` with all optional fields omitted."""
    return EmailAddressSummary()


email_address_summary_id = _rt.Lens[EmailAddressSummary, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "email_address_summary_id",
)
"""Lens on :attr:`EmailAddressSummary.id`."""


email_address_summary_arn = _rt.Lens[EmailAddressSummary, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "email_address_summary_arn",
)
"""Lens on :attr:`EmailAddressSummary.arn`."""


email_address_summary_is_default_outbound_email = _rt.Lens[
    EmailAddressSummary, bool | None
](
    lambda s: s.is_default_outbound_email,
    lambda s, v: _dc.replace(s, is_default_outbound_email=v),
    "email_address_summary_is_default_outbound_email",
)
"""Lens on :attr:`EmailAddressSummary.is_default_outbound_email`."""
