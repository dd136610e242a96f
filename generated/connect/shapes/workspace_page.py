"""The WorkspacePage shape."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import runtime as _rt

_PATTERN_1 = _rt.Pattern(
    "^(?!\\\\.$)(?!\\\\.\\\\.$)[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]+$",
    "^(?!\\\\[^\\n\\r\\x85\\u2028\\u2029](?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z))(?!\\\\[^\\n\\r\\x85\\u2028\\u2029]\\\\[^\\n\\r\\x85\\u2028\\u2029](?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z))[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    "^$|^[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]{3,}$",
    "^(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)|^[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]{3,}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class WorkspacePage:
    """Contains information about a page configuration in a workspace,
    including the view assigned to the page.
    """

    resource_arn: str | None = None
    """The Amazon Resource Name (ARN) of the view associated with this page."""

    page: str | None = None
    """The page identifier. System pages include ``HOME`` and
    ``AGENT_EXPERIENCE``.
    """

    slug: str | None = None
    """The URL-friendly identifier for the page."""

    input_data: str | None = None
    """A JSON string containing input parameters passed to the view when the
    page is rendered.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.resource_arn
        if value is not None:
            path = prefix + "resource_arn"
            _rt.check_str(errors, path, value)
        value = self.page
        if value is not None:
            path = prefix + "page"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=25, pattern=_PATTERN_1
            )
        value = self.slug
        if value is not None:
            path = prefix + "slug"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=63, pattern=_PATTERN_2
            )
        value = self.input_data
        if value is not None:
            path = prefix + "input_data"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.resource_arn is not None:
            result["ResourceArn"] = self.resource_arn
        if self.page is not None:
            result["Page"] = self.page
        if self.slug is not None:
            result["Slug"] = self.slug
        if self.input_data is not None:
            result["InputData"] = self.input_data
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> WorkspacePage:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            resource_arn=data.get("ResourceArn"),
            page=data.get("Page"),
            slug=data.get("Slug"),
            input_data=data.get("InputData"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> WorkspacePage:
        return cls(
            resource_arn=(
                None
                if (value := data.get("ResourceArn")) is None
                else _rt.expect_str(value)
            ),
            page=None if (value := data.get("Page")) is None else _rt.expect_str(value),
            slug=None if (value := data.get("Slug")) is None else _rt.expect_str(value),
            input_data=(
                None
                if (value := data.get("InputData")) is None
                else _rt.expect_str(value)
            ),
        )


def new_workspace_page() -> WorkspacePage:
    """Create a :class:`WorkspacePage` with all optional fields omitted."""
    return WorkspacePage()


workspace_page_resource_arn: _rt.Lens[WorkspacePage, str | None] = _rt.Lens(
    lambda s: s.resource_arn,
    lambda s, v: _dc.replace(s, resource_arn=v),
    "workspace_page_resource_arn",
)
"""Lens on :attr:`WorkspacePage.resource_arn`."""


workspace_page_page: _rt.Lens[WorkspacePage, str | None] = _rt.Lens(
    lambda s: s.page,
    lambda s, v: _dc.replace(s, page=v),
    "workspace_page_page",
)
"""Lens on :attr:`WorkspacePage.page`."""


workspace_page_slug: _rt.Lens[WorkspacePage, str | None] = _rt.Lens(
    lambda s: s.slug,
    lambda s, v: _dc.replace(s, slug=v),
    "workspace_page_slug",
)
"""Lens on :attr:`WorkspacePage.slug`."""


workspace_page_input_data: _rt.Lens[WorkspacePage, str | None] = _rt.Lens(
    lambda s: s.input_data,
    lambda s, v: _dc.replace(s, input_data=v),
    "workspace_page_input_data",
)
"""Lens on :attr:`WorkspacePage.input_data`."""
