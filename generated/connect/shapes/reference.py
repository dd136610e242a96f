"""The Reference shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_REFERENCE_TYPE_VALUES = frozenset(
    (
        "URL",
        "ATTACHMENT",
        "CONTACT_ANALYSIS",
        "NUMBER",
        "STRING",
        "DATE",
        "EMAIL",
        "EMAIL_MESSAGE",
        "EMAIL_MESSAGE_PLAIN_TEXT",
        "EMAIL_MESSAGE_PLAIN_TEXT_REDACTED",
        "EMAIL_MESSAGE_REDACTED",
    )
)
_REFERENCE_STATUS_VALUES = frozenset(
    (
        "AVAILABLE",
        "DELETED",
        "APPROVED",
        "REJECTED",
        "PROCESSING",
        "FAILED",
    )
)
_PATTERN_1 = _rt.Pattern(
    "^[-:/A-Za-z0-9]+",
    "^[-:/A-Za-z0-9]+",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Reference:
    """Well-formed data on a contact, used by agents to complete a contact
    request. You can have up to 4,096 UTF-8 bytes across all references for
    a contact.

    Fields:

    - ``type``: The type of the reference.
    - ``value``: A valid value for the reference.
    - ``status``: Status of the attachment reference type.
    - ``arn``: The Amazon Resource Name (ARN) of the reference
    - ``status_reason``: Relevant details why the reference was not successfully created.
    """

    type: str | None
    """The type of the reference. ``DATE`` must be of type Epoch timestamp."""

    value: str | None = None
    """A valid value for the reference. For example, for a URL reference, a
    formatted URL that is displayed to an agent in the Contact Control Panel
    (CCP).
    """

    status: str | None = None
    """Status of the attachment reference type."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the reference"""

    status_reason: str | None = None
    """Relevant details why the reference was not successfully created."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is None:
            errors.append(prefix + "type: required but missing")
        else:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_REFERENCE_TYPE_VALUES)
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_REFERENCE_STATUS_VALUES)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(
                errors, path, value, min_len=20, max_len=256, pattern=_PATTERN_1
            )
        value = self.status_reason
        if value is not None:
            path = prefix + "status_reason"
            _rt.check_str(errors, path, value, min_len=0, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.value is not None:
            result["Value"] = self.value
        if self.status is not None:
            result["Status"] = self.status
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.status_reason is not None:
            result["StatusReason"] = self.status_reason
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Reference:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Reference")
        return cls(
            type=data.get("Type"),
            value=data.get("Value"),
            status=data.get("Status"),
            arn=data.get("Arn"),
            status_reason=data.get("StatusReason"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.type is not None:
            data["Type"] = self.type
        if self.value is not None:
            data["Value"] = self.value
        if self.status is not None:
            data["Status"] = self.status
        if self.arn is not None:
            data["Arn"] = self.arn
        if self.status_reason is not None:
            data["StatusReason"] = self.status_reason
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Reference:
        draft = _ReferenceDraft()
        try:
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Value"))
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.status_reason = (
                None
                if (value := data.get("StatusReason")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "StatusReason")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ReferenceDraft:
    """A :class:`Reference` being decoded (see ``_rt.seal``)."""

    __slots__ = ("type", "value", "status", "arn", "status_reason")
    type: str | None
    value: str | None
    status: str | None
    arn: str | None
    status_reason: str | None


def new_reference(
    type: str,
) -> Reference:
    """Create a :class:`Reference` with all optional fields omitted."""
    return Reference(
        type=type,
    )


reference_type = _rt.Lens[Reference, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "reference_type",
)
"""Lens on :attr:`Reference.type`."""


reference_value = _rt.Lens[Reference, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "reference_value",
)
"""Lens on :attr:`Reference.value`."""


reference_status = _rt.Lens[Reference, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "reference_status",
)
"""Lens on :attr:`Reference.status`."""


reference_arn = _rt.Lens[Reference, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "reference_arn",
)
"""Lens on :attr:`Reference.arn`."""


reference_status_reason = _rt.Lens[Reference, str | None](
    lambda s: s.status_reason,
    lambda s, v: _dc.replace(s, status_reason=v),
    "reference_status_reason",
)
"""Lens on :attr:`Reference.status_reason`."""
