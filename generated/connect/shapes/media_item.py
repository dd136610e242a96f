"""The MediaItem shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_MEDIA_TYPE_VALUES = frozenset(
    (
        "IMAGE_LOGO_LIGHT_FAVICON",
        "IMAGE_LOGO_DARK_FAVICON",
        "IMAGE_LOGO_LIGHT_HORIZONTAL",
        "IMAGE_LOGO_DARK_HORIZONTAL",
    )
)
_PATTERN_1 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MediaItem:
    """Contains information about a media asset used in a workspace.

    Fields:

    - ``type``: The type of media.
    - ``source``: The source URL or data for the media asset.
    """

    type: str | None = None
    """The type of media. Valid values are: ``IMAGE_LOGO_FAVICON`` and
    ``IMAGE_LOGO_HORIZONTAL``.
    """

    source: str | None = None
    """The source URL or data for the media asset."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_MEDIA_TYPE_VALUES)
        value = self.source
        if value is not None:
            path = prefix + "source"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=533333, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.source is not None:
            result["Source"] = self.source
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> MediaItem:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MediaItem")
        return cls(
            type=data.get("Type"),
            source=data.get("Source"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MediaItem:
        draft = _MediaItemDraft()
        try:
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.source = (
                None
                if (value := data.get("Source")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Source"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MediaItemDraft:
    """A :class:`MediaItem` being decoded (see ``_rt.seal``)."""

    __slots__ = ("type", "source")
    type: str | None
    source: str | None


def new_media_item() -> MediaItem:
    """Create a :class:`MediaItem` with all optional fields omitted."""
    return MediaItem()


media_item_type = _rt.Lens[MediaItem, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "media_item_type",
)
"""Lens on :attr:`MediaItem.type`."""


media_item_source = _rt.Lens[MediaItem, str | None](
    lambda s: s.source,
    lambda s, v: _dc.replace(s, source=v),
    "media_item_source",
)
"""Lens on :attr:`MediaItem.source`."""
