"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.reference_summary import ReferenceSummary

_REFERENCE_TYPE_VALUES = frozenset(
    (
        "URL",
        "ATTACHMENT",
        "CONTACT_ANALYSIS",
        "NUMBER",
        "STRING",
        "DATE",
        "EMAIL",
        "EMAIL_MESSAGE",
        "EMAIL_MESSAGE_PLAIN_TEXT",
        "EMAIL_MESSAGE_PLAIN_TEXT_REDACTED",
        "EMAIL_MESSAGE_REDACTED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListContactReferences:
    """This API is in preview release for Connect Customer and is subject to
    change.

    For the specified ``referenceTypes``, returns a list of references
    associated with the contact. *References* are links to documents that
    are related to a contact, such as emails, attachments, or URLs.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the initial contact.
    - ``reference_types``: The type of reference.
    - ``next_token``: The token for the next set of results.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the initial contact."""

    reference_types: list[str]
    """The type of reference."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.

    .. important::

       This is not expected to be set, because the value returned in the
       previous response is always null.
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
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.reference_types
        if value is None:
            errors.append(prefix + "reference_types: required but missing")
        else:
            path = prefix + "reference_types"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 6)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_REFERENCE_TYPE_VALUES)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["ReferenceTypes"] = list(self.reference_types)
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListContactReferences:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListContactReferences")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            reference_types=list(
                _rt.expect_sequence(
                    _rt.required(data, "ReferenceTypes", path), path + "ReferenceTypes"
                )
            ),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListContactReferencesResponse:
    """The response of ListContactReferences.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``reference_summary_list``: Information about the flows.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    reference_summary_list: list[ReferenceSummary] | None = None
    """Information about the flows."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.

    .. important::

       This is always returned as null in the response.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.reference_summary_list
        if value is not None:
            path = prefix + "reference_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ReferenceSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ReferenceSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.reference_summary_list is not None:
            result["ReferenceSummaryList"] = [
                v1.to_dict() for v1 in self.reference_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListContactReferencesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListContactReferencesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            reference_summary_list=(
                None
                if (value := data.get("ReferenceSummaryList")) is None
                else [
                    ReferenceSummary.from_dict(
                        v1, path=path + "ReferenceSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ReferenceSummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListContactReferencesResponseDraft:
    """A :class:`ListContactReferencesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "reference_summary_list", "next_token")
    http_status: int
    reference_summary_list: list[ReferenceSummary] | None
    next_token: str | None


def new_list_contact_references(
    instance_id: str,
    contact_id: str,
    reference_types: list[str],
) -> ListContactReferences:
    """Create a :class:`ListContactReferences` with all optional fields omitted."""
    return ListContactReferences(
        instance_id=instance_id,
        contact_id=contact_id,
        reference_types=reference_types,
    )


list_contact_references_instance_id = _rt.Lens[ListContactReferences, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_contact_references_instance_id",
)
"""Lens on :attr:`ListContactReferences.instance_id`."""


list_contact_references_contact_id = _rt.Lens[ListContactReferences, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "list_contact_references_contact_id",
)
"""Lens on :attr:`ListContactReferences.contact_id`."""


list_contact_references_reference_types = _rt.Lens[ListContactReferences, list[str]](
    lambda s: s.reference_types,
    lambda s, v: _dc.replace(s, reference_types=v),
    "list_contact_references_reference_types",
)
"""Lens on :attr:`ListContactReferences.reference_types`."""


list_contact_references_next_token = _rt.Lens[ListContactReferences, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_contact_references_next_token",
)
"""Lens on :attr:`ListContactReferences.next_token`."""


def new_list_contact_references_response(
    http_status: int,
) -> ListContactReferencesResponse:
    """Create a :class:`ListContactReferencesResponse` with all optional fields omitted."""
    return ListContactReferencesResponse(
        http_status=http_status,
    )


list_contact_references_response_http_status = _rt.Lens[
    ListContactReferencesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_contact_references_response_http_status",
)
"""Lens on :attr:`ListContactReferencesResponse.http_status`."""


list_contact_references_response_reference_summary_list = _rt.Lens[
    ListContactReferencesResponse, list[ReferenceSummary] | None
](
    lambda s: s.reference_summary_list,
    lambda s, v: _dc.replace(s, reference_summary_list=v),
    "list_contact_references_response_reference_summary_list",
)
"""Lens on :attr:`ListContactReferencesResponse.reference_summary_list`."""


list_contact_references_response_next_token = _rt.Lens[
    ListContactReferencesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_contact_references_response_next_token",
)
"""Lens on :attr:`ListContactReferencesResponse.next_token`."""


def _serialize(
    request: ListContactReferences, validate: bool = True
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
        "/contact/references/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_id, "contact_id")
    )
    query: list[tuple[str, str | None]] = []
    query.extend(("referenceTypes", v1) for v1 in request.reference_types)
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
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
) -> ListContactReferencesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListContactReferencesResponseDraft()
    draft.http_status = status
    try:
        draft.reference_summary_list = (
            None
            if (value := data.get("ReferenceSummaryList")) is None
            else [
                ReferenceSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "ReferenceSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "ReferenceSummaryList")
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
    return _rt.seal(draft, ListContactReferencesResponse)


OPERATION: _rt.Operation[ListContactReferences, ListContactReferencesResponse] = (
    _rt.Operation(
        "ListContactReferences",
        ListContactReferences,
        ListContactReferencesResponse,
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
)
"""The ListContactReferences operation: its types, errors and wire codec."""
