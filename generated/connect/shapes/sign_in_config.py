"""The SignInConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.sign_in_distribution import SignInDistribution


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SignInConfig:
    """The distribution that determines which Amazon Web Services Regions
    should be used to sign in agents in to both the instance and its
    replica(s).

    Fields:

    - ``distributions``: Information about traffic distributions.
    """

    distributions: list[SignInDistribution] | None
    """Information about traffic distributions."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.distributions
        if value is None:
            errors.append(prefix + "distributions: required but missing")
        else:
            path = prefix + "distributions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SignInDistribution):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SignInDistribution, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.distributions is not None:
            result["Distributions"] = [v1.to_dict() for v1 in self.distributions]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SignInConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SignInConfig")
        return cls(
            distributions=(
                None
                if (value := data.get("Distributions")) is None
                else [
                    SignInDistribution.from_dict(
                        v1, path=path + "Distributions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Distributions")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.distributions is not None:
            data["Distributions"] = [v1._to_json() for v1 in self.distributions]
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> SignInConfig:
        draft = _SignInConfigDraft()
        try:
            draft.distributions = (
                None
                if (value := data.get("Distributions")) is None
                else [
                    SignInDistribution._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Distributions")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Distributions")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SignInConfigDraft:
    """A :class:`SignInConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("distributions",)
    distributions: list[SignInDistribution] | None


def new_sign_in_config(
    distributions: list[SignInDistribution],
) -> SignInConfig:
    """Create a :class:`SignInConfig` with all optional fields omitted."""
    return SignInConfig(
        distributions=distributions,
    )


sign_in_config_distributions = _rt.Lens[SignInConfig, list[SignInDistribution] | None](
    lambda s: s.distributions,
    lambda s, v: _dc.replace(s, distributions=v),
    "sign_in_config_distributions",
)
"""Lens on :attr:`SignInConfig.distributions`."""
