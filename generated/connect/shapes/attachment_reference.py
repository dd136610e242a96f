"""The AttachmentReference shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

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
class AttachmentReference:
    """Information about a reference when the ``referenceType`` is
    ``ATTACHMENT``. Otherwise, null.

    Fields:

    - ``name``: Identifier of the attachment reference.
    - ``value``: The location path of the attachment reference.
    - ``status``: Status of the attachment reference type.
    - ``arn``: The Amazon Resource Name (ARN) of the attachment reference.
    """

    name: str | None = None
    """Identifier of the attachment reference."""

    value: str | None = None
    """The location path of the attachment reference."""

    status: str | None = None
    """Status of the attachment reference type."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the attachment reference."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.value is not None:
            result["Value"] = self.value
        if self.status is not None:
            result["Status"] = self.status
        if self.arn is not None:
            result["Arn"] = self.arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AttachmentReference:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AttachmentReference")
        return cls(
            name=data.get("Name"),
            value=data.get("Value"),
            status=data.get("Status"),
            arn=data.get("Arn"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AttachmentReference:
        draft = _AttachmentReferenceDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AttachmentReferenceDraft:
    """A :class:`AttachmentReference` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "value", "status", "arn")
    name: str | None
    value: str | None
    status: str | None
    arn: str | None


def new_attachment_reference() -> AttachmentReference:
    """Create a :class:`AttachmentReference` with all optional fields omitted."""
    return AttachmentReference()


attachment_reference_name = _rt.Lens[AttachmentReference, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "attachment_reference_name",
)
"""Lens on :attr:`AttachmentReference.name`."""


attachment_reference_value = _rt.Lens[AttachmentReference, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "attachment_reference_value",
)
"""Lens on :attr:`AttachmentReference.value`."""


attachment_reference_status = _rt.Lens[AttachmentReference, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "attachment_reference_status",
)
"""Lens on :attr:`AttachmentReference.status`."""


attachment_reference_arn = _rt.Lens[AttachmentReference, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "attachment_reference_arn",
)
"""Lens on :attr:`AttachmentReference.arn`."""
