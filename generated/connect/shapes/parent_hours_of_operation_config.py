"""The ParentHoursOfOperationConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ParentHoursOfOperationConfig:
    """Contains configuration for the parent hours of operation.

    Fields:

    - ``hours_of_operation_id``: The identifier for the hours of operation.
    """

    hours_of_operation_id: str | None = None
    """The identifier for the hours of operation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.hours_of_operation_id
        if value is not None:
            path = prefix + "hours_of_operation_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.hours_of_operation_id is not None:
            result["HoursOfOperationId"] = self.hours_of_operation_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ParentHoursOfOperationConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ParentHoursOfOperationConfig")
        return cls(
            hours_of_operation_id=data.get("HoursOfOperationId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.hours_of_operation_id is not None:
            data["HoursOfOperationId"] = self.hours_of_operation_id
        return data


def new_parent_hours_of_operation_config() -> ParentHoursOfOperationConfig:
    """Create a :class:`ParentHoursOfOperationConfig` with all optional fields omitted."""
    return ParentHoursOfOperationConfig()


parent_hours_of_operation_config_hours_of_operation_id = _rt.Lens[
    ParentHoursOfOperationConfig, str | None
](
    lambda s: s.hours_of_operation_id,
    lambda s, v: _dc.replace(s, hours_of_operation_id=v),
    "parent_hours_of_operation_config_hours_of_operation_id",
)
"""Lens on :attr:`ParentHoursOfOperationConfig.hours_of_operation_id`."""
