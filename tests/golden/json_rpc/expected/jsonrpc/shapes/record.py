"""The Record shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import awsjson as _rt
from ..shapes.value import Value


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """The Record shape.

    Fields:

    - ``name``: The ``Name`` member.
    - ``size``: The ``Size`` member.
    - ``ratio``: The ``Ratio`` member.
    - ``created``: The ``Created`` member.
    - ``value``: The ``Value`` member.
    """

    name: str | None = None
    """The ``Name`` member."""

    size: int | None = None
    """The ``Size`` member."""

    ratio: float | None = None
    """The ``Ratio`` member."""

    created: _dt.datetime | None = None
    """The ``Created`` member."""

    value: Value | None = None
    """The ``Value`` member."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=64)
        value = self.size
        if value is not None:
            path = prefix + "size"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.ratio
        if value is not None:
            path = prefix + "ratio"
            _rt.check_number(errors, path, value, False)
        value = self.created
        if value is not None:
            path = prefix + "created"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.value
        if value is not None:
            path = prefix + "value"
            if isinstance(value, Value):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Value, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.size is not None:
            result["Size"] = self.size
        if self.ratio is not None:
            result["Ratio"] = self.ratio
        if self.created is not None:
            result["Created"] = self.created
        if self.value is not None:
            result["Value"] = self.value.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Record:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Record")
        return cls(
            name=data.get("Name"),
            size=data.get("Size"),
            ratio=data.get("Ratio"),
            created=data.get("Created"),
            value=(
                None
                if (value := data.get("Value")) is None
                else Value.from_dict(value, path=path + "Value" + ".")
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Record:
        draft = _RecordDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.size = (
                None
                if (value := data.get("Size")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Size"))
            )
            draft.ratio = (
                None
                if (value := data.get("Ratio")) is None
                else _rt.expect_float(value, "Ratio")
            )
            draft.created = (
                None
                if (value := data.get("Created")) is None
                else _rt.parse_timestamp(value, "Created")
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else Value._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Value")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RecordDraft:
    """A :class:`Record` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "size", "ratio", "created", "value")
    name: str | None
    size: int | None
    ratio: float | None
    created: _dt.datetime | None
    value: Value | None


def new_record() -> Record:
    """Create a :class:`Record` with all optional fields omitted."""
    return Record()


record_name = _rt.Lens[Record, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "record_name",
)
"""Lens on :attr:`Record.name`."""


record_size = _rt.Lens[Record, int | None](
    lambda s: s.size,
    lambda s, v: _dc.replace(s, size=v),
    "record_size",
)
"""Lens on :attr:`Record.size`."""


record_ratio = _rt.Lens[Record, float | None](
    lambda s: s.ratio,
    lambda s, v: _dc.replace(s, ratio=v),
    "record_ratio",
)
"""Lens on :attr:`Record.ratio`."""


record_created = _rt.Lens[Record, _dt.datetime | None](
    lambda s: s.created,
    lambda s, v: _dc.replace(s, created=v),
    "record_created",
)
"""Lens on :attr:`Record.created`."""


record_value = _rt.Lens[Record, Value | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "record_value",
)
"""Lens on :attr:`Record.value`."""
