"""The ContactMetricInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CONTACT_METRIC_NAME_VALUES = frozenset(
    (
        "ESTIMATED_WAIT_TIME",
        "POSITION_IN_QUEUE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactMetricInfo:
    """Contains the details of a metric to be retrieved for a contact. Use this
    object to specify which contact level metrics you want to include in
    your GetContactMetrics request.

    Fields:

    - ``name``: The name of the metric to retrieve.
    """

    name: str
    """The name of the metric to retrieve. Supported values are
    POSITION_IN_QUEUE (returns the contact's current position in the queue)
    and ESTIMATED_WAIT_TIME (returns the predicted wait time in seconds).
    """

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
            _rt.check_str(errors, path, value, enum=_CONTACT_METRIC_NAME_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Name"] = self.name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactMetricInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactMetricInfo")
        return cls(
            name=_rt.required(data, "Name", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Name"] = self.name
        return data


def new_contact_metric_info(
    name: str,
) -> ContactMetricInfo:
    """Create a :class:`ContactMetricInfo` with all optional fields omitted."""
    return ContactMetricInfo(
        name=name,
    )


contact_metric_info_name = _rt.Lens[ContactMetricInfo, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "contact_metric_info_name",
)
"""Lens on :attr:`ContactMetricInfo.name`."""
