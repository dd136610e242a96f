"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact import Contact


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContact:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Describes the specified contact.

    **Use cases**

    Following are common uses cases for this API:

    - Retrieve contact information such as the caller's phone number and the
      specific number the caller dialed to integrate into custom monitoring
      or custom agent experience solutions.
    - Detect when a customer chat session disconnects due to a network issue
      on the agent's end. Use the DisconnectReason field in the
      `ContactTraceRecord
      <https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html#ctr-ContactTraceRecord>`__
      to detect this event and then re-queue the chat for followup.
    - Identify after contact work (ACW) duration and call recordings
      information when a COMPLETED event is received by using the `contact
      event stream
      <https://docs.aws.amazon.com/connect/latest/adminguide/contact-events.html>`__.

    **Important things to know**

    - ``SystemEndpoint`` is not populated for contacts with initiation
      method of MONITOR, QUEUE_TRANSFER, or CALLBACK
    - Contact information remains available in Connect Customer for 24
      months from the ``InitiationTimestamp``, and then it is deleted. Only
      contact information that is available in Connect Customer is returned
      by this API.

    **Endpoints**: See `Connect Customer endpoints and quotas
    <https://docs.aws.amazon.com/general/latest/gr/connect_region.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact."""

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
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContactResponse:
    """The response of DescribeContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact``: Information about the contact.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact: Contact | None = None
    """Information about the contact."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact
        if value is not None:
            path = prefix + "contact"
            if isinstance(value, Contact):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Contact, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact is not None:
            result["Contact"] = self.contact.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact=(
                None
                if (value := data.get("Contact")) is None
                else Contact.from_dict(value, path=path + "Contact" + ".")
            ),
        )


class _DescribeContactResponseDraft:
    """A :class:`DescribeContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact")
    http_status: int
    contact: Contact | None


def new_describe_contact(
    instance_id: str,
    contact_id: str,
) -> DescribeContact:
    """Create a :class:`DescribeContact` with all optional fields omitted."""
    return DescribeContact(
        instance_id=instance_id,
        contact_id=contact_id,
    )


describe_contact_instance_id = _rt.Lens[DescribeContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_contact_instance_id",
)
"""Lens on :attr:`DescribeContact.instance_id`."""


describe_contact_contact_id = _rt.Lens[DescribeContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "describe_contact_contact_id",
)
"""Lens on :attr:`DescribeContact.contact_id`."""


def new_describe_contact_response(
    http_status: int,
) -> DescribeContactResponse:
    """Create a :class:`DescribeContactResponse` with all optional fields omitted."""
    return DescribeContactResponse(
        http_status=http_status,
    )


describe_contact_response_http_status = _rt.Lens[DescribeContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_contact_response_http_status",
)
"""Lens on :attr:`DescribeContactResponse.http_status`."""


describe_contact_response_contact = _rt.Lens[DescribeContactResponse, Contact | None](
    lambda s: s.contact,
    lambda s, v: _dc.replace(s, contact=v),
    "describe_contact_response_contact",
)
"""Lens on :attr:`DescribeContactResponse.contact`."""


def _serialize(request: DescribeContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.contact_id == "":
        raise _rt.ValidationError(["contact_id: a URI label must be set and not empty"])
    path = (
        "/contacts/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_id, "contact_id")
    )
    query: list[tuple[str, str | None]] = []
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
) -> DescribeContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _DescribeContactResponseDraft()
    draft.http_status = status
    try:
        draft.contact = (
            None
            if (value := data.get("Contact")) is None
            else Contact._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Contact")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(redact=True),
            http_status=status,
            body=body,
            redact=True,
        ) from None
    except _rt.DeserializationError as exc:  # a payload that does not read: no excerpt
        raise exc.redacted() from None
    return _rt.seal(draft, DescribeContactResponse)


OPERATION: _rt.Operation[DescribeContact, DescribeContactResponse] = _rt.Operation(
    "DescribeContact",
    DescribeContact,
    DescribeContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeContact operation: its types, errors and wire codec."""
