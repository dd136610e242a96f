"""The EmailMessageReference shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[-:/A-Za-z0-9]+",
    "^[-:/A-Za-z0-9]+",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EmailMessageReference:
    """Information about the reference when the referenceType is
    ``EMAIL_MESSAGE``. Otherwise, null.

    Fields:

    - ``name``: The name of the email message reference
    - ``arn``: The Amazon Resource Name (ARN) of the email message reference
    """

    name: str | None = None
    """The name of the email message reference"""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the email message reference"""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=4096)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(
                errors, path, value, min_len=20, max_len=256, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.arn is not None:
            result["Arn"] = self.arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EmailMessageReference:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EmailMessageReference")
        return cls(
            name=data.get("Name"),
            arn=data.get("Arn"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EmailMessageReference:
        draft = _EmailMessageReferenceDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EmailMessageReferenceDraft:
    """A :class:`EmailMessageReference` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "arn")
    name: str | None
    arn: str | None


def new_email_message_reference() -> EmailMessageReference:
    """Create a :class:`EmailMessageReference` with all optional fields omitted."""
    return EmailMessageReference()


email_message_reference_name = _rt.Lens[EmailMessageReference, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "email_message_reference_name",
)
"""Lens on :attr:`EmailMessageReference.name`."""


email_message_reference_arn = _rt.Lens[EmailMessageReference, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "email_message_reference_arn",
)
"""Lens on :attr:`EmailMessageReference.arn`."""
