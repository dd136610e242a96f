"""The LexBot shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class LexBot:
    """Configuration information of an Amazon Lex bot.

    Fields:

    - ``name``: The name of the Amazon Lex bot.
    - ``lex_region``: The Amazon Web Services Region where the Amazon Lex bot was created.
    """

    name: str | None
    """The name of the Amazon Lex bot."""

    lex_region: str | None
    """The Amazon Web Services Region where the Amazon Lex bot was created."""

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
            _rt.check_str(errors, path, value, min_len=None, max_len=50)
        value = self.lex_region
        if value is None:
            errors.append(prefix + "lex_region: required but missing")
        else:
            path = prefix + "lex_region"
            _rt.check_str(errors, path, value, min_len=None, max_len=60)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.lex_region is not None:
            result["LexRegion"] = self.lex_region
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> LexBot:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "LexBot")
        return cls(
            name=data.get("Name"),
            lex_region=data.get("LexRegion"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.name is not None:
            data["Name"] = self.name
        if self.lex_region is not None:
            data["LexRegion"] = self.lex_region
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> LexBot:
        draft = _LexBotDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.lex_region = (
                None
                if (value := data.get("LexRegion")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "LexRegion")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _LexBotDraft:
    """A :class:`LexBot` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "lex_region")
    name: str | None
    lex_region: str | None


def new_lex_bot(
    name: str,
    lex_region: str,
) -> LexBot:
    """Create a :class:`LexBot` with all optional fields omitted."""
    return LexBot(
        name=name,
        lex_region=lex_region,
    )


lex_bot_name = _rt.Lens[LexBot, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "lex_bot_name",
)
"""Lens on :attr:`LexBot.name`."""


lex_bot_lex_region = _rt.Lens[LexBot, str | None](
    lambda s: s.lex_region,
    lambda s, v: _dc.replace(s, lex_region=v),
    "lex_bot_lex_region",
)
"""Lens on :attr:`LexBot.lex_region`."""
