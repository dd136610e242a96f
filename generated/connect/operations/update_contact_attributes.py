"""Creates or updates user-defined contact attributes associated with the specified contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactAttributes:
    """Creates or updates user-defined contact attributes associated with the
    specified contact.

    You can create or update user-defined attributes for both ongoing and
    completed contacts. For example, while the call is active, you can
    update the customer's name or the reason the customer called. You can
    add notes about steps that the agent took during the call that display
    to the next agent that takes the call. You can also update attributes
    for a contact using data from your CRM application and save the data
    with the contact in Connect Customer. You could also flag calls for
    additional analysis, such as legal review or to identify abusive
    callers.

    Contact attributes are available in Connect Customer for 24 months, and
    are then deleted. For information about contact record retention and the
    maximum size of the contact record attributes section, see `Feature
    specifications
    <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#feature-limits>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``initial_contact_id``: The identifier of the contact.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``attributes``: The Connect Customer attributes.
    """

    initial_contact_id: str
    """The identifier of the contact. This is the identifier of the contact
    associated with the first interaction with the contact center.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    attributes: dict[str, str]
    """The Connect Customer attributes. These attributes can be accessed in
    flows just like any other contact attributes.

    You can have up to 32,768 UTF-8 bytes across all attributes for a
    contact. Attribute keys can include only alphanumeric, dash, and
    underscore characters.

    In the `Set contact attributes
    <https://docs.aws.amazon.com/connect/latest/adminguide/set-contact-attributes.html>`__
    block, when the attributes for a contact exceed 32 KB, the contact is
    routed down the Error branch of the flow. As a mitigation, consider the
    following options:

    - Remove unnecessary attributes by setting their values to empty.
    - If the attributes are only used in one flow and don't need to be
      referred to outside of that flow (for example, by a Lambda or another
      flow), then use flow attributes. This way you aren't needlessly
      persisting the 32 KB of information from one flow to another. For more
      information, see `Flow block: Set contact attributes
      <https://docs.aws.amazon.com/connect/latest/adminguide/set-contact-attributes.html>`__
      in the *Connect Customer Administrator Guide*.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.initial_contact_id
        if value is None:
            errors.append(prefix + "initial_contact_id: required but missing")
        else:
            path = prefix + "initial_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.attributes
        if value is None:
            errors.append(prefix + "attributes: required but missing")
        else:
            path = prefix + "attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=32767)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=32767)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InitialContactId"] = self.initial_contact_id
        result["InstanceId"] = self.instance_id
        result["Attributes"] = dict(self.attributes)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContactAttributes:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactAttributes")
        return cls(
            initial_contact_id=_rt.required(data, "InitialContactId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            attributes=dict(
                _rt.expect_mapping(
                    _rt.required(data, "Attributes", path), path + "Attributes"
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactAttributesResponse:
    """The response of UpdateContactAttributes.

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
    ) -> UpdateContactAttributesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactAttributesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateContactAttributesResponseDraft:
    """A :class:`UpdateContactAttributesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_contact_attributes(
    initial_contact_id: str,
    instance_id: str,
    attributes: dict[str, str],
) -> UpdateContactAttributes:
    """Create a :class:`UpdateContactAttributes` with all optional fields omitted."""
    return UpdateContactAttributes(
        initial_contact_id=initial_contact_id,
        instance_id=instance_id,
        attributes=attributes,
    )


update_contact_attributes_initial_contact_id = _rt.Lens[UpdateContactAttributes, str](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "update_contact_attributes_initial_contact_id",
)
"""Lens on :attr:`UpdateContactAttributes.initial_contact_id`."""


update_contact_attributes_instance_id = _rt.Lens[UpdateContactAttributes, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_attributes_instance_id",
)
"""Lens on :attr:`UpdateContactAttributes.instance_id`."""


update_contact_attributes_attributes = _rt.Lens[
    UpdateContactAttributes, dict[str, str]
](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "update_contact_attributes_attributes",
)
"""Lens on :attr:`UpdateContactAttributes.attributes`."""


def new_update_contact_attributes_response(
    http_status: int,
) -> UpdateContactAttributesResponse:
    """Create a :class:`UpdateContactAttributesResponse` with all optional fields omitted."""
    return UpdateContactAttributesResponse(
        http_status=http_status,
    )


update_contact_attributes_response_http_status = _rt.Lens[
    UpdateContactAttributesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_attributes_response_http_status",
)
"""Lens on :attr:`UpdateContactAttributesResponse.http_status`."""


def _serialize(
    request: UpdateContactAttributes, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/attributes"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InitialContactId"] = request.initial_contact_id
    data["InstanceId"] = request.instance_id
    data["Attributes"] = request.attributes
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
) -> UpdateContactAttributesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateContactAttributesResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateContactAttributesResponse)


OPERATION: _rt.Operation[UpdateContactAttributes, UpdateContactAttributesResponse] = (
    _rt.Operation(
        "UpdateContactAttributes",
        UpdateContactAttributes,
        UpdateContactAttributesResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.InvalidActiveRegionException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateContactAttributes operation: its types, errors and wire codec."""
