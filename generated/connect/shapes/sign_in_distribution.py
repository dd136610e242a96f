"""The SignInDistribution shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SignInDistribution:
    """The distribution of sign in traffic between the instance and its
    replica(s).

    Fields:

    - ``region``: The Amazon Web Services Region of the sign in distribution.
    - ``enabled``: Whether sign in distribution is enabled.
    """

    region: str | None
    """The Amazon Web Services Region of the sign in distribution."""

    enabled: bool | None
    """Whether sign in distribution is enabled."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.region
        if value is None:
            errors.append(prefix + "region: required but missing")
        else:
            path = prefix + "region"
            _rt.check_str(
                errors, path, value, min_len=8, max_len=31, pattern=_PATTERN_1
            )
        value = self.enabled
        if value is None:
            errors.append(prefix + "enabled: required but missing")
        else:
            path = prefix + "enabled"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.region is not None:
            result["Region"] = self.region
        if self.enabled is not None:
            result["Enabled"] = self.enabled
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SignInDistribution:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SignInDistribution")
        return cls(
            region=data.get("Region"),
            enabled=data.get("Enabled"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.region is not None:
            data["Region"] = self.region
        if self.enabled is not None:
            data["Enabled"] = self.enabled
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> SignInDistribution:
        draft = _SignInDistributionDraft()
        try:
            draft.region = (
                None
                if (value := data.get("Region")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Region"))
            )
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


class _SignInDistributionDraft:
    """A :class:`SignInDistribution` being decoded (see ``_rt.seal``)."""

    __slots__ = ("region", "enabled")
    region: str | None
    enabled: bool | None


def new_sign_in_distribution(
    region: str,
    enabled: bool,
) -> SignInDistribution:
    """Create a :class:`SignInDistribution` with all optional fields omitted."""
    return SignInDistribution(
        region=region,
        enabled=enabled,
    )


sign_in_distribution_region = _rt.Lens[SignInDistribution, str | None](
    lambda s: s.region,
    lambda s, v: _dc.replace(s, region=v),
    "sign_in_distribution_region",
)
"""Lens on :attr:`SignInDistribution.region`."""


sign_in_distribution_enabled = _rt.Lens[SignInDistribution, bool | None](
    lambda s: s.enabled,
    lambda s, v: _dc.replace(s, enabled=v),
    "sign_in_distribution_enabled",
)
"""Lens on :attr:`SignInDistribution.enabled`."""
