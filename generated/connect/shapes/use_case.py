"""The UseCase shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_USE_CASE_TYPE_VALUES = frozenset(
    (
        "RULES_EVALUATION",
        "CONNECT_CAMPAIGNS",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UseCase:
    """Contains the use case.

    Fields:

    - ``use_case_id``: The identifier for the use case.
    - ``use_case_arn``: The Amazon Resource Name (ARN) for the use case.
    - ``use_case_type``: The type of use case to associate to the integration association.
    """

    use_case_id: str | None = None
    """The identifier for the use case."""

    use_case_arn: str | None = None
    """The Amazon Resource Name (ARN) for the use case."""

    use_case_type: str | None = None
    """The type of use case to associate to the integration association. Each
    integration association can have only one of each use case type.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.use_case_id
        if value is not None:
            path = prefix + "use_case_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=200)
        value = self.use_case_arn
        if value is not None:
            path = prefix + "use_case_arn"
            _rt.check_str(errors, path, value)
        value = self.use_case_type
        if value is not None:
            path = prefix + "use_case_type"
            _rt.check_str(errors, path, value, enum=_USE_CASE_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.use_case_id is not None:
            result["UseCaseId"] = self.use_case_id
        if self.use_case_arn is not None:
            result["UseCaseArn"] = self.use_case_arn
        if self.use_case_type is not None:
            result["UseCaseType"] = self.use_case_type
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> UseCase:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UseCase")
        return cls(
            use_case_id=data.get("UseCaseId"),
            use_case_arn=data.get("UseCaseArn"),
            use_case_type=data.get("UseCaseType"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UseCase:
        draft = _UseCaseDraft()
        try:
            draft.use_case_id = (
                None
                if (value := data.get("UseCaseId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "UseCaseId")
                )
            )
            draft.use_case_arn = (
                None
                if (value := data.get("UseCaseArn")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "UseCaseArn")
                )
            )
            draft.use_case_type = (
                None
                if (value := data.get("UseCaseType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "UseCaseType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UseCaseDraft:
    """A :class:`UseCase` being decoded (see ``_rt.seal``)."""

    __slots__ = ("use_case_id", "use_case_arn", "use_case_type")
    use_case_id: str | None
    use_case_arn: str | None
    use_case_type: str | None


def new_use_case() -> UseCase:
    """Create a :class:`UseCase` with all optional fields omitted."""
    return UseCase()


use_case_use_case_id = _rt.Lens[UseCase, str | None](
    lambda s: s.use_case_id,
    lambda s, v: _dc.replace(s, use_case_id=v),
    "use_case_use_case_id",
)
"""Lens on :attr:`UseCase.use_case_id`."""


use_case_use_case_arn = _rt.Lens[UseCase, str | None](
    lambda s: s.use_case_arn,
    lambda s, v: _dc.replace(s, use_case_arn=v),
    "use_case_use_case_arn",
)
"""Lens on :attr:`UseCase.use_case_arn`."""


use_case_use_case_type = _rt.Lens[UseCase, str | None](
    lambda s: s.use_case_type,
    lambda s, v: _dc.replace(s, use_case_type=v),
    "use_case_use_case_type",
)
"""Lens on :attr:`UseCase.use_case_type`."""
