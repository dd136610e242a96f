"""The RecordPrimaryValue shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.primary_value_response import PrimaryValueResponse

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RecordPrimaryValue:
    """A record primary value.

    Fields:

    - ``record_id``: The value's record ID.
    - ``primary_values``: The value's primary values.
    - ``last_modified_time``: The value's last modified time.
    - ``last_modified_region``: The value's last modified region.
    """

    record_id: str | None = None
    """The value's record ID."""

    primary_values: list[PrimaryValueResponse] | None = None
    """The value's primary values."""

    last_modified_time: _dt.datetime | None = None
    """The value's last modified time."""

    last_modified_region: str | None = None
    """The value's last modified region."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.record_id
        if value is not None:
            path = prefix + "record_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.primary_values
        if value is not None:
            path = prefix + "primary_values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PrimaryValueResponse):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PrimaryValueResponse, got {type(v1).__name__}"
                            )
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
        if self.record_id is not None:
            result["RecordId"] = self.record_id
        if self.primary_values is not None:
            result["PrimaryValues"] = [v1.to_dict() for v1 in self.primary_values]
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RecordPrimaryValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RecordPrimaryValue")
        return cls(
            record_id=data.get("RecordId"),
            primary_values=(
                None
                if (value := data.get("PrimaryValues")) is None
                else [
                    PrimaryValueResponse.from_dict(
                        v1, path=path + "PrimaryValues" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PrimaryValues")
                    )
                ]
            ),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RecordPrimaryValue:
        draft = _RecordPrimaryValueDraft()
        try:
            draft.record_id = (
                None
                if (value := data.get("RecordId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "RecordId")
                )
            )
            draft.primary_values = (
                None
                if (value := data.get("PrimaryValues")) is None
                else [
                    PrimaryValueResponse._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "PrimaryValues")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "PrimaryValues")
                    )
                    if v1 is not None
                ]
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


class _RecordPrimaryValueDraft:
    """A :class:`RecordPrimaryValue` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "record_id",
        "primary_values",
        "last_modified_time",
        "last_modified_region",
    )
    record_id: str | None
    primary_values: list[PrimaryValueResponse] | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None


def new_record_primary_value() -> RecordPrimaryValue:
    """Create a :class:`RecordPrimaryValue` with all optional fields omitted."""
    return RecordPrimaryValue()


record_primary_value_record_id = _rt.Lens[RecordPrimaryValue, str | None](
    lambda s: s.record_id,
    lambda s, v: _dc.replace(s, record_id=v),
    "record_primary_value_record_id",
)
"""Lens on :attr:`RecordPrimaryValue.record_id`."""


record_primary_value_primary_values = _rt.Lens[
    RecordPrimaryValue, list[PrimaryValueResponse] | None
](
    lambda s: s.primary_values,
    lambda s, v: _dc.replace(s, primary_values=v),
    "record_primary_value_primary_values",
)
"""Lens on :attr:`RecordPrimaryValue.primary_values`."""


record_primary_value_last_modified_time = _rt.Lens[
    RecordPrimaryValue, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "record_primary_value_last_modified_time",
)
"""Lens on :attr:`RecordPrimaryValue.last_modified_time`."""


record_primary_value_last_modified_region = _rt.Lens[RecordPrimaryValue, str | None](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "record_primary_value_last_modified_region",
)
"""Lens on :attr:`RecordPrimaryValue.last_modified_region`."""
