"""Updates routing priority and age on the contact (**QueuePriority** and **QueueTimeAdjustmentInSeconds**)."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.routing_criteria_input import RoutingCriteriaInput


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactRoutingData:
    """Updates routing priority and age on the contact (**QueuePriority** and
    **QueueTimeAdjustmentInSeconds**). These properties can be used to
    change a customer's position in the queue. For example, you can move a
    contact to the back of the queue by setting a lower routing priority
    relative to other contacts in queue; or you can move a contact to the
    front of the queue by increasing the routing age which will make the
    contact look artificially older and therefore higher up in the
    first-in-first-out routing order. Note that adjusting the routing age of
    a contact affects only its position in queue, and not its actual queue
    wait time as reported through metrics. These properties can also be
    updated by using `the Set routing priority / age flow block
    <https://docs.aws.amazon.com/connect/latest/adminguide/change-routing-priority.html>`__.

    .. note::

       Either **QueuePriority** or **QueueTimeAdjustmentInSeconds** should
       be provided within the request body, but not both.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``queue_time_adjustment_seconds``: The number of seconds to add or subtract from the contact's routing age.
    - ``queue_priority``: Priority of the contact in the queue.
    - ``routing_criteria``: Updates the routing criteria on the contact.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    queue_time_adjustment_seconds: int | None = None
    """The number of seconds to add or subtract from the contact's routing age.
    Contacts are routed to agents on a first-come, first-serve basis. This
    means that changing their amount of time in queue compared to others
    also changes their position in queue.
    """

    queue_priority: int | None = None
    """Priority of the contact in the queue. The default priority for new
    contacts is 5. You can raise the priority of a contact compared to other
    contacts in the queue by assigning them a higher priority, such as 1 or
    2.
    """

    routing_criteria: RoutingCriteriaInput | None = None
    """Updates the routing criteria on the contact. These properties can be
    used to change how a contact is routed within the queue.
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
        value = self.queue_time_adjustment_seconds
        if value is not None:
            path = prefix + "queue_time_adjustment_seconds"
            _rt.check_number(errors, path, value, True)
        value = self.queue_priority
        if value is not None:
            path = prefix + "queue_priority"
            _rt.check_number(
                errors, path, value, True, minimum=1, maximum=9223372036854775807
            )
        value = self.routing_criteria
        if value is not None:
            path = prefix + "routing_criteria"
            if isinstance(value, RoutingCriteriaInput):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingCriteriaInput, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        if self.queue_time_adjustment_seconds is not None:
            result["QueueTimeAdjustmentSeconds"] = self.queue_time_adjustment_seconds
        if self.queue_priority is not None:
            result["QueuePriority"] = self.queue_priority
        if self.routing_criteria is not None:
            result["RoutingCriteria"] = self.routing_criteria.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContactRoutingData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactRoutingData")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            queue_time_adjustment_seconds=data.get("QueueTimeAdjustmentSeconds"),
            queue_priority=data.get("QueuePriority"),
            routing_criteria=(
                None
                if (value := data.get("RoutingCriteria")) is None
                else RoutingCriteriaInput.from_dict(
                    value, path=path + "RoutingCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactRoutingDataResponse:
    """The response of UpdateContactRoutingData.

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
    ) -> UpdateContactRoutingDataResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactRoutingDataResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateContactRoutingDataResponseDraft:
    """A :class:`UpdateContactRoutingDataResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_contact_routing_data(
    instance_id: str,
    contact_id: str,
) -> UpdateContactRoutingData:
    """Create a :class:`UpdateContactRoutingData` with all optional fields omitted."""
    return UpdateContactRoutingData(
        instance_id=instance_id,
        contact_id=contact_id,
    )


update_contact_routing_data_instance_id = _rt.Lens[UpdateContactRoutingData, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_routing_data_instance_id",
)
"""Lens on :attr:`UpdateContactRoutingData.instance_id`."""


update_contact_routing_data_contact_id = _rt.Lens[UpdateContactRoutingData, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "update_contact_routing_data_contact_id",
)
"""Lens on :attr:`UpdateContactRoutingData.contact_id`."""


update_contact_routing_data_queue_time_adjustment_seconds = _rt.Lens[
    UpdateContactRoutingData, int | None
](
    lambda s: s.queue_time_adjustment_seconds,
    lambda s, v: _dc.replace(s, queue_time_adjustment_seconds=v),
    "update_contact_routing_data_queue_time_adjustment_seconds",
)
"""Lens on :attr:`UpdateContactRoutingData.queue_time_adjustment_seconds`."""


update_contact_routing_data_queue_priority = _rt.Lens[
    UpdateContactRoutingData, int | None
](
    lambda s: s.queue_priority,
    lambda s, v: _dc.replace(s, queue_priority=v),
    "update_contact_routing_data_queue_priority",
)
"""Lens on :attr:`UpdateContactRoutingData.queue_priority`."""


update_contact_routing_data_routing_criteria = _rt.Lens[
    UpdateContactRoutingData, RoutingCriteriaInput | None
](
    lambda s: s.routing_criteria,
    lambda s, v: _dc.replace(s, routing_criteria=v),
    "update_contact_routing_data_routing_criteria",
)
"""Lens on :attr:`UpdateContactRoutingData.routing_criteria`."""


def new_update_contact_routing_data_response(
    http_status: int,
) -> UpdateContactRoutingDataResponse:
    """Create a :class:`UpdateContactRoutingDataResponse` with all optional fields omitted."""
    return UpdateContactRoutingDataResponse(
        http_status=http_status,
    )


update_contact_routing_data_response_http_status = _rt.Lens[
    UpdateContactRoutingDataResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_routing_data_response_http_status",
)
"""Lens on :attr:`UpdateContactRoutingDataResponse.http_status`."""


def _serialize(
    request: UpdateContactRoutingData, validate: bool = True
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
        + "/routing-data"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.queue_time_adjustment_seconds is not None:
        data["QueueTimeAdjustmentSeconds"] = request.queue_time_adjustment_seconds
    if request.queue_priority is not None:
        data["QueuePriority"] = request.queue_priority
    if request.routing_criteria is not None:
        data["RoutingCriteria"] = request.routing_criteria._to_json()
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
) -> UpdateContactRoutingDataResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateContactRoutingDataResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateContactRoutingDataResponse)


OPERATION: _rt.Operation[UpdateContactRoutingData, UpdateContactRoutingDataResponse] = (
    _rt.Operation(
        "UpdateContactRoutingData",
        UpdateContactRoutingData,
        UpdateContactRoutingDataResponse,
        (
            _errors.ResourceConflictException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidActiveRegionException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateContactRoutingData operation: its types, errors and wire codec."""
