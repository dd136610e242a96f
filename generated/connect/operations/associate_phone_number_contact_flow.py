"""Associates a flow with a phone number claimed to your Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociatePhoneNumberContactFlow:
    """Associates a flow with a phone number claimed to your Connect Customer
    instance.

    .. important::

       If the number is claimed to a traffic distribution group, and you are
       calling this API using an instance in the Amazon Web Services Region
       where the traffic distribution group was created, you can use either
       a full phone number ARN or UUID value for the ``PhoneNumberId`` URI
       request parameter. However, if the number is claimed to a traffic
       distribution group and you are calling this API using an instance in
       the alternate Amazon Web Services Region associated with the traffic
       distribution group, you must provide a full phone number ARN. If a
       UUID is provided in this scenario, you will receive a
       ``ResourceNotFoundException``.

    Fields:

    - ``phone_number_id``: A unique identifier for the phone number.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow.
    """

    phone_number_id: str
    """A unique identifier for the phone number."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_id: str
    """The identifier of the flow."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.phone_number_id
        if value is None:
            errors.append(prefix + "phone_number_id: required but missing")
        else:
            path = prefix + "phone_number_id"
            _rt.check_str(errors, path, value)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.contact_flow_id
        if value is None:
            errors.append(prefix + "contact_flow_id: required but missing")
        else:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["PhoneNumberId"] = self.phone_number_id
        result["InstanceId"] = self.instance_id
        result["ContactFlowId"] = self.contact_flow_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociatePhoneNumberContactFlow:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociatePhoneNumberContactFlow")
        return cls(
            phone_number_id=_rt.required(data, "PhoneNumberId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociatePhoneNumberContactFlowResponse:
    """The response of AssociatePhoneNumberContactFlow.

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
    ) -> AssociatePhoneNumberContactFlowResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociatePhoneNumberContactFlowResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociatePhoneNumberContactFlowResponseDraft:
    """A :class:`AssociatePhoneNumberContactFlowResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_phone_number_contact_flow(
    phone_number_id: str,
    instance_id: str,
    contact_flow_id: str,
) -> AssociatePhoneNumberContactFlow:
    """Create a :class:`AssociatePhoneNumberContactFlow` with all optional fields omitted."""
    return AssociatePhoneNumberContactFlow(
        phone_number_id=phone_number_id,
        instance_id=instance_id,
        contact_flow_id=contact_flow_id,
    )


associate_phone_number_contact_flow_phone_number_id = _rt.Lens[
    AssociatePhoneNumberContactFlow, str
](
    lambda s: s.phone_number_id,
    lambda s, v: _dc.replace(s, phone_number_id=v),
    "associate_phone_number_contact_flow_phone_number_id",
)
"""Lens on :attr:`AssociatePhoneNumberContactFlow.phone_number_id`."""


associate_phone_number_contact_flow_instance_id = _rt.Lens[
    AssociatePhoneNumberContactFlow, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_phone_number_contact_flow_instance_id",
)
"""Lens on :attr:`AssociatePhoneNumberContactFlow.instance_id`."""


associate_phone_number_contact_flow_contact_flow_id = _rt.Lens[
    AssociatePhoneNumberContactFlow, str
](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "associate_phone_number_contact_flow_contact_flow_id",
)
"""Lens on :attr:`AssociatePhoneNumberContactFlow.contact_flow_id`."""


def new_associate_phone_number_contact_flow_response(
    http_status: int,
) -> AssociatePhoneNumberContactFlowResponse:
    """Create a :class:`AssociatePhoneNumberContactFlowResponse` with all optional fields omitted."""
    return AssociatePhoneNumberContactFlowResponse(
        http_status=http_status,
    )


associate_phone_number_contact_flow_response_http_status = _rt.Lens[
    AssociatePhoneNumberContactFlowResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_phone_number_contact_flow_response_http_status",
)
"""Lens on :attr:`AssociatePhoneNumberContactFlowResponse.http_status`."""


def _serialize(
    request: AssociatePhoneNumberContactFlow, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.phone_number_id == "":
        raise _rt.ValidationError(
            ["phone_number_id: a URI label must be set and not empty"]
        )
    path = (
        "/phone-number/"
        + _rt.quote_label(request.phone_number_id, "phone_number_id")
        + "/contact-flow"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactFlowId"] = request.contact_flow_id
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
) -> AssociatePhoneNumberContactFlowResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociatePhoneNumberContactFlowResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociatePhoneNumberContactFlowResponse)


OPERATION: _rt.Operation[
    AssociatePhoneNumberContactFlow, AssociatePhoneNumberContactFlowResponse
] = _rt.Operation(
    "AssociatePhoneNumberContactFlow",
    AssociatePhoneNumberContactFlow,
    AssociatePhoneNumberContactFlowResponse,
    (
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The AssociatePhoneNumberContactFlow operation: its types, errors and wire codec."""
