"""The AttachmentItem shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_ARTIFACT_STATUS_VALUES = frozenset(
    (
        "APPROVED",
        "REJECTED",
        "IN_PROGRESS",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AttachmentItem:
    """The case-insensitive input to indicate standard MIME type that describes
    the format of the file that will be uploaded.

    Fields:

    - ``content_type``: Describes the MIME file type of the attachment.
    - ``attachment_id``: A unique identifier for the attachment.
    - ``attachment_name``: A case-sensitive name of the attachment being uploaded.
    - ``status``: Status of the attachment.
    """

    content_type: str | None = None
    """Describes the MIME file type of the attachment. For a list of supported
    file types, see `Feature specifications
    <https://docs.aws.amazon.com/connect/latest/adminguide/feature-limits.html>`__
    in the *Amazon Connect Administrator Guide*.
    """

    attachment_id: str | None = None
    """A unique identifier for the attachment."""

    attachment_name: str | None = None
    """A case-sensitive name of the attachment being uploaded."""

    status: str | None = None
    """Status of the attachment."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.content_type
        if value is not None:
            path = prefix + "content_type"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.attachment_id
        if value is not None:
            path = prefix + "attachment_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.attachment_name
        if value is not None:
            path = prefix + "attachment_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_ARTIFACT_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.content_type is not None:
            result["ContentType"] = self.content_type
        if self.attachment_id is not None:
            result["AttachmentId"] = self.attachment_id
        if self.attachment_name is not None:
            result["AttachmentName"] = self.attachment_name
        if self.status is not None:
            result["Status"] = self.status
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AttachmentItem:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AttachmentItem")
        return cls(
            content_type=data.get("ContentType"),
            attachment_id=data.get("AttachmentId"),
            attachment_name=data.get("AttachmentName"),
            status=data.get("Status"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AttachmentItem:
        draft = _AttachmentItemDraft()
        try:
            draft.content_type = (
                None
                if (value := data.get("ContentType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContentType")
                )
            )
            draft.attachment_id = (
                None
                if (value := data.get("AttachmentId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AttachmentId")
                )
            )
            draft.attachment_name = (
                None
                if (value := data.get("AttachmentName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AttachmentName")
                )
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AttachmentItemDraft:
    """A :class:`AttachmentItem` being decoded (see ``_rt.seal``)."""

    __slots__ = ("content_type", "attachment_id", "attachment_name", "status")
    content_type: str | None
    attachment_id: str | None
    attachment_name: str | None
    status: str | None


def new_attachment_item() -> AttachmentItem:
    """Create a :class:`AttachmentItem` with all optional fields omitted."""
    return AttachmentItem()


attachment_item_content_type = _rt.Lens[AttachmentItem, str | None](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "attachment_item_content_type",
)
"""Lens on :attr:`AttachmentItem.content_type`."""


attachment_item_attachment_id = _rt.Lens[AttachmentItem, str | None](
    lambda s: s.attachment_id,
    lambda s, v: _dc.replace(s, attachment_id=v),
    "attachment_item_attachment_id",
)
"""Lens on :attr:`AttachmentItem.attachment_id`."""


attachment_item_attachment_name = _rt.Lens[AttachmentItem, str | None](
    lambda s: s.attachment_name,
    lambda s, v: _dc.replace(s, attachment_name=v),
    "attachment_item_attachment_name",
)
"""Lens on :attr:`AttachmentItem.attachment_name`."""


attachment_item_status = _rt.Lens[AttachmentItem, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "attachment_item_status",
)
"""Lens on :attr:`AttachmentItem.status`."""
