"""The PredefinedAttributeSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PredefinedAttributeSummary:
    """Summary of a predefined attribute.

    Fields:

    - ``name``: The name of the predefined attribute.
    - ``last_modified_time``: Last modified time.
    - ``last_modified_region``: Last modified region.
    """

    name: str | None = None
    """The name of the predefined attribute."""

    last_modified_time: _dt.datetime | None = None
    """Last modified time."""

    last_modified_region: str | None = None
    """Last modified region."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PredefinedAttributeSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PredefinedAttributeSummary")
        return cls(
            name=data.get("Name"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PredefinedAttributeSummary:
        draft = _PredefinedAttributeSummaryDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.last_modified_time = (
                None
                if (value := data.get("LastModifiedTime")) is None
                else _rt.parse_timestamp(value, "LastModifiedTime")
            )
            draft.last_modified_region = (
                None
                if (value := data.get("LastModifiedRegion")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "LastModifiedRegion")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PredefinedAttributeSummaryDraft:
    """A :class:`PredefinedAttributeSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "last_modified_time", "last_modified_region")
    name: str | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None


def new_predefined_attribute_summary() -> PredefinedAttributeSummary:
    """Create a :class:`PredefinedAttributeSummary` with all optional fields omitted."""
    return PredefinedAttributeSummary()


predefined_attribute_summary_name = _rt.Lens[PredefinedAttributeSummary, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "predefined_attribute_summary_name",
)
"""Lens on :attr:`PredefinedAttributeSummary.name`."""


predefined_attribute_summary_last_modified_time = _rt.Lens[
    PredefinedAttributeSummary, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "predefined_attribute_summary_last_modified_time",
)
"""Lens on :attr:`PredefinedAttributeSummary.last_modified_time`."""


predefined_attribute_summary_last_modified_region = _rt.Lens[
    PredefinedAttributeSummary, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "predefined_attribute_summary_last_modified_region",
)
"""Lens on :attr:`PredefinedAttributeSummary.last_modified_region`."""
