"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.endpoint import Endpoint
from ..shapes.queue_info_input import QueueInfoInput
from ..shapes.reference import Reference
from ..shapes.segment_attribute_value import SegmentAttributeValue
from ..shapes.user_info import UserInfo


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContact:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Adds or updates user-defined contact information associated with the
    specified contact. At least one field to be updated must be present in
    the request.

    .. important::

       You can add or update user-defined contact information for both
       ongoing and completed contacts.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    - ``name``: The name of the contact.
    - ``description``: The description of the contact.
    - ``references``: Well-formed data on contact, shown to agents on Contact Control Panel (CCP).
    - ``segment_attributes``: A set of system defined key-value pairs stored on individual contact segments (unique contact ID) using an attribute map.
    - ``queue_info``: Information about the queue associated with a contact.
    - ``user_info``: Information about the agent associated with a contact.
    - ``customer_endpoint``: The endpoint of the customer for which the contact was initiated.
    - ``system_endpoint``: External system endpoint for the contact was initiated.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact. This is the identifier of the contact
    associated with the first interaction with your contact center.
    """

    name: str | None = None
    """The name of the contact."""

    description: str | None = None
    """The description of the contact."""

    references: dict[str, Reference] | None = None
    """Well-formed data on contact, shown to agents on Contact Control Panel
    (CCP).
    """

    segment_attributes: dict[str, SegmentAttributeValue] | None = None
    """A set of system defined key-value pairs stored on individual contact
    segments (unique contact ID) using an attribute map. The attributes are
    standard Connect Customer attributes. They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to show channel subtype, such as
    ``connect:Guide``.

    Contact Expiry, and user-defined attributes (String - String) that are
    defined in predefined attributes, can be updated by using the
    UpdateContact API.
    """

    queue_info: QueueInfoInput | None = None
    """Information about the queue associated with a contact. This parameter
    can only be updated for external audio contacts. It is used when you
    integrate third-party systems with Contact Lens for analytics. For more
    information, see `Connect Customer Contact Lens integration
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    user_info: UserInfo | None = None
    """Information about the agent associated with a contact. This parameter
    can only be updated for external audio contacts. It is used when you
    integrate third-party systems with Contact Lens for analytics. For more
    information, see `Connect Customer Contact Lens integration
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    customer_endpoint: Endpoint | None = None
    """The endpoint of the customer for which the contact was initiated. For
    external audio contacts, this is usually the end customer's phone
    number. This value can only be updated for external audio contacts. For
    more information, see `Connect Customer Contact Lens integration
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    system_endpoint: Endpoint | None = None
    """External system endpoint for the contact was initiated. For external
    audio contacts, this is the phone number of the external system such as
    the contact center. This value can only be updated for external audio
    contacts. For more information, see `Connect Customer Contact Lens
    integration
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    def __repr__(self) -> str:
        fields = [
            f"instance_id={self.instance_id!r}",
            f"contact_id={self.contact_id!r}",
            "name=<sensitive>",
            "description=<sensitive>",
            f"references={self.references!r}",
            f"segment_attributes={self.segment_attributes!r}",
            f"queue_info={self.queue_info!r}",
            f"user_info={self.user_info!r}",
            f"customer_endpoint={self.customer_endpoint!r}",
            f"system_endpoint={self.system_endpoint!r}",
        ]
        return f"UpdateContact({', '.join(fields)})"

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
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
        value = self.references
        if value is not None:
            path = prefix + "references"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=4096)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Reference):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Reference, got {type(v1).__name__}"
                            )
        value = self.segment_attributes
        if value is not None:
            path = prefix + "segment_attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=128)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SegmentAttributeValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SegmentAttributeValue, got {type(v1).__name__}"
                            )
        value = self.queue_info
        if value is not None:
            path = prefix + "queue_info"
            if isinstance(value, QueueInfoInput):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QueueInfoInput, got {type(value).__name__}"
                )
        value = self.user_info
        if value is not None:
            path = prefix + "user_info"
            if isinstance(value, UserInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected UserInfo, got {type(value).__name__}")
        value = self.customer_endpoint
        if value is not None:
            path = prefix + "customer_endpoint"
            if isinstance(value, Endpoint):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Endpoint, got {type(value).__name__}")
        value = self.system_endpoint
        if value is not None:
            path = prefix + "system_endpoint"
            if isinstance(value, Endpoint):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Endpoint, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.references is not None:
            result["References"] = {
                k1: v1.to_dict() for k1, v1 in self.references.items()
            }
        if self.segment_attributes is not None:
            result["SegmentAttributes"] = {
                k1: v1.to_dict() for k1, v1 in self.segment_attributes.items()
            }
        if self.queue_info is not None:
            result["QueueInfo"] = self.queue_info.to_dict()
        if self.user_info is not None:
            result["UserInfo"] = self.user_info.to_dict()
        if self.customer_endpoint is not None:
            result["CustomerEndpoint"] = self.customer_endpoint.to_dict()
        if self.system_endpoint is not None:
            result["SystemEndpoint"] = self.system_endpoint.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            name=data.get("Name"),
            description=data.get("Description"),
            references=(
                None
                if (value := data.get("References")) is None
                else {
                    k1: Reference.from_dict(
                        v1, path=path + "References" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(value, path + "References").items()
                }
            ),
            segment_attributes=(
                None
                if (value := data.get("SegmentAttributes")) is None
                else {
                    k1: SegmentAttributeValue.from_dict(
                        v1, path=path + "SegmentAttributes" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(
                        value, path + "SegmentAttributes"
                    ).items()
                }
            ),
            queue_info=(
                None
                if (value := data.get("QueueInfo")) is None
                else QueueInfoInput.from_dict(value, path=path + "QueueInfo" + ".")
            ),
            user_info=(
                None
                if (value := data.get("UserInfo")) is None
                else UserInfo.from_dict(value, path=path + "UserInfo" + ".")
            ),
            customer_endpoint=(
                None
                if (value := data.get("CustomerEndpoint")) is None
                else Endpoint.from_dict(value, path=path + "CustomerEndpoint" + ".")
            ),
            system_endpoint=(
                None
                if (value := data.get("SystemEndpoint")) is None
                else Endpoint.from_dict(value, path=path + "SystemEndpoint" + ".")
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactResponse:
    """The response of UpdateContact.

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
    ) -> UpdateContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateContactResponseDraft:
    """A :class:`UpdateContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_contact(
    instance_id: str,
    contact_id: str,
) -> UpdateContact:
    """Create a :class:`UpdateContact` with all optional fields omitted."""
    return UpdateContact(
        instance_id=instance_id,
        contact_id=contact_id,
    )


update_contact_instance_id = _rt.Lens[UpdateContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_instance_id",
)
"""Lens on :attr:`UpdateContact.instance_id`."""


update_contact_contact_id = _rt.Lens[UpdateContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "update_contact_contact_id",
)
"""Lens on :attr:`UpdateContact.contact_id`."""


update_contact_name = _rt.Lens[UpdateContact, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_contact_name",
)
"""Lens on :attr:`UpdateContact.name`."""


update_contact_description = _rt.Lens[UpdateContact, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_contact_description",
)
"""Lens on :attr:`UpdateContact.description`."""


update_contact_references = _rt.Lens[UpdateContact, dict[str, Reference] | None](
    lambda s: s.references,
    lambda s, v: _dc.replace(s, references=v),
    "update_contact_references",
)
"""Lens on :attr:`UpdateContact.references`."""


update_contact_segment_attributes = _rt.Lens[
    UpdateContact, dict[str, SegmentAttributeValue] | None
](
    lambda s: s.segment_attributes,
    lambda s, v: _dc.replace(s, segment_attributes=v),
    "update_contact_segment_attributes",
)
"""Lens on :attr:`UpdateContact.segment_attributes`."""


update_contact_queue_info = _rt.Lens[UpdateContact, QueueInfoInput | None](
    lambda s: s.queue_info,
    lambda s, v: _dc.replace(s, queue_info=v),
    "update_contact_queue_info",
)
"""Lens on :attr:`UpdateContact.queue_info`."""


update_contact_user_info = _rt.Lens[UpdateContact, UserInfo | None](
    lambda s: s.user_info,
    lambda s, v: _dc.replace(s, user_info=v),
    "update_contact_user_info",
)
"""Lens on :attr:`UpdateContact.user_info`."""


update_contact_customer_endpoint = _rt.Lens[UpdateContact, Endpoint | None](
    lambda s: s.customer_endpoint,
    lambda s, v: _dc.replace(s, customer_endpoint=v),
    "update_contact_customer_endpoint",
)
"""Lens on :attr:`UpdateContact.customer_endpoint`."""


update_contact_system_endpoint = _rt.Lens[UpdateContact, Endpoint | None](
    lambda s: s.system_endpoint,
    lambda s, v: _dc.replace(s, system_endpoint=v),
    "update_contact_system_endpoint",
)
"""Lens on :attr:`UpdateContact.system_endpoint`."""


def new_update_contact_response(
    http_status: int,
) -> UpdateContactResponse:
    """Create a :class:`UpdateContactResponse` with all optional fields omitted."""
    return UpdateContactResponse(
        http_status=http_status,
    )


update_contact_response_http_status = _rt.Lens[UpdateContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_response_http_status",
)
"""Lens on :attr:`UpdateContactResponse.http_status`."""


def _serialize(request: UpdateContact, validate: bool = True) -> _rt.HttpRequest:
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
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.references is not None:
        data["References"] = {
            k1: v1._to_json() for k1, v1 in request.references.items()
        }
    if request.segment_attributes is not None:
        data["SegmentAttributes"] = {
            k1: v1._to_json() for k1, v1 in request.segment_attributes.items()
        }
    if request.queue_info is not None:
        data["QueueInfo"] = request.queue_info._to_json()
    if request.user_info is not None:
        data["UserInfo"] = request.user_info._to_json()
    if request.customer_endpoint is not None:
        data["CustomerEndpoint"] = request.customer_endpoint._to_json()
    if request.system_endpoint is not None:
        data["SystemEndpoint"] = request.system_endpoint._to_json()
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> UpdateContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateContactResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateContactResponse)


OPERATION: _rt.Operation[UpdateContact, UpdateContactResponse] = _rt.Operation(
    "UpdateContact",
    UpdateContact,
    UpdateContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.ConflictException,
        _errors.InvalidActiveRegionException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateContact operation: its types, errors and wire codec."""
