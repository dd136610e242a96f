"""The AdditionalEmailRecipients shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.email_recipient import EmailRecipient


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AdditionalEmailRecipients:
    """List of additional email addresses for an email contact.

    Fields:

    - ``to_list``: List of additional TO email recipients for an email contact.
    - ``cc_list``: List of additional CC email recipients for an email contact.
    """

    to_list: list[EmailRecipient] | None = None
    """List of additional TO email recipients for an email contact."""

    cc_list: list[EmailRecipient] | None = None
    """List of additional CC email recipients for an email contact."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.to_list
        if value is not None:
            path = prefix + "to_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EmailRecipient):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EmailRecipient, got {type(v1).__name__}"
                            )
        value = self.cc_list
        if value is not None:
            path = prefix + "cc_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EmailRecipient):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EmailRecipient, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.to_list is not None:
            result["ToList"] = [v1.to_dict() for v1 in self.to_list]
        if self.cc_list is not None:
            result["CcList"] = [v1.to_dict() for v1 in self.cc_list]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AdditionalEmailRecipients:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AdditionalEmailRecipients")
        return cls(
            to_list=(
                None
                if (value := data.get("ToList")) is None
                else [
                    EmailRecipient.from_dict(v1, path=path + "ToList" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "ToList"))
                ]
            ),
            cc_list=(
                None
                if (value := data.get("CcList")) is None
                else [
                    EmailRecipient.from_dict(v1, path=path + "CcList" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "CcList"))
                ]
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AdditionalEmailRecipients:
        draft = _AdditionalEmailRecipientsDraft()
        try:
            draft.to_list = (
                None
                if (value := data.get("ToList")) is None
                else [
                    EmailRecipient._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "ToList")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ToList")
                    )
                    if v1 is not None
                ]
            )
            draft.cc_list = (
                None
                if (value := data.get("CcList")) is None
                else [
                    EmailRecipient._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "CcList")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "CcList")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AdditionalEmailRecipientsDraft:
    """A :class:`AdditionalEmailRecipients` being decoded (see ``_rt.seal``)."""

    __slots__ = ("to_list", "cc_list")
    to_list: list[EmailRecipient] | None
    cc_list: list[EmailRecipient] | None


def new_additional_email_recipients() -> AdditionalEmailRecipients:
    """Create a :class:`AdditionalEmailRecipients` with all optional fields omitted."""
    return AdditionalEmailRecipients()


additional_email_recipients_to_list = _rt.Lens[
    AdditionalEmailRecipients, list[EmailRecipient] | None
](
    lambda s: s.to_list,
    lambda s, v: _dc.replace(s, to_list=v),
    "additional_email_recipients_to_list",
)
"""Lens on :attr:`AdditionalEmailRecipients.to_list`."""


additional_email_recipients_cc_list = _rt.Lens[
    AdditionalEmailRecipients, list[EmailRecipient] | None
](
    lambda s: s.cc_list,
    lambda s, v: _dc.replace(s, cc_list=v),
    "additional_email_recipients_cc_list",
)
"""Lens on :attr:`AdditionalEmailRecipients.cc_list`."""
