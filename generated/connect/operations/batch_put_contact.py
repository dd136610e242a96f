"""Only the Connect Customer outbound campaigns service principal is allowed to assume a role in your account and call this API."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_data_request import ContactDataRequest
from ..shapes.failed_request import FailedRequest
from ..shapes.successful_request import SuccessfulRequest


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchPutContact:
    """.. note::

       Only the Connect Customer outbound campaigns service principal is
       allowed to assume a role in your account and call this API.

    Allows you to create a batch of contacts in Connect Customer. The
    outbound campaigns capability ingests dial requests via the
    `PutDialRequestBatch
    <https://docs.aws.amazon.com/connect-outbound/latest/APIReference/API_PutDialRequestBatch.html>`__
    API. It then uses BatchPutContact to create contacts corresponding to
    those dial requests. If agents are available, the dial requests are
    dialed out, which results in a voice call. The resulting voice call uses
    the same contactId that was created by BatchPutContact.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_data_request_list``: List of individual contact requests.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_data_request_list: list[ContactDataRequest]
    """List of individual contact requests."""

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
        value = self.contact_data_request_list
        if value is None:
            errors.append(prefix + "contact_data_request_list: required but missing")
        else:
            path = prefix + "contact_data_request_list"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 25)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactDataRequest):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactDataRequest, got {type(v1).__name__}"
                            )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactDataRequestList"] = [
            v1.to_dict() for v1 in self.contact_data_request_list
        ]
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchPutContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "BatchPutContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_data_request_list=[
                ContactDataRequest.from_dict(
                    v1, path=path + "ContactDataRequestList" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "ContactDataRequestList", path),
                        path + "ContactDataRequestList",
                    )
                )
            ],
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchPutContactResponse:
    """The response of BatchPutContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``successful_request_list``: List of requests for which contact was successfully created.
    - ``failed_request_list``: List of requests for which contact creation failed.
    """

    http_status: int
    """The HTTP status code of the response."""

    successful_request_list: list[SuccessfulRequest] | None = None
    """List of requests for which contact was successfully created."""

    failed_request_list: list[FailedRequest] | None = None
    """List of requests for which contact creation failed."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.successful_request_list
        if value is not None:
            path = prefix + "successful_request_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SuccessfulRequest):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SuccessfulRequest, got {type(v1).__name__}"
                            )
        value = self.failed_request_list
        if value is not None:
            path = prefix + "failed_request_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, FailedRequest):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected FailedRequest, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.successful_request_list is not None:
            result["SuccessfulRequestList"] = [
                v1.to_dict() for v1 in self.successful_request_list
            ]
        if self.failed_request_list is not None:
            result["FailedRequestList"] = [
                v1.to_dict() for v1 in self.failed_request_list
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchPutContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "BatchPutContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            successful_request_list=(
                None
                if (value := data.get("SuccessfulRequestList")) is None
                else [
                    SuccessfulRequest.from_dict(
                        v1, path=path + "SuccessfulRequestList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "SuccessfulRequestList")
                    )
                ]
            ),
            failed_request_list=(
                None
                if (value := data.get("FailedRequestList")) is None
                else [
                    FailedRequest.from_dict(
                        v1, path=path + "FailedRequestList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "FailedRequestList")
                    )
                ]
            ),
        )


class _BatchPutContactResponseDraft:
    """A :class:`BatchPutContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "successful_request_list", "failed_request_list")
    http_status: int
    successful_request_list: list[SuccessfulRequest] | None
    failed_request_list: list[FailedRequest] | None


def new_batch_put_contact(
    instance_id: str,
    contact_data_request_list: list[ContactDataRequest],
) -> BatchPutContact:
    """Create a :class:`BatchPutContact` with all optional fields omitted."""
    return BatchPutContact(
        instance_id=instance_id,
        contact_data_request_list=contact_data_request_list,
    )


batch_put_contact_instance_id = _rt.Lens[BatchPutContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "batch_put_contact_instance_id",
)
"""Lens on :attr:`BatchPutContact.instance_id`."""


batch_put_contact_contact_data_request_list = _rt.Lens[
    BatchPutContact, list[ContactDataRequest]
](
    lambda s: s.contact_data_request_list,
    lambda s, v: _dc.replace(s, contact_data_request_list=v),
    "batch_put_contact_contact_data_request_list",
)
"""Lens on :attr:`BatchPutContact.contact_data_request_list`."""


batch_put_contact_client_token = _rt.Lens[BatchPutContact, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "batch_put_contact_client_token",
)
"""Lens on :attr:`BatchPutContact.client_token`."""


def new_batch_put_contact_response(
    http_status: int,
) -> BatchPutContactResponse:
    """Create a :class:`BatchPutContactResponse` with all optional fields omitted."""
    return BatchPutContactResponse(
        http_status=http_status,
    )


batch_put_contact_response_http_status = _rt.Lens[BatchPutContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "batch_put_contact_response_http_status",
)
"""Lens on :attr:`BatchPutContactResponse.http_status`."""


batch_put_contact_response_successful_request_list = _rt.Lens[
    BatchPutContactResponse, list[SuccessfulRequest] | None
](
    lambda s: s.successful_request_list,
    lambda s, v: _dc.replace(s, successful_request_list=v),
    "batch_put_contact_response_successful_request_list",
)
"""Lens on :attr:`BatchPutContactResponse.successful_request_list`."""


batch_put_contact_response_failed_request_list = _rt.Lens[
    BatchPutContactResponse, list[FailedRequest] | None
](
    lambda s: s.failed_request_list,
    lambda s, v: _dc.replace(s, failed_request_list=v),
    "batch_put_contact_response_failed_request_list",
)
"""Lens on :attr:`BatchPutContactResponse.failed_request_list`."""


def _serialize(request: BatchPutContact, validate: bool = True) -> _rt.HttpRequest:
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
    path = "/contact/batch/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContactDataRequestList"] = [
        v1._to_json() for v1 in request.contact_data_request_list
    ]
    data["ClientToken"] = idempotency_client_token
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> BatchPutContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _BatchPutContactResponseDraft()
    draft.http_status = status
    try:
        draft.successful_request_list = (
            None
            if (value := data.get("SuccessfulRequestList")) is None
            else [
                SuccessfulRequest._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "SuccessfulRequestList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "SuccessfulRequestList")
                )
                if v1 is not None
            ]
        )
        draft.failed_request_list = (
            None
            if (value := data.get("FailedRequestList")) is None
            else [
                FailedRequest._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "FailedRequestList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "FailedRequestList")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, BatchPutContactResponse)


OPERATION: _rt.Operation[BatchPutContact, BatchPutContactResponse] = _rt.Operation(
    "BatchPutContact",
    BatchPutContact,
    BatchPutContactResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.LimitExceededException,
        _errors.IdempotencyException,
    ),
    _serialize,
    _deserialize,
)
"""The BatchPutContact operation: its types, errors and wire codec."""
