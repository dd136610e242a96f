"""The AutomaticFailConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AutomaticFailConfiguration:
    """Information about automatic fail configuration for an evaluation form.

    Fields:

    - ``target_section``: The referenceId of the target section for auto failure.
    """

    target_section: str | None = None
    """The referenceId of the target section for auto failure."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.target_section
        if value is not None:
            path = prefix + "target_section"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.target_section is not None:
            result["TargetSection"] = self.target_section
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AutomaticFailConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AutomaticFailConfiguration")
        return cls(
            target_section=data.get("TargetSection"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.target_section is not None:
            data["TargetSection"] = self.target_section
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AutomaticFailConfiguration:
        draft = _AutomaticFailConfigurationDraft()
        try:
            draft.target_section = (
                None
                if (value := data.get("TargetSection")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "TargetSection")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AutomaticFailConfigurationDraft:
    """A :class:`AutomaticFailConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("target_section",)
    target_section: str | None


def new_automatic_fail_configuration() -> AutomaticFailConfiguration:
    """Create a :class:`AutomaticFailConfiguration` with all optional fields omitted."""
    return AutomaticFailConfiguration()


automatic_fail_configuration_target_section = _rt.Lens[
    AutomaticFailConfiguration, str | None
](
    lambda s: s.target_section,
    lambda s, v: _dc.replace(s, target_section=v),
    "automatic_fail_configuration_target_section",
)
"""Lens on :attr:`AutomaticFailConfiguration.target_section`."""
