"""The AgentFirst shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.preview import Preview


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AgentFirst:
    """Information about agent-first outbound strategy configuration.

    Fields:

    - ``preview``: Information about preview configuration of agent first outbound strategy
    """

    preview: Preview | None = None
    """Information about preview configuration of agent first outbound strategy"""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.preview
        if value is not None:
            path = prefix + "preview"
            if isinstance(value, Preview):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Preview, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.preview is not None:
            result["Preview"] = self.preview.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> AgentFirst:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AgentFirst")
        return cls(
            preview=(
                None
                if (value := data.get("Preview")) is None
                else Preview.from_dict(value, path=path + "Preview" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.preview is not None:
            data["Preview"] = self.preview._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AgentFirst:
        draft = _AgentFirstDraft()
        try:
            draft.preview = (
                None
                if (value := data.get("Preview")) is None
                else Preview._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Preview")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AgentFirstDraft:
    """A :class:`AgentFirst` being decoded (see ``_rt.seal``)."""

    __slots__ = ("preview",)
    preview: Preview | None


def new_agent_first() -> AgentFirst:
    """Create a :class:`AgentFirst` with all optional fields omitted."""
    return AgentFirst()


agent_first_preview = _rt.Lens[AgentFirst, Preview | None](
    lambda s: s.preview,
    lambda s, v: _dc.replace(s, preview=v),
    "agent_first_preview",
)
"""Lens on :attr:`AgentFirst.preview`."""
