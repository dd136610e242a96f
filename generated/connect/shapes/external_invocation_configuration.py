"""The ExternalInvocationConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ExternalInvocationConfiguration:
    """The external invocation configuration for the flow module

    Fields:

    - ``enabled``: Enable external invocation.
    """

    enabled: bool | None = None
    """Enable external invocation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.enabled
        if value is not None:
            path = prefix + "enabled"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.enabled is not None:
            result["Enabled"] = self.enabled
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ExternalInvocationConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ExternalInvocationConfiguration")
        return cls(
            enabled=data.get("Enabled"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.enabled is not None:
            data["Enabled"] = self.enabled
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ExternalInvocationConfiguration:
        draft = _ExternalInvocationConfigurationDraft()
        try:
            draft.enabled = (
                None
                if (value := data.get("Enabled")) is None
                else (
                    value if type(value) is bool else _rt.expect_bool(value, "Enabled")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ExternalInvocationConfigurationDraft:
    """A :class:`ExternalInvocationConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("enabled",)
    enabled: bool | None


def new_external_invocation_configuration() -> ExternalInvocationConfiguration:
    """Create a :class:`ExternalInvocationConfiguration` with all optional fields omitted."""
    return ExternalInvocationConfiguration()


external_invocation_configuration_enabled = _rt.Lens[
    ExternalInvocationConfiguration, bool | None
](
    lambda s: s.enabled,
    lambda s, v: _dc.replace(s, enabled=v),
    "external_invocation_configuration_enabled",
)
"""Lens on :attr:`ExternalInvocationConfiguration.enabled`."""
