"""The UploadMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UploadMetadata:
    """Fields to be used while uploading the attachment.

    Fields:

    - ``url``: This is the pre-signed URL that can be used for uploading the file to Amazon S3 when used in response to `StartAttachmentUpload <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_StartAttachmentUpload.html>`__.
    - ``url_expiry``: The expiration time of the URL in ISO timestamp.
    - ``headers_to_include``: The headers to be provided while uploading the file to the URL.
    """

    url: str | None = None
    """This is the pre-signed URL that can be used for uploading the file to
    Amazon S3 when used in response to `StartAttachmentUpload
    <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_StartAttachmentUpload.html>`__.
    """

    url_expiry: str | None = None
    """The expiration time of the URL in ISO timestamp. It's specified in ISO
    8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For example,
    2019-11-08T02:41:28.172Z.
    """

    headers_to_include: dict[str, str] | None = None
    """The headers to be provided while uploading the file to the URL."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.url
        if value is not None:
            path = prefix + "url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)
        value = self.url_expiry
        if value is not None:
            path = prefix + "url_expiry"
            _rt.check_str(errors, path, value)
        value = self.headers_to_include
        if value is not None:
            path = prefix + "headers_to_include"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=128)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.url is not None:
            result["Url"] = self.url
        if self.url_expiry is not None:
            result["UrlExpiry"] = self.url_expiry
        if self.headers_to_include is not None:
            result["HeadersToInclude"] = dict(self.headers_to_include)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UploadMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UploadMetadata")
        return cls(
            url=data.get("Url"),
            url_expiry=data.get("UrlExpiry"),
            headers_to_include=(
                None
                if (value := data.get("HeadersToInclude")) is None
                else dict(_rt.expect_mapping(value, path + "HeadersToInclude"))
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UploadMetadata:
        draft = _UploadMetadataDraft()
        try:
            draft.url = (
                None
                if (value := data.get("Url")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Url"))
            )
            draft.url_expiry = (
                None
                if (value := data.get("UrlExpiry")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "UrlExpiry")
                )
            )
            draft.headers_to_include = (
                None
                if (value := data.get("HeadersToInclude")) is None
                else {
                    k1: (
                        v1
                        if type(v1) is str
                        else _rt.expect_str(v1, "HeadersToInclude")
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "HeadersToInclude")
                    ).items()
                    if v1 is not None
                }
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UploadMetadataDraft:
    """A :class:`UploadMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = ("url", "url_expiry", "headers_to_include")
    url: str | None
    url_expiry: str | None
    headers_to_include: dict[str, str] | None


def new_upload_metadata() -> UploadMetadata:
    """Create a :class:`UploadMetadata` with all optional fields omitted."""
    return UploadMetadata()


upload_metadata_url = _rt.Lens[UploadMetadata, str | None](
    lambda s: s.url,
    lambda s, v: _dc.replace(s, url=v),
    "upload_metadata_url",
)
"""Lens on :attr:`UploadMetadata.url`."""


upload_metadata_url_expiry = _rt.Lens[UploadMetadata, str | None](
    lambda s: s.url_expiry,
    lambda s, v: _dc.replace(s, url_expiry=v),
    "upload_metadata_url_expiry",
)
"""Lens on :attr:`UploadMetadata.url_expiry`."""


upload_metadata_headers_to_include = _rt.Lens[UploadMetadata, dict[str, str] | None](
    lambda s: s.headers_to_include,
    lambda s, v: _dc.replace(s, headers_to_include=v),
    "upload_metadata_headers_to_include",
)
"""Lens on :attr:`UploadMetadata.headers_to_include`."""
