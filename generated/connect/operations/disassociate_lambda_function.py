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
class DisassociateLambdaFunction:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Remove the Lambda function from the dropdown options available in the
    relevant flow blocks.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``function_arn``: The Amazon Resource Name (ARN) of the Lambda function being disassociated.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance..
    """

    function_arn: str
    """The Amazon Resource Name (ARN) of the Lambda function being
    disassociated.
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
        value = self.function_arn
        if value is None:
            errors.append(prefix + "function_arn: required but missing")
        else:
            path = prefix + "function_arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=140)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["FunctionArn"] = self.function_arn
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateLambdaFunction:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateLambdaFunction")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            function_arn=_rt.required(data, "FunctionArn", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateLambdaFunctionResponse:
    """The response of DisassociateLambdaFunction.

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
    ) -> DisassociateLambdaFunctionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DisassociateLambdaFunctionResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisassociateLambdaFunctionResponseDraft:
    """A :class:`DisassociateLambdaFunctionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disassociate_lambda_function(
    instance_id: str,
    function_arn: str,
) -> DisassociateLambdaFunction:
    """Create a :class:`DisassociateLambdaFunction` with all optional fields omitted."""
    return DisassociateLambdaFunction(
        instance_id=instance_id,
        function_arn=function_arn,
    )


disassociate_lambda_function_instance_id = _rt.Lens[DisassociateLambdaFunction, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_lambda_function_instance_id",
)
"""Lens on :attr:`DisassociateLambdaFunction.instance_id`."""


disassociate_lambda_function_function_arn = _rt.Lens[DisassociateLambdaFunction, str](
    lambda s: s.function_arn,
    lambda s, v: _dc.replace(s, function_arn=v),
    "disassociate_lambda_function_function_arn",
)
"""Lens on :attr:`DisassociateLambdaFunction.function_arn`."""


disassociate_lambda_function_client_token = _rt.Lens[
    DisassociateLambdaFunction, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "disassociate_lambda_function_client_token",
)
"""Lens on :attr:`DisassociateLambdaFunction.client_token`."""


def new_disassociate_lambda_function_response(
    http_status: int,
) -> DisassociateLambdaFunctionResponse:
    """Create a :class:`DisassociateLambdaFunctionResponse` with all optional fields omitted."""
    return DisassociateLambdaFunctionResponse(
        http_status=http_status,
    )


disassociate_lambda_function_response_http_status = _rt.Lens[
    DisassociateLambdaFunctionResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_lambda_function_response_http_status",
)
"""Lens on :attr:`DisassociateLambdaFunctionResponse.http_status`."""


def _serialize(
    request: DisassociateLambdaFunction, validate: bool = True
) -> _rt.HttpRequest:
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
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/lambda-function"
    )
    query: list[tuple[str, str | None]] = []
    query.append(("functionArn", request.function_arn))
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
) -> DisassociateLambdaFunctionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisassociateLambdaFunctionResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisassociateLambdaFunctionResponse)


OPERATION: _rt.Operation[
    DisassociateLambdaFunction, DisassociateLambdaFunctionResponse
] = _rt.Operation(
    "DisassociateLambdaFunction",
    DisassociateLambdaFunction,
    DisassociateLambdaFunctionResponse,
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
"""The DisassociateLambdaFunction operation: its types, errors and wire codec."""
