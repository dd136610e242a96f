"""The QueueInfoInput shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class QueueInfoInput:
    """Information about a queue.

    Fields:

    - ``id``: The identifier of the queue.
    """

    id: str | None = None
    """The identifier of the queue."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> QueueInfoInput:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "QueueInfoInput")
        return cls(
            id=data.get("Id"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.id is not None:
            data["Id"] = self.id
        return data


def new_queue_info_input() -> QueueInfoInput:
    """Create a :class:`QueueInfoInput` with all optional fields omitted."""
    return QueueInfoInput()


queue_info_input_id = _rt.Lens[QueueInfoInput, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "queue_info_input_id",
)
"""Lens on :attr:`QueueInfoInput.id`."""
