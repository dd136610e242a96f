"""Provides a list of analysis segments for a real-time chat analysis session."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.realtime_contact_analysis_segment import RealtimeContactAnalysisSegment

_REAL_TIME_CONTACT_ANALYSIS_OUTPUT_TYPE_VALUES = frozenset(
    (
        "Raw",
        "Redacted",
    )
)
_REAL_TIME_CONTACT_ANALYSIS_SEGMENT_TYPE_VALUES = frozenset(
    (
        "Transcript",
        "Categories",
        "Issues",
        "Event",
        "Attachments",
        "PostContactSummary",
    )
)
_REAL_TIME_CONTACT_ANALYSIS_SUPPORTED_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
    )
)
_REAL_TIME_CONTACT_ANALYSIS_STATUS_VALUES = frozenset(
    (
        "IN_PROGRESS",
        "FAILED",
        "COMPLETED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListRealtimeContactAnalysisSegmentsV2:
    """Provides a list of analysis segments for a real-time chat analysis
    session. This API supports CHAT channels only.

    .. important::

       This API does not support VOICE. If you attempt to use it for VOICE,
       an ``InvalidRequestException`` occurs.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``output_type``: The Contact Lens output type to be returned.
    - ``segment_types``: Enum with segment types .
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    output_type: str
    """The Contact Lens output type to be returned."""

    segment_types: list[str]
    """Enum with segment types . Each value corresponds to a segment type
    returned in the segments list of the API. Each segment type has its own
    structure. Different channels may have different sets of supported
    segment types.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
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
        value = self.output_type
        if value is None:
            errors.append(prefix + "output_type: required but missing")
        else:
            path = prefix + "output_type"
            _rt.check_str(
                errors, path, value, enum=_REAL_TIME_CONTACT_ANALYSIS_OUTPUT_TYPE_VALUES
            )
        value = self.segment_types
        if value is None:
            errors.append(prefix + "segment_types: required but missing")
        else:
            path = prefix + "segment_types"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 6)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(
                            errors,
                            p1,
                            v1,
                            enum=_REAL_TIME_CONTACT_ANALYSIS_SEGMENT_TYPE_VALUES,
                        )
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=100000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["OutputType"] = self.output_type
        result["SegmentTypes"] = list(self.segment_types)
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListRealtimeContactAnalysisSegmentsV2:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListRealtimeContactAnalysisSegmentsV2"
        )
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            output_type=_rt.required(data, "OutputType", path),
            segment_types=list(
                _rt.expect_sequence(
                    _rt.required(data, "SegmentTypes", path), path + "SegmentTypes"
                )
            ),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListRealtimeContactAnalysisSegmentsV2Response:
    """The response of ListRealtimeContactAnalysisSegmentsV2.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``channel``: The channel of the contact.
    - ``status``: Status of real-time contact analysis.
    - ``segments``: An analyzed transcript or category.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    channel: str | None
    """The channel of the contact.

    .. important::

       Only ``CHAT`` is supported. This API does not support ``VOICE``. If
       you attempt to use it for the VOICE channel, an
       ``InvalidRequestException`` error occurs.
    """

    status: str | None
    """Status of real-time contact analysis."""

    segments: list[RealtimeContactAnalysisSegment] | None
    """An analyzed transcript or category."""

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
        value = self.channel
        if value is None:
            errors.append(prefix + "channel: required but missing")
        else:
            path = prefix + "channel"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_REAL_TIME_CONTACT_ANALYSIS_SUPPORTED_CHANNEL_VALUES,
            )
        value = self.status
        if value is None:
            errors.append(prefix + "status: required but missing")
        else:
            path = prefix + "status"
            _rt.check_str(
                errors, path, value, enum=_REAL_TIME_CONTACT_ANALYSIS_STATUS_VALUES
            )
        value = self.segments
        if value is None:
            errors.append(prefix + "segments: required but missing")
        else:
            path = prefix + "segments"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RealtimeContactAnalysisSegment):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RealtimeContactAnalysisSegment, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=100000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.status is not None:
            result["Status"] = self.status
        if self.segments is not None:
            result["Segments"] = [v1.to_dict() for v1 in self.segments]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListRealtimeContactAnalysisSegmentsV2Response:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListRealtimeContactAnalysisSegmentsV2Response"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            channel=data.get("Channel"),
            status=data.get("Status"),
            segments=(
                None
                if (value := data.get("Segments")) is None
                else [
                    RealtimeContactAnalysisSegment.from_dict(
                        v1, path=path + "Segments" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Segments")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListRealtimeContactAnalysisSegmentsV2ResponseDraft:
    """A :class:`ListRealtimeContactAnalysisSegmentsV2Response` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "channel", "status", "segments", "next_token")
    http_status: int
    channel: str | None
    status: str | None
    segments: list[RealtimeContactAnalysisSegment] | None
    next_token: str | None


def new_list_realtime_contact_analysis_segments_v2(
    instance_id: str,
    contact_id: str,
    output_type: str,
    segment_types: list[str],
) -> ListRealtimeContactAnalysisSegmentsV2:
    """Create a :class:`ListRealtimeContactAnalysisSegmentsV2` with all optional fields omitted."""
    return ListRealtimeContactAnalysisSegmentsV2(
        instance_id=instance_id,
        contact_id=contact_id,
        output_type=output_type,
        segment_types=segment_types,
    )


list_realtime_contact_analysis_segments_v2_instance_id = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_realtime_contact_analysis_segments_v2_instance_id",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2.instance_id`."""


list_realtime_contact_analysis_segments_v2_contact_id = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2, str
](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "list_realtime_contact_analysis_segments_v2_contact_id",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2.contact_id`."""


list_realtime_contact_analysis_segments_v2_output_type = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2, str
](
    lambda s: s.output_type,
    lambda s, v: _dc.replace(s, output_type=v),
    "list_realtime_contact_analysis_segments_v2_output_type",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2.output_type`."""


list_realtime_contact_analysis_segments_v2_segment_types = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2, list[str]
](
    lambda s: s.segment_types,
    lambda s, v: _dc.replace(s, segment_types=v),
    "list_realtime_contact_analysis_segments_v2_segment_types",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2.segment_types`."""


list_realtime_contact_analysis_segments_v2_max_results = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_realtime_contact_analysis_segments_v2_max_results",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2.max_results`."""


list_realtime_contact_analysis_segments_v2_next_token = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_realtime_contact_analysis_segments_v2_next_token",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2.next_token`."""


def new_list_realtime_contact_analysis_segments_v2_response(
    http_status: int,
    channel: str,
    status: str,
    segments: list[RealtimeContactAnalysisSegment],
) -> ListRealtimeContactAnalysisSegmentsV2Response:
    """Create a :class:`ListRealtimeContactAnalysisSegmentsV2Response` with all optional fields omitted."""
    return ListRealtimeContactAnalysisSegmentsV2Response(
        http_status=http_status,
        channel=channel,
        status=status,
        segments=segments,
    )


list_realtime_contact_analysis_segments_v2_response_http_status = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2Response, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_realtime_contact_analysis_segments_v2_response_http_status",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2Response.http_status`."""


list_realtime_contact_analysis_segments_v2_response_channel = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2Response, str | None
](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "list_realtime_contact_analysis_segments_v2_response_channel",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2Response.channel`."""


list_realtime_contact_analysis_segments_v2_response_status = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2Response, str | None
](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "list_realtime_contact_analysis_segments_v2_response_status",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2Response.status`."""


list_realtime_contact_analysis_segments_v2_response_segments = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2Response,
    list[RealtimeContactAnalysisSegment] | None,
](
    lambda s: s.segments,
    lambda s, v: _dc.replace(s, segments=v),
    "list_realtime_contact_analysis_segments_v2_response_segments",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2Response.segments`."""


list_realtime_contact_analysis_segments_v2_response_next_token = _rt.Lens[
    ListRealtimeContactAnalysisSegmentsV2Response, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_realtime_contact_analysis_segments_v2_response_next_token",
)
"""Lens on :attr:`ListRealtimeContactAnalysisSegmentsV2Response.next_token`."""


def _serialize(
    request: ListRealtimeContactAnalysisSegmentsV2, validate: bool = True
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
        "/contact/list-real-time-analysis-segments-v2/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_id, "contact_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["OutputType"] = request.output_type
    data["SegmentTypes"] = request.segment_types
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.next_token is not None:
        data["NextToken"] = request.next_token
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
) -> ListRealtimeContactAnalysisSegmentsV2Response:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListRealtimeContactAnalysisSegmentsV2ResponseDraft()
    draft.http_status = status
    try:
        draft.channel = (
            None
            if (value := data.get("Channel")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Channel"))
        )
        draft.status = (
            None
            if (value := data.get("Status")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Status"))
        )
        draft.segments = (
            None
            if (value := data.get("Segments")) is None
            else [
                RealtimeContactAnalysisSegment._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Segments")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Segments")
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
    return _rt.seal(draft, ListRealtimeContactAnalysisSegmentsV2Response)


OPERATION: _rt.Operation[
    ListRealtimeContactAnalysisSegmentsV2, ListRealtimeContactAnalysisSegmentsV2Response
] = _rt.Operation(
    "ListRealtimeContactAnalysisSegmentsV2",
    ListRealtimeContactAnalysisSegmentsV2,
    ListRealtimeContactAnalysisSegmentsV2Response,
    (
        _errors.OutputTypeNotFoundException,
        _errors.AccessDeniedException,
        _errors.ResourceNotFoundException,
        _errors.InvalidRequestException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The ListRealtimeContactAnalysisSegmentsV2 operation: its types, errors and wire codec."""
