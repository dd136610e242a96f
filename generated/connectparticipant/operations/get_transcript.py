"""Retrieves a transcript of the session, including details about any attachments."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.item import Item
from ..shapes.start_position import StartPosition

_SCAN_DIRECTION_VALUES = frozenset(
    (
        "FORWARD",
        "BACKWARD",
    )
)
_SORT_KEY_VALUES = frozenset(
    (
        "DESCENDING",
        "ASCENDING",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetTranscript:
    """Retrieves a transcript of the session, including details about any
    attachments. For information about accessing past chat contact
    transcripts for a persistent chat, see `Enable persistent chat
    <https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html>`__.

    For security recommendations, see `Amazon Connect Chat security best
    practices
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-security-chat>`__.

    If you have a process that consumes events in the transcript of an chat
    that has ended, note that chat transcripts contain the following event
    content types if the event has occurred during the chat session:

    - ``application/vnd.amazonaws.connect.event.participant.invited``
    - ``application/vnd.amazonaws.connect.event.participant.joined``
    - ``application/vnd.amazonaws.connect.event.participant.left``
    - ``application/vnd.amazonaws.connect.event.chat.ended``
    - ``application/vnd.amazonaws.connect.event.transfer.succeeded``
    - ``application/vnd.amazonaws.connect.event.transfer.failed``

    .. note::

       ``ConnectionToken`` is used for invoking this API instead of
       ``ParticipantToken``.

    The Amazon Connect Participant Service APIs do not use `Signature
    Version 4 authentication
    <https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html>`__.

    Fields:

    - ``connection_token``: The authentication token associated with the participant's connection.
    - ``contact_id``: The contactId from the current contact chain for which transcript is needed.
    - ``max_results``: The maximum number of results to return in the page.
    - ``next_token``: The pagination token.
    - ``scan_direction``: The direction from StartPosition from which to retrieve message.
    - ``sort_order``: The sort order for the records.
    - ``start_position``: A filtering option for where to start.
    """

    connection_token: str
    """The authentication token associated with the participant's connection."""

    contact_id: str | None = None
    """The contactId from the current contact chain for which transcript is
    needed.
    """

    max_results: int | None = None
    """The maximum number of results to return in the page. Default: 10."""

    next_token: str | None = None
    """The pagination token. Use the value returned previously in the next
    subsequent request to retrieve the next set of results.
    """

    scan_direction: str | None = None
    """The direction from StartPosition from which to retrieve message.
    Default: BACKWARD when no StartPosition is provided, FORWARD with
    StartPosition.
    """

    sort_order: str | None = None
    """The sort order for the records. Default: DESCENDING."""

    start_position: StartPosition | None = None
    """A filtering option for where to start."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.connection_token
        if value is None:
            errors.append(prefix + "connection_token: required but missing")
        else:
            path = prefix + "connection_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=100)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.scan_direction
        if value is not None:
            path = prefix + "scan_direction"
            _rt.check_str(errors, path, value, enum=_SCAN_DIRECTION_VALUES)
        value = self.sort_order
        if value is not None:
            path = prefix + "sort_order"
            _rt.check_str(errors, path, value, enum=_SORT_KEY_VALUES)
        value = self.start_position
        if value is not None:
            path = prefix + "start_position"
            if isinstance(value, StartPosition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected StartPosition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ConnectionToken"] = self.connection_token
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.scan_direction is not None:
            result["ScanDirection"] = self.scan_direction
        if self.sort_order is not None:
            result["SortOrder"] = self.sort_order
        if self.start_position is not None:
            result["StartPosition"] = self.start_position.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetTranscript:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetTranscript")
        return cls(
            connection_token=_rt.required(data, "ConnectionToken", path),
            contact_id=data.get("ContactId"),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
            scan_direction=data.get("ScanDirection"),
            sort_order=data.get("SortOrder"),
            start_position=(
                None
                if (value := data.get("StartPosition")) is None
                else StartPosition.from_dict(value, path=path + "StartPosition" + ".")
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetTranscriptResponse:
    """The response of GetTranscript.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``initial_contact_id``: The initial contact ID for the contact.
    - ``transcript``: The list of messages in the session.
    - ``next_token``: The pagination token.
    """

    http_status: int
    """The HTTP status code of the response."""

    initial_contact_id: str | None = None
    """The initial contact ID for the contact."""

    transcript: list[Item] | None = None
    """The list of messages in the session."""

    next_token: str | None = None
    """The pagination token. Use the value returned previously in the next
    subsequent request to retrieve the next set of results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.initial_contact_id
        if value is not None:
            path = prefix + "initial_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.transcript
        if value is not None:
            path = prefix + "transcript"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Item):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Item, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.initial_contact_id is not None:
            result["InitialContactId"] = self.initial_contact_id
        if self.transcript is not None:
            result["Transcript"] = [v1.to_dict() for v1 in self.transcript]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetTranscriptResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetTranscriptResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            initial_contact_id=data.get("InitialContactId"),
            transcript=(
                None
                if (value := data.get("Transcript")) is None
                else [
                    Item.from_dict(v1, path=path + "Transcript" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Transcript")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _GetTranscriptResponseDraft:
    """A :class:`GetTranscriptResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "initial_contact_id", "transcript", "next_token")
    http_status: int
    initial_contact_id: str | None
    transcript: list[Item] | None
    next_token: str | None


def new_get_transcript(
    connection_token: str,
) -> GetTranscript:
    """Create a :class:`GetTranscript` with all optional fields omitted."""
    return GetTranscript(
        connection_token=connection_token,
    )


get_transcript_connection_token = _rt.Lens[GetTranscript, str](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "get_transcript_connection_token",
)
"""Lens on :attr:`GetTranscript.connection_token`."""


get_transcript_contact_id = _rt.Lens[GetTranscript, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "get_transcript_contact_id",
)
"""Lens on :attr:`GetTranscript.contact_id`."""


get_transcript_max_results = _rt.Lens[GetTranscript, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "get_transcript_max_results",
)
"""Lens on :attr:`GetTranscript.max_results`."""


get_transcript_next_token = _rt.Lens[GetTranscript, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_transcript_next_token",
)
"""Lens on :attr:`GetTranscript.next_token`."""


get_transcript_scan_direction = _rt.Lens[GetTranscript, str | None](
    lambda s: s.scan_direction,
    lambda s, v: _dc.replace(s, scan_direction=v),
    "get_transcript_scan_direction",
)
"""Lens on :attr:`GetTranscript.scan_direction`."""


get_transcript_sort_order = _rt.Lens[GetTranscript, str | None](
    lambda s: s.sort_order,
    lambda s, v: _dc.replace(s, sort_order=v),
    "get_transcript_sort_order",
)
"""Lens on :attr:`GetTranscript.sort_order`."""


get_transcript_start_position = _rt.Lens[GetTranscript, StartPosition | None](
    lambda s: s.start_position,
    lambda s, v: _dc.replace(s, start_position=v),
    "get_transcript_start_position",
)
"""Lens on :attr:`GetTranscript.start_position`."""


def new_get_transcript_response(
    http_status: int,
) -> GetTranscriptResponse:
    """Create a :class:`GetTranscriptResponse` with all optional fields omitted."""
    return GetTranscriptResponse(
        http_status=http_status,
    )


get_transcript_response_http_status = _rt.Lens[GetTranscriptResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_transcript_response_http_status",
)
"""Lens on :attr:`GetTranscriptResponse.http_status`."""


get_transcript_response_initial_contact_id = _rt.Lens[
    GetTranscriptResponse, str | None
](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "get_transcript_response_initial_contact_id",
)
"""Lens on :attr:`GetTranscriptResponse.initial_contact_id`."""


get_transcript_response_transcript = _rt.Lens[GetTranscriptResponse, list[Item] | None](
    lambda s: s.transcript,
    lambda s, v: _dc.replace(s, transcript=v),
    "get_transcript_response_transcript",
)
"""Lens on :attr:`GetTranscriptResponse.transcript`."""


get_transcript_response_next_token = _rt.Lens[GetTranscriptResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_transcript_response_next_token",
)
"""Lens on :attr:`GetTranscriptResponse.next_token`."""


def _serialize(request: GetTranscript, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.connection_token, "connection_token"
    )
    path = "/participant/transcript"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.contact_id is not None:
        data["ContactId"] = request.contact_id
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.scan_direction is not None:
        data["ScanDirection"] = request.scan_direction
    if request.sort_order is not None:
        data["SortOrder"] = request.sort_order
    if request.start_position is not None:
        data["StartPosition"] = request.start_position._to_json()
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
) -> GetTranscriptResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetTranscriptResponseDraft()
    draft.http_status = status
    try:
        draft.initial_contact_id = (
            None
            if (value := data.get("InitialContactId")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "InitialContactId")
            )
        )
        draft.transcript = (
            None
            if (value := data.get("Transcript")) is None
            else [
                Item._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Transcript")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Transcript")
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
    return _rt.seal(draft, GetTranscriptResponse)


OPERATION: _rt.Operation[GetTranscript, GetTranscriptResponse] = _rt.Operation(
    "GetTranscript",
    GetTranscript,
    GetTranscriptResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServerException,
        _errors.ThrottlingException,
        _errors.ValidationException,
    ),
    _serialize,
    _deserialize,
)
"""The GetTranscript operation: its types, errors and wire codec."""
