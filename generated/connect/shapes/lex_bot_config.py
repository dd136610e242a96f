"""The LexBotConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.lex_bot import LexBot
from ..shapes.lex_v2_bot import LexV2Bot


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class LexBotConfig:
    """Configuration information of an Amazon Lex or Amazon Lex V2 bot.

    Fields:

    - ``lex_bot``: Configuration information of an Amazon Lex bot.
    - ``lex_v2_bot``: Configuration information of an Amazon Lex V2 bot.
    """

    lex_bot: LexBot | None = None
    """Configuration information of an Amazon Lex bot."""

    lex_v2_bot: LexV2Bot | None = None
    """Configuration information of an Amazon Lex V2 bot."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.lex_bot
        if value is not None:
            path = prefix + "lex_bot"
            if isinstance(value, LexBot):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected LexBot, got {type(value).__name__}")
        value = self.lex_v2_bot
        if value is not None:
            path = prefix + "lex_v2_bot"
            if isinstance(value, LexV2Bot):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected LexV2Bot, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.lex_bot is not None:
            result["LexBot"] = self.lex_bot.to_dict()
        if self.lex_v2_bot is not None:
            result["LexV2Bot"] = self.lex_v2_bot.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> LexBotConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "LexBotConfig")
        return cls(
            lex_bot=(
                None
                if (value := data.get("LexBot")) is None
                else LexBot.from_dict(value, path=path + "LexBot" + ".")
            ),
            lex_v2_bot=(
                None
                if (value := data.get("LexV2Bot")) is None
                else LexV2Bot.from_dict(value, path=path + "LexV2Bot" + ".")
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> LexBotConfig:
        draft = _LexBotConfigDraft()
        try:
            draft.lex_bot = (
                None
                if (value := data.get("LexBot")) is None
                else LexBot._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "LexBot")
                    )
                )
            )
            draft.lex_v2_bot = (
                None
                if (value := data.get("LexV2Bot")) is None
                else LexV2Bot._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "LexV2Bot")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _LexBotConfigDraft:
    """A :class:`LexBotConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("lex_bot", "lex_v2_bot")
    lex_bot: LexBot | None
    lex_v2_bot: LexV2Bot | None


def new_lex_bot_config() -> LexBotConfig:
    """Create a :class:`LexBotConfig` with all optional fields omitted."""
    return LexBotConfig()


lex_bot_config_lex_bot = _rt.Lens[LexBotConfig, LexBot | None](
    lambda s: s.lex_bot,
    lambda s, v: _dc.replace(s, lex_bot=v),
    "lex_bot_config_lex_bot",
)
"""Lens on :attr:`LexBotConfig.lex_bot`."""


lex_bot_config_lex_v2_bot = _rt.Lens[LexBotConfig, LexV2Bot | None](
    lambda s: s.lex_v2_bot,
    lambda s, v: _dc.replace(s, lex_v2_bot=v),
    "lex_bot_config_lex_v2_bot",
)
"""Lens on :attr:`LexBotConfig.lex_v2_bot`."""
