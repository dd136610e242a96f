"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateLexBot:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Revokes authorization from the specified instance to access the
    specified Amazon Lex bot.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``bot_name``: The name of the Amazon Lex bot.
    - ``lex_region``: The Amazon Web Services Region in which the Amazon Lex bot has been created.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    bot_name: str
    """The name of the Amazon Lex bot. Maximum character limit of 50."""

    lex_region: str
    """The Amazon Web Services Region in which the Amazon Lex bot has been
    created.
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.bot_name
        if value is None:
            errors.append(prefix + "bot_name: required but missing")
        else:
            path = prefix + "bot_name"
            _rt.check_str(errors, path, value, min_len=None, max_len=50)
        value = self.lex_region
        if value is None:
            errors.append(prefix + "lex_region: required but missing")
        else:
            path = prefix + "lex_region"
            _rt.check_str(errors, path, value, min_len=None, max_len=60)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["BotName"] = self.bot_name
        result["LexRegion"] = self.lex_region
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateLexBot:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateLexBot")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            bot_name=_rt.required(data, "BotName", path),
            lex_region=_rt.required(data, "LexRegion", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateLexBotResponse:
    """The response of DisassociateLexBot.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateLexBotResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateLexBotResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisassociateLexBotResponseDraft:
    """A :class:`DisassociateLexBotResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disassociate_lex_bot(
    instance_id: str,
    bot_name: str,
    lex_region: str,
) -> DisassociateLexBot:
    """Create a :class:`DisassociateLexBot` with all optional fields omitted."""
    return DisassociateLexBot(
        instance_id=instance_id,
        bot_name=bot_name,
        lex_region=lex_region,
    )


disassociate_lex_bot_instance_id = _rt.Lens[DisassociateLexBot, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_lex_bot_instance_id",
)
"""Lens on :attr:`DisassociateLexBot.instance_id`."""


disassociate_lex_bot_bot_name = _rt.Lens[DisassociateLexBot, str](
    lambda s: s.bot_name,
    lambda s, v: _dc.replace(s, bot_name=v),
    "disassociate_lex_bot_bot_name",
)
"""Lens on :attr:`DisassociateLexBot.bot_name`."""


disassociate_lex_bot_lex_region = _rt.Lens[DisassociateLexBot, str](
    lambda s: s.lex_region,
    lambda s, v: _dc.replace(s, lex_region=v),
    "disassociate_lex_bot_lex_region",
)
"""Lens on :attr:`DisassociateLexBot.lex_region`."""


disassociate_lex_bot_client_token = _rt.Lens[DisassociateLexBot, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "disassociate_lex_bot_client_token",
)
"""Lens on :attr:`DisassociateLexBot.client_token`."""


def new_disassociate_lex_bot_response(
    http_status: int,
) -> DisassociateLexBotResponse:
    """Create a :class:`DisassociateLexBotResponse` with all optional fields omitted."""
    return DisassociateLexBotResponse(
        http_status=http_status,
    )


disassociate_lex_bot_response_http_status = _rt.Lens[DisassociateLexBotResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_lex_bot_response_http_status",
)
"""Lens on :attr:`DisassociateLexBotResponse.http_status`."""


def _serialize(request: DisassociateLexBot, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/" + _rt.quote_label(request.instance_id, "instance_id") + "/lex-bot"
    )
    query: list[tuple[str, str | None]] = []
    query.append(("botName", request.bot_name))
    query.append(("lexRegion", request.lex_region))
    query.append(("clientToken", idempotency_client_token))
    body = b""
    return _rt.HttpRequest(
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DisassociateLexBotResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisassociateLexBotResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisassociateLexBotResponse)


OPERATION: _rt.Operation[DisassociateLexBot, DisassociateLexBotResponse] = (
    _rt.Operation(
        "DisassociateLexBot",
        DisassociateLexBot,
        DisassociateLexBotResponse,
        (
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ThrottlingException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DisassociateLexBot operation: its types, errors and wire codec."""
