"""The HoursOfOperationsIdentifier shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HoursOfOperationsIdentifier:
    """Identifier for a hours of operations resource: ARN, ID, Name

    Fields:

    - ``name``: Name of the hours of operation
    - ``id``: Unique identifier of the hours of operation.
    - ``arn``: Amazon Resource Name (ARN) of the hours of operations.
    """

    name: str | None
    """Name of the hours of operation"""

    id: str | None
    """Unique identifier of the hours of operation."""

    arn: str | None = None
    """Amazon Resource Name (ARN) of the hours of operations."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            _rt.check_str(errors, path, value)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HoursOfOperationsIdentifier:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HoursOfOperationsIdentifier")
        return cls(
            name=data.get("Name"),
            id=data.get("Id"),
            arn=data.get("Arn"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> HoursOfOperationsIdentifier:
        draft = _HoursOfOperationsIdentifierDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _HoursOfOperationsIdentifierDraft:
    """A :class:`HoursOfOperationsIdentifier` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "id", "arn")
    name: str | None
    id: str | None
    arn: str | None


def new_hours_of_operations_identifier(
    name: str,
    id: str,
) -> HoursOfOperationsIdentifier:
    """Create a :class:`HoursOfOperationsIdentifier` with all optional fields omitted."""
    return HoursOfOperationsIdentifier(
        name=name,
        id=id,
    )


hours_of_operations_identifier_name = _rt.Lens[HoursOfOperationsIdentifier, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "hours_of_operations_identifier_name",
)
"""Lens on :attr:`HoursOfOperationsIdentifier.name`."""


hours_of_operations_identifier_id = _rt.Lens[HoursOfOperationsIdentifier, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "hours_of_operations_identifier_id",
)
"""Lens on :attr:`HoursOfOperationsIdentifier.id`."""


hours_of_operations_identifier_arn = _rt.Lens[HoursOfOperationsIdentifier, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "hours_of_operations_identifier_arn",
)
"""Lens on :attr:`HoursOfOperationsIdentifier.arn`."""
