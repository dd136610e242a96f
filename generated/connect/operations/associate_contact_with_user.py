"""Associates a queued contact with an agent."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateContactWithUser:
    """Associates a queued contact with an agent.

    **Use cases**

    Following are common uses cases for this API:

    - Programmatically assign queued contacts to available users.
    - Leverage the IAM context key ``connect:PreferredUserArn`` to restrict
      contact association to specific preferred user.

    **Important things to know**

    - Use this API with chat, email, and task contacts. It does not support
      voice contacts.
    - Use it to associate contacts with users regardless of their current
      state, including custom states. Ensure your application logic accounts
      for user availability before making associations.
    - It honors the IAM context key ``connect:PreferredUserArn`` to prevent
      unauthorized contact associations.
    - It respects the IAM context key ``connect:PreferredUserArn`` to
      enforce authorization controls and prevent unauthorized contact
      associations. Verify that your IAM policies are properly configured to
      support your intended use cases.
    - The service quota *Queues per routing profile per instance* applies to
      manually assigned queues, too. For more information about this quota,
      see `Connect Customer quotas
      <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#connect-quotas>`__
      in the *Connect Customer Administrator Guide*.

    **Endpoints**: See `Connect Customer endpoints and quotas
    <https://docs.aws.amazon.com/general/latest/gr/connect_region.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``user_id``: The identifier for the user.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    user_id: str
    """The identifier for the user. This can be the ID or the ARN of the user."""

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
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["UserId"] = self.user_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateContactWithUser:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateContactWithUser")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            user_id=_rt.required(data, "UserId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateContactWithUserResponse:
    """The response of AssociateContactWithUser.

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
    ) -> AssociateContactWithUserResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateContactWithUserResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociateContactWithUserResponseDraft:
    """A :class:`AssociateContactWithUserResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_contact_with_user(
    instance_id: str,
    contact_id: str,
    user_id: str,
) -> AssociateContactWithUser:
    """Create a :class:`AssociateContactWithUser` with all optional fields omitted."""
    return AssociateContactWithUser(
        instance_id=instance_id,
        contact_id=contact_id,
        user_id=user_id,
    )


associate_contact_with_user_instance_id = _rt.Lens[AssociateContactWithUser, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_contact_with_user_instance_id",
)
"""Lens on :attr:`AssociateContactWithUser.instance_id`."""


associate_contact_with_user_contact_id = _rt.Lens[AssociateContactWithUser, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "associate_contact_with_user_contact_id",
)
"""Lens on :attr:`AssociateContactWithUser.contact_id`."""


associate_contact_with_user_user_id = _rt.Lens[AssociateContactWithUser, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "associate_contact_with_user_user_id",
)
"""Lens on :attr:`AssociateContactWithUser.user_id`."""


def new_associate_contact_with_user_response(
    http_status: int,
) -> AssociateContactWithUserResponse:
    """Create a :class:`AssociateContactWithUserResponse` with all optional fields omitted."""
    return AssociateContactWithUserResponse(
        http_status=http_status,
    )


associate_contact_with_user_response_http_status = _rt.Lens[
    AssociateContactWithUserResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_contact_with_user_response_http_status",
)
"""Lens on :attr:`AssociateContactWithUserResponse.http_status`."""


def _serialize(
    request: AssociateContactWithUser, validate: bool = True
) -> _rt.HttpRequest:
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
        + "/associate-user"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["UserId"] = request.user_id
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
) -> AssociateContactWithUserResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociateContactWithUserResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociateContactWithUserResponse)


OPERATION: _rt.Operation[AssociateContactWithUser, AssociateContactWithUserResponse] = (
    _rt.Operation(
        "AssociateContactWithUser",
        AssociateContactWithUser,
        AssociateContactWithUserResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.AccessDeniedException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The AssociateContactWithUser operation: its types, errors and wire codec."""
