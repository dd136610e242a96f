"""Updates the scheduled time of a task contact that is already scheduled."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactSchedule:
    """Updates the scheduled time of a task contact that is already scheduled.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    - ``scheduled_time``: The timestamp, in Unix Epoch seconds format, at which to start running the inbound flow.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact."""

    scheduled_time: _dt.datetime
    """The timestamp, in Unix Epoch seconds format, at which to start running
    the inbound flow. The scheduled time cannot be in the past. It must be
    within up to 6 days in future.
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
        value = self.scheduled_time
        if value is None:
            errors.append(prefix + "scheduled_time: required but missing")
        else:
            path = prefix + "scheduled_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["ScheduledTime"] = self.scheduled_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContactSchedule:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactSchedule")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            scheduled_time=_rt.required(data, "ScheduledTime", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactScheduleResponse:
    """The response of UpdateContactSchedule.

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
    ) -> UpdateContactScheduleResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactScheduleResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateContactScheduleResponseDraft:
    """A :class:`UpdateContactScheduleResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_contact_schedule(
    instance_id: str,
    contact_id: str,
    scheduled_time: _dt.datetime,
) -> UpdateContactSchedule:
    """Create a :class:`UpdateContactSchedule` with all optional fields omitted."""
    return UpdateContactSchedule(
        instance_id=instance_id,
        contact_id=contact_id,
        scheduled_time=scheduled_time,
    )


update_contact_schedule_instance_id = _rt.Lens[UpdateContactSchedule, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_schedule_instance_id",
)
"""Lens on :attr:`UpdateContactSchedule.instance_id`."""


update_contact_schedule_contact_id = _rt.Lens[UpdateContactSchedule, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "update_contact_schedule_contact_id",
)
"""Lens on :attr:`UpdateContactSchedule.contact_id`."""


update_contact_schedule_scheduled_time = _rt.Lens[UpdateContactSchedule, _dt.datetime](
    lambda s: s.scheduled_time,
    lambda s, v: _dc.replace(s, scheduled_time=v),
    "update_contact_schedule_scheduled_time",
)
"""Lens on :attr:`UpdateContactSchedule.scheduled_time`."""


def new_update_contact_schedule_response(
    http_status: int,
) -> UpdateContactScheduleResponse:
    """Create a :class:`UpdateContactScheduleResponse` with all optional fields omitted."""
    return UpdateContactScheduleResponse(
        http_status=http_status,
    )


update_contact_schedule_response_http_status = _rt.Lens[
    UpdateContactScheduleResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_schedule_response_http_status",
)
"""Lens on :attr:`UpdateContactScheduleResponse.http_status`."""


def _serialize(
    request: UpdateContactSchedule, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/schedule"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["ScheduledTime"] = _rt.epoch_seconds(request.scheduled_time)
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
) -> UpdateContactScheduleResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateContactScheduleResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateContactScheduleResponse)


OPERATION: _rt.Operation[UpdateContactSchedule, UpdateContactScheduleResponse] = (
    _rt.Operation(
        "UpdateContactSchedule",
        UpdateContactSchedule,
        UpdateContactScheduleResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.LimitExceededException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateContactSchedule operation: its types, errors and wire codec."""
