"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.lex_bot_config import LexBotConfig

_LEX_VERSION_VALUES = frozenset(
    (
        "V1",
        "V2",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListBots:
    """This API is in preview release for Connect Customer and is subject to
    change.

    For the specified version of Amazon Lex, returns a paginated list of all
    the Amazon Lex bots currently associated with the instance. Use this API
    to return both Amazon Lex V1 and V2 bots.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``lex_version``: The version of Amazon Lex or Amazon Lex V2.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    lex_version: str
    """The version of Amazon Lex or Amazon Lex V2."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

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
        value = self.lex_version
        if value is None:
            errors.append(prefix + "lex_version: required but missing")
        else:
            path = prefix + "lex_version"
            _rt.check_str(errors, path, value, enum=_LEX_VERSION_VALUES)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=25)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["LexVersion"] = self.lex_version
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ListBots:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListBots")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            lex_version=_rt.required(data, "LexVersion", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListBotsResponse:
    """The response of ListBots.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``lex_bots``: The names and Amazon Web Services Regions of the Amazon Lex or Amazon Lex V2 bots associated with the specified instance.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    lex_bots: list[LexBotConfig] | None = None
    """The names and Amazon Web Services Regions of the Amazon Lex or Amazon
    Lex V2 bots associated with the specified instance.
    """

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.lex_bots
        if value is not None:
            path = prefix + "lex_bots"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, LexBotConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected LexBotConfig, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.lex_bots is not None:
            result["LexBots"] = [v1.to_dict() for v1 in self.lex_bots]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListBotsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListBotsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            lex_bots=(
                None
                if (value := data.get("LexBots")) is None
                else [
                    LexBotConfig.from_dict(v1, path=path + "LexBots" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "LexBots")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListBotsResponseDraft:
    """A :class:`ListBotsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "lex_bots", "next_token")
    http_status: int
    lex_bots: list[LexBotConfig] | None
    next_token: str | None


def new_list_bots(
    instance_id: str,
    lex_version: str,
) -> ListBots:
    """Create a :class:`ListBots` with all optional fields omitted."""
    return ListBots(
        instance_id=instance_id,
        lex_version=lex_version,
    )


list_bots_instance_id = _rt.Lens[ListBots, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_bots_instance_id",
)
"""Lens on :attr:`ListBots.instance_id`."""


list_bots_lex_version = _rt.Lens[ListBots, str](
    lambda s: s.lex_version,
    lambda s, v: _dc.replace(s, lex_version=v),
    "list_bots_lex_version",
)
"""Lens on :attr:`ListBots.lex_version`."""


list_bots_next_token = _rt.Lens[ListBots, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_bots_next_token",
)
"""Lens on :attr:`ListBots.next_token`."""


list_bots_max_results = _rt.Lens[ListBots, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_bots_max_results",
)
"""Lens on :attr:`ListBots.max_results`."""


def new_list_bots_response(
    http_status: int,
) -> ListBotsResponse:
    """Create a :class:`ListBotsResponse` with all optional fields omitted."""
    return ListBotsResponse(
        http_status=http_status,
    )


list_bots_response_http_status = _rt.Lens[ListBotsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_bots_response_http_status",
)
"""Lens on :attr:`ListBotsResponse.http_status`."""


list_bots_response_lex_bots = _rt.Lens[ListBotsResponse, list[LexBotConfig] | None](
    lambda s: s.lex_bots,
    lambda s, v: _dc.replace(s, lex_bots=v),
    "list_bots_response_lex_bots",
)
"""Lens on :attr:`ListBotsResponse.lex_bots`."""


list_bots_response_next_token = _rt.Lens[ListBotsResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_bots_response_next_token",
)
"""Lens on :attr:`ListBotsResponse.next_token`."""


def _serialize(request: ListBots, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/instance/" + _rt.quote_label(request.instance_id, "instance_id") + "/bots"
    query: list[tuple[str, str | None]] = []
    query.append(("lexVersion", request.lex_version))
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    body = b""
    return _rt.HttpRequest(
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> ListBotsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListBotsResponseDraft()
    draft.http_status = status
    try:
        draft.lex_bots = (
            None
            if (value := data.get("LexBots")) is None
            else [
                LexBotConfig._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "LexBots")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "LexBots")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListBotsResponse)


OPERATION: _rt.Operation[ListBots, ListBotsResponse] = _rt.Operation(
    "ListBots",
    ListBots,
    ListBotsResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The ListBots operation: its types, errors and wire codec."""
